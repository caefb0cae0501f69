import ActorNet
import ActorNetAnalysis
import ArgumentParser
import Foundation

enum TimelineFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "The network over time: actors and ties active, ties formed and ended, and persistence.",
        discussion: """
            Per year, or per period with --periods (start years, e.g. of government
            terms): dated ties active (their own start/end, else their project's),
            the actors at their ends, ties formed and ended, and persistence = the
            share of partnerships (pairs of actors tied) of one period still active
            in the next, overall and by sector pair and level pair
            (docs/measures/Timeline.md). Undated ties are left out.

            JSON: {"periods": [{"first", "last", "actors", "ties", "formed",
            "ended", "partnerships", "still_active_next", "persistence"}],
            "partnerships", "still_active", "persistence", "by_sector_pair":
            [{"groups", "partnerships", "still_active", "persistence"}],
            "by_level_pair", "dated_ties", "undated_ties"}.
            CSV: one row per period.

            Example:
              actornet timeline Networks/chile.yaml
              actornet timeline Networks/chile.yaml --periods 2018,2022 --format json
            """
    )

    @OptionGroup var input: NetworkInput

    @Option(name: .long, help: "table, json or csv.")
    var format: TimelineFormat = .table

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Start years of the periods, increasing (2014,2018,2022); default: one period per year.",
            valueName: "years"))
    var periods: String?

    func validate() throws { _ = try periodStarts() }

    /// `--periods` as years; a usage error (exit 64) unless whole years in increasing order.
    func periodStarts() throws -> [Int]? {
        guard let periods else { return nil }
        let years = periods.split(separator: ",", omittingEmptySubsequences: false).map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        guard !years.isEmpty, years.allSatisfy({ $0 != nil && (1...9999).contains($0!) }),
            zip(years, years.dropFirst()).allSatisfy({ $0! < $1! })
        else {
            throw ValidationError(MessageLanguage.current.text(.cliPeriodsSyntax, ["value": periods]))
        }
        return years.map { $0! }
    }

    func run() throws {
        let loaded = try input.loaded(showWarnings: format == .table)
        let network = loaded.network
        let language = input.language(for: network)
        let years = Timeline.years(of: network, within: try input.window.window())
        let timeline = Timeline(network, periodStarts: try periodStarts(), years: years)
        switch format {
        case .json: try printJSON(timeline)
        case .csv: try writeCSV(timeline, inputs: loaded.inputFiles)
        case .table: try printOutput(input.windowHeading(language) + table(timeline, language))
        }
    }

    /// One row per period; an empty cell where there is no next period or nothing to divide.
    private func writeCSV(_ timeline: Timeline, inputs: [InputFile]) throws {
        try emitStreamed(to: nil, inputs: inputs) { sink in
            let writer = CSVStreamWriter(sink: sink)
            try writer.writeRow([
                "first", "last", "actors", "ties", "formed", "ended", "partnerships", "still_active_next",
                "persistence",
            ])
            for period in timeline.periods {
                for count in [period.first, period.last, period.actors, period.ties, period.formed, period.ended] {
                    writer.writeInteger(count)
                }
                writer.writeInteger(period.partnerships)
                if let next = period.stillActiveNext { writer.writeInteger(next) } else { writer.writeEmpty() }
                if let share = period.persistence { writer.writeNumber(share) } else { writer.writeEmpty() }
                try writer.endRow()
            }
            try writer.finish()
        }
    }

    /// The periods, then persistence overall, by sector pair and by level pair. Sectors and levels by their
    /// canonical names in English (as files write them), by label otherwise.
    private func table(_ timeline: Timeline, _ language: Language) -> String {
        guard let first = timeline.periods.first, let last = timeline.periods.last else {
            return language.text(.timelineNoDates)
        }
        var out =
            language.text(
                .timelineTitle, ["first": first.first, "last": last.last, "undated": timeline.undatedTies]) + "\n\n"
        let headingKeys: [CatalogueKey] = [
            .timelinePeriod, .timelineActors, .timelineTies, .timelineFormed, .timelineEnded, .timelinePartnerships,
            .timelineStillActive, .timelinePersistence,
        ]
        var rows = [headingKeys.map { language.text($0) }]
        for period in timeline.periods {
            rows.append(
                [period.label]
                    + [period.actors, period.ties, period.formed, period.ended, period.partnerships].map(String.init)
                    + [period.stillActiveNext.map(String.init) ?? "—", cellText(period.persistence)])
        }
        out += alignedTable(rows)
        guard timeline.periods.count > 1 else { return out }
        out +=
            "\n\n"
            + language.text(
                .timelineOverall,
                [
                    "persisted": timeline.stillActive, "partnerships": timeline.partnerships,
                    "share": cellText(timeline.persistence),
                ])
        let canonical = language == .en
        func label<V: Vocabulary>(_ type: V.Type, _ name: String) -> String {
            guard !canonical, let value = V(rawValue: name) else { return name }
            return value.label(language)
        }
        let pairTables: [(CatalogueKey, CatalogueKey, [PairPersistence], (String) -> String)] = [
            (.timelineBySectorPair, .timelineSectorPair, timeline.bySectorPair, { label(Sector.self, $0) }),
            (.timelineByLevelPair, .timelineLevelPair, timeline.byLevelPair, { label(Level.self, $0) }),
        ]
        for (title, heading, pairs, name) in pairTables where !pairs.isEmpty {
            var pairRows = [
                [heading, .timelinePartnerships, .timelineStillActive, .timelinePersistence].map { language.text($0) }
            ]
            for pair in pairs {
                pairRows.append([
                    pair.groups.map(name).joined(separator: " – "), String(pair.partnerships), String(pair.stillActive),
                    cellText(pair.persistence),
                ])
            }
            out += "\n\n" + language.text(title) + "\n" + alignedTable(pairRows)
        }
        return out
    }
}
