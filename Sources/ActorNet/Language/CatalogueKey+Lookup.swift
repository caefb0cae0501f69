/// The keys of values that the library carries as canonical text (a capability id, a quality's key, a contribution
/// type), so that a call site turns the value into its words in one step: `CatalogueKey.capability("training")`.
extension CatalogueKey {
    /// The label of a capability of `offers`/`needs` (`local-knowledge`); nil for free text outside the vocabulary.
    public static func capability(_ id: String) -> CatalogueKey? {
        switch id {
        case "funding": .capabilityFunding
        case "technical-assistance": .capabilityTechnicalAssistance
        case "research": .capabilityResearch
        case "training": .capabilityTraining
        case "local-knowledge": .capabilityLocalKnowledge
        case "community-access": .capabilityCommunityAccess
        case "infrastructure": .capabilityInfrastructure
        case "logistics": .capabilityLogistics
        case "data": .capabilityData
        case "technology": .capabilityTechnology
        case "policy-influence": .capabilityPolicyInfluence
        case "networks": .capabilityNetworks
        case "volunteers": .capabilityVolunteers
        case "communication": .capabilityCommunication
        case "legitimacy": .capabilityLegitimacy
        default: nil
        }
    }

    /// The name of one of the seminar's five qualities (`mutual-benefit`).
    public static func quality(_ key: String) -> CatalogueKey? {
        switch key {
        case "horizontality": .qualityHorizontality
        case "mutual-benefit": .qualityMutualBenefit
        case "recipient-leadership": .qualityRecipientLeadership
        case "effectiveness-efficiency": .qualityEffectivenessEfficiency
        case "mutual-responsibility": .qualityMutualResponsibility
        default: nil
        }
    }

    /// The name of a contribution type as projects report it (`money`, `work`, `in_kind`).
    public static func contribution(_ type: String) -> CatalogueKey? {
        switch type {
        case "money": .contributionMoney
        case "work": .contributionWork
        case "in_kind": .contributionInKind
        default: nil
        }
    }
}

extension Language {
    /// A contribution type as a reader sees it (`dinheiro`); a type outside the vocabulary as written.
    public func contribution(_ type: String) -> String {
        CatalogueKey.contribution(type).map { text($0) } ?? type
    }
}
