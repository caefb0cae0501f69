import ActorNet
import ActorNetAnalysis
import Foundation

/// What to draw and how; the `actornet render` flags.
public struct DiagramOptions: Sendable {
    public enum Layout: String, Sendable, CaseIterable { case auto, dot, neato, fdp, sfdp, circo, twopi, rings }
    public enum SizeBy: String, Sendable, CaseIterable { case degree, strength, betweenness, pagerank, none }
    public enum ClusterBy: String, Sendable, CaseIterable { case level, sector, country, none }

    public var layout: Layout = .auto
    public var sizeBy: SizeBy = .degree
    /// The measure that decides whose names are shown when not all fit: `sizeBy`, else degree.
    var rankingMeasure: SizeBy { sizeBy == .none ? .degree : sizeBy }
    /// nil: by level when the layout is `dot`, none otherwise.
    public var clusterBy: ClusterBy?
    public var focus: String?
    public var depth: Int = 1
    public var aggregate: NetworkViews.Grouping?
    public var minimumWeight: Double?
    public var topTies: Int?
    public var legend = true
    /// The paper the diagram fits (`none`: natural size). The SVG and PDF are that size.
    public var page: Page = .a4
    /// nil: the orientation the drawing fits better.
    public var landscape: Bool?
    /// Drop actors without ties (after the tie filters).
    public var hideIsolates = false
    /// The most a drawing is enlarged to fill the page (nil: 1.5). The report sets 1 so that a five-actor ego view
    /// is not drawn three times the size of the whole network beside it.
    public var largestScale: Double?
    /// Printed label size below which only the top actors are labelled (points).
    public var smallestLabel = 6.0
    public var language = "en"
    /// `language` as the catalogue's `Language`; English when it names none.
    var reader: Language { Language(parsing: language) ?? .en }
    /// Above this many actors: sfdp, overlap removal, labels on the top `labelledActors` only.
    public var largeNetwork = 300
    public var labelledActors = 30
    /// Full-detail diagrams above this many actors are refused (Graphviz's layout time and memory grow fast);
    /// `--aggregate`, `--focus` or a higher `--max-actors` draw them.
    public var maximumActors = 5_000
    /// When set, actors' nodes and ties' edges carry SVG `id`s starting with it and `class`es (sector, level,
    /// kind): the interactive map's handles. A letter, then letters, digits, `-` or `_` (`InteractiveMap.isPrefix`).
    public var elementPrefix: String?

    public init() {}
}

/// A diagram ready to render: the DOT graph, the layout engine chosen, and notes for the user (fallbacks taken).
public struct Diagram: Sendable {
    public var graph: DotGraph
    public var layout: String
    public var notes: [String]
    /// The network drawn (the view after focus, aggregation and filters); node `n<i>` is its actor `i`.
    public var view: Network
    public var dot: String { DotEncoder.encode(graph) }
}

public enum DiagramError: Error, Sendable, CustomStringConvertible, Equatable {
    case unknownFocus(String)
    case tooLarge(actors: Int, limit: Int)
    /// Graphviz could not lay the network out.
    case layout(RenderError)

    public var description: String {
        switch self {
        case .unknownFocus(let id): "--focus names no actor: `\(id)`"
        case .tooLarge(let actors, let limit):
            "\(actors) actors is too many for a full-detail diagram (limit \(limit)); draw --aggregate sector-level, "
                + "--focus ID, or raise --max-actors"
        case .layout(let error): error.description
        }
    }
}

/// Builds diagrams: applies the views, lays the network out, fits it to the page with title, legend and caption.
///
/// Two passes: the chosen engine (or `RingLayout`) places the actors; `PageComposer` scales that drawing to the
/// page and pins every node, and neato draws the pinned graph. When the scale would print names below
/// `smallestLabel` points, only the top actors by the size measure keep their names and the layout is redone.
public enum DiagramBuilder {
    /// Longest source line under a diagram's title and longest graph name; longer text is cut and ends with `…`.
    /// Node labels are wrapped to 4 × 20 characters (`DiagramStyle.wrap`). Tooltips keep the full text.
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
        let filtered = NetworkViews.filterTies(
            view, minimumWeight: options.minimumWeight, top: options.topTies,
            hideIsolates: options.hideIsolates)
        view = filtered.view
        let isWhole =
            options.focus == nil && options.aggregate == nil && options.minimumWeight == nil
            && options.topTies == nil && filtered.hidden == NetworkViews.Hidden()

