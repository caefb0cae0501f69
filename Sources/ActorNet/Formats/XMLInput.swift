import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Prepares XML bytes for FoundationXML's `XMLParser`, and tells its real errors from its artefacts.
enum XMLInput {
    /// The parser every whole-text XML reader uses: `text` as `prepared` gives it, external entities off (no XXE),
    /// namespaces left in the names, `delegate` (held weakly by the parser: the caller keeps it alive) receiving.
    static func parser(_ text: String, delegate: XMLParserDelegate) -> XMLParser {
        let parser = XMLParser(data: prepared(text))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        return parser
    }

    /// Parses `text` with `reader` and says why the document could not be read, nil when it was: the reader's own
    /// reason at its line, else libxml2's error at the parser's line. A report after the root element closed is
    /// no reason (`isEndOfLargeDocumentArtefact`).
    static func parseProblem(_ text: String, reader: some XMLDocumentReader) -> (line: Int, message: String)? {
        let parser = parser(text, delegate: reader)
        // On Linux `parse()` can return true after libxml2 recovered from an error; trust the error callback.
        let parsed = parser.parse()
        let artefact = isEndOfLargeDocumentArtefact(parser.parserError, rootClosed: reader.rootClosed)
        guard (!parsed && !artefact) || reader.abortReason != nil || (parser.parserError != nil && !artefact)
        else { return nil }
        return (
            reader.abortLine ?? parser.lineNumber,
            reader.abortReason ?? "malformed XML: \(GraphMLReader.describe(parser.parserError))"
        )
    }

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

    /// The bytes to give `XMLParser` for `text` (already decoded, see `declaredEncoding`): UTF-8, its XML
    /// declaration saying so, comments and processing instructions blanked (`MarkupBlanker`).
    ///
    /// The declaration is rewritten because the bytes are UTF-8 whatever the file was: a UTF-16 file declaring
    /// `encoding="UTF-16"` was handed over as UTF-8 under that declaration, and libxml2 failed with error 81.
    static func prepared(_ text: String) -> Data {
        var bytes = Array(text.utf8)
        MarkupBlanker.blank(&bytes, encodingReplacement: Array("UTF-8".utf8))
        return Data(bytes)
    }

    /// Why `text` cannot be XML at all, from its first character (cheap, and kinder than libxml2's "document is
    /// empty" for a JSON file): nil when it starts with `<` or holds nothing but white space.
    static func notXMLReason(_ text: String) -> (line: Int, message: String)? {
        var line = 1
        var firstLine = Substring()
        for (offset, character) in text.enumerated() {
            if character == "\n" || character == "\r\n" { line += 1; continue }
            if character.isWhitespace || character == "\u{FEFF}" { continue }  // a byte-order mark left in the text
            if character == "<" { return nil }
            let rest = text.dropFirst(offset)
            firstLine = rest.prefix { $0 != "\n" && $0 != "\r\n" }
            let kind: String
            if character == "{" || character == "[" {
                kind = "this looks like JSON"
            } else if firstLine.hasPrefix("---") || firstLine.hasPrefix("- ") || firstLine.contains(": ")
                || firstLine.hasSuffix(":")
            {
                kind = "this looks like YAML"
            } else if firstLine.contains(",") || firstLine.contains(";") || firstLine.contains("\t") {
                kind = "this looks like CSV"
            } else {
                kind = "it does not start with `<`"
            }
            return (line, "not XML (\(kind))")
        }
        return nil
    }
}

/// A whole-document XML reader (GraphML, GEXF): it notes the first real problem it meets (`abortReason` at
/// `abortLine`) and whether the root element has closed, for `XMLInput.parseProblem`.
protocol XMLDocumentReader: XMLParserDelegate {
    var rootClosed: Bool { get }
    var abortReason: String? { get }
    var abortLine: Int? { get }
}

/// The encoding an XML file declares, read from its raw bytes (XML 1.0, appendix F): UTF-16 is recognised by a
/// byte-order mark or, without one, by `<?` encoded as UTF-16; otherwise the `encoding` of an ASCII declaration.
enum XMLDeclaredEncoding {
    /// `String.Encoding` for `data` when it is XML whose encoding is not plain UTF-8 (nil: decode as UTF-8, the
    /// usual path), or the exact problem with its encoding.
    static func encoding(of bytes: [UInt8]) -> Result<String.Encoding, EncodingProblem>? {
        if bytes.starts(with: [0x3C, 0x00, 0x3F, 0x00]) { return .success(.utf16LittleEndian) }
        if bytes.starts(with: [0x00, 0x3C, 0x00, 0x3F]) { return .success(.utf16BigEndian) }
        guard bytes.starts(with: Array("<?xml".utf8)),
            let declared = declaredName(bytes)
        else { return nil }
        switch declared.lowercased() {
        case "utf-8", "utf8", "us-ascii", "ascii":
            return nil
        case "utf-16", "utf-16le", "utf-16be", "ucs-2", "iso-10646-ucs-2":
            // The declaration was readable as 8-bit text, so the file is not UTF-16.
            return .failure(
                EncodingProblem(
                    "the XML declaration says encoding=\"\(declared)\", but the file is not UTF-16 (no byte-order mark "
                        + "and the declaration itself is 8-bit text); save it as UTF-8 or correct the declaration"))
        case "iso-8859-1", "latin1", "latin-1", "iso_8859-1", "l1":
            return .success(.isoLatin1)
        case "windows-1252", "cp1252":
            return .success(.windowsCP1252)
        default:
            // Plain ASCII reads the same in every ASCII-compatible encoding; anything else would be guessed.
            if bytes.allSatisfy({ $0 < 0x80 }) { return nil }
            return .failure(
                EncodingProblem(
                    "the XML declaration says encoding=\"\(declared)\", which actornet does not read; "
                        + "save the file as UTF-8 (or UTF-16, ISO-8859-1 or Windows-1252)"))
        }
    }

    /// The encoding's name for messages.
    static func name(_ encoding: String.Encoding) -> String {
        switch encoding {
        case .utf16LittleEndian: "UTF-16 (little-endian, no byte-order mark)"
        case .utf16BigEndian: "UTF-16 (big-endian, no byte-order mark)"
        case .isoLatin1: "ISO-8859-1"
        case .windowsCP1252: "Windows-1252"
        default: "\(encoding)"
        }
    }

    struct EncodingProblem: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// The value of `encoding=` in the XML declaration at the start of `bytes`, if any.
    static func declaredName(_ bytes: [UInt8]) -> String? {
        guard let end = bytes.prefix(512).firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let declaration = String(decoding: bytes[..<end], as: UTF8.self)
        guard let match = declaration.firstMatch(of: /encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/) else { return nil }
        return String(match.1)
    }
}
