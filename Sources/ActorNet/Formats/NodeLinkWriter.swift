/// Writes node-link JSON that `networkx.node_link_graph(data, edges="links")` and D3 read: `directed`,
/// `multigraph` (true when two ties join the same pair, each link then has a `key`), `graph` with the network's
/// name, description, language and source, `nodes` with `id` and the actor's fields and attributes, `links` with
/// `source`, `target`, `weight`, `kind` and the tie's other fields and attributes. Projects are not written.
/// An attribute whose name the reader would take for a field (`name`, `label`, `peso`…) is left out.
public enum NodeLinkWriter {
    public static func json(_ network: Network) -> String {
        var keys: [Int] = []
        var seen: [String: Int] = [:]
        for tie in network.ties {
            let ends = network.directed || tie.directed == true ? [tie.from, tie.to] : [tie.from, tie.to].sorted()
            let pair = ends.joined(separator: "\u{0}")
            keys.append(seen[pair, default: 0])
            seen[pair, default: 0] += 1
        }
        let multigraph = keys.contains { $0 > 0 }
        let graph: [(String, String?)] = [
            ("name", network.name), ("description", network.description), ("language", network.language),
            ("source", network.source),
        ]
        let tree = OrderedTree.map([
            ("directed", .bool(network.directed)), ("multigraph", .bool(multigraph)),
            ("graph", .map(present(graph))),
            ("nodes", .list(network.actors.map(node))),
            ("links", .list(zip(network.ties, keys).map { link($0, key: multigraph ? $1 : nil) })),
        ])
        return tree.json() + "\n"
    }

    private static func node(_ actor: Actor) -> OrderedTree {
        let lists: [(String, [String])] = [
            ("roles", actor.roles), ("offers", actor.offers), ("needs", actor.needs), ("motivation", actor.motivation),
        ]
        let texts: [(String, String?)] = [
            ("id", actor.id), ("name", actor.name), ("sector", actor.sector.rawValue), ("level", actor.level.rawValue),
            ("country", actor.country), ("territory", actor.territory),
        ]
        let attributes = actor.attributes.sorted { $0.key < $1.key }
            .filter { NodeLinkDecoder.actorField($0.key) == nil }.map { ($0.key, Optional($0.value)) }
        return .map(
            present(texts) + lists.filter { !$0.1.isEmpty }.map { ($0.0, .list($0.1.map(OrderedTree.string))) }
                + present([("notes", actor.notes)] + attributes))
    }

    private static func link(_ tie: Tie, key: Int?) -> OrderedTree {
        var pairs: [(String, OrderedTree)] = [
            ("source", .string(tie.from)), ("target", .string(tie.to)), ("weight", .number(tie.weight)),
            ("kind", .string(tie.kind.rawValue)),
        ]
        if let key { pairs.append(("key", .number(Double(key)))) }
        if let directed = tie.directed { pairs.append(("directed", .bool(directed))) }
        let c = tie.contributions
        pairs += present([("project", tie.project), ("note", tie.note), ("start", tie.start), ("end", tie.end)])
        pairs += [("money", c?.money), ("work", c?.work)].compactMap { name, value in value.map { (name, .number($0)) }
        }
        pairs += present([("currency", c?.currency), ("in_kind", c?.inKind)])
        let attributes = tie.attributes.sorted { $0.key < $1.key }
            .filter { NodeLinkDecoder.tieField($0.key) == nil }.map { ($0.key, Optional($0.value)) }
        return .map(pairs + present(attributes))
    }

    /// The pairs that have a value, as JSON strings.
    private static func present(_ pairs: [(String, String?)]) -> [(String, OrderedTree)] {
        pairs.compactMap { name, value in value.map { (name, .string($0)) } }
    }
}
