import ActorNet
import Foundation
import Testing

@testable import ActorNetAnalysis

/// The five baselines equal NetworkX's `link_prediction` values for every pair (tied or not) of five networks
/// (scripts/make_link_prediction_fixtures.py), computed pair by pair and row by row.
@Suite struct StructuralBaselineTests {
    struct Expected: Decodable {
        let pairs: [[Value]]

        enum Value: Decodable {
            case id(String)
            case number(Double)

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let text = try? container.decode(String.self) {
                    self = .id(text)
                } else {
                    self = .number(try container.decode(Double.self))
                }
            }

            var id: String { if case .id(let text) = self { text } else { "" } }
            var number: Double { if case .number(let value) = self { value } else { .nan } }
        }
    }

    let order: [StructuralBaseline] = [
        .commonNeighbours, .jaccard, .adamicAdar, .resourceAllocation, .preferentialAttachment,
    ]

    @Test(arguments: ["karate", "florentine", "lesmis", "disconnected", "directed"])
    func baselinesEqualNetworkX(name: String) throws {
        let network = try loadFixtureNetwork("centrality/\(name).json")
        let view = NetworkAnalysis(network).undirected
        let index = network.actorIndex
        let data = try Data(contentsOf: URL(fileURLWithPath: fixturePath("link-prediction/\(name).expected.json")))
        let expected = try JSONDecoder().decode(Expected.self, from: data)
        let n = network.actors.count
        #expect(expected.pairs.count == n * (n - 1) / 2)
        var row = NeighbourhoodRow(count: n)
        for pair in expected.pairs {
            let u = try #require(index[pair[0].id]), v = try #require(index[pair[1].id])
            row.load(u, view)
            for (column, baseline) in order.enumerated() {
                let want = pair[2 + column].number
                let byPair = baseline.score(u, v, in: view), byRow = baseline.score(row.pair(v, view))
                #expect(close(byPair, want, relative: 1e-12), "\(name) \(baseline) \(pair[0].id)–\(pair[1].id)")
                #expect(byRow == byPair)
            }
        }
    }

    /// A hand-made case: a and b share c (degree 3) and d (degree 2); e hangs off c.
    @Test func smallCaseByHand() {
        let network = Network(
            name: "h", actors: ["a", "b", "c", "d", "e"].map { Actor(id: $0) },
            ties: [
                Tie(from: "a", to: "c"), Tie(from: "b", to: "c"), Tie(from: "a", to: "d"), Tie(from: "b", to: "d"),
                Tie(from: "c", to: "e"),
            ])
        let view = NetworkAnalysis(network).undirected
        let pair = PairNeighbourhood(0, 1, in: view)
        #expect(
            pair
                == PairNeighbourhood(
                    degreeU: 2, degreeV: 2, common: 2, adamicAdar: 1 / log(3) + 1 / log(2),
                    resourceAllocation: 1.0 / 3 + 1.0 / 2))
        #expect(StructuralBaseline.jaccard.score(pair) == 1)
        #expect(StructuralBaseline.preferentialAttachment.score(0, 4, in: view) == 2)
        #expect(StructuralBaseline.commonNeighbours.score(0, 4, in: view) == 1)
        #expect(StructuralBaseline.jaccard.score(0, 4, in: view) == 0.5)
    }
}
