import ActorNet
import Foundation

/// A backtest of partner suggestions: rank the pairs not yet tied in the network as it stood at the end of a year,
/// and see which of them went on to form a tie, for actornet's score and for each structural baseline on the same
/// candidates (docs/measures/Partners.md).
public struct PartnerBacktest: Sendable, Equatable {
    /// A ranking of the candidate pairs.
    public enum Ranking: Sendable, Hashable {
        /// actornet's score (with the run's weights), then needs met, then path length (`PairOrder`).
        case actornet
        case baseline(StructuralBaseline)
        /// Every candidate tied: the share of candidates that formed, what a ranking without information scores.
        case random
    }

    public struct Row: Sendable, Equatable {
        public var ranking: Ranking
        /// nil when no candidate formed a tie (precision, recall and average precision are then undefined).
        public var score: RankingScore?
    }

    /// The last year of the network ranked.
    public var until: Int
    /// K of precision and recall at K.
    public var top: Int
    /// Pairs of actors present by `until` and not tied then.
    public var candidates: Int
    /// Candidates that formed a tie after `until`.
    public var positives: Int
    public var rows: [Row]

    /// Rankings in table order.
    public static let rankings: [Ranking] = [.actornet] + StructuralBaseline.allCases.map { .baseline($0) } + [.random]

    /// The backtest over `past` (the network as it stood: its actors are the ones present) with `formed`, the pairs
    /// of its actors (positions) that formed a tie later; tied pairs among them are not candidates and are ignored.
    ///
    /// - Complexity: every candidate pair is scored by every ranking: O(n² · (log P + log K)) plus a breadth-first
    ///   search per actor for the path lengths, O(n · (n + m)); memory O(n + P + K). Rows run in parallel blocks.
    public static func evaluate(
        _ past: NetworkAnalysis, formed: [(Int, Int)], until: Int, top: Int, weights: PartnerWeights = PartnerWeights()
    ) -> PartnerBacktest {
        let context = PairContext(past, collation: .en)
        let view = context.view, n = view.count
        let w = weights.normalised
        let largest = PartnerRecommendation.largestAdamicAdar(view, focus: nil, includeExisting: false)
        let baselines = StructuralBaseline.allCases
        /// Each ranking's key for the candidate i < j, with `work` loaded at i.
        @Sendable func keys(_ i: Int, _ j: Int, _ work: inout PairWorkspace) -> [RankKey] {
            let pair = context.scored(i, j, adamicAdar: work.row.adamicAdar[j], largest: largest, w)
            let hops = work.hops(i, j, view)
            let neighbourhood = work.row.pair(j, view)
            return [RankKey(pair.score, Double(pair.needsMet), -Double(hops))]
                + baselines.map { RankKey($0.score(neighbourhood)) }
        }

        var positiveRows = [[Int]](repeating: [], count: n)
        for (x, y) in formed where x != y && min(x, y) >= 0 && max(x, y) < n {
            let a = min(x, y), b = max(x, y)
            if ArcLookup.position(of: Int32(b), in: view.targets, view.row(a)) == nil && !positiveRows[a].contains(b) {
                positiveRows[a].append(b)
            }
        }
        var positiveKeys = [[RankKey]](repeating: [], count: baselines.count + 1)
        var work = PairWorkspace(count: n)
        for i in 0..<n where !positiveRows[i].isEmpty {
            work.row.load(i, view)
            for j in positiveRows[i] { for (r, key) in keys(i, j, &work).enumerated() { positiveKeys[r].append(key) } }
        }
        let positives = positiveRows.reduce(0) { $0 + $1.count }
        let candidates = n * (n - 1) / 2 - view.targets.count / 2
        let empty = positiveKeys.map { RankingTally(positives: $0, k: top) }
        let blocks = PartnerRecommendation.balancedRows(n, blocks: 64)
        let tallies = orderedParallelReduce(
            chunkCount: n > 1 ? blocks.count : 0, threads: past.threads, initial: empty,
            makeWorkspace: { PairWorkspace(count: n) },
            compute: { block, work in
                var part = empty
                for i in blocks[block] {
                    work.row.load(i, view)
                    for j in (i + 1)..<n where !work.row.isNeighbour[j] {
                        for (r, key) in keys(i, j, &work).enumerated() { part[r].add(key) }
                    }
                }
                return part
            },
            merge: { total, part in for r in total.indices { total[r].merge(part[r]) } })
        let share = candidates > 0 && positives > 0 ? Double(positives) / Double(candidates) : nil
        let random = share.map {
            RankingScore(
                precisionAtK: $0, recallAtK: Double(min(top, candidates)) / Double(candidates), averagePrecision: $0)
        }
        let rows =
            zip(rankings.dropLast(), tallies).map { Row(ranking: $0, score: $1.score(candidates: candidates)) }
            + [Row(ranking: .random, score: random)]
        return PartnerBacktest(until: until, top: top, candidates: candidates, positives: positives, rows: rows)
    }

    /// The backtest of a dated network at the end of `until`: the network as it stood then (ties and projects
    /// started by then, `Network.restricted(to:)`; undated ties that no shared project dates count as always
    /// there), its candidates the untied pairs of the actors present, the positives those whose first tie
    /// (`Network.firstTiedYears`) started after `until`. Undated ties are first dated by the projects their ends
    /// share (`datingUndatedTiesBySharedProjects`: older IATI imports). nil when nothing in the network is dated.
    public static func run(
        _ network: Network, until: Int, top: Int, weights: PartnerWeights = PartnerWeights(),
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> PartnerBacktest? {
        let dated = network.datingUndatedTiesBySharedProjects().network
        guard dated.hasDates else { return nil }
        let past = dated.restricted(to: TimeWindow(to: PartialDate(year: until))).network
        let index = past.actorIndex
        let formed = dated.firstTiedYears.compactMap { pair, year -> (Int, Int)? in
            guard year > until, let a = index[pair.first], let b = index[pair.second] else { return nil }
            return (a, b)
        }
        return evaluate(
            NetworkAnalysis(past, threads: threads), formed: formed, until: until, top: top, weights: weights)
    }
}
