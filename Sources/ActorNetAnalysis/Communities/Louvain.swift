/// Communities by the Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008, J. Stat. Mech. P10008,
/// doi:10.1088/1742-5468/2008/10/P10008) on the undirected, weighted view of the network, and modularity.
///
/// Modularity with resolution γ (Newman & Girvan 2004; Reichardt & Bornholdt 2006):
/// Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], L_c the weight inside community c, d_c its total strength, m the total
/// weight — equal to NetworkX `community.modularity(G, communities, weight, resolution)` on the undirected view.
///
/// The method alternates local moving (each actor, in an order shuffled by SplitMix64(seed), joins the neighbouring
/// community with the largest modularity gain, ties to the lowest community number) and aggregation of communities
/// into single nodes, until no move improves Q. The same seed gives the same partition.
///
/// - Complexity: near-linear per pass in practice, O(m) per sweep.
public struct CommunityResult: Sendable, Equatable {
    /// Community number per actor, numbered by first appearance in actor order.
    public var membership: [Int]
    public var modularity: Double
    /// Actor indices per community, largest first (ties by first member).
    public var communities: [[Int]]
}

extension CompactGraph {
    /// Modularity of `membership` on the undirected weighted view.
    public func modularity(_ membership: [Int], resolution: Double = 1) -> Double {
        UndirectedView(self).modularity(membership, resolution: resolution)
    }

    /// Louvain communities of the undirected weighted view (see `CommunityResult`).
    public func louvain(seed: UInt64 = 1, resolution: Double = 1) -> CommunityResult {
        UndirectedView(self).louvain(seed: seed, resolution: resolution, weightScale: weightScale)
    }
}

extension UndirectedView {
    /// Neighbour lists with weights, one per actor.
    func adjacency() -> [[(Int, Double)]] {
        (0..<count).map { v in row(v).map { (Int(targets[$0]), weights[$0]) } }
    }

    /// Modularity of `membership` on this view.
    public func modularity(_ membership: [Int], resolution: Double = 1) -> Double {
        Self.modularity(adjacency(), membership, resolution: resolution)
    }

    static func modularity(_ adjacency: [[(Int, Double)]], _ membership: [Int], resolution: Double) -> Double {
        var twiceM = 0.0
        var inside: [Int: Double] = [:], degree: [Int: Double] = [:]
        for (v, list) in adjacency.enumerated() {
            for (u, w) in list {
                twiceM += w
                degree[membership[v], default: 0] += w
                if membership[u] == membership[v] { inside[membership[v], default: 0] += w }
            }
        }
        guard twiceM > 0 else { return 0 }
        let m = twiceM / 2
        return degree.keys.sorted().reduce(0) { q, c in
            q + (inside[c] ?? 0) / 2 / m - resolution * (degree[c]! / twiceM) * (degree[c]! / twiceM)
        }
    }

