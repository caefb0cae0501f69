internal import CGraphviz
import Foundation

/// Where a layout engine put things: node centres and sizes, cluster boxes, in points (y up).
public struct GraphLayout: Sendable, Equatable {
    public struct Box: Sendable, Equatable {
        public var x: Double, y: Double, width: Double, height: Double
        public var minX: Double { x - width / 2 }
        public var maxX: Double { x + width / 2 }
        public var minY: Double { y - height / 2 }
        public var maxY: Double { y + height / 2 }

        public init(x: Double, y: Double, width: Double, height: Double) {
            self.x = x
            self.y = y
            self.width = width
            self.height = height
        }
    }

    /// Node id → its box (centre and size).
    public var nodes: [String: Box] = [:]
    /// Cluster id (without `cluster_`) → its bounding box.
    public var clusters: [String: Box] = [:]
}

extension GraphvizRenderer {
    /// Lays `graph` out with `engine` and reads back the positions, without drawing. Same lock and freeing
    /// discipline as `render`: the positions are attached by a throw-away `dot` rendering (Graphviz writes `pos`
    /// and cluster `bb` attributes only when it renders), then the layout and graph are freed.
    public static func layout(_ graph: DotGraph, engine: String) throws(RenderError) -> GraphLayout {
        guard layouts.contains(engine) else { throw .unknownLayout(engine) }
        let dot = DotEncoder.encode(graph)
        return try GraphvizLibrary.withLock { (gvc: OpaquePointer?) throws(RenderError) -> GraphLayout in
            guard let gvc else { throw .graphviz(phase: "start", messages: ["gvContext() failed"]) }
            guard let root = GraphvizIDs.read(dot) else {
                throw .graphviz(phase: "parse", messages: GraphvizMessages.buffer)
            }
            defer { agclose(root) }
            if agerrors() != 0 { throw .graphviz(phase: "parse", messages: GraphvizMessages.buffer) }
            guard gvLayout(gvc, root, engine) == 0 else {
                throw .graphviz(phase: "layout", messages: GraphvizMessages.buffer)
            }
            defer { gvFreeLayout(gvc, root) }
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(gvc, root, "dot", &buffer, &length) == 0, let buffer else {
                throw .graphviz(phase: "layout", messages: GraphvizMessages.buffer)
            }
            gvFreeRenderData(buffer)
            if agerrors() != 0 { throw .graphviz(phase: "layout", messages: GraphvizMessages.buffer) }
            var result = GraphLayout()
            var node = agfstnode(root)
            while let current = node {
                let name = String(cString: agnameof(UnsafeMutableRawPointer(current)))
                let centre = numbers(attribute(current, "pos"))
                let width = numbers(attribute(current, "width")).first ?? 0
                let height = numbers(attribute(current, "height")).first ?? 0
                if centre.count >= 2 {
                    result.nodes[name] = GraphLayout.Box(
                        x: centre[0], y: centre[1], width: width * 72,
                        height: height * 72)
                }
                node = agnxtnode(root, current)
            }
            var subgraph = agfstsubg(root)
            while let current = subgraph {
                let name = String(cString: agnameof(UnsafeMutableRawPointer(current)))
                let box = numbers(attribute(current, "bb"))
                if name.hasPrefix("cluster_"), box.count == 4 {
                    result.clusters[String(name.dropFirst("cluster_".count))] = GraphLayout.Box(
                        x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2,
                        width: box[2] - box[0], height: box[3] - box[1])
                }
                subgraph = agnxtsubg(current)
            }
            return result
        }
    }

    private static func attribute<T>(_ object: UnsafeMutablePointer<T>, _ name: String) -> String {
        var key = Array(name.utf8CString)
        return key.withUnsafeMutableBufferPointer { buffer in
            guard let value = agget(UnsafeMutableRawPointer(object), buffer.baseAddress) else { return "" }
            return String(cString: value)
        }
    }

    /// The numbers of `"x,y"`, `"x,y!"` or `"a,b,c,d"`.
    private static func numbers(_ text: String) -> [Double] {
        text.split(whereSeparator: { $0 == "," || $0 == "!" || $0 == " " }).compactMap { Double($0) }
    }
}
