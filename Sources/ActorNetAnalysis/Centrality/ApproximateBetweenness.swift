import Dispatch
import Foundation
import Synchronization

/// Betweenness estimated with a guarantee: with probability at least 1 − δ, every actor's estimate is within ε of
/// its exact normalised betweenness (the value `pathMeasures` computes).
///
/// KADABRA (Borassi & Natale 2016, doi:10.4230/LIPIcs.ESA.2016.20): draw ordered pairs (s, t), s ≠ t, uniformly,
/// and one uniformly random shortest s–t path for each (`ShortestPathSampler`); X_v = 1 when v is inside the path.
/// E[X_v] = Σ_{s≠v≠t} σ_st(v)/σ_st / (n(n − 1)), which is the NetworkX-normalised b(v) × (n − 2)/n, so sampling
/// runs with ε' = ε(n − 2)/n and the mean is scaled back by n/(n − 2).
///
/// - Upper bound on samples (Riondato & Kornaropoulos 2016, doi:10.1007/s10618-015-0423-0), failing with
///   probability δ/2: ω = (c/ε'²)(⌊log₂(VD − 2)⌋ + 1 + ln(2/δ)), c = 0.5, VD a bound on the number of vertices of
///   a shortest path (`vertexDiameterBound`).
/// - Calibration: τ₀ = min(ω, max(200, ω/100)) samples give rough values b₀; each actor then gets
///   δ_v = exp(−C ε'²/b₀(v)) + βδ/(4n) (β = 0.001) with C the least constant making Σ_v δ_v ≤ δ/4, so that the
///   lower and upper failure probabilities (δ_L = δ_U = δ_v) add up to at most δ/2. These samples are then dropped.
/// - Adaptive phase: fresh samples in batches of 512; after each batch of τ samples in total the run stops when
///   τ ≥ ω or every actor has g(b̃, δ_v, ω, τ) ≤ ε', where, with L = ln(1/δ_v),
///   g = (L/τ)(1/3 + ω/τ + √((1/3 + ω/τ)² + 2b̃ω/L)) (the paper's f, with 1/3 − ω/τ, is never larger).
///
/// Deterministic: sample i draws from its own generator, derived from the seed and i; counts are integers, so the
/// estimate and the stopping point do not depend on the thread count.
///
/// - Complexity: τ samples of one bidirectional search each (see `ShortestPathSampler`), τ ≤ ω; O(n) per stopping
///   check; O(n) memory per thread.
public struct BetweennessEstimate: Sendable, Hashable {
    /// Normalised betweenness estimates, one per actor.
    public var values: [Double]
    public var epsilon: Double
    public var delta: Double
    /// Paths sampled in the adaptive phase (the estimate's τ), and the bound ω that would have stopped it.
    public var samples: Int
    public var sampleBound: Int
    /// The bound on shortest-path vertex counts used for ω.
    public var vertexDiameter: Int
    public var seed: UInt64
}

extension CompactGraph {
    /// KADABRA's estimate of normalised betweenness (see `BetweennessEstimate`).
    /// - Parameter components: the weakly connected components, largest first (`components()`).
    public func approximateBetweenness(
        epsilon: Double, delta: Double, seed: UInt64, threads: Int, components: [[Int32]],
        progress: (@Sendable (Double) -> Void)? = nil
    ) -> BetweennessEstimate {
        let n = count
        let diameter = vertexDiameterBound(components: components)
        var estimate = BetweennessEstimate(
            values: [Double](repeating: 0, count: n), epsilon: epsilon, delta: delta, samples: 0, sampleBound: 0,
            vertexDiameter: diameter, seed: seed)
        // With at most two vertices on every shortest path no actor is ever inside one.
        guard n > 2, diameter > 2 else { return estimate }
        let scaledEpsilon = epsilon * Double(n - 2) / Double(n)
        let logTerm = (Double(diameter - 2)).log2.rounded(.down) + 1 + Foundation.log(2 / delta)
        let omega = (0.5 / (scaledEpsilon * scaledEpsilon) * logTerm).rounded(.up)
        estimate.sampleBound = Int(omega)

        let sampler = BetweennessSampler(graph: self, seed: seed, threads: threads)
        let calibrationCount = Int(min(omega, max(200, omega / 100)))
        let calibration = sampler.counts(samples: 0..<calibrationCount)
        let logInverseDelta = Self.failureLogs(
            calibration.map { Double($0) / Double(calibrationCount) }, epsilon: scaledEpsilon, delta: delta)

        var counts = [Int](repeating: 0, count: n)
        var tau = 0
        let batch = 512
        while true {
            let first = calibrationCount + tau
            sampler.add(samples: first..<first + batch, to: &counts)
            tau += batch
            progress?(min(1, Double(tau) / omega))
            if Double(tau) >= omega
                || Self.allWithin(scaledEpsilon, counts: counts, logs: logInverseDelta, omega: omega, tau: tau)
            {
                break
            }
        }
        estimate.samples = tau
        let scale = Double(n) / (Double(n - 2) * Double(tau))
        estimate.values = counts.map { Double($0) * scale }
        return estimate
    }

