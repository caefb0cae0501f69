import ActorNet
import Foundation
import Testing

@testable import ActorNetAnalysis

/// Measures that are scale-free by definition give the same values when every weight is multiplied by c
/// (issue 12 item 14), on real networks: the NetworkX fixtures, the example networks and the Somalia
/// organisation network (Fixtures/real/somalia.json, from IATI + OCHA 3W data; see scripts/make_somalia_fixture.py).
@Suite struct ScaleInvarianceTests {
    static let networks = [
        "centrality/lesmis.json", "centrality/karate.json", "centrality/davis.json", "centrality/florentine.json",
        "centrality/disconnected.json", "centrality/directed.json", "real/somalia.json",
        "example:argentina", "example:chile", "example:colombia", "example:mexico", "example:peru",
    ]
    /// From the smallest to the largest factor the issue asks for; every scaled weight stays inside `WeightRange`.
    static let factors: [Double] = [1e-12, 1e-6, 1e-3, 1e3, 1e6, 1e150]

    static func load(_ name: String) throws -> Network {
        if name.hasPrefix("example:") { return try NetworkFile.load(examplePath(String(name.dropFirst(8)))).network }
        return try loadFixtureNetwork(name)
    }

    static func scaled(_ network: Network, by factor: Double) -> Network {
        var copy = network
        for i in copy.ties.indices { copy.ties[i].weight *= factor }
        return copy
    }

