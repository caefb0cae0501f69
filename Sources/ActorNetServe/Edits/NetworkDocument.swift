import ActorNet
import Foundation

/// The network as the JSON document `convert FILE x.json` writes, split into its three lists so that edits can
/// find records by id. Edits change this document; the loader's decoder and `NetworkValidator` then check it
/// (`DocumentDecoding`, the whole loader when they find a problem), so an edit can never make a network that
/// `actornet validate` would refuse.
struct NetworkDocument: Sendable, Equatable {
    /// Every top-level field but the three lists (name, description, language, directed, source, import).
    var header: [String: JSONValue]
    var actors: [[String: JSONValue]]
    var ties: [[String: JSONValue]]
    var projects: [[String: JSONValue]]

    init(
        header: [String: JSONValue], actors: [[String: JSONValue]], ties: [[String: JSONValue]],
        projects: [[String: JSONValue]]
    ) {
        self.header = header
        self.actors = actors
        self.ties = ties
        self.projects = projects
    }

    init(_ network: Network) {
        let whole = JSONValue.parse(NetworkWriter.jsonData(network))?.object ?? [:]
        func records(_ key: String) -> [[String: JSONValue]] { whole[key]?.array?.compactMap(\.object) ?? [] }
        actors = records("actors")
        ties = records("ties")
        projects = records("projects")
        header = whole.filter { !["actors", "ties", "projects"].contains($0.key) }
    }

    /// The whole document as JSON text.
    var data: Data {
        var whole = header
        whole["actors"] = .array(actors.map(JSONValue.object))
        whole["ties"] = .array(ties.map(JSONValue.object))
        if !projects.isEmpty { whole["projects"] = .array(projects.map(JSONValue.object)) }
        return JSONValue.object(whole).data
    }

    func actorPosition(_ id: String) -> Int? { actors.firstIndex { $0["id"]?.string == id } }

    func projectPosition(_ id: String) -> Int? { projects.firstIndex { $0["id"]?.string == id } }

    /// The first tie from `from` to `to` (of `kind` when given, in any spelling the loader accepts).
    func tiePosition(from: String, to: String, kind: String?) -> Int? {
        let wanted = kind.map { TieKind(parsing: $0)?.rawValue ?? $0 }
        return ties.firstIndex { tie in
            tie["from"]?.string == from && tie["to"]?.string == to
                && (wanted == nil || (tie["kind"]?.string ?? TieKind.other.rawValue) == wanted)
        }
    }
}
