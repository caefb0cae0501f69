import ActorNet
import Foundation

/// The seminar's five qualities of good multi-actor cooperation, each read from the network with two indicators
/// (`QualityIndicatorKind`). Every indicator is in [0, 1] — each is a share, a normalised centralization, or
/// (global efficiency) relative to an ideal network — higher = more of the quality; a value is only given when the
/// data holds what it needs. The formulas and why each is bounded: docs/measures/cooperation-quality.md.
public enum QualityProfile {
    /// Above this many actors, global efficiency is estimated from `sampledSources` seeded sources (Brandes & Pich
    /// 2007 sampling, as `analyze --sample`): exact all-pairs distances on 100k actors take many minutes.
    public static let exactEfficiencyLimit = 5_000
    public static let sampledSources = 1_000

    public static func indicators(
        _ network: Network,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        sampleEfficiencyAbove limit: Int = exactEfficiencyLimit,
        sampledSources sampleSize: Int = sampledSources,
        knownEfficiency: Double? = nil
    ) -> [QualityIndicator] {
        NetworkAnalysis(network, threads: threads).qualityProfile(
            sampleEfficiencyAbove: limit, sampledSources: sampleSize, knownEfficiency: knownEfficiency)
    }

    /// The indicators from the views and analyses of `analysis` (`NetworkAnalysis.qualityProfile`).
    static func indicators(
        _ analysis: NetworkAnalysis, sampleEfficiencyAbove limit: Int,
        sampledSources sampleSize: Int, knownEfficiency: Double?
    ) -> [QualityIndicator] {
        let inputs = ProfileInputs(
            analysis: analysis, limit: limit, sampleSize: sampleSize,
            knownEfficiency: knownEfficiency)
        return QualityIndicatorKind.allCases.map { kind in
            let (value, reading) = kind.measure(inputs) ?? (nil, .missing(kind))
            return QualityIndicator(kind: kind, value: value, reading: reading)
        }
    }
}

/// What the indicators read, each part computed when first needed.
final class ProfileInputs {
    let analysis: NetworkAnalysis
    let limit: Int
    let sampleSize: Int
    let knownEfficiency: Double?

    init(analysis: NetworkAnalysis, limit: Int, sampleSize: Int, knownEfficiency: Double?) {
        self.analysis = analysis
        self.limit = limit
        self.sampleSize = sampleSize
        self.knownEfficiency = knownEfficiency
    }

    var network: Network { analysis.network }
    var actorCount: Int { analysis.network.actors.count }
    var hasTies: Bool { analysis.weightedGraph.edgeCount > 0 }
    var degree: [Int] { analysis.degrees.degree }
    lazy var contributing = analysis.projects.filter { $0.contributors > 0 }
}

extension QualityIndicatorKind {
    /// The indicator's value and reading, or nil when the data cannot support it. One definition per indicator.
    func measure(_ inputs: ProfileInputs) -> (Double?, QualityReading)? {
        let analysis = inputs.analysis
        switch self {
        case .evenTies:
            guard inputs.actorCount >= 3 && inputs.hasTies else { return nil }
            let value = 1 - Centralization.degree(inputs.degree, directed: analysis.binaryGraph.isDirected)
            return (value, .measured(self, percent: Int((value * 100).rounded())))

        case .leadershipRotation:
            let led = inputs.network.projects.compactMap(\.lead)
            guard led.count >= 2 else { return nil }
            return (Double(Set(led).count - 1) / Double(led.count - 1), .measured(self))

        case .reciprocity:
            guard analysis.binaryGraph.isDirected else { return nil }
            return (analysis.binaryGraph.reciprocity, .measured(self))

        case .mutualNeedCoverage:
            let offers = inputs.network.actors.map { Set($0.offers.map(Capability.normalise)) }
            let needs = inputs.network.actors.map { Set($0.needs.map(Capability.normalise)) }
            let described = analysis.undirected.pairs.filter { a, b in
                !needs[a].isEmpty && !needs[b].isEmpty && !offers[a].isEmpty && !offers[b].isEmpty
            }
            guard !described.isEmpty else { return nil }
            let mutual = described.filter { a, b in
                !needs[a].isDisjoint(with: offers[b]) && !needs[b].isDisjoint(with: offers[a])
            }.count
            return (Double(mutual) / Double(described.count), .mutualNeeds(mutual: mutual, described: described.count))

        case .projectsLedLocally:
            let leadLevels = analysis.projects.compactMap(\.leadLevel).filter { $0 != .unspecified }
            guard !leadLevels.isEmpty else { return nil }
            let local = leadLevels.filter { $0 == .local || $0 == .regional }.count
            return (Double(local) / Double(leadLevels.count), .measured(self))

        case .localShareOfCentrality:
            let actors = inputs.network.actors, degree = inputs.degree
            let local = actors.indices.filter { [.local, .regional].contains(actors[$0].level) }
                .reduce(0) { $0 + degree[$1] }
            let international = actors.indices.filter { actors[$0].level == .international }
                .reduce(0) { $0 + degree[$1] }
            guard local + international > 0 else { return nil }
            return (Double(local) / Double(local + international), .measured(self))

        case .globalEfficiency:
            let n = inputs.actorCount
            guard n >= 2 && inputs.hasTies else { return nil }
            let sampled = n > inputs.limit && n > inputs.sampleSize
            let sources = sampled ? CentralityAnalysis.sampleSources(count: n, k: inputs.sampleSize, seed: 1) : nil
            // A caller that already ran the same searches (weighted graph; the same seeded sources when sampled,
            // as `ReportData` does with `CentralityAnalysis`) passes the value instead of searching again.
            // Relative to the ideal network (every pair tied as strongly as the strongest tie), so in [0, 1]: the
            // raw weighted efficiency is in [0, strongest weight] (1.32 on Les Misérables before this).
            let graph = analysis.weightedGraph
            let raw =
                inputs.knownEfficiency
                ?? graph.pathMeasures(
                    betweenness: false, sources: sources, threads: analysis.threads,
                    largestComponent: analysis.components.first ?? []
                ).globalEfficiency
            return (
                graph.relativeEfficiency(raw),
                .efficiency(estimatedFrom: sampled ? inputs.sampleSize : nil, of: n)
            )

        case .meanBurtEfficiency:
            guard inputs.actorCount >= 2 && inputs.hasTies else { return nil }
            let efficiencies = analysis.structuralHoles.efficiency.compactMap { $0 }
            let mean = efficiencies.reduce(0, +) / Double(max(1, efficiencies.count))
            return (efficiencies.isEmpty ? nil : mean, .measured(self))

        case .sharedContributions:
            let projects = inputs.contributing
            guard !projects.isEmpty else { return nil }
            return (Double(projects.filter { $0.contributors >= 2 }.count) / Double(projects.count), .measured(self))

        case .contributionDiversity:
            let projects = inputs.contributing
            guard !projects.isEmpty else { return nil }
            let shares = projects.reduce(0.0) { $0 + Double($1.contributionTypes.count) / 3 }
            return (shares / Double(projects.count), .measured(self))
        }
    }
}