    /// Every value equal within 1e-9 relative (entries of exactly zero must stay zero).
    static func expectEqual(
        _ actual: [Double?], _ expected: [Double?], _ what: String, factor: Double = 1,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        #expect(actual.count == expected.count, "\(what)", sourceLocation: sourceLocation)
        var mismatches: [String] = []
        for (i, (a, b)) in zip(actual, expected).enumerated() {
            guard let a, let b else {
                if (a == nil) != (b == nil) {
                    mismatches.append("#\(i): \(String(describing: a)) vs \(String(describing: b))")
                }
                continue
            }
            let target = b * factor
            if !(a.isFinite && abs(a - target) <= 1e-9 * max(abs(a), abs(target))) {
                mismatches.append("#\(i): \(a) vs \(target)")
            }
        }
        #expect(
            mismatches.isEmpty, "\(what): \(mismatches.prefix(5).joined(separator: "; "))",
            sourceLocation: sourceLocation)
    }

    @Test(arguments: networks)
    func scaleFreeMeasuresDoNotDependOnTheWeightsUnit(name: String) throws {
        let network = try Self.load(name)
        let base = CompactGraph(network, weighted: true)
        let options = CentralityOptions(weighted: true, threads: 1)
        let reference = CentralityAnalysis.analyze(base, options: options)
        #expect(reference.warnings.isEmpty, "\(name): \(reference.warnings)")
        let holes = base.structuralHoles()
        let communities = base.louvain(seed: 1)
        let sectors = network.actors.map { Sector.allCases.firstIndex(of: $0.sector)! }
        let levels = network.actors.map { Level.allCases.firstIndex(of: $0.level)! }
        let mixing = base.mixing(groups: levels, names: Level.allCases.map(\.rawValue))
        for factor in Self.factors {
            let graph = CompactGraph(Self.scaled(network, by: factor), weighted: true)
            let what = "\(name) × \(factor)"
            let report = CentralityAnalysis.analyze(graph, options: options)
            #expect(report.warnings.isEmpty, "\(what): \(report.warnings)")
            // Scale-free: equal values.
            for measure in [ActorMeasure.eigenvector, .pagerank, .betweenness, .degreeCentrality] {
                Self.expectEqual(report.values[measure]!, reference.values[measure]!, "\(what) \(measure)")
            }
            let scaledHoles = graph.structuralHoles()
            Self.expectEqual(scaledHoles.constraint, holes.constraint, "\(what) constraint")
            Self.expectEqual(scaledHoles.effectiveSize, holes.effectiveSize, "\(what) effective size")
            Self.expectEqual(scaledHoles.efficiency, holes.efficiency, "\(what) efficiency")
            let partition = graph.louvain(seed: 1)
            #expect(partition.membership == communities.membership, "\(what) Louvain partition")
            Self.expectEqual([partition.modularity], [communities.modularity], "\(what) Louvain modularity")
            Self.expectEqual([graph.modularity(sectors)], [base.modularity(sectors)], "\(what) modularity by sector")
            Self.expectEqual(
                [graph.modularity(sectors, resolution: 1.5)], [base.modularity(sectors, resolution: 1.5)],
                "\(what) modularity by sector, resolution 1.5")
            let scaledMixing = graph.mixing(groups: levels, names: Level.allCases.map(\.rawValue))
            Self.expectEqual(
                [scaledMixing.eiIndex, scaledMixing.assortativity], [mixing.eiIndex, mixing.assortativity],
                "\(what) E-I and assortativity")
            Self.expectEqual(scaledMixing.actorEI, mixing.actorEI, "\(what) actor E-I")
            // Scale-covariant, as their definitions say: strength × c, closeness and harmonic (1/length) × c,
            // path lengths / c; counts and the other network measures (closeness centralization is measured in
            // units of the strongest tie) unchanged.
            Self.expectEqual(
                report.values[.strength]!, reference.values[.strength]!, "\(what) strength",
                factor: factor)
            Self.expectEqual(
                report.values[.closeness]!, reference.values[.closeness]!, "\(what) closeness",
                factor: factor)
            Self.expectEqual(
                report.values[.harmonic]!, reference.values[.harmonic]!, "\(what) harmonic",
                factor: factor)
            let covariant: [String: Double] = [
                "average_path_length": 1 / factor, "diameter": 1 / factor,
                "global_efficiency": factor,
            ]
            for (key, value) in reference.network {
                Self.expectEqual([report.network(key)], [value], "\(what) \(key)", factor: covariant[key] ?? 1)
            }
        }
    }

    /// The reproduction: two triangles joined by a bridge, every weight w. Eigenvector was null with a
    /// warning for w from 1e-4 to 1e-11, 1/√6 for every actor at w ≤ 1e-12 and 0 at w ≥ 1e154; Louvain gave six
    /// singletons at w ≤ 1e-12 or w ≥ 1e154. Now every w in the accepted range gives the values of w = 1.
    @Test func twoTrianglesJoinedByABridgeAtEveryWeight() throws {
        let ids = ["a", "b", "c", "x", "y", "z"]
        let pairs = [("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")]
        func graph(_ w: Double) -> CompactGraph {
            CompactGraph(
                Network(
                    name: "t", actors: ids.map { Actor(id: $0) },
                    ties: pairs.map { Tie(from: $0.0, to: $0.1, weight: w) }), weighted: true)
        }
        // Principal eigenvector of the unit-weight graph, by symmetry (a = b = y = z = α, c = x = β):
        // λα = α + β and λβ = 2α + β give λ = 1 + √2 and β = √2 · α.
        let ratio = 2.0.squareRoot()
        let norm = (4 + 2 * ratio * ratio).squareRoot()
        let expected: [Double?] = [1, 1, ratio, ratio, 1, 1].map { $0 / norm }
        var weights: [Double] = [WeightRange.smallest, 1e-200, 1e-154, 1e-100]
        weights += stride(from: -14, through: 0, by: 1).map { pow(10, Double($0)) }
        weights += [3, 1e10, 1e100, 1e154, 1e155, 1e200, WeightRange.largest]
        for w in weights {
            let result = graph(w).eigenvector()
            let values = try #require(result.values, "eigenvector at w = \(w)")
            Self.expectEqual(values, expected, "eigenvector at w = \(w)")
            let communities = graph(w).louvain(seed: 1)
            #expect(communities.communities == [[0, 1, 2], [3, 4, 5]], "Louvain at w = \(w)")
            #expect(abs(communities.modularity - 5.0 / 14) < 1e-12, "modularity at w = \(w)")
        }
    }

    /// On an undirected network the warning said "common on acyclic or periodic directed networks". The shifted
    /// iteration always converges there in theory; it runs out of iterations when the two largest eigenvalues nearly
    /// coincide: here a triangle and a 4-cycle (both with eigenvalue 2) joined by a tie of 1e-9.
    @Test func undirectedNonConvergenceSaysWhatItMeans() {
        let pairs = [("a", "b"), ("b", "c"), ("a", "c"), ("p", "q"), ("q", "r"), ("r", "s"), ("s", "p")]
        let ties = pairs.map { Tie(from: $0.0, to: $0.1) } + [Tie(from: "c", to: "p", weight: 1e-9)]
        let network = Network(
            name: "near", actors: ["a", "b", "c", "p", "q", "r", "s"].map { Actor(id: $0) },
            ties: ties)
        let report = CentralityAnalysis.analyze(network, options: CentralityOptions(measures: [.eigenvector]))
        #expect(report.values[.eigenvector]! == [Double?](repeating: nil, count: 7))
        #expect(report.warnings == [.eigenvectorDidNotConverge(iterations: 10000, directed: false)])
        #expect(
            report.warnings.map(\.description) == [
                "eigenvector centrality did not converge in 10000 iterations (the two largest "
                    + "eigenvalues are nearly equal, as when parts of similar strength are joined only by very weak "
                    + "ties, so "
                    + "the scores are barely determined); reported as null — use pagerank instead"
            ])
        let directed = Network(
            name: "dag", directed: true, actors: ["a", "b", "c"].map { Actor(id: $0) },
            ties: [Tie(from: "a", to: "b"), Tie(from: "b", to: "c")])
        let chain = CentralityAnalysis.analyze(directed, options: CentralityOptions(measures: [.eigenvector]))
        #expect(chain.warnings == [.eigenvectorDidNotConverge(iterations: 10000, directed: true)])
        #expect(
            chain.warnings.map(\.description) == [
                "eigenvector centrality did not converge in 10000 iterations (common on acyclic "
                    + "or periodic directed networks); reported as null — use pagerank instead"
            ])
    }

    /// les_miserables with weights × 1e-12 gave 24 communities (Q 0.548 instead of 0.565): every gain fell below the
    /// absolute move threshold.
    @Test func lesMiserablesTimesOneTrillionthKeepsItsCommunities() throws {
        let network = try loadFixtureNetwork("centrality/lesmis.json")
        let base = CompactGraph(network).louvain(seed: 1)
        let small = CompactGraph(Self.scaled(network, by: 1e-12)).louvain(seed: 1)
        #expect(small.membership == base.membership)
        #expect(base.communities.count < 10)
        #expect(abs(small.modularity - base.modularity) <= 1e-12)
    }
}
