internal import CYaml

/// Reads YAML into a `DocumentNode` tree in one pass over libyaml's events (the parser Yams itself uses), refusing
/// on the way what would make the tree dangerous:
///
/// - nesting deeper than a limit, counted through aliases: an alias puts the whole anchored node at its place;
/// - alias expansions beyond a value budget;
/// - duplicate mapping keys.
///
/// Why not `Yams.compose`: its composer recurses once per level, and the tree it builds is freed recursively. A
/// chain of aliases (`- &a [x]`, then 70 000 × `- &a [*a]`: 700 KB) made a tree 70 000 levels deep although the
/// text nests only three, and freeing it ran out of stack (SIGSEGV). Yams 6.2.2 does not expose its event stream,
/// so this reads libyaml's events directly (CYaml, the C target inside the Yams package). The events see only
/// real structure: brackets inside plain or quoted scalars and comments are text, not levels.
///
/// The pass keeps one frame per open collection and one entry per anchor, and never recurses. Every limit is
/// checked before the node that would cross it is built, so the tree is never deeper than the limit. An alias
/// shares the anchored node's storage and is not copied. Building the tree directly also skips Yams' own tree,
/// its tag objects and a second walk.
struct YAMLEventReader {
    /// What the reader refuses, with the 1-based position of the event that crossed the line (the line alone
    /// when libyaml gives only a byte offset).
    struct Problem: Error, Equatable {
        var line: Int?
        var column: Int?
        var message: String
    }

    let maximumDepth: Int
    /// The most values the document may have once every alias is expanded.
    let nodeBudget: Int

    /// An open sequence or mapping.
    private struct Frame {
        var anchor: String?
        var isMapping: Bool
        var line: Int
        var column: Int
        var items: [DocumentNode] = []
        var pairs: [(key: String, keyLine: Int?, keyColumn: Int?, value: DocumentNode)] = []
        /// For a mapping: the key read, waiting for its value.
        var pendingKey: (text: String, line: Int, column: Int)?
        /// Levels below this collection (0 while it has only scalars), aliases counted as their anchored node.
        var height = 0
        /// Values in this collection and everything under it, itself included, aliases expanded.
        var size = 1
    }

    /// A finished anchored node: itself, how many levels it adds where an alias places it, and how many values.
    private struct AnchoredNode {
        var node: DocumentNode
        var height: Int
        var size: Int
    }

    /// The root node; nil for an empty document.
    func read(_ text: String) throws(Problem) -> DocumentNode? {
        var text = text
        let result: Result<DocumentNode?, Problem> = text.withUTF8 { bytes in compose(bytes) }
        return try result.get()
    }

