import ActorNet
import ActorNetRender
import ArgumentParser
import Foundation

struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: """
            Convert a network between formats: YAML, JSON, CSV, GraphML, GEXF, Excel (read and write), Kumu (read; \
            write as a workbook) and DOT (write).
            """,
        discussion: """
            Formats by extension. Read: .yaml .yml .json .csv .graphml .gexf .xlsx.
            Write: .yaml .json .csv .graphml .gexf .xlsx .dot.
            A .json file with `nodes` and `links` (or `edges`) is read as node-link JSON (NetworkX, D3); with
            --node-link, OUT.json is written in that form. A .json file with `elements` and `connections` is read as
            a Kumu blueprint; a ties CSV named `…connections…` picks up its `…elements…` CSV beside it (Kumu).
            With --excel, OUT.csv is written for a spreadsheet (BOM, `;`, CRLF, headers in --lang, decimal comma
            for es and pt); it reads back as the same network.
            Writing OUT.csv writes OUT.csv (ties), OUT.actors.csv, OUT.network.csv and, with projects,
            OUT.projects.csv, as one set (all or none; an OUT.projects.csv left from before is removed); reading
            OUT.csv picks up OUT.projects.csv beside it, so `convert OUT.csv x.yaml --actors OUT.actors.csv` gives
            the same network back. OUT.xlsx holds the same tables as sheets named and headed in the --lang
            language; with --kumu, the Elements and Connections sheets Kumu imports. Reading an .xlsx, the ties
            sheet is found by its name (Lazos, Ties, Laços, Connections…) or named with --sheet.
            See docs/interchange.md for what each format keeps.

            Example:
              actornet convert Networks/chile.yaml Output/chile.csv
              actornet convert Networks/peru.yaml Output/peru.gexf
              actornet convert network.graphml Networks/from-gephi.yaml
              actornet convert Networks/chile.yaml Output/chile-networkx.json --node-link
              actornet convert Networks/chile.yaml Output/chile.xlsx --lang es
              actornet convert taller.xlsx Networks/taller.yaml --sheet Relaciones
              actornet convert Networks/chile.yaml Output/chile-excel.csv --excel --lang es
              actornet convert "Mapa - Connections.csv" Networks/from-kumu.yaml
            """
    )

    @Argument(help: "Input network file.")
    var input: String

    @Argument(help: "Output file; its extension picks the format.")
    var output: String

    @Option(name: .long, help: "Actors CSV paired with a ties CSV input.")
    var actors: String?

    @Flag(name: .long, help: "Write OUT.json as node-link JSON (NetworkX, D3) instead of an actornet document.")
    var nodeLink = false

    @Flag(name: .long, help: "Write OUT.xlsx as a workbook Kumu imports (Elements and Connections sheets).")
    var kumu = false

    @Option(name: .long, help: "The sheet holding the ties in an .xlsx input (default: found by its name).")
    var sheet: String?

    @Flag(
        name: .long,
        help: "Write OUT.csv for a spreadsheet: UTF-8 BOM, `;`, CRLF, headers in --lang, decimal comma for es/pt.")
    var excel = false

    @OptionGroup var language: LanguageOption

    static let writable = ["yaml", "yml", "json", "csv", "graphml", "gexf", "xlsx", "dot"]

    func validate() throws {
        let ext = (output as NSString).pathExtension.lowercased()
        guard Self.writable.contains(ext) else {
            let accepted = Self.writable.map { "." + $0 }.joined(separator: " ")
            throw ValidationError(
                language.beforeReading.text(
                    .cliCannotWriteExtension,
                    ["extension": ext, "accepted": accepted]))
        }
        if nodeLink && ext != "json" {
            throw ValidationError(language.beforeReading.text(.cliNodeLinkNeedsJSON))
        }
        if kumu && ext != "xlsx" {
            throw ValidationError(language.beforeReading.text(.xlsxKumuNeedsXLSX))
        }
        if excel && ext != "csv" {
            throw ValidationError(language.beforeReading.text(.cliExcelNeedsCSV))
        }
    }

    func run() throws {
        let loaded = try loadNetwork(input, actors: actors, sheet: sheet, language: language.lang)
        let network = loaded.network
        let words = language.resolved(for: network)
        let ext = (output as NSString).pathExtension.lowercased()
        var files: [(String, Data)] = []
        switch ext {
        case "yaml", "yml": files = [(output, NetworkWriter.yamlData(network))]
        case "json" where nodeLink: files = [(output, Data(NodeLinkWriter.json(network).utf8))]
        case "json": files = [(output, NetworkWriter.jsonData(network))]
        case "xlsx" where kumu: files = [(output, try KumuWorkbook.data(network, language: words))]
        case "xlsx": files = [(output, try NetworkWriter.xlsx(network, language: words))]
        case "graphml":
            try refuseTextXMLCannotCarry(loaded, format: "GraphML")
            files = [(output, Data(GraphML.write(network).utf8))]
        case "gexf":
            try refuseTextXMLCannotCarry(loaded, format: "GEXF")
            files = [(output, Data(GEXFWriter.write(network, sectorColour: DiagramStyle.fill).utf8))]
        case "dot":
            var options = DiagramOptions()
            options.language = words.rawValue
            let diagram = try DiagramBuilder.build(network, options: options)
            files = [(output, Data(diagram.dot.utf8))]
        default:
            // One set: companions first and the ties file last (it is what a reader opens first), written as a
            // whole or not at all; a companion the new network has no use for (projects) is removed with it, or
            // the reader would merge the old network's projects into the new one.
            let stem = (output as NSString).deletingPathExtension
            // The spreadsheet's headers follow --lang only: a file's `language` says what its names are in.
            let csv = NetworkWriter.csv(network, dialect: excel ? .spreadsheet(language.lang ?? .en) : .plain)
            var companions = [(stem + ".actors.csv", csv.actors), (stem + ".network.csv", csv.network)]
            var stale: [String] = []
            if let projects = csv.projects {
                companions.append((stem + ".projects.csv", projects))
            } else {
                stale.append(stem + ".projects.csv")
            }
            let set = (companions + [(output, csv.ties)]).map { OutputFile(path: $0.0, data: $0.1) }
            try writeOutputs(set, removing: stale, inputs: loaded.inputFiles)
            for path in [output] + companions.map(\.0) { try printOutput(path) }
            return
        }
        try writeOutputs(files.map { OutputFile(path: $0.0, data: $0.1) }, inputs: loaded.inputFiles)
        try printOutput(output)
    }

    /// GraphML and GEXF would drop such text, silently changing ids and names: refused (65), nothing written.
    private func refuseTextXMLCannotCarry(_ loaded: LoadedNetwork, format: String) throws {
        let problems = XMLInterchange.problems(in: loaded.network, sourceMap: loaded.sourceMap, format: format)
        guard !problems.isEmpty else { return }
        for problem in problems { printError(problem.description(in: MessageLanguage.current)) }
        throw Exit.data
    }
}
