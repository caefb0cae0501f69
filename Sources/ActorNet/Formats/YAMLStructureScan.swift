internal import CYaml

/// One pass over libyaml's events (the parser Yams itself uses) before Yams builds its tree, refusing what would
/// make that tree dangerous: nesting deeper than a limit — counted through aliases, since an alias puts the whole
/// anchored node at its place — alias expansions beyond a value budget, and duplicate mapping keys.
///
/// Why before Yams: Yams' composer recurses once per level, and the tree it builds is freed recursively. A chain of
/// aliases (`- &a [x]`, then 70 000 × `- &a [*a]`: 700 KB) makes a tree 70 000 levels deep although the text nests
/// only three, and freeing it ran out of stack (SIGSEGV). Yams 6.2.2 does not expose its event stream, so this reads
/// libyaml's events directly (CYaml, the C target inside the Yams package). The events see only real structure:
/// brackets inside plain or quoted scalars and comments are text, not levels. The pass keeps one small frame per
/// open collection and one entry per anchor; it never recurses. Scalars are not copied, except mapping keys.
///
/// A libyaml syntax error ends the scan without a problem: Yams then parses the same text, meets the same error
/// and reports it in its own words (after at most the structure already checked here).
struct YAMLStructureScan {
    /// What the scan refuses, with the 1-based position of the event that crossed the line.
    struct Problem: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    let maximumDepth: Int
    /// The most values the document may have once every alias is expanded.
    let nodeBudget: Int

    /// An open sequence or mapping.
    private struct Frame {
        var anchor: String?
        var isMapping: Bool
        /// Levels below this collection (0 while it has only scalars), aliases counted as their anchored node.
        var height = 0
        /// Values in this collection and everything under it, itself included, aliases expanded.
        var size = 1
        /// For a mapping: whether the next child is a key.
        var expectingKey = true
    }

    /// A finished anchored node: how many levels it adds where an alias places it, and how many values.
    private struct AnchoredNode {
        var height: Int
        var size: Int
    }

    func check(_ text: String) throws(Problem) {
        var text = text
        let problem: Problem? = text.withUTF8 { bytes in scan(bytes) }
        if let problem { throw problem }
    }

    private func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
        var stack: [Frame] = []
        // The scalar keys met so far (with their line) of the mapping open at each depth. One table per depth,
        // emptied and reused, instead of one per mapping: a file of 50 000 ties has 50 000 small mappings.
        var keysAtDepth: [[String: Int]] = []
        var anchors: [String: AnchoredNode] = [:]
        var values = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { return nestingLimitProblem(parser) }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            func problem(_ message: String) -> Problem { Problem(line: line, column: column, message: message) }
            /// Adds a finished child (a value, or a key of a mapping) to the innermost open collection.
            func add(height: Int, size: Int, key: String?) -> Problem? {
                guard !stack.isEmpty else { return nil }
                let parent = stack.count - 1
                stack[parent].height = max(stack[parent].height, height)
                stack[parent].size += size
                guard stack[parent].isMapping else { return nil }
                defer { stack[parent].expectingKey.toggle() }
                guard stack[parent].expectingKey, let key else { return nil }
                if let first = keysAtDepth[parent].updateValue(line, forKey: key) {
                    keysAtDepth[parent][key] = first
                    return problem("duplicate key `\(key)` (first at line \(first))")
                }
                return nil
            }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_DOCUMENT_START_EVENT:
                anchors.removeAll()  // anchors are per document
            case YAML_SCALAR_EVENT:
                values += 1
                if values > nodeBudget { return problem(Self.budgetMessage) }
                let scalar = event.data.scalar
                if let anchor = Self.string(scalar.anchor) { anchors[anchor] = AnchoredNode(height: 0, size: 1) }
                let isKey = stack.last.map { $0.isMapping && $0.expectingKey } ?? false
                let key = isKey ? Self.string(scalar.value, length: scalar.length) : nil
                if let found = add(height: 0, size: 1, key: key) { return found }
            case YAML_ALIAS_EVENT:
                // An undefined alias is left to Yams, which names it.
                guard let name = Self.string(event.data.alias.anchor), let target = anchors[name] else { return nil }
                if stack.count + target.height > maximumDepth {
                    return problem("aliases nest deeper than \(maximumDepth) levels (alias `*\(name)`)")
                }
                values += target.size
                if values > nodeBudget { return problem(Self.budgetMessage) }
                if let found = add(height: target.height, size: target.size, key: nil) { return found }
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                values += 1
                if values > nodeBudget { return problem(Self.budgetMessage) }
                if stack.count + 1 > maximumDepth { return problem("nesting deeper than \(maximumDepth) levels") }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                stack.append(Frame(anchor: Self.string(anchor), isMapping: isMapping))
                if isMapping {
                    if keysAtDepth.count < stack.count {
                        keysAtDepth.append(contentsOf: repeatElement([:], count: stack.count - keysAtDepth.count))
                    }
                    keysAtDepth[stack.count - 1].removeAll(keepingCapacity: true)
                }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { return nil }
                let height = frame.height + 1
                if let anchor = frame.anchor { anchors[anchor] = AnchoredNode(height: height, size: frame.size) }
                if let found = add(height: height, size: frame.size, key: nil) { return found }
            default:
                break
            }
        }
    }

    /// libyaml's scanner reads ahead of its parser in flow collections (`[[[[…`) and stops at its own nesting
    /// limit (1 000 levels, flow and block together) before this scan has seen 513 levels of events: that
    /// error is the same problem, and gets the same words. Any other libyaml error is left to Yams.
    private func nestingLimitProblem(_ parser: yaml_parser_t) -> Problem? {
        guard let text = parser.problem.map({ String(cString: $0) }), text.hasPrefix("Maximum nesting level") else {
            return nil
        }
        return Problem(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1,
                       message: "nesting deeper than \(maximumDepth) levels")
    }

    static let budgetMessage = "aliases expand the document to more values than it has bytes (alias bomb?)"

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String? {
        pointer.map { String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self) }
    }
}
