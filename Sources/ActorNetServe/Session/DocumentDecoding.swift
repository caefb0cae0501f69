import ActorNet
import Foundation

/// The network a `NetworkDocument` makes, decoded record by record with the loader's own decoder
/// (`NetworkFile.read`) and kept per record, so an edit decodes only the records it changed or added.
///
/// Why: reading the whole document back as text after every edit (Foundation's JSON parser, libyaml, decoding)
/// cost 8–10 ms per edit and queued 50 editors behind each other. A record's values (vocabulary, weights, dates,
/// countries) decode the same wherever it stands in the document, so a record decoded once is reused while it is
/// unchanged; the rules that need the whole network (ids, tie ends, projects, duplicates) are then checked by
/// `NetworkValidator` on the network in memory.
struct DocumentDecoding: Sendable {
    /// One record as decoded, with the record as `convert` writes it (canonical vocabulary, unknown fields gone).
    struct Decoded<Model: Sendable>: Sendable {
        var model: Model
        var written: [String: JSONValue]
    }

    /// The file name the loader is given (the network's name when the document has none).
    let file: String
    private var header: (fields: [String: JSONValue], network: Network, written: [String: JSONValue])?
    private var actors: [[String: JSONValue]: Decoded<Actor>] = [:]
    private var ties: [[String: JSONValue]: Decoded<Tie>] = [:]
    private var projects: [[String: JSONValue]: Decoded<Project>] = [:]
    /// The document the last call made and its records, position by position. An edit copies the session's
    /// document and changes a few records, so the others are found here by position, compared by identity of their
    /// storage, without hashing every record of the network for each edit (a sixth of the server's time).
    private var last:
        (
            written: NetworkDocument, actors: [Decoded<Actor>], ties: [Decoded<Tie>],
            projects: [Decoded<Project>]
        )?

    init(file: String) { self.file = file }

    /// The valid network `document` makes, as `NetworkFile.parse` would return it, and its document as `convert`
    /// writes it; nil when the decoder or `NetworkValidator` finds an error.
    mutating func check(_ document: NetworkDocument) -> (network: Network, written: NetworkDocument)? {
        guard let (decoded, written) = network(document) else { return nil }
        let validation = NetworkValidator.validate(
            decoded, sourceMap: SourceMap(file: file), inferActors: decoded.actors.isEmpty && !decoded.ties.isEmpty)
        guard !validation.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
        // Merged duplicate ties, dropped self-loops and inferred actors change the records: written anew.
        let normalised =
            validation.network.actors.count != decoded.actors.count
            || validation.network.ties.count != decoded.ties.count
        return (validation.network, normalised ? NetworkDocument(validation.network) : written)
    }

    /// The unvalidated network `document` makes, as `NetworkFile.read` would decode it, and the document as
    /// `convert` would write that network; nil when a record or the header has a value the decoder refuses (the
    /// caller then asks the whole loader, which words every problem).
    mutating func network(_ document: NetworkDocument) -> (network: Network, written: NetworkDocument)? {
        let headerChanged = header.map { $0.fields != document.header && $0.written != document.header } ?? true
        var foundActors = Self.found(document.actors, last?.written.actors, last?.actors, in: actors)
        var foundTies = Self.found(document.ties, last?.written.ties, last?.ties, in: ties)
        var foundProjects = Self.found(document.projects, last?.written.projects, last?.projects, in: projects)
        let newActors = Self.missing(document.actors, foundActors)
        let newTies = Self.missing(document.ties, foundTies)
        let newProjects = Self.missing(document.projects, foundProjects)
        if headerChanged || !newActors.isEmpty || !newTies.isEmpty || !newProjects.isEmpty {
            let part = NetworkDocument(
                header: document.header, actors: newActors, ties: newTies, projects: newProjects)
            guard let decoded = decode(part) else { return nil }
            let written = NetworkDocument(decoded)
            guard written.actors.count == newActors.count, written.ties.count == newTies.count,
                written.projects.count == newProjects.count
            else { return nil }
            header = (document.header, decoded, written.header)
            Self.remember(newActors, decoded.actors, written.actors, in: &actors)
            Self.remember(newTies, decoded.ties, written.ties, in: &ties)
            Self.remember(newProjects, decoded.projects, written.projects, in: &projects)
            Self.fill(&foundActors, document.actors, from: actors)
            Self.fill(&foundTies, document.ties, from: ties)
            Self.fill(&foundProjects, document.projects, from: projects)
        }
        guard let header else { return nil }
        let records = (
            actors: foundActors.compactMap { $0 }, ties: foundTies.compactMap { $0 },
            projects: foundProjects.compactMap { $0 }
        )
        guard records.actors.count == document.actors.count, records.ties.count == document.ties.count,
            records.projects.count == document.projects.count
        else { return nil }
        var network = header.network
        var written = NetworkDocument(header: header.written, actors: [], ties: [], projects: [])
        (network.actors, written.actors) = Self.split(records.actors)
        (network.ties, written.ties) = Self.split(records.ties)
        (network.projects, written.projects) = Self.split(records.projects)
        last = (written, records.actors, records.ties, records.projects)
        forgetRemoved(document)
        return (network, written)
    }

