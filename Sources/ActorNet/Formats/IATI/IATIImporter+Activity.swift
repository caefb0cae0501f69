import Foundation

/// Folding one activity into the organisations, projects and ties read so far.
extension IATIImporter {
    /// What the organisations of one activity share.
    struct ActivityContext {
        var index: Int
        var recipients: [String]
        var firstYear: Int?
        var lastYear: Int?
        var themes: [String]
    }

    func add(_ activity: IATIActivity) {
        summary.activities += 1
        if let wanted = options.country?.uppercased() {
            let countries = activity.recipientCountries + activity.transactions.flatMap(\.recipientCountries)
            guard countries.map({ $0.uppercased() }).contains(wanted) else { return }
        }
        summary.keptActivities += 1
        // Region codes (`298`, `998`) and `XX` also appear in recipient-country: keep real country codes only.
        var recipients: [String] = []
        for code in activity.recipientCountries + activity.transactions.flatMap(\.recipientCountries) {
            if let country = normaliseCountry(code), country != "XX", IATICodelists.countryNames[country] != nil,
                !recipients.contains(country)
            {
                recipients.append(country)
            }
        }
        for country in recipients { recipientCounts[country, default: 0] += 1 }
        let date = { (codes: [String]) in codes.compactMap { activity.dates[$0] }.first.map { String($0.prefix(10)) } }
        let start = date(["2", "1"]).flatMap { isISODate($0) ? $0 : nil }
        // An end before the start (a slip in the publisher's data) is left out: the start stands, the end unknown.
        let end = date(["4", "3"]).flatMap { isISODate($0) ? $0 : nil }.flatMap {
            TimeSpan(start: start, end: $0).isReversed ? nil : $0
        }
        let context = ActivityContext(
            index: summary.activities, recipients: recipients,
            firstYear: (start ?? end).flatMap { Int($0.prefix(4)) },
            lastYear: (end ?? start).flatMap { Int($0.prefix(4)) },
            themes: IATISectorTheme.themes(ofSectors: activity.sectors))

        var members: [ProjectMember] = []
        var reporter: String?
        if let reporting = activity.reporting, let key = organisation(reporting, context, role: nil) {
            if !publishers.contains(key) { publishers.append(key) }
            organisations[key]!.reportedActivities += 1
            reporter = key
        }
        for participant in activity.participants {
            let role = Self.roleName(participant.role)
            guard let key = organisation(participant, context, role: role) else { continue }
            if !members.contains(where: { $0.actor == key && $0.role == role }) {
                members.append(ProjectMember(actor: key, role: role))
            }
        }
        // An activity that names participants but no funder is funded by its publisher when the publisher does
        // not take part otherwise (CAF's loans name only the borrower); a secondary publisher's activities name
        // their funders, or nobody.
        var funders = Set(members.filter { $0.role == "funding" }.map(\.actor))
        if funders.isEmpty, !members.isEmpty, let reporter, !members.contains(where: { $0.actor == reporter }) {
            members.append(ProjectMember(actor: reporter, role: "funding"))
            funders.insert(reporter)
        }
        for key in funders { organisations[key]!.fundedActivities += 1 }
        for key in Set(members.filter { $0.role == "implementing" }.map(\.actor)) {
            for theme in context.themes { organisations[key]!.themes[theme, default: 0] += 1 }
        }
        // Lead: accountable, else extending, else the reporting org (replaced if it is left out).
        let lead =
            members.first { $0.role == "accountable" }?.actor ?? members.first { $0.role == "extending" }?.actor
            ?? reporter
        if let lead, !members.contains(where: { $0.actor == lead }) {
            members.insert(ProjectMember(actor: lead, role: "reporting"), at: 0)
        }
        var project = Project(
            id: activity.identifier.isEmpty ? "activity-\(summary.activities)" : activity.identifier,
            name: preferredName(activity.titles).map(IATIOrganisationName.repaired), lead: lead,
            members: members, start: start, end: end)
        project.objective = preferredName(activity.descriptions).map { String($0.prefix(500)) }
        project.area = activity.sectors.first
        if !projectIDs.insert(project.id).inserted {
            project.id += "#\(summary.activities)"
            projectIDs.insert(project.id)
        }
        projects.append(project)
        projectReporters.append(reporter)

        if options.ties != .flows { addRoleTies(members, activity: activity, context: context) }
        if options.ties != .participation { addFlows(activity, context: context, reporter: reporter) }
    }

