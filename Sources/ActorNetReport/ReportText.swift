import ActorNet
import Plot

/// Text from the data as it goes into a report: input text is text, whatever it looks like.
///
/// Before: the HTML page went through Plot's `.text`, which leaves anything shaped like an entity alone, so a name
/// `&eacute;` showed as `é`, and `&nbsp;` or `&#0;` made the page ill-formed XML; the Markdown report wrote `&` as
/// `&amp;`, which Markdown shows as it is.
enum ReportText {
    /// HTML/XML text or attribute content: `&`, `<`, `>` and `"` always escaped, and code points XML 1.0 cannot
    /// carry shown as `U+XXXX` (`DisplayText`). Linear in the text's length.
    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                DisplayText.append(scalar, to: &out)
            }
        }
        return out
    }

    /// Markdown's inline metacharacters ``\ ` * _ [ ] < > & | ~ #`` escaped with a backslash everywhere (CommonMark
    /// lets any ASCII punctuation be escaped so); a block marker at the start (`-`, `+`, `=`, `1.`, `1)`) escaped
    /// too, unless `blockStart` is false (inside a table cell nothing starts a block); leading white space dropped
    /// (four spaces would start a code block); line breaks and tabs made spaces. So a name cannot end a table cell,
    /// start a list or a heading, or become a link, an entity or HTML. Code points that are not carried are shown
    /// as `U+XXXX`, as everywhere in reports.
    static func markdown(_ text: String, blockStart: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var atStart = true
        var leadingDigits = 0
        for scalar in text.unicodeScalars {
            if atStart {
                // Only white space before the text is dropped: "1 de 3" keeps its space after the digits.
                let space = scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
                if space && leadingDigits == 0 { continue }
                if scalar.properties.numericType == .decimal && scalar.isASCII {
                    leadingDigits += 1
                    out.unicodeScalars.append(scalar)
                    continue
                }
                atStart = false
                let marksBlock =
                    leadingDigits > 0
                    ? scalar == "." || scalar == ")"
                    : scalar == "-" || scalar == "+" || scalar == "="
                if marksBlock && blockStart {
                    out += "\\"
                    out.unicodeScalars.append(scalar)
                    continue
                }
            }
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "~", "#":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "\n", "\r", "\t": out += " "
            default:
                DisplayText.append(scalar, to: &out)
            }
        }
        return out
    }

    /// A file-name piece for `text`: ASCII letters and digits kept, every other run made one `-`, at most
    /// `maximumLength` characters; possibly empty. Not injective by itself (`a.b` and `a-b` give `a-b`): file names
    /// add a number that is.
    static func slug(_ text: String, maximumLength: Int = 40) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if out.utf8.count >= maximumLength { break }
            if scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty && !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}

extension Node {
    /// Data text in a report page, escaped by `ReportText.html` (not Plot's `.text`, which keeps entities).
    static func dataText(_ text: String) -> Node { .raw(ReportText.html(text)) }
}
