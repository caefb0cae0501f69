import ActorNet
import Foundation

extension NetworkDrawing {
    /// The pinned graph of the page and the size its smallest actor name prints at.
    struct ComposedPage {
        var graph: DotGraph
        var fit: PageComposer.Fit
        /// Points; infinity when no actor is named.
        var smallestPrintedLabel: Double
    }

    /// What the legend and caption occupy below the drawing, laid out for one text width.
    struct Footer {
        var nodes: [PageComposer.Item] = []
        var edges: [DotEdge] = []
        var height = 0.0
        var width = 0.0
    }

    static let rowHeight = 13.0, swatchColumn = 26.0, columnGap = 16.0

    // MARK: The page

    func page(
        _ first: FirstPass, placed: GraphLayout, labelled: Int, hidden: NetworkViews.Hidden,
        layout: DiagramOptions.Layout
    ) -> ComposedPage {
        let actorBoxes = view.actors.indices.map {
            placed.nodes["n\($0)"]
                ?? GraphLayout.Box(
                    x: 0, y: 0, width: 0,
                    height: 0)
        }
        let background = placed.clusters.values.map { $0 }
        let title = titleLabel()
        let headerHeight = title.height + 10
        func footer(for landscape: Bool) -> Footer {
            let width = options.page.size(landscape: landscape).map { $0.width - 2 * Page.margin } ?? 520
            return self.footer(width: width, labelled: labelled, hidden: hidden)
        }
        func fit(_ landscape: Bool?) -> (PageComposer.Fit, Footer, side: Footer?) {
            let foot = footer(for: landscape ?? false)
            let fit = PageComposer.fit(
                actorBoxes + background, page: options.page, landscape: landscape,
                headerHeight: headerHeight, footerHeight: foot.height + 10,
                footerWidth: foot.width, stretch: layout != .rings, actors: actorBoxes.count,
                largestScale: options.largestScale ?? PageComposer.largestScale)
            return (fit, foot, nil)
        }
        /// Landscape with the legend stacked at the right and only the caption below: more height for the drawing.
        func sideFit() -> (PageComposer.Fit, Footer, side: Footer?) {
            let width = (options.page.size(landscape: true)?.width ?? 0) - 2 * Page.margin
            let caption = self.footer(width: width, labelled: labelled, hidden: hidden, legend: false)
            let legend = self.footer(width: 0, labelled: labelled, hidden: hidden, caption: false)
            let fit = PageComposer.fit(
                actorBoxes + background, page: options.page, landscape: true,
                headerHeight: headerHeight, footerHeight: caption.height + 10,
                footerWidth: caption.width, stretch: layout != .rings,
                sideWidth: legend.width + 16, actors: actorBoxes.count,
                largestScale: options.largestScale ?? PageComposer.largestScale)
            return (fit, caption, legend)
        }
        var candidates: [(PageComposer.Fit, Footer, side: Footer?)] = []
        if let landscape = options.landscape ?? (options.page == .none ? false : nil) {
            candidates.append(fit(landscape))
        } else {
            candidates += [fit(false), fit(true)]
        }
        let sideHeight = self.footer(width: 0, labelled: labelled, hidden: hidden, caption: false).height
        if options.legend && options.page != .none && options.landscape != false
            && sideHeight + headerHeight + 2 * Page.margin + 40 < (options.page.portraitSize?.width ?? 0)
        {
            candidates.append(sideFit())
        }
        // The largest scale wins; on a tie the earlier (portrait, then legend below).
        let (pageFit, foot, side) = candidates.dropFirst().reduce(candidates[0]) { best, next in
            next.0.scale > best.0.scale * 1.0001 ? next : best
        }
        let scale = pageFit.scale

        var graph = DotGraph(id: first.graph.id, directed: first.graph.directed)
        let plainEdges = background.isEmpty && view.ties.count <= 1_000
        graph.attributes = [
            // No pad, and no margin (PDF otherwise adds half an inch on every side): the page is the drawing.
            .bgcolor: .keyword("white"), .fontname: .keyword("Helvetica"), .pad: .number(0), .margin: .number(0),
            .notranslate: .keyword("true"), .overlap: .keyword("true"), .outputorder: .keyword("edgesfirst"),
            .splines: .keyword(plainEdges ? "true" : "line"),
        ]
        graph.nodeDefaults = [.fontname: .keyword("Helvetica")]
        graph.edgeDefaults = [.fontname: .keyword("Helvetica")]

        // Beneath everything: cluster boxes and rings.
        graph.nodes += backgroundNodes(first, placed: placed, actorBoxes: actorBoxes, fit: pageFit)
        var smallest = Double.infinity
        for (index, node) in first.graph.nodes.enumerated() {
            let box = actorBoxes[index]
            var attributes = node.attributes
            let centre = PageComposer.place(box, pageFit)
            attributes[.pos] = PageComposer.position(centre.x, centre.y)
            attributes[.width] = .number(box.width * scale / 72)
            attributes[.height] = .number(box.height * scale / 72)
            attributes[.fixedsize] = .keyword("true")
            if case .number(let size) = attributes[.fontsize] {
                attributes[.fontsize] = .number(size * scale)
                if case .text(let label) = attributes[.label], !label.isEmpty { smallest = min(smallest, size * scale) }
            }
            if case .number(let pen) = attributes[.penwidth] { attributes[.penwidth] = .number(pen * min(1, scale)) }
            graph.nodes.append(DotNode(id: node.id, attributes: attributes))
        }
        graph.edges = first.edges.map { edge in
            var edge = edge
            if case .number(let pen) = edge.attributes[.penwidth] {
                edge.attributes[.penwidth] = .number(pen * max(0.5, min(1, scale)))
            }
            return edge
        }
        // The title on top, centred; the legend and caption below the drawing.
        let top = pageFit.pageHeight - Page.margin
        graph.nodes.append(
            DotNode(
                id: "title",
                attributes: [
                    .shape: .keyword("plaintext"), .style: .keyword("solid"), .label: .html(title.label),
                    .pos: PageComposer.position(pageFit.pageWidth / 2, top - title.height / 2),
                ]))
        let footerTop = Page.margin + foot.height
        for item in foot.nodes {
            var attributes = item.attributes
            attributes[.pos] = PageComposer.position(Page.margin + item.x, footerTop - item.y)
            graph.nodes.append(DotNode(id: item.id, attributes: attributes))
        }
        graph.edges += foot.edges
        if let side {
            let left = pageFit.pageWidth - Page.margin - side.width, sideTop = top - headerHeight
            for item in side.nodes {
                var attributes = item.attributes
                attributes[.pos] = PageComposer.position(left + item.x, sideTop - item.y)
                graph.nodes.append(DotNode(id: item.id, attributes: attributes))
            }
            graph.edges += side.edges
        }
        graph.nodes += PageComposer.corners(pageFit)
        return ComposedPage(graph: graph, fit: pageFit, smallestPrintedLabel: smallest)
    }

