import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

/// Issue 12, items 8–11 and the non-XML message of item 7, through the built CLI: the reproductions of the issue
/// and the regression files of the hostile corpus (Fixtures/hostile/NOTES.md), each with its exact outcome.
@Suite struct ParsingDefectCommandTests {
    static let hostile = fixture("hostile")

    /// The issue's 700 KB file: 70 000 aliases in a chain crashed `validate` and `import-iati --aliases` (SIGSEGV).
    @Test func aliasChainOfTheIssueIsRefusedWithItsLine() throws {
        let dir = try scratchFolder("parsing")
        let path = dir + "/a.yaml"
        let text = "name: x\nactors: []\nz:\n- &a [x]\n" + String(repeating: "- &a [*a]\n", count: 70_000)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let message = "\(path):514:7: error: aliases nest deeper than 512 levels (alias `*a`)\n"
        let validate = try CLI.run(["validate", path])
        #expect(validate.status == 65)
        #expect(validate.stderr == message)
        let iati = try CLI.run(["import-iati", fixture("acfspain-co.xml"), "--aliases", path, "-o", dir + "/out.yaml"])
        #expect(iati.status == 65)
        #expect(iati.stderr == message)
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.yaml"))
    }

    /// `name: x[[[…` with 600 brackets was refused as too deep; brackets in scalars and comments are text.
    @Test func bracketsInTextAreNotNesting() throws {
        let path = Self.hostile + "/brackets-in-text.yaml"
        let run = try CLI.run(["validate", path])
        #expect(run.status == 0)
        #expect(run.stdout == "\(path): valid: 2 actors, 1 tie, 0 projects\n")
    }

    @Test(arguments: [
        (
            "alias-chain.yaml",
            "144:7: error: aliases expand the document to more values than it has bytes (alias bomb?)"
        ),
        ("duplicate-keys.json", "4:2: error: duplicate key `name` (first at line 1)"),
        (
            "unterminated-quote.csv",
            "2: error: malformed CSV: the quote that opens a field on this line is never "
                + "closed, so the field would run to the end of the file"
        ),
    ])
    func refusedWithTheLine(name: String, message: String) throws {
        let path = Self.hostile + "/" + name
        let run = try CLI.run(["validate", path])
        #expect(run.status == 65)
        #expect(run.stderr == "\(path):\(message)\n")
        #expect(run.stdout == "")
    }

    /// CDATA holding `<!--` and `-->` deleted the nodes between (2 actors instead of 4); UTF-16 files declaring
    /// `encoding="UTF-16"` failed with "XML error 81".
    @Test(arguments: [
        "cdata-comment.graphml", "utf16-declared-le.graphml", "utf16-declared-be.graphml",
        "utf16-declared-no-bom.graphml",
    ])
    func graphMLKeepsEveryNode(name: String) throws {
        let path = Self.hostile + "/" + name
        let run = try CLI.run(["validate", path])
        #expect(run.status == 0)
        #expect(run.stdout == "\(path): valid: 4 actors, 3 ties, 0 projects\n")
        let network = try NetworkFile.load(path).network
        #expect(network.actors.map(\.name) == ["x <!--", "b", "c", "-->"])
    }

    @Test func utf16WithoutDeclarationStillReads() throws {
        let path = Self.hostile + "/utf16.graphml"
        let run = try CLI.run(["validate", path])
        #expect(run.status == 0)
        #expect(run.stdout == "\(path): valid: 2 actors, 1 tie, 0 projects\n")
    }

    /// The participating organisation between the two CDATA sections disappeared.
    @Test(arguments: ["cdata-comment-iati.xml", "utf16-declared-iati.xml"])
    func iatiKeepsTheParticipatingOrganisation(name: String) throws {
        let dir = try scratchFolder("parsing")
        let run = try CLI.run(["import-iati", Self.hostile + "/" + name, "-o", dir + "/out.yaml"])
        #expect(run.status == 0)
        #expect(run.stderr.hasPrefix("import-iati: 1 activities read, 1 kept; 3 organisations, 1 ties, 1 projects\n"))
        let network = try NetworkFile.load(dir + "/out.yaml").network
        #expect(network.actors.map(\.id) == ["XM-DAC-1", "XM-ORG-2", "XM-ORG-3"])
        #expect(network.actors.map(\.name) == ["Donor <!--", "Implementer", "-->"])
    }

    /// A JSON file given to `import-iati` said "document is empty".
    @Test func iatiGivenJSONSaysItIsNotXML() throws {
        let dir = try scratchFolder("parsing")
        let path = Self.hostile + "/json-as-iati.xml"
        let run = try CLI.run(["import-iati", path, "-o", dir + "/out.yaml"])
        #expect(run.status == 65)
        #expect(
            run.stderr == "\(path):1: error: not XML (this looks like JSON); an IATI activity file is XML "
                + "(`<iati-activities>`)\n")
    }
}
