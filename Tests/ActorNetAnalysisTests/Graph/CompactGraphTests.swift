import ActorNet
import Testing

@testable import ActorNetAnalysis

@Suite struct CompactGraphTests {
    /// a–b twice (kinds differ), b–c, d isolated: hand-checked CSR.
    let network = Network(
        name: "t",
        actors: ["a", "b", "c", "d"].map { Actor(id: $0) },
        ties: [
            Tie(from: "a", to: "b", weight: 2), Tie(from: "b", to: "a", weight: 1, kind: .funding),
            Tie(from: "c", to: "b", weight: 0.5),
        ]
    )

    @Test func undirectedCSRMergesParallelTiesBySumming() {
        let graph = CompactGraph(network)
        #expect(!graph.isDirected)
        #expect(graph.isWeighted)
        #expect(graph.offsets == [0, 1, 3, 4, 4])
        #expect(graph.targets == [1, 0, 2, 1])
        #expect(graph.weights == [3, 3, 0.5, 0.5])
        #expect(graph.edgeCount == 2)
        #expect(graph.density == 2.0 * 2 / 12)
        #expect(graph.components() == [[0, 1, 2], [3]])
    }

    @Test func unweightedIgnoresWeights() {
        let graph = CompactGraph(network, weighted: false)
        #expect(graph.weights == [1, 1, 1, 1])
    }

    @Test func directedKeepsInAndOutAdjacency() {
        var directed = network
        directed.directed = true
        let graph = CompactGraph(directed)
        #expect(graph.offsets == [0, 1, 2, 3, 3])
        #expect(graph.targets == [1, 0, 1])
        #expect(graph.inOffsets == [0, 1, 3, 3, 3])
        #expect(graph.inTargets == [1, 0, 2])
        #expect(graph.edgeCount == 3)
        #expect(graph.density == 3.0 / 12)
        #expect(graph.components() == [[0, 1, 2], [3]])
    }

    @Test func summaryCountsSectorLevelAndKinds() throws {
        var net = network
        net.actors[0].sector = .public
        net.actors[0].level = .local
        let summary = NetworkSummary(net)
        #expect(summary.sectorLevel[.public]![.local] == 1)
        #expect(summary.sectorLevel[.unspecified]![.unspecified] == 3)
        #expect(summary.tiesByKind == [.other: 2, .funding: 1])
        #expect(summary.components == 2)
    }

    /// The graph built from the tie ends resolved at loading equals the one built by looking ids up.
    @Test(arguments: ["karate.json", "lesmis.json", "directed.json", "disconnected.json"])
    func graphFromLoadedEndpointsEqualsGraphFromIDs(name: String) throws {
        let loaded = try NetworkFile.load(fixturePath("centrality/" + name))
        for weighted in [nil, false] as [Bool?] {
            let fast = CompactGraph(loaded, weighted: weighted),
                looked = CompactGraph(loaded.network, weighted: weighted)
            #expect(fast.offsets == looked.offsets && fast.targets == looked.targets && fast.weights == looked.weights)
            #expect(
                fast.inOffsets == looked.inOffsets && fast.inTargets == looked.inTargets
                    && fast.inWeights == looked.inWeights)
            #expect(
                fast.ids == looked.ids && fast.edgeCount == looked.edgeCount && fast.isWeighted == looked.isWeighted)
        }
    }
}
