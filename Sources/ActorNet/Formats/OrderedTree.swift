import Foundation
import Yams

/// A document tree that keeps key order, written as YAML (through Yams) or JSON.
indirect enum OrderedTree {
    case string(String)
    case number(Double)
    case bool(Bool)
    case list([OrderedTree])
    case map([(String, OrderedTree)])

    /// YAML 1.1 text; strings that YAML would read as something else (`yes`, `null`, `01`, `1.5`) are quoted.
    var yaml: String {
        do {
            return try Yams.serialize(node: node, indent: 2, width: -1, allowUnicode: true, sortKeys: false)
        } catch {
            preconditionFailure("serialising a tree we built cannot fail: \(error)")
        }
    }

    private var node: Node {
        switch self {
        case .string(let text):
            let plain = Node(text)
            let needsQuotes = Resolver.default.resolveTag(of: plain) != .str || text.isEmpty
                || text != text.trimmingCharacters(in: .whitespaces)
            return Node(text, Tag(.str), needsQuotes ? .doubleQuoted : .any)
        case .number(let value):  // YAML's spellings of ∞ and NaN, which the readers refuse by name
            let text = value.isNaN ? ".nan" : value.isInfinite ? (value < 0 ? "-.inf" : ".inf") : Self.numberText(value)
            return Node(text, Tag(.float))
        case .bool(let value): return Node(value ? "true" : "false", Tag(.bool))
        case .list(let items): return Node(items.map(\.node), Tag(.seq), items.allSatisfy(\.isScalar) && !items.isEmpty ? .flow : .block)
        case .map(let pairs): return Node(pairs.map { (Node($0.0), $0.1.node) }, Tag(.map), .block)
        }
    }

    private var isScalar: Bool {
        switch self {
        case .string(let text): return text.count < 40
        case .number, .bool: return true
        default: return false
        }
    }

    /// Whole numbers without a decimal point; others in their shortest round-trip form.
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// Pretty JSON with keys in tree order.
    func json(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent + 1), close = String(repeating: "  ", count: indent)
        switch self {
        case .string(let text):
            // Foundation cannot fail on a string fragment, but an output path never traps: a plain escaper stands by.
            let options: JSONSerialization.WritingOptions = [.fragmentsAllowed, .withoutEscapingSlashes]
            guard let data = try? JSONSerialization.data(withJSONObject: text, options: options) else {
                return OrderedTree.quotedJSON(text)
            }
            return String(decoding: data, as: UTF8.self)
        case .number(let value): return value.isFinite ? OrderedTree.numberText(value) : "null"  // JSON has no ∞
        case .bool(let value): return value ? "true" : "false"
        case .list(let items):
            if items.isEmpty { return "[]" }
            return "[\n" + items.map { pad + $0.json(indent: indent + 1) }.joined(separator: ",\n") + "\n" + close + "]"
        case .map(let pairs):
            if pairs.isEmpty { return "{}" }
            return "{\n" + pairs.map { pad + OrderedTree.string($0.0).json() + ": " + $0.1.json(indent: indent + 1) }
                .joined(separator: ",\n") + "\n" + close + "}"
        }
    }
}

extension OrderedTree {
    /// `text` as a JSON string: quote, backslash and control characters escaped.
    static func quotedJSON(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
