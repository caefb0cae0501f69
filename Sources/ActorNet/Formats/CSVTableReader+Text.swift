extension CSVTableReader {
    /// The line feeds inside `fields` (quoted cells may hold some), to keep counting lines past them.
    static func newlines(in fields: [String]) -> Int {
        var count = 0
        for field in fields where field.utf8.contains(UInt8(ascii: "\n")) {
            count += field.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        }
        return count
    }

    /// The most frequent of `,`, `;`, tab in the first line outside quotes; `,` on a tie.
    static func detectDelimiter(_ text: String) -> UnicodeScalar {
        var counts: [UnicodeScalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if !quoted && (scalar == "\n" || scalar == "\r") { break }
            if !quoted, counts[scalar] != nil { counts[scalar]! += 1 }
        }
        let best = counts.max { a, b in a.value < b.value || (a.value == b.value && rank(a.key) > rank(b.key)) }!
        return best.value == 0 ? "," : best.key
    }

    private static func rank(_ delimiter: UnicodeScalar) -> Int { delimiter == "," ? 0 : delimiter == ";" ? 1 : 2 }
}
