import ActorNet

/// The values an indicator can take, shown beside it so a reader can place a number ("0,42" of what?). Ranges
/// from a negative bound use `…` (`−1…1`), which a dash would make hard to read; a no-break space keeps `%` on
/// the line of its number.
public enum IndicatorRange: Sendable, Equatable {
    /// Shares and normalised measures: density, centralisation, betweenness, PageRank, scores, the profile.
    case unit
    /// E-I index, assortativity.
    case signedUnit
    /// Modularity (Newman–Girvan): −½ to 1.
    case modularity
    /// Shares of actors or projects in per cent.
    case percent
    /// Counts and sums without an upper bound worth stating: strength, constraint, brokerage roles.
    case atLeastZero
    /// Whole numbers between two bounds of this network: degree (0 to n − 1), components (1 to n).
    case whole(Int, Int)

    /// The range in `language`'s number format (`−0,5…1` in Spanish).
    public func text(_ language: Language) -> String {
        switch self {
        case .unit: "0–1"
        case .signedUnit: "−1…1"
        case .modularity: "−" + formatted(0.5, digits: 1, language: language) + "…1"
        case .percent: "0–100\u{A0}%"
        case .atLeastZero: "≥ 0"
        case .whole(let low, let high): "\(low)–\(high)"
        }
    }

    /// `name (range)`, as table headings show it.
    public func label(_ name: String, _ language: Language) -> String {
        language.text(.reportWithRange, ["name": name, "range": text(language)])
    }
}
