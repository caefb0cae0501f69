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
        /// Known fields present in the header, in slot order.
        var fields: [String]
        /// Field → 1-based column, for messages; shared by every row.
        var columns: [String: Int]

        /// The slot of `field` in `Row.values`; nil when the file has no such column.
        func slot(_ field: String) -> Int? { fields.firstIndex(of: field) }

        /// A copy whose strings and dictionary have their own storage.
        func unshared() -> Self {
            Self(
                file: file.unshared(), fields: fields.map { $0.unshared() },
                columns: Dictionary(uniqueKeysWithValues: columns.map { ($0.key.unshared(), $0.value) }))
        }
    }
}
