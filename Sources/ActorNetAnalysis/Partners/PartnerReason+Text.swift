import ActorNet

/// The one place partner reasons become sentences (English and Spanish until the language catalogue lands).
extension PartnerReason {
    public func text(_ language: String) -> String {
        let es = language.hasPrefix("es")
        switch self {
        case .offers(let giver, let capability, let taker):
            let label = Capability.label(capability, language: language)
            return es ? "\(giver) ofrece \(label), que \(taker) necesita"
                : "\(giver) offers \(label), which \(taker) needs"
        case .offersAskedFor(let giver, let capability):
            let label = Capability.label(capability, language: language)
            return es ? "\(giver) ofrece \(label)" : "\(giver) offers \(label)"
        case .sectors(let a, let b):
            return "\(a.label(language)) ↔ \(b.label(language))"
        case .levels(let a, let b):
            return "\(a.label(language)) ↔ \(b.label(language))"
        case .commonPartners(let names):
            let list = names.joined(separator: ", ")
            if es {
                return names.count == 1 ? "1 socio en común: \(list)" : "\(names.count) socios en común: \(list)"
            }
            return names.count == 1 ? "1 common partner: \(list)" : "\(names.count) common partners: \(list)"
        case .bridgesCommunities:
            return es ? "uniría dos comunidades distintas de la red" : "would bridge two separate communities"
        case .partnersInNetwork(let count):
            return es ? "\(count) socios en la red" : "\(count) partners in the network"
        }
    }
}