    /// Each record's decoded form where one is kept: at the same position of the last document when the record is
    /// the same there (most are the very same storage), else by its value; nil for a record never decoded.
    private static func found<Model>(
        _ records: [[String: JSONValue]], _ lastRecords: [[String: JSONValue]]?, _ lastDecoded: [Decoded<Model>]?,
        in cache: [[String: JSONValue]: Decoded<Model>]
    ) -> [Decoded<Model>?] {
        let lastRecords = lastRecords ?? [], lastDecoded = lastDecoded ?? []
        return records.indices.map { i in
            if i < lastRecords.count, i < lastDecoded.count, records[i] == lastRecords[i] { return lastDecoded[i] }
            return cache[records[i]]
        }
    }

    private static func missing<Model>(
        _ records: [[String: JSONValue]], _ found: [Decoded<Model>?]
    ) -> [[String: JSONValue]] {
        records.indices.filter { found[$0] == nil }.map { records[$0] }
    }

    private static func fill<Model>(
        _ found: inout [Decoded<Model>?], _ records: [[String: JSONValue]],
        from cache: [[String: JSONValue]: Decoded<Model>]
    ) {
        for i in found.indices where found[i] == nil { found[i] = cache[records[i]] }
    }

    /// Keeps each decoded record under the spelling edited and the spelling written, which the session's document
    /// holds after this change.
    private static func remember<Model>(
        _ records: [[String: JSONValue]], _ models: [Model], _ written: [[String: JSONValue]],
        in cache: inout [[String: JSONValue]: Decoded<Model>]
    ) {
        for i in records.indices {
            let decoded = Decoded(model: models[i], written: written[i])
            cache[records[i]] = decoded
            cache[written[i]] = decoded
        }
    }

    private static func split<Model>(_ records: [Decoded<Model>]) -> ([Model], [[String: JSONValue]]) {
        (records.map(\.model), records.map(\.written))
    }

    /// Decodes `part` as the loader decodes a file; nil on any error.
    private func decode(_ part: NetworkDocument) -> Network? {
        let text = String(decoding: part.data, as: UTF8.self)
        guard let (network, _, diagnostics) = try? NetworkFile.read(text, format: .json, file: file),
            !diagnostics.contains(where: { $0.severity == .error }),
            network.actors.count == part.actors.count, network.ties.count == part.ties.count,
            network.projects.count == part.projects.count
        else { return nil }
        return network
    }

    /// Keeps the cache to about the records of the document (edits leave old versions of records behind).
    private mutating func forgetRemoved(_ document: NetworkDocument) {
        let limit = 2 * (document.actors.count + document.ties.count + document.projects.count) + 64
        guard actors.count + ties.count + projects.count > limit else { return }
        let (keptActors, keptTies, keptProjects) = (Set(document.actors), Set(document.ties), Set(document.projects))
        actors = actors.filter { keptActors.contains($0.key) }
        ties = ties.filter { keptTies.contains($0.key) }
        projects = projects.filter { keptProjects.contains($0.key) }
    }
}
