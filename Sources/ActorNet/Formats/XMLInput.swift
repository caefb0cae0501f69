import Foundation

/// Prepares XML bytes for FoundationXML's `XMLParser`, and tells its real errors from its artefacts.
enum XMLInput {
    /// Whether `error` is the report FoundationXML's `XMLParser` (Swift 6.3, Linux) makes at the end of every
    /// document over 10 MB: it feeds libxml2 without `XML_PARSE_HUGE` and never ends the push parse, and libxml2
    /// answers with error 1 (internal error, its input lookup limit) *after* it has delivered every element and
    /// closed the root. Such a report, and only one that comes after the root element closed, is not a problem in
    /// the document. Measured: GraphML of 10.0 MB parses cleanly, of 11 MB (and 79 MB) gets this report after the
    /// last element, whatever the content.
    static func isEndOfLargeDocumentArtefact(_ error: Error?, rootClosed: Bool) -> Bool {
        guard rootClosed, let error else { return false }
        return (error as NSError).code == 1
    }

    /// Blanks out every comment (`<!-- … -->`) and every processing instruction but the leading XML declaration
    /// (`<?target data?>`), keeping line breaks so reported lines stay right.
    ///
    /// Why: fuzzing found FoundationXML (Swift 6.3, Linux) trapping inside its comment callback
    /// (`_NSXMLParserComment`) on a comment before malformed markup, and reading a NULL pointer in its
    /// processing-instruction callback for `<?x?>` — even with no delegate methods for either. Neither carries
    /// anything actornet reads, so they never reach the parser.
    static func withoutComments(_ data: Data) -> Data {
        var bytes = [UInt8](data)
        let count = bytes.count
        var index = 0
        while index + 3 < count {
            if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "?"),
               !(index + 5 < count && bytes[index + 2] == UInt8(ascii: "x") && bytes[index + 3] == UInt8(ascii: "m")
                 && bytes[index + 4] == UInt8(ascii: "l") && (bytes[index + 5] == 0x20 || bytes[index + 5] == 0x09 || bytes[index + 5] == 0x0A || bytes[index + 5] == 0x0D)
                 && bytes[..<index].allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF })) {
                var end = index + 2
                while end + 1 < count, !(bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: ">")) { end += 1 }
                let stop = min(count, end + 2)
                for k in index..<stop where bytes[k] != UInt8(ascii: "\n") { bytes[k] = UInt8(ascii: " ") }
                index = stop
            } else if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "!"),
               bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                var end = index + 4
                while end + 2 < count, !(bytes[end] == UInt8(ascii: "-") && bytes[end + 1] == UInt8(ascii: "-") && bytes[end + 2] == UInt8(ascii: ">")) {
                    end += 1
                }
                let stop = min(count, end + 3)
                for k in index..<stop where bytes[k] != UInt8(ascii: "\n") { bytes[k] = UInt8(ascii: " ") }
                index = stop
            } else {
                index += 1
            }
        }
        return Data(bytes)
    }
}
