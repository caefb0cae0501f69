import Foundation

/// Turns a YAML/JSON document tree into a `Network`, collecting every problem with its position instead of
/// stopping at the first. Unknown fields are warnings; wrong values are errors.
struct NetworkDecoder: DocumentValueReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sourceMap: SourceMap

    init(file: String) {
        self.file = file
        self.sourceMap = SourceMap(file: file)
    }

    mutating func decode(_ root: DocumentNode?) -> Network {
        var network = Network(name: (file as NSString).lastPathComponent)
        guard let root else {
            error(at: SourceLocation(file: file, line: 1)) { $0.text(.validationEmptyFile) }
            return network
        }
        guard case .mapping(let pairs, _, _) = root else {
            error(at: location(root), "expected a mapping with `name`, `actors`, `ties`, found \(root.kindName)")
            return network
        }
        var sawActors = false
        var spellingOf: [String: String] = [:]
        for (written, keyLine, keyColumn, value) in pairs {
            let keyLocation = SourceLocation(file: file, line: keyLine, column: keyColumn)
            guard let key = InputRecord.network.canonicalKey(written) else {
                unknownKey(written, at: keyLocation, in: .network)
                continue
            }
            if let first = spellingOf[key], first != written {
                twice(key, first, written, at: keyLocation, in: .network)
                continue
            }
            spellingOf[key] = written
            switch key {
            case "name": network.name = text(value, "name") ?? network.name
            case "description": network.description = text(value, "description")
            case "goals": network.goals = strings(value, "goals")
            case "language": network.language = text(value, "language")
            case "directed": network.directed = bool(value, "directed") ?? false
            case "source": network.source = text(value, "source")
            case "import": network.importRecord = decodeImportRecord(value)
            case "actors":
                sawActors = true
                for item in list(value, "actors") { if let actor = decodeActor(item) { network.actors.append(actor) } }
            case "ties":
                for item in list(value, "ties") { if let tie = decodeTie(item) { network.ties.append(tie) } }
            case "projects":
                for item in list(value, "projects") {
                    if let project = decodeProject(item) { network.projects.append(project) }
                }
            default: break
            }
        }
        if !sawActors && network.ties.isEmpty {
            error(at: location(root)) { $0.text(.validationNoActorsNoTies) }
        }
        return network
    }

    // MARK: Records

    private mutating func decodeActor(_ node: DocumentNode) -> Actor? {
        guard let (pairs, fields) = record(node, .actor) else { return nil }
        var actor = Actor(id: "")
        var hasName = false
        for (key, value) in pairs {
            switch key {
            case "id": actor.id = text(value, "id") ?? ""
            case "name": if let name = text(value, "name") { actor.name = name; hasName = true }
            case "sector": actor.sector = vocabulary(value, "sector") ?? .unspecified
            case "level": actor.level = vocabulary(value, "level") ?? .unspecified
            case "country": actor.country = country(value)
            case "territory": actor.territory = text(value, "territory")
            case "roles": actor.roles = strings(value, "roles")
            case "offers": actor.offers = strings(value, "offers")
            case "needs": actor.needs = strings(value, "needs")
            case "motivation": actor.motivation = strings(value, "motivation")
            case "attributes": actor.attributes = dictionary(value, "attributes")
            case "notes": actor.notes = text(value, "notes")
            default: break
            }
        }
        if !hasName { actor.name = actor.id }
        sourceMap.actors.append(fields)
        return actor
    }

    private mutating func decodeTie(_ node: DocumentNode) -> Tie? {
        guard let (pairs, fields) = record(node, .tie) else { return nil }
        var tie = Tie(from: "", to: "")
        for (key, value) in pairs {
            switch key {
            case "from": tie.from = text(value, "from") ?? ""
            case "to": tie.to = text(value, "to") ?? ""
            case "weight": tie.weight = weight(value) ?? 1
            case "kind": tie.kind = vocabulary(value, "kind") ?? .other
            case "directed": tie.directed = bool(value, "directed")
            case "contributions": tie.contributions = contributions(value)
            case "project": tie.project = text(value, "project")
            case "note": tie.note = text(value, "note")
            case "start": tie.start = date(value, "start")
            case "end": tie.end = date(value, "end")
            case "attributes": tie.attributes = dictionary(value, "attributes")
            default: break
            }
        }
        sourceMap.ties.append(fields)
        return tie
    }

    private mutating func decodeProject(_ node: DocumentNode) -> Project? {
        guard let (pairs, recordFields) = record(node, .project) else { return nil }
        var fields = recordFields
        var project = Project(id: "")
        var hasName = false
        for (key, value) in pairs {
            switch key {
            case "id": project.id = text(value, "id") ?? ""
            case "name": if let name = text(value, "name") { project.name = name; hasName = true }
            case "objective": project.objective = text(value, "objective")
            case "area": project.area = text(value, "area")
            case "lead": project.lead = text(value, "lead")
            case "agreement": project.agreement = text(value, "agreement")
            case "start": project.start = date(value, "start")
            case "end": project.end = date(value, "end")
            case "sdgs":
                for (position, item) in list(value, "sdgs").enumerated() {
                    guard let text = text(item, "sdgs"), let goal = Int(text.trimmingCharacters(in: .whitespaces))
                    else {
                        error(at: location(item)) { $0.text(.validationExpectedSDGs) }
                        continue
                    }
                    fields.fields["sdgs[\(position)]"] = location(item)
                    project.sdgs.append(goal)
                }
            case "members":
                for (position, item) in list(value, "members").enumerated() {
                    guard let (memberPairs, memberFields) = record(item, .member) else {
                        continue
                    }
                    var member = ProjectMember(actor: "")
                    for (memberKey, memberValue) in memberPairs {
                        switch memberKey {
                        case "actor": member.actor = text(memberValue, "actor") ?? ""
                        case "role": member.role = text(memberValue, "role")
                        case "contributions": member.contributions = contributions(memberValue)
                        default: break
                        }
                    }
                    fields.fields["members[\(position)]"] = memberFields.at("actor")
                    project.members.append(member)
                }
            default: break
            }
        }
        if !hasName { project.name = project.id }
        sourceMap.projects.append(fields)
        return project
    }

    /// The `import` section an importer writes; counts are whole numbers ≥ 0, a missing one is 0.
    private mutating func decodeImportRecord(_ node: DocumentNode) -> ImportRecord? {
        if case .null = node { return nil }
        guard let (pairs, _) = record(node, .importRecord) else { return nil }
        var result = ImportRecord(importer: "")
        for (key, value) in pairs {
            guard let field = ImportRecord.CodingKeys(rawValue: key) else { continue }
            switch field {
            case .importer: result.importer = text(value, key) ?? ""
            case .files: result.files = strings(value, key)
            default:
                guard let written = text(value, key) else { continue }
                guard let count = Int(written.trimmingCharacters(in: .whitespaces)), count >= 0 else {
                    error(at: location(value)) {
                        $0.text(.validationExpectedCount, ["field": "import.\(key)", "value": written])
                    }
                    continue
                }
                result.setCount(field, count)
            }
        }
        return result
    }

    private mutating func contributions(_ node: DocumentNode) -> Contributions? {
        guard let (pairs, _) = record(node, .contributions) else { return nil }
        var result = Contributions()
        for (key, value) in pairs {
            switch key {
            case "money": result.money = amount(value, "money")
            case "currency": result.currency = text(value, "currency")?.uppercased()
            case "work": result.work = amount(value, "work")
            case "in_kind": result.inKind = text(value, "in_kind")
            default: break
            }
        }
        return result.isEmpty ? nil : result
    }

    /// A mapping's pairs under their canonical keys, with unknown keys warned about, a field given twice (under
    /// one spelling or two: `name` and `nombre`) refused, and the location of each known field.
    private mutating func record(_ node: DocumentNode, _ record: InputRecord)
        -> ([(String, DocumentNode)], FieldLocations)?
    {
        guard case .mapping(let pairs, _, _) = node else {
            error(at: location(node), "expected \(record.rawValue) as a mapping of fields, found \(node.kindName)")
            return nil
        }
        var fields = FieldLocations(start: location(node))
        var result: [(String, DocumentNode)] = []
        var spellingOf: [String: String] = [:]
        for (written, keyLine, keyColumn, value) in pairs {
            let keyLocation = SourceLocation(file: file, line: keyLine, column: keyColumn)
            guard let key = record.canonicalKey(written) else {
                unknownKey(written, at: keyLocation, in: record)
                continue
            }
            if let first = spellingOf[key] {
                twice(key, first, written, at: keyLocation, in: record)
                if first != written { continue }  // two languages: which one is meant cannot be told
            }
            spellingOf[key] = written
            fields.fields[key] = location(value).line == nil ? keyLocation : location(value)
            result.append((key, value))
        }
        return (result, fields)
    }

    /// A field given twice in one record: as the same key (kept as before: the last value wins, an error is
    /// reported) or under two spellings.
    private mutating func twice(
        _ key: String, _ first: String, _ second: String, at location: SourceLocation,
        in record: InputRecord
    ) {
        if first == second {
            error(at: location) {
                $0.text(.validationFieldTwice, ["field": key, "record": $0.text(record.labelKey)])
            }
        } else {
            error(at: location) {
                $0.text(
                    .validationDuplicateKeyLanguages,
                    ["field": key, "record": $0.text(record.labelKey), "first": first, "second": second])
            }
        }
    }

    // MARK: Values

    private mutating func error(at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, location, message))
    }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    private mutating func unknownKey(_ key: String, at location: SourceLocation, in record: InputRecord) {
        let suggestion = record.suggestion(for: key)
        diagnostics.append(
            Diagnostic(.warning, location) { language in
                let recordName = language.text(record.labelKey)
                let message = language.text(.validationUnknownField, ["record": recordName, "field": key])
                guard let suggestion else { return message }
                return message + language.text(.validationDidYouMean, ["suggestion": suggestion])
            })
    }

    mutating func text(_ node: DocumentNode, _ field: String) -> String? {
        switch node {
        case .scalar(let value, _, _): return value
        case .null: return nil
        default:
            error(at: location(node)) {
                $0.text(.validationExpectedValue, ["field": field, "found": node.kindName])
            }
            return nil
        }
    }

    private mutating func list(_ node: DocumentNode, _ field: String) -> [DocumentNode] {
        switch node {
        case .sequence(let items, _, _): return items
        case .null: return []
        default:
            error(at: location(node)) {
                $0.text(.validationExpectedList, ["field": field, "found": node.kindName])
            }
            return []
        }
    }

    /// A list of strings, also accepted as one `;`-separated value (as in CSV cells).
    private mutating func strings(_ node: DocumentNode, _ field: String) -> [String] {
        if case .scalar(let value, _, _) = node { return splitList(value) }
        return list(node, field).compactMap { text($0, field) }
    }

    private mutating func dictionary(_ node: DocumentNode, _ field: String) -> [String: String] {
        guard case .mapping(let pairs, _, _) = node else {
            if case .null = node { return [:] }
            error(at: location(node), "field `\(field)`: expected a mapping of names to values, found \(node.kindName)")
            return [:]
        }
        var result: [String: String] = [:]
        for pair in pairs { result[pair.key] = text(pair.value, "\(field).\(pair.key)") ?? "" }
        return result
    }
}
