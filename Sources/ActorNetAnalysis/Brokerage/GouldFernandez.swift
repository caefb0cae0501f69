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
/// **Network level** (`network`, sna's `raw.gli`, `exp.gli`, `sd.gli`, `z.gli`): the counts summed over all
/// brokers, with sna's expectations and variances for the sums (terms in d³(1−d)³, d⁴(1−d)² and d⁵(1−d) for
/// pairs of open two-paths that share an arc through different brokers); written out in `NetworkMoments`.
///
/// - Complexity: O(Σ_b in(b)·out(b)·log Δ) to count (one binary search per two-path), O(N + G²) for the actors'
///   moments and O(G³) for the network's liaison variance, G the number of groups.
public struct BrokerageRoles: Sendable, Equatable {
    public static let roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]
    /// Position of the total after the five roles in `z`, `expected`, `standardDeviation` and the network's lists.
    public static let total = roles.count

    /// Per actor: counts in `roles` order.
    public var counts: [[Int]]
    public var totals: [Int]
    /// Per actor: z-score per role (nil when undefined), `roles` order, then total.
    public var z: [[Double?]]
    /// Per actor: expected count per role, `roles` order, then total (sna's `exp.nli`).
    public var expected: [[Double]]
    /// Per actor: standard deviation per role, `roles` order, then total (sna's `sd.nli`).
    public var standardDeviation: [[Double]]
    /// The whole network: counts summed over brokers and their moments (sna's `*.gli`).
    public var network: NetworkBrokerage
}

