import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// An organisation as one element mentions it.
struct IATIOrganisationMention: Sendable {
    var ref: String?
    var type: String?
    var role: String?
    /// `@crs-channel-code` of a participating-org: the OECD CRS channel the organisation belongs to.
    var crsChannelCode: String?
    /// (language, text) pairs; language nil when the narrative has no `xml:lang` (it inherits).
    var names: [(String?, String)] = []
}

struct IATITransaction: Sendable {
    var type: String?
    var value: Double?
    var currency: String?
    var provider: IATIOrganisationMention?
    var receiver: IATIOrganisationMention?
    var recipientCountries: [String] = []
}

/// What the importer needs from one `iati-activity`.
struct IATIActivity: Sendable {
    var identifier = ""
    var line = 0
    var language: String?
    var defaultCurrency: String?
    var titles: [(String?, String)] = []
    var descriptions: [(String?, String)] = []
    var reporting: IATIOrganisationMention?
    var participants: [IATIOrganisationMention] = []
    var recipientCountries: [String] = []
    var sectors: [String] = []
    var dates: [String: String] = [:]
    var transactions: [IATITransaction] = []
}

/// Streaming reader of IATI activity files (2.0x and 1.0x): one `IATIActivity` at a time is handed to a
/// callback, so memory stays flat in file size. Lenient: unknown elements are skipped and XSD validity is not
/// required; malformed XML stops with the line.
final class IATIActivityReader: NSObject, XMLParserDelegate {
    private let onActivity: (IATIActivity) -> Void
    private var activity: IATIActivity?
    private var fileLanguage: String?
    private var fileCurrency: String?
    private var path: [String] = []
    private var text = ""
    /// Whether the innermost open element is one whose text is read: the text of all others (descriptions of
    /// results, budgets, locations…) is never gathered.
    private var collecting = false
    private var narrativeLanguage: String?
    private var mention: IATIOrganisationMention?
    private var transaction: IATITransaction?
    private(set) var errorLine: Int?
    private(set) var errorMessage: String?
    private(set) var activities = 0
    private(set) var version: String?

    init(onActivity: @escaping (IATIActivity) -> Void) { self.onActivity = onActivity }

    /// Parses `data` (as `XMLInput.prepared` gives it); returns false with `errorLine`/`errorMessage` set when
    /// the XML is malformed.
    func parse(_ data: Data) -> Bool { parse(XMLParser(data: data)) }

    /// Parses a file as `XMLFileStream` hands it over, chunk by chunk.
    func parse(_ stream: XMLFileStream) -> Bool { parse(XMLParser(stream: stream)) }

    private func parse(_ parser: XMLParser) -> Bool {
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let ok = parser.parse()
        let artefact = XMLInput.isEndOfLargeDocumentArtefact(parser.parserError, rootClosed: rootClosed)
        if errorMessage == nil, !artefact, !ok || parser.parserError != nil {
            errorLine = parser.lineNumber
            errorMessage = GraphMLReader.describe(parser.parserError)
        }
        return errorMessage == nil
    }

    /// Whether the root element has closed (see `XMLInput.isEndOfLargeDocumentArtefact`).
    private var rootClosed = false

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        if errorMessage == nil, !XMLInput.isEndOfLargeDocumentArtefact(parseError, rootClosed: rootClosed) {
            errorMessage = GraphMLReader.describe(parseError)
            errorLine = parser.lineNumber
        }
    }

    private var parent: String? { path.count >= 2 ? path[path.count - 2] : nil }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        path.append(name)
        text = ""
        collecting = Self.textElements.contains(name)
        switch name {
        case "iati-activities":
            version = attributes["version"]
            fileLanguage = attributes["xml:lang"]
            fileCurrency = attributes["default-currency"]
        case "iati-activity":
            var next = IATIActivity()
            next.line = parser.lineNumber
            next.language = attributes["xml:lang"] ?? fileLanguage
            next.defaultCurrency = attributes["default-currency"] ?? fileCurrency
            activity = next
        case "reporting-org", "participating-org", "provider-org", "receiver-org":
            mention = IATIOrganisationMention(
                ref: attributes["ref"], type: attributes["type"], role: attributes["role"],
                crsChannelCode: attributes["crs-channel-code"])
        case "narrative":
            narrativeLanguage = attributes["xml:lang"]
        case "recipient-country":
            if let code = attributes["code"] {
                if transaction != nil {
                    transaction!.recipientCountries.append(code)
                } else {
                    activity?.recipientCountries.append(code)
                }
            }
        case "sector":
            if transaction == nil, let code = attributes["code"] { activity?.sectors.append(code) }
        case "activity-date":
            if let type = attributes["type"], let date = attributes["iso-date"] {
                activity?.dates[Self.dateTypes[type] ?? type] = date
            }
        case "transaction": transaction = IATITransaction()
        case "transaction-type": transaction?.type = attributes["code"]
        case "value":
            if transaction != nil { transaction!.currency = attributes["currency"] }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if collecting { text += string } }

    /// CDATA sections are text too (FoundationXML hands them over separately, as bytes).
    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if collecting { text += String(decoding: block, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        defer {
            path.removeLast()
            if path.isEmpty { rootClosed = true }
            collecting = path.last.map(Self.textElements.contains) ?? false
        }
        let content = Self.trimmed(text)
        switch name {
        case "narrative":
            guard !content.isEmpty else { break }
            let owner = parent
            if let owner, Self.organisationElements.contains(owner) {
                mention?.names.append((narrativeLanguage, content))
            } else if owner == "title" {
                activity?.titles.append((narrativeLanguage, content))
            } else if owner == "description" {
                activity?.descriptions.append((narrativeLanguage, content))
            }
        case "title":
            if activity?.titles.isEmpty == true, !content.isEmpty { activity?.titles.append((nil, content)) }  // 1.0x
        case "iati-identifier": activity?.identifier = content
        case "reporting-org", "participating-org", "provider-org", "receiver-org":
            guard var current = mention else { break }
            if current.names.isEmpty, !content.isEmpty { current.names.append((nil, content)) }  // 1.0x text
            switch name {
            case "reporting-org": activity?.reporting = current
            case "participating-org": activity?.participants.append(current)
            case "provider-org": transaction?.provider = current
            default: transaction?.receiver = current
            }
            mention = nil
        case "transaction-type":
            break
        case "value":
            if transaction != nil {
                // Thousands separators in some publishers' values; most values have none.
                let digits =
                    content.utf8.contains(UInt8(ascii: ",")) ? content.replacingOccurrences(of: ",", with: "") : content
                transaction!.value = Double(digits)
            }
        case "transaction":
            if let current = transaction { activity?.transactions.append(current) }
            transaction = nil
        case "iati-activity":
            if let current = activity {
                activities += 1
                onActivity(current)
            }
            activity = nil
        default: break
        }
        text = ""
    }
}

extension IATIActivityReader {
    /// The elements whose own text `parser(_:didEndElement:…)` reads.
    static let textElements: Set<String> = [
        "narrative", "title", "iati-identifier", "reporting-org", "participating-org", "provider-org",
        "receiver-org", "value",
    ]

    /// Version 1.0x activity-date types as the 2.0x codes (start planned 1, actual 2; end planned 3, actual 4).
    static let dateTypes = ["start-planned": "1", "start-actual": "2", "end-planned": "3", "end-actual": "4"]
}
