import ActorNet

/// `info --format json`: name, actors, ties, projects, sector_level {sector: {level: count}} (every sector and
/// level), ties_by_kind {kind: count} (every kind), density, components; canonical English names as keys.
extension NetworkSummary: Encodable {
    enum CodingKeys: String, CodingKey {
        case name, actors, ties, projects, density, components
        case sectorLevel = "sector_level", tiesByKind = "ties_by_kind"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(actors, forKey: .actors)
        try container.encode(ties, forKey: .ties)
        try container.encode(projects, forKey: .projects)
        var table = container.nestedContainer(keyedBy: NamedKey.self, forKey: .sectorLevel)
        for sector in Sector.allCases {
            var row = table.nestedContainer(keyedBy: NamedKey.self, forKey: NamedKey(sector.rawValue))
            for level in Level.allCases {
                try row.encode(sectorLevel[sector]?[level] ?? 0, forKey: NamedKey(level.rawValue))
            }
        }
        var kinds = container.nestedContainer(keyedBy: NamedKey.self, forKey: .tiesByKind)
        for kind in TieKind.allCases { try kinds.encode(tiesByKind[kind] ?? 0, forKey: NamedKey(kind.rawValue)) }
        try container.encodeMeasure(density, forKey: .density)
        try container.encode(components, forKey: .components)
    }
}
