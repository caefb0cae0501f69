/// Draws one shortest path, uniformly at random among all shortest s–t paths, by a search from both ends: the
/// sampling step of KADABRA (Borassi & Natale 2016, doi:10.4230/LIPIcs.ESA.2016.20).
///
/// Unweighted graphs use a balanced bidirectional breadth-first search: each round expands, level by level, the
/// side whose frontier has the smaller degree sum, until a level reaches a vertex the other side has seen. Weighted
/// graphs use bidirectional Dijkstra on length = 1/weight, with the tie rule of `ShortestPathSearch` (lengths equal
/// within a relative 1e-10), each step settling a vertex on the side with the smaller heap (the smaller frontier),
/// stopped once the two smallest heap keys add up to more than the best s–t length, and pruning the vertices that
/// the other side's radius shows to lie on no shortest s–t path (see `settle`).
/// Both count shortest paths (σ) from each end; a path is then drawn by choosing where the two halves meet with
/// probability ∝ σ_s · σ_t and walking back to each end, choosing each predecessor ∝ its σ.
///
/// - Complexity: O(m) per sample in the worst case (O(m log n) weighted); on networks with hubs a balanced search
///   touches far fewer ties (about √m on random graphs, Borassi & Natale's Theorem 1). O(n) scratch per thread.
struct ShortestPathSampler {
    let graph: CompactGraph
    let lengths: [Double]
    let inLengths: [Double]

    init(_ graph: CompactGraph) {
        self.graph = graph
        let search = ShortestPathSearch(graph)
        lengths = search.lengths
        inLengths = search.inLengths
    }

    /// Scratch arrays for one thread; `forward` searches from s along out-ties, `backward` from t along in-ties.
    final class Workspace: @unchecked Sendable {
        var forward: Side
        var backward: Side
        var candidates: [(u: Int32, v: Int32, length: Double)] = []

        init(count: Int) {
            forward = Side(count: count)
            backward = Side(count: count)
        }
    }

    /// One end's search: distances (−1 unreached), path counts, vertices reached in order, and for Dijkstra the
    /// settled flags and the heap.
    struct Side {
        var distance: [Double]
        var paths: [Double]
        var settled: [Bool]
        var reached: [Int32] = []
        var heap = DistanceHeap()

        init(count: Int) {
            distance = [Double](repeating: -1, count: count)
            paths = [Double](repeating: 0, count: count)
            settled = [Bool](repeating: false, count: count)
        }

        mutating func reset() {
            for v in reached {
                distance[Int(v)] = -1
                paths[Int(v)] = 0
                settled[Int(v)] = false
            }
            reached.removeAll(keepingCapacity: true)
            heap.removeAll()
        }

        mutating func start(_ vertex: Int) {
            distance[vertex] = 0
            paths[vertex] = 1
            reached.append(Int32(vertex))
        }
    }

    /// Appends to `inner` the inner vertices (neither s nor t) of a uniformly random shortest s–t path; nothing
    /// when t is unreachable from s or the path is one tie.
    func sample(
        from s: Int, to t: Int, random: inout SplitMix64, workspace w: Workspace, inner: inout [Int32]
    ) {
        w.forward.reset()
        w.backward.reset()
        w.forward.start(s)
        w.backward.start(t)
        if graph.isWeighted {
            dijkstraPath(s, t, &random, w, &inner)
        } else {
            breadthFirstPath(s, t, &random, w, &inner)
        }
    }

    // MARK: - Unweighted

    private func breadthFirstPath(
        _ s: Int, _ t: Int, _ random: inout SplitMix64, _ w: Workspace, _ inner: inout [Int32]
    ) {
        var forwardLevel = 0..<1, backwardLevel = 0..<1
        var forwardDegree = graph.neighbours(s).count, backwardDegree = graph.inNeighbours(t).count
        var met: [Int32] = []
        while met.isEmpty {
            if forwardLevel.isEmpty || backwardLevel.isEmpty { return }
            if forwardDegree <= backwardDegree {
                forwardDegree = expandLevel(
                    &w.forward, other: w.backward, level: &forwardLevel, offsets: graph.offsets,
                    targets: graph.targets, met: &met)
            } else {
                backwardDegree = expandLevel(
                    &w.backward, other: w.forward, level: &backwardLevel, offsets: graph.inOffsets,
                    targets: graph.inTargets, met: &met)
            }
        }
        var total = 0.0
        for v in met { total += w.forward.paths[Int(v)] * w.backward.paths[Int(v)] }
        var pick = uniform(&random) * total
        var middle = Int(met[met.count - 1])
        for v in met {
            pick -= w.forward.paths[Int(v)] * w.backward.paths[Int(v)]
            if pick < 0 {
                middle = Int(v)
                break
            }
        }
        if middle != s && middle != t { inner.append(Int32(middle)) }
        walkBackUnweighted(from: middle, w.forward, offsets: graph.inOffsets, targets: graph.inTargets, &random, &inner)
        walkBackUnweighted(from: middle, w.backward, offsets: graph.offsets, targets: graph.targets, &random, &inner)
    }

