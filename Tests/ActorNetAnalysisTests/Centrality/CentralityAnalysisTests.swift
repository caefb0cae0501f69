import ActorNet
import Foundation
import Testing

@testable import ActorNetAnalysis

/// Every measure against NetworkX on classic networks (fixtures made by scripts/make_centrality_fixtures.py).
@Suite struct CentralityAgainstNetworkXTests {
    static let cases: [(String, String)] = [
        ("karate", "weighted"), ("karate", "unweighted"), ("florentine", "unweighted"),
        ("lesmis", "weighted"), ("lesmis", "unweighted"), ("davis", "weighted"), ("davis", "unweighted"),
        ("disconnected", "weighted"), ("disconnected", "unweighted"), ("directed", "weighted"),
        ("directed", "unweighted"),
    ]

    static let iterative: Set<String> = ["eigenvector", "pagerank"]

    @Test(arguments: cases)
    func measuresEqualNetworkX(name: String, mode: String) throws {
        let network = try loadFixtureNetwork("centrality/\(name).json")
        let data = try Data(contentsOf: URL(fileURLWithPath: fixturePath("centrality/\(name).expected.json")))
        let expected = try #require(
            (try JSONSerialization.jsonObject(with: data) as? [String: Any])?[mode] as? [String: Any])
        let report = CentralityAnalysis.analyze(
            network, options: CentralityOptions(weighted: mode == "weighted", threads: 2))
        #expect(report.weighted == (mode == "weighted"))
        #expect(report.warnings.isEmpty)

        let actors = try #require(expected["actors"] as? [String: [String: Double]])
        #expect(actors.count == report.ids.count)
        var compared = 0
        for (index, id) in report.ids.enumerated() {
            let row = try #require(actors[id], "actor \(id)")
            for (key, value) in row {
                let measure = try #require(ActorMeasure(rawValue: key), "measure \(key)")
                let actual = try #require(report.value(measure, index), "\(key) of \(id)")
                // Iterative values are unit-norm or sum to 1: also accept an absolute 1e-10 (for entries that
                // decay towards 0, such as eigenvector scores outside the dominant component).
                let iterative = Self.iterative.contains(key)
                #expect(
                    close(actual, value, relative: iterative ? 1e-7 : 1e-9)
                        || (iterative && abs(actual - value) < 1e-10),
                    "\(name) \(mode) \(key)(\(id)): \(actual) vs NetworkX \(value)")
                compared += 1
            }
        }
        #expect(compared >= report.ids.count * 8)

        let networkMeasures = try #require(expected["network"] as? [String: Double])
        for (key, value) in networkMeasures {
            let actual = try #require(report.network(key), "network measure \(key)")
            #expect(close(actual, value, relative: 1e-9), "\(name) \(mode) \(key): \(actual) vs \(value)")
        }
        #expect(Set(report.network.map(\.key)) == Set(networkMeasures.keys))
    }
}

