import Foundation

/// Everything computed from single-source shortest-path searches, in one pass over the sources:
/// betweenness, closeness, harmonic centrality and the network's path-length statistics.
///
/// - Betweenness (Freeman 1977, doi:10.2307/3033543; algorithm Brandes 2001, doi:10.1080/0022250X.2001.9990249):
///   b(v) = Σ_{s≠v≠t} σ_st(v)/σ_st, normalised as NetworkX does: × 1/((n−1)(n−2)) over ordered pairs (for
///   undirected graphs each pair is counted in both directions, which is the same as × 2/((n−1)(n−2)) per pair).
/// - Closeness (Freeman 1979, doi:10.1016/0378-8733(78)90021-7) with the Wasserman–Faust correction:
///   c(v) = (r/Σ_u d(u,v)) · (r/(n−1)), r = number of actors that reach v; incoming distances when directed.
/// - Harmonic (Marchiori & Latora 2000, doi:10.1016/S0378-4371(00)00311-3): h(v) = Σ_{u≠v} 1/d(u,v), not normalised.
/// - Average path length and diameter within the largest (weakly) connected component, over ordered pairs
///   (s, t) with t reachable from s; global efficiency (Latora & Marchiori 2001, doi:10.1103/PhysRevLett.87.198701)
///   E = Σ_{s≠t} 1/d(s,t) / (n(n−1)) over all pairs.
///
/// With sampled sources (Brandes & Pich 2007, doi:10.1142/S0218127407018403) every sum is scaled by n/k:
/// unbiased for betweenness, harmonic and efficiency; closeness and average path length become ratio estimates
/// and the diameter a lower bound.
///
/// - Complexity: O(n·m) time unweighted, O(n·m log n) weighted (O(k·m…) sampled); O(n) memory per thread.
public struct PathMeasures: Sendable {
    public var betweenness: [Double]?
    public var closeness: [Double]
    public var harmonic: [Double]
    public var averagePathLength: Double
    public var diameter: Double
    public var globalEfficiency: Double
}

/// Per-chunk sums, merged in chunk order.
struct PathSums: Sendable {
    var betweenness: [Double]
    var distanceSum: [Double]
    var reach: [Double]
    var harmonic: [Double]
    var largestComponentDistance = 0.0
    var largestComponentPairs = 0.0
    var diameter = 0.0
    var efficiency = 0.0

    init(count: Int, betweenness: Bool) {
        self.betweenness = betweenness ? [Double](repeating: 0, count: count) : []
        distanceSum = [Double](repeating: 0, count: count)
        reach = [Double](repeating: 0, count: count)
        harmonic = [Double](repeating: 0, count: count)
    }

    mutating func add(_ other: PathSums) {
        func addArrays(_ a: inout [Double], _ b: [Double]) {
            a.withUnsafeMutableBufferPointer { a in
                b.withUnsafeBufferPointer { b in for i in a.indices { a[i] += b[i] } }
            }
        }
        addArrays(&betweenness, other.betweenness)
        addArrays(&distanceSum, other.distanceSum)
        addArrays(&reach, other.reach)
        addArrays(&harmonic, other.harmonic)
        largestComponentDistance += other.largestComponentDistance
        largestComponentPairs += other.largestComponentPairs
        diameter = max(diameter, other.diameter)
        efficiency += other.efficiency
    }
}

