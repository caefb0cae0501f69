import ActorNet

/// The map's HTML around the SVG: toolbar, legend with toggles, the actor panel, the help line and the data. Every
/// word comes from the catalogue in the map's language; the script finds the parts by class inside the map's
/// `<section>`, so several maps can share a page.
extension InteractiveMap {
    /// The map without the document around it; needs `style` and `script` once in the page.
    public var fragment: String {
        var out = ""
        out += "<section class=\"actornet-map\" id=\"\(prefix)map\" lang=\"\(language.rawValue)\">\n"
        out += toolbar
        out += "<div class=\"an-body\">\n"
        out += "<div class=\"an-view\" tabindex=\"0\" role=\"application\" aria-label=\"\(word(.mapLabel))\">\n"
        out += svg
        out += "</div>\n"
        out += legend
        out += "<aside class=\"an-panel\" hidden=\"\">\n"
        out += "<button type=\"button\" class=\"an-close\" title=\"\(word(.mapClose))\" "
        out += "aria-label=\"\(word(.mapClose))\">×</button>\n"
        out += "<div class=\"an-panel-body\"></div>\n</aside>\n"
        out += "</div>\n"
        out += "<p class=\"an-help\">\(word(.mapHelp))</p>\n"
        out += "<script type=\"application/json\" class=\"an-data\">\(data.json)</script>\n"
        out += "</section>\n"
        return out
    }

    private func word(_ key: CatalogueKey) -> String { HTMLText.escape(language.text(key)) }

    private var toolbar: String {
        var out = "<div class=\"an-toolbar\">\n"
        out += "<div class=\"an-search\"><input type=\"search\" class=\"an-search-input\" autocomplete=\"off\" "
        out += "placeholder=\"\(word(.mapSearch))\" aria-label=\"\(word(.mapSearch))\"/>"
        out += "<ul class=\"an-results\" hidden=\"\"></ul></div>\n"
        for (role, key, symbol) in [
            ("zoom-in", CatalogueKey.mapZoomIn, "+"), ("zoom-out", .mapZoomOut, "−"), ("reset", .mapWholeMap, "⤢"),
        ] {
            out += "<button type=\"button\" class=\"an-\(role)\" title=\"\(word(key))\" aria-label=\"\(word(key))\">"
            out += "\(symbol)</button>\n"
        }
        out += "<label class=\"an-focus\"><input type=\"checkbox\" class=\"an-focus-on\"/> \(word(.mapFocus))</label>\n"
        out += "<label class=\"an-steps\">\(word(.mapFocusSteps)) "
        out += "<input type=\"number\" class=\"an-focus-steps\" min=\"1\" max=\"9\" value=\"1\"/></label>\n"
        let years = data.ties.compactMap(\.years)
        if let first = years.map({ $0[0] }).min(), let last = years.map({ $0[1] }).max() {
            // Only when some tie has dates (its project's start and end); ties without dates are always shown.
            out += "<label class=\"an-by-year\"><input type=\"checkbox\" class=\"an-year-on\"/> \(word(.mapByYear))"
            out += "</label>\n<label class=\"an-year\">\(word(.mapYear)) <input type=\"range\" class=\"an-year-input\" "
            out += "min=\"\(first)\" max=\"\(last)\" value=\"\(first)\" step=\"1\" disabled=\"disabled\"/> "
            out += "<output class=\"an-year-value\">\(first)</output></label>\n"
        }
        out += "<button type=\"button\" class=\"an-download\">\(word(.mapDownload))</button>\n"
        out += "</div>\n"
        return out
    }

    private var legend: String {
        var out = "<aside class=\"an-legend\">\n"
        let parts: [(String, CatalogueKey, [InteractiveMapData.Group])] = [
            ("sector", .mapSectors, data.sectors), ("level", .mapLevels, data.levels),
            ("kind", .mapTieKinds, data.kinds),
        ]
        for (group, heading, entries) in parts where !entries.isEmpty {
            out += "<fieldset class=\"an-legend-\(group)\"><legend>\(word(heading))</legend>\n"
            for entry in entries {
                out +=
                    "<label><input type=\"checkbox\" checked=\"checked\" data-group=\"\(group)\" "
                    + "data-key=\"\(entry.key)\"/> "
                out += swatch(group, entry)
                out += HTMLText.escape(entry.label) + "</label>\n"
            }
            out += "</fieldset>\n"
        }
        out += "<p class=\"an-legend-hint\">\(word(.mapLegendHint))</p>\n"
        out += "</aside>\n"
        return out
    }

    /// A small SVG key: the sector's colour, the level's Graphviz shape, the tie kind's line.
    private func swatch(_ group: String, _ entry: InteractiveMapData.Group) -> String {
        let open = "<svg class=\"an-swatch\" viewBox=\"0 0 24 14\" aria-hidden=\"true\">"
        switch group {
        case "sector":
            return open + "<rect x=\"2\" y=\"2\" width=\"20\" height=\"10\" rx=\"2\" "
                + "fill=\"\(entry.color ?? "#DDDDDD")\" stroke=\"#000\" stroke-width=\"0.5\"/></svg>"
        case "level":
            let shape: String =
                switch Level(rawValue: entry.key) ?? .unspecified {
                case .international: "<polygon points=\"2,7 7,1 17,1 22,7 17,13 7,13\"/>"
                case .national: "<rect x=\"3\" y=\"2\" width=\"18\" height=\"10\"/>"
                case .regional: "<ellipse cx=\"12\" cy=\"7\" rx=\"10\" ry=\"5.5\"/>"
                case .local: "<polygon points=\"3,13 3,6 12,1 21,6 21,13\"/>"
                case .unspecified: "<polygon points=\"7,1 17,1 22,5 22,9 17,13 7,13 2,9 2,5\"/>"
                }
            return open + "<g fill=\"#FFFFFF\" stroke=\"#000\" stroke-width=\"1\">" + shape + "</g></svg>"
        default:
            // The line as Graphviz draws the kind (`DiagramStyle.edgeStyle`).
            let style = DiagramStyle.edgeStyle(TieKind(rawValue: entry.key) ?? .other)
            let dash = ["dashed": " stroke-dasharray=\"4 2\"", "dotted": " stroke-dasharray=\"1 2\""][style] ?? ""
            let width = style == "bold" ? 3 : 2
            return open + "<line x1=\"1\" y1=\"7\" x2=\"23\" y2=\"7\" stroke=\"\(entry.color ?? "#999999")\" "
                + "stroke-width=\"\(width)\"\(dash)/></svg>"
        }
    }
}
