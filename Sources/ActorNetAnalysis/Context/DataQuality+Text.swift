import ActorNet
import Foundation

/// The data-quality facts in words, for `info` and the report; the warning of `mixing` and `brokers`.
extension DataQuality {
    /// One line each: unspecified sector and level, isolates, then (when recorded) classification sources and
    /// merged groups.
    public func lines(_ language: Language) -> [String] {
        func percent(_ grouping: Grouping) -> String { String(format: "%.0f", 100 * unspecifiedShare(grouping)) }
        var lines = [
            language.text(
                .qualityUnspecified,
                [
                    "sector": unspecifiedSector, "sectorShare": percent(.sector),
                    "level": unspecifiedLevel, "levelShare": percent(.level), "actors": actors,
                ]),
            language.count(.qualityIsolates, isolates),
        ]
        if !classifiedBy.isEmpty {
            let sources = classifiedByInOrder.map { "\($0.source) \($0.actors)" }.joined(separator: ", ")
            lines.append(language.text(.qualityClassifiedBy, ["sources": sources]))
        }
        if let mergedGroups { lines.append(language.count(.qualityMergedGroups, mergedGroups)) }
        return lines
    }

    /// The warning for groups by `grouping` when more than 30 % of actors are unspecified in it, else nil.
    public func unspecifiedWarning(_ grouping: Grouping, _ language: Language) -> String? {
        guard warnsUnspecified(grouping) else { return nil }
        let values: KeyValuePairs<String, any CustomStringConvertible> = [
            "share": String(format: "%.0f", 100 * unspecifiedShare(grouping)),
            "count": grouping == .sector ? unspecifiedSector : unspecifiedLevel, "actors": actors,
        ]
        return language.text(grouping == .sector ? .qualityWarningSector : .qualityWarningLevel, values)
    }
}
