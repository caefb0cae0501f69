import ActorNet
import Foundation
import Testing

@testable import ActorNetRender

@Suite struct GraphvizDeterminismTests {
    /// Six clusters and crossing ties, laid out by dot: with cgraph's default IDs (addresses of interned names) the
    /// cluster order, and so the drawing, changed with the state of the heap. Renders interleaved with heap
    /// traffic of varying sizes must all be byte-identical.
    @Test func sameDOTGivesTheSameDrawingWhateverTheHeap() throws {
        var network = Network(name: "clusters")
        let levels: [Level] = [.international, .national, .regional, .local]
        network.actors = (0..<36).map { Actor(id: "a\($0)", sector: Sector.allCases[$0 % 5], level: levels[$0 % 4]) }
        network.ties = (0..<36).flatMap { i in
            [Tie(from: "a\(i)", to: "a\((i * 5 + 1) % 36)"), Tie(from: "a\(i)", to: "a\((i + 7) % 36)")]
        }
        .filter { $0.from != $0.to }
        network = NetworkValidator.validate(network, sourceMap: SourceMap(file: "c")).network
        var options = DiagramOptions()
        options.clusterBy = .sector
        let diagram = try DiagramBuilder.build(network, options: options)
        let quiet = try GraphvizRenderer.render(diagram.graph, layout: diagram.layout, format: "svg")
        var drawings = Set<Data>()
        var noise: [[UInt8]] = []
        for round in 0..<6 {
            for size in stride(from: 16, to: 4_000, by: 97 + round * 31) {
                noise.append([UInt8](repeating: 1, count: size))
            }
            if round % 2 == 1 { noise.removeFirst(noise.count / 2) }
            // The buffers stay allocated while Graphviz runs (an optimiser may not free them before the render).
            try withExtendedLifetime(noise) {
                drawings.insert(try GraphvizRenderer.render(diagram.graph, layout: diagram.layout, format: "svg"))
            }
        }
        // Every drawing made amid the heap traffic is the one made before it.
        #expect(drawings == [quiet])
    }
}
