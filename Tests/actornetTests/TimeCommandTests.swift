import ActorNetTestSupport
import Foundation
import Testing

/// `--at`/`--from`/`--to` on every analysis verb and the `timeline` verb, run through the built CLI on
/// Fixtures/terms.yaml (two government terms; numbers in docs/measures/Timeline.md).
@Suite struct TimeCommandTests {
    static let terms = fixture("terms.yaml")
    static let heading2015 = """
        Network as it stood in 2015: actors 5 of 6, ties 4 of 7, projects 1 of 1; undated and so always present: \
        actors 0, ties 1
        """

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var testDescription: String { name }
    }

    static let goldenCases = [
        Case(name: "terms-timeline-periods.txt", arguments: ["timeline", terms, "--periods", "2014,2018"]),
        Case(
            name: "terms-timeline-periods.json",
            arguments: ["timeline", terms, "--periods", "2014,2018", "--format", "json"]),
        Case(name: "terms-timeline.csv", arguments: ["timeline", terms, "--format", "csv"]),
        Case(name: "terms-timeline-es.txt", arguments: ["timeline", terms, "--lang", "es"]),
        Case(name: "terms-mixing-at-2015.json", arguments: ["mixing", terms, "--at", "2015", "--format", "json"]),
    ]

    @Test(arguments: goldenCases)
    func outputIsTheGoldenFile(_ command: Case) throws {
        let result = try CLI.run(command.arguments)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == (try GoldenFile("Tests/actornetTests/Golden/\(command.name)").expected(result.stdout)))
    }

    /// Every analysis verb's table starts with the window it applied; its JSON carries it as `window`.
    @Test(arguments: ["analyze", "brokers", "communities", "mixing", "partners", "profile", "projects", "info"])
    func everyAnalysisVerbSaysWhichWindow(_ verb: String) throws {
        let table = try CLI.run([verb, Self.terms, "--at", "2015"])
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix(Self.heading2015 + "\n\n"))
        let json = try CLI.run([verb, Self.terms, "--at", "2015", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let window = try #require(object["window"] as? [String: Any]).mapValues { "\($0)" }
        #expect(
            window == [
                "from": "2015", "to": "2015", "actors": "5", "ties": "4", "projects": "1", "dropped_actors": "1",
                "dropped_ties": "3", "dropped_projects": "0", "undated_actors": "0", "undated_ties": "1",
            ])
        // Without a window the output has no `window` key at all.
        let whole = try CLI.run([verb, Self.terms, "--format", "json"])
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(whole.stdout.utf8)) as? [String: Any])
        #expect(plain["window"] == nil)
    }

    @Test func theNetworkIn2015IsTheHandComputedOne() throws {
        let info = try CLI.run(["info", Self.terms, "--at", "2015"])
        #expect(
            info.stdout == Self.heading2015 + """


                Two terms
                5 actors · 4 ties · 1 project · density 0.400 · 1 component

                Actors by sector × level
                sector \\ level  international  national  regional  local  total
                public                      0         1         0      1      2
                private                     0         0         0      0      0
                academia                    0         1         0      0      1
                civil-society               0         0         0      1      1
                international               1         0         0      0      1
                total                       1         2         0      2      5

                Ties by kind
                tie kind  ties
                funding      1
                other        3

                """)
        let stretch = try CLI.run(["info", Self.terms, "--from", "2019", "--to", "2021", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stretch.stdout.utf8)) as? [String: Any])
        // m–n (to 2019), u–n (open end), x–m, d–g and the undated u–d; the project (2014–2015) is gone.
        #expect(object["ties"] as? Int == 5)
        #expect(object["actors"] as? Int == 6)
        #expect(object["projects"] as? Int == 0)
    }

    /// CSV (ties and projects files), JSON and node-link JSON carry the dates: the window and the timeline are
    /// the YAML's.
    @Test(arguments: ["terms.csv", "terms.json", "terms.node-link.json"])
    func everyFormatCarriesTheDates(_ name: String) throws {
        let folder = try scratchFolder("time-formats")
        let path = folder + "/" + name
        #expect(try CLI.run(["convert", Self.terms, path]).status == 0)
        let info = try CLI.run(["info", path, "--at", "2015"])
        #expect(info.stdout.hasPrefix(Self.heading2015 + "\n\n"))
        let timeline = try CLI.run(["timeline", path, "--periods", "2014,2018", "--format", "csv"])
        #expect(
            timeline.stdout == """
                first,last,actors,ties,formed,ended,partnerships,still_active_next,persistence
                2014,2017,5,4,4,2,4,3,0.75
                2018,2021,6,4,2,3,4,,

                """)
    }

    @Test func renderSaysTheWindowOnStandardError() throws {
        let render = try CLI.run(["render", Self.terms, "--at", "2015", "--format", "dot", "-o", "-"])
        #expect(render.status == 0)
        #expect(render.stderr == "note: " + Self.heading2015 + "\n")
    }

    @Test func badWindowsAreUsageErrors() throws {
        let usage =
            "Usage: actornet info <file> [--actors <actors>] [--sheet <sheet>] [--lang <lang>] [--at <year>] "
            + "[--from <year>] [--to <year>] [--format <format>]\n  See 'actornet info --help' for more information.\n"
        let cases: [([String], String)] = [
            (
                ["--at", "2015", "--to", "2016"],
                "Error: --at cannot be combined with --from or --to: give one year with --at, or a stretch with "
                    + "--from and --to\n"
            ),
            (["--from", "2016", "--to", "2015-12"], "Error: --from 2016 is after --to 2015-12\n"),
            (["--at", "15"], "Error: --at needs a year or a date YYYY, YYYY-MM or YYYY-MM-DD, not `15`\n"),
        ]
        for (options, message) in cases {
            let result = try CLI.run(["info", Self.terms] + options)
            #expect(result.status == 64)
            #expect(result.stdout == "")
            #expect(result.stderr == message + usage)
        }
        let spanish = try CLI.run(["info", Self.terms, "--at", "2015-13", "--lang", "es"])
        #expect(spanish.status == 64)
        #expect(
            spanish.stderr.hasPrefix(
                "Error: --at requiere un año o una fecha AAAA, AAAA-MM o AAAA-MM-DD, no `2015-13`\nUso: "))
        let periods = try CLI.run(["timeline", Self.terms, "--periods", "2018,2014"])
        #expect(periods.status == 64)
        #expect(
            periods.stderr.hasPrefix(
                "Error: --periods needs start years in increasing order, separated by commas (2014,2018,2022), "
                    + "not `2018,2014`\n"))
    }

    @Test func anEndBeforeTheStartFailsValidation() throws {
        let path = try scratchFile(
            "reversed.yaml",
            """
            actors: [{id: a}, {id: b}]
            ties:
              - {from: a, to: b, start: 2016, end: 2015}
            """)
        let result = try CLI.run(["validate", path, "--lang", "pt"])
        #expect(result.status == 65)
        #expect(result.stderr == "\(path):3:40: erro: campo `end`: 2015 é anterior ao início 2016\n")
    }

    @Test func aNetworkWithoutDatesHasNoTimeline() throws {
        let result = try CLI.run(["timeline", fixture("small.yaml"), "--lang", "pt"])
        #expect(result.status == 0)
        #expect(result.stdout == "A rede não tem datas: nenhum laço ou projeto tem início ou fim.\n")
    }
}