    private func backgroundNodes(
        _ first: FirstPass, placed: GraphLayout, actorBoxes: [GraphLayout.Box],
        fit: PageComposer.Fit
    ) -> [DotNode] {
        var nodes: [DotNode] = []
        let groups = clusterBy == .none ? [] : clusters()
        for (index, group) in groups.enumerated() {
            guard let box = placed.clusters["\(index)"] else { continue }
            let drawn = PageComposer.place(cluster: box, members: group.members.map { actorBoxes[$0] }, fit)
            nodes.append(
                DotNode(
                    id: "cluster_box_\(index)",
                    attributes: [
                        .shape: .keyword("box"), .style: .keyword("rounded,dashed"), .color: .keyword("#888888"),
                        .label: .text(""), .width: .number(drawn.width / 72), .height: .number(drawn.height / 72),
                        .fixedsize: .keyword("true"), .pos: PageComposer.position(drawn.x, drawn.y),
                    ]))
            let size = max(6, 11 * fit.scale)
            let width = PageComposer.textWidth(group.label, size: size) + 4
            nodes.append(
                textNode(
                    "cluster_label_\(index)", group.label, size: size, color: "#444444",
                    x: drawn.minX + 4 + width / 2, y: drawn.maxY - size * 0.8, width: width))
        }
        for level in RingLayout.levelsInsideOut {
            guard let ring = placed.clusters["ring-" + level.rawValue] else { continue }
            let centre = PageComposer.place(ring, fit)
            let radius = ring.width / 2 * fit.scale
            nodes.append(
                DotNode(
                    id: "ring_\(level.rawValue)",
                    attributes: [
                        .shape: .keyword("circle"), .style: .keyword("dashed"), .color: .keyword("#BBBBBB"),
                        .label: .text(""), .width: .number(2 * radius / 72), .height: .number(2 * radius / 72),
                        .fixedsize: .keyword("true"), .pos: PageComposer.position(centre.x, centre.y),
                    ]))
            let text = level.label(language)
            var label = textNode(
                "ring_label_\(level.rawValue)", text, size: 8, color: "#666666",
                x: centre.x, y: centre.y + radius, width: PageComposer.textWidth(text, size: 8))
            label.attributes[.label] = .text(text)
            label.attributes[.style] = .keyword("filled")
            label.attributes[.fillcolor] = .keyword("white")
            nodes.append(label)
        }
        return nodes
    }

