import ActorNet

/// Why a pair (or a provider) is suggested: data, turned into a sentence at the edge (`PartnerReason+Text.swift`).
public enum PartnerReason: Sendable, Hashable {
    /// `giver` offers `capability` (normalised name), which `taker` needs; actors by name.
    case offers(giver: String, capability: String, taker: String)
    /// `giver` offers the capability asked for (`partners --need`).
    case offersAskedFor(giver: String, capability: String)
    /// The two actors' sectors differ (cross-sector synergy).
    case sectors(Sector, Sector)
    /// The two actors' levels differ (multi-level reach).
    case levels(Level, Level)
    /// Partners both already have, by name.
    case commonPartners([String])
    /// The two sit in different communities of the run's partition.
    case bridgesCommunities
    /// A provider's number of partners in the network.
    case partnersInNetwork(Int)
}
