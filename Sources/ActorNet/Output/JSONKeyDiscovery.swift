/// Learns a top-level object's keys before it is written, so `JSONStreamWriter` can write its members in output
/// order as they come (and so stream a large member) instead of holding the whole object to reorder it. The pass
/// calls `encode(to:)` but not the members' own `encode(to:)`: it costs one call per top-level key.
enum JSONKeyDiscovery {
    /// The keys of `value` in output order, when it encodes as an object with distinct keys; nil otherwise.
    static func topLevelKeys<Value: Encodable>(of value: Value) throws -> [String]? {
        switch value {
        case is String, is Double, is Int, is Bool, is Float: return nil
        default: break
        }
        let recorder = KeyRecorder()
        try value.encode(to: KeyRecordingEncoder(recorder: recorder))
        guard recorder.isObject, let keys = recorder.keys, Set(keys).count == keys.count else { return nil }
        return JSONKeyOrder.order(of: keys).map { keys[$0] }
    }
}

/// What the discovery pass saw.
final class KeyRecorder {
    var isObject = false
    /// nil once the value turned out not to be a plain object (an array, a scalar, a nested container).
    var keys: [String]? = []
    /// A single-value container delegating to another value: that value's keys count instead.
    var delegated = false
}

struct KeyRecordingEncoder: Encoder {
    let recorder: KeyRecorder
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        recorder.isObject = true
        return KeyedEncodingContainer(KeyRecordingContainer<Key>(recorder: recorder))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        recorder.keys = nil
        return KeyIgnoringContainer()
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        KeyRecordingSingleValue(recorder: recorder)
    }
}

/// Records each key; values are not looked at.
struct KeyRecordingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let recorder: KeyRecorder
    var codingPath: [any CodingKey] { [] }

    private func record(_ key: Key) { recorder.keys?.append(key.stringValue) }

    mutating func encodeNil(forKey key: Key) throws { record(key) }
    mutating func encode<Value: Encodable>(_ value: Value, forKey key: Key) throws { record(key) }
    mutating func encodeIfPresent<Value: Encodable>(_ value: Value?, forKey key: Key) throws { record(key) }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { record(key) }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { record(key) }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { record(key) }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { record(key) }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { record(key) }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { record(key) }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { record(key) }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { record(key) }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { record(key) }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { record(key) }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { record(key) }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { record(key) }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { record(key) }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { record(key) }

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

/// A delegating value: discovery continues into the value it delegates to.
struct KeyRecordingSingleValue: SingleValueEncodingContainer {
    let recorder: KeyRecorder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { recorder.keys = nil }
    mutating func encode<Value: Encodable>(_ value: Value) throws {
        switch value {
        case is String, is Double, is Int, is Bool, is Float: recorder.keys = nil
        default: try value.encode(to: KeyRecordingEncoder(recorder: recorder))
        }
    }
}

/// An array at the top: its elements stream anyway, nothing to learn.
struct KeyIgnoringContainer: UnkeyedEncodingContainer {
    var codingPath: [any CodingKey] { [] }
    var count = 0
    mutating func encodeNil() throws {}
    mutating func encode<Value: Encodable>(_ value: Value) throws {}
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
