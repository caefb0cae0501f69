/// Group mixing: Krackhardt–Stern E-I index and Newman's nominal assortativity, with the group × group matrix.
///
/// - E-I index (Krackhardt & Stern 1988, Social Psychology Quarterly 51(2):123–140, doi:10.2307/2786835):
///   (E − I)/(E + I) with E ties between groups and I ties within; −1 all within, +1 all across. Per group:
///   I = ties with both ends in the group, E = ties with one end in it. Per actor: its ties to other groups vs its
///   own. nil when there are no ties.
/// - Nominal assortativity (Newman 2003, Phys. Rev. E 67:026126, doi:10.1103/PhysRevE.67.026126):
///   r = (Σ_i e_ii − Σ_i a_i b_i)/(1 − Σ_i a_i b_i) on the mixing matrix e of tie ends (undirected ties count in
///   both directions; weights ignored), equal to NetworkX `attribute_assortativity_coefficient`.
/// - Matrix: ties between each pair of groups (undirected ties in both cells; ties within a group once).
///
/// - Complexity: O(n + m).
public struct MixingResult: Sendable {
    public var groupNames: [String]
    public var eiIndex: Double?
    public var assortativity: Double?
    public var internalTies: [Int]
    public var externalTies: [Int]
    public var groupEI: [Double?]
    public var actorInternal: [Int]
    public var actorExternal: [Int]
    public var actorEI: [Double?]
    /// matrix[g][h]: ties from group g to group h.
    public var matrix: [[Int]]
}

extension CompactGraph {
    public func mixing(groups group: [Int], names: [String]) -> MixingResult {
        let k = names.count
        var result = MixingResult(
            groupNames: names, eiIndex: nil, assortativity: nil,
            internalTies: [Int](repeating: 0, count: k), externalTies: [Int](repeating: 0, count: k),
            groupEI: [], actorInternal: [Int](repeating: 0, count: count),
            actorExternal: [Int](repeating: 0, count: count), actorEI: [],
            matrix: [[Int]](repeating: [Int](repeating: 0, count: k), count: k))
        var within = 0, across = 0
        var ends = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for v in 0..<count {
            for e in neighbours(v) {
                let u = Int(targets[e])
                let gv = group[v], gu = group[u]
                ends[gv][gu] += 1
                if !isDirected && u < v { continue }  // count each undirected tie once below
                if gv == gu {
                    within += 1
                    result.internalTies[gv] += 1
                    result.matrix[gv][gu] += 1
                } else {
                    across += 1
                    result.externalTies[gv] += 1
                    result.externalTies[gu] += 1
                    result.matrix[gv][gu] += 1
                    if !isDirected { result.matrix[gu][gv] += 1 }
                }
                result.actorInternal[v] += gv == gu ? 1 : 0
                result.actorExternal[v] += gv == gu ? 0 : 1
                result.actorInternal[u] += gv == gu ? 1 : 0
                result.actorExternal[u] += gv == gu ? 0 : 1
            }
        }
        func ei(_ external: Int, _ inside: Int) -> Double? {
            external + inside > 0 ? Double(external - inside) / Double(external + inside) : nil
        }
        result.eiIndex = ei(across, within)
        result.groupEI = (0..<k).map { ei(result.externalTies[$0], result.internalTies[$0]) }
        result.actorEI = (0..<count).map { ei(result.actorExternal[$0], result.actorInternal[$0]) }
        let total = ends.flatMap { $0 }.reduce(0, +)
        if total > 0 {
            let a = ends.map { $0.reduce(0, +) / total }
            let b = (0..<k).map { j in ends.reduce(0) { $0 + $1[j] } / total }
            let trace = (0..<k).reduce(0) { $0 + ends[$1][$1] / total }
            let expected = zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
            if expected < 1 { result.assortativity = (trace - expected) / (1 - expected) }
        }
        return result
    }
}
