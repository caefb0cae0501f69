import Foundation

/// The English table of the language catalogue, one value per `CatalogueKey`.
///
/// English: the product's original wording, kept byte for byte (tests compare English output with the
/// snapshots of earlier releases).
extension Catalogue {
    /// One for exactly 1, other for everything else (0 ties, 2 ties).
    static func englishPluralForm(_ count: Int) -> PluralForm { count == 1 ? .one : .other }

    static func english(_ key: CatalogueKey) -> CatalogueEntry {
        switch key {
        // MARK: Vocabulary: sectors
        case .sectorPublic: "Public"
        case .sectorPrivate: "Private"
        case .sectorAcademia: "Academia"
        case .sectorCivilSociety: "Civil society"
        case .sectorInternational: "International"
        case .sectorUnspecified: "Unspecified"
        // MARK: Vocabulary: territorial levels
        case .levelInternational: "International"
        case .levelNational: "National"
        case .levelRegional: "Regional"
        case .levelLocal: "Local"
        case .levelUnspecified: "Unspecified"
        // MARK: Vocabulary: tie kinds
        case .tieKindFunding: "Funding"
        case .tieKindTechnicalCooperation: "Technical cooperation"
        case .tieKindKnowledgeExchange: "Knowledge exchange"
        case .tieKindCoordination: "Coordination"
        case .tieKindInKind: "In kind"
        case .tieKindVolunteering: "Volunteering"
        case .tieKindAgreement: "Agreement"
        case .tieKindOther: "Other"
        // MARK: Vocabulary: contribution types
        case .contributionMoney: "money"
        case .contributionWork: "work"
        case .contributionInKind: "in_kind"
        // MARK: Vocabulary: capabilities (offers and needs)
        case .capabilityFunding: "funding"
        case .capabilityTechnicalAssistance: "technical-assistance"
        case .capabilityResearch: "research"
        case .capabilityTraining: "training"
        case .capabilityLocalKnowledge: "local-knowledge"
        case .capabilityCommunityAccess: "community-access"
        case .capabilityInfrastructure: "infrastructure"
        case .capabilityLogistics: "logistics"
        case .capabilityData: "data"
        case .capabilityTechnology: "technology"
        case .capabilityPolicyInfluence: "policy-influence"
        case .capabilityNetworks: "networks"
        case .capabilityVolunteers: "volunteers"
        case .capabilityCommunication: "communication"
        case .capabilityLegitimacy: "legitimacy"
        // MARK: Counts (plurals)
        case .countActors: .plural(one: "1 actor", other: "{count} actors")
        case .countTies: .plural(one: "1 tie", other: "{count} ties")
        case .countProjects: .plural(one: "1 project", other: "{count} projects")
        case .countComponents: .plural(one: "1 component", other: "{count} components")
        case .countCommunities: .plural(one: "1 community", other: "{count} communities")
        case .countWarnings: .plural(one: "1 warning", other: "{count} warnings")
        case .countOrganisations: .plural(one: "1 organisation", other: "{count} organisations")
        case .countActivities: .plural(one: "1 activity", other: "{count} activities")
        // MARK: Diagrams (render, report figures)
        case .diagramLegend: "Legend"
        case .diagramSectorColour: "Sector (colour)"
        case .diagramLevelShape: "Territorial level (shape)"
        case .diagramTieKindLine: "Tie kind (line)"
        case .diagramNodeSize: "Node size"
        case .diagramLineWidth: "Line width: tie weight"
        case .diagramSource: "Source"
        case .diagramActors: "actors"
        case .diagramTiesInside: "ties inside"
        case .diagramNoCountry: "No country"
        case .diagramSizeDegree: "degree (number of partners)"
        case .diagramSizeStrength: "strength (sum of tie weights)"
        case .diagramSizeBetweenness: "betweenness (brokerage)"
        case .diagramSizePageRank: "PageRank"
        case .diagramSizeUniform: "uniform"
        case .diagramTitleEgo: "Around {name}"
        case .diagramTitleSectors: "Sectors"
        case .diagramTitleLevels: "Territorial levels"
        case .diagramTitleSectorsLevels: "Sectors and levels"
        case .diagramSourceMore: .plural(one: "{list} and 1 more", other: "{list} and {count} more")
        case .diagramFilterHidden: "{ties} and {actors} hidden ({rule})"
        case .diagramRuleMinWeight: "weight below {weight}"
        case .diagramRuleTopTies:
            .plural(
                one: "only the heaviest tie kept",
                other: "only the {count} heaviest ties kept; at equal weight, ties between actors with more partners "
                    + "first, then by name")
        case .diagramIsolatesHidden: "{actors} without ties hidden"
        case .diagramNoteNoClusters: "layout {layout} cannot draw clusters; drawing without --cluster-by {cluster}"
        case .diagramNoteLargeNetwork:
            "{count} actors: labels shown for the top {labelled} by {measure} at most, layout {layout}"
        case .diagramNoteLargeNetworkOverlap:
            .text(
                "{count} actors: labels shown for the top {labelled} by {measure} at most, layout {layout} with "
                    + "overlap removal")
        case .diagramNoteLabelsFit:
            "names shown for the top {labelled} of {count} actors (at {points} pt or more when printed)"
        case .diagramLabelsTop:
            .plural(
                one: "name shown for the top actor by {measure}",
                other: "names shown for the top {count} actors by {measure}")
        case .diagramFocalActor: "Focal actor"
        case .countTiesInside: .plural(one: "1 tie inside", other: "{count} ties inside")
        // MARK: Interactive map
        case .mapLabel: "Network map"
        case .mapSearch: "Search actors"
        case .mapNoMatch: "No actor matches"
        case .mapZoomIn: "Zoom in"
        case .mapZoomOut: "Zoom out"
        case .mapWholeMap: "Whole map"
        case .mapFocus: "Focus on the selection"
        case .mapFocusSteps: "Steps"
        case .mapByYear: "Ties of one year"
        case .mapYear: "Year"
        case .mapDownload: "Download this view as SVG"
        case .mapSectors: "Sectors"
        case .mapLevels: "Territorial levels"
        case .mapTieKinds: "Tie kinds"
        case .mapLegendHint: "Untick an entry to hide it; hiding an actor hides its ties."
        case .mapHelp:
            """
            Drag to move; wheel or + and − to zoom; 0 for the whole map; arrows to move. Hover over or tap an \
            actor to see its ties; click it for its details.
            """
        case .mapClose: "Close"
        case .mapIdentifier: "Identifier"
        case .mapSector: "Sector"
        case .mapLevel: "Level"
        case .mapTerritory: "Territory"
        case .mapCountry: "Country"
        case .mapOffers: "Offers"
        case .mapNeeds: "Needs"
        case .mapCentrality: "Centrality"
        case .mapBrokerage: "Brokerage roles (by sector)"
        case .mapNoBrokerage: "no brokerage role"
        case .mapProjects: "Projects"
        case .mapNoProjects: "no project"
        // MARK: Workshop server (serve): its API, its messages and its page
        case .serveEditUnknownOperation: "edit {index}: `op` must be one of {operations}"
        case .serveEditUnknownActor: "no actor has the id `{id}`"
        case .serveEditUnknownProject: "no project has the id `{id}`"
        case .serveEditUnknownTie: "no tie goes from `{from}` to `{to}`"
        case .serveEditFieldNotEditable: "the field `{field}` cannot be changed here"
        case .serveEditMissingField: "`{operation}` needs `{field}`"
        case .serveNothingToUndo: "nothing to undo"
        case .serveNothingToRedo: "nothing to redo"
        case .serveTokenRequired: "this map needs the token of its address"
        case .serveForeignHost: "a request must name this computer as its host"
        case .serveForeignOrigin: "changes are accepted only from the map's own page"
        case .serveBodyTooLarge: "the request is larger than {limit} bytes"
        case .serveBadEditRequest: "the body must be a JSON object with a list `edits`"
        case .serveNotFound: "nothing here: the map is at /"
        case .serveListening: "Serving {file} at {url}"
        case .serveCreatedFile: "Created {file}"
        case .serveStopHint: "Press Ctrl-C to stop; every change is already saved."
        case .serveTokenNote: "Anyone on this network who has the address (with its token) can edit the map."
        case .serveUnsupportedFormat: "{file}: serve edits YAML or JSON network files (.yaml, .yml, .json)"
        case .serveBadPort: "--port takes a whole number from 0 to 65535"
        case .serveCannotListen: "cannot listen on {address}: {reason}"
        case .serveAddActor: "Type an actor's name and press Enter"
        case .serveDuplicate: "Already on the map: {name}"
        case .serveUndo: "Undo"
        case .serveRedo: "Redo"
        case .serveProjector: "Projector"
        case .serveDownload: "Download"
        case .serveDiagramSVG: "Diagram (SVG)"
        case .serveDiagramPDF: "Diagram (PDF)"
        case .serveDiagramPNG: "Diagram (PNG)"
        case .serveInteractiveMap: "Interactive map"
        case .serveReport: "Report"
        case .serveTieKind: "Kind of tie"
        case .serveTieWeight: "Strength"
        case .serveHelp:
            """
            Drop each actor on its sector and level, or move the selected one with the arrow keys. Drag from \
            an actor's dot to another actor to draw a tie; Esc cancels.
            """
        case .serveInfluence: "Influence (0–10)"
        case .serveRoles: "Roles"
        case .serveMotivation: "Motivation"
        case .serveListHint: "separated by ;"
        case .serveRemoveActor: "Remove actor"
        case .serveRemoveTie: "Remove tie"
        case .serveKeyActors: "Key actors"
        case .serveBrokers: "Brokers between sectors"
        case .serveIsolates: "Isolated actors"
        case .serveSectorLevel: "Sector × level"
        case .serveSuggestions: "Suggested missing ties"
        case .serveNone: "none"
        case .serveExternalChange: "The file was changed outside the map."
        case .serveReload: "Load it"
        case .serveConflict: "Someone else changed {fields} at the same time; the later change was kept."
        case .serveSetupTitle: "What question does this map answer?"
        case .serveSetupName: "Name of the map"
        case .serveSetupLanguage: "Language"
        case .serveSetupStart: "Start"
        case .serveOffline: "Connection lost; trying again…"
        case .serveSaved: "Saved: version {version}"
        case .serveActorPanel: "Actor"
        case .serveAddTie: "Add the tie"
        case .serveName: "Name"
        // MARK: Workshop server (serve): the projects panel of its page
        case .serveProjects: "Projects"
        case .serveAddProject: "New project: its name, then Enter"
        case .serveNoProjects: "No projects yet."
        case .serveRemoveProject: "Remove project"
        case .serveObjective: "Objective"
        case .serveProjectStart: "Start"
        case .serveProjectEnd: "End"
        case .serveDateHint: "YYYY-MM-DD"
        case .serveLead: "Led by"
        case .serveMembers: "Members"
        case .serveAddMember: "Add a member: type a name"
        case .servePickOnBoard: "Pick on the map"
        case .servePickHint: "Click or tap actors on the map to add them to the project; Esc when done."
        case .serveNoMatch: "No actor on the map is called that."
        case .serveAlreadyMember: "{name} is already in this project."
        case .serveRemoveMember: "Remove {name} from the project"
        case .serveRole: "Role in the project"
        case .serveAddContribution: "Add a contribution:"
        case .serveMoney: "Money"
        case .serveAmount: "Amount"
        case .serveCurrency: "Currency"
        case .serveWork: "Work"
        case .serveWorkHint: "person-days"
        case .serveInKind: "In kind"
        case .serveInKindHint: "what: vehicles, a venue, seeds…"
        case .serveRemoveContribution: "Remove this contribution"
        // MARK: Workshop server: Net-Map goals, stance and tidy (serve)
        case .serveGoals: "The map's goals"
        case .serveGoalsHint: "one goal per line"
        case .serveStance: "Stance on the goals"
        case .serveStanceFor: "+ for"
        case .serveStanceAgainst: "− against"
        case .serveStanceNeutral: "neutral"
        case .serveStanceUnset: "not asked"
        case .serveTidy: "Tidy"
        case .serveGoal: "Goal"
        case .serveAddGoal: "Add a goal and press Enter"
        case .serveRemoveGoal: "Remove goal {n} (the stances on it go too)"
        case .serveStanceShown: "Show on the map each actor's stance on"
        case .serveStanceHidden: "(no goal)"

        // MARK: Workshop server API: wrong methods and field types (serve; found by the API fuzzer)
        case .serveMethodNotAllowed: "this address answers only {method}"
        case .serveBadEditRequestTypes: "in the body, `base` must be a whole number (a version) and `client` a text"
        case .serveEditMemberNotText: "edit {index}: `{field}` must be a text"
        case .serveEditMemberNotObject: "edit {index}: `{field}` must be an object ({…})"

        // MARK: Report (report verb, HTML and Markdown)
        case .reportTitle: "Multi-actor cooperation network report"
        case .reportSource: "Source"
        case .reportGenerated: "Generated"
        case .reportActors: "Actors"
        case .reportTies: "ties"
        case .reportProjects: "projects"
        case .reportComposition: "Composition"
        case .reportCompositionIntro: "Actors by sector and territorial level, and ties by kind."
        case .reportSectorLevel: "Sector \\ level"
        case .reportTotal: "Total"
        case .reportTieKind: "Tie kind"
        case .reportCount: "Count"
        case .reportDiagrams: "Diagrams"
        case .reportDiagramWhole: "The whole network"
        case .reportDiagramLeftOut: "Diagram “{title}” left out: {reason}"
        case .reportDiagramAggregate: "Sectors and levels (aggregated view)"
        case .reportDiagramEgo: "Around {name}"
        case .reportKeyActors: "Key actors"
        case .reportKeyActorsIntro:
            """
            Ranked by degree (number of partners); equal degrees by strength (sum of tie weights), then by name. The \
            first {shown} of the {ranked} actors with at least one tie; actors in no tie are not ranked.
            """
        case .reportActor: "Actor"
        case .reportSector: "Sector"
        case .reportLevel: "Level"
        case .reportDegree: "Degree"
        case .reportBetweenness: "Betweenness"
        case .reportPageRank: "PageRank"
        case .reportBrokers: "Brokers and structural holes"
        case .reportBrokersIntro:
            """
            Gould–Fernandez brokerage roles by sector, and Burt's constraint (low = spans structural holes). Ordered \
            by the number of roles, then as the key actors.
            """
        case .reportRoleCoordinator: "Coordinator"
        case .reportRoleItinerant: "Itinerant"
        case .reportRoleRepresentative: "Representative"
        case .reportRoleGatekeeper: "Gatekeeper"
        case .reportRoleLiaison: "Liaison"
        case .reportConstraint: "Constraint"
        case .reportEffectiveSize: "Effective size"
        case .reportMixing: "Mixing"
        case .reportMixingIntro:
            """
            E-I index: −1 when all ties stay within groups, +1 when all cross them. \
            Assortativity above 0: ties stay within groups more than by chance.
            """
        case .reportBySector: "By sector"
        case .reportByLevel: "By level"
        case .reportEIIndex: "E-I index"
        case .reportAssortativity: "Assortativity"
        case .reportMatrix: "Ties between sectors"
        case .reportCommunities: "Communities"
        case .reportCommunitiesIntro: "Groups of actors more tied to each other than to the rest (Louvain)."
        case .reportModularity: "Modularity"
        case .reportCommunity: "Community"
        case .reportMembers: "Members"
        case .reportPartners: "Complementary partners"
        case .reportPartnersIntro: "Pairs not yet tied whose offers meet each other's needs, across sectors and levels."
        case .reportPair: "Pair"
        case .reportScore: "Score"
        case .reportReasons: "Reasons"
        case .reportProjectsHeading: "Projects and the multi-actor definition"
        case .reportProjectsIntro:
            """
            The Santiago 2018 seminar defines multi-actor cooperation by two or more actors, at least one of them \
            public; two or more sectors; two or more territorial levels; contributions (money, work or in kind) and \
            an institutional agreement.
            """
        case .reportProject: "Project"
        case .reportContributions: "Contributions"
        case .reportAgreement: "Agreement"
        case .reportQuality: "Cooperation-quality profile"
        case .reportQualityIntro:
            """
            Each indicator runs from 0 to 1; higher means more of the quality. Missing data \
            is said, not guessed.
            """
        case .reportQualityColumn: "Quality"
        case .reportIndicator: "Indicator"
        case .reportValue: "Value"
        case .reportReading: "Reading"
        case .reportMethods: "Methods"
        case .reportSortHint: "Click a column heading to sort."
        case .reportMethodWeights:
            """
            A tie's weight is its strength (bigger = closer). Path measures use distance = \
            1/weight; eigenvector and PageRank use the weight.
            """
        case .reportMethodDegree:
            """
            Degree: number of partners (0 to n − 1); strength: sum of the weights of an actor's ties. Betweenness \
            (Freeman 1977; Brandes 2001 algorithm), normalised as NetworkX (0 to 1).
            """
        case .reportMethodCloseness:
            """
            Closeness with the Wasserman–Faust correction; harmonic centrality; PageRank \
            with α = 0.85 (Brin & Page 1998).
            """
        case .reportMethodBrokerage:
            """
            Gould & Fernandez (1989) brokerage roles, by sector; Burt's (1992) constraint \
            and effective size.
            """
        case .reportMethodMixing: "Krackhardt & Stern (1988) E-I index; Newman (2003) nominal assortativity."
        case .reportMethodCommunities:
            """
            Communities by the Louvain method (Blondel et al. 2008), seed 1; Newman & \
            Girvan (2004) modularity.
            """
        case .reportMethodPartners:
            """
            Complementary partners: capability (mutual need coverage), diversity (sector \
            and level) and proximity (Adamic–Adar and preferential attachment, the signals that \
            foresaw the ties formed in IATI data).
            """
        case .reportMethodQuality:
            """
            Quality profile: indicators proposed from the Santiago 2018 seminar (AGCI) on \
            multi-actor cooperation.
            """
        case .reportDiagramsIntro:
            """
            Every diagram is drawn for the same page (A4 landscape) and shown at the same width, so that sizes \
            compare from one figure to the next. Actors in no tie are left out of the diagrams.
            """
        case .reportFigureIsolatesLeftOut:
            .plural(
                one: "1 actor in no tie (an isolate) is left out of this diagram.",
                other: "{count} actors in no tie (isolates) are left out of this diagram.")
        case .reportRank: "#"
        case .reportStrength: "Strength"
        case .reportSectors: "Sectors"
        case .reportLevels: "Levels"
        case .reportWithRange: "{name} ({range})"
        case .reportRange: "Range"
        case .reportMeaning: "What it means"
        case .reportNetworkIndicators: "The network as a whole"
        case .reportDensity: "Density"
        case .reportDensityMeaning: "Share of all possible ties that exist."
        case .reportDegreeCentralization: "Degree centralization"
        case .reportDegreeCentralizationMeaning:
            """
            0: every actor equally connected; 1: a star, every tie through one actor.
            """
        case .reportComponents: "Components"
        case .reportComponentsMeaning: "Parts of the network with no tie between them; 1 when everyone is connected."
        case .reportCriterion: "Criterion"
        case .reportProjectsMeeting: "Projects that meet it"
        case .reportProjectsMissing: "Projects that miss it"
        case .reportProjectsMeetAll:
            .plural(
                one: "{count} of {total} projects meets every criterion of the definition.",
                other: "{count} of {total} projects meet every criterion of the definition.")
        case .reportProjectsNoContributionsRecorded:
            """
            No project records a contribution: the file may simply not hold them; that does not show the projects \
            lack them.
            """
        case .reportProjectsNoAgreementRecorded:
            """
            No project records an institutional agreement: the file may simply not hold them; that does not show the \
            projects lack one.
            """
        case .reportProjectsMeetRecorded:
            .plural(
                one: "Leaving aside what the file does not record, {count} of {total} projects meets the other "
                    + "criteria.",
                other: "Leaving aside what the file does not record, {count} of {total} projects meet the other "
                    + "criteria.")
        case .reportCriterionTwoActors: "two or more actors"
        case .reportCriterionPublicActor: "at least one public actor"
        case .reportCriterionTwoSectors: "two or more sectors"
        case .reportCriterionTwoLevels: "two or more territorial levels"
        case .reportCriterionContributions: "contributions recorded (money, work or in kind)"
        case .reportCriterionAgreement: "an institutional agreement"
        case .reportProjectsTable: .plural(one: "The project in detail", other: "The {count} projects one by one")
        case .reportMissingCriteria: "Criteria missed"
        case .reportDataQualityIntro:
            """
            How far the data can be trusted: what the file leaves unspecified or doubtful, and how much of the \
            network it concerns.
            """
        case .reportCountOfTotal: "{count} of {total} ({share}\u{A0}%)"
        case .reportQualityUnspecifiedSector: "Actors with unspecified sector"
        case .reportQualityUnspecifiedSectorMeaning:
            """
            They belong to no sector group: the results by sector (mixing, brokers, the sector × level view) leave \
            them out.
            """
        case .reportQualityUnspecifiedLevel: "Actors with unspecified territorial level"
        case .reportQualityUnspecifiedLevelMeaning:
            """
            They belong to no level: the results by level and the multi-level criterion of the projects leave them \
            out.
            """
        case .reportQualityIsolates: "Isolates (actors in no tie)"
        case .reportQualityIsolatesMeaning:
            """
            Listed in the file but tied to no one: left out of the diagrams and of the key actors.
            """
        case .reportQualityDuplicates: "Suspected duplicates (import)"
        case .reportQualityDuplicatesMeaning:
            """
            Pairs of organisations the import found alike but did not merge; each may be one actor counted twice.
            """
        case .reportQualityPseudo: "Pseudo-organisations dropped (import)"
        case .reportQualityPseudoMeaning:
            """
            Entries that name no real organisation (such as “various” or “to be determined”), which the import \
            removed.
            """
        case .reportQualityMerged: "Actors merged from several IATI identities"
        case .reportQualityMergedMeaning:
            """
            Organisations the import found under several names or references and counted once.
            """
        case .reportQualityClassifiedBy: "How sectors were assigned (import)"
        case .reportQualityClassifiedByMeaning:
            """
            Actors per source of their sector, from the firmest evidence to the weakest.
            """
        // MARK: Cooperation qualities and indicators (profile, report)
        case .qualityHorizontality: "Horizontality"
        case .qualityMutualBenefit: "Mutual benefit"
        case .qualityRecipientLeadership: "Recipient leadership"
        case .qualityEffectivenessEfficiency: "Effectiveness & efficiency"
        case .qualityMutualResponsibility: "Mutual responsibility"
        case .indicatorDegreeCentralization: "1 − degree centralization"
        case .indicatorLeadershipRotation: "leadership rotation"
        case .indicatorReciprocity: "reciprocity"
        case .indicatorMutualNeedCoverage: "mutual need coverage"
        case .indicatorProjectsLedLocally: "projects led locally"
        case .indicatorLocalShareOfCentrality: "local share of centrality"
        case .indicatorGlobalEfficiency: "global efficiency"
        case .indicatorMeanBurtEfficiency: "mean Burt efficiency"
        case .indicatorSharedContributions: "shared contributions"
        case .indicatorContributionDiversity: "contribution diversity"
        case .readingHorizontality: "1 = ties spread evenly; 0 = a star around one actor. Here {percent}."
        case .readingLeadershipRotation:
            """
            Share of projects led by a different actor: 1 = every project has its own \
            lead.
            """
        case .readingReciprocity: "Share of directed ties returned."
        case .readingMutualNeedCoverage:
            """
            Share of tied partners where each offers something the other needs: \
            {mutual} of {described}.
            """
        case .readingProjectsLedLocally: "Share of projects led by local or regional actors."
        case .readingLocalShareOfCentrality:
            """
            Local and regional actors' share of the ties held by them and \
            international actors.
            """
        case .readingGlobalEfficiency:
            """
            How easily any actor reaches any other (Latora–Marchiori, 1/weight \
            distances), relative to the ideal network where every pair is tied as \
            strongly as the strongest tie: 1 = that ideal.
            """
        case .readingGlobalEfficiencyEstimated: " Estimated from {sources} of {actors} actors as sources (seed 1)."
        case .readingMeanBurtEfficiency:
            """
            Average share of an actor's partners that are not redundant (effective \
            size / degree).
            """
        case .readingSharedContributions: "Share of projects where two or more actors contribute."
        case .readingContributionDiversity:
            """
            Average share of contribution types (money, work, in kind) present per \
            project.
            """
        case .readingNeedsThreeActors: "not enough data: needs 3 actors and ties"
        case .readingNeedsTwoLedProjects: "not enough data: needs 2 projects with a lead"
        case .readingUndirected: "not applicable: the ties are undirected"
        case .readingNoDescribedPair: "not enough data: no tied pair has offers and needs on both sides"
        case .readingNoLeadLevel: "not enough data: no project lead with a known level"
        case .readingNoLevelledTies: "not enough data: no local, regional or international actor with ties"
        case .readingNoTies: "not enough data: no ties"
        case .readingNoContributions: "not enough data: no project records contributions"
        case .dataNeededTies: "ties"
        case .dataNeededLedProjects: "projects with a lead"
        case .dataNeededDirectedTies: "directed ties"
        case .dataNeededOffersNeeds: "offers and needs of tied actors"
        case .dataNeededLeadLevels: "project leads with levels"
        case .dataNeededActorLevels: "levels of actors"
        case .dataNeededContributions: "project member contributions"
        // MARK: Partner reasons (partners, report)
        case .partnerOffersNeeded: "{giver} offers {capability}, which {taker} needs"
        case .partnerOffers: "{giver} offers {capability}"
        case .partnerCommonPartners: .plural(one: "1 common partner: {list}", other: "{count} common partners: {list}")
        case .partnerBridgesCommunities: "would bridge two separate communities"
        case .partnerNetworkPartners: .plural(one: "1 partner in the network", other: "{count} partners in the network")
        case .partnerContrast: "{a} ↔ {b}"
        // MARK: Partner backtest (partners --backtest): baseline names, table, messages
        case .baselineCommonNeighbours: "common neighbours"
        case .baselineJaccard: "Jaccard"
        case .baselineAdamicAdar: "Adamic–Adar"
        case .baselineResourceAllocation: "resource allocation"
        case .baselinePreferentialAttachment: "preferential attachment"
        case .backtestActorNetScore: "actornet score"
        case .backtestRandom: "random order (share that formed)"
        case .backtestRanking: "ranking"
        case .backtestPrecision: "precision@{k}"
        case .backtestRecall: "recall@{k}"
        case .backtestAveragePrecision: "average precision"
        case .backtestHeading:
            """
            Backtest of partner suggestions: the network as of {year}, checked against the ties \
            formed after it
            """
        case .backtestCandidates: "candidate pairs (both actors present by {year}, not yet tied): {count}"
        case .backtestPositives: "candidate pairs that formed a tie after {year}: {count}"
        case .backtestNoPositives:
            """
            No candidate pair formed a tie after {year}: precision, recall and average \
            precision are undefined (—).
            """
        case .backtestNoDates: "{file}: no tie or project has a start year, so there is nothing to backtest."
        case .cliBacktestNeedsUntil: "--backtest needs --until YEAR (the last year of the network it ranks)"
        case .cliBacktestOnly: "{option} is only used with --backtest"
        case .cliBacktestExcludes: "--backtest ranks every candidate pair: it cannot be combined with {option}"
        // MARK: Verb tables and lines (every analysis verb, validate)
        case .infoDensity: "density {value}"
        case .infoSectorLevel: "sector \\ level"
        case .infoTotal: "total"
        case .infoActorsBySectorLevel: "Actors by sector × level"
        case .infoTieKind: "tie kind"
        case .infoTies: "ties"
        case .infoTiesByKind: "Ties by kind"
        case .qualityHeading: "Data quality"
        case .qualityUnspecified:
            """
            {sector} of {actors} actors with unspecified sector ({sectorShare} %), {level} with unspecified \
            level ({levelShare} %)
            """
        case .qualityIsolates:
            .plural(
                one: "1 isolate (an actor in no tie)", other: "{count} isolates (actors in no tie)")
        case .qualityClassifiedBy: "classified by {sources}"
        case .qualityMergedGroups:
            .plural(
                one: "1 actor merged from several IATI identities",
                other: "{count} actors merged from several IATI identities")
        case .qualityImportFiles: "{importer} import of {files}: activities read {activities}, kept {kept}"
        case .qualityImportReview:
            """
            groups of likely duplicates left for review: {candidates}; pseudo-organisation mentions dropped: \
            {pseudo}
            """
        case .qualityImportLeftOut:
            """
            organisations left out at import: reporting organisations {reporting}, by --drop {dropped}
            """
        case .qualityWarningSector:
            """
            {share} % of actors ({count} of {actors}) have an unspecified sector; the results by sector say \
            little about them
            """
        case .qualityWarningLevel:
            """
            {share} % of actors ({count} of {actors}) have an unspecified level; the results by level say \
            little about them
            """
        case .analyzeDirected: "directed"
        case .analyzeUndirected: "undirected"
        case .analyzeWeighted: "weighted"
        case .analyzeUnweighted: "unweighted"
        case .analyzeTitle: "{network} ({mode}) — top {top} of {total} by {measure}"
        case .analyzeRank: "#"
        case .analyzeID: "id"
        case .analyzeName: "name"
        case .analyzeSector: "sector"
        case .analyzeLevel: "level"
        case .analyzeNetwork: "Network"
        case .measureDegree: "degree"
        case .measureInDegree: "in_degree"
        case .measureOutDegree: "out_degree"
        case .measureStrength: "strength"
        case .measureDegreeCentrality: "degree_centrality"
        case .measureBetweenness: "betweenness"
        case .measureCloseness: "closeness"
        case .measureHarmonic: "harmonic"
        case .measureEigenvector: "eigenvector"
        case .measurePageRank: "pagerank"
        case .networkMeasureActors: "actors"
        case .networkMeasureTies: "ties"
        case .networkMeasureDensity: "density"
        case .networkMeasureReciprocity: "reciprocity"
        case .networkMeasureComponents: "components"
        case .networkMeasureLargestComponent: "largest_component"
        case .networkMeasureDegreeCentralization: "degree_centralization"
        case .networkMeasureBetweennessCentralization: "betweenness_centralization"
        case .networkMeasureClosenessCentralization: "closeness_centralization"
        case .networkMeasureAveragePathLength: "average_path_length"
        case .networkMeasureDiameter: "diameter"
        case .networkMeasureGlobalEfficiency: "global_efficiency"
        case .centralityWarningSampled: "path measures estimated from {sources} of {actors} sources (seed {seed})"
        case .centralityWarningEigenvector:
            """
            eigenvector centrality did not converge in {iterations} iterations ({why}); reported as null — use \
            pagerank instead
            """
        case .centralityWhyDirected: "common on acyclic or periodic directed networks"
        case .centralityWhyUndirected:
            """
            the two largest eigenvalues are nearly equal, as when parts of similar strength are joined only by \
            very weak ties, so the scores are barely determined
            """
        case .centralityWarningPageRank: "pagerank did not converge in {iterations} iterations"
        case .tableActor: "actor"
        case .brokersCoordinator: "coordinator"
        case .brokersItinerant: "itinerant"
        case .brokersRepresentative: "representative"
        case .brokersGatekeeper: "gatekeeper"
        case .brokersLiaison: "liaison"
        case .brokersTotal: "total"
        case .brokersZTotal: "z total"
        case .brokersConstraint: "constraint"
        case .brokersEffectiveSize: "effective size"
        case .brokersEfficiency: "efficiency"
        case .brokersTitleBySector: "Brokerage by sector"
        case .brokersTitleByLevel: "Brokerage by level"
        case .communitiesModularity: "Modularity"
        case .communitiesCommunities: "communities"
        case .mixingEIIndex: "E-I index"
        case .mixingAssortativity: "assortativity"
        case .mixingGroup: "group"
        case .mixingInternal: "internal"
        case .mixingExternal: "external"
        case .mixingEI: "E-I"
        case .mixingTiesBetweenGroups: "Ties between groups"
        case .partnersScore: "score"
        case .partnersCapability: "capability"
        case .partnersDiversity: "diversity"
        case .partnersProximity: "proximity"
        case .partnersReasons: "reasons"
        case .partnersNoProvider: "No actor offers {need}."
        case .profileQuality: "quality"
        case .profileIndicator: "indicator"
        case .profileValue: "value"
        case .profileReading: "reading"
        case .projectsProject: "project"
        case .projectsActors: "actors"
        case .projectsSectors: "sectors"
        case .projectsLevels: "levels"
        case .projectsPublic: "public"
        case .projectsMultiActor: "multi-actor"
        case .projectsMultiLevel: "multi-level"
        case .projectsLeadLevel: "lead level"
        case .projectsContributions: "contributions"
        case .projectsAgreement: "agreement"
        // `partners` said "No untied pairs to suggest." and the report "No untied pair…": one wording now.
        case .noUntiedPairToSuggest: "No untied pair to suggest."
        case .networkHasNoProjects: "The network has no projects."
        case .wordYes: "yes"
        case .wordNo: "no"
        case .numberDecimalSeparator: "."
        case .validateValid: "{file}: valid: {actors}, {ties}, {projects}"
        // MARK: Estimated path measures (analyze --epsilon, report on large networks)
        case .centralityWarningEstimatedBetweenness:
            """
            betweenness estimated from {samples} sampled shortest paths (KADABRA, seed {seed}): every value is \
            within {epsilon} of the exact one with probability at least {confidence}
            """
        case .analyzeEstimatedBetweenness:
            """
            Betweenness is an estimate: within ±{epsilon} of the exact value for every actor with probability \
            ≥ {confidence} ({samples} sampled shortest paths, KADABRA, seed {seed}).
            """
        case .reportEstimatedNote:
            """
            With {actors} actors, betweenness is estimated by sampling {samples} shortest paths (KADABRA): \
            every actor's value is within {epsilon} of the exact one with probability at least {confidence}. \
            Closeness is estimated from {sources} of the actors as sources (seed 1), as with `analyze --sample`.
            """
        case .cliOpenUnitInterval: "{option} takes a number strictly between 0 and 1"
        case .cliExactWithEstimate: "--exact cannot be combined with --epsilon or --sample"
        // MARK: Importer (import-iati)
        // `one` was "(1 activities)" before issue 13: the plural is fixed on purpose.
        case .importDescription:
            .plural(
                one: "Partnership network imported from IATI activity data (1 activity).",
                other: "Partnership network imported from IATI activity data ({count} activities).")
        case .importSource:
            """
            IATI activity files: {files}; publishers: {publishers}; generated {date} by actornet \
            import-iati
            """
        case .importSummary:
            """
            import-iati: {activities} activities read, {kept} kept; {organisations} \
            organisations, {ties} ties, {projects} projects
            """
        case .importEmptyRef: "empty ref (keyed by name and country)"
        case .importNoRefOrName: "organisation without ref or name (dropped)"
        case .importPseudoOrganisation: "pseudo-organisation"
        case .importFlowWithoutReceiver: "disbursement or expenditure without receiver (skipped)"
        case .importSelfFlow: "self-flow (dropped)"
        case .importConflictingTypes: "conflicting organisation types (majority used)"
        case .importNameOnly: "name-only organisation"
        case .importNonPositiveFlow: "flow with non-positive total (dropped)"
        case .importPlaceholderRef: "placeholder ref (not an identity)"
        case .importCategoryRef: "CRS channel category code used as ref (not an identity)"
        case .importExamples: "e.g. {examples}"
        case .importQualityUnspecified:
            """
            quality: {sector} of {actors} actors with unspecified sector ({sectorShare} %), {level} with \
            unspecified level ({levelShare} %)
            """
        case .importQualityIdentity:
            """
            quality: {merged} merged groups, {candidates} candidate groups left for review, {pseudo} \
            pseudo-organisations dropped, {isolates} isolates
            """
        case .importQualityClassifiedBy: "quality: classified by {sources}"
        case .importTieNote: .plural(one: "1 shared IATI activity", other: "{count} shared IATI activities")
        case .importTieNoteYears:
            .plural(
                one: "1 shared IATI activity, {years}",
                other: "{count} shared IATI activities, {years}")
        case .importNetworkName: "IATI — {publishers}, {countries}"
        case .importNameMore: "{count} more"
        case .importSecondaryPublisher:
            """
            {name} reports activities but takes part in none of them (a secondary publisher?): leave it out with \
            --exclude-reporting-org
            """
        case .importDropped: "left out: {names}"
        case .importDuplicatesWritten:
            """
            {count} likely duplicates in {groups} groups written to {file}: fill `decision` and pass the file to \
            --aliases
            """
        case .themeEducation: "education"
        case .themeHealth: "health"
        case .themeWaterSanitation: "water and sanitation"
        case .themeGovernance: "governance"
        case .themePeacebuilding: "peacebuilding"
        case .themeSocialProtection: "social protection"
        case .themeEnergy: "energy"
        case .themeFinancialServices: "financial services"
        case .themeEconomicDevelopment: "economic development"
        case .themeAgriculture: "agriculture"
        case .themeEnvironment: "environment"
        case .themeFoodSecurity: "food security"
        case .themeHumanitarianAid: "humanitarian aid"
        // MARK: Validation and input messages (every loader)
        case .diagnosticError: "error"
        case .diagnosticWarning: "warning"
        case .validationUnknownValue: "field `{field}`: unknown {field} `{value}`; accepted: {accepted}"
        case .validationClosest: " (closest: `{closest}`)"
        case .validationDuplicateKeyLanguages:
            """
            field `{field}` is given twice in one {record}, as `{first}` and \
            `{second}`
            """
        case .validationFieldTwice: "field `{field}` appears twice in one {record}"
        case .validationUnknownField: "unknown {record} field `{field}` ignored"
        case .validationDidYouMean: " (did you mean `{suggestion}`?)"
        case .validationEmptyFile: "empty file: expected a network with `actors`"
        case .validationNoActorsNoTies: "the network has no `actors` and no `ties`"
        case .validationNoTieRows: "no ties: the file has a header but no rows"
        case .validationUnknownFileType:
            "unknown file type `.{extension}`; use .yaml, .yml, .json, .csv, .graphml, .gexf or .xlsx"
        case .validationActorsTakesCSV: "--actors takes a CSV file"
        case .csvEncodingAssumed: "not UTF-8 text: read as {encoding}; check the accents, or save it as UTF-8"
        case .csvUnknownColumn: "unknown column `{column}` kept as an attribute"
        case .validationExpectedValue: "field `{field}`: expected a value, found {found}"
        case .validationExpectedList: "field `{field}`: expected a list, found {found}"
        case .validationExpectedBool: "field `{field}`: expected true or false, found `{value}`"
        case .validationExpectedAmount: "field `{field}`: expected a finite number ≥ 0, found `{value}`"
        case .validationExpectedCount: "field `{field}`: expected a whole number ≥ 0, found `{value}`"
        case .validationExpectedCountry:
            """
            field `country`: expected an ISO 3166-1 alpha-2 code such as CL or PE, \
            found `{value}`
            """
        case .validationExpectedDate: "field `{field}`: expected a date YYYY, YYYY-MM or YYYY-MM-DD, found `{value}`"
        case .validationExpectedSDGs: "field `sdgs`: expected whole numbers 1–17"
        case .validationEmptyID: "{record} has an empty `id`"
        case .validationWhatTieField: "tie field `{field}`"
        case .validationWhatProjectLead: "project `{project}` field `lead`"
        case .validationWhatProjectMember: "project `{project}` member"
        case .validationEmptyMember: "project `{project}` has a member with an empty `actor`"
        case .validationDuplicateTie: "duplicate tie `{from}` – `{to}` ({kind})"
        case .validationDuplicateID: "duplicate {record} id `{id}` (first defined at {location})"
        case .validationUnknownActor: "{what} names unknown actor `{id}`"
        case .validationEmptyTieEnd: "tie has an empty `{field}`"
        case .validationUnknownProject: "tie names unknown project `{project}`"
        case .validationSelfLoop: "self-loop on `{id}` dropped"
        case .validationIsolatedActor: "isolated actor `{id}`: no ties"
        case .validationDuplicateTieMerged: "{tie} merged by summing weights, now {weight}"
        case .validationSummedWeightTooLarge:
            """
            {tie}: the summed weight {sum} is above 1e250, the largest weight accepted (strengths and the \
            network's total weight must stay finite)
            """
        case .validationSDGRange: "project `{project}`: SDG {goal} is outside 1–17"
        case .validationNotANumber: "field `{field}`: `{value}` is not a number"
        case .validationNotFinite: "field `{field}`: `{value}` is not finite; weights must be finite numbers > 0"
        case .validationNotPositive: "field `{field}`: `{value}` is not > 0; a weight is the tie's strength"
        case .recordNetwork: "network"
        case .recordActor: "actor"
        case .recordTie: "tie"
        case .recordProject: "project"
        case .recordMember: "member"
        case .recordContributions: "contributions"
        case .recordImport: "import record"
        // MARK: Net-Map attributes (influence tower, stance per goal; every loader)
        case .validationInfluenceRange: "attribute `influence`: `{value}` is not a whole number from 0 to 10"
        case .validationStanceUnknownGoal:
            """
            attribute `{attribute}`: the map has no goal {goal} (it has {count}); goals are numbered from 1; \
            kept as it is
            """
        case .validationStanceValue: "attribute `{attribute}`: `{value}` is not a stance; write +, - or 0 (neutral)"

        // MARK: Spreadsheets (.xlsx reading and writing; column names of every spreadsheet actornet writes)
        case .xlsxNotWorkbook: "not an .xlsx workbook: the file is not a zip archive, or it is truncated"
        case .xlsxLegacyOrEncrypted:
            """
            an Excel 97–2003 (.xls) or password-protected workbook, not an .xlsx: save it in Excel as .xlsx \
            without a password
            """
        case .xlsxNotText: "an .xlsx workbook is read from its file, not from text"
        case .xlsxMissingPart: "the workbook lacks its part `{part}`: it is damaged, or not an Excel workbook"
        case .xlsxDamagedPart: "part `{part}` of the workbook is damaged ({reason})"
        case .xlsxPartTooLarge: "part `{part}` unpacks to more than {limit} bytes, the limit"
        case .xlsxMalformedXML: "malformed XML in part `{part}`, line {line}: {reason}"
        case .xlsxNoSheets: "the workbook has no sheet to read"
        case .xlsxNoSuchSheet: "no sheet named `{sheet}`; the sheets are {sheets}"
        case .xlsxNoTiesSheet:
            """
            which sheet holds the ties? Name it with --sheet, or give it a ties name ({names}…); the sheets are \
            {sheets}
            """
        case .xlsxEmptySheet: "the sheet is empty: expected a header row ({columns}, …)"
        case .xlsxMissingSharedString: "the cell refers to shared string {index}, but the workbook has {count}"
        case .xlsxSheetTooLarge: "the sheet has more than {limit} cells, the limit"
        case .xlsxKumuNeedsXLSX: "--kumu writes an .xlsx workbook: give OUT.xlsx"
        case .xlsxSheetTies: "Ties"
        case .xlsxSheetActors: "Actors"
        case .xlsxSheetProjects: "Projects"
        case .xlsxSheetNetwork: "Network"
        case .columnSource: "source"
        case .columnTarget: "target"
        case .columnWeight: "weight"
        case .columnKind: "kind"
        case .columnDirected: "directed"
        case .columnProject: "project"
        case .columnNote: "note"
        case .columnMoney: "money"
        case .columnCurrency: "currency"
        case .columnWork: "work"
        case .columnInKind: "in_kind"
        case .columnStart: "start"
        case .columnEnd: "end"
        case .columnID: "id"
        case .columnName: "name"
        case .columnSector: "sector"
        case .columnLevel: "level"
        case .columnCountry: "country"
        case .columnTerritory: "territory"
        case .columnRoles: "roles"
        case .columnOffers: "offers"
        case .columnNeeds: "needs"
        case .columnMotivation: "motivation"
        case .columnNotes: "notes"
        case .columnObjective: "objective"
        case .columnArea: "area"
        case .columnLead: "lead"
        case .columnAgreement: "agreement"
        case .columnSDGs: "sdgs"
        case .columnMember: "member"
        case .columnRole: "role"
        case .columnField: "field"
        case .columnValue: "value"
        case .columnDescription: "description"
        case .columnLanguage: "language"
        case .columnDataSource: "source"
        case .columnGoals: "goals"
        // MARK: Kumu and the spreadsheet dialect (Kumu CSV and blueprints, convert --excel)
        case .kumuTypeNotKind:
            "column `{column}`: values that name no tie kind are kept as attribute `type` (kind `other`): {values}"
        case .kumuTypeNotSector:
            """
            column `{column}`: values that name no sector are kept as attribute `type` (sector `unspecified`): \
            {values}
            """
        case .kumuStrengthNotNumber:
            "column `{column}`: values that are not numbers are kept as attribute `strength` (weight 1): {values}"
        case .kumuExpectedDirection: "field `direction`: expected directed, undirected or mutual, found `{value}`"
        case .cliExcelNeedsCSV: "`--excel` writes CSV: give an output file ending in `.csv`"
        // MARK: Time (dates, --at/--from/--to, timeline, the report's timeline)
        case .validationEndBeforeStart: "field `end`: {end} is before the start {start}"
        case .windowIn: "in {window}"
        case .windowFrom: "from {date} on"
        case .windowUntil: "until {date}"
        case .windowHeading:
            """
            Network as it stood {window}: actors {actors} of {allActors}, ties {ties} of {allTies}, projects \
            {projects} of {allProjects}; undated and so always present: actors {undatedActors}, ties {undatedTies}
            """
        case .cliWindowExclusive:
            """
            --at cannot be combined with --from or --to: give one year with --at, or a stretch with --from and --to
            """
        case .cliWindowDate: "{option} needs a year or a date YYYY, YYYY-MM or YYYY-MM-DD, not `{value}`"
        case .cliWindowReversed: "--from {from} is after --to {to}"
        case .cliPeriodsSyntax:
            """
            --periods needs start years in increasing order, separated by commas (2014,2018,2022), not `{value}`
            """
        case .timelineTitle:
            """
            Timeline of the dated ties, {first}–{last} (undated ties left out: {undated})
            """
        case .timelineNoDates: "The network has no dates: no tie or project has a start or an end."
        case .timelinePeriod: "period"
        case .timelineActors: "actors"
        case .timelineTies: "ties"
        case .timelineFormed: "formed"
        case .timelineEnded: "ended"
        case .timelinePartnerships: "partnerships"
        case .timelineStillActive: "still active next"
        case .timelinePersistence: "persistence"
        case .timelineOverall:
            """
            Persistence overall (every period into the next): {persisted} of {partnerships} partnerships, {share}
            """
        case .timelineBySectorPair: "Persistence by sector pair (every period into the next)"
        case .timelineByLevelPair: "Persistence by level pair (every period into the next)"
        case .timelineSectorPair: "sector pair"
        case .timelineLevelPair: "level pair"
        case .reportTimelineHeading: "Partnerships over time"
        case .reportTimelineIntro:
            """
            Ties with dates (their own, else their project's) active in each period, the ties formed and ended in \
            it, and persistence: the share of partnerships (pairs of actors tied) of one period still active in the \
            next — the alliances that outlast a programme or a change of government.
            """
        case .reportTimelineCaption: "Ties active, formed and ended in each period"
        case .timelineReading:
            .plural(
                one: "{persisted} of 1 partnership of {period} was still active in {next} ({share}).",
                other: "{persisted} of {count} partnerships of {period} were still active in {next} ({share}).")
        // MARK: Files and output (Output/, every verb)
        case .outputCannotOpen: "{path}: error: cannot open: {reason}"
        case .outputCannotCreate: "{path}: error: cannot create output: {reason}"
        case .outputCannotWriteIn: "cannot write in {folder}: {reason}"
        case .outputCannotCreateFolder: "cannot create folder {folder}: {reason}"
        case .outputIsAnInput: "it is an input of this command ({input}); choose another output path"
        case .outputStandardOutputFailed: "standard output: error: cannot write: {reason}"
        case .systemDiskFull: "disk full"
        case .systemQuotaExceeded: "disk quota exceeded"
        case .systemNameTooLong: "file name too long (at most 255 bytes per name and 4096 per path)"
        case .systemPermissionDenied: "permission denied"
        case .systemReadOnly: "read-only file system"
        case .systemNoSuchFile: "no such file"
        case .systemNotAFolder: "a part of the path is not a folder"
        case .systemIsADirectory: "is a directory"
        case .systemSymlinkLoop: "too many levels of symbolic links"
        case .systemIOError: "input/output error"
        case .systemFileTooLarge: "file too large for this file system"
        case .systemTooManyFiles: "too many open files"
        case .systemCrossesFileSystems: "crosses file systems"
        case .systemFileBusy: "file busy"
        case .systemIsDevice: "is a device, not a regular file"
        case .systemIsFIFO: "is a FIFO (named pipe), not a regular file"
        case .systemIsSocket: "is a socket, not a regular file"
        case .systemNotRegular: "is not a regular file"
        case .systemErrorNumber: "system error {code}"
        // MARK: CLI messages (options and verbs)
        case .cliUnknownMeasure: "unknown measure `{name}` in --measures; accepted: {accepted}"
        case .cliUnknownSortMeasure: "unknown --sort measure `{name}`; accepted: {accepted}"
        case .cliWeightsSyntax: "--weights takes name=number pairs, e.g. capability=0.6,diversity=0.2,proximity=0.2"
        case .cliUnknownWeight: "unknown weight `{name}`; use capability, diversity, proximity"
        case .cliForNamesNoActor: "error: --for names no actor: `{focus}`"
        case .cliCannotWriteExtension: "cannot write `.{extension}`; use one of {accepted}"
        case .cliCannotTellFormat:
            """
            cannot tell the format from `{output}`: use a .svg, .png, .pdf or .dot name, or \
            --format
            """
        case .cliNote: "note: {text}"
        case .cliWarning: "warning: {text}"
        case .cliUnknownLanguage: "unknown language `{value}`; accepted: {accepted}"
        case .cliWholeNumberAtLeastOne: "{option} takes a whole number ≥ 1"
        case .cliWeightsAllZero: "--weights must not all be 0"
        case .cliError: "error: {text}"
        case .cliUsageError: "Error: {text}"
        case .cliUsage: "Usage:"
        case .cliSeeHelp: "See '{command} --help' for more information."
        case .cliPositiveNumber: "{option} takes a number > 0"
        case .cliWholeNumberAtLeastZero: "{option} takes a whole number ≥ 0"
        case .cliFiniteNumber: "{option} takes a finite number"
        case .cliActorsPairsWithOneFile: "--actors pairs with exactly one ties file"
        case .cliCountryCode: "--country takes a two-letter code such as CO or PE"
        case .cliImportOutputExtension: "-o must end in .yaml, .yml or .json"
        case .cliDuplicatesExtension: "--duplicates must end in .csv"
        case .graphMLNodeWithoutID: "node without an `id`"
        case .graphMLEdgeWithoutEnds: "edge without `source` and `target`"
        case .graphMLDuplicateNode: "duplicate node id `{id}`"
        case .graphMLNotGraphML: "not a GraphML document: no <graphml> element"
        case .gexfNotGEXF: "not a GEXF document: no <gexf> element"
        case .nodeLinkExpectedObject: "each of `{field}` must be a JSON object, found {found}"
        case .cliNodeLinkNeedsJSON: "`--node-link` writes JSON: give an output file ending in `.json`"
        case .inputInvalidUTF16: "invalid UTF-16 text"
        case .aliasUnknownSector: "alias `{alias}`: unknown sector `{value}`"
        case .aliasUnknownLevel: "alias `{alias}`: unknown level `{value}`"
        case .aliasUnknownField: "alias `{alias}`: unknown field `{field}`"
        case .aliasExpectedID: "alias `{alias}`: expected a canonical id"
        case .cliDpiRange: "--dpi takes a whole number from 36 to 1200"
        case .cliLandscapeNeedsPage: "--landscape needs a page: drop it or give --page"
        case .cliPortraitNeedsPage: "--portrait needs a page: drop it or give --page"
        case .cliPortraitOrLandscape: "--portrait and --landscape exclude each other: give one of them"
        case .cliReportFormatContradicts:
            """
            the report format {format} contradicts the output `{output}`, whose extension says {named}: use \
            --format {named} or name the file .{format}
            """
        case .cliMarkdownNeedsFile: "--format md writes diagram files beside the report: give -o a file name"
        case .cliRenderFormatContradicts:
            """
            --format {format} contradicts the output `{output}`, whose extension says {named}: drop --format or \
            name the file .{format}
            """
        case .doctorEverythingRenders: "everything renders"
        case .doctorNotWorking: "not working: {list}"
        case .doctorRepair:
            """
            install or repair Graphviz's library and plugins: sudo apt-get update && sudo apt-get \
            install -y libgraphviz-dev && sudo dot -c
            """
        case .doctorLibrary: "Graphviz library (libgvc) {version}"
        case .doctorLayout: "layout {name} {result}"
        case .doctorFormat: "format {name} {result}"
        case .doctorWorks: "ok ({bytes} bytes)"
        case .doctorFailed: "FAILED: {error}"
        }
    }
}
