import ActorNet
import ActorNetRender
import Foundation

/// "Tidy": a place on the board for every actor, chosen from a Graphviz layout of the whole network.
///
/// The board's place means something (the ring is the level, the wedge the sector), so Graphviz does not choose
/// the place itself: each actor stays in its own sector × level cell, and inside the cell the actors go in the
/// order of their angle in a `neato` layout, so actors tied to each other sit side by side. Positions are board
/// units (centre (0, 0), y down, outer radius 500): the meaning of the `map-x`/`map-y` attributes the page writes
/// when an actor is dropped, so a tidied map looks the same next time. The geometry mirrors the page's script.
enum TidyLayout {
    static let outer = 500.0, band = 100.0
    /// Rings from the outside in, as the page draws them; `unspecified` is the centre disc.
    static let levels: [Level] = [.international, .national, .regional, .local, .unspecified]

    /// `map-x`/`map-y` text (one decimal) per actor id. Actors with neither sector nor level wait in the page's
    /// tray and get no position.
    static func positions(_ network: Network) throws(RenderError) -> [String: (x: String, y: String)] {
        guard !network.actors.isEmpty else { return [:] }
        var graph = DotGraph(id: "tidy", directed: false)
        graph.attributes[.overlap] = .keyword("false")
        graph.nodes = network.actors.indices.map { DotNode(id: "n\($0)", attributes: [:]) }
        let index = network.actorIndex
        graph.edges = network.ties.compactMap { tie in
            guard let from = index[tie.from], let to = index[tie.to], from != to else { return nil }
            return DotEdge(from: "n\(from)", to: "n\(to)", attributes: [:])
        }
        let layout = try GraphvizRenderer.layout(graph, engine: "neato")
        let boxes = network.actors.indices.map {
            layout.nodes["n\($0)"] ?? GraphLayout.Box(x: 0, y: 0, width: 0, height: 0)
        }
        let centreX = boxes.map(\.x).reduce(0, +) / Double(boxes.count)
        let centreY = boxes.map(\.y).reduce(0, +) / Double(boxes.count)
        // Clockwise from the top, as on the board (Graphviz's y points up, the board's down).
        let angle = boxes.map {
            (atan2($0.x - centreX, $0.y - centreY) * 180 / .pi + 360).truncatingRemainder(dividingBy: 360)
        }
        var cells: [String: [Int]] = [:]
        for (i, actor) in network.actors.enumerated() where actor.sector != .unspecified || actor.level != .unspecified
        {
            cells["\(actor.sector.rawValue)|\(actor.level.rawValue)", default: []].append(i)
        }
        let sectors = Sector.allCases
        var result: [String: (x: String, y: String)] = [:]
        for members in cells.values {
            let first = network.actors[members[0]]
            let j = sectors.firstIndex(of: first.sector) ?? 0
            let ring = levels.firstIndex(of: first.level) ?? levels.count - 1
            let ordered = members.sorted { (angle[$0], $0) < (angle[$1], $1) }
            for (i, place) in zip(ordered, places(count: ordered.count, wedge: j, ring: ring)) {
                let a = (place.degrees - 90) * .pi / 180
                result[network.actors[i].id] = (text(place.radius * cos(a)), text(place.radius * sin(a)))
            }
        }
        return result
    }

    /// Board units between neighbours in a row: a short name and the actor's dot.
    static let spacing = 70.0, maximumRows = 4

    /// Where `count` actors of one cell go (wedge `wedge`, ring `ring` from the outside; the last is the centre
    /// disc), outer row first, each row clockwise. A row holds as many actors as fit its arc `spacing` apart; rows
    /// are added (up to `maximumRows`) until the cell holds them all, and the actors are shared among the rows in
    /// proportion to what each holds (largest remainder, earlier rows first on ties), so a crowded cell fills its
    /// band instead of piling names on one arc. The page's script places unplaced actors the same way.
    static func places(count: Int, wedge: Int, ring: Int) -> [(radius: Double, degrees: Double)] {
        guard count > 0 else { return [] }
        let width = 360 / Double(Sector.allCases.count)
        let (inner, outerEdge) =
            ring == levels.count - 1 ? (10.0, band) : (outer - band * Double(ring + 1), outer - band * Double(ring))
        var radii: [Double] = [], holds: [Int] = []
        for rows in 1...maximumRows {
            radii = (0..<rows).map { outerEdge - (outerEdge - inner) * (Double($0) + 0.5) / Double(rows) }
            holds = radii.map { max(1, Int(($0 * width * .pi / 180 / spacing).rounded(.down))) }
            if holds.reduce(0, +) >= count { break }
        }
        let total = Double(holds.reduce(0, +))
        let quotas = holds.map { Double(count) * Double($0) / total }
        var counts = quotas.map { Int($0.rounded(.down)) }
        let remainders = quotas.indices.sorted {
            (quotas[$0] - Double(counts[$0]), -$0) > (quotas[$1] - Double(counts[$1]), -$1)
        }
        for row in remainders.prefix(count - counts.reduce(0, +)) { counts[row] += 1 }
        return radii.indices.flatMap { row in
            (0..<counts[row]).map { k in
                (radii[row], Double(wedge) * width + width * Double(k + 1) / Double(counts[row] + 1))
            }
        }
    }

    /// One decimal, as the page writes a dropped actor's place; never `-0.0`.
    static func text(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return String(format: "%.1f", rounded == 0 ? 0 : rounded)
    }

    /// The edits that set every position (and clear a stale one for actors left in the tray).
    static func edits(_ network: Network) throws(RenderError) -> [JSONValue] {
        let places = try positions(network)
        return network.actors.compactMap { actor in
            let place = places[actor.id]
            if place == nil, actor.attributes["map-x"] == nil, actor.attributes["map-y"] == nil { return nil }
            let x: JSONValue = place.map { .string($0.x) } ?? .null, y: JSONValue = place.map { .string($0.y) } ?? .null
            return .object([
                "op": .string("update_actor"), "id": .string(actor.id),
                "fields": .object(["attributes.map-x": x, "attributes.map-y": y]),
            ])
        }
    }
}
