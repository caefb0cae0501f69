import ActorNet
import Foundation

/// `--layout rings`: territorial levels on concentric rings (local inside, international outside, unspecified
/// outermost) and sectors in wedges, computed here because twopi cannot put nodes on a ring by attribute.
/// The diagram pins the positions (`pos="x,y!"`) and draws them with neato.
enum RingLayout {
    /// Angle left free on each side of the top of every ring, where the ring's label sits (labels stacked there
    /// need only a line's height between rings).
    static let labelGap = 0.12
    /// Space between neighbours on a ring and between rings, in points.
    static let gap = 14.0

    /// Ring order from the centre outwards.
    static let levelsInsideOut: [Level] = [.local, .regional, .national, .international, .unspecified]

    struct Ring: Equatable {
        var level: Level
        var radius: Double
    }

    /// Node centres for `actors` (index → centre), whose node boxes are `sizes` (width, height in points);
    /// the rings drawn, innermost first. Centre at (0, 0).
    static func place(
        _ actors: [Actor], sizes: [(width: Double, height: Double)],
        order: [Int]
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
            var needed = rings.isEmpty ? (members.count == 1 ? 0 : depth) : radius + (previousDepth + depth) / 2 + gap
            for sector in sectors {
                let inWedge = members.filter { actors[$0].sector == sector }
                let arc = inWedge.map { sizes[$0].width + gap }.reduce(0, +)
                if let width = wedgeWidth[sector], width > 0 { needed = max(needed, arc / width) }
            }
            radius = needed
            previousDepth = depth
            rings.append(Ring(level: level, radius: radius))
            for sector in sectors {
                let inWedge = members.filter { actors[$0].sector == sector }
                guard let start = wedgeStart[sector], let width = wedgeWidth[sector] else { continue }
                for (position, index) in inWedge.enumerated() {
                    let theta = start + width * (Double(position) + 0.5) / Double(inWedge.count)
                    centres[index] = (radius * cos(theta), radius * sin(theta))
                }
            }
        }
        return (centres, rings)
    }
}
