import Foundation

/// The outcome of a power iteration: the vector, or nil with the iterations spent when it did not converge.
public struct PowerIterationResult: Sendable {
    public var values: [Double]?
    public var iterations: Int
}

/// Shared power-iteration loop: `step` maps x to the next vector; stops when Σ|x_new − x| < n · tolerance
/// (NetworkX's stopping rule, with tolerance 1e-12 by default instead of its 1e-6).
private func powerIterate(
    start: [Double], tolerance: Double, maximumIterations: Int,
    step: ([Double]) -> [Double]
) -> PowerIterationResult {
    var x = start
    let n = Double(start.count)
    for iteration in 1...max(1, maximumIterations) {
        let next = step(x)
        var change = 0.0
        for i in x.indices { change += abs(next[i] - x[i]) }
        x = next
        if change < n * tolerance { return PowerIterationResult(values: x, iterations: iteration) }
    }
    return PowerIterationResult(values: nil, iterations: maximumIterations)
}

extension CompactGraph {
    /// Eigenvector centrality (Bonacich 1972, doi:10.1080/0022250X.1972.9989806): x_v ∝ Σ_{u→v} w_uv x_u, the
    /// principal eigenvector of Aᵀ, scaled to unit Euclidean norm.
    ///
    /// Iterates on A/s + I from the uniform vector, s = `weightScale` (1 on unweighted graphs, where this is
    /// exactly NetworkX's A + I): the shift keeps the spectrum's dominant value unique on bipartite (two-mode)
    /// networks, where plain power iteration oscillates. Dividing by s makes the iteration independent of the
    /// weights' unit: with A + I, weights of 1e-6 made the shift dominate (the iteration crawled and gave up), weights
    /// of 1e-13 made A vanish next to I (every actor 1/√n at once), and weights of 1e154 overflowed the norm.
    /// On an undirected graph the largest weight is at most the spectral radius, so the shift never dominates.
    /// Directed graphs use in-ties. Returns nil values when it does not converge (typical of acyclic directed
    /// graphs; on undirected graphs only when the two largest eigenvalues nearly coincide).
    ///
    /// - Complexity: O(m) per iteration.
    public func eigenvector(tolerance: Double = 1e-12, maximumIterations: Int = 10_000, threads: Int = 1)
        -> PowerIterationResult
    {
        guard count > 0 else { return PowerIterationResult(values: [], iterations: 0) }
        let scale = weightScale
        let scaled = scale == 1 ? inWeights : inWeights.map { $0 / scale }  // all ties c: exactly 1, as unweighted
        return powerIterate(
            start: [Double](repeating: 1 / Double(count), count: count), tolerance: tolerance,
            maximumIterations: maximumIterations
        ) { x in
            var next = pull(x, weights: scaled, threads: threads) { v, incoming in x[v] + incoming }
            let norm = sqrt(next.reduce(0) { $0 + $1 * $1 })
            if norm > 0 { for i in next.indices { next[i] /= norm } }
            return next
        }
    }

    /// PageRank (Brin & Page 1998, doi:10.1016/S0169-7552(98)00110-X) with damping α, uniform teleport and the
    /// mass of dangling actors (no out-ties) spread uniformly; undirected ties count in both directions; sums to 1.
    ///
    /// - Complexity: O(m) per iteration.
    public func pagerank(
        alpha: Double = 0.85, tolerance: Double = 1e-12, maximumIterations: Int = 10_000,
        threads: Int = 1
    ) -> PowerIterationResult {
        guard count > 0 else { return PowerIterationResult(values: [], iterations: 0) }
        let n = Double(count)
        let outStrength = (0..<count).map { v in neighbours(v).reduce(0.0) { $0 + weights[$1] } }
        return powerIterate(
            start: [Double](repeating: 1 / n, count: count), tolerance: tolerance,
            maximumIterations: maximumIterations
        ) { x in
            var dangling = 0.0
            var share = [Double](repeating: 0, count: count)
            for v in 0..<count {
                if outStrength[v] > 0 { share[v] = x[v] / outStrength[v] } else { dangling += x[v] }
            }
            let base = (alpha * dangling + (1 - alpha)) / n
            return pull(share, weights: inWeights, threads: threads) { _, incoming in alpha * incoming + base }
        }
    }

    /// For every vertex v, `combine(v, Σ_{u→v} w_uv · x_u)`, summed over in-ties in CSR order (deterministic);
    /// `weights` in the order of `inWeights`.
    private func pull(
        _ x: [Double], weights inWeights: [Double], threads: Int,
        combine: @Sendable (Int, Double) -> Double
    ) -> [Double] {
        var result = [Double](repeating: 0, count: count)
        let graph = self
        result.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            parallelBlocks(count: count, threads: threads) { block in
                graph.inOffsets.withUnsafeBufferPointer { offsets in
                    graph.inTargets.withUnsafeBufferPointer { sources in
                        inWeights.withUnsafeBufferPointer { weights in
                            x.withUnsafeBufferPointer { x in
                                for v in block {
                                    var sum = 0.0
                                    for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                                        sum += weights[e] * x[Int(sources[e])]
                                    }
                                    out[v] = combine(v, sum)
                                }
                            }
                        }
                    }
                }
            }
        }
        return result
    }
}
