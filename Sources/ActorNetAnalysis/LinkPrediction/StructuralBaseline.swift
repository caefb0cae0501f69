import ActorNet

/// The structural link-prediction baselines a partner suggestion is measured against (`PartnerBacktest`): each
/// scores a pair from the undirected simple view alone, exactly as NetworkX's `networkx.algorithms.link_prediction`
/// (tested against its values). One type per index, with its formula and reference.
public enum StructuralBaseline: String, CaseIterable, Sendable, Hashable {
    case commonNeighbours = "common-neighbours"
    case jaccard
    case adamicAdar = "adamic-adar"
    case resourceAllocation = "resource-allocation"
    case preferentialAttachment = "preferential-attachment"

    /// The index of a pair.
    public func score(_ pair: PairNeighbourhood) -> Double {
        switch self {
        case .commonNeighbours: CommonNeighbours.score(pair)
        case .jaccard: JaccardCoefficient.score(pair)
        case .adamicAdar: AdamicAdarIndex.score(pair)
        case .resourceAllocation: ResourceAllocationIndex.score(pair)
        case .preferentialAttachment: PreferentialAttachment.score(pair)
        }
    }

    /// The index of the pair u, v of `view`: O(k(u) + k(v)).
    public func score(_ u: Int, _ v: Int, in view: UndirectedView) -> Double {
        score(PairNeighbourhood(u, v, in: view))
    }

    /// The baseline's name in tables.
    public var nameKey: CatalogueKey {
        switch self {
        case .commonNeighbours: .baselineCommonNeighbours
        case .jaccard: .baselineJaccard
        case .adamicAdar: .baselineAdamicAdar
        case .resourceAllocation: .baselineResourceAllocation
        case .preferentialAttachment: .baselinePreferentialAttachment
        }
    }
}
