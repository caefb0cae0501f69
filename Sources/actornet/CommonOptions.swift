import ArgumentParser
import ActorNet
import Foundation

/// The network a verb reads.
struct NetworkInput: ParsableArguments {
    @Argument(help: "Network file (.yaml, .yml, .json, .csv, .graphml).")
    var file: String

    @Option(name: .long, help: "Actors CSV paired with a ties CSV.")
    var actors: String?

    func load() throws -> Network { try loaded().network }

    /// The validated network with its warnings printed (unless `showWarnings` is false) and its resolved tie ends.
    func loaded(showWarnings: Bool = true) throws -> LoadedNetwork {
        try loadNetwork(file, actors: actors, showWarnings: showWarnings)
    }
}

/// `--by sector|level`.
struct GroupingOption: ParsableArguments {
    @Option(name: .long, help: "Groups: sector or level (default sector).")
    var by: Grouping = .sector
}

/// `--format table|json` and `--lang es|en` (table headings and sentences).
struct ReportOptions: ParsableArguments {
    @Option(name: .long, help: "table or json.")
    var format: TableOrJSON = .table

    @Option(name: .long, help: "Language of table headings and reasons: es or en (default en).")
    var lang: Language = .en

    var language: String { lang.rawValue }
    var spanish: Bool { lang == .es }
    func word(_ english: String, _ spanish: String) -> String { self.spanish ? spanish : english }
}

enum Grouping: String, ExpressibleByArgument, CaseIterable { case sector, level }

/// Group index per actor and group names (canonical English), by sector or level, in vocabulary order.
func groups(_ network: Network, by grouping: Grouping) -> (membership: [Int], names: [String]) {
    switch grouping {
    case .sector:
        let present = Sector.allCases.filter { s in network.actors.contains { $0.sector == s } }
        return (network.actors.map { present.firstIndex(of: $0.sector)! }, present.map(\.rawValue))
    case .level:
        let present = Level.allCases.filter { l in network.actors.contains { $0.level == l } }
        return (network.actors.map { present.firstIndex(of: $0.level)! }, present.map(\.rawValue))
    }
}

/// JSON null for nil.
func jsonValue(_ value: Double?) -> Any { value.map { $0 as Any } ?? NSNull() }

/// Fixed-precision text for tables; "—" for nil.
func cellText(_ value: Double?, digits: Int = 3) -> String {
    guard let value else { return "—" }
    return String(format: "%.\(digits)f", value)
}
