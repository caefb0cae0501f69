import ActorNet
import ActorNetAnalysis
import Foundation

/// The interactive map (`render --format html`): the Graphviz SVG of a diagram with the script and style that let a
/// reader pan, zoom, hover, search, filter, focus and open an actor's panel, in one self-contained piece of HTML.
///
/// `page` is a whole document that opens offline (no request of any kind: a Content-Security-Policy of
/// `default-src 'none'` with inline script and style only). `fragment` is the same map without the document, for a
/// page that holds several: include `InteractiveMap.style` and `InteractiveMap.script` once, then each map's
/// fragment; every id in a fragment starts with its own `prefix`, so two maps never share one.
public struct InteractiveMap: Sendable {
    /// The start of every id in this map's HTML and SVG (`m-`).
    public let prefix: String
    public let language: Language
    /// The diagram drawn (its `view` is what the data describes).
    public let diagram: Diagram
    /// The SVG element, ids prefixed, without XML prolog.
    public let svg: String
    public let data: InteractiveMapData

    /// Builds the diagram of `analysis`'s network with `options` (the legend is the map's own, so the drawing has
    /// none) and renders it. `prefix` must satisfy `isPrefix`.
    public init(_ analysis: NetworkAnalysis, options: DiagramOptions, prefix: String = "m-") throws(DiagramError) {
        precondition(Self.isPrefix(prefix), "an interactive map's id prefix is a letter, then letters, digits, - or _")
        var options = options
        options.elementPrefix = prefix
        options.legend = false
        let diagram = try DiagramBuilder.build(analysis, options: options)
        let graph = Self.prefixingEveryElement(diagram.graph, prefix: prefix)
        let rendered: Data
        do {
            rendered = try GraphvizRenderer.render(graph, layout: diagram.layout, format: "svg")
        } catch {
            throw .layout(error)
        }
        self.prefix = prefix
        self.language = options.reader
        self.diagram = diagram
        self.svg = Self.inlineSVG(String(decoding: rendered, as: UTF8.self))
        self.data = InteractiveMapData(
            view: diagram.view, analysis: analysis, prefix: prefix, language: options.reader,
            aggregate: options.aggregate != nil)
    }

    /// Whether `text` can start ids: a letter, then letters, digits, `-` or `_` (at most 32).
    public static func isPrefix(_ text: String) -> Bool {
        text.wholeMatch(of: /[A-Za-z][A-Za-z0-9_-]{0,31}/) != nil
    }

    /// The SVG id of actor `index`'s node.
    public static func actorElement(_ prefix: String, _ index: Int) -> String { "\(prefix)a\(index)" }

    /// The SVG id of tie `index`'s edge.
    public static func tieElement(_ prefix: String, _ index: Int) -> String { "\(prefix)t\(index)" }

    /// The policy of the whole page: nothing may be fetched; only the page's own inline script and style run.
    public static let contentSecurityPolicy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:"

    /// The whole document.
    public var page: String {
        let title = HTMLText.escape(diagram.view.name)
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            \(Self.style)</style>
            </head>
            <body class="an-page">
            \(fragment)<script>
            \(Self.script)</script>
            </body>
            </html>

            """
    }

    /// Graphviz names elements it is given no id for `node1`, `edge1`, `graph0`: in a page with two maps these
    /// would clash, so every node, edge and the graph get an id under `prefix` (actors and ties have theirs).
    static func prefixingEveryElement(_ graph: DotGraph, prefix: String) -> DotGraph {
        var graph = graph
        graph.attributes[.id] = .keyword(prefix + "graph")
        for index in graph.nodes.indices where graph.nodes[index].attributes[.id] == nil {
            graph.nodes[index].attributes[.id] = .keyword(prefix + graph.nodes[index].id)
        }
        for index in graph.edges.indices where graph.edges[index].attributes[.id] == nil {
            graph.edges[index].attributes[.id] = .keyword(prefix + "e\(index)")
        }
        return graph
    }

    /// The `<svg>` element of Graphviz's output, without the XML declaration, doctype and comments before it, sized
    /// by the page (its `viewBox` kept).
    static func inlineSVG(_ document: String) -> String {
        guard let start = document.range(of: "<svg") else { return document }
        var svg = String(document[start.lowerBound...])
        if let end = svg.firstIndex(of: ">"),
            let width = svg[..<end].range(of: #"width="[^"]*" height="[^"]*""#, options: .regularExpression)
        {
            svg.replaceSubrange(width, with: #"class="an-svg" role="img""#)
        }
        return svg.hasSuffix("\n") ? svg : svg + "\n"
    }
}
