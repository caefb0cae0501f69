import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetRender

/// Golden DOT files: `ACTORNET_UPDATE_GOLDEN=1 swift test` rewrites them (review the diff before committing).
@Suite struct DiagramGoldenTests {
    static func options(_ change: (inout DiagramOptions) -> Void) -> DiagramOptions {
        var options = DiagramOptions()
        change(&options)
        return options
    }

    static func options(named name: String) -> DiagramOptions {
        switch name {
        case "spanish-no-legend":
            options {
                $0.language = "es"; $0.legend = false
            }
        case "cluster-sector-fdp":
            options {
                $0.layout = .fdp; $0.clusterBy = .sector
            }
        case "aggregate-sector-level":
            options {
                $0.aggregate = .sectorLevel; $0.language = "es"
            }
        case "focus-ngo-depth-1":
            options {
                $0.focus = "ngo"; $0.depth = 1
            }
        case "top-ties-2-size-strength":
            options {
                $0.topTies = 2; $0.sizeBy = .strength
            }
        case "min-weight-2-neato":
            options {
                $0.minimumWeight = 2; $0.layout = .neato
            }
        default: DiagramOptions()
        }
    }

    @Test(arguments: [
        "default", "spanish-no-legend", "cluster-sector-fdp", "aggregate-sector-level",
        "focus-ngo-depth-1", "top-ties-2-size-strength", "min-weight-2-neato",
    ])
    func matchesGolden(name: String) throws {
        let options = Self.options(named: name)
        let diagram = try DiagramBuilder.build(sampleNetwork, options: options)
        #expect(diagram.dot == (try GoldenFile("Tests/ActorNetRenderTests/Golden/\(name).dot").expected(diagram.dot)))
        if let canon = try runDotTool(["-Tcanon"], input: diagram.dot) {
            #expect(canon.status == 0, "dot -Tcanon: \(canon.error)")
            #expect(canon.error.isEmpty, "\(canon.error)")
        }
    }

    @Test func autoLayoutPicksByNetworkSizeAndSaysWhenClustersAreDropped() throws {
        // Every diagram is drawn pinned by neato; the first pass's engine shows in the notes and positions.
        #expect(try DiagramBuilder.build(sampleNetwork, options: DiagramOptions()).layout == "neato")
        let options = Self.options {
            $0.layout = .sfdp; $0.clusterBy = .level
        }
        let diagram = try DiagramBuilder.build(sampleNetwork, options: options)
        #expect(!diagram.graph.nodes.contains { $0.id.hasPrefix("cluster_box_") })
        #expect(diagram.notes == ["layout sfdp cannot draw clusters; drawing without --cluster-by level"])
        var big = Network(name: "big")
        big.actors = (0..<400).map { Actor(id: "a\($0)") }
        big.ties = (1..<400).map { Tie(from: "a0", to: "a\($0)") }
        let large = try DiagramBuilder.build(big, options: DiagramOptions())
        #expect(
            large.notes == [
                "400 actors: labels shown for the top 30 by degree at most, layout sfdp with overlap removal"
            ])
        let labelled = large.graph.nodes.filter {
            guard $0.id.wholeMatch(of: /n\d+/) != nil, case .text(let t)? = $0.attributes[.label] else { return false }
            return !t.isEmpty
        }
        #expect(labelled.count == 30)
        // With --cluster-by level the level clusters are drawn, in order: international first.
        let clustered = try DiagramBuilder.build(sampleNetwork, options: Self.options { $0.layout = .dot })
        let clusterLabels = clustered.graph.nodes.filter { $0.id.hasPrefix("cluster_label_") }.map(\.attributes[.label])
        #expect(clusterLabels == ["International", "National", "Regional", "Local"].map { .leftText($0) })
    }

    @Test func unknownFocusIsAnError() {
        #expect(throws: DiagramError.unknownFocus("zz")) {
            try DiagramBuilder.build(sampleNetwork, options: Self.options { $0.focus = "zz" })
        }
    }

    @Test func aggregateCountsActorsAndSumsTies() {
        let view = NetworkViews.aggregate(sampleNetwork, by: .level, language: "en")
        #expect(view.actors.map(\.id) == ["local", "regional", "national", "international"])
        #expect(view.actors[0].attributes == ["actors": "2", "internal_ties": "1"])
        let byPair = Dictionary(uniqueKeysWithValues: view.ties.map { ("\($0.from)|\($0.to)", $0.weight) })
        #expect(
            byPair == ["local|regional": 4, "local|national": 1, "international|regional": 3, "international|local": 1])
    }

    @Test func egoKeepsNeighboursWithinDepth() throws {
        let one = try #require(NetworkViews.ego(sampleNetwork, focus: "ngo", depth: 1))
        #expect(Set(one.actors.map(\.id)) == ["ngo", "muni", "donor"])
        let two = try #require(NetworkViews.ego(sampleNetwork, focus: "ngo", depth: 2))
        #expect(Set(two.actors.map(\.id)) == ["ngo", "muni", "donor", "gore", "firm", "uni"])
    }
}

