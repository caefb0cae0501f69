import ActorNet
import Foundation
import Testing

@testable import ActorNetRender

@Suite struct GraphvizLibraryTests {
    @Test func linksLibgvcAndReportsItsVersion() {
        let version = GraphvizLibrary.version
        #expect(version.wholeMatch(of: /\d+\.\d+(\.\d+)?/) != nil, "got \(version)")
    }

    /// sfdp draws from `rand()` before it seeds it, so a layout depended on the layouts run before it in the
    /// process (the Somalia diagram had 8, 9 or 10 names). Every Graphviz call now starts from one generator state.
    @Test func anSfdpLayoutGivesTheSameBytesWhateverRanBefore() throws {
        var options = DiagramOptions()
        options.layout = .sfdp
        let chile = try DiagramBuilder.build(try PageFitTests.load("chile"), options: options)
        let colombia = try DiagramBuilder.build(try PageFitTests.load("colombia"), options: options)
        let network = try PageFitTests.load("chile")
        let first = NetworkDrawing(
            view: network, sizes: network.actors.map { _ in 1 }, options: options, clusterBy: .none
        ).graph(labelled: Set(network.actors.indices), layout: .sfdp)
        func layout() throws -> Data {
            try GraphvizRenderer.render(first.graph, layout: first.engine, format: "svg")
        }
        let before = try layout()
        // Each of these draws from the generators: sfdp, then neato on another network.
        _ = try GraphvizRenderer.render(colombia.graph, layout: "sfdp", format: "svg")
        let afterSfdp = try layout()
        _ = try GraphvizRenderer.render(chile.graph, layout: "neato", format: "svg")
        let afterNeato = try layout()
        #expect([afterSfdp, afterNeato].map { $0 == before } == [true, true])
    }

    /// The symptom as reported: the default Somalia diagram before and after other networks' layouts.
    @Test func theSomaliaDiagramIsTheSameBeforeAndAfterOtherLayouts() throws {
        let somalia = try PageFitTests.load("somalia")
        func svg(_ network: Network, layout: DiagramOptions.Layout = .auto) throws -> Data {
            var options = DiagramOptions()
            options.layout = layout
            let diagram = try DiagramBuilder.build(network, options: options)
            return try GraphvizRenderer.render(diagram.graph, layout: diagram.layout, format: "svg")
        }
        let before = try svg(somalia)
        _ = try svg(try PageFitTests.load("chile"), layout: .sfdp)
        _ = try svg(try PageFitTests.load("usaid-bo"))
        let after = try svg(somalia)
        #expect(before == after)
    }
}
