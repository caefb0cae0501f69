import ActorNet
import Foundation

/// The actors and ties of one view as Graphviz nodes and edges (the first pass, laid out by an engine), and the
/// page they end up on (the second pass, pinned): title, clusters or rings, legend and caption.
struct NetworkDrawing {
    var view: Network
    var sizes: [Double]
    var options: DiagramOptions
    var clusterBy: DiagramOptions.ClusterBy

    var language: Language { options.reader }
    var directed: Bool { view.directed || view.ties.contains { $0.directed == true } }

    /// The graph for the layout engine and the parts the page needs again.
    struct FirstPass {
        var graph: DotGraph
        var engine: String
        var edges: [DotEdge]
        var clusterLabels: [String: String]
    }

    // MARK: First pass

    func graph(labelled: Set<Int>, layout: DiagramOptions.Layout) -> FirstPass {
        var graph = DotGraph(
            id: DisplayText.shortened(view.name, maximumCharacters: DiagramBuilder.longestLabel),
            directed: directed)
        let engine = layout == .auto || layout == .rings ? "neato" : layout.rawValue
        graph.attributes = [.fontname: .keyword("Helvetica"), .splines: .keyword("false")]
        if engine != "dot" {
            // prism's default (-4) first spreads the layout by 4 × the average label size: half the page was air,
            // and on the examples about half the names went (Colombia: 8 of 18 named; with 0: all 18).
            graph.attributes[.overlap] = .keyword("prism")
            graph.attributes[.overlapScaling] = .number(0)
        }
        graph.nodeDefaults = [.fontname: .keyword("Helvetica"), .style: .keyword("filled"), .penwidth: .number(1)]
        let maximumSize = sizes.max() ?? 0
        for (i, actor) in view.actors.enumerated() {
            let fraction = maximumSize > 0 ? (sizes[i] / maximumSize).squareRoot() : 0
            var attributes: [DotAttribute: DotValue] = [
                .shape: .keyword(DiagramStyle.shape(actor.level)), .style: .keyword("filled"),
                .fillcolor: .keyword(DiagramStyle.fill(actor.sector)),
                .fontcolor: .keyword(DiagramStyle.fontColor(actor.sector)),
                .tooltip: .tooltip(tooltip(actor)),
            ]
            if labelled.contains(i) {
                attributes[.label] = .text(nodeLabel(actor))
                attributes[.fontsize] = .number(10 + 8 * fraction)
                attributes[.width] = .number(0.75 + 1.25 * fraction)
                attributes[.height] = .number(0.5 + 0.5 * fraction)
            } else {
                attributes[.label] = .text("")
                attributes[.width] = .number(0.15 + 0.35 * fraction)
                attributes[.height] = .number(0.15 + 0.35 * fraction)
                attributes[.fixedsize] = .keyword("true")
            }
            if options.focus == actor.id {
                attributes[.peripheries] = .number(2)
                attributes[.penwidth] = .number(2.5)
            }
            attributes.merge(handles(actor: i)) { _, handle in handle }
            graph.nodes.append(DotNode(id: "n\(i)", attributes: attributes))
        }
        let edges = tieEdges()
        var labels: [String: String] = [:]
        if clusterBy != .none {
            let groups = clusters()
            for (index, group) in groups.enumerated() {
                labels["\(index)"] = group.label
                graph.clusters.append(
                    DotCluster(
                        id: "\(index)",
                        attributes: [
                            .label: .text(group.label), .labeljust: .keyword("l"), .fontsize: .number(11),
                        ], nodeIDs: group.members.map { "n\($0)" }))
            }
            if engine == "dot" {
                // Bands: each group a grid of rows, the groups stacked in order (international on top). Ties do
                // not rank nodes here, or a tie written local → international would put international below.
                graph.attributes[.nodesep] = .number(0.3)
                graph.attributes[.ranksep] = .number(0.35)
                if options.landscape == true { graph.attributes[.rankdir] = .keyword("LR") }
                graph.edges = bandEdges(groups.map(\.members))
            } else {
                graph.edges = edges
            }
        } else {
            graph.edges = edges
        }
        return FirstPass(graph: graph, engine: engine, edges: edges, clusterLabels: labels)
    }

