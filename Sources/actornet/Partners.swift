import ArgumentParser
import ActorNet
import ActorNetAnalysis
import Foundation

struct Partners: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Suggest complementary partners: pairs not yet tied whose offers meet each other's needs.",
        discussion: """
            score = capability·w_c + diversity·w_d + proximity·w_p (docs/measures/Partners.md), with reasons.
            JSON: {"suggestions": [{"a", "b", "score", "capability", "diversity", "proximity", "reasons"}]};
            with --need: {"suggestions": [{"id", "score", "reasons"}]}.

            Example:
              actornet partners Networks/chile.yaml --top 5 --lang es
              actornet partners Networks/peru.yaml --for fed-nativa --need funding --format json
            """
    )

    @OptionGroup var input: NetworkInput
    @OptionGroup var report: ReportOptions

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

    func parsedWeights() throws -> PartnerWeights {
        var result = PartnerWeights()
        guard let weights else { return result }
        for part in weights.split(separator: ",") {
            let pieces = part.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count == 2, let value = Double(pieces[1]), value >= 0, value.isFinite else {
                throw ValidationError("--weights takes name=number pairs, e.g. capability=0.6,diversity=0.2,proximity=0.2")
            }
            switch foldKey(pieces[0]) {  // English, Spanish or Portuguese, accents optional
            case "capability", "capacidad", "capacidade": result.capability = value
            case "diversity", "diversidad", "diversidade": result.diversity = value
            case "proximity", "proximidad", "proximidade": result.proximity = value
            default: throw ValidationError("unknown weight `\(pieces[0])`; use capability, diversity, proximity")
            }
        }
        if result.capability + result.diversity + result.proximity == 0 { throw ValidationError("--weights must not all be 0") }
        return result
    }

    func validate() throws {
        _ = try parsedWeights()
        if top < 1 { throw ValidationError("--top takes a whole number ≥ 1") }
    }

    func run() throws {
        let network = try input.load()
        if let focus = `for`, network.actorIndex[focus] == nil {
            printError("error: --for names no actor: `\(focus)`")
            throw Exit.usage
        }
        let weights = try parsedWeights()
        if let need {
            let providers = PartnerRecommendation.providers(network, need: need, for: `for`, weights: weights,
                                                            language: report.language).prefix(top)
            if report.format == .json {
                try printOutput(jsonText(["suggestions": providers.map { ["id": $0.id, "score": $0.score, "reasons": $0.reasons] as [String: Any] }]))
            } else {
                var rows = [["#", "id", report.word("score", "puntaje"), report.word("reasons", "razones")]]
                for (k, p) in providers.enumerated() {
                    rows.append([String(k + 1), p.id, cellText(p.score), p.reasons.joined(separator: "; ")])
                }
                try printOutput(providers.isEmpty ? report.word("No actor offers \(need).", "Ningún actor ofrece \(need).") : alignedTable(rows, leftAligned: [1, 3]))
            }
            return
        }
        let suggestions = PartnerRecommendation.suggest(network, for: `for`, includeExisting: includeExisting,
                                                        weights: weights, language: report.language, limit: top)
        if report.format == .json {
            try printOutput(jsonText(["suggestions": suggestions.map {
                ["a": $0.a, "b": $0.b, "score": $0.score, "capability": $0.capability, "diversity": $0.diversity,
                 "proximity": $0.proximity, "reasons": $0.reasons] as [String: Any]
            }]))
            return
        }
        var out: [String] = []
        for (k, s) in suggestions.enumerated() {
            out.append("\(k + 1). \(s.a) + \(s.b)  \(report.word("score", "puntaje")) \(cellText(s.score)) "
                       + "(\(report.word("capability", "capacidad")) \(cellText(s.capability)), "
                       + "\(report.word("diversity", "diversidad")) \(cellText(s.diversity)), "
                       + "\(report.word("proximity", "proximidad")) \(cellText(s.proximity)))")
            for reason in s.reasons { out.append("     - \(reason)") }
        }
        try printOutput(out.isEmpty ? report.word("No untied pairs to suggest.", "No hay pares sin vínculo para sugerir.") : out.joined(separator: "\n"))
    }
}
