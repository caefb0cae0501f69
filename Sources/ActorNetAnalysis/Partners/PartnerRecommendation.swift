import ActorNet
import Foundation
import Synchronization

/// Complementary-partner suggestions: for actors not yet tied, a score in [0, 1] with reasons.
///
/// score = w_c·capability + w_d·diversity + w_p·proximity, the weights normalised to sum 1
/// (default 0.5, 0.05, 0.45, chosen on the IATI backtest, docs/measures/Partners.md;
/// `--weights capability=…,diversity=…,proximity=…`):
/// - capability: with c_ij the share of i's needs that j offers, (c_ij + c_ji)/4 + min(c_ij, c_ji)/2 — 1 when
///   each covers all the other's needs, 0.25 when one side covers all and gets nothing back (mutual benefit);
/// - diversity: ½·[different sectors] + ½·[different levels] (cross-sector synergy, multi-level reach;
///   `unspecified` never counts as different);
/// - proximity: ½·(Adamic–Adar index over common partners, divided by the largest among candidate pairs) +
///   ½·(preferential attachment k(i)·k(j), divided by the product of the two largest degrees): the structural
///   signals that foresaw the ties that formed. Whether the pair would bridge two communities of the run's
///   partition stays a reason, not a part of the score (the backtest found it foresaw nothing).
/// Adamic & Adar (2003), doi:10.1016/S0378-8733(03)00009-1; Liben-Nowell & Kleinberg (2007),
/// doi:10.1002/asi.20591.
public struct PartnerSuggestion: Sendable, Equatable {
    public var a: String
    public var b: String
    public var score: Double
    public var capability: Double
    public var diversity: Double
    public var proximity: Double
    public var reasons: [PartnerReason]
}

/// An actor that offers a needed capability.
public struct ProviderSuggestion: Sendable, Equatable {
    public var id: String
    public var score: Double
    public var reasons: [PartnerReason]
}

public struct PartnerWeights: Sendable, Hashable {
    public var capability = 0.5
    public var diversity = 0.05
    public var proximity = 0.45

    public init(capability: Double = 0.5, diversity: Double = 0.05, proximity: Double = 0.45) {
        self.capability = capability
        self.diversity = diversity
        self.proximity = proximity
    }

    var normalised: PartnerWeights {
        let sum = capability + diversity + proximity
        guard sum > 0 else { return PartnerWeights() }
        return PartnerWeights(capability: capability / sum, diversity: diversity / sum, proximity: proximity / sum)
    }
}

