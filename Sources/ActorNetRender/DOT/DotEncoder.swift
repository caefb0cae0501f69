import Foundation

/// Writes a `DotGraph` as DOT text: every value quoted and escaped, attributes sorted, output deterministic.
///
/// Plain text: `\` → `\\`, `"` → `\"`, newline → `\n` (a centred line break), other C0 controls dropped; values
/// over 16 000 bytes are split into `"…" + "…"` (Graphviz refuses longer quoted strings). Numbers are clamped
/// to [-1e4, 1e4] so no attribute can ask Graphviz for absurd sizes.
public enum DotEncoder {
    static let maximumQuotedBytes = 16_000

    public static func encode(_ graph: DotGraph) -> String {
        var out = (graph.directed ? "digraph " : "graph ") + quote(graph.id) + " {\n"
        if !graph.attributes.isEmpty { out += "  graph" + attributeList(graph.attributes) + ";\n" }
        if !graph.nodeDefaults.isEmpty { out += "  node" + attributeList(graph.nodeDefaults) + ";\n" }
        if !graph.edgeDefaults.isEmpty { out += "  edge" + attributeList(graph.edgeDefaults) + ";\n" }
        let clustered = Set(graph.clusters.flatMap(\.nodeIDs))
        for cluster in graph.clusters {
            out += "  subgraph " + quote("cluster_" + cluster.id) + " {\n"
            if !cluster.attributes.isEmpty { out += "    graph" + attributeList(cluster.attributes) + ";\n" }
            let members = Set(cluster.nodeIDs)
            for node in graph.nodes where members.contains(node.id) {
                out += "    " + quote(node.id) + attributeList(node.attributes) + ";\n"
            }
            out += "  }\n"
        }
        for node in graph.nodes where !clustered.contains(node.id) {
            out += "  " + quote(node.id) + attributeList(node.attributes) + ";\n"
        }
        let arrow = graph.directed ? " -> " : " -- "
        for edge in graph.edges {
            out += "  " + quote(edge.from) + arrow + quote(edge.to) + attributeList(edge.attributes) + ";\n"
        }
        return out + "}\n"
    }

    static func attributeList(_ attributes: [DotAttribute: DotValue]) -> String {
        guard !attributes.isEmpty else { return "" }
        let items = attributes.keys.sorted().map { key in key.rawValue + "=" + value(attributes[key]!) }
        return " [" + items.joined(separator: ", ") + "]"
    }

    static func value(_ value: DotValue) -> String {
        switch value {
        case .text(let text): return quote(text)
        case .tooltip(let text): return quote(text.contains("\\") ? text.replacingOccurrences(of: "\\", with: "\\\\") : text)
        case .html(let label): return "<" + label.markup + ">"
        case .number(let number): return quote(self.number(number))
        case .keyword(let keyword): return quote(keyword)
        }
    }

    /// Shortest text for a clamped number (`1`, `0.5`, `2.25`).
    static func number(_ value: Double) -> String {
        let clamped = value.isFinite ? min(max(value, -10_000), 10_000) : 0
        let rounded = (clamped * 10_000).rounded() / 10_000
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(rounded)  // shortest round-trip form of a 4-decimal value: "15.6569", "0.5"
    }

    /// A quoted DOT string for any text; split with `+` when long.
    public static func quote(_ text: String) -> String {
        var parts: [String] = []
        var current = ""
        var bytes = 0
        for scalar in text.unicodeScalars {
            // Each scalar becomes one escaped unit; a part never ends inside a unit.
            let unit: String
            switch scalar {
            case "\\": unit = "\\\\"
            case "\"": unit = "\\\""
            case "\n": unit = "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                unit = String(scalar)
            }
            if bytes + unit.utf8.count > maximumQuotedBytes {
                parts.append(current)
                current = ""
                bytes = 0
            }
            current += unit
            bytes += unit.utf8.count
        }
        parts.append(current)
        return parts.map { "\"" + $0 + "\"" }.joined(separator: " + ")
    }

    /// `#RRGGBB`, `#RRGGBBAA` or a lowercase colour name: nothing that could close a quote or tag.
    static func isSafeColor(_ text: String) -> Bool {
        text.wholeMatch(of: /#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?|[a-z]{3,20}/) != nil
    }
}
