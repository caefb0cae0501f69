import ArgumentParser
import ActorNet
import ActorNetRender
import Foundation

struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the Graphviz library: version, and which layouts and formats really render.",
        discussion: """
            Renders a tiny graph with every layout and in every format. Exit 0 only when svg, png and pdf all work.

            Example:
              actornet doctor
            """
    )

    func run() throws {
        try printOutput("actornet \(ActorNetVersion.current)")
        try printOutput("Graphviz library (libgvc) \(GraphvizRenderer.version)")
        var tiny = DotGraph(id: "doctor", directed: false)
        tiny.nodes = [DotNode(id: "a", attributes: [.label: .text("a")]), DotNode(id: "b", attributes: [.label: .text("b")])]
        tiny.edges = [DotEdge(from: "a", to: "b", attributes: [:])]
        var broken: [String] = []
        for layout in GraphvizRenderer.layouts {
            let result = Result { try GraphvizRenderer.render(tiny, layout: layout, format: "svg") }
            try printOutput("layout \(layout.padding(toLength: 6, withPad: " ", startingAt: 0)) \(describe(result))")
            if case .failure = result { broken.append("layout \(layout)") }
        }
        var formatsWork = true
        for format in GraphvizRenderer.formats {
            let result = Result { try GraphvizRenderer.render(tiny, layout: "dot", format: format) }
            try printOutput("format \(format.padding(toLength: 6, withPad: " ", startingAt: 0)) \(describe(result))")
            if case .failure = result { formatsWork = false; broken.append("format \(format)") }
        }
        if broken.isEmpty {
            try printOutput("everything renders")
            return
        }
        printError("not working: \(broken.joined(separator: ", "))")
        printError("install or repair Graphviz's library and plugins: sudo apt-get update && sudo apt-get install -y libgraphviz-dev && sudo dot -c")
        if !formatsWork { throw Exit.unavailable }
    }

    private func describe(_ result: Result<Data, Error>) -> String {
        switch result {
        case .success(let data): "ok (\(data.count) bytes)"
        case .failure(let error): "FAILED: \(error)"
        }
    }
}
