import ActorNet
import Foundation
import Synchronization

/// The one owner of the served network: every change (edits, undo, redo, reload) passes through this actor, one
/// at a time in the order received, and is on disk (`NetworkFileStore.write`) before it is acknowledged or told
/// to anyone.
public actor NetworkSession {
    public nonisolated let store: NetworkFileStore
    /// `--lang`; without it the file's `language`, else the locale's.
    public nonisolated let languageOption: Language?
    /// The locale's variables `Language.resolve` reads, taken once (reading the environment for each request took
    /// a tenth of the server's time under load).
    private nonisolated let localeEnvironment: [String: String]
    private nonisolated let currentLanguage: Mutex<Language>
    public private(set) var network: Network {
        didSet {
            guard network.language != oldValue.language else { return }
            let language = Self.language(languageOption, network, localeEnvironment)
            currentLanguage.withLock { $0 = language }
        }
    }
    private var document: NetworkDocument
    /// The current document's records as decoded, so an edit decodes only what it changed.
    private var decoding: DocumentDecoding
    /// Counts the changes since the server started (1 = as loaded).
    public private(set) var version = 1
    /// Changes kept for undo and redo, each as the whole network before and after (workshop networks are small).
    private var undoStack: [(before: Network, after: Network)] = []
    private var redoStack: [(before: Network, after: Network)] = []
    /// The fields each recent version changed, for telling concurrent editors who overwrote what.
    private var history: [(version: Int, fields: Set<String>)] = []
    private var fingerprint: NetworkFileStore.Fingerprint?
    /// What the file on disk holds: the version last written, with the undo and redo stacks of that moment (a
    /// failed write puts everything back to it).
    private var durable: Snapshot
    /// Whether a write is in flight; changes made meanwhile wait for the next one (group commit).
    private var writing = false
    /// Senders of changes not yet on disk, each with its version, answered once a write holds it.
    private var waiting: [(version: Int, continuation: CheckedContinuation<Void, any Error>)] = []
    private var externalChangeTold = false
    /// `GET /api/network`'s and `GET /api/analysis`'s answers for the last version asked, made off the session.
    private nonisolated let networkAnswer = VersionedAnswer()
    private nonisolated let analysisAnswer = VersionedAnswer()
    /// Whether the file was created by this server (the page then asks for the map's question first).
    public nonisolated let created: Bool
    public nonisolated let hub = EventHub()

    static let undoDepth = 200
    static let historyDepth = 1000

    public init(path: String, language: Language?) throws(ServeStartError) {
        guard let format = NetworkFormat(path: path), NetworkFileStore.formats.contains(format) else {
            throw .unsupportedFormat(path)
        }
        store = NetworkFileStore(path: path, format: format)
        languageOption = language
        localeEnvironment = ProcessInfo.processInfo.environment.filter { ["LC_ALL", "LANG"].contains($0.key) }
        if FileManager.default.fileExists(atPath: path) {
            do {
                network = try NetworkFile.load(path).network
            } catch {
                throw .load(error)
            }
            created = false
        } else {
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            network = Network(name: name, language: Language.resolve(option: language, network: nil).rawValue)
            created = true
            do {
                _ = try store.write(network)
            } catch {
                throw .create(error)
            }
        }
        currentLanguage = Mutex(Self.language(language, network, localeEnvironment))
        document = NetworkDocument(network)
        decoding = DocumentDecoding(file: (path as NSString).lastPathComponent)
        fingerprint = store.fingerprint()
        durable = Snapshot(network: network, version: 1, undo: [], redo: [])
    }

    struct Snapshot: Sendable {
        var network: Network
        var version: Int
        var undo: [(before: Network, after: Network)]
        var redo: [(before: Network, after: Network)]
    }

    /// The language of the map's messages and page: `--lang`, else the file's, else the locale's. Read without
    /// waiting for the session (every request words its refusals in it).
    public nonisolated var language: Language { currentLanguage.withLock { $0 } }

    private static func language(
        _ option: Language?, _ network: Network, _ environment: [String: String]
    ) -> Language {
        Language.resolve(option: option, network: network.language, environment: environment)
    }

    /// The network document with its `version`, as `GET /api/network` sends it; made off the session, so edits
    /// do not wait for it (once per version).
    public nonisolated func networkData() async -> (version: Int, data: Data) {
        let (version, _, document) = await current()
        return await networkAnswer.answer(version) {
            var whole = JSONValue.parse(document.data)?.object ?? [:]
            whole["version"] = .number(Double(version))
            return JSONValue.object(whole).data
        }
    }

    private func current() -> (version: Int, network: Network, document: NetworkDocument) {
        (version, network, document)
    }

    /// What an accepted batch of edits gives its sender.
    public struct Outcome: Sendable, Equatable {
        public var version: Int
        /// Fields this batch changed that another editor had changed since `base` (the later change, this one,
        /// won).
        public var conflicts: [String]
        /// The ids of the actors added without one (made from their names).
        public var created: [String]
    }

    /// Applies `edits` (all or none) made against version `base`.
    public func apply(base: Int?, edits: [JSONValue], client: String? = nil) async throws(ServeError) -> Outcome {
        if edits.isEmpty { return Outcome(version: version, conflicts: [], created: []) }
        let language = self.language
        var changed = document
        var fields: [String] = []
        var parsed: [NetworkEdit] = []
        var created: [String] = []
        do {
            for (index, value) in edits.enumerated() {
                let edit = try NetworkEdit(value, index: index + 1, language: language)
                fields += try edit.apply(to: &changed, language: language)
                parsed.append(edit)
                if edit.operation == .addActor, edit.fields["actor"]?["id"] == nil,
                    let id = changed.actors.last?["id"]?.string
                {
                    created.append(id)
                }
            }
        } catch {
            throw .rejected(error.messages)
        }
        let (next, nextDocument) = try verified(changed, language)
        let touched = Set(fields)
        let conflicts =
            base.map { base in
                history.filter { $0.version > base }.reduce(into: Set<String>()) { $0.formUnion($1.fields) }
                    .intersection(touched).sorted()
            } ?? []
        let version = try await commit(next, document: nextDocument, fields: touched, undoable: true)
        var event: [String: JSONValue] = [
            "version": .number(Double(version)), "edits": .array(parsed.map { .object($0.fields) }),
        ]
        if let client { event["client"] = .string(client) }
        hub.send(ServerEvent(name: "edits", data: JSONValue.object(event).data))
        if !conflicts.isEmpty {
            hub.send(
                ServerEvent(
                    name: "conflict",
                    data: JSONValue.object([
                        "version": .number(Double(version)), "fields": .array(conflicts.map(JSONValue.string)),
                    ]).data))
        }
        return Outcome(version: version, conflicts: conflicts, created: created)
    }

    /// Goes back one change; the undone change can be redone until a new edit is made.
    public func undo() async throws(ServeError) -> Int {
        guard let last = undoStack.popLast() else { throw .nothingToDo(language.text(.serveNothingToUndo)) }
        redoStack.append(last)
        let version = try await commit(last.before, fields: ["*"], undoable: false)
        tellVersion(version, "undo")
        return version
    }

    public func redo() async throws(ServeError) -> Int {
        guard let last = redoStack.popLast() else { throw .nothingToDo(language.text(.serveNothingToRedo)) }
        undoStack.append(last)
        let version = try await commit(last.after, fields: ["*"], undoable: false)
        tellVersion(version, "redo")
        return version
    }

    /// Takes the file as it is now on disk (changed by someone else) as the next version; undo goes back.
    public func reload() throws(ServeError) -> Int {
        let loaded: Network
        do {
            loaded = try NetworkFile.load(store.path).network
        } catch {
            throw .rejected(Self.messages(error, language))
        }
        let before = network
        network = loaded
        document = NetworkDocument(loaded)
        fingerprint = store.fingerprint()
        externalChangeTold = false
        undoStack.append((before, loaded))
        redoStack.removeAll()
        advance(fields: ["*"])
        durable = Snapshot(network: loaded, version: version, undo: undoStack, redo: redoStack)
        tellVersion(version, "reload")
        return version
    }

    /// Tells the editors once when the file on disk is no longer the one this server wrote.
    public func checkFile() {
        guard !writing else { return }  // the file changes under our own write
        let now = store.fingerprint()
        guard now != fingerprint, !externalChangeTold else { return }
        externalChangeTold = true
        hub.send(ServerEvent(name: "external", data: JSONValue.object(["version": .number(Double(version))]).data))
    }

    // MARK: Steps

    /// The network `changed` makes and its document as `convert` writes it. Its changed records are decoded by the
    /// loader's decoder and the whole network checked by `NetworkValidator` in memory (`DocumentDecoding`); only
    /// when that finds a problem is the document read back by the whole loader (`checked`), which words every
    /// problem exactly as `actornet validate` would, positions and order included.
    private func verified(
        _ changed: NetworkDocument, _ language: Language
    ) throws(ServeError) -> (Network, NetworkDocument) {
        if let accepted = decoding.check(changed) { return accepted }
        let next = try checked(changed, language)
        return (next, NetworkDocument(next))
    }

    /// The network `document` makes, read back by the loader with every check of a file on disk.
    private func checked(_ document: NetworkDocument, _ language: Language) throws(ServeError) -> Network {
        let text = String(decoding: document.data, as: UTF8.self)
        let name = (store.path as NSString).lastPathComponent
        do {
            return try NetworkFile.parse(text, format: .json, file: name).network
        } catch {
            throw .rejected(Self.messages(error, language, checked: name))
        }
    }

    static func messages(_ error: LoadError, _ language: Language, checked name: String? = nil) -> [String] {
        switch error {
        case .invalid(let diagnostics):
            diagnostics.filter { $0.severity == .error }.map { diagnostic in
                let message = diagnostic.message(in: language)
                // A place like "(first defined at FILE:1:18)" points into the checked document, not into the
                // file on disk: a reader could not find it there, so it is left out.
                guard let name else { return message }
                return message.replacing(
                    try! Regex(#" \([^()]*"# + NSRegularExpression.escapedPattern(for: name) + #":\d+(:\d+)?\)"#),
                    with: "")
            }
        case .cannotOpen: [error.description(in: language)]
        }
    }

    /// Makes `next` the current network at once, so the next change in the queue builds on it, and returns its
    /// version once a write holding it is on disk. Writes are grouped: while one is in flight, the changes that
    /// arrive are applied here and all go to disk with the next write; each sender is answered only when its
    /// version is there. A failed write puts the network, the version's content and the undo stacks back to
    /// what is on disk, and every change waiting fails (nothing acknowledged is lost, nothing unwritten stays).
    private func commit(
        _ next: Network, document nextDocument: NetworkDocument? = nil, fields: Set<String>, undoable: Bool
    ) async throws(ServeError) -> Int {
        if undoable {
            undoStack.append((network, next))
            if undoStack.count > Self.undoDepth { undoStack.removeFirst() }
            redoStack.removeAll()
        }
        network = next
        document = nextDocument ?? NetworkDocument(next)
        advance(fields: fields)
        let version = self.version
        if !writing { startWrite() }
        do {
            try await withCheckedThrowingContinuation { waiting.append((version, $0)) }
        } catch let error as ServeError {
            throw error
        } catch {
            throw .storage("\(error)")
        }
        return version
    }

    /// Writes the current network on a thread of its own (fsync blocks), then `finishWrite`.
    private func startWrite() {
        writing = true
        let snapshot = Snapshot(network: network, version: version, undo: undoStack, redo: redoStack)
        let store = self.store
        Task {
            let result = await withCheckedContinuation { continuation in
                DispatchQueue.global().async {
                    continuation.resume(
                        returning: Result { () throws(OutputError) in try store.write(snapshot.network) })
                }
            }
            await self.finishWrite(snapshot, result)
        }
    }

    private func finishWrite(_ snapshot: Snapshot, _ result: Result<NetworkFileStore.Fingerprint?, OutputError>) {
        writing = false
        switch result {
        case .success(let written):
            fingerprint = written
            externalChangeTold = false
            durable = snapshot
            let done = waiting.filter { $0.version <= snapshot.version }
            waiting.removeAll { $0.version <= snapshot.version }
            for sender in done { sender.continuation.resume() }
            if !waiting.isEmpty { startWrite() }
        case .failure(let error):
            let failed = waiting
            waiting = []
            network = durable.network
            document = NetworkDocument(durable.network)
            undoStack = durable.undo
            redoStack = durable.redo
            advance(fields: ["*"])
            durable.version = version
            let reason = ServeError.storage(error.description(in: language))
            for sender in failed { sender.continuation.resume(throwing: reason) }
            tellVersion(version, "rollback")
        }
    }

    private func advance(fields: Set<String>) {
        version += 1
        history.append((version, fields))
        if history.count > Self.historyDepth { history.removeFirst(history.count - Self.historyDepth) }
    }

    private func tellVersion(_ version: Int, _ cause: String) {
        hub.send(
            ServerEvent(
                name: "version",
                data: JSONValue.object(["version": .number(Double(version)), "cause": .string(cause)]).data))
    }
}

extension NetworkSession {
    /// The live panel's data for the current version (see `LiveAnalysis`), computed off the session (once per
    /// version), so that editors' requests never queue behind an analysis.
    public nonisolated func analysisData() async -> Data {
        let (version, network, _) = await current()
        let language = Self.language(languageOption, network, localeEnvironment)
        return await analysisAnswer.answer(version) {
            LiveAnalysis.data(network, version: version, language: language)
        }.data
    }
}
