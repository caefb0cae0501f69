import ActorNet
import ActorNetAnalysis
import Foundation

/// What the interactive map's script reads (embedded as JSON in the page): the drawn actors and ties by their
/// position in the view, with the handles of their SVG elements, the panel's contents in the reader's language,
/// the legend's groups and the few words the script shows.
///
/// Centrality and brokerage come from the run's `NetworkAnalysis` of the whole network (the numbers `analyze` and
/// `brokers --by sector` give), matched by actor id; an aggregate view's groups have none.
public struct InteractiveMapData: Sendable, Equatable, Encodable {
    public struct ActorEntry: Sendable, Equatable, Encodable {
        public var id: String
        public var name: String
        public var sector: String
        public var level: String
        /// The SVG `id` of the actor's node.
        public var element: String
        /// `[label, value]` rows of the panel: identifier, sector, level, territory, country, offers, needs.
        public var details: [[String]]
        public var centrality: [Measure]
        /// `[role, count]` for each Gould–Fernandez role the actor plays (by sector).
        public var brokerage: [BrokerageCount]
        public var projects: [String]
    }

    public struct Measure: Sendable, Equatable, Encodable {
        public var key: String
        public var label: String
        public var value: Double?
        /// A count (degree): written as a whole number.
        public var count: Bool
    }

    public struct BrokerageCount: Sendable, Equatable, Encodable {
        public var role: String
        public var count: Int
    }

    public struct TieEntry: Sendable, Equatable, Encodable {
        /// Positions of the ends in `actors`.
        public var from: Int
        public var to: Int
        public var kind: String
        public var weight: Double
        public var element: String
        /// First and last year the tie was active (`Tie.span`: its own dates, else its project's; an open end runs
        /// to the network's last year); nil when undated.
        public var years: [Int]?
    }

    /// A legend entry: a sector, level or tie kind present in the view.
    public struct Group: Sendable, Equatable, Encodable {
        public var key: String
        public var label: String
        public var color: String?
    }

    public var prefix: String
    /// The downloaded SVG's name, without extension: the view's name in lowercase ASCII letters, digits and `-`.
    public var file: String
    public var directed: Bool
    public var actors: [ActorEntry]
    public var ties: [TieEntry]
    public var sectors: [Group]
    public var levels: [Group]
    public var kinds: [Group]
    /// Words the script writes (panel headings, the empty search), and the decimal separator.
    public var words: [String: String]

    /// The data of `view` drawn with `prefix`; `analysis` is the whole network's.
    public init(view: Network, analysis: NetworkAnalysis, prefix: String, language: Language, aggregate: Bool) {
        self.prefix = prefix
        file = Self.fileName(view.name)
        directed = view.directed || view.ties.contains { $0.directed == true }
        let whole = analysis.network
        let wholeIndex = aggregate ? [:] : whole.actorIndex
        let centrality = analysis.centrality()
        let roles = analysis.brokerage(by: .sector)
        let roleKeys: [CatalogueKey] = [
            .brokersCoordinator, .brokersItinerant, .brokersRepresentative, .brokersGatekeeper, .brokersLiaison,
        ]
        actors = view.actors.enumerated().map { index, actor in
            let original = wholeIndex[actor.id]
            return ActorEntry(
                id: actor.id, name: actor.name, sector: actor.sector.rawValue, level: actor.level.rawValue,
                element: InteractiveMap.actorElement(prefix, index),
                details: Self.details(actor, language: language),
                centrality: original.map { i in
                    centrality.measures.map { measure in
                        let value = centrality.value(measure, i)
                        return Measure(
                            key: measure.rawValue, label: language.text(measure.nameKey),
                            value: value.flatMap { $0.isFinite ? $0 : nil }, count: measure.isCount)
                    }
                } ?? [],
                brokerage: original.map { i in
                    zip(roleKeys, roles.counts[i]).filter { $0.1 > 0 }.map {
                        BrokerageCount(role: language.text($0.0), count: $0.1)
                    }
                } ?? [],
                projects: aggregate ? [] : whole.projects.filter { $0.participants.contains(actor.id) }.map(\.name))
        }
        let viewIndex = view.actorIndex
        let projects = whole.projectsByID
        let yearRange = whole.yearRange
        ties = view.ties.enumerated().compactMap { index, tie in
            guard let from = viewIndex[tie.from], let to = viewIndex[tie.to] else { return nil }
            return TieEntry(
                from: from, to: to, kind: tie.kind.rawValue, weight: tie.weight,
                element: InteractiveMap.tieElement(prefix, index),
                years: yearRange.flatMap { tie.span(projects: projects).years(within: $0) }.map {
                    [$0.lowerBound, $0.upperBound]
                })
        }
        sectors = ActorGroups.present(view.actors.map(\.sector)).map {
            Group(key: $0.rawValue, label: $0.label(language), color: DiagramStyle.fill($0))
        }
        levels = ActorGroups.present(view.actors.map(\.level)).map {
            Group(key: $0.rawValue, label: $0.label(language), color: nil)
        }
        kinds = ActorGroups.present(view.ties.map(\.kind)).map {
            Group(key: $0.rawValue, label: $0.label(language), color: DiagramStyle.edgeColor($0))
        }
        words = [
            "centrality": language.text(.mapCentrality), "brokerage": language.text(.mapBrokerage),
            "noBrokerage": language.text(.mapNoBrokerage), "projects": language.text(.mapProjects),
            "noProjects": language.text(.mapNoProjects), "noMatch": language.text(.mapNoMatch),
            "decimal": language.text(.numberDecimalSeparator),
        ]
    }

    /// The panel's attribute rows; empty fields are left out.
    static func details(_ actor: Actor, language: Language) -> [[String]] {
        var rows = [
            [language.text(.mapIdentifier), actor.id], [language.text(.mapSector), actor.sector.label(language)],
            [language.text(.mapLevel), actor.level.label(language)],
        ]
        if let territory = actor.territory { rows.append([language.text(.mapTerritory), territory]) }
        if let country = actor.country { rows.append([language.text(.mapCountry), country]) }
        for (key, list) in [(CatalogueKey.mapOffers, actor.offers), (.mapNeeds, actor.needs)] where !list.isEmpty {
            rows.append([
                language.text(key), list.map { Capability.label($0, language: language) }.joined(separator: ", "),
            ])
        }
        return rows
    }

    /// `Red de Chile (ilustrativa)` → `red-de-chile-ilustrativa`; `map` when nothing is left.
    static func fileName(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        let words = folded.unicodeScalars.split { !(("a"..."z").contains($0) || ("0"..."9").contains($0)) }
        let stem = words.map { String(String.UnicodeScalarView($0)) }.joined(separator: "-")
        return stem.isEmpty ? "map" : String(stem.prefix(60))
    }

    /// The JSON text, keys sorted, safe inside a `<script>` element and in a page read as XML: `<`, `>`, `&` and
    /// Unicode noncharacters (U+FFFE, U+FDD0…, which XML forbids) written as `\u` escapes, the same string to
    /// JavaScript.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        var out = String.UnicodeScalarView()
        for scalar in String(decoding: data, as: UTF8.self).unicodeScalars {
            let v = scalar.value
            let escaped =
                scalar == "<" || scalar == ">" || scalar == "&" || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE
            guard escaped else {
                out.append(scalar)
                continue
            }
            // UTF-16 code units: a noncharacter above U+FFFF is a surrogate pair.
            for unit in String(scalar).utf16 { out.append(contentsOf: String(format: "\\u%04x", unit).unicodeScalars) }
        }
        return String(out)
    }
}
