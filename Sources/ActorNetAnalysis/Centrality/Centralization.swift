/// Freeman (1979) centralization: Σ_v (max c − c_v) divided by the largest value that sum can take among networks
/// of the same size and kind, so that every centralization is in [0, 1] (1 = the most centralised network possible).
///
/// - Degree (raw counts): the star, (n−1)(n−2); directed total degree 2(n−1)(n−2) (the star with ties both ways).
/// - Betweenness (normalised values, each in [0, 1]): n−1 (the star; in a directed network the star with ties
///   both ways).
/// - Closeness: computed with distances in units of the strongest tie (c/w_max: unweighted, and in every
///   network whose ties are equally strong, the usual closeness), so that every tie is at least one unit long.
///   Undirected: the star's (n−1)(n−2)/(2n−3) — still the maximum with weights and with the Wasserman–Faust
///   correction for disconnected networks (a proof is in docs/measures/Closeness.md). Directed (incoming
///   distances): n−1, the in-star (every other actor points to the centre and nobody reaches them), which the
///   undirected maximum would score ≈ 2.
///
/// 0 when n < 3. With sampled sources (`analyze --sample`) the values are estimates and may leave [0, 1] slightly.
///
/// - Complexity: O(n).
public enum Centralization {
    public static func freeman(_ values: [Double], maximum: Double) -> Double {
        guard let top = values.max(), maximum > 0 else { return 0 }
        return values.reduce(0) { $0 + (top - $1) } / maximum
    }

    public static func degree(_ degrees: [Int], directed: Bool) -> Double {
        let n = Double(degrees.count)
        return freeman(degrees.map(Double.init), maximum: (directed ? 2 : 1) * (n - 1) * (n - 2))
    }

    public static func betweenness(_ values: [Double]) -> Double {
        freeman(values, maximum: values.count > 2 ? Double(values.count - 1) : 0)
    }

    /// - Parameters:
    ///   - values: closeness as `pathMeasures` gives it (distance 1/weight).
    ///   - strongestTie: the largest tie weight (`CompactGraph.strongestTie`; 1 when unweighted).
    public static func closeness(_ values: [Double], directed: Bool, strongestTie: Double = 1) -> Double {
        guard values.count > 2 else { return 0 }
        let n = Double(values.count)
        let maximum = directed ? n - 1 : (n - 1) * (n - 2) / (2 * n - 3)
        return freeman(values.map { $0 / strongestTie }, maximum: maximum)
    }
}

extension CompactGraph {
    /// The largest weight of a (merged) tie; 1 when the graph is unweighted or has no tie.
    ///
    /// Weighted path measures use distance 1/weight, so no path is shorter than 1/`strongestTie`: it is the
    /// distance of every pair in the ideal network against which efficiency and closeness are bounded.
    public var strongestTie: Double {
        guard isWeighted, let top = weights.max(), top > 0 else { return 1 }
        return top
    }

    /// Latora–Marchiori global efficiency relative to the ideal network, E(G)/E(G_ideal), in [0, 1].
    ///
    /// G_ideal ties every pair directly with the network's strongest tie, so E(G_ideal) = `strongestTie` and the
    /// result is the efficiency computed with weights divided by the strongest one. Unweighted it is the usual
    /// efficiency (G_ideal the complete graph). It is 1 only when every pair is tied as strongly as the strongest
    /// tie. (Latora & Marchiori 2001 divide by the complete graph's efficiency with the *physical* distances of
    /// every pair; a cooperation network has no distance for a pair that is not tied, so the strongest tie's
    /// distance stands for it — the only choice that bounds E by 1 for every network: a tie weaker than the
    /// strongest may be bypassed by a shorter path of strong ties.)
    ///
    /// - Parameter globalEfficiency: Σ_{s≠t} 1/d(s,t) / (n(n−1)) as `pathMeasures` gives it.
    public func relativeEfficiency(_ globalEfficiency: Double) -> Double {
        globalEfficiency / strongestTie
    }
}
