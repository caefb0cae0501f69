import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetRender

/// Level order, rings, and what the ego, aggregate and filtered views show and say.
@Suite struct DiagramViewTests {
    static func build(_ network: Network, _ change: (inout DiagramOptions) -> Void) throws -> Diagram {
        var options = DiagramOptions()
        change(&options)
        return try DiagramBuilder.build(network, options: options)
    }

    static func label(_ diagram: Diagram, _ id: String) -> DotValue? {
        diagram.graph.nodes.first { $0.id == id }?.attributes[.label]
    }

    /// `pos="x,y!"` (inches) of a node, in points.
    static func position(_ diagram: Diagram, _ id: String) -> (x: Double, y: Double)? {
        guard case .keyword(let text)? = diagram.graph.nodes.first(where: { $0.id == id })?.attributes[.pos] else {
            return nil
        }
        let numbers = text.dropLast().split(separator: ",").compactMap { Double($0) }
        return numbers.count == 2 ? (numbers[0] * 72, numbers[1] * 72) : nil
    }

    static func clusterLabels(_ diagram: Diagram) -> [String] {
        diagram.graph.nodes.filter { $0.id.hasPrefix("cluster_label_") }.compactMap {
            if case .leftText(let text)? = $0.attributes[.label] { return text }
            return nil
        }
    }

    @Test(arguments: [
        (
            "chile", ["International", "National", "Regional", "Local"],
            ["International", "National", "Regional", "Local"]
        ),
        (
            "peru", ["International", "National", "Regional", "Local"],
            ["International", "National", "Regional", "Local"]
        ),
        ("usaid-bo", ["International", "National", "Unspecified"], ["International", "National", "Unspecified"]),
    ])
    func levelClustersReadFromInternationalToLocal(name: String, levels: [String], filtered: [String]) throws {
        let network = try PageFitTests.load(name)
        let diagram = try Self.build(network) { $0.layout = .dot }
        #expect(Self.clusterLabels(diagram) == levels)
        // Top to bottom on the page: each cluster's box below the one before.
        let heights = levels.indices.compactMap { Self.position(diagram, "cluster_box_\($0)")?.y }
        #expect(heights.count == levels.count && zip(heights, heights.dropFirst()).allSatisfy { $0 > $1 })
        // The order does not change with a filter; only emptied levels go.
        let lighter = try Self.build(network) {
            $0.layout = .dot; $0.minimumWeight = 2
        }
        #expect(Self.clusterLabels(lighter) == filtered)
    }

