import ActorNet
import ActorNetAnalysis
import Foundation
import Plot

/// The sections that summarise (composition, data quality, projects) and the figures.
extension HTMLReport {
    static func compositionSection(_ data: ReportData) -> Node<HTML.BodyContext> {
        let w = data.language
        return section(
            "composition", w.text(.reportComposition),
            [
                .p(.dataText(w.text(.reportCompositionIntro))),
                compositionTable(data, w),
                barChart(data),
                table(
                    header: [w.text(.reportTieKind), w.text(.reportCount)],
                    rows: TieKind.allCases.compactMap { kind in
                        guard let n = data.summary.tiesByKind[kind], n > 0 else { return nil }
                        return [.dataText(kind.label(w)), .number(Double(n), digits: 0)]
                    }, lang: w),
                .h3(.dataText(w.text(.reportNetworkIndicators))),
                table(
                    header: data.networkIndicatorsHeader,
                    rows: data.networkIndicatorRows.map { row in
                        [
                            .dataText(row.name), .number(row.value, digits: row.digits), .range(row.range),
                            .dataText(row.meaning),
                        ]
                    }, lang: w),
            ])
    }

    /// Every report has it: a reader needs to know how good the data is even when nothing is wrong.
    static func dataQualitySection(_ data: ReportData) -> Node<HTML.BodyContext> {
        let w = data.language
        return section(
            "data-quality", w.text(.qualityHeading),
            [
                .p(.dataText(w.text(.reportDataQualityIntro))),
                table(
                    header: [
                        w.text(.reportIndicator), w.text(.reportValue), w.text(.reportRange), w.text(.reportMeaning),
                    ],
                    rows: data.dataQualityRows().map { row in
                        [.dataText(row.name), .dataText(row.value), .range(row.range), .dataText(row.meaning)]
                    }, lang: w),
            ])
    }

    static func diagramsSection(_ data: ReportData) -> Node<HTML.BodyContext> {
        let w = data.language
        return section(
            "diagrams", w.text(.reportDiagrams),
            [.p(.dataText(w.text(.reportDiagramsIntro)))]
                + data.diagrams.map { figure in
                    figure.role == .main ? mainFigure(figure, data) : staticFigure(figure, data)
                } + data.diagramsLeftOut.map { .p(.class("note missing"), .dataText($0)) })
    }

    /// The main diagram: the whole network as the interactive map of `render --format html` (pan, zoom, search,
    /// filters, the actor panel), inside the same `figure`; the other figures stay static.
    static func mainFigure(_ figure: ReportFigure, _ data: ReportData) -> Node<HTML.BodyContext> {
        guard let map = figure.interactiveMap else { return staticFigure(figure, data) }
        return .element(
            named: "figure", nodes: [.class("figure interactive"), .h3(.dataText(figure.title)), .raw(map)])
    }

    /// A figure: its heading (for screen readers and the outline; the diagram's own title is what a reader sees),
    /// the SVG at the width every figure shares, and a caption saying how many isolates it leaves out.
    static func staticFigure(_ figure: ReportFigure, _ data: ReportData) -> Node<HTML.BodyContext> {
        var nodes: [Node<HTML.BodyContext>] = [
            .class("figure"), .h3(.dataText(figure.title)), .raw(embeddable(figure.svg)),
        ]
        if figure.captionedIsolates > 0 {
            nodes.append(
                .element(
                    named: "figcaption",
                    nodes: [.dataText(data.language.count(.reportFigureIsolatesLeftOut, figure.captionedIsolates))]))
        }
        return .element(named: "figure", nodes: nodes)
    }

    /// The summary first (how many projects meet the definition, how many miss each criterion); the table of
    /// every project folded away under it (694 rows used to come before any summary).
    static func projectsSection(_ data: ReportData) -> Node<HTML.BodyContext> {
        let w = data.language
        guard !data.projects.isEmpty else {
            return section(
                "projects", w.text(.reportProjectsHeading),
                [.p(.dataText(w.text(.reportProjectsIntro))), .p(.dataText(w.text(.networkHasNoProjects)))])
        }
        let summary = data.projectSummary
        let criteria = table(
            header: data.criteriaHeader,
            rows: CooperationCriterion.allCases.map { criterion in
                let missing = summary.missing[criterion] ?? 0
                return [
                    .dataText(w.text(criterion.nameKey)), .number(Double(summary.projects - missing), digits: 0),
                    .number(Double(missing), digits: 0),
                ]
            }, lang: w)
        let everyProject = table(
            header: data.projectsTableHeader,
            rows: data.projects.map { p in
                let row = data.projectRow(p)
                return [.dataText(p.name)] + row.counts.map { .number(Double($0), digits: 0) }
                    + row.words.map { .dataText($0) }
            }, lang: w)
        return section(
            "projects", w.text(.reportProjectsHeading),
            [.p(.dataText(w.text(.reportProjectsIntro)))]
                + [.p(.class("summary"), .dataText(data.projectSummaryHeadline))]
                + data.projectSummaryNotes.map { .p(.dataText($0)) }
                + [
                    criteria,
                    .element(
                        named: "details",
                        nodes: [
                            .element(
                                named: "summary", nodes: [.dataText(w.count(.reportProjectsTable, data.projects.count))]
                            ),
                            everyProject,
                        ]),
                ])
    }
}
