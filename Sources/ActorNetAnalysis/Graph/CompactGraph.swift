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
    ///
    /// - Complexity: O(n + m) plus one id lookup per tie endpoint and the sorting of each neighbour list;
    ///   parallel ties are summed in tie order.
    public init(_ network: Network, weighted: Bool? = nil) {
        let index = network.actorIndex
        self.init(network, weighted: weighted) { i in
            guard let a = index[network.ties[i].from], let b = index[network.ties[i].to] else { return nil }
            return (Int32(a), Int32(b))
        }
    }

    /// Builds the graph of a loaded network from the tie ends resolved while validating it: no id is looked up.
    public init(_ loaded: LoadedNetwork, weighted: Bool? = nil) {
        self.init(loaded.network, endpoints: loaded.endpoints, weighted: weighted)
    }

    /// Builds the graph of `network` from its tie ends already resolved to actor positions.
    public init(_ network: Network, endpoints: TieEndpoints, weighted: Bool? = nil) {
        precondition(endpoints.from.count == network.ties.count, "endpoints do not belong to this network")
        self.init(network, weighted: weighted) { i in (endpoints.from[i], endpoints.to[i]) }
    }

    private init(_ network: Network, weighted: Bool?, ends: (Int) -> (Int32, Int32)?) {
        var directed = network.directed
        if !directed { for i in network.ties.indices where network.ties[i].directed == true { directed = true; break } }
        var arcs = Arcs()
        arcs.reserve(network.ties.count * (directed ? 1 : 2))
        for i in network.ties.indices {
            guard let (a, b) = ends(i), a != b else { continue }
            let weight = network.ties[i].weight  // fields read in place: copying a whole Tie costs more than the rest
            arcs.append(a, b, weight)
            if !directed || !(network.ties[i].directed ?? network.directed) { arcs.append(b, a, weight) }
        }
        self.init(
            count: network.actors.count, directed: directed, weighted: weighted,
            ids: network.actors.map(\.id), arcs: arcs)
    }

    /// Arcs as parallel arrays (source, target, weight); an undirected edge is given in both directions.
    struct Arcs {
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []

        mutating func reserve(_ capacity: Int) {
            sources.reserveCapacity(capacity)
            targets.reserveCapacity(capacity)
            weights.reserveCapacity(capacity)
        }

        @inline(__always) mutating func append(_ source: Int32, _ target: Int32, _ weight: Double) {
            sources.append(source)
            targets.append(target)
            weights.append(weight)
        }
    }

    /// Builds the rows from `arcs` (parallel arcs summed); `weighted: nil` decides from the summed weights.
    init(count: Int, directed: Bool, weighted: Bool?, ids: [String], arcs: Arcs) {
        var out = Self.rows(count, keys: arcs.sources, values: arcs.targets, weights: arcs.weights)
        let useWeights = weighted ?? out.weights.contains { $0 != 1 }
        if !useWeights { out.weights = [Double](repeating: 1, count: out.targets.count) }
        self.count = count
        self.isDirected = directed
        self.isWeighted = useWeights
        self.ids = ids
        offsets = out.offsets
        targets = out.targets
        weights = out.weights
        edgeCount = directed ? out.targets.count : out.targets.count / 2
        if directed {
            // Each out-arc once more, keyed by its target; no repeats remain to merge.
            var sources = [Int32](repeating: 0, count: out.targets.count)
            for v in 0..<count { for e in Int(out.offsets[v])..<Int(out.offsets[v + 1]) { sources[e] = Int32(v) } }
            let incoming = Self.rows(count, keys: out.targets, values: sources, weights: out.weights)
            inOffsets = incoming.offsets
            inTargets = incoming.targets
            inWeights = incoming.weights
        } else {
            inOffsets = offsets
            inTargets = targets
            inWeights = weights
        }
    }

    /// CSR rows keyed by `keys[i]` holding `values[i]`, each row sorted by value; equal (key, value) pairs are
    /// merged by summing their weights in input order.
    ///
    /// - Complexity: O(m) to place the arcs (one counting pass, one scatter), then each row sorted on its own:
    ///   O(Σ d log d), small rows being the rule. Sorting on (value, position in row) keeps equal values in input
    ///   order, so sums do not depend on the sort.
    private static func rows(_ count: Int, keys: [Int32], values: [Int32], weights: [Double])
        -> (offsets: [Int32], targets: [Int32], weights: [Double])
    {
        var offsets = [Int32](repeating: 0, count: count + 1)
        for key in keys { offsets[Int(key) + 1] += 1 }
        for v in 0..<count { offsets[v + 1] += offsets[v] }
        var next = offsets
        var targets = [Int32](repeating: 0, count: keys.count), rowWeights = [Double](repeating: 0, count: keys.count)
        for i in keys.indices {
            let key = Int(keys[i]), position = Int(next[key])
            targets[position] = values[i]
            rowWeights[position] = weights[i]
            next[key] += 1
        }
        var repeated = false
        var order: [UInt64] = [], sortedTargets: [Int32] = [], sortedWeights: [Double] = []
        for v in 0..<count {
            let low = Int(offsets[v]), high = Int(offsets[v + 1])
            guard high - low > 1 else { continue }
            var ascending = true
            for e in low + 1..<high where targets[e - 1] >= targets[e] {
                ascending = false
                break
            }
            if ascending { continue }
            order.removeAll(keepingCapacity: true)
            for e in low..<high { order.append(UInt64(UInt32(bitPattern: targets[e])) << 32 | UInt64(e - low)) }
            order.sort()
            sortedTargets.removeAll(keepingCapacity: true)
            sortedWeights.removeAll(keepingCapacity: true)
            for key in order {
                let e = low + Int(key & 0xFFFF_FFFF)
                if let last = sortedTargets.last, last == targets[e] { repeated = true }
                sortedTargets.append(targets[e])
                sortedWeights.append(rowWeights[e])
            }
            for (k, e) in (low..<high).enumerated() {
                targets[e] = sortedTargets[k]
                rowWeights[e] = sortedWeights[k]
            }
        }
        guard repeated else { return (offsets, targets, rowWeights) }
        // Merge repeated values, summing in row order (which is input order for equal values).
        var merged = [Int32](repeating: 0, count: count + 1)
        var mergedTargets: [Int32] = [], mergedWeights: [Double] = []
        mergedTargets.reserveCapacity(targets.count)
        mergedWeights.reserveCapacity(targets.count)
        for v in 0..<count {
            let rowStart = mergedTargets.count
            for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                if mergedTargets.count > rowStart, mergedTargets[mergedTargets.count - 1] == targets[e] {
                    mergedWeights[mergedWeights.count - 1] += rowWeights[e]
                } else {
                    mergedTargets.append(targets[e])
                    mergedWeights.append(rowWeights[e])
                }
            }
            merged[v + 1] = Int32(mergedTargets.count)
        }
        return (merged, mergedTargets, mergedWeights)
    }

    /// The largest arc weight (1 when unweighted or without ties): the unit scale-free measures measure in.
    ///
    /// Measures that are scale-free by definition (eigenvector, Louvain) divide every weight by it first, so that
    /// their iterations see weights in (0, 1] whatever the unit: their tolerances and the shift of the eigenvector
    /// iteration then mean the same for weights × 1e-12 as for weights × 1e150, and products of two strengths
    /// cannot overflow. The largest weight itself rather than a nearby power of two, so that a network whose ties
    /// all have one weight c iterates exactly as the unweighted network does (and as NetworkX does), whatever c:
    /// entries that decay towards 0 (outside the dominant component) then depend on the same iteration count.
    public var weightScale: Double {
        guard isWeighted, let largest = weights.max(), largest.isFinite, largest > 0 else { return 1 }
        return largest
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
