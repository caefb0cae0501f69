import ActorNetTestSupport
import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test func validFileExitsZeroWithOneLineSummary() throws {
        let result = try CLI.run(["validate", fixture("small.yaml")])
        #expect(result.status == 0)
        #expect(result.stdout == "\(fixture("small.yaml")): valid: 3 actors, 3 ties, 0 projects\n")
    }

    @Test func everyExampleNetworkValidates() throws {
        let files = ["chile", "argentina", "colombia", "mexico", "peru"].map(PackagePaths.example)
        let result = try CLI.run(["validate"] + files)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 5)
        let csv = try CLI.run(["validate", PackagePaths.file("Networks/chile-ties.csv"),
                                  "--actors", PackagePaths.file("Networks/chile-actors.csv")])
        #expect(csv.status == 0, "\(csv.stderr)")
    }

    @Test func invalidFileExits65WithMessagesOnStderr() throws {
        let result = try CLI.run(["validate", fixture("broken.yaml")])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(fixture("broken.yaml")):6:9: error: duplicate actor id `a`"))
        #expect(result.stderr.contains("\(fixture("broken.yaml")):18:19: error: tie field `to` names unknown actor `zeta`"))
        #expect(result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.count == 15)
    }

    @Test func unreadableFileExits66() throws {
        let result = try CLI.run(["validate", "/nonexistent/net.yaml"])
        #expect(result.status == 66)
        #expect(result.stderr == "/nonexistent/net.yaml: error: cannot open: no such file\n")
    }

    @Test func usageErrorsExit64() throws {
        #expect(try CLI.run(["validate"]).status == 64)
        #expect(try CLI.run(["validate", "a.csv", "b.csv", "--actors", "x.csv"]).status == 64)
        #expect(try CLI.run(["info", fixture("small.yaml"), "--format", "xml"]).status == 64)
        #expect(try CLI.run(["frobnicate"]).status == 64)
    }

    @Test func versionAndHelpShowExamples() throws {
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.wholeMatch(of: /\d+\.\d+\.\d+\n/) != nil)
        for verb in ["validate", "info"] {
            let help = try CLI.run(["help", verb])
            #expect(help.status == 0)
            #expect(help.stdout.contains("Example:"))
            #expect(help.stdout.contains("actornet \(verb) Networks/"))
        }
    }
}

@Suite struct InfoCommandTests {
    @Test func jsonHasTheContractKeysAndCounts() throws {
        let result = try CLI.run(["info", fixture("small.yaml"), "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["name", "actors", "ties", "projects", "sector_level", "ties_by_kind", "density",
                                   "components", "warnings"])
        #expect(json["name"] as? String == "small")
        #expect(json["actors"] as? Int == 3)
        #expect(json["ties"] as? Int == 3)
        #expect(json["projects"] as? Int == 0)
        #expect(json["density"] as? Double == 1.0)
        #expect(json["components"] as? Int == 1)
        let table = try #require(json["sector_level"] as? [String: [String: Int]])
        #expect(table["public"]?["local"] == 1)
        #expect(table["civil-society"]?["national"] == 1)
        #expect(table["academia"]?["regional"] == 1)
        #expect(table.values.flatMap(\.values).reduce(0, +) == 3)
        let kinds = try #require(json["ties_by_kind"] as? [String: Int])
        #expect(kinds["funding"] == 1 && kinds["knowledge-exchange"] == 1 && kinds["agreement"] == 1)
        #expect((json["warnings"] as? [String]) == [])
    }

    @Test func tablePrintsSectorLevelCrossTable() throws {
        let result = try CLI.run(["info", fixture("small-ties.csv"), "--actors", fixture("small-actors.csv")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("""
            Actors by sector × level
            sector \\ level  international  national  regional  local  total
            public                      0         0         0      1      1
            private                     0         0         0      0      0
            academia                    0         0         1      0      1
            civil-society               0         1         0      0      1
            international               0         0         0      0      0
            total                       0         1         1      1      3
            """))
        #expect(result.stdout.contains("3 actors · 3 ties · 0 projects · density 1.000 · 1 component"))
    }

    @Test func everyExamplePrintsItsTable() throws {
        for name in ["chile", "argentina", "colombia", "mexico", "peru"] {
            let result = try CLI.run(["info", PackagePaths.example(name)])
            #expect(result.status == 0)
            #expect(result.stdout.contains("Actors by sector × level"))
            #expect(result.stdout.contains("civil-society"))
        }
    }
}
