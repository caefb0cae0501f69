/// Keys of a JSON object given by name at run time (role names, group names, sector × level cells).
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

    /// `values` as an object `{names[i]: values[i]}` under `key`.
    mutating func encodeObject(_ names: [String], _ values: [Double?], forKey key: Key) throws {
        var object = nestedContainer(keyedBy: NamedKey.self, forKey: key)
        for (name, value) in zip(names, values) { try object.encodeMeasure(value, forKey: NamedKey(name)) }
    }
}
