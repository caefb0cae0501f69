/// Preferential attachment: PA(u, v) = k(u) · k(v), the product of the two degrees: well-connected actors tie with
/// each other more often, whatever their neighbourhoods (no common partner needed).
///
/// NetworkX: `preferential_attachment`. O(1) per pair. A.-L. Barabási et al., "Evolution of the social network of
/// scientific collaborations", Physica A 311 (2002) 590–614; as a link predictor, Liben-Nowell & Kleinberg (2007),
/// doi:10.1002/asi.20591.
public enum PreferentialAttachment {
    public static func score(_ pair: PairNeighbourhood) -> Double { Double(pair.degreeU) * Double(pair.degreeV) }
}
