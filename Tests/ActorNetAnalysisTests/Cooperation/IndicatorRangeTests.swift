import ActorNet
import Foundation
import Testing

@testable import ActorNetAnalysis

/// Issue 12, item 15: every indicator the text says is in [0, 1] is in [0, 1] — the profile (report: "each indicator
/// runs from 0 to 1") and the measures whose pages give that range — on every example and real network and on
/// random weighted networks; and exact hand-computed values of the bounded definitions (global efficiency relative
/// to the ideal network, closeness centralization in units of the strongest tie over its true maximum).
@Suite struct IndicatorRangeTests {
    /// Example networks, the test networks, the classic centrality fixtures and the real Somalia network.
    static let files: [String] = {
        let examples = ["argentina", "chile", "colombia", "mexico", "peru"].map { examplePath($0) }
        let fixtures =
            [
                "cooperation/chile.yaml", "cooperation/colombia.yaml", "cooperation/mexico.yaml",
                "brokerage/somalia-iati3w.yaml",
            ]
            + ["karate", "florentine", "lesmis", "davis", "disconnected", "directed"].map { "centrality/\($0).json" }
        return examples + fixtures.map(fixturePath)
    }()

    /// Seeded random networks: 3–40 actors, directed, undirected or mixed, weights spread over six orders of
    /// magnitude (the profile's efficiency was 1.17 and closeness centralization 1.32 with weights above 1).
    static func randomNetworks() -> [Network] {
        var generator = SplitMix64(seed: 15)
        func uniform() -> Double { Double(generator.next() >> 11) / Double(1 << 53) }
        return (0..<60).map { index in
            let n = 3 + Int(generator.next() % 38)
            let density = 0.05 + 0.6 * uniform()
            let directed = index % 3 == 0
            var ties: [Tie] = []
            for a in 0..<n {
                for b in 0..<n where a != b && (directed || a < b) && uniform() < density {
                    var tie = Tie(from: "v\(a)", to: "v\(b)", weight: pow(10, 6 * uniform() - 3))
                    if index % 3 == 1 && uniform() < 0.3 { tie.directed = true }  // mixed network
                    ties.append(tie)
                }
            }
            return Network(
                name: "random \(index)", directed: directed,
                actors: (0..<n).map { Actor(id: "v\($0)") }, ties: ties)
        }
    }

    static func inUnitRange(_ value: Double) -> Bool { value >= 0 && value <= 1 }

    /// What the docs say is in [0, 1], checked on one network.
    static func checkRanges(_ network: Network, _ label: String) {
        for indicator in QualityProfile.indicators(network, threads: 2) {
            #expect(indicator.range == "0–1")
            if let value = indicator.value {
                #expect(inUnitRange(value), "\(label): profile \(indicator.name) = \(value)")
            }
        }
        for weighted in [true, false] {
            let graph = CompactGraph(network, weighted: weighted)
            let report = CentralityAnalysis.analyze(graph, options: CentralityOptions(threads: 2))
            for key in [
                "density", "reciprocity", "degree_centralization", "betweenness_centralization",
                "closeness_centralization",
            ] {
                if let value = report.network(key) {
                    #expect(inUnitRange(value), "\(label) weighted=\(weighted): \(key) = \(value)")
                }
            }
            // Raw weighted efficiency and closeness are in [0, strongest tie]; relative to it, in [0, 1].
            let efficiency = graph.relativeEfficiency(report.network("global_efficiency")!)
            #expect(inUnitRange(efficiency), "\(label) weighted=\(weighted): relative efficiency = \(efficiency)")
            for measure in [ActorMeasure.betweenness, .closeness, .eigenvector, .pagerank] {
                let scale = measure == .closeness ? graph.strongestTie : 1
                for (actor, value) in (report.values[measure] ?? []).enumerated() {
                    if let value {
                        #expect(inUnitRange(value / scale), "\(label): \(measure)(\(graph.ids[actor])) = \(value)")
                    }
                }
            }
        }
    }

