import ActorNetTestSupport
import Testing

@testable import ActorNet

/// Dates, spans, windows and the network as it stood in a window, on a small dated network worked by hand.
@Suite struct NetworkTimeTests {
    /// Projects P 2014–2016 (a, b), Q 2020 (f), R undated (c). Ties: t0 a–b through P (2014–2016), t1 b–c
    /// 2015–2017, t2 c–d from 2018 (open end), t3 a–d undated, t4 a–c until 2013 (start unknown), t5 c–b 2012.
    /// Actor e is isolated and undated; f only takes part in Q.
    static let network = Network(
        name: "dated",
        actors: ["a", "b", "c", "d", "e", "f"].map { Actor(id: $0) },
        ties: [
            Tie(from: "a", to: "b", project: "P"),
            Tie(from: "b", to: "c", start: "2015-03", end: "2017"),
            Tie(from: "c", to: "d", start: "2018-06-01"),
            Tie(from: "a", to: "d"),
            Tie(from: "a", to: "c", end: "2013"),
            Tie(from: "c", to: "b", kind: .funding, start: "2012", end: "2012"),
        ],
        projects: [
            Project(id: "P", members: [.init(actor: "a"), .init(actor: "b")], start: "2014", end: "2016"),
            Project(id: "Q", members: [.init(actor: "f")], start: "2020", end: "2020"),
            Project(id: "R", members: [.init(actor: "c")]),
        ])

    @Test func datesAreReadInTheThreeFormsAndNothingElse() throws {
        #expect(PartialDate(parsing: "2014") == PartialDate(year: 2014))
        #expect(PartialDate(parsing: "2014-03") == PartialDate(year: 2014, month: 3))
        #expect(PartialDate(parsing: "2014-03-21") == PartialDate(year: 2014, month: 3, day: 21))
        // The readers accept any script's digits (`\d`); so does the date.
        #expect(PartialDate(parsing: "٢٠١٤") == PartialDate(year: 2014))
        for bad in ["", "14", "2014-3", "2014-13", "2014-00", "2014-03-32", "2014-03-21-1", "abcd", "2014-", "+014"] {
            #expect(PartialDate(parsing: bad) == nil, "\(bad)")
        }
        #expect(try #require(PartialDate(parsing: "2014-03-07")).description == "2014-03-07")
        #expect(PartialDate(year: 2014, month: 3).firstDay == 2014_03_01)
        #expect(PartialDate(year: 2014, month: 3).lastDay == 2014_03_31)
        #expect(PartialDate(year: 2014).lastDay == 2014_12_31)
        #expect(PartialDate(year: 2014) < PartialDate(year: 2014, month: 1))
        #expect(PartialDate(year: 2014, month: 1) < PartialDate(year: 2014, month: 2))
        #expect(!(PartialDate(year: 2015) < PartialDate(year: 2014, month: 12)))
    }

    @Test func aTieTakesItsOwnDatesElseItsProjects() {
        let spans = Self.network.tieSpans
        #expect(spans[0] == TimeSpan(start: "2014", end: "2016"))
        #expect(spans[1] == TimeSpan(start: "2015-03", end: "2017"))
        #expect(spans[3].isUndated)
        // Its own start alone wins over the project's dates: the open end lasts on.
        let tie = Tie(from: "a", to: "b", project: "P", start: "2015")
        #expect(tie.span(projects: Self.network.projectsByID) == TimeSpan(start: "2015", end: nil))
        #expect(Self.network.yearRange == 2012...2020)
        #expect(Self.network.hasDates)
        #expect(!Network(name: "n", ties: [Tie(from: "a", to: "b")]).hasDates)
    }

