import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetServe

/// Every edit operation through `POST /api/edits` on a real server: the answer, and the file on disk, which must
/// load with every check `actornet validate` makes after each step.
@Suite(.serialized)
struct ServeEditTests {
    @Test func addActorMakesAnIDFromTheNameAndWritesTheFileBeforeAnswering() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let answer = try await server.edit([
            [
                "op": "add_actor",
                "actor": ["name": "Gobierno Regional de Atacama", "sector": "público", "level": "regional"],
            ]
        ])
        #expect(answer.status == 200)
        #expect(answer.text == #"{"conflicts":[],"created":["gobierno-regional-de-atacama"],"version":2}"#)
        let actor = try server.fileNetwork().actors.last
        #expect(
            actor
                == Actor(
                    id: "gobierno-regional-de-atacama", name: "Gobierno Regional de Atacama", sector: .public,
                    level: .regional))
        let second = try await server.edit([["op": "add_actor", "actor": ["name": "Gobierno Regional de Atacama"]]])
        #expect(second.json["created"] as? [String] == ["gobierno-regional-de-atacama-2"])
    }

    @Test func updateActorSetsFieldsOneAttributeAndRemovesWithNull() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let answer = try await server.edit([
            [
                "op": "update_actor", "id": "uni",
                "fields": [
                    "sector": "sociedad civil", "attributes.influence": "7", "attributes.map-x": "0.25",
                    "offers": ["research", "data"],
                ],
            ],
            ["op": "update_actor", "id": "muni", "fields": ["needs": NSNull()]],
        ])
        #expect(answer.status == 200)
        let network = try server.fileNetwork()
        #expect(
            network.actors[2]
                == Actor(
                    id: "uni", name: "Universidad del Norte", sector: .civilSociety, level: .regional,
                    offers: ["research", "data"], attributes: ["influence": "7", "map-x": "0.25"]))
        #expect(network.actors[0].needs == [])
    }

    @Test func removeActorTakesItsTiesMembershipsAndLeadWithIt() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        #expect(try await server.edit([["op": "remove_actor", "id": "muni"]]).status == 200)
        let network = try server.fileNetwork()
        #expect(network.actors.map(\.id) == ["fund", "uni"])
        #expect(network.ties == [])
        #expect(
            network.projects == [
                Project(
                    id: "pozos", name: "Pozos comunitarios",
                    members: [
                        ProjectMember(actor: "uni", role: "estudios")
                    ])
            ])
    }

    @Test func tiesAreAddedUpdatedAndRemovedByTheirEndsAndKind() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        #expect(
            try await server.edit([["op": "add_tie", "tie": ["from": "fund", "to": "uni", "kind": "financiamiento"]]])
                .status == 200)
        #expect(
            try await server.edit([
                ["op": "update_tie", "from": "fund", "to": "uni", "kind": "funding", "fields": ["weight": 3]]
            ]).status == 200)
        var network = try server.fileNetwork()
        #expect(network.ties.last == Tie(from: "fund", to: "uni", weight: 3, kind: .funding))
        #expect(try await server.edit([["op": "remove_tie", "from": "fund", "to": "muni"]]).status == 200)
        network = try server.fileNetwork()
        #expect(network.ties.map { "\($0.from)-\($0.to)" } == ["uni-muni", "fund-uni"])
    }

    @Test func networkFieldsAndProjectsAreEdited() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let answer = try await server.edit([
            [
                "op": "update_network",
                "fields": ["name": "Mapa del taller", "description": "¿Quién financia el agua?"],
            ],
            ["op": "add_project", "project": ["id": "huertos", "name": "Huertos", "members": [["actor": "fund"]]]],
            ["op": "update_project", "id": "huertos", "fields": ["lead": "fund", "sdgs": [2, 6]]],
            ["op": "remove_project", "id": "pozos"],
        ])
        #expect(answer.status == 200)
        let network = try server.fileNetwork()
        #expect(network.name == "Mapa del taller")
        #expect(network.description == "¿Quién financia el agua?")
        #expect(
            network.projects == [
                Project(
                    id: "huertos", name: "Huertos", lead: "fund", members: [ProjectMember(actor: "fund")], sdgs: [2, 6])
            ])
        #expect(network.ties[1].project == nil)
    }

    /// An edit the loader refuses: 422 with its message in the map's language, and the file byte for byte as
    /// before, the version unchanged.
    @Test(arguments: [
        (
            #"{"op": "add_tie", "tie": {"from": "fund", "to": "nadie"}}"#,
            ["el campo `to` del lazo nombra un actor desconocido `nadie`"]
        ),
        (
            #"{"op": "update_tie", "from": "fund", "to": "muni", "fields": {"weight": -1}}"#,
            ["campo `weight`: `-1` no es > 0; el peso es la fuerza del lazo"]
        ),
        (#"{"op": "add_actor", "actor": {"id": "muni"}}"#, ["id de actor duplicado `muni`"]),
        (#"{"op": "update_actor", "id": "nadie", "fields": {"name": "x"}}"#, ["ningún actor tiene el id `nadie`"]),
        (#"{"op": "update_actor", "id": "muni", "fields": {"id": "m"}}"#, ["el campo `id` no se puede cambiar aquí"]),
        (
            #"{"op": "mover"}"#,
            [
                "edición 2: `op` debe ser una de add_actor, update_actor, remove_actor, add_tie, update_tie, "
                    + "remove_tie, update_network, add_project, update_project, remove_project"
            ]
        ),
        (#"{"op": "remove_tie", "from": "uni", "to": "fund"}"#, ["no hay un lazo de `uni` a `fund`"]),
        (#"{"op": "update_network", "fields": {"actors": []}}"#, ["el campo `actors` no se puede cambiar aquí"]),
        (
            #"{"op": "update_actor", "id": "muni", "fields": {"sector": "gremio"}}"#,
            [
                "campo `sector`: valor desconocido `gremio`; se aceptan: público, privado, academia, sociedad civil, "
                    + "internacional, sin especificar"
            ]
        ),
    ])
    func invalidEditsChangeNothing(edit: String, messages: [String]) async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let before = try server.fileText()
        let refused = try JSONSerialization.jsonObject(with: Data(edit.utf8)) as! [String: Any]
        let answer = try await server.edit([["op": "add_actor", "actor": ["id": "ok"]], refused])
        #expect(answer.status == 422)
        #expect(answer.json["errors"] as? [String] == messages)
        #expect(try server.fileText() == before)
        #expect(await server.session.version == 1)
        #expect(try await server.http.request("GET", "/api/network").json["version"] as? Int == 1)
    }
}
