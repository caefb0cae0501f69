import ActorNetTestSupport
import Foundation
import Testing

@Suite struct AnalyzeCommandTests {
    /// The whole JSON is a golden file (`GoldenOutputTests`); here, its betweenness against NetworkX's.
    @Test func jsonBetweennessIsNetworkX() throws {
        let result = try CLI.run(["analyze", fixture("karate.json"), "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let actors = try #require(json["actors"] as? [[String: Any]])
        #expect(actors.count == 34)
        let expectedData = try Data(contentsOf: URL(fileURLWithPath: fixture("karate.expected.json")))
        let expected = try #require(
            ((try JSONSerialization.jsonObject(with: expectedData) as? [String: Any])?["weighted"]
                as? [String: Any])?["actors"] as? [String: [String: Double]])
        for actor in actors {
            let id = try #require(actor["id"] as? String)
            let betweenness = try #require(actor["betweenness"] as? Double)
            let nx = try #require(expected[id]?["betweenness"])
            #expect(abs(betweenness - nx) <= 1e-9 * max(abs(nx), 1e-12), "\(id)")
        }
    }

    /// `--top` and `--sort` rank the JSON and CSV rows as they rank the table (issue 13: they were ignored there);
    /// without either, JSON and CSV keep every actor in file order.
    @Test func topAndSortRankCSVAndJSONRowsLikeTheTable() throws {
        let base = ["analyze", fixture("karate.json"), "--measures", "degree", "--unweighted"]
        let top = try CLI.run(base + ["--format", "csv", "--top", "3"])
        #expect(top.status == 0, "\(top.stderr)")
        #expect(
            top.stdout == """
                id,name,sector,level,degree
                33,33,unspecified,unspecified,17
                0,0,unspecified,unspecified,16
                32,32,unspecified,unspecified,12

                """)
        let sorted = try CLI.run(base + ["--format", "csv", "--sort", "degree"])
        #expect(sorted.stdout.split(separator: "\n").count == 35)
        #expect(
            sorted.stdout.split(separator: "\n").prefix(3) == [
                "id,name,sector,level,degree",
                "33,33,unspecified,unspecified,17",
                "0,0,unspecified,unspecified,16",
            ])
        let unranked = try CLI.run(base + ["--format", "csv"])
        #expect(
            unranked.stdout.split(separator: "\n").prefix(3) == [
                "id,name,sector,level,degree",
                "0,0,unspecified,unspecified,16",
                "1,1,unspecified,unspecified,9",
            ])
        let json = try CLI.run(base + ["--format", "json", "--top", "2", "--sort", "degree"])
        #expect(json.status == 0, "\(json.stderr)")
        #expect(
            json.stdout == """
                {
                  "actors" : [
                    {
                      "degree" : 17,
                      "id" : "33",
                      "level" : "unspecified",
                      "name" : "33",
                      "sector" : "unspecified"
                    },
                    {
                      "degree" : 16,
                      "id" : "0",
                      "level" : "unspecified",
                      "name" : "0",
                      "sector" : "unspecified"
                    }
                  ],
                  "network" : {
                    "actors" : 34,
                    "components" : 1,
                    "degree_centralization" : 0.3996212121212121,
                    "density" : 0.13903743315508021,
                    "directed" : false,
                    "largest_component" : 34,
                    "name" : "karate",
                    "ties" : 78,
                    "weighted" : false
                  }
                }

                """)
    }

    @Test func csvHasOneRowPerActorAndWritesAtomicallyToOutput() throws {
        let folder = try scratchFolder("cli") + "/nested"  // the command makes the missing folder
        let path = folder + "/karate.csv"
        let result = try CLI.run([
            "analyze", fixture("karate.json"), "--format", "csv", "--measures", "degree", "-o", path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 35)
        #expect(lines[0] == "id,name,sector,level,degree")
        #expect(lines[1] == "0,0,unspecified,unspecified,16")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(leftovers == ["karate.csv"])
    }

    @Test func unwritableOutputExits73AndInputIsNeverOverwritten() throws {
        let denied = try CLI.run(["analyze", fixture("karate.json"), "-o", "/proc/actornet/x.json"])
        #expect(denied.status == 73)
        #expect(denied.stderr.contains("/proc/actornet/x.json: error: cannot create output"))
        let copy = try scratchFolder("self") + "/karate.json"
        try FileManager.default.copyItem(atPath: fixture("karate.json"), toPath: copy)
        let before = try Data(contentsOf: URL(fileURLWithPath: copy))
        let same = try CLI.run(["analyze", copy, "--format", "json", "-o", copy])
        #expect(same.status == 73)
        #expect(same.stderr.contains("it is an input of this command"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == before)
    }

    @Test func badOptionsAreUsageErrors() throws {
        #expect(try CLI.run(["analyze", fixture("karate.json"), "--measures", "fame"]).status == 64)
        #expect(try CLI.run(["analyze", fixture("karate.json"), "--sort", "fame"]).status == 64)
        #expect(try CLI.run(["analyze", fixture("karate.json"), "--sample", "0"]).status == 64)
    }

    /// `--epsilon`: the table says it is an estimate, with E, 1 − D, the paths sampled and the seed; the same on one
    /// thread; standard error says it too.
    @Test func estimatedBetweennessSaysSoWithItsBound() throws {
        let arguments = [
            "analyze", fixture("karate.json"), "--epsilon", "0.05", "--measures", "betweenness", "--top", "3",
        ]
        let result = try CLI.run(arguments)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                karate (undirected, weighted) — top 3 of 34 by betweenness

                Betweenness is an estimate: within ±0.05 of the exact value for every actor with probability ≥ 0.9 \
                (2048 sampled shortest paths, KADABRA, seed 42).

                #  id  name  sector       level        betweenness
                1  0   0     unspecified  unspecified       0.4104
                2  2   2     unspecified  unspecified       0.3466
                3  33  33    unspecified  unspecified       0.3227

                Network
                actors                            34
                ties                              78
                density                     0.139037
                components                         1
                largest_component                 34
                degree_centralization       0.399621
                betweenness_centralization  0.368457

                """)
        #expect(
            result.stderr == fixture("karate.json") + ": warning: betweenness estimated from 2048 sampled shortest "
                + "paths (KADABRA, seed 42): every value is within 0.05 of the exact one with probability at least "
                + "0.9\n")
        #expect(try CLI.run(arguments + ["--threads", "1"]).stdout == result.stdout)
        let json = try CLI.run(arguments + ["--format", "json", "--delta", "0.2", "--seed", "5"])
        let network = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["network"]
                as? [String: Any])
        let estimate = try #require(network["betweenness_estimate"] as? [String: Any])
        #expect(estimate["method"] as? String == "kadabra")
        #expect(estimate["epsilon"] as? Double == 0.05 && estimate["delta"] as? Double == 0.2)
        #expect(estimate["seed"] as? Int == 5 && (estimate["samples"] as? Int ?? 0) % 512 == 0)
    }

    @Test func badEstimateOptionsAreUsageErrors() throws {
        for (options, message) in [
            (["--epsilon", "0"], "--epsilon takes a number strictly between 0 and 1"),
            (["--epsilon", "0.1", "--delta", "1"], "--delta takes a number strictly between 0 and 1"),
            (["--exact", "--sample", "5"], "--exact cannot be combined with --epsilon or --sample"),
        ] {
            let result = try CLI.run(["analyze", fixture("karate.json")] + options)
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("Error: " + message + "\n"), "\(result.stderr)")
        }
    }

    @Test func sampledRunIsSeededAndSaysSo() throws {
        let a = try CLI.run([
            "analyze", fixture("karate.json"), "--format", "csv", "--sample", "10", "--seed", "3", "--measures",
            "betweenness",
        ])
        let b = try CLI.run([
            "analyze", fixture("karate.json"), "--format", "csv", "--sample", "10", "--seed", "3", "--measures",
            "betweenness", "--threads", "1",
        ])
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
        #expect(a.stderr.contains("path measures estimated from 10 of 34 sources (seed 3)"))
    }
}
