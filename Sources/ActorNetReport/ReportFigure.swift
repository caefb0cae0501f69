import ActorNet
import ActorNetAnalysis
import ActorNetRender

/// One diagram of the report, drawn with the page settings every figure of the report shares.
public struct ReportFigure: Sendable {
    /// Which figure: the main diagram (the slot the interactive map of `render --format html` is to take), the
    /// sector × level view, or the ego view of the broker of that rank (1–3).
    public enum Role: Sendable, Equatable {
        case main, aggregate
        case ego(rank: Int)
    }

    public var role: Role
    public var title: String
    /// The file name a Markdown report gives it (after its stem).
    public var file: String
    public var svg: String
    /// Actors in no tie left out of this figure.
    public var isolatesLeftOut: Int
    /// The main diagram as an interactive map (`InteractiveMap.fragment`, ids under `report-map-`), drawn with the
    /// same options as `svg`; the HTML report shows it in the main slot, the Markdown report keeps `svg`.
    public var interactiveMap: String?

    /// The isolates the report's caption under the figure counts: the main diagram's own caption already says
    /// how many `hideIsolates` hid (a second sentence below it said the same again), the others' do not. An
    /// interactive map in the main slot has to say it itself, or take this caption.
    public var captionedIsolates: Int { role == .main ? 0 : isolatesLeftOut }

    /// The page every figure of the report is drawn for: A4, landscape, whatever its shape. Figures fitted each to
    /// its own best page came out at different scales side by side (a giant ego view beside a tiny aggregate);
    /// on one page setting and shown at one width, sizes compare across figures. Landscape: a screen is wide, and
    /// printed, each figure takes a landscape page of its own (the HTML's print CSS) at its true size.
    static func options(language: Language, maximumActors: Int) -> DiagramOptions {
        var options = DiagramOptions()
        options.language = language.rawValue
        options.maximumActors = maximumActors
        options.page = .a4
        options.landscape = true
        // Not enlarged past natural size: a five-actor ego view filled the page at 1.5 times, its names three times
        // the size of the whole network's on the page before it.
        options.largestScale = 1
        return options
    }
}

extension ReportData {
    /// The figures, and a note for each one that could not be drawn (say, a network over the size limit).
    ///
    /// Isolates are left out of every figure: the main diagram through `hideIsolates` (its own caption says so
    /// too); the sector × level view is drawn from the network without them, so that no group counts actors that
    /// take part in nothing; ego views have none.
    func renderFigures(_ analysis: NetworkAnalysis, maxActors: Int) -> ([ReportFigure], [String]) {
        var figures: [ReportFigure] = []
        var notes: [String] = []
        let w = language
        let isolates = dataQuality.isolates
        func draw(
            _ role: ReportFigure.Role, _ title: String, _ file: String, isolatesLeftOut: Int,
            from source: NetworkAnalysis, _ change: (inout DiagramOptions) -> Void
        ) {
            var options = ReportFigure.options(language: language, maximumActors: maxActors)
            change(&options)
            do {
                let diagram = try DiagramBuilder.build(source, options: options)
                let data = try GraphvizRenderer.render(diagram.graph, layout: diagram.layout, format: "svg")
                let map = role == .main ? try InteractiveMap(source, options: options, prefix: "report-map-") : nil
                figures.append(
                    ReportFigure(
                        role: role, title: title, file: file, svg: String(decoding: data, as: UTF8.self),
                        isolatesLeftOut: isolatesLeftOut, interactiveMap: map?.fragment))
            } catch {
                notes.append(w.text(.reportDiagramLeftOut, ["title": title, "reason": "\(error)"]))
            }
        }
        draw(.main, w.text(.reportDiagramWhole), "network.svg", isolatesLeftOut: isolates, from: analysis) {
            $0.hideIsolates = true
        }
        let tied = isolates == 0 ? analysis : NetworkAnalysis(Self.withoutIsolates(network))
        draw(.aggregate, w.text(.reportDiagramAggregate), "sector-level.svg", isolatesLeftOut: isolates, from: tied) {
            $0.aggregate = .sectorLevel
        }
        for (rank, id) in topBrokers(3).enumerated() {
            let name = network.actors.first { $0.id == id }?.name ?? id
            let shown = DisplayText.shortened(name, maximumCharacters: DiagramBuilder.longestLabel)
            let file = Self.egoFileName(rank: rank + 1, id: id)
            draw(
                .ego(rank: rank + 1), w.text(.reportDiagramEgo, ["name": shown]), file, isolatesLeftOut: 0,
                from: analysis
            ) {
                $0.focus = id
                $0.depth = 1
            }
        }
        return (figures, notes)
    }

    /// `network` without the actors in no tie (the projects stay: no figure draws them).
    static func withoutIsolates(_ network: Network) -> Network {
        var tied = Set<String>()
        for tie in network.ties {
            tied.insert(tie.from)
            tied.insert(tie.to)
        }
        var reduced = network
        reduced.actors = network.actors.filter { tied.contains($0.id) }
        return reduced
    }

    /// `ego-<rank>-<slug>.svg`: the rank makes the names of one report distinct (`a.b` and `ab` used to give the
    /// same `ego-ab.svg`, one diagram overwriting the other), the slug of the id tells a reader whose it is.
    static func egoFileName(rank: Int, id: String) -> String {
        let slug = ReportText.slug(id)
        return "ego-\(rank)" + (slug.isEmpty ? "" : "-" + slug) + ".svg"
    }
}
