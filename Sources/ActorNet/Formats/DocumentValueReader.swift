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
}
