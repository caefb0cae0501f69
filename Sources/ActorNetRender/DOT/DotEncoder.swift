import ActorNet
import Foundation

/// Writes a `DotGraph` as DOT text: every value quoted and escaped, attributes sorted, output deterministic.
///
/// Plain text: `\` → `\\`, `"` → `\"`, `&` → `&amp;` (Graphviz decodes entities in labels and tooltips, and
/// writes the graph's name into SVG with entity-shaped text kept: `&eacute;` came out as `é`, `&#0;` made the SVG
/// ill-formed), newline (LF, CR or CR LF) → `\n` (a centred line break), tab → space,
/// other code points Graphviz cannot carry shown as `U+XXXX` (`DisplayText`); values
/// over 16 000 bytes are split into `"…" + "…"` (Graphviz refuses longer quoted strings). Numbers are clamped
/// to [-1e4, 1e4] so no attribute can ask Graphviz for absurd sizes.
public enum DotEncoder {
    static let maximumQuotedBytes = 16_000

    public static func encode(_ graph: DotGraph) -> String {
        // Appended piece by piece into one buffer: building each line from `+` temporaries took most of the time.
        var out = ""
        out.reserveCapacity(128 * (graph.nodes.count + graph.edges.count) + 1024)
        out += graph.directed ? "digraph " : "graph "
        out += quote(graph.id)
        out += " {\n"
        for (keyword, attributes) in [
            ("graph", graph.attributes), ("node", graph.nodeDefaults), ("edge", graph.edgeDefaults),
        ]
        where !attributes.isEmpty {
            out += "  "
            out += keyword
            appendAttributeList(attributes, to: &out)
            out += ";\n"
        }
        let clustered = Set(graph.clusters.flatMap(\.nodeIDs))
        for cluster in graph.clusters {
            out += "  subgraph "
            out += quote("cluster_" + cluster.id)
            out += " {\n"
            if !cluster.attributes.isEmpty {
                out += "    graph"
                appendAttributeList(cluster.attributes, to: &out)
                out += ";\n"
            }
            let members = Set(cluster.nodeIDs)
            for node in graph.nodes where members.contains(node.id) {
                out += "    "
                out += quote(node.id)
                appendAttributeList(node.attributes, to: &out)
                out += ";\n"
            }
            out += "  }\n"
        }
        for node in graph.nodes where !clustered.contains(node.id) {
            out += "  "
            out += quote(node.id)
            appendAttributeList(node.attributes, to: &out)
            out += ";\n"
        }
        let arrow = graph.directed ? " -> " : " -- "
        for edge in graph.edges {
            out += "  "
            out += quote(edge.from)
            out += arrow
            out += quote(edge.to)
            appendAttributeList(edge.attributes, to: &out)
            out += ";\n"
        }
        out += "}\n"
        return out
    }

    /// ` [key="value", …]` with keys in alphabetical order; nothing when there are no attributes.
    static func appendAttributeList(_ attributes: [DotAttribute: DotValue], to out: inout String) {
        guard !attributes.isEmpty else { return }
        out += " ["
        for (i, item) in attributes.sorted(by: { $0.key < $1.key }).enumerated() {
            if i > 0 { out += ", " }
            out += item.key.rawValue
            out += "="
            out += value(item.value)
        }
        out += "]"
    }

    static func value(_ value: DotValue) -> String {
        switch value {
        case .text(let text): return quote(text)
        case .leftText(let text):
            // Each line quoted on its own and ended by `\l` (left-justified), the last included.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            return "\"" + lines.map { String(quote(String($0)).dropFirst().dropLast()) }.joined(separator: "\\l")
                + "\\l\""
        case .tooltip(let text):
            return quote(
                text.utf8.contains(UInt8(ascii: "\\")) ? text.replacingOccurrences(of: "\\", with: "\\\\") : text)
        // An empty HTML label is written as a plain empty string: cgraph interns strings by content and the
        // first spelling wins, so an empty `<>` would turn every later plain "" into an (invalid) HTML label.
        case .html(let label): return label.markup.isEmpty ? "\"\"" : "<" + label.markup + ">"
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

    /// A quoted DOT string for any text; split with `+` when long. Linear in the text's length.
    public static func quote(_ text: String) -> String {
        // Fast path, the usual case: short text with nothing to escape or show as a code is quoted as it is.
        if text.utf8.count <= maximumQuotedBytes,
            !text.utf8.contains(where: {
                $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"")
                    || $0 == UInt8(ascii: "&") || $0 == 0xC2 || $0 >= 0xEF
            })
        {
            return "\"" + text + "\""
        }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 16)
        var bytes = 0
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            // Each scalar becomes one escaped unit; a part never ends inside a unit.
            let unit: String
            switch scalar {
            case "\\": unit = "\\\\"
            case "\"": unit = "\\\""
            case "&": unit = "&amp;"
            case "\n": if previous == "\r" { continue } else { unit = "\\n" }
            case "\r": unit = "\\n"
            case "\t": unit = " "
            default:
                if !DisplayText.isCarried(scalar) {
                    unit = DisplayText.code(scalar)
                } else {
                    if bytes + scalar.utf8.count > maximumQuotedBytes {
                        out += "\" + \""
                        bytes = 0
                    }
                    out.unicodeScalars.append(scalar)
                    bytes += scalar.utf8.count
                    continue
                }
            }
            if bytes + unit.utf8.count > maximumQuotedBytes {
                out += "\" + \""
                bytes = 0
            }
            out += unit
            bytes += unit.utf8.count
        }
        return out + "\""
    }

    /// `#RRGGBB`, `#RRGGBBAA` or a lowercase colour name: nothing that could close a quote or tag.
    static func isSafeColor(_ text: String) -> Bool {
        text.wholeMatch(of: /#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?|[a-z]{3,20}/) != nil
    }
}
