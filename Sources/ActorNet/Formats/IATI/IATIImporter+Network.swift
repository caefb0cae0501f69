import Foundation

/// The network of everything read: identities merged, organisations classified, left-out organisations removed,
/// ties and projects mapped onto the merged organisations.
extension IATIImporter {
    /// The network of everything read so far; `name` nil names it from its publishers and countries.
    public func network(files: [String], name: String? = nil) -> Network {
        let roots = mergeIdentities()
        let language = Language(parsing: options.language) ?? .en
        let importRecipients = Set(recipientCounts.keys)
        var actorIDs: [String: String] = [:]
        var usedIDs = Set<String>()
        var actors: [Actor] = []
        var counts: [String: (mentions: Int, activities: Int)] = [:]
        for key in order {
            guard let org = organisations[key] else { continue }
            let (display, raw) = displayName(org)
            var id = org.alias?.id ?? Self.actorID(key, name: display)
            if usedIDs.contains(id) { id += "-\(actors.count)" }
            usedIDs.insert(id)
            actorIDs[key] = id
            let classified = classify(org, name: display, importRecipients: importRecipients)
            if let conflict = classified.conflict { summary.warn(.importConflictingTypes, conflict) }
            var actor = Actor(
                id: id, name: display, sector: classified.sector, level: classified.level,
                country: classified.country, roles: org.roles.sorted())
            actor.attributes["classified_by"] = classified.source.rawValue
            if let type = majority(org.typeVotes) { actor.attributes["iati_type"] = type }
            if let ref = org.ref { actor.attributes["iati_ref"] = ref.value }
            if let raw { actor.attributes["iati_name"] = raw }
            if org.rawIdentities.count > 1 {
                actor.attributes["iati_merged"] = org.rawIdentities.sorted().joined(separator: " | ")
            }
            if org.countryFromActivity { actor.attributes["country_from"] = "activity" }
            actor.offers = offers(org)
            actors.append(actor)
            counts[id] = (org.mentions, org.activities)
        }
        let left = leftOut(actors, actorIDs: actorIDs, roots: roots)
        let id = { (key: String) -> String? in
            guard let id = actorIDs[self.resolve(key, roots)], !left.contains(id) else { return nil }
            return id
        }
        var network = Network(
            name: name ?? networkName(language, actorIDs: actorIDs, actors: actors),
            language: options.language)
        network.description = language.count(.importDescription, summary.keptActivities)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        let publisherNames = publishers.compactMap { key in
            actors.first { $0.id == actorIDs[resolve(key, roots)] }?.name
        }
        network.source = language.text(
            .importSource,
            [
                "files": files.map { ($0 as NSString).lastPathComponent }.joined(separator: ", "),
                "publishers": publisherNames.joined(separator: ", "), "date": formatter.string(from: options.generated),
            ])
        network.directed = options.ties == .flows
        network.actors = actors.filter { !left.contains($0.id) }
        network.ties = roleTieList(id, language) + flowTieList(id)
        network.projects = projects.map { remapped($0, id) }
        summarise(network, counts: counts)
        network.importRecord = ImportRecord(
            importer: "iati", files: files.map { ($0 as NSString).lastPathComponent },
            activities: summary.activities, activitiesKept: summary.keptActivities,
            mergedGroups: summary.mergedGroups, candidateGroups: summary.candidateGroups,
            pseudoOrganisationsDropped: summary.pseudoDropped,
            reportingOrganisationsExcluded: summary.reportingExcluded,
            organisationsDropped: summary.dropped.count
                - summary.reportingExcluded)
        return network
    }

    /// `name:foo bar` → the folded display name; `@co` keys end in `-co`; refs stay as they are.
    static func actorID(_ key: String, name: String) -> String {
        guard key.hasPrefix("name:") else { return key }
        let country = key.split(separator: "@").dropFirst().first.map { "-" + $0 } ?? ""
        let folded = foldKey(name)
        return (folded.isEmpty ? String(key.dropFirst(5)) : folded) + country
    }

