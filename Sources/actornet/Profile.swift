import ArgumentParser
import ActorNet
import ActorNetAnalysis
import Foundation

struct Profile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The cooperation-quality profile: horizontality, mutual benefit, recipient leadership, effectiveness & efficiency, mutual responsibility.",
        discussion: """
            Each indicator is in 0–1, higher = more of the quality; null with the reason when the data cannot
            support it. Global efficiency is relative to the ideal network where every pair is tied as strongly
            as the strongest tie (formulas and ranges: docs/measures/cooperation-quality.md).
            JSON: {"indicators": [{"quality", "name", "value", "range", "reading", "data_needed"}]}.

            Example:
              actornet profile Networks/mexico.yaml --lang es
            """
    )

    @OptionGroup var input: NetworkInput
    @OptionGroup var shown: AnalysisOutputOptions

    func run() throws {
        let indicators = try input.analysis().qualityProfile()
        if shown.format == .json {
            try printJSON(["indicators": indicators.map { InLanguage($0, shown.language) }])
            return
        }
        var rows = [[shown.word("quality", "cualidad"), shown.word("indicator", "indicador"), shown.word("value", "valor"), shown.word("reading", "lectura")]]
        for indicator in indicators {
            rows.append([QualityWords.quality(indicator.quality.rawValue, shown.language), indicator.name,
                         cellText(indicator.value, digits: 2), indicator.reading.text(shown.language)])
        }
        try printOutput(alignedTable(rows, leftAligned: [0, 1, 3]))
    }
}

enum QualityWords {
    static func quality(_ key: String, _ language: String) -> String {
        let es = language.hasPrefix("es")
        switch key {
        case "horizontality": return es ? "Horizontalidad" : "Horizontality"
        case "mutual-benefit": return es ? "Beneficio mutuo" : "Mutual benefit"
        case "recipient-leadership": return es ? "Liderazgo del receptor" : "Recipient leadership"
        case "effectiveness-efficiency": return es ? "Eficacia y eficiencia" : "Effectiveness & efficiency"
        case "mutual-responsibility": return es ? "Mutua responsabilidad" : "Mutual responsibility"
        default: return key
        }
    }
}
