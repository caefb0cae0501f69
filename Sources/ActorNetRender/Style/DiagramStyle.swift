import ActorNet

/// How sectors, levels and tie kinds look. Colours are the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal
/// Design"), distinguishable with the common colour-vision deficiencies; see docs/diagrams.md.
public enum DiagramStyle {
    /// The sector's colour in diagrams, the report and GEXF (`convert … .gexf`).
    public static func fill(_ sector: Sector) -> String {
        switch sector {
        case .public: "#56B4E9"  // sky blue
        case .private: "#E69F00"  // orange
        case .academia: "#009E73"  // bluish green
        case .civilSociety: "#CC79A7"  // reddish purple
        case .international: "#F0E442"  // yellow
        case .unspecified: "#DDDDDD"  // light grey
        }
    }

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

    public static func edgeColor(_ kind: TieKind) -> String {
        switch kind {
        case .funding: "#D55E00"  // vermillion
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

    /// Words wrapped at `width` characters into lines; a longer word is cut; past `maximumLines` lines the last
    /// one ends with `…`.
    ///
    /// One pass over the characters that stops as soon as a line beyond `maximumLines` exists (the lines kept can no
    /// longer change), so a 1 MB name costs no more than a short one. It used to cut long words with
    /// `dropFirst(width)` into a new string each time: quadratic, about 50 s for a 1 MB name.
    public static func wrap(_ text: String, width: Int = 20, maximumLines: Int = 4) -> String {
        let width = max(2, width), maximumLines = max(1, maximumLines)
        var lines: [String] = []
        var line = "", lineCount = 0
        var word = "", wordCount = 0
        func endWord() {
            guard wordCount > 0 else { return }
            if lineCount == 0 {
                line = word
                lineCount = wordCount
            } else if lineCount + 1 + wordCount <= width {
                line += " " + word
                lineCount += 1 + wordCount
            } else {
                lines.append(line)
                line = word
                lineCount = wordCount
            }
            word = ""
            wordCount = 0
        }
        for character in text {
            if lines.count > maximumLines { break }
            if character == " " || character == "\n" || character == "\t" {
                endWord()
                continue
            }
            if wordCount == width {  // a word longer than a line: its first `width` characters make a line
                if lineCount > 0 { lines.append(line) }
                lines.append(word)
                line = ""
                lineCount = 0
                word = ""
                wordCount = 0
            }
            word.append(character)
            wordCount += 1
        }
        if lines.count <= maximumLines {
            endWord()
            if lineCount > 0 { lines.append(line) }
        }
        if lines.count > maximumLines {
            lines.removeLast(lines.count - maximumLines)
            lines[maximumLines - 1] = String(lines[maximumLines - 1].prefix(width - 1)) + "…"
        }
        return lines.joined(separator: "\n")
    }
}
