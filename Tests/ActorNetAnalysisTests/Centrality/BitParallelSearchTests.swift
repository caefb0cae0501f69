import ActorNet
import Foundation
import Testing

@testable import ActorNetAnalysis

/// Closeness, harmonic and the path statistics from 64-source bit-parallel searches equal those of the Brandes
/// pass (one source at a time), on every unweighted fixture, with all sources and with a sample.
@Suite struct BitParallelSearchTests {
    @Test(arguments: ["karate", "florentine", "lesmis", "davis", "disconnected", "directed"])
    func sumsEqualOneSourceAtATime(name: String) throws {
        let graph = CompactGraph(try loadFixtureNetwork("centrality/\(name).json"), weighted: false)
        let sampled = CentralityAnalysis.sampleSources(count: graph.count, k: graph.count / 2, seed: 5)
        for sources in [nil, sampled] {
            let brandes = graph.pathMeasures(betweenness: true, sources: sources, threads: 2)
            let bits = graph.pathMeasures(betweenness: false, sources: sources, threads: 2)
            #expect(bits.betweenness == nil)
            #expect(zip(bits.closeness, brandes.closeness).allSatisfy { close($0, $1, relative: 1e-12) })
            #expect(zip(bits.harmonic, brandes.harmonic).allSatisfy { close($0, $1, relative: 1e-12) })
            #expect(close(bits.averagePathLength, brandes.averagePathLength, relative: 1e-12))
            #expect(bits.diameter == brandes.diameter)
            #expect(close(bits.globalEfficiency, brandes.globalEfficiency, relative: 1e-12))
        }
    }

    /// 200 actors in a ring: more than three batches of 64 sources, distances up to 100.
    @Test func ringNeedsSeveralBatches() {
        let ids = (0..<200).map { "r\($0)" }
        let network = Network(
            name: "ring", actors: ids.map { Actor(id: $0) },
            ties: ids.indices.map { Tie(from: ids[$0], to: ids[($0 + 1) % ids.count]) })
        let measures = CompactGraph(network).pathMeasures(betweenness: false, threads: 3)
        // Σ d over the other 199 actors: 2 · (1 + … + 99) + 100 = 10 000.
        #expect(measures.closeness.allSatisfy { $0 == 199.0 / 10_000 })
        #expect(measures.diameter == 100)
        #expect(measures.averagePathLength == 10_000.0 / 199)
    }
}
