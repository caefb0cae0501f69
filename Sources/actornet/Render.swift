import ActorNet
import ActorNetAnalysis
import ActorNetRender
import ArgumentParser
import Foundation

extension DiagramOptions.Layout: ExpressibleByArgument {}
extension DiagramOptions.SizeBy: ExpressibleByArgument {}
extension DiagramOptions.ClusterBy: ExpressibleByArgument {}
extension NetworkViews.Grouping: ExpressibleByArgument {}
extension Page: ExpressibleByArgument {}

enum DiagramFormat: String, ExpressibleByArgument, CaseIterable { case svg, png, pdf, dot, html }

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a network as SVG, PNG, PDF or DOT with a legend (Graphviz), or as an interactive HTML map.",
        discussion: """
            Colour = sector, shape = territorial level, node size = --size-by, line = tie kind, line width = weight.
            The drawing fits an A4 page (--page, --landscape, --portrait); names that would print below 6 pt are kept
            only for the top actors by --size-by, and the caption says so. Layout `auto`: neato (fdp with
            --cluster-by) up to 300 actors, sfdp above; `rings`: levels on concentric rings, sectors in wedges.
            See docs/diagrams.md.
            --format html: one self-contained page (opens offline) to pan, zoom, hover, search, filter and inspect
            actors; its drawing is at natural size unless --page is given.

            Example:
              actornet render Networks/chile.yaml                      # Output/chile.svg
              actornet render Networks/peru.yaml --aggregate sector-level --lang es -o Output/peru-groups.svg
              actornet render Networks/colombia.yaml --focus apc-ficticia --depth 1 -o Output/apc.png
              actornet render Networks/chile.yaml --format html          # Output/chile.html, the interactive map
            """
    )

    @OptionGroup var input: NetworkInput

    @Option(
        name: .shortAndLong,
        help: "Output path (default Output/<file stem>.<format>; - or /dev/stdout for standard output).")
    var output: String?

    @Option(name: .long, help: "svg, png, pdf, dot or html (default: from -o's extension, else svg).")
    var format: DiagramFormat?

    @Option(name: .long, help: "auto, dot, neato, fdp, sfdp, circo, twopi or rings.")
    var layout: DiagramOptions.Layout = .auto

    @Option(name: .long, help: "Node size: degree, strength, betweenness, pagerank or none.")
    var sizeBy: DiagramOptions.SizeBy = .degree

    @Option(name: .long, help: "Clusters: level, sector, country or none (default: level with the dot layout).")
    var clusterBy: DiagramOptions.ClusterBy?

    @Option(name: .long, help: "Draw only this actor's neighbourhood (ego network).")
    var focus: String?

    @Option(name: .long, help: "Steps from --focus (default 1).")
    var depth: Int = 1

    @Option(name: .long, help: "One node per group: sector, level or sector-level.")
    var aggregate: NetworkViews.Grouping?

    @Option(name: .long, help: "Hide ties lighter than W.")
    var minWeight: Double?

    @Option(name: .long, help: "Keep only the K heaviest ties.")
    var topTies: Int?

    @Option(
        name: .long,
        help: "Paper the drawing fits: a4, letter, a3 or none (natural size). Default a4; none for --format html.")
    var page: Page?

    @Flag(name: .long, help: "Landscape page (default: the orientation the drawing fits better).")
    var landscape = false

    @Flag(name: .long, help: "Portrait page (default: the orientation the drawing fits better).")
    var portrait = false

    @Flag(name: .long, help: "Leave out actors without ties.")
    var hideIsolates = false

    @Option(name: .long, help: "Resolution of PNG output in dots per inch (default 192).")
    var dpi: Int = 192

    @Flag(name: .long, help: "No legend.")
    var noLegend = false

    @Option(name: .long, help: "Refuse full-detail diagrams above this many actors (default 5000).")
    var maxActors: Int = 5_000

    func validate() throws {
        let language = input.language.beforeReading
        if depth < 0 { throw ValidationError(language.text(.cliWholeNumberAtLeastZero, ["option": "--depth"])) }
        if let topTies, topTies < 1 {
            throw ValidationError(language.text(.cliWholeNumberAtLeastOne, ["option": "--top-ties"]))
        }
        if let minWeight, !minWeight.isFinite {
            throw ValidationError(language.text(.cliFiniteNumber, ["option": "--min-weight"]))
        }
        if !(36...1_200).contains(dpi) { throw ValidationError(language.text(.cliDpiRange)) }
        if landscape && portrait { throw ValidationError(language.text(.cliPortraitOrLandscape)) }
        let named = output.flatMap { DiagramFormat(rawValue: ($0 as NSString).pathExtension.lowercased()) }
        let resolvedPage = page ?? ((format ?? named) == .html ? Page.none : Page.a4)
        if landscape && resolvedPage == Page.none { throw ValidationError(language.text(.cliLandscapeNeedsPage)) }
        if portrait && resolvedPage == Page.none { throw ValidationError(language.text(.cliPortraitNeedsPage)) }
        if format == nil, let output, !StandardOutput.isNamed(output), named == nil {
            throw ValidationError(language.text(.cliCannotTellFormat, ["output": output]))
        }
        // `--format png -o x.svg` wrote PNG bytes into a file every program then reads as SVG.
        if let format, let named, let output, format != named {
            throw ValidationError(
                language.text(
                    .cliRenderFormatContradicts,
                    ["format": format.rawValue, "output": output, "named": named.rawValue]))
        }
    }

    func run() throws {
        let loaded = try input.loaded()
        let language = input.language(for: loaded.network)
        var options = DiagramOptions()
        options.layout = layout
        options.sizeBy = sizeBy
        options.clusterBy = clusterBy
        options.focus = focus
        options.depth = depth
        options.aggregate = aggregate
        options.minimumWeight = minWeight
        options.topTies = topTies
        options.legend = !noLegend
        let chosen =
            format ?? output.flatMap { DiagramFormat(rawValue: ($0 as NSString).pathExtension.lowercased()) } ?? .svg
        // The interactive map zooms: its drawing keeps its natural size (and every name) unless a page is asked for.
        options.page = page ?? (chosen == .html ? Page.none : Page.a4)
        options.landscape = landscape ? true : portrait ? false : nil
        options.hideIsolates = hideIsolates
        options.language = language.rawValue
        options.maximumActors = maxActors

        let diagram: Diagram
        var map: InteractiveMap?
        do {
            let analysis = NetworkAnalysis(loaded)
            if chosen == .html {
                let interactive = try InteractiveMap(analysis, options: options)
                (map, diagram) = (interactive, interactive.diagram)
            } else {
                diagram = try DiagramBuilder.build(analysis, options: options)
            }
        } catch {
            printError("\(input.file): " + language.text(.cliError, ["text": error.description]))
            if case .tooLarge = error { throw Exit.data }
            if case .layout = error { throw Exit.software }
            throw Exit.usage
        }
        for note in diagram.notes { printError(language.text(.cliNote, ["text": note])) }
        // A drawing has no heading line: the window applied is said on standard error.
        if let window = AppliedWindow.current {
            printError(language.text(.cliNote, ["text": window.heading(language)]))
        }

        var graph = diagram.graph
        if chosen == .png { graph.attributes[.dpi] = .number(Double(dpi)) }
        let data: Data
        if let map {
            data = Data(map.page.utf8)
        } else if chosen == .dot {
            data = Data(diagram.dot.utf8)
        } else {
            do {
                data = try GraphvizRenderer.render(graph, layout: diagram.layout, format: chosen.rawValue)
            } catch {
                printError("\(input.file): " + language.text(.cliError, ["text": error.description]))
                throw Exit.software
            }
        }
        let stem = ((input.file as NSString).lastPathComponent as NSString).deletingPathExtension
        let path = output ?? "Output/\(stem).\(chosen.rawValue)"
        if try emit(data, to: path, inputs: loaded.inputFiles) { try printOutput(path) }
    }
}
