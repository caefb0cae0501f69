import Foundation

/// One CSV data row seen as a record: its cells by field, their locations, and typed parsing that reports
/// problems at the cell.
private struct CSVRecord {
    let row: CSVNetworkReader.Row
    var fields: FieldLocations

    init(_ row: CSVNetworkReader.Row, file: String) {
        self.row = row
        fields = FieldLocations(start: SourceLocation(file: file, line: row.line))
        for (field, cell) in row.cells {
            fields.fields[field] = SourceLocation(file: file, line: row.line, column: cell.column)
        }
    }

    /// The trimmed cell, nil when empty or absent.
    func cell(_ field: String) -> String? {
        guard let value = row.cells[field]?.value, !value.isEmpty else { return nil }
        return value
    }

    /// Parses a non-empty cell; on failure records `message(text)` at the cell and returns nil.
    func parsed<T>(_ field: String, into diagnostics: inout [Diagnostic], _ parse: (String) -> T?,
                   _ message: (String) -> String) -> T? {
        guard let text = cell(field) else { return nil }
        if let value = parse(text) { return value }
        diagnostics.append(Diagnostic(.error, fields.at(field), message(text)))
        return nil
    }

    func vocabulary<V: Vocabulary>(_ field: String, into diagnostics: inout [Diagnostic]) -> V? {
        parsed(field, into: &diagnostics, V.init(parsing:)) { unknownValueMessage(V.self, $0, field: field) }
    }

    func amount(_ field: String, into diagnostics: inout [Diagnostic]) -> Double? {
        parsed(field, into: &diagnostics, { text in parseNumber(text).flatMap { $0.isFinite && $0 >= 0 ? $0 : nil } }) {
            "field `\(field)`: expected a finite number ≥ 0, found `\($0)`"
        }
    }

    func list(_ field: String) -> [String] { splitList(cell(field) ?? "") }
}

extension CSVNetworkReader {
    /// Ties from a ties CSV, each with the location of its fields.
    mutating func ties(_ text: String, file: String) -> [(Tie, FieldLocations)] {
        var result: [(Tie, FieldLocations)] = []
        for row in rows(text, file: file, columns: Self.tieColumns, required: ["from", "to"]) {
            let record = CSVRecord(row, file: file)
            var tie = Tie(from: record.cell("from") ?? "", to: record.cell("to") ?? "")
            if let text = record.cell("weight") {
                switch parseWeight(text) {
                case .success(let weight): tie.weight = weight
                case .failure(let problem):
                    diagnostics.append(Diagnostic(.error, record.fields.at("weight"), problem.message(field: "weight")))
                }
            }
            tie.kind = record.vocabulary("kind", into: &diagnostics) ?? .other
            tie.directed = record.parsed("directed", into: &diagnostics, parseBool) {
                "field `directed`: expected true or false, found `\($0)`"
            }
            tie.project = record.cell("project")
            tie.note = record.cell("note")
            let contributions = Contributions(
                money: record.amount("money", into: &diagnostics), currency: record.cell("currency")?.uppercased(),
                work: record.amount("work", into: &diagnostics), inKind: record.cell("in_kind"))
            tie.contributions = contributions.isEmpty ? nil : contributions
            result.append((tie, record.fields))
        }
        return result
    }

    /// Actors from an actors CSV; unknown columns become `attributes`.
    mutating func actors(_ text: String, file: String) -> [(Actor, FieldLocations)] {
        var result: [(Actor, FieldLocations)] = []
        for row in rows(text, file: file, columns: Self.actorColumns, required: ["id"]) {
            let record = CSVRecord(row, file: file)
            var actor = Actor(id: record.cell("id") ?? "", name: record.cell("name"))
            actor.sector = record.vocabulary("sector", into: &diagnostics) ?? .unspecified
            actor.level = record.vocabulary("level", into: &diagnostics) ?? .unspecified
            actor.country = record.parsed("country", into: &diagnostics, normaliseCountry) {
                "field `country`: expected an ISO 3166-1 alpha-2 code such as CL or PE, found `\($0)`"
            }
            actor.territory = record.cell("territory")
            actor.roles = record.list("roles")
            actor.offers = record.list("offers")
            actor.needs = record.list("needs")
            actor.motivation = record.list("motivation")
            actor.notes = record.cell("notes")
            for (header, value) in row.extra { actor.attributes[header] = value }
            result.append((actor, record.fields))
        }
        return result
    }
}
