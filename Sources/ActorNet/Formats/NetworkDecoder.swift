import Foundation

/// Turns a YAML/JSON document tree into a `Network`, collecting every problem with its position instead of
/// stopping at the first. Unknown fields are warnings; wrong values are errors.
struct NetworkDecoder {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sourceMap: SourceMap

    init(file: String) {
        self.file = file
        self.sourceMap = SourceMap(file: file)
    }

    static let networkKeys = ["name", "description", "language", "directed", "source", "actors", "ties", "projects"]
    static let actorKeys = ["id", "name", "sector", "level", "country", "territory", "roles", "offers", "needs",
                            "motivation", "attributes", "notes"]
    static let tieKeys = ["from", "to", "weight", "kind", "directed", "contributions", "project", "note"]
    static let projectKeys = ["id", "name", "objective", "area", "lead", "members", "agreement", "sdgs", "start", "end"]
    static let memberKeys = ["actor", "role", "contributions"]
    static let contributionKeys = ["money", "currency", "work", "in_kind"]

    mutating func decode(_ root: DocumentNode?) -> Network {
        var network = Network(name: (file as NSString).lastPathComponent)
        guard let root else {
            error(at: SourceLocation(file: file, line: 1), "empty file: expected a network with `actors`")
            return network
        }
        guard case .mapping(let pairs, _, _) = root else {
            error(at: location(root), "expected a mapping with `name`, `actors`, `ties`, found \(root.kindName)")
            return network
        }
        var sawActors = false
        for (key, keyLine, keyColumn, value) in pairs {
            let keyLocation = SourceLocation(file: file, line: keyLine, column: keyColumn)
            switch key {
            case "name": network.name = text(value, "name") ?? network.name
            case "description": network.description = text(value, "description")
            case "language": network.language = text(value, "language")
            case "directed": network.directed = bool(value, "directed") ?? false
            case "source": network.source = text(value, "source")
            case "actors":
                sawActors = true
                for item in list(value, "actors") { if let actor = decodeActor(item) { network.actors.append(actor) } }
            case "ties":
                for item in list(value, "ties") { if let tie = decodeTie(item) { network.ties.append(tie) } }
            case "projects":
                for item in list(value, "projects") {
                    if let project = decodeProject(item) { network.projects.append(project) }
                }
            default: unknownKey(key, at: keyLocation, known: Self.networkKeys, in: "network")
            }
        }
        if !sawActors && network.ties.isEmpty {
            error(at: location(root), "the network has no `actors` and no `ties`")
        }
        return network
    }

    // MARK: Records

    private mutating func decodeActor(_ node: DocumentNode) -> Actor? {
        guard let (pairs, fields) = record(node, "actor", known: Self.actorKeys) else { return nil }
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
        guard let (pairs, fields) = record(node, "tie", known: Self.tieKeys) else { return nil }
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
            default: break
            }
        }
        sourceMap.ties.append(fields)
        return tie
    }

    private mutating func decodeProject(_ node: DocumentNode) -> Project? {
        guard let (pairs, recordFields) = record(node, "project", known: Self.projectKeys) else { return nil }
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
                        error(at: location(item), "field `sdgs`: expected whole numbers 1–17")
                        continue
                    }
                    fields.fields["sdgs[\(position)]"] = location(item)
                    project.sdgs.append(goal)
                }
            case "members":
                for (position, item) in list(value, "members").enumerated() {
                    guard let (memberPairs, memberFields) = record(item, "member", known: Self.memberKeys) else {
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

    private mutating func contributions(_ node: DocumentNode) -> Contributions? {
        guard let (pairs, _) = record(node, "contributions", known: Self.contributionKeys) else { return nil }
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

    /// A mapping's pairs with unknown keys warned about, and the location of each known field.
    private mutating func record(_ node: DocumentNode, _ what: String, known: [String])
        -> ([(String, DocumentNode)], FieldLocations)?
    {
        guard case .mapping(let pairs, _, _) = node else {
            error(at: location(node), "expected \(what) as a mapping of fields, found \(node.kindName)")
            return nil
        }
        var fields = FieldLocations(start: location(node))
        var result: [(String, DocumentNode)] = []
        var seen = Set<String>()
        for (key, keyLine, keyColumn, value) in pairs {
            let keyLocation = SourceLocation(file: file, line: keyLine, column: keyColumn)
            guard known.contains(key) else {
                unknownKey(key, at: keyLocation, known: known, in: what)
                continue
            }
            if !seen.insert(key).inserted {
                error(at: keyLocation, "field `\(key)` appears twice in one \(what)")
            }
            fields.fields[key] = location(value).line == nil ? keyLocation : location(value)
            result.append((key, value))
        }
        return (result, fields)
    }

    // MARK: Values

    private func location(_ node: DocumentNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    private mutating func error(at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, location, message))
    }

    private mutating func unknownKey(_ key: String, at location: SourceLocation, known: [String], in what: String) {
        let closest = known.min { editDistance(key, $0) < editDistance(key, $1) }
        var message = "unknown \(what) field `\(key)` ignored"
        if let closest, editDistance(key, closest) <= 2 { message += " (did you mean `\(closest)`?)" }
        diagnostics.append(Diagnostic(.warning, location, message))
    }

    private mutating func text(_ node: DocumentNode, _ field: String) -> String? {
        switch node {
        case .scalar(let value, _, _): return value
        case .null: return nil
        default:
            error(at: location(node), "field `\(field)`: expected a value, found \(node.kindName)")
            return nil
        }
    }

    private mutating func list(_ node: DocumentNode, _ field: String) -> [DocumentNode] {
        switch node {
        case .sequence(let items, _, _): return items
        case .null: return []
        default:
            error(at: location(node), "field `\(field)`: expected a list, found \(node.kindName)")
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

    private mutating func bool(_ node: DocumentNode, _ field: String) -> Bool? {
        guard let value = text(node, field) else { return nil }
        if let parsed = parseBool(value) { return parsed }
        error(at: location(node), "field `\(field)`: expected true or false, found `\(value)`")
        return nil
    }

    private mutating func weight(_ node: DocumentNode) -> Double? {
        guard let value = text(node, "weight") else { return nil }
        switch parseWeight(value) {
        case .success(let weight): return weight
        case .failure(let problem):
            error(at: location(node), problem.message(field: "weight"))
            return nil
        }
    }

    private mutating func amount(_ node: DocumentNode, _ field: String) -> Double? {
        guard let value = text(node, field) else { return nil }
        guard let number = parseNumber(value), number.isFinite, number >= 0 else {
            error(at: location(node), "field `\(field)`: expected a finite number ≥ 0, found `\(value)`")
            return nil
        }
        return number
    }

    private mutating func vocabulary<V: Vocabulary>(_ node: DocumentNode, _ field: String) -> V? {
        guard let value = text(node, field) else { return nil }
        if let parsed = V(parsing: value) { return parsed }
        error(at: location(node), unknownValueMessage(V.self, value, field: field))
        return nil
    }

    private mutating func country(_ node: DocumentNode) -> String? {
        guard let value = text(node, "country")?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            return nil
        }
        guard let code = normaliseCountry(value) else {
            error(at: location(node), "field `country`: expected an ISO 3166-1 alpha-2 code such as CL or PE, found `\(value)`")
            return nil
        }
        return code
    }

    private mutating func date(_ node: DocumentNode, _ field: String) -> String? {
        guard let value = text(node, field)?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        guard isISODate(value) else {
            error(at: location(node), "field `\(field)`: expected a date YYYY, YYYY-MM or YYYY-MM-DD, found `\(value)`")
            return nil
        }
        return value
    }
}