public enum PartnerRecommendation {
    /// Candidate pairs (not yet tied unless `includeExisting`; only those with `focus` when given), best first:
    /// score descending, then more needs met for each other, then shorter path, then names in the collation of
    /// `collation` (`PairOrder`). With `limit`, only that many are kept while scoring.
    ///
    /// - Complexity: O(n² + Σ deg²) time for all pairs, O(n + limit) memory with a limit (a 10k-actor network is
    ///   50 million pairs: none is stored, each is scored from flat arrays, reasons are written for the kept ones
    ///   only); O(n + Σ deg) for one focus actor. A pair's path length is found (a breadth-first search from its
    ///   row's actor, once per row) only when the pair is kept or ties with the worst kept: without a limit, every
    ///   row searches, O(n·(n + m)).
    public static func suggest(
        _ network: Network, for focus: String? = nil, includeExisting: Bool = false,
        weights: PartnerWeights = PartnerWeights(), limit: Int? = nil, collation: Language = .en,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> [PartnerSuggestion] {
        NetworkAnalysis(network, threads: threads).partners(
            for: focus, includeExisting: includeExisting, weights: weights, limit: limit, collation: collation)
    }

    /// The largest Adamic–Adar index among the candidate pairs (of `focus` when given): only pairs two steps apart
    /// have one, so it is found from each row's two-step neighbourhood, O(Σ deg²).
    static func largestAdamicAdar(_ view: UndirectedView, focus: Int?, includeExisting: Bool) -> Double {
        var largest = 0.0
        var row = NeighbourhoodRow(count: view.count)
        for i in focus.map({ [$0] }) ?? Array(0..<view.count) {
            row.load(i, view)
            for e in view.row(i) {
                for f in view.row(Int(view.targets[e])) {
                    let j = Int(view.targets[f])
                    guard j != i, focus != nil || j > i, includeExisting || !row.isNeighbour[j] else { continue }
                    largest = max(largest, row.adamicAdar[j])
                }
            }
        }
        return largest
    }

    /// The suggestions `request` asks for, from the views and the community partition of `analysis`.
    static func suggest(_ analysis: NetworkAnalysis, _ request: PartnerRequest) -> [PartnerSuggestion] {
        let network = analysis.network, focus = request.focus, includeExisting = request.includeExisting
        let limit = request.limit, threads = analysis.threads
        let context = PairContext(analysis, collation: request.collation)
        let view = context.view, n = network.actors.count
        let focusIndex = focus.flatMap { network.actorIndex[$0] }
        let w = request.weights.normalised
        let largest = largestAdamicAdar(view, focus: focusIndex, includeExisting: includeExisting)
        let order = PairOrder(names: context.names)

        // The score of the limit-th best pair found so far in any block (a lower bound of the final one, so rows
        // that cannot reach it are skipped in every block). Scores are ≥ 0: their bit patterns order as numbers.
        let sharedThreshold = Atomic<UInt64>(0)
        /// Scores the candidate pairs of rows `rows` (i < j; or the focus actor's pairs) into `kept`.
        @Sendable func score(rows: Range<Int>, _ work: inout PairWorkspace, into kept: inout PairSelection) {
            if let f = focusIndex {
                work.row.load(f, view)
                for x in 0..<n where x != f && (includeExisting || !work.row.isNeighbour[x]) {
                    let pair = context.scored(
                        min(x, f), max(x, f), adamicAdar: work.row.adamicAdar[x], largest: largest, w)
                    kept.offer(pair) { work.hops(f, x, view) }
                }
                return
            }
            for i in rows {
                work.row.load(i, view)
                // A row whose best possible pair cannot enter the kept pairs is skipped: with hubs scoring high,
                // most rows of a large network are (BA 100k: 40 s → well under a second for those rows).
                let bound = context.rowBound(i, rowLargest: work.row.largestAdamicAdar, largest: largest, w)
                let threshold = max(kept.threshold, Double(bitPattern: sharedThreshold.load(ordering: .relaxed)))
                guard bound + 1e-12 >= threshold else { continue }
                for j in (i + 1)..<max(i + 1, n) where includeExisting || !work.row.isNeighbour[j] {
                    let pair = context.scored(i, j, adamicAdar: work.row.adamicAdar[j], largest: largest, w)
                    kept.offer(pair) { work.hops(i, j, view) }
                }
                if kept.threshold > 0 && kept.threshold.isFinite {
                    sharedThreshold.max(kept.threshold.bitPattern, ordering: .relaxed)
                }
            }
        }

        // Every pair is scored (O(n²)), in row blocks spread over the cores; a block keeps its own best, and the
        // blocks' best are merged: the order is total (`PairOrder`), so the result does not depend on the blocks
        // or the thread count.
        let blocks = focusIndex != nil ? [0..<1] : Self.balancedRows(n, blocks: 64)
        let kept = orderedParallelReduce(
            chunkCount: blocks.count, threads: threads, initial: PairSelection(limit: limit, order: order),
            makeWorkspace: { PairWorkspace(count: n) },
            compute: { block, work in
                var part = PairSelection(limit: limit, order: order)
                score(rows: blocks[block], &work, into: &part)
                return part
            },
            merge: { total, part in for pair in part.pairs { total.offer(pair) { pair.distance } } })
        return kept.best().map { context.suggestion($0) }
    }

    /// Row ranges of 0..<n holding about equal numbers of pairs (row i has n − 1 − i).
    static func balancedRows(_ n: Int, blocks: Int) -> [Range<Int>] {
        guard n > 1 else { return [0..<n] }
        let totalPairs = Double(n) * Double(n - 1) / 2
        var result: [Range<Int>] = [], start = 0, done = 0.0
        for i in 0..<n {
            done += Double(n - 1 - i)
            if done >= totalPairs * Double(result.count + 1) / Double(blocks) || i == n - 1 {
                result.append(start..<(i + 1))
                start = i + 1
            }
        }
        return result
    }

    /// Actors offering `need`, best first: paired with `focus` by the pair score when given, otherwise by how
    /// well connected the provider is (degree centrality: a known, reachable source).
    public static func providers(
        _ network: Network, need: String, for focus: String? = nil,
        weights: PartnerWeights = PartnerWeights(), collation: Language = .en
    ) -> [ProviderSuggestion] {
        NetworkAnalysis(network).providers(need: need, for: focus, weights: weights, collation: collation)
    }

    /// With `focus`, in the order of the pairs (`PairOrder`); otherwise by degree centrality, then name.
    static func providers(
        _ analysis: NetworkAnalysis, need: String, for focus: String?,
        weights: PartnerWeights, collation: Language
    ) -> [ProviderSuggestion] {
        let network = analysis.network
        let wanted = Capability.normalise(need)
        let index = network.actorIndex
        let offering = network.actors.filter { $0.offers.map(Capability.normalise).contains(wanted) }
        if let focus {
            let pairs = analysis.partners(for: focus, includeExisting: true, weights: weights, collation: collation)
            let offeringIDs = Set(offering.map(\.id))
            return pairs.compactMap { pair in
                let other = pair.a == focus ? pair.b : pair.a
                guard offeringIDs.contains(other), let actor = index[other].map({ network.actors[$0] }) else {
                    return nil
                }
                return ProviderSuggestion(
                    id: other, score: pair.score,
                    reasons: [.offersAskedFor(giver: actor.name, capability: wanted)] + pair.reasons)
            }
        }
        let degree = analysis.degrees
        let names = ActorNameOrder(network, collation: collation)
        return offering.map { actor in
            let i = index[actor.id]!
            return ProviderSuggestion(
                id: actor.id, score: degree.degreeCentrality[i],
                reasons: [
                    .offersAskedFor(giver: actor.name, capability: wanted),
                    .partnersInNetwork(degree.degree[i]),
                ])
        }.sorted { $0.score != $1.score ? $0.score > $1.score : names.precedes(index[$0.id]!, index[$1.id]!) }
    }
}

/// One block's scratch: the loaded row's neighbourhood sums and the path lengths from it, searched when first
/// needed.
struct PairWorkspace {
    var row: NeighbourhoodRow
    var distances: HopDistances

    init(count: Int) {
        row = NeighbourhoodRow(count: count)
        distances = HopDistances(count: count)
    }

    /// Hops between `source` and `target`, searching from `source` unless it was the last source.
    mutating func hops(_ source: Int, _ target: Int, _ view: UndirectedView) -> Int32 {
        distances.load(source, view)
        return distances.distance[target]
    }
}
