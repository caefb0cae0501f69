import Foundation
import Testing

@testable import ActorNet

/// Issue 12, items 8–11 (and the non-XML message of item 7): the readers' pre-passes see real structure only.
@Suite struct ParsingDefectTests {
    // MARK: Item 8 — YAML alias chains and nesting

    /// The issue's 700 KB reproduction: freeing Yams' tree of this 70 000-link chain ran out of stack.
    static let aliasChain = "name: x\nactors: []\nz:\n- &a [x]\n" + String(repeating: "- &a [*a]\n", count: 70_000)

    func yamlFailure(_ text: String) -> (line: Int?, column: Int?, message: String)? {
        do {
            _ = try DocumentReader.readYAML(text)
            return nil
        } catch {
            guard case .syntax(let line, let column, let message) = error else { return nil }
            return (line, column, message)
        }
    }

    @Test func aliasChainIsRefusedBeforeYamsBuildsItsTree() {
        let failure = yamlFailure(Self.aliasChain)
        #expect(failure?.line == 514)
        #expect(failure?.column == 7)
        #expect(failure?.message == "aliases nest deeper than 512 levels (alias `*a`)")
    }

    /// Depth through aliases counts the levels of the anchored node where the alias stands.
    @Test func aliasesAddTheirNodesLevelsToTheirPlace() {
        let inner = String(repeating: "[", count: 300) + "x" + String(repeating: "]", count: 300)
        // 300 levels anchored, used at depth 212: 512 in all, accepted; at depth 213: refused.
        let accepted =
            "a: &deep \(inner)\nb: " + String(repeating: "[", count: 211) + "*deep"
            + String(repeating: "]", count: 211) + "\n"
        #expect(yamlFailure(accepted) == nil)
        let refused =
            "a: &deep \(inner)\nb: " + String(repeating: "[", count: 212) + "*deep"
            + String(repeating: "]", count: 212) + "\n"
        #expect(yamlFailure(refused)?.message == "aliases nest deeper than 512 levels (alias `*deep`)")
        #expect(yamlFailure(refused)?.line == 2)
    }

