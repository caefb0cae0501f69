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

extension InterchangeFields {
    /// One name–value pair of an interchange element (a GraphML `<data>`, a GEXF attribute value or edge
    /// attribute): the field name as the file declares it, its text and where it stands. `readTie` keeps no
    /// attribute for a value that is not data (yEd's edge graphics) but lets it set a tie field it is named for;
    /// `readActor` keeps every value (GraphML leaves node graphics out as it reads them).
    struct Value {
        var name: String
        var text: String
        var location: SourceLocation
        var keptAsAttribute = true
    }

    /// The actor that `values` describe, read in order (a later value wins), and where each field stands: folded
    /// names in `nameKeys` name it (empty ones are skipped), actor fields are set, other names are kept as
    /// attributes under their declared name; `fallbackName` names it when no value did. An id already in `seenIDs`
    /// is an error at `start`.
    static func readActor(
        _ actor: Actor, values: [Value], at start: SourceLocation, nameKeys: Set<String> = [],
        fallbackName: String? = nil, seenIDs: inout Set<String>, diagnostics: inout [Diagnostic]
    ) -> (Actor, FieldLocations) {
        var actor = actor
        var fields = FieldLocations(start: start)
        fields.fields["id"] = start
        var named = false
        for value in values {
            let key = foldKey(value.name)
            fields.fields[key] = value.location
            if nameKeys.contains(key) {
                if !value.text.isEmpty { actor.name = value.text; named = true }
            } else if !setActorField(
                &actor, key: key, value: value.text, at: value.location, diagnostics: &diagnostics)
            {
                if value.keptAsAttribute { actor.attributes[value.name] = value.text }
            }
        }
        if !named, let fallbackName { actor.name = fallbackName }
        if !seenIDs.insert(actor.id).inserted {
            diagnostics.append(
                Diagnostic(.error, start) { [id = actor.id] in $0.text(.graphMLDuplicateNode, ["id": id]) })
        }
        return (actor, fields)
    }

    /// The tie that `values` describe, read in order (a later value wins), and where each field stands: tie
    /// fields, contributions and dates are set, other names are kept as attributes under their declared name.
    /// `aliases` read a folded name as another field (GraphML reads `value` as the weight); the location stays
    /// under the name the file used. No key is both a tie field and a contribution, so the order
    /// of the two setters does not matter.
    static func readTie(
        _ tie: Tie, values: [Value], at start: SourceLocation, aliases: [String: String] = [:],
        diagnostics: inout [Diagnostic]
    ) -> (Tie, FieldLocations) {
        var tie = tie
        var fields = FieldLocations(start: start)
        fields.fields["from"] = start
        fields.fields["to"] = start
        var contributions = Contributions()
        for value in values {
            let name = foldKey(value.name)
            fields.fields[name] = value.location
            let key = aliases[name] ?? name
            if setTieField(&tie, key: key, value: value.text, at: value.location, diagnostics: &diagnostics)
                || setContribution(
                    &contributions, key: key, value: value.text, at: value.location, diagnostics: &diagnostics)
            {
                continue
            }
            switch key {
            case "start": tie.start = value.text.isEmpty ? nil : value.text
            case "end": tie.end = value.text.isEmpty ? nil : value.text
            default: if value.keptAsAttribute { tie.attributes[value.name] = value.text }
            }
        }
        tie.contributions = contributions.isEmpty ? nil : contributions
        return (tie, fields)
    }
}
