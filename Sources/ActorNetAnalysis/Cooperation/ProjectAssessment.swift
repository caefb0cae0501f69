import ActorNet

/// A project checked against the seminar's definition of multi-actor cooperation (Santiago 2018): two or more
/// actors, at least one public; two or more sectors; several territorial levels; contributions in money, work
/// and in kind; an institutional agreement.
public struct ProjectAssessment: Sendable, Equatable {
    public var id: String
    public var name: String
    /// Participants (lead and members), each once.
    public var actors: [String]
    public var sectors: [Sector]
    public var levels: [Level]
    public var hasPublic: Bool
    /// ≥ 2 actors, ≥ 1 public, ≥ 2 sectors.
    public var multiActor: Bool
    /// ≥ 2 territorial levels.
    public var multiLevel: Bool
    public var leadLevel: Level?
    /// Of `money`, `work`, `in_kind`, those some member contributes.
    public var contributionTypes: [String]
    public var hasAgreement: Bool
    /// Members contributing anything.
    public var contributors: Int
    /// Members contributing money.
    public var moneyContributors: Int
}

public enum ProjectAssessor {
    public static func assess(_ network: Network) -> [ProjectAssessment] {
        let actors = Dictionary(network.actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return network.projects.map { project in
            let participants = project.participants
            let known = participants.compactMap { actors[$0] }
            let sectors = Sector.allCases.filter { s in s != .unspecified && known.contains { $0.sector == s } }
            let levels = Level.allCases.filter { l in l != .unspecified && known.contains { $0.level == l } }
            let hasPublic = known.contains { $0.sector == .public }
            var types: [String] = []
            let contributions = project.members.compactMap(\.contributions)
            if contributions.contains(where: { $0.money != nil }) { types.append("money") }
            if contributions.contains(where: { $0.work != nil }) { types.append("work") }
            if contributions.contains(where: { $0.inKind != nil }) { types.append("in_kind") }
            let agreement = project.agreement?.trimmingCharacters(in: .whitespaces) ?? ""
            return ProjectAssessment(
                id: project.id, name: project.name, actors: participants, sectors: sectors, levels: levels,
                hasPublic: hasPublic, multiActor: participants.count >= 2 && hasPublic && sectors.count >= 2,
                multiLevel: levels.count >= 2, leadLevel: project.lead.flatMap { actors[$0]?.level },
                contributionTypes: types,
                hasAgreement: !agreement.isEmpty && !["none", "ninguno", "ninguna", "no"].contains(foldKey(agreement)),
                contributors: contributions.filter { !$0.isEmpty }.count,
                moneyContributors: contributions.filter { $0.money != nil && $0.money! > 0 }.count)
        }
    }
}
