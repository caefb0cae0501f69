import Foundation
import Synchronization

/// A network's YAML or JSON text, byte-identical to `NetworkWriter.yamlData` / `jsonData`, made from the text of
/// each record kept from the previous call: only records that are new or changed since then are serialised.
///
/// Why: `actornet serve` writes the whole file after every batch of edits, and an edit changes one or two
/// records; serialising every record through Yams for each batch was most of a write's CPU. A record's text does
/// not depend on where it stands (the stream writer already joins batches of records the same way), so a kept text
/// is reused wherever the record now is. Safe to share between threads; meant for one writer at a time.
public final class NetworkRecordTexts: Sendable {
    public enum Syntax: Sendable { case yaml, json }

    public let syntax: Syntax
    private let kept = Mutex(Kept())

    /// The texts of the last network written, by record value; the header's with the header it was made from.
    private struct Kept {
        var header: (key: Network, text: String)?
        var actors: [Actor: String] = [:]
        var ties: [Tie: String] = [:]
        var projects: [Project: String] = [:]
        /// How many record texts were made (not reused) so far.
        var made = 0
    }

    public init(_ syntax: Syntax) { self.syntax = syntax }

    /// How many record texts were serialised (not reused) so far.
    var recordsMade: Int { kept.withLock { $0.made } }

    /// The texts of `network`'s format; nil for a format that is not YAML or JSON.
    public convenience init?(format: NetworkFormat) {
        switch format {
        case .yaml: self.init(.yaml)
        case .json: self.init(.json)
        default: return nil
        }
    }

    /// `network` as text; keeps its records' texts (and forgets those of records it no longer has).
    public func data(_ network: Network) -> Data {
        kept.withLock { kept in
            var header = network
            (header.actors, header.ties, header.projects) = ([], [], [])
            let headerText: String
            if let old = kept.header, old.key == header {
                headerText = old.text
            } else {
                headerText = makeHeader(network)
                kept.header = (header, headerText)
            }
            var made = 0
            let actors = Self.texts(network.actors, &kept.actors, &made) { record($0, NetworkWriter.actorTree) }
            let ties = Self.texts(network.ties, &kept.ties, &made) { record($0, NetworkWriter.tieTree) }
            let projects = Self.texts(network.projects, &kept.projects, &made) {
                record($0, NetworkWriter.projectTree)
            }
            kept.made += made
            var bytes: [UInt8] = []
            bytes.reserveCapacity(
                headerText.utf8.count + (actors + ties + projects).reduce(64) { $0 + $1.utf8.count + 8 })
            bytes.append(contentsOf: headerText.utf8)
            section("actors", actors, into: &bytes)
            section("ties", ties, into: &bytes)
            if !projects.isEmpty { section("projects", projects, into: &bytes) }
            if syntax == .json { bytes.append(contentsOf: "\n}\n".utf8) }
            return Data(bytes)
        }
    }

    /// The texts of `records` in order, each kept one reused; `kept` then holds exactly these records' texts.
    private static func texts<Record: Hashable>(
        _ records: [Record], _ kept: inout [Record: String], _ made: inout Int, make: (Record) -> String
    ) -> [String] {
        var now = [Record: String](minimumCapacity: records.count)
        let texts = records.map { record in
            if let text = now[record] ?? kept[record] {
                now[record] = text
                return text
            }
            made += 1
            let text = make(record)
            now[record] = text
            return text
        }
        kept = now
        return texts
    }

    // MARK: The writer's layout (NetworkWriter.writeYAML / writeJSON)

    private func makeHeader(_ network: Network) -> String {
        let pairs = NetworkWriter.headerPairs(network)
        switch syntax {
        case .yaml: return OrderedTree.map(pairs).yaml
        case .json:
            return pairs.enumerated().map { index, pair in
                (index == 0 ? "{\n  " : ",\n  ") + OrderedTree.string(pair.0).json() + ": " + pair.1.json(indent: 1)
            }.joined()
        }
    }

    /// One record's text as it stands in its list: a YAML sequence item, or a JSON value at the list's depth.
    private func record<Record>(_ record: Record, _ tree: (Record) -> OrderedTree) -> String {
        switch syntax {
        case .yaml: OrderedTree.list([tree(record)]).yaml
        case .json: tree(record).json(indent: 2)
        }
    }

    private func section(_ key: String, _ texts: [String], into bytes: inout [UInt8]) {
        switch syntax {
        case .yaml:
            // As the writer: a top-level sequence without indentation under its key; an empty one is `key: []`.
            bytes.append(contentsOf: (texts.isEmpty ? OrderedTree.map([(key, .list([]))]).yaml : key + ":\n").utf8)
            for text in texts { bytes.append(contentsOf: text.utf8) }
        case .json:
            bytes.append(contentsOf: (",\n  " + OrderedTree.string(key).json() + ": ").utf8)
            guard !texts.isEmpty else { return bytes.append(contentsOf: "[]".utf8) }
            for (index, text) in texts.enumerated() {
                bytes.append(contentsOf: ((index == 0 ? "[\n    " : ",\n    ") + text).utf8)
            }
            bytes.append(contentsOf: "\n  ]".utf8)
        }
    }
}
