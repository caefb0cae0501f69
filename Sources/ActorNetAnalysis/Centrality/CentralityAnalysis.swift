import ActorNet
import Foundation

/// A per-actor measure, named by its JSON/CSV key.
public enum ActorMeasure: String, CaseIterable, Sendable, Hashable {
    case degree
    case inDegree = "in_degree"
    case outDegree = "out_degree"
    case strength
    case degreeCentrality = "degree_centrality"
    case betweenness, closeness, harmonic, eigenvector, pagerank

    /// Counts print as whole numbers.
    public var isCount: Bool { self == .degree || self == .inDegree || self == .outDegree }
    var needsPaths: Bool { self == .betweenness || self == .closeness || self == .harmonic }
}

/// Options of `actornet analyze`.
public struct CentralityOptions: Sendable, Hashable {
    /// nil: weighted when some tie weight is not 1.
    public var weighted: Bool?
    /// nil: every measure.
    public var measures: Set<ActorMeasure>?
    /// Approximate the path measures from this many random sources (betweenness too, unless `epsilon` is set).
    public var sample: Int?
    /// Estimate betweenness by KADABRA within `epsilon` of the exact values with probability ≥ 1 − `delta`.
    public var epsilon: Double?
    public var delta: Double
    public var seed: UInt64
    public var threads: Int

    /// Above this many actors `analyze` (without `--exact`) and `report` estimate the path measures.
    public static let exactPathsLimit = 5_000
    /// The estimate used above `exactPathsLimit`: betweenness within ε = 0.01 with probability ≥ 0.9 (KADABRA),
    /// closeness, harmonic and the path statistics from 1000 sources.
    public static let defaultEpsilon = 0.01
    public static let defaultDelta = 0.1
    public static let defaultSampledSources = 1_000

    public init(
        weighted: Bool? = nil, measures: Set<ActorMeasure>? = nil, sample: Int? = nil, epsilon: Double? = nil,
        delta: Double = defaultDelta, seed: UInt64 = 42, threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.weighted = weighted
        self.measures = measures
        self.sample = sample
        self.epsilon = epsilon
        self.delta = delta
        self.seed = seed
        self.threads = max(1, threads)
    }

    /// These options with the estimates of a network above `exactPathsLimit` actors filled in where not given.
    public func estimating(actors: Int, above limit: Int = exactPathsLimit) -> CentralityOptions {
        guard actors > limit else { return self }
        var copy = self
        copy.epsilon = epsilon ?? Self.defaultEpsilon
        copy.sample = sample ?? Self.defaultSampledSources
        return copy
    }
}

/// What `analyze` computes: per-actor columns and ordered network measures.
public struct CentralityReport: Sendable {
    public var directed: Bool
    public var weighted: Bool
    public var ids: [String]
    /// Column order for output.
    public var measures: [ActorMeasure]
    /// Values by measure, one per actor; nil entries when the measure is undefined (eigenvector not converged).
    public var values: [ActorMeasure: [Double?]]
    /// Network measures in output order.
    public var network: [(key: String, value: Double)]
    public var warnings: [CentralityWarning]
    /// How betweenness was estimated, when it was (`values` left empty: they are in `values[.betweenness]`).
    public var betweennessEstimate: BetweennessEstimate?

    public func value(_ measure: ActorMeasure, _ actor: Int) -> Double? { values[measure]?[actor] ?? nil }

    public func network(_ key: String) -> Double? { network.first { $0.key == key }?.value }
}

public enum CentralityAnalysis {
    /// Computes the requested measures on `network` (all when `options.measures` is nil).
    public static func analyze(
        _ network: Network, options: CentralityOptions = CentralityOptions(),
        progress: (@Sendable (String, Double) -> Void)? = nil
    ) -> CentralityReport {
        let graph = CompactGraph(network, weighted: options.weighted)
        return analyze(graph, options: options, progress: progress)
    }

