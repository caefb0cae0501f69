/// Burt's structural-hole measures, as NetworkX computes them (its `constraint`, `effective_size`), plus efficiency.
///
/// With mutual weights m_uv = a_uv + a_vu (both arc directions), proportional strength p_uv = m_uv / Σ_w m_uw and
/// max-normalised strength q_uv = m_uv / max_w m_uw, over N(v) = all neighbours (in and out):
/// - constraint c_v = Σ_{u∈N(v)} (p_vu + Σ_w p_vw p_wu)²  — high: v's contacts are tied to each other;
/// - effective size e_v = Σ_{u∈N(v)} (1 − Σ_w p_vw q_uw) — non-redundant contacts (n − 2t/n when unweighted);
/// - efficiency = e_v / |N(v)|.
/// All three are undefined (nil) for isolated actors.
///
/// - Complexity: O(Σ_v deg(v)²) with a binary search per lookup.
/// Reference: R. S. Burt, *Structural Holes*, Harvard University Press, 1992; S. P. Borgatti, "Structural holes:
/// unpacking Burt's redundancy measures", Connections 20(1) (1997) 35–38.
public struct StructuralHoles: Sendable {
    public var constraint: [Double?]
    public var effectiveSize: [Double?]
    public var efficiency: [Double?]
}

extension CompactGraph {
    /// Neighbours of every vertex, in and out merged, sorted, with mutual weights.
    func mutualNeighbours() -> [[(vertex: Int, weight: Double)]] {
        (0..<count).map { v in
            var merged: [Int: Double] = [:]
            for e in neighbours(v) { merged[Int(targets[e]), default: 0] += weights[e] }
            for e in inNeighbours(v) { merged[Int(inTargets[e]), default: 0] += inWeights[e] }
            merged[v] = nil
            return merged.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
    }

    public func structuralHoles() -> StructuralHoles {
        let mutual = mutualNeighbours()
        let totals = mutual.map { $0.reduce(0) { $0 + $1.weight } }
        let maxima = mutual.map { $0.map(\.weight).max() ?? 0 }
        func weight(_ u: Int, _ w: Int) -> Double {
            let list = mutual[u]
            var low = 0, high = list.count
            while low < high {
                let mid = (low + high) / 2
                if list[mid].vertex < w { low = mid + 1 } else { high = mid }
            }
            return low < list.count && list[low].vertex == w ? list[low].weight : 0
        }
        var result = StructuralHoles(constraint: [], effectiveSize: [], efficiency: [])
        for v in 0..<count {
            guard !mutual[v].isEmpty, totals[v] > 0 else {
                result.constraint.append(nil); result.effectiveSize.append(nil); result.efficiency.append(nil)
                continue
            }
            var constraint = 0.0, effective = 0.0
            for (u, m_vu) in mutual[v] {
                let p_vu = m_vu / totals[v]
                var indirect = 0.0, redundancy = 0.0
                for (w, m_vw) in mutual[v] where w != u {
                    let p_vw = m_vw / totals[v]
                    let m_wu = weight(w, u)
                    if m_wu > 0 { indirect += p_vw * m_wu / totals[w] }
                    let m_uw = weight(u, w)
                    if m_uw > 0 { redundancy += p_vw * m_uw / maxima[u] }
                }
                constraint += (p_vu + indirect) * (p_vu + indirect)
                effective += 1 - redundancy
            }
            result.constraint.append(constraint)
            result.effectiveSize.append(effective)
            result.efficiency.append(effective / Double(mutual[v].count))
        }
        return result
    }
}
