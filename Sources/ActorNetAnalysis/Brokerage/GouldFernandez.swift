/// Gould–Fernandez brokerage roles (Gould & Fernandez 1989, Sociological Methodology 19:89–126,
/// doi:10.2307/270949), with expected counts and z-scores as R's `sna::brokerage` computes them.
///
/// Broker b mediates the ordered pair (a, c), a ≠ c, when a → b → c and not a → c. By groups g(·):
/// coordinator (w_I) g(a)=g(b)=g(c); itinerant (w_O) g(a)=g(c)≠g(b); representative (b_IO) g(a)=g(b)≠g(c);
/// gatekeeper (b_OI) g(a)≠g(b)=g(c); liaison (b_O) all three different. Undirected ties count in both
/// directions, so in an undirected network each open two-path a–b–c is counted twice (a→c and c→a), and the
/// representative and gatekeeper counts are equal.
///
/// Expected counts under a random graph with the observed density d and fixed groups: with p = d²(1 − d) and
/// n_g the size of b's group, N the number of actors: E[w_I] = p(n_g−1)(n_g−2); E[w_O] = p Σ_{h≠g} n_h(n_h−1);
/// E[b_IO] = E[b_OI] = p(n_g−1)(N−n_g); E[b_O] = p[(N−n_g)² − Σ_{h≠g} n_h²]; E[total] = p(N−1)(N−2).
/// Standard deviation sqrt(E(1 − p)) (binomial); z = (observed − E)/sd, nil when sd = 0.
///
/// - Complexity: O(Σ_b in(b)·out(b)·log) per network.
public struct BrokerageRoles: Sendable, Equatable {
    public static let roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"]

    /// Per actor: counts in `roles` order.
    public var counts: [[Int]]
    public var totals: [Int]
    /// Per actor: z-score per role (nil when undefined), `roles` order, then total.
    public var z: [[Double?]]
    public var expected: [[Double]]
}

extension CompactGraph {
    /// Brokerage roles for the partition `group` (one group label per vertex).
    public func brokerage(groups group: [Int]) -> BrokerageRoles {
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
            for ea in inNeighbours(b) {
                let a = Int(inTargets[ea])
                for ec in neighbours(b) {
                    let c = Int(targets[ec])
                    guard c != a, !hasArc(a, c) else { continue }
                    let ga = group[a], gb = group[b], gc = group[c]
                    let role: Int
                    if ga == gb && gb == gc { role = 0 } else if ga == gc { role = 1 } else if ga == gb { role = 2 }
                    else if gb == gc { role = 3 } else { role = 4 }
                    counts[b][role] += 1
                }
            }
        }
        let n = count
        var sizes: [Int: Int] = [:]
        for g in group { sizes[g, default: 0] += 1 }
        let d = density
        let p = d * d * (1 - d)
        var expected: [[Double]] = []
        var z: [[Double?]] = []
        for b in 0..<n {
            let own = Double(sizes[group[b]]!)
            let others = sizes.filter { $0.key != group[b] }.map { Double($0.value) }
            let total = Double(n)
            let e = [
                p * (own - 1) * (own - 2),
                p * others.reduce(0) { $0 + $1 * ($1 - 1) },
                p * (own - 1) * (total - own),
                p * (own - 1) * (total - own),
                p * ((total - own) * (total - own) - others.reduce(0) { $0 + $1 * $1 }),
                p * (total - 1) * (total - 2),
            ]
            let observed = counts[b].map(Double.init) + [Double(counts[b].reduce(0, +))]
            expected.append(e)
            z.append(zip(observed, e).map { value, mean in
                let sd = (mean * (1 - p)).squareRoot()
                return sd > 0 ? (value - mean) / sd : nil
            })
        }
        return BrokerageRoles(counts: counts, totals: counts.map { $0.reduce(0, +) }, z: z, expected: expected)
    }
}
