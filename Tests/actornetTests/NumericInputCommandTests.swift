import ActorNetTestSupport
import Foundation
import Testing

/// Issue 12 items 12 and 14 through the built CLI: weights whose use would overflow or underflow are refused with
/// exit 65 and the field's position; accepted weights give finite numbers, and scale-free measures do not depend on
/// the weights' unit.
@Suite struct NumericInputCommandTests {
    static let below =
        "is below 1e-250, the smallest weight accepted: a tie's length in path measures is 1/weight, "
        + "and lengths and their sums must stay finite"
    static let above =
        "is above 1e250, the largest weight accepted: strengths and the network's total weight are "
        + "sums of weights and must stay finite"

    static func file(_ name: String, _ text: String) throws -> String {
        let path = try scratchFolder("numeric") + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Two triangles a-b-c and x-y-z joined by the tie c–x, every tie of weight `weight`.
    static func twoTriangles(_ weight: String) throws -> String {
        let pairs = [("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")]
        return try file(
            "triangles.yaml",
            "name: two triangles\nactors: [{id: a}, {id: b}, {id: c}, {id: x}, {id: y}, "
                + "{id: z}]\nties:\n" + pairs.map { "  - {from: \($0.0), to: \($0.1), weight: \(weight)}\n" }.joined())
    }

    /// `validate` accepted 5e-324, then `analyze --format json` died with exit 132 ("Invalid number value (inf/nan)
    /// in JSON write"). Now every verb refuses the file the same way.
    @Test(arguments: [
        ["validate"], ["analyze", "--format", "json"], ["analyze"], ["communities"], ["brokers"],
        ["profile"], ["mixing"], ["convert", "OUT"],
    ])
    func theSmallestDoubleIsRefusedByEveryVerb(arguments: [String]) throws {
        let path = try Self.file("tiny.yaml", "actors: [{id: a}, {id: b}]\nties: [{from: a, to: b, weight: 5e-324}]\n")
        let output = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("out.json").path
        let result = try CLI.run([arguments[0], path] + arguments.dropFirst().map { $0 == "OUT" ? output : $0 })
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(result.stderr == "\(path):2:33: error: field `weight`: `5e-324` \(Self.below)\n")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// Two ties of 1e308 on one actor overflowed its strength and crashed analyze, communities, brokers, profile.
    @Test(arguments: ["analyze", "communities", "brokers", "profile"])
    func twoHugeTiesOnOneActorAreRefused(verb: String) throws {
        let path = try Self.file(
            "huge.yaml",
            """
            actors: [{id: a}, {id: b}, {id: c}]
            ties:
              - {from: a, to: b, weight: 1e308}
              - {from: a, to: c, weight: 1e308}

            """)
        let result = try CLI.run([verb, path])
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(
            result.stderr == "\(path):3:30: error: field `weight`: `1e308` \(Self.above)\n"
                + "\(path):4:30: error: field `weight`: `1e308` \(Self.above)\n")
    }

    /// A subnormal weight (1e-310) gave betweenness 0 for a cut-vertex and PageRank `null` in tables.
    @Test func aSubnormalWeightIsRefused() throws {
        let path = try Self.file("subnormal.csv", "source,target,weight\na,b,1\nb,c,1e-310\n")
        let result = try CLI.run(["analyze", path])
        #expect(result.status == 65)
        #expect(result.stderr == "\(path):3:3: error: field `weight`: `1e-310` \(Self.below)\n")
    }

    /// `convert` wrote `"weight": inf` for duplicates whose sum overflowed, a file actornet then refused to read.
    /// Each weight is in range here; their sum is not, so nothing is written.
    @Test func duplicatesWhoseSumLeavesTheRangeAreRefusedBeforeConvertWrites() throws {
        let path = try Self.file(
            "dup.yaml",
            """
            actors: [{id: a}, {id: b}]
            ties:
              - {from: a, to: b, weight: 2e249, kind: funding}
              - {from: a, to: b, weight: 9e249, kind: funding}

            """)
        let output = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("out.json").path
        let result = try CLI.run(["convert", path, output])
        #expect(result.status == 65)
        #expect(
            result.stderr == "\(path):4:30: error: duplicate tie `a` – `b` (funding): the summed weight "
                + "1.1e+250 is above 1e250, the largest weight accepted (strengths and the network's total weight must "
                + "stay finite)\n")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    /// The issue's scale reproduction: eigenvector was null with a warning about "acyclic or periodic directed
    /// networks" for w from 1e-4 to 1e-11, 1/√6 at w ≤ 1e-12 and 0 at w ≥ 1e154; Louvain gave six singletons.
    /// Every accepted w now prints what w = 1 prints, without a warning.
    @Test(arguments: ["1e-250", "1e-12", "1e-6", "1e-4", "1e154", "1e250"])
    func theTwoTrianglesGiveTheSameScaleFreeValuesAtEveryWeight(weight: String) throws {
        let measures = ["--format", "json", "--measures", "eigenvector,pagerank,betweenness"]
        let unit = try CLI.run(["analyze", try Self.twoTriangles("1")] + measures)
        let scaled = try CLI.run(["analyze", try Self.twoTriangles(weight)] + measures)
        #expect(scaled.status == 0)
        #expect(scaled.stderr == "")
        func actors(_ text: String) throws -> [[String: Any]] {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            return try #require(json["actors"] as? [[String: Any]])
        }
        let expected = try actors(unit.stdout), actual = try actors(scaled.stdout)
        #expect(actual.count == 6)
        // λ = 1 + √2; a, b, y, z get 1/√8 and the bridge ends c, x get 1/2.
        let side = 1 / 8.0.squareRoot()
        let eigenvector = [side, side, 0.5, 0.5, side, side]
        for (i, (row, reference)) in zip(actual, expected).enumerated() {
            for key in ["eigenvector", "pagerank", "betweenness"] {
                let value = try #require(row[key] as? Double, "\(key) of actor \(i) at w = \(weight)")
                let target = try #require(reference[key] as? Double)
                #expect(abs(value - target) <= 1e-9 * abs(target), "\(key) of actor \(i) at w = \(weight)")
            }
            #expect(abs((row["eigenvector"] as? Double ?? 0) - eigenvector[i]) < 1e-12, "actor \(i) at w = \(weight)")
        }
        let communities = try CLI.run(["communities", try Self.twoTriangles(weight), "--format", "json"])
        #expect(communities.status == 0)
        #expect(
            communities.stdout == """
                {
                  "communities" : [
                    [
                      "a",
                      "b",
                      "c"
                    ],
                    [
                      "x",
                      "y",
                      "z"
                    ]
                  ],
                  "modularity" : 0.3571428571428571
                }

                """)
    }

    /// The extremes the range accepts, in one network: one triangle at 1e250, one at 1e-250, a bridge of 1. Every
    /// analysis verb ends with 0 and prints finite numbers; path measures are what their formulas give.
    @Test func theExtremeAcceptedWeightsGiveFiniteNumbersEverywhere() throws {
        let path = try Self.file(
            "extremes.yaml",
            """
            name: extremes
            actors:
              - {id: a, sector: public, level: local}
              - {id: b, sector: private, level: local}
              - {id: c, sector: public, level: national}
              - {id: x, sector: academia, level: national}
              - {id: y, sector: public, level: local}
              - {id: z, sector: private, level: international}
            ties:
              - {from: a, to: b, weight: 1e250}
              - {from: b, to: c, weight: 1e250}
              - {from: a, to: c, weight: 1e250}
              - {from: x, to: y, weight: 1e-250}
              - {from: y, to: z, weight: 1e-250}
              - {from: x, to: z, weight: 1e-250}
              - {from: c, to: x, weight: 1}

            """)
        for verb in ["analyze", "communities", "brokers", "profile", "mixing", "partners", "info"] {
            for format in ["table", "json"] {
                let result = try CLI.run([verb, path, "--format", format])
                #expect(result.status == 0, "\(verb) --format \(format): \(result.stderr)")
                for word in ["inf", "nan", "NaN"] {
                    #expect(
                        !result.stdout.split(whereSeparator: { !$0.isLetter }).contains { String($0) == word },
                        "\(verb) --format \(format) printed \(word)")
                }
            }
        }
        let csv = try CLI.run(["analyze", path, "--format", "csv"])
        let rows = csv.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let header = rows[0].map(String.init)
        func value(_ id: String, _ column: String) throws -> Double {
            let row = try #require(rows.first { $0[0] == id })
            let index = try #require(header.firstIndex(of: column))
            return try #require(Double(String(row[index])), "\(column) of \(id)")
        }
        for id in ["a", "b", "c", "x", "y", "z"] {
            for column in header.dropFirst(4) { #expect(try value(id, column).isFinite, "\(column) of \(id)") }
        }
        // Strength, and closeness = 5 / Σ distances with distance 1/weight: a reaches b, c at 1e-250, x at
        // 1 + 1e-250, y and z at 1 + 1e-250 + 1e250.
        func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * abs(b) }
        #expect(close(try value("a", "strength"), 2e250))
        #expect(close(try value("y", "strength"), 2e-250))
        #expect(close(try value("a", "closeness"), 5 / (2e250 + 2)))
        #expect(close(try value("y", "closeness"), 5 / 5e250))
        #expect(close(try value("c", "betweenness"), 0.3))
        #expect(close(try value("a", "eigenvector"), 1 / 3.0.squareRoot()))
        // The table shows such values with an exponent instead of 250 digits (strength) or 0.0000 (closeness).
        let measures = "strength,degree_centrality,closeness,harmonic,eigenvector"
        let table = try CLI.run(["analyze", path, "--measures", measures])
        let row = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("3  c ") })
        #expect(
            row.split(separator: " ").map(String.init)
                == ["3", "c", "c", "public", "national", "2e+250", "0.6000", "2.5e-250", "2e+250", "0.5774"])
    }
}
