import ActorNetTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Issue 12, items 16–18 and 20 through the built CLI: hostile text in names, a 1 MB name, distinct ego files, and
/// a format that contradicts the output's extension.
@Suite struct TextOutputCommandTests {
    /// A network whose name holds U+FFFE, a noncharacter, a control and entity-shaped text; actor ids `a.b` and
    /// `ab` are both brokers (ranked y, a.b, ab).
    static let hostileJSON = #"""
        {"name": "Red \ufffe \ufdd0 \u0001 &eacute; &nbsp; &#0; <b>x</b>",
         "actors": [{"id": "x"}, {"id": "a.b", "name": "A &eacute;"}, {"id": "y"}, {"id": "ab", "name": "AB &#0;"},
                    {"id": "z"}],
         "ties": [{"from": "x", "to": "a.b"}, {"from": "a.b", "to": "y"}, {"from": "y", "to": "ab"},
                  {"from": "ab", "to": "z"}]}
        """#

    func hostileFile() throws -> (folder: String, file: String) {
        let folder = try scratchFolder("text")
        let file = folder + "/hostile.json"
        try Self.hostileJSON.write(toFile: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

    func wellFormed(_ path: String) throws -> Bool {
        let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(
            of: "<!DOCTYPE html>", with: "")
        let parser = XMLParser(data: Data(text.utf8))
        return parser.parse()
    }

    /// `render --format png -o x.svg` wrote PNG bytes into a `.svg` file.
    @Test func formatContradictingTheExtensionIsAUsageError() throws {
        let (folder, file) = try hostileFile()
        let result = try CLI.run(["render", file, "--format", "png", "-o", folder + "/x.svg"])
        #expect(result.status == 64)
        let expected =
            "Error: --format png contradicts the output `\(folder)/x.svg`, whose extension says svg: "
            + "drop --format or name the file .png"
        #expect(result.stderr.components(separatedBy: "\n").first == expected)
        #expect(!FileManager.default.fileExists(atPath: folder + "/x.svg"))
        let agreeing = try CLI.run(["render", file, "--format", "svg", "-o", folder + "/y.SVG"])
        #expect(agreeing.status == 0 && agreeing.stdout == folder + "/y.SVG\n")
        let unknownExtension = try CLI.run(["render", file, "--format", "png", "-o", folder + "/z.image"])
        #expect(unknownExtension.status == 0 && unknownExtension.stdout == folder + "/z.image\n")
        let png = try Data(contentsOf: URL(fileURLWithPath: folder + "/z.image"))
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    /// The same for `report`: `-o x.md` wrote an HTML page into a `.md` file.
    @Test func reportFormatContradictingTheExtensionIsAUsageError() throws {
        let (folder, file) = try hostileFile()
        let markdownName = try CLI.run(["report", file, "-o", folder + "/r.md"])
        #expect(markdownName.status == 64)
        #expect(
            markdownName.stderr.components(separatedBy: "\n").first
                == "Error: the report format html contradicts the output `\(folder)/r.md`, "
                + "whose extension says md: use --format md or name the file .html")
        let htmlName = try CLI.run(["report", file, "--format", "md", "-o", folder + "/r.HTML"])
        #expect(htmlName.status == 64)
        #expect(
            htmlName.stderr.components(separatedBy: "\n").first
                == "Error: the report format md contradicts the output `\(folder)/r.HTML`, "
                + "whose extension says html: use --format html or name the file .md")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["hostile.json"])
        let other = try CLI.run(["report", file, "--lang", "en", "-o", folder + "/r.page"])
        #expect(other.status == 0 && other.stdout == folder + "/r.page\n")
    }

    /// U+FFFE in the network's name made `render` exit 70 and `report` lose its two main diagrams.
    @Test func hostileNameRendersAndReportsEverything() throws {
        let (folder, file) = try hostileFile()
        let svg = try CLI.run(["render", file, "-o", folder + "/h.svg"])
        #expect(svg.status == 0 && svg.stderr == "" && svg.stdout == folder + "/h.svg\n")
        #expect(try wellFormed(folder + "/h.svg"))
        let svgText = try String(contentsOfFile: folder + "/h.svg", encoding: .utf8)
        #expect(
            svgText.contains(
                "<title>Red U+FFFE U+FDD0 U+0001 &amp;eacute; &amp;nbsp; &amp;#0; &lt;b&gt;x&lt;/b&gt;</title>"))
        for format in ["png", "pdf", "dot"] {
            let result = try CLI.run(["render", file, "-o", folder + "/h." + format])
            #expect(result.status == 0 && result.stderr == "", "\(format): \(result.stderr)")
        }
        let html = try CLI.run(["report", file, "--lang", "en", "-o", folder + "/h.html"])
        #expect(html.status == 0 && html.stderr == "" && html.stdout == folder + "/h.html\n")
        #expect(try wellFormed(folder + "/h.html"))
        let page = try String(contentsOfFile: folder + "/h.html", encoding: .utf8)
        #expect(page.components(separatedBy: "<figure class=\"figure\">").count - 1 == 4)
        #expect(page.components(separatedBy: "<figure class=\"figure interactive\">").count - 1 == 1)
        #expect(
            page.contains("<h1>Red U+FFFE U+FDD0 U+0001 &amp;eacute; &amp;nbsp; &amp;#0; &lt;b&gt;x&lt;/b&gt;</h1>"))
    }

    /// Ids `a.b` and `ab` both wrote `h-ego-ab.svg`.
    @Test func markdownReportWritesOneFilePerDiagram() throws {
        let (folder, file) = try hostileFile()
        let result = try CLI.run(["report", file, "--lang", "en", "--format", "md", "-o", folder + "/h.md"])
        #expect(result.status == 0 && result.stderr == "")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(
            files == [
                "h-ego-1-y.svg", "h-ego-2-a-b.svg", "h-ego-3-ab.svg", "h-network.svg", "h-sector-level.svg",
                "h.md", "hostile.json",
            ])
        for svg in files where svg.hasSuffix(".svg") { #expect(try wellFormed(folder + "/" + svg), "\(svg)") }
        let markdown = try String(contentsOfFile: folder + "/h.md", encoding: .utf8)
        #expect(markdown.hasPrefix("# Red U+FFFE U+FDD0 U+0001 \\&eacute; \\&nbsp; \\&\\#0; \\<b\\>x\\</b\\>\n"))
    }

    /// A 1 MB actor name took 50–60 s (release; 179 s in a debug build) in `render --format dot`: now about 1.5 s
    /// in a debug build; 60 s is only the line a return of the quadratic cost would cross.
    @Test func megabyteNameIsLinear() throws {
        let folder = try scratchFolder("text-big")
        let name = String(repeating: "x", count: 1_000_000)
        let json =
            #"{"name": "big", "actors": [{"id": "a", "name": ""# + name
            + #""}, {"id": "b"}], "ties": [{"from": "a", "to": "b"}]}"#
        try json.write(toFile: folder + "/big.json", atomically: true, encoding: .utf8)
        let start = Date()
        let result = try CLI.run(["render", folder + "/big.json", "--format", "dot", "-o", "-"])
        let seconds = Date().timeIntervalSince(start)
        #expect(result.status == 0)
        #expect(seconds < 60, "\(seconds) s")
        let x20 = String(repeating: "x", count: 20)
        #expect(result.stdout.contains("label=\"\(x20)\\n\(x20)\\n\(x20)\\n\(String(repeating: "x", count: 19))…\""))
        // The tooltip keeps the whole name, in quoted parts of 16 000 bytes joined with `+`.
        #expect(
            result.stdout.replacingOccurrences(of: "\" + \"", with: "")
                .contains("tooltip=\"\(name)\\nUnspecified · Unspecified\""))
    }
}

/// GraphML and GEXF dropped code points XML 1.0 cannot carry, so `a\u0001` and `a` became one actor: such text is
/// refused at its field (65) and nothing is written.
@Suite struct XMLInterchangeCommandTests {
    static let yaml = """
        name: "n\\uFFFE"
        actors:
          - id: "a\\u0001"
            name: A
          - id: a
            name: "B\\u0007x"
        ties:
          - {from: "a\\u0001", to: a}

        """

    @Test(arguments: ["graphml": "GraphML", "gexf": "GEXF"])
    func textXMLCannotCarryIsRefusedAtItsField(ext: String, format: String) throws {
        let folder = try scratchFolder("xml-text")
        let file = folder + "/cp.yaml"
        try Self.yaml.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["convert", file, folder + "/out." + ext])
        let tail =
            "which \(format) (XML 1.0) cannot carry; remove it, or convert to YAML, JSON or CSV, which carry any text"
        #expect(result.status == 65)
        #expect(result.stdout == "")
        #expect(
            result.stderr == """
                \(file): error: field `name` holds U+FFFE, \(tail)
                \(file):3:9: error: field `id` holds U+0001, \(tail)
                \(file):6:11: error: field `name` holds U+0007, \(tail)
                \(file):8:12: error: field `from` holds U+0001, \(tail)

                """)
        #expect(!FileManager.default.fileExists(atPath: folder + "/out." + ext))
        let yamlCopy = try CLI.run(["convert", file, folder + "/out.yaml"])
        #expect(yamlCopy.status == 0)
    }
}
