import ActorNet
import Foundation
import Testing

@testable import ActorNetAnalysis

/// KADABRA's guarantee checked against exact betweenness: the largest error over all actors stays below ε in at
/// least 1 − δ of the seeded runs (scripts/betweenness-guarantee.py repeats this with 100 runs).
@Suite struct ApproximateBetweennessTests {
    static let runs = 10
    static let epsilon = 0.05
    static let delta = 0.1

    /// A preferential-attachment network (each newcomer ties to 3 earlier actors chosen ∝ degree), seeded.
    static func generated(actors: Int, weighted: Bool, directed: Bool) -> Network {
        var random = SplitMix64(seed: 7)
        var ends: [Int] = [0, 1, 1, 2, 2, 0]
        var ties = [Tie(from: "a0", to: "a1"), Tie(from: "a1", to: "a2"), Tie(from: "a2", to: "a0")]
        for v in 3..<actors {
            var chosen = Set<Int>()
            while chosen.count < 3 { chosen.insert(ends[Int(random.next() % UInt64(ends.count))]) }
            for u in chosen.sorted() {
                let weight = weighted ? Double(1 + random.next() % 4) : 1
                ties.append(Tie(from: "a\(v)", to: "a\(u)", weight: weight))
                ends += [u, v]
            }
        }
        return Network(
            name: "generated", directed: directed, actors: (0..<actors).map { Actor(id: "a\($0)") }, ties: ties)
    }

    static func largestErrors(_ network: Network, weighted: Bool? = nil) -> [Double] {
        let graph = CompactGraph(network, weighted: weighted)
        let exact = graph.pathMeasures(betweenness: true, threads: 2).betweenness!
        let components = graph.components()
        return (1...UInt64(runs)).map { seed in
            let estimate = graph.approximateBetweenness(
                epsilon: epsilon, delta: delta, seed: seed, threads: 2, components: components)
            return zip(estimate.values, exact).map { abs($0 - $1) }.max()!
        }
    }

    static func expectGuarantee(_ errors: [Double]) {
        let within = errors.filter { $0 < epsilon }.count
        #expect(Double(within) >= (1 - delta) * Double(runs), "largest errors \(errors)")
    }

    /// 1000 actors unweighted and directed; weighted undirected (bidirectional Dijkstra) on 300, to stay fast in
    /// debug builds.
    @Test(arguments: [(1000, false, false), (300, true, false), (1000, false, true), (1000, true, true)])
    func generatedNetworkStaysWithinEpsilon(actors: Int, weighted: Bool, directed: Bool) {
        let network = Self.generated(actors: actors, weighted: weighted, directed: directed)
        Self.expectGuarantee(Self.largestErrors(network, weighted: weighted))
    }

    /// A real network: 635 organisations in 67 components.
    @Test func somaliaStaysWithinEpsilon() throws {
        Self.expectGuarantee(Self.largestErrors(try loadFixtureNetwork("real/somalia.json")))
    }

    @Test func sameResultOnOneAndThreeThreads() {
        let graph = CompactGraph(Self.generated(actors: 300, weighted: true, directed: false))
        let components = graph.components()
        let one = graph.approximateBetweenness(
            epsilon: 0.05, delta: 0.1, seed: 3, threads: 1, components: components)
        let three = graph.approximateBetweenness(
            epsilon: 0.05, delta: 0.1, seed: 3, threads: 3, components: components)
        #expect(one == three)
        #expect(one.samples > 0 && one.samples % 512 == 0)
    }

    /// A path of 5: the middle actor lies inside every path between the two halves; no randomness in which path.
    @Test func pathNetworkIsEstimatedFromItsOnlyPaths() {
        let ids = ["a", "b", "c", "d", "e"]
        let network = Network(
            name: "path", actors: ids.map { Actor(id: $0) },
            ties: zip(ids, ids.dropFirst()).map { Tie(from: $0, to: $1) })
        let graph = CompactGraph(network)
        #expect(graph.vertexDiameterBound(components: graph.components()) == 5)
        let estimate = graph.approximateBetweenness(
            epsilon: 0.05, delta: 0.1, seed: 1, threads: 2, components: graph.components())
        let exact = graph.pathMeasures(betweenness: true, threads: 1).betweenness!
        #expect(exact == [0, 0.5, 2.0 / 3, 0.5, 0])
        #expect(zip(estimate.values, exact).allSatisfy { abs($0 - $1) < 0.05 })
        #expect(estimate.values[0] == 0 && estimate.values[4] == 0)
    }
}
