import ArgumentParser
import ActorNet
import ActorNetAnalysis
import Foundation

enum AnalyzeFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Centrality per actor (degree, betweenness, closeness, harmonic, eigenvector, PageRank) and network measures.",
        discussion: """
            Values equal NetworkX's (docs/measures/). A tie's weight is its strength: path measures use
            distance = 1/weight; eigenvector and PageRank use the weight. Weighted whenever some weight is not 1,
            unless --unweighted.

            Per-actor keys: degree, in_degree, out_degree (directed), strength, degree_centrality, betweenness,
            closeness, harmonic, eigenvector, pagerank. Network keys: actors, ties, density, components,
            largest_component, reciprocity (directed), degree_centralization, betweenness_centralization,
            closeness_centralization, average_path_length, diameter, global_efficiency.

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

    @Option(name: .long, help: "Rows in the table (default 15).")
    var top: Int = 15

    @Option(name: .long, help: "Measure to sort the table by (default betweenness).")
    var sort: String?

    @Flag(name: .long, help: "Ignore tie weights everywhere.")
    var unweighted = false

    @Option(name: .long, help: "Estimate path measures from K random sources (Brandes & Pich 2007).")
    var sample: Int?

    @Option(name: .long, help: "Seed for --sample (default 42).")
    var seed: UInt64 = 42

    @Option(name: .long, help: "Threads (default: all cores). Results do not depend on it.")
    var threads: Int?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "No progress messages.")
    var quiet = false

    func validate() throws {
        _ = try requestedMeasures()
        if let sort, ActorMeasure(rawValue: sort) == nil {
            throw ValidationError("unknown --sort measure `\(sort)`; accepted: \(ActorMeasure.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let sample, sample < 1 { throw ValidationError("--sample takes a whole number ≥ 1") }
        if let threads, threads < 1 { throw ValidationError("--threads takes a whole number ≥ 1") }
        if top < 1 { throw ValidationError("--top takes a whole number ≥ 1") }
    }

    private func requestedMeasures() throws -> Set<ActorMeasure>? {
        guard let measures else { return nil }
        var result = Set<ActorMeasure>()
        for name in measures.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let measure = ActorMeasure(rawValue: name) else {
                throw ValidationError("unknown measure `\(name)` in --measures; accepted: \(ActorMeasure.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            result.insert(measure)
        }
        if let sort, let measure = ActorMeasure(rawValue: sort) { result.insert(measure) }
        return result
    }

    func run() throws {
        let loaded = try input.loaded(showWarnings: !quiet)
        let network = loaded.network
        let options = CentralityOptions(weighted: unweighted ? false : nil, measures: try requestedMeasures(),
                                        sample: sample, seed: seed,
                                        threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let progress = quiet ? nil : ProgressReporter.ifTerminal()
        let graph = CompactGraph(loaded, weighted: options.weighted)
        let report = CentralityAnalysis.analyze(graph, options: options, progress: progress.map { reporter in
            { @Sendable phase, fraction in reporter.update(phase, fraction) }
        })
        progress?.finish()
        for warning in report.warnings { printError("\(input.file): warning: \(warning)") }

        let text: String
        switch format {
        case .json: text = json(report, network) + "\n"
        case .csv: text = String(decoding: csv(report, network), as: UTF8.self)
        case .table: text = table(report, network) + "\n"
        }
        try emit(text, to: output, inputs: loaded.inputFiles)
        keepUntilExit(loaded, graph)
    }

    private func json(_ report: CentralityReport, _ network: Network) -> String {
        var head: [String: Any] = ["name": network.name, "directed": report.directed, "weighted": report.weighted]
        for (key, value) in report.network { head[key] = isCount(key) ? Int(value) as Any : value as Any }
        let rows: [[String: Any]] = network.actors.indices.map { i in
            let actor = network.actors[i]
            var row: [String: Any] = ["id": actor.id, "name": actor.name, "sector": actor.sector.rawValue,
                                      "level": actor.level.rawValue]
            for measure in report.measures {
                if let value = report.value(measure, i) {
                    row[measure.rawValue] = measure.isCount ? Int(value) as Any : value as Any
                } else {
                    row[measure.rawValue] = NSNull()
                }
            }
            return row
        }
        return jsonText(["network": head, "actors": rows] as [String: Any])
    }

    private func isCount(_ key: String) -> Bool {
        ["actors", "ties", "components", "largest_component"].contains(key)
    }

    private func csv(_ report: CentralityReport, _ network: Network) -> Data {
        let header = ["id", "name", "sector", "level"] + report.measures.map(\.rawValue)
        let rows = network.actors.indices.map { i in
            let actor = network.actors[i]
            return [actor.id, actor.name, actor.sector.rawValue, actor.level.rawValue]
                + report.measures.map { cell(report.value($0, i), $0, precise: true) }
        }
        return CSVTableWriter.encode(header: header, rows: rows)
    }

    private func table(_ report: CentralityReport, _ network: Network) -> String {
        let sortMeasure = sort.flatMap(ActorMeasure.init(rawValue:))
            ?? (report.measures.contains(.betweenness) ? .betweenness : report.measures.first ?? .degree)
        let key = network.actors.indices.map { report.value(sortMeasure, $0) ?? -.infinity }
        let order = network.actors.indices.sorted { a, b in key[a] != key[b] ? key[a] > key[b] : a < b }
        var rows = [["#", "id", "name", "sector", "level"] + report.measures.map(\.rawValue)]
        for (rank, i) in order.prefix(top).enumerated() {
            let actor = network.actors[i]
            rows.append([String(rank + 1), actor.id, shorten(actor.name, 32), actor.sector.rawValue, actor.level.rawValue]
                        + report.measures.map { cell(report.value($0, i), $0, precise: false) })
        }
        let mode = (report.directed ? "directed" : "undirected") + ", " + (report.weighted ? "weighted" : "unweighted")
        var out = "\(network.name) (\(mode)) — top \(min(top, order.count)) of \(order.count) by \(sortMeasure.rawValue)\n\n"
        out += alignedTable(rows, leftAligned: [1, 2, 3, 4]) + "\n\nNetwork\n"
        out += alignedTable(report.network.map { [$0.key, isCount($0.key) ? String(Int($0.value)) : String(format: "%.6g", $0.value)] })
        return out
    }

    private func cell(_ value: Double?, _ measure: ActorMeasure, precise: Bool) -> String {
        guard let value else { return precise ? "" : "null" }
        if measure.isCount { return String(Int(value)) }
        if precise { return "\(value)" }
        // Four decimals read well for centralities; strengths of 2e250 (weights go up to 1e250) would print 250
        // digits and closeness of 2.5e-250 would print 0.0000, so values outside [1e-4, 1e6) use an exponent.
        let magnitude = abs(value)
        return magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e6) ? String(format: "%.4f", value)
            : String(format: "%.4g", value)
    }

    private func shorten(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
