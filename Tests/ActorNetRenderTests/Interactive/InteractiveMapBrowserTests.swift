import ActorNet
import ActorNetAnalysis
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetRender

/// The interactive map in a real browser: headless Chromium driven by chromedriver over WebDriver. Without Chromium
/// or chromedriver (`make browser` installs both) these tests are reported as skipped, never as passed.
@Suite(.serialized)
struct InteractiveMapBrowserTests {
    static let prefix = "m-"

    /// The Chile example in Spanish, written as a page, and what the tests compare the page with.
    struct Fixture {
        var view: Network
        var page: URL

        init() throws {
            let network = try NetworkFile.load(PackagePaths.example("chile")).network
            var options = DiagramOptions()
            options.page = .none
            options.language = "es"
            let map = try InteractiveMap(NetworkAnalysis(network), options: options, prefix: prefix)
            view = map.diagram.view
            page = URL(fileURLWithPath: try scratchFile("chile.html", map.page, purpose: "map"))
        }

        func actor(_ index: Int) -> String { InteractiveMap.actorElement(prefix, index) }
        func tie(_ index: Int) -> String { InteractiveMap.tieElement(prefix, index) }

        /// The element ids of actor `index`, its neighbours and its ties, from the network's ties.
        func neighbourhood(_ index: Int) -> [String] {
            let id = view.actors[index].id
            var elements: Set<String> = [actor(index)]
            for (t, tie) in view.ties.enumerated() where tie.from == id || tie.to == id {
                elements.insert(self.tie(t))
                elements.insert(actor(view.actorIndex[tie.from == id ? tie.to : tie.from]!))
            }
            return elements.sorted()
        }

        /// The element ids hidden when the actors `hidden` say are hidden: theirs and their ties'.
        func hiddenElements(_ hidden: (Actor) -> Bool) -> [String] {
            var elements: [String] = []
            for (index, actor) in view.actors.enumerated() where hidden(actor) { elements.append(self.actor(index)) }
            for (t, tie) in view.ties.enumerated() {
                let ends = [tie.from, tie.to].map { view.actors[view.actorIndex[$0]!] }
                if ends.contains(where: hidden) { elements.append(self.tie(t)) }
            }
            return elements.sorted()
        }
    }

    static let highlighted = "return Array.from(document.querySelectorAll('.an-hl')).map(e => e.id).sort();"
    static let hidden = """
        return Array.from(document.querySelectorAll('.actor, .tie'))
          .filter(e => getComputedStyle(e).display === 'none').map(e => e.id).sort();
        """

