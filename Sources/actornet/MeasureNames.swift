import ActorNet
import ActorNetAnalysis

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
