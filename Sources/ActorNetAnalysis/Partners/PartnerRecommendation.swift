import ActorNet
import Foundation

/// Complementary-partner suggestions: for actors not yet tied, a score in [0, 1] with reasons.
///
/// score = w_c·capability + w_d·diversity + w_p·proximity, the weights normalised to sum 1
/// (default 0.5, 0.25, 0.25; `--weights capability=…,diversity=…,proximity=…`):
/// - capability: with c_ij the share of i's needs that j offers, (c_ij + c_ji)/4 + min(c_ij, c_ji)/2 — 1 when
///   each covers all the other's needs, 0.25 when one side covers all and gets nothing back (mutual benefit);
/// - diversity: ½·[different sectors] + ½·[different levels] (cross-sector synergy, multi-level reach;
///   `unspecified` never counts as different);
/// - proximity: ½·(Adamic–Adar index over common partners, divided by the largest among candidate pairs) +
///   ½·[the pair sits in different Louvain communities, seed 1] (the tie would span a structural hole).
/// Adamic & Adar (2003), doi:10.1016/S0378-8733(03)00009-1.
public struct PartnerSuggestion: Sendable, Equatable {
    public var a: String
    public var b: String
    public var score: Double
    public var capability: Double
    public var diversity: Double
    public var proximity: Double
    public var reasons: [String]
}

/// An actor that offers a needed capability.
public struct ProviderSuggestion: Sendable, Equatable {
    public var id: String
    public var score: Double
    public var reasons: [String]
}

public struct PartnerWeights: Sendable, Equatable {
    public var capability = 0.5
    public var diversity = 0.25
    public var proximity = 0.25

    public init(capability: Double = 0.5, diversity: Double = 0.25, proximity: Double = 0.25) {
        self.capability = capability
        self.diversity = diversity
        self.proximity = proximity
    }

    var normalised: PartnerWeights {
        let sum = capability + diversity + proximity
        guard sum > 0 else { return PartnerWeights() }
        return PartnerWeights(capability: capability / sum, diversity: diversity / sum, proximity: proximity / sum)
    }
}

public enum PartnerRecommendation {
    public static func suggest(_ network: Network, for focus: String? = nil, includeExisting: Bool = false,
                               weights: PartnerWeights = PartnerWeights(), language: String = "en") -> [PartnerSuggestion] {
        let graph = CompactGraph(network, weighted: false)
        let adjacency = graph.undirectedAdjacency().map { Set($0.map(\.0)) }
        let communities = graph.louvain(seed: 1).membership
        let offers = network.actors.map { Set($0.offers.map(Capability.normalise)) }
        let needs = network.actors.map { Set($0.needs.map(Capability.normalise)) }
        let names = network.actors.map(\.name)
        let w = weights.normalised
        let n = network.actors.count
        let focusIndex = focus.flatMap { network.actorIndex[$0] }

        var pairs: [(Int, Int, Double)] = []  // with Adamic–Adar
        var largestAA = 0.0
        for i in 0..<n {
            for j in (i + 1)..<max(i + 1, n) {
                if let f = focusIndex, i != f && j != f { continue }
                if !includeExisting && adjacency[i].contains(j) { continue }
                let common = adjacency[i].intersection(adjacency[j])
                let aa = common.reduce(0.0) { $0 + 1 / log(Double(max(2, adjacency[$1].count))) }
                largestAA = max(largestAA, aa)
                pairs.append((i, j, aa))
            }
        }
        var result: [PartnerSuggestion] = []
        for (i, j, aa) in pairs {
            let a = network.actors[i], b = network.actors[j]
            var reasons: [String] = []
            let iGets = needs[i].intersection(offers[j]).sorted(), jGets = needs[j].intersection(offers[i]).sorted()
            let cij = needs[i].isEmpty ? 0 : Double(iGets.count) / Double(needs[i].count)
            let cji = needs[j].isEmpty ? 0 : Double(jGets.count) / Double(needs[j].count)
            let capability = (cij + cji) / 4 + min(cij, cji) / 2
            for cap in iGets { reasons.append(Phrase.offers(names[j], cap, names[i], language)) }
            for cap in jGets { reasons.append(Phrase.offers(names[i], cap, names[j], language)) }
            var diversity = 0.0
            if a.sector != b.sector && a.sector != .unspecified && b.sector != .unspecified {
                diversity += 0.5
                reasons.append("\(a.sector.label(language)) ↔ \(b.sector.label(language))")
            }
            if a.level != b.level && a.level != .unspecified && b.level != .unspecified {
                diversity += 0.5
                reasons.append("\(a.level.label(language)) ↔ \(b.level.label(language))")
            }
            let common = adjacency[i].intersection(adjacency[j]).sorted()
            if !common.isEmpty { reasons.append(Phrase.common(common.map { names[$0] }, language)) }
            let bridges = communities[i] != communities[j]
            if bridges { reasons.append(Phrase.bridge(language)) }
            let proximity = 0.5 * (largestAA > 0 ? aa / largestAA : 0) + 0.5 * (bridges ? 1 : 0)
            let score = w.capability * capability + w.diversity * diversity + w.proximity * proximity
            result.append(PartnerSuggestion(a: a.id, b: b.id, score: score, capability: capability,
                                             diversity: diversity, proximity: proximity, reasons: reasons))
        }
        return result.sorted { $0.score != $1.score ? $0.score > $1.score : ($0.a, $0.b) < ($1.a, $1.b) }
    }