    /// Funders → extending and implementing organisations (`funding`, by committed value per currency when the
    /// activity states commitments, else by count); implementers among themselves (`technical-cooperation`);
    /// accountable and extending organisations with the implementers, and co-funders (`coordination`).
    private func addRoleTies(_ members: [ProjectMember], activity: IATIActivity, context: ActivityContext) {
        func actors(_ role: String) -> [String] {
            var seen = Set<String>()
            return members.filter { $0.role == role && seen.insert($0.actor).inserted }.map(\.actor)
        }
        let funders = actors("funding"), accountable = actors("accountable"), extending = actors("extending")
        let implementing = actors("implementing")
        var receivers = extending + implementing.filter { !extending.contains($0) }
        if receivers.isEmpty { receivers = accountable }
        var commitments: [String: Double] = [:]
        for transaction in activity.transactions where ["2", "C"].contains(transaction.type?.uppercased() ?? "") {
            guard let value = transaction.value, value > 0 else { continue }
            let currency = (transaction.currency ?? activity.defaultCurrency ?? "XXX").uppercased()
            commitments[currency, default: 0] += value
        }
        for funder in funders {
            for receiver in receivers where receiver != funder {
                if commitments.isEmpty {
                    addRoleTie(.funding, funder, receiver, currency: "", value: 0, context)
                } else {
                    for (currency, value) in commitments.sorted(by: { $0.key < $1.key }) {
                        addRoleTie(.funding, funder, receiver, currency: currency, value: value, context)
                    }
                }
            }
        }
        let pairs: [(TieKind, [String], [String])] = [
            (.technicalCooperation, implementing, implementing),
            (.coordination, accountable + extending.filter { !accountable.contains($0) }, implementing),
            (.coordination, funders, funders),
        ]
        for (kind, left, right) in pairs {
            for a in left {
                for b in right where a != b {
                    // Undirected: each pair once, in sorted order.
                    if left == right, a > b { continue }
                    addRoleTie(kind, min(a, b), max(a, b), currency: "", value: 0, context)
                }
            }
        }
    }

    private func addRoleTie(
        _ kind: TieKind, _ from: String, _ to: String, currency: String, value: Double,
        _ context: ActivityContext
    ) {
        let key = RoleTieKey(kind: kind, from: from, to: to, currency: currency)
        if roleTies[key] == nil {
            roleTies[key] = RoleTie()
            roleTieOrder.append(key)
        }
        roleTies[key]!.activities += 1
        roleTies[key]!.value += value
        if let first = context.firstYear { roleTies[key]!.firstYear = min(roleTies[key]!.firstYear ?? first, first) }
        if let last = context.lastYear { roleTies[key]!.lastYear = max(roleTies[key]!.lastYear ?? last, last) }
    }

    private func addFlows(_ activity: IATIActivity, context: ActivityContext, reporter: String?) {
        for transaction in activity.transactions {
            guard let type = transaction.type?.uppercased(), ["3", "4", "D", "E"].contains(type) else { continue }
            let provider = transaction.provider.flatMap { organisation($0, context, role: nil) } ?? reporter
            guard let receiverMention = transaction.receiver,
                let receiver = organisation(receiverMention, context, role: nil)
            else {
                summary.warn(.importFlowWithoutReceiver, activity.identifier)
                continue
            }
            guard let provider, let value = transaction.value else { continue }
            if provider == receiver {
                summary.warn(.importSelfFlow, provider)
                continue
            }
            let currency = (transaction.currency ?? activity.defaultCurrency ?? "XXX").uppercased()
            let key = provider + "\u{1F}" + receiver + "\u{1F}" + currency
            if flows[key] == nil {
                flows[key] = (provider, receiver, currency, 0)
                flowOrder.append(key)
            }
            flows[key]!.value += value
        }
    }

