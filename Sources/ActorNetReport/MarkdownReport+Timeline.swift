import ActorNet
import ActorNetAnalysis

extension MarkdownReport {
    /// The timeline: the reading and the table of periods (the chart is the HTML report's); nothing when no tie
    /// is dated.
    static func timelineSection(_ data: ReportData) -> String {
        guard let timeline = data.timeline else { return "" }
        let w = data.language
        var out = "## \(w.text(.reportTimelineHeading))\n\n\(escape(w.text(.reportTimelineIntro)))\n\n"
        out += data.timelineReadings.map { "**\(escape($0))**\n\n" }.joined()
        out += table(
            data.timelineHeader,
            timeline.periods.map { period in
                [period.label]
                    + [period.actors, period.ties, period.formed, period.ended, period.partnerships].map(String.init)
                    + [
                        period.stillActiveNext.map(String.init) ?? "—",
                        formatted(period.persistence, digits: 2, language: w),
                    ]
            })
        return out
    }
}
