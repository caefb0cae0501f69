/// Merging the organisations that name one organisation (docs/iati-import.md, "Identity"): names into the ref'd
/// organisation or CRS channel they name, and international-list refs into the CRS channel of the same name.
extension IATIImporter {
    /// Runs every merge; afterwards `resolve(_:_:)` maps a key read earlier to the organisation it now belongs to.
    func mergeIdentities() -> [String: String] {
        var roots: [String: String] = [:]
        // Refs by the fingerprints of their names (each variant); a fingerprint naming two refs merges nothing.
        var refByPrint: [String: String] = [:]
        var ambiguous = Set<String>()
        for key in order where organisations[key]?.ref != nil {
            // The ref'd side uses its whole names (and their acronyms), not the parts around ` - ` or `/`, which
            // are often a parent body ("European Commission - Development and Cooperation").
            var prints = organisations[key]!.names.flatMap { IATIOrganisationName.variants($0.text, splitting: false) }
            // The identifier part of a ref names the organisation too (`EC_DEVCO` of `XI-IATI-EC_DEVCO`).
            if let ref = organisations[key]!.ref, ref.agency != nil, let last = ref.value.split(separator: "-").last,
                last.contains(where: \.isLetter), last.count > 3
            {
                prints.append(String(last))
            }
            for variant in prints {
                let fingerprint = IATIOrganisationName.fingerprint(variant)
                guard !fingerprint.isEmpty, fingerprint.count > 2 else { continue }
                if let other = refByPrint[fingerprint], other != key {
                    ambiguous.insert(fingerprint)
                } else {
                    refByPrint[fingerprint] = key
                }
            }
        }
        for fingerprint in ambiguous { refByPrint[fingerprint] = nil }
        // International-list refs (no country register) with the name of a CRS channel present in the import.
        for key in order {
            guard let org = organisations[key], let ref = org.ref, ref.crsChannel == nil, ref.country == nil,
                org.alias == nil
            else { continue }
            let prints = org.names.flatMap { IATIOrganisationName.variants($0.text) }.map(
                IATIOrganisationName.fingerprint)
            if let code = prints.lazy.compactMap({ IATICodelists.crsCodesByFingerprint[$0] }).first {
                let target = "XM-DAC-" + code
                if organisations[target] != nil { merge(key, into: target, roots: &roots) }
            }
        }
        // Name-keyed organisations: into the ref'd organisation of the same name, else the CRS channel it names.
        for key in order where key.hasPrefix("name:") && !key.contains("@") {
            guard let org = organisations[key], org.alias == nil else { continue }
            let prints = org.names.flatMap { IATIOrganisationName.variants($0.text) }.map(
                IATIOrganisationName.fingerprint)
            let qualified = org.names.lazy.compactMap { IATIOrganisationName.countryQualified($0.text) }.first
            // A country written beside the name must be the target's own ("… - Denmark" is no Swedish body).
            let sameCountry = { (target: String) in
                qualified == nil || [nil, qualified?.country].contains(self.organisations[target]?.country)
            }
            if let target = prints.lazy.compactMap({ refByPrint[$0] }).first.map({ resolve($0, roots) }), target != key,
                sameCountry(target)
            {
                merge(key, into: target, roots: &roots)
            } else if let acronym = qualified?.acronym, let target = abbreviated(acronym, in: qualified!.country) {
                merge(key, into: target, roots: &roots, abbreviation: true)
            } else if let code = prints.lazy.compactMap({ IATICodelists.crsCodesByFingerprint[$0] }).first {
                let target = resolve("XM-DAC-" + code, roots)
                if organisations[target] == nil {
                    organisations[target] = Organisation(key: target, ref: IATIOrganisationRef(normalising: code))
                    order.append(target)
                }
                merge(key, into: target, roots: &roots)
            }
        }
        return roots
    }

    /// The one ref'd organisation of `country` whose name `acronym` abbreviates ("SIDA - Sweden" is `SE-6`,
    /// Swedish International Development Cooperation Agency, not `SE-0`, Sweden); nil when none or several.
    private func abbreviated(_ acronym: String, in country: String) -> String? {
        let matches = order.filter { key in
            guard let org = organisations[key], org.ref != nil, org.country == country else { return false }
            return org.names.contains { IATIOrganisationName.abbreviates(acronym, $0.text) }
        }
        return matches.count == 1 ? matches[0] : nil
    }

    func resolve(_ key: String, _ roots: [String: String]) -> String {
        var current = key
        while let next = roots[current], next != current { current = next }
        return current
    }

    private func merge(
        _ key: String, into target: String, roots: inout [String: String], abbreviation: Bool = false
    ) {
        guard key != target, let from = organisations[key], organisations[target] != nil else { return }
        var into = organisations[target]!
        for name in from.names {
            if let index = into.names.firstIndex(where: { $0.language == name.language && $0.text == name.text }) {
                into.names[index].count += name.count
            } else {
                var name = name
                name.abbreviation = name.abbreviation || abbreviation
                into.names.append(name)
            }
        }
        into.typeVotes.merge(from.typeVotes, uniquingKeysWith: +)
        into.channelVotes.merge(from.channelVotes, uniquingKeysWith: +)
        into.themes.merge(from.themes, uniquingKeysWith: +)
        into.roles.formUnion(from.roles)
        into.recipients.formUnion(from.recipients)
        into.rawIdentities.formUnion(from.rawIdentities)
        into.mentions += from.mentions
        into.activities += from.activities
        into.fundedActivities += from.fundedActivities
        into.reportedActivities += from.reportedActivities
        if into.country == nil, !from.countryFromActivity { into.country = from.country }
        organisations[target] = into
        organisations[key] = nil
        roots[key] = target
        publishers = publishers.map { $0 == key ? target : $0 }
    }
}
