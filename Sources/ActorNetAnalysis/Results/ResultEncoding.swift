/// Keys of a JSON object given by name at run time (role names, group names).
struct NamedKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedEncodingContainer {
    /// A measure: `null` when absent or not finite (JSON has no inf/nan; the CLI's output never traps on one).
    mutating func encodeMeasure(_ value: Double?, forKey key: Key) throws {
        if let value, value.isFinite { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }
}

/// Measures by name, written as one JSON object `{name: value}` (`null` for an absent or non-finite value).
struct NamedMeasures: Encodable {
    var names: [String]
    var values: [Double?]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: NamedKey.self)
        for (name, value) in zip(names, values) { try container.encodeMeasure(value, forKey: NamedKey(name)) }
    }
}

/// A result whose text fields (partner reasons) are written in a language chosen when it is encoded.
public protocol LanguageEncodable {
    func encode(to encoder: any Encoder, language: String) throws
}

/// `value` encoded with its text in `language`: what the CLI writes for `--lang`.
public struct InLanguage<Value: LanguageEncodable>: Encodable {
    public var value: Value
    public var language: String

    public init(_ value: Value, _ language: String) {
        self.value = value
        self.language = language
    }

    public func encode(to encoder: any Encoder) throws { try value.encode(to: encoder, language: language) }
}
