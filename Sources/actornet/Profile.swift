import ActorNet
import ActorNetAnalysis
import ArgumentParser
import Foundation

struct Profile: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The cooperation-quality profile: horizontality, mutual benefit, recipient leadership, "
            + "effectiveness & efficiency, mutual responsibility.",
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
        let analysis = try input.analysis()
        let indicators = analysis.qualityProfile()
        let language = input.language(for: analysis.network)
        if shown.format == .json {
            try printJSON(["indicators": indicators.map { InLanguage($0, language.rawValue) }])
            return
        }
        var rows = [
            [CatalogueKey.profileQuality, .profileIndicator, .profileValue, .profileReading].map { language.text($0) }
        ]
        for indicator in indicators {
            rows.append([
                indicator.quality.name(language), indicator.kind.name(language),
                cellText(indicator.value, digits: 2), indicator.reading.text(language),
            ])
        }
        try printOutput(input.windowHeading(language) + alignedTable(rows, leftAligned: [0, 1, 3]))
    }
}
