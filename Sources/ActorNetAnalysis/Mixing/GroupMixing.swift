/// What `mixing` shows: the mixing of the groups by `by`, with the actors' ids.
public struct GroupMixing: Sendable {
    public var by: Grouping
    /// Actor ids, in file order.
    public var ids: [String]
    public var mixing: MixingResult
}

/// JSON: {"by", "ei_index", "assortativity", "groups": [{"group", "internal", "external", "ei_index"}],
/// "matrix": {group: {group: ties}}, "actors": [{"id", "internal", "external", "ei_index"}]}.
extension GroupMixing: Encodable {
    enum CodingKeys: String, CodingKey {
        case by, assortativity, groups, matrix, actors
        case eiIndex = "ei_index"
    }

    enum RowKeys: String, CodingKey {
        case group, id, `internal`, external
        case eiIndex = "ei_index"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(by, forKey: .by)
        try container.encodeMeasure(mixing.eiIndex, forKey: .eiIndex)
        try container.encodeMeasure(mixing.assortativity, forKey: .assortativity)
        let names = mixing.groupNames
        var groups = container.nestedUnkeyedContainer(forKey: .groups)
        for g in names.indices {
            var row = groups.nestedContainer(keyedBy: RowKeys.self)
            try row.encode(names[g], forKey: .group)
            try row.encode(mixing.internalTies[g], forKey: .internal)
            try row.encode(mixing.externalTies[g], forKey: .external)
            try row.encodeMeasure(mixing.groupEI[g], forKey: .eiIndex)
        }
        var matrix = container.nestedContainer(keyedBy: NamedKey.self, forKey: .matrix)
        for (g, name) in names.enumerated() {
            var row = matrix.nestedContainer(keyedBy: NamedKey.self, forKey: NamedKey(name))
            for (h, other) in names.enumerated() { try row.encode(mixing.matrix[g][h], forKey: NamedKey(other)) }
        }
        var actors = container.nestedUnkeyedContainer(forKey: .actors)
        for i in ids.indices {
            var row = actors.nestedContainer(keyedBy: RowKeys.self)
            try row.encode(ids[i], forKey: .id)
            try row.encode(mixing.actorInternal[i], forKey: .internal)
            try row.encode(mixing.actorExternal[i], forKey: .external)
            try row.encodeMeasure(mixing.actorEI[i], forKey: .eiIndex)
        }
    }
}