@Suite struct RenderTests {
    @Test func svgIsWellFormedWithEveryLabelAndLegendEntry() throws {
        let diagram = try DiagramBuilder.build(sampleNetwork, options: DiagramOptions())
        let data = try GraphvizRenderer.render(diagram.graph, layout: diagram.layout, format: "svg")
        let svg = try #require(SVGText.parse(data))
        let text = svg.texts.joined(separator: "\n")
        for actor in sampleNetwork.actors {
            for line in DiagramStyle.wrap(actor.name).split(separator: "\n") { #expect(text.contains(line), "\(line)") }
        }
        for entry in [
            "Public", "Private", "Academia", "Civil society", "International", "Local", "Regional",
            "National", "Funding", "Coordination", "Agreement", "Node size",
        ] {
            #expect(svg.texts.contains { $0.contains(entry) }, "legend entry \(entry)")
        }
        // The pinned graph: 6 actors; a legend of 5 sectors and 4 levels (sample and text each), 6 tie kinds
        // (text and two invisible ends of a line sample) and 2 lines on size, with 4 headings; title, one caption
        // line, 2 invisible page corners. Every visible node and every edge is drawn.
        #expect(diagram.graph.nodes.count == 6 + (5 * 2 + 4 * 2 + 6 * 3 + 2 + 4) + 1 + 1 + 2)
        #expect(svg.classes["node"] == diagram.graph.nodes.count - 6 * 2 - 2)
        #expect(svg.classes["edge"] == sampleNetwork.ties.count + 6)
    }

    @Test func pngAndPdfHaveTheirMagicBytes() throws {
        let diagram = try DiagramBuilder.build(sampleNetwork, options: DiagramOptions())
        let png = try GraphvizRenderer.render(diagram.graph, layout: "dot", format: "png")
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(png.count > 5_000)
        let pdf = try GraphvizRenderer.render(diagram.graph, layout: "dot", format: "pdf")
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(pdf.count > 2_000)
    }

    /// Names that attack DOT, HTML and the escString layer show as text and never change the graph.
    @Test func hostileNamesAreShownVerbatimAndCannotAddStructure() throws {
        let hostile = [
            "say \"hi\"", "back\\slash\\", "\\N and \\G", "<b>bold</b>", "<script>alert(1)</script>",
            "two\nlines", "\"]; n99 [label=\"pwned\"]; n0 -- n99 [", "}} digraph x {", "Ωmega ünï 中文 العربية",
            "emoji 🤝🌎", "=HYPERLINK(\"http://x\")", String(repeating: "long", count: 5_000),
        ]
        var network = Network(name: "hostile \"graph\" \\ <name>", source: "<i>source</i> & \\L")
        network.actors = hostile.enumerated().map { Actor(id: "a\($0.offset)", name: $0.element) }
        network.ties = (1..<hostile.count).map { Tie(from: "a0", to: "a\($0)") }
        let diagram = try DiagramBuilder.build(network, options: DiagramOptions())
        let data = try GraphvizRenderer.render(diagram.graph, layout: diagram.layout, format: "svg")
        let svg = try #require(SVGText.parse(data), "SVG is not well-formed XML")
        #expect(svg.classes["node"] == diagram.graph.nodes.count - 2 * 2)  // invisible: page corners, line ends
        #expect(diagram.graph.nodes.filter { $0.id.wholeMatch(of: /n\d+/) != nil }.count == hostile.count)
        #expect(svg.classes["edge"] == hostile.count - 1 + 1)  // the ties and the legend's one line sample
        // Tooltips carry the full name (labels are wrapped and, for 20 000 characters, shortened).
        for name in hostile {
            let shown = name.replacingOccurrences(of: "\n", with: " ")
            #expect(
                svg.titles.contains { $0.hasPrefix(shown + "\n") || $0.hasPrefix(name + "\n") },
                "tooltip for \(name.prefix(40))")
        }
        #expect(svg.texts.contains { $0.contains("hostile \"graph\" \\ <name>") })
        #expect(svg.texts.contains { $0.contains("<i>source</i> & \\L") })
        if let canon = try runDotTool(["-Tcanon"], input: diagram.dot) {
            #expect(canon.status == 0)
            // Every node statement in the canonical form is one of ours.
            let nodeStatements = canon.output.split(separator: "\n").filter {
                $0.trimmingCharacters(in: .whitespaces).wholeMatch(of: /n\d+\t\[.*/) != nil
            }
            #expect(nodeStatements.count == hostile.count)
        }
    }

    @Test func concurrentRendersAreSerialisedAndCorrect() async throws {
        let dot = try DiagramBuilder.build(sampleNetwork, options: DiagramOptions()).graph
        // Graphviz may emit clusters in a different order on later renders in one process (its containers
        // reorganise on lookup), so outputs are compared as multisets of lines.
        func lines(_ data: Data) -> [Substring] {
            String(decoding: data, as: UTF8.self).split(separator: "\n").sorted()
        }
        let reference = lines(try GraphvizRenderer.render(dot, layout: "dot", format: "svg"))
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<8 {
                group.addTask {
                    for _ in 0..<50 {
                        let data = try GraphvizRenderer.render(dot, layout: "dot", format: "svg")
                        if lines(data) != reference { return false }
                    }
                    return true
                }
            }
            for try await ok in group { #expect(ok) }
        }
    }

    @Test func unknownLayoutAndFormatAreTypedErrors() {
        let graph = DotGraph(id: "g", directed: false)
        #expect(throws: RenderError.unknownLayout("nope")) {
            try GraphvizRenderer.render(graph, layout: "nope", format: "svg")
        }
        #expect(throws: RenderError.unknownFormat("gif")) {
            try GraphvizRenderer.render(graph, layout: "dot", format: "gif")
        }
    }

    @Test func graphvizErrorsAfterParsingAreCaught() {
        // A malformed HTML label parses but fails later; agerrors() must turn it into an error.
        #expect(throws: RenderError.self) {
            try GraphvizRenderer.render(dot: "graph g { a [label=<<b>x</i>>]; }", layout: "dot", format: "svg")
        }
        // And the next render still works.
        #expect(throws: Never.self) {
            try GraphvizRenderer.render(dot: "graph g { a; }", layout: "dot", format: "svg")
        }
    }
}
