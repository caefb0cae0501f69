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
    public func structuralHoles() -> StructuralHoles { UndirectedView(self).structuralHoles() }
}

extension UndirectedView {
    /// The measures over the mutual weights of this view (ratios of them only, so an undirected edge's weight w
    /// and the 2w of summing both arc directions give the same values).
    public func structuralHoles() -> StructuralHoles {
        let totals = (0..<count).map { v in row(v).reduce(0) { $0 + weights[$1] } }
        let maxima = (0..<count).map { v in row(v).map { weights[$0] }.max() ?? 0 }
        var result = StructuralHoles(constraint: [], effectiveSize: [], efficiency: [])
        for v in 0..<count {
            guard !row(v).isEmpty, totals[v] > 0 else {
                result.constraint.append(nil); result.effectiveSize.append(nil); result.efficiency.append(nil)
                continue
            }
            var constraint = 0.0, effective = 0.0
            for eu in row(v) {
                let u = Int(targets[eu]), mVU = weights[eu]
                let pVU = mVU / totals[v]
                var indirect = 0.0, redundancy = 0.0
                for ew in row(v) where Int(targets[ew]) != u {
                    let w = Int(targets[ew]), pVW = weights[ew] / totals[v]
                    let mWU = weight(w, u)
                    if mWU > 0 { indirect += pVW * mWU / totals[w] }
                    let mUW = weight(u, w)
                    if mUW > 0 { redundancy += pVW * mUW / maxima[u] }
                }
                constraint += (pVU + indirect) * (pVU + indirect)
                effective += 1 - redundancy
            }
            result.constraint.append(constraint)
            result.effectiveSize.append(effective)
            result.efficiency.append(effective / Double(row(v).count))
        }
        return result
    }
}
