import ActorNet
import ActorNetAnalysis

/// Headings and sentences the HTML page and the Markdown text share, so that both say the same thing.
extension ReportData {
    /// How the key actors are ranked, and how many are shown of how many ranked.
    var keyActorsIntro: String {
        language.text(.reportKeyActorsIntro, ["shown": keyActors().count, "ranked": keyActorRanking().count])
    }

    /// Rank, actor, sector, level, then each measure with its range.
    var keyActorsHeader: [String] {
        let w = language
        return [
            w.text(.reportRank), w.text(.reportActor), w.text(.reportSector), w.text(.reportLevel),
            IndicatorRange.whole(0, largestDegree).label(w.text(.reportDegree), w),
            IndicatorRange.atLeastZero.label(w.text(.reportStrength), w),
            IndicatorRange.unit.label(w.text(.reportBetweenness), w),
            IndicatorRange.unit.label(w.text(.reportPageRank), w),
        ]
    }

    var brokersHeader: [String] {
        let w = language
        return [w.text(.reportActor)] + Self.roleKeys.map { w.text($0) } + [
            w.text(.reportTotal), IndicatorRange.atLeastZero.label(w.text(.reportConstraint), w),
            IndicatorRange.atLeastZero.label(w.text(.reportEffectiveSize), w),
        ]
    }

    var profileHeader: [String] {
        let w = language
        return [
            w.text(.reportQualityColumn), w.text(.reportIndicator), IndicatorRange.unit.label(w.text(.reportValue), w),
            w.text(.reportReading),
        ]
    }

    /// The introduction, then the modularity with its range.
    var communitiesIntro: String {
        let w = language
        return w.text(.reportCommunitiesIntro) + " "
            + IndicatorRange.modularity.label(w.text(.reportModularity), w) + ": "
            + formatted(communities.modularity, language: w) + "."
    }

    /// Indicator, value, range, meaning: the network as a whole.
    var networkIndicatorsHeader: [String] {
        let w = language
        return [w.text(.reportIndicator), w.text(.reportValue), w.text(.reportRange), w.text(.reportMeaning)]
    }

    /// Density, degree centralisation and components, each with its value, range and meaning.
    var networkIndicatorRows: [(name: String, value: Double?, digits: Int, range: String, meaning: String)] {
        let w = language
        return [
            (
                w.text(.reportDensity), summary.density, 3, IndicatorRange.unit.text(w),
                w.text(.reportDensityMeaning)
            ),
            (
                w.text(.reportDegreeCentralization), centrality.network("degree_centralization"), 3,
                IndicatorRange.unit.text(w), w.text(.reportDegreeCentralizationMeaning)
            ),
            (
                w.text(.reportComponents), Double(summary.components), 0,
                IndicatorRange.whole(min(1, network.actors.count), network.actors.count).text(w),
                w.text(.reportComponentsMeaning)
            ),
        ]
    }

    /// Criterion, projects that meet it, projects that miss it.
    var criteriaHeader: [String] {
        let w = language
        return [w.text(.reportCriterion), w.text(.reportProjectsMeeting), w.text(.reportProjectsMissing)]
    }

    /// "4 of 5 projects meet every criterion of the definition."
    var projectSummaryHeadline: String {
        language.count(.reportProjectsMeetAll, projectSummary.meetingAll, ["total": projectSummary.projects])
    }

    /// A sentence for each criterion of recorded data that no project has, then how many projects meet the
    /// criteria the file does record; empty when the file records both.
    var projectSummaryNotes: [String] {
        let w = language, summary = projectSummary
        guard !summary.unrecorded.isEmpty else { return [] }
        return summary.unrecorded.map { criterion in
            w.text(
                criterion == .contributions
                    ? .reportProjectsNoContributionsRecorded : .reportProjectsNoAgreementRecorded)
        } + [w.count(.reportProjectsMeetRecorded, summary.meetingRecorded, ["total": summary.projects])]
    }

    /// The per-project table's heading.
    var projectsTableHeader: [String] {
        let w = language
        return [
            w.text(.reportProject), w.text(.reportActors), w.text(.reportSectors), w.text(.reportLevels),
            w.text(.reportContributions), w.text(.reportAgreement), w.text(.reportMissingCriteria),
        ]
    }

    /// One project's row: counts as numbers, then words (the criteria it misses, or "—").
    func projectRow(_ p: ProjectAssessment) -> (counts: [Int], words: [String]) {
        let w = language
        let missed = p.missedCriteria.map { w.text($0.nameKey) }
        return (
            [p.actors.count, p.sectors.count, p.levels.count],
            [
                p.contributionTypes.isEmpty
                    ? "—" : p.contributionTypes.map { w.contribution($0) }.joined(separator: ", "),
                p.hasAgreement ? w.text(.wordYes) : w.text(.wordNo),
                missed.isEmpty ? "—" : missed.joined(separator: "; "),
            ]
        )
    }
}
