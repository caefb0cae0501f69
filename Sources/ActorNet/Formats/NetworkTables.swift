/// One cell of a table actornet writes: text, a number or a truth value, so a spreadsheet gets numbers as numbers
/// and CSV gets the same text as always (`text`).
public enum SpreadsheetCell: Sendable, Hashable {
    case empty
    case text(String)
    case number(Double)
    case bool(Bool)

    /// The cell as CSV writes it: whole numbers without a decimal point, `true`/`false`, "" when empty.
    public var text: String {
        switch self {
        case .empty: ""
        case .text(let text): text
        case .number(let value): OrderedTree.numberText(value)
        case .bool(let value): value ? "true" : "false"
        }
    }

    /// Text, or empty when nil or "".
    static func text(_ value: String?) -> Self {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    static func number(_ value: Double?) -> Self { value.map(Self.number) ?? .empty }
}

/// A network as the tables of its CSV set and its workbook (ties, actors, network fields, projects), headed and
/// worded for a reader of one language: English gives exactly the CSV set's columns and canonical vocabulary;
/// Spanish and Portuguese give their column names (`origen`, `destino`…) and vocabulary labels (`sociedad civil`),
/// which the readers accept as synonyms, so every language reads back to the same network.
public struct NetworkTables: Sendable {
    public struct Table: Sendable {
        public var header: [String]
        public var rows: [[SpreadsheetCell]]
    }

    public var ties: Table
    public var actors: Table
    /// `field,value` rows: name, description, goals, language, directed, source.
    public var network: Table
    /// One row per project member; nil when the network has no projects.
    public var projects: Table?

    public init(_ network: Network, language: Language = .en) {
        func column(_ key: CatalogueKey) -> String { language.text(key) }
        // Dates and attributes get columns only when some tie has them, so undated networks keep their old CSV.
        let dated = network.ties.contains { $0.start != nil || $0.end != nil }
        let tieAttributeNames = Array(Set(network.ties.flatMap(\.attributes.keys))).sorted()
        let tieColumns: [CatalogueKey] =
            [
                .columnSource, .columnTarget, .columnWeight, .columnKind, .columnDirected, .columnProject,
                .columnNote,
            ] + Self.contributionColumns + (dated ? [.columnStart, .columnEnd] : [])
        ties = Table(
            header: tieColumns.map(column) + tieAttributeNames,
            rows: network.ties.map { tie in
                let attributes = tie.attributes
                return [
                    .text(tie.from), .text(tie.to), .number(tie.weight), .text(tie.kind.spelling(language)),
                    tie.directed.map(SpreadsheetCell.bool) ?? .empty, .text(tie.project), .text(tie.note),
                ] + Self.contributionCells(tie.contributions)
                    + (dated ? [.text(tie.start), .text(tie.end)] : [])
                    + tieAttributeNames.map { .text(attributes[$0]) }
            })
        let attributeNames = Array(Set(network.actors.flatMap(\.attributes.keys))).sorted()
        let actorColumns: [CatalogueKey] = [
            .columnID, .columnName, .columnSector, .columnLevel, .columnCountry, .columnTerritory, .columnRoles,
            .columnOffers, .columnNeeds, .columnMotivation, .columnNotes,
        ]
        actors = Table(
            header: actorColumns.map(column) + attributeNames,
            rows: network.actors.map { actor in
                [
                    .text(actor.id), .text(actor.name), .text(actor.sector.spelling(language)),
                    .text(actor.level.spelling(language)), .text(actor.country), .text(actor.territory),
                    .text(actor.roles.joined(separator: ";")), .text(actor.offers.joined(separator: ";")),
                    .text(actor.needs.joined(separator: ";")), .text(actor.motivation.joined(separator: ";")),
                    .text(actor.notes),
                ] + attributeNames.map { .text(actor.attributes[$0]) }
            })
        let fields: [(CatalogueKey, SpreadsheetCell)] = [
            (.columnName, .text(network.name)), (.columnDescription, .text(network.description)),
            (.columnGoals, .text(network.goals.isEmpty ? nil : network.goals.joined(separator: ";"))),
            (.columnLanguage, .text(network.language)), (.columnDirected, .bool(network.directed)),
            (.columnDataSource, .text(network.source)),
        ]
        self.network = Table(
            header: [column(.columnField), column(.columnValue)],
            rows: fields.filter { $0.1 != .empty }.map { [.text(column($0.0)), $0.1] })
        guard !network.projects.isEmpty else { return }
        let projectColumns: [CatalogueKey] =
            [
                .columnID, .columnName, .columnObjective, .columnArea, .columnLead, .columnAgreement, .columnSDGs,
                .columnStart, .columnEnd, .columnMember, .columnRole,
            ] + Self.contributionColumns
        var rows: [[SpreadsheetCell]] = []
        for project in network.projects {
            let head: [SpreadsheetCell] = [
                .text(project.id), .text(project.name), .text(project.objective), .text(project.area),
                .text(project.lead), .text(project.agreement),
                .text(project.sdgs.map(String.init).joined(separator: ";")),
                .text(project.start), .text(project.end),
            ]
            if project.members.isEmpty { rows.append(head + Array(repeating: .empty, count: 6)) }
            for member in project.members {
                rows.append(
                    head + [.text(member.actor), .text(member.role)] + Self.contributionCells(member.contributions))
            }
        }
        projects = Table(header: projectColumns.map(column), rows: rows)
    }

    private static let contributionColumns: [CatalogueKey] = [
        .columnMoney, .columnCurrency, .columnWork, .columnInKind,
    ]

    private static func contributionCells(_ contributions: Contributions?) -> [SpreadsheetCell] {
        [
            .number(contributions?.money), .text(contributions?.currency), .number(contributions?.work),
            .text(contributions?.inKind),
        ]
    }
}
