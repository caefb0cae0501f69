import ActorNet
import Foundation

/// Actors' names compared as the reader sorts them: the collation of the output language (Spanish puts "Ñandú"
/// after "Nube"), ignoring case; identical names by id, so the order is total. A collated comparison is slow (ICU:
/// sorting 100k names takes seconds), so rankings ask for it only for pairs equal in everything else.
struct ActorNameOrder: Sendable {
    let names: [String]
    let ids: [String]
    let locale: Locale

    init(_ network: Network, collation: Language) {
        names = network.actors.map(\.name)
        ids = network.actors.map(\.id)
        locale = Locale(identifier: collation.rawValue)
    }

    /// Whether actor `a`'s name comes before actor `b`'s.
    func precedes(_ a: Int, _ b: Int) -> Bool {
        switch names[a].compare(names[b], options: [.caseInsensitive], range: nil, locale: locale) {
        case .orderedAscending: true
        case .orderedDescending: false
        case .orderedSame: names[a] != names[b] ? names[a] < names[b] : ids[a] < ids[b]
        }
    }

    /// Whether pair x comes before pair y: their first names in order, then their second.
    func precedes(pair x: (Int, Int), _ y: (Int, Int)) -> Bool {
        let (x1, x2) = precedes(x.1, x.0) ? (x.1, x.0) : x
        let (y1, y2) = precedes(y.1, y.0) ? (y.1, y.0) : y
        if x1 != y1 { return precedes(x1, y1) }
        return x2 != y2 && precedes(x2, y2)
    }
}
