import Foundation

/// Puts a laid-out network on a page: the title on top, the drawing scaled to the printable area, the legend
/// and the caption below, everything pinned (`pos="x,y!"` in inches) for neato with `notranslate`, and two
/// invisible corner points so that the SVG or PDF is exactly the page.
///
/// The drawing is scaled uniformly (node sizes, fonts) by `scale`; node centres may be spread further along the
/// page's longer free direction (as Graphviz's `ratio=fill` does), which separates nodes and never makes them
/// overlap. Nodes keep the size the layout gave them (`fixedsize`), times `scale`.
struct PageComposer {
    /// A piece of text or a sample placed by the composer (title, caption, legend).
    struct Item {
        var id: String
        var x: Double, y: Double
        var attributes: [DotAttribute: DotValue]
    }

    struct Fit: Equatable {
        var landscape: Bool
        var pageWidth: Double, pageHeight: Double
        var scale: Double
        /// Spread of node centres along x and y (≥ scale).
        var spreadX: Double, spreadY: Double
        /// Where the drawing's (0, 0) lands on the page.
        var offsetX: Double, offsetY: Double
    }

    static let titleSize = 14.0, subtitleSize = 10.0, textSize = 8.0, lineGap = 1.25
    /// Widest character of Helvetica's Latin text as a share of the font size; estimates are generous.
    static let characterWidth = 0.56
    /// Upper limits: a 3-actor network is not blown up to fill A4, nor its few nodes scattered over it.
    static let largestScale = 1.5, largestSpread = 2.5

    static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * characterWidth
    }

    /// Bounding box of node boxes (and cluster boxes) in layout coordinates.
    static func bounds(_ boxes: [GraphLayout.Box]) -> (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        guard !boxes.isEmpty else { return (0, 0, 0, 0) }
        return (boxes.map(\.minX).min()!, boxes.map(\.minY).min()!, boxes.map(\.maxX).max()!, boxes.map(\.maxY).max()!)
    }

    /// The fit of a drawing with node boxes `boxes` between a header of `headerHeight` and a footer of
    /// `footerHeight` on `page`; the orientation is `landscape` when given, else the one with the larger scale.
    static func fit(_ boxes: [GraphLayout.Box], page: Page, landscape: Bool?, headerHeight: Double,
                    footerHeight: Double, footerWidth: Double, stretch: Bool) -> Fit {
        let box = bounds(boxes)
        let width = max(1, box.maxX - box.minX), height = max(1, box.maxY - box.minY)
        let centresX = boxes.map(\.x), centresY = boxes.map(\.y)
        let rangeX = (centresX.max() ?? 0) - (centresX.min() ?? 0)
        let rangeY = (centresY.max() ?? 0) - (centresY.min() ?? 0)
        let margin = Page.margin
        func candidate(_ landscape: Bool) -> Fit {
            guard let size = page.size(landscape: landscape) else {
                let pageWidth = max(width, footerWidth) + 2 * margin
                let pageHeight = height + headerHeight + footerHeight + 2 * margin
                return Fit(landscape: false, pageWidth: pageWidth, pageHeight: pageHeight, scale: 1, spreadX: 1,
                           spreadY: 1, offsetX: (pageWidth - width) / 2 - box.minX,
                           offsetY: margin + footerHeight - box.minY)
            }
            let areaWidth = size.width - 2 * margin
            let areaHeight = max(1, size.height - 2 * margin - headerHeight - footerHeight)
            let scale = min(areaWidth / width, areaHeight / height, largestScale)
            var spreadX = scale, spreadY = scale
            if stretch {
                if rangeX > 0 {
                    spreadX = min(max(scale, (areaWidth - scale * (width - rangeX)) / rangeX), scale * largestSpread)
                }
                if rangeY > 0 {
                    spreadY = min(max(scale, (areaHeight - scale * (height - rangeY)) / rangeY), scale * largestSpread)
                }
            }
            // Centred in the area: the spread box's own centre at the area's centre.
            let drawnMinX = box.minX * scale + (centresX.min() ?? 0) * (spreadX - scale)
            let drawnMaxX = box.maxX * scale + (centresX.max() ?? 0) * (spreadX - scale)
            let drawnMinY = box.minY * scale + (centresY.min() ?? 0) * (spreadY - scale)
            let drawnMaxY = box.maxY * scale + (centresY.max() ?? 0) * (spreadY - scale)
            return Fit(landscape: landscape, pageWidth: size.width, pageHeight: size.height, scale: scale,
                       spreadX: spreadX, spreadY: spreadY,
                       offsetX: margin + (areaWidth - (drawnMaxX - drawnMinX)) / 2 - drawnMinX,
                       offsetY: margin + footerHeight + (areaHeight - (drawnMaxY - drawnMinY)) / 2 - drawnMinY)
        }
        if let landscape { return candidate(landscape) }
        let portrait = candidate(false), wide = candidate(true)
        return wide.scale > portrait.scale * 1.0001 ? wide : portrait
    }

    /// A node's centre on the page.
    static func place(_ box: GraphLayout.Box, _ fit: Fit) -> (x: Double, y: Double) {
        (fit.offsetX + box.x * fit.spreadX, fit.offsetY + box.y * fit.spreadY)
    }

    /// A cluster's box on the page: its member nodes spread with the drawing, so the box follows their spread
    /// while its padding around them scales.
    static func place(cluster box: GraphLayout.Box, members: [GraphLayout.Box], _ fit: Fit) -> GraphLayout.Box {
        let centre = place(box, fit)
        var width = box.width * fit.scale, height = box.height * fit.scale
        if let first = members.first {
            let xs = members.map(\.x), ys = members.map(\.y)
            width += ((xs.max() ?? first.x) - (xs.min() ?? first.x)) * (fit.spreadX - fit.scale)
            height += ((ys.max() ?? first.y) - (ys.min() ?? first.y)) * (fit.spreadY - fit.scale)
        }
        return GraphLayout.Box(x: centre.x, y: centre.y, width: width, height: height)
    }

    /// `pos` for neato: inches, pinned.
    static func position(_ x: Double, _ y: Double) -> DotValue {
        .keyword(DotEncoder.number(x / 72) + "," + DotEncoder.number(y / 72) + "!")
    }

    /// The two invisible points at the page's corners that make the drawing exactly the page.
    static func corners(_ fit: Fit) -> [DotNode] {
        [(0.0, 0.0), (fit.pageWidth, fit.pageHeight)].enumerated().map { index, corner in
            DotNode(id: "page_\(index)", attributes: [
                .shape: .keyword("point"), .style: .keyword("invis"), .width: .number(0), .height: .number(0),
                .label: .text(""), .pos: position(corner.0, corner.1),
            ])
        }
    }
}