    /// ln(1/δ_v) for each actor from the calibration values `rough` (see `BetweennessEstimate`).
    static func failureLogs(_ rough: [Double], epsilon: Double, delta: Double) -> [Double] {
        let balance = 0.001
        let target = delta * (1 - balance) / 4
        let floor = balance * delta / (4 * Double(rough.count))
        func total(_ c: Double) -> Double {
            var sum = 0.0
            for b in rough where b > 0 { sum += exp(-c * epsilon * epsilon / b) }
            return sum
        }
        let largest = rough.max() ?? 0
        var low = 0.0
        var high = largest * Foundation.log(Double(rough.count) / target) / (epsilon * epsilon) + 1
        for _ in 0..<64 where high - low > 1e-9 * high {
            let middle = (low + high) / 2
            if total(middle) > target { low = middle } else { high = middle }
        }
        return rough.map { b in
            let share = b > 0 ? exp(-high * epsilon * epsilon / b) : 0
            return -Foundation.log(share + floor)
        }
    }

    /// Whether every actor's upper deviation bound g is at most `epsilon` after `tau` samples.
    static func allWithin(_ epsilon: Double, counts: [Int], logs: [Double], omega: Double, tau: Int) -> Bool {
        let t = Double(tau)
        let shift = 1.0 / 3 + omega / t
        for v in counts.indices {
            let b = Double(counts[v]) / t
            let l = logs[v]
            let g = l / t * (shift + (shift * shift + 2 * b * omega / l).squareRoot())
            if g > epsilon { return false }
        }
        return true
    }

    /// An upper bound on the number of vertices of any shortest path, for ω.
    ///
    /// Undirected: a search from the best-connected vertex r of each component (any root gives a bound; a hub
    /// gives a small one). For s ≠ t, d(s, t) ≤ d(s, r) + d(r, t) ≤ e₁ + e₂, the two largest distances from r; a
    /// shortest path of that length has at most e₁ + e₂ ties unweighted and (e₁ + e₂)/ℓ_min weighted (every tie
    /// is at least the shortest tie length ℓ_min), so one more vertex, and never more than the component's size.
    /// Directed: the size of the largest weakly connected component (a directed eccentricity bounds nothing across
    /// components of the other direction).
    func vertexDiameterBound(components: [[Int32]]) -> Int {
        guard !isDirected else { return components.first?.count ?? 0 }
        let search = ShortestPathSearch(self)
        var workspace = ShortestPathSearch.Workspace(count: count)
        let shortestTie = isWeighted ? (search.lengths.min() ?? 1) : 1
        var bound = 0
        for component in components where component.count > bound {
            let root = component.max { neighbours(Int($0)).count < neighbours(Int($1)).count } ?? component[0]
            search.search(from: Int(root), in: &workspace)
            let farthest = workspace.order.suffix(2).reduce(0.0) { $0 + workspace.distance[Int($1)] }
            let hops = (farthest / shortestTie * (1 + 1e-9)).rounded(.down)
            bound = max(bound, hops + 1 < Double(component.count) ? Int(hops) + 1 : component.count)
        }
        return bound
    }
}

extension Double {
    fileprivate var log2: Double { Foundation.log2(self) }
}

/// Runs numbered path samples on several threads; sample i always draws the same path.
struct BetweennessSampler: Sendable {
    let sampler: ShortestPathSampler
    let count: Int
    let base: UInt64
    let workers: [Worker]

    /// One thread's scratch and the inner vertices of its paths.
    final class Worker: @unchecked Sendable {
        let workspace: ShortestPathSampler.Workspace
        var inner: [Int32] = []
        init(count: Int) { workspace = ShortestPathSampler.Workspace(count: count) }
    }

    init(graph: CompactGraph, seed: UInt64, threads: Int) {
        sampler = ShortestPathSampler(graph)
        count = graph.count
        var generator = SplitMix64(seed: seed)
        base = generator.next()
        workers = (0..<max(1, threads)).map { _ in Worker(count: graph.count) }
    }

    /// How often each vertex is inside the paths of `samples`.
    func counts(samples: Range<Int>) -> [Int] {
        var counts = [Int](repeating: 0, count: count)
        add(samples: samples, to: &counts)
        return counts
    }

    /// Adds to `counts` how often each vertex is inside the paths of `samples`.
    func add(samples: Range<Int>, to counts: inout [Int]) {
        let chunk = 64
        let chunks = (samples.count + chunk - 1) / chunk
        let next = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: min(workers.count, chunks)) { index in
            let worker = workers[index]
            worker.inner.removeAll(keepingCapacity: true)
            while true {
                let k: Int = next.withLock { value in
                    defer { value += 1 }
                    return value
                }
                guard k < chunks else { break }
                let low = samples.lowerBound + k * chunk
                for i in low..<min(low + chunk, samples.upperBound) { draw(i, worker) }
            }
        }
        for worker in workers.prefix(min(workers.count, chunks)) {
            for v in worker.inner { counts[Int(v)] += 1 }
        }
    }

    private func draw(_ i: Int, _ worker: Worker) {
        var mixer = SplitMix64(seed: base ^ UInt64(i))
        var random = SplitMix64(seed: mixer.next())
        let n = UInt64(count)
        let s = Int(random.next() % n)
        var t = Int(random.next() % (n - 1))
        if t >= s { t += 1 }
        sampler.sample(from: s, to: t, random: &random, workspace: worker.workspace, inner: &worker.inner)
    }
}
