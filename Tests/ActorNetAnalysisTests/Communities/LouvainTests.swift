import ActorNet
import Foundation
import Testing

@testable import ActorNetAnalysis

@Suite struct LouvainTests {
    @Test(arguments: ["chile", "colombia", "mexico"])
    func modularityEqualsNetworkXForTheSamePartition(name: String) throws {
        let network = try loadFixtureNetwork("cooperation/\(name).yaml")
        let data = try Data(contentsOf: URL(fileURLWithPath: fixturePath("cooperation/\(name).expected.json")))
        let expected = try #require(
            (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["modularity_by_sector"]
                as? [String: Double])
        let bySector = network.actors.map { Sector.allCases.firstIndex(of: $0.sector)! }
        #expect(close(CompactGraph(network).modularity(bySector), expected["weighted"]!, relative: 1e-12))
        #expect(
            close(CompactGraph(network, weighted: false).modularity(bySector), expected["unweighted"]!, relative: 1e-12)
        )
        #expect(
            close(
                CompactGraph(network).modularity(bySector, resolution: 1.5), expected["weighted_resolution_1_5"]!,
                relative: 1e-12))
    }

    /// Zachary's karate club: Louvain finds Q ≈ 0.42 (the best known partition has 0.4198); same seed, same result.
    @Test func karateClubIsSeededAndGood() throws {
        let network = try loadFixtureNetwork("centrality/karate.json")
        let graph = CompactGraph(network, weighted: false)
        let first = graph.louvain(seed: 3)
        #expect(first == graph.louvain(seed: 3))
        #expect(first.modularity > 0.40)
        #expect(first.modularity <= 0.4198 + 1e-9)
        #expect(close(first.modularity, graph.modularity(first.membership), relative: 1e-12))
        #expect(first.communities.flatMap { $0 }.sorted() == Array(0..<34))
    }

    /// Two triangles joined by one tie split into the two triangles.
    @Test func twoTriangles() {
        let ids = ["a", "b", "c", "x", "y", "z"]
        let ties = [("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")]
        let network = Network(
            name: "t", actors: ids.map { Actor(id: $0) }, ties: ties.map { Tie(from: $0.0, to: $0.1) })
        let result = CompactGraph(network).louvain(seed: 1)
        #expect(result.communities == [[0, 1, 2], [3, 4, 5]])
        #expect(close(result.modularity, 5.0 / 14, relative: 1e-12))
    }
}
