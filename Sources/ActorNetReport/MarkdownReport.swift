import ActorNet
import ActorNetAnalysis
import Foundation

/// The report as Markdown, with the same sections as the HTML page; diagrams are separate SVG files beside it.
public enum MarkdownReport {
    /// The Markdown text and the diagram files it links (`<stem>-<name>.svg`).
    public static func render(_ data: ReportData, stem: String) -> (text: String, files: [(name: String, svg: String)])
    {
        let w = data.language
        let lang = data.language
        let network = data.network
        var out = "# \(escape(network.name))\n\n*\(w.text(.reportTitle))*\n\n"
        if let description = network.description { out += escape(description) + "\n\n" }
        out += data.countsLine + "\n\n"
        if let source = network.source { out += "\(w.text(.reportSource)): \(escape(source))\n\n" }
        out += "\(w.text(.reportGenerated)): \(HTMLReport.dateText(data.generated)) · actornet\n\n"
        for note in data.notes { out += "> \(escape(note))\n\n" }

        out += "## \(w.text(.reportComposition))\n\n\(w.text(.reportCompositionIntro))\n\n"
        let levels = Level.present(in: network)
        let sectors = Sector.present(in: network)
        out += table(
            [w.text(.reportSectorLevel)] + levels.map { $0.label(lang) } + [w.text(.reportTotal)],
            sectors.map { sector in
                [sector.label(lang)] + levels.map { String(data.summary.sectorLevel[sector]![$0]!) } + [
                    String(data.summary.sectorLevel[sector]!.values.reduce(0, +))
                ]
            })
        out += table(
            [w.text(.reportTieKind), w.text(.reportCount)],
            TieKind.allCases.compactMap { kind in
                data.summary.tiesByKind[kind].map { [kind.label(lang), String($0)] }
            })
        out += "### \(w.text(.reportNetworkIndicators))\n\n"
        out += table(
            data.networkIndicatorsHeader,
            data.networkIndicatorRows.map { row in
                [row.name, formatted(row.value, digits: row.digits, language: lang), row.range, row.meaning]
            })

        out += "## \(w.text(.qualityHeading))\n\n\(escape(w.text(.reportDataQualityIntro)))\n\n"
        out += table(
            [w.text(.reportIndicator), w.text(.reportValue), w.text(.reportRange), w.text(.reportMeaning)],
            data.dataQualityRows().map { [$0.name, $0.value, $0.range, $0.meaning] })

        out += "## \(w.text(.reportDiagrams))\n\n\(escape(w.text(.reportDiagramsIntro)))\n\n"
        var files: [(String, String)] = []
        for figure in data.diagrams {
            let name = "\(stem)-\(figure.file)"
            files.append((name, figure.svg))
            out += "### \(escape(figure.title))\n\n![\(escape(figure.title))](\(linkTarget(name)))\n\n"
            if figure.captionedIsolates > 0 {
                out += "*\(escape(w.count(.reportFigureIsolatesLeftOut, figure.captionedIsolates)))*\n\n"
            }
        }
        for missing in data.diagramsLeftOut { out += "> **\(escape(missing))**\n\n" }

        out += "## \(w.text(.reportKeyActors))\n\n\(escape(data.keyActorsIntro))\n\n"
        out += table(
            data.keyActorsHeader,
            data.keyActors().enumerated().map { rank, i in
                let a = network.actors[i]
                return [
                    String(rank + 1), a.name, a.sector.label(lang), a.level.label(lang),
                    formatted(data.centrality.value(.degree, i), digits: 0, language: lang),
                    formatted(data.centrality.value(.strength, i), digits: 2, language: lang),
                    formatted(data.centrality.value(.betweenness, i), language: lang),
                    formatted(data.centrality.value(.pagerank, i), language: lang),
                ]
            })

        out += "## \(w.text(.reportBrokers))\n\n\(escape(w.text(.reportBrokersIntro)))\n\n"
        out += table(
            data.brokersHeader,
            data.topBrokerage().map { i in
                [network.actors[i].name] + data.brokerage.counts[i].map(String.init) + [
                    String(data.brokerage.totals[i]),
                    formatted(data.holes.constraint[i], language: lang),
                    formatted(data.holes.effectiveSize[i], digits: 2, language: lang),
                ]
            })

        out += "## \(w.text(.reportMixing))\n\n\(escape(w.text(.reportMixingIntro)))\n\n"
        out += table(
            [
                "", IndicatorRange.signedUnit.label(w.text(.reportEIIndex), w),
                IndicatorRange.signedUnit.label(w.text(.reportAssortativity), w),
            ],
            [
                [
                    w.text(.reportBySector), formatted(data.mixingBySector.eiIndex, digits: 2, language: lang),
                    formatted(data.mixingBySector.assortativity, digits: 2, language: lang),
                ],
                [
                    w.text(.reportByLevel), formatted(data.mixingByLevel.eiIndex, digits: 2, language: lang),
                    formatted(data.mixingByLevel.assortativity, digits: 2, language: lang),
                ],
            ])
        let groupNames = data.mixingBySector.groupNames.map { Sector(rawValue: $0)?.label(lang) ?? $0 }
        out +=
            "### \(w.text(.reportMatrix))\n\n"
            + table(
                [""] + groupNames,
                groupNames.indices.map { i in [groupNames[i]] + data.mixingBySector.matrix[i].map(String.init) })

        out += "## \(w.text(.reportCommunities))\n\n\(escape(data.communitiesIntro))\n\n"
        out += table(
            [w.text(.reportCommunity), w.text(.reportActors), w.text(.reportSector), w.text(.reportMembers)],
            data.communities.communities.enumerated().map { k, members in
                [
                    String(k + 1), String(members.count), HTMLReport.composition(members, data),
                    members.map { network.actors[$0].name }.joined(separator: "; "),
                ]
            })

        out += "## \(w.text(.reportPartners))\n\n\(escape(w.text(.reportPartnersIntro)))\n\n"
        if data.partners.isEmpty { out += w.text(.noUntiedPairToSuggest) + "\n\n" }
        let score = IndicatorRange.unit.label(w.text(.reportScore), w)
        for (k, s) in data.partners.enumerated() {
            out +=
                "\(k + 1). **\(escape(HTMLReport.name(s.a, data))) + \(escape(HTMLReport.name(s.b, data)))** — "
                + "\(escape(score)) \(formatted(s.score, digits: 2, language: lang))\n"
            for reason in s.reasons { out += "    - \(escape(reason.text(lang)))\n" }
        }
        out += "\n" + projectsSection(data) + timelineSection(data)
        out += "## \(w.text(.reportQuality))\n\n\(escape(w.text(.reportQualityIntro)))\n\n"
        out += table(
            data.profileHeader,
            data.profile.map {
                [
                    $0.quality.name(w), $0.kind.name(w), formatted($0.value, digits: 2, language: lang),
                    $0.reading.text(lang),
                ]
            })
        out +=
            "## \(w.text(.reportMethods))\n\n"
            + ReportData.methodKeys.map { w.text($0) }.map { "- " + escape($0) }.joined(separator: "\n") + "\n"
        return (out, files)
    }

