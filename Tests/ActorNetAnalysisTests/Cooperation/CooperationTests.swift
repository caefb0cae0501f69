import ActorNet
import Testing

@testable import ActorNetAnalysis

@Suite struct ProjectAssessmentTests {
    let actors = [
        Actor(id: "muni", sector: .public, level: .local), Actor(id: "gore", sector: .public, level: .regional),
        Actor(id: "ngo", sector: .civilSociety, level: .local), Actor(id: "firm", sector: .private, level: .national),
    ]

    @Test func qualifyingAndNonQualifyingProjects() {
        let network = Network(
            name: "p", actors: actors,
            projects: [
                Project(
                    id: "good", lead: "muni",
                    members: [
                        ProjectMember(actor: "muni", contributions: Contributions(work: 10)),
                        ProjectMember(
                            actor: "firm", contributions: Contributions(money: 5, currency: "USD", inKind: "trucks")),
                    ], agreement: "convenio"),
                Project(id: "public-only", lead: "muni", members: [ProjectMember(actor: "gore")]),
                Project(id: "no-public", lead: "ngo", members: [ProjectMember(actor: "firm")], agreement: "informal"),
                Project(id: "alone", lead: "ngo"),
            ])
        let result = ProjectAssessor.assess(network)
        #expect(result.map(\.multiActor) == [true, false, false, false])
        #expect(result.map(\.multiLevel) == [true, true, true, false])
        #expect(result.map(\.hasPublic) == [true, true, false, false])
        #expect(result[0].contributionTypes == ["money", "work", "in_kind"])
        #expect(result[0].sectors == [.public, .private])
        #expect(result[0].leadLevel == .local)
        #expect(result.map(\.hasAgreement) == [true, false, true, false])
    }
}

@Suite struct QualityProfileTests {
    @Test func indicatorsNeedTheirDataAndSayWhenItIsMissing() {
        let bare = Network(name: "b", actors: [Actor(id: "a"), Actor(id: "b")], ties: [Tie(from: "a", to: "b")])
        let profile = QualityProfile.indicators(bare)
        #expect(
            profile.map(\.quality.rawValue) == [
                "horizontality", "horizontality", "mutual-benefit", "mutual-benefit",
                "recipient-leadership", "recipient-leadership", "effectiveness-efficiency",
                "effectiveness-efficiency", "mutual-responsibility", "mutual-responsibility",
            ])
        let missing = profile.filter { $0.value == nil }
        #expect(missing.count == 8)
        #expect(
            missing.map(\.kind) == [
                .evenTies, .leadershipRotation, .reciprocity, .mutualNeedCoverage,
                .projectsLedLocally, .localShareOfCentrality, .sharedContributions,
                .contributionDiversity,
            ])
        #expect(missing.allSatisfy { $0.reading == .missing($0.kind) })
        #expect(missing.map { $0.reading.text("en") }[2] == "not applicable: the ties are undirected")
        #expect(profile.first { $0.name == "global efficiency" }?.value == 1)
    }

    @Test func starNetworkHasNoHorizontality() throws {
        var star = Network(
            name: "s", actors: (0..<5).map { Actor(id: "a\($0)", level: $0 == 0 ? .international : .local) })
        star.ties = (1..<5).map { Tie(from: "a0", to: "a\($0)") }
        let value = try #require(
            QualityProfile.indicators(star).first { $0.name == "1 − degree centralization" }?.value)
        #expect(close(value, 0, relative: 1e-12))
        let local = try #require(
            QualityProfile.indicators(star).first { $0.name == "local share of centrality" }?.value)
        #expect(local == 0.5)
    }

    /// Above the limit, global efficiency comes from 1 000 seeded sources: the same value as the path measures
    /// on those sources, close to the exact one, and the reading says it is an estimate.
    @Test func largeNetworksEstimateGlobalEfficiency() throws {
        let n = 1_100
        var ties: [Tie] = []
        for i in 0..<n {
            ties.append(Tie(from: "a\(i)", to: "a\((i + 1) % n)"));
            ties.append(Tie(from: "a\(i)", to: "a\((i * 7 + 3) % n)"))
        }
        let network = Network(
            name: "ring", actors: (0..<n).map { Actor(id: "a\($0)") }, ties: ties.filter { $0.from != $0.to })
        let clean = NetworkValidator.validate(network, sourceMap: SourceMap(file: "ring")).network
        let estimated = try #require(
            QualityProfile.indicators(clean, sampleEfficiencyAbove: 1_000).first { $0.name == "global efficiency" })
        let exact = try #require(QualityProfile.indicators(clean).first { $0.name == "global efficiency" })
        let graph = CompactGraph(clean)
        let sources = CentralityAnalysis.sampleSources(count: n, k: QualityProfile.sampledSources, seed: 1)
        // Merged duplicate ties weigh 2: the profile's efficiency is relative to the ideal network (÷ strongest tie).
        #expect(graph.strongestTie == 2)
        #expect(
            estimated.value
                == graph.relativeEfficiency(
                    graph.pathMeasures(betweenness: false, sources: sources, threads: 2).globalEfficiency))
        #expect(
            exact.value == graph.relativeEfficiency(graph.pathMeasures(betweenness: false, threads: 1).globalEfficiency)
        )
        #expect(close(try #require(estimated.value), try #require(exact.value), relative: 0.02))
        #expect(estimated.reading == .efficiency(estimatedFrom: 1000, of: 1100))
        #expect(
            estimated.reading.text("en").hasSuffix(
                "1 = that ideal. Estimated from 1000 of 1100 actors as sources (seed 1)."))
        #expect(exact.reading == .efficiency(estimatedFrom: nil, of: 1100))
    }
}
