/// The seminar's five qualities of good multi-actor cooperation.
public enum Quality: String, Sendable, CaseIterable, Hashable {
    case horizontality
    case mutualBenefit = "mutual-benefit"
    case recipientLeadership = "recipient-leadership"
    case effectivenessEfficiency = "effectiveness-efficiency"
    case mutualResponsibility = "mutual-responsibility"
}

/// The ten indicators, two per quality, in profile order; the raw value is the indicator's (English) name.
public enum QualityIndicatorKind: String, Sendable, CaseIterable, Hashable {
    case evenTies = "1 − degree centralization"
    case leadershipRotation = "leadership rotation"
    case reciprocity
    case mutualNeedCoverage = "mutual need coverage"
    case projectsLedLocally = "projects led locally"
    case localShareOfCentrality = "local share of centrality"
    case globalEfficiency = "global efficiency"
    case meanBurtEfficiency = "mean Burt efficiency"
    case sharedContributions = "shared contributions"
    case contributionDiversity = "contribution diversity"

    public var quality: Quality {
        switch self {
        case .evenTies, .leadershipRotation: .horizontality
        case .reciprocity, .mutualNeedCoverage: .mutualBenefit
        case .projectsLedLocally, .localShareOfCentrality: .recipientLeadership
        case .globalEfficiency, .meanBurtEfficiency: .effectivenessEfficiency
        case .sharedContributions, .contributionDiversity: .mutualResponsibility
        }
    }
}

/// What an indicator's value means here, or why there is none: data, made a sentence by `text(_:)`.
public enum QualityReading: Sendable, Hashable {
    /// The indicator's value, read as usual; `percent` for the even-ties reading ("Here 75%").
    case measured(QualityIndicatorKind, percent: Int? = nil)
    /// `mutual` of `described` tied pairs each offer something the other needs.
    case mutualNeeds(mutual: Int, described: Int)
    /// Global efficiency, estimated from `sources` of `actors` seeded sources when not nil.
    case efficiency(estimatedFrom: Int?, of: Int)
    /// The data cannot support the indicator (or it does not apply): the reason depends on the indicator.
    case missing(QualityIndicatorKind)

    /// Whether the value is missing for lack of data.
    public var isMissing: Bool { if case .missing = self { true } else { false } }
}

/// One indicator of a quality of good cooperation (docs/measures/cooperation-quality.md).
public struct QualityIndicator: Sendable, Equatable {
    public var kind: QualityIndicatorKind
    /// nil when the data cannot support it; `reading` then says why.
    public var value: Double?
    public var reading: QualityReading

    public var quality: Quality { kind.quality }
    /// The indicator's name (English, as in the JSON).
    public var name: String { kind.rawValue }
    /// Every indicator is a share or a normalised measure.
    public var range: String { "0–1" }
}
