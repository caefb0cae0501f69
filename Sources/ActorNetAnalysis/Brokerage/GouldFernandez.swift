/// Gould–Fernandez brokerage roles (R. V. Gould & R. M. Fernandez, "Structures of mediation: a formal approach to
/// brokerage in transaction networks", Sociological Methodology 19 (1989) 89–126, doi:10.2307/270949), with the
/// expected counts, standard deviations and z-scores of R's `sna::brokerage` (C. T. Butts, sna 2.7, "Tools for
/// Social Network Analysis", https://CRAN.R-project.org/package=sna; equal to it within 1e-9 on the fixtures of
/// scripts/brokerage_reference.R).
///
/// **Counts.** Broker b mediates the ordered pair (a, c), a ≠ b ≠ c ≠ a, when a → b → c and not a → c. By groups
/// g(·): coordinator (w_I) g(a)=g(b)=g(c); itinerant (w_O) g(a)=g(c)≠g(b); representative (b_IO) g(a)=g(b)≠g(c);
/// gatekeeper (b_OI) g(a)≠g(b)=g(c); liaison (b_O) all three different; total (t) the sum. Only the presence of
/// a tie matters (weights are ignored, as sna, which treats every non-zero entry as a tie). Undirected ties count
/// in both directions (sna given the symmetric adjacency matrix), so in an undirected network each open two-path
/// a–b–c is counted twice (a→c and c→a), and the representative and gatekeeper counts are equal.
///
/// **Null model** (sna's): arcs independent with probability d = m / (N(N − 1)), m the number of arcs (two per
/// undirected tie) and N the number of actors; groups fixed. One ordered pair is brokered with probability
/// p = d²(1 − d). With n = n_g the size of the broker's group, the sums over the other groups h ≠ g, and
/// q = d³(1 − d)³ the joint probability of two open two-paths through b that share one arc:
///
/// | role | E | Var |
/// |---|---|---|
/// | w_I  | p(n−1)(n−2)             | E(1−p) + 2(n−1)(n−2)(n−3)·q |
/// | w_O  | p Σ n_h(n_h−1)          | E(1−p) + 2 Σ n_h(n_h−1)(n_h−2)·q |
/// | b_IO, b_OI | p(n−1)(N−n)       | E(1−p) + 2[(n−1)·C(N−n, 2) + (N−n)·C(n−1, 2)]·q |
/// | b_O  | p[(N−n)² − Σ n_h²]      | E(1−p) + 4 Σ n_h·C(N − n_h − n, 2)·q |
/// | t    | p(N−1)(N−2)             | E(1−p) + 2(N−1)(N−2)(N−3)·q |
///
/// z = (observed − E)/√Var; nil where Var = 0 (sna gives NaN there: a role no triple of these groups can take,
/// or a network with d = 0 or 1).
///
/// - Complexity: O(Σ_b in(b)·out(b)·log Δ) to count (one binary search per two-path), O(N + G²) for the moments
///   of G groups.
public struct BrokerageRoles: Sendable, Equatable {
    public static let roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]

    /// Per actor: counts in `roles` order.
    public var counts: [[Int]]
    public var totals: [Int]
    /// Per actor: z-score per role (nil when undefined), `roles` order, then total.
    public var z: [[Double?]]
    /// Per actor: expected count per role, `roles` order, then total (sna's `exp.nli`).
    public var expected: [[Double]]
    /// Per actor: standard deviation per role, `roles` order, then total (sna's `sd.nli`).
    public var standardDeviation: [[Double]]
}

