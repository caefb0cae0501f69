import ActorNet

/// The one place centrality warnings become sentences: lookups in the language catalogue (`description` is English,
/// as `analyze` prints them on standard error by default).
extension CentralityWarning: CustomStringConvertible {
    public var description: String { text(.en) }

    public func text(_ language: Language) -> String {
        switch self {
        case .sampledPaths(let sources, let actors, let seed):
            return language.text(.centralityWarningSampled, ["sources": sources, "actors": actors, "seed": seed])
        case .estimatedBetweenness(let epsilon, let delta, let samples, let seed):
            let bound = BetweennessEstimate.bound(epsilon: epsilon, delta: delta, language)
            return language.text(
                .centralityWarningEstimatedBetweenness,
                [
                    "samples": samples, "seed": seed, "epsilon": bound.epsilon,
                    "confidence": bound.confidence,
                ])
        case .eigenvectorDidNotConverge(let iterations, let directed):
            // Directed: no dominant real eigenvalue may exist. Undirected: the shifted iteration converges in
            // theory (the dominant eigenvalue of A/s + I is unique); it runs out of iterations only when the two
            // largest eigenvalues nearly coincide, and the scores are then barely determined.
            let why = language.text(directed ? .centralityWhyDirected : .centralityWhyUndirected)
            return language.text(.centralityWarningEigenvector, ["iterations": iterations, "why": why])
        case .pagerankDidNotConverge(let iterations):
            return language.text(.centralityWarningPageRank, ["iterations": iterations])
        }
    }
}
