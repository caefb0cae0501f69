import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// GraphML (http://graphml.graphdrawing.org/) reading and writing.
///
/// Writing: one typed `<key>` per model field, named as in the model (`name`, `sector`, `level`, `weight`,
/// `kind`…), values in canonical English; lists joined with `;`; actor attributes as string keys of their own
/// name; tie dates as `start`/`end` and tie attributes as string keys of their own name; per-edge `directed` when a
/// tie overrides the default. Projects are not part of GraphML.
/// Reading (streaming `XMLParser`): keys matched by `attr.name` (case-insensitive), so files from NetworkX,
/// Gephi, yEd (node labels) and igraph load; unknown node and edge keys become attributes; `edgedefault` and
/// per-edge `directed` are honoured; edges to undeclared nodes are errors with their line.
public enum GraphML {
    public static func write(_ network: Network) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        out += "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        out += "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        let graphKeys = ["name", "description", "language", "source"]
        let nodeKeys = [
            "name", "sector", "level", "country", "territory", "roles", "offers", "needs", "motivation", "notes",
        ]
        let attributeKeys = Array(Set(network.actors.flatMap(\.attributes.keys))).sorted()
        let edgeKeys: [(String, String)] = [
            ("weight", "double"), ("kind", "string"), ("project", "string"), ("note", "string"),
            ("money", "double"), ("currency", "string"), ("work", "double"), ("in_kind", "string"),
            ("start", "string"), ("end", "string"),
        ]
        let tieAttributeKeys = Array(Set(network.ties.flatMap(\.attributes.keys))).sorted()
        for key in graphKeys {
            out += "  <key id=\"g_\(key)\" for=\"graph\" attr.name=\"\(key)\" attr.type=\"string\"/>\n"
        }
        for key in nodeKeys {
            out += "  <key id=\"n_\(key)\" for=\"node\" attr.name=\"\(key)\" attr.type=\"string\"/>\n"
        }
        for (index, key) in attributeKeys.enumerated() {
            out += "  <key id=\"a\(index)\" for=\"node\" attr.name=\"\(xmlEscaped(key))\" attr.type=\"string\"/>\n"
        }
        for (key, type) in edgeKeys {
            out += "  <key id=\"e_\(key)\" for=\"edge\" attr.name=\"\(key)\" attr.type=\"\(type)\"/>\n"
        }
        for (index, key) in tieAttributeKeys.enumerated() {
            out += "  <key id=\"t\(index)\" for=\"edge\" attr.name=\"\(xmlEscaped(key))\" attr.type=\"string\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"\(network.directed ? "directed" : "undirected")\">\n"
        /// Fields leave empty values out; attributes keep them (`allowEmpty`), as other formats do.
        func data(_ key: String, _ value: String?, indent: String, allowEmpty: Bool = false) -> String {
            guard let value, allowEmpty || !value.isEmpty else { return "" }
            return "\(indent)<data key=\"\(key)\">\(xmlEscaped(value))</data>\n"
        }
        for (key, value) in zip(graphKeys, [network.name, network.description, network.language, network.source]) {
            out += data("g_\(key)", value, indent: "    ")
        }
        for actor in network.actors {
            out += "    <node id=\"\(xmlEscaped(actor.id))\">\n"
            let values: [String?] = [
                actor.name, actor.sector.rawValue, actor.level.rawValue, actor.country, actor.territory,
                actor.roles.joined(separator: ";"), actor.offers.joined(separator: ";"),
                actor.needs.joined(separator: ";"),
                actor.motivation.joined(separator: ";"), actor.notes,
            ]
            for (key, value) in zip(nodeKeys, values) { out += data("n_\(key)", value, indent: "      ") }
            for (index, key) in attributeKeys.enumerated() {
                out += data("a\(index)", actor.attributes[key], indent: "      ", allowEmpty: true)
            }
            out += "    </node>\n"
        }
        for tie in network.ties {
            let directed = tie.directed.map { " directed=\"\($0)\"" } ?? ""
            out += "    <edge source=\"\(xmlEscaped(tie.from))\" target=\"\(xmlEscaped(tie.to))\"\(directed)>\n"
            let c = tie.contributions
            let values: [String?] = [
                OrderedTree.numberText(tie.weight), tie.kind.rawValue, tie.project, tie.note,
                c?.money.map(OrderedTree.numberText), c?.currency, c?.work.map(OrderedTree.numberText), c?.inKind,
                tie.start, tie.end,
            ]
            for ((key, _), value) in zip(edgeKeys, values) { out += data("e_\(key)", value, indent: "      ") }
            let attributes = tie.attributes
            for (index, key) in tieAttributeKeys.enumerated() {
                out += data("t\(index)", attributes[key], indent: "      ", allowEmpty: true)
            }
            out += "    </edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    /// Reads GraphML text into a network and the location of each node and edge.
    static func read(_ text: String, file: String) -> (Network, SourceMap, [Diagnostic]) {
        let reader = GraphMLReader(file: file)
        if let (line, message) = XMLInput.notXMLReason(text) {
            return (
                reader.network, reader.sourceMap,
                [
                    Diagnostic(
                        .error, SourceLocation(file: file, line: line),
                        "\(message); GraphML is XML (`<graphml>`)")
                ]
            )
        }
        if let (line, message) = XMLInput.parseProblem(text, reader: reader) {
            let problem = Diagnostic(.error, SourceLocation(file: file, line: line), message)
            return (reader.network, reader.sourceMap, reader.diagnostics + [problem])
        }
        reader.finish()
        return (reader.network, reader.sourceMap, reader.diagnostics)
    }
}

/// Streaming GraphML reader (SAX callbacks); keeps only the current element's state.
final class GraphMLReader: NSObject, XMLDocumentReader {
    let file: String
    var network: Network
    var sourceMap: SourceMap
    var diagnostics: [Diagnostic] = []
    var abortReason: String?

    private struct Key {
        var domain: String, name: String, defaultValue: String?, isGraphics: Bool
        var isBoolean = false
    }
    private var keys: [String: Key] = [:]
    private var currentKey: String?
    private var defaultFor: String?
    private var text = ""
    private var inNode: (actor: Actor, line: Int, data: [(String, String, Int)], label: String?)?
    private var inEdge: (tie: Tie, line: Int, data: [(String, String, Int)])?
    private var dataLine = 0
    private var graphDepth = 0
    private var nodeIDs = Set<String>()
    private var inNodeLabel = false
    private var sawGraphML = false

    init(file: String) {
        self.file = file
        network = Network(name: ((file as NSString).lastPathComponent as NSString).deletingPathExtension)
        sourceMap = SourceMap(file: file)
    }

    private func location(_ line: Int, _ column: Int? = nil) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// Elements open now, and whether the root element has closed (see `XMLInput.isEndOfLargeDocumentArtefact`).
    private var depth = 0
    private(set) var rootClosed = false

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        let local = name.split(separator: ":").last.map(String.init) ?? name
        let line = parser.lineNumber
        switch local {
        case "graphml": sawGraphML = true
        case "key":
            if let id = attributes["id"] {
                keys[id] = Key(
                    domain: attributes["for"] ?? "all", name: attributes["attr.name"] ?? id,
                    defaultValue: nil, isGraphics: attributes["yfiles.type"] != nil,
                    isBoolean: attributes["attr.type"] == "boolean")
                defaultFor = id
            }
        case "default": text = ""
        case "graph":
            graphDepth += 1
            if graphDepth == 1 { network.directed = attributes["edgedefault"] == "directed" }
        case "node":
            guard let id = attributes["id"] else {
                diagnostics.append(Diagnostic(.error, location(line)) { $0.text(.graphMLNodeWithoutID) })
                return
            }
            inNode = (Actor(id: id), line, [], nil)
        case "edge":
            guard let source = attributes["source"], let target = attributes["target"] else {
                diagnostics.append(Diagnostic(.error, location(line)) { $0.text(.graphMLEdgeWithoutEnds) })
                return
            }
            var tie = Tie(from: source, to: target)
            if let directed = attributes["directed"] { tie.directed = directed == "true" }
            inEdge = (tie, line, [])
        case "data":
            currentKey = attributes["key"]
            dataLine = line
            text = ""
        case "NodeLabel": inNodeLabel = true; text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if currentKey != nil || defaultFor != nil || inNodeLabel { text += string }
    }

    /// CDATA sections are text too (FoundationXML hands them over separately, as bytes).
    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        self.parser(parser, foundCharacters: String(decoding: block, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        if depth == 0 { rootClosed = true }
        let local = name.split(separator: ":").last.map(String.init) ?? name
        switch local {
        case "default": if let id = defaultFor { keys[id]?.defaultValue = text }
        case "key": defaultFor = nil
        case "NodeLabel":
            inNodeLabel = false
            if inNode != nil, inNode!.label == nil {
                let label = text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !label.isEmpty { inNode!.label = label }
            }
        case "data":
            guard let key = currentKey else { return }
            currentKey = nil
            // Booleans as GraphML spells them (NetworkX writes Python's `True`).
            let value = keys[key]?.isBoolean == true ? text.lowercased() : text
            if inEdge != nil {
                inEdge!.data.append((key, value, dataLine))
            } else if inNode != nil {
                if keys[key]?.isGraphics != true { inNode!.data.append((key, value, dataLine)) }
            } else if graphDepth >= 1 {
                graphData(key, value)
            }
        case "node": finishNode()
        case "edge": finishEdge()
        case "graph": graphDepth -= 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if abortReason == nil, !XMLInput.isEndOfLargeDocumentArtefact(parseError, rootClosed: rootClosed) {
            abortReason = "malformed XML: " + Self.describe(parseError)
            abortLine = parser.lineNumber
        }
    }

    var abortLine: Int?

    /// libxml2's error codes as words; Foundation on Linux gives no message.
    static func describe(_ error: Error?) -> String {
        guard let error else { return "unknown error" }
        let code = (error as NSError).code
        let known: [Int: String] = [
            4: "document is empty", 5: "document ended too early", 9: "invalid character", 23: "`>` expected",
            26: "undeclared entity", 38: "attribute without value", 41: "attribute not closed", 64: "quotes expected",
            73: "`>` expected", 76: "closing tag does not match the open element", 77: "tag not finished",
            89: "entity loop or expansion too large", 111: "`>` expected",
        ]
        return known[code] ?? "XML error \(code)"
    }

    private func graphData(_ key: String, _ value: String) {
        switch foldKey(keys[key]?.name ?? key) {
        case "name", "label": network.name = value
        case "description": network.description = value
        case "language": network.language = value
        case "source": network.source = value
        default: break
        }
    }

    /// Values for keys the element does not carry but that have defaults.
    private func withDefaults(_ data: [(String, String, Int)], domain: String, line: Int) -> [(String, String, Int)] {
        let present = Set(data.map(\.0))
        let defaults = keys.filter {
            ($0.value.domain == domain || $0.value.domain == "all") && $0.value.defaultValue != nil
                && !present.contains($0.key)
        }
        .sorted { $0.key < $1.key }.map { ($0.key, $0.value.defaultValue!, line) }
        return defaults + data
    }

    /// The element's values under their keys' declared names; yEd's graphics are no attribute.
    private func named(_ data: [(String, String, Int)]) -> [InterchangeFields.Value] {
        data.map { key, text, line in
            InterchangeFields.Value(
                name: keys[key]?.name ?? key, text: text, location: location(line),
                keptAsAttribute: keys[key]?.isGraphics != true)
        }
    }

    private func finishNode() {
        guard let (actor, line, data, label) = inNode else { return }
        inNode = nil
        var (read, fields) = InterchangeFields.readActor(
            actor, values: named(withDefaults(data, domain: "node", line: line)), at: location(line),
            nameKeys: ["name", "label"], fallbackName: label, seenIDs: &nodeIDs, diagnostics: &diagnostics)
        Self.gephiLayout(&read.attributes)
        network.actors.append(read)
        sourceMap.actors.append(fields)
    }

    private func finishEdge() {
        guard let (tie, line, data) = inEdge else { return }
        inEdge = nil
        let (read, fields) = InterchangeFields.readTie(
            tie, values: named(withDefaults(data, domain: "edge", line: line)), at: location(line),
            aliases: ["value": "weight"], diagnostics: &diagnostics)
        network.ties.append(read)
        sourceMap.ties.append(fields)
    }

    /// Gephi's GraphML layout keys (`x`, `y`, and `r`, `g`, `b` whole numbers) as the attributes GEXF's `viz` is
    /// read into (`viz_x`, `viz_y`, `viz_color` as `#rrggbb`), so a network laid out in Gephi reads the same from
    /// either export.
    static func gephiLayout(_ attributes: inout [String: String]) {
        for axis in ["x", "y"] {
            if let value = attributes[axis], parseNumber(value) != nil {
                attributes["viz_" + axis] = attributes.removeValue(forKey: axis)
            }
        }
        let channels = ["r", "g", "b"].compactMap { attributes[$0].flatMap { Int($0) } }
        guard channels.count == 3, channels.allSatisfy({ (0...255).contains($0) }) else { return }
        for channel in ["r", "g", "b"] { attributes[channel] = nil }
        attributes["viz_color"] = "#" + channels.map { String(format: "%02x", $0) }.joined()
    }

    /// Checks after the whole document is read (endpoints are checked by `NetworkValidator`).
    func finish() {
        if !sawGraphML {
            diagnostics.append(Diagnostic(.error, location(1)) { $0.text(.graphMLNotGraphML) })
        }
    }
}
