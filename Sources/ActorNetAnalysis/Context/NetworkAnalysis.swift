import ActorNet
import Foundation
import Synchronization

/// Every analysis of one network, made once per command: each graph view is built once and each analysis computed
/// at most once, when first asked, so that every part of a report reads the same numbers (one community
/// partition for the communities section, the partner reasons and the profile).
///
/// Views: `weightedGraph` (weights as given, weighted when some weight is not 1), `binaryGraph` (every weight 1;
/// the weighted graph itself when no weight differs from 1) and `undirected` (direction ignored, mutual weights,
/// from the weighted graph). A loaded network's tie ends, resolved by validation, are used without looking an id
/// up again. Safe to share between threads: every stored value is behind a lock.
public final class NetworkAnalysis: Sendable {
    public let network: Network
    /// Threads for the parallel measures (shortest paths, partner scoring).
    public let threads: Int
    private let endpoints: TieEndpoints?

    public init(_ loaded: LoadedNetwork, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        network = loaded.network
        endpoints = loaded.endpoints
        self.threads = max(1, threads)
    }

    /// For a network built or changed in code (tie ends are looked up by id).
    public init(_ network: Network, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.network = network
        endpoints = nil
        self.threads = max(1, threads)
    }

    // MARK: Work done, for tests

    /// How often each expensive step ran: each is at most 1 per context.
    public struct Statistics: Sendable, Equatable {
        public var weightedGraphBuilds = 0
        public var binaryGraphBuilds = 0
        public var undirectedViewBuilds = 0
        public var componentRuns = 0
        public var louvainRuns = 0

        public init() {}
    }

    public var statistics: Statistics { counters.withLock { $0 } }
    private let counters = Mutex(Statistics())
    private func count(_ step: WritableKeyPath<Statistics, Int>) { counters.withLock { $0[keyPath: step] += 1 } }

    // MARK: Graph views

    private let weightedMemo = Memo<CompactGraph>()
    private let binaryMemo = Memo<CompactGraph>()
    private let undirectedMemo = Memo<UndirectedView>()

    /// The graph with the ties' weights (weighted when some weight is not 1).
    public var weightedGraph: CompactGraph {
        weightedMemo.value {
            count(\.weightedGraphBuilds)
            return build(weighted: nil)
        }
    }

    /// The graph with every weight 1, for the measures that count ties (brokerage, mixing, degree).
    public var binaryGraph: CompactGraph {
        binaryMemo.value {
            let weighted = weightedGraph
            if !weighted.isWeighted { return weighted }  // then every weight already is 1
            count(\.binaryGraphBuilds)
            return build(weighted: false)
        }
    }

    /// Direction ignored, mutual weights (a_uv + a_vu) of the weighted graph.
    public var undirected: UndirectedView {
        undirectedMemo.value {
            count(\.undirectedViewBuilds)
            return UndirectedView(weightedGraph)
        }
    }

    /// The graph as `analyze --weighted` asks for it: nil as given, false every weight 1, true weights used.
    public func graph(weighted: Bool?) -> CompactGraph {
        switch weighted {
        case nil: return weightedGraph
        case false?: return binaryGraph
        case true?: return weightedGraph.isWeighted ? weightedGraph : forcedWeightedMemo.value { build(weighted: true) }
        }
    }

    private let forcedWeightedMemo = Memo<CompactGraph>()

    private func build(weighted: Bool?) -> CompactGraph {
        guard let endpoints else { return CompactGraph(network, weighted: weighted) }
        return CompactGraph(network, endpoints: endpoints, weighted: weighted)
    }

    // MARK: Analyses

    private let componentsMemo = Memo<[[Int32]]>()
    private let degreesMemo = Memo<DegreeMeasures>()
    private let summaryMemo = Memo<NetworkSummary>()
    private let dataQualityMemo = Memo<DataQuality>()
    private let centralityMemo = KeyedMemo<CentralityOptions, CentralityReport>()
    private let brokerageMemo = KeyedMemo<Grouping, BrokerageRoles>()
    private let holesMemo = Memo<StructuralHoles>()
    private let mixingMemo = KeyedMemo<Grouping, MixingResult>()
    private let communitiesMemo = KeyedMemo<CommunityRequest, CommunityResult>()
    private let projectsMemo = Memo<[ProjectAssessment]>()
    private let profileMemo = KeyedMemo<ProfileRequest, [QualityIndicator]>()
    private let partnersMemo = KeyedMemo<PartnerRequest, [PartnerSuggestion]>()
    private let sizesMemo = KeyedMemo<ActorMeasure, [Double?]>()

    /// Weakly connected components, largest first (the same for every view: they share the ties).
    public var components: [[Int32]] {
        componentsMemo.value {
            count(\.componentRuns)
            return weightedGraph.components()
        }
    }

    /// Degree, in/out-degree, strength (of the weighted graph) and degree centrality.
    public var degrees: DegreeMeasures { degreesMemo.value { weightedGraph.degreeMeasures() } }

    public var summary: NetworkSummary {
        summaryMemo.value { NetworkSummary(network, density: weightedGraph.density, components: components.count) }
    }

