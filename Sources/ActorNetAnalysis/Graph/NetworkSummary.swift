import ActorNet

/// What `actornet info` reports: composition by sector × level, ties by kind, density and components.
public struct NetworkSummary: Sendable, Equatable {
    public var name: String
    public var actors: Int
    public var ties: Int
    public var projects: Int
    /// sector → level → number of actors; every sector and level present, zeros included.
    public var sectorLevel: [Sector: [Level: Int]]
    public var tiesByKind: [TieKind: Int]
    public var density: Double
    public var components: Int

    public init(_ network: Network) {
        name = network.name
        actors = network.actors.count
        ties = network.ties.count
        projects = network.projects.count
        var table: [Sector: [Level: Int]] = [:]
        for sector in Sector.allCases {
            table[sector] = Dictionary(uniqueKeysWithValues: Level.allCases.map { ($0, 0) })
        }
        for actor in network.actors { table[actor.sector]![actor.level]! += 1 }
        sectorLevel = table
        tiesByKind = Dictionary(grouping: network.ties, by: \.kind).mapValues(\.count)
        let graph = CompactGraph(network, weighted: false)
        density = graph.density
        components = graph.components().count
    }
}
