import ActorNet

/// How actors are put into groups for brokerage and mixing: by sector or by territorial level.
public enum Grouping: String, Sendable, CaseIterable, Hashable, Encodable {
    case sector, level

    /// The groups present in `network` (vocabulary order) and each actor's group index among them.
    public func groups(of network: Network) -> ActorGroups {
        switch self {
        case .sector: ActorGroups(network.actors.map(\.sector))
        case .level: ActorGroups(network.actors.map(\.level))
        }
    }
}

/// Groups present and each actor's group: `names[membership[i]]` is actor i's group, by canonical English name.
public struct ActorGroups: Sendable, Equatable {
    /// Group index per actor.
    public var membership: [Int]
    /// Canonical names of the groups present, in vocabulary order.
    public var names: [String]

    /// Groups of `values` (one per actor): those present, in `allCases` order.
    public init<Value: CaseIterable & Equatable & RawRepresentable>(_ values: [Value]) where Value.RawValue == String {
        let present = Self.present(values)
        membership = values.map { value in present.firstIndex(of: value)! }
        names = present.map(\.rawValue)
    }

    /// The cases `values` holds, in `allCases` order.
    public static func present<Value: CaseIterable & Equatable>(_ values: [Value]) -> [Value] {
        Value.allCases.filter { values.contains($0) }
    }
}

extension Sector {
    /// The sectors `network`'s actors have, in vocabulary order.
    public static func present(in network: Network) -> [Sector] {
        ActorGroups.present(network.actors.map(\.sector))
    }
}

extension Level {
    /// The levels `network`'s actors have, in vocabulary order.
    public static func present(in network: Network) -> [Level] {
        ActorGroups.present(network.actors.map(\.level))
    }
}
