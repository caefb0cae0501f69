/// GEXF 1.3 (https://gexf.net/) for Gephi: node attributes declared, `viz:color` by sector, edge weights and kinds.
public enum GEXFWriter {
    /// - Parameter sectorColour: `#RRGGBB` for each sector's `viz:color`. Colours are presentation, so the model
    ///   module does not choose them: the CLI passes the diagrams' palette (`DiagramStyle.fill`).
    public static func write(_ network: Network, sectorColour: (Sector) -> String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
        out += "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        out += "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
        out += "  <meta>\n    <creator>actornet</creator>\n"
        out += "    <description>\(xmlEscaped(network.description ?? network.name))</description>\n  </meta>\n"
        out += "  <graph defaultedgetype=\"\(network.directed ? "directed" : "undirected")\" mode=\"static\">\n"
        let nodeAttributes = ["sector", "level", "country", "territory", "roles", "offers", "needs", "motivation"]
        out += "    <attributes class=\"node\">\n"
        for (index, name) in nodeAttributes.enumerated() {
            out += "      <attribute id=\"\(index)\" title=\"\(name)\" type=\"string\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\">\n"
        out += "      <attribute id=\"0\" title=\"kind\" type=\"string\"/>\n"
        out += "      <attribute id=\"1\" title=\"project\" type=\"string\"/>\n"
        out += "    </attributes>\n    <nodes>\n"
        for actor in network.actors {
            out +=
                "      <node id=\"\(xmlEscaped(actor.id))\" label=\"\(xmlEscaped(actor.name))\">\n        <attvalues>\n"
            let values = [
                actor.sector.rawValue, actor.level.rawValue, actor.country ?? "", actor.territory ?? "",
                actor.roles.joined(separator: ";"), actor.offers.joined(separator: ";"),
                actor.needs.joined(separator: ";"), actor.motivation.joined(separator: ";"),
            ]
            for (index, value) in values.enumerated() where !value.isEmpty {
                out += "          <attvalue for=\"\(index)\" value=\"\(xmlEscaped(value))\"/>\n"
            }
            let (r, g, b) = rgb(sectorColour(actor.sector))
            out += "        </attvalues>\n        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>\n      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (index, tie) in network.ties.enumerated() {
            let type = tie.directed.map { " type=\"\($0 ? "directed" : "undirected")\"" } ?? ""
            out +=
                "      <edge id=\"\(index)\" source=\"\(xmlEscaped(tie.from))\" target=\"\(xmlEscaped(tie.to))\" "
                + "weight=\"\(OrderedTree.numberText(tie.weight))\"\(type)>\n"
            out += "        <attvalues>\n          <attvalue for=\"0\" value=\"\(tie.kind.rawValue)\"/>\n"
            if let project = tie.project { out += "          <attvalue for=\"1\" value=\"\(xmlEscaped(project))\"/>\n" }
            out += "        </attvalues>\n      </edge>\n"
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }

    static func rgb(_ hex: String) -> (Int, Int, Int) {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        return (value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF)
    }
}
