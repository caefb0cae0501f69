import ActorNet

/// A Graphviz HTML-like label built from typed pieces; text is escaped by construction.
///
/// Escaping: `&`, `<`, `>`, `"`, `[`, `]` become entities, and `\` becomes `\\` — Graphviz 2.42 runs its escString
/// substitution (`\N`, `\G`…) inside HTML text too, after decoding entities.
public struct HTMLLabel: Sendable, Equatable {
    public indirect enum Piece: Sendable, Equatable {
        case text(String)
        case bold([Piece])
        case font(size: Double?, color: String?, [Piece])
        case lineBreak
        case table([[Cell]], border: Int, cellSpacing: Int, cellPadding: Int)
    }

    public struct Cell: Sendable, Equatable {
        public var content: [Piece]
        public var background: String?
        public var width: Int?
        public var alignLeft: Bool
        public var columnSpan: Int

        public init(
            _ content: [Piece], background: String? = nil, width: Int? = nil, alignLeft: Bool = true,
            columnSpan: Int = 1
        ) {
            self.content = content
            self.background = background
            self.width = width
            self.alignLeft = alignLeft
            self.columnSpan = columnSpan
        }
    }

    public var pieces: [Piece]

    public init(_ pieces: [Piece]) { self.pieces = pieces }

    /// The markup between `<` and `>` of the DOT value.
    public var markup: String { pieces.map(Self.render).joined() }

    static func render(_ piece: Piece) -> String {
        switch piece {
        case .text(let text): return escape(text)
        case .bold(let inner):
            // Graphviz rejects empty elements such as `<B></B>` (found by fuzzing: an empty network name).
            let content = inner.map(render).joined()
            return content.isEmpty ? "" : "<B>" + content + "</B>"
        case .font(let size, let color, let inner):
            let content = inner.map(render).joined()
            if content.isEmpty { return "" }
            var open = "<FONT"
            if let size { open += " POINT-SIZE=\"\(DotEncoder.number(min(max(size, 4), 72)))\"" }
            if let color, DotEncoder.isSafeColor(color) { open += " COLOR=\"\(color)\"" }
            return open + ">" + content + "</FONT>"
        case .lineBreak: return "<BR/>"
        case .table(let rows, let border, let spacing, let padding):
            var out =
                "<TABLE BORDER=\"\(border)\" CELLBORDER=\"0\" CELLSPACING=\"\(spacing)\" CELLPADDING=\"\(padding)\">"
            for row in rows {
                out += "<TR>"
                for cell in row {
                    out += "<TD"
                    if cell.alignLeft { out += " ALIGN=\"LEFT\"" }
                    if cell.columnSpan > 1 { out += " COLSPAN=\"\(min(cell.columnSpan, 10))\"" }
                    if let background = cell.background, DotEncoder.isSafeColor(background) {
                        out += " BGCOLOR=\"\(background)\""
                    }
                    if let width = cell.width {
                        out += " WIDTH=\"\(min(max(width, 1), 400))\" FIXEDSIZE=\"TRUE\" HEIGHT=\"12\""
                    }
                    out += ">" + cell.content.map(render).joined() + "</TD>"
                }
                out += "</TR>"
            }
            return out + "</TABLE>"
        }
    }

    /// Entity-escapes text for HTML-like labels and doubles backslashes; line breaks and tabs become spaces, and
    /// code points Graphviz's XML parser cannot take are shown as `U+XXXX` (`DisplayText`).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            // Graphviz 2.42's HTML lexer rejects a text that is just `]` (found by fuzzing); entities are safe.
            case "]": out += "&#93;"
            case "[": out += "&#91;"
            case "\\": out += "\\\\"
            case "\n", "\r", "\t": out += " "
            default:
                DisplayText.append(scalar, to: &out)
            }
        }
        return out
    }
}
