import ActorNet
import Foundation

/// The data-quality facts in words, for `info` and the report; the warning of `mixing` and `brokers`.
extension DataQuality {
    /// One line each: unspecified sector and level, isolates, then (when recorded) classification sources, merged
    /// groups and the import's record.
    public func lines(_ language: Language) -> [String] {
        func percent(_ grouping: Grouping) -> String { String(format: "%.0f", 100 * unspecifiedShare(grouping)) }
        var lines = [
            language.text(
                .qualityUnspecified,
                [
                    "sector": unspecifiedSector, "sectorShare": percent(.sector),
                    "level": unspecifiedLevel, "levelShare": percent(.level), "actors": actors,
                ]),
            language.count(.qualityIsolates, isolates),
        ]
        if !classifiedBy.isEmpty {
            let sources = classifiedByInOrder.map { "\($0.source) \($0.actors)" }.joined(separator: ", ")
            lines.append(language.text(.qualityClassifiedBy, ["sources": sources]))
        }
        if let mergedGroups { lines.append(language.count(.qualityMergedGroups, mergedGroups)) }
        if let record = importRecord { lines += importLines(record, language) }
        return lines
    }

    /// What only the import knew: the files and activities, the candidates it left for review and the
    /// pseudo-organisations dropped, and (when any) the organisations left out by option.
    private func importLines(_ record: ImportRecord, _ language: Language) -> [String] {
        var lines = [
            language.text(
                .qualityImportFiles,
                [
                    "importer": record.importer.uppercased(), "files": record.files.joined(separator: ", "),
                    "activities": record.activities, "kept": record.activitiesKept,
                ]),
            language.text(
                .qualityImportReview,
                ["candidates": record.candidateGroups, "pseudo": record.pseudoOrganisationsDropped]),
        ]
        if record.reportingOrganisationsExcluded > 0 || record.organisationsDropped > 0 {
            lines.append(
                language.text(
                    .qualityImportLeftOut,
                    ["reporting": record.reportingOrganisationsExcluded, "dropped": record.organisationsDropped]))
        }
        return lines
    }

    /// The warning for groups by `grouping` when more than 30 % of actors are unspecified in it, else nil.
    public func unspecifiedWarning(_ grouping: Grouping, _ language: Language) -> String? {
        guard warnsUnspecified(grouping) else { return nil }
        let values: KeyValuePairs<String, any CustomStringConvertible> = [
            "share": String(format: "%.0f", 100 * unspecifiedShare(grouping)),
            "count": grouping == .sector ? unspecifiedSector : unspecifiedLevel, "actors": actors,
        ]
        return language.text(grouping == .sector ? .qualityWarningSector : .qualityWarningLevel, values)
    }
}