    @Test(.enabled(if: WebDriver.isAvailable, "chromium or chromedriver is missing: `make browser` installs them"))
    func hoverHighlightsExactlyTheNeighboursAndTies() async throws {
        let fixture = try Fixture()
        let browser = try await WebDriver()
        do {
            try await browser.open(fixture.page)
            for index in fixture.view.actors.indices {
                try await browser.hover(try await browser.element("#" + fixture.actor(index)))
                let lit = try await browser.execute(Self.highlighted, as: [String].self)
                #expect(lit == fixture.neighbourhood(index), "hovering \(fixture.view.actors[index].name)")
            }
            try await browser.hover(try await browser.element(".an-help"))
            #expect(try await browser.execute(Self.highlighted, as: [String].self) == [])
            #expect(try await browser.consoleMessages() == [])
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    @Test(.enabled(if: WebDriver.isAvailable, "chromium or chromedriver is missing: `make browser` installs them"))
    func searchIgnoresAccentsAndCase() async throws {
        let fixture = try Fixture()
        let browser = try await WebDriver()
        do {
            try await browser.open(fixture.page)
            let input = try await browser.element(".an-search-input")
            for query in ["hidricos", "CARBON", "tecnica del"] {
                try await browser.run("arguments[0].value = '';", [[WebDriver.elementKey: input]])
                try await browser.type(query, into: input)
                let found = try await browser.execute(
                    "return Array.from(document.querySelectorAll('.an-results button')).map(b => b.textContent);",
                    as: [String].self)
                let expected = fixture.view.actors.map(\.name).filter {
                    $0.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                        .contains(query.lowercased())
                }
                #expect(expected.count == 1, "the query `\(query)` names one accented actor")
                #expect(found == expected)
            }
            #expect(
                try await browser.execute("return document.querySelector('.an-results button') !== null", as: Bool.self)
            )
            try await browser.click(try await browser.element(".an-results button"))
            let panelTitle = try await browser.execute(
                "return document.querySelector('.an-panel').hidden ? '' : document.querySelector('.an-panel h3')"
                    + ".textContent;", as: String.self)
            #expect(panelTitle == "Universidad Técnica del Sur (ficticia)")
            #expect(try await browser.consoleMessages() == [])
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    @Test(.enabled(if: WebDriver.isAvailable, "chromium or chromedriver is missing: `make browser` installs them"))
    func legendTogglesHideActorsAndTheirTiesAndTheDownloadIsThatView() async throws {
        let fixture = try Fixture()
        let browser = try await WebDriver()
        do {
            try await browser.open(fixture.page)
            #expect(try await browser.execute(Self.hidden, as: [String].self) == [])
            let privateSector = try await browser.element(".an-legend input[data-group='sector'][data-key='private']")
            try await browser.click(privateSector)
            let hidden = try await browser.execute(Self.hidden, as: [String].self)
            #expect(hidden == fixture.hiddenElements { $0.sector == .private })

            // The downloaded SVG is the view: no hidden element in it, and the current frame.
            try await browser.click(try await browser.element(".an-zoom-in"))
            let download = try await browser.execute(
                """
                var blob = null, name = null;
                URL.createObjectURL = function (b) { blob = b; return 'blob:captured'; };
                HTMLAnchorElement.prototype.click = function () { name = this.download; };
                document.querySelector('.an-download').click();
                var frame = document.querySelector('.an-view svg').getAttribute('viewBox');
                return blob.text().then(function (text) { return [name, frame, text]; });
                """, as: [String].self)
            #expect(download[0] == "red-multiactor-de-desarrollo-territorial-chile-ilustrativa.svg")
            let svg = try #require(SVGText.parse(Data(download[2].utf8)))
            #expect(svg.ids.filter { hidden.contains($0) } == [])
            #expect(svg.ids.contains(fixture.actor(0)))
            #expect(svg.rootViewBox == download[1])

            try await browser.click(privateSector)
            #expect(try await browser.execute(Self.hidden, as: [String].self) == [])
            let level = try await browser.element(".an-legend input[data-group='level'][data-key='local']")
            try await browser.click(level)
            #expect(
                try await browser.execute(Self.hidden, as: [String].self)
                    == fixture.hiddenElements { $0.level == .local })
            try await browser.click(level)
            let kind = try await browser.element(".an-legend input[data-group='kind'][data-key='funding']")
            try await browser.click(kind)
            let funding = fixture.view.ties.indices.filter { fixture.view.ties[$0].kind == .funding }
            #expect(try await browser.execute(Self.hidden, as: [String].self) == funding.map(fixture.tie).sorted())
            #expect(try await browser.consoleMessages() == [])
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    @Test(.enabled(if: WebDriver.isAvailable, "chromium or chromedriver is missing: `make browser` installs them"))
    func focusKeepsTheStepsAroundTheSelection() async throws {
        let fixture = try Fixture()
        let browser = try await WebDriver()
        do {
            try await browser.open(fixture.page)
            let focal = try #require(fixture.view.actorIndex["gore-biobio"])
            try await browser.click(try await browser.element("#" + fixture.actor(focal)))
            #expect(
                try await browser.execute("return document.querySelector('.an-panel h3').textContent", as: String.self)
                    == fixture.view.actors[focal].name)
            try await browser.click(try await browser.element(".an-focus-on"))
            let kept = Set(fixture.neighbourhood(focal).filter { $0.hasPrefix(Self.prefix + "a") })
            let hidden = try await browser.execute(Self.hidden, as: [String].self)
            #expect(hidden == fixture.hiddenElements { !kept.contains(fixture.actor(fixture.view.actorIndex[$0.id]!)) })
            #expect(try await browser.consoleMessages() == [])
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }

    /// Nothing is fetched: no resource entry, no console message; and the check can fail: a request added by a
    /// script is refused by the page's policy, which the console reports, and is listed as a resource entry.
    @Test(.enabled(if: WebDriver.isAvailable, "chromium or chromedriver is missing: `make browser` installs them"))
    func noRequestLeavesThePage() async throws {
        let fixture = try Fixture()
        let browser = try await WebDriver()
        do {
            try await browser.open(fixture.page)
            try await browser.click(try await browser.element(".an-zoom-in"))
            try await browser.hover(try await browser.element("#" + fixture.actor(0)))
            let resources = "return performance.getEntriesByType('resource').map(e => e.name);"
            #expect(try await browser.execute(resources, as: [String].self) == [])
            #expect(try await browser.consoleMessages() == [])
            try await browser.run(
                "var i = new Image(); i.src = 'http://127.0.0.1:9/probe.png'; document.body.appendChild(i);")
            try await Task.sleep(nanoseconds: 300_000_000)
            let messages = try await browser.consoleMessages()
            #expect(messages.count == 1 && messages[0].contains("Content Security Policy"), "\(messages)")
            #expect(try await browser.execute(resources, as: [String].self) == ["http://127.0.0.1:9/probe.png"])
        } catch {
            await browser.quit()
            throw error
        }
        await browser.quit()
    }
}