/// Brokerage summed over all brokers: per role in `BrokerageRoles.roles` order, then total.
public struct NetworkBrokerage: Sendable, Equatable {
    public var counts: [Int]
    public var expected: [Double]
    public var standardDeviation: [Double]
    /// nil where the variance is not positive (sna: NaN).
    public var z: [Double?]
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
            z.append(
                observed.indices.map { role in
                    own.standardDeviation[role] > 0
                        ? (observed[role] - own.expected[role]) / own.standardDeviation[role] : nil
                })
        }
        let sums = (0..<5).map { role in counts.reduce(0) { $0 + $1[role] } }
        let whole = NetworkMoments(groups: group, arcProbability: density)
        let observed = (sums + [sums.reduce(0, +)]).map(Double.init)
        let network = NetworkBrokerage(
            counts: sums + [sums.reduce(0, +)], expected: whole.expected, standardDeviation: whole.standardDeviation,
            z: observed.indices.map { role in
                whole.standardDeviation[role] > 0
                    ? (observed[role] - whole.expected[role]) / whole.standardDeviation[role] : nil
            })
        return BrokerageRoles(
            counts: counts, totals: counts.map { $0.reduce(0, +) }, z: z, expected: expected,
            standardDeviation: deviation, network: network)
    }

    /// Counting phase: for every broker b, every open two-path a → b → c (a ≠ c, no arc a → c) by role.
    private func brokerageCounts(groups group: [Int]) -> [[Int]] {
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
                    if ga == gb && gb == gc {
                        role = 0
                    } else if ga == gc {
                        role = 1
                    } else if ga == gb {
                        role = 2
                    } else if gb == gc {
                        role = 3
                    } else {
                        role = 4
                    }
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

/// Moments phase for the whole network: sna's `exp.gli` and `sd.gli`, term by term as sna writes them, over the
/// group sizes n_i (N = Σ n_i), with p = d²(1−d), and a = d³(1−d)³, b = d⁴(1−d)², c = d⁵(1−d):
///
/// - w_I: E = p Σ n(n−1)(n−2); Var = E(1−p) + Σ n(n−1)(n−2)[(4n−10)a − 4(n−3)b + (n−3)c]
/// - w_O: E = p Σ n(N−n)(n−1); Var = E(1−p) + Σ_{i≠j} n_i n_j (n_i−1)[(2n_i + 2n_j − 6)a + (N − n_i − 1)c]
/// - b_IO = b_OI: E = p Σ n(N−n)(n−1); Var = E(1−p) + Σ n(N−n)(n−1)[(N−3)a + (n−2)c]
/// - b_O: E = p[Σ_{i,j} n_i n_j (N − n_i − n_j) − Σ n²(N − 2n)]; Var = E(1−p) + Σ_{i,j,k distinct} n_i n_j n_k
///   [(4(N−n_j) − 2(n_i+n_k+1))a − (4(N−n_k) − 2(n_i+n_j+1))b + (N − (n_i+n_k+1))c]
/// - t: E = p N(N−1)(N−2); Var = E(1−p) + N(N−1)(N−2)[(4N−10)a − 4(N−3)b + (N−3)c]
///
/// (sna sums w_O's variance over all (i, j) and subtracts the i = j terms; the same sum.) A variance that is not
/// positive gives standard deviation 0 (sna: NaN).
private struct NetworkMoments {
    var expected: [Double]
    var standardDeviation: [Double]

    init(groups group: [Int], arcProbability d: Double) {
        var sizeOf: [Int: Double] = [:]
        var order: [Int] = []
        for g in group {
            if sizeOf[g] == nil { order.append(g) }
            sizeOf[g, default: 0] += 1
        }
        let n = order.map { sizeOf[$0]! }  // in order of first appearance, as sna's unique(cl)
        let total = Double(group.count)
        let p = d * d * (1 - d)
        let a = d * d * d * (1 - d) * (1 - d) * (1 - d)
        let b = d * d * d * d * (1 - d) * (1 - d)
        let c = d * d * d * d * d * (1 - d)
        func sum(_ term: (Double) -> Double) -> Double { n.reduce(0) { $0 + term($1) } }

        var mean = [Double](repeating: 0, count: 6)
        var variance = [Double](repeating: 0, count: 6)
        mean[0] = p * sum { $0 * ($0 - 1) * ($0 - 2) }
        variance[0] =
            mean[0] * (1 - p)
            + sum { $0 * ($0 - 1) * ($0 - 2) * ((4 * $0 - 10) * a - 4 * ($0 - 3) * b + ($0 - 3) * c) }
        mean[1] = p * sum { $0 * (total - $0) * ($0 - 1) }
        var itinerant = 0.0
        for x in n {
            for y in n { itinerant += x * y * (x - 1) * ((2 * x + 2 * y - 6) * a + (total - x - 1) * c) }
        }
        itinerant -= sum { $0 * $0 * ($0 - 1) * ((4 * $0 - 6) * a + (total - $0 - 1) * c) }
        variance[1] = mean[1] * (1 - p) + itinerant
        mean[2] = p * sum { $0 * (total - $0) * ($0 - 1) }
        variance[2] = mean[2] * (1 - p) + sum { $0 * (total - $0) * ($0 - 1) * ((total - 3) * a + ($0 - 2) * c) }
        mean[3] = mean[2]
        variance[3] = variance[2]
        var pairs = 0.0
        for x in n { for y in n { pairs += x * y * (total - x - y) } }
        mean[4] = p * (pairs - sum { $0 * $0 * (total - 2 * $0) })
        var liaison = mean[4] * (1 - p)
        for i in n.indices {
            for j in n.indices where j != i {
                for k in n.indices where k != i && k != j {
                    let (ni, nj, nk) = (n[i], n[j], n[k])
                    liaison +=
                        ni * nj * nk
                        * ((4 * (total - nj) - 2 * (ni + nk + 1)) * a
                            - (4 * (total - nk) - 2 * (ni + nj + 1)) * b + (total - (ni + nk + 1)) * c)
                }
            }
        }
        variance[4] = liaison
        mean[5] = p * total * (total - 1) * (total - 2)
        variance[5] =
            mean[5] * (1 - p)
            + total * (total - 1) * (total - 2) * ((4 * total - 10) * a - 4 * (total - 3) * b + (total - 3) * c)
        expected = mean
        standardDeviation = variance.map { $0 > 0 ? $0.squareRoot() : 0 }
    }
}