    @Test func ringsPutLevelsOnConcentricRingsLocalInside() throws {
        let network = try PageFitTests.load("chile")
        let diagram = try Self.build(network) { $0.layout = .rings }
        let centre = try #require(Self.position(diagram, "ring_local"))
        var radii: [Level: Double] = [:]
        for level in [Level.local, .regional, .national, .international] {
            let ring = try #require(diagram.graph.nodes.first { $0.id == "ring_\(level.rawValue)" })
            guard case .number(let width)? = ring.attributes[.width] else { Issue.record("ring width"); return }
            radii[level] = width * 72 / 2
            #expect(
                Self.position(diagram, "ring_\(level.rawValue)").map { abs($0.x - centre.x) + abs($0.y - centre.y) }
                    ?? 1 < 0.01)
        }
        #expect(
            radii[.local]! < radii[.regional]! && radii[.regional]! < radii[.national]!
                && radii[.national]! < radii[.international]!)
        for (index, actor) in network.actors.enumerated() {
            let at = try #require(Self.position(diagram, "n\(index)"))
            let distance = ((at.x - centre.x) * (at.x - centre.x) + (at.y - centre.y) * (at.y - centre.y)).squareRoot()
            #expect(abs(distance - radii[actor.level]!) < 0.05, "\(actor.id) off its ring")
        }
    }

    @Test func egoViewMarksTheFocalActorAndSaysSoInTheTitle() throws {
        let network = try PageFitTests.load("chile")
        let diagram = try Self.build(network) {
            $0.focus = "agencia-coop"; $0.language = "es"
        }
        let index = try #require(network.actors.firstIndex { $0.id == "agencia-coop" })
        let focal = try #require(diagram.graph.nodes.first { $0.id == "n0" })
        let egoIndex = 0  // the ego view keeps file order; agencia-coop is the first actor of chile.yaml
        #expect(index == egoIndex)
        #expect(focal.attributes[.peripheries] == .number(2))
        #expect(
            diagram.graph.nodes.filter { $0.attributes[.peripheries] == .number(2) }.map(\.id)
                == ["n0", "legend_3_2_sample"])
        #expect(
            Self.label(diagram, "title")
                == .html(
                    HTMLLabel([
                        .font(
                            size: 14, color: nil,
                            [.bold([.text("En torno a Agencia Nacional de Cooperación (ficticia)")])]),
                        .lineBreak, .font(size: 10, color: "#555555", [.text(network.name)]),
                    ])))
    }

    @Test func aggregatesHaveNoBogusClusterNoRepeatedNamesAndCountTiesInside() throws {
        let network = try PageFitTests.load("chile")
        let bySector = try Self.build(network) {
            $0.aggregate = .sector; $0.layout = .dot
        }
        #expect(!bySector.graph.nodes.contains { $0.id.hasPrefix("cluster_") })
        let groups = try Self.build(network) { $0.aggregate = .sectorLevel }
        let labels = groups.graph.nodes.filter { $0.id.wholeMatch(of: /n\d+/) != nil }.compactMap { node -> String? in
            if case .text(let text)? = node.attributes[.label] { return text }
            return nil
        }
        #expect(labels.contains("International\n2 actors"))
        #expect(labels.contains("Public · National\n2 actors · 1 tie inside"))
        #expect(!labels.contains { $0.contains("International · International") })
    }

    @Test func filtersRemoveOrphansAndTheCaptionSaysWhatWasHidden() throws {
        let network = try PageFitTests.load("chile")
        // Landscape: the whole rule fits on the caption's line (portrait cuts it with "…").
        let top = try Self.build(network) {
            $0.topTies = 5; $0.landscape = true
        }
        #expect(
            Self.label(top, "caption_1")
                == .leftText(
                    "22 ties and 13 actors hidden (only the 5 heaviest ties kept; at equal weight, ties between "
                        + "actors with "
                        + "more partners first, then by name)"))
        #expect(top.graph.nodes.filter { $0.id.wholeMatch(of: /n\d+/) != nil }.count == 20 - 13)
        let heavy = try Self.build(network) {
            $0.minimumWeight = 3; $0.language = "es"
        }
        #expect(Self.label(heavy, "caption_1") == .leftText("26 lazos y 18 actores ocultos (peso menor que 3)"))
        let somalia = try PageFitTests.load("somalia")
        let (view, hidden) = NetworkViews.filterTies(somalia, minimumWeight: nil, top: nil, hideIsolates: true)
        #expect(hidden == NetworkViews.Hidden(ties: 0, orphans: 0, isolates: 57))
        #expect(view.actors.count == somalia.actors.count - 57)
    }

    /// Equal weights: ties between better-connected actors first, then by the names of the ends; never by id or
    /// file order.
    @Test func equalWeightsAreRankedByTheStatedRule() {
        var network = Network(name: "equal")
        network.actors = [
            Actor(id: "z1", name: "Alpha"), Actor(id: "a2", name: "Beta"), Actor(id: "m3", name: "Gamma"),
            Actor(id: "b4", name: "Delta"), Actor(id: "c5", name: "Epsilon"),
        ]
        network.ties = [
            Tie(from: "a2", to: "m3"), Tie(from: "z1", to: "b4"), Tie(from: "z1", to: "a2"),
            Tie(from: "z1", to: "m3"), Tie(from: "b4", to: "c5"),
        ]
        // Degrees: Alpha 3, Beta 2, Gamma 2, Delta 2, Epsilon 1. Sums: Beta–Gamma 4, Alpha–Delta 5, Alpha–Beta 5,
        // Alpha–Gamma 5, Delta–Epsilon 3. Among the sums of 5, by name: Alpha–Beta, Alpha–Delta, Alpha–Gamma.
        let (view, hidden) = NetworkViews.filterTies(network, minimumWeight: nil, top: 2)
        #expect(view.ties.map { "\($0.from)-\($0.to)" } == ["z1-b4", "z1-a2"])
        #expect(hidden == NetworkViews.Hidden(ties: 3, orphans: 2, isolates: 0))
        #expect(view.actors.map(\.id) == ["z1", "a2", "b4"])
    }
}
