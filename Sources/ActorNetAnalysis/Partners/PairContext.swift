import ActorNet
import Foundation

/// What scoring a pair needs, as flat arrays: the undirected view, the run's Louvain communities, capabilities
/// interned as sorted integer lists, sector and level codes, and the names' order in the reader's language.
struct PairContext {
    let network: Network
    let view: UndirectedView
    let communities: [Int]
    let offers: [[Int32]]
    let needs: [[Int32]]
    let capabilityNames: [String]
    /// Whether an actor has any offer or need (else every pair with it has capability 0).
    let hasCapabilities: [Bool]
    /// Partners per actor on the undirected view, and the product of the two largest: preferential attachment
    /// k(i)·k(j) divided by it is in [0, 1].
    let degree: [Int]
    let attachmentScale: Double
    let largestDegree: Int
    /// Sector and level per actor as small numbers, -1 for `unspecified` (read per pair: no `Actor` copies).
    let sectorCode: [Int8]
    let levelCode: [Int8]
    /// Names compared in the reader's collation, only for pairs equal in everything else.
    let names: ActorNameOrder

    init(_ analysis: NetworkAnalysis, collation: Language) {
        let network = analysis.network
        self.network = network
        view = analysis.undirected
        communities = analysis.communities.membership
        var index: [String: Int32] = [:], names: [String] = []
        func interned(_ list: [String]) -> [Int32] {
            Set(list.map(Capability.normalise)).map { name in
                if let known = index[name] { return known }
                index[name] = Int32(names.count)
                names.append(name)
                return Int32(names.count - 1)
            }.sorted()
        }
        let offerLists = network.actors.map { interned($0.offers) },
            needLists = network.actors.map { interned($0.needs) }
        offers = offerLists
        needs = needLists
        capabilityNames = names
        hasCapabilities = network.actors.indices.map { !offerLists[$0].isEmpty || !needLists[$0].isEmpty }
        let undirected = view
        let degrees = (0..<undirected.count).map { undirected.row($0).count }
        let largestTwo = degrees.sorted(by: >).prefix(2)
        degree = degrees
        largestDegree = largestTwo.first ?? 0
        attachmentScale = largestTwo.count == 2 ? Double(largestTwo.first! * largestTwo.last!) : 0
        sectorCode = network.actors.map {
            $0.sector == .unspecified ? -1 : Int8(Sector.allCases.firstIndex(of: $0.sector)!)
        }
        levelCode = network.actors.map {
            $0.level == .unspecified ? -1 : Int8(Level.allCases.firstIndex(of: $0.level)!)
        }
        self.names = ActorNameOrder(network, collation: collation)
    }

    /// The pair i < j scored, its Adamic–Adar index `aa`, the largest among candidate pairs `largest`; its
    /// distance is left unknown (`ScoredPair.unknownDistance`) until a tie in the ranking needs it.
    func scored(_ i: Int, _ j: Int, adamicAdar aa: Double, largest: Double, _ w: PartnerWeights) -> ScoredPair {
        let (capability, needsMet) = self.capability(i, j)
        let diversity = self.diversity(i, j)
        let proximity = 0.5 * (largest > 0 ? aa / largest : 0) + 0.5 * attachment(i, j)
        let score = w.capability * capability + w.diversity * diversity + w.proximity * proximity
        return ScoredPair(
            i: i, j: j, score: score, capability: capability, diversity: diversity, proximity: proximity,
            needsMet: Int32(needsMet), distance: ScoredPair.unknownDistance)
    }

    /// Capabilities in `needs[taker]` that `giver` offers, in interned order.
    func covered(_ taker: Int, by giver: Int) -> [Int32] {
        guard !needs[taker].isEmpty, !offers[giver].isEmpty else { return [] }
        return needs[taker].filter { offers[giver].contains($0) }
    }

