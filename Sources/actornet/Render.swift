import ArgumentParser
import ActorNet
import ActorNetRender
import Foundation

extension DiagramOptions.Layout: ExpressibleByArgument {}
extension DiagramOptions.SizeBy: ExpressibleByArgument {}
extension DiagramOptions.ClusterBy: ExpressibleByArgument {}
extension NetworkViews.Grouping: ExpressibleByArgument {}

enum DiagramFormat: String, ExpressibleByArgument, CaseIterable { case svg, png, pdf, dot }

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a network as SVG, PNG, PDF or DOT, with a legend, through the Graphviz library.",
        discussion: """
            Colour = sector, shape = territorial level, node size = --size-by, line = tie kind, line width = weight.
            Layout `auto`: dot with clusters by level up to 60 actors, neato (fdp with clusters) up to 300,
            sfdp with overlap removal and labels on the top 30 actors above. See docs/diagrams.md.

            Example:
              actornet render Networks/chile.yaml                      # Output/chile.svg
              actornet render Networks/peru.yaml --aggregate sector-level --lang es -o Output/peru-groups.svg
              actornet render Networks/colombia.yaml --focus apc-ficticia --depth 1 -o Output/apc.png
            """
    )

    @OptionGroup var input: NetworkInput

    @Option(name: .shortAndLong,
            help: "Output path (default Output/<file stem>.<format>; - or /dev/stdout for standard output).")
    var output: String?

    @Option(name: .long, help: "svg, png, pdf or dot (default: from -o's extension, else svg).")
    var format: DiagramFormat?

    @Option(name: .long, help: "auto, dot, neato, fdp, sfdp, circo or twopi.")
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

    @Flag(name: .long, help: "No legend.")
    var noLegend = false

    @Option(name: .long, help: "Language of legend and captions: en, es or pt (default en).")
    var lang: Language = .en

    @Option(name: .long, help: "Refuse full-detail diagrams above this many actors (default 5000).")
    var maxActors: Int = 5_000

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth takes a whole number ≥ 0") }
        if let topTies, topTies < 1 { throw ValidationError("--top-ties takes a whole number ≥ 1") }
        if let minWeight, !minWeight.isFinite { throw ValidationError("--min-weight takes a finite number") }
        let named = output.flatMap { DiagramFormat(rawValue: ($0 as NSString).pathExtension.lowercased()) }
        if format == nil, let output, !StandardOutput.isNamed(output), named == nil {
            throw ValidationError("cannot tell the format from `\(output)`: use a .svg, .png, .pdf or .dot name, or --format")
        }
        // `--format png -o x.svg` wrote PNG bytes into a file every program then reads as SVG.
        if let format, let named, let output, format != named {
            throw ValidationError("--format \(format.rawValue) contradicts the output `\(output)`, whose extension "
                                  + "says \(named.rawValue): drop --format or name the file .\(format.rawValue)")
        }
    }

    func run() throws {
        let loaded = try input.loaded()
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
        options.language = lang.rawValue
        options.maximumActors = maxActors

        let diagram: Diagram
        do {
            diagram = try DiagramBuilder.build(loaded.network, options: options)
        } catch {
            printError("\(input.file): error: \(error.description)")
            if case .tooLarge = error { throw Exit.data }
            throw Exit.usage
        }
        for note in diagram.notes { printError("note: \(note)") }

        let chosen = format ?? output.flatMap { DiagramFormat(rawValue: ($0 as NSString).pathExtension.lowercased()) } ?? .svg
        let data: Data
        if chosen == .dot {
            data = Data(diagram.dot.utf8)
        } else {
            do {
                data = try GraphvizRenderer.render(diagram.graph, layout: diagram.layout, format: chosen.rawValue)
            } catch {
                printError("\(input.file): error: \(error.description)")
                throw Exit.software
            }
        }
        let stem = ((input.file as NSString).lastPathComponent as NSString).deletingPathExtension
        let path = output ?? "Output/\(stem).\(chosen.rawValue)"
        if StandardOutput.isNamed(path) {
            try StandardOutput.write(data)
            return
        }
        try writeOutputs([OutputFile(path: path, data: data)], inputs: loaded.inputFiles)
        try printOutput(path)
    }
}

struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the Graphviz library: version, and which layouts and formats really render.",
        discussion: """
            Renders a tiny graph with every layout and in every format. Exit 0 only when svg, png and pdf all work.

            Example:
              actornet doctor
            """
    )

    func run() throws {
        try printOutput("actornet \(ActorNetVersion.current)")
        try printOutput("Graphviz library (libgvc) \(GraphvizRenderer.version)")
        var tiny = DotGraph(id: "doctor", directed: false)
        tiny.nodes = [DotNode(id: "a", attributes: [.label: .text("a")]), DotNode(id: "b", attributes: [.label: .text("b")])]
        tiny.edges = [DotEdge(from: "a", to: "b", attributes: [:])]
        var broken: [String] = []
        for layout in GraphvizRenderer.layouts {
            let result = Result { try GraphvizRenderer.render(tiny, layout: layout, format: "svg") }
            try printOutput("layout \(layout.padding(toLength: 6, withPad: " ", startingAt: 0)) \(describe(result))")
            if case .failure = result { broken.append("layout \(layout)") }
        }
        var formatsWork = true
        for format in GraphvizRenderer.formats {
            let result = Result { try GraphvizRenderer.render(tiny, layout: "dot", format: format) }
            try printOutput("format \(format.padding(toLength: 6, withPad: " ", startingAt: 0)) \(describe(result))")
            if case .failure = result { formatsWork = false; broken.append("format \(format)") }
        }
        if broken.isEmpty {
            try printOutput("everything renders")
            return
        }
        printError("not working: \(broken.joined(separator: ", "))")
        printError("install or repair Graphviz's library and plugins: sudo apt-get update && sudo apt-get install -y libgraphviz-dev && sudo dot -c")
        if !formatsWork { throw Exit.unavailable }
    }

    private func describe(_ result: Result<Data, Error>) -> String {
        switch result {
        case .success(let data): "ok (\(data.count) bytes)"
        case .failure(let error): "FAILED: \(error)"
        }
    }
}
