import ActorNet
import ActorNetAnalysis
import Foundation

/// What the page's live panel shows after each edit (`GET /api/analysis`): the key actors (betweenness), the
/// brokers (Gould–Fernandez roles between sectors), the isolated actors, the sector × level table and the
/// suggested missing links with their reasons in the map's language. Data only; the page words the headings.
enum LiveAnalysis {
    /// How many key actors, brokers and suggestions are listed.
    static let listed = 5

    static func data(_ network: Network, version: Int, language: Language) -> Data {
        let analysis = NetworkAnalysis(network, threads: 1)
        let names = network.actors.map(\.name)
        let ids = network.actors.map(\.id)
        func actor(_ i: Int) -> [String: JSONValue] { ["id": .string(ids[i]), "name": .string(names[i])] }

        let centrality = analysis.centrality(CentralityOptions(measures: [.degree, .betweenness], threads: 1))
        let degree = analysis.degrees.degree
        let key = network.actors.indices.filter { degree[$0] > 0 }.sorted { a, b in
            let x = centrality.value(.betweenness, a) ?? 0, y = centrality.value(.betweenness, b) ?? 0
            return x != y ? x > y : degree[a] != degree[b] ? degree[a] > degree[b] : a < b
        }.prefix(listed).map { i -> JSONValue in
            var row = actor(i)
            row["degree"] = .number(Double(degree[i]))
            row["betweenness"] = .number(centrality.value(.betweenness, i) ?? 0)
            return .object(row)
        }

        let roles = analysis.brokerage(by: .sector)
        let brokers = network.actors.indices.filter { roles.totals[$0] > 0 }
            .sorted { roles.totals[$0] != roles.totals[$1] ? roles.totals[$0] > roles.totals[$1] : $0 < $1 }
            .prefix(listed).map { i -> JSONValue in
                var row = actor(i)
                row["total"] = .number(Double(roles.totals[i]))
                return .object(row)
            }

        let isolates = network.actors.indices.filter { degree[$0] == 0 }.map { JSONValue.object(actor($0)) }

        let summary = analysis.summary
        let table = Sector.allCases.map { sector in
            JSONValue.array(Level.allCases.map { .number(Double(summary.sectorLevel[sector]?[$0] ?? 0)) })
        }

        let position = network.actorIndex
        let suggestions = analysis.partners(limit: listed).map { suggestion -> JSONValue in
            let a = position[suggestion.a] ?? 0, b = position[suggestion.b] ?? 0
            return .object([
                "a": .object(actor(a)), "b": .object(actor(b)), "score": .number(suggestion.score),
                "reasons": .array(suggestion.reasons.map { .string($0.text(language)) }),
            ])
        }

        return JSONValue.object([
            "version": .number(Double(version)),
            "key_actors": .array(Array(key)),
            "brokers": .array(Array(brokers)),
            "isolates": .array(isolates),
            "sector_level": .object([
                "sectors": .array(Sector.allCases.map { .string($0.rawValue) }),
                "levels": .array(Level.allCases.map { .string($0.rawValue) }),
                "counts": .array(table),
            ]),
            "suggestions": .array(suggestions),
        ]).data
    }
}
