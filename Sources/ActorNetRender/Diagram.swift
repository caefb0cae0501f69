import ActorNet
import ActorNetAnalysis
import Foundation

/// What to draw and how; the `actornet render` flags.
public struct DiagramOptions: Sendable {
    public enum Layout: String, Sendable, CaseIterable { case auto, dot, neato, fdp, sfdp, circo, twopi }
    public enum SizeBy: String, Sendable, CaseIterable { case degree, strength, betweenness, pagerank, none }
    public enum ClusterBy: String, Sendable, CaseIterable { case level, sector, country, none }

    public var layout: Layout = .auto
    public var sizeBy: SizeBy = .degree
    /// nil: by level when the layout is `dot`, none otherwise.
    public var clusterBy: ClusterBy?
    public var focus: String?
    public var depth: Int = 1
    public var aggregate: NetworkViews.Grouping?
    public var minimumWeight: Double?
    public var topTies: Int?
    public var legend = true
    public var language = "en"
    /// `language` as the catalogue's `Language`; English when it names none.
    var reader: Language { Language(parsing: language) ?? .en }
    /// Above this many actors: sfdp, overlap removal, labels on the top `labelledActors` only.
    public var largeNetwork = 300
    public var labelledActors = 30
    /// Full-detail diagrams above this many actors are refused (Graphviz's layout time and memory grow fast);
    /// `--aggregate`, `--focus` or a higher `--max-actors` draw them.
    public var maximumActors = 5_000

    public init() {}
}

/// A diagram ready to render: the DOT graph, the layout engine chosen, and notes for the user (fallbacks taken).
public struct Diagram: Sendable {
    public var graph: DotGraph
    public var layout: String
    public var notes: [String]
    public var dot: String { DotEncoder.encode(graph) }
}

public enum DiagramError: Error, Sendable, CustomStringConvertible, Equatable {
    case unknownFocus(String)
    case tooLarge(actors: Int, limit: Int)

    public var description: String {
        switch self {
        case .unknownFocus(let id): "--focus names no actor: `\(id)`"
        case .tooLarge(let actors, let limit):
            "\(actors) actors is too many for a full-detail diagram (limit \(limit)); draw --aggregate sector-level, "
                + "--focus ID, or raise --max-actors"
        }
    }
}

/// Builds diagrams: applies the views, picks the layout, styles nodes and edges, adds legend, title and caption.
public enum DiagramBuilder {
    /// Longest source line under a diagram's title and longest graph name; longer text is cut and ends with `…`.
    /// The title is wrapped to at most 3 × 80 characters and node labels to 4 × 20 (`DiagramStyle.wrap`).
    /// Tooltips keep the full text.
    public static let longestLabel = 200

    public static func build(_ network: Network, options: DiagramOptions) throws(DiagramError) -> Diagram {
        try build(NetworkAnalysis(network), options: options)
    }

