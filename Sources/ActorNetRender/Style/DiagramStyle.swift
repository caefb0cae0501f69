import ActorNet

/// How sectors, levels and tie kinds look. Colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal
/// Design"), distinguishable with the common colour-vision deficiencies; see docs/diagrams.md.
public enum DiagramStyle {
    public static func fill(_ sector: Sector) -> String { sector.colour }

    /// Dark text on light fills, white on the darker green.
    public static func fontColor(_ sector: Sector) -> String { sector == .academia ? "#FFFFFF" : "#000000" }

    public static func shape(_ level: Level) -> String {
        switch level {
        case .international: "hexagon"
        case .national: "box"
        case .regional: "ellipse"
        case .local: "house"
        case .unspecified: "octagon"
        }
    }

    /// A glyph that suggests the shape, for the legend (HTML labels cannot draw node shapes).
    public static func shapeGlyph(_ level: Level) -> String {
        switch level {
        case .international: "⬡"
        case .national: "▭"
        case .regional: "◯"
        case .local: "⌂"
        case .unspecified: "⯃"
        }
    }

    public static func edgeColor(_ kind: TieKind) -> String {
        switch kind {
        case .funding: "#D55E00"               // vermillion
        case .technicalCooperation: "#0072B2"  // blue
        case .knowledgeExchange: "#009E73"
        case .coordination: "#555555"
        case .inKind: "#E69F00"
        case .volunteering: "#CC79A7"
        case .agreement: "#000000"
        case .other: "#999999"
        }
    }

    public static func edgeStyle(_ kind: TieKind) -> String {
        switch kind {
        case .funding, .technicalCooperation, .inKind, .other: "solid"
        case .knowledgeExchange, .volunteering: "dashed"
        case .coordination: "dotted"
        case .agreement: "bold"
        }
    }

    /// Text drawn in the legend to show a line style.
    public static func lineSample(_ kind: TieKind) -> String {
        switch edgeStyle(kind) {
        case "dashed": "╌╌╌"
        case "dotted": "┈┈┈"
        case "bold": "━━━"
        default: "───"
        }
    }

    /// Words wrapped at `width` characters into lines; a longer word is cut.
    public static func wrap(_ text: String, width: Int = 20, maximumLines: Int = 4) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init) {
            var word = word
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty { current = word } else if current.count + 1 + word.count <= width { current += " " + word } else {
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
}
