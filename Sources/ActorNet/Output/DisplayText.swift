/// Data text made fit for outputs that people read: diagrams (DOT, Graphviz's SVG/PNG/PDF) and reports (HTML,
/// Markdown and their SVG files).
///
/// The rule, one for every such output: a code point that XML 1.0 or Graphviz cannot carry is never dropped and
/// never reaches them; it is shown as its code, `U+FFFE`, so the reader sees that the data holds it. Such code
/// points are the C0 controls other than tab, LF and CR, DEL and the C1 controls (U+007F–U+009F), and the
/// noncharacters (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF in every plane). Lone surrogates cannot occur: input decoding
/// already turns invalid UTF-8/UTF-16 into U+FFFD, and a Swift `String` holds only scalar values. Input is not
/// refused for them (a stray control from a spreadsheet is common and harmless to the analysis), and data outputs
/// (YAML, JSON, CSV) keep the text exactly.
///
/// Before: a network name holding U+FFFE made `render` fail inside Graphviz (exit 70) and the report lose its two
/// main diagrams.
public enum DisplayText {
    /// Whether `scalar` may appear as it is in XML 1.0 text and Graphviz labels (tab, LF and CR included; what a
    /// given output does with those three is its own choice).
    public static func isCarried(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value == 0x09 || value == 0x0A || value == 0x0D }
        if value >= 0x7F && value <= 0x9F { return false }
        if value >= 0xFDD0 && value <= 0xFDEF { return false }
        return value & 0xFFFE != 0xFFFE
    }

    /// `U+0001`, `U+FFFE`, `U+10FFFF`: the code as text, at least four hex digits.
    public static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with every code point that is not carried replaced by its code; the text itself when there is none
    /// (the usual case, checked on the UTF-8 bytes: every such code point starts with a byte below 0x20, 0x7F, or
    /// 0xC2 (C1), 0xEF (BMP noncharacters) or 0xF0–0xF4 (other planes)).
    public static func visible(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 >= 0xEF }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            append(scalar, to: &out)
        }
        return out
    }

    /// Appends `scalar` to `out` as it is when carried, else its code.
    public static func append(_ scalar: Unicode.Scalar, to out: inout String) {
        if isCarried(scalar) { out.unicodeScalars.append(scalar) } else { out += code(scalar) }
    }

    /// At most `maximumCharacters` characters: a longer text is cut and ends with `…`. Linear in the characters
    /// kept, not in the text's length (a 1 MB name costs no more than a short one).
    public static func shortened(_ text: String, maximumCharacters: Int = 200) -> String {
        let limit = max(1, maximumCharacters)
        var end = text.startIndex
        var count = 0
        while end < text.endIndex && count < limit {
            text.formIndex(after: &end)
            count += 1
        }
        guard end < text.endIndex else { return text }
        return String(text[..<text.index(before: end)]) + "…"
    }
}
