/// What `brokers` shows: each actor's Gould–Fernandez roles (groups by `by`) with Burt's structural holes, and the
/// whole network's brokerage.
public struct BrokersResult: Sendable {
    public var by: Grouping
    /// Actor ids, in file order.
    public var ids: [String]
    public var roles: BrokerageRoles
    public var holes: StructuralHoles
}

/// JSON: {"by", "actors": [{"id", role: count…, "total", "z": {role: value…, "total"}, "constraint",
/// "effective_size", "efficiency"}], "network": {role: count…, "total", "expected": {…}, "sd": {…}, "z": {…}}}.
extension BrokersResult: Encodable {
    enum CodingKeys: String, CodingKey { case by, actors, network }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(by, forKey: .by)
        try container.encode(ids.indices.map { ActorRow(result: self, actor: $0) }, forKey: .actors)
        try container.encode(NetworkRow(whole: roles.network), forKey: .network)
    }

    static let totalKeys = BrokerageRoles.roles + ["total"]

    /// One actor: id, role counts, total, z per role, and the structural holes.
    struct ActorRow: Encodable {
        let result: BrokersResult
        let actor: Int

        func encode(to encoder: any Encoder) throws {
            var row = encoder.container(keyedBy: NamedKey.self)
            let i = actor, roles = result.roles, holes = result.holes
            try row.encode(result.ids[i], forKey: NamedKey("id"))
            for (k, role) in BrokerageRoles.roles.enumerated() {
                try row.encode(roles.counts[i][k], forKey: NamedKey(role))
            }
            try row.encode(roles.totals[i], forKey: NamedKey("total"))
            try row.encode(NamedMeasures(names: BrokersResult.totalKeys, values: roles.z[i]), forKey: NamedKey("z"))
            try row.encodeMeasure(holes.constraint[i], forKey: NamedKey("constraint"))
            try row.encodeMeasure(holes.effectiveSize[i], forKey: NamedKey("effective_size"))
            try row.encodeMeasure(holes.efficiency[i], forKey: NamedKey("efficiency"))
        }
    }

    /// The whole network: counts per role and total, with their expected values, deviations and z-scores.
    struct NetworkRow: Encodable {
        let whole: NetworkBrokerage

        func encode(to encoder: any Encoder) throws {
            var row = encoder.container(keyedBy: NamedKey.self)
            let keys = BrokersResult.totalKeys
            for (key, count) in zip(keys, whole.counts) { try row.encode(count, forKey: NamedKey(key)) }
            try row.encode(NamedMeasures(names: keys, values: whole.expected), forKey: NamedKey("expected"))
            try row.encode(NamedMeasures(names: keys, values: whole.standardDeviation), forKey: NamedKey("sd"))
            try row.encode(NamedMeasures(names: keys, values: whole.z), forKey: NamedKey("z"))
        }
    }
}
