import Foundation

/// Writes networks as YAML, JSON and CSV, in the schema `NetworkFile` reads (docs/network-format.md): what is
/// written reads back to an equal model. Empty fields are left out.
public enum NetworkWriter {
    public static func yaml(_ network: Network) -> String { String(decoding: yamlData(network), as: UTF8.self) }

    public static func json(_ network: Network) -> String { String(decoding: jsonData(network), as: UTF8.self) }

    /// The ties CSV, the actors CSV, the network CSV (`field,value`: name, description, language, directed,
    /// source) and, when there are projects, the projects CSV (one row per member).
    /// - Parameter dialect: plain RFC 4180, or what a spreadsheet opens (`CSVDialect.spreadsheet`).
    public static func csv(
        _ network: Network, dialect: CSVDialect = .plain
    ) -> (ties: Data, actors: Data, network: Data, projects: Data?) {
        let data: (NetworkTables.Table) -> Data
        let tables: NetworkTables
        switch dialect {
        case .plain:
            tables = NetworkTables(network)
            data = { CSVStreamWriter.data(header: $0.header, rows: $0.rows.map { $0.map(\.text) }) }
        case .spreadsheet(let language):
            // Headers and values come from the catalogue (as in a workbook); only number cells take the comma.
            tables = NetworkTables(network, language: language)
            data = { table in
                CSVStreamWriter.spreadsheetData(
                    header: table.header, rows: table.rows.map { $0.map { $0.spreadsheetText(language) } })
            }
        }
        return (data(tables.ties), data(tables.actors), data(tables.network), tables.projects.map(data))
    }

    static func tree(_ network: Network) -> OrderedTree {
        var top = headerPairs(network)
        top.append(("actors", .list(network.actors.map(actorTree))))
        top.append(("ties", .list(network.ties.map(tieTree))))
        if !network.projects.isEmpty { top.append(("projects", .list(network.projects.map(projectTree)))) }
        return .map(top)
    }

    static func actorTree(_ actor: Actor) -> OrderedTree {
        var pairs: [(String, OrderedTree)] = [("id", .string(actor.id))]
        if actor.name != actor.id { pairs.append(("name", .string(actor.name))) }
        pairs.append(("sector", .string(actor.sector.rawValue)))
        pairs.append(("level", .string(actor.level.rawValue)))
        if let country = actor.country { pairs.append(("country", .string(country))) }
        if let territory = actor.territory { pairs.append(("territory", .string(territory))) }
        for (key, list) in [
            ("roles", actor.roles), ("offers", actor.offers), ("needs", actor.needs), ("motivation", actor.motivation),
        ] where !list.isEmpty {
            pairs.append((key, .list(list.map(OrderedTree.string))))
        }
        if !actor.attributes.isEmpty {
            pairs.append(
                ("attributes", .map(actor.attributes.keys.sorted().map { ($0, .string(actor.attributes[$0]!)) })))
        }
        if let notes = actor.notes { pairs.append(("notes", .string(notes))) }
        return .map(pairs)
    }

    private static func contributionsTree(_ c: Contributions) -> OrderedTree {
        var pairs: [(String, OrderedTree)] = []
        if let money = c.money { pairs.append(("money", .number(money))) }
        if let currency = c.currency { pairs.append(("currency", .string(currency))) }
        if let work = c.work { pairs.append(("work", .number(work))) }
        if let inKind = c.inKind { pairs.append(("in_kind", .string(inKind))) }
        return .map(pairs)
    }

    static func tieTree(_ tie: Tie) -> OrderedTree {
        var pairs: [(String, OrderedTree)] = [
            ("from", .string(tie.from)), ("to", .string(tie.to)),
            ("weight", .number(tie.weight)), ("kind", .string(tie.kind.rawValue)),
        ]
        if let directed = tie.directed { pairs.append(("directed", .bool(directed))) }
        if let contributions = tie.contributions { pairs.append(("contributions", contributionsTree(contributions))) }
        if let project = tie.project { pairs.append(("project", .string(project))) }
        if let note = tie.note { pairs.append(("note", .string(note))) }
        if let start = tie.start { pairs.append(("start", .string(start))) }
        if let end = tie.end { pairs.append(("end", .string(end))) }
        let attributes = tie.attributes
        if !attributes.isEmpty {
            pairs.append(("attributes", .map(attributes.keys.sorted().map { ($0, .string(attributes[$0]!)) })))
        }
        return .map(pairs)
    }

    static func projectTree(_ project: Project) -> OrderedTree {
        var pairs: [(String, OrderedTree)] = [("id", .string(project.id))]
        if project.name != project.id { pairs.append(("name", .string(project.name))) }
        for (key, value) in [("objective", project.objective), ("area", project.area), ("lead", project.lead)] {
            if let value { pairs.append((key, .string(value))) }
        }
        if !project.members.isEmpty {
            pairs.append(
                (
                    "members",
                    .list(
                        project.members.map { member in
                            var m: [(String, OrderedTree)] = [("actor", .string(member.actor))]
                            if let role = member.role { m.append(("role", .string(role))) }
                            if let contributions = member.contributions {
                                m.append(("contributions", contributionsTree(contributions)))
                            }
                            return .map(m)
                        })
                ))
        }
        if let agreement = project.agreement { pairs.append(("agreement", .string(agreement))) }
        if !project.sdgs.isEmpty { pairs.append(("sdgs", .list(project.sdgs.map { .number(Double($0)) }))) }
        if let start = project.start { pairs.append(("start", .string(start))) }
        if let end = project.end { pairs.append(("end", .string(end))) }
        return .map(pairs)
    }
}
