import Foundation

/// A workbook that Kumu imports (kumu.io, "Structure your data for Kumu"): an `Elements` sheet whose first column
/// is `Label` (or `ID` when some actor's id differs from its name, as Kumu's guide on duplicate labels says) and a
/// `Connections` sheet starting `From`, `To`. Kumu's own fields keep their English names (`Label`, `Type`,
/// `Description`, `Tags`, `Direction`, `Strength`); actornet's other fields are custom fields named in the reader's
/// language. Several values in one cell are separated by `|`, as Kumu splits them.
///
/// Elements: Type is the sector, Description the notes, Tags what a Kumu import kept as `Tags`; Roles, Level,
/// Country, Territory, Offers, Needs, Motivation and every attribute follow. Connections: Type is the tie kind,
/// Direction `directed` or `undirected`, Strength the weight, Description the note; Project, contributions, dates
/// and attributes follow. What actornet's Kumu reader kept from Kumu's own columns (`type`, `direction`, `Tags`)
/// goes back into them, so the workbook reads back (CSVNetworkReader+Kumu) as the same actors and ties.
public enum KumuWorkbook {
    public static func data(_ network: Network, language: Language) throws -> Data {
        try XLSXWriter.data(sheets(network, language: language))
    }

    static func sheets(_ network: Network, language: Language) -> [XLSXWriter.Sheet] {
        func column(_ key: CatalogueKey) -> SpreadsheetCell { .text(language.text(key)) }
        func values(_ list: [String]) -> SpreadsheetCell { .text(list.joined(separator: "|")) }
        func term<V: Vocabulary>(_ value: V, unspecified: V) -> SpreadsheetCell {
            value == unspecified ? .empty : .text(value.label(language))
        }
        let names = network.actors.map(\.name)
        let usesIDs = network.actors.contains { $0.id != $0.name } || Set(names).count != names.count
        let attributeNames = Array(Set(network.actors.flatMap(\.attributes.keys)).subtracting(["Tags", "type"]))
            .sorted()
        var elements: [[SpreadsheetCell]] = [
            (usesIDs ? [.text("ID")] : [])
                + [.text("Label"), .text("Type"), .text("Description"), .text("Tags")]
                + [
                    column(.columnRoles), column(.columnLevel), column(.columnCountry), column(.columnTerritory),
                    column(.columnOffers),
                    column(.columnNeeds), column(.columnMotivation),
                ] + attributeNames.map(SpreadsheetCell.text)
        ]
        for actor in network.actors {
            elements.append(
                (usesIDs ? [.text(actor.id)] : [])
                    + [
                        .text(actor.name),
                        actor.sector == .unspecified
                            ? .text(actor.attributes["type"]) : term(actor.sector, unspecified: .unspecified),
                        .text(actor.notes), .text(actor.attributes["Tags"]), values(actor.roles),
                        term(actor.level, unspecified: .unspecified), .text(actor.country),
                        .text(actor.territory), values(actor.offers), values(actor.needs), values(actor.motivation),
                    ] + attributeNames.map { .text(actor.attributes[$0]) })
        }
        let dated = network.ties.contains { $0.start != nil || $0.end != nil }
        let tieAttributeNames = Array(Set(network.ties.flatMap(\.attributes.keys)).subtracting(["type", "direction"]))
            .sorted()
        var connections: [[SpreadsheetCell]] = [
            [.text("From"), .text("To"), .text("Type"), .text("Direction"), .text("Strength"), .text("Description")]
                + [
                    column(.columnProject), column(.columnMoney), column(.columnCurrency), column(.columnWork),
                    column(.columnInKind),
                ] + (dated ? [column(.columnStart), column(.columnEnd)] : [])
                + tieAttributeNames.map(SpreadsheetCell.text)
        ]
        for tie in network.ties {
            let directed = tie.directed ?? network.directed
            let contributions = tie.contributions
            let attributes = tie.attributes
            connections.append(
                [
                    .text(tie.from), .text(tie.to), .text(attributes["type"] ?? tie.kind.label(language)),
                    .text(attributes["direction"] ?? (directed ? "directed" : "undirected")), .number(tie.weight),
                    .text(tie.note),
                    .text(tie.project), .number(contributions?.money), .text(contributions?.currency),
                    .number(contributions?.work), .text(contributions?.inKind),
                ] + (dated ? [.text(tie.start), .text(tie.end)] : [])
                    + tieAttributeNames.map { .text(attributes[$0]) })
        }
        return [
            XLSXWriter.Sheet(name: "Elements", rows: elements),
            XLSXWriter.Sheet(name: "Connections", rows: connections),
        ]
    }
}
