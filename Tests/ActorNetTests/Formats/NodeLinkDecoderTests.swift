import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

/// Node-link JSON written by NetworkX (scripts/make_node_link_fixtures.py) reads into exact networks.
@Suite struct NodeLinkDecoderTests {
    @Test func karateClubFromNetworkX() throws {
        let karate = try NetworkFile.load(fixture("node-link/karate.json")).network
        #expect(karate.name == "Zachary's Karate Club")
        #expect(!karate.directed)
        #expect(karate.actors.map(\.id) == (0..<34).map(String.init))
        #expect(karate.actors[0] == Actor(id: "0", attributes: ["club": "Mr. Hi"]))
        #expect(karate.actors[33] == Actor(id: "33", attributes: ["club": "Officer"]))
        #expect(karate.actors.filter { $0.attributes["club"] == "Officer" }.count == 17)
        #expect(karate.ties.count == 78)
        #expect(karate.ties.first == Tie(from: "0", to: "1", weight: 4))
        #expect(karate.ties.last == Tie(from: "32", to: "33", weight: 5))
        #expect(karate.ties.map(\.weight).reduce(0, +) == 231)
    }

    @Test func directedMultigraphWithFieldsAndAttributes() throws {
        let loaded = try NetworkFile.load(fixture("node-link/directed-multigraph.json"))
        var expected = Network(name: "Mesa hídrica")
        expected.directed = true
        expected.actors = [
            Actor(
                id: "mina", name: "Minera Andina", sector: .private, level: .national, attributes: ["region": "Norte"]),
            Actor(id: "muni", name: "Municipalidad", sector: .public, level: .local),
            Actor(id: "7", name: "ONG Agua & Vida", sector: .civilSociety, level: .regional),
        ]
        expected.ties = [
            Tie(from: "mina", to: "muni", weight: 2, kind: .funding, start: "2021-03", end: "2023"),
            Tie(from: "mina", to: "muni", kind: .coordination, attributes: ["source_doc": "acta 12"]),
            Tie(from: "7", to: "muni", weight: 0.5, kind: .knowledgeExchange),
        ]
        #expect(loaded.network == expected)
        #expect(loaded.warnings.isEmpty)
    }

    @Test func problemsNameFileLineAndField() {
        let path = fixture("node-link/broken.json")
        #expect(
            messages(path) == [
                "\(path):5:5: error: actor has an empty `id`",
                "\(path):6:26: error: field `level`: unknown level `galactic`; accepted: international, national, "
                    + "regional, local, unspecified",
                "\(path):9:31: error: tie field `to` names unknown actor `ghost`",
                "\(path):10:5: error: tie has an empty `to`",
                "\(path):11:46: error: field `weight`: `heavy` is not a number",
            ])
    }

    @Test func detectedByContentNotByName() throws {
        let objects = try scratchFile("objects.json", "{\"nodes\": [1], \"links\": []}")
        #expect(messages(objects) == ["\(objects):1:12: error: each of `nodes` must be a JSON object, found a value"])
        let actornet = try scratchFile("plain.json", "{\"actors\": [{\"id\": \"a\"}], \"nodes\": [], \"links\": []}")
        #expect(try NetworkFile.load(actornet).network.actors == [Actor(id: "a")])
    }

    /// Without `id`, nodes are named as D3 names them: by the key the links use (here `stub`, as in the Somalia
    /// 3W network), or else by position; `value` is the weight and nested objects are flattened.
    @Test func nodesWithoutIDAreNamedAsD3NamesThem() throws {
        let keyed = try scratchFile(
            "stub.json",
            """
            {"nodes": [{"stub": "ocha", "scope": "international", "sectors": {"dac": ["health", "education"]}},
                       {"stub": "shf", "humanitarian": true}],
             "links": [{"source": "ocha", "target": "shf", "value": 3}]}
            """)
        let network = try NetworkFile.load(keyed).network
        #expect(
            network.actors == [
                Actor(id: "ocha", attributes: ["scope": "international", "sectors.dac": "health;education"]),
                Actor(id: "shf", attributes: ["humanitarian": "true"]),
            ])
        #expect(network.ties == [Tie(from: "ocha", to: "shf", weight: 3)])
        let indexed = try scratchFile(
            "index.json",
            "{\"nodes\": [{\"name\": \"A\"}, {\"name\": \"B\"}], \"links\": [{\"source\": 0, \"target\": 1}]}")
        let byPosition = try NetworkFile.load(indexed).network
        #expect(byPosition.actors == [Actor(id: "0", name: "A"), Actor(id: "1", name: "B")])
        #expect(byPosition.ties == [Tie(from: "0", to: "1")])
    }

    private func messages(_ path: String) -> [String] {
        do { _ = try NetworkFile.load(path); return [] } catch {
            guard case .invalid(let diagnostics) = error else { return [error.description] }
            return diagnostics.filter { $0.severity == .error }.map(\.description)
        }
    }
}
