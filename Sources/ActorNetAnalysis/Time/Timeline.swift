import ActorNet

/// The network year by year, or period by period (government terms): the dated ties and actors active, the ties
/// formed and ended, and persistence — the share of partnerships (pairs of actors tied) of one period still
/// active in the next, overall and by sector pair and level pair (docs/measures/Timeline.md).
///
/// Only dated ties count (their own dates, else their project's: `Tie.span`): an undated tie would be present in
/// every period and make every partnership look lasting. A span with no start counts from the first year, one
/// with no end lasts on to the last.
public struct Timeline: Sendable, Hashable {
    public var periods: [TimelinePeriod]
    /// Partnerships of every period but the last, summed, and how many of them were still active in the next.
    public var partnerships: Int
    public var stillActive: Int
    public var bySectorPair: [PairPersistence]
    public var byLevelPair: [PairPersistence]
    public var datedTies: Int
    public var undatedTies: Int

    /// `stillActive / partnerships`; nil when no period has a next one with partnerships to follow.
    public var persistence: Double? { share(stillActive, partnerships) }

    /// The timeline of `network` over `years` (default: the first to the last year its dated ties name), one
    /// period per year, or one per start year in `periodStarts` (increasing): each runs to the year before the
    /// next start, the last to the end of `years` (at least its own start year). Years before the first start are
    /// left out.
    ///
    /// - Complexity: O(periods × dated ties), on integers: tie ends as actor positions, spans as day numbers.
    public init(_ network: Network, periodStarts: [Int]? = nil, years: ClosedRange<Int>? = nil) {
        let spans = network.tieSpans
        var positions = network.actorIndex
        var actorCount = network.actors.count
        func position(_ id: String) -> Int {
            if let known = positions[id] { return known }
            positions[id] = actorCount  // a tie end without an actor record (a network built in code)
            actorCount += 1
            return actorCount - 1
        }
        var dated: [DatedTie] = []
        for (tie, span) in zip(network.ties, spans) where !span.isUndated {
            dated.append(DatedTie(position(tie.from), position(tie.to), span))
        }
        datedTies = dated.count
        undatedTies = spans.count - dated.count
        let range = years ?? Self.years(of: spans)
        var bounds: [ClosedRange<Int>] = []
        if let range {
            if let starts = periodStarts, let lastStart = starts.last {
                let ends = starts.dropFirst().map { $0 - 1 } + [max(lastStart, range.upperBound)]
                bounds = zip(starts, ends).map { $0...$1 }
            } else {
                bounds = range.map { $0...$0 }
            }
        }
        var seenIn = [Int](repeating: -1, count: actorCount)
        var pairSets: [Set<Int64>] = []
        periods = bounds.enumerated().map { p, period in
            let firstDay = period.lowerBound * 10_000 + 101, lastDay = period.upperBound * 10_000 + 1231
            var pairs = Set<Int64>(), actors = 0, ties = 0, formed = 0, ended = 0
            for tie in dated {
                if let start = tie.startYear, period.contains(start) { formed += 1 }
                if let end = tie.endYear, period.contains(end) { ended += 1 }
                guard tie.firstDay <= lastDay, tie.lastDay >= firstDay else { continue }
                ties += 1
                for end in [tie.low, tie.high] where seenIn[end] != p {
                    seenIn[end] = p
                    actors += 1
                }
                if tie.low != tie.high { pairs.insert(tie.pair) }
            }
            pairSets.append(pairs)
            return TimelinePeriod(
                first: period.lowerBound, last: period.upperBound, actors: actors, ties: ties, formed: formed,
                ended: ended, partnerships: pairs.count)
        }
        let sectorOf = network.actors.map { Self.position($0.sector) },
            levelOf = network.actors.map { Self.position($0.level) }
        let unspecifiedSector = Self.position(Sector.unspecified), unspecifiedLevel = Self.position(Level.unspecified)
        var sectorCounts: [PairKey: (Int, Int)] = [:], levelCounts: [PairKey: (Int, Int)] = [:]
        var total = 0, kept = 0
        for p in periods.indices.dropLast() {
            let lasting = pairSets[p].intersection(pairSets[p + 1])
            periods[p].stillActiveNext = lasting.count
            total += pairSets[p].count
            kept += lasting.count
            for pair in pairSets[p] {
                let a = Int(pair >> 32), b = Int(pair & 0xFFFF_FFFF)
                let persisted = lasting.contains(pair) ? 1 : 0
                let sectors = PairKey(
                    a < sectorOf.count ? sectorOf[a] : unspecifiedSector,
                    b < sectorOf.count ? sectorOf[b] : unspecifiedSector)
                let levels = PairKey(
                    a < levelOf.count ? levelOf[a] : unspecifiedLevel, b < levelOf.count ? levelOf[b] : unspecifiedLevel
                )
                sectorCounts[sectors, default: (0, 0)].0 += 1
                sectorCounts[sectors, default: (0, 0)].1 += persisted
                levelCounts[levels, default: (0, 0)].0 += 1
                levelCounts[levels, default: (0, 0)].1 += persisted
            }
        }
        partnerships = total
        stillActive = kept
        bySectorPair = Self.rows(sectorCounts, names: Sector.allCases.map(\.rawValue))
        byLevelPair = Self.rows(levelCounts, names: Level.allCases.map(\.rawValue))
    }

