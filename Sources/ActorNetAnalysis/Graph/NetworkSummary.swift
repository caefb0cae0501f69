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

    /// The summary of `network` (a one-line convenience over `NetworkAnalysis`).
    public init(_ network: Network) { self = NetworkAnalysis(network).summary }

    /// With the density and component count of its graph (`NetworkAnalysis.summary`).
    init(_ network: Network, density: Double, components: Int) {
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
        self.density = density
        self.components = components
    }
}
