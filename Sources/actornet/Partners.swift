import ActorNet
import ActorNetAnalysis
import ArgumentParser
import Foundation

struct Partners: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Suggest complementary partners: pairs not yet tied whose offers meet each other's needs.",
        discussion: """
            score = capability·w_c + diversity·w_d + proximity·w_p (docs/measures/Partners.md), with reasons.
            Equal scores: more needs met for each other first, then the shorter path, then names.
            JSON: {"suggestions": [{"a", "b", "score", "capability", "diversity", "proximity", "reasons"}]};
            with --need: {"suggestions": [{"id", "score", "reasons"}]}. CSV: one row per suggestion, ids.

            --backtest --until YEAR ranks the pairs not yet tied in the network as it stood at the end of YEAR
            and checks which formed a tie later: precision and recall at --top, average precision, for this
            score and the structural baselines (common neighbours, Jaccard, Adamic–Adar, resource allocation,
            preferential attachment). JSON: {"until", "top", "candidates", "positives", "rankings": [{"ranking",
            "precision_at_k", "recall_at_k", "average_precision"}]}.

            Example:
              actornet partners Networks/chile.yaml --top 5 --lang es
              actornet partners Networks/peru.yaml --for fed-nativa --need funding --format json
              actornet partners Networks/usaid-bo.yaml --backtest --until 2012 --top 10
            """
    )

    @OptionGroup var input: NetworkInput
    @Option(name: .long, help: "table, json or csv.")
    var format: AnalyzeFormat = .table

    @Option(name: .long, help: "Only pairs with this actor.")
    var `for`: String?

    @Option(name: .long, help: "Rank actors offering this capability (e.g. funding, local-knowledge).")
    var need: String?

    @Option(name: .long, help: "How many suggestions (default 10).")
    var top: Int = 10

    @Flag(name: .long, help: "Also score pairs that are already tied.")
    var includeExisting = false

    @Option(name: .long, help: "Mix, e.g. capability=0.6,diversity=0.2,proximity=0.2.")
    var weights: String?

    @Flag(name: .long, help: "Test the suggestions against the ties formed after --until (dated networks).")
    var backtest = false

    @Option(name: .long, help: "With --backtest: the last year of the network ranked.")
    var until: Int?

    func parsedWeights() throws -> PartnerWeights {
        var result = PartnerWeights()
        guard let weights else { return result }
        for part in weights.split(separator: ",") {
            let pieces = part.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, let value = Double(pieces[1]), value >= 0, value.isFinite else {
                throw ValidationError(input.language.beforeReading.text(.cliWeightsSyntax))
            }
            switch foldKey(pieces[0]) {  // English, Spanish or Portuguese, accents optional
            case "capability", "capacidad", "capacidade": result.capability = value
            case "diversity", "diversidad", "diversidade": result.diversity = value
            case "proximity", "proximidad", "proximidade": result.proximity = value
            default: throw ValidationError(input.language.beforeReading.text(.cliUnknownWeight, ["name": pieces[0]]))
            }
        }
        if result.capability + result.diversity + result.proximity == 0 {
            throw ValidationError(input.language.beforeReading.text(.cliWeightsAllZero))
        }
        return result
    }

    func validate() throws {
        _ = try parsedWeights()
        let language = input.language.beforeReading
        if top < 1 {
            throw ValidationError(language.text(.cliWholeNumberAtLeastOne, ["option": "--top"]))
        }
        if backtest {
            guard until != nil else { throw ValidationError(language.text(.cliBacktestNeedsUntil)) }
            let window = input.window
            let excluded = [
                ("--for", `for` != nil), ("--need", need != nil), ("--include-existing", includeExisting),
                ("--at", window.at != nil), ("--from", window.from != nil), ("--to", window.to != nil),
            ]
            if let (option, _) = excluded.first(where: { $0.1 }) {
                throw ValidationError(language.text(.cliBacktestExcludes, ["option": option]))
            }
        } else if until != nil {
            throw ValidationError(language.text(.cliBacktestOnly, ["option": "--until"]))
        }
    }

    func run() throws {
        if backtest { return try runBacktest() }
        let analysis = try input.analysis()
        let network = analysis.network
        let language = input.language(for: network)
        if let focus = `for`, network.actorIndex[focus] == nil {
            printError(language.text(.cliForNamesNoActor, ["focus": focus]))
            throw Exit.usage
        }
        let weights = try parsedWeights()
        let index = network.actorIndex
        /// Tables show names; ids stay in the JSON.
        func name(_ id: String) -> String { index[id].map { network.actors[$0].name } ?? id }
        if let need {
            let providers = analysis.providers(need: need, for: `for`, weights: weights, collation: language)
                .prefix(top)
            if format == .json {
                try printJSON(["suggestions": providers.map { InLanguage($0, language.rawValue) }])
            } else if format == .csv {
                try printCSV(
                    header: ["id", "score", "reasons"],
                    rows: providers.map { p in
                        [p.id, String(p.score), p.reasons.map { $0.text(language) }.joined(separator: "; ")]
                    })
            } else {
                let headingKeys: [CatalogueKey] = [.analyzeRank, .tableActor, .partnersScore, .partnersReasons]
                var rows = [headingKeys.map { language.text($0) }]
                for (k, p) in providers.enumerated() {
                    rows.append([
                        String(k + 1), name(p.id), cellText(p.score),
                        p.reasons.map { $0.text(language) }.joined(separator: "; "),
                    ])
                }
                try printOutput(
                    input.windowHeading(language)
                        + (providers.isEmpty
                            ? language.text(.partnersNoProvider, ["need": need])
                            : alignedTable(rows, leftAligned: [1, 3])))
            }
            return
        }
        let suggestions = analysis.partners(
            for: `for`, includeExisting: includeExisting, weights: weights, limit: top, collation: language)
        if format == .json {
            try printJSON(["suggestions": suggestions.map { InLanguage($0, language.rawValue) }])
            return
        }
        if format == .csv {
            try printCSV(
                header: ["a", "b", "score", "capability", "diversity", "proximity", "reasons"],
                rows: suggestions.map { s in
                    [s.a, s.b] + [s.score, s.capability, s.diversity, s.proximity].map { String($0) }
                        + [s.reasons.map { $0.text(language) }.joined(separator: "; ")]
                })
            return
        }
        var out: [String] = []
        for (k, s) in suggestions.enumerated() {
            out.append(
                "\(k + 1). \(name(s.a)) + \(name(s.b))  \(language.text(.partnersScore)) \(cellText(s.score)) "
                    + "(\(language.text(.partnersCapability)) \(cellText(s.capability)), "
                    + "\(language.text(.partnersDiversity)) \(cellText(s.diversity)), "
                    + "\(language.text(.partnersProximity)) \(cellText(s.proximity)))")
            for reason in s.reasons { out.append("     - \(reason.text(language))") }
        }
        try printOutput(
            input.windowHeading(language)
                + (out.isEmpty ? language.text(.noUntiedPairToSuggest) : out.joined(separator: "\n")))
    }
}