extension CompactGraph {
    /// Runs the shortest-path phase from `sources` (all vertices when nil) on `threads` threads.
    /// - Parameters:
    ///   - betweenness: whether to run the dependency accumulation too.
    ///   - progress: called with the fraction of sources done.
    public func pathMeasures(
        betweenness: Bool, sources: [Int32]? = nil, threads: Int,
        largestComponent: [Int32]? = nil,
        progress: (@Sendable (Double) -> Void)? = nil
    ) -> PathMeasures {
        let n = count
        let sourceList = sources ?? (0..<Int32(n)).map { $0 }
        let inLargest = largestComponentMask(largestComponent ?? components().first ?? [])
        // Without betweenness, unweighted distances come 64 sources at a time (`BitParallelSearch`).
        let bitParallel = !betweenness && !isWeighted
        let ranges =
            bitParallel
            ? chunkRanges(count: (sourceList.count + 63) / 64, maximumChunks: 256).map { batches in
                batches.lowerBound * 64..<min(batches.upperBound * 64, sourceList.count)
            }
            : chunkRanges(count: sourceList.count, maximumChunks: 256)
        let chunkProgress: (@Sendable (Int) -> Void)?
        if let progress {
            let chunks = Double(ranges.count)
            chunkProgress = { merged in progress(Double(merged) / chunks) }
        } else {
            chunkProgress = nil
        }
        let total: PathSums
        if bitParallel {
            let search = BitParallelSearch(graph: self)
            total = parallelSums(
                chunks: ranges.count, threads: threads, betweenness: false,
                makeWorkspace: { BitParallelSearch.Workspace(count: n) }, progress: chunkProgress,
                compute: { chunk, workspace in
                    search.sums(sources: sourceList[ranges[chunk]], inLargest: inLargest, workspace: &workspace)
                })
        } else {
            let search = ShortestPathSearch(self)
            total = parallelSums(
                chunks: ranges.count, threads: threads, betweenness: betweenness,
                makeWorkspace: { ShortestPathSearch.Workspace(count: n) }, progress: chunkProgress,
                compute: { chunk, workspace in
                    search.sums(
                        sources: sourceList[ranges[chunk]], inLargest: inLargest, betweenness: betweenness,
                        workspace: &workspace)
                })
        }

        let sampleScale = sources == nil || sourceList.isEmpty ? 1.0 : Double(n) / Double(sourceList.count)
        var result = PathMeasures(
            betweenness: nil, closeness: [], harmonic: [], averagePathLength: 0, diameter: total.diameter,
            globalEfficiency: 0)
        if betweenness {
            let scale = n > 2 ? sampleScale / (Double(n - 1) * Double(n - 2)) : sampleScale
            result.betweenness = total.betweenness.map { $0 * scale }
        }
        result.harmonic = total.harmonic.map { $0 * sampleScale }
        result.closeness = (0..<n).map { v in
            let reach = total.reach[v] * sampleScale, distance = total.distanceSum[v] * sampleScale
            guard distance > 0, n > 1 else { return 0 }
            return (reach / distance) * (reach / Double(n - 1))
        }
        if total.largestComponentPairs > 0 {
            result.averagePathLength = total.largestComponentDistance / total.largestComponentPairs
        }
        if n > 1 { result.globalEfficiency = total.efficiency * sampleScale / (Double(n) * Double(n - 1)) }
        return result
    }

    /// The sums of `compute` over the chunks, on `threads` threads, merged in chunk order.
    private func parallelSums<Workspace>(
        chunks: Int, threads: Int, betweenness: Bool, makeWorkspace: @Sendable () -> Workspace,
        progress: (@Sendable (Int) -> Void)?, compute: @Sendable (Int, inout Workspace) -> PathSums
    ) -> PathSums {
        orderedParallelReduce(
            chunkCount: chunks, threads: threads, initial: PathSums(count: count, betweenness: betweenness),
            makeWorkspace: makeWorkspace, compute: compute,
            merge: { (total: inout PathSums, partial: PathSums) in total.add(partial) }, progress: progress)
    }

    /// Whether each vertex is in `largest` (the largest weakly connected component).
    func largestComponentMask(_ largest: [Int32]) -> [Bool] {
        var mask = [Bool](repeating: false, count: count)
        for v in largest { mask[Int(v)] = true }
        return mask
    }
}

extension ShortestPathSearch {
    /// The sums contributed by `sources`, searched one after another in order.
    func sums(sources: ArraySlice<Int32>, inLargest: [Bool], betweenness: Bool, workspace: inout Workspace) -> PathSums
    {
        var sums = PathSums(count: graph.count, betweenness: betweenness)
        for source in sources {
            let s = Int(source)
            search(from: s, in: &workspace)
            let sourceInLargest = inLargest[s]
            for v in workspace.order {
                let t = Int(v)
                if t == s { continue }
                let d = workspace.distance[t]
                sums.distanceSum[t] += d
                sums.reach[t] += 1
                sums.harmonic[t] += 1 / d
                sums.efficiency += 1 / d
                if sourceInLargest {
                    sums.largestComponentDistance += d
                    sums.largestComponentPairs += 1
                    sums.diameter = max(sums.diameter, d)
                }
            }
            if betweenness { accumulateDependencies(from: s, &workspace, into: &sums.betweenness) }
        }
        return sums
    }
}
