import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetReport

/// The report's data-quality section: after the composition, only when there is something to say.
@Suite struct ReportDataQualityTests {
    static let network = Network(
        name: "Calidad",
        actors: [
            Actor(id: "a", sector: .public, level: .national, attributes: ["classified_by": "iati-type"]),
            Actor(id: "b", sector: .unspecified, level: .unspecified, attributes: ["classified_by": "unspecified"]),
            Actor(id: "c", sector: .civilSociety, level: .local, attributes: ["classified_by": "iati-type"]),
        ],
        ties: [Tie(from: "a", to: "c")])

    static let fixedDate = Date(timeIntervalSince1970: 1_764_000_000)

    @Test func markdownHasTheSectionBeforeTheDiagrams() {
        let data = ReportData.build(Self.network, language: .es, generated: Self.fixedDate)
        let text = MarkdownReport.render(data, stem: "calidad").text
        let section = """
            ## Calidad de los datos

            - 1 de 3 actores sin sector (33 %), 1 sin nivel (33 %)
            - 1 aislado (un actor sin lazos)
            - clasificados por iati-type 2, unspecified 1
            - 0 actores fusionados de varias identidades IATI

            ## Diagramas
            """
        #expect(text.components(separatedBy: section).count == 2)
    }

    @Test func htmlHasTheSectionInEnglish() {
        let html = HTMLReport.render(ReportData.build(Self.network, language: .en, generated: Self.fixedDate))
            .replacingOccurrences(of: #"\n *"#, with: "", options: .regularExpression)  // the page's indentation
        let section =
            "<section id=\"data-quality\"><h2>Data quality</h2><ul>"
            + "<li>1 of 3 actors with unspecified sector (33 %), 1 with unspecified level (33 %)</li>"
            + "<li>1 isolate (an actor in no tie)</li><li>classified by iati-type 2, unspecified 1</li>"
            + "<li>0 actors merged from several IATI identities</li></ul></section>"
        #expect(html.components(separatedBy: section).count == 2)
    }

    /// The import's record, kept in the network file, is in the section too.
    @Test func markdownHasTheImportRecord() {
        var network = Self.network
        network.importRecord = ImportRecord(
            importer: "iati", files: ["bo.xml"], activities: 3, activitiesKept: 3, candidateGroups: 1,
            pseudoOrganisationsDropped: 2, reportingOrganisationsExcluded: 1)
        let data = ReportData.build(network, language: .pt, generated: Self.fixedDate)
        let section = """
            - 0 atores fundidos de várias identidades IATI
            - importação IATI de bo.xml: atividades lidas 3, mantidas 3
            - grupos de possíveis duplicatas a revisar: 1; menções de pseudo-organizações descartadas: 2
            - organizações excluídas na importação: organizações informantes 1, com --drop 0

            """
        #expect(MarkdownReport.render(data, stem: "qualidade").text.components(separatedBy: section).count == 2)
    }

    @Test func aNetworkWithNothingToSayHasNoSection() throws {
        let network = try NetworkFile.load(PackagePaths.example("chile")).network
        let data = ReportData.build(network, language: .en, generated: Self.fixedDate)
        #expect(!MarkdownReport.render(data, stem: "chile").text.contains("## Data quality"))
        #expect(!HTMLReport.render(data).contains("id=\"data-quality\""))
    }
}