    /// A dated tie reduced to what the counts need: its ends' positions (lower first) and its span as day numbers
    /// (`PartialDate.firstDay`/`lastDay`; an unknown start or an open end unbounded).
    struct DatedTie {
        var low: Int, high: Int
        var firstDay: Int, lastDay: Int
        var startYear: Int?, endYear: Int?

        init(_ a: Int, _ b: Int, _ span: TimeSpan) {
            (low, high) = a <= b ? (a, b) : (b, a)
            firstDay = span.start?.firstDay ?? Int.min
            lastDay = span.end?.lastDay ?? Int.max
            startYear = span.start?.year
            endYear = span.end?.year
        }

        /// The partnership: both positions in one key.
        var pair: Int64 { Int64(low) << 32 | Int64(high) }
    }

    /// The first to the last year that `network`'s dated ties name; nil when none is dated. (Not
    /// `Network.yearRange`: projects without ties would only add empty years.)
    public static func years(of network: Network) -> ClosedRange<Int>? { years(of: network.tieSpans) }

    /// `years(of:)` cut to the years of `window` (the timeline of a network restricted to it: `--from`, `--to`).
    public static func years(of network: Network, within window: TimeWindow?) -> ClosedRange<Int>? {
        guard let range = years(of: network) else { return nil }
        let first = max(range.lowerBound, window?.from?.year ?? range.lowerBound)
        let last = min(range.upperBound, window?.to?.year ?? range.upperBound)
        return first <= last ? first...last : nil
    }

    static func years(of spans: [TimeSpan]) -> ClosedRange<Int>? {
        let years = spans.flatMap { [$0.start?.year, $0.end?.year].compactMap { $0 } }
        guard let first = years.min(), let last = years.max() else { return nil }
        return first...last
    }

    /// Group positions of a pair, lower first.
    struct PairKey: Hashable, Comparable {
        var low: Int, high: Int
        init(_ a: Int, _ b: Int) { (low, high) = a <= b ? (a, b) : (b, a) }
        static func < (x: PairKey, y: PairKey) -> Bool { (x.low, x.high) < (y.low, y.high) }
    }

    /// The value's place in its vocabulary: groups are listed in that order.
    static func position<V: Vocabulary>(_ value: V) -> Int { Array(V.allCases).firstIndex(of: value) ?? 0 }

    static func rows(_ counts: [PairKey: (Int, Int)], names: [String]) -> [PairPersistence] {
        counts.keys.sorted().map { key in
            PairPersistence(
                groups: [names[key.low], names[key.high]], partnerships: counts[key]!.0, stillActive: counts[key]!.1)
        }
    }
}

/// One year or period of a `Timeline`.
public struct TimelinePeriod: Sendable, Hashable {
    public var first: Int
    public var last: Int
    /// Actors at an end of a dated tie active in the period.
    public var actors: Int
    /// Dated ties active at some time in the period.
    public var ties: Int
    /// Ties whose start falls in the period.
    public var formed: Int
    /// Ties whose end falls in the period.
    public var ended: Int
    /// Pairs of actors with a tie active in the period.
    public var partnerships: Int
    /// Of those, the pairs with a tie active in the next period; nil for the last period.
    public var stillActiveNext: Int?

    /// `stillActiveNext / partnerships`; nil for the last period or one without partnerships.
    public var persistence: Double? { stillActiveNext.flatMap { share($0, partnerships) } }

    /// `2015`, or `2014–2017`.
    public var label: String { first == last ? String(first) : "\(first)–\(last)" }
}

/// Persistence of the partnerships between two groups (sectors or levels), over every period but the last.
public struct PairPersistence: Sendable, Hashable {
    /// The two groups' canonical names, in vocabulary order (`public`, `civil-society`).
    public var groups: [String]
    public var partnerships: Int
    public var stillActive: Int

    public var persistence: Double? { share(stillActive, partnerships) }
}

private func share(_ part: Int, _ whole: Int) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }
