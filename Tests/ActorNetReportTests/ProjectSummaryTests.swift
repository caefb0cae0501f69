import ActorNet
import ActorNetAnalysis
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetReport

/// The projects against the seminar's definition, counted by criterion. Expected counts by hand from
/// `actornet projects` (chile, brasil) and, for the 63 USAID activities, by a separate Python count.
@Suite struct ProjectSummaryTests {
    static func summary(_ path: String) throws -> ProjectSummary {
        ProjectSummary(NetworkAnalysis(try NetworkFile.load(path).network).projects)
    }

    @Test func chileHasFourOfFiveAndOneProjectOnASingleLevel() throws {
        let summary = try Self.summary(PackagePaths.example("chile"))
        #expect(summary.projects == 5)
        #expect(summary.meetingAll == 4)
        #expect(
            summary.missing == [
                .twoActors: 0, .publicActor: 0, .twoSectors: 0, .twoLevels: 1, .contributions: 0, .agreement: 0,
            ])
        #expect(summary.unrecorded == [])
        #expect(summary.meetingRecorded == 4)
    }

    /// No agreement in the file: every project misses it, which the report reads as data not recorded; one
    /// project (Irrigação eficiente) has no public actor.
    @Test func brasilRecordsNoAgreement() throws {
        let summary = try Self.summary(PackagePaths.example("brasil"))
        #expect(summary.projects == 3)
        #expect(summary.meetingAll == 0)
        #expect(
            summary.missing == [
                .twoActors: 0, .publicActor: 1, .twoSectors: 0, .twoLevels: 0, .contributions: 0, .agreement: 3,
            ])
        #expect(summary.unrecorded == [.agreement])
        #expect(summary.meetingRecorded == 2)
    }

    /// An IATI import: activities carry neither contributions nor agreements; 9 have one sector, 44 one level.
    @Test func usaidBoliviaImport() throws {
        let summary = try Self.summary(PackagePaths.file("Tests/ActorNetRenderTests/Fixtures/usaid-bo.json"))
        #expect(summary.projects == 63)
        #expect(summary.meetingAll == 0)
        #expect(
            summary.missing == [
                .twoActors: 0, .publicActor: 0, .twoSectors: 9, .twoLevels: 44, .contributions: 63, .agreement: 63,
            ])
        #expect(summary.unrecorded == [.contributions, .agreement])
        #expect(summary.meetingRecorded == 19)
    }

    @Test func theSummaryInWords() throws {
        let network = try NetworkFile.load(PackagePaths.file("Tests/ActorNetRenderTests/Fixtures/usaid-bo.json"))
            .network
        let spanish = ReportData.build(network, language: .es, maxDiagramActors: 0)
        #expect(spanish.projectSummaryHeadline == "0 de 63 proyectos cumplen todos los criterios de la definición.")
        #expect(
            spanish.projectSummaryNotes == [
                "Ningún proyecto registra aportes: puede que el archivo simplemente no los recoja; eso no muestra que "
                    + "los proyectos carezcan de ellos.",
                "Ningún proyecto registra un acuerdo institucional: puede que el archivo simplemente no los recoja; "
                    + "eso no muestra que los proyectos carezcan de él.",
                "Sin contar lo que el archivo no registra, 19 de 63 proyectos cumplen los demás criterios.",
            ])
        let chile = ReportData.build(
            try NetworkFile.load(PackagePaths.example("chile")).network, language: .pt, maxDiagramActors: 0)
        #expect(chile.projectSummaryHeadline == "4 de 5 projetos cumprem todos os critérios da definição.")
        #expect(chile.projectSummaryNotes == [])
        let pymes = try #require(chile.projects.first { $0.name == "Pymes sostenibles del sur" })
        #expect(pymes.missedCriteria == [.twoLevels])
        #expect(
            chile.projectRow(pymes).words == [
                "recursos financeiros, trabalho, em espécie", "sim", "dois ou mais níveis territoriais",
            ])
        #expect(chile.projectRow(pymes).counts == [4, 3, 1])
    }
}
