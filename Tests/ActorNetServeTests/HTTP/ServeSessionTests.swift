import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetServe

/// Versions, undo and redo, concurrent editors, live events, the file on disk and the page's other routes.
@Suite(.serialized)
struct ServeSessionTests {
    func name(_ server: ServeHarness, _ index: Int = 0) throws -> String { try server.fileNetwork().actors[index].name }

    func rename(_ server: ServeHarness, _ name: String, base: Int? = nil) async throws -> LoopbackHTTP.Response {
        try await server.edit([["op": "update_actor", "id": "muni", "fields": ["name": name]]], base: base)
    }

    @Test func undoAndRedoWalkTheChangesAndAreWrittenToo() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        #expect(try await server.http.post("/api/undo", json: [:]).status == 409)
        _ = try await rename(server, "Uno")
        _ = try await rename(server, "Dos")
        #expect(try await server.http.post("/api/undo", json: [:]).text == #"{"version":4}"#)
        #expect(try name(server) == "Uno")
        #expect(try await server.http.post("/api/undo", json: [:]).status == 200)
        #expect(try name(server) == "Municipalidad de Valle Seco")
        let nothing = try await server.http.post("/api/undo", json: [:])
        #expect(nothing.status == 409)
        #expect(nothing.json["errors"] as? [String] == ["no hay nada que deshacer"])
        #expect(try await server.http.post("/api/redo", json: [:]).status == 200)
        #expect(try name(server) == "Uno")
        _ = try await rename(server, "Tres")
        #expect(try await server.http.post("/api/redo", json: [:]).status == 409)
        #expect(try name(server) == "Tres")
    }

    /// Two editors change the same field from the same version: the later wins, both are told (the answer to
    /// the later one, and a `conflict` event to everyone); different fields merge without a word.
    @Test func concurrentEditorsMergeFieldByFieldAndAreToldOfTheSameField() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let events = try await server.http.events()
        #expect(await events.next()?.name == "hello")
        #expect(try await rename(server, "Primera", base: 1).json["conflicts"] as? [String] == [])
        let sector = try await server.edit(
            [["op": "update_actor", "id": "muni", "fields": ["level": "regional"]]], base: 1)
        #expect(sector.json["conflicts"] as? [String] == [])
        let later = try await rename(server, "Segunda", base: 1)
        #expect(later.text == #"{"conflicts":["actor/muni/name"],"created":[],"version":4}"#)
        let actor = try server.fileNetwork().actors[0]
        #expect(actor.name == "Segunda")
        #expect(actor.level == .regional)
        #expect(await events.next()?.name == "edits")
        #expect(await events.next()?.name == "edits")
        #expect(await events.next()?.name == "edits")
        let conflict = await events.next()
        #expect(conflict?.name == "conflict")
        #expect(conflict?.data == #"{"fields":["actor/muni/name"],"version":4}"#)
    }

    @Test func anEditReachesAnotherEditorsEventStreamWithinASecond() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let events = try await server.http.events()
        #expect(await events.next()?.data == #"{"version":1}"#)
        let sent = Date()
        _ = try await server.edit([["op": "remove_actor", "id": "uni"]])
        let event = await events.next()
        #expect(Date().timeIntervalSince(sent) < 1)
        #expect(event?.name == "edits")
        #expect(event?.data == #"{"edits":[{"id":"uni","op":"remove_actor"}],"version":2}"#)
    }

    @Test func networkIsTheConvertDocumentWithItsVersionAlsoAsETag() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        _ = try await rename(server, "Municipalidad")
        let answer = try await server.http.request("GET", "/api/network")
        #expect(answer.headers["etag"] == "\"2\"")
        var document = JSONValue.parse(answer.body)?.object ?? [:]
        #expect(document.removeValue(forKey: "version") == .number(2))
        #expect(JSONValue.object(document) == JSONValue.parse(NetworkWriter.jsonData(try server.fileNetwork())))
    }

    /// `FILE~` is the version before the last write; a change made outside the server is told as an `external`
    /// event and taken by `POST /api/reload` as the next version, which undo takes back.
    @Test func previousVersionStaysBesideAndExternalChangesAreOfferedForReload() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let original = try server.fileText()
        _ = try await rename(server, "Municipalidad")
        #expect(try String(contentsOfFile: server.path + "~", encoding: .utf8) == original)
        let events = try await server.http.events()
        #expect(await events.next()?.name == "hello")
        try original.replacingOccurrences(of: "Fundación Agua", with: "Fundación Agua Viva")
            .write(toFile: server.path, atomically: true, encoding: .utf8)
        #expect(await events.next()?.name == "external")
        #expect(try await server.http.post("/api/reload", json: [:]).text == #"{"version":3}"#)
        #expect(try name(server, 1) == "Fundación Agua Viva")
        #expect(
            try await server.http.request("GET", "/api/network").json["name"] as? String
                == "Agua segura para Valle Seco")
        #expect(try await server.http.post("/api/undo", json: [:]).status == 200)
        #expect(try name(server) == "Municipalidad")
        #expect(try name(server, 1) == "Fundación Agua")
    }

    @Test func aMissingFileIsCreatedInTheMapsLanguage() async throws {
        let server = try await ServeHarness(nil, name: "nuevo.yaml", language: .pt)
        defer { Task { await server.stop() } }
        #expect(try server.fileText() == "name: nuevo\nlanguage: pt\ndirected: false\nactors: []\nties: []\n")
        #expect(await server.session.created)
    }

    /// Downloads are made from the network in memory by the render and report code, in the map's language.
    @Test func downloadsAreTheDiagramMapAndReportOfTheNetworkAsItIsNow() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        _ = try await rename(server, "Municipio")
        let expected: [(String, String, String, String)] = [
            ("diagram.svg", "image/svg+xml", "taller.svg", "Municipio"),
            ("diagram.pdf", "application/pdf", "taller.pdf", "%PDF-"),
            ("diagram.png", "image/png", "taller.png", "PNG"),
            ("map.html", "text/html; charset=utf-8", "taller-map.html", "Mapa de la red"),
            ("report.html", "text/html; charset=utf-8", "taller-report.html", "Informe de la red de cooperación"),
        ]
        for (name, type, file, content) in expected {
            let answer = try await server.http.request("GET", "/api/download/" + name)
            #expect(answer.status == 200, "\(name)")
            #expect(answer.headers["content-type"] == type)
            #expect(answer.headers["content-disposition"] == "attachment; filename=\"\(file)\"")
            #expect(String(decoding: answer.body, as: UTF8.self).contains(content), "\(name)")
        }
        #expect(try await server.http.request("GET", "/api/download/taller.yaml").status == 404)
    }

    @Test func analysisListsKeyActorsBrokersIsolatesTableAndSuggestions() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        _ = try await server.edit([
            ["op": "add_actor", "actor": ["id": "coop", "name": "Cooperativa", "sector": "private"]]
        ])
        let analysis = try await server.http.request("GET", "/api/analysis").json
        #expect(analysis["version"] as? Int == 2)
        #expect((analysis["key_actors"] as? [[String: Any]])?.map { $0["id"] as? String } == ["muni", "fund", "uni"])
        #expect((analysis["brokers"] as? [[String: Any]])?.map { $0["id"] as? String } == ["muni"])
        #expect((analysis["isolates"] as? [[String: Any]])?.map { $0["id"] as? String } == ["coop"])
        let table = analysis["sector_level"] as? [String: Any]
        #expect(
            table?["counts"] as? [[Int]] == [
                [0, 0, 0, 1, 0], [0, 0, 0, 0, 1], [0, 0, 1, 0, 0], [0, 1, 0, 0, 0],
                [0, 0, 0, 0, 0], [0, 0, 0, 0, 0],
            ])
        // The untied pairs, as `partners` ranks them, with its reasons in the map's language.
        let suggestions = (analysis["suggestions"] as? [[String: Any]]) ?? []
        #expect(
            suggestions.map { s in ["a", "b"].map { (s[$0] as? [String: Any])?["id"] as? String ?? "" } } == [
                ["fund", "uni"], ["fund", "coop"], ["muni", "coop"], ["uni", "coop"],
            ])
        #expect(
            suggestions.first?["reasons"] as? [String] == [
                "Sociedad civil ↔ Academia", "Nacional ↔ Regional", "1 socio en común: Municipalidad de Valle Seco",
            ])
    }
}