    @Test func examplesAndRealNetworksStayInRange() throws {
        #expect(Self.files.count == 15)
        for path in Self.files {
            Self.checkRanges(try NetworkFile.load(path).network, URL(fileURLWithPath: path).lastPathComponent)
        }
    }

    @Test func randomWeightedNetworksStayInRange() {
        for network in Self.randomNetworks() { Self.checkRanges(network, network.name) }
    }

    /// Path a –(2)– b –(1)– c. Distances 1/2, 1, 3/2: raw efficiency (2 + 1 + 2/3)·2 / 6 = 11/9 > 1. The ideal
    /// network ties every pair with weight 2: E_ideal = 2, so the profile's efficiency is 11/18.
    @Test func relativeEfficiencyByHand() throws {
        let path = Network(
            name: "p", actors: ["a", "b", "c"].map { Actor(id: $0) },
            ties: [Tie(from: "a", to: "b", weight: 2), Tie(from: "b", to: "c", weight: 1)])
        let graph = CompactGraph(path)
        #expect(graph.strongestTie == 2)
        let raw = graph.pathMeasures(betweenness: false, threads: 1).globalEfficiency
        #expect(close(raw, 11.0 / 9, relative: 1e-15))
        let profile = try #require(QualityProfile.indicators(path).first { $0.name == "global efficiency" }?.value)
        #expect(close(profile, 11.0 / 18, relative: 1e-15))
        // Every pair tied with the strongest weight is the ideal itself.
        let triangle = Network(
            name: "t", actors: ["a", "b", "c"].map { Actor(id: $0) },
            ties: [
                Tie(from: "a", to: "b", weight: 5), Tie(from: "b", to: "c", weight: 5),
                Tie(from: "a", to: "c", weight: 5),
            ])
        #expect(QualityProfile.indicators(triangle).first { $0.name == "global efficiency" }?.value == 1)
    }

    /// The same path: closeness (Wasserman–Faust, n − 1 = 2) a 2/2 = 1, b 2/(3/2) = 4/3, c 2/(5/2) = 4/5; in units of
    /// the strongest tie (÷ 2) 1/2, 2/3, 2/5; Σ (2/3 − c) = 13/30 over the star's (n−1)(n−2)/(2n−3) = 2/3 → 13/20.
    /// (Before: 13/15 over 2/3 = 1.3.)
    @Test func weightedClosenessCentralizationByHand() {
        let path = Network(
            name: "p", actors: ["a", "b", "c"].map { Actor(id: $0) },
            ties: [Tie(from: "a", to: "b", weight: 2), Tie(from: "b", to: "c", weight: 1)])
        let report = CentralityAnalysis.analyze(path, options: CentralityOptions(threads: 1))
        #expect(close(report.network("closeness_centralization")!, 13.0 / 20, relative: 1e-14))
        // A star whose ties are all equally strong scores 1, whatever the weight.
        for weight in [1e-3, 1.0, 7.0, 1e4] {
            let star = Network(
                name: "s", actors: (0..<5).map { Actor(id: "a\($0)") },
                ties: (1..<5).map { Tie(from: "a0", to: "a\($0)", weight: weight) })
            let value = CentralityAnalysis.analyze(star, options: CentralityOptions(threads: 1))
                .network("closeness_centralization")!
            #expect(close(value, 1, relative: 1e-14), "weight \(weight): \(value)")
        }
    }

    /// Directed, incoming closeness: in the in-star every other actor points to the centre, which all reach at
    /// distance 1 (closeness 1), and nobody reaches them (0): Σ = n − 1, the largest possible, so 1. The undirected
    /// star's maximum (n−1)(n−2)/(2n−3) = 6/5 gave 3/(6/5) = 2.5.
    @Test func directedClosenessCentralizationByHand() {
        let inStar = Network(
            name: "in", directed: true, actors: (0..<4).map { Actor(id: "a\($0)") },
            ties: (1..<4).map { Tie(from: "a\($0)", to: "a0") })
        let value = CentralityAnalysis.analyze(inStar, options: CentralityOptions(threads: 1))
            .network("closeness_centralization")!
        #expect(close(value, 1, relative: 1e-14))
    }
}
