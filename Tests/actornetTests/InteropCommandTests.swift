import ActorNetTestSupport
import Foundation
import Testing

/// convert with the tools analysts use: what NetworkX reads (pinned files), spreadsheets (`--excel`), Kumu.
@Suite struct InteropCommandTests {
    static let networkX = "Tests/ActorNetTests/Fixtures/networkx/"

    /// scripts/make_networkx_roundtrip_fixtures.py has NetworkX read these files; convert must still write them
    /// byte for byte, or networkx-view-of-actornet.json no longer says what NetworkX sees.
    @Test(arguments: [("gexf", [String]()), ("graphml", []), ("json", ["--node-link"])])
    func convertStillWritesWhatNetworkXRead(format: String, flags: [String]) throws {
        let dir = try scratchFolder("interop")
        let source = PackagePaths.file(Self.networkX + "roundtrip.yaml")
        let result = try CLI.run(["convert", source, "\(dir)/out.\(format)"] + flags)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try Data(contentsOf: URL(fileURLWithPath: "\(dir)/out.\(format)"))
        let pinned = try Data(
            contentsOf: URL(fileURLWithPath: PackagePaths.file(Self.networkX + "actornet-written.\(format)")))
        #expect(written == pinned)
    }

    @Test func excelWritesTheSpreadsheetDialectAndReadsBack() throws {
        let dir = try scratchFolder("interop")
        let chile = PackagePaths.example("chile")
        let result = try CLI.run(["convert", chile, dir + "/red.csv", "--excel", "--lang", "es"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout
                == "\(dir)/red.csv\n\(dir)/red.actors.csv\n\(dir)/red.network.csv\n\(dir)/red.projects.csv\n")
        let ties = try Data(contentsOf: URL(fileURLWithPath: dir + "/red.csv"))
        let header = "\u{FEFF}origen;destino;peso;tipo;dirigido;proyecto;nota;dinero;moneda;trabajo;en especie\r\n"
        #expect(String(decoding: ties.prefix(header.utf8.count), as: UTF8.self) == header)
        let back = try CLI.run(["convert", dir + "/red.csv", dir + "/back.json"])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(try CLI.run(["convert", chile, dir + "/direct.json"]).status == 0)
        #expect(
            try String(contentsOfFile: dir + "/back.json", encoding: .utf8)
                == String(contentsOfFile: dir + "/direct.json", encoding: .utf8))
        let wrong = try CLI.run(["convert", chile, dir + "/red.yaml", "--excel"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.hasPrefix("Error: `--excel` writes CSV: give an output file ending in `.csv`\n"))
    }

    @Test func kumuConnectionsAndBlueprintReadThroughEveryVerb() throws {
        let connections = PackagePaths.file("Tests/ActorNetTests/Fixtures/kumu/Cooperation - Connections.csv")
        let blueprint = PackagePaths.file("Tests/ActorNetTests/Fixtures/kumu/blueprint.json")
        let csv = try CLI.run(["validate", connections])
        #expect(csv.stdout == "\(connections): valid: 4 actors, 6 ties, 0 projects, 3 warnings\n")
        let json = try CLI.run(["validate", blueprint])
        #expect(json.stdout == "\(blueprint): valid: 3 actors, 3 ties, 0 projects, 2 warnings\n")
        for verb in ["info", "analyze", "brokers", "communities", "mixing", "profile", "partners"] {
            #expect(try CLI.run([verb, blueprint]).status == 0, "\(verb)")
        }
    }
}
