import ActorNet
import ActorNetAnalysis
import ActorNetRender
import Foundation

/// Everything a report shows, read from one `NetworkAnalysis` (each view and measure computed once for the whole
/// report, diagrams included) and rendered as HTML or Markdown.
public struct ReportData: Sendable {
    public var network: Network
    public var language: Language
    public var generated: Date
    public var top: Int
    public var summary: NetworkSummary
    public var centrality: CentralityReport
    public var brokerage: BrokerageRoles
    public var holes: StructuralHoles
    public var mixingBySector: MixingResult
    public var mixingByLevel: MixingResult
    public var communities: CommunityResult
    public var partners: [PartnerSuggestion]
    public var projects: [ProjectAssessment]
    public var profile: [QualityIndicator]
    /// Unspecified actors, isolates and the import's records: a section when `hasFindings`.
    public var dataQuality: DataQuality
    /// The figures: the whole network (the main diagram), the sector × level view, ego views of the top brokers.
    public var diagrams: [ReportFigure]
    public var notes: [String]
    /// One message for each diagram that could not be drawn (also among `notes`): shown where the diagram would
    /// be, and warned about by the CLI, so a diagram is never missing without a word.
    public var diagramsLeftOut: [String] = []
    /// Ties active, formed and ended over time, and persistence: a section when some tie is dated.
    public var timeline: Timeline?
    /// The window the network was restricted to (`--at`, `--from`/`--to`), said under the title.
    public var window: TimeWindowSummary?

    /// Above this many actors, betweenness is estimated by KADABRA (ε = 0.01, δ = 0.1) and closeness from
    /// `sampledSources` seeded sources (as `analyze` does above the same size), and the report says so.
    public static let exactPathsLimit = CentralityOptions.exactPathsLimit
    public static let sampledSources = CentralityOptions.defaultSampledSources

    /// - Parameters:
    ///   - exactPathsAbove, sampledSources, maxDiagramActors: the size limits (defaults: `exactPathsLimit`,
    ///     `sampledSources`, `DiagramOptions.maximumActors`); parameters so tests can reach them with small networks.
    public static func build(
        _ network: Network, language: Language, top: Int = 10, generated: Date = Date(),
        exactPathsAbove: Int = exactPathsLimit, sampledSources: Int = sampledSources,
        maxDiagramActors: Int = DiagramOptions().maximumActors
    ) -> ReportData {
        build(
            NetworkAnalysis(network), language: language, top: top, generated: generated,
            exactPathsAbove: exactPathsAbove, sampledSources: sampledSources, maxDiagramActors: maxDiagramActors)
    }

    /// Every section read from `analysis`, so each graph view and measure is computed once for the whole report.
    public static func build(
        _ analysis: NetworkAnalysis, language: Language, top: Int = 10, generated: Date = Date(),
        exactPathsAbove: Int = exactPathsLimit, sampledSources: Int = sampledSources,
        maxDiagramActors: Int = DiagramOptions().maximumActors, window: TimeWindowSummary? = nil
    ) -> ReportData {
        let network = analysis.network
        let w = language
        var notes: [String] = []
        var options = CentralityOptions()
        if network.actors.count > exactPathsAbove && network.actors.count > sampledSources {
            options.sample = sampledSources
            options.seed = 1
            options = options.estimating(actors: network.actors.count, above: exactPathsAbove)
        }
        let centrality = analysis.centrality(options)
        if let estimate = centrality.betweennessEstimate {
            let bound = BetweennessEstimate.bound(epsilon: estimate.epsilon, delta: estimate.delta, w)
            notes.append(
                w.text(
                    .reportEstimatedNote,
                    [
                        "actors": network.actors.count, "samples": estimate.samples, "epsilon": bound.epsilon,
                        "confidence": bound.confidence, "sources": sampledSources,
                    ]))
        }
        var data = ReportData(
            network: network, language: language, generated: generated, top: top, summary: analysis.summary,
            centrality: centrality, brokerage: analysis.brokerage(by: .sector), holes: analysis.structuralHoles,
            mixingBySector: analysis.mixing(by: .sector), mixingByLevel: analysis.mixing(by: .level),
            communities: analysis.communities,
            partners: analysis.partners(limit: top, collation: language),
            projects: analysis.projects,
            profile: analysis.qualityProfile(
                sampleEfficiencyAbove: exactPathsAbove,
                sampledSources: sampledSources,
                knownEfficiency: centrality.network("global_efficiency")),
            dataQuality: analysis.dataQuality, diagrams: [],
            notes: notes)
        let (diagrams, diagramNotes) = data.renderFigures(analysis, maxActors: maxDiagramActors)
        data.diagrams = diagrams
        data.notes += diagramNotes
        data.diagramsLeftOut = diagramNotes
        data.timeline = timeline(of: network, within: window?.window)
        data.window = window
        if let window { data.notes.insert(window.heading(language), at: 0) }
        return data
    }
}

/// Numbers for readers, with the language's decimal separator (comma in Spanish and Portuguese, point in English).
func formatted(_ value: Double?, digits: Int = 3, language: Language) -> String {
    guard let value, value.isFinite else { return "—" }
    let text = String(format: "%.\(digits)f", value)
    let separator = language.text(.numberDecimalSeparator)
    return separator == "." ? text : text.replacingOccurrences(of: ".", with: separator)
}

extension ReportData {
    /// The Gould–Fernandez roles in the brokers table's column order (`BrokerageRoles.counts`).
    static let roleKeys: [CatalogueKey] = [
        .reportRoleCoordinator, .reportRoleItinerant, .reportRoleRepresentative, .reportRoleGatekeeper,
        .reportRoleLiaison,
    ]

    /// The methods section, one item each.
    static let methodKeys: [CatalogueKey] = [
        .reportMethodWeights, .reportMethodDegree, .reportMethodCloseness, .reportMethodBrokerage,
        .reportMethodMixing, .reportMethodCommunities, .reportMethodPartners, .reportMethodQuality,
    ]

    /// Every section heading, in page order (the timeline's only when some tie is dated).
    static let headingKeys: [CatalogueKey] = [
        .reportTitle, .reportComposition, .qualityHeading, .reportDiagrams, .reportKeyActors, .reportBrokers,
        .reportMixing, .reportCommunities, .reportPartners, .reportProjectsHeading, .reportTimelineHeading,
        .reportQuality, .reportMethods,
    ]

    /// The projects against the seminar's definition, counted.
    public var projectSummary: ProjectSummary { ProjectSummary(projects) }

    /// The largest degree an actor can have here: n − 1, twice that in a directed network (in + out).
    var largestDegree: Int { max(0, network.actors.count - 1) * (centrality.directed ? 2 : 1) }

    /// "20 actores · 27 lazos · 5 proyectos".
    var countsLine: String {
        [
            language.count(.countActors, summary.actors), language.count(.countTies, summary.ties),
            language.count(.countProjects, summary.projects),
        ].joined(separator: " · ")
    }
}
