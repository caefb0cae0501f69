import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetServe

/// The Tidy button in a real browser (headless Chromium through chromedriver): one click places the actors by
/// the server's Graphviz layout, the board shows the new places, and the file keeps them. Without Chromium or
/// chromedriver this is reported as skipped, never as passed.
@Suite(.serialized, .enabled(if: WebDriver.isAvailable))
struct ServeTidyBrowserTests {
    static let cell = """
        name: Cuenca
        actors:
          - {id: a, sector: public, level: local}
          - {id: b, sector: public, level: local}
          - {id: c, sector: public, level: local}
          - {id: d, sector: public, level: local}
        ties:
          - {from: a, to: c}
          - {from: c, to: b}
          - {from: b, to: d}

        """

    static func place(_ id: String) -> String {
        "var g = document.querySelector('#canvas .actor[data-id=\"\(id)\"]'); return g ? g.getAttribute('transform') "
            + ": '';"
    }

    @Test func theTidyButtonPlacesActorsByTheServerLayoutAndTheFileKeepsThem() async throws {
        let server = try await ServeHarness(Self.cell, name: "cuenca.yaml", language: .es)
        defer { Task { await server.stop() } }
        let browser = try await WebDriver()
        do {
            try await browser.open(URL(string: "http://127.0.0.1:\(server.http.port)/")!)
            var before = ""
            for _ in 0..<500 where before.isEmpty {
                before = try await browser.execute(Self.place("a"), as: String.self)
                if before.isEmpty { try await Task.sleep(nanoseconds: 20_000_000) }
            }
            // Before Tidy the page places the actors itself, in file order, by the same rule as the server.
            var unplaced: [String] = []
            for id in ["a", "b", "c", "d"] {
                unplaced.append(try await browser.execute(Self.place(id), as: String.self))
            }
            let expected = TidyLayout.places(count: 4, wedge: 0, ring: 3).map { place in
                let a = (place.degrees - 90) * .pi / 180
                return (place.radius * cos(a), place.radius * sin(a))
            }
            let drawn = unplaced.map { transform in
                let numbers = transform.dropFirst("translate(".count).dropLast().split(separator: " ").map {
                    Double($0)!
                }
                return (numbers[0], numbers[1])
            }
            #expect(zip(drawn, expected).allSatisfy { abs($0.0 - $1.0) < 1e-9 && abs($0.1 - $1.1) < 1e-9 })
            #expect(
                try await browser.execute("return document.getElementById('tidy').textContent;", as: String.self)
                    == "Ordenar")
            try await browser.click(try await browser.element("#tidy"))
            var after = before
            for _ in 0..<500 where after == before {
                try await Task.sleep(nanoseconds: 20_000_000)
                after = try await browser.execute(Self.place("a"), as: String.self)
            }
            // The places ServeNetMapTests derives by hand for this network.
            #expect(after == "translate(58.3 -101)")
            #expect(try await browser.execute(Self.place("d"), as: String.self) == "translate(62.7 -172.3)")
            let file = try server.fileNetwork()
            #expect(file.actors.map { $0.attributes["map-x"] } == ["58.3", "117.8", "75.0", "62.7"])
            let shot = try await browser.screenshot()
            try shot.write(to: URL(fileURLWithPath: try scratchFolder("serve-tidy") + "/tidy.png"))
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }
}
