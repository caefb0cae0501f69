import Foundation

extension CSVNetworkReader {
    /// Ties from a ties CSV, each with the location of its fields.
    mutating func ties(_ text: String, file: String) -> [(Tie, FieldLocations)] {
        var result: [(Tie, FieldLocations)] = []
        for row in rows(text, file: file, columns: Self.tieColumns, required: ["from", "to"]) {
            var fields = FieldLocations(start: SourceLocation(file: file, line: row.line))
            for (field, cell) in row.cells {
                fields.fields[field] = SourceLocation(file: file, line: row.line, column: cell.column)
            }
            func cell(_ field: String) -> String? {
                guard let value = row.cells[field]?.value, !value.isEmpty else { return nil }
                return value
            }
            var tie = Tie(from: cell("from") ?? "", to: cell("to") ?? "")
            if let text = cell("weight") {
                switch parseWeight(text) {
                case .success(let weight): tie.weight = weight
                case .failure(let problem):
                    diagnostics.append(Diagnostic(.error, fields.at("weight"), problem.message(field: "weight")))
                }
            }
            if let text = cell("kind") {
                if let kind = TieKind(parsing: text) { tie.kind = kind } else {
                    diagnostics.append(Diagnostic(.error, fields.at("kind"), unknownValueMessage(TieKind.self, text, field: "kind")))
                }
            }
            if let text = cell("directed") {
                if let value = parseBool(text) { tie.directed = value } else {
                    diagnostics.append(Diagnostic(.error, fields.at("directed"), "field `directed`: expected true or false, found `\(text)`"))
                }
            }
            tie.project = cell("project")
            tie.note = cell("note")
            var contributions = Contributions(currency: cell("currency")?.uppercased(), inKind: cell("in_kind"))
            for field in ["money", "work"] {
                guard let text = cell(field) else { continue }
                if let number = parseNumber(text), number.isFinite, number >= 0 {
                    if field == "money" { contributions.money = number } else { contributions.work = number }
                } else {
                    diagnostics.append(Diagnostic(.error, fields.at(field), "field `\(field)`: expected a finite number ≥ 0, found `\(text)`"))
                }
            }
            tie.contributions = contributions.isEmpty ? nil : contributions
            result.append((tie, fields))
        }
        return result
    }

    /// Actors from an actors CSV; unknown columns become `attributes`.
    mutating func actors(_ text: String, file: String) -> [(Actor, FieldLocations)] {
        var result: [(Actor, FieldLocations)] = []
        for row in rows(text, file: file, columns: Self.actorColumns, required: ["id"]) {
            var fields = FieldLocations(start: SourceLocation(file: file, line: row.line))
            for (field, cell) in row.cells {
                fields.fields[field] = SourceLocation(file: file, line: row.line, column: cell.column)
            }
            func cell(_ field: String) -> String? {
                guard let value = row.cells[field]?.value, !value.isEmpty else { return nil }
                return value
            }
            var actor = Actor(id: cell("id") ?? "", name: cell("name"))
            if let text = cell("sector") {
                if let sector = Sector(parsing: text) { actor.sector = sector } else {
                    diagnostics.append(Diagnostic(.error, fields.at("sector"), unknownValueMessage(Sector.self, text, field: "sector")))
                }
            }
            if let text = cell("level") {
                if let level = Level(parsing: text) { actor.level = level } else {
                    diagnostics.append(Diagnostic(.error, fields.at("level"), unknownValueMessage(Level.self, text, field: "level")))
                }
            }
            if let text = cell("country") {
                if let code = normaliseCountry(text) { actor.country = code } else {
                    diagnostics.append(Diagnostic(.error, fields.at("country"), "field `country`: expected an ISO 3166-1 alpha-2 code such as CL or PE, found `\(text)`"))
                }
            }
            actor.territory = cell("territory")
            actor.roles = splitList(cell("roles") ?? "")
            actor.offers = splitList(cell("offers") ?? "")
            actor.needs = splitList(cell("needs") ?? "")
            actor.motivation = splitList(cell("motivation") ?? "")
            actor.notes = cell("notes")
            for (header, value) in row.extra { actor.attributes[header] = value }
            result.append((actor, fields))
        }
        return result
    }
}
