/// Kumu's spreadsheet columns (docs.kumu.io, "Structure your data for Kumu"): elements `Label`, `Type`,
/// `Description`, `Tags`; connections `From`, `To`, `Type` (or `Connection Type`), `Direction`, `Strength`,
/// `Description`, `Tags`. Kumu's values are free text, so `Type` fills the sector or kind only when it names one and
/// `Strength` the weight only when it is a number; other values are kept as attributes `type` and `strength`, with
/// one warning per column listing them, so nothing is dropped and nothing is silently `other`.
extension CSVNetworkReader {
    /// Kumu's `Direction`: `directed`, `undirected` or `mutual` (Spanish and Portuguese spellings too).
    enum KumuDirection {
        case directed, undirected, mutual

        init?(parsing text: String) {
            switch foldKey(text) {
            case "directed", "dirigido", "dirigida": self = .directed
            case "undirected", "no-dirigido", "no-dirigida", "nao-dirigido", "nao-dirigida": self = .undirected
            case "mutual", "mutuo", "mutua", "reciproco", "reciproca": self = .mutual
            default: return nil
            }
        }
    }

    /// The first five distinct `values` in order, quoted (`` `a`, `b`, … ``); nil when there are none.
    static func keptValuesText(_ values: [String]) -> String? {
        var seen = Set<String>(), distinct: [String] = []
        for value in values where seen.insert(value).inserted { distinct.append(value) }
        guard !distinct.isEmpty else { return nil }
        return distinct.prefix(5).map { "`\($0)`" }.joined(separator: ", ") + (distinct.count > 5 ? ", …" : "")
    }

    /// One warning for `column` listing the values that were kept as attributes; nothing when there are none.
    mutating func warnKept(
        _ values: [String], column: Int, of table: CSVTableReader.Table, header: String, key: CatalogueKey
    ) {
        guard let shown = Self.keptValuesText(values) else { return }
        diagnostics.append(
            Diagnostic(.warning, table.location(line: table.headerLine, column: column)) {
                $0.text(key, ["column": header, "values": shown])
            })
    }

    /// The warnings for Kumu's lenient tie columns, once the rows are read.
    mutating func warnKeptKumuTieValues(_ ties: [Tie], table: CSVTableReader.Table, headers: [String]) {
        if let column = table.columns["kumu_type"] {
            let kept = ties.compactMap { $0.attributes["type"] }.filter { TieKind(parsing: $0) == nil }
            warnKept(kept, column: column, of: table, header: headers[column - 1], key: .kumuTypeNotKind)
        }
        if let column = table.columns["strength"] {
            let kept = ties.compactMap { $0.attributes["strength"] }
            warnKept(kept, column: column, of: table, header: headers[column - 1], key: .kumuStrengthNotNumber)
        }
    }
}
