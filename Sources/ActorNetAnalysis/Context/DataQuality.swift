import ActorNet

/// How far a network's classification and shape can be trusted: actors of unspecified sector and level, isolates,
/// how actors were classified (`classified_by`, written by the IATI import), merged identities (`iati_merged`) and
/// what only the import knew (the network's `import` record: candidates left for review, pseudo-organisations and
/// publishers left out).
/// `info`, the report and the warnings of `mixing` and `brokers` read this one result.
public struct DataQuality: Sendable, Equatable {
    public var actors: Int
    public var unspecifiedSector: Int
    public var unspecifiedLevel: Int
    /// Actors in no tie.
    public var isolates: Int
    /// Actors per `classified_by` source; empty when no actor records one.
    public var classifiedBy: [String: Int]
    /// Actors that several raw identities folded into (`iati_merged`); nil unless the network is an IATI import
    /// (some actor records `classified_by` or `iati_merged`).
    public var mergedGroups: Int?
    /// The importer's record, when the network keeps one.
    public var importRecord: ImportRecord?

    /// Above this share of unspecified actors, groups by sector or level say little (issue 14, item 6).
    public static let unspecifiedWarningShare = 0.3

    public init(_ network: Network) {
        actors = network.actors.count
        unspecifiedSector = network.actors.filter { $0.sector == .unspecified }.count
        unspecifiedLevel = network.actors.filter { $0.level == .unspecified }.count
        var tied = Set<String>()
        for tie in network.ties {
            tied.insert(tie.from)
            tied.insert(tie.to)
        }
        isolates = network.actors.filter { !tied.contains($0.id) }.count
        var sources: [String: Int] = [:]
        var merged = 0
        var imported = false
        for actor in network.actors {
            if let source = actor.attributes["classified_by"] {
                sources[source, default: 0] += 1
                imported = true
            }
            if let identities = actor.attributes["iati_merged"] {
                imported = true
                if identities.contains(" | ") { merged += 1 }
            }
        }
        classifiedBy = sources
        mergedGroups = imported ? merged : nil
        importRecord = network.importRecord
    }

    /// The share (0…1) of actors unspecified in `grouping`; 0 for a network without actors.
    public func unspecifiedShare(_ grouping: Grouping) -> Double {
        guard actors > 0 else { return 0 }
        return Double(grouping == .sector ? unspecifiedSector : unspecifiedLevel) / Double(actors)
    }

    /// Whether groups by `grouping` leave out too many actors to be read without a warning.
    public func warnsUnspecified(_ grouping: Grouping) -> Bool {
        unspecifiedShare(grouping) > Self.unspecifiedWarningShare
    }

    /// Whether there is anything to say: an unspecified actor, an isolate or a record of the import.
    public var hasFindings: Bool {
        unspecifiedSector > 0 || unspecifiedLevel > 0 || isolates > 0 || !classifiedBy.isEmpty || mergedGroups != nil
            || importRecord != nil
    }

    /// Sources in the importer's order of evidence, any other after them by name.
    public var classifiedByInOrder: [(source: String, actors: Int)] {
        let known = IATIClassificationSource.allCases.map(\.rawValue)
        return classifiedBy.keys.sorted { a, b in
            let (i, j) = (known.firstIndex(of: a) ?? known.count, known.firstIndex(of: b) ?? known.count)
            return i != j ? i < j : a < b
        }.map { ($0, classifiedBy[$0]!) }
    }
}

/// `data_quality` of `info --format json`: actors, unspecified_sector, unspecified_sector_share,
/// unspecified_level, unspecified_level_share (0…1), isolates, classified_by {source: actors}, merged_groups
/// (null unless the network is an IATI import) and `import`, the importer's record (null unless the network keeps
/// one: importer, files, activities, activities_kept, merged_groups, candidate_groups,
/// pseudo_organisations_dropped, reporting_organisations_excluded, organisations_dropped).
extension DataQuality: Encodable {
    enum CodingKeys: String, CodingKey {
        case actors, isolates
        case unspecifiedSector = "unspecified_sector"
        case unspecifiedSectorShare = "unspecified_sector_share"
        case unspecifiedLevel = "unspecified_level"
        case unspecifiedLevelShare = "unspecified_level_share"
        case classifiedBy = "classified_by"
        case mergedGroups = "merged_groups"
        case importRecord = "import"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(actors, forKey: .actors)
        try container.encode(unspecifiedSector, forKey: .unspecifiedSector)
        try container.encodeMeasure(unspecifiedShare(.sector), forKey: .unspecifiedSectorShare)
        try container.encode(unspecifiedLevel, forKey: .unspecifiedLevel)
        try container.encodeMeasure(unspecifiedShare(.level), forKey: .unspecifiedLevelShare)
        try container.encode(isolates, forKey: .isolates)
        try container.encode(classifiedBy, forKey: .classifiedBy)
        try container.encode(mergedGroups, forKey: .mergedGroups)
        try container.encodeIfPresent(importRecord, forKey: .importRecord)
    }
}
