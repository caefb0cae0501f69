/// Degree-based measures (Freeman 1979, doi:10.1016/0378-8733(78)90021-7).
///
/// degree = number of neighbours (directed: in-degree + out-degree, as NetworkX's `DiGraph.degree`);
/// strength = sum of tie weights (in + out when directed); degree centrality = degree / (n − 1).
///
/// - Complexity: O(n + m).
public struct DegreeMeasures: Sendable, Equatable {
    public var degree: [Int]
    public var inDegree: [Int]
    public var outDegree: [Int]
    public var strength: [Double]
    public var degreeCentrality: [Double]
}

extension CompactGraph {
    public func degreeMeasures() -> DegreeMeasures {
        let out = (0..<count).map { neighbours($0).count }
        let incoming = isDirected ? (0..<count).map { inNeighbours($0).count } : out
        let degree = isDirected ? zip(out, incoming).map(+) : out
        let strength = (0..<count).map { v -> Double in
            let outgoing = neighbours(v).reduce(0.0) { $0 + weights[$1] }
            return isDirected ? outgoing + inNeighbours(v).reduce(0.0) { $0 + inWeights[$1] } : outgoing
        }
        let scale = count > 1 ? 1 / Double(count - 1) : 1
        return DegreeMeasures(
            degree: degree, inDegree: incoming, outDegree: out, strength: strength,
            degreeCentrality: count > 1 ? degree.map { Double($0) * scale } : degree.map { _ in 1 })
    }

    /// Share of arcs whose reverse arc exists (NetworkX `reciprocity`); 1 for undirected graphs.
    public var reciprocity: Double {
        guard isDirected else { return 1 }
        guard edgeCount > 0 else { return 0 }
        var reciprocated = 0
        for v in 0..<count {
            for e in neighbours(v) {
                if hasArc(Int(targets[e]), v) { reciprocated += 1 }
            }
        }
        return Double(reciprocated) / Double(edgeCount)
    }
}
