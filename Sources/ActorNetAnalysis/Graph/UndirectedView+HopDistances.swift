/// Hop counts from one actor on the undirected view, by breadth-first search, kept in reusable scratch arrays.
struct HopDistances {
    /// Distance per actor, `unreachable` when not reached from the source.
    private(set) var distance: [Int32]
    private(set) var source: Int?
    private var reached: [Int32] = []

    static let unreachable = Int32.max

    init(count: Int) { distance = [Int32](repeating: Self.unreachable, count: count) }

    /// Distances from `source` (nothing done when they are already loaded): O(size of its component).
    mutating func load(_ source: Int, _ view: UndirectedView) {
        guard self.source != source else { return }
        for v in reached { distance[Int(v)] = Self.unreachable }
        reached.removeAll(keepingCapacity: true)
        self.source = source
        distance[source] = 0
        reached.append(Int32(source))
        var head = 0
        while head < reached.count {
            let v = Int(reached[head])
            head += 1
            for e in view.row(v) where distance[Int(view.targets[e])] == Self.unreachable {
                distance[Int(view.targets[e])] = distance[v] + 1
                reached.append(view.targets[e])
            }
        }
    }
}
