extension CSVNetworkReader {
    /// One warning per header column that matches no known field but is within 2 edits (1 under six letters) of
    /// a known spelling (folded), naming that spelling, so a typo such as `Intesidad` is caught. Its cells are kept
    /// as attributes. Columns far from every known name are kept without a warning, as actornet itself writes them.
    mutating func warnUnknownColumns(of reader: CSVTableReader, known columns: [String: [String]]) {
        let spellings = columns.flatMap { [$0.key] + $0.value }.sorted()
        for (column, title) in reader.unknownColumns {
            let folded = foldKey(title)
            let closest = spellings.min { editDistance(folded, $0) < editDistance(folded, $1) }
            // One edit for short titles: two would tie `tag` or `ok` to `to`.
            let allowed = folded.count >= 6 ? 2 : 1
            guard let suggestion = closest, editDistance(folded, suggestion) <= allowed else { continue }
            diagnostics.append(
                Diagnostic(.warning, reader.table.location(line: reader.table.headerLine, column: column)) {
                    $0.text(.csvUnknownColumn, ["column": title])
                        + $0.text(.validationDidYouMean, ["suggestion": suggestion])
                })
        }
    }
}