    /// Expands one whole level of `side`; returns the degree sum of the new level. Vertices that `other` has
    /// reached are collected in `met` (they all lie at the other side's last level: the balls were disjoint).
    private func expandLevel(
        _ side: inout Side, other: Side, level: inout Range<Int>, offsets: [Int32], targets: [Int32],
        met: inout [Int32]
    ) -> Int {
        let start = side.reached.count
        var degree = 0
        for position in level {
            let u = Int(side.reached[position])
            let next = side.distance[u] + 1
            let sigma = side.paths[u]
            for e in Int(offsets[u])..<Int(offsets[u + 1]) {
                let v = Int(targets[e])
                if side.distance[v] < 0 {
                    side.distance[v] = next
                    side.paths[v] = sigma
                    side.reached.append(Int32(v))
                    degree += Int(offsets[v + 1] - offsets[v])
                    if other.distance[v] >= 0 { met.append(Int32(v)) }
                } else if side.distance[v] == next {
                    side.paths[v] += sigma
                }
            }
        }
        level = start..<side.reached.count
        return degree
    }

    /// Walks from `vertex` back to the side's root, choosing each predecessor ∝ its path count.
    private func walkBackUnweighted(
        from vertex: Int, _ side: Side, offsets: [Int32], targets: [Int32], _ random: inout SplitMix64,
        _ inner: inout [Int32]
    ) {
        var v = vertex
        while side.distance[v] > 1 {
            let wanted = side.distance[v] - 1
            var pick = uniform(&random) * side.paths[v]
            var chosen = -1
            for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                let u = Int(targets[e])
                guard side.distance[u] == wanted else { continue }
                chosen = u
                pick -= side.paths[u]
                if pick < 0 { break }
            }
            v = chosen
            inner.append(Int32(v))
        }
    }

    // MARK: - Weighted

    private func dijkstraPath(_ s: Int, _ t: Int, _ random: inout SplitMix64, _ w: Workspace, _ inner: inout [Int32]) {
        w.forward.heap.push(0, Int32(s))
        w.backward.heap.push(0, Int32(t))
        w.candidates.removeAll(keepingCapacity: true)
        var best = Double.infinity
        while true {
            guard let forwardTop = top(&w.forward), let backwardTop = top(&w.backward) else { break }
            let reach = forwardTop + backwardTop
            if Self.beyond(reach, best) { break }
            if w.forward.heap.count <= w.backward.heap.count {
                settle(
                    &w.forward, other: w.backward, otherTop: backwardTop, offsets: graph.offsets,
                    targets: graph.targets, lengths: lengths, best: &best, crossings: &w.candidates, forward: true)
            } else {
                settle(
                    &w.backward, other: w.forward, otherTop: forwardTop, offsets: graph.inOffsets,
                    targets: graph.inTargets, lengths: inLengths, best: &best, crossings: &w.candidates,
                    forward: false)
            }
            if w.forward.settled[t] { break }
        }
        guard best.isFinite else { return }
        if w.forward.settled[t] {
            walkBackWeighted(
                from: t, w.forward, offsets: graph.inOffsets, targets: graph.inTargets,
                lengths: inLengths, &random, &inner)
            return
        }
        // Every shortest path leaves the forward-settled set (a prefix of it) by exactly one tie u → v, and v is
        // settled backwards; so the paths are counted once each by these crossing ties. `settle` recorded each
        // tie between the two settled sets when the later of its ends was settled; v may since have been settled
        // forwards too. (A tie whose u was also settled backwards before v is never recorded: its path is longer
        // than d_f(u) + d_b(u) by the tie's length, so it is not shortest.)
        var shortest = Double.infinity
        for c in w.candidates where !w.forward.settled[Int(c.v)] { shortest = min(shortest, c.length) }
        var total = 0.0
        for c in w.candidates where isShortestCrossing(c, shortest, w) {
            total += w.forward.paths[Int(c.u)] * w.backward.paths[Int(c.v)]
        }
        guard total > 0 else { return }
        var pick = uniform(&random) * total
        var chosen = (u: -1, v: -1)
        for c in w.candidates where isShortestCrossing(c, shortest, w) {
            chosen = (Int(c.u), Int(c.v))
            pick -= w.forward.paths[Int(c.u)] * w.backward.paths[Int(c.v)]
            if pick < 0 { break }
        }
        if chosen.u != s { inner.append(Int32(chosen.u)) }
        if chosen.v != t { inner.append(Int32(chosen.v)) }
        walkBackWeighted(
            from: chosen.u, w.forward, offsets: graph.inOffsets, targets: graph.inTargets, lengths: inLengths,
            &random, &inner)
        walkBackWeighted(
            from: chosen.v, w.backward, offsets: graph.offsets, targets: graph.targets, lengths: lengths, &random,
            &inner)
    }

    @inline(__always) private func isShortestCrossing(
        _ c: (u: Int32, v: Int32, length: Double), _ shortest: Double, _ w: Workspace
    ) -> Bool {
        !w.forward.settled[Int(c.v)] && ShortestPathSearch.equalLengths(c.length, shortest)
    }

    /// Whether a path of length `a` is longer than `best` beyond the tie rule (so not a shortest s–t path).
    @inline(__always) static func beyond(_ a: Double, _ best: Double) -> Bool {
        best.isFinite && a > best && !ShortestPathSearch.equalLengths(a, best)
    }

    /// The smallest live key of the side's heap (stale entries dropped); nil when the side is exhausted.
    private func top(_ side: inout Side) -> Double? {
        while let (key, vertex) = side.heap.peek() {
            let v = Int(vertex)
            if side.settled[v] || key > side.distance[v] {
                _ = side.heap.pop()
                continue
            }
            return key
        }
        return nil
    }

    /// Settles the side's nearest vertex and relaxes its ties, lowering `best` where the two searches touch and
    /// recording in `crossings` (as forward end, backward end, length) each tie to a vertex the other side settled.
    ///
    /// Pruning: the other side settles in order of distance, so every vertex it has not settled is at least
    /// `otherTop` from its root; a vertex whose distance here plus that bound (or its settled distance there)
    /// exceeds `best` lies on no shortest s–t path, so it is neither expanded nor given a heap entry. Vertices of
    /// shortest s–t paths are never pruned, so their distances and path counts are those of the full search.
    private func settle(
        _ side: inout Side, other: Side, otherTop: Double, offsets: [Int32], targets: [Int32], lengths: [Double],
        best: inout Double, crossings: inout [(u: Int32, v: Int32, length: Double)], forward: Bool
    ) {
        guard let (d, vertex) = side.heap.pop() else { return }
        let u = Int(vertex)
        side.settled[u] = true
        if other.distance[u] >= 0 { best = min(best, d + other.distance[u]) }
        if Self.beyond(d + (other.settled[u] ? other.distance[u] : otherTop), best) { return }
        let sigma = side.paths[u]
        for e in Int(offsets[u])..<Int(offsets[u + 1]) {
            let v = Int(targets[e])
            if side.settled[v] { continue }
            let candidate = d + lengths[e]
            if other.settled[v] {
                let through = candidate + other.distance[v]
                best = min(best, through)
                crossings.append(forward ? (vertex, Int32(v), through) : (Int32(v), vertex, through))
                if Self.beyond(through, best) { continue }
            } else if Self.beyond(candidate + otherTop, best) {
                continue
            }
            if side.distance[v] < 0 { side.reached.append(Int32(v)) }
            if ShortestPathSearch.relax(candidate, sigma, distance: &side.distance[v], paths: &side.paths[v]) {
                side.heap.push(candidate, Int32(v))
            }
            if other.distance[v] >= 0 { best = min(best, side.distance[v] + other.distance[v]) }
        }
    }

    /// Walks from `vertex` back to the side's root through settled predecessors, each chosen ∝ its path count.
    private func walkBackWeighted(
        from vertex: Int, _ side: Side, offsets: [Int32], targets: [Int32], lengths: [Double],
        _ random: inout SplitMix64, _ inner: inout [Int32]
    ) {
        var v = vertex
        while side.distance[v] > 0 {
            let dv = side.distance[v]
            var total = 0.0
            for e in Int(offsets[v])..<Int(offsets[v + 1]) where isPredecessor(e, of: dv, side, targets, lengths) {
                total += side.paths[Int(targets[e])]
            }
            var pick = uniform(&random) * total
            var chosen = -1
            for e in Int(offsets[v])..<Int(offsets[v + 1]) where isPredecessor(e, of: dv, side, targets, lengths) {
                chosen = Int(targets[e])
                pick -= side.paths[chosen]
                if pick < 0 { break }
            }
            guard chosen >= 0 else { return }
            v = chosen
            if side.distance[v] > 0 { inner.append(Int32(v)) }
        }
    }

    @inline(__always) private func isPredecessor(
        _ e: Int, of distance: Double, _ side: Side, _ targets: [Int32], _ lengths: [Double]
    ) -> Bool {
        let u = Int(targets[e])
        let du = side.distance[u]
        return side.settled[u] && du < distance && ShortestPathSearch.equalLengths(du + lengths[e], distance)
    }
}

/// A uniform double in [0, 1) from the top 53 bits.
@inline(__always) func uniform(_ random: inout SplitMix64) -> Double {
    Double(random.next() >> 11) * 0x1p-53
}
