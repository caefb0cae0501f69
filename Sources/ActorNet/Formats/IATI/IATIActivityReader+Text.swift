extension IATIActivityReader {
    static let organisationElements: Set<String> = [
        "reporting-org", "participating-org", "provider-org", "receiver-org",
    ]

    /// `text` without leading and trailing white space (Unicode White_Space, the set Foundation's
    /// `.whitespacesAndNewlines` trims), returned as it is when there is none. Foundation's trimming went through
    /// NSString and UTF-16 for every element end: 14 % of an import.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return text }
        // Most texts to trim are the ASCII line breaks and indentation between child elements.
        let utf8 = text.utf8
        let isASCIISpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        guard let start = utf8.firstIndex(where: { !isASCIISpace($0) }) else { return "" }
        let end = utf8.lastIndex { !isASCIISpace($0) }!
        if utf8[start] < 0x80, utf8[end] < 0x80 { return String(text[start...end]) }
        let scalars = text.unicodeScalars
        guard let scalarStart = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let scalarEnd = scalars.lastIndex { !$0.properties.isWhitespace }!
        return String(scalars[scalarStart...scalarEnd])
    }
}
