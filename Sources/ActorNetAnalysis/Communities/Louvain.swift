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
    /// Undirected weighted adjacency (directed arcs merged, weights summed), as lists.
    func undirectedAdjacency() -> [[(Int, Double)]] {
        var lists = [[Int: Double]](repeating: [:], count: count)
        for v in 0..<count {
            for e in neighbours(v) {
                let u = Int(targets[e])
                if isDirected {
                    lists[v][u, default: 0] += weights[e]
                    lists[u][v, default: 0] += weights[e]
                } else {
                    lists[v][u, default: 0] += weights[e]
                }
            }
        }
        return lists.map { $0.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
    }

    /// Modularity of `membership` on the undirected weighted view.
    public func modularity(_ membership: [Int], resolution: Double = 1) -> Double {
        Self.modularity(undirectedAdjacency(), membership, resolution: resolution)
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

    public func louvain(seed: UInt64 = 1, resolution: Double = 1) -> CommunityResult {
        let adjacency = undirectedAdjacency()
        var generator = SplitMix64(seed: seed)
        // Current level: nodes of the aggregated graph; `members` maps each to original actors.
        var graph = adjacency
        var members: [[Int]] = (0..<count).map { [$0] }
        while true {
            let n = graph.count
            let strength = graph.map { $0.reduce(0) { $0 + $1.1 } }
            let twiceM = strength.reduce(0, +)
            if twiceM == 0 { break }
            var community = Array(0..<n)
            var total = strength
            var improved = false
            var order = Array(0..<n)
            order.shuffle(using: &generator)
            var moved = true
            var sweeps = 0
            while moved && sweeps < 100 {
                moved = false
                sweeps += 1
                for v in order {
                    let current = community[v]
                    var linkTo: [Int: Double] = [:]
                    for (u, w) in graph[v] where u != v { linkTo[community[u], default: 0] += w }
                    total[current] -= strength[v]
                    let kv = strength[v]
                    func gain(_ c: Int) -> Double { (linkTo[c] ?? 0) - resolution * total[c] * kv / twiceM }
                    var best = current, bestGain = gain(current)
                    for c in linkTo.keys.sorted() where c != current {
                        let g = gain(c)
                        if g > bestGain + 1e-12 { best = c; bestGain = g }
                    }
                    total[best] += strength[v]
                    if best != current {
                        community[v] = best
                        moved = true
                        improved = true
                    }
                }
            }
            guard improved else { break }
            // Aggregate: renumber communities by first appearance, sum weights between them.
            var number: [Int: Int] = [:]
            for c in community where number[c] == nil { number[c] = number.count }
            var next = [[Int: Double]](repeating: [:], count: number.count)
            var nextMembers = [[Int]](repeating: [], count: number.count)
            for v in 0..<n {
                let cv = number[community[v]]!
                nextMembers[cv] += members[v]
                for (u, w) in graph[v] { next[cv][number[community[u]]!, default: 0] += w }
            }
            graph = next.map { $0.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
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
        return CommunityResult(membership: membership,
                               modularity: Self.modularity(adjacency, membership, resolution: resolution),
                               communities: groups)
    }
}
