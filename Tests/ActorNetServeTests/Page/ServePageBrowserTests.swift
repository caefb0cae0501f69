import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetServe

/// The page in a real browser (headless Chromium through chromedriver) against a real server: a facilitator
/// maps with the keyboard and the mouse, reloads, and a second participant sees each edit live. Without
/// Chromium or chromedriver (`make browser` installs both) these tests are reported as skipped, never as passed.
@Suite(.serialized, .enabled(if: WebDriver.isAvailable))
struct ServePageBrowserTests {
    static let enter = "\u{E007}", arrowUp = "\u{E013}", arrowRight = "\u{E014}"

    static let countActors = "return document.querySelectorAll('#canvas .actor').length;"
    static let countTies = "return document.querySelectorAll('#canvas .tie').length;"

    /// Waits (up to `seconds`) until `script` returns `expected` in `browser`; returns the seconds it took.
    @discardableResult
    func wait(
        _ browser: WebDriver, _ script: String, toBe expected: Int, seconds: Double = 10
    ) async throws -> Double {
        let start = Date()
        while Date().timeIntervalSince(start) < seconds {
            if try await browser.execute(script, as: Int.self) == expected { return Date().timeIntervalSince(start) }
            try await Task.sleep(nanoseconds: 20_000_000)
        }
        Issue.record("`\(script)` never returned \(expected)")
        return seconds
    }

    func actor(_ id: String, _ part: String = "circle.body") -> String { ".actor[data-id=\"\(id)\"] \(part)" }

    /// Drags between two elements found by selector; the page redraws its board when a version arrives, so a
    /// reference found just before may be stale: found again and tried again, up to three times.
    func drag(_ browser: WebDriver, from source: String, to target: String) async throws {
        for attempt in 1...3 {
            do {
                try await browser.drag(from: try await browser.element(source), to: try await browser.element(target))
                return
            } catch  where attempt < 3 && "\(error)".contains("stale element") {
                try await Task.sleep(nanoseconds: 100_000_000)
            }
        }
    }

    /// Drags from `from`'s dot to `to`, picks `kind` with the keyboard and adds the tie with Enter.
    func tie(_ browser: WebDriver, _ from: String, _ to: String, kind: String, ties: Int) async throws {
        try await drag(browser, from: actor(from, ".handle"), to: actor(to))
        let select = try await browser.element("#tie-kind")
        try await browser.run("arguments[0].value = arguments[1];", [[WebDriver.elementKey: select], kind])
        try await browser.press(Self.enter)
        try await wait(browser, Self.countTies, toBe: ties)
    }

