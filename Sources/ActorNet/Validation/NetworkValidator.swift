import Foundation

/// Checks a decoded network against the model's rules and normalises it.
///
/// Errors: empty or duplicate ids, ties/projects naming unknown actors, ties naming unknown projects, SDGs outside
/// 1–17, weights outside `WeightRange` (also when duplicates are summed), an `end` before the `start` (ties and
/// projects), Net-Map attributes out of range (`ValidationPass+NetMap.swift`). Warnings: duplicate ties (merged by
/// summing weights), self-loops (dropped), isolated actors.
public enum NetworkValidator {
    public struct Result: Sendable {
        public var network: Network
        public var diagnostics: [Diagnostic]
        /// `sourceMap` extended by the inferred actors.
        public var sourceMap: SourceMap
        /// The actor position of each tie's ends in `network`, resolved once here so later stages need not look ids
        /// up again.
        public var endpoints: TieEndpoints
    }

    /// Validates `input`; with `inferActors`, actors named by ties but not declared are added first (in order of
    /// first mention, `unspecified` sector and level, located at the tie field that named them).
    ///
    /// - Complexity: one id lookup per tie endpoint; duplicates found by grouping ties on their ends with counting
    ///   sorts (O(n + m)); ties are copied only when some are merged or dropped.
    public static func validate(_ input: Network, sourceMap: SourceMap, inferActors: Bool = false) -> Result {
        var pass = ValidationPass(input, sourceMap: sourceMap, inferActors: inferActors)
        pass.checkTies()
        pass.checkProjects()
        pass.checkNetMapAttributes()
        pass.warnIsolated()
        return Result(
            network: pass.network, diagnostics: pass.diagnostics, sourceMap: pass.map,
            endpoints: TieEndpoints(from: pass.from, to: pass.to))
    }

    /// Diagnostics ordered by file, then line, then column; order of discovery otherwise.
    public static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let x = a.element.location, y = b.element.location
            if x.file != y.file { return a.offset < b.offset }
            let lineX = x.line ?? Int.max, lineY = y.line ?? Int.max
            if lineX != lineY { return lineX < lineY }
            if (x.column ?? 0) != (y.column ?? 0) { return (x.column ?? 0) < (y.column ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
    }

    static func nearest(_ id: String, among ids: [String]) -> String? {
        guard ids.count <= 50_000 else { return nil }  // keep messages cheap on huge inputs
        var best: (String, Int)?
        for candidate in ids {
            let distance = editDistance(id.lowercased(), candidate.lowercased())
            if best == nil || distance < best!.1 || (distance == best!.1 && candidate < best!.0) {
                best = (candidate, distance)
            }
        }
        guard let (candidate, distance) = best, distance <= max(1, id.count / 3), distance < id.count else {
            return nil
        }
        return candidate
    }
}

/// The state of one validation: the network as it is being normalised and what was found. A struct with mutating
/// phases rather than closures over locals, so the per-tie loop touches plain stored properties.
struct ValidationPass {
    let input: Network
    let sourceMap: SourceMap
    let inferActors: Bool
    var network: Network
    var map: SourceMap
    var diagnostics: [Diagnostic] = []
    var firstActor: IDTable
    var firstProject: IDTable
    /// Actor positions of the kept ties' ends.
    var from: [Int32] = []
    var to: [Int32] = []
    /// Actor ids for "did you mean" suggestions, made when the first unknown id is met.
    var suggestions: [String]?

    init(_ input: Network, sourceMap: SourceMap, inferActors: Bool) {
        self.input = input
        self.sourceMap = sourceMap
        self.inferActors = inferActors
        network = input
        map = sourceMap
        firstActor = IDTable()
        firstProject = IDTable()
        firstActor = uniqueIDs(input.actors.map(\.id), .recordActor) { sourceMap.actor($0, "id") }
        firstProject = uniqueIDs(input.projects.map(\.id), .recordProject) { sourceMap.project($0, "id") }
    }