    @Test func spansOverlapWindowsDayByDay() {
        let span = TimeSpan(start: "2015-03", end: "2017")
        #expect(span.isActive(in: 2015) && span.isActive(in: 2017))
        #expect(!span.isActive(in: 2014) && !span.isActive(in: 2018))
        #expect(!span.overlaps(TimeWindow(at: PartialDate(year: 2015, month: 2))))
        #expect(span.overlaps(TimeWindow(at: PartialDate(year: 2015, month: 3, day: 31))))
        #expect(TimeSpan(start: "2018").overlaps(TimeWindow(year: 2040)))
        #expect(TimeSpan(end: "2013").overlaps(TimeWindow(year: 1900)))
        #expect(TimeSpan().overlaps(TimeWindow(year: 1900)))
        #expect(TimeSpan(start: "2018").years(within: 2012...2020) == 2018...2020)
        #expect(TimeSpan(end: "2013").years(within: 2012...2020) == 2012...2013)
        #expect(TimeSpan().years(within: 2012...2020) == nil)
        #expect(TimeWindow(year: 2015).description == "2015")
        #expect(TimeWindow(from: PartialDate(year: 2014), to: PartialDate(year: 2017)).description == "2014–2017")
        #expect(TimeWindow(to: PartialDate(year: 2013)).description == "–2013")
    }

    @Test func theNetworkIn2015() {
        let at2015 = Self.network.restricted(to: TimeWindow(year: 2015))
        #expect(at2015.keptTies == [0, 1, 3])
        #expect(at2015.network.ties == [0, 1, 3].map { Self.network.ties[$0] })
        #expect(at2015.network.actors.map(\.id) == ["a", "b", "c", "d", "e"])
        #expect(at2015.keptActors == [0, 1, 2, 3, 4])
        #expect(at2015.network.projects.map(\.id) == ["P", "R"])
        #expect(at2015.undatedTies == 1)
        #expect(at2015.undatedActors == 1)
        #expect((at2015.droppedTies, at2015.droppedActors, at2015.droppedProjects) == (3, 1, 1))
    }

    @Test func theNetworkFrom2019To2021() {
        let window = TimeWindow(from: PartialDate(year: 2019), to: PartialDate(year: 2021))
        let later = Self.network.restricted(to: window)
        #expect(later.keptTies == [2, 3])
        #expect(later.network.actors.map(\.id) == ["a", "c", "d", "e", "f"])
        #expect(later.network.projects.map(\.id) == ["Q", "R"])
        #expect((later.droppedTies, later.droppedActors, later.droppedProjects) == (4, 1, 1))
    }

    @Test func theNetworkUntil2013() {
        let early = Self.network.restricted(to: TimeWindow(to: PartialDate(year: 2013)))
        #expect(early.keptTies == [3, 4, 5])
        #expect(early.network.actors.map(\.id) == ["a", "b", "c", "d", "e"])
        #expect(early.network.projects.map(\.id) == ["R"])
    }

    @Test func aKeptTieKeepsTheProjectItNames() {
        var network = Self.network
        network.ties[0].start = "2019"
        let later = network.restricted(to: TimeWindow(year: 2019))
        #expect(later.keptTies == [0, 2, 3])
        #expect(later.network.projects.map(\.id) == ["P", "R"])
    }

    @Test func firstTiedYearPerPair() {
        #expect(
            Self.network.firstTiedYears == [
                ActorPair("a", "b"): 2014, ActorPair("b", "c"): 2012, ActorPair("c", "d"): 2018,
            ])
        #expect(ActorPair("d", "c") == ActorPair("c", "d"))
        #expect(ActorPair("d", "c").first == "c")
    }

    @Test func aLoadedNetworkKeepsItsTieEndsRenumbered() throws {
        let text = """
            name: dated
            actors: [{id: a}, {id: b}, {id: c}, {id: d}]
            ties:
              - {from: c, to: d, start: 2018}
              - {from: b, to: c, start: 2012, end: 2013}
              - {from: b, to: c, start: 2019}
              - {from: d, to: b}
              - {from: a, to: b, start: 2010, end: 2011}
            """
        let loaded = try NetworkFile.parse(text, format: .yaml, file: "dated.yaml")
        // The two b–c ties are two periods of one partnership, not a duplicate.
        #expect(loaded.network.ties.count == 5)
        let (restricted, restriction) = loaded.restricted(to: TimeWindow(year: 2019))
        #expect(restriction.keptTies == [0, 2, 3])
        #expect(restricted.network.actors.map(\.id) == ["b", "c", "d"])
        let revalidated = NetworkValidator.validate(restricted.network, sourceMap: SourceMap(file: "x"))
        #expect(restricted.endpoints == revalidated.endpoints)
        #expect(restricted.endpoints == TieEndpoints(from: [1, 0, 2], to: [2, 1, 0]))
    }
}