    private func compose(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<DocumentNode?, Problem> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(Problem(line: nil, column: nil, message: "malformed YAML: libyaml could not start"))
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var stack: [Frame] = []
        // The scalar keys met so far (with their line) of the mapping open at each depth. One table per depth,
        // emptied and reused, instead of one per mapping: a file of 50 000 ties has 50 000 small mappings.
        var keysAtDepth: [[String: Int]] = []
        var anchors: [String: AnchoredNode] = [:]
        var root: DocumentNode?
        var documents = 0
        var values = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return .failure(syntaxProblem(parser, bytes)) }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            func problem(_ message: String) -> Result<DocumentNode?, Problem> {
                .failure(Problem(line: line, column: column, message: message))
            }
            /// Adds a finished node (a value, or a key of a mapping) to the innermost open collection. `keyText`
            /// is its text when it is a scalar (the raw text: `~` and `null` are keys like any other).
            func add(_ node: DocumentNode, height: Int, size: Int, keyText: String?) -> Problem? {
                guard let parent = stack.indices.last else {
                    root = node
                    return nil
                }
                stack[parent].height = max(stack[parent].height, height)
                stack[parent].size += size
                guard stack[parent].isMapping else {
                    stack[parent].items.append(node)
                    return nil
                }
                guard let key = stack[parent].pendingKey else {
                    var text = keyText ?? "{…}"  // a collection as a key: no field has such a name
                    if keyText == nil, case .sequence = node { text = "[…]" }
                    stack[parent].pendingKey = (text, node.line ?? line, node.column ?? column)
                    guard let keyText else { return nil }
                    if let first = keysAtDepth[parent].updateValue(line, forKey: keyText) {
                        keysAtDepth[parent][keyText] = first
                        return Problem(
                            line: line, column: column,
                            message: "duplicate key `\(keyText)` (first at line \(first))")
                    }
                    return nil
                }
                stack[parent].pairs.append((key.text, key.line, key.column, node))
                stack[parent].pendingKey = nil
                return nil
            }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .success(root)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    return problem(
                        "malformed YAML: expected a single document in the stream "
                            + "but found another document")
                }
            case YAML_SCALAR_EVENT:
                values += 1
                if values > nodeBudget { return problem(Self.budgetMessage) }
                let scalar = event.data.scalar
                let text =
                    scalar.value.map {
                        String(
                            decoding: UnsafeBufferPointer(start: $0, count: scalar.length),
                            as: UTF8.self)
                    } ?? ""
                let node: DocumentNode =
                    scalar.style == YAML_PLAIN_SCALAR_STYLE && Self.nullWords.contains(text)
                    ? .null(line: line, column: column) : .scalar(text, line: line, column: column)
                if let anchor = Self.string(scalar.anchor) {
                    anchors[anchor] = AnchoredNode(node: node, height: 0, size: 1)
                }
                if let found = add(node, height: 0, size: 1, keyText: text) { return .failure(found) }
            case YAML_ALIAS_EVENT:
                let name = Self.string(event.data.alias.anchor) ?? ""
                guard let target = anchors[name] else { return problem("malformed YAML: found undefined alias") }
                if stack.count + target.height > maximumDepth {
                    return problem("aliases nest deeper than \(maximumDepth) levels (alias `*\(name)`)")
                }
                values += target.size
                if values > nodeBudget { return problem(Self.budgetMessage) }
                var keyText: String?
                switch target.node {
                case .scalar(let text, _, _): keyText = text
                case .null: keyText = ""
                default: keyText = nil
                }
                if let found = add(target.node, height: target.height, size: target.size, keyText: keyText) {
                    return .failure(found)
                }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                values += 1
                if values > nodeBudget { return problem(Self.budgetMessage) }
                if stack.count + 1 > maximumDepth { return problem("nesting deeper than \(maximumDepth) levels") }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                stack.append(Frame(anchor: Self.string(anchor), isMapping: isMapping, line: line, column: column))
                if isMapping {
                    if keysAtDepth.count < stack.count {
                        keysAtDepth.append(contentsOf: repeatElement([:], count: stack.count - keysAtDepth.count))
                    }
                    keysAtDepth[stack.count - 1].removeAll(keepingCapacity: true)
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { break }
                let node: DocumentNode =
                    frame.isMapping
                    ? .mapping(frame.pairs, line: frame.line, column: frame.column)
                    : .sequence(frame.items, line: frame.line, column: frame.column)
                let height = frame.height + 1
                if let anchor = frame.anchor {
                    anchors[anchor] = AnchoredNode(node: node, height: height, size: frame.size)
                }
                if let found = add(node, height: height, size: frame.size, keyText: nil) { return .failure(found) }
            default:
                break
            }
        }
    }

    /// Plain scalars that mean "no value" (YAML 1.2 core schema).
    private static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    static let budgetMessage = "aliases expand the document to more values than it has bytes (alias bomb?)"

    /// libyaml's error in the words Yams used (`malformed YAML: <context> <problem>` at the problem's mark).
    /// libyaml's scanner reads ahead of its parser in flow collections (`[[[[…`) and stops at its own nesting
    /// limit (1 000 levels, flow and block together) before this reader has seen 513 levels: that error is the
    /// nesting problem, and gets its words.
    private func syntaxProblem(_ parser: yaml_parser_t, _ bytes: UnsafeBufferPointer<UInt8>) -> Problem {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
        let line = Int(parser.problem_mark.line) + 1, column = Int(parser.problem_mark.column) + 1
        if problem.hasPrefix("Maximum nesting level") {
            return Problem(line: line, column: column, message: "nesting deeper than \(maximumDepth) levels")
        }
        if parser.error == YAML_READER_ERROR {
            // Only a byte offset: count the lines before it.
            let offset = min(Int(parser.problem_offset), bytes.count)
            let lines = bytes[..<offset].reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
            return Problem(line: lines, column: nil, message: "malformed YAML: \(problem)")
        }
        let context = parser.context.map { String(cString: $0) + " " } ?? ""
        return Problem(line: line, column: column, message: "malformed YAML: \(context)\(problem)")
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}
