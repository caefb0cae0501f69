extension CSVNetworkReader {
    /// One warning per header column that matches no known field (its cells are kept as attributes), with the
    /// closest known spelling within 2 edits of the folded title, so a typo such as `Intesidad` is caught.
    mutating func warnUnknownColumns(of reader: CSVTableReader, known columns: [String: [String]]) {
        let spellings = columns.flatMap { [$0.key] + $0.value }.sorted()
        for (column, title) in reader.unknownColumns {
            let folded = foldKey(title)
            let closest = spellings.min { editDistance(folded, $0) < editDistance(folded, $1) }
            let suggestion = closest.flatMap { editDistance(folded, $0) <= 2 ? $0 : nil }
            diagnostics.append(
                Diagnostic(.warning, SourceLocation(file: reader.table.file, line: 1, column: column)) {
                    var message = $0.text(.csvUnknownColumn, ["column": title])
                    if let suggestion { message += $0.text(.validationDidYouMean, ["suggestion": suggestion]) }
                    return message
                })
        }
    }
}
