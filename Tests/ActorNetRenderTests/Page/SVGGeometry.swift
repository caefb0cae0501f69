import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The geometry of a Graphviz SVG: page size, and for each node its id (`<title>`), the bounding box of its
/// shapes (polygons, ellipses, polylines) and its texts with their font sizes and baselines. Checking code for the
/// page-fit tests; coordinates are the SVG's (y grows downwards), all in one transform.
final class SVGGeometry: NSObject, XMLParserDelegate {
    struct Box: Equatable {
        var minX: Double, minY: Double, maxX: Double, maxY: Double
        var width: Double { maxX - minX }
        var height: Double { maxY - minY }

        /// True when the two boxes share area beyond `tolerance` points on both axes.
        func overlaps(_ other: Box, tolerance: Double = 0.5) -> Bool {
            min(maxX, other.maxX) - max(minX, other.minX) > tolerance
                && min(maxY, other.maxY) - max(minY, other.minY) > tolerance
        }

        func union(_ other: Box) -> Box {
            Box(
                minX: min(minX, other.minX), minY: min(minY, other.minY), maxX: max(maxX, other.maxX),
                maxY: max(maxY, other.maxY))
        }
    }

    struct Text: Equatable {
        var text: String
        var x: Double, y: Double, size: Double
        var anchor = "start"

        /// The box the text's ink takes, estimated: Helvetica's letters average about half the font size wide
        /// (capitals more, `i` and `l` less), ascenders reach 0.75 of it above the baseline, descenders 0.2 below.
        var box: Box {
            let width = Double(text.count) * size * 0.5
            let left = anchor == "middle" ? x - width / 2 : anchor == "end" ? x - width : x
            return Box(minX: left, minY: y - 0.75 * size, maxX: left + width, maxY: y + 0.2 * size)
        }
    }

    struct Node {
        var id: String
        var shape: Box?
        var texts: [Text] = []
    }

    var width = 0.0, height = 0.0
    var nodes: [Node] = []
    private var current: Node?
    private var depth = 0, nodeDepth = -1
    private var inTitle = false, inText = false
    private var textBuffer = "", pendingText: Text?

    static func parse(_ data: Data) -> SVGGeometry? {
        let geometry = SVGGeometry()
        let parser = XMLParser(data: data)
        parser.delegate = geometry
        return parser.parse() ? geometry : nil
    }

    /// Nodes whose id is an actor's (`n0`, `n1`, …).
    var actors: [Node] { nodes.filter { $0.id.wholeMatch(of: /n\d+/) != nil } }
    func node(_ id: String) -> Node? { nodes.first { $0.id == id } }

    private func points(_ text: String) -> [(Double, Double)] {
        text.split(separator: " ").compactMap { pair in
            let xy = pair.split(separator: ",").compactMap { Double($0) }
            return xy.count == 2 ? (xy[0], xy[1]) : nil
        }
    }

    private func extend(_ box: Box) {
        guard current != nil else { return }
        current!.shape = current!.shape.map { $0.union(box) } ?? box
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        if name == "svg" {
            width = Double(attributes["width"]?.replacingOccurrences(of: "pt", with: "") ?? "") ?? 0
            height = Double(attributes["height"]?.replacingOccurrences(of: "pt", with: "") ?? "") ?? 0
        }
        if name == "g", attributes["class"] == "node" {
            current = Node(id: "")
            nodeDepth = depth
        }
        guard current != nil else { return }
        switch name {
        case "title": inTitle = true; textBuffer = ""
        case "polygon", "polyline":
            let corners = points(attributes["points"] ?? "")
            if let first = corners.first, attributes["stroke"] != "transparent" {
                let xs = corners.map(\.0), ys = corners.map(\.1)
                extend(
                    Box(
                        minX: xs.min() ?? first.0, minY: ys.min() ?? first.1, maxX: xs.max() ?? first.0,
                        maxY: ys.max() ?? first.1))
            }
        case "ellipse":
            let cx = Double(attributes["cx"] ?? "") ?? 0, cy = Double(attributes["cy"] ?? "") ?? 0
            let rx = Double(attributes["rx"] ?? "") ?? 0, ry = Double(attributes["ry"] ?? "") ?? 0
            extend(Box(minX: cx - rx, minY: cy - ry, maxX: cx + rx, maxY: cy + ry))
        case "text":
            inText = true
            textBuffer = ""
            pendingText = Text(
                text: "", x: Double(attributes["x"] ?? "") ?? 0, y: Double(attributes["y"] ?? "") ?? 0,
                size: Double(attributes["font-size"] ?? "") ?? 0, anchor: attributes["text-anchor"] ?? "start")
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inTitle || inText { textBuffer += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        defer { depth -= 1 }
        if name == "title", inTitle {
            current?.id = textBuffer
            inTitle = false
        }
        if name == "text", inText, var text = pendingText {
            text.text = textBuffer
            current?.texts.append(text)
            inText = false
        }
        if name == "g", depth == nodeDepth, let node = current {
            nodes.append(node)
            current = nil
            nodeDepth = -1
        }
    }
}
