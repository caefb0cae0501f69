/// GEXF 1.3 (https://gexf.net/) for Gephi: the network's name as `<meta><title>` and its description; every actor
/// field, note and attribute as a declared node attribute, `viz:color` by sector; edge weights, `type` when a tie
/// overrides the default, and kind, project, note, contributions and tie attributes as declared edge attributes.
/// Tie dates are the edges' `start`/`end` (the graph then `mode="dynamic"`, with `timeformat="date"` when every
/// date is `YYYY-MM-DD`, `"integer"` when every one is a year); other mixes of forms are written as `start`/`end`
/// edge attributes, since GEXF has one time format per graph. The network's language and source have no place in GEXF.
public enum GEXFWriter {
    /// - Parameter sectorColour: `#RRGGBB` for each sector's `viz:color`. Colours are presentation, so the model
    ///   module does not choose them: the CLI passes the diagrams' palette (`DiagramStyle.fill`).
    public static func write(_ network: Network, sectorColour: (Sector) -> String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
        out += "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        out += "  <meta>\n    <creator>actornet</creator>\n    <title>\(xmlEscaped(network.name))</title>\n"
        if let description = network.description {
            out += "    <description>\(xmlEscaped(description))</description>\n"
        }
        out += "  </meta>\n"
        let time = timeFormat(network.ties)
        let mode = time.map { "mode=\"dynamic\" timeformat=\"\($0)\"" } ?? "mode=\"static\""
        out += "  <graph defaultedgetype=\"\(network.directed ? "directed" : "undirected")\" \(mode)>\n"
        let nodeFields = [
            "sector", "level", "country", "territory", "roles", "offers", "needs", "motivation", "notes",
        ]
        let nodeAttributes = Array(Set(network.actors.flatMap(\.attributes.keys))).sorted()
        out += declarations("node", nodeFields.map { ($0, "string") } + nodeAttributes.map { ($0, "string") })
        var edgeFields: [(String, String)] = [
            ("kind", "string"), ("project", "string"), ("note", "string"), ("money", "double"),
            ("currency", "string"), ("work", "double"), ("in_kind", "string"),
        ]
        if time == nil, network.ties.contains(where: { $0.start != nil || $0.end != nil }) {
            edgeFields += [("start", "string"), ("end", "string")]
        }
        let edgeAttributes = Array(Set(network.ties.flatMap(\.attributes.keys))).sorted()
        out += declarations("edge", edgeFields + edgeAttributes.map { ($0, "string") })
        out += "    <nodes>\n"
        for actor in network.actors {
            out +=
                "      <node id=\"\(xmlEscaped(actor.id))\" label=\"\(xmlEscaped(actor.name))\">\n        <attvalues>\n"
            let lists = [actor.roles, actor.offers, actor.needs, actor.motivation].map { list in
                list.isEmpty ? nil : list.joined(separator: ";")
            }
            let values =
                [actor.sector.rawValue, actor.level.rawValue, actor.country, actor.territory] + lists
                + [actor.notes]
            out += attvalues(values + nodeAttributes.map { actor.attributes[$0] })
            let (r, g, b) = rgb(sectorColour(actor.sector))
            out += "        </attvalues>\n        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>\n      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, tie) in network.ties.enumerated() {
            let type = tie.directed.map { " type=\"\($0 ? "directed" : "undirected")\"" } ?? ""
            let dates =
                time == nil
                ? ""
                : [("start", tie.start), ("end", tie.end)].compactMap { name, value in
                    value.map { " \(name)=\"\($0)\"" }
                }.joined()
            out +=
                "      <edge id=\"\(index)\" source=\"\(xmlEscaped(tie.from))\" target=\"\(xmlEscaped(tie.to))\" "
                + "weight=\"\(OrderedTree.numberText(tie.weight))\"\(type)\(dates)>\n        <attvalues>\n"
            let c = tie.contributions
            var values: [String?] = [
                tie.kind.rawValue, tie.project, tie.note, c?.money.map(OrderedTree.numberText), c?.currency,
                c?.work.map(OrderedTree.numberText), c?.inKind,
            ]
            if edgeFields.count > 7 { values += [tie.start, tie.end] }
            let attributes = tie.attributes
            out += attvalues(values + edgeAttributes.map { attributes[$0] })
            out += "        </attvalues>\n      </edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }

    /// `date` when every tie date is `YYYY-MM-DD`, `integer` when every one is `YYYY`; nil when there are none or
    /// their forms differ (then they are written as attributes).
    static func timeFormat(_ ties: [Tie]) -> String? {
        let dates = ties.flatMap { [$0.start, $0.end].compactMap { $0 } }
        guard let first = dates.first else { return nil }
        guard dates.allSatisfy({ $0.count == first.count }) else { return nil }
        switch first.count {
        case 10: return "date"
        case 4: return "integer"
        default: return nil
        }
    }

    private static func declarations(_ domain: String, _ attributes: [(String, String)]) -> String {
        var out = "    <attributes class=\"\(domain)\">\n"
        for (index, (title, type)) in attributes.enumerated() {
            out += "      <attribute id=\"\(index)\" title=\"\(xmlEscaped(title))\" type=\"\(type)\"/>\n"
        }
        return out + "    </attributes>\n"
    }

    /// One `<attvalue>` per present value (an attribute may be empty), `for` its position among the declared ones.
    private static func attvalues(_ values: [String?]) -> String {
        var out = ""
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            out += "          <attvalue for=\"\(index)\" value=\"\(xmlEscaped(value))\"/>\n"
        }
        return out
    }

    static func rgb(_ hex: String) -> (Int, Int, Int) {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        return (value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF)
    }
}
