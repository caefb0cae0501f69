import ActorNet
import Testing

@testable import ActorNetAnalysis

@Suite struct GouldFernandezTests {
    /// Each broker b sits on exactly one open two-path a → b → c, built to produce one role each.
    /// Groups: A = {a1, a2, a3, b1}, B = {x1, x2}, C = {y1}.
    @Test func everyRoleByHand() {
        let ids = ["a1", "a2", "a3", "x1", "x2", "y1"]
        let groups = [0, 0, 0, 1, 1, 2]
        func roles(_ ties: [(String, String)]) -> [[Int]] {
            let network = Network(
                name: "g", directed: true, actors: ids.map { Actor(id: $0) },
                ties: ties.map { Tie(from: $0.0, to: $0.1) })
            return CompactGraph(network).brokerage(groups: groups).counts
        }
        // coordinator: a1 → a2 → a3 (all A)
        #expect(roles([("a1", "a2"), ("a2", "a3")])[1] == [1, 0, 0, 0, 0])
        // itinerant: a1 → x1 → a2 (A, B, A)
        #expect(roles([("a1", "x1"), ("x1", "a2")])[3] == [0, 1, 0, 0, 0])
        // representative: a1 → a2 → x1 (A, A, B)
        #expect(roles([("a1", "a2"), ("a2", "x1")])[1] == [0, 0, 1, 0, 0])
        // gatekeeper: x1 → a1 → a2 (B, A, A)
        #expect(roles([("x1", "a1"), ("a1", "a2")])[0] == [0, 0, 0, 1, 0])
        // liaison: a1 → x1 → y1 (A, B, C)
        #expect(roles([("a1", "x1"), ("x1", "y1")])[3] == [0, 0, 0, 0, 1])
        // a closed triad is not brokerage: a1 → a2 → a3 with a1 → a3
        #expect(roles([("a1", "a2"), ("a2", "a3"), ("a1", "a3")])[1] == [0, 0, 0, 0, 0])
    }

    @Test func undirectedTiesCountBothDirections() {
        let network = Network(
            name: "u", actors: ["a", "b", "c"].map { Actor(id: $0) },
            ties: [Tie(from: "a", to: "b"), Tie(from: "b", to: "c")])
        let result = CompactGraph(network).brokerage(groups: [0, 1, 0])
        #expect(result.counts[1] == [0, 2, 0, 0, 0])  // a→b→c and c→b→a, both itinerant
        #expect(result.totals == [0, 2, 0])
    }

    /// Expected counts and z as sna::brokerage: p = d²(1−d); with 3 actors sna's covariance terms are 0 (no two
    /// ordered pairs through b share an arc), so sd = sqrt(E(1−p)). Larger cases: BrokerageReferenceTests.
    @Test func expectedCountsAndZScores() {
        let network = Network(
            name: "u", actors: ["a", "b", "c"].map { Actor(id: $0) },
            ties: [Tie(from: "a", to: "b"), Tie(from: "b", to: "c")])
        let result = CompactGraph(network).brokerage(groups: [0, 1, 0])
        let d = 2.0 / 3, p = d * d * (1 - d)
        // b's group has 1 member; others: one group of 2. E[w_O] = p·2·1; total E = p·2·1.
        #expect(close(result.expected[1][1], p * 2, relative: 1e-12))
        #expect(close(result.expected[1][5], p * 2, relative: 1e-12))
        #expect(result.expected[1][0] == 0)
        let sd = (p * 2 * (1 - p)).squareRoot()
        #expect(close(result.z[1][1]!, (2 - p * 2) / sd, relative: 1e-12))
        #expect(result.z[1][0] == nil)
    }
}
