import ActorNet
import ActorNetAnalysis
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetReport

/// The report's timeline: its periods (per year up to ten years, four-year terms beyond), the reading in each
/// language, the chart, and no section at all when nothing is dated.
@Suite struct ReportTimelineTests {
    static let fixedDate = Date(timeIntervalSince1970: 1_764_000_000)

    /// Two government terms (Tests/actornetTests/Fixtures/terms.yaml, also worked by hand in TimelineTests).
    static let terms = try! NetworkFile.load(PackagePaths.file("Tests/actornetTests/Fixtures/terms.yaml")).network

    @Test func shortSpansGoYearByYearLongOnesByFourYearTerms() throws {
        #expect(
            try #require(ReportData.timeline(of: Self.terms)).periods.map(\.label) == (2014...2021).map(String.init))
        var long = Self.terms
        long.ties.append(Tie(from: "m", to: "u", start: "2005", end: "2006"))
        let periods = try #require(ReportData.timeline(of: long)).periods.map(\.label)
        #expect(periods == ["2005–2008", "2009–2012", "2013–2016", "2017–2020", "2021"])
        #expect(ReportData.timeline(of: Network(name: "n", ties: [Tie(from: "a", to: "b")])) == nil)
    }

    @Test func theReadingInEachLanguage() {
        let english = ReportData.build(Self.terms, language: .en, generated: Self.fixedDate)
        #expect(
            english.timelineReadings == [
                "3 of 3 partnerships of 2018 were still active in 2019 (100 %).",
                "2 of 3 partnerships of 2019 were still active in 2020 (67 %).",
                "3 of 3 partnerships of 2020 were still active in 2021 (100 %).",
                "Persistence overall (every period into the next): 15 of 18 partnerships, 83 %",
            ])
        var spanish = english
        spanish.language = .es
        #expect(spanish.timelineReadings[1] == "2 de 3 alianzas de 2019 seguían activas en 2020 (67 %).")
        var portuguese = english
        portuguese.language = .pt
        #expect(portuguese.timelineReadings[1] == "2 de 3 parcerias de 2019 continuavam ativas em 2020 (67 %).")
        let html = HTMLReport.render(english)
        #expect(html.contains(#/<section id="timeline">\s*<h2>Partnerships over time</h2>/#))
        // One bar per count above zero (8 years with ties, 5 with ties formed, 3 with ties ended), the axis and
        // the top line, and the legend's three keys.
        let chart = try! #require(
            html.firstMatch(
                of: #/<svg viewBox="[^"]+" role="img" class="chart timeline-chart">.*?</svg>/#.dotMatchesNewlines()))
        #expect(chart.output.matches(of: #/<rect /#).count == 8 + 5 + 3 + 2 + 3)
    }

    @Test func noDatesNoSection() {
        let data = ReportData.build(
            Network(name: "n", actors: [Actor(id: "a"), Actor(id: "b")], ties: [Tie(from: "a", to: "b")]),
            language: .en, generated: Self.fixedDate)
        #expect(data.timeline == nil && data.timelineReadings.isEmpty)
        #expect(!HTMLReport.render(data).contains("id=\"timeline\""))
        #expect(!MarkdownReport.render(data, stem: "n").text.contains("Partnerships over time"))
    }
}
