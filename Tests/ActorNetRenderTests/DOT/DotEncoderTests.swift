import Foundation
import Testing

@testable import ActorNetRender

@Suite struct DotEncoderTests {
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("back\\slash", "\"back\\\\slash\""),
        ("ends with \\", "\"ends with \\\\\""),
        ("\\N node name", "\"\\\\N node name\""),
        ("two\nlines", "\"two\\nlines\""),
        ("bell\u{07}tab\tgone", "\"bellU+0007tab gone\""),  // shown, not dropped (issue 12, item 16)
        ("1a", "\"1a\""),
        ("node", "\"node\""),
    ])
    func quotesAndEscapesEveryValue(text: String, expected: String) {
        #expect(DotEncoder.quote(text) == expected)
    }

    @Test func longValuesAreSplitWithoutBreakingAnEscape() {
        let text = String(repeating: "\\", count: 9_000)  // 18 000 bytes escaped
        let quoted = DotEncoder.quote(text)
        let parts = quoted.components(separatedBy: "\" + \"")
        #expect(parts.count == 2)
        #expect(parts.allSatisfy { $0.replacingOccurrences(of: "\"", with: "").count % 2 == 0 })
    }

    @Test func htmlLabelsEscapeByConstruction() {
        let label = HTMLLabel([.bold([.text("<script>alert(\"x\") & \\N</script>")])])
        #expect(label.markup == "<B>&lt;script&gt;alert(&quot;x&quot;) &amp; \\\\N&lt;/script&gt;</B>")
    }

    /// An empty HTML label is written `""`: cgraph shares interned strings by content, and an early `<>` made a
    /// later plain empty label an HTML one that Graphviz rejects (an actor and a network both named "").
    @Test func emptyHTMLLabelIsAPlainEmptyString() throws {
        let empty = HTMLLabel([.bold([.text("")])])
        #expect(DotEncoder.value(.html(empty)) == "\"\"")
        var graph = DotGraph(id: "", directed: false)
        graph.attributes[.label] = .html(empty)
        graph.nodes = [DotNode(id: "n0", attributes: [.label: .text("")])]
        #expect(throws: Never.self) { try GraphvizRenderer.render(graph, layout: "dot", format: "svg") }
    }

    /// Found by fuzzing: Graphviz rejects `<B></B>`, so empty elements are left out.
    @Test func emptyHTMLElementsAreLeftOut() {
        #expect(HTMLLabel([.font(size: 18, color: nil, [.bold([.text("")])])]).markup == "")
        #expect(HTMLLabel([.bold([.text("a")])]).markup == "<B>a</B>")
        // Also found by fuzzing: Graphviz rejects an HTML text that is just `]`.
        #expect(HTMLLabel([.bold([.text("]")])]).markup == "<B>&#93;</B>")
        #expect(throws: Never.self) {
            try GraphvizRenderer.render(dot: "graph g { label=<<B>&#93;</B>>; a; }", layout: "dot", format: "svg")
        }
    }

    @Test func unsafeColoursAreDropped() {
        let label = HTMLLabel([.font(size: 10, color: "red\" onload=\"x", [.text("a")])])
        #expect(label.markup == "<FONT POINT-SIZE=\"10\">a</FONT>")
    }

    @Test func numbersAreClamped() {
        #expect(DotEncoder.number(1e9) == "10000")
        #expect(DotEncoder.number(.nan) == "0")
        #expect(DotEncoder.number(0.5) == "0.5")
    }

    @Test func attributesAreSortedAndOutputIsDeterministic() {
        var graph = DotGraph(id: "g", directed: false)
        graph.nodes = [
            DotNode(id: "n0", attributes: [.shape: .keyword("box"), .label: .text("A"), .color: .keyword("red")])
        ]
        #expect(DotEncoder.encode(graph) == "graph \"g\" {\n  \"n0\" [color=\"red\", label=\"A\", shape=\"box\"];\n}\n")
    }
}
