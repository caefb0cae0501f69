import ActorNet
import Foundation
import Synchronization

/// Complementary-partner suggestions: for actors not yet tied, a score in [0, 1] with reasons.
///
/// score = w_c·capability + w_d·diversity + w_p·proximity, the weights normalised to sum 1
/// (default 0.5, 0.25, 0.25; `--weights capability=…,diversity=…,proximity=…`):
/// - capability: with c_ij the share of i's needs that j offers, (c_ij + c_ji)/4 + min(c_ij, c_ji)/2 — 1 when
///   each covers all the other's needs, 0.25 when one side covers all and gets nothing back (mutual benefit);
/// - diversity: ½·[different sectors] + ½·[different levels] (cross-sector synergy, multi-level reach;
///   `unspecified` never counts as different);
/// - proximity: ½·(Adamic–Adar index over common partners, divided by the largest among candidate pairs) +
///   ½·[the pair sits in different communities of the run's partition, `NetworkAnalysis.communities`: weighted
///   Louvain, seed 1] (the tie would span a structural hole).
/// Adamic & Adar (2003), doi:10.1016/S0378-8733(03)00009-1.
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
    public var diversity = 0.25
    public var proximity = 0.25

    public init(capability: Double = 0.5, diversity: Double = 0.25, proximity: Double = 0.25) {
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
    /// score descending, then the pair's ids. With `limit`, only that many are kept while scoring.
    ///
    /// - Complexity: O(n² + Σ deg²) time for all pairs, O(n + limit) memory with a limit (a 10k-actor network is
    ///   50 million pairs: none is stored, each is scored from flat arrays, reasons are written for the kept ones
    ///   only); O(n + Σ deg) for one focus actor.
    public static func suggest(
        _ network: Network, for focus: String? = nil, includeExisting: Bool = false,
        weights: PartnerWeights = PartnerWeights(), limit: Int? = nil,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount
    ) -> [PartnerSuggestion] {
        NetworkAnalysis(network, threads: threads).partners(
            for: focus, includeExisting: includeExisting, weights: weights, limit: limit)
    }

    /// The suggestions `request` asks for, from the views and the community partition of `analysis`.
    static func suggest(_ analysis: NetworkAnalysis, _ request: PartnerRequest) -> [PartnerSuggestion] {
        let network = analysis.network, focus = request.focus, includeExisting = request.includeExisting
        let limit = request.limit, threads = analysis.threads
        let context = PairContext(analysis)
        let n = network.actors.count
        let focusIndex = focus.flatMap { network.actorIndex[$0] }
        let w = request.weights.normalised

        // The Adamic–Adar part is normalised by its largest value among candidate pairs; only pairs two steps
        // apart have one, so the largest is found from each row's two-step neighbourhood: O(Σ deg²).
        var largestAA = 0.0
        var row = PairRow(count: n)
        for i in focusIndex.map({ [$0] }) ?? Array(0..<n) {
            row.load(i, context)
            for e in context.neighbourRange(i) {
                for f in context.neighbourRange(Int(context.neighbours[e])) {
                    let j = Int(context.neighbours[f])
                    guard j != i, focusIndex != nil || j > i, includeExisting || !row.isNeighbour[j] else { continue }
                    largestAA = max(largestAA, row.adamicAdar[j])
                }
            }
            row.clear(i, context)
        }

        let largest = largestAA
        // The score of the limit-th best pair found so far in any block (a lower bound of the final one, so rows
        // that cannot reach it are skipped in every block). Scores are ≥ 0: their bit patterns order as numbers.
        let sharedThreshold = Atomic<UInt64>(0)
        /// Scores the candidate pairs of rows `rows` (i < j; or the focus actor's pairs) into `kept`.
        @Sendable func score(rows: Range<Int>, _ row: inout PairRow, into kept: inout PairSelection) {
            func offer(_ i: Int, _ j: Int, _ aa: Double) {
                let capability = context.capability(i, j)
                let diversity = context.diversity(i, j)
                let proximity = 0.5 * (largest > 0 ? aa / largest : 0) + 0.5 * (context.bridges(i, j) ? 1 : 0)
                let score = w.capability * capability + w.diversity * diversity + w.proximity * proximity
                kept.offer(
                    ScoredPair(
                        i: i, j: j, score: score, capability: capability, diversity: diversity, proximity: proximity))
            }
            if let f = focusIndex {
                row.load(f, context)
                for x in 0..<n where x != f && (includeExisting || !row.isNeighbour[x]) {
                    offer(min(x, f), max(x, f), row.adamicAdar[x])
                }
                row.clear(f, context)
                return
            }
            for i in rows {
                row.load(i, context)
                // A row whose best possible pair cannot enter the kept pairs is skipped: with hubs scoring high,
                // most rows of a large network are (BA 100k: 40 s → well under a second for those rows).
                let bound = context.rowBound(i, rowLargest: row.largest, largest: largest, w)
                let threshold = max(kept.threshold, Double(bitPattern: sharedThreshold.load(ordering: .relaxed)))
                if bound + 1e-12 >= threshold {
                    for j in (i + 1)..<max(i + 1, n) where includeExisting || !row.isNeighbour[j] {
                        offer(i, j, row.adamicAdar[j])
                    }
                    if kept.threshold > 0 && kept.threshold.isFinite {
                        sharedThreshold.max(kept.threshold.bitPattern, ordering: .relaxed)
                    }
                }
                row.clear(i, context)
            }
        }

        // Every pair is scored (O(n²)), in row blocks spread over the cores; a block keeps its own best, and the
        // blocks' best are merged: the order is total (score, then ids), so the result does not depend on the
        // blocks or the thread count.
        let blocks = focusIndex != nil ? [0..<1] : Self.balancedRows(n, blocks: 64)
        let kept = orderedParallelReduce(
            chunkCount: blocks.count, threads: threads, initial: PairSelection(limit: limit, rank: context.idRank),
            makeWorkspace: { PairRow(count: n) },
            compute: { block, row in
                var part = PairSelection(limit: limit, rank: context.idRank)
                score(rows: blocks[block], &row, into: &part)
                return part
            },
            merge: { total, part in for pair in part.pairs { total.offer(pair) } })
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
        weights: PartnerWeights = PartnerWeights()
    ) -> [ProviderSuggestion] {
        NetworkAnalysis(network).providers(need: need, for: focus, weights: weights)
    }

    static func providers(
        _ analysis: NetworkAnalysis, need: String, for focus: String?,
        weights: PartnerWeights
    ) -> [ProviderSuggestion] {
        let network = analysis.network
        let wanted = Capability.normalise(need)
        let offering = network.actors.filter { $0.offers.map(Capability.normalise).contains(wanted) }
        if let focus {
            let pairs = analysis.partners(for: focus, includeExisting: true, weights: weights)
            return offering.filter { $0.id != focus }.compactMap { actor in
                guard let pair = pairs.first(where: { $0.a == actor.id || $0.b == actor.id }) else { return nil }
                return ProviderSuggestion(
                    id: actor.id, score: pair.score,
                    reasons: [.offersAskedFor(giver: actor.name, capability: wanted)]
                        + pair.reasons)
            }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        }
        let degree = analysis.degrees
        let index = network.actorIndex
        return offering.map { actor in
            let i = index[actor.id]!
            return ProviderSuggestion(
                id: actor.id, score: degree.degreeCentrality[i],
                reasons: [
                    .offersAskedFor(giver: actor.name, capability: wanted),
                    .partnersInNetwork(degree.degree[i]),
                ])
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    }
}

/// What scoring a pair needs, as flat arrays: undirected neighbour lists, degrees, the run's Louvain communities,
/// capabilities interned as sorted integer lists, and each actor's rank in id order (for tie-breaking).
private struct PairContext {
    let network: Network
    let offsets: [Int32]
    let neighbours: [Int32]
    /// 1 / log(max(2, degree)) per actor: its share in the Adamic–Adar index of a pair it is common to.
    let adamicAdarShare: [Double]
    let communities: [Int]
    let offers: [[Int32]]
    let needs: [[Int32]]
    let capabilityNames: [String]
    let idRank: [Int32]
    /// Whether an actor has any offer or need (else every pair with it has capability 0).
    let hasCapabilities: [Bool]
    let multipleCommunities: Bool
    /// Sector and level per actor as small numbers, -1 for `unspecified` (read per pair: no `Actor` copies).
    let sectorCode: [Int8]
    let levelCode: [Int8]

    init(_ analysis: NetworkAnalysis) {
        let network = analysis.network
        self.network = network
        let rows = analysis.undirected
        (offsets, neighbours) = (rows.offsets, rows.targets)
        adamicAdarShare = (0..<rows.count).map { v in 1 / log(Double(max(2, rows.row(v).count))) }
        communities = analysis.communities.membership
        var index: [String: Int32] = [:], names: [String] = []
        func interned(_ list: [String]) -> [Int32] {
            Set(list.map(Capability.normalise)).map { name in
                if let known = index[name] { return known }
                index[name] = Int32(names.count)
                names.append(name)
                return Int32(names.count - 1)
            }.sorted()
        }
        let offerLists = network.actors.map { interned($0.offers) },
            needLists = network.actors.map { interned($0.needs) }
        offers = offerLists
        needs = needLists
        capabilityNames = names
        var rank = [Int32](repeating: 0, count: network.actors.count)
        for (position, actor) in network.actors.indices.sorted(by: { network.actors[$0].id < network.actors[$1].id })
            .enumerated()
        {
            rank[actor] = Int32(position)
        }
        idRank = rank
        hasCapabilities = network.actors.indices.map { !offerLists[$0].isEmpty || !needLists[$0].isEmpty }
        multipleCommunities = Set(communities).count > 1
        sectorCode = network.actors.map {
            $0.sector == .unspecified ? -1 : Int8(Sector.allCases.firstIndex(of: $0.sector)!)
        }
        levelCode = network.actors.map {
            $0.level == .unspecified ? -1 : Int8(Level.allCases.firstIndex(of: $0.level)!)
        }
    }

    func neighbourRange(_ v: Int) -> Range<Int> { Int(offsets[v])..<Int(offsets[v + 1]) }

    /// Capabilities in `needs[taker]` that `giver` offers, in interned order.
    func covered(_ taker: Int, by giver: Int) -> [Int32] {
        guard !needs[taker].isEmpty, !offers[giver].isEmpty else { return [] }
        return needs[taker].filter { offers[giver].contains($0) }
    }

    /// (c_ij + c_ji)/4 + min(c_ij, c_ji)/2, c_ij the share of i's needs that j offers.
    func capability(_ i: Int, _ j: Int) -> Double {
        if needs[i].isEmpty && needs[j].isEmpty { return 0 }
        let cij = needs[i].isEmpty ? 0 : Double(covered(i, by: j).count) / Double(needs[i].count)
        let cji = needs[j].isEmpty ? 0 : Double(covered(j, by: i).count) / Double(needs[j].count)
        return (cij + cji) / 4 + min(cij, cji) / 2
    }

    /// ½·[different sectors] + ½·[different levels], `unspecified` never counting as different.
    func diversity(_ i: Int, _ j: Int) -> Double {
        var value = 0.0
        if sectorCode[i] != sectorCode[j] && sectorCode[i] >= 0 && sectorCode[j] >= 0 { value += 0.5 }
        if levelCode[i] != levelCode[j] && levelCode[i] >= 0 && levelCode[j] >= 0 { value += 0.5 }
        return value
    }

    func bridges(_ i: Int, _ j: Int) -> Bool { communities[i] != communities[j] }

    /// The highest score any pair of row `i` can reach, its Adamic–Adar values being at most `rowLargest`: each
    /// part at its maximum (capability 1 only if `i` has offers or needs; diversity ½ per specified attribute;
    /// the bridge only if there are two communities).
    func rowBound(_ i: Int, rowLargest: Double, largest: Double, _ w: PartnerWeights) -> Double {
        let diversity = (sectorCode[i] >= 0 ? 0.5 : 0) + (levelCode[i] >= 0 ? 0.5 : 0)
        let proximity = 0.5 * (largest > 0 ? rowLargest / largest : 0) + 0.5 * (multipleCommunities ? 1 : 0)
        return w.capability * (hasCapabilities[i] ? 1 : 0) + w.diversity * diversity + w.proximity * proximity
    }

    /// The suggestion with its reasons (written only for the pairs kept).
    func suggestion(_ pair: ScoredPair) -> PartnerSuggestion {
        let i = pair.i, j = pair.j
        let a = network.actors[i], b = network.actors[j]
        var reasons: [PartnerReason] = []
        let iGets = covered(i, by: j).map { capabilityNames[Int($0)] }.sorted()
        let jGets = covered(j, by: i).map { capabilityNames[Int($0)] }.sorted()
        for cap in iGets { reasons.append(.offers(giver: b.name, capability: cap, taker: a.name)) }
        for cap in jGets { reasons.append(.offers(giver: a.name, capability: cap, taker: b.name)) }
        if a.sector != b.sector && a.sector != .unspecified && b.sector != .unspecified {
            reasons.append(.sectors(a.sector, b.sector))
        }
        if a.level != b.level && a.level != .unspecified && b.level != .unspecified {
            reasons.append(.levels(a.level, b.level))
        }
        let common = Set(neighbourRange(i).map { neighbours[$0] }).intersection(
            neighbourRange(j).map { neighbours[$0] }
        ).sorted()
        if !common.isEmpty { reasons.append(.commonPartners(common.map { network.actors[Int($0)].name })) }
        if bridges(i, j) { reasons.append(.bridgesCommunities) }
        return PartnerSuggestion(
            a: a.id, b: b.id, score: pair.score, capability: pair.capability,
            diversity: pair.diversity, proximity: pair.proximity, reasons: reasons)
    }
}

/// One actor's row: which actors are its neighbours, and its Adamic–Adar index with every actor, filled from its
/// neighbours' lists (two steps) and cleared the same way, so a row costs its two-step neighbourhood, not n.
/// Shares are added in ascending order of the common partner: the same sums whichever row is loaded.
private struct PairRow {
    var isNeighbour: [Bool]
    var adamicAdar: [Double]

    init(count: Int) {
        isNeighbour = [Bool](repeating: false, count: count)
        adamicAdar = [Double](repeating: 0, count: count)
    }

    /// The largest Adamic–Adar value in the loaded row (an upper bound for its candidate pairs).
    var largest = 0.0

    mutating func load(_ v: Int, _ context: PairContext) {
        largest = 0
        for e in context.neighbourRange(v) {
            let k = Int(context.neighbours[e])
            isNeighbour[k] = true
            let share = context.adamicAdarShare[k]
            for f in context.neighbourRange(k) where Int(context.neighbours[f]) != v {
                let j = Int(context.neighbours[f])
                adamicAdar[j] += share
                largest = max(largest, adamicAdar[j])
            }
        }
    }

    mutating func clear(_ v: Int, _ context: PairContext) {
        for e in context.neighbourRange(v) {
            let k = Int(context.neighbours[e])
            isNeighbour[k] = false
            for f in context.neighbourRange(k) { adamicAdar[Int(context.neighbours[f])] = 0 }
        }
    }
}

private struct ScoredPair {
    var i: Int, j: Int
    var score: Double, capability: Double, diversity: Double, proximity: Double
}

/// The best pairs seen so far: all of them, or the `limit` best in a heap whose root is the worst kept.
/// Better = higher score, then lower (id of i, id of j) — by rank, the same order as comparing the ids.
private struct PairSelection {
    let limit: Int?
    let rank: [Int32]
    var pairs: [ScoredPair] = []

    init(limit: Int?, rank: [Int32]) {
        self.limit = limit
        self.rank = rank
    }

    /// The score a pair must reach to be kept (−∞ while there is room).
    var threshold: Double {
        guard let limit, pairs.count >= limit else { return -.infinity }
        return limit > 0 ? pairs[0].score : .infinity
    }

    func better(_ x: ScoredPair, _ y: ScoredPair) -> Bool {
        if x.score != y.score { return x.score > y.score }
        if rank[x.i] != rank[y.i] { return rank[x.i] < rank[y.i] }
        return rank[x.j] < rank[y.j]
    }

    mutating func offer(_ pair: ScoredPair) {
        guard let limit else { pairs.append(pair); return }
        guard limit > 0 else { return }
        if pairs.count < limit {
            pairs.append(pair)
            var child = pairs.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard better(pairs[parent], pairs[child]) else { break }
                pairs.swapAt(parent, child)
                child = parent
            }
        } else if better(pair, pairs[0]) {
            pairs[0] = pair
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var worst = parent
                if left < pairs.count && better(pairs[worst], pairs[left]) { worst = left }
                if right < pairs.count && better(pairs[worst], pairs[right]) { worst = right }
                if worst == parent { break }
                pairs.swapAt(parent, worst)
                parent = worst
            }
        }
    }

    func best() -> [ScoredPair] { pairs.sorted(by: better) }
}
