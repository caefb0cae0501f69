import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetRender

/// The proof of issue 15: every example network and four real ones (USAID Bolivia, 44 actors, and Colombia's AIMS,
/// 132, imported from IATI; CAF + World Bank El Salvador + USAID Bolivia imported together, 327; the Somalia
/// organisation network, 635), drawn with the default options and checked on the SVG as a reader of a printed A4
/// page would (`PageChecks`); the examples also as level bands and rings.
@Suite struct PageFitTests {
    /// What the default diagram of one network is, measured once and kept exact.
    struct Expected: Equatable, CustomStringConvertible {
        var landscape: Bool
        /// Width : height of the box around the actors' shapes, to 2 decimals.
        var aspect: Double
        var actors: Int
        var labelled: Int
        var description: String { "(\(landscape), \(aspect), \(actors), \(labelled))" }
    }

    static let networks: [String: (path: String, expected: Expected)] = [
        "chile": (
            PackagePaths.example("chile"),
            Expected(landscape: true, aspect: 1.3, actors: 20, labelled: 20)
        ),
        "argentina": (
            PackagePaths.example("argentina"),
            Expected(landscape: true, aspect: 1.29, actors: 17, labelled: 17)
        ),
        "colombia": (
            PackagePaths.example("colombia"),
            Expected(landscape: false, aspect: 0.91, actors: 18, labelled: 18)
        ),
        "mexico": (
            PackagePaths.example("mexico"),
            Expected(landscape: true, aspect: 1.35, actors: 18, labelled: 18)
        ),
        "peru": (
            PackagePaths.example("peru"),
            Expected(landscape: false, aspect: 0.91, actors: 17, labelled: 17)
        ),
        "somalia": (
            PackagePaths.file("Tests/ActorNetAnalysisTests/Fixtures/real/somalia.json"),
            Expected(landscape: true, aspect: 1.37, actors: 635, labelled: 8)
        ),
        "usaid-bo": (
            PackagePaths.file("Tests/ActorNetRenderTests/Fixtures/usaid-bo.json"),
            Expected(landscape: false, aspect: 0.82, actors: 44, labelled: 44)
        ),
        "brasil": (
            PackagePaths.example("brasil"),
            Expected(landscape: true, aspect: 1.29, actors: 13, labelled: 13)
        ),
        "colombia-aims": (
            PackagePaths.file("Tests/ActorNetRenderTests/Fixtures/colombia-aims.json"),
            Expected(landscape: false, aspect: 0.85, actors: 132, labelled: 28)
        ),
        "caf-worldbank-usaid": (
            PackagePaths.file("Tests/ActorNetRenderTests/Fixtures/caf-worldbank-usaid.json"),
            Expected(landscape: true, aspect: 1.38, actors: 327, labelled: 9)
        ),
    ]

    static func load(_ name: String) throws -> Network {
        try NetworkFile.load(networks[name]!.path).network
    }

    static func svg(_ network: Network, _ change: (inout DiagramOptions) -> Void = { _ in }) throws
        -> (SVGGeometry, Diagram)
    {
        var options = DiagramOptions()
        change(&options)
        let diagram = try DiagramBuilder.build(network, options: options)
        let data = try GraphvizRenderer.render(diagram.graph, layout: diagram.layout, format: "svg")
        return (try #require(SVGGeometry.parse(data)), diagram)
    }

    static let examples = ["argentina", "brasil", "chile", "colombia", "mexico", "peru"]
    static let real = ["usaid-bo", "colombia-aims", "somalia", "caf-worldbank-usaid"]

    @Test(arguments: examples + real)
    func defaultDiagramFitsAnA4Page(name: String) throws {
        let network = try Self.load(name)
        let (svg, _) = try Self.svg(network)
        // The SVG is the page: A4 (595.28 × 841.89 pt), written by Graphviz in whole points.
        let landscape = svg.width > svg.height
        #expect([svg.width, svg.height].sorted() == [595, 842])
        let actors = svg.actors
        let shapes = actors.compactMap(\.shape)
        #expect(shapes.count == actors.count)
        let box = try #require(shapes.first.map { shapes.dropFirst().reduce($0) { $0.union($1) } })
        let aspect = (box.width / box.height * 100).rounded() / 100
        #expect(max(box.width / box.height, box.height / box.width) <= 1.6, "aspect \(aspect)")
        // The drawing stays inside the margins.
        #expect(box.width <= svg.width - 2 * Page.margin + 0.5 && box.height <= svg.height - 2 * Page.margin + 0.5)
        // No two actors' shapes overlap.
        var overlaps: [String] = []
        for i in shapes.indices {
            for j in shapes.indices where j > i && shapes[i].overlaps(shapes[j]) {
                overlaps.append("\(actors[i].id)/\(actors[j].id)")
            }
        }
        #expect(overlaps == [])
        // Every name printed is at least 6 pt.
        let sizes = actors.flatMap(\.texts).map(\.size)
        #expect(sizes.allSatisfy { $0 >= 6 }, "\(sizes.min() ?? 0) pt")
        // The title is above every actor; legend and caption clear of every actor and of the title.
        let title = try #require(svg.node("title"))
        #expect(title.texts.allSatisfy { $0.y < box.minY })
        let footer = svg.nodes.filter { $0.id.hasPrefix("legend_") || $0.id.hasPrefix("caption_") }
        #expect(!footer.isEmpty)
        // The legend sits below the drawing, or at its right on a landscape page.
        for item in footer {
            for text in item.texts {
                #expect(text.y - text.size > box.maxY || text.x >= box.maxX, "\(item.id) overlaps the drawing")
            }
            if let shape = item.shape {
                #expect(shape.minY > box.maxY || shape.minX >= box.maxX, "\(item.id) overlaps the drawing")
            }
        }
        #expect(svg.nodes.filter { $0.id.hasPrefix("caption_") }.count <= 2)
        #expect(PageChecks.problems(svg, language: .en) == [])
        let labelled = actors.filter { !$0.texts.isEmpty }.count
        let measured = Expected(landscape: landscape, aspect: aspect, actors: actors.count, labelled: labelled)
        #expect(measured == Self.networks[name]!.expected, "\(name): \(measured)")
    }

    /// The level bands (`--layout dot`) and the rings keep the same promises, and the bands read in order.
    @Test(arguments: examples, [DiagramOptions.Layout.dot, .rings])
    func levelViewsKeepThePagePromises(name: String, layout: DiagramOptions.Layout) throws {
        let (svg, _) = try Self.svg(try Self.load(name)) { $0.layout = layout }
        #expect(PageChecks.problems(svg, language: .en) == [])
        if layout == .dot {
            let bands = svg.nodes.filter { $0.id.hasPrefix("cluster_label_") }.count
            #expect(bands >= 3, "\(bands) level bands")
        }
    }
}
