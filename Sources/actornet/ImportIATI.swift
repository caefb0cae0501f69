import ActorNet
import ArgumentParser
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
              actornet import-iati aims.xml --exclude-reporting-org --duplicates review.csv -o Networks/co.yaml
            Review: fill the `decision` column of the --duplicates file (merge, keep, drop) and pass it to --aliases.
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

    @Option(
        name: .long,
        help: "YAML/JSON mapping of raw refs or names to canonical ids or entries, or a reviewed --duplicates CSV.")
    var aliases: String?

    @Option(name: .long, help: "Write likely duplicates for review to this CSV file.")
    var duplicates: String?

    @Flag(name: .long, help: "Leave out the reporting organisations (secondary publishers such as AidData).")
    var excludeReportingOrg = false

    @Option(name: .long, parsing: .upToNextOption, help: "Leave out these organisations (actor ids, refs or names).")
    var drop: [String] = []

    @Flag(name: .long, help: "Keep pseudo-organisations (\"Name Withheld\", \"Unspecified\"…) as actors.")
    var keepPseudo = false

    @Option(name: .long, help: "Network name (default: publishers and countries, \"IATI — USAID, Bolivia\").")
    var name: String?

    func validate() throws {
        if let country, country.count != 2 || !country.allSatisfy(\.isLetter) {
            throw ValidationError(language.beforeReading.text(.cliCountryCode))
        }
        if let output, !["yaml", "yml", "json"].contains((output as NSString).pathExtension.lowercased()) {
            throw ValidationError(language.beforeReading.text(.cliImportOutputExtension))
        }
        if let duplicates, (duplicates as NSString).pathExtension.lowercased() != "csv" {
            throw ValidationError(language.beforeReading.text(.cliDuplicatesExtension))
        }
    }

    func run() throws {
        let lang = language.beforeReading
        var options = IATIImporter.Options()
        options.ties = ties
        options.country = country?.uppercased()
        options.language = lang.rawValue
        options.excludeReportingOrganisations = excludeReportingOrg
        options.drop = Set(drop)
        options.keepPseudoOrganisations = keepPseudo
        var inputs: [InputFile] = []
        if let aliases {
            do { options.aliases = try IATIImporter.loadAliases(aliases, recordingIn: &inputs) } catch {
                printError(error.description(in: lang))
                if case .cannotOpen = error { throw Exit.cannotOpen }
                throw Exit.data
            }
        }
        let importer = IATIImporter(options: options)
        // Progress over the bytes of all the files (a terminal only; shown after two seconds).
        let progress = ProgressReporter.ifTerminal()
        let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        let totalBytes = Double(max(1, sizes.reduce(0, +)))
        var bytesBefore = 0
        for (file, size) in zip(files, sizes) {
            do {
                try importer.read(
                    file,
                    progress: progress.map { reporter in
                        { [bytesBefore] bytes in
                            reporter.update("import-iati", min(1, Double(bytesBefore + bytes) / totalBytes))
                        }
                    })
                bytesBefore += size
            } catch {
                progress?.finish()
                switch error {
                case .cannotOpen(let path, let reason):
                    printError(lang.text(.outputCannotOpen, ["path": path, "reason": reason]))
                    throw Exit.cannotOpen
                case .malformed(let path, let line, let message):
                    printError("\(path)\(line.map { ":\($0)" } ?? ""): " + lang.text(.cliError, ["text": message]))
                    throw Exit.data
                }
            }
        }
        progress?.finish()
        let stem = ((files[0] as NSString).lastPathComponent as NSString).deletingPathExtension
        let path = output ?? "Networks/\(stem).yaml"
        let network = importer.network(files: files, name: name)
        let validation = NetworkValidator.validate(network, sourceMap: SourceMap(file: path))
        if validation.diagnostics.contains(where: { $0.severity == .error }) {
            for problem in validation.diagnostics where problem.severity == .error {
                printError(problem.description(in: lang))
            }
            throw Exit.software
        }
        let json = (path as NSString).pathExtension.lowercased() == "json"
        let data = json ? NetworkWriter.jsonData(validation.network) : NetworkWriter.yamlData(validation.network)
        var outputs = [OutputFile(path: path, data: data)]
        if let duplicates {
            outputs.append(
                OutputFile(path: duplicates, data: IATIDuplicateCandidates.csv(importer.duplicateCandidates)))
        }
        try writeOutputs(outputs, inputs: inputs + importer.inputFiles)
        report(importer, validation.network, lang)
        try printOutput(path)
    }

    /// The counts, warnings and data-quality summary on standard error, in `--lang`.
    private func report(_ importer: IATIImporter, _ network: Network, _ lang: Language) {
        let summary = importer.summary
        printError(
            lang.text(
                .importSummary,
                [
                    "activities": summary.activities, "kept": summary.keptActivities,
                    "organisations": network.actors.count,
                    "ties": network.ties.count, "projects": network.projects.count,
                ]))
        let warning = lang.text(.diagnosticWarning)
        for line in summary.lines(lang) { printError("\(warning): \(line)") }
        for publisher in summary.secondaryPublishers {
            printError("\(warning): " + lang.text(.importSecondaryPublisher, ["name": publisher]))
        }
        if !summary.dropped.isEmpty {
            printError(lang.text(.importDropped, ["names": summary.dropped.joined(separator: ", ")]))
        }
        if let duplicates {
            printError(
                lang.text(
                    .importDuplicatesWritten,
                    [
                        "count": importer.duplicateCandidates.count, "groups": summary.candidateGroups,
                        "file": duplicates,
                    ]))
        }
        for line in summary.qualityLines(lang) { printError(line) }
    }
}
