/// `partners --backtest --format json`: {"until", "top", "candidates", "positives", "rankings": [{"ranking",
/// "precision_at_k", "recall_at_k", "average_precision"}]}, null where no candidate formed a tie.
extension PartnerBacktest: Encodable {
    enum CodingKeys: String, CodingKey { case until, top, candidates, positives, rankings }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(until, forKey: .until)
        try container.encode(top, forKey: .top)
        try container.encode(candidates, forKey: .candidates)
        try container.encode(positives, forKey: .positives)
        try container.encode(rows, forKey: .rankings)
    }
}

extension PartnerBacktest.Row: Encodable {
    enum CodingKeys: String, CodingKey {
        case ranking
        case precisionAtK = "precision_at_k"
        case recallAtK = "recall_at_k"
        case averagePrecision = "average_precision"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ranking.key, forKey: .ranking)
        try container.encodeMeasure(score?.precisionAtK, forKey: .precisionAtK)
        try container.encodeMeasure(score?.recallAtK, forKey: .recallAtK)
        try container.encodeMeasure(score?.averagePrecision, forKey: .averagePrecision)
    }
}

extension PartnerBacktest.Ranking {
    /// The ranking's key in JSON and CSV: `actornet`, a baseline's raw value, `random`.
    public var key: String {
        switch self {
        case .actornet: "actornet"
        case .baseline(let baseline): baseline.rawValue
        case .random: "random"
        }
    }
}
