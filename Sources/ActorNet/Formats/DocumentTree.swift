import Foundation

/// A YAML or JSON value with the place it was read from, so that the model decoder can name line and column.
indirect enum DocumentNode: Sendable {
    case scalar(String, line: Int?, column: Int?)
    case null(line: Int?, column: Int?)
    case sequence([DocumentNode], line: Int?, column: Int?)
    /// Keys in file order, each with its own position.
    case mapping([(key: String, keyLine: Int?, keyColumn: Int?, value: DocumentNode)], line: Int?, column: Int?)

    var line: Int? {
        switch self {
        case .scalar(_, let line, _), .null(let line, _), .sequence(_, let line, _), .mapping(_, let line, _): line
        }
    }

    var column: Int? {
        switch self {
        case .scalar(_, _, let column), .null(_, let column), .sequence(_, _, let column),
            .mapping(_, _, let column):
            column
        }
    }

    /// What the node is, for messages like "expected a list, found a mapping".
    var kindName: String {
        switch self {
        case .scalar: "a value"
        case .null: "nothing"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// Reads YAML and JSON text into `DocumentNode` trees, with limits that keep hostile input from exhausting
/// the stack (deep nesting) or memory (alias expansion).
enum DocumentReader {
    /// Deeper nesting than this is refused (`YAMLEventReader`, and `JSONStructureScan` before Foundation's JSON
    /// parser): that parser and the tree walks recurse per level, and an alias counts as the levels of the node
    /// it stands for.
    static let maximumDepth = 512
    /// Values, with every alias expanded, may not exceed the document's size in bytes (at least this many): a
    /// plain document has fewer values than bytes, a "billion laughs" one stops here.
    static let minimumNodeBudget = 10_000

    enum Failure: Error {
        case syntax(line: Int?, column: Int?, message: String)
    }

    static func readYAML(_ text: String) throws(Failure) -> DocumentNode? {
        // One pass over libyaml's events: depth (through aliases), alias expansion and duplicate keys are checked
        // before the node that would cross a limit is built (`YAMLEventReader`).
        do { return try YAMLEventReader(maximumDepth: maximumDepth, nodeBudget: nodeBudget(text)).read(text) } catch {
            throw .syntax(line: error.line, column: error.column, message: error.message)
        }
    }

    static func readJSON(_ text: String) throws(Failure) -> DocumentNode? {
        do { try JSONStructureScan(maximumDepth: maximumDepth).check(text) } catch {
            throw .syntax(line: error.line, column: error.column, message: error.message)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw jsonFailure(error, text: text)
        }
        // JSON is a subset of YAML 1.2 in practice; libyaml gives us positions. If it disagrees (keys over 1 024
        // characters, for one), fall back to Foundation's tree, which has no positions. Duplicate keys, which
        // the YAML reader refuses, never get here (`JSONStructureScan`).
        if let node = try? YAMLEventReader(maximumDepth: maximumDepth, nodeBudget: nodeBudget(text)).read(text) {
            return node
        }
        return convert(json: object)
    }

    private static func nodeBudget(_ text: String) -> Int { max(minimumNodeBudget, text.utf8.count) }

    private static func convert(json: Any) -> DocumentNode {
        switch json {
        case is NSNull:
            return .null(line: nil, column: nil)
        case let array as [Any]:
            return .sequence(array.map(convert(json:)), line: nil, column: nil)
        case let dictionary as [String: Any]:
            let pairs = dictionary.keys.sorted().map { key in
                (key: key, keyLine: Int?.none, keyColumn: Int?.none, value: convert(json: dictionary[key]!))
            }
            return .mapping(pairs, line: nil, column: nil)
        case let string as String:
            return .scalar(string, line: nil, column: nil)
        case let number as NSNumber:
            if String(cString: number.objCType) == "c", number.intValue == 0 || number.intValue == 1,
                type(of: json) != NSNumber.self
            {
                return .scalar(number.boolValue ? "true" : "false", line: nil, column: nil)
            }
            return .scalar(number.stringValue, line: nil, column: nil)
        default:
            return .scalar("\(json)", line: nil, column: nil)
        }
    }

    /// Foundation says "… around line 3, column 7." on Linux; pull the position out of it.
    private static func jsonFailure(_ error: Error, text: String) -> Failure {
        let detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        var line: Int?, column: Int?
        if let match = detail.firstMatch(of: /line (\d+), column (\d+)/) {
            line = Int(match.1)
            column = Int(match.2)
        } else if let match = detail.firstMatch(of: /character (\d+)/), let offset = Int(match.1) {
            (line, column) = position(ofUTF8Offset: offset, in: text)
        }
        if line == nil {
            // "Unexpected end of file": the problem is at the end.
            line = text.utf8.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) } - (text.hasSuffix("\n") ? 1 : 0)
        }
        let message = detail.replacing(#/ around line \d+, column \d+\.?/#, with: "")
        return .syntax(line: line, column: column, message: "malformed JSON: \(message)")
    }

    static func position(ofUTF8Offset offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for (index, byte) in text.utf8.enumerated() {
            if index >= offset { break }
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
