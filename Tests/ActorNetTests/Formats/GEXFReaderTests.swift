import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

@Suite struct GEXFReaderTests {
    static let examples = ["chile", "argentina", "colombia", "mexico", "peru"]

    /// What our GEXF writer carries of a network: everything but projects, the import record, language and source.
    private func carried(_ network: Network) -> Network {
        var network = network
        network.projects = []
        network.importRecord = nil
        network.language = nil
        network.source = nil
        return network
    }

    @Test(arguments: examples)
    func roundTripThroughOurWriter(name: String) throws {
        let network = carried(try NetworkFile.load(PackagePaths.example(name)).network)
        let path = try scratchFolder("gexf") + "/\(name).gexf"
        try GEXFWriter.write(network, sectorColour: { _ in "#56B4E9" })
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try NetworkFile.load(path).network == network)
    }

    @Test func networkXKarateReadsExactly() throws {
        let back = try NetworkFile.load(fixture("gexf/networkx-karate.gexf")).network
        var expected = Network(name: "networkx-karate")
        expected.source = "NetworkX 3.6.1"
        expected.directed = false
        let greens = [0, 40, 80, 120, 160, 200]
        expected.actors = (0..<6).map { index in
            var actor = Actor(id: "m\(index)")
            actor.name = "Member \(index)"
            actor.sector = index % 2 == 1 ? .civilSociety : .public
            actor.attributes = [
                "club": "Mr. Hi", "viz_x": "\(index * 10).0", "viz_y": index == 0 ? "0.0" : "-\(index).0",
                "viz_z": "0.0", "viz_color": "#ff" + String(format: "%02x", greens[index]) + "00",
            ]
            return actor
        }
        let edges: [(String, String, Double)] = [
            ("m0", "m1", 4), ("m0", "m2", 5), ("m0", "m3", 3), ("m0", "m4", 3), ("m0", "m5", 3), ("m1", "m2", 6),
            ("m1", "m3", 3), ("m2", "m3", 3),
        ]
        expected.ties = edges.map { from, to, weight in
            var tie = Tie(from: from, to: to)
            tie.weight = weight
            tie.kind = .coordination
            return tie
        }
        expected.ties[0].start = "2020-01-01"
        expected.ties[0].end = "2022-12-31"
        #expect(back.actors == expected.actors)
        #expect(back.ties == expected.ties)
        #expect(back.name == expected.name && back.source == expected.source && back.directed == expected.directed)
        #expect(back.description == nil)
    }

    @Test func errorsNameTheLine() {
        let dangling = fixture("gexf/dangling.gexf")
        #expect(messages(dangling) == ["\(dangling):5: error: tie field `to` names unknown actor `ghost`"])
        let malformed = fixture("gexf/malformed.gexf")
        #expect(
            messages(malformed) == [
                "\(malformed):5: error: malformed XML: closing tag does not match the open element"
            ])
    }

    @Test func notGEXFIsRefused() throws {
        let path = try scratchFolder("gexf") + "/other.gexf"
        try "<graphml/>\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(messages(path) == ["\(path):1: error: not a GEXF document: no <gexf> element"])
    }

    private func messages(_ path: String) -> [String] {
        do { _ = try NetworkFile.load(path); return [] } catch {
            guard case .invalid(let diagnostics) = error else { return [error.description] }
            return diagnostics.filter { $0.severity == .error }.map(\.description)
        }
    }
}
