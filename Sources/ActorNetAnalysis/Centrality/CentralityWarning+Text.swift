/// The one place centrality warnings become sentences (English, as `analyze` prints them on standard error).
extension CentralityWarning: CustomStringConvertible {
    public var description: String {
        switch self {
        case .sampledPaths(let sources, let actors, let seed):
            return "path measures estimated from \(sources) of \(actors) sources (seed \(seed))"
        case .eigenvectorDidNotConverge(let iterations, let directed):
            return "eigenvector centrality did not converge in \(iterations) iterations "
                + "(\(directed ? Self.directedNonConvergence : Self.undirectedNonConvergence)); "
                + "reported as null — use pagerank instead"
        case .pagerankDidNotConverge(let iterations):
            return "pagerank did not converge in \(iterations) iterations"
        }
    }

    /// Why a directed network's eigenvector iteration may not settle: no dominant real eigenvalue.
    static let directedNonConvergence = "common on acyclic or periodic directed networks"
    /// On an undirected network the shifted iteration always converges in theory (the dominant eigenvalue of
    /// A/s + I is unique); it runs out of iterations only when the two largest eigenvalues nearly coincide, as when
    /// parts of similar strength are joined by very weak ties, and the scores are then barely determined.
    static let undirectedNonConvergence = "the two largest eigenvalues are nearly equal, as when parts of similar "
        + "strength are joined only by very weak ties, so the scores are barely determined"
}
