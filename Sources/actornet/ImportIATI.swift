import ArgumentParser
import ActorNet
import Foundation

extension IATIImporter.TieMode: ExpressibleByArgument {}

struct ImportIATI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-iati",
        abstract: "Build a partnership network from IATI activity XML (organisations, activities as projects, ties).",
        discussion: """
            participation: organisations sharing an activity are tied, weighted by shared activities.
            flows: directed funding ties provider → receiver, weighted by disbursements + expenditures, one tie per
            currency. See docs/iati-import.md for keys, names, sector/level mapping and warnings.

            Example:
              actornet import-iati ../data/usaid-bo.xml -o Networks/usaid-bolivia.yaml --lang es
              actornet import-iati a.xml b.xml --ties both --country CO --aliases aliases.yaml -o Output/co.json
            """
    )

    @Argument(help: "IATI activity files (2.0x or 1.0x).")
    var files: [String]

    @Option(name: .shortAndLong, help: "Output network (.yaml or .json; default Networks/<first file stem>.yaml).")
    var output: String?

    @Option(name: .long, help: "participation, flows or both (default participation).")
    var ties: IATIImporter.TieMode = .participation

    @Option(name: .long, help: "Keep activities with this recipient country (ISO 3166-1 alpha-2).")
    var country: String?

    @OptionGroup var language: LanguageOption

    @Option(name: .long, help: "YAML/JSON mapping of raw refs or names to canonical ids.")
    var aliases: String?

    func validate() throws {
        if let country, country.count != 2 || !country.allSatisfy(\.isLetter) {
            throw ValidationError(language.beforeReading.text(.cliCountryCode))
        }
        if let output, !["yaml", "yml", "json"].contains((output as NSString).pathExtension.lowercased()) {
            throw ValidationError(language.beforeReading.text(.cliImportOutputExtension))
        }
    }

    func run() throws {
        let language = language.beforeReading
        var options = IATIImporter.Options()
        options.ties = ties
        options.country = country?.uppercased()
        options.language = language.rawValue
        var inputs: [InputFile] = []
        if let aliases {
            do { options.aliases = try IATIImporter.loadAliases(aliases, recordingIn: &inputs) } catch {
                printError(error.description(in: language))
                if case .cannotOpen = error { throw Exit.cannotOpen }
                throw Exit.data
            }
        }
        let importer = IATIImporter(options: options)
        let showProgress = isatty(STDERR_FILENO) == 1
        for file in files {
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            do {
                try importer.read(file, progress: showProgress && size > 4_000_000 ? { count in
                    StandardError.write("\r\(file): \(count) activities")
                } : nil)
                if showProgress && size > 4_000_000 { StandardError.write("\r\u{1B}[K") }
            } catch {
                switch error {
                case .cannotOpen(let path, let reason):
                    printError(language.text(.outputCannotOpen, ["path": path, "reason": reason]))
                    throw Exit.cannotOpen
                case .malformed(let path, let line, let message):
                    printError("\(path)\(line.map { ":\($0)" } ?? ""): " + language.text(.cliError, ["text": message]))
                    throw Exit.data
                }
            }
        }
        let stem = ((files[0] as NSString).lastPathComponent as NSString).deletingPathExtension
        let path = output ?? "Networks/\(stem).yaml"
        let network = importer.network(files: files, name: (path as NSString).lastPathComponent.components(separatedBy: ".").first ?? stem)
        let validation = NetworkValidator.validate(network, sourceMap: SourceMap(file: path))
        if validation.diagnostics.contains(where: { $0.severity == .error }) {
            for problem in validation.diagnostics where problem.severity == .error {
                printError(problem.description(in: language))
            }
            throw Exit.software
        }
        let text = ["json"].contains((path as NSString).pathExtension.lowercased()) ? NetworkWriter.json(validation.network) : NetworkWriter.yaml(validation.network)
        try emit(text, to: path, inputs: inputs + importer.inputFiles)
        let summary = importer.summary
        let imported = validation.network
        printError(language.text(.importSummary, [
            "activities": summary.activities, "kept": summary.keptActivities,
            "organisations": imported.actors.count, "ties": imported.ties.count, "projects": imported.projects.count,
        ]))
        for line in summary.lines { printError(language.text(.cliWarning, ["text": Self.worded(line, language)])) }
        try printOutput(path)
    }

    /// The importer's warning kinds, English text in its summary, in `language` (the importer words them itself
    /// once it takes a `Language`).
    static func worded(_ line: String, _ language: Language) -> String {
        let kinds: [CatalogueKey] = [
            .importEmptyRef, .importNoRefOrName, .importPseudoOrganisation, .importFlowWithoutReceiver,
            .importSelfFlow, .importConflictingTypes, .importNameOnly, .importNonPositiveFlow,
        ]
        guard language != .en, let kind = kinds.first(where: { line.hasPrefix(Language.en.text($0) + ":") }) else {
            return line
        }
        return language.text(kind) + line.dropFirst(Language.en.text(kind).count)
    }
}
