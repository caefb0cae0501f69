import Foundation

/// The network's YAML and JSON written record by record into a `ByteSink`, byte-identical to the whole-tree text
/// (`tree(network).yaml` / `.json()`): only one batch of records is ever a tree. Writing the tree of a network
/// with 97 536 projects at once took 678 MB; the network itself is a small part of that.
extension NetworkWriter {
    /// Records serialised per Yams call: one call per record costs a parser/emitter setup each, a whole list
    /// costs the memory this writer avoids.
    static let recordsPerBatch = 256

    /// Writes the YAML text into `sink`, in chunks of about `chunkSize` bytes.
    public static func writeYAML(_ network: Network, chunkSize: Int = 1 << 20, to sink: @escaping ByteSink) throws {
        var buffer = ChunkBuffer(chunkSize: chunkSize, sink: sink)
        try buffer.append(OrderedTree.map(headerPairs(network)).yaml)
        try lazySections(network) { key, count, record in
            // A sequence under a top-level key is written without indentation by Yams, so a top-level sequence
            // of some of its items has the same lines; an empty one is Yams' `key: []`.
            guard count > 0 else { return try buffer.append(OrderedTree.map([(key, .list([]))]).yaml) }
            try buffer.append(key + ":\n")
            for start in stride(from: 0, to: count, by: recordsPerBatch) {
                let batch = (start..<min(start + recordsPerBatch, count)).map(record)
                try buffer.append(OrderedTree.list(batch).yaml)
            }
        }
        try buffer.finish()
    }

    /// Writes the JSON text (with its final line break) into `sink`, in chunks of about `chunkSize` bytes.
    public static func writeJSON(_ network: Network, chunkSize: Int = 1 << 20, to sink: @escaping ByteSink) throws {
        var buffer = ChunkBuffer(chunkSize: chunkSize, sink: sink)
        var first = true
        func member(_ key: String) throws {
            try buffer.append((first ? "{\n  " : ",\n  ") + OrderedTree.string(key).json() + ": ")
            first = false
        }
        for (key, value) in headerPairs(network) {
            try member(key)
            try buffer.append(value.json(indent: 1))
        }
        try lazySections(network) { key, count, record in
            try member(key)
            guard count > 0 else { return try buffer.append("[]") }
            for index in 0..<count {
                try buffer.append((index == 0 ? "[\n    " : ",\n    ") + record(index).json(indent: 2))
            }
            try buffer.append("\n  ]")
        }
        try buffer.append("\n}\n")
        try buffer.finish()
    }

    /// The YAML text, as bytes.
    public static func yamlData(_ network: Network) -> Data { collected { try writeYAML(network, to: $0) } }

    /// The JSON text, as bytes.
    public static func jsonData(_ network: Network) -> Data { collected { try writeJSON(network, to: $0) } }

    private static func collected(_ write: (@escaping ByteSink) throws -> Void) -> Data {
        var data = Data()
        do {
            try write { data.append(contentsOf: $0) }
        } catch {
            preconditionFailure("a sink into memory does not throw: \(error)")
        }
        return data
    }

    /// The top-level members before the record lists, in the order `tree(_:)` writes them.
    static func headerPairs(_ network: Network) -> [(String, OrderedTree)] {
        var top: [(String, OrderedTree)] = [("name", .string(network.name))]
        if let description = network.description { top.append(("description", .string(description))) }
        if !network.goals.isEmpty { top.append(("goals", .list(network.goals.map { .string($0) }))) }
        if let language = network.language { top.append(("language", .string(language))) }
        top.append(("directed", .bool(network.directed)))
        if let source = network.source { top.append(("source", .string(source))) }
        if let record = network.importRecord { top.append(("import", importTree(record))) }
        return top
    }

    static func importTree(_ record: ImportRecord) -> OrderedTree {
        var pairs: [(String, OrderedTree)] = [
            (ImportRecord.CodingKeys.importer.rawValue, .string(record.importer)),
            (ImportRecord.CodingKeys.files.rawValue, .list(record.files.map(OrderedTree.string))),
        ]
        pairs += record.counts.map { ($0.key.rawValue, .number(Double($0.value))) }
        return .map(pairs)
    }

    /// Calls `write` with each record list in `tree(_:)`'s order: its key, its length and the tree of record `k`
    /// (made when asked, so one batch at a time lives).
    private static func lazySections(
        _ network: Network, _ write: (String, Int, (Int) -> OrderedTree) throws -> Void
    ) throws {
        try write("actors", network.actors.count) { actorTree(network.actors[$0]) }
        try write("ties", network.ties.count) { tieTree(network.ties[$0]) }
        if !network.projects.isEmpty {
            try write("projects", network.projects.count) { projectTree(network.projects[$0]) }
        }
    }
}

/// Bytes gathered until about `chunkSize`, then handed to the sink.
private struct ChunkBuffer {
    let chunkSize: Int
    let sink: ByteSink
    var bytes: [UInt8] = []

    init(chunkSize: Int, sink: @escaping ByteSink) {
        self.chunkSize = max(1, chunkSize)
        self.sink = sink
        bytes.reserveCapacity(self.chunkSize + self.chunkSize / 4)
    }

    mutating func append(_ text: String) throws {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= chunkSize { try finish() }
    }

    mutating func finish() throws {
        guard !bytes.isEmpty else { return }
        try bytes.withUnsafeBytes { try sink($0) }
        bytes.removeAll(keepingCapacity: true)
    }
}
