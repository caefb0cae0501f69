import ActorNet
import ActorNetAnalysis

/// One criterion of the seminar's definition of multi-actor cooperation (Santiago 2018), as `ProjectAssessment`
/// measures it, in the order the report lists them.
public enum CooperationCriterion: String, Sendable, CaseIterable {
    case twoActors = "two-actors"
    case publicActor = "public-actor"
    case twoSectors = "two-sectors"
    case twoLevels = "two-levels"
    /// Some participant's contribution recorded: money, work or in kind.
    case contributions
    case agreement

    public func isMet(by project: ProjectAssessment) -> Bool {
        switch self {
        case .twoActors: project.actors.count >= 2
        case .publicActor: project.hasPublic
        case .twoSectors: project.sectors.count >= 2
        case .twoLevels: project.multiLevel
        case .contributions: !project.contributionTypes.isEmpty
        case .agreement: project.hasAgreement
        }
    }

    /// Whether a project's data (rather than the project) may lack it: a file without contributions or agreements
    /// at all (an IATI import records neither) says nothing of the projects themselves.
    var isRecordedData: Bool { self == .contributions || self == .agreement }

    public var nameKey: CatalogueKey {
        switch self {
        case .twoActors: .reportCriterionTwoActors
        case .publicActor: .reportCriterionPublicActor
        case .twoSectors: .reportCriterionTwoSectors
        case .twoLevels: .reportCriterionTwoLevels
        case .contributions: .reportCriterionContributions
        case .agreement: .reportCriterionAgreement
        }
    }
}

/// How many projects meet the whole definition, and how many miss each criterion.
public struct ProjectSummary: Sendable, Equatable {
    public var projects: Int
    /// Projects that meet every criterion.
    public var meetingAll: Int
    /// Per criterion, in `CooperationCriterion.allCases` order: the projects that miss it.
    public var missing: [CooperationCriterion: Int]
    /// Projects that meet every criterion the file records (all but `unrecorded`): what can be said when the data
    /// lacks contributions or agreements.
    public var meetingRecorded: Int

    public init(_ projects: [ProjectAssessment]) {
        self.projects = projects.count
        meetingAll = projects.filter { p in CooperationCriterion.allCases.allSatisfy { $0.isMet(by: p) } }.count
        var missing: [CooperationCriterion: Int] = [:]
        for criterion in CooperationCriterion.allCases {
            missing[criterion] = projects.filter { !criterion.isMet(by: $0) }.count
        }
        self.missing = missing
        let recorded = CooperationCriterion.allCases.filter { criterion in
            !(criterion.isRecordedData && !projects.isEmpty && missing[criterion] == projects.count)
        }
        meetingRecorded = projects.filter { p in recorded.allSatisfy { $0.isMet(by: p) } }.count
    }

    /// Criteria of recorded data (contributions, agreement) that no project has: worth a word, since the file
    /// may simply not hold them.
    public var unrecorded: [CooperationCriterion] {
        CooperationCriterion.allCases.filter { $0.isRecordedData && projects > 0 && missing[$0] == projects }
    }
}

extension ProjectAssessment {
    /// The criteria of the definition this project misses, in the report's order.
    public var missedCriteria: [CooperationCriterion] {
        CooperationCriterion.allCases.filter { !$0.isMet(by: self) }
    }
}
