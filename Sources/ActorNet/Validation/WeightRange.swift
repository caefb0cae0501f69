/// The tie weights actornet accepts: every weight w, and every sum of duplicate ties, lies in [1e-250, 1e250].
///
/// Why these bounds (docs/reliability.md, "Numbers", has the derivation): a weight is used as itself (strength, total
/// weight, PageRank, modularity, Louvain, eigenvector, constraint) and as a length 1/w (betweenness, closeness,
/// harmonic, path length, efficiency). Both w and 1/w are then normal doubles with a margin of 1e58 below the
/// largest double (1.8e308), which the sums the measures form use up at most as follows, with n actors and m ties,
/// both below 2³¹ (the graph's Int32 indices):
/// - a sum of weights (strength in + out, 2m, the mixing and constraint totals, a merged parallel tie) is at most
///   4 · m · 1e250 < 1e260;
/// - a shortest path is at most (n − 1) · 1e250 < 2.2e259 long, and the sum of all n² path lengths (average path
///   length) stays below 1e279;
/// - products of two sums (Louvain's k_i · k_j / 2m, the squared norm in eigenvector centrality) would overflow
///   above 1.3e154, so those measures divide every weight by a power of two near the largest weight first
///   (`CompactGraph.weightScale`); no measure multiplies two raw weights.
/// A subnormal weight (such as 5e-324) would have an infinite length and lose precision; 1e308 would overflow its
/// actor's strength; both are refused with the field's line, before any analysis runs.
public enum WeightRange {
    /// The smallest weight accepted.
    public static let smallest = 1e-250
    /// The largest weight accepted, also for the sum of duplicate ties.
    public static let largest = 1e250

    /// Why `weight` (finite, > 0) is out of range, or nil when it is accepted.
    public static func problem(_ weight: Double) -> String? {
        if weight < smallest {
            return "is below 1e-250, the smallest weight accepted: a tie's length in path measures is 1/weight, "
                + "and lengths and their sums must stay finite"
        }
        if weight > largest {
            return "is above 1e250, the largest weight accepted: strengths and the network's total weight are sums "
                + "of weights and must stay finite"
        }
        return nil
    }
}
