/// Breadth-first searches from up to 64 sources at once, one bit per source (the bit-parallel BFS of Akiba,
/// Iwata & Yoshida 2013, doi:10.1145/2463676.2465315, pushed along out-ties from the active vertices only): the
/// distance sums of closeness, harmonic centrality and the path statistics when betweenness is not wanted, so no
/// path counts and no dependency pass are needed.
///
/// A vertex that receives k new source bits at level d adds k·d to its distance sum, k to its reach and k/d to its
/// harmonic sum: per target the same sums `ShortestPathSearch.sums` makes one source at a time.
///
/// - Complexity: per batch of 64 sources, the ties of each vertex once for every level at which it receives new
///   bits (at most 64, a handful on small-world networks): O(m) per batch in the worst case, O(n·m/64) in all;
///   O(n) words of scratch per thread. Unweighted graphs only.
struct BitParallelSearch {
    let graph: CompactGraph

    struct Workspace {
        var seen: [UInt64]
        var current: [UInt64]
        var next: [UInt64]
        var active: [Int32] = []
        var nextActive: [Int32] = []
        var touched: [Int32] = []

        init(count: Int) {
            seen = [UInt64](repeating: 0, count: count)
            current = seen
            next = seen
        }
    }

    /// The sums contributed by `sources`, in batches of 64 taken in order.
    func sums(sources: ArraySlice<Int32>, inLargest: [Bool], workspace w: inout Workspace) -> PathSums {
        var sums = PathSums(count: graph.count, betweenness: false)
        var start = sources.startIndex
        while start < sources.endIndex {
            let end = min(start + 64, sources.endIndex)
            search(sources[start..<end], inLargest: inLargest, &w, into: &sums)
            start = end
        }
        return sums
    }

    private func search(
        _ batch: ArraySlice<Int32>, inLargest: [Bool], _ w: inout Workspace, into sums: inout PathSums
    ) {
        // The scratch arrays are moved out of `w` for the duration, so that no access to `w` overlaps.
        var seen: [UInt64] = [], current: [UInt64] = [], next: [UInt64] = []
        var active: [Int32] = [], nextActive: [Int32] = [], touched: [Int32] = []
        func exchange() {
            swap(&seen, &w.seen)
            swap(&current, &w.current)
            swap(&next, &w.next)
            swap(&active, &w.active)
            swap(&nextActive, &w.nextActive)
            swap(&touched, &w.touched)
        }
        exchange()
        defer {
            for v in touched { seen[Int(v)] = 0 }
            active.removeAll(keepingCapacity: true)
            touched.removeAll(keepingCapacity: true)
            exchange()
        }
        for (bit, source) in batch.enumerated() {
            let s = Int(source)
            if seen[s] == 0 {
                active.append(source)
                touched.append(source)
            }
            seen[s] |= 1 << UInt64(bit)
            current[s] = seen[s]
        }
        var level = 0.0
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.targets.withUnsafeBufferPointer { targets in
                seen.withUnsafeMutableBufferPointer { seen in
                    next.withUnsafeMutableBufferPointer { next in
                        current.withUnsafeMutableBufferPointer { current in
                            while !active.isEmpty {
                                level += 1
                                nextActive.removeAll(keepingCapacity: true)
                                for u32 in active {
                                    let u = Int(u32)
                                    let frontier = current[u]
                                    for e in Int(offsets[u])..<Int(offsets[u + 1]) {
                                        let v = Int(targets[e])
                                        let new = frontier & ~seen[v]
                                        guard new != 0 else { continue }
                                        if next[v] == 0 { nextActive.append(Int32(v)) }
                                        if seen[v] == 0 { touched.append(Int32(v)) }
                                        next[v] |= new
                                        seen[v] |= new
                                    }
                                }
                                for u in active { current[Int(u)] = 0 }
                                for v32 in nextActive {
                                    let v = Int(v32)
                                    let k = Double(next[v].nonzeroBitCount)
                                    current[v] = next[v]
                                    next[v] = 0
                                    sums.distanceSum[v] += k * level
                                    sums.reach[v] += k
                                    sums.harmonic[v] += k / level
                                    sums.efficiency += k / level
                                    if inLargest[v] {
                                        sums.largestComponentDistance += k * level
                                        sums.largestComponentPairs += k
                                        sums.diameter = max(sums.diameter, level)
                                    }
                                }
                                swap(&active, &nextActive)
                            }
                        }
                    }
                }
            }
        }
    }
}
