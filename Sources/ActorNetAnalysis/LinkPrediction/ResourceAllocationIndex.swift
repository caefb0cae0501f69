/// The resource-allocation index: RA(u, v) = Σ_{z ∈ Γ(u) ∩ Γ(v)} 1 / k(z), the share of a unit of resource u sends
/// to v through their common partners, each splitting what it receives evenly among its k(z) partners. It punishes
/// hubs harder than Adamic–Adar.
///
/// NetworkX: `resource_allocation_index`. O(k(u) + k(v)) per pair. T. Zhou, L. Lü & Y.-C. Zhang, "Predicting missing
/// links via local information", Eur. Phys. J. B 71 (2009) 623–630, doi:10.1140/epjb/e2009-00335-8.
public enum ResourceAllocationIndex {
    public static func score(_ pair: PairNeighbourhood) -> Double { pair.resourceAllocation }

    /// A common neighbour's part, 1 / k (k ≥ 1).
    public static func share(degree: Int) -> Double { 1 / Double(max(1, degree)) }
}
