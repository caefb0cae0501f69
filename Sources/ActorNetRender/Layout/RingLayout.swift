import ActorNet
import Foundation

/// `--layout rings`: territorial levels on concentric rings (local inside, international outside, unspecified
/// outermost) and sectors in wedges, computed here because twopi cannot put nodes on a ring by attribute.
/// The diagram pins the positions (`pos="x,y!"`) and draws them with neato.
enum RingLayout {
    /// The least angle left free on each side of the top of every ring, where the ring's label sits (labels
    /// stacked there need only a line's height between rings); more when the label and boxes need it.
    static let labelGap = 0.12
    /// The smallest scale a ring's name is kept clear for (its 8 pt are this many times wider in layout points).
    static let smallestScale = 0.4
    /// Space between neighbours on a ring and between rings, in points.
    static let gap = 14.0

    /// Ring order from the centre outwards.
    static let levelsInsideOut: [Level] = [.local, .regional, .national, .international, .unspecified]

    struct Ring: Equatable {
        var level: Level
        var radius: Double
    }

    /// Node centres for `actors` (index → centre), whose node boxes are `sizes` (width, height in points) and
    /// whose rings' names are `labelWidths` wide (layout points);
    /// the rings drawn, innermost first. Centre at (0, 0).
    static func place(
        _ actors: [Actor], sizes: [(width: Double, height: Double)],
        order: [Int], labelWidths: [Level: Double] = [:]
    ) -> (centres: [Int: (x: Double, y: Double)], rings: [Ring]) {
        let sectors = Sector.allCases.filter { sector in actors.contains { $0.sector == sector } }
        // Wedges proportional to each sector's actors, in the catalogue's sector order.
        let usable = 2 * Double.pi - 2 * labelGap
        var wedgeStart: [Sector: Double] = [:], wedgeWidth: [Sector: Double] = [:]
        var angle = Double.pi / 2 + labelGap
        for sector in sectors {
            let share = Double(actors.filter { $0.sector == sector }.count) / Double(max(1, actors.count))
            wedgeStart[sector] = angle
            wedgeWidth[sector] = usable * share
            angle += usable * share
        }
        var centres: [Int: (x: Double, y: Double)] = [:]
        var rings: [Ring] = []
        var radius = 0.0, previousDepth = 0.0
        for level in levelsInsideOut {
            let members = order.filter { actors[$0].level == level }
            guard !members.isEmpty else { continue }
            let depth = members.map { max(sizes[$0].width, sizes[$0].height) }.max() ?? 0
            // Far enough out that the rings' nodes clear the previous ring's, and that each wedge's arc holds its
            // nodes side by side (the arc length must reach the sum of their widths and gaps).
            let inner = rings.isEmpty ? (members.count == 1 ? 0 : depth) : radius + (previousDepth + depth) / 2 + gap
            // The ring's name sits at its top: the ring's own actors keep clear of it by half the name, half the
            // widest box and a gap on each side, so each ring squeezes the wedges into what is left.
            let clearance = (labelWidths[level] ?? 0) / 2 + depth / 2 + gap
            func freeAngle(_ radius: Double) -> Double {
                radius > 0 ? min(Double.pi / 3, max(labelGap, clearance / radius)) : labelGap
            }
            var needed = inner
            for _ in 0..<20 {
                let squeeze = (2 * Double.pi - 2 * freeAngle(needed)) / usable
                var next = inner
                for sector in sectors {
                    let inWedge = members.filter { actors[$0].sector == sector }
                    let arc = inWedge.map { sizes[$0].width + gap }.reduce(0, +)
                    if let width = wedgeWidth[sector], width > 0 { next = max(next, arc / (width * squeeze)) }
                }
                if next <= needed * 1.0001 { break }
                needed = next
            }
            radius = needed
            previousDepth = depth
            rings.append(Ring(level: level, radius: radius))
            let free = members.count == 1 && rings.count == 1 ? labelGap : freeAngle(radius)
            let squeeze = (2 * Double.pi - 2 * free) / usable
            for sector in sectors {
                let inWedge = members.filter { actors[$0].sector == sector }
                guard let start = wedgeStart[sector], let width = wedgeWidth[sector] else { continue }
                for (position, index) in inWedge.enumerated() {
                    let global =
                        start - (Double.pi / 2 + labelGap) + width * (Double(position) + 0.5) / Double(inWedge.count)
                    let theta = Double.pi / 2 + free + global * squeeze
                    centres[index] = (radius * cos(theta), radius * sin(theta))
                }
            }
        }
        return (centres, rings)
    }
}
