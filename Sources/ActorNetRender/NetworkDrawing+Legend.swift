import ActorNet
import Foundation

extension NetworkDrawing {
    /// One legend column: a heading and rows of sample + text.
    private struct Column {
        var heading: String
        var rows: [(sample: Sample, text: String)]
    }

    /// What a legend row shows: real Graphviz shapes and edges, so every mark is in every renderer and font.
    private enum Sample {
        case fill(String)
        case shape(String)
        case line(color: String, style: String)
        case focal
        case none
    }

    /// The legend's columns side by side (wrapping when wider than `width`; `width` 0 stacks them), then the
    /// caption, at most two lines; either may be left out.
    func footer(
        width: Double, labelled: Int, hidden: NetworkViews.Hidden, legend: Bool = true,
        caption: Bool = true
    ) -> Footer {
        var footer = Footer()
        var y = 0.0
        if options.legend && legend {
            var x = 0.0, bandHeight = 0.0
            for (number, column) in legendColumns().enumerated() {
                let textWidth =
                    column.rows.map { PageComposer.textWidth($0.text, size: PageComposer.textSize) }
                    .max() ?? 0
                let columnWidth = max(
                    PageComposer.textWidth(column.heading, size: PageComposer.textSize) * 1.1,
                    Self.swatchColumn + textWidth)
                if x > 0 && x + columnWidth > width {
                    y += bandHeight + 6
                    x = 0
                    bandHeight = 0
                }
                place(column, number: number, x: x, y: y, width: columnWidth, into: &footer)
                bandHeight = max(bandHeight, Double(column.rows.count + 1) * Self.rowHeight)
                footer.width = max(footer.width, x + columnWidth)
                x += columnWidth + Self.columnGap
            }
            y += bandHeight + 6
        }
        guard caption else {
            footer.height = y
            return footer
        }
        // Generous per character (digits and capitals are wide): a line longer than the page would overflow it.
        let characters = Int(width / (PageComposer.textSize * 0.62))
        for (index, line) in captionLines(characters: characters, labelled: labelled, hidden: hidden, width: width)
            .enumerated()
        {
            footer.nodes.append(
                PageComposer.Item(
                    id: "caption_\(index)", x: width / 2,
                    y: y + PageComposer.textSize * 0.7,
                    attributes: textNode(
                        "", line, size: PageComposer.textSize,
                        color: "#444444", x: 0, y: 0,
                        width: width
                    ).attributes))
            y += PageComposer.textSize * PageComposer.lineGap + 2
            footer.width = max(footer.width, width)
        }
        footer.height = y
        return footer
    }

    private func place(_ column: Column, number: Int, x: Double, y: Double, width: Double, into footer: inout Footer) {
        let id = "legend_\(number)"
        let size = PageComposer.textSize
        // Bold HTML text is centred in its node: a node as wide as the heading puts it flush left.
        let headingWidth = PageComposer.textWidth(column.heading, size: size) * 1.1
        footer.nodes.append(
            PageComposer.Item(
                id: id, x: x + headingWidth / 2, y: y + Self.rowHeight / 2,
                attributes: textNode(
                    "", column.heading, size: size, color: nil, x: 0, y: 0, width: headingWidth,
                    bold: true
                ).attributes))
        for (row, entry) in column.rows.enumerated() {
            let rowY = y + Double(row + 1) * Self.rowHeight + Self.rowHeight / 2
            let textWidth = width - Self.swatchColumn
            footer.nodes.append(
                PageComposer.Item(
                    id: "\(id)_\(row)_text", x: x + Self.swatchColumn + textWidth / 2, y: rowY,
                    attributes: textNode("", entry.text, size: size, color: nil, x: 0, y: 0, width: textWidth)
                        .attributes))
            var sample: [DotAttribute: DotValue] = [
                .label: .text(""), .fixedsize: .keyword("true"),
                .width: .number(0.25), .height: .number(0.14),
            ]
            switch entry.sample {
            case .fill(let colour):
                sample[.shape] = .keyword("box")
                sample[.style] = .keyword("filled")
                sample[.fillcolor] = .keyword(colour)
                sample[.penwidth] = .number(0.5)
            case .shape(let shape):
                sample[.shape] = .keyword(shape)
                sample[.style] = .keyword("filled")
                sample[.fillcolor] = .keyword("white")
                sample[.penwidth] = .number(0.8)
            case .focal:
                sample[.width] = .number(0.2)
                sample[.height] = .number(0.1)
                sample[.shape] = .keyword("box")
                sample[.style] = .keyword("filled")
                sample[.fillcolor] = .keyword("white")
                sample[.peripheries] = .number(2)
                sample[.penwidth] = .number(1.5)
            case .line(let colour, let style):
                // Two invisible points joined by a real edge in the tie kind's colour and style.
                for end in 0..<2 {
                    footer.nodes.append(
                        PageComposer.Item(
                            id: "\(id)_\(row)_end\(end)", x: x + 2 + Double(end) * 20, y: rowY,
                            attributes: [
                                .shape: .keyword("point"), .style: .keyword("invis"), .width: .number(0.01),
                                .height: .number(0.01), .label: .text(""),
                            ]))
                }
                footer.edges.append(
                    DotEdge(
                        from: "\(id)_\(row)_end0", to: "\(id)_\(row)_end1",
                        attributes: [
                            .color: .keyword(colour), .style: .keyword(style),
                            .penwidth: .number(style == "bold" ? 2 : 1.2),
                            .dir: .keyword("none"),
                        ]))
                continue
            case .none:
                continue
            }
            footer.nodes.append(PageComposer.Item(id: "\(id)_\(row)_sample", x: x + 11, y: rowY, attributes: sample))
        }
    }

