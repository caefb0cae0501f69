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
        // Neato puts the path a–c–b–d in the order d, b, c, a. The local ring (radii 100–200) holds 4 actors in
        // 3 rows at radii 183.3, 150 and 116.7, whose arcs of 60° hold 2, 2 and 1 actors 70 units apart; shared
        // 4 × (2, 2, 1) / 5 = (1.6, 1.6, 0.8) → (2, 1, 1). So d and b at 20° and 40° on the outer row, c at 30° on
        // the middle one, a at 30° on the inner one; (x, y) = (r sin θ, −r cos θ).
        let places = try server.fileNetwork().actors.map { [$0.id, $0.attributes["map-x"], $0.attributes["map-y"]] }
        #expect(
            places == [
                ["a", "58.3", "-101.0"], ["b", "117.8", "-140.4"], ["c", "75.0", "-129.9"], ["d", "62.7", "-172.3"],
                ["e", nil, nil],
            ])
    }

    /// A cell fills rows from the outside in, in proportion to what each row's arc holds; a crowded cell gets up
    /// to four rows and then shares them out; the centre disc holds one per row.
    @Test func cellPlacesFillTheBandRowByRow() {
        func rows(_ count: Int, ring: Int) -> [Double: Int] {
            Dictionary(
                TidyLayout.places(count: count, wedge: 0, ring: ring).map { ($0.radius, 1) }, uniquingKeysWith: +)
        }
        // International ring (400–500): one row at 450 holds ⌊450 · π/3 / 70⌋ = 6.
        #expect(rows(6, ring: 0) == [450: 6])
        // 7 actors: two rows at 475 and 425 hold 7 and 6 → 7 × 7/13 = 3.77, 7 × 6/13 = 3.23 → 4 and 3.
        #expect(rows(7, ring: 0) == [475: 4, 425: 3])
        // 40 actors in the international ring: four rows hold 7 + 6 + 6 + 6 = 25 < 40, so 40 are shared as
        // 11.2, 9.6, 9.6, 9.6 → 11, 10, 10, 9 (largest remainders .6, .6, .6: the earlier rows first).
        #expect(rows(40, ring: 0) == [487.5: 11, 462.5: 10, 437.5: 10, 412.5: 9])
        // Centre disc (10–100): one actor per row up to four rows; five share them 2, 1, 1, 1.
        #expect(rows(1, ring: 4) == [55: 1])
        #expect(rows(5, ring: 4) == [88.75: 2, 66.25: 1, 43.75: 1, 21.25: 1])
        #expect(TidyLayout.places(count: 2, wedge: 1, ring: 0).map(\.degrees) == [80, 100])
    }
}
