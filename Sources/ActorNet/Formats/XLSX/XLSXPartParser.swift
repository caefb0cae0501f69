import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Streams one XML part of a workbook through FoundationXML's `XMLParser` (prepared as every XML reader here
/// prepares its input: `XMLInput.prepared`, no external entities), handing each element's start and end, with the
/// text gathered inside it, to the part's reader. Element names are given without their namespace prefix
/// (`x:row` → `row`), as some writers prefix every element.
final class XLSXPartParser: NSObject, XMLParserDelegate {
    typealias Start = (_ name: String, _ attributes: [String: String]) -> Void
    typealias End = (_ name: String, _ text: String) -> Void

    private let onStart: Start
    private let onEnd: End
    /// Names of elements whose text is gathered (`t`, `v`…); other text is skipped without making strings. A few
    /// names, compared one by one: cheaper than hashing each element's name.
    private let textElements: [String]
    private var text = ""
    private var gathering = 0
    private var depth = 0
    private var rootClosed = false

    private init(textElements: Set<String>, onStart: @escaping Start, onEnd: @escaping End) {
        self.textElements = Array(textElements)
        self.onStart = onStart
        self.onEnd = onEnd
    }

    /// Parses `text`; nil when it is well-formed, else the line and the reason.
    static func parse(
        _ text: String, textElements: Set<String>, onStart: @escaping Start, onEnd: @escaping End
    ) -> (line: Int, reason: String)? {
        if let (line, reason) = XMLInput.notXMLReason(text) { return (line, reason) }
        let delegate = XLSXPartParser(textElements: textElements, onStart: onStart, onEnd: onEnd)
        let parser = XMLInput.parser(text, delegate: delegate)
        let parsed = parser.parse()
        let artefact = XMLInput.isEndOfLargeDocumentArtefact(parser.parserError, rootClosed: delegate.rootClosed)
        if artefact { return nil }
        if !parsed || parser.parserError != nil {
            return (parser.lineNumber, GraphMLReader.describe(parser.parserError))
        }
        return nil
    }

    private static func local(_ name: String) -> String {
        guard name.utf8.contains(UInt8(ascii: ":")), let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        let local = Self.local(name)
        if textElements.contains(local) {
            if gathering == 0 { text = "" }
            gathering += 1
        }
        onStart(local, attributes)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if gathering > 0 { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if gathering > 0 { text += String(decoding: block, as: UTF8.self) }
    }

    func parser(
        _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
    ) {
        depth -= 1
        if depth == 0 { rootClosed = true }
        let local = Self.local(name)
        if textElements.contains(local) { gathering -= 1 }
        onEnd(local, textElements.contains(local) ? text : "")
    }
}

extension Dictionary where Key == String, Value == String {
    /// The value of the attribute whose name, without its namespace prefix, is `name` (`r:id` for `id`).
    func attribute(_ name: String) -> String? {
        if let value = self[name] { return value }
        return first { $0.key.hasSuffix(":" + name) }?.value
    }
}
