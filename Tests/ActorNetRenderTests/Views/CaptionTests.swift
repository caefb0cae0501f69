import ActorNet
import Testing

@testable import ActorNetRender

/// The caption: at most two lines; a long source list shortened with how many were left out.
@Suite struct CaptionTests {
    static func drawing(source: String, language: String = "en") -> NetworkDrawing {
        var options = DiagramOptions()
        options.language = language
        return NetworkDrawing(view: Network(name: "n", source: source), sizes: [], options: options, clusterBy: .none)
    }

    @Test func longPublisherListIsShortenedWithTheCount() {
        let publishers = (1...23).map { "Publisher \($0)" }.joined(separator: ", ")
        let source = "IATI activity files: a.xml, b.xml; publishers: \(publishers); generated 2026-12-03"
        #expect(
            Self.drawing(source: source).shortenedSource(source, characters: 110)
                == "IATI activity files: a.xml, b.xml; publishers: Publisher 1, Publisher 2 and 21 more; "
                + "generated 2026-12-03")
        #expect(
            Self.drawing(source: source, language: "es").shortenedSource(source, characters: 110)
                == "IATI activity files: a.xml, b.xml; publishers: Publisher 1, Publisher 2 y 21 más; "
                + "generated 2026-12-03")
        // A source that fits is kept whole; text without a list of three is cut with "…".
        #expect(Self.drawing(source: "a, b, c").shortenedSource("a, b, c", characters: 100) == "a, b, c")
        #expect(Self.drawing(source: "").shortenedSource("abcdefghij, k", characters: 6) == "abcde…")
    }

    @Test func captionHasAtMostTwoLines() {
        let drawing = Self.drawing(source: String(repeating: "s", count: 500))
        var hidden = NetworkViews.Hidden()
        hidden.isolates = 3
        let lines = drawing.captionLines(characters: 80, labelled: 0, hidden: hidden)
        #expect(lines == ["Source: " + String(repeating: "s", count: 71) + "…", "3 actors without ties hidden"])
    }
}
