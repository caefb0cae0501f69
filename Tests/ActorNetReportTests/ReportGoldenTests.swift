import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetReport

/// The whole Markdown report, word for word, for an example network and a real import: a change to any section
/// shows as a diff of these files (`ACTORNET_UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests`, then review).
@Suite struct ReportGoldenTests {
    static let fixedDate = Date(timeIntervalSince1970: 1_764_000_000)

    @Test(arguments: [
        ("Networks/chile.yaml", Language.es, "chile-es"),
        ("Tests/ActorNetRenderTests/Fixtures/usaid-bo.json", Language.en, "usaid-bo-en"),
    ])
    func markdownReport(path: String, language: Language, golden: String) throws {
        let network = try NetworkFile.load(PackagePaths.file(path)).network
        let data = ReportData.build(network, language: language, generated: Self.fixedDate)
        let (text, files) = MarkdownReport.render(data, stem: golden)
        #expect(text == (try GoldenFile("Tests/ActorNetReportTests/Golden/\(golden).md").expected(text)))
        #expect(files.map(\.name) == data.diagrams.map { "\(golden)-\($0.file)" })
    }
}
