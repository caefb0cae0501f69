import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetServe

/// Net-Map goals on the page (headless Chromium through chromedriver): goals added by typing, stances chosen in the
/// actor panel, the stance on one goal shown on the board, and a goal removed with the later stances moving down
/// to stay with their goal, in one undoable step. Without Chromium or chromedriver this is reported as skipped.
@Suite(.serialized, .enabled(if: WebDriver.isAvailable))
struct ServeGoalsBrowserTests {
    static let enter = "\u{E007}"
    static let goals = ["Agua potable para todo el valle", "Una ley de cuencas"]

    /// Waits until the file on disk (loaded as `actornet validate` would) satisfies `condition`.
    /// (Up to a minute: beside the whole suite on 2 cores a page can take more than 10 s to answer.)
    func until(_ server: ServeHarness, _ condition: (Network) -> Bool) async throws {
        let start = Date()
        while Date().timeIntervalSince(start) < 60 {
            if condition(try server.fileNetwork()) { return }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        Issue.record("the file never reached the expected state: \(try server.fileText())")
    }

    /// The sign and class drawn by each actor, for the goal the board shows.
    static let badges = """
        return Array.from(document.querySelectorAll('#canvas .actor')).map(function (g) {
          var sign = g.querySelector('.stance-sign'), mark = g.querySelector('circle.stance');
          return g.getAttribute('data-id') + ' ' + (sign ? sign.textContent + ' ' + mark.getAttribute('class') : '-');
        });
        """

    @Test func goalsAreAddedStancesShownAndAGoalRemovedKeepsEachStanceWithItsGoal() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let browser = try await WebDriver(width: 1300, height: 1000)
        do {
            try await browser.open(URL(string: "http://127.0.0.1:\(server.http.port)/")!)
            // The panel is made once the network has arrived.
            var heading = ""
            for _ in 0..<500 where heading.isEmpty {
                heading = try await browser.execute(
                    "var h = document.querySelector('#goals-panel h2'); return h ? h.textContent : '';", as: String.self
                )
                if heading.isEmpty { try await Task.sleep(nanoseconds: 20_000_000) }
            }
            #expect(heading == "Objetivos del mapa")
            // Typed one right after the other: the second is sent once the first is answered, so both stay.
            for goal in Self.goals {
                try await browser.type(goal + Self.enter, into: try await browser.element("#new-goal"))
            }
            try await until(server) { $0.goals == Self.goals }
            try await browser.click(selector: ".actor[data-id=\"muni\"] circle.body")
            try await browser.click(selector: "#actor-panel select[data-goal=\"1\"] option[value=\"+\"]")
            try await until(server) { $0.actors[0].attributes["stance.1"] == "+" }
            try await browser.click(selector: "#actor-panel select[data-goal=\"2\"] option[value=\"-\"]")
            try await until(server) { $0.actors[0].attributes["stance.2"] == "-" }
            try await browser.click(selector: ".actor[data-id=\"uni\"] circle.body")
            try await browser.click(selector: "#actor-panel select[data-goal=\"2\"] option[value=\"0\"]")
            try await until(server) { $0.actors[2].attributes["stance.2"] == "0" }

            try await browser.click(selector: "#stance-goal option[value=\"2\"]")
            #expect(
                try await browser.execute(Self.badges, as: [String].self)
                    == ["muni − stance stance-against", "fund -", "uni 0 stance stance-neutral"])
            try await browser.run("window.scrollTo(0, 0);")
            let shot = try await browser.screenshot()
            try shot.write(to: URL(fileURLWithPath: try scratchFolder("serve-goals") + "/goals.png"))

            // Removing goal 1: goal 2 becomes goal 1 and its stances follow; the board still shows that goal.
            try await browser.click(selector: "#goals-panel li.goal button")
            try await until(server) { $0.goals == [Self.goals[1]] }
            let network = try server.fileNetwork()
            #expect(network.actors.map(\.attributes) == [["stance.1": "-"], [:], ["stance.1": "0"]])
            var shown = ""
            for _ in 0..<500 where shown != "1" {
                shown = try await browser.execute(
                    "return document.getElementById('stance-goal').value;", as: String.self)
                if shown != "1" { try await Task.sleep(nanoseconds: 20_000_000) }
            }
            #expect(shown == "1")
            #expect(
                try await browser.execute(Self.badges, as: [String].self)
                    == ["muni − stance stance-against", "fund -", "uni 0 stance stance-neutral"])

            // One undo brings back both goals and every stance.
            #expect(try await server.http.post("/api/undo", json: [:]).status == 200)
            let restored = try server.fileNetwork()
            #expect(restored.goals == Self.goals)
            #expect(restored.actors.map(\.attributes) == [["stance.1": "+", "stance.2": "-"], [:], ["stance.2": "0"]])
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }
}
