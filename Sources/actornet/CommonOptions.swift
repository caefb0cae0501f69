import ActorNet
import ActorNetAnalysis
import ArgumentParser
import Foundation

/// `--format table|json` of `info` and the analysis verbs.
enum TableOrJSON: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

extension Grouping: ExpressibleByArgument {}

/// `--lang` of every verb: the language of tables, sentences and messages (`Language.resolve`'s rule).
struct LanguageOption: ParsableArguments {
    @Option(
        name: .long,
        help: """
            Language of the output and messages: es, en or pt (default: the network file's `language`, else \
            LC_ALL or LANG, else en).
            """)
    var lang: Language?

    /// Before a network is read (option errors, a file that cannot be read): --lang, else the environment.
    var beforeReading: Language { Language.resolve(option: lang, network: nil) }

    /// Once `network` is read: --lang, else its `language`, else the environment.
    func resolved(for network: Network) -> Language { Language.resolve(option: lang, network: network.language) }
}

/// The network a verb reads, and the language it speaks (`--lang`).
struct NetworkInput: ParsableArguments {
    @Argument(help: "Network file (.yaml, .yml, .json, .csv, .graphml, .gexf, .xlsx).")
    var file: String

    @Option(name: .long, help: "Actors CSV paired with a ties CSV.")
    var actors: String?

    @Option(name: .long, help: "The sheet holding the ties in an .xlsx workbook (default: found by its name).")
    var sheet: String?

    @OptionGroup var language: LanguageOption

    /// The analysis context of the loaded network (its resolved tie ends kept), made once per command.
    func analysis() throws -> NetworkAnalysis { NetworkAnalysis(try loaded()) }

    /// The validated network with its warnings printed (unless `showWarnings` is false) and its resolved tie ends.
    func loaded(showWarnings: Bool = true) throws -> LoadedNetwork {
        try loadNetwork(file, actors: actors, sheet: sheet, showWarnings: showWarnings, language: language.lang)
    }

    /// The language of the verb's output for the network read.
    func language(for network: Network) -> Language { language.resolved(for: network) }
}

/// `--by sector|level`.
struct GroupingOption: ParsableArguments {
    @Option(name: .long, help: "Groups: sector or level (default sector).")
    var by: Grouping = .sector

    /// Warns on stderr, in the verb's language, when more than 30 % of actors are unspecified in the grouping.
    func warnIfUnspecified(_ analysis: NetworkAnalysis, _ language: Language) {
        guard let warning = analysis.dataQuality.unspecifiedWarning(by, language) else { return }
        printError(language.text(.cliWarning, ["text": warning]))
    }
}

/// The analysis verbs' `--format table|json` (the language is `NetworkInput`'s `--lang`).
struct AnalysisOutputOptions: ParsableArguments {
    @Option(name: .long, help: "table or json.")
    var format: TableOrJSON = .table
}

/// Fixed-precision text for tables; "—" for nil.
func cellText(_ value: Double?, digits: Int = 3) -> String {
    guard let value else { return "—" }
    return String(format: "%.\(digits)f", value)
}
