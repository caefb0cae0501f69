import Foundation

/// Turns a node-link document (what NetworkX's `node_link_data` and D3 write: `nodes` with `id`, `links` or
/// `edges` with `source`/`target`) into a `Network`, with every problem at its line. Endpoints, ids and weight
/// ranges are then checked by `NetworkValidator`, as for the other formats.
///
/// Known node keys are the actor fields (in English, Spanish or Portuguese, as in YAML) and `label`; known link
/// keys are `source`, `target`, `key`, `type` and the tie fields, with `money`, `currency`, `work` and `in_kind`
/// flat. Any other key becomes an attribute, as text. `key` only tells a multigraph's parallel links apart.
struct NodeLinkDecoder: DocumentValueReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sourceMap: SourceMap

    init(file: String) {
        self.file = file
        sourceMap = SourceMap(file: file)
    }

    /// Whether `root` is a node-link document rather than an actornet one: `nodes` beside `links` or `edges`, and
    /// neither `actors` nor `ties` (an actornet document keeps its meaning, and warns about the other keys).
    static func isNodeLink(_ root: DocumentNode?) -> Bool {
        guard case .mapping(let pairs, _, _) = root else { return false }
        let keys = Set(pairs.map(\.key))
        return keys.contains("nodes") && (keys.contains("links") || keys.contains("edges"))
            && !keys.contains("actors") && !keys.contains("ties")
    }

    /// The actor field a node key fills, nil when it becomes an attribute.
    static func actorField(_ key: String) -> String? {
        foldKey(key) == "label" ? "name" : InputRecord.actor.canonicalKey(key)
    }

    /// The tie field a link key fills (`from`, `to`, `key`, contribution names), nil when it is an attribute.
    static func tieField(_ key: String) -> String? {
        switch foldKey(key) {
        case "source": "from"
        case "target": "to"
        case "key": "key"
        case "type": "kind"
        case "value": "weight"  // D3's examples
        default: InputRecord.tie.canonicalKey(key) ?? InputRecord.contributions.canonicalKey(key)
        }
    }

    mutating func decode(_ root: DocumentNode) -> Network {
        var network = Network(name: ((file as NSString).lastPathComponent as NSString).deletingPathExtension)
        guard case .mapping(let pairs, _, _) = root else { return network }
        var nodes: [(pairs: [(String, DocumentNode)], start: SourceLocation)] = []
        var links = nodes
        for (key, _, _, value) in pairs {
            switch key {
            case "directed": network.directed = bool(value, "directed") ?? false
            case "graph": decodeGraph(value, into: &network)
            case "nodes": nodes = objects(value, key)
            case "links", "edges": links += objects(value, key)
            default: break  // `multigraph`: parallel links are read as they come
            }
        }
        let identity = Self.identity(nodes: nodes.map(\.pairs), links: links.map(\.pairs))
        for (position, node) in nodes.enumerated() {
            network.actors.append(decodeNode(node.pairs, at: node.start, identity: identity, position: position))
        }
        for link in links { network.ties.append(decodeLink(link.pairs, at: link.start)) }
        return network
    }

    private mutating func decodeGraph(_ node: DocumentNode, into network: inout Network) {
        guard case .mapping(let pairs, _, _) = node else { return }
        for (key, _, _, value) in pairs {
            switch InputRecord.network.canonicalKey(key) ?? foldKey(key) {
            case "name", "label": network.name = text(value, key) ?? network.name
            case "description": network.description = text(value, key)
            case "language": network.language = text(value, key)
            case "source": network.source = text(value, key)
            default: break
            }
        }
    }

    /// How nodes are identified: by `id`; when no node has one, by the node key whose values the links name (D3's
    /// `forceLink().id(d => d.stub)`), or else by position in `nodes` (D3's default, links naming indexes).
    enum Identity: Equatable {
        case id
        case key(String)
        case position
    }

    static func identity(nodes: [[(String, DocumentNode)]], links: [[(String, DocumentNode)]]) -> Identity {
        func scalar(_ node: DocumentNode?) -> String? {
            if case .scalar(let value, _, _) = node { value } else { nil }
        }
        if nodes.isEmpty || nodes.contains(where: { $0.contains { actorField($0.0) == "id" } }) { return .id }
        let ends = Set(
            links.flatMap { $0.filter { ["from", "to"].contains(tieField($0.0)) }.compactMap { scalar($0.1) } })
        for (key, _) in nodes[0] {
            let values = nodes.compactMap { node in scalar(node.first { $0.0 == key }?.1) }
            if values.count == nodes.count, Set(values).count == values.count, ends.isSubset(of: values) {
                return .key(key)
            }
        }
        return .position
    }

    private mutating func decodeNode(
        _ pairs: [(String, DocumentNode)], at start: SourceLocation, identity: Identity, position: Int
    ) -> Actor {
        var actor = Actor(id: identity == .position ? String(position) : "")
        var fields = FieldLocations(start: start)
        var hasName = false
        for (key, value) in pairs {
            guard let field = identity == .key(key) ? "id" : Self.actorField(key) else {
                attribute(value, key, into: &actor.attributes)
                fields.fields[key] = location(value)
                continue
            }
            fields.fields[field] = location(value)
            switch field {
            case "id": actor.id = text(value, key) ?? ""
            case "name": if let name = text(value, key) { actor.name = name; hasName = true }
            case "sector": actor.sector = vocabulary(value, "sector") ?? .unspecified
            case "level": actor.level = vocabulary(value, "level") ?? .unspecified
            case "country": actor.country = country(value)
            case "territory": actor.territory = text(value, key)
            case "roles": actor.roles = strings(value, key)
            case "offers": actor.offers = strings(value, key)
            case "needs": actor.needs = strings(value, key)
            case "motivation": actor.motivation = strings(value, key)
            case "notes": actor.notes = text(value, key)
            case "attributes": actor.attributes.merge(dictionary(value, key)) { $1 }
            default: break
            }
        }
        if !hasName { actor.name = actor.id }
        sourceMap.actors.append(fields)
        return actor
    }

    private mutating func decodeLink(_ pairs: [(String, DocumentNode)], at start: SourceLocation) -> Tie {
        var tie = Tie(from: "", to: "")
        var fields = FieldLocations(start: start)
        var contributions = Contributions()
        for (key, value) in pairs {
            guard let field = Self.tieField(key) else {
                attribute(value, key, into: &tie.attributes)
                fields.fields[key] = location(value)
                continue
            }
            fields.fields[field] = location(value)
            switch field {
            case "from": tie.from = text(value, key) ?? ""
            case "to": tie.to = text(value, key) ?? ""
            case "weight": tie.weight = weight(value) ?? 1
            case "kind": tie.kind = vocabulary(value, "kind") ?? .other
            case "directed": tie.directed = bool(value, key)
            case "project": tie.project = text(value, key)
            case "note": tie.note = text(value, key)
            case "start": tie.start = date(value, "start")
            case "end": tie.end = date(value, "end")
            case "attributes": tie.attributes.merge(dictionary(value, key)) { $1 }
            case "money": contributions.money = amount(value, key)
            case "currency": contributions.currency = text(value, key)?.uppercased()
            case "work": contributions.work = amount(value, key)
            case "in_kind": contributions.inKind = text(value, key)
            default: break  // `key`
            }
        }
        tie.contributions = contributions.isEmpty ? nil : contributions
        sourceMap.ties.append(fields)
        return tie
    }

    // MARK: Values

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// A scalar as text (numbers and booleans as written); a list of scalars joined with `;`.
    mutating func text(_ node: DocumentNode, _ field: String) -> String? { scalarOrListText(node, field) }

    /// An attribute as text; a nested object as one attribute per leaf, named by its path (`sectors.dac`).
    private mutating func attribute(_ node: DocumentNode, _ name: String, into attributes: inout [String: String]) {
        if case .mapping(let pairs, _, _) = node {
            for pair in pairs { attribute(pair.value, name + "." + pair.key, into: &attributes) }
        } else if let written = text(node, name) {
            attributes[name] = written
        }
    }

    private mutating func strings(_ node: DocumentNode, _ field: String) -> [String] {
        text(node, field).map(splitList) ?? []
    }

    private mutating func dictionary(_ node: DocumentNode, _ field: String) -> [String: String] {
        guard case .mapping(let pairs, _, _) = node else {
            _ = text(node, field)
            return [:]
        }
        var result: [String: String] = [:]
        for pair in pairs { result[pair.key] = text(pair.value, "\(field).\(pair.key)") ?? "" }
        return result
    }
}
