internal import CGraphviz
import Foundation

/// Why Graphviz could not draw a diagram.
public enum RenderError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Graphviz reported an error in `phase` (parse, layout, render), with its own messages.
    case graphviz(phase: String, messages: [String])
    case unknownLayout(String)
    case unknownFormat(String)

    public var description: String {
        switch self {
        case .graphviz(let phase, let messages):
            "Graphviz \(phase) failed" + (messages.isEmpty ? "" : ": " + messages.joined(separator: "; "))
        case .unknownLayout(let layout):
            "unknown layout `\(layout)`; use \(GraphvizRenderer.layouts.joined(separator: ", "))"
        case .unknownFormat(let format):
            "unknown format `\(format)`; use \(GraphvizRenderer.formats.joined(separator: ", "))"
        }
    }
}

/// Renders DOT produced by `DotEncoder` in-process through libgvc:
/// `agread` (IDs in creation order: `GraphvizIDs`) → `gvLayout` → `gvRenderData` → `gvFreeRenderData`,
/// `gvFreeLayout`, `agclose`, all under the
/// process-wide Graphviz lock, checking `agerrors()` after every phase (errors can surface after a phase
/// "succeeded", e.g. a malformed HTML label).
public enum GraphvizRenderer {
    public static let layouts = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]
    public static let formats = ["svg", "png", "pdf"]

    /// The Graphviz version linked, e.g. `2.43.0`.
    public static var version: String { GraphvizLibrary.version }

    /// Lays out and renders `graph`.
    public static func render(_ graph: DotGraph, layout: String, format: String) throws(RenderError) -> Data {
        try render(dot: DotEncoder.encode(graph), layout: layout, format: format)
    }

    /// Internal: only encoder output reaches Graphviz (tests and `render(_:layout:format:)`).
    static func render(dot: String, layout: String, format: String) throws(RenderError) -> Data {
        guard layouts.contains(layout) else { throw .unknownLayout(layout) }
        guard formats.contains(format) else { throw .unknownFormat(format) }
        return try GraphvizLibrary.withLock { (gvc: OpaquePointer?) throws(RenderError) -> Data in
            guard let gvc else { throw .graphviz(phase: "start", messages: ["gvContext() failed"]) }
            func check(_ phase: String) throws(RenderError) {
                if agerrors() != 0 { throw .graphviz(phase: phase, messages: GraphvizMessages.buffer) }
            }
            guard let graph = GraphvizIDs.read(dot) else {
                throw .graphviz(phase: "parse", messages: GraphvizMessages.buffer)
            }
            defer { agclose(graph) }
            try check("parse")
            guard gvLayout(gvc, graph, layout) == 0 else {
                throw .graphviz(phase: "layout", messages: GraphvizMessages.buffer)
            }
            defer { gvFreeLayout(gvc, graph) }
            try check("layout")
            var buffer: UnsafeMutablePointer<CChar>?
            var length: UInt32 = 0
            guard gvRenderData(gvc, graph, format, &buffer, &length) == 0, let buffer else {
                throw .graphviz(phase: "render", messages: GraphvizMessages.buffer)
            }
            defer { gvFreeRenderData(buffer) }
            try check("render")
            return Data(bytes: buffer, count: Int(length))
        }
    }
}
