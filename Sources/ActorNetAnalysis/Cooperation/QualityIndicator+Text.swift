import ActorNet

/// The one place the profile's names and readings become words: lookups in the language catalogue.
extension QualityReading {
    public func text(_ language: Language) -> String {
        switch self {
        case .measured(let kind, let percent):
            return language.text(kind.readingKey, ["percent": "\(percent ?? 0)%"])
        case .mutualNeeds(let mutual, let described):
            return language.text(.readingMutualNeedCoverage, ["mutual": mutual, "described": described])
        case .efficiency(let sources, let actors):
            let estimate =
                sources.map {
                    language.text(.readingGlobalEfficiencyEstimated, ["sources": $0, "actors": actors])
                } ?? ""
            return language.text(.readingGlobalEfficiency) + estimate
        case .missing(let kind):
            return language.text(kind.missingKey)
        }
    }

    /// As `text(_:)` for a language tag (`es`, `pt_BR`); English when the tag names no known language.
    public func text(_ language: String) -> String { text(Language(parsing: language) ?? .en) }
}

extension Quality {
    /// The quality's name in `language` (`Horizontalidad`).
    public func name(_ language: Language) -> String {
        switch self {
        case .horizontality: language.text(.qualityHorizontality)
        case .mutualBenefit: language.text(.qualityMutualBenefit)
        case .recipientLeadership: language.text(.qualityRecipientLeadership)
        case .effectivenessEfficiency: language.text(.qualityEffectivenessEfficiency)
        case .mutualResponsibility: language.text(.qualityMutualResponsibility)
        }
    }
}

extension QualityIndicatorKind {
    /// The indicator's name in `language` (`reciprocidade`); English is the raw value.
    public func name(_ language: Language) -> String {
        switch self {
        case .evenTies: language.text(.indicatorDegreeCentralization)
        case .leadershipRotation: language.text(.indicatorLeadershipRotation)
        case .reciprocity: language.text(.indicatorReciprocity)
        case .mutualNeedCoverage: language.text(.indicatorMutualNeedCoverage)
        case .projectsLedLocally: language.text(.indicatorProjectsLedLocally)
        case .localShareOfCentrality: language.text(.indicatorLocalShareOfCentrality)
        case .globalEfficiency: language.text(.indicatorGlobalEfficiency)
        case .meanBurtEfficiency: language.text(.indicatorMeanBurtEfficiency)
        case .sharedContributions: language.text(.indicatorSharedContributions)
        case .contributionDiversity: language.text(.indicatorContributionDiversity)
        }
    }

    /// The data the indicator reads.
    public func dataNeeded(_ language: Language) -> String {
        switch self {
        case .evenTies, .globalEfficiency, .meanBurtEfficiency: language.text(.dataNeededTies)
        case .leadershipRotation: language.text(.dataNeededLedProjects)
        case .reciprocity: language.text(.dataNeededDirectedTies)
        case .mutualNeedCoverage: language.text(.dataNeededOffersNeeds)
        case .projectsLedLocally: language.text(.dataNeededLeadLevels)
        case .localShareOfCentrality: language.text(.dataNeededActorLevels)
        case .sharedContributions, .contributionDiversity: language.text(.dataNeededContributions)
        }
    }

    /// As `dataNeeded(_:)` for a language tag; English when the tag names no known language.
    public func dataNeeded(_ language: String) -> String { dataNeeded(Language(parsing: language) ?? .en) }

    /// The usual reading of the indicator's value (mutual need coverage and global efficiency are usually read
    /// with their counts: `QualityReading.mutualNeeds`, `.efficiency`).
    var readingKey: CatalogueKey {
        switch self {
        case .evenTies: .readingHorizontality
        case .leadershipRotation: .readingLeadershipRotation
        case .reciprocity: .readingReciprocity
        case .mutualNeedCoverage: .readingMutualNeedCoverage
        case .projectsLedLocally: .readingProjectsLedLocally
        case .localShareOfCentrality: .readingLocalShareOfCentrality
        case .globalEfficiency: .readingGlobalEfficiency
        case .meanBurtEfficiency: .readingMeanBurtEfficiency
        case .sharedContributions: .readingSharedContributions
        case .contributionDiversity: .readingContributionDiversity
        }
    }

    /// Why the indicator has no value.
    var missingKey: CatalogueKey {
        switch self {
        case .evenTies: .readingNeedsThreeActors
        case .leadershipRotation: .readingNeedsTwoLedProjects
        case .reciprocity: .readingUndirected
        case .mutualNeedCoverage: .readingNoDescribedPair
        case .projectsLedLocally: .readingNoLeadLevel
        case .localShareOfCentrality: .readingNoLevelledTies
        case .globalEfficiency, .meanBurtEfficiency: .readingNoTies
        case .sharedContributions, .contributionDiversity: .readingNoContributions
        }
    }
}
