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
                case .sectorLevel:
                    // "International · International" said one thing twice.
                    let (first, second) = (sector.label(language), level.label(language))
                    name = first == second ? first : first + " · " + second
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
        var view = Network(
            name: network.name, description: network.description, language: network.language,
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

    /// What the tie filters and `hideIsolates` left out, for the caption.
    public struct Hidden: Sendable, Equatable {
        public var ties = 0
        /// Actors that had ties before the filters and none after (orphans), removed.
        public var orphans = 0
        /// Actors without ties in the view itself, removed by `hideIsolates`.
        public var isolates = 0
    }

    /// Drops ties lighter than `minimumWeight` and keeps only the `top` heaviest, then removes the actors the
    /// filters left without ties (orphans) and, with `hideIsolates`, actors that had no ties to begin with.
    ///
    /// Ties of equal weight are ranked by the summed degree of their two ends (ties between better-connected actors
    /// first), then by the names of their ends: the order of the file or of ids never decides.
    public static func filterTies(
        _ network: Network, minimumWeight: Double?, top: Int?,
        hideIsolates: Bool = false
    ) -> (view: Network, hidden: Hidden) {
        var view = network
        var hidden = Hidden()
        if let minimumWeight { view.ties = view.ties.filter { $0.weight >= minimumWeight } }
        if let top, top < view.ties.count {
            var degree: [String: Int] = [:]
            for tie in network.ties {
                degree[tie.from, default: 0] += 1
                degree[tie.to, default: 0] += 1
            }
            let names = Dictionary(network.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            func key(_ tie: Tie) -> (Double, Int, String, String) {
                (
                    tie.weight, (degree[tie.from] ?? 0) + (degree[tie.to] ?? 0),
                    names[tie.from] ?? tie.from, names[tie.to] ?? tie.to
                )
            }
            let ranked = view.ties.indices.sorted { a, b in
                let x = key(view.ties[a]), y = key(view.ties[b])
                if x.0 != y.0 { return x.0 > y.0 }
                if x.1 != y.1 { return x.1 > y.1 }
                if x.2 != y.2 { return x.2 < y.2 }
                if x.3 != y.3 { return x.3 < y.3 }
                return a < b  // the same two names and weight: indistinguishable on the page
            }
            let kept = Set(ranked.prefix(top))
            view.ties = view.ties.indices.filter { kept.contains($0) }.map { view.ties[$0] }
        }
        hidden.ties = network.ties.count - view.ties.count
        let tiedBefore = Set(network.ties.flatMap { [$0.from, $0.to] })
        let tiedAfter = Set(view.ties.flatMap { [$0.from, $0.to] })
        view.actors = network.actors.filter { actor in
            if tiedAfter.contains(actor.id) { return true }
            if tiedBefore.contains(actor.id) {
                hidden.orphans += 1
                return false
            }
            if hideIsolates {
                hidden.isolates += 1
                return false
            }
            return true
        }
        return (view, hidden)
    }
}
