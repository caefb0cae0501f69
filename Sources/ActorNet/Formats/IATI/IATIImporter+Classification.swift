/// What each organisation is, with the evidence (docs/iati-import.md, "Classification").
extension IATIImporter {
    struct Classified {
        var sector: Sector
        var level: Level
        var country: String?
        var source: IATIClassificationSource
        /// The publisher's `@type` and stronger evidence disagreed (the stronger evidence won).
        var conflict: String?
    }

    func classify(_ org: Organisation, name: String, importRecipients: Set<String>) -> Classified {
        let typeCode = majority(org.typeVotes)
        let byType = typeCode.flatMap(IATIClassification.init(iatiType:))
        let byChannelCode = majority(org.channelVotes).flatMap {
            IATIClassification(crsChannel: $0, source: .crsChannelCode)
        }
        let byRefChannel = org.ref?.crsChannel.flatMap { IATIClassification(crsChannel: $0, source: .crsChannelRef) }
        let byAgency = org.ref?.agency?.entry.sector.map {
            IATIClassification(sector: $0, level: nil, source: .registrationAgency)
        }
        let named = IATINamePattern.country(in: name, publicBody: true)
        let byCountryName =
            named?.isCountry == true
            ? IATIClassification(sector: .public, level: nil, source: .countryName) : nil
        // Strong enough to beat a publisher's `@type`: a country's name, and the CRS list naming a multilateral.
        let strong =
            [byRefChannel, byChannelCode].compactMap { $0 }.first { $0.sector == .international }
            ?? byCountryName
        var chosen: IATIClassification
        var conflict: String?
        if let sector = org.alias?.sector {
            chosen = IATIClassification(sector: sector, level: org.alias?.level, source: .aliases)
        } else if let byType {
            if let strong, strong.sector != byType.sector {
                conflict = "\(name): @type \(typeCode ?? "") → \(strong.source.rawValue)"
                chosen = strong
            } else {
                chosen = byType
            }
        } else {
            chosen =
                byChannelCode ?? byRefChannel ?? byCountryName ?? byAgency ?? IATINamePattern.classify(name)
                ?? IATINamePattern.countryBranch(name)
                ?? IATIClassification(sector: .unspecified, level: nil, source: .unspecified)
        }
        var country = org.alias?.country ?? org.country
        if country == nil, let named, chosen.sector == .public || named.isCountry { country = named.code }
        let recipients = org.recipients.isEmpty ? importRecipients : org.recipients
        let foreign = country.map { !recipients.isEmpty && !recipients.contains($0) } ?? false
        let domestic = country.map { recipients.contains($0) } ?? false
        var sector = chosen.sector
        var level: Level
        switch sector {
        case .international:
            level = .international
        case .public:
            if chosen.level == .international || (foreign && chosen.level != .local && chosen.level != .regional) {
                // A foreign government or its agency is international cooperation in the recipient's network.
                (sector, level) = (.international, .international)
            } else {
                level = chosen.level ?? (domestic ? .national : .unspecified)
            }
        default:
            // A publisher's "national NGO" (22, 24) is national unless its own country says otherwise.
            let stated: Level =
                chosen.source == .iatiType && ["22", "24"].contains(typeCode ?? "")
                ? .national
                : .unspecified
            level = chosen.level ?? (foreign ? .international : domestic ? .national : stated)
        }
        if let aliasLevel = org.alias?.level { level = aliasLevel }
        if sector == .unspecified { level = org.alias?.level ?? .unspecified }
        return Classified(sector: sector, level: level, country: country, source: chosen.source, conflict: conflict)
    }

    /// The most frequent value; ties go to the lowest.
    func majority(_ votes: [String: Int]) -> String? {
        votes.min { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }?.key
    }

    /// The name shown: the alias's, else the CRS list's (account suffix dropped), else the most written in `--lang`
    /// (else without language, else any; pseudo names last), repaired and made readable.
    func displayName(_ org: Organisation) -> (name: String, raw: String?) {
        if let name = org.alias?.name { return (name, nil) }
        if let code = org.ref?.crsChannel, let channel = IATICodelists.crsChannels[code] {
            let name = channel.name.components(separatedBy: " - ")[0]
            return (name, org.names.first?.text)
        }
        let wanted = options.language.lowercased()
        let ranked = org.names.enumerated().sorted { lhs, rhs in
            // A pseudo name written beside a ref ("General funds" for the British Red Cross) comes last, an
            // acronym merged in ("SIDA - Sweden") before it.
            func rank(_ name: IATIName) -> Int {
                (IATIOrganisationName.isPseudo(name.text) ? 6 : name.abbreviation ? 3 : 0)
                    + (name.language?.lowercased().hasPrefix(wanted) == true ? 0 : name.language == nil ? 1 : 2)
            }
            let (a, b) = (rank(lhs.element), rank(rhs.element))
            if a != b { return a < b }
            if lhs.element.count != rhs.element.count { return lhs.element.count > rhs.element.count }
            return lhs.offset < rhs.offset
        }
        guard let raw = ranked.first?.element.text else { return (org.key, nil) }
        let readable = IATIOrganisationName.readable(raw)
        return (readable, readable == raw ? nil : raw)
    }
}