    /// - Parameter components: the graph's components when already known (`NetworkAnalysis.components`).
    public static func analyze(
        _ graph: CompactGraph, options: CentralityOptions, components known: [[Int32]]? = nil,
        progress: (@Sendable (String, Double) -> Void)? = nil
    ) -> CentralityReport {
        let wanted = options.measures ?? Set(ActorMeasure.allCases)
        var measures = ActorMeasure.allCases.filter { wanted.contains($0) }
        if !graph.isDirected { measures.removeAll { $0 == .inDegree || $0 == .outDegree } }
        var report = CentralityReport(
            directed: graph.isDirected, weighted: graph.isWeighted, ids: graph.ids,
            measures: measures, values: [:], network: [], warnings: [])
        let n = graph.count

        let degrees = graph.degreeMeasures()
        report.values[.degree] = degrees.degree.map { Double($0) }
        report.values[.inDegree] = degrees.inDegree.map { Double($0) }
        report.values[.outDegree] = degrees.outDegree.map { Double($0) }
        report.values[.strength] = degrees.strength
        report.values[.degreeCentrality] = degrees.degreeCentrality

        let components = known ?? graph.components()
        report.network = [
            ("actors", Double(n)), ("ties", Double(graph.edgeCount)), ("density", graph.density),
            ("components", Double(components.count)), ("largest_component", Double(components.first?.count ?? 0)),
        ]
        if graph.isDirected { report.network.append(("reciprocity", graph.reciprocity)) }
        report.network.append(
            ("degree_centralization", Centralization.degree(degrees.degree, directed: graph.isDirected)))

        let estimated = options.epsilon != nil && measures.contains(.betweenness)
        if estimated, let epsilon = options.epsilon {
            var sampleProgress: (@Sendable (Double) -> Void)?
            if let progress { sampleProgress = { fraction in progress("sampled paths", fraction) } }
            var estimate = graph.approximateBetweenness(
                epsilon: epsilon, delta: options.delta, seed: options.seed, threads: options.threads,
                components: components, progress: sampleProgress)
            report.values[.betweenness] = estimate.values
            report.network.append(("betweenness_centralization", Centralization.betweenness(estimate.values)))
            estimate.values = []
            report.betweennessEstimate = estimate
            report.warnings.append(
                .estimatedBetweenness(
                    epsilon: epsilon, delta: options.delta, samples: estimate.samples, seed: options.seed))
        }
        // With betweenness estimated and neither closeness nor harmonic asked for, no source search is needed.
        if measures.contains(where: { $0.needsPaths && !(estimated && $0 == .betweenness) }) {
            var sources: [Int32]?
            if let k = options.sample, k < n {
                sources = sampleSources(count: n, k: max(1, k), seed: options.seed)
                report.warnings.append(.sampledPaths(sources: sources!.count, actors: n, seed: options.seed))
            }
            var pathProgress: (@Sendable (Double) -> Void)?
            if let progress { pathProgress = { fraction in progress("shortest paths", fraction) } }
            let paths = graph.pathMeasures(
                betweenness: measures.contains(.betweenness) && !estimated, sources: sources,
                threads: options.threads, largestComponent: components.first ?? [],
                progress: pathProgress)
            if let betweenness = paths.betweenness {
                report.values[.betweenness] = betweenness
                report.network.append(("betweenness_centralization", Centralization.betweenness(betweenness)))
            }
            report.values[.closeness] = paths.closeness
            report.values[.harmonic] = paths.harmonic
            report.network.append(
                (
                    "closeness_centralization",
                    Centralization.closeness(
                        paths.closeness, directed: graph.isDirected, strongestTie: graph.strongestTie)
                ))
            report.network += [
                ("average_path_length", paths.averagePathLength), ("diameter", paths.diameter),
                ("global_efficiency", paths.globalEfficiency),
            ]
        }
        if measures.contains(.eigenvector) {
            let result = graph.eigenvector(threads: options.threads)
            if let values = result.values {
                report.values[.eigenvector] = values
            } else {
                report.values[.eigenvector] = [Double?](repeating: nil, count: n)
                report.warnings.append(
                    .eigenvectorDidNotConverge(
                        iterations: result.iterations,
                        directed: graph.isDirected))
            }
        }
        if measures.contains(.pagerank) {
            let result = graph.pagerank(threads: options.threads)
            report.values[.pagerank] = result.values ?? [Double?](repeating: nil, count: n)
            if result.values == nil { report.warnings.append(.pagerankDidNotConverge(iterations: result.iterations)) }
        }
        return report
    }

    /// k distinct vertices chosen uniformly by a partial Fisher–Yates shuffle driven by SplitMix64(seed), sorted.
    static func sampleSources(count: Int, k: Int, seed: UInt64) -> [Int32] {
        var generator = SplitMix64(seed: seed)
        var pool = (0..<Int32(count)).map { $0 }
        for i in 0..<min(k, count) {
            let j = i + Int(generator.next() % UInt64(count - i))
            pool.swapAt(i, j)
        }
        return pool.prefix(k).sorted()
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): tiny, seedable, identical on every platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
