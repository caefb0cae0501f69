import ActorNet

/// A network flattened once into compressed sparse rows, the form every measure runs on.
///
/// Parallel ties between the same two actors (different kinds or projects) are merged by summing their weights,
/// as NetworkX's `Graph` holds one edge per pair. The graph is directed when the network is, or when any tie says
/// `directed: true`; undirected ties of a directed graph become two arcs. Neighbour lists are sorted by index, so
/// every traversal is deterministic.
public struct CompactGraph: Sendable {
    /// Number of vertices (actors).
    public let count: Int
    public let isDirected: Bool
    /// Whether the weights are used; when false every weight is 1.
    public let isWeighted: Bool
    /// Actor id at each vertex index.
    public let ids: [String]
    /// Out-neighbours (all neighbours when undirected): `targets[offsets[v] ..< offsets[v + 1]]`.
    public let offsets: [Int32]
    public let targets: [Int32]
    public let weights: [Double]
    /// In-neighbours; the same arrays as the out-neighbours when undirected.
    public let inOffsets: [Int32]
    public let inTargets: [Int32]
    public let inWeights: [Double]
    /// Distinct edges: unordered pairs when undirected, arcs when directed.
    public let edgeCount: Int

    /// Builds the graph of `network`. `weighted: nil` means weighted whenever some tie's weight is not 1.
    public init(_ network: Network, weighted: Bool? = nil) {
        let directed = network.directed || network.ties.contains { $0.directed == true }
        let index = network.actorIndex
        let n = network.actors.count
        // Arcs keyed source·n + target, sorted, then parallel ties merged by summing (cheaper than hashing).
        var keyed: [(key: Int, weight: Double)] = []
        keyed.reserveCapacity(network.ties.count * (directed ? 2 : 1))
        for tie in network.ties {
            guard let a = index[tie.from], let b = index[tie.to], a != b else { continue }
            if !directed {
                keyed.append((min(a, b) * n + max(a, b), tie.weight))
            } else {
                keyed.append((a * n + b, tie.weight))
                if !tie.isDirected(networkDirected: network.directed) { keyed.append((b * n + a, tie.weight)) }
            }
        }
        keyed.sort { $0.key < $1.key }
        var merged: [(key: Int, weight: Double)] = []
        merged.reserveCapacity(keyed.count)
        for arc in keyed {
            if let last = merged.last, last.key == arc.key {
                merged[merged.count - 1].weight += arc.weight
            } else {
                merged.append(arc)
            }
        }
        let useWeights = weighted ?? merged.contains { $0.weight != 1 }
        var list = merged.map { (source: Int32($0.key / n), target: Int32($0.key % n), weight: useWeights ? $0.weight : 1) }
        if !directed { list += list.map { ($0.target, $0.source, $0.weight) } }
        self.init(count: n, directed: directed, weighted: useWeights, ids: network.actors.map(\.id), arcs: list,
                  edgeCount: merged.count)
    }

    /// Builds a graph from arcs given as (source, target, weight); for undirected graphs give both directions.
    public init(count: Int, directed: Bool, weighted: Bool, ids: [String],
                arcs: [(source: Int32, target: Int32, weight: Double)], edgeCount: Int) {
        self.count = count
        self.isDirected = directed
        self.isWeighted = weighted
        self.ids = ids
        self.edgeCount = edgeCount
        let out = Self.rows(count, arcs.sorted { ($0.source, $0.target) < ($1.source, $1.target) }, key: \.source, value: \.target)
        offsets = out.offsets
        targets = out.targets
        weights = out.weights
        if directed {
            let incoming = Self.rows(count, arcs.sorted { ($0.target, $0.source) < ($1.target, $1.source) }, key: \.target, value: \.source)
            inOffsets = incoming.offsets
            inTargets = incoming.targets
            inWeights = incoming.weights
        } else {
            inOffsets = offsets
            inTargets = targets
            inWeights = weights
        }
    }

    private static func rows(_ count: Int, _ sorted: [(source: Int32, target: Int32, weight: Double)],
                             key: KeyPath<(source: Int32, target: Int32, weight: Double), Int32>,
                             value: KeyPath<(source: Int32, target: Int32, weight: Double), Int32>)
        -> (offsets: [Int32], targets: [Int32], weights: [Double])
    {
        var offsets = [Int32](repeating: 0, count: count + 1)
        for arc in sorted { offsets[Int(arc[keyPath: key]) + 1] += 1 }
        for v in 0..<count { offsets[v + 1] += offsets[v] }
        return (offsets, sorted.map { $0[keyPath: value] }, sorted.map(\.weight))
    }

    /// Out-neighbours of `v` (all neighbours when undirected).
    @inline(__always) public func neighbours(_ v: Int) -> Range<Int> { Int(offsets[v])..<Int(offsets[v + 1]) }

    /// In-neighbours of `v`.
    @inline(__always) public func inNeighbours(_ v: Int) -> Range<Int> { Int(inOffsets[v])..<Int(inOffsets[v + 1]) }

    /// Edges over possible edges: 2m/(n(n−1)) undirected, m/(n(n−1)) directed; 0 for n < 2.
    public var density: Double {
        guard count > 1 else { return 0 }
        let possible = Double(count) * Double(count - 1)
        return Double(edgeCount) * (isDirected ? 1 : 2) / possible
    }

    /// Weakly connected components, each a sorted list of vertices, largest first (ties by smallest vertex).
    public func components() -> [[Int32]] {
        var label = [Int32](repeating: -1, count: count)
        var result: [[Int32]] = []
        var stack: [Int32] = []
        for start in 0..<count where label[start] < 0 {
            let id = Int32(result.count)
            var members: [Int32] = []
            label[start] = id
            stack.append(Int32(start))
            while let v = stack.popLast() {
                members.append(v)
                for e in neighbours(Int(v)) where label[Int(targets[e])] < 0 {
                    label[Int(targets[e])] = id
                    stack.append(targets[e])
                }
                if isDirected {
                    for e in inNeighbours(Int(v)) where label[Int(inTargets[e])] < 0 {
                        label[Int(inTargets[e])] = id
                        stack.append(inTargets[e])
                    }
                }
            }
            result.append(members.sorted())
        }
        return result.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
    }
}
