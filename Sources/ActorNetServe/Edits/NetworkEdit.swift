import ActorNet
import Foundation

/// Why a batch of edits was refused (HTTP 422): every message in the map's language. Nothing changed.
public struct EditRejection: Error, Sendable, Equatable {
    public var messages: [String]

    public init(_ messages: [String]) { self.messages = messages }
}

/// One edit of the network document, as the API receives it (docs/serve.md lists the operations).
///
/// Records are named by id (actors, projects) or by their ends and kind (ties, which have no id); a field set to
/// `null` is removed; `attributes.NAME` sets one attribute, so two people moving different things never overwrite
/// each other's attributes.
public struct NetworkEdit: Sendable, Equatable {
    public enum Operation: String, Sendable, CaseIterable {
        case addActor = "add_actor"
        case updateActor = "update_actor"
        case removeActor = "remove_actor"
        case addTie = "add_tie"
        case updateTie = "update_tie"
        case removeTie = "remove_tie"
        case updateNetwork = "update_network"
        case addProject = "add_project"
        case updateProject = "update_project"
        case removeProject = "remove_project"
    }

    public var operation: Operation
    /// The edit as sent, told to the other editors.
    public var fields: [String: JSONValue]

    /// Reads edit number `index` (from 1) of a request.
    public init(_ value: JSONValue, index: Int, language: Language) throws(EditRejection) {
        guard let fields = value.object, let name = fields["op"]?.string, let operation = Operation(rawValue: name)
        else {
            let names = Operation.allCases.map(\.rawValue).joined(separator: ", ")
            throw EditRejection([language.text(.serveEditUnknownOperation, ["index": index, "operations": names])])
        }
        // A member of the wrong type was ignored when the operation does not use it (`fields: 5` beside
        // `add_actor`): every member the API names has one type, whatever the operation.
        for name in ["id", "from", "to", "kind"] where fields[name] != nil && fields[name]?.string == nil {
            throw EditRejection([language.text(.serveEditMemberNotText, ["index": index, "field": name])])
        }
        for name in ["actor", "tie", "project", "fields"] where fields[name] != nil && fields[name]?.object == nil {
            throw EditRejection([language.text(.serveEditMemberNotObject, ["index": index, "field": name])])
        }
        self.operation = operation
        self.fields = fields
    }

    /// The fields of the network header an edit may set.
    static let headerFields: Set<String> = ["name", "description", "goals", "language", "directed", "source"]

    /// Applies the edit to `document`; returns the fields it touched (`actor/ID/FIELD`…), which the session
    /// compares between concurrent editors. The result is checked afterwards by the loader, not here: this only
    /// refuses what the document cannot express (a record that is not there, an id changed).
    func apply(to document: inout NetworkDocument, language: Language) throws(EditRejection) -> [String] {
        switch operation {
        case .addActor:
            var actor = try record("actor", language)
            // Only a missing id is made: a given one (`7`, `null`, a list) is the loader's to read or refuse, as in
            // a file; replacing it would give the actor an id its sender is never told.
            if actor["id"] == nil { actor["id"] = .string(Self.newID(for: actor, in: document)) }
            document.actors.append(actor)
            return ["actor/\(actor["id"]?.string ?? "")/*"]
        case .updateActor:
            let id = try text("id", language)
            guard let position = document.actorPosition(id) else { throw unknown(.serveEditUnknownActor, id, language) }
            return try update(&document.actors[position], prefix: "actor/\(id)", language)
        case .removeActor:
            let id = try text("id", language)
            guard let position = document.actorPosition(id) else { throw unknown(.serveEditUnknownActor, id, language) }
            document.actors.remove(at: position)
            document.ties.removeAll { $0["from"]?.string == id || $0["to"]?.string == id }
            for p in document.projects.indices {
                if document.projects[p]["lead"]?.string == id { document.projects[p]["lead"] = nil }
                if let members = document.projects[p]["members"]?.array {
                    let kept = members.filter { $0["actor"]?.string != id }
                    document.projects[p]["members"] = kept.isEmpty ? nil : .array(kept)
                }
            }
            return ["actor/\(id)/*"]
        case .addTie:
            let tie = try record("tie", language)
            document.ties.append(tie)
            return [Self.tieKey(tie["from"]?.string, tie["to"]?.string, tie["kind"]?.string) + "/*"]
        case .updateTie, .removeTie:
            let from = try text("from", language), to = try text("to", language), kind = fields["kind"]?.string
            guard let position = document.tiePosition(from: from, to: to, kind: kind) else {
                throw EditRejection([language.text(.serveEditUnknownTie, ["from": from, "to": to])])
            }
            let key = Self.tieKey(from, to, document.ties[position]["kind"]?.string)
            if operation == .removeTie {
                document.ties.remove(at: position)
                return [key + "/*"]
            }
            return try update(&document.ties[position], prefix: key, language)
        case .updateNetwork:
            let changes = try object("fields", language)
            for name in changes.keys.sorted() where !Self.headerFields.contains(name) {
                throw EditRejection([language.text(.serveEditFieldNotEditable, ["field": name])])
            }
            for (name, value) in changes { document.header[name] = value == .null ? nil : value }
            return changes.keys.sorted().map { "network/\($0)" }
        case .addProject:
            let project = try record("project", language)
            document.projects.append(project)
            return ["project/\(project["id"]?.string ?? "")/*"]
        case .updateProject:
            let id = try text("id", language)
            guard let position = document.projectPosition(id) else {
                throw unknown(.serveEditUnknownProject, id, language)
            }
            return try update(&document.projects[position], prefix: "project/\(id)", language)
        case .removeProject:
            let id = try text("id", language)
            guard let position = document.projectPosition(id) else {
                throw unknown(.serveEditUnknownProject, id, language)
            }
            document.projects.remove(at: position)
            for t in document.ties.indices where document.ties[t]["project"]?.string == id {
                document.ties[t]["project"] = nil
            }
            return ["project/\(id)/*"]
        }
    }