extension CompactGraph {
    /// Brokerage roles for the partition `group` (one group label per vertex; any integers).
    public func brokerage(groups group: [Int]) -> BrokerageRoles {
        precondition(group.count == count, "one group per actor")
        let counts = brokerageCounts(groups: group)
        let moments = BrokerageMoments(groups: group, arcProbability: density)
        var z: [[Double?]] = []
        var expected: [[Double]] = []
        var deviation: [[Double]] = []
        z.reserveCapacity(count)
        for b in 0..<count {
            let own = moments.byGroup[group[b]]!
            let observed = counts[b].map(Double.init) + [Double(counts[b].reduce(0, +))]
            expected.append(own.expected)
            deviation.append(own.standardDeviation)
            z.append(observed.indices.map { role in
                own.standardDeviation[role] > 0
                    ? (observed[role] - own.expected[role]) / own.standardDeviation[role] : nil
            })
        }
        return BrokerageRoles(counts: counts, totals: counts.map { $0.reduce(0, +) }, z: z, expected: expected,
                              standardDeviation: deviation)
    }

    /// Counting phase: for every broker b, every open two-path a → b → c (a ≠ c, no arc a → c) by role.
    private func brokerageCounts(groups group: [Int]) -> [[Int]] {
        func hasArc(_ a: Int, _ c: Int) -> Bool {
            var low = Int(offsets[a]), high = Int(offsets[a + 1])
            while low < high {
                let mid = (low + high) / 2
                if Int(targets[mid]) < c { low = mid + 1 } else { high = mid }
            }
            return low < Int(offsets[a + 1]) && Int(targets[low]) == c
        }
        var counts = [[Int]](repeating: [0, 0, 0, 0, 0], count: count)
        for b in 0..<count {
            let gb = group[b]
            for ea in inNeighbours(b) {
                let a = Int(inTargets[ea])
                let ga = group[a]
                for ec in neighbours(b) {
                    let c = Int(targets[ec])
                    guard c != a, !hasArc(a, c) else { continue }
                    let gc = group[c]
                    let role: Int
                    if ga == gb && gb == gc { role = 0 } else if ga == gc { role = 1 } else if ga == gb { role = 2 }
                    else if gb == gc { role = 3 } else { role = 4 }
                    counts[b][role] += 1
                }
            }
        }
        return counts
    }
}

/// Moments phase: sna's expected counts and standard deviations, which depend only on the broker's group.
private struct BrokerageMoments {
    struct Group {
        /// The five roles, then total.
        var expected: [Double]
        var standardDeviation: [Double]
    }

    var byGroup: [Int: Group] = [:]

    init(groups group: [Int], arcProbability d: Double) {
        var sizes: [Int: Double] = [:]
        for g in group { sizes[g, default: 0] += 1 }
        let total = Double(group.count)
        // p: one given ordered pair open through b; q: two open two-paths through b sharing one arc.
        let p = d * d * (1 - d)
        let q = d * d * d * (1 - d) * (1 - d) * (1 - d)
        func choose2(_ x: Double) -> Double { x * (x - 1) / 2 }
        for (label, n) in sizes {
            let others = sizes.filter { $0.key != label }.map(\.value).sorted()
            let outside = total - n
            let expected = [
                p * (n - 1) * (n - 2),
                p * others.reduce(0) { $0 + $1 * ($1 - 1) },
                p * outside * (n - 1),
                p * outside * (n - 1),
                p * (outside * outside - others.reduce(0) { $0 + $1 * $1 }),
                p * (total - 1) * (total - 2),
            ]
            let shared = [
                2 * (n - 1) * (n - 2) * (n - 3),
                2 * others.reduce(0) { $0 + $1 * ($1 - 1) * ($1 - 2) },
                2 * ((n - 1) * choose2(outside) + outside * choose2(n - 1)),
                2 * ((n - 1) * choose2(outside) + outside * choose2(n - 1)),
                4 * others.reduce(0) { $0 + $1 * choose2(total - $1 - n) },
                2 * (total - 1) * (total - 2) * (total - 3),
            ]
            let deviation = zip(expected, shared).map { mean, pairs in
                max(0, mean * (1 - p) + pairs * q).squareRoot()
            }
            byGroup[label] = Group(expected: expected, standardDeviation: deviation)
        }
    }
}
