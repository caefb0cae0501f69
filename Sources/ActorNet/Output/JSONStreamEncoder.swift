/// The `Encoder` that `JSONStreamWriter` hands to `encode(to:)`: its containers write into the writer's buffer.
struct JSONStreamEncoder: Encoder {
    let writer: JSONStreamWriter
    /// The writer's frame for the value being encoded.
    let frame: Int

    var codingPath: [any CodingKey] { writer.codingPath }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        writer.open(frame, as: .object)
        return KeyedEncodingContainer(JSONObjectContainer<Key>(writer: writer, frame: frame))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        writer.open(frame, as: .array)
        return JSONArrayContainer(writer: writer, frame: frame)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        writer.open(frame, as: .single)
        return JSONSingleValueContainer(writer: writer, frame: frame)
    }
}

/// An object's members. `encodeIfPresent` writes `null` for nil (the protocol's default would leave the key out).
struct JSONObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: JSONStreamWriter
    let frame: Int

    var codingPath: [any CodingKey] { writer.codingPath }

    private func member(_ key: Key, _ write: () throws -> Void) throws {
        let name = key.stringValue
        try writer.beginMember(name, in: frame)
        try write()
        try writer.endMember(name, in: frame)
    }

    mutating func encodeNil(forKey key: Key) throws { try member(key) { writer.writeNull() } }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try member(key) { writer.writeBool(value) } }
    mutating func encode(_ value: String, forKey key: Key) throws { try member(key) { writer.writeString(value) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { try member(key) { writer.writeDouble(value) } }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        try member(key) { writer.writeDouble(Double(value)) }
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { try member(key) { writer.writeInt64(Int64(value)) } }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try member(key) { writer.writeInteger(value) } }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try member(key) { writer.writeInteger(value) } }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try member(key) { writer.writeInteger(value) } }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try member(key) { writer.writeInteger(value) } }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try member(key) { writer.writeInteger(value) } }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try member(key) { writer.writeInteger(value) } }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try member(key) { writer.writeInteger(value) } }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try member(key) { writer.writeInteger(value) } }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try member(key) { writer.writeInteger(value) } }

    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws {
        writer.codingPath.append(key)
        defer { writer.codingPath.removeLast() }
        try member(key) { try writer.encodeValue(value) }
    }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        try member(key) { if let value { writer.writeBool(value) } else { writer.writeNull() } }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        try member(key) { if let value { writer.writeString(value) } else { writer.writeNull() } }
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        try member(key) { writer.writeDouble(value ?? .nan) }
    }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws {
        try member(key) { writer.writeDouble(value.map(Double.init) ?? .nan) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        try member(key) { if let value { writer.writeInt64(Int64(value)) } else { writer.writeNull() } }
    }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try integer(value, key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try integer(value, key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try integer(value, key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try integer(value, key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try integer(value, key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try integer(value, key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try integer(value, key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try integer(value, key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try integer(value, key) }
    mutating func encodeIfPresent<Value: Encodable>(_ value: Value?, forKey key: Key) throws {
        guard let value else { return try encodeNil(forKey: key) }
        try encode(value, forKey: key)
    }

    private func integer<Integer: BinaryInteger>(_ value: Integer?, _ key: Key) throws {
        try member(key) { if let value { writer.writeInteger(value) } else { writer.writeNull() } }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type,
        forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        preconditionFailure(JSONStreamEncoder.unsupported)
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        preconditionFailure(JSONStreamEncoder.unsupported)
    }
    mutating func superEncoder() -> any Encoder { preconditionFailure(JSONStreamEncoder.unsupported) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { preconditionFailure(JSONStreamEncoder.unsupported) }
}

/// An array's elements, handed to the sink as they are completed (when nothing above them may still move).
struct JSONArrayContainer: UnkeyedEncodingContainer {
    let writer: JSONStreamWriter
    let frame: Int

    var codingPath: [any CodingKey] { writer.codingPath }
    var count: Int { writer.frames[frame].count }

    private func element(_ write: () throws -> Void) throws {
        writer.beginElement(in: frame)
        try write()
        try writer.endElement(in: frame)
    }

    mutating func encodeNil() throws { try element { writer.writeNull() } }
    mutating func encode(_ value: Bool) throws { try element { writer.writeBool(value) } }
    mutating func encode(_ value: String) throws { try element { writer.writeString(value) } }
    mutating func encode(_ value: Double) throws { try element { writer.writeDouble(value) } }
    mutating func encode(_ value: Float) throws { try element { writer.writeDouble(Double(value)) } }
    mutating func encode(_ value: Int) throws { try element { writer.writeInt64(Int64(value)) } }
    mutating func encode(_ value: Int8) throws { try element { writer.writeInteger(value) } }
    mutating func encode(_ value: Int16) throws { try element { writer.writeInteger(value) } }
    mutating func encode(_ value: Int32) throws { try element { writer.writeInteger(value) } }
    mutating func encode(_ value: Int64) throws { try element { writer.writeInteger(value) } }
    mutating func encode(_ value: UInt) throws { try element { writer.writeInteger(value) } }
    mutating func encode(_ value: UInt8) throws { try element { writer.writeInteger(value) } }
    mutating func encode(_ value: UInt16) throws { try element { writer.writeInteger(value) } }
    mutating func encode(_ value: UInt32) throws { try element { writer.writeInteger(value) } }
    mutating func encode(_ value: UInt64) throws { try element { writer.writeInteger(value) } }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        writer.codingPath.append(JSONIndexKey(intValue: count))
        defer { writer.codingPath.removeLast() }
        try element { try writer.encodeValue(value) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        preconditionFailure(JSONStreamEncoder.unsupported)
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        preconditionFailure(JSONStreamEncoder.unsupported)
    }
    mutating func superEncoder() -> any Encoder { preconditionFailure(JSONStreamEncoder.unsupported) }
}

/// A value that is one scalar, or delegates to another value (`Optional`, a wrapper type).
struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let writer: JSONStreamWriter
    let frame: Int

    var codingPath: [any CodingKey] { writer.codingPath }

    mutating func encodeNil() throws { writer.writeNull() }
    mutating func encode(_ value: Bool) throws { writer.writeBool(value) }
    mutating func encode(_ value: String) throws { writer.writeString(value) }
    mutating func encode(_ value: Double) throws { writer.writeDouble(value) }
    mutating func encode(_ value: Float) throws { writer.writeDouble(Double(value)) }
    mutating func encode(_ value: Int) throws { writer.writeInt64(Int64(value)) }
    mutating func encode(_ value: Int8) throws { writer.writeInteger(value) }
    mutating func encode(_ value: Int16) throws { writer.writeInteger(value) }
    mutating func encode(_ value: Int32) throws { writer.writeInteger(value) }
    mutating func encode(_ value: Int64) throws { writer.writeInteger(value) }
    mutating func encode(_ value: UInt) throws { writer.writeInteger(value) }
    mutating func encode(_ value: UInt8) throws { writer.writeInteger(value) }
    mutating func encode(_ value: UInt16) throws { writer.writeInteger(value) }
    mutating func encode(_ value: UInt32) throws { writer.writeInteger(value) }
    mutating func encode(_ value: UInt64) throws { writer.writeInteger(value) }

    mutating func encode<Value: Encodable>(_ value: Value) throws {
        try writer.encodeValue(value, topLevelKeys: writer.frames[frame].outputOrder)
    }
}

/// An array position in `codingPath`.
struct JSONIndexKey: CodingKey {
    var stringValue: String { "Index \(intValue ?? 0)" }
    var intValue: Int?
    init(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

extension JSONStreamEncoder {
    static let unsupported =
        "JSONStreamWriter supports no nested containers or super encoders: encode a nested "
        + "Encodable value instead (see JSONStreamWriter)"
}
