extension CSVTableReader {
    /// One data row: a value per known field present in the header (in `Table.fields` order, "" when the cell is
    /// empty), its line, and the cells of columns that are not known fields.
    struct Row {
        var line: Int
        var values: [String]
        var extra: [(header: String, value: String)]
    }

    /// The rows of one CSV file and where each known field sits.
    struct Table {
        var file: String
        /// The worksheet, when the rows are a spreadsheet's (`line` is then the sheet's row number).
        var sheet: String? = nil
        /// Known fields present in the header, in slot order.
        var fields: [String]
        /// Field → 1-based column, for messages; shared by every row.
        var columns: [String: Int]
        /// The header's line (a sheet's header is its first row with a value, not always row 1).
        var headerLine = 1

        /// A place in this table's file (and sheet).
        func location(line: Int?, column: Int? = nil) -> SourceLocation {
            SourceLocation(file: file, line: line, column: column, sheet: sheet)
        }

        /// The slot of `field` in `Row.values`; nil when the file has no such column.
        func slot(_ field: String) -> Int? { fields.firstIndex(of: field) }

        /// A copy whose strings and dictionary have their own storage.
        func unshared() -> Self {
            Self(
                file: file.unshared(), sheet: sheet?.unshared(), fields: fields.map { $0.unshared() },
                columns: Dictionary(uniqueKeysWithValues: columns.map { ($0.key.unshared(), $0.value) }),
                headerLine: headerLine)
        }
    }
}

/// The rows of one worksheet as text, each with its row number and its cells from column A on (a missing cell is
/// ""), blank rows left out: what `CSVTableReader(sheet:…)` reads instead of CSV text.
struct SheetRows: Sendable {
    var name: String
    var rows: [(number: Int, cells: [String])]
}
