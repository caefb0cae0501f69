/// Model fields read from the name–value pairs of interchange formats (GraphML keys, GEXF attributes): one place
/// that knows how a field's text becomes a value and which message a bad value gets.
enum InterchangeFields {
    /// Sets the actor field that the folded `key` names from `value`, adding an error at `location` for a bad
    /// value. Returns false when `key` names no actor field (the caller keeps it as an attribute).
    static func setActorField(
        _ actor: inout Actor, key: String, value: String, at location: SourceLocation,
        diagnostics: inout [Diagnostic]
    ) -> Bool {
        switch key {
        case "sector":
            if let sector = Sector(parsing: value) {
                actor.sector = sector
            } else {
                diagnostics.append(
                    Diagnostic(.error, location) { unknownValueMessage(Sector.self, value, field: "sector", $0) })
            }
        case "level":
            if let level = Level(parsing: value) {
                actor.level = level
            } else {
                diagnostics.append(
                    Diagnostic(.error, location) { unknownValueMessage(Level.self, value, field: "level", $0) })
            }
        case "country":
            if value.isEmpty { break }
            if let code = normaliseCountry(value) {
                actor.country = code
            } else {
                diagnostics.append(
                    Diagnostic(
                        .error, location,
                        "field `country`: expected an ISO 3166-1 alpha-2 code such as CL or PE, found `\(value)`"))
            }
        case "territory": actor.territory = value.isEmpty ? nil : value
        case "roles": actor.roles = splitList(value)
        case "offers": actor.offers = splitList(value)
        case "needs": actor.needs = splitList(value)
        case "motivation": actor.motivation = splitList(value)
        case "notes": actor.notes = value.isEmpty ? nil : value
        default: return false
        }
        return true
    }

    /// Sets the tie field (weight, kind, project, note) that the folded `key` names, as `setActorField` does.
    static func setTieField(
        _ tie: inout Tie, key: String, value: String, at location: SourceLocation, diagnostics: inout [Diagnostic]
    ) -> Bool {
        switch key {
        case "weight":
            switch parseWeight(value) {
            case .success(let weight): tie.weight = weight
            case .failure(let problem):
                diagnostics.append(Diagnostic(.error, location) { problem.message(field: "weight", $0) })
            }
        case "kind":
            if let kind = TieKind(parsing: value) {
                tie.kind = kind
            } else {
                diagnostics.append(
                    Diagnostic(.error, location) { unknownValueMessage(TieKind.self, value, field: "kind", $0) })
            }
        case "project": tie.project = value.isEmpty ? nil : value
        case "note": tie.note = value.isEmpty ? nil : value
        default: return false
        }
        return true
    }

    /// Sets the contribution field (`money`, `currency`, `work`, `in_kind`) that the folded `key` names; false for
    /// any other key. Amounts that are not numbers are errors at `location`.
    static func setContribution(
        _ contributions: inout Contributions, key: String, value: String, at location: SourceLocation,
        diagnostics: inout [Diagnostic]
    ) -> Bool {
        switch key {
        case "money", "work":
            guard !value.isEmpty else { break }
            guard let number = parseNumber(value), number.isFinite, number >= 0 else {
                diagnostics.append(
                    Diagnostic(.error, location) { $0.text(.validationExpectedAmount, ["field": key, "value": value]) })
                break
            }
            if key == "money" { contributions.money = number } else { contributions.work = number }
        case "currency": contributions.currency = value.isEmpty ? nil : value.uppercased()
        case "in-kind": contributions.inKind = value.isEmpty ? nil : value
        default: return false
        }
        return true
    }
}