    mutating func error(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.error, location, message))
    }

    mutating func warning(_ location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(.warning, location, message))
    }

    mutating func error(_ location: SourceLocation, wording: @escaping @Sendable (Language) -> String) {
        diagnostics.append(Diagnostic(.error, location, wording: wording))
    }

    mutating func warning(_ location: SourceLocation, wording: @escaping @Sendable (Language) -> String) {
        diagnostics.append(Diagnostic(.warning, location, wording: wording))
    }

    /// First position of each id; empty and repeated ids are errors.
    mutating func uniqueIDs(_ ids: [String], _ what: CatalogueKey, _ locate: (Int) -> SourceLocation) -> IDTable {
        var first = IDTable(minimumCapacity: inferActors ? ids.count + input.ties.count / 2 : ids.count)
        for (i, id) in ids.enumerated() {
            if id.allSatisfy(\.isWhitespace) {
                error(locate(i)) { $0.text(.validationEmptyID, ["record": $0.text(what)]) }
            } else if let earlier = first[id] {
                let location = locate(earlier)
                error(locate(i)) {
                    $0.text(.validationDuplicateID, ["record": $0.text(what), "id": id, "location": location])
                }
            } else {
                first.insert(id, i)
            }
        }
        return first
    }

    /// `what` words the place that names the actor (`tie field `from``) in each language.
    mutating func unknownActor(
        _ id: String, _ location: SourceLocation,
        _ what: @escaping @Sendable (Language) -> String
    ) {
        if suggestions == nil { suggestions = firstActor.ids }
        let near = NetworkValidator.nearest(id, among: suggestions!)
        error(location) { language in
            let message = language.text(.validationUnknownActor, ["what": what(language), "id": id])
            guard let near else { return message }
            return message + language.text(.validationDidYouMean, ["suggestion": near])
        }
    }

    /// The position of tie `i`'s end `field` (inferring the actor when asked), or nil after reporting it.
    @inline(__always)
    mutating func endpoint(_ id: String, _ field: String, _ i: Int) -> Int? {
        if let position = firstActor[id] { return position }
        return missingEndpoint(id, field, i)
    }

    mutating func missingEndpoint(_ id: String, _ field: String, _ i: Int) -> Int? {
        if id.isEmpty {
            error(sourceMap.tie(i, field)) { $0.text(.validationEmptyTieEnd, ["field": field]) }
            return nil
        }
        guard inferActors else {
            unknownActor(id, sourceMap.tie(i, field)) { $0.text(.validationWhatTieField, ["field": field]) }
            return nil
        }
        let position = network.actors.count
        network.actors.append(Actor(id: id))
        map.actors.append(FieldLocations(start: sourceMap.tie(i, field)))
        firstActor.insert(id, position)
        return position
    }

    /// Resolves every tie's ends; drops self-loops and ties with a bad end; merges duplicates by summing weights.
    mutating func checkTies() {
        let ties = input.ties
        from.reserveCapacity(ties.count)
        to.reserveCapacity(ties.count)
        if inferActors {  // room for the actors the ties will name (untouched capacity costs no memory)
            network.actors.reserveCapacity(input.actors.count + ties.count / 2)
            map.actors.reserveCapacity(input.actors.count + ties.count / 2)
        }
        var kept = [Bool](repeating: true, count: ties.count)
        // Edge lists usually come grouped by source (adjacency order, sorted exports): the last `from` resolved is
        // checked before the table, which spares most of the lookups on such files.
        var lastFrom = "", lastFromPosition = -1
        for i in ties.indices {
            let a: Int?
            if lastFromPosition >= 0 && ties[i].from == lastFrom {
                a = lastFromPosition
            } else {
                a = endpoint(ties[i].from, "from", i)
                if let a { (lastFrom, lastFromPosition) = (ties[i].from, a) }
            }
            let b = endpoint(ties[i].to, "to", i)
            from.append(Int32(a ?? -1))
            to.append(Int32(b ?? -1))
            // A tie's project is checked when the network defines projects; otherwise it is a free label (CSV).
            if let project = ties[i].project, !input.projects.isEmpty, firstProject[project] == nil {
                error(sourceMap.tie(i, "project")) { $0.text(.validationUnknownProject, ["project": project]) }
            }
            checkWeight(ties[i], i)
            if let start = ties[i].start, let end = ties[i].end { checkOrder(start, end, sourceMap.tie(i, "end")) }
            guard let a, let b else { kept[i] = false; continue }
            if a == b {
                let id = ties[i].from
                warning(sourceMap.tie(i)) { $0.text(.validationSelfLoop, ["id": id]) }
                kept[i] = false
            }
        }
        let summed = mergeDuplicates(ties, &kept)
        guard !summed.isEmpty || kept.contains(false) else { return }  // nothing merged or dropped: share storage
        var keptTies: [Tie] = [], keptFrom: [Int32] = [], keptTo: [Int32] = []
        for i in ties.indices where kept[i] {
            var tie = ties[i]
            if let weight = summed[i] { tie.weight = weight }
            keptTies.append(tie)
            keptFrom.append(from[i])
            keptTo.append(to[i])
        }
        network.ties = keptTies
        (from, to) = (keptFrom, keptTo)
    }

    /// A weight the readers did not parse (a network built in code or by the IATI importer) must still be finite,
    /// > 0 and inside `WeightRange`; the readers have already refused such text with the field's position.
    mutating func checkWeight(_ tie: Tie, _ i: Int) {
        let weight = tie.weight
        guard weight.isFinite, weight > 0 else {
            error(sourceMap.tie(i, "weight"), "field `weight`: \(weight) is not a finite number > 0")
            return
        }
        if let reason = WeightRange.problem(weight) {
            error(sourceMap.tie(i, "weight"), "field `weight`: \(weight) \(reason)")
        }
    }

    /// Finds ties with the same ends (unordered when undirected), kind, project, dates and directedness; each
    /// later one is dropped (`kept` false) and its weight added to the first, in tie order. Returns the summed
    /// weights by the first tie's index.
    ///
    /// Ties are grouped by their ends with two stable counting sorts (O(n + m), no hashing of 500k keys), so
    /// each group lists its ties in file order; only ties inside a group are compared.
    mutating func mergeDuplicates(_ ties: [Tie], _ kept: inout [Bool]) -> [Int: Double] {
        let n = network.actors.count
        var low = [Int32](repeating: 0, count: ties.count), high = low
        var candidates: [Int32] = []
        candidates.reserveCapacity(ties.count)
        for i in ties.indices where kept[i] {
            let directed = ties[i].directed ?? input.directed
            (low[i], high[i]) = directed || from[i] <= to[i] ? (from[i], to[i]) : (to[i], from[i])
            candidates.append(Int32(i))
        }
        func stableOrder(_ order: [Int32], by key: [Int32]) -> [Int32] {
            var start = [Int](repeating: 0, count: n + 1)
            for i in order { start[Int(key[Int(i)]) + 1] += 1 }
            for v in 0..<n { start[v + 1] += start[v] }
            var result = [Int32](repeating: 0, count: order.count)
            for i in order { let k = Int(key[Int(i)]); result[start[k]] = i; start[k] += 1 }
            return result
        }
        let order = stableOrder(stableOrder(candidates, by: high), by: low)
        var summed: [Int: Double] = [:]
        var merges: [(tie: Int, severity: Diagnostic.Severity, wording: @Sendable (Language) -> String)] = []
        var groupStart = 0
        while groupStart < order.count {
            let first = Int(order[groupStart])
            var groupEnd = groupStart + 1
            while groupEnd < order.count, low[Int(order[groupEnd])] == low[first],
                high[Int(order[groupEnd])] == high[first]
            {
                groupEnd += 1
            }
            if groupEnd - groupStart > 1 {
                var firstOf: [TieKey: Int] = [:]
                for position in groupStart..<groupEnd {
                    let i = Int(order[position])
                    let key = TieKey(ties[i], from: Int(from[i]), to: Int(to[i]), networkDirected: input.directed)
                    guard let earlier = firstOf[key] else { firstOf[key] = i; continue }
                    let weight = summed[earlier, default: ties[earlier].weight] + ties[i].weight
                    summed[earlier] = weight
                    kept[i] = false
                    let (from, to, kind) = (ties[i].from, ties[i].to, ties[i].kind.rawValue)
                    let sum = formatNumber(weight)
                    @Sendable func tie(_ language: Language) -> String {
                        language.text(.validationDuplicateTie, ["from": from, "to": to, "kind": kind])
                    }
                    if weight > WeightRange.largest {  // each weight is in range; their sum may not be
                        merges.append(
                            (
                                i, .error,
                                {
                                    $0.text(.validationSummedWeightTooLarge, ["tie": tie($0), "sum": sum])
                                }
                            ))
                    } else {
                        merges.append(
                            (
                                i, .warning,
                                {
                                    $0.text(.validationDuplicateTieMerged, ["tie": tie($0), "weight": sum])
                                }
                            ))
                    }
                }
            }
            groupStart = groupEnd
        }
        for merge in merges.sorted(by: { $0.tie < $1.tie }) {
            if merge.severity == .error {
                error(sourceMap.tie(merge.tie, "weight"), wording: merge.wording)
            } else {
                warning(sourceMap.tie(merge.tie), wording: merge.wording)
            }
        }
        return summed
    }

    /// An end before the start is an error at the `end` field (both already read as dates by the readers).
    mutating func checkOrder(_ start: String, _ end: String, _ location: SourceLocation) {
        guard TimeSpan(start: start, end: end).isReversed else { return }
        error(location) { $0.text(.validationEndBeforeStart, ["end": end, "start": start]) }
    }

    mutating func checkProjects() {
        for (i, project) in input.projects.enumerated() {
            if let start = project.start, let end = project.end { checkOrder(start, end, sourceMap.project(i, "end")) }
            if let lead = project.lead, firstActor[lead] == nil {
                unknownActor(lead, sourceMap.project(i, "lead")) {
                    $0.text(.validationWhatProjectLead, ["project": project.id])
                }
            }
            for (m, member) in project.members.enumerated() {
                if member.actor.isEmpty {
                    error(sourceMap.project(i, "members[\(m)]")) {
                        $0.text(.validationEmptyMember, ["project": project.id])
                    }
                } else if firstActor[member.actor] == nil {
                    unknownActor(member.actor, sourceMap.project(i, "members[\(m)]")) {
                        $0.text(.validationWhatProjectMember, ["project": project.id])
                    }
                }
            }
            for (s, goal) in project.sdgs.enumerated() where !(1...17).contains(goal) {
                error(sourceMap.project(i, "sdgs[\(s)]")) {
                    $0.text(.validationSDGRange, ["project": project.id, "goal": goal])
                }
            }
        }
    }

    mutating func warnIsolated() {
        var tied = [Bool](repeating: false, count: network.actors.count)
        for (a, b) in zip(from, to) { tied[Int(a)] = true; tied[Int(b)] = true }
        for i in network.actors.indices where !tied[i] && firstActor[network.actors[i].id] == i {
            let id = network.actors[i].id
            warning(map.actor(i)) { $0.text(.validationIsolatedActor, ["id": id]) }
        }
    }
}

/// The actor positions of each tie's ends, in tie order: `network.actors[Int(from[i])]` is `ties[i].from`.
/// Valid for the network it was resolved on, as long as its actors and ties are not changed.
public struct TieEndpoints: Sendable, Hashable {
    public var from: [Int32]
    public var to: [Int32]

    public init(from: [Int32], to: [Int32]) {
        self.from = from
        self.to = to
    }
}

/// Identity of a tie for duplicate detection: endpoint positions (unordered when undirected), kind, project and
/// dates (the same partnership in two periods is two ties, not one of double weight).
struct TieKey: Hashable {
    var a: Int32, b: Int32, kind: TieKind, project: String?, directed: Bool, start: String?, end: String?

    init(_ tie: Tie, from: Int, to: Int, networkDirected: Bool) {
        directed = tie.isDirected(networkDirected: networkDirected)
        if directed || from <= to { a = Int32(from); b = Int32(to) } else { a = Int32(to); b = Int32(from) }
        kind = tie.kind
        project = tie.project
        start = tie.start
        end = tie.end
    }
}

/// `2`, `2.5`, `0.333333`: short, locale-free. `package`: the diagrams' tooltips show weights alike; a user of the
/// library formats numbers as they please.
package func formatNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(format: "%.6g", value)
}
