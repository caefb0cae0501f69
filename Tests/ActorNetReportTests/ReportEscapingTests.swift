import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetReport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Issue 12, items 16 and 18: input text is text in both reports, the HTML page stays well-formed XML, no diagram
/// goes missing without a word, and ego-diagram file names are distinct.
@Suite struct ReportEscapingTests {
    static let fixedDate = Date(timeIntervalSince1970: 1_764_000_000)
    static let nonCharacter = String(Character(Unicode.Scalar(0xFDD0)!))
    static let hostileName = "Red \u{FFFE} " + nonCharacter + " \u{1} &eacute; &nbsp; &#0; <b>x</b>"
    static let hostileActor = "&eacute; &nbsp; &#0; \u{FFFF}\u{85}"

    static func hostileNetwork() throws -> Network {
        var network = try NetworkFile.load(PackagePaths.example("chile")).network
        network.name = hostileName
        network.actors[0].name = hostileActor
        return network
    }

    /// Text of the elements named in `names`, and every `td`, from a page parsed as XML.
    final class Texts: NSObject, XMLParserDelegate {
        var byElement: [String: [String]] = [:]
        private var stack: [String] = []
        private var buffers: [String] = []
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            stack.append(name)
            buffers.append("")
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) {
            for index in buffers.indices { buffers[index] += string }
        }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            byElement[name, default: []].append(buffers.removeLast())
            stack.removeLast()
        }
    }

    func parse(_ html: String) throws -> Texts {
        let texts = Texts()
        let parser = XMLParser(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        parser.delegate = texts
        let parsed = parser.parse()
        #expect(parsed, "not well-formed: \(String(describing: parser.parserError)) line \(parser.lineNumber)")
        return texts
    }

    /// `&eacute;`, `&nbsp;` and `&#0;` in names came through as entities (wrong text, ill-formed XML); U+FFFE in the
    /// network's name lost the two main diagrams.
    @Test(arguments: [Language.en, .es, .pt])
    func entityShapedAndNonCharacterTextIsShownAsWritten(language: Language) throws {
        let data = ReportData.build(try Self.hostileNetwork(), language: language, generated: Self.fixedDate)
        #expect(data.diagramsLeftOut == [])
        #expect(data.diagrams.map(\.file).prefix(2) == ["network.svg", "sector-level.svg"])
        let html = HTMLReport.render(data)
        let texts = try parse(html)
        let shownName = "Red U+FFFE U+FDD0 U+0001 &eacute; &nbsp; &#0; <b>x</b>"
        #expect(texts.byElement["h1"] == [shownName])
        #expect(texts.byElement["title"]?.first?.hasPrefix(shownName + " — ") == true)
        let community = try #require(data.communities.communities.first { $0.contains(0) })
        let memberCell = community.map { data.network.actors[$0].name }.joined(separator: "; ")
        #expect(memberCell.contains("&eacute; &nbsp; &#0; \u{FFFF}\u{85}"))
        #expect(texts.byElement["td"]?.filter { $0 == DisplayText.visible(memberCell) }.count == 1)
        #expect(
            html.contains("<h1>Red U+FFFE U+FDD0 U+0001 &amp;eacute; &amp;nbsp; &amp;#0; &lt;b&gt;x&lt;/b&gt;</h1>"))
        // The diagrams' own SVG text (node labels, the graph's title) also shows the text as written.
        let svgTitles = (texts.byElement["title"] ?? []).filter { $0 == shownName }
        #expect(svgTitles.count == 5)  // every diagram (whole, aggregate, three ego views) is named after the network
    }

    @Test func markdownEscapesItsOwnMetacharacters() {
        #expect(ReportText.markdown("a & b | c") == "a \\& b \\| c")
        #expect(
            ReportText.markdown("&eacute; <b>x</b> *y* _z_ `c` [l](u) ~s~ #t \\")
                == "\\&eacute; \\<b\\>x\\</b\\> \\*y\\* \\_z\\_ \\`c\\` \\[l\\](u) \\~s\\~ \\#t \\\\")
        #expect(ReportText.markdown("- item") == "\\- item")
        #expect(ReportText.markdown("+ item") == "\\+ item")
        #expect(ReportText.markdown("=== x") == "\\=== x")
        #expect(ReportText.markdown("12. point") == "12\\. point")
        #expect(ReportText.markdown("3) x") == "3\\) x")
        #expect(ReportText.markdown("1 de 3 actores") == "1 de 3 actores")
        #expect(ReportText.markdown("    code\nnext\tline") == "code next line")
        #expect(ReportText.markdown("a-b 1.5 x+y") == "a-b 1.5 x+y")
        #expect(ReportText.markdown("-0.25", blockStart: false) == "-0.25")
        #expect(ReportText.markdown("1. x | y", blockStart: false) == "1. x \\| y")
        #expect(ReportText.markdown("\u{FFFE}") == "U+FFFE")
    }

    @Test func markdownReportShowsTheTextAsWritten() throws {
        let data = ReportData.build(try Self.hostileNetwork(), language: .en, generated: Self.fixedDate)
        let (text, files) = MarkdownReport.render(data, stem: "my report (1)")
        #expect(text.hasPrefix("# Red U+FFFE U+FDD0 U+0001 \\&eacute; \\&nbsp; \\&\\#0; \\<b\\>x\\</b\\>\n\n"))
        #expect(!text.contains("&amp;"))
        #expect(files.map(\.name).prefix(2) == ["my report (1)-network.svg", "my report (1)-sector-level.svg"])
        #expect(text.contains("](my%20report%20%281%29-network.svg)\n"))
    }

    /// Ids `a.b` and `ab` both gave `ego-ab.svg`, and one diagram overwrote the other.
    @Test func egoDiagramFileNamesAreDistinct() {
        let network = Network(
            name: "path", actors: ["x", "a.b", "y", "ab", "z"].map { Actor(id: $0) },
            ties: [
                Tie(from: "x", to: "a.b"), Tie(from: "a.b", to: "y"), Tie(from: "y", to: "ab"),
                Tie(from: "ab", to: "z"),
            ])
        let data = ReportData.build(network, language: .en, generated: Self.fixedDate)
        #expect(
            data.diagrams.map(\.file) == [
                "network.svg", "sector-level.svg", "ego-1-y.svg", "ego-2-a-b.svg", "ego-3-ab.svg",
            ])
        #expect(ReportData.egoFileName(rank: 4, id: "é/../x y") == "ego-4-x-y.svg")
        #expect(ReportData.egoFileName(rank: 5, id: "ñ") == "ego-5.svg")
        #expect(
            ReportData.egoFileName(rank: 6, id: String(repeating: "a", count: 300)) == "ego-6-"
                + String(repeating: "a", count: 40) + ".svg")
    }

    /// A diagram that cannot be made is named where it would have been, in both reports.
    @Test func aMissingDiagramIsSaidWhereItWouldBe() throws {
        let network = Network(
            name: "path", actors: ["x", "a.b", "y", "ab", "z"].map { Actor(id: $0) },
            ties: [
                Tie(from: "x", to: "a.b"), Tie(from: "a.b", to: "y"), Tie(from: "y", to: "ab"),
                Tie(from: "ab", to: "z"),
            ])
        let data = ReportData.build(network, language: .en, generated: Self.fixedDate, maxDiagramActors: 2)
        let reason =
            " is too many for a full-detail diagram (limit 2); draw --aggregate sector-level, --focus ID, or raise "
            + "--max-actors"
        #expect(
            data.diagramsLeftOut == [
                "Diagram “The whole network” left out: 5 actors" + reason,
                "Diagram “Around y” left out: 3 actors" + reason,
                "Diagram “Around a.b” left out: 3 actors" + reason,
                "Diagram “Around ab” left out: 3 actors" + reason,
            ])
        let html = HTMLReport.render(data)
        let texts = try parse(html)
        #expect(texts.byElement["p"]?.filter { $0 == data.diagramsLeftOut[0] }.count == 2)  // header note and section
        #expect(html.contains("<p class=\"note missing\">Diagram “The whole network” left out: 5 actors"))
        let markdown = MarkdownReport.render(data, stem: "path").text
        #expect(
            markdown.contains(
                "\n> **Diagram “The whole network” left out: 5 actors " + ReportText.markdown(reason) + "**\n"))
    }
}
