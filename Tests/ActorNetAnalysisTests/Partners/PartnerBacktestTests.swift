import ActorNet
import Testing

@testable import ActorNetAnalysis

/// `tie` started in `year`.
private func dated(_ tie: Tie, _ year: Int) -> Tie {
    var tie = tie
    tie.start = String(year)
    return tie
}

@Suite struct PartnerBacktestTests {
    /// By the end of 2012: the path a–b–c–d (2010, 2010, 2011). After: a–c (2013); a–d, an undated tie dated by the
    /// project the two share (2013); e–a (2014), e absent by 2012. Candidates a–c, a–d, b–d; positives a–c, a–d.
    let network = Network(
        name: "dated",
        actors: [
            Actor(id: "a", needs: ["funding"]), Actor(id: "b"), Actor(id: "c", offers: ["funding"]), Actor(id: "d"),
            Actor(id: "e"),
        ],
        ties: [
            dated(Tie(from: "a", to: "b"), 2010), dated(Tie(from: "b", to: "c"), 2010),
            dated(Tie(from: "c", to: "d"), 2011), dated(Tie(from: "a", to: "c"), 2013), Tie(from: "a", to: "d"),
            dated(Tie(from: "e", to: "a"), 2014),
        ],
        projects: [
            Project(id: "p", name: "P", members: [ProjectMember(actor: "a"), ProjectMember(actor: "d")], start: "2013")
        ])

    /// By hand. actornet (capability only): a–c 0.25 first, then b–d (2 steps) before a–d (3 steps), all 0:
    /// AP = ½·1 + ½·⅔. Every baseline scores a–c and b–d alike above a–d: AP = ½·½ + ½·⅔, precision at 1 = ½
    /// (one of the two tied at the top is positive). Random: ⅔.
    @Test func tinyNetworkByHand() throws {
        let result = try #require(
            PartnerBacktest.run(
                network, until: 2012, top: 1, weights: PartnerWeights(capability: 1, diversity: 0, proximity: 0)))
        #expect(result.candidates == 3)
        #expect(result.positives == 2)
        #expect(result.rows.map(\.ranking) == PartnerBacktest.rankings)
        let scores = result.rows.map { $0.score! }
        func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }
        #expect(near(scores[0].averagePrecision, 0.5 + 0.5 * 2 / 3))
        #expect(scores[0].precisionAtK == 1)
        #expect(scores[0].recallAtK == 0.5)
        for baseline in scores[1...5] {
            #expect(near(baseline.averagePrecision, 0.25 + 0.5 * 2 / 3))
            #expect(baseline.precisionAtK == 0.5)
            #expect(baseline.recallAtK == 0.25)
        }
        #expect(scores[6] == RankingScore(precisionAtK: 2.0 / 3, recallAtK: 1.0 / 3, averagePrecision: 2.0 / 3))
    }

    @Test func undatedNetworkHasNoBacktest() {
        var undated = network
        undated.ties = undated.ties.map { Tie(from: $0.from, to: $0.to) }
        undated.projects = []
        #expect(PartnerBacktest.run(undated, until: 2012, top: 1) == nil)
    }

    /// No positive: the scores are undefined, the counts still given.
    @Test func nothingFormedLeavesScoresUndefined() throws {
        let result = try #require(PartnerBacktest.run(network, until: 2014, top: 3))
        #expect(result.positives == 0)
        #expect(result.candidates == 4 * 5 / 2 - 6)
        #expect(result.rows.allSatisfy { $0.score == nil })
    }
}
