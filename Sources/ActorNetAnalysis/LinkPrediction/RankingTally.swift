/// A candidate's place in a ranking: compared by `primary`, then `secondary`, then `tertiary`, higher first.
/// Candidates with equal keys are tied: no order among them is claimed.
public struct RankKey: Sendable, Hashable, Comparable {
    public var primary: Double
    public var secondary: Double
    public var tertiary: Double

    public init(_ primary: Double, _ secondary: Double = 0, _ tertiary: Double = 0) {
        (self.primary, self.secondary, self.tertiary) = (primary, secondary, tertiary)
    }

    public static func < (a: RankKey, b: RankKey) -> Bool {
        (a.primary, a.secondary, a.tertiary) < (b.primary, b.secondary, b.tertiary)
    }
}

/// How well a ranking of candidates foresaw the positives (the pairs that went on to form a tie).
///
/// Tied candidates are counted fairly, never by the order they were met in: precision at K is its expected value
/// when a tie straddling the K-th place is ordered at random, and average precision takes each distinct key as one
/// threshold (scikit-learn's `average_precision_score`): AP = Σ over the positives' keys s of
/// (positives at s / P) · (positives with key ≥ s / candidates with key ≥ s). A ranking that ties everything scores
/// P / C on all three: the share of candidates that formed.
public struct RankingScore: Sendable, Equatable {
    public var precisionAtK: Double
    public var recallAtK: Double
    public var averagePrecision: Double

    public init(precisionAtK: Double, recallAtK: Double, averagePrecision: Double) {
        self.precisionAtK = precisionAtK
        self.recallAtK = recallAtK
        self.averagePrecision = averagePrecision
    }
}

/// Counts, in one pass over every candidate's key, what `RankingScore` needs: the candidates at or above each key a
/// positive holds, and the K best keys. Memory O(P + K); O(log P + log K) per candidate. Tallies of disjoint
/// candidate sets merge (`merge`), so a pass can run in parallel blocks.
struct RankingTally: Sendable {
    /// The positives' distinct keys, best first, and how many positives hold each.
    let positiveKeys: [RankKey]
    let positivesAt: [Int]
    let k: Int
    /// Candidates whose key is at least positiveKeys[t] and below positiveKeys[t − 1].
    private(set) var band: [Int]
    private var top = TopKeys()

    init(positives: [RankKey], k: Int) {
        var counts: [RankKey: Int] = [:]
        for key in positives { counts[key, default: 0] += 1 }
        positiveKeys = counts.keys.sorted(by: >)
        positivesAt = positiveKeys.map { counts[$0]! }
        self.k = k
        band = [Int](repeating: 0, count: positiveKeys.count)
        top.limit = k
    }

    mutating func add(_ key: RankKey) {
        // The first positive key not above `key` (keys are best first).
        var low = 0, high = positiveKeys.count
        while low < high {
            let middle = (low + high) / 2
            if positiveKeys[middle] > key { low = middle + 1 } else { high = middle }
        }
        if low < band.count { band[low] += 1 }
        top.offer(key)
    }

    mutating func merge(_ other: RankingTally) {
        for t in band.indices { band[t] += other.band[t] }
        parts.append(other.top)
        parts += other.parts
    }

    /// The other blocks' best keys, kept apart: `TopKeys` counts ties at its own K-th key only.
    private var parts: [TopKeys] = []

    /// The scores over `candidates` candidates; nil when no candidate was positive.
    func score(candidates: Int) -> RankingScore? {
        let positives = positivesAt.reduce(0, +)
        guard positives > 0, candidates > 0 else { return nil }
        var averagePrecision = 0.0, above = 0, positivesAbove = 0
        for t in positiveKeys.indices {
            above += band[t]
            positivesAbove += positivesAt[t]
            averagePrecision += Double(positivesAt[t]) / Double(positives) * Double(positivesAbove) / Double(above)
        }
        let shown = min(k, candidates)
        let all = ([top] + parts)
        let kth = all.flatMap(\.keys).sorted(by: >)[shown - 1]
        let better = all.reduce(0) { $0 + $1.keys.filter { $0 > kth }.count }
        let equal = all.reduce(0) { $0 + $1.count(equalTo: kth) }
        let positivesBetter = zip(positiveKeys, positivesAt).filter { $0.0 > kth }.reduce(0) { $0 + $1.1 }
        let positivesEqual = zip(positiveKeys, positivesAt).first { $0.0 == kth }?.1 ?? 0
        let hits = Double(positivesBetter) + Double(shown - better) * Double(positivesEqual) / Double(equal)
        return RankingScore(
            precisionAtK: hits / Double(shown), recallAtK: hits / Double(positives),
            averagePrecision: averagePrecision)
    }
}

/// The `limit` best keys offered (a heap, worst at the root), and how many keys offered equal to the worst kept were
/// left out: every key ≥ the worst kept is then accounted for.
private struct TopKeys: Sendable {
    var limit = 0
    var keys: [RankKey] = []
    var equalLeftOut = 0

    mutating func offer(_ key: RankKey) {
        if keys.count < limit {
            keys.append(key)
            var child = keys.count - 1
            while child > 0, keys[(child - 1) / 2] > keys[child] {
                keys.swapAt((child - 1) / 2, child)
                child = (child - 1) / 2
            }
            return
        }
        guard limit > 0, key >= keys[0] else { return }
        if key == keys[0] {
            equalLeftOut += 1
            return
        }
        let removed = keys[0]
        keys[0] = key
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < keys.count && keys[left] < keys[smallest] { smallest = left }
            if right < keys.count && keys[right] < keys[smallest] { smallest = right }
            if smallest == parent { break }
            keys.swapAt(parent, smallest)
            parent = smallest
        }
        equalLeftOut = keys[0] == removed ? equalLeftOut + 1 : 0
    }

    /// Keys offered equal to `key`, when `key` is not above the K-th best overall (so none above it was left out).
    func count(equalTo key: RankKey) -> Int {
        keys.filter { $0 == key }.count + (keys.count == limit && keys.first == key ? equalLeftOut : 0)
    }
}
