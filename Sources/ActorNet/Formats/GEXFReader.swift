import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streaming GEXF 1.2/1.3 reader (what Gephi and NetworkX write), so a network edited in Gephi comes back.
/// Keeps `defaultedgetype`, `<meta>` description/creator, node ids and labels, declared attributes (titles matched
/// case-insensitively to actor fields; the rest become attributes), defaults, edge weights, kinds, dates, and
/// `viz:position`/`viz:color` as `viz_x`, `viz_y`, `viz_z`, `viz_color` attributes.
final class GEXFReader: NSObject, XMLDocumentReader {
    let file: String
    var network: Network
    var sourceMap: SourceMap
    var diagnostics: [Diagnostic] = []
    var abortReason: String?
    var abortLine: Int?
    private(set) var rootClosed = false

    private struct Attribute { var title: String; var type: String?; var defaultValue: String? }
    private var attributes: [String: [String: Attribute]] = ["node": [:], "edge": [:]]
    private var attributeClass = "node"
    private var defaultFor: String?
    private var metaField: String?
    private var text = ""
    private var depth = 0
    private var sawGEXF = false
    private var fromActornet = false
    private var nodeIDs = Set<String>()
    private var inNode: (actor: Actor, line: Int, values: [InterchangeFields.Value])?
    private var inEdge: (tie: Tie, line: Int, values: [InterchangeFields.Value])?

    init(file: String) {
        self.file = file
        network = Network(name: ((file as NSString).lastPathComponent as NSString).deletingPathExtension)
        sourceMap = SourceMap(file: file)
    }

    /// Reads GEXF text into a network and the location of each node and edge.
    static func read(_ text: String, file: String) -> (Network, SourceMap, [Diagnostic]) {
        let reader = GEXFReader(file: file)
        if let (line, message) = XMLInput.notXMLReason(text) {
            let problem = Diagnostic(
                .error, SourceLocation(file: file, line: line), "\(message); GEXF is XML (`<gexf>`)")
            return (reader.network, reader.sourceMap, [problem])
        }
        if let (line, message) = XMLInput.parseProblem(text, reader: reader) {
            let problem = Diagnostic(.error, SourceLocation(file: file, line: line), message)
            return (reader.network, reader.sourceMap, reader.diagnostics + [problem])
        }
        if !reader.sawGEXF {
            reader.diagnostics.append(Diagnostic(.error, reader.location(1)) { $0.text(.gexfNotGEXF) })
        }
        return (reader.network, reader.sourceMap, reader.diagnostics)
    }

