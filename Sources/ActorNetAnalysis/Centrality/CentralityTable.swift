import ActorNet

/// What `analyze` reports: a row of measures per actor (in file order, or ranked) and the network's measures.
///
/// Its JSON (through `JSONStreamWriter`) is
/// `{"actors": [{"id", "name", "sector", "level", <measure>: number or null, …}], "network": {"name", "directed",
/// "weighted", <network measure>: number, …, "betweenness_estimate" when estimated}}`, with counts (`degree`,
/// `in_degree`, `out_degree`, `actors`, `ties`, `components`, `largest_component`) as whole numbers; its CSV
/// (`writeCSV`) is one line per actor with columns `id,name,sector,level,<measure>…`, an undefined value as an empty
/// cell. Keys are `ActorMeasure` raw values and `CentralityReport.network` keys (docs/json-output.md).
public struct CentralityTable: Sendable {
    /// The network's name, and how it was read.
    public var name: String
    public var directed: Bool
    public var weighted: Bool
    /// The actors, indexed as in the network.
    public var actors: [Actor]
    /// Per-actor columns in output order, and their values (one per actor, nil when undefined).
    public var measures: [ActorMeasure]
    public var values: [ActorMeasure: [Double?]]
    /// Network measures in output order.
    public var network: [(key: String, value: Double)]
    /// The actors in row order: every actor in file order, or those kept by `ranked(by:limit:)`.
    public var rows: [Int]
    /// How betweenness was estimated, when it was (`CentralityReport.betweennessEstimate`).
    public var betweennessEstimate: BetweennessEstimate?

    public init(_ report: CentralityReport, of network: Network) {
        name = network.name
        directed = report.directed
        weighted = report.weighted
        actors = network.actors
        measures = report.measures
        values = report.values
        self.network = report.network
        rows = Array(network.actors.indices)
        betweennessEstimate = report.betweennessEstimate
    }

    /// The value of `measure` for actor `index`; nil when not computed or undefined.
    public func value(_ measure: ActorMeasure, _ index: Int) -> Double? { values[measure]?[index] ?? nil }

    /// Network measures that count things (written as whole numbers).
    public static func isCount(_ networkMeasure: String) -> Bool {
        ["actors", "ties", "components", "largest_component"].contains(networkMeasure)
    }

    /// This table with its rows ranked by `measure`, highest first (undefined values last, ties in file order),
    /// keeping the first `limit` (all when nil).
    public func ranked(by measure: ActorMeasure, limit: Int? = nil) -> CentralityTable {
        let key = rows.map { value(measure, $0) ?? -.infinity }
        let order = rows.indices.sorted { a, b in key[a] != key[b] ? key[a] > key[b] : rows[a] < rows[b] }
        var copy = self
        copy.rows = order.prefix(limit ?? order.count).map { rows[$0] }
        return copy
    }

    /// The measure `analyze` ranks by when none is named: betweenness when computed, else the first column.
    public var defaultRanking: ActorMeasure {
        measures.contains(.betweenness) ? .betweenness : measures.first ?? .degree
    }
}
