import Foundation

/// Writes `Encodable` values as JSON text byte-identical to `JSONOutput.text` (Foundation's `JSONSerialization`
/// with `prettyPrinted`, `sortedKeys`, `withoutEscapingSlashes`), without building a `[String: Any]` tree or a
/// `String`: bytes go into a growing buffer that is handed to a `ByteSink` in chunks of about `chunkSize` bytes.
///
/// Use:
/// ```swift
/// let writer = JSONStreamWriter(sink: { bytes in try send(bytes) })
/// try writer.encode(result)      // one JSON text
/// writer.write("\n")
/// try writer.finish()            // hands over what is still buffered
/// ```
/// or `JSONStreamWriter.data(of: result)` for the bytes at once.
///
/// The text is that of today's `JSONOutput.text` on the equivalent dictionary tree:
/// - two-space indentation, `"key" : value`, an empty array as `[` newline newline indent `]` (Foundation's);
/// - keys sorted as Foundation sorts them (numeric, case-insensitive, in the system locale: `x9` before `x10`,
///   `b` before `B`); each object's order is computed once per distinct key sequence and reused;
/// - a non-finite number, an absent optional (`encodeIfPresent(nil)`, so a synthesised `Double?` property), and
///   `encodeNil` are `null`: keys are never left out;
/// - `Double` as its shortest round-trip text without a trailing `.0` (`1`, `0.1`, `1e-07`, `1e+21`, `-0`);
///   `Float` as the `Double` it converts to; integers as their digits;
/// - strings with `"`, `\` and control characters escaped (`\n`, `\u001f`), `/` and non-ASCII text as they are.
///
/// Streaming: an array's elements are handed to the sink as they are completed. An object's members are reordered
/// when it is complete, so the bytes of an open object stay buffered until then; for a top-level object (whose
/// largest member, a table of rows, is the point of streaming) the keys are learnt first by a cheap pass over the
/// value's `encode(to:)` that does not descend into member values, and members are then written in sorted order as
/// they come (one that comes early is held until its turn). So `encode(to:)` must encode the same keys each time.
///
/// Not supported (a precondition failure, a programming error rather than bad input): `superEncoder` and nested
/// containers (`nestedContainer`, `nestedUnkeyedContainer`); encode a nested `Encodable` value instead.
public final class JSONStreamWriter {
    let sink: ByteSink
    let chunkSize: Int
    /// The mutable state, behind a pointer: the hot paths touch it for every byte run, and as stored properties of a
    /// class each touch paid a dynamic exclusivity check (a fifth of the time of `analyze --format json`).
    private let state: UnsafeMutablePointer<JSONWriterState>

    /// The bytes not yet handed to the sink.
    var bytes: [UInt8] {
        _read { yield state.pointee.bytes }
        _modify { yield &state.pointee.bytes }
    }
    /// Open containers whose bytes may still move (objects being reordered, members held for their turn): while
    /// any is open nothing is handed to the sink.
    var pinned: Int {
        _read { yield state.pointee.pinned }
        _modify { yield &state.pointee.pinned }
    }
    /// Containers being written, innermost last (reused between values, so rows allocate nothing here).
    var frames: [JSONFrame] {
        _read { yield state.pointee.frames }
        _modify { yield &state.pointee.frames }
    }
    var frameCount: Int {
        _read { yield state.pointee.frameCount }
        _modify { yield &state.pointee.frameCount }
    }
    /// Indentation level of the value being written.
    var depth: Int {
        _read { yield state.pointee.depth }
        _modify { yield &state.pointee.depth }
    }
    /// The keys of the values being encoded, outermost first (`Encoder.codingPath`).
    var codingPath: [any CodingKey] {
        _read { yield state.pointee.codingPath }
        _modify { yield &state.pointee.codingPath }
    }
    var keyOrders: JSONKeyOrderCache {
        _read { yield state.pointee.keyOrders }
        _modify { yield &state.pointee.keyOrders }
    }

    /// - Parameters:
    ///   - chunkSize: bytes gathered before the sink is called (the last call may be smaller).
    ///   - sink: receives the text in order.
    public init(chunkSize: Int = 1 << 20, sink: @escaping ByteSink) {
        self.chunkSize = max(1, chunkSize)
        self.sink = sink
        state = .allocate(capacity: 1)
        state.initialize(to: JSONWriterState())
        state.pointee.bytes.reserveCapacity(self.chunkSize + self.chunkSize / 4)
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Writes `value` as one JSON text (no line break after it).
    public func encode<Value: Encodable>(_ value: Value) throws {
        precondition(frames.isEmpty, "JSONStreamWriter.encode called while a value is being encoded")
        let keys = try JSONKeyDiscovery.topLevelKeys(of: value)
        try encodeValue(value, topLevelKeys: keys)
        try flushIfFull()
    }

    /// Writes `text` as it is (a line break between values, say).
    public func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Hands everything buffered to the sink. Call once after the last value.
    public func finish() throws {
        guard !bytes.isEmpty else { return }
        try bytes.withUnsafeBytes { try sink($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Hands the buffer to the sink when it holds a chunk and no open container may still move its bytes.
    func flushIfFull() throws {
        if pinned == 0 && bytes.count >= chunkSize { try finish() }
    }

    /// The JSON text of `value`, as bytes.
    public static func data<Value: Encodable>(of value: Value) throws -> Data {
        var data = Data()
        let writer = JSONStreamWriter(chunkSize: 1 << 16) { data.append(contentsOf: $0) }
        try writer.encode(value)
        try writer.finish()
        return data
    }

    /// The JSON text of `value`.
    public static func text<Value: Encodable>(of value: Value) throws -> String {
        String(decoding: try data(of: value), as: UTF8.self)
    }
}

/// What a `JSONStreamWriter` changes as it writes.
struct JSONWriterState {
    var bytes: [UInt8] = []
    var pinned = 0
    var frames: [JSONFrame] = []
    var frameCount = 0
    var depth = 0
    var codingPath: [any CodingKey] = []
    var keyOrders = JSONKeyOrderCache()
}
