import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetServe

/// Net-Map through the API: the map's goals (`update_network`), each actor's stance per goal and influence
/// (`update_actor` attributes), and "tidy" (`POST /api/tidy`). The file on disk must stay valid after each step.
@Suite(.serialized)
struct ServeNetMapTests {
    @Test func goalsAndStancesAreEditedAndWrittenToTheFile() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let goals = ["Agua potable para todo el valle", "Una ley de cuencas"]
        #expect(try await server.edit([["op": "update_network", "fields": ["goals": goals]]]).status == 200)
        #expect(try server.fileNetwork().goals == goals)
        #expect(
            try server.fileText().hasPrefix(
                "name: Agua segura para Valle Seco\ngoals: [Agua potable para todo el valle, Una ley de cuencas]\n"))
        let answer = try await server.edit([
            [
                "op": "update_actor", "id": "muni",
                "fields": ["attributes.stance.1": "+", "attributes.stance.2": "-", "attributes.influence": "8"],
            ],
            ["op": "update_actor", "id": "uni", "fields": ["attributes.stance.2": "0"]],
        ])
        #expect(answer.status == 200)
        let network = try server.fileNetwork()
        #expect(network.actors[0].attributes == ["stance.1": "+", "stance.2": "-", "influence": "8"])
        #expect(network.actors[2].attributes == ["stance.2": "0"])
        #expect(
            try await server.edit([["op": "update_actor", "id": "uni", "fields": ["attributes.stance.2": NSNull()]]])
                .status == 200)
        #expect(try server.fileNetwork().actors[2].attributes == [:])
    }

    /// A stance that is not +, - or 0 and an influence outside 0–10: 422 in the map's language, the file unchanged.
    /// (A stance on a goal the map lacks is only a warning: formats that drop the goals must still read back.)
    @Test(arguments: [
        (
            #"{"op": "update_actor", "id": "muni", "fields": {"attributes.stance.1": "sí"}}"#,
            ["atributo `stance.1`: `sí` no es una postura; escriba +, - o 0 (neutral)"]
        ),
        (
            #"{"op": "update_actor", "id": "muni", "fields": {"attributes.influence": "11"}}"#,
            ["atributo `influence`: `11` no es un número entero de 0 a 10"]
        ),
    ])
    func invalidNetMapEditsChangeNothing(edit: String, messages: [String]) async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let setup = try await server.edit([
            ["op": "update_network", "fields": ["goals": ["Agua potable para todo el valle"]]],
            ["op": "update_actor", "id": "fund", "fields": ["attributes.stance.1": "+"]],
        ])
        #expect(setup.status == 200)
        let before = try server.fileText()
        let refused = try JSONSerialization.jsonObject(with: Data(edit.utf8)) as! [String: Any]
        let answer = try await server.edit([refused])
        #expect(answer.status == 422)
        #expect(answer.json["errors"] as? [String] == messages)
        #expect(try server.fileText() == before)
        #expect(await server.session.version == 2)
    }

    /// One actor per cell: each sits in the middle of its sector's wedge on its level's ring (board units).
    @Test func tidyPlacesEveryActorInItsCellAsOneUndoableEdit() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let answer = try await server.http.post("/api/tidy", json: [:])
        #expect(answer.status == 200)
        #expect(answer.text == #"{"version":2}"#)
        let places = try server.fileNetwork().actors.map { [$0.id, $0.attributes["map-x"], $0.attributes["map-y"]] }
        #expect(places == [["muni", "75.0", "-129.9"], ["fund", "-175.0", "303.1"], ["uni", "125.0", "216.5"]])
        #expect(try await server.http.post("/api/undo", json: [:]).text == #"{"version":3}"#)
        #expect(try server.fileNetwork().actors.map(\.attributes) == [[:], [:], [:]])
    }

    /// Actors sharing a cell go in the order of their angle in Graphviz's neato layout, so tied actors are
    /// neighbours; actors with neither sector nor level stay in the page's tray (no position, an old one cleared).
    @Test func tidyOrdersActorsInACellByTheGraphvizLayout() async throws {
        let server = try await ServeHarness(
            """
            name: Cuenca
            actors:
              - {id: a, sector: public, level: local}
              - {id: b, sector: public, level: local}
              - {id: c, sector: public, level: local}
              - {id: d, sector: public, level: local}
              - {id: e, attributes: {map-x: "10.0", map-y: "600.0"}}
            ties:
              - {from: a, to: c}
              - {from: c, to: b}
              - {from: b, to: d}
              - {from: d, to: e}

            """)
        defer { Task { await server.stop() } }
        #expect(try await server.http.post("/api/tidy", json: [:]).status == 200)
        let places = try server.fileNetwork().actors.map { [$0.id, $0.attributes["map-x"], $0.attributes["map-y"]] }
        #expect(
            places == [
                ["a", "95.1", "-85.6"], ["b", "52.1", "-116.9"], ["c", "101.1", "-139.2"], ["d", "35.8", "-168.2"],
                ["e", nil, nil],
            ])
    }
}
