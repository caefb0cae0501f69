import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

/// NetworkX ⇄ actornet (Fixtures/networkx, scripts/make_networkx_roundtrip_fixtures.py): what NetworkX writes reads
/// into the same actors and ties in every format, and what actornet writes reads back into the network it came from.
@Suite struct NetworkXRoundTripTests {
    static let andes = "fund-andes", ministry = "min-edu", bank = "banco", teachers = "red"

    /// The network NetworkX wrote, as actornet reads it from each format.
    static let writtenByNetworkX = Network(
        name: "red-networkx", directed: true,
        actors: [
            Actor(
                id: andes, name: "Fundación Andes & Hijos", sector: .civilSociety, level: .national, country: "CO",
                attributes: ["website": "https://example.org/andes", "size": "3"]),
            Actor(id: ministry, name: "Ministerio de Educación", sector: .public, level: .national, country: "CO"),
            Actor(id: bank, name: "Banco \"Regional\"", sector: .private, level: .regional, attributes: ["size": "1"]),
            Actor(
                id: teachers, name: "Red de Maestros", sector: .academia, level: .local, notes: "Teachers' network"),
        ],
        ties: [
            Tie(from: andes, to: ministry, kind: .coordination, attributes: ["since": "2019"]),
            Tie(
                from: ministry, to: teachers, weight: 0.75, kind: .technicalCooperation,
                attributes: ["verified": "true"]),
            Tie(from: bank, to: andes, weight: 2.5, kind: .funding, note: "Grant & follow-up"),
            Tie(from: teachers, to: andes, weight: 3, kind: .knowledgeExchange),
        ])

    @Test(arguments: ["json", "gexf", "graphml"])
    func whatNetworkXWritesReadsTheSame(format: String) throws {
        let loaded = try NetworkFile.load(fixture("networkx/networkx-written.\(format)"))
        var expected = Self.writtenByNetworkX
        // GEXF's `<creator>` is the network's source.
        if format == "gexf" { expected.source = "NetworkX 3.6.1" }
        #expect(loaded.network == expected)
        #expect(loaded.warnings.map(\.description) == [])
    }

    /// Every field of `roundtrip.yaml` comes back from GEXF, GraphML and node-link JSON (it has no projects,
    /// language or source, which GEXF and GraphML or node-link leave out).
    @Test(arguments: ["gexf", "graphml", "json"])
    func whatActornetWritesReadsBack(format: String) throws {
        let original = try NetworkFile.load(fixture("networkx/roundtrip.yaml")).network
        let back = try NetworkFile.load(fixture("networkx/actornet-written.\(format)")).network
        #expect(back == original)
    }

    /// What NetworkX 3.6 saw in actornet's files (networkx-view-of-actornet.json): the fields as NetworkX types them.
    @Test func networkXSeesTheFieldsTyped() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: fixture("networkx/networkx-view-of-actornet.json")))
        let views = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        for format in ["gexf", "graphml", "node-link"] {
            let view = views[format] as! [String: Any]
            #expect(view["class"] as? String == "DiGraph", "\(format)")
            let edges = view["edges"] as! [[Any]]
            let grant = edges.first { $0[0] as? String == "banco" }![2] as! [String: Any]
            #expect(grant["weight"] as? Double == 2.5, "\(format)")
            #expect(grant["money"] as? Double == 12000.5, "\(format)")
            #expect(grant["start"] as? String == "2021-03-01", "\(format)")
            #expect(grant["note"] as? String == "Grant & follow-up", "\(format)")
        }
    }

    /// GEXF has one time format per graph: years alone are `integer` edge times, mixed forms become attributes.
    @Test func gexfTimeFormatFollowsTheDates() throws {
        var network = Network(
            name: "dates", actors: [Actor(id: "a"), Actor(id: "b"), Actor(id: "c")],
            ties: [Tie(from: "a", to: "b", start: "2019"), Tie(from: "b", to: "c", end: "2021")])
        #expect(GEXFWriter.timeFormat(network.ties) == "integer")
        network.ties[1].end = "2021-06"
        #expect(GEXFWriter.timeFormat(network.ties) == nil)
        let path = try scratchFolder("gexf") + "/dates.gexf"
        let text = GEXFWriter.write(network, sectorColour: { _ in "#000000" })
        #expect(text.split(separator: "\n")[6] == "  <graph defaultedgetype=\"undirected\" mode=\"static\">")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try NetworkFile.load(path).network == network)
    }
}