    @Test func aliasBombIsRefusedWithItsLine() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 { text += "l\(level): &a [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n" }
        let failure = yamlFailure(text)
        #expect(failure?.message == "aliases expand the document to more values than it has bytes (alias bomb?)")
        #expect(failure?.line == 4)  // `l3`: 10 × 1 111 values
    }

    /// `[` inside plain and quoted scalars and comments is text: 600 of them were refused as "too deep".
    @Test func bracketsInsideScalarsAreNotNesting() throws {
        let brackets = String(repeating: "[", count: 600)
        let text = "name: x\(brackets)\nnote: \"\(brackets)\"  # \(brackets)\nother: '\(brackets){{{'\n"
        let root = try DocumentReader.readYAML(text)
        guard case .mapping(let pairs, _, _)? = root else { Issue.record("not a mapping"); return }
        #expect(pairs.map(\.key) == ["name", "note", "other"])
        guard case .scalar(let name, _, _) = pairs[0].value else { Issue.record("name not a scalar"); return }
        #expect(name == "x" + brackets)
    }

    @Test func realNestingIsStillBounded() {
        let flow = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(yamlFailure("a: " + flow)?.message == "nesting deeper than 512 levels")
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(yamlFailure(ok) == nil)
        let block = "a:\n" + String(repeating: "- ", count: 600) + "x\n"
        #expect(yamlFailure(block)?.message == "nesting deeper than 512 levels")
        #expect(yamlFailure(block)?.line == 2)
    }

    /// The event reader that replaced `Yams.compose` gives aliases their anchored value and keeps Yams' words
    /// and positions for syntax errors.
    @Test func yamlAliasesGiveTheAnchoredValue() throws {
        let root = try DocumentReader.readYAML("a: &x {id: one, n: ~}\nb: *x\n")
        guard case .mapping(let pairs, _, _)? = root, pairs.count == 2,
            case .mapping(let b, let line, _) = pairs[1].value
        else { Issue.record("shape"); return }
        #expect(b.map(\.key) == ["id", "n"])
        #expect(line == 1)  // the anchored node's own position
        guard case .null = b[1].value else { Issue.record("`~` is not null"); return }
    }

    @Test(
        arguments: [
            (
                "a: 1\n---\nb: 2\n", 2, 1,
                "malformed YAML: expected a single document in the stream but found another document"
            ),
            ("a: *x\n", 1, 4, "malformed YAML: found undefined alias"),
            ("a: 1\nb: \"\u{1}\"\n", 2, nil, "malformed YAML: control characters are not allowed"),
            (
                "a: [1,\n  2\nb: 3\n", 3, 2,
                "malformed YAML: while parsing a flow sequence did not find expected ',' or ']'"
            ),
        ] as [(String, Int, Int?, String)])
    func yamlSyntaxErrorsKeepTheirPositions(text: String, line: Int, column: Int?, message: String) {
        let failure = yamlFailure(text)
        #expect(failure?.line == line)
        #expect(failure?.column == column)
        #expect(failure?.message == message)
    }

    // MARK: Item 11 — duplicate keys, YAML and JSON alike

    @Test func yamlDuplicateKeyNamesItsLine() {
        let failure = yamlFailure("name: x\nactors: []\nties: []\nname: y\n")
        #expect(failure?.line == 4)
        #expect(failure?.column == 1)
        #expect(failure?.message == "duplicate key `name` (first at line 1)")
    }

    func jsonFailure(_ text: String) -> (line: Int?, column: Int?, message: String)? {
        do {
            _ = try DocumentReader.readJSON(text)
            return nil
        } catch {
            guard case .syntax(let line, let column, let message) = error else { return nil }
            return (line, column, message)
        }
    }

    @Test func jsonDuplicateKeyIsRefusedWithItsLine() {
        let text = "{\"name\": \"x\",\n \"actors\": [],\n \"name\": \"y\", \"ties\": []}\n"
        let failure = jsonFailure(text)
        #expect(failure?.line == 3)
        #expect(failure?.column == 2)
        #expect(failure?.message == "duplicate key `name` (first at line 1)")
    }

    @Test func jsonKeysAreComparedAfterEscapes() {
        #expect(jsonFailure("{\"a\": 1,\n\"\\u0061\": 2}")?.message == "duplicate key `a` (first at line 1)")
        #expect(jsonFailure("{\"a\": {\"a\": 1}, \"b\": [{\"a\": 1}, {\"a\": 2}]}") == nil)
        #expect(jsonFailure("{\"x\": \"a\", \"a\": \"x\"}") == nil)
    }

    /// Without duplicates the file keeps positions: a bad value is reported on its line.
    @Test func jsonErrorsKeepTheirLines() throws {
        let text = "{\"name\": \"x\",\n \"ties\": [{\"from\": \"a\", \"to\": \"b\",\n \"weight\": \"q\"}]}\n"
        #expect(throws: LoadError.self) { try NetworkFile.parse(text, format: .json, file: "d.json") }
        do {
            _ = try NetworkFile.parse(text, format: .json, file: "d.json")
        } catch {
            guard case .invalid(let diagnostics) = error else { Issue.record("\(error)"); return }
            #expect(diagnostics.map(\.location.line) == [3])
        }
    }

    // MARK: Item 10 — an unterminated CSV quote

    @Test func unterminatedQuoteNamesTheLineItOpened() {
        var reader = CSVNetworkReader()
        let text = "source,target,weight,note\na,b,1,\"ok\nc,d,1,x\n"
        _ = reader.ties(text, file: "u.csv")
        #expect(reader.diagnostics.map(\.location.line) == [2])
        #expect(
            reader.diagnostics.map(\.message) == [
                "malformed CSV: the quote that opens a field on this line "
                    + "is never closed, so the field would run to the end of the file"
            ])
    }

    @Test(
        arguments: [
            ("a,\"b\"\"c\",d\n", nil), ("a,\"b\nc\",d\n", nil), ("a,b\"c,d\n\"e\n", 2), ("a,\"b\"x\n", 1),
            ("\"a\"", nil), ("x\n\"", 2), ("a;\"b;c\"\n", nil),
        ] as [(String, Int?)])
    func unterminatedQuoteFollowsCSVSwiftsRules(text: String, line: Int?) {
        let delimiter = text.contains(";") ? UInt8(ascii: ";") : UInt8(ascii: ",")
        #expect(CSVTableReader.unterminatedQuote(in: text, delimiter: delimiter) == line)
    }

    /// A ties file read in one part reported its header problems twice.
    @Test func headerProblemsAreReportedOnce() {
        var reader = CSVNetworkReader()
        _ = reader.ties("src,target\na,b\n", file: "h.csv")
        #expect(reader.diagnostics.filter { $0.message.hasPrefix("missing column") }.count == 1)
    }

    // MARK: Item 9 — the XML pre-pass knows CDATA, quotes, DOCTYPE

    static let cdataGraphML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
          <key id="name" for="node" attr.name="name" attr.type="string"/>
          <graph id="G" edgedefault="undirected">
            <node id="a"><data key="name"><![CDATA[x <!--]]></data></node>
            <node id="b"/>
            <node id="c" note="a > b --> c"/>
            <node id="d"><data key="name"><![CDATA[-->]]></data></node>
            <!-- a real comment: <node id="hidden"/> -->
            <?app a processing instruction?>
          </graph>
        </graphml>
        """

    @Test func cdataHoldingCommentMarkersKeepsEveryNode() {
        let (network, _, diagnostics) = GraphML.read(Self.cdataGraphML, file: "c.graphml")
        #expect(diagnostics.isEmpty)
        #expect(network.actors.map(\.id) == ["a", "b", "c", "d"])
        #expect(network.actors.map(\.name) == ["x <!--", "b", "c", "-->"])
    }

    @Test func blankerBlanksOnlyCommentsAndInstructionsKeepingLines() {
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE r [ <!ENTITY e "<!-- not a comment -->"> <!-- dtd comment --> ]>
            <r a='<!--'><![CDATA[<?pi?>]]><!-- gone
            still gone --><?gone too?><k/></r>
            """
        var bytes = Array(text.utf8)
        MarkupBlanker.blank(&bytes)
        let result = String(decoding: bytes, as: UTF8.self)
        let expected = """
            <?xml version="1.0"?>
            <!DOCTYPE r [ <!ENTITY e "<!-- not a comment -->"> \(String(repeating: " ", count: 20)) ]>
            <r a='<!--'><![CDATA[<?pi?>]]>\(String(repeating: " ", count: 9))
            \(String(repeating: " ", count: 26))<k/></r>
            """
        #expect(result == expected)
    }

    @Test func declarationEncodingIsRewrittenToUTF8() {
        let text = "<?xml version=\"1.0\" encoding='UTF-16' standalone=\"yes\"?>\n<r/>"
        let prepared = String(decoding: XMLInput.prepared(text), as: UTF8.self)
        #expect(prepared == "<?xml version=\"1.0\" encoding='UTF-8' standalone=\"yes\"?>\n<r/>")
    }

    @Test func iatiParticipantInsideCDATAMarkersIsKept() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <iati-activities version="2.03">
              <iati-activity default-currency="EUR">
                <iati-identifier>XM-TEST-1</iati-identifier>
                <reporting-org ref="XM-DAC-1" type="10"><narrative><![CDATA[Donor <!--]]></narrative></reporting-org>
                <participating-org ref="XM-ORG-2" role="4" type="21">
                  <narrative>Implementer</narrative></participating-org>
                <participating-org ref="XM-ORG-3" role="1" type="10">
                  <narrative><![CDATA[-->]]></narrative></participating-org>
              </iati-activity>
            </iati-activities>
            """
        let importer = IATIImporter(options: .init())
        try importer.read(data: Data(xml.utf8), name: "c.xml")
        let network = importer.network(files: ["c.xml"], name: "c")
        #expect(network.actors.map(\.id) == ["XM-DAC-1", "XM-ORG-2", "XM-ORG-3"])
        #expect(network.actors.map(\.name) == ["Donor <!--", "Implementer", "-->"])
    }

    // MARK: Item 11 — declared encodings; item 7 — not XML at all

    @Test(arguments: [("le-bom", 0), ("be-bom", 1), ("le", 2), ("be", 3)])
    func utf16DeclaringUTF16IsRead(label: String, variant: Int) throws {
        let text = Self.cdataGraphML.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        let encoding: String.Encoding = variant % 2 == 0 ? .utf16LittleEndian : .utf16BigEndian
        var data = variant < 2 ? Data(variant == 0 ? [0xFF, 0xFE] : [0xFE, 0xFF]) : Data()
        data += try #require(text.data(using: encoding))
        let decoded = try InputText.decode(data, path: "u.graphml")
        let (network, _, diagnostics) = GraphML.read(decoded, file: "u.graphml")
        #expect(diagnostics.isEmpty)
        #expect(network.actors.map(\.name) == ["x <!--", "b", "c", "-->"])
    }

    func decodingProblem(_ bytes: [UInt8]) -> String? {
        do {
            _ = try InputText.decode(Data(bytes), path: "x.graphml")
            return nil
        } catch {
            guard case .invalid(let diagnostics) = error else { return "\(error)" }
            return diagnostics.first?.message
        }
    }

    @Test func declaredEncodingsAreReadOrRefusedSayingWhy() throws {
        let latin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>caf".utf8) + [0xE9] + Array("</r>".utf8)
        #expect(
            try InputText.decode(Data(latin1), path: "l.xml")
                == "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>café</r>")
        #expect(
            decodingProblem(Array("<?xml version=\"1.0\" encoding=\"UTF-16\"?><r/>".utf8))
                == "the XML declaration says encoding=\"UTF-16\", but the file is not UTF-16 (no byte-order mark and "
                + "the declaration itself is 8-bit text); save it as UTF-8 or correct the declaration")
        let shiftJIS =
            Array("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><r>".utf8) + [0x82, 0xA0]
            + Array("</r>".utf8)
        #expect(
            decodingProblem(shiftJIS) == "the XML declaration says encoding=\"Shift_JIS\", which actornet does not "
                + "read; save the file as UTF-8 (or UTF-16, ISO-8859-1 or Windows-1252)")
        #expect(decodingProblem(Array("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><r/>".utf8)) == nil)
    }

    @Test(arguments: [
        ("{\"a\": 1}", "not XML (this looks like JSON)"), ("\n  - a\n", "not XML (this looks like YAML)"),
        ("a,b\n1,2\n", "not XML (this looks like CSV)"),
        ("hello", "not XML (it does not start with `<`)"),
    ])
    func nonXMLSaysWhatItLooksLike(text: String, message: String) {
        #expect(XMLInput.notXMLReason(text)?.message == message)
        #expect(XMLInput.notXMLReason("  \n<r/>") == nil)
        #expect(XMLInput.notXMLReason("\u{FEFF}<r/>") == nil)
    }

    @Test func iatiGivenJSONSaysSo() {
        do {
            try IATIImporter(options: .init()).read(data: Data("{\"iati-activities\": []}\n".utf8), name: "j.xml")
            Issue.record("JSON was read as IATI")
        } catch {
            guard case .malformed(_, let line, let message) = error else { Issue.record("\(error)"); return }
            #expect(line == 1)
            #expect(message == "not XML (this looks like JSON); an IATI activity file is XML (`<iati-activities>`)")
        }
    }
}
