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
    /// Diagrams as SVG text: the whole network, the sector × level view, and ego views of the top brokers.
    public var diagrams: [(title: String, file: String, svg: String)]
    public var notes: [String]
    /// One message for each diagram that could not be drawn (also among `notes`): shown where the diagram would
    /// be, and warned about by the CLI, so a diagram is never missing without a word.
    public var diagramsLeftOut: [String] = []

    /// Above this many actors, betweenness and closeness are estimated from `sampledSources` seeded sources
    /// (as `analyze --sample`), and the report says so.
    public static let exactPathsLimit = 5_000
    public static let sampledSources = 1_000

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
        maxDiagramActors: Int = DiagramOptions().maximumActors
    ) -> ReportData {
        let network = analysis.network
        let w = language
        var notes: [String] = []
        var options = CentralityOptions()
        if network.actors.count > exactPathsAbove && network.actors.count > sampledSources {
            options.sample = sampledSources
            options.seed = 1
            notes.append(w.text(.reportSampledNote, ["sources": sampledSources, "actors": network.actors.count]))
        }
        let centrality = analysis.centrality(options)
        var data = ReportData(
            network: network, language: language, generated: generated, top: top, summary: analysis.summary,
            centrality: centrality, brokerage: analysis.brokerage(by: .sector), holes: analysis.structuralHoles,
            mixingBySector: analysis.mixing(by: .sector), mixingByLevel: analysis.mixing(by: .level),
            communities: analysis.communities,
            partners: analysis.partners(limit: top),
            projects: analysis.projects,
            profile: analysis.qualityProfile(
                sampleEfficiencyAbove: exactPathsAbove,
                sampledSources: sampledSources,
                knownEfficiency: centrality.network("global_efficiency")),
            dataQuality: analysis.dataQuality, diagrams: [], notes: notes)
        let (diagrams, diagramNotes) = data.renderDiagrams(analysis, maxActors: maxDiagramActors)
        data.diagrams = diagrams
        data.notes += diagramNotes
        data.diagramsLeftOut = diagramNotes
        return data
    }

    /// The diagrams, and a note for each one that could not be drawn (say, a network over the size limit).
    private func renderDiagrams(_ analysis: NetworkAnalysis, maxActors: Int) -> ([(String, String, String)], [String]) {
        var result: [(String, String, String)] = []
        var notes: [String] = []
        let w = language
        func draw(_ title: String, _ file: String, _ change: (inout DiagramOptions) -> Void) {
            var options = DiagramOptions()
            options.language = language.rawValue
            options.maximumActors = maxActors
            change(&options)
            do {
                let diagram = try DiagramBuilder.build(analysis, options: options)
                let data = try GraphvizRenderer.render(diagram.graph, layout: diagram.layout, format: "svg")
                result.append((title, file, String(decoding: data, as: UTF8.self)))
            } catch {
                notes.append(w.text(.reportDiagramLeftOut, ["title": title, "reason": "\(error)"]))
            }
        }
        draw(w.text(.reportDiagramWhole), "network.svg") { _ in }
        draw(w.text(.reportDiagramAggregate), "sector-level.svg") { $0.aggregate = .sectorLevel }
        for (rank, id) in topBrokers(3).enumerated() {
            let name = network.actors.first { $0.id == id }?.name ?? id
            let shown = DisplayText.shortened(name, maximumCharacters: DiagramBuilder.longestLabel)
            draw(w.text(.reportDiagramEgo, ["name": shown]), Self.egoFileName(rank: rank + 1, id: id)) {
                $0.focus = id; $0.depth = 1
            }
        }
        return (result, notes)
    }

    /// `ego-<rank>-<slug>.svg`: the rank makes the names of one report distinct (`a.b` and `ab` used to give the
    /// same `ego-ab.svg`, one diagram overwriting the other), the slug of the id tells a reader whose it is.
    static func egoFileName(rank: Int, id: String) -> String {
        let slug = ReportText.slug(id)
        return "ego-\(rank)" + (slug.isEmpty ? "" : "-" + slug) + ".svg"
    }

    /// Actor ids with the highest betweenness (at least one tie), best first.
    public func topBrokers(_ count: Int) -> [String] {
        ranked(.betweenness).prefix(count).filter { (centrality.value(.betweenness, $0) ?? 0) > 0 }.map {
            network.actors[$0].id
        }
    }

    /// The union of the top `top` actors by degree, betweenness and PageRank, in that order.
    public func keyActors() -> [Int] {
        var seen = Set<Int>()
        return [ActorMeasure.degree, .betweenness, .pagerank].flatMap { ranked($0).prefix(top) }.filter {
            seen.insert($0).inserted
        }
    }

    /// Up to `top` actors with brokerage roles, most roles first, ties by file order.
    public func topBrokerage() -> [Int] {
        let totals = brokerage.totals
        return Array(
            network.actors.indices.filter { totals[$0] > 0 }
                .sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : $0 < $1 }.prefix(top))
    }

    /// Actor indices by a measure, highest first, ties by file order.
    public func ranked(_ measure: ActorMeasure) -> [Int] {
        network.actors.indices.sorted {
            let a = centrality.value(measure, $0) ?? -1, b = centrality.value(measure, $1) ?? -1
            return a != b ? a > b : $0 < $1
        }
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

    /// Every section heading, in page order.
    static let headingKeys: [CatalogueKey] = [
        .reportTitle, .reportComposition, .reportDiagrams, .reportKeyActors, .reportBrokers, .reportMixing,
        .reportCommunities, .reportPartners, .reportProjectsHeading, .reportQuality, .reportMethods,
    ]

    /// "20 actores · 27 lazos · 5 proyectos".
    var countsLine: String {
        [
            language.count(.countActors, summary.actors), language.count(.countTies, summary.ties),
            language.count(.countProjects, summary.projects),
        ].joined(separator: " · ")
    }
}
