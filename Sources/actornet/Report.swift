import ActorNet
import ActorNetAnalysis
import ActorNetReport
import ArgumentParser
import Foundation

enum ReportFormat: String, ExpressibleByArgument, CaseIterable { case html, md }

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the report: one self-contained HTML page (or Markdown) in Spanish, English or Portuguese.",
        discussion: """
            Sections: composition, data quality, diagrams, key actors, brokers, mixing, communities, complementary
            partners, projects (a summary by criterion), the cooperation-quality profile, methods. The HTML opens
            offline (no external resources); its main diagram is the interactive map (render --format html).
            Language (es, en or pt): --lang, else the network's `language`, else LC_ALL or LANG, else English.

            Example:
              actornet report Networks/chile.yaml                 # Output/chile.html, in Spanish
              actornet report Networks/peru.yaml --lang en --format md -o Output/peru.md
            """
    )

    @OptionGroup var input: NetworkInput

    @Option(
        name: .shortAndLong,
        help: "Output path (default Output/<file stem>.html or .md; - or /dev/stdout for HTML on standard output).")
    var output: String?

    @Option(name: .long, help: "html or md.")
    var format: ReportFormat = .html

    @Option(name: .long, help: "Rows in the key-actor, broker and partner tables (default 10).")
    var top: Int = 10

    func validate() throws {
        let language = input.language.beforeReading
        if top < 1 { throw ValidationError(language.text(.cliWholeNumberAtLeastOne, ["option": "--top"])) }
        // As `render`: `-o x.md` wrote an HTML page into a `.md` file, `--format md -o x.html` Markdown into `.html`.
        let formatOfExtension: [String: ReportFormat] = ["html": .html, "htm": .html, "md": .md, "markdown": .md]
        if let output, let named = formatOfExtension[(output as NSString).pathExtension.lowercased()], named != format {
            throw ValidationError(
                language.text(
                    .cliReportFormatContradicts,
                    ["format": format.rawValue, "output": output, "named": named.rawValue]))
        }
        if format == .md, let output, StandardOutput.isNamed(output) {
            throw ValidationError(language.text(.cliMarkdownNeedsFile))
        }
    }

    func run() throws {
        let loaded = try input.loaded()
        let network = loaded.network
        let language = input.language(for: network)
        let data = ReportData.build(
            NetworkAnalysis(loaded), language: language, top: top, window: AppliedWindow.current)
        // Also shown in the report, where the diagram would be.
        for missing in data.diagramsLeftOut {
            printError(language.text(.cliWarning, ["text": DisplayText.visible(missing)]))
        }
        let stem = ((input.file as NSString).lastPathComponent as NSString).deletingPathExtension
        let path = output ?? "Output/\(stem).\(format.rawValue)"
        switch format {
        case .html:
            let page = HTMLReport.render(data)
            if try !emit(Data(page.utf8), to: path, inputs: loaded.inputFiles) { return }
        case .md:
            // The page and its diagrams are one set: diagrams first, the page last; diagrams the previous page
            // linked and the new one does not are removed with it.
            let folder = (path as NSString).deletingLastPathComponent
            let markdownStem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let (text, files) = MarkdownReport.render(data, stem: markdownStem)
            let inFolder = { (name: String) in folder.isEmpty ? name : folder + "/" + name }
            let stale = MarkdownReport.linkedDiagrams(inPageAt: path, stem: markdownStem)
                .filter { name in !files.contains { $0.name == name } }.map(inFolder)
            let set =
                files.map { OutputFile(path: inFolder($0.name), data: Data($0.svg.utf8)) }
                + [OutputFile(path: path, data: Data(text.utf8))]
            try writeOutputs(set, removing: stale, inputs: loaded.inputFiles)
        }
        try printOutput(path)
    }
}