    private func tieEdges() -> [DotEdge] {
        var nodeID: [String: String] = [:]
        for (i, actor) in view.actors.enumerated() where nodeID[actor.id] == nil { nodeID[actor.id] = "n\(i)" }
        let names = Dictionary(view.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let weights = view.ties.map(\.weight)
        let lightest = weights.min() ?? 1, heaviest = weights.max() ?? 1
        return view.ties.enumerated().compactMap { index, tie in
            guard let from = nodeID[tie.from], let to = nodeID[tie.to] else { return nil }
            let share = heaviest > lightest ? (tie.weight - lightest) / (heaviest - lightest) : 0
            var attributes: [DotAttribute: DotValue] = [
                .penwidth: .number(1 + 5 * share),
                .color: .keyword(DiagramStyle.edgeColor(tie.kind)),
                .style: .keyword(DiagramStyle.edgeStyle(tie.kind)),
                .tooltip: .tooltip(edgeTooltip(tie, names: names)),
            ]
            if directed && !tie.isDirected(networkDirected: view.directed) { attributes[.dir] = .keyword("none") }
            attributes.merge(handles(tie: index)) { _, handle in handle }
            return DotEdge(from: from, to: to, attributes: attributes)
        }
    }

    /// Invisible edges that make each group a grid of about √(2n) columns and stack the groups in order.
    private func bandEdges(_ groups: [[Int]]) -> [DotEdge] {
        let total = groups.map(\.count).reduce(0, +)
        let columns = max(2, Int((Double(total) * 1.4).squareRoot().rounded(.up)))
        var edges: [DotEdge] = []
        func invisible(_ a: Int, _ b: Int) -> DotEdge {
            DotEdge(from: "n\(a)", to: "n\(b)", attributes: [.style: .keyword("invis"), .dir: .keyword("none")])
        }
        var previousLastRow: [Int] = []
        for members in groups where !members.isEmpty {
            for (position, member) in members.enumerated() where position >= columns {
                edges.append(invisible(members[position - columns], member))
            }
            if let last = previousLastRow.first { edges.append(invisible(last, members[0])) }
            let rows = (members.count + columns - 1) / columns
            previousLastRow = Array(members[((rows - 1) * columns)...])
        }
        return edges
    }

    /// Groups in the order of the vocabulary (international → national → regional → local, unspecified last; the
    /// sectors' order; countries alphabetically, none last), each group's actors by sector, then size, then name.
    func clusters() -> [(label: String, members: [Int])] {
        var keyed: [(rank: Int, key: String, label: String, index: Int)] = []
        for (index, actor) in view.actors.enumerated() {
            switch clusterBy {
            case .level:
                keyed.append(
                    (
                        Level.allCases.firstIndex(of: actor.level)!, actor.level.rawValue,
                        actor.level.label(language), index
                    ))
            case .sector:
                keyed.append(
                    (
                        Sector.allCases.firstIndex(of: actor.sector)!, actor.sector.rawValue,
                        actor.sector.label(language), index
                    ))
            case .country:
                keyed.append(
                    (
                        actor.country == nil ? 1 : 0, actor.country ?? "",
                        actor.country ?? language.text(.diagramNoCountry), index
                    ))
            case .none: return []
            }
        }
        let sectorRank = { (i: Int) in Sector.allCases.firstIndex(of: view.actors[i].sector)! }
        keyed.sort { a, b in
            if a.rank != b.rank { return a.rank < b.rank }
            if a.key != b.key { return a.key < b.key }
            if sectorRank(a.index) != sectorRank(b.index) { return sectorRank(a.index) < sectorRank(b.index) }
            if sizes[a.index] != sizes[b.index] { return sizes[a.index] > sizes[b.index] }
            return view.actors[a.index].name < view.actors[b.index].name
        }
        var groups: [(label: String, members: [Int])] = []
        var lastKey: String?
        for item in keyed {
            if item.key != lastKey || groups.isEmpty {
                groups.append((item.label, []))
                lastKey = item.key
            }
            groups[groups.count - 1].members.append(item.index)
        }
        return groups
    }

    // MARK: Rings

    /// Positions on rings, computed here; the rings themselves as clusters named `ring-<level>`.
    func rings(_ first: FirstPass) -> GraphLayout {
        var boxes: [(width: Double, height: Double)] = []
        for node in first.graph.nodes {
            func inches(_ key: DotAttribute) -> Double {
                if case .number(let value) = node.attributes[key] { return value * 72 }
                return 36
            }
            var width = inches(.width), height = inches(.height)
            if case .text(let label) = node.attributes[.label], !label.isEmpty,
                case .number(let size) = node.attributes[.fontsize]
            {
                // The text's box fits inside a box shape; an ellipse, house or hexagon must be about √2 as wide
                // and a third taller to hold it (their sides slope in), or the name runs over the outline.
                let boxShape = node.attributes[.shape] == .keyword("box")
                let lines = label.split(separator: "\n")
                let longest = lines.map(\.count).max() ?? 0
                let textWidth = Double(longest) * size * PageComposer.characterWidth + 16
                let textHeight = Double(lines.count) * size * 1.2 + 8
                width = max(width, textWidth * (boxShape ? 1 : 1.42))
                height = max(height, textHeight * (boxShape ? 1 : 1.3))
            }
            boxes.append((width, height))
        }
        let order = view.actors.indices.sorted { a, b in
            sizes[a] != sizes[b] ? sizes[a] > sizes[b] : view.actors[a].name < view.actors[b].name
        }
        // A ring's name prints at 8 pt whatever the scale; kept clear for scales down to `RingLayout.smallestScale`.
        let names = Dictionary(
            uniqueKeysWithValues: Level.allCases.map {
                ($0, PageComposer.textWidth($0.label(language), size: 8) / RingLayout.smallestScale)
            })
        let placed = RingLayout.place(view.actors, sizes: boxes, order: order, labelWidths: names)
        var layout = GraphLayout()
        for (index, centre) in placed.centres {
            layout.nodes["n\(index)"] = GraphLayout.Box(
                x: centre.x, y: centre.y, width: boxes[index].width,
                height: boxes[index].height)
        }
        for ring in placed.rings where ring.radius > 0 {
            layout.clusters["ring-" + ring.level.rawValue] = GraphLayout.Box(
                x: 0, y: 0, width: 2 * ring.radius, height: 2 * ring.radius)
        }
        return layout
    }

    // MARK: Labels and tooltips

    private func nodeLabel(_ actor: Actor) -> String {
        guard let count = actor.attributes["actors"].flatMap(Int.init),
            let inside = actor.attributes["internal_ties"].flatMap(Int.init)
        else {
            return DiagramStyle.wrap(actor.name)
        }
        // Within-group ties are said on the group, since an aggregate view has no edge for them.
        let counts =
            language.count(.countActors, count)
            + (inside > 0 ? " · " + language.count(.countTiesInside, inside) : "")
        return DiagramStyle.wrap(actor.name) + "\n" + counts
    }

    private func tooltip(_ actor: Actor) -> String {
        var parts = [actor.name, actor.sector.label(language) + " · " + actor.level.label(language)]
        if let territory = actor.territory { parts.append(territory) }
        if let count = actor.attributes["actors"].flatMap(Int.init),
            let inside = actor.attributes["internal_ties"].flatMap(Int.init)
        {
            parts.append(language.count(.countActors, count) + ", " + language.count(.countTiesInside, inside))
        }
        return parts.joined(separator: "\n")
    }

    /// `A — B: kind (weight)`, each name cut at `longestLabel` characters: the node's own tooltip has the full name,
    /// and an actor with a 1 MB name and many ties would otherwise repeat it in every tie's tooltip.
    private func edgeTooltip(_ tie: Tie, names: [String: String]) -> String {
        let from = DisplayText.shortened(names[tie.from] ?? tie.from, maximumCharacters: DiagramBuilder.longestLabel)
        let to = DisplayText.shortened(names[tie.to] ?? tie.to, maximumCharacters: DiagramBuilder.longestLabel)
        return "\(from) — \(to): \(tie.kind.label(language)) (\(formatNumber(tie.weight)))"
    }
}
