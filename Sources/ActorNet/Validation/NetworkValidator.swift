import Foundation

/// Checks a decoded network against the model's rules and normalises it.
///
/// Errors: empty or duplicate ids, ties/projects naming unknown actors, ties naming unknown projects, SDGs outside
/// 1–17. Warnings: duplicate ties (merged by summing weights), self-loops (dropped), isolated actors.
public enum NetworkValidator {
    public struct Result: Sendable {
        public var network: Network
        public var diagnostics: [Diagnostic]
    }

    public static func validate(_ input: Network, sourceMap: SourceMap) -> Result {
        var diagnostics: [Diagnostic] = []
        func error(_ location: SourceLocation, _ message: String) {
            diagnostics.append(Diagnostic(.error, location, message))
        }
        func warning(_ location: SourceLocation, _ message: String) {
            diagnostics.append(Diagnostic(.warning, location, message))
        }

        /// First position of each id; empty and repeated ids are errors.
        func uniqueIDs(_ ids: [String], _ what: String, _ locate: (Int) -> SourceLocation) -> [String: Int] {
            var first: [String: Int] = [:]
            first.reserveCapacity(ids.count)
            for (i, id) in ids.enumerated() {
                if id.allSatisfy(\.isWhitespace) {
                    error(locate(i), "\(what) has an empty `id`")
                } else if let earlier = first[id] {
                    error(locate(i), "duplicate \(what) id `\(id)` (first defined at \(locate(earlier)))")
                } else {
                    first[id] = i
                }
            }
            return first
        }
        let firstActor = uniqueIDs(input.actors.map(\.id), "actor") { sourceMap.actor($0, "id") }
        let firstProject = uniqueIDs(input.projects.map(\.id), "project") { sourceMap.project($0, "id") }
        let actorIDs = Array(firstActor.keys)
        func unknownActor(_ id: String, _ location: SourceLocation, _ what: String) {
            var message = "\(what) names unknown actor `\(id)`"
            if let near = nearest(id, among: actorIDs) { message += " (did you mean `\(near)`?)" }
            error(location, message)
        }

        var ties: [Tie] = []
        ties.reserveCapacity(input.ties.count)
        var mergedAt: [TieKey: Int] = [:]
        mergedAt.reserveCapacity(input.ties.count)
        /// The position of a tie endpoint, or nil after reporting it (no array allocated per tie: hot on big files).
        func endpoint(_ id: String, _ field: String, _ i: Int) -> Int? {
            if id.isEmpty {
                error(sourceMap.tie(i, field), "tie has an empty `\(field)`")
                return nil
            }
            guard let position = firstActor[id] else {
                unknownActor(id, sourceMap.tie(i, field), "tie field `\(field)`")
                return nil
            }
            return position
        }
        for (i, tie) in input.ties.enumerated() {
            let from = endpoint(tie.from, "from", i), to = endpoint(tie.to, "to", i)
            // A tie's project is checked when the network defines projects; otherwise it is a free label (CSV).
            if let project = tie.project, !input.projects.isEmpty, firstProject[project] == nil {
                error(sourceMap.tie(i, "project"), "tie names unknown project `\(project)`")
            }
            guard let from, let to else { continue }
            if tie.from == tie.to {
                warning(sourceMap.tie(i), "self-loop on `\(tie.from)` dropped")
                continue
            }
            let key = TieKey(tie, from: from, to: to, networkDirected: input.directed)
            if let existing = mergedAt[key] {
                ties[existing].weight += tie.weight
                warning(sourceMap.tie(i), "duplicate tie `\(tie.from)` – `\(tie.to)` (\(tie.kind.rawValue)) merged by summing weights, now \(formatNumber(ties[existing].weight))")
                continue
            }
            mergedAt[key] = ties.count
            ties.append(tie)
        }

        for (i, project) in input.projects.enumerated() {
            if let lead = project.lead, firstActor[lead] == nil {
                unknownActor(lead, sourceMap.project(i, "lead"), "project `\(project.id)` field `lead`")
            }
            for (m, member) in project.members.enumerated() {
                if member.actor.isEmpty {
                    error(sourceMap.project(i, "members[\(m)]"), "project `\(project.id)` has a member with an empty `actor`")
                } else if firstActor[member.actor] == nil {
                    unknownActor(member.actor, sourceMap.project(i, "members[\(m)]"), "project `\(project.id)` member")
                }
            }
            for (s, goal) in project.sdgs.enumerated() where !(1...17).contains(goal) {
                error(sourceMap.project(i, "sdgs[\(s)]"), "project `\(project.id)`: SDG \(goal) is outside 1–17")
            }
        }

        var tied = [Bool](repeating: false, count: input.actors.count)
        for key in mergedAt.keys { tied[key.a] = true; tied[key.b] = true }
        for (i, actor) in input.actors.enumerated() where !tied[i] && firstActor[actor.id] == i {
            warning(sourceMap.actor(i), "isolated actor `\(actor.id)`: no ties")
        }

        var network = input
        network.ties = ties
        return Result(network: network, diagnostics: diagnostics)
    }

    /// Adds actors named by ties but not declared, in order of first mention, with `unspecified` sector and level.
    public static func inferActors(_ network: inout Network, sourceMap: inout SourceMap) {
        var known = Set(network.actors.map(\.id))
        known.reserveCapacity(network.ties.count)
        for (i, tie) in network.ties.enumerated() {
            for (field, id) in [("from", tie.from), ("to", tie.to)] where !id.isEmpty && known.insert(id).inserted {
                network.actors.append(Actor(id: id))
                sourceMap.actors.append(FieldLocations(start: sourceMap.tie(i, field)))
            }
        }
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
        guard let (candidate, distance) = best, distance <= max(1, id.count / 3), distance < id.count else { return nil }
        return candidate
    }
}

/// Identity of a tie for duplicate detection: endpoint positions (unordered when undirected), kind and project.
struct TieKey: Hashable {
    var a: Int, b: Int, kind: TieKind, project: String?, directed: Bool

    init(_ tie: Tie, from: Int, to: Int, networkDirected: Bool) {
        directed = tie.isDirected(networkDirected: networkDirected)
        if directed || from <= to { a = from; b = to } else { a = to; b = from }
        kind = tie.kind
        project = tie.project
    }
}

/// `2`, `2.5`, `0.333333`: short, locale-free.
public func formatNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(format: "%.6g", value)
}
