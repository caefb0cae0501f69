import ActorNet
import Foundation
import Testing

@testable import ActorNetAnalysis

@Suite struct PartnerRecommendationTests {
    /// muni needs funding and offers local knowledge; fund offers funding and needs local knowledge — the only
    /// mutually complementary pair, across sectors and levels, so it must come first with both reasons.
    let network = Network(
        name: "p",
        actors: [
            Actor(
                id: "muni", name: "Municipio", sector: .public, level: .local, offers: ["conocimiento local"],
                needs: ["financiamiento"]),
            Actor(
                id: "fund", name: "Fundación", sector: .civilSociety, level: .national, offers: ["funding"],
                needs: ["local-knowledge"]),
            Actor(
                id: "uni", name: "Universidad", sector: .academia, level: .regional, offers: ["research"],
                needs: ["funding"]),
            Actor(
                id: "firm", name: "Empresa", sector: .private, level: .national, offers: ["logistics"],
                needs: ["legitimacy"]),
            Actor(id: "hub", name: "Red", sector: .civilSociety, level: .national),
        ], ties: [Tie(from: "muni", to: "hub"), Tie(from: "fund", to: "hub"), Tie(from: "uni", to: "firm")])

    @Test func bestComplementingPairComesFirstWithReasons() throws {
        let suggestions = PartnerRecommendation.suggest(network)
        let best = try #require(suggestions.first)
        #expect((best.a, best.b) == ("muni", "fund"))
        #expect(best.capability == 1)
        #expect(best.diversity == 1)
        #expect(
            best.reasons == [
                .offers(giver: "Fundación", capability: "funding", taker: "Municipio"),
                .offers(giver: "Municipio", capability: "local-knowledge", taker: "Fundación"),
                .sectors(.public, .civilSociety), .levels(.local, .national),
                .commonPartners(["Red"]),
            ])
        #expect(
            best.reasons.map { $0.text("en") } == [
                "Fundación offers funding, which Municipio needs",
                "Municipio offers local-knowledge, which Fundación needs",
                "Public ↔ Civil society", "Local ↔ National", "1 common partner: Red",
            ])
        // Already tied pairs are excluded unless asked for.
        #expect(!suggestions.contains { Set([$0.a, $0.b]) == ["uni", "firm"] })
        #expect(
            PartnerRecommendation.suggest(network, includeExisting: true).contains {
                Set([$0.a, $0.b]) == ["uni", "firm"]
            })
        // By hand (weights 0.5, 0.05, 0.45; proximity ½·AA/largest + ½·k·k/2, the two largest degrees 2 and 1):
        // muni+fund 0.5 + 0.05 + 0.45·0.75. Equal scores in name order (no needs met, no path between them):
        // Empresa + Municipio before Municipio + Universidad.
        #expect(
            suggestions.map { "\($0.a)+\($0.b) " + String(format: "%.4f", $0.score) } == [
                "muni+fund 0.8875", "fund+uni 0.2875", "uni+hub 0.2750", "firm+hub 0.2500", "muni+firm 0.1625",
                "muni+uni 0.1625", "fund+firm 0.1375",
            ])
    }

    /// Equal scores: more needs met first (x gets 1 of its 2 needs from y, u 2 of its 4 from v: both 0.125).
    @Test func equalScoresPutMoreNeedsMetFirst() {
        let network = Network(
            name: "n",
            actors: [
                Actor(id: "x", needs: ["research", "data"]), Actor(id: "y", offers: ["research"]),
                Actor(id: "u", needs: ["research", "data", "training", "logistics"]),
                Actor(id: "v", offers: ["research", "data"]),
            ], ties: [])
        let ranked = PartnerRecommendation.suggest(
            network, weights: PartnerWeights(capability: 1, diversity: 0, proximity: 0))
        #expect(
            ranked.prefix(3).map { "\($0.a)+\($0.b) \($0.score)" } == ["x+v 0.25", "u+v 0.125", "x+y 0.125"])
    }

    /// Equal scores and needs: the shorter path first, then names in the reader's collation (Spanish puts Ñ after
    /// N), never ids: a hub (Centro) with three partners; Ábaco hangs off Oso.
    @Test func equalScoresPutShorterPathsThenNamesFirst() {
        let names = ["c": "Centro", "n": "Ñandú", "b": "Nube", "o": "Oso", "a": "Ábaco"]
        let network = Network(
            name: "d", actors: ["c", "n", "b", "o", "a"].map { Actor(id: $0, name: names[$0]!) },
            ties: [Tie(from: "c", to: "n"), Tie(from: "c", to: "b"), Tie(from: "c", to: "o"), Tie(from: "o", to: "a")])
        let onlyCapability = PartnerWeights(capability: 1, diversity: 0, proximity: 0)
        func order(_ language: Language) -> [String] {
            PartnerRecommendation.suggest(network, weights: onlyCapability, collation: language).map {
                [names[$0.a]!, names[$0.b]!].sorted { x, y in
                    x.compare(y, options: .caseInsensitive, locale: Locale(identifier: language.rawValue))
                        == .orderedAscending
                }.joined(separator: "+")
            }
        }
        #expect(
            order(.en) == [
                "Ábaco+Centro", "Ñandú+Nube", "Ñandú+Oso", "Nube+Oso", "Ábaco+Ñandú", "Ábaco+Nube",
            ])
        #expect(
            order(.es) == [
                "Ábaco+Centro", "Nube+Ñandú", "Nube+Oso", "Ñandú+Oso", "Ábaco+Nube", "Ábaco+Ñandú",
            ])
        for limit in [1, 3] {
            #expect(
                PartnerRecommendation.suggest(network, weights: onlyCapability, limit: limit, collation: .es)
                    == Array(
                        PartnerRecommendation.suggest(network, weights: onlyCapability, collation: .es)
                            .prefix(limit)))
        }
    }

    @Test func oneSidedCoverageScoresAQuarter() throws {
        let pair = try #require(PartnerRecommendation.suggest(network).first { Set([$0.a, $0.b]) == ["uni", "fund"] })
        #expect(pair.capability == 0.25)
    }

    @Test func weightsChangeTheMixAndReasonsSpeakSpanish() throws {
        let onlyDiversity = PartnerRecommendation.suggest(
            network, weights: PartnerWeights(capability: 0, diversity: 1, proximity: 0))
        #expect(onlyDiversity.allSatisfy { $0.score == $0.diversity })
        let spanish = try #require(PartnerRecommendation.suggest(network).first)
        #expect(
            spanish.reasons.map { $0.text("es") }.contains("Fundación ofrece financiamiento, que Municipio necesita"))
    }

    @Test func forAndNeed() {
        #expect(PartnerRecommendation.suggest(network, for: "uni").allSatisfy { $0.a == "uni" || $0.b == "uni" })
        let providers = PartnerRecommendation.providers(network, need: "financiamiento")
        #expect(providers.map(\.id) == ["fund"])
        #expect(providers[0].reasons.first?.text("en") == "Fundación offers funding")
        let paired = PartnerRecommendation.providers(network, need: "funding", for: "muni")
        #expect(paired.map(\.id) == ["fund"])
    }

    /// Keeping only the best while scoring gives exactly the head of the full ranking (`PairOrder`).
    @Test(arguments: ["chile", "peru", "colombia"])
    func limitKeepsTheHeadOfTheFullRanking(name: String) throws {
        let network = try NetworkFile.load(examplePath(name)).network
        let all = PartnerRecommendation.suggest(network)
        let n = network.actors.count
        #expect(
            all.count == n * (n - 1) / 2
                - network.ties.map { Set([$0.from, $0.to]) }.reduce(into: Set<Set<String>>()) { $0.insert($1) }.count)
        for limit in [1, 7, 40] {
            #expect(PartnerRecommendation.suggest(network, limit: limit) == Array(all.prefix(limit)))
        }
        let focus = network.actors[3].id
        #expect(
            PartnerRecommendation.suggest(network, for: focus, limit: 5)
                == Array(PartnerRecommendation.suggest(network, for: focus).prefix(5)))
        // With a focus the Adamic–Adar part is normalised among that actor's pairs: the same pairs, own scale.
        #expect(
            Set(PartnerRecommendation.suggest(network, for: focus).map { [$0.a, $0.b] })
                == Set(all.filter { $0.a == focus || $0.b == focus }.map { [$0.a, $0.b] }))
    }

    /// A random 300-actor network with hubs, offers and needs: the pruned, parallel top-k equals the head of the
    /// full ranking on 1 and on 4 threads.
    @Test func prunedParallelTopEqualsFullRanking() {
        var generator = SplitMix64(seed: 11)
        func pick(_ n: Int) -> Int { Int(generator.next() % UInt64(n)) }
        let capabilities = ["funding", "research", "training", "logistics", "legitimacy", "local-knowledge"]
        let actors = (0..<300).map { i in
            Actor(
                id: "x\(String(format: "%03d", (i * 7919) % 300))",
                sector: Sector.allCases[pick(Sector.allCases.count)],
                level: Level.allCases[pick(Level.allCases.count)],
                offers: pick(3) == 0 ? [capabilities[pick(6)]] : [], needs: pick(4) == 0 ? [capabilities[pick(6)]] : [])
        }
        var ties: [Tie] = []
        for i in 1..<300 {
            for _ in 0..<2 {
                let j = pick(4) == 0 ? pick(10) : pick(i)  // some hubs among the first actors
                if j != i { ties.append(Tie(from: actors[i].id, to: actors[j].id)) }
            }
        }
        let network = NetworkValidator.validate(
            Network(name: "r", actors: actors, ties: ties), sourceMap: SourceMap(file: "r")
        ).network
        let all = PartnerRecommendation.suggest(network, threads: 1)
        for limit in [1, 10, 60] {
            #expect(PartnerRecommendation.suggest(network, limit: limit, threads: 1) == Array(all.prefix(limit)))
            #expect(PartnerRecommendation.suggest(network, limit: limit, threads: 4) == Array(all.prefix(limit)))
        }
    }
}
