/// Where each actor, tie and project (and each of their fields) was read, so that validation can name the line.
public struct SourceMap: Sendable, Hashable {
    public var file: String
    public var actors: [FieldLocations] = []
    public var ties: [FieldLocations] = []
    public var projects: [FieldLocations] = []

    public init(file: String) { self.file = file }

    public func actor(_ index: Int, _ field: String? = nil) -> SourceLocation {
        locate(actors, index, field)
    }

    public func tie(_ index: Int, _ field: String? = nil) -> SourceLocation { locate(ties, index, field) }

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
        if let column = columns[field] { return SourceLocation(file: start.file, line: start.line, column: column) }
        return start
    }
}