    /// Sets (or, for `null`, removes) each of `fields` in `record`; `attributes.NAME` reaches one attribute.
    private func update(
        _ record: inout [String: JSONValue], prefix: String, _ language: Language
    ) throws(EditRejection) -> [String] {
        let changes = try object("fields", language)
        if operation != .updateTie, changes["id"] != nil {
            throw EditRejection([language.text(.serveEditFieldNotEditable, ["field": "id"])])
        }
        for name in changes.keys.sorted() {
            let value = changes[name]!
            if name.hasPrefix("attributes."), name.count > "attributes.".count {
                var attributes = record["attributes"]?.object ?? [:]
                attributes[String(name.dropFirst("attributes.".count))] = value == .null ? nil : value
                record["attributes"] = attributes.isEmpty ? nil : .object(attributes)
            } else {
                record[name] = value == .null ? nil : value
            }
        }
        return changes.keys.sorted().map { "\(prefix)/\($0)" }
    }

    private func record(_ name: String, _ language: Language) throws(EditRejection) -> [String: JSONValue] {
        try object(name, language)
    }

    private func object(_ name: String, _ language: Language) throws(EditRejection) -> [String: JSONValue] {
        guard let value = fields[name]?.object else { throw missing(name, language) }
        return value
    }

    private func text(_ name: String, _ language: Language) throws(EditRejection) -> String {
        guard let value = fields[name]?.string else { throw missing(name, language) }
        return value
    }

    private func missing(_ name: String, _ language: Language) -> EditRejection {
        EditRejection([language.text(.serveEditMissingField, ["operation": operation.rawValue, "field": name])])
    }

    private func unknown(_ key: CatalogueKey, _ id: String, _ language: Language) -> EditRejection {
        EditRejection([language.text(key, ["id": id])])
    }

    static func tieKey(_ from: String?, _ to: String?, _ kind: String?) -> String {
        let canonical = kind.map { TieKind(parsing: $0)?.rawValue ?? $0 } ?? TieKind.other.rawValue
        return "tie/\(from ?? "")/\(to ?? "")/\(canonical)"
    }

    /// An id made from the actor's name (lower case, accents and punctuation gone, words joined by `-`), with
    /// `-2`, `-3`… when taken, so a person typing a name never has to invent an id.
    static func newID(for actor: [String: JSONValue], in document: NetworkDocument) -> String {
        let name = actor["name"]?.string ?? "actor"
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let base = words.isEmpty ? "actor" : String(words.joined(separator: "-").prefix(40))
        let taken = Set(document.actors.compactMap { $0["id"]?.string })
        var id = base, suffix = 2
        while taken.contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        return id
    }
}
