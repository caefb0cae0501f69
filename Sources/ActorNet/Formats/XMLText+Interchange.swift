/// Text that GraphML and GEXF cannot carry. XML 1.0 has no way to write C0 controls other than tab, LF and CR, nor
/// U+FFFE and U+FFFF, not even as character references; `xmlEscaped` drops them, which would silently change an id
/// (two ids differing only by such a character would become one actor). `convert` refuses such text instead, at
/// the field that holds it, so the user can fix it or choose a format that carries any text (YAML, JSON, CSV).
public enum XMLInterchange {
    /// Whether XML 1.0 can carry `scalar` (its `Char` production, less the surrogates Swift never holds). Wider than
    /// `DisplayText.isCarried`, which also keeps C1 controls and noncharacters out of what people read.
    public static func canCarry(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// One error per field of `network` that holds a code point XML 1.0 cannot carry, at the field's position.
    /// - Parameter format: the format's name for the message ("GraphML", "GEXF").
    /// - Complexity: O(total text length).
    public static func problems(in network: Network, sourceMap: SourceMap, format: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func check(_ text: String?, _ field: String, _ location: @autoclosure () -> SourceLocation) {
            guard let text, let scalar = text.unicodeScalars.first(where: { !canCarry($0) }) else { return }
            problems.append(
                Diagnostic(
                    .error, location(),
                    "field `\(field)` holds \(DisplayText.code(scalar)), which \(format) (XML 1.0) cannot carry; "
                        + "remove it, or convert to "
                        + "YAML, JSON or CSV, which carry any text"))
        }
        let graphLocation = SourceLocation(file: sourceMap.file)
        check(network.name, "name", graphLocation)
        check(network.description, "description", graphLocation)
        check(network.language, "language", graphLocation)
        check(network.source, "source", graphLocation)
        for (index, actor) in network.actors.enumerated() {
            let fields: [(String, String?)] = [
                ("id", actor.id), ("name", actor.name), ("country", actor.country), ("territory", actor.territory),
                ("roles", actor.roles.joined()), ("offers", actor.offers.joined()), ("needs", actor.needs.joined()),
                ("motivation", actor.motivation.joined()), ("notes", actor.notes),
            ]
            for (field, text) in fields { check(text, field, sourceMap.actor(index, field)) }
            for key in actor.attributes.keys.sorted() {
                check(key, "attribute name", sourceMap.actor(index, key))
                check(actor.attributes[key], key, sourceMap.actor(index, key))
            }
        }
        for (index, tie) in network.ties.enumerated() {
            let fields: [(String, String?)] = [
                ("from", tie.from), ("to", tie.to), ("project", tie.project), ("note", tie.note),
                ("currency", tie.contributions?.currency), ("in_kind", tie.contributions?.inKind),
            ]
            for (field, text) in fields { check(text, field, sourceMap.tie(index, field)) }
        }
        return problems
    }
}
