import ActorNet

/// The JSON and CSV of `analyze`: encodings of the table, written through the streaming writers.
extension CentralityTable: Encodable {
    private enum CodingKeys: String, CodingKey { case actors, network }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ActorRows(table: self), forKey: .actors)
        try container.encode(NetworkRow(table: self), forKey: .network)
    }

    /// The CSV: a header line, then one line per row.
    public func writeCSV(to writer: CSVStreamWriter) throws {
        try writer.writeRow(["id", "name", "sector", "level"] + measures.map(\.rawValue))
        let columns = measures.map { (isCount: $0.isCount, values: values[$0]) }
        for row in rows {
            let actor = actors[row]
            writer.writeText(actor.id)
            writer.writeText(actor.name)
            writer.writeText(actor.sector.rawValue)
            writer.writeText(actor.level.rawValue)
            for column in columns {
                guard let value = column.values?[row] ?? nil else {
                    writer.writeEmpty()
                    continue
                }
                if column.isCount { writer.writeInteger(Int(value)) } else { writer.writeNumber(value) }
            }
            try writer.endRow()
        }
    }
}

/// The fixed keys of a row; the measures' keys are named at run time (`NamedKey`, Results/ResultEncoding.swift).
extension NamedKey {
    static let id = NamedKey("id"), name = NamedKey("name"), sector = NamedKey("sector"), level = NamedKey("level")
    static let directed = NamedKey("directed"), weighted = NamedKey("weighted")
}

/// `actors`: one object per row, made as it is written (no per-actor value is stored).
private struct ActorRows: Encodable {
    let table: CentralityTable

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        let columns = table.measures.map { (key: NamedKey($0.rawValue), isCount: $0.isCount, values: table.values[$0]) }
        for row in table.rows {
            try container.encode(ActorRow(actor: table.actors[row], index: row, columns: columns))
        }
    }
}

private struct ActorRow: Encodable {
    let actor: Actor
    let index: Int
    let columns: [(key: NamedKey, isCount: Bool, values: [Double?]?)]

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: NamedKey.self)
        try container.encode(actor.id, forKey: .id)
        try container.encode(actor.name, forKey: .name)
        try container.encode(actor.sector.rawValue, forKey: .sector)
        try container.encode(actor.level.rawValue, forKey: .level)
        for column in columns {
            guard let value = column.values?[index] ?? nil else {
                try container.encodeNil(forKey: column.key)
                continue
            }
            if column.isCount {
                try container.encode(Int(value), forKey: column.key)
            } else {
                try container.encode(value, forKey: column.key)
            }
        }
    }
}

/// `network`: the name, how the network was read, and the network measures.
private struct NetworkRow: Encodable {
    let table: CentralityTable

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: NamedKey.self)
        try container.encode(table.name, forKey: .name)
        try container.encode(table.directed, forKey: .directed)
        try container.encode(table.weighted, forKey: .weighted)
        for (key, value) in table.network {
            if CentralityTable.isCount(key) {
                try container.encode(Int(value), forKey: NamedKey(key))
            } else {
                try container.encode(value, forKey: NamedKey(key))
            }
        }
        if let estimate = table.betweennessEstimate {
            try container.encode(EstimateRow(estimate: estimate), forKey: NamedKey("betweenness_estimate"))
        }
    }
}

/// `betweenness_estimate`: `{"method": "kadabra", "epsilon", "delta", "samples", "seed"}`.
private struct EstimateRow: Encodable {
    let estimate: BetweennessEstimate

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: NamedKey.self)
        try container.encode("kadabra", forKey: NamedKey("method"))
        try container.encode(estimate.epsilon, forKey: NamedKey("epsilon"))
        try container.encode(estimate.delta, forKey: NamedKey("delta"))
        try container.encode(estimate.samples, forKey: NamedKey("samples"))
        try container.encode(estimate.seed, forKey: NamedKey("seed"))
    }
}
