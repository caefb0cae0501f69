import Foundation

/// The Adamic–Adar index: AA(u, v) = Σ_{z ∈ Γ(u) ∩ Γ(v)} 1 / ln k(z), common partners weighted by how rare they
/// are: sharing a small organisation says more than sharing a donor every actor works with.
///
/// NetworkX: `adamic_adar_index` (natural log; a common neighbour has k(z) ≥ 2, so ln k(z) > 0). O(k(u) + k(v)) per
/// pair. L. A. Adamic & E. Adar, "Friends and neighbors on the Web", Social Networks 25 (2003) 211–230,
/// doi:10.1016/S0378-8733(03)00009-1; as a link predictor, Liben-Nowell & Kleinberg (2007).
public enum AdamicAdarIndex {
    public static func score(_ pair: PairNeighbourhood) -> Double { pair.adamicAdar }

    /// A common neighbour's part, 1 / ln k (k clamped to 2 for callers passing any actor).
    public static func share(degree: Int) -> Double { 1 / log(Double(max(2, degree))) }
}
