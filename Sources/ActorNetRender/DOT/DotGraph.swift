/// A Graphviz graph built from typed parts only. Node ids are synthetic (`n0`, `n1`, …), attribute names come from
/// a fixed list, and every value is a typed `DotValue`, so text from the data can never become DOT syntax.
public struct DotGraph: Sendable, Equatable {
    public var id: String
    public var directed: Bool
    public var attributes: [DotAttribute: DotValue] = [:]
    public var nodeDefaults: [DotAttribute: DotValue] = [:]
    public var edgeDefaults: [DotAttribute: DotValue] = [:]
    public var nodes: [DotNode] = []
    public var edges: [DotEdge] = []
    public var clusters: [DotCluster] = []

    public init(id: String, directed: Bool) {
        self.id = id
        self.directed = directed
    }
}

public struct DotNode: Sendable, Equatable {
    /// Synthetic id, `n` followed by a number (or `legend`).
    public var id: String
    public var attributes: [DotAttribute: DotValue]

    public init(id: String, attributes: [DotAttribute: DotValue]) {
        self.id = id
        self.attributes = attributes
    }
}

public struct DotEdge: Sendable, Equatable {
    public var from: String
    public var to: String
    public var attributes: [DotAttribute: DotValue]

    public init(from: String, to: String, attributes: [DotAttribute: DotValue]) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}

/// A `subgraph cluster_…` grouping node ids under a label.
public struct DotCluster: Sendable, Equatable {
    public var id: String
    public var attributes: [DotAttribute: DotValue]
    public var nodeIDs: [String]

    public init(id: String, attributes: [DotAttribute: DotValue], nodeIDs: [String]) {
        self.id = id
        self.attributes = attributes
        self.nodeIDs = nodeIDs
    }
}

/// The attributes the encoder may emit; anything else cannot be expressed.
public enum DotAttribute: String, Sendable, CaseIterable, Comparable {
    case arrowhead, bgcolor, color, constraint, dir, dpi, fillcolor, fixedsize, fontcolor, fontname, fontsize,
        height, label, labeljust, labelloc, margin, nodesep, notranslate, outputorder, overlap, pad, penwidth,
        peripheries, pos, rankdir, ranksep, shape, splines, style, tooltip, width, xlabel
    case overlapScaling = "overlap_scaling"
    /// The SVG element's `id` and `class` (handles for the interactive map; set only when
    /// `DiagramOptions.elementPrefix` is).
    case id
    case `class`

    public static func < (a: DotAttribute, b: DotAttribute) -> Bool { a.rawValue < b.rawValue }
}

/// A typed attribute value.
public enum DotValue: Sendable, Equatable {
    /// Plain text, shown as written (escaped for DOT's escString layer).
    case text(String)
    /// Text for `tooltip`: Graphviz 2.42 runs escString substitution twice on tooltips (`\\N` comes out as the node
    /// name), so the encoder doubles backslashes once more.
    case tooltip(String)
    /// Plain text whose lines are left-justified in the node (each line ends with `\\l`).
    case leftText(String)
    /// An HTML-like label built by `HTMLLabel`.
    case html(HTMLLabel)
    /// A number, clamped by the encoder to a safe range.
    case number(Double)
    /// A keyword we choose (shape names, styles, colours such as `#0072B2`), never data.
    case keyword(String)
}
