import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetReport

/// Every indicator of the report shows its range, in the report's number format.
@Suite struct IndicatorRangeTests {
    @Test func rangesInEachLanguage() {
        let cases: [IndicatorRange] = [.unit, .signedUnit, .modularity, .percent, .atLeastZero, .whole(1, 20)]
        #expect(cases.map { $0.text(.en) } == ["0–1", "−1…1", "−0.5…1", "0–100\u{A0}%", "≥ 0", "1–20"])
        #expect(cases.map { $0.text(.es) } == ["0–1", "−1…1", "−0,5…1", "0–100\u{A0}%", "≥ 0", "1–20"])
        #expect(IndicatorRange.signedUnit.label("Índice E-I", .es) == "Índice E-I (−1…1)")
    }

    /// Chile in Spanish: the network as a whole, mixing, modularity, scores and the profile with their ranges.
    @Test func chileShowsEveryRange() throws {
        let network = try NetworkFile.load(PackagePaths.example("chile")).network
        let data = ReportData.build(
            network, language: .es, generated: Date(timeIntervalSince1970: 0), maxDiagramActors: 0)
        #expect(
            data.networkIndicatorRows.map {
                [$0.name, formatted($0.value, digits: $0.digits, language: .es), $0.range]
            }
                == [
                    ["Densidad", "0,142", "0–1"], ["Centralización de grado", "0,251", "0–1"],
                    ["Componentes", "1", "1–20"],
                ])
        #expect(data.communitiesIntro.hasSuffix(" Modularidad (−0,5…1): 0,469."))
        #expect(data.profileHeader[2] == "Valor (0–1)")
        #expect(data.brokersHeader.suffix(2) == ["Restricción (≥ 0)", "Tamaño efectivo (≥ 0)"])
        let markdown = MarkdownReport.render(data, stem: "chile").text
        #expect(markdown.contains("|  | Índice E-I (−1…1) | Asortatividad (−1…1) |"))
        #expect(markdown.contains("— Puntaje (0–1) 0,65\n"))
    }
}
