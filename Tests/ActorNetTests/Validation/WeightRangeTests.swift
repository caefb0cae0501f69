import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

/// Weights whose use would overflow or underflow are refused at validation, with file, line and field (issue 12
/// item 12): every weight, and every sum of duplicate ties, lies in [1e-250, 1e250] (`WeightRange`).
@Suite struct WeightRangeTests {
    static let below =
        "is below 1e-250, the smallest weight accepted: a tie's length in path measures is 1/weight, "
        + "and lengths and their sums must stay finite"
    static let above =
        "is above 1e250, the largest weight accepted: strengths and the network's total weight are "
        + "sums of weights and must stay finite"

    static func errors(_ path: String) -> [String] {
        do {
            _ = try NetworkFile.load(path)
            return []
        } catch {
            guard case .invalid(let diagnostics) = error else { return [error.description] }
            return diagnostics.filter { $0.severity == .error }.map(\.description)
        }
    }

    /// The issue's reproductions: 5e-324 (its length 1/w is ∞), a subnormal 1e-310, and two ties of 1e308 on one
    /// actor (its strength overflows), each refused at the weight's line and column.
    @Test func yamlWeightsOutsideTheRangeAreRefusedAtTheirField() throws {
        let path = try scratchFile(
            "range.yaml",
            """
            actors: [{id: a}, {id: b}, {id: c}]
            ties:
              - {from: a, to: b, weight: 5e-324}
              - {from: a, to: c, weight: 1e-310}
              - {from: b, to: c, weight: 1e-251}
              - {from: a, to: b, weight: 1e308, kind: funding}
              - {from: a, to: c, weight: 1e308, kind: funding}
              - {from: b, to: c, weight: 1.0000001e250, kind: funding}
            """)
        #expect(
            Self.errors(path) == [
                "\(path):3:30: error: field `weight`: `5e-324` \(Self.below)",
                "\(path):4:30: error: field `weight`: `1e-310` \(Self.below)",
                "\(path):5:30: error: field `weight`: `1e-251` \(Self.below)",
                "\(path):6:30: error: field `weight`: `1e308` \(Self.above)",
                "\(path):7:30: error: field `weight`: `1e308` \(Self.above)",
                "\(path):8:30: error: field `weight`: `1.0000001e250` \(Self.above)",
            ])
    }

    /// CSV positions name the line and the column number (the third column); GraphML names the line.
    @Test func csvAndGraphMLWeightsOutsideTheRangeAreRefused() throws {
        let csv = try scratchFile("range.csv", "source,target,weight\na,b,5e-324\na,c,1e308\nb,c,\"1,5e-300\"\n")
        #expect(
            Self.errors(csv) == [
                "\(csv):2:3: error: field `weight`: `5e-324` \(Self.below)",
                "\(csv):3:3: error: field `weight`: `1e308` \(Self.above)",
                "\(csv):4:3: error: field `weight`: `1,5e-300` \(Self.below)",
            ])
        let graphml = try scratchFile(
            "range.graphml",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="w" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="undirected">
                <node id="a"/><node id="b"/>
                <edge source="a" target="b"><data key="w">1e-310</data></edge>
              </graph>
            </graphml>
            """)
        #expect(Self.errors(graphml) == ["\(graphml):6: error: field `weight`: `1e-310` \(Self.below)"])
    }

    /// The bounds themselves are accepted and read back exactly.
    @Test func theBoundsAreAccepted() throws {
        let path = try scratchFile(
            "bounds.yaml",
            """
            actors: [{id: a}, {id: b}, {id: c}]
            ties:
              - {from: a, to: b, weight: 1e-250}
              - {from: b, to: c, weight: 1e250}
            """)
        let loaded = try NetworkFile.load(path)
        #expect(loaded.network.ties.map(\.weight) == [1e-250, 1e250])
        #expect(WeightRange.problem(1e-250) == nil && WeightRange.problem(1e250) == nil)
        #expect(WeightRange.problem(1e-250.nextDown) != nil && WeightRange.problem(1e250.nextUp) != nil)
    }

    /// Duplicates are merged by summing: the sum must stay in range too (`convert` wrote `"weight": inf` for two
    /// ties of 1e308, a file actornet then refused to read). A sum of exactly 1e250 is still a warning.
    @Test func duplicateTiesWhoseSumLeavesTheRangeAreRefused() throws {
        let path = try scratchFile(
            "sum.yaml",
            """
            actors: [{id: a}, {id: b}, {id: c}]
            ties:
              - {from: a, to: b, weight: 1e250}
              - {from: b, to: a, weight: 1e250}
              - {from: a, to: c, weight: 5e249}
              - {from: a, to: c, weight: 5e249}
            """)
        do {
            _ = try NetworkFile.load(path)
            Issue.record("expected the summed weight to be refused")
        } catch {
            guard case .invalid(let diagnostics) = error else { Issue.record("\(error)"); return }
            #expect(
                diagnostics.map(\.description) == [
                    "\(path):4:30: error: duplicate tie `b` – `a` (other): the summed weight 2e+250 is above 1e250, "
                        + "the largest weight accepted (strengths and the network's total weight must stay finite)",
                    "\(path):6:5: warning: duplicate tie `a` – `c` (other) merged by summing weights, now 1e+250",
                ])
        }
    }

    /// Networks built in code (and by the IATI importer) skip the readers: the validator checks their weights.
    @Test func weightsOfNetworksBuiltInCodeAreChecked() {
        let network = Network(
            name: "code", actors: ["a", "b", "c"].map { Actor(id: $0) },
            ties: [
                Tie(from: "a", to: "b", weight: 1e300), Tie(from: "b", to: "c", weight: .nan),
                Tie(from: "a", to: "c", weight: 1e-300), Tie(from: "a", to: "b", weight: 2, kind: .funding),
            ])
        let result = NetworkValidator.validate(network, sourceMap: SourceMap(file: "code"))
        #expect(
            result.diagnostics.map(\.description) == [
                "code: error: field `weight`: 1e+300 \(Self.above)",
                "code: error: field `weight`: nan is not a finite number > 0",
                "code: error: field `weight`: 1e-300 \(Self.below)",
            ])
    }
}
