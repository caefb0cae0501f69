/// The text of one key in one language: a template with `{name}` placeholders, or plural forms chosen by `count`.
public enum CatalogueEntry: Sendable, Hashable, ExpressibleByStringLiteral {
    case text(String)
    /// `one` is used where the language's rule says so (1 in en, es, pt); both forms may use `{count}`.
    case plural(one: String, other: String)

    public init(stringLiteral value: String) { self = .text(value) }

    /// Every template of the entry (one, or the plural forms).
    public var templates: [String] {
        switch self {
        case .text(let text): [text]
        case .plural(let one, let other): [one, other]
        }
    }
}

/// Which plural form a count takes in a language.
public enum PluralForm: Sendable, Hashable { case one, other }

/// The language catalogue: every user-visible string in every `Language`, one table per language in its own file
/// (`Catalogue+English.swift`, `Catalogue+Spanish.swift`, `Catalogue+Portuguese.swift`). Call sites use
/// `Language.text(_:)`, `Language.text(_:_:)` and `Language.count(_:_:)`.
public enum Catalogue {
    /// The raw entry of `key` in `language`, placeholders unfilled.
    public static func entry(_ key: CatalogueKey, _ language: Language) -> CatalogueEntry {
        switch language {
        case .en: english(key)
        case .es: spanish(key)
        case .pt: portuguese(key)
        }
    }

    /// The plural form `count` takes in `language`.
    public static func pluralForm(_ count: Int, _ language: Language) -> PluralForm {
        switch language {
        case .en: englishPluralForm(count)
        case .es: spanishPluralForm(count)
        case .pt: portuguesePluralForm(count)
        }
    }

    /// The `{name}` placeholders of a template, in order of first appearance.
    public static func placeholders(_ template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if !names.contains(name) { names.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// `template` with each `{name}` replaced by its value (`{count}` by `count` when given); placeholders without
    /// a value are left as written. Scans UTF-8: diagnostics word up to a message per input line.
    static func fill(
        _ template: String, _ values: KeyValuePairs<String, any CustomStringConvertible>,
        count: Int? = nil
    ) -> String {
        let bytes = template.utf8
        guard var open = bytes.firstIndex(of: UInt8(ascii: "{")) else { return template }
        var out = ""
        out.reserveCapacity(bytes.count + 32)
        var copied = bytes.startIndex
        while let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")) {
            let name = Substring(bytes[bytes.index(after: open)..<close])
            let value: String?
            if name == "count", let count {
                value = String(count)
            } else {
                value = values.first(where: { $0.key == name })?.value.description
            }
            if let value {
                out += template[copied..<open]
                out += value
                copied = bytes.index(after: close)
            }
            guard let next = bytes[bytes.index(after: close)...].firstIndex(of: UInt8(ascii: "{")) else { break }
            open = next
        }
        out += template[copied...]
        return out
    }
}

extension Language {
    /// The text of a key without parameters: `language.text(.diagramLegend)` → `Leyenda`.
    public func text(_ key: CatalogueKey) -> String {
        text(key, [:])
    }

    /// The text of a key with its parameters filled:
    /// `language.text(.reportDiagramEgo, ["name": "AGCI"])` → `En torno a AGCI`.
    /// A plural key given here takes its `other` form; use `count(_:_:_:)` for counts.
    public func text(_ key: CatalogueKey, _ values: KeyValuePairs<String, any CustomStringConvertible>) -> String {
        switch Catalogue.entry(key, self) {
        case .text(let template): Catalogue.fill(template, values)
        case .plural(_, let other): Catalogue.fill(other, values)
        }
    }

    /// A count with its noun in the right plural form: `Language.pt.count(.countTies, 1)` → `1 laço`,
    /// `Language.es.count(.countTies, 2)` → `2 lazos`. Other parameters as in `text(_:_:)`.
    public func count(
        _ key: CatalogueKey, _ count: Int,
        _ values: KeyValuePairs<String, any CustomStringConvertible> = [:]
    ) -> String {
        let template: String
        switch Catalogue.entry(key, self) {
        case .text(let text): template = text
        case .plural(let one, let other): template = Catalogue.pluralForm(count, self) == .one ? one : other
        }
        return Catalogue.fill(template, values, count: count)
    }
}
