import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetReport

/// Key actors: by degree, then strength, then name; isolates not ranked; never the order of the file. Expected
/// orders computed apart (Python: distinct neighbours, summed weights, names folded) and checked by hand.
@Suite struct ReportDataRankingTests {
    static let fixedDate = Date(timeIntervalSince1970: 1_764_000_000)

    static func report(_ path: String, language: Language = .en, top: Int = 10) throws -> ReportData {
        ReportData.build(
            try NetworkFile.load(path).network, language: language, top: top, generated: fixedDate,
            maxDiagramActors: 0)
    }

    static let usaid = PackagePaths.file("Tests/ActorNetRenderTests/Fixtures/usaid-bo.json")

    @Test func chileRanksByDegreeThenStrengthThenName() throws {
        let data = try Self.report(PackagePaths.example("chile"))
        let ids = data.keyActors().map { data.network.actors[$0].id }
        // Degrees 7, 6, 4, 4, 3 × 6; strengths 14, 12, 9, 8, then 7, 6, 6, 6, 5, 5. Red Regional… and Universidad
        // Técnica… tie at degree 3 and strength 6: "Red" before "Universidad"; Centro… before Programa… likewise.
        #expect(
            ids == [
                "muni-ovalle", "gore-biobio", "agencia-coop", "min-agua", "coop-alemana", "fund-agua", "red-pymes",
                "u-concepcion", "centro-clima", "pnud-ficticio",
            ])
        #expect(data.keyActorRanking().count == 20)
        #expect(
            data.keyActorsIntro
                == "Ranked by degree (number of partners); equal degrees by strength (sum of tie weights), then by "
                + "name. The first 10 of the 20 actors with at least one tie; actors in no tie are not ranked.")
        #expect(
            data.keyActorsHeader == [
                "#", "Actor", "Sector", "Level", "Degree (0–19)", "Strength (≥ 0)", "Betweenness (0–1)",
                "PageRank (0–1)",
            ])
    }

    /// A real import: after the two U.S. agencies, six organisations have degree 2; strength (6, 5, 3, 3, 3, 2, 2,
    /// 2) and then names order them. The file lists them in another order.
    @Test func usaidBoliviaBreaksEqualDegreesByStrengthThenName() throws {
        let data = try Self.report(Self.usaid, language: .es)
        let ranking = data.keyActors()
        #expect(
            ranking.map { data.network.actors[$0].id } == [
                "US-GOV-1", "US-GOV-11", "XI-DUNS-950020230", "government-of-bolivia", "XI-DUNS-83510842",
                "programa-de-coordinacion-en-salud-integral-bolivia", "GB-CHC-1076822", "US-EIN-042347643",
                "XI-DUNS-083510842", "XI-DUNS-950020623",
            ])
        #expect(ranking.map { data.centrality.value(.degree, $0)! } == [43, 15, 2, 2, 2, 2, 2, 2, 2, 2])
        #expect(ranking.map { data.centrality.value(.strength, $0)! } == [80, 36, 6, 5, 3, 3, 3, 2, 2, 2])
        #expect(ranking != ranking.sorted())  // not the file's order
        #expect(data.keyActorRanking().count == 44)
        #expect(data.keyActorsHeader[4] == "Grado (0–43)")
    }

    /// Equal degree and strength: the name decides, ignoring case and accents; isolates are not ranked at all,
    /// whatever their place in the file.
    @Test func namesDecideIgnoringAccentsAndIsolatesAreLeftOut() {
        let network = Network(
            name: "empates",
            actors: [
                Actor(id: "z", name: "zorzal"), Actor(id: "solo", name: "Aislado"), Actor(id: "b", name: "Bosque"),
                Actor(id: "a", name: "Ángeles"), Actor(id: "hub", name: "Centro"),
            ],
            ties: [Tie(from: "hub", to: "z"), Tie(from: "hub", to: "b"), Tie(from: "hub", to: "a")])
        let data = ReportData.build(network, language: .en, generated: Self.fixedDate, maxDiagramActors: 0)
        #expect(data.keyActors().map { network.actors[$0].id } == ["hub", "a", "b", "z"])
        #expect(data.keyActorsIntro.contains("The first 4 of the 4 actors with at least one tie"))
        // The ego views follow betweenness (only the hub has any); the brokers table, roles then key-actor order.
        #expect(data.topBrokers(3) == ["hub"])
    }

    @Test func egoViewsAreTheTopBrokersInKeyActorOrderOnTies() throws {
        let data = try Self.report(PackagePaths.example("chile"))
        // Betweenness 0.529, 0.453, 0.398 (the ego file names of every earlier report agree).
        #expect(data.topBrokers(3) == ["muni-ovalle", "gore-biobio", "agencia-coop"])
        #expect(
            data.topBrokerage().prefix(4).map { data.network.actors[$0].id } == [
                "muni-ovalle", "gore-biobio", "agencia-coop", "min-agua",
            ])  // 42, 26, then 10 and 10: agencia-coop has the higher strength
    }
}
