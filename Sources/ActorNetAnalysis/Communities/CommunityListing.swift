/// What `communities` shows: the partition's modularity and each community's actor ids, largest first.
public struct CommunityListing: Sendable, Encodable {
    public var modularity: Double
    /// Actor ids per community, largest community first (ties by first member).
    public var communities: [[String]]

    public init(_ result: CommunityResult, ids: [String]) {
        modularity = result.modularity
        communities = result.communities.map { $0.map { ids[$0] } }
    }

    enum CodingKeys: String, CodingKey { case modularity, communities }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeMeasure(modularity, forKey: .modularity)
        try container.encode(communities, forKey: .communities)
    }
}