    @Test func aFacilitatorMapsFiveActorsAndFourTiesWithKeysAndMouseAndTheyStay() async throws {
        let server = try await ServeHarness(nil, name: "taller.yaml", language: .es)
        defer { Task { await server.stop() } }
        let url = URL(string: "http://127.0.0.1:\(server.http.port)/")!
        let browser = try await WebDriver()
        do {
            try await browser.open(url)
            // The new map asks its question first.
            // The page draws from /api/network after it loads: wait for the question to be asked.
            try await wait(browser, "return document.querySelector('#setup textarea') ? 1 : 0;", toBe: 1)
            let question = try await browser.element("#setup textarea")
            try await browser.type("¿Quién trabaja por el agua en Valle Seco?", into: question)
            try await browser.click(try await browser.element("#setup button"))
            try await wait(browser, "return document.getElementById('setup') ? 1 : 0;", toBe: 0)

            let input = try await browser.element("#new-actor")
            let names = ["Municipalidad", "Fundación Agua", "Universidad del Norte", "Cooperativa", "Banco Mundial"]
            for (index, name) in names.enumerated() {
                try await browser.type(name + Self.enter, into: input)
                try await wait(browser, Self.countActors, toBe: index + 1)
            }
            // Typing a name already there warns before Enter.
            try await browser.type("fundacion agua", into: input)
            #expect(
                try await browser.execute("return document.getElementById('duplicate').textContent;", as: String.self)
                    == "Ya está en el mapa: Fundación Agua")
            try await browser.run("arguments[0].value = '';", [[WebDriver.elementKey: input]])

            // Keys: the focused actor goes out a ring (unspecified → local) and one wedge on.
            try await browser.run(
                "document.querySelector(arguments[0]).focus();", [".actor[data-id=\"municipalidad\"]"])
            try await browser.press(Self.arrowUp)
            try await wait(
                browser,
                "return state().municipalidad === 'unspecified|local' ? 1 : 0;".replacingOccurrences(
                    of: "state()", with: Self.cells), toBe: 1)
            // Mouse: drag the bank onto the wedge of international cooperation, international ring.
            try await drag(browser, from: actor("banco-mundial"), to: ".wedge-label:nth-of-type(5)")
            try await wait(
                browser,
                "return state()['banco-mundial'] === 'international|international' ? 1 : 0;"
                    .replacingOccurrences(of: "state()", with: Self.cells), toBe: 1)

            try await tie(browser, "fundacion-agua", "municipalidad", kind: "funding", ties: 1)
            try await tie(browser, "universidad-del-norte", "municipalidad", kind: "knowledge-exchange", ties: 2)
            try await tie(browser, "cooperativa", "municipalidad", kind: "coordination", ties: 3)
            try await tie(browser, "banco-mundial", "fundacion-agua", kind: "funding", ties: 4)
            // Esc cancels a tie being drawn.
            try await drag(browser, from: actor("cooperativa", ".handle"), to: actor("banco-mundial"))
            try await browser.press("\u{E00C}")
            try await Task.sleep(nanoseconds: 300_000_000)
            #expect(try await browser.execute(Self.countTies, as: Int.self) == 4)

            try await browser.open(url)
            try await wait(browser, Self.countActors, toBe: 5)
            try await wait(browser, Self.countTies, toBe: 4)
            let network = try server.fileNetwork()
            #expect(network.description == "¿Quién trabaja por el agua en Valle Seco?")
            #expect(network.actors.map(\.name) == names)
            #expect(network.actors[0].level == .local)
            #expect(network.actors[4].sector == .international)
            #expect(network.actors[4].level == .international)
            #expect(
                network.ties.map { "\($0.from)-\($0.to) \($0.kind.rawValue)" } == [
                    "fundacion-agua-municipalidad funding",
                    "universidad-del-norte-municipalidad knowledge-exchange",
                    "cooperativa-municipalidad coordination", "banco-mundial-fundacion-agua funding",
                ])
            let errors = try await browser.consoleMessages().filter { $0.contains("SEVERE") || $0.contains("Refused") }
            #expect(errors == [])
            let shot = try await browser.screenshot()
            try shot.write(to: URL(fileURLWithPath: try scratchFolder("serve-page") + "/taller.png"))
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    /// The sector and level each actor is drawn in, read from the page's own geometry.
    static let cells = """
        (function () {
          var out = {};
          document.querySelectorAll('#canvas .actor').forEach(function (g) {
            var m = /translate\\(([-\\d.e]+) ([-\\d.e]+)\\)/.exec(g.getAttribute('transform'));
            var x = +m[1], y = +m[2], r = Math.sqrt(x * x + y * y);
            var levels = ['international', 'national', 'regional', 'local', 'unspecified'];
            var sectors = ['public', 'private', 'academia', 'civil-society', 'international', 'unspecified'];
            var ring = Math.max(0, Math.min(4, Math.floor((500 - r) / 100)));
            var angle = (Math.atan2(y, x) * 180 / Math.PI + 90 + 360) % 360;
            out[g.getAttribute('data-id')] = sectors[Math.floor(angle / 60) % 6] + '|' + levels[ring];
          });
          return out;
        })()
        """

    @Test func aSecondBrowserSeesAnEditWithinASecond() async throws {
        let server = try await ServeHarness()
        defer { Task { await server.stop() } }
        let url = URL(string: "http://127.0.0.1:\(server.http.port)/")!
        let first = try await WebDriver(width: 1200, height: 900)
        let second: WebDriver
        do {
            second = try await WebDriver(width: 1200, height: 900)
        } catch {
            await first.quit()
            throw error
        }
        do {
            try await first.open(url)
            try await second.open(url)
            try await wait(first, Self.countActors, toBe: 3)
            try await wait(second, Self.countActors, toBe: 3)
            try await first.type("Cooperativa" + Self.enter, into: try await first.element("#new-actor"))
            // From the moment the server holds the edit (on disk) to the second page drawing it.
            while await server.session.version < 2 { try await Task.sleep(nanoseconds: 5_000_000) }
            let seconds = try await wait(second, Self.countActors, toBe: 4, seconds: 1)
            #expect(seconds < 1)
            try await wait(second, "return document.querySelector('#analysis ol:nth-of-type(3) li') ? 1 : 0;", toBe: 1)
            #expect(
                try await second.execute(
                    "return Array.from(document.querySelectorAll('#analysis h3')).map(h => h.textContent);",
                    as: [String].self)
                    == [
                        "Actores clave", "Intermediarios entre sectores", "Actores aislados", "Sector × nivel",
                        "Lazos que podrían faltar",
                    ])
        } catch {
            await first.quit()
            await second.quit()
            throw error
        }
        await first.quit()
        await second.quit()
    }
}
