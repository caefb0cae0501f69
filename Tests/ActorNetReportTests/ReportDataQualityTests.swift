import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetReport

/// The report's data-quality section: after the composition, in every report, each number with its range and
/// what it means.
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
    static let nbsp = "\u{A0}"

    @Test func markdownHasTheSectionBeforeTheDiagrams() {
        let data = ReportData.build(Self.network, language: .es, generated: Self.fixedDate)
        let text = MarkdownReport.render(data, stem: "calidad").text
        let section = """
            ## Calidad de los datos

            Hasta dónde se puede confiar en los datos: lo que el archivo deja sin especificar o en duda, y qué parte \
            de la red afecta.

            | Indicador | Valor | Rango | Qué indica |
            |---|---|---|---|
            | Actores sin sector especificado | 1 de 3 (33\(Self.nbsp)%) | 0–100\(Self.nbsp)% | No pertenecen a ningún \
            grupo de sector: los resultados por sector (mezcla, intermediarios, la vista por sector y nivel) los dejan \
            fuera. |
            | Actores sin nivel territorial especificado | 1 de 3 (33\(Self.nbsp)%) | 0–100\(Self.nbsp)% | No \
            pertenecen a ningún nivel: los resultados por nivel y el criterio multinivel de los proyectos los dejan \
            fuera. |
            | Aislados (actores sin lazos) | 1 de 3 (33\(Self.nbsp)%) | 0–100\(Self.nbsp)% | Figuran en el archivo \
            pero no tienen lazos con nadie: quedan fuera de los diagramas y de los actores clave. |
            | Actores fusionados de varias identidades IATI | 0 | ≥ 0 | Organizaciones que la importación encontró \
            con varios nombres o referencias y contó una sola vez. |
            | Cómo se asignaron los sectores (importación) | iati-type 2, unspecified 1 | — | Actores según la \
            fuente de su sector, de la evidencia más firme a la más débil. |

            ## Diagramas
            """
        #expect(text.components(separatedBy: section).count == 2)
    }

    @Test func htmlHasTheSectionInEnglish() {
        let html = HTMLReport.render(ReportData.build(Self.network, language: .en, generated: Self.fixedDate))
            .replacingOccurrences(of: #"\n *"#, with: "", options: .regularExpression)  // the page's indentation
        let row = { (name: String, value: String, range: String, meaning: String) in
            "<tr><td>\(name)</td><td>\(value)</td><td class=\"range\">\(range)</td><td>\(meaning)</td></tr>"
        }
        let share = "1 of 3 (33\(Self.nbsp)%)", percent = "0–100\(Self.nbsp)%"
        let section =
            "<section id=\"data-quality\"><h2>Data quality</h2><p>How far the data can be trusted: what the file "
            + "leaves unspecified or doubtful, and how much of the network it concerns.</p><table class=\"sortable\">"
            + "<thead><tr><th>Indicator</th><th>Value</th><th>Range</th><th>What it means</th></tr></thead><tbody>"
            + row(
                "Actors with unspecified sector", share, percent,
                "They belong to no sector group: the results by sector (mixing, brokers, the sector × level view) "
                    + "leave them out.")
            + row(
                "Actors with unspecified territorial level", share, percent,
                "They belong to no level: the results by level and the multi-level criterion of the projects leave "
                    + "them out.")
            + row(
                "Isolates (actors in no tie)", share, percent,
                "Listed in the file but tied to no one: left out of the diagrams and of the key actors.")
            + row(
                "Actors merged from several IATI identities", "0", "≥ 0",
                "Organisations the import found under several names or references and counted once.")
            + row(
                "How sectors were assigned (import)", "iati-type 2, unspecified 1", "—",
                "Actors per source of their sector, from the firmest evidence to the weakest.")
            + "</tbody></table></section>"
        #expect(html.components(separatedBy: section).count == 2)
    }

    /// Every report has the section now: "nothing is wrong" is worth saying, with the numbers.
    @Test func aCleanNetworkStillSaysSo() throws {
        let network = try NetworkFile.load(PackagePaths.example("chile")).network
        let data = ReportData.build(network, language: .pt, generated: Self.fixedDate, maxDiagramActors: 0)
        #expect(
            data.dataQualityRows().map { [$0.name, $0.value, $0.range] } == [
                ["Atores sem setor especificado", "0 de 20 (0\(Self.nbsp)%)", "0–100\(Self.nbsp)%"],
                ["Atores sem nível territorial especificado", "0 de 20 (0\(Self.nbsp)%)", "0–100\(Self.nbsp)%"],
                ["Isolados (atores sem laços)", "0 de 20 (0\(Self.nbsp)%)", "0–100\(Self.nbsp)%"],
            ])
        let html = HTMLReport.render(data).replacingOccurrences(of: #"\n *"#, with: "", options: .regularExpression)
        #expect(html.contains("<section id=\"data-quality\"><h2>Qualidade dos dados</h2>"))
    }

    /// USAID Bolivia: 3 of 44 actors without sector (7 %), 15 without level (34 %: 12 firms and the 3 without
    /// sector), no isolate. The fixture predates `classified_by`, so nothing marks it as an import.
    @Test func usaidBoliviaImport() throws {
        let path = PackagePaths.file("Tests/ActorNetRenderTests/Fixtures/usaid-bo.json")
        let data = ReportData.build(
            try NetworkFile.load(path).network, language: .en, generated: Self.fixedDate, maxDiagramActors: 0)
        #expect(
            data.dataQualityRows().map(\.value) == [
                "3 of 44 (7\(Self.nbsp)%)", "15 of 44 (34\(Self.nbsp)%)", "0 of 44 (0\(Self.nbsp)%)",
            ])
        #expect(data.dataQuality.importRecord == nil)
    }

    /// The import record's rows (suspected duplicates, pseudo-organisations dropped) appear when the network
    /// carries one (`import` in its file).
    @Test func importRecordRowsWhenPresent() {
        #expect(
            ReportData.build(Self.network, language: .es, generated: Self.fixedDate, maxDiagramActors: 0)
                .dataQualityRows().count == 5)
        var network = Self.network
        network.importRecord = ImportRecord(importer: "iati", candidateGroups: 4, pseudoOrganisationsDropped: 2)
        let data = ReportData.build(network, language: .es, generated: Self.fixedDate, maxDiagramActors: 0)
        let rows = data.dataQualityRows()
        #expect(
            rows[3]
                == DataQualityRow(
                    name: "Posibles duplicados (importación)", value: "4", range: "≥ 0",
                    meaning: "Pares de organizaciones que la importación encontró parecidas pero no fusionó; cada par "
                        + "puede ser un mismo actor contado dos veces."))
        #expect(
            rows[4]
                == DataQualityRow(
                    name: "Seudoorganizaciones descartadas (importación)", value: "2", range: "≥ 0",
                    meaning: "Entradas que no nombran una organización real (como «varios» o «por definir») y que la "
                        + "importación eliminó."))
        #expect(rows.count == 7)
    }
}
