import ActorNet
import Testing

@testable import ActorNetAnalysis

/// The timeline of a small dated network, every number worked out by hand (docs/measures/Timeline.md).
@Suite struct TimelineTests {
    /// Ties: m–n 2014–2019, g–d 2014–2015, u–n from 2016 (open end), m–g 2015, x–m 2018–2021, g–d again
    /// 2020–2021, u–d undated (left out of every count).
    static let network = Network(
        name: "terms",
        actors: [
            Actor(id: "m", sector: .public, level: .local), Actor(id: "g", sector: .public, level: .national),
            Actor(id: "n", sector: .civilSociety, level: .local), Actor(id: "u", sector: .academia, level: .national),
            Actor(id: "d", sector: .international, level: .international),
            Actor(id: "x", sector: .private, level: .local),
        ],
        ties: [
            Tie(from: "m", to: "n", start: "2014", end: "2019"), Tie(from: "g", to: "d", start: "2014", end: "2015"),
            Tie(from: "u", to: "n", start: "2016-05"), Tie(from: "m", to: "g", start: "2015-01", end: "2015-06"),
            Tie(from: "x", to: "m", start: "2018", end: "2021"), Tie(from: "d", to: "g", start: "2020", end: "2021"),
            Tie(from: "u", to: "d"),
        ])

    @Test func twoGovernmentTerms() {
        let timeline = Timeline(Self.network, periodStarts: [2014, 2018])
        #expect(
            timeline.periods == [
                // 2014–2017: m–n, g–d, u–n, m–g active; all four formed then; g–d and m–g ended.
                TimelinePeriod(
                    first: 2014, last: 2017, actors: 5, ties: 4, formed: 4, ended: 2, partnerships: 4,
                    stillActiveNext: 3),
                // 2018–2021: m–n, u–n, x–m, d–g; x–m and d–g formed; m–n, x–m, d–g ended.
                TimelinePeriod(
                    first: 2018, last: 2021, actors: 6, ties: 4, formed: 2, ended: 3, partnerships: 4,
                    stillActiveNext: nil),
            ])
        // m–n, g–d (tied again in 2020) and n–u last into the second term; m–g does not.
        #expect(timeline.periods[0].persistence == 0.75)
        #expect(timeline.periods[1].persistence == nil)
        #expect((timeline.partnerships, timeline.stillActive, timeline.persistence) == (4, 3, 0.75))
        #expect(
            timeline.bySectorPair == [
                PairPersistence(groups: ["public", "public"], partnerships: 1, stillActive: 0),
                PairPersistence(groups: ["public", "civil-society"], partnerships: 1, stillActive: 1),
                PairPersistence(groups: ["public", "international"], partnerships: 1, stillActive: 1),
                PairPersistence(groups: ["academia", "civil-society"], partnerships: 1, stillActive: 1),
            ])
        #expect(
            timeline.byLevelPair == [
                PairPersistence(groups: ["international", "national"], partnerships: 1, stillActive: 1),
                PairPersistence(groups: ["national", "local"], partnerships: 2, stillActive: 1),
                PairPersistence(groups: ["local", "local"], partnerships: 1, stillActive: 1),
            ])
        #expect(timeline.byLevelPair[1].persistence == 0.5)
        #expect((timeline.datedTies, timeline.undatedTies) == (6, 1))
    }

    @Test func yearByYear() {
        let timeline = Timeline(Self.network)
        #expect(timeline.periods.map(\.label) == (2014...2021).map(String.init))
        // 2015: m–n, g–d, m–g; m–g formed; g–d and m–g ended; only m–n lasts into 2016 (with u–n, new).
        #expect(
            timeline.periods[1]
                == TimelinePeriod(
                    first: 2015, last: 2015, actors: 4, ties: 3, formed: 1, ended: 2, partnerships: 3,
                    stillActiveNext: 1))
        #expect(timeline.periods.map(\.ties) == [2, 3, 2, 2, 3, 3, 3, 3])
        #expect(timeline.periods.map(\.stillActiveNext) == [2, 1, 2, 2, 3, 2, 3, nil])
    }

    @Test func aLastStartAfterTheDataStillMakesItsPeriod() {
        let timeline = Timeline(Self.network, periodStarts: [2016, 2022])
        #expect(timeline.periods.map(\.label) == ["2016–2021", "2022"])
        // Open ends last on: u–n is still active in 2022.
        #expect(timeline.periods[1].partnerships == 1)
    }

    @Test func theYearsAreTheDatedTiesCutToAWindow() {
        #expect(Timeline.years(of: Self.network) == 2014...2021)
        #expect(Timeline.years(of: Self.network, within: TimeWindow(from: PartialDate(year: 2016))) == 2016...2021)
        #expect(Timeline.years(of: Self.network, within: TimeWindow(year: 2015)) == 2015...2015)
        #expect(Timeline.years(of: Self.network, within: TimeWindow(to: PartialDate(year: 2013))) == nil)
        #expect(Timeline.years(of: Self.network, within: nil) == 2014...2021)
    }

    @Test func aNetworkWithoutDatesHasNoPeriods() {
        let timeline = Timeline(Network(name: "n", ties: [Tie(from: "a", to: "b")]))
        #expect(timeline.periods.isEmpty && timeline.persistence == nil && timeline.undatedTies == 1)
    }
}
