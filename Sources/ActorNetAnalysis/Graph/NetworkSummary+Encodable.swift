import ActorNet

/// The summary's JSON: name, actors, ties, projects, sector_level {sector: {level: count}} (every sector and
/// level), ties_by_kind {kind: count} (every kind), density, components; canonical English names as keys.
extension NetworkSummary: Encodable {
    public func encode(to encoder: any Encoder) throws {
        try NetworkInfo(summary: self, warnings: nil).encode(to: encoder)
    }
}

/// What `info --format json` shows: the summary, the data quality and the warnings of loading the file.
public struct NetworkInfo: Sendable, Encodable {
    public var summary: NetworkSummary
    /// nil: no `warnings` key.
    public var warnings: [String]?
    /// nil: no `data_quality` key.
    public var dataQuality: DataQuality?

    public init(summary: NetworkSummary, warnings: [String]?, dataQuality: DataQuality? = nil) {
        self.summary = summary
        self.warnings = warnings
        self.dataQuality = dataQuality
    }

    enum CodingKeys: String, CodingKey {
        case name, actors, ties, projects, density, components, warnings
        case sectorLevel = "sector_level"
        case tiesByKind = "ties_by_kind"
        case dataQuality = "data_quality"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(summary.name, forKey: .name)
        try container.encode(summary.actors, forKey: .actors)
        try container.encode(summary.ties, forKey: .ties)
        try container.encode(summary.projects, forKey: .projects)
        var table: [String: [String: Int]] = [:]
        for sector in Sector.allCases {
            var row: [String: Int] = [:]
            for level in Level.allCases { row[level.rawValue] = summary.sectorLevel[sector]?[level] ?? 0 }
            table[sector.rawValue] = row
        }
        try container.encode(table, forKey: .sectorLevel)
        var kinds: [String: Int] = [:]
        for kind in TieKind.allCases { kinds[kind.rawValue] = summary.tiesByKind[kind] ?? 0 }
        try container.encode(kinds, forKey: .tiesByKind)
        try container.encodeMeasure(summary.density, forKey: .density)
        try container.encode(summary.components, forKey: .components)
        if let warnings { try container.encode(warnings, forKey: .warnings) }
        try container.encodeIfPresent(dataQuality, forKey: .dataQuality)
    }
}