    private func location(_ line: Int) -> SourceLocation { SourceLocation(file: file, line: line) }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes attrs: [String: String] = [:]
    ) {
        depth += 1
        let local = name.split(separator: ":").last.map(String.init) ?? name
        let line = parser.lineNumber
        switch local {
        case "gexf": sawGEXF = true
        case "description", "creator", "title": if inNode == nil && inEdge == nil { metaField = local; text = "" }
        case "graph":
            network.directed = attrs["defaultedgetype"].map { $0 != "undirected" } ?? false
            // NetworkX writes the graph's name here; actornet and Gephi write `<meta><title>`.
            if let name = attrs["name"], !name.isEmpty { network.name = name }
        case "attributes": attributeClass = attrs["class"] ?? "node"
        case "attribute":
            if let id = attrs["id"] {
                attributes[attributeClass, default: [:]][id] = Attribute(
                    title: attrs["title"] ?? id, type: attrs["type"])
                defaultFor = id
            }
        case "default": text = ""
        case "node":
            guard let id = attrs["id"] else {
                diagnostics.append(Diagnostic(.error, location(line)) { $0.text(.graphMLNodeWithoutID) })
                return
            }
            var actor = Actor(id: id)
            if let label = attrs["label"], !label.isEmpty { actor.name = label }
            inNode = (actor, line, [])
        case "edge":
            guard let source = attrs["source"], let target = attrs["target"] else {
                diagnostics.append(Diagnostic(.error, location(line)) { $0.text(.graphMLEdgeWithoutEnds) })
                return
            }
            var tie = Tie(from: source, to: target)
            if let type = attrs["type"] { tie.directed = type != "undirected" }
            // The edge's own attributes are the tie fields they stand for; an empty label is no kind.
            var values: [InterchangeFields.Value] = []
            for (attribute, field) in [("weight", "weight"), ("label", "kind"), ("start", "start"), ("end", "end")] {
                guard let text = attrs[attribute], field != "kind" || !text.isEmpty else { continue }
                values.append(.init(name: field, text: text, location: location(line)))
            }
            inEdge = (tie, line, values)
        case "attvalue":
            guard let id = attrs["for"] ?? attrs["id"], var value = attrs["value"] else { return }
            let declared = attributes[inEdge != nil ? "edge" : "node"]?[id]
            // Booleans as GEXF spells them (NetworkX writes Python's `True`).
            if declared?.type == "boolean" { value = value.lowercased() }
            let read = InterchangeFields.Value(name: declared?.title ?? id, text: value, location: location(line))
            if inEdge != nil {
                inEdge!.values.append(read)
            } else if inNode != nil {
                inNode!.values.append(read)
            }
        case "position":
            for axis in ["x", "y", "z"] {
                guard let value = attrs[axis] else { continue }
                inNode?.values.append(.init(name: "viz_" + axis, text: value, location: location(line)))
            }
        case "color":
            guard !fromActornet, let r = attrs["r"].flatMap(Int.init), let g = attrs["g"].flatMap(Int.init),
                let b = attrs["b"].flatMap(Int.init)
            else { return }
            let hex = "#" + [r, g, b].map { String(format: "%02x", max(0, min(255, $0))) }.joined()
            inNode?.values.append(.init(name: "viz_color", text: hex, location: location(line)))
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if metaField != nil || defaultFor != nil { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        if depth == 0 { rootClosed = true }
        let local = name.split(separator: ":").last.map(String.init) ?? name
        switch local {
        case "description", "creator", "title":
            guard let field = metaField else { return }
            metaField = nil
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            // actornet's own writer names itself (its files' colours then only repeat the sector).
            if field == "creator" {
                if value == "actornet" { fromActornet = true } else if !value.isEmpty { network.source = value }
            } else if field == "title" {
                if !value.isEmpty { network.name = value }
            } else if !value.isEmpty {
                network.description = value
            }
        case "default": if let id = defaultFor { attributes[attributeClass]?[id]?.defaultValue = text }
        case "attribute": defaultFor = nil
        case "node": finishNode()
        case "edge": finishEdge()
        default: break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if abortReason == nil, !XMLInput.isEndOfLargeDocumentArtefact(parseError, rootClosed: rootClosed) {
            abortReason = "malformed XML: " + GraphMLReader.describe(parseError)
            abortLine = parser.lineNumber
        }
    }

    /// Declared defaults for attributes the element does not carry, then its own values.
    private func withDefaults(
        _ values: [InterchangeFields.Value], _ domain: String, line: Int
    ) -> [InterchangeFields.Value] {
        let present = Set(values.map(\.name))
        let defaults = (attributes[domain] ?? [:]).values
            .compactMap { attribute in
                attribute.defaultValue.map {
                    InterchangeFields.Value(name: attribute.title, text: $0, location: location(line))
                }
            }
            .filter { !present.contains($0.name) }.sorted { $0.name < $1.name }
        return defaults + values
    }

    private func finishNode() {
        guard let (actor, line, values) = inNode else { return }
        inNode = nil
        let (read, fields) = InterchangeFields.readActor(
            actor, values: withDefaults(values, "node", line: line), at: location(line), seenIDs: &nodeIDs,
            diagnostics: &diagnostics)
        network.actors.append(read)
        sourceMap.actors.append(fields)
    }

    private func finishEdge() {
        guard let (tie, line, values) = inEdge else { return }
        inEdge = nil
        let (read, fields) = InterchangeFields.readTie(
            tie, values: withDefaults(values, "edge", line: line), at: location(line), diagnostics: &diagnostics)
        network.ties.append(read)
        sourceMap.ties.append(fields)
    }
}
