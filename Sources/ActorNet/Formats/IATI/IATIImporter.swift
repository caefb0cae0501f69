import Foundation

/// Builds a partnership network from IATI activity files (docs/iati-import.md).
///
/// Actors are organisations keyed by trimmed `@ref` (after the alias table), else by folded name + country;
/// activities become projects; `participation` ties join every pair of organisations in an activity (reporting org
/// included), weighted by shared activities; `flows` ties are directed funding ties provider → receiver weighted
/// by disbursements + expenditures, one tie per currency.
public final class IATIImporter {
    public enum TieMode: String, Sendable, CaseIterable { case participation, flows, both }

    public struct Options: Sendable {
        public var ties: TieMode = .participation
        /// Keep activities with this recipient country (activity or transaction level).
        public var country: String?
        /// Language of names and titles (`es`, `en`…).
        public var language = "en"
        /// Raw ref or name → canonical id.
        public var aliases: [String: String] = [:]
        public var generated = Date()
        public init() {}
    }

    /// Counts and warnings of an import.
    public struct Summary: Sendable {
        public var activities = 0
        public var keptActivities = 0
        public var warnings: [String: Int] = [:]
        public var examples: [String: [String]] = [:]

        mutating func warn(_ kind: String, _ example: String) {
            warnings[kind, default: 0] += 1
            var list = examples[kind] ?? []
            if list.count < 3, !example.isEmpty, !list.contains(example) { list.append(example) }
            examples[kind] = list
        }

        /// One line per warning kind, sorted, with up to three examples.
        public var lines: [String] {
            warnings.keys.sorted().map { kind in
                "\(kind): \(warnings[kind]!)" + (examples[kind]?.isEmpty == false ? " (e.g. " + examples[kind]!.joined(separator: "; ") + ")" : "")
            }
        }
    }

    public enum Failure: Error, Sendable {
        case cannotOpen(path: String, reason: String)
        case malformed(path: String, line: Int?, message: String)
    }

    let options: Options
    private var organisations: [String: Organisation] = [:]
    private var order: [String] = []
    private var coParticipation: [String: (a: String, b: String, count: Int, roles: Set<String>)] = [:]
    private var flows: [String: (from: String, to: String, currency: String, value: Double)] = [:]
    private var pairOrder: [String] = []
    private var flowOrder: [String] = []
    private var projects: [Project] = []
    private var publishers: [String] = []
    public private(set) var summary = Summary()

    private struct Organisation {
        var id: String
        var names: [(String?, String)] = []
        var typeVotes: [String: Int] = [:]
        var roles: Set<String> = []
        var country: String?
        var refCountry: String?
    }

    public init(options: Options) { self.options = options }

    /// Reads one activity file; call for each file, then `network(files:)`.
    /// Type and size are checked before reading, as for every input (`InputText.readBytes`).
    public func read(_ path: String, progress: ((Int) -> Void)? = nil) throws(Failure) {
        let data: Data
        do {
            let (bytes, file) = try InputText.readBytes(path)
            data = bytes
            inputFiles.append(file)
        } catch {
            switch error {
            case .cannotOpen(let path, let reason): throw .cannotOpen(path: path, reason: reason)
            case .invalid(let problems):
                let first = problems.first
                throw .malformed(path: path, line: first?.location.line, message: first?.message ?? "")
            }
        }
        try read(data: data, name: path, progress: progress)
    }

