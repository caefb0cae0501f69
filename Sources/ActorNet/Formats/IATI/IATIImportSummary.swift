/// Counts, warnings and data quality of an import (docs/iati-import.md, "Warnings and quality").
public struct IATIImportSummary: Sendable {
    public var activities = 0
    public var keptActivities = 0
    public var warnings: [CatalogueKey: Int] = [:]
    public var examples: [CatalogueKey: [String]] = [:]
    /// Pseudo-organisations left out ("Name Withheld", "Unspecified"…); `--keep-pseudo` keeps them.
    public var pseudoDropped = 0
    /// Mentions the aliases file dropped.
    public var droppedByAlias = 0
    /// Organisations left out by `--drop` or `--exclude-reporting-org`.
    public var dropped: [String] = []
    /// How many of them `--exclude-reporting-org` left out (a publisher named by `--drop` too counts as dropped).
    public var reportingExcluded = 0
    /// Reporting organisations that take part in no activity they report.
    public var secondaryPublishers: [String] = []
    public var actors = 0
    public var unspecifiedSector = 0
    public var unspecifiedLevel = 0
    /// Actors that several raw identities (refs, names) folded into.
    public var mergedGroups = 0
    /// Groups of likely duplicates left for review (`--duplicates`).
    public var candidateGroups = 0
    public var isolates = 0
    public var classifiedBy: [IATIClassificationSource: Int] = [:]

    mutating func warn(_ kind: CatalogueKey, _ example: String) {
        warnings[kind, default: 0] += 1
        var list = examples[kind] ?? []
        if list.count < 3, !example.isEmpty, !list.contains(example) { list.append(example) }
        examples[kind] = list
    }

    /// One line per warning kind, sorted by its text, with up to three examples.
    public func lines(_ language: Language) -> [String] {
        warnings.keys.map { kind -> (String, CatalogueKey) in (language.text(kind), kind) }.sorted { $0.0 < $1.0 }
            .map { text, kind in
                let examples = self.examples[kind] ?? []
                return "\(text): \(warnings[kind]!)"
                    + (examples.isEmpty
                        ? ""
                        : " ("
                            + language.text(.importExamples, ["examples": examples.joined(separator: "; ")]) + ")")
            }
    }

    /// The data-quality summary, one line each: unspecified shares, merged groups, candidates, pseudo-organisations
    /// dropped, isolates, and how actors were classified.
    public func qualityLines(_ language: Language) -> [String] {
        func share(_ count: Int) -> String {
            actors == 0 ? "0" : String(format: "%.0f", 100 * Double(count) / Double(actors))
        }
        let sources = IATIClassificationSource.allCases.compactMap { source in
            classifiedBy[source].map { "\(source.rawValue) \($0)" }
        }
        return [
            language.text(
                .importQualityUnspecified,
                [
                    "sector": unspecifiedSector, "sectorShare": share(unspecifiedSector),
                    "level": unspecifiedLevel, "levelShare": share(unspecifiedLevel),
                    "actors": actors,
                ]),
            language.text(
                .importQualityIdentity,
                [
                    "merged": mergedGroups, "candidates": candidateGroups,
                    "pseudo": pseudoDropped, "isolates": isolates,
                ]),
            language.text(.importQualityClassifiedBy, ["sources": sources.joined(separator: ", ")]),
        ]
    }
}
