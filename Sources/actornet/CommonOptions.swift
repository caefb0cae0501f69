import ActorNet
import ActorNetAnalysis
import ArgumentParser
import Foundation
import Synchronization

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

    @OptionGroup var window: TimeWindowOptions

    /// The analysis context of the loaded network (its resolved tie ends kept), made once per command.
    func analysis() throws -> NetworkAnalysis { NetworkAnalysis(try loaded()) }

    /// The validated network with its warnings printed (unless `showWarnings` is false) and its resolved tie ends;
    /// with `--at`/`--from`/`--to`, as it stood in that window (`AppliedWindow.current` says what was kept).
    func loaded(showWarnings: Bool = true) throws -> LoadedNetwork {
        let whole = try loadNetwork(
            file, actors: actors, sheet: sheet, showWarnings: showWarnings, language: language.lang)
        guard let window = try window.window() else { return whole }
        let (loaded, restriction) = whole.restricted(to: window)
        AppliedWindow.current = restriction.summary
        return loaded
    }

    /// The heading line of a table (and a blank line) when a window was applied; empty otherwise.
    func windowHeading(_ language: Language) -> String {
        AppliedWindow.current.map { $0.heading(language) + "\n\n" } ?? ""
    }

    /// The language of the verb's output for the network read.
    func language(for network: Network) -> Language { language.resolved(for: network) }
}

/// `--at`, or `--from` and `--to`: analyse the network as it stood in a time window (`Network.restricted(to:)`).
struct TimeWindowOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Analyse the network as it stood in this year (or month, day: YYYY-MM, YYYY-MM-DD).", valueName: "year"))
    var at: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Analyse the network as it stood from this year on (with --to: in between); ties overlapping count.",
            valueName: "year"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Analyse the network as it stood until this year.", valueName: "year"))
    var to: String?

    func validate() throws { _ = try window() }

    /// The window asked for; nil without these options. Malformed dates, `--at` with `--from`/`--to`, and
    /// `--from` after `--to` are usage errors (exit 64).
    func window() throws -> TimeWindow? {
        let language = MessageLanguage.current
        func date(_ option: String, _ text: String?) throws -> PartialDate? {
            guard let text else { return nil }
            guard let date = PartialDate(parsing: text) else {
                throw ValidationError(language.text(.cliWindowDate, ["option": option, "value": text]))
            }
            return date
        }
        if at != nil, from != nil || to != nil { throw ValidationError(language.text(.cliWindowExclusive)) }
        if let at = try date("--at", at) { return TimeWindow(at: at) }
        let first = try date("--from", from), last = try date("--to", to)
        if let first, let last, first.firstDay > last.lastDay {
            throw ValidationError(language.text(.cliWindowReversed, ["from": first, "to": last]))
        }
        return first == nil && last == nil ? nil : TimeWindow(from: first, to: last)
    }
}

/// The window `NetworkInput.loaded` applied in this run, if any: JSON outputs carry it as `window`.
enum AppliedWindow {
    private static let value = Mutex<TimeWindowSummary?>(nil)

    static var current: TimeWindowSummary? {
        get { value.withLock { $0 } }
        set { value.withLock { $0 = newValue } }
    }
}

/// A verb's JSON object with the applied window added as `window` (nothing added without one).
struct WindowedJSON<Value: Encodable>: Encodable {
    var value: Value
    var window: TimeWindowSummary?

    enum CodingKeys: String, CodingKey { case window }

    func encode(to encoder: any Encoder) throws {
        try value.encode(to: encoder)
        guard let window else { return }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(window, forKey: .window)
    }
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
