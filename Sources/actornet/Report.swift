import ArgumentParser
import ActorNet
import ActorNetReport
import Foundation

enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case html, md }

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the report: one self-contained HTML page (or Markdown) in Spanish or English.",
        discussion: """
            Sections: composition, diagrams, key actors, brokers, mixing, communities, complementary partners,
            projects and the cooperation-quality profile, methods. The HTML opens offline (no external resources).
            Language: --lang, else Spanish when the network's `language` or the system locale is Spanish.

            Example:
              actornet report Networks/chile.yaml                 # Output/chile.html, in Spanish
              actornet report Networks/peru.yaml --lang en --format md -o Output/peru.md
            """
    )

    @OptionGroup var input: NetworkInput

    @Option(name: .shortAndLong, help: "Output path (default Output/<file stem>.html or .md).")
    var output: String?

    @Option(name: .long, help: "html or md.")
    var format: ReportFormat = .html

    @Option(name: .long, help: "es or en.")
    var lang: Language?

    @Option(name: .long, help: "Rows in the key-actor, broker and partner tables (default 10).")
    var top: Int = 10

    func validate() throws {
        if top < 1 { throw ValidationError("--top takes a whole number ≥ 1") }
        // As `render`: `-o x.md` wrote an HTML page into a `.md` file, `--format md -o x.html` Markdown into `.html`.
        let formatOfExtension: [String: ReportFormat] = ["html": .html, "htm": .html, "md": .md, "markdown": .md]
        if let output, let named = formatOfExtension[(output as NSString).pathExtension.lowercased()], named != format {
            throw ValidationError("the report format \(format.rawValue) contradicts the output `\(output)`, whose "
                                  + "extension says \(named.rawValue): use --format \(named.rawValue) or name the file "
                                  + ".\(format.rawValue)")
        }
    }

    func run() throws {
        let network = try input.load()
        let locale = ProcessInfo.processInfo.environment["LC_ALL"] ?? ProcessInfo.processInfo.environment["LANG"] ?? ""
        let language = lang?.rawValue ?? ((network.language ?? "").lowercased().hasPrefix("es") || locale.lowercased().hasPrefix("es") ? "es" : "en")
        let data = ReportData.build(network, language: language, top: top)
        // Also shown in the report, where the diagram would be.
        for missing in data.diagramsLeftOut { printError("warning: \(DisplayText.visible(missing))") }
        let stem = ((input.file as NSString).lastPathComponent as NSString).deletingPathExtension
        let path = output ?? "Output/\(stem).\(format.rawValue)"
        let inputs = [input.file] + (input.actors.map { [$0] } ?? [])
        switch format {
        case .html:
            try write(Data(HTMLReport.render(data).utf8), to: path, inputs: inputs)
        case .md:
            let folder = (path as NSString).deletingLastPathComponent
            let markdownStem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let (text, files) = MarkdownReport.render(data, stem: markdownStem)
            for file in files {
                try write(Data(file.svg.utf8), to: folder.isEmpty ? file.name : folder + "/" + file.name, inputs: inputs)
            }
            try write(Data(text.utf8), to: path, inputs: inputs)
        }
        print(path)
    }

    private func write(_ data: Data, to path: String, inputs: [String]) throws {
        do { try AtomicFile.write(data, to: path, inputs: inputs) } catch {
            printError(error.description)
            throw Exit.cannotCreate
        }
    }
}
