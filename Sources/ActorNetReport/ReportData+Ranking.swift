import ActorNet
import ActorNetAnalysis
import Foundation

/// Who the report names first. Each order is stated in the report's text, and none falls back on the order of the
/// file: equal values are decided by strength, then by name.
extension ReportData {
    /// The key-actor ranking, best first: degree (number of partners), then strength (sum of tie weights), then
    /// name (ignoring case and accents), then id. Actors in no tie are not ranked.
    public func keyActorRanking() -> [Int] {
        network.actors.indices.filter { (centrality.value(.degree, $0) ?? 0) > 0 }.sorted(by: keyActorOrder)
    }

    /// The first `top` of `keyActorRanking()`: the key-actor table.
    public func keyActors() -> [Int] { Array(keyActorRanking().prefix(top)) }

    /// Whether actor `a` comes before actor `b` among the key actors.
    func keyActorOrder(_ a: Int, _ b: Int) -> Bool {
        for measure in [ActorMeasure.degree, .strength] {
            let x = centrality.value(measure, a) ?? 0, y = centrality.value(measure, b) ?? 0
            if x != y { return x > y }
        }
        return nameOrder(a, b)
    }

    /// Name ignoring case and accents ("Ángeles" beside "Andes"), then the name as written, then the id.
    func nameOrder(_ a: Int, _ b: Int) -> Bool {
        let x = network.actors[a], y = network.actors[b]
        let foldedX = x.name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let foldedY = y.name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        if foldedX != foldedY { return foldedX < foldedY }
        if x.name != y.name { return x.name < y.name }
        return x.id < y.id
    }

    /// Actor ids with the highest betweenness (above 0), best first; equal betweenness in key-actor order. Their
    /// ego views are the report's last figures.
    public func topBrokers(_ count: Int) -> [String] {
        let betweenness = { (i: Int) in self.centrality.value(.betweenness, i) ?? 0 }
        return network.actors.indices.filter { betweenness($0) > 0 }
            .sorted { betweenness($0) != betweenness($1) ? betweenness($0) > betweenness($1) : keyActorOrder($0, $1) }
            .prefix(count).map { network.actors[$0].id }
    }

    /// Up to `top` actors with brokerage roles, most roles first; equal totals in key-actor order.
    public func topBrokerage() -> [Int] {
        let totals = brokerage.totals
        return Array(
            network.actors.indices.filter { totals[$0] > 0 }
                .sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : keyActorOrder($0, $1) }.prefix(top))
    }
}