    /// Louvain communities of this view (see `CommunityResult`).
    ///
    /// Weights are divided by `weightScale` (`CompactGraph.weightScale`, the largest weight) first, so the move
    /// threshold (a gain must beat the best by 1e-12) is relative to the largest weight and k_i · k_j / 2m cannot
    /// overflow: the same partition for weights × 1e-12 as × 1e150. Without it, les_miserables × 1e-12 stopped
    /// at 24 communities (every gain below the threshold) and two triangles with weights 1e154 stayed six
    /// singletons (the gain overflowed).
    public func louvain(seed: UInt64 = 1, resolution: Double = 1, weightScale scale: Double) -> CommunityResult {
        var adjacency = adjacency()
        if scale != 1 { for v in adjacency.indices { for k in adjacency[v].indices { adjacency[v][k].1 /= scale } } }
        var generator = SplitMix64(seed: seed)
        // Current round: nodes of the aggregated graph, as flat rows (a sweep visits nodes in random order: rows
        // in one array instead of an array per node spare a cache miss per visit); `members` maps each node to
        // original actors.
        var graph = AggregationGraph(adjacency)
        var members: [[Int]] = (0..<count).map { [$0] }
        while true {
            let n = graph.count
            let strength = (0..<n).map { v in graph.row(v).reduce(0.0) { $0 + graph.weights[$1] } }
            let twiceM = strength.reduce(0, +)
            if twiceM == 0 { break }
            var community = Array(0..<n)
            var total = strength
            var improved = false
            var order = Array(0..<n)
            order.shuffle(using: &generator)
            var moved = true
            var sweeps = 0

            // Weight from the node being moved to each neighbouring community: a dense array, with the list of
            // communities touched (sorted before use, so ties go to the lowest number).
            var linkTo = [Double](repeating: 0, count: n)
            var touched: [Int] = []
            // The nodes renumbered in visiting order (rows copied in that order, each row's entries kept in their
            // order so every sum is the same), so a sweep reads the rows front to back instead of jumping around
            // memory. Community labels stay the original node numbers: the same ties, the same moves.
            var position = [Int](repeating: 0, count: n)
            for (p, v) in order.enumerated() { position[v] = p }
            var visit = AggregationGraph()
            for v in order {
                visit.appendRow(graph.row(v).map { (position[Int(graph.targets[$0])], graph.weights[$0]) })
            }
            let strengthAt = order.map { strength[$0] }
            var communityAt = order  // label of the node at each position
            while moved && sweeps < 100 {
                moved = false
                sweeps += 1
                for p in 0..<n {
                    let current = communityAt[p]
                    for e in visit.row(p) where Int(visit.targets[e]) != p {
                        let c = communityAt[Int(visit.targets[e])]
                        if linkTo[c] == 0 { touched.append(c) }  // weights are > 0: zero means not yet touched
                        linkTo[c] += visit.weights[e]
                    }
                    let kv = strengthAt[p]
                    total[current] -= kv
                    func gain(_ c: Int) -> Double { linkTo[c] - resolution * total[c] * kv / twiceM }
                    var best = current, bestGain = gain(current)
                    touched.sort()
                    for c in touched where c != current {
                        let g = gain(c)
                        if g > bestGain + 1e-12 { best = c; bestGain = g }
                    }
                    for c in touched { linkTo[c] = 0 }
                    touched.removeAll(keepingCapacity: true)
                    total[best] += kv
                    if best != current {
                        communityAt[p] = best
                        moved = true
                        improved = true
                    }
                }
            }
            for v in 0..<n { community[v] = communityAt[position[v]] }
            guard improved else { break }
            // Aggregate: renumber communities by first appearance, sum weights between them (in node order).
            var number = [Int](repeating: -1, count: n)
            var communities = 0
            for c in community where number[c] < 0 { number[c] = communities; communities += 1 }
            var nextMembers = [[Int]](repeating: [], count: communities)
            var byCommunity = [[Int]](repeating: [], count: communities)
            for v in 0..<n { byCommunity[number[community[v]]].append(v) }
            var next = AggregationGraph()
            var sum = [Double](repeating: 0, count: communities)
            var seen = [Bool](repeating: false, count: communities)
            var targets: [Int] = []
            for cv in 0..<communities {
                for v in byCommunity[cv] {
                    nextMembers[cv] += members[v]
                    for e in graph.row(v) {
                        let cu = number[community[Int(graph.targets[e])]]
                        if !seen[cu] { seen[cu] = true; targets.append(cu) }
                        sum[cu] += graph.weights[e]
                    }
                }
                targets.sort()
                next.appendRow(targets.map { ($0, sum[$0]) })
                for cu in targets { sum[cu] = 0; seen[cu] = false }
                targets.removeAll(keepingCapacity: true)
            }
            graph = next
            members = nextMembers
        }
        var membership = [Int](repeating: 0, count: count)
        for (c, group) in members.enumerated() { for v in group { membership[v] = c } }
        // Renumber by first appearance in actor order.
        var number: [Int: Int] = [:]
        membership = membership.map { c in
            if let k = number[c] { return k }
            number[c] = number.count
            return number[c]!
        }
        var groups = [[Int]](repeating: [], count: number.count)
        for (v, c) in membership.enumerated() { groups[c].append(v) }
        groups.sort { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
        return CommunityResult(
            membership: membership,
            modularity: Self.modularity(adjacency, membership, resolution: resolution),
            communities: groups)
    }
}

/// One round of the Louvain aggregation as CSR rows (a node's neighbours sorted, self-loops kept: they carry the
/// weight inside an aggregated community).
private struct AggregationGraph {
    var offsets: [Int] = [0]
    var targets: [Int32] = []
    var weights: [Double] = []

    init() {}

    init(_ lists: [[(Int, Double)]]) {
        for list in lists { appendRow(list) }
    }

    var count: Int { offsets.count - 1 }

    func row(_ v: Int) -> Range<Int> { offsets[v]..<offsets[v + 1] }

    mutating func appendRow(_ list: [(Int, Double)]) {
        for (u, w) in list {
            targets.append(Int32(u))
            weights.append(w)
        }
        offsets.append(targets.count)
    }
}
