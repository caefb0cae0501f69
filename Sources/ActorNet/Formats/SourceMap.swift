/// Where each actor, tie and project (and each of their fields) was read, so that validation can name the line.
public struct SourceMap: Sendable, Hashable {
    public var file: String
    public var actors: [FieldLocations] = []
    public var ties: [FieldLocations] = []
    /// Ties read from CSV rows, located compactly (used instead of `ties` when set).
    public var tieRows: RowLocations?
    public var projects: [FieldLocations] = []

    public init(file: String) { self.file = file }

    public func actor(_ index: Int, _ field: String? = nil) -> SourceLocation {
        locate(actors, index, field)
    }

    public func tie(_ index: Int, _ field: String? = nil) -> SourceLocation {
        if let tieRows, tieRows.lines.indices.contains(index) { return tieRows.location(index, field) }
        return locate(ties, index, field)
    }

    public func project(_ index: Int, _ field: String? = nil) -> SourceLocation { locate(projects, index, field) }

    private func locate(_ table: [FieldLocations], _ index: Int, _ field: String?) -> SourceLocation {
        guard table.indices.contains(index) else { return SourceLocation(file: file) }
        return table[index].at(field)
    }
}

/// The position of one record and of its fields; a field without its own position falls back to the record's.
public struct FieldLocations: Sendable, Hashable {
    public var start: SourceLocation
    public var fields: [String: SourceLocation] = [:]
    /// For CSV rows: field → column, one dictionary shared by every row of a file (no per-row copy).
    public var columns: [String: Int] = [:]

    public init(start: SourceLocation, columns: [String: Int] = [:]) {
        self.start = start
        self.columns = columns
    }

    public func at(_ field: String?) -> SourceLocation {
        guard let field else { return start }
        if let location = fields[field] { return location }
        guard let column = columns[field] else { return start }
        var location = start
        location.column = column
        return location
    }
}

/// Records read from the rows of one CSV file: a line per record and a column per field, shared by all rows.
/// Four bytes per record where `FieldLocations` takes 64 and two reference counts: it matters at 500k ties.
public struct RowLocations: Sendable, Hashable {
    public var file: String
    /// The worksheet, when the rows are a spreadsheet's; `lines` are then its rows.
    public var sheet: String?
    public var lines: [Int32] = []
    /// Field → 1-based column.
    public var columns: [String: Int]

    public init(file: String, sheet: String? = nil, columns: [String: Int]) {
        self.file = file
        self.sheet = sheet
        self.columns = columns
    }

    /// The record's line, with the field's column when the file has that field.
    public func location(_ index: Int, _ field: String?) -> SourceLocation {
        SourceLocation(file: file, line: Int(lines[index]), column: field.flatMap { columns[$0] }, sheet: sheet)
    }
}
