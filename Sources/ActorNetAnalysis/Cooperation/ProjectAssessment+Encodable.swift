/// `projects --format json`, one object per project: id, name, actors (ids), sectors, levels (canonical names),
/// has_public, multi_actor, multi_level, lead_level (null without a lead), contribution_types, has_agreement.
extension ProjectAssessment: Encodable {
    enum CodingKeys: String, CodingKey {
        case id, name, actors, sectors, levels
        case hasPublic = "has_public"
        case multiActor = "multi_actor"
        case multiLevel = "multi_level"
        case leadLevel = "lead_level"
        case contributionTypes = "contribution_types"
        case hasAgreement = "has_agreement"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(actors, forKey: .actors)
        try container.encode(sectors.map(\.rawValue), forKey: .sectors)
        try container.encode(levels.map(\.rawValue), forKey: .levels)
        try container.encode(hasPublic, forKey: .hasPublic)
        try container.encode(multiActor, forKey: .multiActor)
        try container.encode(multiLevel, forKey: .multiLevel)
        try container.encode(leadLevel?.rawValue, forKey: .leadLevel)
        try container.encode(contributionTypes, forKey: .contributionTypes)
        try container.encode(hasAgreement, forKey: .hasAgreement)
    }
}
