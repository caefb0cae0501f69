/// A date as precise as a file gave it: `2014`, `2014-03` or `2014-03-21`.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the forms the readers accept); nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Self.number(parts[0]) else { return nil }
        var month: Int?, day: Int?
        if parts.count > 1 {
            guard parts[1].count == 2, let value = Self.number(parts[1]), (1...12).contains(value) else { return nil }
            month = value
        }
        if parts.count > 2 {
            guard parts[2].count == 2, let value = Self.number(parts[2]), (1...31).contains(value) else { return nil }
            day = value
        }
        self.init(year: year, month: month, day: day)
    }

    /// The value of decimal digits of any script (the readers accept `\d`); nil when some character is not one.
    private static func number(_ text: Substring) -> Int? {
        var value = 0
        for character in text {
            guard character.isNumber, let digit = character.wholeNumberValue, (0...9).contains(digit) else {
                return nil
            }
            value = value * 10 + digit
        }
        return value
    }

    /// The first day the date covers, as `YYYYMMDD`: `2014` → 20140101.
    public var firstDay: Int { year * 10_000 + (month ?? 1) * 100 + (day ?? 1) }

    /// The last day the date covers, as `YYYYMMDD` (day 31 for any month: only the order matters): `2014` → 20141231.
    public var lastDay: Int { year * 10_000 + (month ?? 12) * 100 + (day ?? 31) }

    /// Ordered by first day, then the less precise first (`2014` before `2014-01`).
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.firstDay, -a.lastDay) < (b.firstDay, -b.lastDay)
    }

    /// As written in files: `2014`, `2014-03`, `2014-03-21`.
    public var description: String {
        var text = String(year)
        if let month { text += "-" + (month < 10 ? "0" : "") + String(month) }
        if let day { text += "-" + (day < 10 ? "0" : "") + String(day) }
        return text
    }
}

/// When something was active: from `start` to `end`, both inclusive. A missing start means "since an unknown
/// time" and a missing end "still going" (an open end lasts on), as in Gephi's dynamic mode.
public struct TimeSpan: Sendable, Hashable {
    public var start: PartialDate?
    public var end: PartialDate?

    public init(start: PartialDate?, end: PartialDate?) {
        self.start = start
        self.end = end
    }

    /// The span of the `start` and `end` text of a tie or a project; a text that is not a date counts as absent.
    public init(start: String? = nil, end: String? = nil) {
        self.init(start: start.flatMap(PartialDate.init(parsing:)), end: end.flatMap(PartialDate.init(parsing:)))
    }

    /// An end before the start: an error in a file (`NetworkValidator`), a slip left out by importers.
    public var isReversed: Bool {
        guard let start, let end else { return false }
        return end.lastDay < start.firstDay
    }

    /// Neither a start nor an end: always present.
    public var isUndated: Bool { start == nil && end == nil }

    /// Whether the span and `window` share a day.
    public func overlaps(_ window: TimeWindow) -> Bool {
        if let start, let last = window.to, start.firstDay > last.lastDay { return false }
        if let end, let first = window.from, end.lastDay < first.firstDay { return false }
        return true
    }

    /// Whether the span is active at some time in `year`.
    public func isActive(in year: Int) -> Bool { overlaps(TimeWindow(year: year)) }

    /// `[first, last]` year, open ends closed by `years` (the network's own range); nil when undated.
    public func years(within years: ClosedRange<Int>) -> ClosedRange<Int>? {
        guard !isUndated else { return nil }
        let first = start?.year ?? years.lowerBound, last = end?.year ?? years.upperBound
        return min(first, last)...max(first, last)
    }
}

/// A stretch of time to look at the network in: `from` through `to`, both inclusive; nil is unbounded.
public struct TimeWindow: Sendable, Hashable, CustomStringConvertible {
    public var from: PartialDate?
    public var to: PartialDate?

    public init(from: PartialDate? = nil, to: PartialDate? = nil) {
        self.from = from
        self.to = to
    }

    /// One date (`--at`): the window is the day, month or year it names.
    public init(at date: PartialDate) { self.init(from: date, to: date) }

    /// One whole year.
    public init(year: Int) { self.init(at: PartialDate(year: year)) }

    /// `2015` for one date, `2014–2017` for a stretch, `2014–` or `–2017` when one side is open.
    public var description: String {
        if let from, let to, from == to { return from.description }
        return (from?.description ?? "") + "–" + (to?.description ?? "")
    }
}

/// An unordered pair of actors (ids in ascending order): a partnership, whatever its ties' kinds and directions.
public struct ActorPair: Sendable, Hashable, Comparable {
    public let first: String
    public let second: String

    public init(_ a: String, _ b: String) {
        (first, second) = a <= b ? (a, b) : (b, a)
    }

    public static func < (a: ActorPair, b: ActorPair) -> Bool { (a.first, a.second) < (b.first, b.second) }
}

extension Tie {
    /// When the tie was active: its own `start`/`end` when it has either, else its project's (`projects` by id).
    public func span(projects: [String: Project]) -> TimeSpan {
        if start != nil || end != nil { return TimeSpan(start: start, end: end) }
        guard let project, let owner = projects[project] else { return TimeSpan() }
        return owner.span
    }
}

extension Project {
    /// When the project ran, from its `start` and `end`.
    public var span: TimeSpan { TimeSpan(start: start, end: end) }
}

