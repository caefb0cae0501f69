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
        try container.encode(
            names.indices.map {
                Row(
                    group: names[$0], internal: mixing.internalTies[$0], external: mixing.externalTies[$0],
                    eiIndex: mixing.groupEI[$0])
            }, forKey: .groups)
        var matrix: [String: [String: Int]] = [:]
        for (g, name) in names.enumerated() {
            matrix[name] = Dictionary(uniqueKeysWithValues: names.indices.map { (names[$0], mixing.matrix[g][$0]) })
        }
        try container.encode(matrix, forKey: .matrix)
        try container.encode(
            ids.indices.map {
                Row(
                    id: ids[$0], internal: mixing.actorInternal[$0], external: mixing.actorExternal[$0],
                    eiIndex: mixing.actorEI[$0])
            }, forKey: .actors)
    }

    /// A group's or an actor's ties within and across groups.
    struct Row: Encodable {
        var group: String?
        var id: String?
        var `internal`: Int
        var external: Int
        var eiIndex: Double?

        func encode(to encoder: any Encoder) throws {
            var row = encoder.container(keyedBy: RowKeys.self)
            if let group { try row.encode(group, forKey: .group) }
            if let id { try row.encode(id, forKey: .id) }
            try row.encode(`internal`, forKey: .internal)
            try row.encode(external, forKey: .external)
            try row.encodeMeasure(eiIndex, forKey: .eiIndex)
        }
    }
}