    /// The activity files read so far (no output may replace one of them).
    public private(set) var inputFiles: [InputFile] = []

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
            throw .malformed(path: path, line: line,
                             message: "\(message); an IATI activity file is XML (`<iati-activities>`)")
        }
        let data = XMLInput.prepared(text)
        var count = 0
        // Each activity is folded into the network as soon as it is read, so memory stays flat in file size.
        let reader = IATIActivityReader { [self] activity in
            add(activity)
            count += 1
            if count % 200 == 0 { progress?(count) }
        }
        guard reader.parse(data) else {
            throw .malformed(path: path, line: reader.errorLine, message: "malformed XML: \(reader.errorMessage ?? "")")
        }
    }

    private func preferredName(_ names: [(String?, String)]) -> String? {
        let wanted = options.language.lowercased()
        return names.first { $0.0?.lowercased().hasPrefix(wanted) == true }?.1
            ?? names.first { $0.0 == nil }?.1
            ?? names.first?.1
    }

    static let pseudoOrganisations = ["developing-country-based-ngo", "university-college-or-other-teaching-institute",
                                      "particulier", "pip-framework-contributors", "who-contingency-fund-for-emergencies",
                                      "private-sector-in-third-country", "donor-country-based-ngo", "anonymous", "anonimo"]

    /// The canonical key of a mention, registering the organisation; nil when it has neither ref nor name.
    private func organisation(_ mention: IATIOrganisationMention, country: String?, role: String?) -> String? {
        let ref = mention.ref?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let name = preferredName(mention.names).map { $0.replacingOccurrences(of: "&amp;", with: "&") }
        var key: String
        if !ref.isEmpty {
            key = options.aliases[ref] ?? ref
        } else if let name, !name.isEmpty {
            summary.warn("empty ref (keyed by name and country)", name)
            if let alias = options.aliases[name] { key = alias } else {
                key = "name:" + foldKey(name) + (country.map { "@" + $0.lowercased() } ?? "")
            }
        } else {
            summary.warn("organisation without ref or name (dropped)", "")
            return nil
        }
        if let name, Self.pseudoOrganisations.contains(foldKey(name)) { summary.warn("pseudo-organisation", name) }
        if organisations[key] == nil {
            var org = Organisation(id: key)
            if key.hasPrefix("name:") { org.country = country }
            let prefix = key.split(separator: "-").first.map(String.init) ?? ""
            if prefix.count == 2, prefix.allSatisfy(\.isUppercase), !["XM", "XI", "XR"].contains(prefix) { org.refCountry = prefix }
            organisations[key] = org
            order.append(key)
        }
        organisations[key]!.names.append(contentsOf: mention.names)
        if let type = mention.type?.trimmingCharacters(in: .whitespaces), !type.isEmpty {
            organisations[key]!.typeVotes[type, default: 0] += 1
        }
        if let role { organisations[key]!.roles.insert(role) }
        return key
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

    private func add(_ activity: IATIActivity) {
        summary.activities += 1
        if let wanted = options.country?.uppercased() {
            let countries = activity.recipientCountries + activity.transactions.flatMap(\.recipientCountries)
            guard countries.map({ $0.uppercased() }).contains(wanted) else { return }
        }
        summary.keptActivities += 1
        // Region codes (`298`, `998`) and `XX` also appear in recipient-country: keep real country codes only.
        let country = activity.recipientCountries.compactMap(normaliseCountry).first { $0 != "XX" }
        var members: [ProjectMember] = []
        var keys: [(String, String?)] = []
        if let reporting = activity.reporting, let key = organisation(reporting, country: country, role: nil) {
            if !publishers.contains(key) { publishers.append(key) }
            keys.append((key, "reporting"))
        }
        for participant in activity.participants {
            let role = Self.roleName(participant.role)
            guard let key = organisation(participant, country: country, role: role) else { continue }
            keys.append((key, role))
            members.append(ProjectMember(actor: key, role: role))
        }
        // Lead: accountable, else extending, else the reporting org.
        let lead = members.first { $0.role == "accountable" }?.actor ?? members.first { $0.role == "extending" }?.actor
            ?? keys.first { $0.1 == "reporting" }?.0
        if let lead, !members.contains(where: { $0.actor == lead }) { members.insert(ProjectMember(actor: lead, role: "reporting"), at: 0) }
        var seen = Set<String>()
        members = members.filter { seen.insert($0.actor + "|" + ($0.role ?? "")).inserted }
        let date = { (codes: [String]) in codes.compactMap { activity.dates[$0] }.first.map { String($0.prefix(10)) } }
        var project = Project(id: activity.identifier.isEmpty ? "activity-\(summary.activities)" : activity.identifier,
                              name: preferredName(activity.titles), lead: lead, members: members,
                              start: date(["2", "1"]).flatMap { isISODate($0) ? $0 : nil },
                              end: date(["4", "3"]).flatMap { isISODate($0) ? $0 : nil })
        project.objective = preferredName(activity.descriptions).map { String($0.prefix(500)) }
        project.area = activity.sectors.first
        if projects.contains(where: { $0.id == project.id }) { project.id += "#\(summary.activities)" }
        projects.append(project)

        if options.ties != .flows {
            let distinct = Array(Set(keys.map(\.0))).sorted()
            for i in distinct.indices {
                for j in distinct.indices where j > i {
                    let pair = distinct[i] + "\u{1F}" + distinct[j]
                    if coParticipation[pair] == nil { coParticipation[pair] = (distinct[i], distinct[j], 0, []); pairOrder.append(pair) }
                    coParticipation[pair]!.count += 1
                }
            }
        }
        if options.ties != .participation {
            for transaction in activity.transactions {
                guard let type = transaction.type?.uppercased(), ["3", "4", "D", "E"].contains(type) else { continue }
                let provider = transaction.provider.flatMap { organisation($0, country: country, role: nil) }
                    ?? keys.first { $0.1 == "reporting" }?.0
                guard let receiverMention = transaction.receiver,
                      let receiver = organisation(receiverMention, country: country, role: nil) else {
                    summary.warn("disbursement or expenditure without receiver (skipped)", activity.identifier)
                    continue
                }
                guard let provider, let value = transaction.value else { continue }
                if provider == receiver {
                    summary.warn("self-flow (dropped)", provider)
                    continue
                }
                let currency = (transaction.currency ?? activity.defaultCurrency ?? "XXX").uppercased()
                let key = provider + "\u{1F}" + receiver + "\u{1F}" + currency
                if flows[key] == nil { flows[key] = (provider, receiver, currency, 0); flowOrder.append(key) }
                flows[key]!.value += value
            }
        }
    }

    /// The network of everything read so far.
    public func network(files: [String], name: String) -> Network {
        var network = Network(name: name, language: options.language)
        // The description and source are written in the language the network is imported for.
        let reader = Language(parsing: options.language) ?? .en
        network.description = reader.count(.importDescription, summary.keptActivities)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        let publisherNames = publishers.compactMap { organisations[$0].flatMap { preferredName($0.names) ?? $0.id } }
        network.source = reader.text(.importSource, [
            "files": files.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "),
            "publishers": publisherNames.joined(separator: ", "), "date": formatter.string(from: options.generated),
        ])
        network.directed = options.ties == .flows
        for key in order {
            let org = organisations[key]!
            let votes = org.typeVotes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            if org.typeVotes.count > 1 { summary.warn("conflicting organisation types (majority used)", key) }
            let type = votes.first?.key
            let (sector, level) = Self.classify(type: type, refCountry: org.refCountry, recipient: options.country)
            var actor = Actor(id: Self.actorID(key), name: preferredName(org.names) ?? key, sector: sector, level: level,
                              country: org.refCountry ?? org.country, roles: org.roles.sorted())
            if let type { actor.attributes["iati_type"] = type }
            if !key.hasPrefix("name:") { actor.attributes["iati_ref"] = key } else { summary.warn("name-only organisation", actor.name) }
            network.actors.append(actor)
        }
        for key in pairOrder {
            let pair = coParticipation[key]!
            network.ties.append(Tie(from: Self.actorID(pair.a), to: Self.actorID(pair.b), weight: Double(pair.count), kind: .coordination,
                                    directed: options.ties == .both ? false : nil, note: "shared IATI activities"))
        }
        for key in flowOrder {
            let flow = flows[key]!
            guard flow.value > 0 else {
                summary.warn("flow with non-positive total (dropped)", "\(Self.actorID(flow.from)) → \(Self.actorID(flow.to))")
                continue
            }
            network.ties.append(Tie(from: Self.actorID(flow.from), to: Self.actorID(flow.to), weight: flow.value, kind: .funding,
                                    directed: options.ties == .both ? true : nil,
                                    contributions: Contributions(money: flow.value, currency: flow.currency)))
        }
        network.projects = projects.map { project in
            var copy = project
            copy.lead = project.lead.map(Self.actorID)
            copy.members = project.members.map { ProjectMember(actor: Self.actorID($0.actor), role: $0.role) }
            return copy
        }
        return network
    }

    /// `name:foo-bar@co` → `foo-bar-co`; refs stay as they are.
    static func actorID(_ key: String) -> String {
        guard key.hasPrefix("name:") else { return key }
        return String(key.dropFirst(5)).replacingOccurrences(of: "@", with: "-")
    }

    /// OrganisationType code → sector and level (docs/iati-import.md).
    static func classify(type: String?, refCountry: String?, recipient: String?) -> (Sector, Level) {
        let foreign = refCountry != nil && recipient != nil && refCountry != recipient?.uppercased()
        switch type {
        case "10": return foreign ? (.international, .international) : (.public, .national)
        case "11": return (.public, .local)
        case "15": return foreign ? (.international, .international) : (.public, .national)
        case "21": return (.civilSociety, .international)
        case "22", "24": return (.civilSociety, .national)
        case "23": return (.civilSociety, .international)
        case "30": return (.private, .unspecified)
        case "40": return (.international, .international)
        case "60": return (.civilSociety, foreign ? .international : .unspecified)
        case "70": return (.private, .unspecified)
        case "71", "73": return (.private, .international)
        case "72": return (.private, .national)
        case "80": return (.academia, .unspecified)
        default: return (.unspecified, .unspecified)
        }
    }
}

