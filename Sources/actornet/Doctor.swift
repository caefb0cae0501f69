import ActorNet
import ActorNetRender
import ArgumentParser
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

    @OptionGroup var language: LanguageOption

    func run() throws {
        let language = language.beforeReading
        try printOutput("actornet \(ActorNetVersion.current)")
        try printOutput(language.text(.doctorLibrary, ["version": GraphvizRenderer.version]))
        var tiny = DotGraph(id: "doctor", directed: false)
        tiny.nodes = [
            DotNode(id: "a", attributes: [.label: .text("a")]), DotNode(id: "b", attributes: [.label: .text("b")]),
        ]
        tiny.edges = [DotEdge(from: "a", to: "b", attributes: [:])]
        var broken: [String] = []
        for layout in GraphvizRenderer.layouts {
            let result = Result { try GraphvizRenderer.render(tiny, layout: layout, format: "svg") }
            let name = layout.padding(toLength: 6, withPad: " ", startingAt: 0)
            try printOutput(language.text(.doctorLayout, ["name": name, "result": describe(result, language)]))
            if case .failure = result { broken.append("layout \(layout)") }
        }
        var formatsWork = true
        for format in GraphvizRenderer.formats {
            let result = Result { try GraphvizRenderer.render(tiny, layout: "dot", format: format) }
            let name = format.padding(toLength: 6, withPad: " ", startingAt: 0)
            try printOutput(language.text(.doctorFormat, ["name": name, "result": describe(result, language)]))
            if case .failure = result { formatsWork = false; broken.append("format \(format)") }
        }
        if broken.isEmpty {
            try printOutput(language.text(.doctorEverythingRenders))
            return
        }
        printError(language.text(.doctorNotWorking, ["list": broken.joined(separator: ", ")]))
        printError(language.text(.doctorRepair))
        if !formatsWork { throw Exit.unavailable }
    }

    private func describe(_ result: Result<Data, Error>, _ language: Language) -> String {
        switch result {
        case .success(let data): language.text(.doctorWorks, ["bytes": data.count])
        case .failure(let error): language.text(.doctorFailed, ["error": "\(error)"])
        }
    }
}
