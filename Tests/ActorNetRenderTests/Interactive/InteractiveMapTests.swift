import ActorNet
import ActorNetAnalysis
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetRender

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The interactive map's HTML: handles on every actor and tie, the embedded data, and nothing that could be fetched.
struct InteractiveMapTests {
    /// Three actors, two ties; one tie has a project with dates.
    static let network = Network(
        name: "Red pequeña",
        language: "es",
        actors: [
            Actor(id: "alc", name: "Alcaldía de Bogotá", sector: .public, level: .local, country: "CO"),
            Actor(id: "ong", name: "ONG Río", sector: .civilSociety, level: .national, offers: ["funding"]),
            Actor(id: "uni", name: "Universidad", sector: .academia, level: .regional),
        ],
        ties: [
            Tie(from: "alc", to: "ong", weight: 2, kind: .funding, project: "p1"),
            Tie(from: "ong", to: "uni", weight: 1, kind: .coordination),
        ],
        projects: [
            Project(id: "p1", name: "Agua", members: [ProjectMember(actor: "alc")], start: "2019-03", end: "2021")
        ]
    )

    static func map(prefix: String = "m-") throws -> InteractiveMap {
        var options = DiagramOptions()
        options.page = .none
        options.language = "es"
        return try InteractiveMap(NetworkAnalysis(network), options: options, prefix: prefix)
    }

    @Test func everyActorAndTieHasItsIdAndClassInTheSVG() throws {
        let map = try Self.map()
        let svg = try #require(SVGText.parse(Data(map.svg.utf8)))
        #expect(
            svg.ids.filter { $0.wholeMatch(of: /m-[at][0-9]+/) != nil }.sorted() == [
                "m-a0", "m-a1", "m-a2", "m-t0", "m-t1",
            ])
        #expect(svg.classes["node actor sector-public level-local"] == 1)
        #expect(svg.classes["node actor sector-civil-society level-national"] == 1)
        #expect(svg.classes["node actor sector-academia level-regional"] == 1)
        #expect(svg.classes["edge tie kind-funding"] == 1)
        #expect(svg.classes["edge tie kind-coordination"] == 1)
        // Every id of the SVG is under the prefix (Graphviz's own `a_` anchors included), each once.
        #expect(svg.ids.allSatisfy { $0.hasPrefix("m-") || $0.hasPrefix("a_m-") })
        #expect(Set(svg.ids).count == svg.ids.count)
    }

    @Test func twoMapsInOnePageShareNoId() throws {
        let first = try Self.map(prefix: "uno-"), second = try Self.map(prefix: "dos-")
        let ids = { (map: InteractiveMap) in Set(try #require(SVGText.parse(Data(map.svg.utf8))).ids) }
        #expect(try ids(first).isDisjoint(with: try ids(second)))
        #expect(first.fragment.contains("id=\"uno-map\"") && second.fragment.contains("id=\"dos-map\""))
    }

    @Test func theEmbeddedDataIsExact() throws {
        let map = try Self.map()
        let analysis = NetworkAnalysis(Self.network)
        let centrality = analysis.centrality()
        let betweenness = try #require(centrality.measures.firstIndex(of: .betweenness))
        #expect(map.data.actors.map(\.element) == ["m-a0", "m-a1", "m-a2"])
        #expect(
            map.data.actors[1].details == [
                ["Identificador", "ong"], ["Sector", "Sociedad civil"], ["Nivel", "Nacional"],
                ["Ofrece", "financiamiento"],
            ])
        #expect(map.data.actors[1].centrality[betweenness].value == centrality.value(.betweenness, 1))
        #expect(map.data.actors[1].centrality[betweenness].value == 1)
        // Undirected: the open two-path Alcaldía – ONG – Universidad counts once each way (liaison: three sectors).
        #expect(map.data.actors[1].brokerage == [.init(role: "enlace", count: 2)])
        #expect(analysis.brokerage(by: .sector).counts[1].filter { $0 > 0 } == [2])
        #expect(map.data.actors[0].projects == ["Agua"])
        #expect(map.data.actors[1].projects == [])
        #expect(
            map.data.ties == [
                .init(from: 0, to: 1, kind: "funding", weight: 2, element: "m-t0", years: [2019, 2021]),
                .init(from: 1, to: 2, kind: "coordination", weight: 1, element: "m-t1", years: nil),
            ])
        #expect(map.data.sectors.map(\.key) == ["public", "academia", "civil-society"])
        #expect(map.data.kinds.map(\.label) == ["Financiamiento", "Coordinación"])
        #expect(map.data.file == "red-pequena")
        // The page carries exactly this JSON.
        #expect(map.fragment.contains("<script type=\"application/json\" class=\"an-data\">\(map.data.json)</script>"))
        #expect(map.page.contains("<section class=\"actornet-map\" id=\"m-map\" lang=\"es\">"))
        // The year slider only when some tie has dates: here 2019–2021.
        #expect(map.fragment.contains("min=\"2019\" max=\"2021\" value=\"2019\""))
    }

    /// A tie's own dates come before its project's, and an open end runs to the network's last year (`Tie.span`).
    @Test func ownDatesAndOpenEndsGiveTheTieYears() throws {
        var network = Self.network
        network.ties[0].start = "2020"
        network.ties[1].start = "2017-06"
        var options = DiagramOptions()
        options.page = .none
        let map = try InteractiveMap(NetworkAnalysis(network), options: options, prefix: "m-")
        #expect(map.data.ties.map(\.years) == [[2020, 2021], [2017, 2021]])
    }

    @Test func nothingInThePageCanBeFetched() throws {
        let page = try Self.map().page
        // The only URLs are the SVG and XLink namespace names, which are never fetched.
        let namespaces = ["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"]
        let rest = namespaces.reduce(page) { $0.replacingOccurrences(of: $1, with: "") }
        #expect(!rest.contains("http://") && !rest.contains("https://"))
        #expect(page.range(of: #"<script[^>]*\ssrc="#, options: .regularExpression) == nil)
        #expect(!page.contains("<link"))
        #expect(!page.contains("url("))
        #expect(!page.contains("@import"))
        #expect(
            page.contains(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    + "script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:\">"))
    }
}
