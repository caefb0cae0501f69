import Foundation

/// Packs a force layout tighter before it goes on the page.
///
/// Why: neato keeps graph distances, so a chain-like network comes out long and thin with much air between its
/// labelled boxes (Chile: 1640 × 537 pt, names printed at 4.6 pt on A4, so only 10 of 20 were named). Squeezing
/// the centres towards the middle (by `xFactor`, `yFactor`) and then putting each node, from the middle outwards,
/// at the free spot nearest to its squeezed position keeps the drawing's arrangement, leaves no two boxes closer
/// than `gap`, and lets the page print it larger (Chile: all 20 named).
enum LayoutCompactor {
    /// The squeeze factors tried on each axis; the page keeps the one that prints largest.
    static let factors = [1.0, 0.7, 0.5, 0.35]
    /// Space kept between two boxes, in points.
    static let gap = 6.0

    /// `nodes` with centres squeezed by `xFactor`, `yFactor` around their mean and moved apart where they collide.
    static func compact(
        _ nodes: [String: GraphLayout.Box], xFactor: Double, yFactor: Double
    ) -> [String: GraphLayout.Box] {
        guard nodes.count > 1 else { return nodes }
        let ids = nodes.keys.sorted { a, b in a.count != b.count ? a.count < b.count : a < b }
        let boxes = ids.map { nodes[$0]! }
        let centreX = boxes.map(\.x).reduce(0, +) / Double(boxes.count)
        let centreY = boxes.map(\.y).reduce(0, +) / Double(boxes.count)
        let targets = boxes.map { ((($0.x - centreX) * xFactor), ($0.y - centreY) * yFactor) }
        let order = boxes.indices.sorted { a, b in
            let da = hypot(targets[a].0, targets[a].1), db = hypot(targets[b].0, targets[b].1)
            return da != db ? da < db : a < b
        }
        var grid = OccupancyGrid(cell: max(24, boxes.map { max($0.width, $0.height) }.max()! / 2))
        var result: [String: GraphLayout.Box] = [:]
        for index in order {
            let box = boxes[index]
            let spot = nearestFreeSpot(box, target: targets[index], grid: grid)
            let placed = GraphLayout.Box(x: spot.x + centreX, y: spot.y + centreY, width: box.width, height: box.height)
            grid.insert(GraphLayout.Box(x: spot.x, y: spot.y, width: box.width, height: box.height))
            result[ids[index]] = placed
        }
        return result
    }

    /// The target itself when free, else the nearest free spot among those touching a placed box (beside it at
    /// the target's height, above or below it at the target's x, or at one of its corners), a gap away.
    private static func nearestFreeSpot(
        _ box: GraphLayout.Box, target: (Double, Double), grid: OccupancyGrid
    ) -> (x: Double, y: Double) {
        func free(_ x: Double, _ y: Double) -> Bool {
            !grid.collides(GraphLayout.Box(x: x, y: y, width: box.width + 2 * gap, height: box.height + 2 * gap))
        }
        if free(target.0, target.1) { return target }
        var spots: [(x: Double, y: Double, distance: Double)] = []
        spots.reserveCapacity(8 * grid.placed.count)
        for other in grid.placed {
            let left = other.minX - gap - box.width / 2, right = other.maxX + gap + box.width / 2
            let below = other.minY - gap - box.height / 2, above = other.maxY + gap + box.height / 2
            func add(_ x: Double, _ y: Double) { spots.append((x, y, hypot(x - target.0, y - target.1))) }
            add(left, target.1)
            add(right, target.1)
            add(target.0, below)
            add(target.0, above)
            add(left, below)
            add(left, above)
            add(right, below)
            add(right, above)
        }
        // Nearest first, sorting only the spots within a bound that doubles until a free one is found (sorting all
        // of them for every node made the packing quadratic in a way a 132-actor network felt).
        var bound = max(box.width, box.height) + 2 * gap, checked = 0.0
        while true {
            let near = spots.filter { $0.distance > checked && $0.distance <= bound }
                .sorted { $0.distance != $1.distance ? $0.distance < $1.distance : ($0.x, $0.y) < ($1.x, $1.y) }
            if let spot = near.first(where: { free($0.x, $0.y) }) { return (spot.x, spot.y) }
            // The rightmost spot beside the rightmost box is always free, so the search ends.
            if near.isEmpty && !spots.contains(where: { $0.distance > bound }) { return target }
            checked = bound
            bound *= 2
        }
    }

    /// Placed boxes bucketed by grid cell, for quick collision tests.
    struct OccupancyGrid {
        var cell: Double
        var buckets: [Int64: [Int]] = [:]
        var placed: [GraphLayout.Box] = []

        private func key(_ column: Int, _ row: Int) -> Int64 {
            Int64(column) << 32 | Int64(UInt32(bitPattern: Int32(row)))
        }

        private func range(_ low: Double, _ high: Double) -> ClosedRange<Int> {
            Int(floor(low / cell))...Int(floor(high / cell))
        }

        mutating func insert(_ box: GraphLayout.Box) {
            placed.append(box)
            for column in range(box.minX, box.maxX) {
                for row in range(box.minY, box.maxY) { buckets[key(column, row), default: []].append(placed.count - 1) }
            }
        }

        /// True when `box` (grown by the gap on every side) overlaps a placed box.
        func collides(_ box: GraphLayout.Box) -> Bool {
            for column in range(box.minX, box.maxX) {
                for row in range(box.minY, box.maxY) {
                    for index in buckets[key(column, row)] ?? [] {
                        let other = placed[index]
                        if abs(other.x - box.x) * 2 < other.width + box.width
                            && abs(other.y - box.y) * 2 < other.height + box.height
                        {
                            return true
                        }
                    }
                }
            }
            return false
        }
    }
}