    /// Actors offering `need`, best first: paired with `focus` by the pair score when given, otherwise by how
    /// well connected the provider is (degree centrality: a known, reachable source).
    public static func providers(_ network: Network, need: String, for focus: String? = nil,
                                 weights: PartnerWeights = PartnerWeights(), language: String = "en") -> [ProviderSuggestion] {
        let wanted = Capability.normalise(need)
        let offering = network.actors.filter { $0.offers.map(Capability.normalise).contains(wanted) }
        let label = Capability.label(wanted, language: language)
        if let focus {
            let pairs = suggest(network, for: focus, includeExisting: true, weights: weights, language: language)
            return offering.filter { $0.id != focus }.compactMap { actor in
                guard let pair = pairs.first(where: { $0.a == actor.id || $0.b == actor.id }) else { return nil }
                return ProviderSuggestion(id: actor.id, score: pair.score,
                                          reasons: [Phrase.offersOnly(actor.name, label, language)] + pair.reasons)
            }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
        }
        let graph = CompactGraph(network, weighted: false)
        let degree = graph.degreeMeasures()
        let index = network.actorIndex
        return offering.map { actor in
            let i = index[actor.id]!
            return ProviderSuggestion(id: actor.id, score: degree.degreeCentrality[i],
                                      reasons: [Phrase.offersOnly(actor.name, label, language),
                                                Phrase.partners(degree.degree[i], language)])
        }.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
    }
}

/// Reason sentences in English and Spanish.
enum Phrase {
    static func offers(_ giver: String, _ capability: String, _ taker: String, _ language: String) -> String {
        let label = Capability.label(capability, language: language)
        return language.hasPrefix("es") ? "\(giver) ofrece \(label), que \(taker) necesita"
            : "\(giver) offers \(label), which \(taker) needs"
    }

    static func offersOnly(_ giver: String, _ label: String, _ language: String) -> String {
        language.hasPrefix("es") ? "\(giver) ofrece \(label)" : "\(giver) offers \(label)"
    }

    static func common(_ names: [String], _ language: String) -> String {
        let list = names.joined(separator: ", ")
        if language.hasPrefix("es") { return names.count == 1 ? "1 socio en común: \(list)" : "\(names.count) socios en común: \(list)" }
        return names.count == 1 ? "1 common partner: \(list)" : "\(names.count) common partners: \(list)"
    }

    static func bridge(_ language: String) -> String {
        language.hasPrefix("es") ? "uniría dos comunidades distintas de la red" : "would bridge two separate communities"
    }

    static func partners(_ count: Int, _ language: String) -> String {
        language.hasPrefix("es") ? "\(count) socios en la red" : "\(count) partners in the network"
    }
}