/// The network as it stood in a `TimeWindow`, and what was kept or dropped to make it.
public struct TimeRestriction: Sendable, Hashable {
    public var window: TimeWindow
    public var network: Network
    /// For each kept tie, its position in the whole network.
    public var keptTies: [Int]
    /// For each kept actor, its position in the whole network.
    public var keptActors: [Int]
    /// Ties kept because they have no dates (neither their own nor their project's): always present.
    public var undatedTies: Int
    /// Kept actors that nothing dates (no dated tie or project): always present.
    public var undatedActors: Int
    public var droppedTies: Int
    public var droppedActors: Int
    public var droppedProjects: Int
}

extension Network {
    /// Projects by id (the first of a repeated id).
    public var projectsByID: [String: Project] {
        Dictionary(projects.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Each tie's span, in tie order (`Tie.span`).
    public var tieSpans: [TimeSpan] {
        let byID = projectsByID
        return ties.map { $0.span(projects: byID) }
    }

    /// Whether some tie or project carries a date.
    public var hasDates: Bool { yearRange != nil }

    /// The first and last year any tie or project names; nil when nothing is dated.
    public var yearRange: ClosedRange<Int>? {
        var years: [Int] = []
        for span in tieSpans + projects.map(\.span) {
            if let start = span.start { years.append(start.year) }
            if let end = span.end { years.append(end.year) }
        }
        guard let first = years.min(), let last = years.max() else { return nil }
        return first...last
    }

    /// The first year each pair of actors was tied (the earliest start of their ties' spans). Pairs with a tie
    /// whose start is unknown (undated, or an end only) are left out: they count as tied from the beginning.
    public var firstTiedYears: [ActorPair: Int] {
        var first: [ActorPair: Int] = [:]
        var sinceUnknown = Set<ActorPair>()
        for (tie, span) in zip(ties, tieSpans) where tie.from != tie.to {
            let pair = ActorPair(tie.from, tie.to)
            guard let year = span.start?.year else { sinceUnknown.insert(pair); continue }
            first[pair] = min(first[pair] ?? year, year)
        }
        for pair in sinceUnknown { first[pair] = nil }
        return first
    }

    /// The network as it stood in `window`: the ties whose span overlaps it, the projects whose span overlaps it
    /// (or that a kept tie names), and the actors of those ties and projects. Undated ties and projects are
    /// always present, and so are actors that nothing dates (Gephi's dynamic mode); actors whose every dated
    /// tie and project lies outside the window drop out. A kept project keeps all its members, since membership
    /// of a present project is itself presence.
    public func restricted(to window: TimeWindow) -> TimeRestriction {
        let spans = tieSpans
        var keptTies: [Int] = [], undatedTies = 0
        for (i, span) in spans.enumerated() where span.overlaps(window) {
            keptTies.append(i)
            if span.isUndated { undatedTies += 1 }
        }
        let namedProjects = Set(keptTies.compactMap { ties[$0].project })
        let keptProjects = projects.filter { $0.span.overlaps(window) || namedProjects.contains($0.id) }

        var present = Set(keptTies.flatMap { [ties[$0].from, ties[$0].to] })
        for project in keptProjects { present.formUnion(project.participants) }
        var dated = Set<String>()
        for (tie, span) in zip(ties, spans) where !span.isUndated { dated.formUnion([tie.from, tie.to]) }
        for project in projects where !project.span.isUndated { dated.formUnion(project.participants) }
        var keptActors: [Int] = [], undatedActors = 0
        for (i, actor) in actors.enumerated() {
            let isDated = dated.contains(actor.id)
            guard present.contains(actor.id) || !isDated else { continue }
            keptActors.append(i)
            if !isDated { undatedActors += 1 }
        }

        var network = self
        network.actors = keptActors.map { actors[$0] }
        network.ties = keptTies.map { ties[$0] }
        network.projects = keptProjects
        return TimeRestriction(
            window: window, network: network, keptTies: keptTies, keptActors: keptActors, undatedTies: undatedTies,
            undatedActors: undatedActors, droppedTies: ties.count - keptTies.count,
            droppedActors: actors.count - keptActors.count, droppedProjects: projects.count - keptProjects.count)
    }
}

extension LoadedNetwork {
    /// The loaded network as it stood in `window` (`Network.restricted(to:)`), its tie ends renumbered for the
    /// kept actors so the analysis still needs no id lookups. Warnings stay those of the whole file; the source
    /// map, which locates records by position, is left out.
    public func restricted(to window: TimeWindow) -> (LoadedNetwork, TimeRestriction) {
        let restriction = network.restricted(to: window)
        var newPosition = [Int32](repeating: -1, count: network.actors.count)
        for (new, old) in restriction.keptActors.enumerated() { newPosition[old] = Int32(new) }
        let endpoints = TieEndpoints(
            from: restriction.keptTies.map { newPosition[Int(self.endpoints.from[$0])] },
            to: restriction.keptTies.map { newPosition[Int(self.endpoints.to[$0])] })
        let loaded = LoadedNetwork(
            network: restriction.network, warnings: warnings, sourceMap: SourceMap(file: sourceMap.file),
            endpoints: endpoints, inputFiles: inputFiles)
        return (loaded, restriction)
    }
}
