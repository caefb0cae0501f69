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
        return DegreeMeasures(degree: degree, inDegree: incoming, outDegree: out, strength: strength,
                              degreeCentrality: count > 1 ? degree.map { Double($0) * scale } : degree.map { _ in 1 })
    }

    /// Share of arcs whose reverse arc exists (NetworkX `reciprocity`); 1 for undirected graphs.
    public var reciprocity: Double {
        guard isDirected else { return 1 }
        guard edgeCount > 0 else { return 0 }
        var reciprocated = 0
        for v in 0..<count {
            for e in neighbours(v) {
                let t = Int(targets[e])
                // Neighbour lists are sorted: binary search for v among t's out-neighbours.
                var low = Int(offsets[t]), high = Int(offsets[t + 1])
                while low < high {
                    let mid = (low + high) / 2
                    if Int(targets[mid]) < v { low = mid + 1 } else { high = mid }
                }
                if low < Int(offsets[t + 1]) && Int(targets[low]) == v { reciprocated += 1 }
            }
        }
        return Double(reciprocated) / Double(edgeCount)
    }
}

/// Freeman (1979) centralization: Σ_v (max c − c_v) divided by the same sum for the star of equal size.
///
/// Star maxima used: degree (raw counts) (n−1)(n−2), or 2(n−1)(n−2) for total degree in directed graphs;
/// normalised betweenness n−1; closeness (n−1)(n−2)/(2n−3). 0 when n < 3.
public enum Centralization {
    public static func freeman(_ values: [Double], starMaximum: Double) -> Double {
        guard let top = values.max(), starMaximum > 0 else { return 0 }
        return values.reduce(0) { $0 + (top - $1) } / starMaximum
    }

    public static func degree(_ degrees: [Int], directed: Bool) -> Double {
        let n = Double(degrees.count)
        return freeman(degrees.map(Double.init), starMaximum: (directed ? 2 : 1) * (n - 1) * (n - 2))
    }

    public static func betweenness(_ values: [Double]) -> Double {
        freeman(values, starMaximum: values.count > 2 ? Double(values.count - 1) : 0)
    }

    public static func closeness(_ values: [Double]) -> Double {
        let n = Double(values.count)
        return freeman(values, starMaximum: values.count > 2 ? (n - 1) * (n - 2) / (2 * n - 3) : 0)
    }
}
