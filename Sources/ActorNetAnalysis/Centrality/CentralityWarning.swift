/// Something a reader of the centrality measures must know: data, made a sentence by `description`.
public enum CentralityWarning: Sendable, Hashable {
    /// Path measures were estimated from `sources` of `actors` sources, chosen with `seed`.
    case sampledPaths(sources: Int, actors: Int, seed: UInt64)
    /// Betweenness was estimated by KADABRA from `samples` paths: within `epsilon` with probability ≥ 1 − `delta`.
    case estimatedBetweenness(epsilon: Double, delta: Double, samples: Int, seed: UInt64)
    /// The eigenvector iteration stopped after `iterations` without settling; values are null.
    case eigenvectorDidNotConverge(iterations: Int, directed: Bool)
    /// The PageRank iteration stopped after `iterations` without settling; values are null.
    case pagerankDidNotConverge(iterations: Int)
}
