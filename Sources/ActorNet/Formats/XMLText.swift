/// Escapes text for XML content and attribute values; drops characters XML 1.0 cannot hold (C0 controls other
/// than tab, LF and CR, and U+FFFE/U+FFFF).
func xmlEscaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&apos;"
        case "\n": out += "&#10;"
        case "\r": out += "&#13;"
        case "\t": out += "&#9;"
        default:
            // `convert` refuses such text before writing GraphML or GEXF (`XMLInterchange.problems`).
            if !XMLInterchange.canCarry(scalar) { continue }
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}