    /// The key of the organisation a mention names, registering the mention; nil when it names none (no ref or
    /// name, a placeholder with no name, a pseudo-organisation, an alias that drops it).
    func organisation(_ mention: IATIOrganisationMention, _ context: ActivityContext, role: String?) -> String? {
        let reading = refReading(mention.ref ?? "")
        let (rawRef, ref) = (reading.trimmed, reading.ref)
        if !rawRef.isEmpty, ref == nil {
            summary.warn(
                IATIOrganisationRef.isCategoryCode(rawRef) ? .importCategoryRef : .importPlaceholderRef, rawRef)
        }
        let readings = mention.names.map { ($0.0, nameReading($0.1)) }.filter { !$0.1.repaired.isEmpty }
        let names = readings.map { ($0.0, $0.1.repaired) }
        let name = preferredName(names)
        let nameRead = name.flatMap { name in readings.first { $0.1.repaired == name }?.1 }
        let alias = alias(ref: rawRef, normalised: ref, name: name)
        if alias?.drop == true {
            summary.droppedByAlias += 1
            return nil
        }
        let pseudo = nameRead?.isPseudo ?? false
        var key: String
        var country: String?
        var fromActivity = false
        if let id = alias?.id {
            key = id
        } else if let ref {
            key = ref.value
            country = reading.country
        } else if let name, !pseudo {
            let publicType = ["10", "11", "15"].contains(mention.type ?? "")
            let known = nameKey(name, publicType: publicType)
            key = "name:" + known.fingerprint
            let pattern = known.pattern
            if let found = known.country {
                country = found.code
            } else if pattern?.sector == .public, role != "funding", context.recipients.count == 1 {
                // A ministry or municipality that implements in one country is that country's: keyed with it, so
                // Chile's and Costa Rica's "Ministerio de Hacienda" stay two.
                country = context.recipients[0]
                fromActivity = true
                key += "@" + context.recipients[0].lowercased()
            }
        } else {
            if pseudo, !options.keepPseudoOrganisations {
                summary.pseudoDropped += 1
                summary.warn(.importPseudoOrganisation, name ?? "")
                return nil
            }
            guard let name else {
                summary.warn(.importNoRefOrName, "")
                return nil
            }
            summary.warn(.importPseudoOrganisation, name)
            key = "name:" + (nameRead?.folded ?? foldKey(name))
        }
        if organisations[key] == nil {
            organisations[key] = Organisation(
                key: key, ref: alias?.id == nil ? ref : nil, country: country,
                countryFromActivity: fromActivity)
            order.append(key)
        }
        update(
            &organisations[key]!, names: names, mention: mention, role: role,
            context: context)
        organisations[key]!.rawIdentities.insert(ref == nil ? "name:" + (nameRead?.folded ?? "") : rawRef)
        if let alias { organisations[key]!.alias = alias }
        if organisations[key]!.country == nil, let country { organisations[key]!.country = country }
        return key
    }

    /// A raw ref trimmed, normalised and placed, once per distinct raw ref.
    private func refReading(_ raw: String) -> RefReading {
        if let known = refCache[raw] { return known }
        let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let ref = IATIOrganisationRef(normalising: trimmed)
        let reading = RefReading(trimmed: trimmed, ref: ref, country: ref?.country)
        refCache[raw] = reading
        return reading
    }

    /// A raw name repaired, judged and folded, once per distinct name.
    private func nameReading(_ raw: String) -> NameReading {
        if let known = nameCache[raw] { return known }
        let repaired = IATIOrganisationName.repaired(raw)
        let reading = NameReading(
            repaired: repaired, isPseudo: IATIOrganisationName.isPseudo(repaired), folded: foldKey(repaired))
        nameCache[raw] = reading
        return reading
    }

    /// Fingerprint, name pattern and country of a name, once per name (and per public/other reading).
    private func nameKey(_ name: String, publicType: Bool) -> NameKey {
        let cacheKey = publicType ? "1" + name : "0" + name
        if let known = nameKeys[cacheKey] { return known }
        let pattern = IATINamePattern.classify(name)
        let country = IATINamePattern.country(in: name, publicBody: publicType || pattern?.sector == .public)
        let key = NameKey(fingerprint: IATIOrganisationName.fingerprint(name), pattern: pattern, country: country)
        nameKeys[cacheKey] = key
        return key
    }

    private func update(
        _ org: inout Organisation, names: [(String?, String)], mention: IATIOrganisationMention,
        role: String?, context: ActivityContext
    ) {
        for (language, text) in names {
            if let index = org.names.firstIndex(where: { $0.language == language && $0.text == text }) {
                org.names[index].count += 1
            } else {
                org.names.append(IATIName(language: language, text: text, count: 1))
            }
        }
        org.mentions += 1
        if org.lastActivity != context.index {
            org.lastActivity = context.index
            org.activities += 1
            org.recipients.formUnion(context.recipients)
        }
        if let type = mention.type.map(IATIActivityReader.trimmed), !type.isEmpty {
            org.typeVotes[type, default: 0] += 1
        }
        if let code = mention.crsChannelCode.map(IATIActivityReader.trimmed), !code.isEmpty {
            org.channelVotes[code, default: 0] += 1
        }
        if let role { org.roles.insert(role) }
    }
}