extension IATIImporter {
    /// An alias table: a YAML or JSON mapping from raw refs or names to canonical ids.
    public static func loadAliases(_ path: String) throws(LoadError) -> [String: String] {
        var inputs: [InputFile] = []
        return try loadAliases(path, recordingIn: &inputs)
    }

    /// `loadAliases`, appending the file read to `inputs`.
    public static func loadAliases(_ path: String,
                                   recordingIn inputs: inout [InputFile]) throws(LoadError) -> [String: String] {
        let text = try InputText.read(path, recordingIn: &inputs)
        let root: DocumentNode?
        do { root = try DocumentReader.readYAML(text) } catch {
            guard case .syntax(let line, let column, let message) = error else { return [:] }
            throw .invalid([Diagnostic(.error, SourceLocation(file: path, line: line, column: column), message)])
        }
        guard case .mapping(let pairs, _, _)? = root else {
            throw .invalid([Diagnostic(.error, SourceLocation(file: path, line: 1), "expected a mapping `raw ref or name: canonical id`")])
        }
        var aliases: [String: String] = [:]
        var problems: [Diagnostic] = []
        for pair in pairs {
            guard case .scalar(let value, _, _) = pair.value, !value.isEmpty else {
                problems.append(Diagnostic(.error, SourceLocation(file: path, line: pair.keyLine, column: pair.keyColumn),
                                           "alias `\(pair.key)`: expected a canonical id"))
                continue
            }
            aliases[pair.key.trimmingCharacters(in: .whitespaces)] = value
        }
        if !problems.isEmpty { throw .invalid(problems) }
        return aliases
    }
}