@Suite struct CentralityBehaviourTests {
    @Test func resultsAreIdenticalOnOneAndManyThreads() throws {
        let network = try loadFixtureNetwork("centrality/lesmis.json")
        let one = CentralityAnalysis.analyze(network, options: CentralityOptions(threads: 1))
        let many = CentralityAnalysis.analyze(network, options: CentralityOptions(threads: 4))
        for measure in ActorMeasure.allCases {
            #expect(
                one.values[measure]?.map { $0?.bitPattern } == many.values[measure]?.map { $0?.bitPattern },
                "\(measure)")
        }
        #expect(one.network.map(\.value.bitPattern) == many.network.map(\.value.bitPattern))
    }

    /// With 1/w distances, 1/3 + 1/6 ties with 1/2: both paths a→d count (NetworkX's float `==` misses this).
    @Test func equalWeightedPathLengthsAreRecognised() {
        let exact = Network(
            name: "tie2", actors: ["a", "b", "c", "d"].map { Actor(id: $0) },
            ties: [
                Tie(from: "a", to: "b", weight: 3), Tie(from: "b", to: "d", weight: 6),
                Tie(from: "a", to: "d", weight: 2),
                Tie(from: "a", to: "c", weight: 1),
            ])
        let tied = CentralityAnalysis.analyze(exact, options: CentralityOptions(measures: [.betweenness], threads: 1))
        // Pairs through b: (a,d) has 2 shortest paths, one via b → 1/2; ordered pairs both ways → 1; normalised by
        // (n−1)(n−2) = 6 → 1/6. Also (c,d): c–a–d (1 + 1/2) ties c–a–b–d (1 + 1/3 + 1/6) → b gets 1/2 twice more.
        #expect(close(tied.value(.betweenness, 1)!, (1.0 + 1.0) / 6, relative: 1e-12))
    }

    @Test func eigenvectorThatDoesNotConvergeIsNullWithAWarning() {
        let chain = Network(
            name: "dag", directed: true, actors: ["a", "b", "c"].map { Actor(id: $0) },
            ties: [Tie(from: "a", to: "b"), Tie(from: "b", to: "c")])
        let report = CentralityAnalysis.analyze(chain, options: CentralityOptions(measures: [.eigenvector, .pagerank]))
        #expect(report.values[.eigenvector]! == [nil, nil, nil])
        #expect(report.warnings == [.eigenvectorDidNotConverge(iterations: 10000, directed: true)])
        #expect(report.values[.pagerank]!.compactMap { $0 }.reduce(0, +).isApproximately(1))
    }

    @Test func measuresOptionLimitsTheWork() throws {
        let network = try loadFixtureNetwork("centrality/karate.json")
        let report = CentralityAnalysis.analyze(network, options: CentralityOptions(measures: [.pagerank]))
        #expect(report.measures == [.pagerank])
        #expect(report.values[.betweenness] == nil)
        #expect(report.network("average_path_length") == nil)
        #expect(report.network("density") != nil)
    }

    @Test func sampledBetweennessIsSeededAndExactWhenAllSourcesAreTaken() throws {
        let network = try loadFixtureNetwork("centrality/lesmis.json")
        let exact = CentralityAnalysis.analyze(network, options: CentralityOptions(measures: [.betweenness]))
        let all = CentralityAnalysis.analyze(
            network, options: CentralityOptions(measures: [.betweenness], sample: 77, seed: 1))
        #expect(all.values[.betweenness]! == exact.values[.betweenness]!)
        let a = CentralityAnalysis.analyze(
            network, options: CentralityOptions(measures: [.betweenness], sample: 40, seed: 7))
        let b = CentralityAnalysis.analyze(
            network, options: CentralityOptions(measures: [.betweenness], sample: 40, seed: 7, threads: 1))
        let c = CentralityAnalysis.analyze(
            network, options: CentralityOptions(measures: [.betweenness], sample: 40, seed: 8))
        #expect(a.values[.betweenness]! == b.values[.betweenness]!)
        #expect(a.values[.betweenness]! != c.values[.betweenness]!)
        #expect(a.warnings == [.sampledPaths(sources: 40, actors: 77, seed: 7)])
        #expect(a.warnings.map(\.description) == ["path measures estimated from 40 of 77 sources (seed 7)"])
        // The estimator is unbiased: averaged over many seeds it approaches the exact values.
        var mean = [Double](repeating: 0, count: 77)
        for seed in 0..<200 {
            let r = CentralityAnalysis.analyze(
                network, options: CentralityOptions(measures: [.betweenness], sample: 40, seed: UInt64(seed)))
            for i in 0..<77 { mean[i] += r.value(.betweenness, i)! / 200 }
        }
        let exactValues = exact.values[.betweenness]!.map { $0! }
        let top = exactValues.indices.max { exactValues[$0] < exactValues[$1] }!
        #expect(abs(mean[top] - exactValues[top]) < 0.1 * exactValues[top])
    }

    @Test func sampleSourcesAreDistinctSortedAndSeeded() {
        let a = CentralityAnalysis.sampleSources(count: 100, k: 10, seed: 3)
        #expect(a.count == 10 && Set(a).count == 10 && a == a.sorted())
        #expect(a == CentralityAnalysis.sampleSources(count: 100, k: 10, seed: 3))
    }

    @Test func emptyAndTinyNetworks() {
        let empty = CentralityAnalysis.analyze(Network(name: "e"))
        #expect(empty.ids.isEmpty)
        let single = CentralityAnalysis.analyze(Network(name: "s", actors: [Actor(id: "a")]))
        #expect(single.value(.degreeCentrality, 0) == 1)
        #expect(single.value(.closeness, 0) == 0)
    }
}

extension Double {
    func isApproximately(_ other: Double) -> Bool { abs(self - other) < 1e-9 }
}
