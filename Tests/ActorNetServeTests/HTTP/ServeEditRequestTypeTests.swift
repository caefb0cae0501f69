import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetServe

/// Members of an edit request of the wrong type are refused, not ignored (found by the API fuzzer,
/// docs/reliability.md); nothing changes on disk.
@Suite(.serialized)
struct ServeEditRequestTypeTests {
    static let typesMessage =
        #"{"errors":["en el cuerpo, `base` debe ser un número entero (una versión) y `client`, un texto"]}"#

    @Test(arguments: [
        #"{"base": "1", "edits": []}"#, #"{"base": 1.5, "edits": []}"#, #"{"base": null, "edits": []}"#,
        #"{"base": 1, "client": 5, "edits": []}"#, #"{"client": ["a"], "edits": []}"#,
    ])
    func aBaseOrClientOfAnotherTypeIs400(body: String) async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let answer = try await server.http.request(
            "POST", "/api/edits", body: Data(body.utf8), headers: ["Content-Type": "application/json"])
        #expect(answer.status == 400)
        #expect(answer.text == Self.typesMessage)
        #expect(try server.fileText() == ServeHarness.valleSeco)
    }

    @Test func aHugeWholeBaseIsAVersionLaterThanAny() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let answer = try await server.http.request(
            "POST", "/api/edits", body: Data(#"{"base": 1e300, "edits": []}"#.utf8))
        #expect(answer.status == 200)
        #expect(answer.text == #"{"conflicts":[],"created":[],"version":1}"#)
    }

    @Test(arguments: [
        (
            #"{"op": "add_actor", "actor": {"name": "Junta de Vecinos"}, "fields": 6507469}"#,
            "edición 1: `fields` debe ser un objeto ({…})"
        ),
        (#"{"op": "remove_actor", "id": 7}"#, "edición 1: `id` debe ser un texto"),
        (#"{"op": "remove_tie", "from": "fund", "to": "muni", "kind": null}"#, "edición 1: `kind` debe ser un texto"),
        (#"{"op": "add_tie", "tie": ["fund", "uni"]}"#, "edición 1: `tie` debe ser un objeto ({…})"),
    ])
    func anEditMemberOfAnotherTypeIs422(edit: String, message: String) async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let answer = try await server.http.request("POST", "/api/edits", body: Data(#"{"edits": [\#(edit)]}"#.utf8))
        #expect(answer.status == 422)
        #expect(answer.json["errors"] as? [String] == [message])
        #expect(try server.fileText() == ServeHarness.valleSeco)
    }

    /// A given id that is not text is the loader's to read, as in a file (`7` is the id "7"); before, it was
    /// replaced by one made from the name, which its sender was never told.
    @Test func aNumericActorIDIsReadAsText() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let answer = try await server.edit([["op": "add_actor", "actor": ["id": 7, "name": "Junta de Vecinos"]]])
        #expect(answer.text == #"{"conflicts":[],"created":[],"version":2}"#)
        #expect(try server.fileNetwork().actors.last == Actor(id: "7", name: "Junta de Vecinos"))
    }
}
