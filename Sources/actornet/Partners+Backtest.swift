import ActorNet
import ActorNetAnalysis
import ArgumentParser
import Foundation

/// `partners --backtest --until YEAR`: the suggestions measured against the ties formed after YEAR.
extension Partners {
    func runBacktest() throws {
        let network = try input.loaded().network
        let language = input.language(for: network)
        guard let until, let result = PartnerBacktest.run(network, until: until, top: top, weights: try parsedWeights())
        else {
            printError(language.text(.backtestNoDates, ["file": input.file]))
            throw Exit.data
        }
        switch format {
        case .json:
            try printJSON(result)
        case .csv:
            try printCSV(
                header: ["ranking", "until", "top", "candidates", "positives"]
                    + ["precision_at_k", "recall_at_k", "average_precision"],
                rows: result.rows.map { row in
                    [row.ranking.key]
                        + [result.until, result.top, result.candidates, result.positives].map(String.init)
                        + [row.score?.precisionAtK, row.score?.recallAtK, row.score?.averagePrecision].map {
                            $0.map { String($0) } ?? ""
                        }
                })
        case .table:
            try printOutput(backtestTable(result, language))
        }
    }

    func backtestTable(_ result: PartnerBacktest, _ language: Language) -> String {
        let year = String(result.until)
        var lines = [
            language.text(.backtestHeading, ["year": year]),
            language.text(.backtestCandidates, ["year": year, "count": result.candidates]),
            language.text(.backtestPositives, ["year": year, "count": result.positives]),
        ]
        if result.positives == 0 { lines.append(language.text(.backtestNoPositives, ["year": year])) }
        let k = String(result.top)
        var rows = [
            [
                language.text(.backtestRanking), language.text(.backtestPrecision, ["k": k]),
                language.text(.backtestRecall, ["k": k]), language.text(.backtestAveragePrecision),
            ]
        ]
        for row in result.rows {
            let name: String
            switch row.ranking {
            case .actornet: name = language.text(.backtestActorNetScore)
            case .baseline(let baseline): name = language.text(baseline.nameKey)
            case .random: name = language.text(.backtestRandom)
            }
            rows.append(
                [name]
                    + [row.score?.precisionAtK, row.score?.recallAtK, row.score?.averagePrecision].map { cellText($0) })
        }
        return (lines + ["", alignedTable(rows)]).joined(separator: "\n")
    }
}
