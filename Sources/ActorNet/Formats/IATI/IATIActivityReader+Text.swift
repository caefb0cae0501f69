extension IATIActivityReader {
    static let organisationElements: Set<String> = ["reporting-org", "participating-org", "provider-org", "receiver-org"]

    /// `text` without leading and trailing white space (Unicode White_Space, the set Foundation's
    /// `.whitespacesAndNewlines` trims), returned as it is when there is none. Foundation's trimming went through
    /// NSString and UTF-16 for every element end: 14 % of an import.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return text }
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex { !$0.properties.isWhitespace }!
        return String(scalars[start...end])
    }
}
