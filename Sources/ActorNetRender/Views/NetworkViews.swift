import ActorNet

/// Views that keep a diagram readable: ego networks, aggregation by group, and tie filters. Each maps a
/// network to a smaller network; the diagram builder draws whatever it gets.
public enum NetworkViews {
    /// The actors within `depth` steps of `focus` (ties followed in either direction) and the ties among them.
    /// - Returns: nil when no actor has the id `focus`.
    public static func ego(_ network: Network, focus: String, depth: Int) -> Network? {
        let index = network.actorIndex
        guard let center = index[focus] else { return nil }
        var neighbours = [[Int]](repeating: [], count: network.actors.count)
        for tie in network.ties {
            guard let a = index[tie.from], let b = index[tie.to] else { continue }
            neighbours[a].append(b)
            neighbours[b].append(a)
        }
        var distance = [Int](repeating: -1, count: network.actors.count)
        distance[center] = 0
        var queue = [center], head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            guard distance[v] < depth else { continue }
            for w in neighbours[v] where distance[w] < 0 {
                distance[w] = distance[v] + 1
                queue.append(w)
            }
        }
        let kept = Set(queue.map { network.actors[$0].id })
        var view = network
        view.actors = network.actors.filter { kept.contains($0.id) }
        view.ties = network.ties.filter { kept.contains($0.from) && kept.contains($0.to) }
        view.projects = []
        return view
    }

    /// How `aggregate` groups actors.
    public enum Grouping: String, Sendable, CaseIterable {
        case sector, level
        case sectorLevel = "sector-level"
    }

    /// One node per group (its `attributes["actors"]` holds how many actors it stands for, `["internal_ties"]`
    /// the ties inside it) and one tie per pair of groups, weighted by the summed weights of the ties between them.
    public static func aggregate(_ network: Network, by grouping: Grouping, language: String) -> Network {
        func key(_ actor: Actor) -> (id: String, sector: Sector, level: Level) {
            switch grouping {
            case .sector: (actor.sector.rawValue, actor.sector, .unspecified)
            case .level: (actor.level.rawValue, .unspecified, actor.level)
            case .sectorLevel: (actor.sector.rawValue + "/" + actor.level.rawValue, actor.sector, actor.level)
            }
        }
        var groups: [String: Actor] = [:]
        var order: [String] = []
        var groupOf: [String: String] = [:]
        var members: [String: Int] = [:]
        for actor in network.actors {
            let (id, sector, level) = key(actor)
            groupOf[actor.id] = id
            members[id, default: 0] += 1
            if groups[id] == nil {
                let name: String
                switch grouping {
                case .sector: name = sector.label(language)
                case .level: name = level.label(language)
                case .sectorLevel: name = sector.label(language) + " · " + level.label(language)
                }
                groups[id] = Actor(id: id, name: name, sector: sector, level: level)
                order.append(id)
            }
        }
        var weights: [String: Double] = [:]
        var pairs: [(String, String)] = []
        var insideTies: [String: Int] = [:]
        for tie in network.ties {
            guard let a = groupOf[tie.from], let b = groupOf[tie.to] else { continue }
            if a == b { insideTies[a, default: 0] += 1; continue }
            let pair = network.directed || tie.directed == true ? (a, b) : (min(a, b), max(a, b))
            let key = pair.0 + "\u{1F}" + pair.1
            if weights[key] == nil { pairs.append(pair) }
            weights[key, default: 0] += tie.weight
        }
        var view = Network(name: network.name, description: network.description, language: network.language,
                           directed: network.directed, source: network.source)
        view.actors = order.map { id in
            var actor = groups[id]!
            actor.attributes = ["actors": String(members[id]!), "internal_ties": String(insideTies[id] ?? 0)]
            return actor
        }
        view.ties = pairs.map { pair in
            Tie(from: pair.0, to: pair.1, weight: weights[pair.0 + "\u{1F}" + pair.1]!, kind: .other)
        }
        return view
    }

    /// Drops ties lighter than `minimumWeight` and keeps only the `top` heaviest (ties broken by file order).
    public static func filterTies(_ network: Network, minimumWeight: Double?, top: Int?) -> Network {
        var view = network
        if let minimumWeight { view.ties = view.ties.filter { $0.weight >= minimumWeight } }
        if let top, top < view.ties.count {
            let kept = Set(view.ties.indices.sorted { view.ties[$0].weight != view.ties[$1].weight
                ? view.ties[$0].weight > view.ties[$1].weight : $0 < $1 }.prefix(top))
            view.ties = view.ties.indices.filter { kept.contains($0) }.map { view.ties[$0] }
        }
        return view
    }
}
