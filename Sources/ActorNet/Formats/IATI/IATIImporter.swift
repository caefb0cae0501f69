import Foundation

/// Builds a partnership network from IATI activity files (docs/iati-import.md).
///
/// Organisations are identified by normalised `@ref` (CRS channel codes unified, placeholders and category codes
/// refused), else by a name fingerprint; names that name a ref'd organisation or a CRS channel merge into it when
/// the network is built. Roles give the ties: funders fund the extending and implementing organisations,
/// implementers cooperate, the accountable organisation coordinates; `flows` adds provider → receiver
/// disbursements per currency.
public final class IATIImporter {
    public enum TieMode: String, Sendable, CaseIterable { case participation, flows, both }

    public struct Options: Sendable {
        public var ties: TieMode = .participation
        /// Keep activities with this recipient country (activity or transaction level).
        public var country: String?
        /// Language of names and titles (`es`, `en`…).
        public var language = "en"
        /// Raw ref or name → decision (merge into an id, set fields, or drop).
        public var aliases: [String: IATIAlias] = [:]
        /// Leave out the reporting organisations (secondary publishers such as AidData).
        public var excludeReportingOrganisations = false
        /// Organisations to leave out: actor ids, refs or names.
        public var drop: Set<String> = []
        /// Keep pseudo-organisations ("Name Withheld", "Unspecified"…) as actors.
        public var keepPseudoOrganisations = false
        public var generated = Date()
        public init() {}
    }

    public enum Failure: Error, Sendable {
        case cannotOpen(path: String, reason: String)
        case malformed(path: String, line: Int?, message: String)
    }

    let options: Options
    var organisations: [String: Organisation] = [:]
    var order: [String] = []
    /// Role-derived ties, keyed by kind, ends (raw keys) and currency, in first-seen order.
    var roleTies: [RoleTieKey: RoleTie] = [:]
    var roleTieOrder: [RoleTieKey] = []
    var flows: [String: (from: String, to: String, currency: String, value: Double)] = [:]
    var flowOrder: [String] = []
    var projects: [Project] = []
    var projectIDs: Set<String> = []
    /// The reporting organisation of each project, in `projects` order.
    var projectReporters: [String?] = []
    var publishers: [String] = []
    var recipientCounts: [String: Int] = [:]
    /// What each distinct name-only name says (fingerprint, name pattern, country), computed once per name:
    /// a file mentions the same few hundred names thousands of times.
    var nameKeys: [String: NameKey] = [:]
    /// What each distinct raw ref and name says, worked out once: a file repeats the same few hundred thousands
    /// of times.
    var refCache: [String: RefReading] = [:]
    var nameCache: [String: NameReading] = [:]
    public internal(set) var summary = IATIImportSummary()
    /// Likely duplicates left for review, set by `network(files:name:)`.
    public internal(set) var duplicateCandidates: [IATIDuplicateCandidate] = []

    /// One organisation as the mentions so far describe it.
    struct Organisation {
        var key: String
        var ref: IATIOrganisationRef?
        /// Distinct (language, name) pairs in first-seen order, with how often each was written.
        var names: [IATIName] = []
        var typeVotes: [String: Int] = [:]
        var channelVotes: [String: Int] = [:]
        var roles: Set<String> = []
        var mentions = 0
        var activities = 0
        var lastActivity = -1
        var recipients: Set<String> = []
        /// The country the organisation's own evidence gives (ref prefix, a country in its name, an alias).
        var country: String?
        /// Country taken from the activity for a government body named without one ("Ministerio de Hacienda").
        var countryFromActivity = false
        var themes: [String: Int] = [:]
        var fundedActivities = 0
        var reportedActivities = 0
        /// The raw identities (ref as written, or name) folded into this organisation.
        var rawIdentities: Set<String> = []
        var alias: IATIAlias?
    }

    /// A raw `@ref` as written: trimmed, normalised (nil for none, a placeholder or a category code), its country.
    struct RefReading {
        var trimmed: String
        var ref: IATIOrganisationRef?
        var country: String?
    }

    /// A raw name: repaired, whether it is a pseudo-organisation, and its folded form (the raw identity).
    struct NameReading {
        var repaired: String
        var isPseudo: Bool
        var folded: String
    }

    struct NameKey {
        var fingerprint: String
        var pattern: IATIClassification?
        var country: (code: String, isCountry: Bool)?
    }

    struct IATIName: Equatable {
        var language: String?
        var text: String
        var count: Int
        /// An acronym and a country ("SIDA - Sweden") merged into the organisation it abbreviates: shown only when
        /// the organisation has no other name.
        var abbreviation = false
    }

    struct RoleTieKey: Hashable {
        var kind: TieKind
        var from: String
        var to: String
        var currency: String
    }

    struct RoleTie {
        var activities = 0
        var value = 0.0
        var firstYear: Int?
        var lastYear: Int?
    }

    public init(options: Options) { self.options = options }

    /// The activity files read so far (no output may replace one of them).
    public internal(set) var inputFiles: [InputFile] = []

    /// Reads activity XML already in memory; `name` is used in messages.
    public func read(data rawData: Data, name path: String, progress: ((Int) -> Void)? = nil) throws(Failure) {
        // Only valid UTF-8 (or UTF-16 with a BOM) reaches XMLParser: fuzzing found FoundationXML trapping on invalid
        // UTF-8 in element names.
        let text: String
        do { text = try InputText.decode(rawData, path: path) } catch {
            if case .invalid(let problems) = error, let first = problems.first {
                throw .malformed(path: path, line: first.location.line, message: first.message)
            }
            throw .malformed(path: path, line: nil, message: "\(error)")
        }
        if let (line, message) = XMLInput.notXMLReason(text) {
            throw .malformed(
                path: path, line: line,
                message: "\(message); an IATI activity file is XML (`<iati-activities>`)")
        }
        let data = XMLInput.prepared(text)
        var count = 0
        let reader = activityReader {
            count += 1; if count % 200 == 0 { progress?(count) }
        }
        guard reader.parse(data) else {
            throw .malformed(path: path, line: reader.errorLine, message: "malformed XML: \(reader.errorMessage ?? "")")
        }
    }

    /// A reader that folds each activity into the network as soon as it is read, so memory stays flat in file size.
    func activityReader(afterEach: @escaping () -> Void = {}) -> IATIActivityReader {
        IATIActivityReader { [self] activity in
            add(activity)
            afterEach()
        }
    }

    /// The name in `--lang`, else one without `xml:lang` (it inherits), else the first.
    func preferredName(_ names: [(String?, String)]) -> String? {
        let wanted = options.language.lowercased()
        return names.first { $0.0?.lowercased().hasPrefix(wanted) == true }?.1
            ?? names.first { $0.0 == nil }?.1
            ?? names.first?.1
    }

    static func roleName(_ code: String?) -> String? {
        switch code?.trimmingCharacters(in: .whitespaces).lowercased() {
        case "1", "funding": "funding"
        case "2", "accountable": "accountable"
        case "3", "extending": "extending"
        case "4", "implementing": "implementing"
        default: nil
        }
    }

    /// The alias decision for a mention: by ref as written, normalised ref, name or name fingerprint.
    func alias(ref raw: String, normalised: IATIOrganisationRef?, name: String?) -> IATIAlias? {
        guard !options.aliases.isEmpty else { return nil }
        for candidate in [raw, normalised?.value, name, name.map(IATIOrganisationName.fingerprint)] {
            if let candidate, !candidate.isEmpty, let alias = options.aliases[candidate] { return alias }
        }
        return nil
    }
}
