import ActorNet
import ActorNetAnalysis
import Plot

/// The timeline section: the reading, a bar chart of ties active, formed and ended per period, and the table.
extension HTMLReport {
    static func timelineSection(_ data: ReportData) -> Node<HTML.BodyContext> {
        guard let timeline = data.timeline else { return .empty }
        let w = data.language
        return section(
            "timeline", w.text(.reportTimelineHeading),
            [.p(.dataText(w.text(.reportTimelineIntro)))]
                + data.timelineReadings.map { .p(.class("summary"), .dataText($0)) }
                + [
                    .element(
                        named: "figure",
                        nodes: [
                            .class("timeline"), timelineChart(timeline, w),
                            // A paragraph, not a `figcaption`: those count the isolates a diagram leaves out.
                            .p(.class("meta"), .dataText(w.text(.reportTimelineCaption))),
                        ]),
                    table(
                        header: data.timelineHeader,
                        rows: timeline.periods.map { period in
                            [.dataText(period.label)]
                                + [period.actors, period.ties, period.formed, period.ended, period.partnerships].map {
                                    .number(Double($0), digits: 0)
                                }
                                + [
                                    .number(period.stillActiveNext.map(Double.init), digits: 0),
                                    .number(period.persistence, digits: 2),
                                ]
                        }, lang: w),
                ])
    }

    /// The colours of the three bars: ties active, formed, ended.
    static let timelineColours = ["#4e79a7", "#59a14f", "#e15759"]

    /// Three bars per period (ties active, formed, ended) on one scale, the periods' labels under them, a legend
    /// above; drawn here, not by Graphviz, like the other charts of the report.
    static func timelineChart(_ timeline: Timeline, _ language: ActorNet.Language) -> Node<HTML.BodyContext> {
        let periods = timeline.periods
        let peak = max(1, periods.map { max($0.ties, $0.formed, $0.ended) }.max() ?? 1)
        let bar = 10, group = 3 * bar + 8, left = 44, top = 28, height = 160
        let rotated = periods.contains { $0.first != $0.last } || periods.count > 12
        let bottom = top + height + (rotated ? 64 : 24)
        let width = left + periods.count * group + 8
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "viewBox", value: "0 0 \(max(width, 360)) \(bottom)"),
            .attribute(named: "role", value: "img"), .attribute(named: "class", value: "chart timeline-chart"),
        ]
        func rect(_ x: Int, _ y: Int, _ w: Int, _ h: Int, _ fill: String) -> Node<HTML.BodyContext> {
            .element(
                named: "rect",
                attributes: [
                    .attribute(named: "x", value: "\(x)"), .attribute(named: "y", value: "\(y)"),
                    .attribute(named: "width", value: "\(w)"), .attribute(named: "height", value: "\(h)"),
                    .attribute(named: "fill", value: fill),
                ])
        }
        // The scale: the peak at the top, 0 on the axis.
        nodes.append(rect(left - 2, top + height, periods.count * group + 4, 1, "#333333"))
        nodes.append(rect(left - 2, top, periods.count * group + 4, 1, "#dddddd"))
        nodes.append(svgText(x: 0, y: top + 4, "\(peak)"))
        nodes.append(svgText(x: 0, y: top + height + 4, "0"))
        let legend: [CatalogueKey] = [.timelineTies, .timelineFormed, .timelineEnded]
        for (k, key) in legend.enumerated() {
            nodes.append(rect(left + k * 110, 6, 12, 12, timelineColours[k]))
            nodes.append(svgText(x: left + k * 110 + 16, y: 17, language.text(key)))
        }
        for (p, period) in periods.enumerated() {
            let x = left + p * group + 4
            for (k, value) in [period.ties, period.formed, period.ended].enumerated() where value > 0 {
                let h = max(1, Int((Double(height) * Double(value) / Double(peak)).rounded()))
                nodes.append(rect(x + k * bar, top + height - h, bar - 1, h, timelineColours[k]))
            }
            let labelX = x + 3 * bar / 2, labelY = top + height + 16
            nodes.append(
                .element(
                    named: "text",
                    nodes: [
                        .attribute(
                            named: "transform",
                            value: "translate(\(labelX),\(labelY))" + (rotated ? " rotate(-45)" : "")),
                        .attribute(named: "font-size", value: "11"),
                        .attribute(named: "text-anchor", value: rotated ? "end" : "middle"),
                        .dataText(period.label),
                    ]))
        }
        return .element(named: "svg", nodes: nodes)
    }
}
