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
        // Dates and attributes get columns only when some tie has them, so undated networks keep their old CSV.
        let dated = network.ties.contains { $0.start != nil || $0.end != nil }
        let tieAttributeNames = Array(Set(network.ties.flatMap(\.attributes.keys))).sorted()
        let tieHeader =
            [
                "source", "target", "weight", "kind", "directed", "project", "note", "money", "currency", "work",
                "in_kind",
            ] + (dated ? ["start", "end"] : []) + tieAttributeNames
        let ties = network.ties.map { tie in
            let attributes = tie.attributes
            return [
                tie.from, tie.to, OrderedTree.numberText(tie.weight), tie.kind.rawValue,
                tie.directed.map { $0 ? "true" : "false" } ?? "",
                tie.project ?? "", tie.note ?? "",
            ] + contributionCells(tie.contributions) + (dated ? [tie.start ?? "", tie.end ?? ""] : [])
                + tieAttributeNames.map { attributes[$0] ?? "" }
        }
        let attributeNames = Array(Set(network.actors.flatMap(\.attributes.keys))).sorted()
        let actorHeader =
            [
                "id", "name", "sector", "level", "country", "territory", "roles", "offers", "needs", "motivation",
                "notes",
            ] + attributeNames
        let actors = network.actors.map { actor in
            [
                actor.id, actor.name, actor.sector.rawValue, actor.level.rawValue, actor.country ?? "",
                actor.territory ?? "",
                actor.roles.joined(separator: ";"), actor.offers.joined(separator: ";"),
                actor.needs.joined(separator: ";"),
                actor.motivation.joined(separator: ";"), actor.notes ?? "",
            ] + attributeNames.map { actor.attributes[$0] ?? "" }
        }
        var projects: Data?
        if !network.projects.isEmpty {
            let header =
                ["id", "name", "objective", "area", "lead", "agreement", "sdgs", "start", "end", "member", "role"]
                + ["money", "currency", "work", "in_kind"]
            var rows: [[String]] = []
            for project in network.projects {
                let head = [
                    project.id, project.name, project.objective ?? "", project.area ?? "", project.lead ?? "",
                    project.agreement ?? "", project.sdgs.map(String.init).joined(separator: ";"), project.start ?? "",
                    project.end ?? "",
                ]
                if project.members.isEmpty { rows.append(head + ["", "", "", "", "", ""]) }
                for member in project.members {
                    rows.append(head + [member.actor, member.role ?? ""] + contributionCells(member.contributions))
                }
            }
            projects = table(header, rows, dialect: dialect)
        }
        let fields: [(String, String?)] = [
            ("name", network.name), ("description", network.description),
            ("language", network.language), ("directed", network.directed ? "true" : "false"),
            ("source", network.source),
        ]
        let metadata = table(
            ["field", "value"], fields.compactMap { field, value in value.map { [field, $0] } }, dialect: dialect)
        return (
            table(tieHeader, ties, dialect: dialect), table(actorHeader, actors, dialect: dialect), metadata, projects
        )
    }

    private static func contributionCells(_ contributions: Contributions?) -> [String] {
        [
            contributions?.money.map(OrderedTree.numberText) ?? "", contributions?.currency ?? "",
            contributions?.work.map(OrderedTree.numberText) ?? "", contributions?.inKind ?? "",
        ]
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
