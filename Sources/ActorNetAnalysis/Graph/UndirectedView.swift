/// The graph with direction ignored, as CSR rows: each actor's distinct neighbours (out and in merged), sorted,
/// with the mutual weight a_uv + a_vu (the edge's weight when the graph is undirected).
///
/// The one undirected view every measure that ignores direction reads: Louvain and modularity, Burt's structural
/// holes, the partner scores' neighbourhoods, the profile's tied pairs. Built once per analysis
/// (`NetworkAnalysis.undirected`); on an undirected graph it shares the graph's arrays.
public struct UndirectedView: Sendable {
    public let count: Int
    public let offsets: [Int32]
    public let targets: [Int32]
    public let weights: [Double]

    public init(_ graph: CompactGraph) {
        count = graph.count
        guard graph.isDirected else {
            (offsets, targets, weights) = (graph.offsets, graph.targets, graph.weights)
            return
        }
        var rowOffsets = [Int32](repeating: 0, count: graph.count + 1)
        var rowTargets: [Int32] = [], rowWeights: [Double] = []
        rowTargets.reserveCapacity(graph.targets.count + graph.inTargets.count)
        rowWeights.reserveCapacity(graph.targets.count + graph.inTargets.count)
        for v in 0..<graph.count {
            // Out- and in-rows are each sorted: merge them, summing an arc's weight with its reverse.
            var a = Int(graph.offsets[v]), b = Int(graph.inOffsets[v])
            let aEnd = Int(graph.offsets[v + 1]), bEnd = Int(graph.inOffsets[v + 1])
            while a < aEnd || b < bEnd {
                if b >= bEnd || (a < aEnd && graph.targets[a] < graph.inTargets[b]) {
                    rowTargets.append(graph.targets[a]); rowWeights.append(graph.weights[a]); a += 1
                } else if a >= aEnd || graph.inTargets[b] < graph.targets[a] {
                    rowTargets.append(graph.inTargets[b]); rowWeights.append(graph.inWeights[b]); b += 1
                } else {
                    rowTargets.append(graph.targets[a]); rowWeights.append(graph.weights[a] + graph.inWeights[b])
                    a += 1; b += 1
                }
            }
            rowOffsets[v + 1] = Int32(rowTargets.count)
        }
        (offsets, targets, weights) = (rowOffsets, rowTargets, rowWeights)
    }

    /// Neighbours of `v`: `targets[row(v)]`, weights `weights[row(v)]`.
    @inline(__always) public func row(_ v: Int) -> Range<Int> { Int(offsets[v])..<Int(offsets[v + 1]) }

    /// The mutual weight between `u` and `v`, 0 when they are not tied.
    @inline(__always) public func weight(_ u: Int, _ v: Int) -> Double {
        ArcLookup.position(of: Int32(v), in: targets, row(u)).map { weights[$0] } ?? 0
    }

    /// Each tied pair once, (smaller, larger), in row order.
    public var pairs: [(Int, Int)] {
        var result: [(Int, Int)] = []
        for v in 0..<count { for e in row(v) where Int(targets[e]) > v { result.append((v, Int(targets[e]))) } }
        return result
    }
}

/// The one arc lookup: neighbour rows are sorted, so whether (and where) a row holds a vertex is a binary search.
enum ArcLookup {
    /// The index in `targets` of `vertex` within `row`, nil when the row does not hold it.
    @inline(__always) static func position(of vertex: Int32, in targets: [Int32], _ row: Range<Int>) -> Int? {
        var low = row.lowerBound, high = row.upperBound
        while low < high {
            let mid = (low + high) / 2
            if targets[mid] < vertex { low = mid + 1 } else { high = mid }
        }
        return low < row.upperBound && targets[low] == vertex ? low : nil
    }
}

extension CompactGraph {
    /// Whether the arc a → c exists (the edge a–c when undirected).
    @inline(__always) public func hasArc(_ a: Int, _ c: Int) -> Bool {
        ArcLookup.position(of: Int32(c), in: targets, neighbours(a)) != nil
    }
}