    /// (c_ij + c_ji)/4 + min(c_ij, c_ji)/2, c_ij the share of i's needs that j offers; and how many needs the two
    /// meet for each other (the ranking's first tie-break).
    func capability(_ i: Int, _ j: Int) -> (value: Double, needsMet: Int) {
        if needs[i].isEmpty && needs[j].isEmpty { return (0, 0) }
        let iGets = covered(i, by: j).count, jGets = covered(j, by: i).count
        let cij = needs[i].isEmpty ? 0 : Double(iGets) / Double(needs[i].count)
        let cji = needs[j].isEmpty ? 0 : Double(jGets) / Double(needs[j].count)
        return ((cij + cji) / 4 + min(cij, cji) / 2, iGets + jGets)
    }

    /// ½·[different sectors] + ½·[different levels], `unspecified` never counting as different.
    func diversity(_ i: Int, _ j: Int) -> Double {
        var value = 0.0
        if sectorCode[i] != sectorCode[j] && sectorCode[i] >= 0 && sectorCode[j] >= 0 { value += 0.5 }
        if levelCode[i] != levelCode[j] && levelCode[i] >= 0 && levelCode[j] >= 0 { value += 0.5 }
        return value
    }

    func bridges(_ i: Int, _ j: Int) -> Bool { communities[i] != communities[j] }

    /// Preferential attachment k(i)·k(j) over the product of the two largest degrees (`PreferentialAttachment`).
    func attachment(_ i: Int, _ j: Int) -> Double {
        attachmentScale > 0 ? Double(degree[i]) * Double(degree[j]) / attachmentScale : 0
    }

    /// The highest score any pair of row `i` can reach, its Adamic–Adar values being at most `rowLargest`: each
    /// part at its maximum (capability 1 only if `i` has offers or needs; diversity ½ per specified attribute;
    /// attachment with the best-connected actor).
    func rowBound(_ i: Int, rowLargest: Double, largest: Double, _ w: PartnerWeights) -> Double {
        let diversity = (sectorCode[i] >= 0 ? 0.5 : 0) + (levelCode[i] >= 0 ? 0.5 : 0)
        let rowAttachment = attachmentScale > 0 ? min(1, Double(degree[i] * largestDegree) / attachmentScale) : 0
        let proximity = 0.5 * (largest > 0 ? rowLargest / largest : 0) + 0.5 * rowAttachment
        return w.capability * (hasCapabilities[i] ? 1 : 0) + w.diversity * diversity + w.proximity * proximity
    }

    /// The suggestion with its reasons (written only for the pairs kept).
    func suggestion(_ pair: ScoredPair) -> PartnerSuggestion {
        let i = pair.i, j = pair.j
        let a = network.actors[i], b = network.actors[j]
        var reasons: [PartnerReason] = []
        let iGets = covered(i, by: j).map { capabilityNames[Int($0)] }.sorted()
        let jGets = covered(j, by: i).map { capabilityNames[Int($0)] }.sorted()
        for cap in iGets { reasons.append(.offers(giver: b.name, capability: cap, taker: a.name)) }
        for cap in jGets { reasons.append(.offers(giver: a.name, capability: cap, taker: b.name)) }
        if a.sector != b.sector && a.sector != .unspecified && b.sector != .unspecified {
            reasons.append(.sectors(a.sector, b.sector))
        }
        if a.level != b.level && a.level != .unspecified && b.level != .unspecified {
            reasons.append(.levels(a.level, b.level))
        }
        let common = Set(view.row(i).map { view.targets[$0] }).intersection(view.row(j).map { view.targets[$0] })
            .sorted()
        if !common.isEmpty { reasons.append(.commonPartners(common.map { network.actors[Int($0)].name })) }
        if bridges(i, j) { reasons.append(.bridgesCommunities) }
        return PartnerSuggestion(
            a: a.id, b: b.id, score: pair.score, capability: pair.capability,
            diversity: pair.diversity, proximity: pair.proximity, reasons: reasons)
    }
}
