import ActorNet
import ActorNetAnalysis
import ActorNetRender
import Foundation
import Plot

/// The report as one self-contained HTML page: no external resources, inline CSS, SVG and a few lines of
/// JavaScript (sortable tables; the page works without it). Built with Plot; every text goes in through
/// `Node.dataText` (`ReportText.html`), never Plot's `.text`, which passes entity-shaped text (`&eacute;`, `&#0;`)
/// through. Only Graphviz's own SVG output and our fixed CSS/JS are inserted as they are. The page is well-formed
/// XML (tests parse it with hostile names).
public enum HTMLReport {
    public static func render(_ data: ReportData) -> String {
        let w = data.language
        let lang = data.language
        let network = data.network
        let hasMap = data.diagrams.contains { $0.interactiveMap != nil }
        let html = HTML(
            .attribute(named: "lang", value: lang.rawValue),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Not Plot's `.title(_:)`: it also emits social-media meta tags whose content it does not escape.
                .element(named: "title", nodes: [.dataText("\(network.name) — \(w.text(.reportTitle))")]),
                .style(css),
                .if(hasMap, .style(InteractiveMap.style))
            ),
            .body(
                .header(
                    .p(.class("kicker"), .dataText(w.text(.reportTitle))),
                    .h1(.dataText(network.name)),
                    .unwrap(network.description) { .p(.dataText($0)) },
                    .p(.class("meta"), .dataText(data.countsLine)),
                    .unwrap(network.source) { .p(.class("meta"), .dataText("\(w.text(.reportSource)): \($0)")) },
                    .p(
                        .class("meta"), .dataText("\(w.text(.reportGenerated)): \(dateText(data.generated)) · actornet")
                    ),
                    .forEach(data.notes) { .p(.class("meta note"), .dataText($0)) }
                ),
                compositionSection(data),
                dataQualitySection(data),
                diagramsSection(data),
                section(
                    "key-actors", w.text(.reportKeyActors),
                    [.p(.dataText(data.keyActorsIntro)), keyActorsTable(data, w)]),
                section(
                    "brokers", w.text(.reportBrokers),
                    [.p(.dataText(w.text(.reportBrokersIntro))), brokersTable(data, w)]),
                section(
                    "mixing", w.text(.reportMixing),
                    [
                        .p(.dataText(w.text(.reportMixingIntro))),
                        table(
                            header: [
                                "", IndicatorRange.signedUnit.label(w.text(.reportEIIndex), w),
                                IndicatorRange.signedUnit.label(w.text(.reportAssortativity), w),
                            ],
                            rows: [
                                [
                                    .dataText(w.text(.reportBySector)), .number(data.mixingBySector.eiIndex, digits: 2),
                                    .number(data.mixingBySector.assortativity, digits: 2),
                                ],
                                [
                                    .dataText(w.text(.reportByLevel)), .number(data.mixingByLevel.eiIndex, digits: 2),
                                    .number(data.mixingByLevel.assortativity, digits: 2),
                                ],
                            ], lang: lang),
                        .h3(.dataText(w.text(.reportMatrix))),
                        heatmap(data.mixingBySector, lang: lang),
                    ]),
                section(
                    "communities", w.text(.reportCommunities),
                    [
                        .p(.dataText(data.communitiesIntro)),
                        table(
                            header: [
                                w.text(.reportCommunity), w.text(.reportActors), w.text(.reportSector),
                                w.text(.reportMembers),
                            ],
                            rows: data.communities.communities.enumerated().map { k, members in
                                [
                                    .number(Double(k + 1), digits: 0), .number(Double(members.count), digits: 0),
                                    .dataText(composition(members, data)),
                                    .dataText(members.map { network.actors[$0].name }.joined(separator: "; ")),
                                ]
                            }, lang: lang),
                    ]),
                section(
                    "partners", w.text(.reportPartners),
                    [
                        .p(.dataText(w.text(.reportPartnersIntro))),
                        data.partners.isEmpty
                            ? .p(.dataText(w.text(.noUntiedPairToSuggest)))
                            : table(
                                header: [
                                    w.text(.reportPair), IndicatorRange.unit.label(w.text(.reportScore), w),
                                    w.text(.reportReasons),
                                ],
                                rows: data.partners.map { s in
                                    [
                                        .dataText(name(s.a, data) + " + " + name(s.b, data)),
                                        .number(s.score, digits: 2),
                                        .list(s.reasons.map { $0.text(data.language) }),
                                    ]
                                }, lang: lang),
                    ]),
                projectsSection(data),
                timelineSection(data),
                section(
                    "quality", w.text(.reportQuality),
                    [
                        .p(.dataText(w.text(.reportQualityIntro))),
                        table(
                            header: data.profileHeader,
                            rows: data.profile.map { i in
                                [
                                    .dataText(i.quality.name(w)), .dataText(i.kind.name(w)),
                                    .number(i.value, digits: 2),
                                    .dataText(i.reading.text(data.language)),
                                ]
                            }, lang: lang),
                    ]),
                section(
                    "methods", w.text(.reportMethods),
                    [.ul(.forEach(ReportData.methodKeys.map { w.text($0) }) { .li(.dataText($0)) })]),
                .p(.class("hint"), .dataText(w.text(.reportSortHint))),
                .script(.raw(script)),
                // In CDATA (behind `//`, a comment to JavaScript): the report stays well-formed XML for tools that
                // read it so, and the map's `<` and `&&` are not markup.
                .if(hasMap, .script(.raw("//<![CDATA[\n" + InteractiveMap.script + "\n//]]>")))
            )
        )
        return html.render(indentedBy: .spaces(1))
    }

    // MARK: Pieces

    enum Cell {
        case text(String)
        case number(Double?, digits: Int)
        case list([String])
        /// A range ("0–100 %"), kept on one line.
        case range(String)

        /// Spelled like `Node.dataText` so a row reads the same as the page around it.
        static func dataText(_ text: String) -> Cell { .text(text) }
    }

    static func section(_ id: String, _ title: String, _ content: [Node<HTML.BodyContext>]) -> Node<HTML.BodyContext> {
        .section(.id(id), .h2(.dataText(title)), .group(content))
    }

    static func table(header: [String], rows: [[Cell]], lang: ActorNet.Language) -> Node<HTML.BodyContext> {
        .table(
            .class("sortable"),
            .thead(.tr(.forEach(header) { .th(.dataText($0)) })),
            .tbody(
                .forEach(rows) { row in
                    .tr(
                        .forEach(row) { cell in
                            switch cell {
                            case .text(let text): return .td(.dataText(text))
                            case .number(let value, let digits):
                                return .td(
                                    .class("num"), .attribute(named: "data-value", value: value.map { "\($0)" } ?? ""),
                                    .dataText(formatted(value, digits: digits, language: lang)))
                            case .list(let items): return .td(.ul(.forEach(items) { .li(.dataText($0)) }))
                            case .range(let text): return .td(.class("range"), .dataText(text))
                            }
                        })
                }))
    }

    static func compositionTable(_ data: ReportData, _ w: ActorNet.Language) -> Node<HTML.BodyContext> {
        let lang = data.language
        let levels = Level.present(in: data.network)
        let sectors = Sector.present(in: data.network)
        let rows: [[Cell]] = sectors.map { sector in
            [.dataText(sector.label(lang))]
                + levels.map { .number(Double(data.summary.sectorLevel[sector]![$0]!), digits: 0) }
                + [.number(Double(data.summary.sectorLevel[sector]!.values.reduce(0, +)), digits: 0)]
        }
        return table(
            header: [w.text(.reportSectorLevel)] + levels.map { $0.label(lang) } + [w.text(.reportTotal)], rows: rows,
            lang: lang)
    }

    static func keyActorsTable(_ data: ReportData, _ w: ActorNet.Language) -> Node<HTML.BodyContext> {
        table(
            header: data.keyActorsHeader,
            rows: data.keyActors().enumerated().map { rank, i in
                let actor = data.network.actors[i]
                return [
                    .number(Double(rank + 1), digits: 0), .dataText(actor.name),
                    .dataText(actor.sector.label(data.language)), .dataText(actor.level.label(data.language)),
                    .number(data.centrality.value(.degree, i), digits: 0),
                    .number(data.centrality.value(.strength, i), digits: 2),
                    .number(data.centrality.value(.betweenness, i), digits: 3),
                    .number(data.centrality.value(.pagerank, i), digits: 3),
                ]
            }, lang: data.language)
    }

    static func brokersTable(_ data: ReportData, _ w: ActorNet.Language) -> Node<HTML.BodyContext> {
        let order = data.topBrokerage()
        return table(
            header: data.brokersHeader,
            rows: order.map { i in
                [.dataText(data.network.actors[i].name)]
                    + data.brokerage.counts[i].map { .number(Double($0), digits: 0) }
                    + [
                        .number(Double(data.brokerage.totals[i]), digits: 0),
                        .number(data.holes.constraint[i], digits: 3),
                        .number(data.holes.effectiveSize[i], digits: 2),
                    ]
            }, lang: data.language)
    }

    /// Horizontal bars: actors per sector, in the diagram colours.
    static func barChart(_ data: ReportData) -> Node<HTML.BodyContext> {
        let sectors = Sector.present(in: data.network)
        let counts = sectors.map { s in data.network.actors.filter { $0.sector == s }.count }
        let top = max(1, counts.max() ?? 1)
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "viewBox", value: "0 0 520 \(sectors.count * 26 + 8)"),
            .attribute(named: "role", value: "img"), .attribute(named: "class", value: "chart"),
        ]
        for (k, sector) in sectors.enumerated() {
            let y = 4 + k * 26
            let width = Int(300 * Double(counts[k]) / Double(top))
            nodes.append(svgText(x: 0, y: y + 16, sector.label(data.language)))
            nodes.append(
                .element(
                    named: "rect",
                    attributes: [
                        .attribute(named: "x", value: "170"), .attribute(named: "y", value: "\(y)"),
                        .attribute(named: "width", value: "\(max(1, width))"), .attribute(named: "height", value: "20"),
                        .attribute(named: "fill", value: DiagramStyle.fill(sector)),
                        .attribute(named: "stroke", value: "#333333"),
                    ]))
            nodes.append(svgText(x: 176 + width, y: y + 16, "\(counts[k])"))
        }
        return .element(named: "svg", nodes: nodes)
    }

    /// Group × group matrix as a heatmap with counts.
    static func heatmap(_ mixing: MixingResult, lang: ActorNet.Language) -> Node<HTML.BodyContext> {
        let names = mixing.groupNames.map { Sector(rawValue: $0)?.label(lang) ?? $0 }
        let k = names.count, cell = 56, left = 170, topMargin = 120
        let peak = max(1, mixing.matrix.flatMap { $0 }.max() ?? 1)
        var nodes: [Node<HTML.BodyContext>] = [
            .attribute(named: "viewBox", value: "0 0 \(left + k * cell + 10) \(topMargin + k * cell + 10)"),
            .attribute(named: "role", value: "img"), .attribute(named: "class", value: "chart heatmap"),
        ]
        for (j, name) in names.enumerated() {
            nodes.append(
                .element(
                    named: "text",
                    nodes: [
                        .attribute(
                            named: "transform",
                            value: "translate(\(left + j * cell + cell / 2),\(topMargin - 6)) rotate(-45)"),
                        .attribute(named: "font-size", value: "12"), .dataText(name),
                    ]))
        }
        for (i, name) in names.enumerated() {
            nodes.append(svgText(x: 0, y: topMargin + i * cell + cell / 2 + 4, name))
            for j in 0..<k {
                let value = mixing.matrix[i][j]
                let shade = 245 - Int(185 * Double(value) / Double(peak))
                nodes.append(
                    .element(
                        named: "rect",
                        attributes: [
                            .attribute(named: "x", value: "\(left + j * cell)"),
                            .attribute(named: "y", value: "\(topMargin + i * cell)"),
                            .attribute(named: "width", value: "\(cell - 2)"),
                            .attribute(named: "height", value: "\(cell - 2)"),
                            .attribute(named: "fill", value: "rgb(\(shade),\(shade + 5 > 255 ? 255 : shade + 5),255)"),
                        ]))
                nodes.append(
                    svgText(x: left + j * cell + cell / 2 - 6, y: topMargin + i * cell + cell / 2 + 4, "\(value)"))
            }
        }
        return .element(named: "svg", nodes: nodes)
    }

    static func svgText(x: Int, y: Int, _ text: String) -> Node<HTML.BodyContext> {
        .element(
            named: "text",
            nodes: [
                .attribute(named: "x", value: "\(x)"), .attribute(named: "y", value: "\(y)"),
                .attribute(named: "font-size", value: "13"), .dataText(text),
            ])
    }

    /// Graphviz's SVG without its XML declaration, DOCTYPE and comments, ready to sit inside the page.
    static func embeddable(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...]).replacing(#/<!--.*?-->/#.dotMatchesNewlines(), with: "")
    }

    static func composition(_ members: [Int], _ data: ReportData) -> String {
        Sector.allCases.compactMap { sector in
            let n = members.filter { data.network.actors[$0].sector == sector }.count
            return n > 0 ? "\(sector.label(data.language)) \(n)" : nil
        }.joined(separator: ", ")
    }

    static func name(_ id: String, _ data: ReportData) -> String {
        data.network.actors.first { $0.id == id }?.name ?? id
    }

    static func dateText(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: date)
    }

    /// On screen every figure is the column's width (they share one page setting, so one width gives one scale);
    /// its heading is kept for screen readers and the outline but not shown, since the diagram's own title says the
    /// same just below it.
    /// Printed, each figure takes an A4 landscape page of its own at its true size (the SVG is that page, margins
    /// included), with its caption in the page's bottom margin; text pages are A4 portrait.
    static let css = """
        body{font-family:Helvetica,Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 \
        1em;color:#222;line-height:1.4}
        h1{margin:.2em 0}h2{border-bottom:2px solid #0072B2;padding-bottom:.2em;margin-top:2em}
        .kicker{color:#0072B2;text-transform:uppercase;letter-spacing:.08em;font-size:.8em;margin:0}
        .meta{color:#555;margin:.2em 0}.missing{color:#8a1c00;font-weight:bold}.hint{color:#777;font-size:.85em}
        .summary{font-weight:bold}
        table{border-collapse:collapse;margin:1em 0;width:100%;font-size:.9em}
        th,td{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:left;vertical-align:top}
        th{background:#f2f6fa;cursor:pointer}td.num{text-align:right;font-variant-numeric:tabular-nums}
        td ul{margin:0;padding-left:1.1em}td.range{white-space:nowrap}
        figure.figure{margin:1.5em 0}figure.figure h3{position:absolute;width:1px;height:1px;overflow:hidden;\
        clip:rect(0 0 0 0)}figure.figure>svg{display:block;width:100%;height:auto;border:1px solid #ddd}\
        figure.interactive .an-view{height:auto;aspect-ratio:842/595;max-height:85vh}
        figcaption{color:#555;font-size:.9em;margin-top:.3em}
        details{margin:1em 0}summary{cursor:pointer;color:#0072B2;font-weight:bold}
        .chart{max-width:560px;display:block;margin:1em 0}
        @media print{@page{size:A4 portrait;margin:16mm 15mm}@page figure{size:A4 landscape;margin:0}
        body{margin:0;padding:0;max-width:none;font-size:10pt}\
        section{page-break-before:always}header+section,#diagrams{page-break-before:avoid}
        figure.figure{page:figure;break-before:page;break-after:page;margin:0}
        figure.figure>svg{width:297mm;height:210mm;border:0}
        figcaption{margin:-12mm 15mm 0;height:8mm;font-size:8pt}
        details:not([open]){display:none}
        th{cursor:auto}.hint{display:none}table{page-break-inside:auto}tr{page-break-inside:avoid}}
        """

    /// Click a header to sort; numbers by their data-value. Written without `<` or `&` so the page stays XML.
    static let script = """
        document.querySelectorAll('table.sortable th').forEach(function (th) {
          th.addEventListener('click', function () {
            var body = th.closest('table').tBodies[0];
            var index = Array.prototype.indexOf.call(th.parentNode.children, th);
            var ascending = th.getAttribute('data-order') !== 'asc';
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = a.cells[index].getAttribute('data-value') || a.cells[index].textContent;
              var y = b.cells[index].getAttribute('data-value') || b.cells[index].textContent;
              var nx = parseFloat(x), ny = parseFloat(y);
              var order = (isNaN(nx) || isNaN(ny)) ? x.localeCompare(y) : nx - ny;
              return ascending ? order : -order;
            });
            rows.forEach(function (row) { body.appendChild(row); });
            th.setAttribute('data-order', ascending ? 'asc' : 'desc');
          });
        });
        """
}
