import ActorNet
import ActorNetAnalysis
import Foundation

/// One line of the data-quality table: what is counted, the number, its range and what it means for the reader.
public struct DataQualityRow: Sendable, Equatable {
    public var name: String
    public var value: String
    public var range: String
    public var meaning: String
}

extension ReportData {
    /// The data-quality table: unspecified sector and level, isolates (every network), then what the import
    /// recorded (duplicates, pseudo-organisations, merged identities, classification sources) when it did.
    public func dataQualityRows() -> [DataQualityRow] {
        let w = language, quality = dataQuality
        func share(_ count: Int) -> String {
            let percent = quality.actors == 0 ? 0 : 100 * Double(count) / Double(quality.actors)
            return w.text(
                .reportCountOfTotal,
                ["count": count, "total": quality.actors, "share": String(format: "%.0f", percent)])
        }
        let percentRange = IndicatorRange.percent.text(w)
        let countRange = IndicatorRange.atLeastZero.text(w)
        var rows = [
            DataQualityRow(
                name: w.text(.reportQualityUnspecifiedSector), value: share(quality.unspecifiedSector),
                range: percentRange, meaning: w.text(.reportQualityUnspecifiedSectorMeaning)),
            DataQualityRow(
                name: w.text(.reportQualityUnspecifiedLevel), value: share(quality.unspecifiedLevel),
                range: percentRange, meaning: w.text(.reportQualityUnspecifiedLevelMeaning)),
            DataQualityRow(
                name: w.text(.reportQualityIsolates), value: share(quality.isolates), range: percentRange,
                meaning: w.text(.reportQualityIsolatesMeaning)),
        ]
        if let duplicates = quality.importRecord?.candidateGroups {
            rows.append(
                DataQualityRow(
                    name: w.text(.reportQualityDuplicates), value: String(duplicates), range: countRange,
                    meaning: w.text(.reportQualityDuplicatesMeaning)))
        }
        if let dropped = quality.importRecord?.pseudoOrganisationsDropped {
            rows.append(
                DataQualityRow(
                    name: w.text(.reportQualityPseudo), value: String(dropped), range: countRange,
                    meaning: w.text(.reportQualityPseudoMeaning)))
        }
        if let merged = quality.mergedGroups {
            rows.append(
                DataQualityRow(
                    name: w.text(.reportQualityMerged), value: String(merged), range: countRange,
                    meaning: w.text(.reportQualityMergedMeaning)))
        }
        if !quality.classifiedBy.isEmpty {
            rows.append(
                DataQualityRow(
                    name: w.text(.reportQualityClassifiedBy),
                    value: quality.classifiedByInOrder.map { "\($0.source) \($0.actors)" }.joined(separator: ", "),
                    range: "—", meaning: w.text(.reportQualityClassifiedByMeaning)))
        }
        return rows
    }
}
