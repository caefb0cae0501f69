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
        let roleNames = BrokerageRoles.roles, keys = roleNames + ["total"]
        var actors = container.nestedUnkeyedContainer(forKey: .actors)
        for i in ids.indices {
            var row = actors.nestedContainer(keyedBy: NamedKey.self)
            try row.encode(ids[i], forKey: NamedKey("id"))
            for (k, role) in roleNames.enumerated() { try row.encode(roles.counts[i][k], forKey: NamedKey(role)) }
            try row.encode(roles.totals[i], forKey: NamedKey("total"))
            try row.encodeObject(keys, roles.z[i], forKey: NamedKey("z"))
            try row.encodeMeasure(holes.constraint[i], forKey: NamedKey("constraint"))
            try row.encodeMeasure(holes.effectiveSize[i], forKey: NamedKey("effective_size"))
            try row.encodeMeasure(holes.efficiency[i], forKey: NamedKey("efficiency"))
        }
        var network = container.nestedContainer(keyedBy: NamedKey.self, forKey: .network)
        let whole = roles.network
        for (key, count) in zip(keys, whole.counts) { try network.encode(count, forKey: NamedKey(key)) }
        try network.encodeObject(keys, whole.expected, forKey: NamedKey("expected"))
        try network.encodeObject(keys, whole.standardDeviation, forKey: NamedKey("sd"))
        try network.encodeObject(keys, whole.z, forKey: NamedKey("z"))
    }
}
