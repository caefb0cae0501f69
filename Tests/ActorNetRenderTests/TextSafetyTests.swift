import ActorNet
import Foundation
import Testing

@testable import ActorNetRender

/// Issue 12, items 16–17: text from the data reaches Graphviz as text (never as an entity, never as a code point
/// it cannot carry), and long names cost linear time and are shortened in diagrams.
/// A one-scalar string (Swift's `\\u{…}` literal refuses some noncharacters).
func scalar(_ value: UInt32) -> String { String(Character(Unicode.Scalar(value)!)) }

@Suite struct TextSafetyTests {
    static let hostileName = "Red \u{FFFE} " + scalar(0xFDD0) + " \u{1} \u{85} \u{1FFFF} &eacute; &nbsp; &#0; <b>x</b>"

    @Test func codePointsGraphvizCannotCarryAreShownAsCodes() {
        #expect(
            DotEncoder.quote("a\u{FFFE}b\u{1}c\u{85}d" + scalar(0xFDD0) + "e\u{10FFFF}\u{7F}")
                == "\"aU+FFFEbU+0001cU+0085dU+FDD0eU+10FFFFU+007F\"")
        #expect(DotEncoder.quote("x\r\ny\rz\tw & v") == "\"x\\ny\\nz w &amp; v\"")
        #expect(DotEncoder.quote("" + scalar(0xFDEF) + "\u{FDF0}\u{FFFD}") == "\"U+FDEF\u{FDF0}\u{FFFD}\"")
        #expect(HTMLLabel.escape("a\u{FFFE}&eacute;\r\n\u{0}") == "aU+FFFE&amp;eacute;  U+0000")
        #expect(DisplayText.visible("ok é ñ €") == "ok é ñ €")
        #expect(DisplayText.visible("\u{9F}\u{A0}") == "U+009F\u{A0}")
    }

    /// The name that made `render` exit 70 draws, with the codes and the entity-shaped text shown as written, in a
    /// well-formed SVG.
    @Test func hostileNetworkNameDrawsInWellFormedSVG() throws {
        var network = sampleNetwork
        network.name = Self.hostileName
        network.actors[0].name = "Muni &eacute;\u{FFFF}"
        let diagram = try DiagramBuilder.build(network, options: DiagramOptions())
        let svg = try GraphvizRenderer.render(diagram.graph, layout: diagram.layout, format: "svg")
        let text = try #require(SVGText.parse(svg))
        let shownName = "Red U+FFFE U+FDD0 U+0001 U+0085 U+1FFFF &eacute; &nbsp; &#0; <b>x</b>"
        #expect(text.texts.contains(shownName))
        #expect(text.titles.first == shownName)  // the graph's name, written by Graphviz as the SVG's title
        #expect(text.texts.contains("Muni &eacute;U+FFFF"))
        for format in ["png", "pdf"] {
            #expect(try GraphvizRenderer.render(diagram.graph, layout: diagram.layout, format: format).count > 1_000)
        }
    }

    /// The old wrapping, kept here as the reference: the new one gives the same lines in linear time.
    static func referenceWrap(_ text: String, width: Int = 20, maximumLines: Int = 4) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init) {
            var word = word
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maximumLines {
            lines = Array(lines.prefix(maximumLines))
            lines[maximumLines - 1] = String(lines[maximumLines - 1].prefix(width - 1)) + "…"
        }
        return lines.joined(separator: "\n")
    }

    @Test func wrapGivesTheLinesOfTheOldWrapping() {
        let pieces = [
            "a", "bb", "ccccc", "Ministerio", "de", "Salud", "é", "👩‍👩‍👧", " ", "  ", "\n", "\t",
            String(repeating: "x", count: 20), String(repeating: "y", count: 21), String(repeating: "z", count: 45),
        ]
        var state: UInt64 = 17
        for round in 0..<2_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 59) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            #expect(DiagramStyle.wrap(text) == Self.referenceWrap(text), "round \(round): \(text.debugDescription)")
            #expect(
                DiagramStyle.wrap(text, width: 7, maximumLines: 2)
                    == Self.referenceWrap(text, width: 7, maximumLines: 2))
        }
        #expect(
            DiagramStyle.wrap("Agencia de Cooperación Internacional para el Desarrollo")
                == "Agencia de\nCooperación\nInternacional para\nel Desarrollo")
    }

    /// A 1 MB actor name took 179 s (debug build; 50–60 s in release) in `render`: wrapping cut the name with
    /// `dropFirst(20)` 50 000 times. Now the label is its first 4 lines and the diagram is built in well under a
    /// second; the full name stays in the tooltip. The limit of 10 s only catches a return of the quadratic cost.
    @Test func megabyteNameIsWrappedShortAndFast() throws {
        let long = String(repeating: "x", count: 1_000_000)
        var network = sampleNetwork
        network.actors[0].name = long
        network.name = String(repeating: "n", count: 1_000)
        let start = Date()
        let diagram = try DiagramBuilder.build(network, options: DiagramOptions())
        let dot = diagram.dot
        let seconds = Date().timeIntervalSince(start)
        #expect(seconds < 10, "\(seconds) s")
        let x20 = String(repeating: "x", count: 20)
        #expect(
            diagram.graph.nodes[0].attributes[.label]
                == .text(
                    [x20, x20, x20, String(repeating: "x", count: 19) + "…"]
                        .joined(separator: "\n")))
        #expect(
            diagram.graph.nodes[0].attributes[.tooltip]
                == .tooltip(long + "\nPublic · Local"))
        let tieOfFirst = try #require(diagram.graph.edges.first { $0.to == "n0" || $0.from == "n0" })
        #expect(
            tieOfFirst.attributes[.tooltip]
                == .tooltip(
                    "Gobierno Regional — " + String(repeating: "x", count: 199)
                        + "…: Coordination (2)"))
        let shortName = String(repeating: "n", count: 199) + "…"
        #expect(diagram.graph.id == shortName)
        // The title: two lines as wide as an A4 page holds at 14 pt (65 characters); the source is in the caption.
        let n65 = String(repeating: "n", count: 65)
        let titleLines: [HTMLLabel.Piece] = [.text(n65), .lineBreak, .text(String(n65.dropLast()) + "…")]
        let title = try #require(diagram.graph.nodes.first { $0.id == "title" })
        #expect(title.attributes[.label] == .html(HTMLLabel([.font(size: 14, color: nil, [.bold(titleLines)])])))
        let caption = try #require(diagram.graph.nodes.first { $0.id == "caption_0" })
        #expect(caption.attributes[.label] == .leftText("Source: actornet tests"))
        #expect(dot.utf8.count > 1_000_000)  // the tooltip keeps the whole name
    }

    @Test func shortenedCutsAtCharacters() {
        #expect(DisplayText.shortened("abcdef", maximumCharacters: 4) == "abc…")
        #expect(DisplayText.shortened("abcd", maximumCharacters: 4) == "abcd")
        #expect(DisplayText.shortened("👩‍👩‍👧é👩‍👩‍👧x", maximumCharacters: 3) == "👩‍👩‍👧é…")
    }
}
