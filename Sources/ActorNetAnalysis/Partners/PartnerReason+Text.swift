import ActorNet

/// The one place partner reasons become sentences: lookups in the language catalogue.
extension PartnerReason {
    public func text(_ language: Language) -> String {
        switch self {
        case .offers(let giver, let capability, let taker):
            let label = Capability.label(capability, language: language)
            return language.text(.partnerOffersNeeded, ["giver": giver, "capability": label, "taker": taker])
        case .offersAskedFor(let giver, let capability):
            let label = Capability.label(capability, language: language)
            return language.text(.partnerOffers, ["giver": giver, "capability": label])
        case .sectors(let a, let b):
            return language.text(.partnerContrast, ["a": a.label(language), "b": b.label(language)])
        case .levels(let a, let b):
            return language.text(.partnerContrast, ["a": a.label(language), "b": b.label(language)])
        case .commonPartners(let names):
            return language.count(.partnerCommonPartners, names.count, ["list": names.joined(separator: ", ")])
        case .bridgesCommunities:
            return language.text(.partnerBridgesCommunities)
        case .partnersInNetwork(let count):
            return language.count(.partnerNetworkPartners, count)
        }
    }

    /// As `text(_:)` for a language tag (`es`, `pt_BR`); English when the tag names no known language.
    public func text(_ language: String) -> String { text(Language(parsing: language) ?? .en) }
}
