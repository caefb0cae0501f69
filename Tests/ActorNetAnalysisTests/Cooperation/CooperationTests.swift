import ActorNet
import Testing
@testable import ActorNetAnalysis

@Suite struct ProjectAssessmentTests {
    let actors = [
        Actor(id: "muni", sector: .public, level: .local), Actor(id: "gore", sector: .public, level: .regional),
        Actor(id: "ngo", sector: .civilSociety, level: .local), Actor(id: "firm", sector: .private, level: .national),
    ]

    @Test func qualifyingAndNonQualifyingProjects() {
        let network = Network(name: "p", actors: actors, projects: [
            Project(id: "good", lead: "muni", members: [
                ProjectMember(actor: "muni", contributions: Contributions(work: 10)),
                ProjectMember(actor: "firm", contributions: Contributions(money: 5, currency: "USD", inKind: "trucks")),
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
        #expect(profile.map(\.quality) == ["horizontality", "horizontality", "mutual-benefit", "mutual-benefit",
                                           "recipient-leadership", "recipient-leadership", "effectiveness-efficiency",
                                           "effectiveness-efficiency", "mutual-responsibility", "mutual-responsibility"])
        let missing = profile.filter { $0.value == nil }
        #expect(missing.count == 8)
        #expect(missing.allSatisfy { $0.reading.hasPrefix("not enough data") || $0.reading.hasPrefix("not applicable") })
        #expect(profile.first { $0.name == "global efficiency" }?.value == 1)
    }

    @Test func starNetworkHasNoHorizontality() throws {
        var star = Network(name: "s", actors: (0..<5).map { Actor(id: "a\($0)", level: $0 == 0 ? .international : .local) })
        star.ties = (1..<5).map { Tie(from: "a0", to: "a\($0)") }
        let value = try #require(QualityProfile.indicators(star).first { $0.name == "1 − degree centralization" }?.value)
        #expect(close(value, 0, relative: 1e-12))
        let local = try #require(QualityProfile.indicators(star).first { $0.name == "local share of centrality" }?.value)
        #expect(local == 0.5)
    }
}
