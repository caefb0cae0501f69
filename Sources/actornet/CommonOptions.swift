import ArgumentParser
import ActorNet
import ActorNetAnalysis
import Foundation

/// `--format table|json` of `info` and the analysis verbs.
enum TableOrJSON: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

extension Grouping: ExpressibleByArgument {}

/// The network a verb reads.
struct NetworkInput: ParsableArguments {
    @Argument(help: "Network file (.yaml, .yml, .json, .csv, .graphml).")
    var file: String

    @Option(name: .long, help: "Actors CSV paired with a ties CSV.")
    var actors: String?

    /// The analysis context of the loaded network (its resolved tie ends kept), made once per command.
    func analysis() throws -> NetworkAnalysis { NetworkAnalysis(try loaded()) }

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

/// The analysis verbs' `--format table|json` and `--lang es|en` (table headings and sentences).
struct AnalysisOutputOptions: ParsableArguments {
    @Option(name: .long, help: "table or json.")
    var format: TableOrJSON = .table

    @Option(name: .long, help: "Language of table headings and reasons: es or en (default en).")
    var lang: Language = .en

    var language: String { lang.rawValue }
    var spanish: Bool { lang == .es }
    func word(_ english: String, _ spanish: String) -> String { self.spanish ? spanish : english }
}

/// Fixed-precision text for tables; "—" for nil.
func cellText(_ value: Double?, digits: Int = 3) -> String {
    guard let value else { return "—" }
    return String(format: "%.\(digits)f", value)
}
