/// A candidate pair i < j with its score, parts and tie-breaking values.
struct ScoredPair {
    static let unknownDistance = Int32(-1)

    var i: Int, j: Int
    var score: Double, capability: Double, diversity: Double, proximity: Double
    /// Needs each meets for the other, counted both ways.
    var needsMet: Int32
    /// Hops between the two on the undirected view (`HopDistances.unreachable` when apart); computed only when the
    /// pair is kept or ties with the worst kept.
    var distance: Int32
}

/// The ranking's order: higher score; then more needs met for each other (complementarity the score's shares can
/// hide: meeting 2 of 4 needs equals 1 of 2); then shorter path between the two (a closer, more trusted
/// introduction); then their names in the reader's collation. Never ids or file order (issue 17).
struct PairOrder: Sendable {
    let names: ActorNameOrder

    /// Whether x comes first on score and needs met (nil when equal on both).
    func leads(_ x: ScoredPair, _ y: ScoredPair) -> Bool? {
        if x.score != y.score { return x.score > y.score }
        if x.needsMet != y.needsMet { return x.needsMet > y.needsMet }
        return nil
    }

    /// Whether x comes first (both distances known).
    func better(_ x: ScoredPair, _ y: ScoredPair) -> Bool {
        if let lead = leads(x, y) { return lead }
        if x.distance != y.distance { return x.distance < y.distance }
        return names.precedes(pair: (x.i, x.j), (y.i, y.j))
    }
}

/// The best pairs seen so far: all of them, or the `limit` best in a heap whose root is the worst kept.
struct PairSelection {
    let limit: Int?
    let order: PairOrder
    var pairs: [ScoredPair] = []

    init(limit: Int?, order: PairOrder) {
        self.limit = limit
        self.order = order
    }

    /// The score a pair must reach to be kept (−∞ while there is room).
    var threshold: Double {
        guard let limit, pairs.count >= limit else { return -.infinity }
        return limit > 0 ? pairs[0].score : .infinity
    }

    /// Keeps `pair` if it belongs among the best; `distance` is asked for only when the pair is kept or ties with the
    /// worst kept on score and needs met.
    mutating func offer(_ pair: ScoredPair, distance: () -> Int32) {
        var pair = pair
        guard let limit else {
            pair.distance = distance()
            pairs.append(pair)
            return
        }
        guard limit > 0 else { return }
        if pairs.count < limit {
            pair.distance = distance()
            pairs.append(pair)
            var child = pairs.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard order.better(pairs[parent], pairs[child]) else { break }
                pairs.swapAt(parent, child)
                child = parent
            }
            return
        }
        if order.leads(pair, pairs[0]) == false { return }
        pair.distance = distance()
        guard order.better(pair, pairs[0]) else { return }
        pairs[0] = pair
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var worst = parent
            if left < pairs.count && order.better(pairs[worst], pairs[left]) { worst = left }
            if right < pairs.count && order.better(pairs[worst], pairs[right]) { worst = right }
            if worst == parent { break }
            pairs.swapAt(parent, worst)
            parent = worst
        }
    }

    func best() -> [ScoredPair] { pairs.sorted(by: order.better) }
}