        let count = view.actors.count
        guard count <= options.maximumActors else { throw .tooLarge(actors: count, limit: options.maximumActors) }
        let large = count > options.largeNetwork
        var layout = options.layout
        if layout == .auto {
            let clustered = (options.clusterBy ?? DiagramOptions.ClusterBy.none) != DiagramOptions.ClusterBy.none
            layout = large ? .sfdp : (clustered ? .fdp : .neato)
        }
        // Aggregate nodes are groups already: a level cluster around sector groups was a bogus "Unspecified" box.
        var clusterBy = options.clusterBy ?? (layout == .dot && options.aggregate == nil ? .level : .none)
        if clusterBy != .none && ![DiagramOptions.Layout.dot, .fdp].contains(layout) {
            notes.append(
                options.reader.text(
                    .diagramNoteNoClusters,
                    ["layout": layout.rawValue, "cluster": clusterBy.rawValue]))
            clusterBy = .none
        }

        let sizes = sizeValues(view, options: options) { measure in
            isWhole
                ? analysis.diagramSizes(measure)
                : CentralityAnalysis.analyze(
                    view,
                    options: CentralityOptions(
                        measures: [measure])
                ).values[measure] ?? []
        }
        // Top actors by the size measure, then by name: who keeps a name when not all can.
        let ranking = view.actors.indices.sorted { a, b in
            sizes[a] != sizes[b]
                ? sizes[a] > sizes[b]
                : view.actors[a].name != view.actors[b].name ? view.actors[a].name < view.actors[b].name : a < b
        }
        let parts = NetworkDrawing(view: view, sizes: sizes, options: options, clusterBy: clusterBy)
        func compose(_ labelled: Int) throws(DiagramError) -> NetworkDrawing.ComposedPage {
            let drawing = parts.graph(labelled: Set(ranking.prefix(labelled)), layout: layout)
            let placed: GraphLayout
            do {
                placed =
                    layout == .rings
                    ? parts.rings(drawing)
                    : try GraphvizRenderer.layout(drawing.graph, engine: drawing.engine)
            } catch {
                throw .layout(error)
            }
            func page(_ placed: GraphLayout) -> NetworkDrawing.ComposedPage {
                parts.page(drawing, placed: placed, labelled: labelled, hidden: filtered.hidden, layout: layout)
            }
            // A force layout without clusters is packed tighter when that prints it larger (`LayoutCompactor`).
            guard options.page != .none, layout != .rings, placed.clusters.isEmpty, !large else { return page(placed) }
            var best = page(placed)
            for xFactor in LayoutCompactor.factors {
                for yFactor in LayoutCompactor.factors where xFactor < 1 || yFactor < 1 {
                    var packed = placed
                    packed.nodes = LayoutCompactor.compact(placed.nodes, xFactor: xFactor, yFactor: yFactor)
                    let candidate = page(packed)
                    if candidate.fit.scale > best.fit.scale * 1.0001 { best = candidate }
                }
            }
            return best
        }
        // The most names that still print at `smallestLabel` points: all when they fit, else a search between a
        // count known to fit and one known not to (each try is a layout; at most 8).
        var labelled = large ? min(options.labelledActors, count) : count
        if large {
            let measure =
                options.reader == .en
                ? options.rankingMeasure.rawValue : options.reader.text(options.rankingMeasure.meaningKey)
            notes.append(
                options.reader.text(
                    layout == .sfdp ? .diagramNoteLargeNetworkOverlap : .diagramNoteLargeNetwork,
                    ["count": count, "labelled": labelled, "measure": measure, "layout": layout.rawValue]))
        }
        var page = try compose(labelled)
        if options.page != .none && page.smallestPrintedLabel < options.smallestLabel && labelled > 0 {
            var failing = labelled, fitting: (count: Int, page: NetworkDrawing.ComposedPage)?
            var attempts = 1
            let precision = max(1, labelled / 20)
            while attempts < 8 && failing - (fitting?.count ?? 0) > precision {
                attempts += 1
                let ratio = page.smallestPrintedLabel / options.smallestLabel
                let guess =
                    fitting == nil
                    ? Int(Double(failing) * max(0.2, min(0.85, ratio * ratio)))
                    : (failing + fitting!.count) / 2
                let tried = max(fitting?.count ?? 0, min(failing - 1, guess))
                page = try compose(tried)
                if page.smallestPrintedLabel >= options.smallestLabel {
                    fitting = (tried, page)
                } else {
                    failing = tried
                }
            }
            if let fitting {
                (labelled, page) = fitting
            } else {
                labelled = 0
                page = try compose(0)
            }
            if !large {
                notes.append(
                    options.reader.text(
                        .diagramNoteLabelsFit,
                        [
                            "labelled": labelled, "count": count, "points": formatNumber(options.smallestLabel),
                        ]))
            }
        }
        return Diagram(graph: page.graph, layout: "neato", notes: notes, view: view)
    }

    // MARK: Sizes

    /// Node sizes; `measured` gives a measure's value per actor of `view`.
    private static func sizeValues(
        _ view: Network, options: DiagramOptions,
        measured: (ActorMeasure) -> [Double?]
    ) -> [Double] {
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
