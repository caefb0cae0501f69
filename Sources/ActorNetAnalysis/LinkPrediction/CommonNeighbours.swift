/// Common neighbours: CN(u, v) = |Γ(u) ∩ Γ(v)|, the number of partners both already have (triadic closure).
///
/// NetworkX: `len(nx.common_neighbors(G, u, v))`. O(k(u) + k(v)) per pair; every pair of a row from one two-step
/// walk (`NeighbourhoodRow`).
/// D. Liben-Nowell & J. Kleinberg, "The link-prediction problem for social networks", JASIST 58 (2007) 1019–1031,
/// doi:10.1002/asi.20591.
public enum CommonNeighbours {
    public static func score(_ pair: PairNeighbourhood) -> Double { Double(pair.common) }
}