    /// A left-aligned line of text, pinned with its left edge at `x - width / 2`.
    func textNode(
        _ id: String, _ text: String, size: Double, color: String?, x: Double, y: Double,
        width: Double, bold: Bool = false
    ) -> DotNode {
        var attributes: [DotAttribute: DotValue] = [
            .shape: .keyword("plaintext"), .style: .keyword("solid"), .fontsize: .number(size),
            .width: .number(width / 72), .height: .number(size * 1.3 / 72), .fixedsize: .keyword("shape"),
            .margin: .keyword("0,0"), .pos: PageComposer.position(x, y),
        ]
        attributes[.label] = bold ? .html(HTMLLabel([.bold([.text(text)])])) : .leftText(text)
        if let color { attributes[.fontcolor] = .keyword(color) }
        return DotNode(id: id, attributes: attributes)
    }

    // MARK: Title

    /// The view's title (network name for the whole network; "Around X", "Sectors and levels" for views, with the
    /// network's name below), bold, at most two lines.
    func titleLabel() -> (label: HTMLLabel, height: Double) {
        let name = DisplayText.shortened(view.name, maximumCharacters: DiagramBuilder.longestLabel)
        var heading = name, subtitle: String?
        if let focus = options.focus {
            let focal = view.actors.first { $0.id == focus }?.name ?? focus
            heading = language.text(
                .diagramTitleEgo,
                [
                    "name": DisplayText.shortened(focal, maximumCharacters: DiagramBuilder.longestLabel)
                ])
            subtitle = name
        }
        if let grouping = options.aggregate {
            let key: CatalogueKey =
                switch grouping {
                case .sector: .diagramTitleSectors
                case .level: .diagramTitleLevels
                case .sectorLevel: .diagramTitleSectorsLevels
                }
            heading = options.focus == nil ? language.text(key) : heading + " · " + language.text(key)
            subtitle = name
        }
        let width = Int((options.page.portraitSize?.width ?? 600) - 2 * Page.margin)
        let characters = max(20, Int(Double(width) / (PageComposer.titleSize * PageComposer.characterWidth)))
        let lines = DiagramStyle.wrap(heading, width: characters, maximumLines: 2).split(separator: "\n")
        let pieces = lines.enumerated().flatMap { index, line -> [HTMLLabel.Piece] in
            (index > 0 ? [.lineBreak] : []) + [.text(String(line))]
        }
        var label: [HTMLLabel.Piece] = [.font(size: PageComposer.titleSize, color: nil, [.bold(pieces)])]
        var height = Double(lines.count) * PageComposer.titleSize * PageComposer.lineGap
        if let subtitle {
            let short = DiagramStyle.wrap(subtitle, width: characters * 14 / 10, maximumLines: 1)
            label += [.lineBreak, .font(size: PageComposer.subtitleSize, color: "#555555", [.text(short)])]
            height += PageComposer.subtitleSize * PageComposer.lineGap
        }
        return (HTMLLabel(label), height)
    }
}
