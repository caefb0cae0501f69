import ActorNetTestSupport
import Foundation
import Testing

/// `convert` to and from `.xlsx` (and Kumu's workbook), `--sheet`, and an analysis verb reading a workbook, through
/// the built CLI with exact outputs.
@Suite struct SpreadsheetCommandTests {
    static let xlsxFixtures = PackagePaths.file("Tests/ActorNetTests/Fixtures/xlsx")

    @Test func convertToXLSXAndBackGivesTheSameDocument() throws {
        let dir = try scratchFolder("xlsx-cli")
        let chile = PackagePaths.example("chile")
        let out = try CLI.run(["convert", chile, dir + "/chile.xlsx", "--lang", "es"])
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "\(dir)/chile.xlsx\n")
        #expect(out.stderr == "")
        let back = try CLI.run(["convert", dir + "/chile.xlsx", dir + "/back.yaml"])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(back.stdout == "\(dir)/back.yaml\n")
        #expect(try CLI.run(["convert", chile, dir + "/direct.yaml"]).status == 0)
        #expect(
            try String(contentsOfFile: dir + "/back.yaml", encoding: .utf8)
                == String(contentsOfFile: dir + "/direct.yaml", encoding: .utf8))
    }

    @Test func kumuWorkbookIsWrittenOnlyAsXLSX() throws {
        let dir = try scratchFolder("xlsx-cli")
        let chile = PackagePaths.example("chile")
        let kumu = try CLI.run(["convert", chile, dir + "/kumu.xlsx", "--kumu"])
        #expect(kumu.status == 0, "\(kumu.stderr)")
        #expect(kumu.stdout == "\(dir)/kumu.xlsx\n")
        let wrong = try CLI.run(["convert", chile, dir + "/kumu.csv", "--kumu", "--lang", "es"])
        #expect(wrong.status == 64)
        #expect(wrong.stderr.hasPrefix("Error: --kumu escribe un libro .xlsx: indique SALIDA.xlsx\n"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/kumu.csv"))
        // Kumu's Connections sheet is found as the ties sheet when actornet reads the workbook back.
        let check = try CLI.run(["validate", dir + "/kumu.xlsx"])
        #expect(check.stdout == "\(dir)/kumu.xlsx: valid: 20 actors, 27 ties, 0 projects\n")
    }

    @Test func analysisVerbReadsAWorkbookAndSheetOption() throws {
        let taller = Self.xlsxFixtures + "/taller.xlsx"
        let info = try CLI.run(["validate", taller, "--sheet", "Relaciones", "--lang", "es"])
        #expect(info.status == 0)
        #expect(info.stdout == "\(taller): válida: 4 actores, 4 lazos, 0 proyectos\n")
        let brokers = try CLI.run(["brokers", taller, "--format", "json"])
        #expect(brokers.status == 0, "\(brokers.stderr)")
        let missing = try CLI.run(["info", taller, "--sheet", "Lazos"])
        #expect(missing.status == 65)
        #expect(missing.stderr == "\(taller): error: no sheet named `Lazos`; the sheets are `Relaciones`, `Actores`\n")
    }

    /// `--at` restricts a network read from a workbook as it restricts one read from YAML (dates are cells).
    @Test func windowAppliesToAWorkbook() throws {
        let dir = try scratchFolder("xlsx-cli")
        let rich = Self.xlsxFixtures + "/rich.yaml"
        #expect(try CLI.run(["convert", rich, dir + "/rich.xlsx"]).status == 0)
        let heading =
            "Network as it stood in 2023: actors 4 of 4, ties 3 of 4, projects 0 of 1; undated and so always present: "
            + "actors 2, ties 3"
        for input in [rich, dir + "/rich.xlsx"] {
            let info = try CLI.run(["info", input, "--at", "2023", "--lang", "en"])
            #expect(info.status == 0, "\(info.stderr)")
            #expect(info.stdout.components(separatedBy: "\n").first == heading)
        }
    }

    @Test func damagedWorkbookExits65WithoutOutput() throws {
        let dir = try scratchFolder("xlsx-cli")
        let truncated = Self.xlsxFixtures + "/hostile/truncated.xlsx"
        let result = try CLI.run(["convert", truncated, dir + "/out.yaml", "--lang", "pt"])
        #expect(result.status == 65)
        #expect(
            result.stderr == "\(truncated): erro: não é uma pasta de trabalho .xlsx: o arquivo não é um zip ou está "
                + "truncado\n")
        #expect(!FileManager.default.fileExists(atPath: dir + "/out.yaml"))
    }
}