    /// Funders offer `funding`; implementers offer the themes of the DAC sectors they work in (three at most).
    private func offers(_ org: Organisation) -> [String] {
        var offers: [String] = org.fundedActivities > 0 ? ["funding"] : []
        let themes = org.themes.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3)
        offers += themes.map(\.key).filter { !offers.contains($0) }
        return offers
    }

    /// Actor ids left out by `--drop` (ids, refs or names) and `--exclude-reporting-org`; warns about reporting
    /// organisations that take part in none of their activities.
    private func leftOut(_ actors: [Actor], actorIDs: [String: String], roots: [String: String]) -> Set<String> {
        var left = Set<String>()
        summary.reportingExcluded = 0
        let wanted = Set(options.drop.map(foldKey))
        for actor in actors {
            let names = [actor.id, actor.name, actor.attributes["iati_ref"] ?? "", actor.attributes["iati_name"] ?? ""]
            if names.contains(where: { !$0.isEmpty && wanted.contains(foldKey($0)) }) { left.insert(actor.id) }
        }
        // Publishers that take part in some activity they report, once names are merged.
        var participating = Set<String>()
        for (project, reporter) in zip(projects, projectReporters) {
            guard let reporter = reporter.map({ resolve($0, roots) }) else { continue }
            if project.members.contains(where: { $0.role != "reporting" && resolve($0.actor, roots) == reporter }) {
                participating.insert(reporter)
            }
        }
        for key in Set(publishers) {
            guard organisations[key] != nil, let id = actorIDs[key] else { continue }
            if options.excludeReportingOrganisations {
                if left.insert(id).inserted { summary.reportingExcluded += 1 }
            } else if !participating.contains(key), !left.contains(id) {
                summary.secondaryPublishers.append(actors.first { $0.id == id }?.name ?? id)
            }
        }
        summary.secondaryPublishers.sort()
        summary.dropped = actors.filter { left.contains($0.id) }.map(\.name)
        return left
    }

    private func roleTieList(_ id: (String) -> String?, _ language: Language) -> [Tie] {
        var merged: [RoleTieKey: RoleTie] = [:]
        var mergedOrder: [RoleTieKey] = []
        for key in roleTieOrder {
            guard let from = id(key.from), let to = id(key.to), from != to, let tie = roleTies[key] else { continue }
            let directed = key.kind == .funding
            let ends = directed ? (from, to) : (min(from, to), max(from, to))
            let target = RoleTieKey(kind: key.kind, from: ends.0, to: ends.1, currency: key.currency)
            if merged[target] == nil {
                merged[target] = RoleTie()
                mergedOrder.append(target)
            }
            merged[target]!.activities += tie.activities
            merged[target]!.value += tie.value
            for year in [tie.firstYear, tie.lastYear].compactMap({ $0 }) {
                merged[target]!.firstYear = min(merged[target]!.firstYear ?? year, year)
                merged[target]!.lastYear = max(merged[target]!.lastYear ?? year, year)
            }
        }
        return mergedOrder.map { key in
            let tie = merged[key]!
            let years = tie.firstYear.map { first in
                let last = tie.lastYear ?? first
                return first == last ? "\(first)" : "\(first)–\(last)"
            }
            let note =
                years.map { language.count(.importTieNoteYears, tie.activities, ["years": $0]) }
                ?? language.count(.importTieNote, tie.activities)
            let valued = !key.currency.isEmpty && tie.value > 0
            return Tie(
                from: key.from, to: key.to, weight: valued ? tie.value : Double(tie.activities), kind: key.kind,
                directed: key.kind == .funding ? true : (options.ties == .both ? false : nil),
                contributions: valued ? Contributions(money: tie.value, currency: key.currency) : nil,
                note: note, start: tie.firstYear.map(String.init), end: tie.lastYear.map(String.init))
        }
    }

    private func flowTieList(_ id: (String) -> String?) -> [Tie] {
        var totals: [String: (from: String, to: String, currency: String, value: Double)] = [:]
        var totalOrder: [String] = []
        for key in flowOrder {
            let flow = flows[key]!
            guard let from = id(flow.from), let to = id(flow.to), from != to else { continue }
            let merged = from + "\u{1F}" + to + "\u{1F}" + flow.currency
            if totals[merged] == nil {
                totals[merged] = (from, to, flow.currency, 0)
                totalOrder.append(merged)
            }
            totals[merged]!.value += flow.value
        }
        return totalOrder.compactMap { key in
            let flow = totals[key]!
            guard flow.value > 0 else {
                summary.warn(.importNonPositiveFlow, "\(flow.from) → \(flow.to)")
                return nil
            }
            return Tie(
                from: flow.from, to: flow.to, weight: flow.value, kind: .funding,
                directed: options.ties == .both ? true : nil,
                contributions: Contributions(money: flow.value, currency: flow.currency))
        }
    }

    /// Members mapped onto merged actors (left-out ones removed); a lead left out passes to the next role's
    /// organisation — accountable, extending, implementing, funding — never to a dangling id.
    private func remapped(_ project: Project, _ id: (String) -> String?) -> Project {
        var copy = project
        var seen = Set<String>()
        copy.members = project.members.compactMap { member in
            guard let actor = id(member.actor), seen.insert(actor + "|" + (member.role ?? "")).inserted else {
                return nil
            }
            return ProjectMember(actor: actor, role: member.role)
        }
        if let lead = project.lead.flatMap(id) {
            copy.lead = lead
        } else {
            copy.lead =
                ["accountable", "extending", "implementing", "funding"].lazy
                .compactMap { role in copy.members.first { $0.role == role }?.actor }.first
            copy.members.removeAll { $0.role == "reporting" }
        }
        return copy
    }

    /// "IATI — USAID, Bolivia": up to two publishers (acronyms when their names carry one) and up to three
    /// recipient countries, most frequent first.
    private func networkName(_ language: Language, actorIDs: [String: String], actors: [Actor]) -> String {
        let ranked = publishers.enumerated().sorted { lhs, rhs in
            let (a, b) = (
                organisations[lhs.element]?.reportedActivities ?? 0, organisations[rhs.element]?.reportedActivities ?? 0
            )
            return a != b ? a > b : lhs.offset < rhs.offset
        }.map(\.element)
        let names = ranked.compactMap { key -> String? in
            guard let id = actorIDs[key], let actor = actors.first(where: { $0.id == id }) else { return nil }
            if let open = actor.name.lastIndex(of: "("), let close = actor.name.lastIndex(of: ")"), open < close {
                let inner = actor.name[actor.name.index(after: open)..<close]
                if inner.count >= 2, inner.count <= 10, !inner.contains(" ") { return String(inner) }
            }
            return actor.name
        }
        var shown = Array(names.prefix(2))
        if names.count > 2 { shown.append(language.text(.importNameMore, ["count": names.count - 2])) }
        let countries = recipientCounts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var places = countries.prefix(3).compactMap { IATICodelists.countryNames[$0.key].map(Self.shortCountryName) }
        if countries.count > 3 { places.append(language.text(.importNameMore, ["count": countries.count - 3])) }
        return language.text(
            .importNetworkName,
            [
                "publishers": shown.joined(separator: ", "),
                "countries": places.joined(separator: ", "),
            ]
        )
        .replacingOccurrences(of: ", —", with: " —").trimmingCharacters(in: CharacterSet(charactersIn: " ,—"))
    }

    /// "Bolivia (Plurinational State of)" → "Bolivia", "Netherlands (the)" → "Netherlands"; the two Congos keep
    /// what tells them apart.
    static func shortCountryName(_ name: String) -> String {
        guard !name.hasPrefix("Congo (the Democratic") else { return "Congo (DR)" }
        return name.replacingOccurrences(of: #"\s*\([^)]*\)"#, with: "", options: .regularExpression)
    }

    private func summarise(_ network: Network, counts: [String: (mentions: Int, activities: Int)]) {
        summary.actors = network.actors.count
        summary.unspecifiedSector = network.actors.filter { $0.sector == .unspecified }.count
        summary.unspecifiedLevel = network.actors.filter { $0.level == .unspecified }.count
        summary.mergedGroups = network.actors.filter { ($0.attributes["iati_merged"] ?? "").contains(" | ") }.count
        var tied = Set<String>()
        for tie in network.ties {
            tied.insert(tie.from)
            tied.insert(tie.to)
        }
        summary.isolates = network.actors.filter { !tied.contains($0.id) }.count
        summary.classifiedBy = [:]
        for actor in network.actors {
            if let source = actor.attributes["classified_by"].flatMap(IATIClassificationSource.init(rawValue:)) {
                summary.classifiedBy[source, default: 0] += 1
            }
        }
        duplicateCandidates = IATIDuplicateCandidates.find(in: network, mentions: counts)
        summary.candidateGroups = Set(duplicateCandidates.map(\.group)).count
    }
}