    private func legendColumns() -> [Column] {
        var columns: [Column] = []
        let sectors = Sector.present(in: view)
        let levels = Level.present(in: view)
        let kinds = TieKind.allCases.filter { kind in view.ties.contains { $0.kind == kind } }
        if !sectors.isEmpty && !(options.aggregate == .level) {
            columns.append(
                Column(
                    heading: language.text(.diagramSectorColour),
                    rows: sectors.map { (.fill(DiagramStyle.fill($0)), $0.label(language)) }))
        }
        if !levels.isEmpty && !(options.aggregate == .sector) {
            columns.append(
                Column(
                    heading: language.text(.diagramLevelShape),
                    rows: levels.map { (.shape(DiagramStyle.shape($0)), $0.label(language)) }))
        }
        if !kinds.isEmpty && options.aggregate == nil {
            columns.append(
                Column(
                    heading: language.text(.diagramTieKindLine),
                    rows: kinds.map {
                        (
                            .line(color: DiagramStyle.edgeColor($0), style: DiagramStyle.edgeStyle($0)),
                            $0.label(language)
                        )
                    }))
        }
        let meaning =
            options.aggregate != nil
            ? language.text(.diagramActors)
            : language.text(options.sizeBy.meaningKey)
        var sizeRows: [(sample: Sample, text: String)] = [(.none, meaning), (.none, language.text(.diagramLineWidth))]
        if options.focus != nil { sizeRows.append((.focal, language.text(.diagramFocalActor))) }
        columns.append(Column(heading: language.text(.diagramNodeSize), rows: sizeRows))
        return columns
    }

    // MARK: Caption

    /// At most two lines: the source (a long list shortened, with how many were left out), then what the view
    /// hides and whose names are shown.
    /// A line that fits `width` by Helvetica's metrics (with 5 % to spare) is kept whole.
    func captionLines(characters: Int, labelled: Int, hidden: NetworkViews.Hidden, width: Double? = nil) -> [String] {
        func fits(_ line: String) -> Bool {
            width.map { PageComposer.helveticaWidth(line, size: PageComposer.textSize) * 1.05 <= $0 } ?? false
        }
        var lines: [String] = []
        if let source = view.source, !source.isEmpty {
            let prefix = language.text(.diagramSource) + ": "
            lines.append(
                fits(prefix + source)
                    ? prefix + source : prefix + shortenedSource(source, characters: max(10, characters - prefix.count))
            )
        }
        var notes: [String] = []
        if hidden.ties > 0 || hidden.orphans > 0 {
            var rules: [String] = []
            if let minimum = options.minimumWeight {
                rules.append(language.text(.diagramRuleMinWeight, ["weight": formatNumber(minimum)]))
            }
            if let top = options.topTies { rules.append(language.count(.diagramRuleTopTies, top)) }
            notes.append(
                language.text(
                    .diagramFilterHidden,
                    [
                        "ties": language.count(.countTies, hidden.ties),
                        "actors": language.count(.countActors, hidden.orphans),
                        "rule": rules.joined(separator: "; "),
                    ]))
        }
        if hidden.isolates > 0 {
            let actors = language.count(.countActors, hidden.isolates)
            notes.append(language.text(.diagramIsolatesHidden, ["actors": actors]))
        }
        if labelled < view.actors.count {
            let measure =
                options.aggregate != nil
                ? language.text(.diagramActors)
                : language.text(options.rankingMeasure.meaningKey)
            notes.append(language.count(.diagramLabelsTop, labelled, ["measure": measure]))
        }
        if !notes.isEmpty {
            let line = notes.joined(separator: "; ")
            lines.append(fits(line) ? line : DisplayText.shortened(line, maximumCharacters: characters))
        }
        return lines
    }

    /// `source` within `characters`: the longest comma-separated list (while it has 3 items or more) loses items
    /// from its end, replaced by "and N more", until the whole fits; what still does not fit is cut with `…`.
    func shortenedSource(_ source: String, characters: Int) -> String {
        var parts = source.components(separatedBy: "; ").map { $0.components(separatedBy: ", ") }
        var dropped = [Int](repeating: 0, count: parts.count)
        func text() -> String {
            parts.indices.map { index in
                let list = parts[index].joined(separator: ", ")
                return dropped[index] == 0 ? list : language.count(.diagramSourceMore, dropped[index], ["list": list])
            }.joined(separator: "; ")
        }
        while text().count > characters {
            guard
                let longest = parts.indices.filter({ parts[$0].count > 2 })
                    .max(by: { parts[$0].joined().count < parts[$1].joined().count })
            else { break }
            parts[longest].removeLast()
            dropped[longest] += 1
        }
        return DisplayText.shortened(text(), maximumCharacters: characters)
    }
}
