import ActorNet

/// JSON: {"periods": [{"first", "last", "actors", "ties", "formed", "ended", "partnerships", "still_active_next",
/// "persistence"}], "partnerships", "still_active", "persistence", "by_sector_pair": [{"groups", "partnerships",
/// "still_active", "persistence"}], "by_level_pair": […], "dated_ties", "undated_ties"}; `null` where a share has
/// nothing to divide (the last period, a period without partnerships).
extension Timeline: Encodable {
    enum CodingKeys: String, CodingKey {
        case periods, partnerships, persistence
        case stillActive = "still_active"
        case bySectorPair = "by_sector_pair"
        case byLevelPair = "by_level_pair"
        case datedTies = "dated_ties"
        case undatedTies = "undated_ties"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(periods, forKey: .periods)
        try container.encode(partnerships, forKey: .partnerships)
        try container.encode(stillActive, forKey: .stillActive)
        try container.encodeMeasure(persistence, forKey: .persistence)
        try container.encode(bySectorPair, forKey: .bySectorPair)
        try container.encode(byLevelPair, forKey: .byLevelPair)
        try container.encode(datedTies, forKey: .datedTies)
        try container.encode(undatedTies, forKey: .undatedTies)
    }
}

extension TimelinePeriod: Encodable {
    enum CodingKeys: String, CodingKey {
        case first, last, actors, ties, formed, ended, partnerships, persistence
        case stillActiveNext = "still_active_next"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(first, forKey: .first)
        try container.encode(last, forKey: .last)
        try container.encode(actors, forKey: .actors)
        try container.encode(ties, forKey: .ties)
        try container.encode(formed, forKey: .formed)
        try container.encode(ended, forKey: .ended)
        try container.encode(partnerships, forKey: .partnerships)
        try container.encodeIfPresent(stillActiveNext, forKey: .stillActiveNext)
        try container.encodeMeasure(persistence, forKey: .persistence)
    }
}

extension PairPersistence: Encodable {
    enum CodingKeys: String, CodingKey {
        case groups, partnerships, persistence
        case stillActive = "still_active"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(groups, forKey: .groups)
        try container.encode(partnerships, forKey: .partnerships)
        try container.encode(stillActive, forKey: .stillActive)
        try container.encodeMeasure(persistence, forKey: .persistence)
    }
}
