import ActorNet
import ActorNetAnalysis
import ArgumentParser

struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise a network: actors by sector × level, ties by kind, projects, density, components.",
        discussion: """
            JSON keys: name, actors, ties, projects, sector_level {sector: {level: count}}, ties_by_kind,
            density, components, warnings, data_quality {actors, unspecified_sector, unspecified_sector_share,
            unspecified_level, unspecified_level_share, isolates, classified_by {source: actors},
            merged_groups (IATI imports), import (the importer's record: files, activities, candidate_groups,
            pseudo_organisations_dropped…; null when none)}. Sector, level and kind keys are the canonical English
            names. The table ends with the data quality when some actor is unspecified or isolated, or the network
            records how its actors were classified or how it was imported.

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
        let analysis = NetworkAnalysis(loaded)
        let summary = analysis.summary
        let language = input.language(for: loaded.network)
        switch format {
        case .json:
            try printJSON(
                NetworkInfo(
                    summary: summary, warnings: loaded.warnings.map { $0.description(in: language) },
                    dataQuality: analysis.dataQuality))
        case .table:
            try printOutput(
                input.windowHeading(language) + render(summary, language) + render(analysis.dataQuality, language))
        }
    }

    /// Sectors, levels and tie kinds by their canonical names in English (as files write them), by label otherwise.
    private func render(_ summary: NetworkSummary, _ language: Language) -> String {
        let canonical = language == .en
        var out = "\(summary.name)\n"
        out +=
            [
                language.count(.countActors, summary.actors), language.count(.countTies, summary.ties),
                language.count(.countProjects, summary.projects),
                language.text(.infoDensity, ["value": formatDensity(summary.density)]),
                language.count(.countComponents, summary.components),
            ].joined(separator: " · ") + "\n\n"
        let levels = Level.allCases.filter { level in
            level != .unspecified || summary.sectorLevel.values.contains { $0[level]! > 0 }
        }
        let sectors = Sector.allCases.filter { sector in
            sector != .unspecified || summary.sectorLevel[sector]!.values.contains { $0 > 0 }
        }
        let total = language.text(.infoTotal)
        var rows = [
            [language.text(.infoSectorLevel)] + levels.map { canonical ? $0.rawValue : $0.label(language) }
                + [total]
        ]
        for sector in sectors {
            let counts = levels.map { summary.sectorLevel[sector]![$0]! }
            rows.append(
                [canonical ? sector.rawValue : sector.label(language)] + counts.map(String.init)
                    + [String(summary.sectorLevel[sector]!.values.reduce(0, +))])
        }
        let columnTotals = levels.map { level in sectors.reduce(0) { $0 + summary.sectorLevel[$1]![level]! } }
        rows.append([total] + columnTotals.map(String.init) + [String(summary.actors)])
        out += language.text(.infoActorsBySectorLevel) + "\n" + alignedTable(rows) + "\n\n"
        var kindRows = [[language.text(.infoTieKind), language.text(.infoTies)]]
        for kind in TieKind.allCases where (summary.tiesByKind[kind] ?? 0) > 0 {
            kindRows.append([canonical ? kind.rawValue : kind.label(language), String(summary.tiesByKind[kind]!)])
        }
        out += language.text(.infoTiesByKind) + "\n" + alignedTable(kindRows)
        return out
    }

    /// The data-quality lines after a blank line, or nothing when there is nothing to say.
    private func render(_ quality: DataQuality, _ language: Language) -> String {
        guard quality.hasFindings else { return "" }
        return "\n\n" + language.text(.qualityHeading) + "\n" + quality.lines(language).joined(separator: "\n")
    }

    private func formatDensity(_ value: Double) -> String {
        String(format: "%.3f", value)
    }
}