    /// Unspecified actors, isolates and the import's records (see `DataQuality`).
    public var dataQuality: DataQuality { dataQualityMemo.value { DataQuality(network) } }

    /// Centrality measures of the weighted graph (or the view `options.weighted` names). `progress` hears the
    /// phases of the one computation; a memoised answer reports nothing.
    public func centrality(
        _ options: CentralityOptions = CentralityOptions(),
        progress: (@Sendable (String, Double) -> Void)? = nil
    ) -> CentralityReport {
        centralityMemo.value(options) {
            CentralityAnalysis.analyze(
                graph(weighted: options.weighted), options: options, components: components,
                progress: progress)
        }
    }

    /// Gould–Fernandez brokerage roles of the binary graph, groups by `grouping`.
    public func brokerage(by grouping: Grouping) -> BrokerageRoles {
        brokerageMemo.value(grouping) { binaryGraph.brokerage(groups: grouping.groups(of: network).membership) }
    }

    /// What `brokers` shows: the roles by `grouping` with the structural holes, per actor id.
    public func brokers(by grouping: Grouping) -> BrokersResult {
        BrokersResult(
            by: grouping, ids: network.actors.map(\.id), roles: brokerage(by: grouping),
            holes: structuralHoles)
    }

    /// What `mixing` shows: the mixing by `grouping`, per actor id.
    public func groupMixing(by grouping: Grouping) -> GroupMixing {
        GroupMixing(by: grouping, ids: network.actors.map(\.id), mixing: mixing(by: grouping))
    }

    /// Burt's structural holes over the undirected view's mutual weights.
    public var structuralHoles: StructuralHoles { holesMemo.value { undirected.structuralHoles() } }

    /// Group mixing of the binary graph, groups by `grouping`.
    public func mixing(by grouping: Grouping) -> MixingResult {
        mixingMemo.value(grouping) {
            let groups = grouping.groups(of: network)
            return binaryGraph.mixing(groups: groups.membership, names: groups.names)
        }
    }

    /// The run's community partition: Louvain (seed 1, resolution 1) on the undirected view with the ties'
    /// weights. The communities section, the partner reason "would bridge two communities" and the profile all
    /// read this one partition.
    public var communities: CommunityResult { communities(seed: 1, resolution: 1) }

    /// Louvain with another seed or resolution (`communities --seed --resolution`), on the same view.
    public func communities(seed: UInt64, resolution: Double) -> CommunityResult {
        communitiesMemo.value(CommunityRequest(seed: seed, resolution: resolution)) {
            count(\.louvainRuns)
            return undirected.louvain(seed: seed, resolution: resolution, weightScale: weightedGraph.weightScale)
        }
    }

    /// Each project against the seminar's definition of multi-actor cooperation.
    public var projects: [ProjectAssessment] { projectsMemo.value { ProjectAssessor.assess(network) } }

    /// The cooperation-quality profile (see `QualityProfile`); `knownEfficiency` as there.
    public func qualityProfile(
        sampleEfficiencyAbove limit: Int = QualityProfile.exactEfficiencyLimit,
        sampledSources: Int = QualityProfile.sampledSources,
        knownEfficiency: Double? = nil
    ) -> [QualityIndicator] {
        let request = ProfileRequest(limit: limit, sampledSources: sampledSources, knownEfficiency: knownEfficiency)
        return profileMemo.value(request) {
            QualityProfile.indicators(
                self, sampleEfficiencyAbove: limit, sampledSources: sampledSources,
                knownEfficiency: knownEfficiency)
        }
    }

    /// Partner suggestions (see `PartnerRecommendation.suggest`).
    public func partners(
        for focus: String? = nil, includeExisting: Bool = false,
        weights: PartnerWeights = PartnerWeights(), limit: Int? = nil, collation: Language = .en
    ) -> [PartnerSuggestion] {
        let request = PartnerRequest(
            focus: focus, includeExisting: includeExisting, weights: weights, limit: limit, collation: collation)
        return partnersMemo.value(request) { PartnerRecommendation.suggest(self, request) }
    }

    /// Actors offering `need` (see `PartnerRecommendation.providers`).
    public func providers(
        need: String, for focus: String? = nil,
        weights: PartnerWeights = PartnerWeights(), collation: Language = .en
    ) -> [ProviderSuggestion] {
        PartnerRecommendation.providers(self, need: need, for: focus, weights: weights, collation: collation)
    }

    /// Node sizes of the whole-network diagram: `measure` per actor, on the weighted graph.
    public func diagramSizes(_ measure: ActorMeasure) -> [Double?] {
        sizesMemo.value(measure) {
            let report = centrality(CentralityOptions(measures: [measure]))
            return network.actors.indices.map { report.value(measure, $0) }
        }
    }
}

struct CommunityRequest: Hashable, Sendable {
    var seed: UInt64
    var resolution: Double
}

struct ProfileRequest: Hashable, Sendable {
    var limit: Int
    var sampledSources: Int
    var knownEfficiency: Double?
}

struct PartnerRequest: Hashable, Sendable {
    var focus: String?
    var includeExisting: Bool
    var weights: PartnerWeights
    var limit: Int?
    /// The language whose collation orders names at the end of the ranking.
    var collation: Language
}
