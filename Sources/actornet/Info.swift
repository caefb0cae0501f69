import ArgumentParser
import ActorNet
import ActorNetAnalysis

struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise a network: actors by sector × level, ties by kind, projects, density, components.",
        discussion: """
            JSON keys: name, actors, ties, projects, sector_level {sector: {level: count}}, ties_by_kind,
            density, components, warnings. Sector, level and kind keys are the canonical English names.

            Example:
              actornet info Networks/colombia.yaml
              actornet info Networks/mexico.yaml --format json
            """
    )

    @OptionGroup var input: NetworkInput

    @Option(name: .long, help: "table or json.")
    var format: TableOrJSON = .table

    func run() throws {
        let loaded = try input.loaded(showWarnings: format == .table)
        let summary = NetworkAnalysis(loaded).summary
        switch format {
        case .json:
            try printJSON(NetworkInfo(summary: summary, warnings: loaded.warnings.map(\.description)))
        case .table:
            try printOutput(render(summary))
        }
    }

    private func render(_ summary: NetworkSummary) -> String {
        let components = summary.components == 1 ? "1 component" : "\(summary.components) components"
        var out = "\(summary.name)\n"
        out += "\(summary.actors) actors · \(summary.ties) ties · \(summary.projects) projects · "
        out += "density \(formatDensity(summary.density)) · \(components)\n\n"
        let levels = Level.allCases.filter { level in
            level != .unspecified || summary.sectorLevel.values.contains { $0[level]! > 0 }
        }
        let sectors = Sector.allCases.filter { sector in
            sector != .unspecified || summary.sectorLevel[sector]!.values.contains { $0 > 0 }
        }
        var rows = [["sector \\ level"] + levels.map(\.rawValue) + ["total"]]
        for sector in sectors {
            let counts = levels.map { summary.sectorLevel[sector]![$0]! }
            rows.append([sector.rawValue] + counts.map(String.init) + [String(summary.sectorLevel[sector]!.values.reduce(0, +))])
        }
        let columnTotals = levels.map { level in sectors.reduce(0) { $0 + summary.sectorLevel[$1]![level]! } }
        rows.append(["total"] + columnTotals.map(String.init) + [String(summary.actors)])
        out += "Actors by sector × level\n" + alignedTable(rows) + "\n\n"
        var kindRows = [["tie kind", "ties"]]
        for kind in TieKind.allCases where (summary.tiesByKind[kind] ?? 0) > 0 {
            kindRows.append([kind.rawValue, String(summary.tiesByKind[kind]!)])
        }
        out += "Ties by kind\n" + alignedTable(kindRows)
        return out
    }

    private func formatDensity(_ value: Double) -> String {
        String(format: "%.3f", value)
    }
}
