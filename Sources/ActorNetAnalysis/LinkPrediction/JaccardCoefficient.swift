/// Jaccard's coefficient: J(u, v) = |Γ(u) ∩ Γ(v)| / |Γ(u) ∪ Γ(v)|, the common partners as a share of all their
/// partners (0 when both have none), so that two small circles sharing everything outrank two hubs sharing a few.
///
/// |Γ(u) ∪ Γ(v)| = k(u) + k(v) − CN(u, v) (the view has no self-loops); NetworkX: `jaccard_coefficient`.
/// O(k(u) + k(v)) per pair. Liben-Nowell & Kleinberg (2007), doi:10.1002/asi.20591.
public enum JaccardCoefficient {
    public static func score(_ pair: PairNeighbourhood) -> Double {
        let union = pair.degreeU + pair.degreeV - pair.common
        return union == 0 ? 0 : Double(pair.common) / Double(union)
    }
}
