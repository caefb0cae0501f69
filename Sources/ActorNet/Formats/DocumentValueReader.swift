/// The typed values of a YAML/JSON document tree, checked one way for the actornet document (`NetworkDecoder`) and
/// for node-link JSON (`NodeLinkDecoder`): each problem is reported at the value's position, worded by the catalogue.
/// A reader says how a node becomes text (node-link joins a list of scalars) and where problems go.
protocol DocumentValueReader {
    var file: String { get }
    /// The node as text, nil when null or (after reporting it) when it is not a value.
    mutating func text(_ node: DocumentNode, _ field: String) -> String?
    mutating func report(_ diagnostic: Diagnostic)
}

extension DocumentValueReader {
    func location(_ node: DocumentNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    mutating func error(at location: SourceLocation, wording: @escaping @Sendable (Language) -> String) {
        report(Diagnostic(.error, location, wording: wording))
    }

    mutating func bool(_ node: DocumentNode, _ field: String) -> Bool? {
        guard let value = text(node, field) else { return nil }
        if let parsed = parseBool(value) { return parsed }
        error(at: location(node)) { $0.text(.validationExpectedBool, ["field": field, "value": value]) }
        return nil
    }

    mutating func weight(_ node: DocumentNode) -> Double? {
        guard let value = text(node, "weight") else { return nil }
        switch parseWeight(value) {
        case .success(let weight): return weight
        case .failure(let problem):
            error(at: location(node)) { problem.message(field: "weight", $0) }
            return nil
        }
    }

    mutating func amount(_ node: DocumentNode, _ field: String) -> Double? {
        guard let value = text(node, field) else { return nil }
        guard let number = parseNumber(value), number.isFinite, number >= 0 else {
            error(at: location(node)) { $0.text(.validationExpectedAmount, ["field": field, "value": value]) }
            return nil
        }
        return number
    }

    mutating func vocabulary<V: Vocabulary>(_ node: DocumentNode, _ field: String) -> V? {
        guard let value = text(node, field) else { return nil }
        if let parsed = V(parsing: value) { return parsed }
        error(at: location(node)) { unknownValueMessage(V.self, value, field: field, $0) }
        return nil
    }

    mutating func country(_ node: DocumentNode) -> String? {
        guard let value = text(node, "country")?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
            return nil
        }
        guard let code = normaliseCountry(value) else {
            error(at: location(node)) { $0.text(.validationExpectedCountry, ["value": value]) }
            return nil
        }
        return code
    }

    mutating func date(_ node: DocumentNode, _ field: String) -> String? {
        guard let value = text(node, field)?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        guard isISODate(value) else {
            error(at: location(node)) { $0.text(.validationExpectedDate, ["field": field, "value": value]) }
            return nil
        }
        return value
    }

    /// The objects of a list, each as its pairs and position; anything else in the list is an error (node-link
    /// `nodes`/`links`, Kumu `elements`/`connections`).
    mutating func objects(_ node: DocumentNode, _ field: String)
        -> [(pairs: [(String, DocumentNode)], start: SourceLocation)]
    {
        guard case .sequence(let items, _, _) = node else {
            if case .null = node { return [] }
            error(at: location(node)) { $0.text(.validationExpectedList, ["field": field, "found": node.kindName]) }
            return []
        }
        return items.compactMap { item in
            guard case .mapping(let pairs, _, _) = item else {
                error(at: location(item)) {
                    $0.text(.nodeLinkExpectedObject, ["field": field, "found": item.kindName])
                }
                return nil
            }
            return (pairs.map { ($0.key, $0.value) }, location(item))
        }
    }

    /// A scalar as text (numbers and booleans as written); a list of scalars joined with `;`; anything else is an
    /// error. The `text` of readers of other tools' JSON, where lists stand for actornet's `;`-joined cells.
    mutating func scalarOrListText(_ node: DocumentNode, _ field: String) -> String? {
        switch node {
        case .scalar(let value, _, _): return value
        case .null: return nil
        case .sequence(let items, _, _) where items.allSatisfy({ if case .scalar = $0 { true } else { false } }):
            return items.compactMap { if case .scalar(let value, _, _) = $0 { value } else { nil } }
                .joined(separator: ";")
        default:
            error(at: location(node)) { $0.text(.validationExpectedValue, ["field": field, "found": node.kindName]) }
            return nil
        }
    }
}
