import ActorNet
import Foundation
import Testing

@testable import ActorNetAnalysis

@Suite struct StructuralHolesTests {
    @Test(arguments: ["chile", "colombia", "mexico"])
    func equalNetworkX(name: String) throws {
        let network = try loadFixtureNetwork("cooperation/\(name).yaml")
        let data = try Data(contentsOf: URL(fileURLWithPath: fixturePath("cooperation/\(name).expected.json")))
        let expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for mode in ["weighted", "unweighted"] {
            let holes = CompactGraph(network, weighted: mode == "weighted").structuralHoles()
            let rows = try #require(expected[mode] as? [String: [String: Any]])
            for (i, actor) in network.actors.enumerated() {
                let row = try #require(rows[actor.id])
                for (key, values) in [
                    ("constraint", holes.constraint), ("effective_size", holes.effectiveSize),
                    ("efficiency", holes.efficiency),
                ] {
                    if let value = row[key] as? Double {
                        let actual = try #require(values[i], "\(mode) \(key) \(actor.id)")
                        #expect(
                            close(actual, value, relative: 1e-9),
                            "\(name) \(mode) \(key)(\(actor.id)): \(actual) vs \(value)")
                    } else {
                        #expect(values[i] == nil, "\(key) of isolated \(actor.id)")
                    }
                }
            }
        }
    }

    /// A star: the centre's contacts are unconnected (constraint 1/k, effective size k); a triangle is closed.
    @Test func starAndTriangleByHand() {
        let star = Network(
            name: "star", actors: ["c", "a", "b", "d"].map { Actor(id: $0) },
            ties: [Tie(from: "c", to: "a"), Tie(from: "c", to: "b"), Tie(from: "c", to: "d")])
        let holes = CompactGraph(star).structuralHoles()
        #expect(close(holes.constraint[0]!, 1.0 / 3, relative: 1e-12))
        #expect(holes.effectiveSize[0] == 3)
        #expect(holes.efficiency[0] == 1)
        #expect(holes.constraint[1] == 1)
        let triangle = Network(
            name: "t", actors: ["a", "b", "c"].map { Actor(id: $0) },
            ties: [Tie(from: "a", to: "b"), Tie(from: "b", to: "c"), Tie(from: "a", to: "c")])
        let closed = CompactGraph(triangle).structuralHoles()
        // c_a = 2 · (1/2 + 1/4)² = 1.125; effective size 2 − 2·1/2 = 1.
        #expect(close(closed.constraint[0]!, 1.125, relative: 1e-12))
        #expect(close(closed.effectiveSize[0]!, 1, relative: 1e-12))
    }
}
