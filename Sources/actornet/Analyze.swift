import ActorNet
import ActorNetAnalysis
import ArgumentParser
import Foundation

enum AnalyzeFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Centrality per actor (degree, betweenness, closeness, harmonic, eigenvector, PageRank) and network "
            + "measures.",
        discussion: """
            Values equal NetworkX's (docs/measures/). A tie's weight is its strength: path measures use
            distance = 1/weight; eigenvector and PageRank use the weight. Weighted whenever some weight is not 1,
            unless --unweighted.

            Per-actor keys: degree, in_degree, out_degree (directed), strength, degree_centrality, betweenness,
            closeness, harmonic, eigenvector, pagerank. Network keys: actors, ties, density, components,
            largest_component, reciprocity (directed), degree_centralization, betweenness_centralization,
            closeness_centralization, average_path_length, diameter, global_efficiency; betweenness_estimate
            ({method, epsilon, delta, samples, seed}) when betweenness is estimated.

            Above 5000 actors, unless --exact: betweenness within ±0.01 of the exact values with probability ≥ 0.9
            (--epsilon 0.01, KADABRA), closeness, harmonic and path statistics from 1000 sources (--sample 1000).

            Example:
              actornet analyze Networks/chile.yaml --top 10
              actornet analyze Networks/peru.yaml --format json --measures betweenness,pagerank -o Output/peru.json
            """
    )

    @OptionGroup var input: NetworkInput

    @Option(name: .long, help: "table, json or csv.")
    var format: AnalyzeFormat = .table

    @Option(name: .long, help: "Comma-separated measures to compute (default: all).")
    var measures: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Keep the N highest rows by --sort (table: default 15; JSON and CSV: every actor unless given).",
            valueName: "N"))
    var top: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Measure to rank rows by, highest first (default betweenness). JSON and CSV keep file order unless --sort "
                + "or --top is given.", valueName: "measure"))
    var sort: String?

    @Flag(name: .long, help: "Ignore tie weights everywhere.")
    var unweighted = false

    @Option(name: .long, help: "Estimate path measures from K random sources (Brandes & Pich 2007).")
    var sample: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Estimate betweenness within E of the exact values for every actor, with probability ≥ 1 − D "
                + "(KADABRA, Borassi & Natale 2016).", valueName: "E"))
    var epsilon: Double?

    @Option(name: .long, help: ArgumentHelp("The failure probability D of --epsilon (default 0.1).", valueName: "D"))
    var delta: Double = CentralityOptions.defaultDelta

    @Flag(
        name: .long,
        help: "Exact path measures whatever the size (above 5000 actors the default is --epsilon 0.01 --sample 1000).")
    var exact = false

    @Option(name: .long, help: "Seed for --sample and --epsilon (default 42).")
    var seed: UInt64 = 42

    @Option(name: .long, help: "Threads (default: all cores). Results do not depend on it.")
    var threads: Int?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "No progress messages.")
    var quiet = false

    func validate() throws {
        _ = try requestedMeasures()
        let language = input.language.beforeReading
        if let sort, ActorMeasure(rawValue: sort) == nil {
            throw ValidationError(language.text(.cliUnknownSortMeasure, ["name": sort, "accepted": Self.measureNames]))
        }
        for (option, value) in [("--sample", sample), ("--threads", threads), ("--top", top)] {
            if let value, value < 1 {
                throw ValidationError(language.text(.cliWholeNumberAtLeastOne, ["option": option]))
            }
        }
        for (option, value) in [("--epsilon", epsilon), ("--delta", delta)] {
            if let value, !(value > 0 && value < 1) {
                throw ValidationError(language.text(.cliOpenUnitInterval, ["option": option]))
            }
        }
        if exact && (epsilon != nil || sample != nil) { throw ValidationError(language.text(.cliExactWithEstimate)) }
    }

    private static let measureNames = ActorMeasure.allCases.map(\.rawValue).joined(separator: ", ")

    private func requestedMeasures() throws -> Set<ActorMeasure>? {
        guard let measures else { return nil }
        var result = Set<ActorMeasure>()
        let names = measures.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for name in names where !name.isEmpty {
            guard let measure = ActorMeasure(rawValue: name) else {
                throw ValidationError(
                    input.language.beforeReading.text(
                        .cliUnknownMeasure, ["name": name, "accepted": Self.measureNames]))
            }
            result.insert(measure)
        }
        if let sort, let measure = ActorMeasure(rawValue: sort) { result.insert(measure) }
        return result
    }

    func run() throws {
        let loaded = try input.loaded(showWarnings: !quiet)
        let network = loaded.network
        var options = CentralityOptions(
            weighted: unweighted ? false : nil, measures: try requestedMeasures(),
            sample: sample, epsilon: epsilon, delta: delta, seed: seed,
            threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        if !exact { options = options.estimating(actors: network.actors.count) }
        let progress = quiet ? nil : ProgressReporter.ifTerminal()
        let analysis = NetworkAnalysis(loaded, threads: options.threads)
        let report = analysis.centrality(
            options,
            progress: progress.map { reporter in
                { @Sendable phase, fraction in reporter.update(phase, fraction) }
            })
        progress?.finish()
        let language = input.language(for: network)
        for warning in report.warnings {
            printError("\(input.file): \(language.text(.diagnosticWarning)): \(warning.text(language))")
        }

        let table = CentralityTable(report, of: network)
        let ranking = sort.flatMap(ActorMeasure.init(rawValue:)) ?? table.defaultRanking
        switch format {
        case .json, .csv:
            // File order unless a ranking is asked for: then the same rows as the table, in the same order.
            let rows = top == nil && sort == nil ? table : table.ranked(by: ranking, limit: top)
            try emitStreamed(to: output, inputs: loaded.inputFiles) { sink in
                if format == .csv {
                    let writer = CSVStreamWriter(sink: sink)
                    try rows.writeCSV(to: writer)
                    try writer.finish()
                } else {
                    let writer = JSONStreamWriter(sink: sink)
                    try writer.encode(WindowedJSON(value: rows, window: AppliedWindow.current))
                    writer.write("\n")
                    try writer.finish()
                }
            }
        case .table:
            try emit(
                input.windowHeading(language)
                    + text(table.ranked(by: ranking, limit: top ?? 15), ranking: ranking, language: language) + "\n",
                to: output,
                inputs: loaded.inputFiles)
        }
        keepUntilExit(loaded, analysis)
    }

    /// The aligned table of the ranked rows, then the network measures.
    /// Sectors and levels by their canonical names in English (as the file writes them), by label otherwise.
    private func text(_ table: CentralityTable, ranking: ActorMeasure, language: Language) -> String {
        let headingKeys: [CatalogueKey] = [.analyzeRank, .analyzeID, .analyzeName, .analyzeSector, .analyzeLevel]
        var rows = [headingKeys.map { language.text($0) } + table.measures.map { language.text($0.nameKey) }]
        let canonical = language == .en
        for (rank, i) in table.rows.enumerated() {
            let actor = table.actors[i]
            rows.append(
                [
                    String(rank + 1), actor.id, shorten(actor.name, 32),
                    canonical ? actor.sector.rawValue : actor.sector.label(language),
                    canonical ? actor.level.rawValue : actor.level.label(language),
                ]
                    + table.measures.map { cell(table.value($0, i), $0) })
        }
        let mode =
            language.text(table.directed ? .analyzeDirected : .analyzeUndirected) + ", "
            + language.text(table.weighted ? .analyzeWeighted : .analyzeUnweighted)
        var out =
            language.text(
                .analyzeTitle,
                [
                    "network": table.name, "mode": mode, "top": table.rows.count,
                    "total": table.actors.count,
                    "measure": language.text(ranking.nameKey),
                ]) + "\n\n"
        if let estimate = table.betweennessEstimate {
            let bound = BetweennessEstimate.bound(epsilon: estimate.epsilon, delta: estimate.delta, language)
            out +=
                language.text(
                    .analyzeEstimatedBetweenness,
                    [
                        "epsilon": bound.epsilon, "confidence": bound.confidence, "samples": estimate.samples,
                        "seed": estimate.seed,
                    ]) + "\n\n"
        }
        out += alignedTable(rows, leftAligned: [1, 2, 3, 4]) + "\n\n" + language.text(.analyzeNetwork) + "\n"
        out += alignedTable(
            table.network.map { measure in
                [
                    NetworkMeasureName.text(measure.key, language),
                    CentralityTable.isCount(measure.key)
                        ? String(Int(measure.value))
                        : String(format: "%.6g", measure.value),
                ]
            })
        return out
    }

    private func cell(_ value: Double?, _ measure: ActorMeasure) -> String {
        guard let value else { return "null" }
        if measure.isCount { return String(Int(value)) }
        // Four decimals read well for centralities; strengths of 2e250 (weights go up to 1e250) would print 250
        // digits and closeness of 2.5e-250 would print 0.0000, so values outside [1e-4, 1e6) use an exponent.
        let magnitude = abs(value)
        return magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e6)
            ? String(format: "%.4f", value)
            : String(format: "%.4g", value)
    }

    private func shorten(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
