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
        let expected = try #require(((try JSONSerialization.jsonObject(with: expectedData) as? [String: Any])?["weighted"]
            as? [String: Any])?["actors"] as? [String: [String: Double]])
        for actor in actors {
            let id = try #require(actor["id"] as? String)
            let betweenness = try #require(actor["betweenness"] as? Double)
            let nx = try #require(expected[id]?["betweenness"])
            #expect(abs(betweenness - nx) <= 1e-9 * max(abs(nx), 1e-12), "\(id)")
        }
    }

    @Test func csvHasOneRowPerActorAndWritesAtomicallyToOutput() throws {
        let folder = try scratchFolder("cli") + "/nested"  // the command makes the missing folder
        let path = folder + "/karate.csv"
        let result = try CLI.run(["analyze", fixture("karate.json"), "--format", "csv", "--measures", "degree", "-o", path])
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

    @Test func sampledRunIsSeededAndSaysSo() throws {
        let a = try CLI.run(["analyze", fixture("karate.json"), "--format", "csv", "--sample", "10", "--seed", "3", "--measures", "betweenness"])
        let b = try CLI.run(["analyze", fixture("karate.json"), "--format", "csv", "--sample", "10", "--seed", "3", "--measures", "betweenness", "--threads", "1"])
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
        #expect(a.stderr.contains("path measures estimated from 10 of 34 sources (seed 3)"))
    }
}
