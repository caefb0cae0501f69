import ActorNet
import ActorNetAnalysis

/// The timeline section's numbers and words, shared by the HTML and Markdown reports.
extension ReportData {
    /// The timeline the report shows, nil when no tie is dated: one period per year over ten years or less,
    /// else four-year periods from the first year (a government term in many countries of the region); within the
    /// window the network was restricted to, if any.
    static func timeline(of network: Network, within window: TimeWindow? = nil) -> Timeline? {
        guard let years = Timeline.years(of: network, within: window) else { return nil }
        let starts = years.count <= 10 ? nil : Array(stride(from: years.lowerBound, through: years.upperBound, by: 4))
        return Timeline(network, periodStarts: starts, years: years)
    }

    /// The table's heading: period, actors, ties, formed, ended, partnerships, still active next, persistence.
    var timelineHeader: [String] {
        let keys: [CatalogueKey] = [
            .timelinePeriod, .timelineActors, .timelineTies, .timelineFormed, .timelineEnded, .timelinePartnerships,
            .timelineStillActive,
        ]
        return keys.map { language.text($0) } + [
            IndicatorRange.unit.label(language.text(.timelinePersistence), language)
        ]
    }

    /// The reading: the last three periods that had partnerships, each into the next ("X of Y partnerships of
    /// 2014–2017 were still active in 2018–2021 (62 %)"), then persistence over every period.
    var timelineReadings: [String] {
        guard let timeline else { return [] }
        let steps = timeline.periods.indices.dropLast().filter { timeline.periods[$0].partnerships > 0 }.suffix(3)
        var readings = steps.map { p in
            let period = timeline.periods[p]
            return language.count(
                .timelineReading, period.partnerships,
                [
                    "persisted": period.stillActiveNext ?? 0, "period": period.label,
                    "next": timeline.periods[p + 1].label, "share": percent(period.persistence),
                ])
        }
        if timeline.partnerships > 0 {
            readings.append(
                language.text(
                    .timelineOverall,
                    [
                        "persisted": timeline.stillActive, "partnerships": timeline.partnerships,
                        "share": percent(timeline.persistence),
                    ]))
        }
        return readings
    }

    /// `62 %`; `—` when there is nothing to divide.
    private func percent(_ share: Double?) -> String {
        share.map { "\(Int(($0 * 100).rounded())) %" } ?? "—"
    }
}