    /// The projects: the summary (how many meet the definition, how many miss each criterion), then every project
    /// in a subsection of its own, after the summary (HTML folds it away; Markdown cannot).
    static func projectsSection(_ data: ReportData) -> String {
        let w = data.language
        var out = "## \(w.text(.reportProjectsHeading))\n\n\(escape(w.text(.reportProjectsIntro)))\n\n"
        guard !data.projects.isEmpty else { return out + w.text(.networkHasNoProjects) + "\n\n" }
        let summary = data.projectSummary
        out += "**\(escape(data.projectSummaryHeadline))**\n\n"
        out += data.projectSummaryNotes.map { escape($0) + "\n\n" }.joined()
        out += table(
            data.criteriaHeader,
            CooperationCriterion.allCases.map { criterion in
                let missing = summary.missing[criterion] ?? 0
                return [w.text(criterion.nameKey), String(summary.projects - missing), String(missing)]
            })
        out += "### \(escape(w.count(.reportProjectsTable, data.projects.count)))\n\n"
        out += table(
            data.projectsTableHeader,
            data.projects.map { p in
                let row = data.projectRow(p)
                return [p.name] + row.counts.map(String.init) + row.words
            })
        return out
    }

    /// A relative link to a file beside the report: every byte but ASCII letters, digits and `-._~` percent-encoded,
    /// so a stem with spaces or parentheses still links (`my (1)-network.svg` → `my%20%281%29-network.svg`).
    static func linkTarget(_ name: String) -> String {
        var out = ""
        for byte in name.utf8 {
            let unreserved =
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte)
                || (0x61...0x7A).contains(byte) || "-._~".utf8.contains(byte)
            if unreserved {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += byte < 0x10 ? "%0" : "%"
                out += String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }

    static func table(_ header: [String], _ rows: [[String]]) -> String {
        // Inside a table cell nothing starts a block: `-0.25` stays as it is.
        func cell(_ text: String) -> String { ReportText.markdown(text, blockStart: false) }
        var out =
            "| " + header.map(cell).joined(separator: " | ") + " |\n|"
            + header.map { _ in "---|" }.joined() + "\n"
        for row in rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
        return out + "\n"
    }

    /// Text made inert for Markdown (`ReportText.markdown`): metacharacters backslash-escaped, not entities.
    static func escape(_ text: String) -> String { ReportText.markdown(text) }
}
