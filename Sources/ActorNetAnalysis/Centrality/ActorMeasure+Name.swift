import ActorNet

/// The names of centrality measures for readers: `analyze`'s table and the interactive map's panel (JSON and CSV
/// keep the canonical keys).
extension ActorMeasure {
    public var nameKey: CatalogueKey {
        switch self {
        case .degree: .measureDegree
        case .inDegree: .measureInDegree
        case .outDegree: .measureOutDegree
        case .strength: .measureStrength
        case .degreeCentrality: .measureDegreeCentrality
        case .betweenness: .measureBetweenness
        case .closeness: .measureCloseness
        case .harmonic: .measureHarmonic
        case .eigenvector: .measureEigenvector
        case .pagerank: .measurePageRank
        }
    }
}
