/// What an importer knew when it made a network and the network cannot tell later: the files it read, and what
/// it merged, left for review or left out (docs/network-format.md, "Import"). Counts only, no date: importing the
/// same files again gives the same record. The `data_quality` of `info` and the report read it.
public struct ImportRecord: Sendable, Hashable, Codable {
    /// The importer that made the network: `iati`.
    public var importer: String
    /// The files read, by name (no folder).
    public var files: [String]
    /// Activities read, and kept (after `--country`).
    public var activities: Int
    public var activitiesKept: Int
    /// Actors that several raw identities (refs, names) folded into.
    public var mergedGroups: Int
    /// Groups of likely duplicates left for a person to review (`--duplicates`).
    public var candidateGroups: Int
    /// Mentions of pseudo-organisations ("Name Withheld", "Unspecified"…) left out.
    public var pseudoOrganisationsDropped: Int
    /// Reporting organisations left out by `--exclude-reporting-org`.
    public var reportingOrganisationsExcluded: Int
    /// Organisations left out by `--drop`.
    public var organisationsDropped: Int

    public init(
        importer: String, files: [String] = [], activities: Int = 0, activitiesKept: Int = 0, mergedGroups: Int = 0,
        candidateGroups: Int = 0, pseudoOrganisationsDropped: Int = 0, reportingOrganisationsExcluded: Int = 0,
        organisationsDropped: Int = 0
    ) {
        self.importer = importer
        self.files = files
        self.activities = activities
        self.activitiesKept = activitiesKept
        self.mergedGroups = mergedGroups
        self.candidateGroups = candidateGroups
        self.pseudoOrganisationsDropped = pseudoOrganisationsDropped
        self.reportingOrganisationsExcluded = reportingOrganisationsExcluded
        self.organisationsDropped = organisationsDropped
    }

    /// The file keys, in the order files write them.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case importer, files, activities
        case activitiesKept = "activities_kept"
        case mergedGroups = "merged_groups"
        case candidateGroups = "candidate_groups"
        case pseudoOrganisationsDropped = "pseudo_organisations_dropped"
        case reportingOrganisationsExcluded = "reporting_organisations_excluded"
        case organisationsDropped = "organisations_dropped"
    }

    /// The counts under their file keys, in order.
    var counts: [(key: CodingKeys, value: Int)] {
        [
            (.activities, activities), (.activitiesKept, activitiesKept), (.mergedGroups, mergedGroups),
            (.candidateGroups, candidateGroups), (.pseudoOrganisationsDropped, pseudoOrganisationsDropped),
            (.reportingOrganisationsExcluded, reportingOrganisationsExcluded),
            (.organisationsDropped, organisationsDropped),
        ]
    }

    /// Sets the count under a file key.
    mutating func setCount(_ key: CodingKeys, _ value: Int) {
        switch key {
        case .activities: activities = value
        case .activitiesKept: activitiesKept = value
        case .mergedGroups: mergedGroups = value
        case .candidateGroups: candidateGroups = value
        case .pseudoOrganisationsDropped: pseudoOrganisationsDropped = value
        case .reportingOrganisationsExcluded: reportingOrganisationsExcluded = value
        case .organisationsDropped: organisationsDropped = value
        case .importer, .files: break
        }
    }
}