    /// The diagram of `analysis`'s network: a drawing of the whole network takes its node sizes from the analysis
    /// (computed once per run); an ego, aggregate or filtered view is a network of its own, measured on its own.
    public static func build(_ analysis: NetworkAnalysis, options: DiagramOptions) throws(DiagramError) -> Diagram {
        let network = analysis.network
        var notes: [String] = []
        var view = network
        if let focus = options.focus {
            guard let ego = NetworkViews.ego(network, focus: focus, depth: max(0, options.depth)) else {
                throw .unknownFocus(focus)
            }
            view = ego
        }
        if let grouping = options.aggregate {
            view = NetworkViews.aggregate(view, by: grouping, language: options.language)
        }
        view = NetworkViews.filterTies(view, minimumWeight: options.minimumWeight, top: options.topTies)
        let isWhole = options.focus == nil && options.aggregate == nil && options.minimumWeight == nil
            && options.topTies == nil

        let count = view.actors.count
        guard count <= options.maximumActors else { throw .tooLarge(actors: count, limit: options.maximumActors) }
        let large = count > options.largeNetwork
        var layout = options.layout
        if layout == .auto {
            let clustered = (options.clusterBy ?? DiagramOptions.ClusterBy.none) != DiagramOptions.ClusterBy.none
            layout = count <= 60 ? .dot : large ? .sfdp : (clustered ? .fdp : .neato)
        }
        var clusterBy = options.clusterBy ?? (layout == .dot ? .level : .none)
        if clusterBy != .none && ![DiagramOptions.Layout.dot, .fdp].contains(layout) {
            notes.append("layout \(layout.rawValue) cannot draw clusters; drawing without --cluster-by \(clusterBy.rawValue)")
            clusterBy = .none
        }
        if large {
            let ranking = options.sizeBy == .none ? "degree" : options.sizeBy.rawValue
            notes.append("\(count) actors: labels shown for the top \(min(options.labelledActors, count))"
                + " by \(ranking) only"
                + (layout == .sfdp ? ", layout sfdp with overlap removal" : ""))
        }

        let sizes = sizeValues(view, options: options) { measure in
            isWhole ? analysis.diagramSizes(measure) : CentralityAnalysis.analyze(view, options: CentralityOptions(
                measures: [measure])).values[measure] ?? []
        }
        let labelled: Set<Int> = large ? Set(view.actors.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
            .prefix(options.labelledActors)) : Set(view.actors.indices)
        let directed = view.directed || view.ties.contains { $0.directed == true }
        var graph = DotGraph(id: DisplayText.shortened(view.name, maximumCharacters: longestLabel), directed: directed)
        graph.attributes = [
            .bgcolor: .keyword("white"), .fontname: .keyword("Helvetica"), .pad: .number(0.3),
            .outputorder: .keyword("edgesfirst"), .labelloc: .keyword("t"),
            .label: .html(title(view, language: options.reader)),
        ]
        if layout != .dot { graph.attributes[.overlap] = .keyword(large ? "prism" : "false") }
        if large { graph.attributes[.splines] = .keyword("false") }
        graph.nodeDefaults = [.fontname: .keyword("Helvetica"), .style: .keyword("filled"), .penwidth: .number(1)]
        graph.edgeDefaults = [.fontname: .keyword("Helvetica")]

        let maximumSize = sizes.max() ?? 0
        var nodeID: [String: String] = [:]
        for (i, actor) in view.actors.enumerated() {
            let id = "n\(i)"
            nodeID[actor.id] = id
            let fraction = maximumSize > 0 ? (sizes[i] / maximumSize).squareRoot() : 0
            var attributes: [DotAttribute: DotValue] = [
                .shape: .keyword(DiagramStyle.shape(actor.level)),
                .fillcolor: .keyword(DiagramStyle.fill(actor.sector)),
                .fontcolor: .keyword(DiagramStyle.fontColor(actor.sector)),
                .tooltip: .tooltip(tooltip(actor, language: options.reader)),
            ]
            if labelled.contains(i) {
                attributes[.label] = .text(DiagramStyle.wrap(nodeLabel(actor, language: options.reader)))
                attributes[.fontsize] = .number(10 + 8 * fraction)
                attributes[.width] = .number(0.75 + 1.25 * fraction)
                attributes[.height] = .number(0.5 + 0.5 * fraction)
            } else {
                attributes[.label] = .text("")
                attributes[.width] = .number(0.15 + 0.35 * fraction)
                attributes[.height] = .number(0.15 + 0.35 * fraction)
                attributes[.fixedsize] = .keyword("true")
            }
            graph.nodes.append(DotNode(id: id, attributes: attributes))
        }

        let names = Dictionary(view.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let weights = view.ties.map(\.weight)
        let lightest = weights.min() ?? 1, heaviest = weights.max() ?? 1
        for tie in view.ties {
            guard let from = nodeID[tie.from], let to = nodeID[tie.to] else { continue }
            let share = heaviest > lightest ? (tie.weight - lightest) / (heaviest - lightest) : 0
            var attributes: [DotAttribute: DotValue] = [
                .penwidth: .number(1 + 5 * share),
                .color: .keyword(DiagramStyle.edgeColor(tie.kind)),
                .style: .keyword(DiagramStyle.edgeStyle(tie.kind)),
                .tooltip: .tooltip(edgeTooltip(tie, names: names, language: options.reader)),
            ]
            if directed && !tie.isDirected(networkDirected: view.directed) { attributes[.dir] = .keyword("none") }
            graph.edges.append(DotEdge(from: from, to: to, attributes: attributes))
        }

        if clusterBy != .none { graph.clusters = clusters(view, by: clusterBy, nodeID: nodeID, language: options.reader) }
        if options.legend {
            graph.nodes.append(DotNode(id: "legend", attributes: [
                .shape: .keyword("plaintext"), .style: .keyword("solid"),
                .label: .html(legend(view, options: options)),
            ]))
        }
        return Diagram(graph: graph, layout: layout.rawValue, notes: notes)
    }

    // MARK: Sizes and labels

    /// Node sizes; `measured` gives a measure's value per actor of `view`.
    private static func sizeValues(_ view: Network, options: DiagramOptions,
                                   measured: (ActorMeasure) -> [Double?]) -> [Double] {
        if options.aggregate != nil {
            return view.actors.map { Double($0.attributes["actors"] ?? "1") ?? 1 }
        }
        let measure: ActorMeasure
        switch options.sizeBy {
        case .none: return [Double](repeating: 0, count: view.actors.count)
        case .degree: measure = .degree
        case .strength: measure = .strength
        case .betweenness: measure = .betweenness
        case .pagerank: measure = .pagerank
        }
        let values = measured(measure)
        return view.actors.indices.map { values.indices.contains($0) ? values[$0] ?? 0 : 0 }
    }

    private static func nodeLabel(_ actor: Actor, language: Language) -> String {
        guard let count = actor.attributes["actors"], actor.attributes["internal_ties"] != nil else { return actor.name }
        return actor.name + " (\(count))"
    }

    private static func tooltip(_ actor: Actor, language: Language) -> String {
        var parts = [actor.name, actor.sector.label(language) + " · " + actor.level.label(language)]
        if let territory = actor.territory { parts.append(territory) }
        if let count = actor.attributes["actors"], let inside = actor.attributes["internal_ties"] {
            parts.append("\(count) \(language.text(.diagramActors)), \(inside) \(language.text(.diagramTiesInside))")
        }
        return parts.joined(separator: "\n")
    }

    /// `A — B: kind (weight)`, each name cut at `longestLabel` characters: the node's own tooltip has the full name,
    /// and an actor with a 1 MB name and many ties would otherwise repeat it in every tie's tooltip.
    private static func edgeTooltip(_ tie: Tie, names: [String: String], language: Language) -> String {
        let from = DisplayText.shortened(names[tie.from] ?? tie.from, maximumCharacters: longestLabel)
        let to = DisplayText.shortened(names[tie.to] ?? tie.to, maximumCharacters: longestLabel)
        return "\(from) — \(to): \(tie.kind.label(language)) (\(formatNumber(tie.weight)))"
    }

    private static func title(_ view: Network, language: Language) -> HTMLLabel {
        // At most 3 lines of 80 characters: a 200-character name on one line made a 4 000-pixel-wide picture.
        let lines = DiagramStyle.wrap(view.name, width: 80, maximumLines: 3).split(separator: "\n")
        let name = lines.enumerated().flatMap { index, line -> [HTMLLabel.Piece] in
            (index > 0 ? [.lineBreak] : []) + [.text(String(line))]
        }
        var pieces: [HTMLLabel.Piece] = [.font(size: 18, color: nil, [.bold(name)])]
        if let source = view.source, !source.isEmpty {
            let shown = DisplayText.shortened(source, maximumCharacters: longestLabel)
            pieces += [.lineBreak, .font(size: 10, color: "#555555", [.text("\(language.text(.diagramSource)): \(shown)")])]
        }
        return HTMLLabel(pieces)
    }

    // MARK: Clusters and legend

    private static func clusters(_ view: Network, by grouping: DiagramOptions.ClusterBy,
                                 nodeID: [String: String], language: Language) -> [DotCluster] {
        var order: [String] = []
        var members: [String: [String]] = [:]
        var labels: [String: String] = [:]
        for actor in view.actors {
            let key: String, label: String
            switch grouping {
            case .level: key = actor.level.rawValue; label = actor.level.label(language)
            case .sector: key = actor.sector.rawValue; label = actor.sector.label(language)
            case .country: key = actor.country ?? "-"; label = actor.country ?? language.text(.diagramNoCountry)
            case .none: return []
            }
            if members[key] == nil { order.append(key); labels[key] = label }
            members[key, default: []].append(nodeID[actor.id]!)
        }
        return order.enumerated().map { index, key in
            DotCluster(id: "\(index)", attributes: [
                .label: .text(labels[key]!), .style: .keyword("rounded,dashed"), .color: .keyword("#888888"),
                .fontcolor: .keyword("#444444"), .labeljust: .keyword("l"),
            ], nodeIDs: members[key]!)
        }
    }

    private static func legend(_ view: Network, options: DiagramOptions) -> HTMLLabel {
        let language = options.reader
        var rows: [[HTMLLabel.Cell]] = [[HTMLLabel.Cell([.bold([.text(language.text(.diagramLegend))])], columnSpan: 2)]]
        func heading(_ text: String) {
            rows.append([HTMLLabel.Cell([.bold([.font(size: 10, color: nil, [.text(text)])])], columnSpan: 2)])
        }
        func row(_ swatch: HTMLLabel.Cell, _ text: String) {
            rows.append([swatch, HTMLLabel.Cell([.font(size: 10, color: nil, [.text(text)])])])
        }
        let sectors = Sector.present(in: view)
        let levels = Level.present(in: view)
        let kinds = TieKind.allCases.filter { k in view.ties.contains { $0.kind == k } }
        if !sectors.isEmpty {
            heading(language.text(.diagramSectorColour))
            for sector in sectors { row(HTMLLabel.Cell([], background: DiagramStyle.fill(sector), width: 18), sector.label(language)) }
        }
        if !levels.isEmpty {
            heading(language.text(.diagramLevelShape))
            for level in levels { row(HTMLLabel.Cell([.text(DiagramStyle.shapeGlyph(level))], alignLeft: false), level.label(language)) }
        }
        if !kinds.isEmpty && options.aggregate == nil {
            heading(language.text(.diagramTieKindLine))
            for kind in kinds {
                row(HTMLLabel.Cell([.font(size: 10, color: DiagramStyle.edgeColor(kind), [.text(DiagramStyle.lineSample(kind))])]),
                    kind.label(language))
            }
        }
        heading(language.text(.diagramNodeSize))
        let meaning = options.aggregate != nil ? language.text(.diagramActors) : language.text(options.sizeBy.meaningKey)
        rows.append([HTMLLabel.Cell([.font(size: 10, color: nil, [.text(meaning)])], columnSpan: 2)])
        rows.append([HTMLLabel.Cell([.font(size: 10, color: nil, [.text(language.text(.diagramLineWidth))])], columnSpan: 2)])
        return HTMLLabel([.table(rows, border: 1, cellSpacing: 0, cellPadding: 3)])
    }
}

extension DiagramOptions.SizeBy {
    /// What node size means, for the legend.
    var meaningKey: CatalogueKey {
        switch self {
        case .degree: .diagramSizeDegree
        case .strength: .diagramSizeStrength
        case .betweenness: .diagramSizeBetweenness
        case .pagerank: .diagramSizePageRank
        case .none: .diagramSizeUniform
        }
    }
}
