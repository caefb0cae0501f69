/// Blanks every comment (`<!-- … -->`) and every processing instruction but the XML declaration
/// (`<?target data?>`) in XML bytes, keeping line breaks so reported lines stay right; optionally rewrites the
/// declaration's `encoding`.
///
/// Why blank: fuzzing found FoundationXML (Swift 6.3, Linux) trapping inside its comment callback
/// (`_NSXMLParserComment`) on a comment before malformed markup, and reading a NULL pointer in its
/// processing-instruction callback for `<?x?>`, even with no delegate methods for either. Neither carries anything
/// actornet reads, so they never reach the parser.
///
/// Why a scanner: `<!--` means a comment only where markup can start. Inside a CDATA section, an attribute value, a
/// comment or a processing instruction it is text, and blanking from there deleted real nodes (a CDATA section
/// holding `<!--` and a later one holding `-->` made every node between them vanish, and the file still
/// validated). The scanner walks the document once, in the states XML has at that level: text, CDATA, comment,
/// processing instruction, tag (with quoted attribute values) and DOCTYPE (with its quoted literals, comments,
/// processing instructions and internal subset). Anything unterminated runs to the end and is left for libxml2 to
/// report — except a comment or processing instruction, which is blanked to the end as before.
enum MarkupBlanker {
    private static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">")
    private static let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")

    static func blank(_ bytes: inout [UInt8], encodingReplacement: [UInt8]? = nil) {
        let start = declarationEnd(&bytes, encodingReplacement: encodingReplacement) ?? 0
        _ = blankComplete(&bytes, from: start, isFinal: true)
    }

    /// Blanks from `start` (after any declaration) the constructs that end inside `bytes`, for input read in chunks
    /// (`XMLFileStream`); returns where the first construct that does not end starts (`bytes.count` when all
    /// ended): the bytes from there are not final and are scanned again with the next chunk. With `isFinal` an
    /// unterminated construct runs to the end, as in `blank`, and the result is `bytes.count`.
    static func blankComplete(_ bytes: inout [UInt8], from start: Int, isFinal: Bool) -> Int {
        var index = start
        let count = bytes.count
        while index < count {
            guard bytes[index] == lt else {
                index += 1
                continue
            }
            let next = index + 1 < count ? bytes[index + 1] : 0
            let end: Int?
            if next == UInt8(ascii: "?") {
                end = blankThrough(&bytes, from: index, after: index + 2, terminator: "?>", isFinal: isFinal)
            } else if next != UInt8(ascii: "!") {
                end = tagEnd(bytes, from: index + 1, isFinal: isFinal)  // the usual case: one test per tag
            } else if starts(bytes, at: index, "<!--") {
                end = blankThrough(&bytes, from: index, after: index + 4, terminator: "-->", isFinal: isFinal)
            } else if starts(bytes, at: index, "<![CDATA[") {
                end = find(bytes, "]]>", from: index + 9).map { $0 + 3 } ?? (isFinal ? count : nil)
            } else if starts(bytes, at: index, "<!DOCTYPE") {
                end = doctypeEnd(&bytes, from: index + 9, isFinal: isFinal)
            } else {
                end = tagEnd(bytes, from: index + 1, isFinal: isFinal)
            }
            guard let end else { return index }
            index = end
        }
        return count
    }

    /// The position after the XML declaration when the bytes start with one (after white space only), with its
    /// encoding rewritten when asked; nil when there is none.
    static func declarationEnd(_ bytes: inout [UInt8], encodingReplacement: [UInt8]?) -> Int? {
        var start = 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard starts(bytes, at: start, "<?xml"), start + 5 < bytes.count,
            [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start + 5]),
            let close = find(bytes, "?>", from: start + 5)
        else { return nil }
        guard let replacement = encodingReplacement,
            let value = encodingValue(bytes, in: (start + 5)..<close)
        else { return close + 2 }
        bytes.replaceSubrange(value, with: replacement)
        return close + 2 - value.count + replacement.count
    }

    /// The byte range of the `encoding` pseudo-attribute's value inside the declaration, without its quotes.
    private static func encodingValue(_ bytes: [UInt8], in range: Range<Int>) -> Range<Int>? {
        guard let name = find(bytes, "encoding", from: range.lowerBound), name < range.upperBound else { return nil }
        var index = name + 8
        while index < range.upperBound, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "'") {
            guard [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "=")].contains(bytes[index]) else { return nil }
            index += 1
        }
        guard index < range.upperBound else { return nil }
        let quote = bytes[index]
        guard let end = bytes[(index + 1)..<range.upperBound].firstIndex(of: quote) else { return nil }
        return (index + 1)..<end
    }

    /// Blanks from `start` through the first `terminator` at or after `after` (or to the end when `isFinal`);
    /// returns the position after it, nil when it is not there and more input may bring it.
    private static func blankThrough(
        _ bytes: inout [UInt8], from start: Int, after: Int, terminator: String,
        isFinal: Bool
    ) -> Int? {
        guard
            let stop = find(bytes, terminator, from: after).map({ $0 + terminator.utf8.count })
                ?? (isFinal ? bytes.count : nil)
        else { return nil }
        for index in start..<stop where bytes[index] != newline && bytes[index] != carriageReturn {
            bytes[index] = UInt8(ascii: " ")
        }
        return stop
    }

    /// The position after the `>` that closes a start or end tag, skipping quoted attribute values.
    private static func tagEnd(_ bytes: [UInt8], from start: Int, isFinal: Bool) -> Int? {
        var quote: UInt8?
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == gt {
                return index + 1
            } else if byte == lt {
                return index  // malformed; the parser reports it, and the scan goes on from this `<`
            }
            index += 1
        }
        return isFinal ? index : nil
    }

    /// The position after a DOCTYPE declaration: its `>` outside quoted literals and outside the internal subset
    /// (`[ … ]`), whose comments and processing instructions are blanked too.
    private static func doctypeEnd(_ bytes: inout [UInt8], from start: Int, isFinal: Bool) -> Int? {
        var quote: UInt8?
        var subsetDepth = 0
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
                index += 1
                continue
            }
            if starts(bytes, at: index, "<!--") || starts(bytes, at: index, "<?") {
                // Non-final input: nothing is blanked until the whole declaration is there (it is scanned again).
                let terminator = bytes[index + 1] == UInt8(ascii: "?") ? "?>" : "-->"
                let after = index + (terminator == "?>" ? 2 : 4)
                guard !isFinal, find(bytes, terminator, from: after) == nil else {
                    index = blankThrough(&bytes, from: index, after: after, terminator: terminator, isFinal: true)!
                    continue
                }
                return nil
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): quote = byte
            case UInt8(ascii: "["): subsetDepth += 1
            case UInt8(ascii: "]"): subsetDepth = max(0, subsetDepth - 1)
            case gt where subsetDepth == 0: return index + 1
            default: break
            }
            index += 1
        }
        return isFinal ? index : nil
    }

    private static func starts(_ bytes: [UInt8], at index: Int, _ prefix: String) -> Bool {
        var position = index
        for byte in prefix.utf8 {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
        }
        return true
    }

    /// The first position at or after `start` where `needle` begins.
    private static func find(_ bytes: [UInt8], _ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, start <= bytes.count - pattern.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first, starts(bytes, at: index, needle) { return index }
            index += 1
        }
        return nil
    }
}
