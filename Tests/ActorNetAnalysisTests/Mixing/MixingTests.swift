import ActorNet
import Foundation
import Testing

@testable import ActorNetAnalysis

@Suite struct MixingTests {
    /// Two groups: a1–a2 inside A, a1–b1 and a2–b1 across → E-I = (2 − 1)/3.
    @Test func eiIndexByHand() {
        let network = Network(
            name: "m",
            actors: [
                Actor(id: "a1", sector: .public), Actor(id: "a2", sector: .public),
                Actor(id: "b1", sector: .private),
            ],
            ties: [Tie(from: "a1", to: "a2"), Tie(from: "a1", to: "b1"), Tie(from: "a2", to: "b1")])
        let result = CompactGraph(network).mixing(groups: [0, 0, 1], names: ["public", "private"])
        #expect(close(result.eiIndex!, 1.0 / 3, relative: 1e-12))
        #expect(result.internalTies == [1, 0])
        #expect(result.externalTies == [2, 2])
        #expect(close(result.groupEI[0]!, 1.0 / 3, relative: 1e-12))
        #expect(result.groupEI[1] == 1)
        #expect(result.actorEI[0] == 0)
        #expect(result.matrix == [[1, 2], [2, 0]])
    }

    @Test(arguments: ["chile", "colombia", "mexico"])
    func assortativityEqualsNetworkX(name: String) throws {
        let network = try loadFixtureNetwork("cooperation/\(name).yaml")
        let data = try Data(contentsOf: URL(fileURLWithPath: fixturePath("cooperation/\(name).expected.json")))
        let expected = try #require(
            (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["assortativity"] as? [String: Double])
        let graph = CompactGraph(network, weighted: false)
        let sectors = Sector.allCases.filter { s in network.actors.contains { $0.sector == s } }
        let bySector = graph.mixing(
            groups: network.actors.map { sectors.firstIndex(of: $0.sector)! }, names: sectors.map(\.rawValue))
        #expect(close(bySector.assortativity!, expected["sector"]!, relative: 1e-9))
        let levels = Level.allCases.filter { l in network.actors.contains { $0.level == l } }
        let byLevel = graph.mixing(
            groups: network.actors.map { levels.firstIndex(of: $0.level)! }, names: levels.map(\.rawValue))
        #expect(close(byLevel.assortativity!, expected["level"]!, relative: 1e-9))
    }
}
