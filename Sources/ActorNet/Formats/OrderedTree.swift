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
            return try Yams.serialize(
                node: node(YAMLTags()), indent: 2, width: -1, allowUnicode: true,
                sortKeys: false)
        } catch {
            preconditionFailure("serialising a tree we built cannot fail: \(error)")
        }
    }

    /// The tags of one document, made once. `Tag(_:)` built a new `Constructor` (three dictionaries) for every
    /// node: nine tenths of the memory of writing a network with 12 000 projects. The emitter never writes these
    /// tags (every scalar is marked implicit); only the styles chosen in `node(_:)` shape the text.
    private final class YAMLTags {
        let constructor = Constructor.default
        lazy var str = Tag(.str, .default, constructor)
        lazy var float = Tag(.float, .default, constructor)
        lazy var bool = Tag(.bool, .default, constructor)
        lazy var seq = Tag(.seq, .default, constructor)
        lazy var map = Tag(.map, .default, constructor)
        /// A fresh implicit tag (resolving one renames it, so it is never shared).
        var implicit: Tag { Tag(.implicit, .default, constructor) }
    }

    private func node(_ tags: YAMLTags) -> Node {
        switch self {
        case .string(let text):
            let needsQuotes =
                text.isEmpty || Self.surelyResolvesAsNonString(text)
                || Self.mayResolveAsNonString(text)
                    && Resolver.default.resolveTag(of: Node(text, tags.implicit)) != .str
                || text != trimmedSpaces(text)
            return Node(text, tags.str, needsQuotes ? .doubleQuoted : .any)
        case .number(let value):  // YAML's spellings of ∞ and NaN, which the readers refuse by name
            let text = value.isNaN ? ".nan" : value.isInfinite ? (value < 0 ? "-.inf" : ".inf") : Self.numberText(value)
            return Node(text, tags.float)
        case .bool(let value): return Node(value ? "true" : "false", tags.bool)
        case .list(let items):
            let style: Node.Sequence.Style = items.allSatisfy(\.isScalar) && !items.isEmpty ? .flow : .block
            return Node(items.map { $0.node(tags) }, tags.seq, style)
        case .map(let pairs): return Node(pairs.map { (Node($0.0, tags.str), $0.1.node(tags)) }, tags.map, .block)
        }
    }

    /// Whether YAML's default resolver could read `text` as anything but a string: every one of its rules (bool,
    /// int, float, merge, null, timestamp, value) starts with one of these characters. Most names start with
    /// another, and skip the resolver's regular expressions.
    private static func mayResolveAsNonString(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        guard resolvableFirstBytes.contains(first) else { return false }
        // Printable ASCII starting with a letter: only the bool and null words resolve (nothing else can follow).
        let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20)
        if isLetter, text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return resolvableWords.contains(text) }
        return true
    }

    /// The two shapes of IATI codes and dates that resolve without the resolver's regular expressions: a decimal
    /// integer without leading zero (`72050`, an int) and `YYYY-MM-DD` (a timestamp).
    private static func surelyResolvesAsNonString(_ text: String) -> Bool {
        let bytes = text.utf8
        guard let first = bytes.first, (0x30...0x39).contains(first) else { return false }
        let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
        if first != 0x30, bytes.allSatisfy(isDigit) { return true }
        guard bytes.count == 10 else { return false }
        return bytes.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : isDigit(byte)
        }
    }

    private static let resolvableFirstBytes = Set("yYnNtTfFoO-+0123456789.<~=".utf8)
    private static let resolvableWords: Set<String> = [
        "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL",
    ]

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
            return "{\n"
                + pairs.map { pad + OrderedTree.string($0.0).json() + ": " + $0.1.json(indent: indent + 1) }
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
