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
        let csv = try CLI.run([
            "validate", PackagePaths.file("Networks/chile-ties.csv"),
            "--actors", PackagePaths.file("Networks/chile-actors.csv"),
        ])
        #expect(csv.status == 0, "\(csv.stderr)")
    }

    @Test func invalidFileExits65WithMessagesOnStderr() throws {
        let result = try CLI.run(["validate", fixture("broken.yaml")])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        // Every message, with the fixture's folder (which differs per checkout) written `Fixtures`.
        let messages = result.stderr.replacingOccurrences(of: fixture("broken.yaml"), with: "Fixtures/broken.yaml")
        #expect(messages == (try GoldenFile("Tests/actornetTests/Golden/broken-validate.txt").expected(messages)))
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

/// Whole `info` outputs (JSON of every example, the table of a CSV network) are golden files: `GoldenOutputTests`.
@Suite struct InfoCommandTests {
    @Test func everyExamplePrintsItsTable() throws {
        for name in ["chile", "argentina", "colombia", "mexico", "peru"] {
            let result = try CLI.run(["info", PackagePaths.example(name), "--lang", "en"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("Actors by sector × level"))
            #expect(result.stdout.contains("civil-society"))
        }
    }
}
