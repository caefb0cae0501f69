/// What the structural baselines read of a pair u, v on the undirected simple view (direction ignored, parallel ties
/// one edge, weights ignored: NetworkX's `Graph`): both degrees and sums over the common neighbours.
public struct PairNeighbourhood: Sendable, Equatable {
    public var degreeU: Int
    public var degreeV: Int
    /// |Γ(u) ∩ Γ(v)|, u and v themselves never counted.
    public var common: Int
    /// Σ over common neighbours z of 1 / ln k(z) (`AdamicAdarIndex.share`).
    public var adamicAdar: Double
    /// Σ over common neighbours z of 1 / k(z) (`ResourceAllocationIndex.share`).
    public var resourceAllocation: Double

    public init(degreeU: Int, degreeV: Int, common: Int, adamicAdar: Double, resourceAllocation: Double) {
        self.degreeU = degreeU
        self.degreeV = degreeV
        self.common = common
        self.adamicAdar = adamicAdar
        self.resourceAllocation = resourceAllocation
    }

    /// The pair u, v of `view`, by merging their sorted neighbour rows: O(k(u) + k(v)).
    public init(_ u: Int, _ v: Int, in view: UndirectedView) {
        var a = view.row(u).lowerBound, b = view.row(v).lowerBound
        let aEnd = view.row(u).upperBound, bEnd = view.row(v).upperBound
        var common = 0, adamicAdar = 0.0, resourceAllocation = 0.0
        while a < aEnd && b < bEnd {
            let x = view.targets[a], y = view.targets[b]
            if x < y {
                a += 1
            } else if y < x {
                b += 1
            } else {
                if Int(x) != u && Int(x) != v {
                    let degree = view.row(Int(x)).count
                    common += 1
                    adamicAdar += AdamicAdarIndex.share(degree: degree)
                    resourceAllocation += ResourceAllocationIndex.share(degree: degree)
                }
                a += 1
                b += 1
            }
        }
        self.init(
            degreeU: view.row(u).count, degreeV: view.row(v).count, common: common, adamicAdar: adamicAdar,
            resourceAllocation: resourceAllocation)
    }
}

/// One actor's neighbourhood sums with every other actor, filled by a two-step walk from it and cleared the same
/// way, so a row costs its two-step neighbourhood (Σ over its neighbours of their degrees), not n. Common neighbours
/// are visited in ascending order (rows are sorted): the sums are the same whichever end is loaded.
public struct NeighbourhoodRow: Sendable {
    public private(set) var loaded: Int?
    public private(set) var isNeighbour: [Bool]
    public private(set) var common: [Int32]
    public private(set) var adamicAdar: [Double]
    public private(set) var resourceAllocation: [Double]
    /// The largest Adamic–Adar index in the row (a bound for its pairs).
    public private(set) var largestAdamicAdar = 0.0

    public init(count: Int) {
        isNeighbour = [Bool](repeating: false, count: count)
        common = [Int32](repeating: 0, count: count)
        adamicAdar = [Double](repeating: 0, count: count)
        resourceAllocation = [Double](repeating: 0, count: count)
    }

    /// Fills the row of `u` (clearing the row loaded before).
    public mutating func load(_ u: Int, _ view: UndirectedView) {
        if let previous = loaded { clear(previous, view) }
        loaded = u
        largestAdamicAdar = 0
        for e in view.row(u) {
            let z = Int(view.targets[e])
            isNeighbour[z] = true
            let degree = view.row(z).count
            let aa = AdamicAdarIndex.share(degree: degree), ra = ResourceAllocationIndex.share(degree: degree)
            for f in view.row(z) where Int(view.targets[f]) != u {
                let v = Int(view.targets[f])
                common[v] += 1
                adamicAdar[v] += aa
                resourceAllocation[v] += ra
                largestAdamicAdar = max(largestAdamicAdar, adamicAdar[v])
            }
        }
    }

    private mutating func clear(_ u: Int, _ view: UndirectedView) {
        for e in view.row(u) {
            let z = Int(view.targets[e])
            isNeighbour[z] = false
            for f in view.row(z) {
                let v = Int(view.targets[f])
                (common[v], adamicAdar[v], resourceAllocation[v]) = (0, 0, 0)
            }
        }
    }

    /// The loaded actor u with `v` (v ≠ u).
    public func pair(_ v: Int, _ view: UndirectedView) -> PairNeighbourhood {
        PairNeighbourhood(
            degreeU: view.row(loaded!).count, degreeV: view.row(v).count, common: Int(common[v]),
            adamicAdar: adamicAdar[v], resourceAllocation: resourceAllocation[v])
    }
}
