import Foundation

/// One member of a group of organisations that are probably one, left for a person to decide
/// (`import-iati --duplicates FILE.csv`; docs/iati-import.md, "Review").
public struct IATIDuplicateCandidate: Sendable, Equatable {
    public var group: Int
    public var id: String
    public var name: String
    public var ref: String?
    public var mentions: Int
    public var activities: Int
    /// Why the group was formed: `same-name` (one name, different refs), `similar-names`, `acronym`.
    public var evidence: String
    /// The member suggested as the canonical entry (most mentioned, a ref before a name).
    public var canonical: String
}

/// Finding likely duplicates among the actors of an import, and the review file.
public enum IATIDuplicateCandidates {
    /// Above this many actors only exact name matches are compared (pairwise similarity is quadratic).
    static let pairwiseLimit = 4000
    static let similarity = 0.75

    static func find(
        in network: Network,
        mentions: [String: (mentions: Int, activities: Int)]
    ) -> [IATIDuplicateCandidate] {
        let actors = network.actors
        let prints = actors.map { IATIOrganisationName.fingerprint($0.name) }
        // Tokens as sorted numbers: the pairwise comparison below runs on every pair of actors.
        var tokenNumbers: [Substring: Int] = [:]
        let tokens = prints.map { print in
            Array(
                Set(
                    print.split(separator: " ").map { token in
                        if let number = tokenNumbers[token] { return number }
                        tokenNumbers[token] = tokenNumbers.count
                        return tokenNumbers.count - 1
                    })
            ).sorted()
        }
        let onlyToken = prints.map { print in
            let distinct = Set(print.split(separator: " "))
            return distinct.count == 1 ? distinct.first.map(String.init) : nil
        }
        var parent = Array(actors.indices)
        var evidence: [Int: String] = [:]
        func root(_ i: Int) -> Int {
            var i = i
            while parent[i] != i { i = parent[i] }
            return i
        }
        func join(_ a: Int, _ b: Int, _ why: String) {
            let (ra, rb) = (root(a), root(b))
            guard ra != rb else { return }
            parent[max(ra, rb)] = min(ra, rb)
            evidence[a] = evidence[a] ?? why
            evidence[b] = evidence[b] ?? why
        }
        var byPrint: [String: Int] = [:]
        for index in actors.indices where !prints[index].isEmpty {
            if let other = byPrint[prints[index]] {
                join(other, index, "same-name")
            } else {
                byPrint[prints[index]] = index
            }
        }
        if actors.count <= pairwiseLimit {
            let acronyms = actors.map { acronym($0.name) }
            for a in actors.indices {
                for b in actors.indices where b > a && root(a) != root(b) {
                    let (countA, countB) = (tokens[a].count, tokens[b].count)
                    // Shared ≤ the smaller count and union ≥ the larger: too different in size, never similar.
                    if countA >= 2, countB >= 2, Double(min(countA, countB)) >= similarity * Double(max(countA, countB))
                    {
                        let shared = sharedCount(tokens[a], tokens[b])
                        let jaccard = Double(shared) / Double(countA + countB - shared)
                        if jaccard >= similarity {
                            join(a, b, "similar-names")
                            continue
                        }
                    }
                    if let acronym = acronyms[a], let token = onlyToken[b], token == acronym {
                        join(a, b, "acronym")
                    } else if let acronym = acronyms[b], let token = onlyToken[a], token == acronym {
                        join(a, b, "acronym")
                    }
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for index in actors.indices { groups[root(index), default: []].append(index) }
        var out: [IATIDuplicateCandidate] = []
        for (number, members) in groups.values.filter({ $0.count > 1 }).sorted(by: { $0[0] < $1[0] }).enumerated() {
            let canonical = members.max { lhs, rhs in
                let (a, b) = (mentions[actors[lhs].id]?.mentions ?? 0, mentions[actors[rhs].id]?.mentions ?? 0)
                if a != b { return a < b }
                let (refA, refB) = (
                    actors[lhs].attributes["iati_ref"] != nil, actors[rhs].attributes["iati_ref"] != nil
                )
                if refA != refB { return !refA }
                return lhs > rhs
            }!
            for index in members {
                let actor = actors[index]
                out.append(
                    IATIDuplicateCandidate(
                        group: number + 1, id: actor.id, name: actor.name, ref: actor.attributes["iati_ref"],
                        mentions: mentions[actor.id]?.mentions ?? 0, activities: mentions[actor.id]?.activities ?? 0,
                        evidence: evidence[index] ?? "similar-names", canonical: actors[canonical].id))
            }
        }
        return out
    }

    /// How many numbers two sorted lists of distinct numbers share.
    static func sharedCount(_ a: [Int], _ b: [Int]) -> Int {
        var (i, j, shared) = (0, 0, 0)
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }

    /// Initials of a name of three or more significant words ("United Nations Development Programme" → undp).
    static func acronym(_ name: String) -> String? {
        let words = foldKey(IATIOrganisationName.repaired(name)).split(separator: "-")
            .filter { !IATIOrganisationName.particles.contains(String($0)) }
        guard words.count >= 3 else { return nil }
        return String(words.compactMap(\.first))
    }

    /// The review file: one row per member. A reviewer fills `decision` (`merge` into `canonical`, `keep`, `drop`)
    /// and passes the file back with `--aliases`.
    public static func csv(_ candidates: [IATIDuplicateCandidate]) -> Data {
        CSVStreamWriter.data(
            header: header,
            rows: candidates.map { candidate in
                [
                    String(candidate.group), candidate.id, candidate.name, candidate.ref ?? "",
                    String(candidate.mentions),
                    String(candidate.activities), candidate.evidence, candidate.canonical, "",
                ]
            })
    }

    static let header = ["group", "id", "name", "ref", "mentions", "activities", "evidence", "canonical", "decision"]
}
