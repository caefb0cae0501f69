import Foundation

/// Turns a Kumu JSON blueprint (docs.kumu.io, "JSON / Blueprints": `elements` and `connections`, each an object
/// with `label`, `type`, `description`, `tags` and custom keys, or, as Kumu's JSON export writes them, an `_id` and
/// an `attributes` object holding `label`, `element type`/`connection type`, `description`, `tags`…) into a
/// `Network`, with every problem at its line.
///
/// An element's id is its `id`, else its `label` (else its `_id` when two elements share a label); connections'
/// `from`/`to` may name an element's `_id`, `id` or label. `type` fills the sector (elements) or kind (connections)
/// when it names one, else it is kept as attribute `type` (one warning lists such values); `strength` is the weight
/// when it is a number; `direction` is `directed`, `undirected` or `mutual` (undirected, attribute
/// `direction: mutual`); the network is directed, as Kumu's connections are unless they say otherwise. Keys named
/// like actornet's fields (`sector`, `level`, `country`…) fill them; other keys become attributes, `tags` joined
/// with `|` as in Kumu's spreadsheets. Kumu's internal ids (`_id`, connection `id`) and its `delayed`/`reversed`
/// flags when false are dropped; maps, views and loops are not read.
struct KumuBlueprintDecoder: DocumentValueReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sourceMap: SourceMap
    private var keptTypes: [String] = [], keptSectors: [String] = [], keptStrengths: [String] = []

    init(file: String) {
        self.file = file
        sourceMap = SourceMap(file: file)
    }

    /// Whether `root` is a blueprint: `elements` beside `connections`, and none of an actornet document's or a
    /// node-link document's keys.
    static func isBlueprint(_ root: DocumentNode?) -> Bool {
        guard case .mapping(let pairs, _, _) = root else { return false }
        let keys = Set(pairs.map(\.key))
        return keys.contains("elements") && keys.contains("connections")
            && keys.isDisjoint(with: ["actors", "ties", "nodes", "links", "edges"])
    }

    typealias Pairs = [(String, DocumentNode)]

    mutating func decode(_ root: DocumentNode) -> Network {
        var network = Network(
            name: ((file as NSString).lastPathComponent as NSString).deletingPathExtension, directed: true)
        guard case .mapping(let pairs, _, _) = root else { return network }
        var elements: [(pairs: Pairs, start: SourceLocation)] = [], connections = elements
        for (key, _, _, value) in pairs {
            switch key {
            case "elements": elements = objects(value, key)
            case "connections": connections = objects(value, key)
            default: break  // maps, views, loops, project settings
            }
        }
        let (ids, references) = Self.identities(elements.map(\.pairs))
        for (element, id) in zip(elements, ids) {
            network.actors.append(decodeElement(element.pairs, id: id, at: element.start))
        }
        for connection in connections {
            network.ties.append(decodeConnection(connection.pairs, references: references, at: connection.start))
        }
        let location = SourceLocation(file: file)
        for (kept, key) in [(keptSectors, CatalogueKey.kumuTypeNotSector), (keptTypes, .kumuTypeNotKind)] {
            warnKept(kept, at: location, column: "type", key: key)
        }
        warnKept(keptStrengths, at: location, column: "strength", key: .kumuStrengthNotNumber)
        return network
    }

    /// An element's own keys with those of its `attributes` object (Kumu's export) folded in.
    static func flattened(_ pairs: Pairs) -> Pairs {
        pairs.flatMap { key, value -> Pairs in
            if key == "attributes", case .mapping(let inner, _, _) = value { return inner.map { ($0.key, $0.value) } }
            return [(key, value)]
        }
    }

    private static func scalar(_ pairs: Pairs, _ names: Set<String>) -> String? {
        for (key, node) in pairs where key != "_id" && names.contains(foldKey(key)) {
            if case .scalar(let value, _, _) = node, !value.isEmpty { return value }
        }
        return nil
    }

    /// Each element's actor id, and every name a connection may use for an element (its `_id`, `id` or label).
    static func identities(_ elements: [Pairs]) -> (ids: [String], references: [String: String]) {
        let found = elements.map { pairs in
            let flat = flattened(pairs)
            let kumu = pairs.first { $0.0 == "_id" }.flatMap { pair -> String? in
                if case .scalar(let value, _, _) = pair.1 { value } else { nil }
            }
            return (kumu: kumu, own: scalar(flat, ["id"]), label: scalar(flat, ["label"]))
        }
        var labelCount: [String: Int] = [:]
        for element in found where element.own == nil { labelCount[element.label ?? "", default: 0] += 1 }
        let ids = found.map { element -> String in
            if let own = element.own { return own }
            let label = element.label ?? ""
            if labelCount[label] == 1, !label.isEmpty { return label }
            return element.kumu ?? label
        }
        var references: [String: String] = [:]
        for (element, id) in zip(found, ids) {
            if let label = element.label, labelCount[label, default: 0] <= 1, references[label] == nil {
                references[label] = id
            }
        }
        for (element, id) in zip(found, ids) {
            for name in [element.kumu, element.own].compactMap({ $0 }) { references[name] = id }
        }
        return (ids, references)
    }

    private mutating func decodeElement(_ pairs: Pairs, id: String, at start: SourceLocation) -> Actor {
        var actor = Actor(id: id)
        var fields = FieldLocations(start: start)
        fields.fields["id"] = start
        var hasSector = false, kumuType: (String, DocumentNode)?
        for (key, value) in Self.flattened(pairs) {
            let folded = foldKey(key)
            fields.fields[folded] = location(value)
            switch folded {
            case "id": continue
            case "label": actor.name = text(value, key) ?? actor.name
            case "type", "element-type": kumuType = text(value, key).map { ($0, value) }
            case "description": actor.notes = text(value, key)
            case "tags": actor.attributes["tags"] = tags(value, key)
            default:
                switch InputRecord.actor.canonicalKey(key) {
                case "sector":
                    actor.sector = vocabulary(value, "sector") ?? .unspecified
                    hasSector = true
                case "level": actor.level = vocabulary(value, "level") ?? .unspecified
                case "country": actor.country = country(value)
                case "territory": actor.territory = text(value, key)
                case "notes": actor.notes = text(value, key)
                case "name": actor.name = text(value, key) ?? actor.name
                default: if key != "_id", let written = text(value, key) { actor.attributes[key] = written }
                }
            }
        }
        if let (type, _) = kumuType {
            if !hasSector, let sector = Sector(parsing: type) {
                actor.sector = sector
            } else {
                actor.attributes["type"] = type
                if Sector(parsing: type) == nil { keptSectors.append(type) }
            }
        }
        sourceMap.actors.append(fields)
        return actor
    }

    private mutating func decodeConnection(
        _ pairs: Pairs, references: [String: String], at start: SourceLocation
    ) -> Tie {
        var tie = Tie(from: "", to: "")
        var fields = FieldLocations(start: start)
        var hasKind = false, kumuType: String?, strength: (String, DocumentNode)?
        for (key, value) in Self.flattened(pairs) {
            let folded = foldKey(key)
            fields.fields[folded] = location(value)
            switch folded {
            case "from", "to":
                let end = text(value, key).map { references[$0] ?? $0 } ?? ""
                if folded == "from" { tie.from = end } else { tie.to = end }
            case "id": continue
            case "delayed", "reversed": if text(value, key) != "false" { attribute(value, key, into: &tie) }
            case "type", "connection-type": kumuType = text(value, key)
            case "strength": strength = text(value, key).map { ($0, value) }
            case "description": tie.note = text(value, key)
            case "tags": tie.attributes["tags"] = tags(value, key)
            case "direction":
                guard let written = text(value, key) else { continue }
                switch CSVNetworkReader.KumuDirection(parsing: written) {
                case .directed: tie.directed = nil  // the network's default, as in Kumu
                case .undirected: tie.directed = false
                case .mutual:
                    tie.directed = false
                    tie.attributes["direction"] = "mutual"
                case nil: error(at: location(value)) { $0.text(.kumuExpectedDirection, ["value": written]) }
                }
            default:
                switch InputRecord.tie.canonicalKey(key) {
                case "kind":
                    tie.kind = vocabulary(value, "kind") ?? .other
                    hasKind = true
                case "weight": tie.weight = weight(value) ?? 1
                case "project": tie.project = text(value, key)
                case "note": tie.note = text(value, key)
                case "start": tie.start = date(value, "start")
                case "end": tie.end = date(value, "end")
                default: if key != "_id" { attribute(value, key, into: &tie) }
                }
            }
        }
        if let type = kumuType {
            if !hasKind, let kind = TieKind(parsing: type) {
                tie.kind = kind
            } else {
                tie.attributes["type"] = type
                if TieKind(parsing: type) == nil { keptTypes.append(type) }
            }
        }
        if let (written, node) = strength {
            if parseNumber(written) != nil {
                tie.weight = weight(node) ?? 1
            } else {
                tie.attributes["strength"] = written
                keptStrengths.append(written)
            }
        }
        sourceMap.ties.append(fields)
        return tie
    }

    // MARK: Values

    private mutating func attribute(_ node: DocumentNode, _ key: String, into tie: inout Tie) {
        if let written = text(node, key) { tie.attributes[key] = written }
    }

    /// Kumu's tags: a list (blueprint) or text (`a|b`), kept as text joined with `|`.
    private mutating func tags(_ node: DocumentNode, _ field: String) -> String? {
        if case .sequence(let items, _, _) = node {
            let values = items.compactMap { item -> String? in
                if case .scalar(let value, _, _) = item { value } else { nil }
            }
            return values.isEmpty ? nil : values.joined(separator: "|")
        }
        return text(node, field)
    }

    private mutating func warnKept(_ values: [String], at location: SourceLocation, column: String, key: CatalogueKey) {
        guard let shown = CSVNetworkReader.keptValuesText(values) else { return }
        diagnostics.append(Diagnostic(.warning, location) { $0.text(key, ["column": column, "values": shown]) })
    }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// A scalar as text; a list of scalars joined with `;`.
    mutating func text(_ node: DocumentNode, _ field: String) -> String? { scalarOrListText(node, field) }
}
