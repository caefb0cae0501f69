import ActorNet
import ActorNetAnalysis

/// The names of centrality measures in `analyze`'s table (JSON and CSV keep the canonical keys).
extension ActorMeasure {
    var nameKey: CatalogueKey {
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

enum NetworkMeasureName {
    /// A network measure's name in `language`; a key without a catalogue entry as it is.
    static func text(_ key: String, _ language: Language) -> String {
        let nameKey: CatalogueKey? =
            switch key {
            case "actors": .networkMeasureActors
            case "ties": .networkMeasureTies
            case "density": .networkMeasureDensity
            case "reciprocity": .networkMeasureReciprocity
            case "components": .networkMeasureComponents
            case "largest_component": .networkMeasureLargestComponent
            case "degree_centralization": .networkMeasureDegreeCentralization
            case "betweenness_centralization": .networkMeasureBetweennessCentralization
            case "closeness_centralization": .networkMeasureClosenessCentralization
            case "average_path_length": .networkMeasureAveragePathLength
            case "diameter": .networkMeasureDiameter
            case "global_efficiency": .networkMeasureGlobalEfficiency
            default: nil
            }
        return nameKey.map { language.text($0) } ?? key
    }
}
