/// Single-source shortest paths with path counting, the shared first phase of betweenness, closeness, harmonic
/// centrality and the path-length statistics (Brandes 2001, doi:10.1080/0022250X.2001.9990249).
///
/// Unweighted graphs use breadth-first search; weighted graphs use Dijkstra with a binary heap on
/// length = 1 / weight. Two path lengths are equal when they differ by at most `relativeEpsilon` of the larger
/// (igraph's rule), so that with 1/w lengths 1/3 + 1/6 ties with 1/2.
///
/// - Complexity: O(m) per source unweighted, O(m log n) weighted; O(n) scratch memory reused across sources.
struct ShortestPathSearch {
    static let relativeEpsilon = 1e-10

    let graph: CompactGraph
    /// Arc lengths (1/weight) in out- and in-adjacency order; empty when unweighted.
    let lengths: [Double]
    let inLengths: [Double]

    init(_ graph: CompactGraph) {
        self.graph = graph
        if graph.isWeighted {
            lengths = graph.weights.map { 1 / $0 }
            inLengths = graph.isDirected ? graph.inWeights.map { 1 / $0 } : lengths
        } else {
            lengths = []
            inLengths = []
        }
    }

    /// Scratch arrays for one thread. `distance` is -1 for unreached vertices.
    struct Workspace {
        var distance: [Double]
        var paths: [Double]
        var dependency: [Double]
        /// Vertices in the order they were settled (non-decreasing distance).
        var order: [Int32]
        var settled: [Bool]
        var heap: DistanceHeap

        init(count: Int) {
            distance = [Double](repeating: -1, count: count)
            paths = [Double](repeating: 0, count: count)
            dependency = [Double](repeating: 0, count: count)
            order = []
            order.reserveCapacity(count)
            settled = [Bool](repeating: false, count: count)
            heap = DistanceHeap()
        }

        /// Clears what the last search touched: O(reached), not O(n).
        mutating func reset() {
            for v in order {
                let i = Int(v)
                distance[i] = -1
                paths[i] = 0
                dependency[i] = 0
                settled[i] = false
            }
            order.removeAll(keepingCapacity: true)
        }
    }

    @inline(__always) static func equalLengths(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= relativeEpsilon * max(abs(a), abs(b))
    }

    /// Dijkstra's relaxation with path counting: a path of length `candidate` carrying `sigma` shortest paths
    /// reaches a vertex at `distance` (−1 unreached) with `paths`. Returns whether the vertex needs a heap entry.
    @inline(__always) static func relax(
        _ candidate: Double, _ sigma: Double, distance: inout Double, paths: inout Double
    ) -> Bool {
        if distance >= 0 && equalLengths(candidate, distance) {
            paths += sigma
            return false
        }
        guard distance < 0 || candidate < distance else { return false }
        distance = candidate
        paths = sigma
        return true
    }

    /// Fills `distance`, `paths` (σ, number of shortest paths from `source`) and `order` for `source`.
    func search(from source: Int, in w: inout Workspace) {
        w.reset()
        if graph.isWeighted { dijkstra(source, &w) } else { breadthFirst(source, &w) }
    }

    private func breadthFirst(_ source: Int, _ w: inout Workspace) {
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                w.distance.withUnsafeMutableBufferPointer { distance in
                    w.paths.withUnsafeMutableBufferPointer { paths in
                        distance[source] = 0
                        paths[source] = 1
                        w.order.append(Int32(source))
                        var head = 0
                        while head < w.order.count {
                            let v = Int(w.order[head])
                            head += 1
                            let next = distance[v] + 1
                            let sigma = paths[v]
                            for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                                let t = Int(targets[e])
                                if distance[t] < 0 {
                                    distance[t] = next
                                    w.order.append(Int32(t))
                                }
                                if distance[t] == next { paths[t] += sigma }
                            }
                        }
                    }
                }
            }
        }
        for v in w.order { w.settled[Int(v)] = true }
    }

    private func dijkstra(_ source: Int, _ w: inout Workspace) {
        w.distance[source] = 0
        w.paths[source] = 1
        w.heap.removeAll()
        w.heap.push(0, Int32(source))
        // Every vertex pushed is reachable, so it is settled and lands in `order`, which `reset` clears.
        while let (d, vertex) = w.heap.pop() {
            let v = Int(vertex)
            if w.settled[v] || d > w.distance[v] { continue }
            w.settled[v] = true
            w.order.append(vertex)
            let sigma = w.paths[v]
            for e in graph.neighbours(v) {
                let t = Int(graph.targets[e])
                if w.settled[t] { continue }
                let candidate = d + lengths[e]
                if Self.relax(candidate, sigma, distance: &w.distance[t], paths: &w.paths[t]) {
                    w.heap.push(candidate, Int32(t))
                }
            }
        }
    }

    /// Brandes' dependency accumulation over the last search; adds δ_s(v) to `betweenness[v]` for v ≠ source.
    func accumulateDependencies(from source: Int, _ w: inout Workspace, into betweenness: inout [Double]) {
        let weighted = graph.isWeighted
        for position in stride(from: w.order.count - 1, through: 0, by: -1) {
            let t = Int(w.order[position])
            let dt = w.distance[t]
            let coefficient = (1 + w.dependency[t]) / w.paths[t]
            for e in graph.inNeighbours(t) {
                let v = Int(graph.inTargets[e])
                let dv = w.distance[v]
                guard dv >= 0 else { continue }
                let isPredecessor = weighted ? Self.equalLengths(dv + inLengths[e], dt) && dv < dt : dv + 1 == dt
                if isPredecessor { w.dependency[v] += w.paths[v] * coefficient }
            }
            if t != source { betweenness[t] += w.dependency[t] }
        }
    }
}

/// A binary min-heap of (distance, vertex) with lazy deletion (stale entries are skipped by the caller).
struct DistanceHeap {
    private var keys: [Double] = []
    private var values: [Int32] = []

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }

    mutating func push(_ key: Double, _ value: Int32) {
        keys.append(key)
        values.append(value)
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if keys[parent] <= key { break }
            keys[child] = keys[parent]
            values[child] = values[parent]
            child = parent
        }
        keys[child] = key
        values[child] = value
    }

    var count: Int { keys.count }

    func peek() -> (Double, Int32)? { keys.isEmpty ? nil : (keys[0], values[0]) }

    mutating func pop() -> (Double, Int32)? {
        guard let top = keys.first else { return nil }
        let topValue = values[0]
        let lastKey = keys.removeLast()
        let lastValue = values.removeLast()
        if !keys.isEmpty {
            var parent = 0
            let count = keys.count
            while true {
                var child = 2 * parent + 1
                if child >= count { break }
                if child + 1 < count && keys[child + 1] < keys[child] { child += 1 }
                if keys[child] >= lastKey { break }
                keys[parent] = keys[child]
                values[parent] = values[child]
                parent = child
            }
            keys[parent] = lastKey
            values[parent] = lastValue
        }
        return (top, topValue)
    }
}
