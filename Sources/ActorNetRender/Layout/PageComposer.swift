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
    /// The widest (or tallest) a drawing may be: 1.58 : 1, inside the 1.6 : 1 promised (pen widths add a little).
    static let largestAspect = 1.58

    static func textWidth(_ text: String, size: Double) -> Double {
        Double(text.count) * size * characterWidth
    }

    /// The width of `text` in Helvetica from its glyphs' advance widths (Adobe's Helvetica metrics, in 1/1000 of
    /// the font size; an accented letter as its base letter, anything else as wide as `M`). For deciding whether a
    /// caption line fits whole, where the generous estimate cut lines that fit.
    static func helveticaWidth(_ text: String, size: Double) -> Double {
        var total = 0
        for character in text {
            let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first ?? " "
            total += helveticaAdvance[base.value] ?? 833
        }
        return Double(total) / 1000 * size
    }

    private static let helveticaAdvance: [UInt32: Int] = {
        let widths: [(String, Int)] = [
            (" !,./:;I[\\]fijlt", 278), ("ijl", 222), ("\"", 355), ("#$0123456789?Labdeghnopqu_", 556),
            ("%", 889), ("&ABEKPSVXY", 667), ("'", 191), ("()-`r", 333), ("*", 389), ("+<=>~", 584),
            ("@", 1015), ("CDHNRUw", 722), ("FTZ", 611), ("GOQ", 778), ("J", 500), ("M", 833), ("W", 944),
            ("^", 469), ("ckvxyzs", 500), ("m", 833), ("{}", 334), ("|", 260),
        ]
        var table: [UInt32: Int] = [:]
        for (characters, width) in widths {
            for scalar in characters.unicodeScalars { table[scalar.value] = width }
        }
        return table
    }()

    /// Bounding box of node boxes (and cluster boxes) in layout coordinates.
    static func bounds(_ boxes: [GraphLayout.Box]) -> (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        guard !boxes.isEmpty else { return (0, 0, 0, 0) }
        return (boxes.map(\.minX).min()!, boxes.map(\.minY).min()!, boxes.map(\.maxX).max()!, boxes.map(\.maxY).max()!)
    }

    /// The fit of a drawing with node boxes `boxes` between a header of `headerHeight` and a footer of
    /// `footerHeight` on `page`; the orientation is `landscape` when given, else the one with the larger scale.
    /// `sideWidth` is kept free at the right of the drawing (a legend beside it).
    static func fit(
        _ boxes: [GraphLayout.Box], page: Page, landscape: Bool?, headerHeight: Double,
        footerHeight: Double, footerWidth: Double, stretch: Bool, sideWidth: Double = 0, actors: Int? = nil,
        largestScale: Double = largestScale
    ) -> Fit {
        let box = bounds(boxes)
        let width = max(1, box.maxX - box.minX), height = max(1, box.maxY - box.minY)
        let margin = Page.margin
        /// Leftmost and rightmost drawn edge along one axis when centres are spread by `spread` and sizes by `scale`.
        func extent(
            _ spread: Double, _ scale: Double, vertical: Bool, only: ArraySlice<GraphLayout.Box>? = nil
        ) -> (low: Double, high: Double) {
            var low = Double.infinity, high = -Double.infinity
            for item in only ?? boxes[...] {
                let centre = (vertical ? item.y : item.x) * spread, half = (vertical ? item.height : item.width) / 2
                low = min(low, centre - half * scale)
                high = max(high, centre + half * scale)
            }
            return boxes.isEmpty ? (0, 0) : (low, high)
        }
        /// The largest spread (between `scale` and `largestSpread` × `scale`) whose drawing fits in `room`.
        func spread(_ scale: Double, room: Double, vertical: Bool) -> Double {
            var low = scale, high = scale * largestSpread
            let fits = { (spread: Double) in
                let e = extent(spread, scale, vertical: vertical)
                return e.high - e.low <= room - 2  // 2 pt for the outlines' pen
            }
            if fits(high) { return high }
            for _ in 0..<40 {
                let middle = (low + high) / 2
                if fits(middle) { low = middle } else { high = middle }
            }
            return low
        }
        func candidate(_ landscape: Bool, largest: Double = largestScale, tries: Int = 4) -> Fit {
            guard let size = page.size(landscape: landscape) else {
                let pageWidth = max(width, footerWidth) + 2 * margin
                let pageHeight = height + headerHeight + footerHeight + 2 * margin
                return Fit(
                    landscape: false, pageWidth: pageWidth, pageHeight: pageHeight, scale: 1, spreadX: 1,
                    spreadY: 1, offsetX: (pageWidth - width) / 2 - box.minX,
                    offsetY: margin + footerHeight - box.minY)
            }
            let areaWidth = size.width - 2 * margin - sideWidth
            let areaHeight = max(1, size.height - 2 * margin - headerHeight - footerHeight)
            // The drawing keeps within 1.6 : 1 either way, even on a page area that is wider or taller.
            let usedWidth = min(areaWidth, areaHeight * largestAspect)
            let usedHeight = min(areaHeight, areaWidth * largestAspect)
            let scale = min((usedWidth - 2) / width, (usedHeight - 2) / height, largest)
            var spreadX = stretch ? spread(scale, room: usedWidth, vertical: false) : scale
            var spreadY = stretch ? spread(scale, room: usedHeight, vertical: true) : scale
            // Cluster boxes (after the actors in `boxes`) add padding and labels: the actors alone may come out
            // wider than 1.58 : 1 where the whole did not. Spread their centres less along the long side.
            if let actors, actors < boxes.count, stretch {
                let only = boxes.prefix(actors)
                func ratio(_ x: Double, _ y: Double) -> Double {
                    let a = extent(x, scale, vertical: false, only: only),
                        b = extent(y, scale, vertical: true, only: only)
                    return (a.high - a.low) / max(1, b.high - b.low)
                }
                for wide in [true, false] {
                    func excess(_ value: Double) -> Bool {
                        wide ? ratio(value, spreadY) > largestAspect : 1 / ratio(spreadX, value) > largestAspect
                    }
                    guard excess(wide ? spreadX : spreadY) else { continue }
                    var low = scale, high = wide ? spreadX : spreadY
                    for _ in 0..<40 {
                        let middle = (low + high) / 2
                        if excess(middle) { high = middle } else { low = middle }
                    }
                    if wide { spreadX = low } else { spreadY = low }
                }
                // Still too wide (or tall) with centres not spread at all: the scale is too large for the room
                // across; a smaller one leaves room to spread the other way.
                let worst = max(ratio(spreadX, spreadY), 1 / ratio(spreadX, spreadY))
                if worst > largestAspect * 1.001 && tries > 0 {
                    return candidate(landscape, largest: scale * largestAspect / worst * 0.99, tries: tries - 1)
                }
            }
            let x = extent(spreadX, scale, vertical: false), y = extent(spreadY, scale, vertical: true)
            return Fit(
                landscape: landscape, pageWidth: size.width, pageHeight: size.height, scale: scale,
                spreadX: spreadX, spreadY: spreadY,
                offsetX: margin + (areaWidth - (x.high - x.low)) / 2 - x.low,
                offsetY: margin + footerHeight + (areaHeight - (y.high - y.low)) / 2 - y.low)
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
            DotNode(
                id: "page_\(index)",
                attributes: [
                    .shape: .keyword("point"), .style: .keyword("invis"), .width: .number(0), .height: .number(0),
                    .label: .text(""), .pos: position(corner.0, corner.1),
                ])
        }
    }
}
