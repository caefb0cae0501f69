import ActorNetTestSupport
import Testing

@testable import ActorNet

@Suite struct NetworkValidatorTests {
    /// Every validation error the foundation issue lists, each with its exact line and column.
    @Test func brokenFileReportsEveryProblemAtOnce() throws {
        let path = fixture("broken.yaml")
        var diagnostics: [Diagnostic] = []
        do { _ = try NetworkFile.load(path) } catch {
            guard case .invalid(let all) = error else { Issue.record("expected invalid, got \(error)"); return }
            diagnostics = all
        }
        let errors = diagnostics.filter { $0.severity == .error }.map {
            "\($0.location.line!):\($0.location.column!) \($0.message)"
        }
        #expect(
            errors == [
                "6:9 duplicate actor id `a` (first defined at \(path):3:9)",
                "7:13 field `sector`: unknown sector `privat`; accepted: public, private, academia, civil-society, "
                    + "international, unspecified (closest: `private`)",
                "8:12 field `level`: unknown level `nowhere`; accepted: international, national, regional, local, "
                    + "unspecified",
                "9:9 actor has an empty `id`",
                "12:14 field `country`: expected an ISO 3166-1 alpha-2 code such as CL or PE, found `Chile`",
                "14:30 field `weight`: `0` is not > 0; a weight is the tie's strength",
                "15:30 field `weight`: `.nan` is not finite; weights must be finite numbers > 0",
                "16:30 field `weight`: `1e999` is not finite; weights must be finite numbers > 0",
                "17:30 field `weight`: `heavy` is not a number",
                "18:19 tie field `to` names unknown actor `zeta`",
                "18:31 field `kind`: unknown kind `friendship`; accepted: funding, technical-cooperation, "
                    + "knowledge-exchange, coordination, in-kind, volunteering, agreement, other",
                "22:11 project `p1` field `lead` names unknown actor `ghost`",
                "25:16 project `p1` member names unknown actor `nobody`",
                "26:12 project `p1`: SDG 0 is outside 1–17",
                "26:18 project `p1`: SDG 18 is outside 1–17",
            ])
        #expect(
            diagnostics.contains {
                $0.severity == .warning && $0.message == "self-loop on `b` dropped" && $0.location.line == 19
            })
    }

    @Test func duplicateUndirectedTiesAreMergedBySummingWeights() throws {
        let path = try scratchFile(
            "dup.yaml",
            """
            actors: [{id: a}, {id: b}, {id: c}]
            ties:
              - {from: a, to: b, weight: 2}
              - {from: b, to: a, weight: 3}
              - {from: a, to: b, weight: 1, kind: funding}
              - {from: a, to: a}
            """)
        let loaded = try NetworkFile.load(path)
        #expect(
            loaded.network.ties == [
                Tie(from: "a", to: "b", weight: 5), Tie(from: "a", to: "b", weight: 1, kind: .funding),
            ])
        #expect(
            loaded.warnings.map(\.description) == [
                "\(path):1:28: warning: isolated actor `c`: no ties",
                "\(path):4:5: warning: duplicate tie `b` – `a` (other) merged by summing weights, now 5",
                "\(path):6:5: warning: self-loop on `a` dropped",
            ])
    }

    @Test func directedTiesInBothDirectionsAreNotDuplicates() throws {
        let path = try scratchFile(
            "dir.yaml",
            """
            directed: true
            actors: [{id: a}, {id: b}]
            ties: [{from: a, to: b}, {from: b, to: a}]
            """)
        #expect(try NetworkFile.load(path).network.ties.count == 2)
    }

    @Test func unknownFieldsWarnWithSuggestion() throws {
        let path = try scratchFile("typo.yaml", "actors:\n  - id: a\n    sectr: public\n")
        let loaded = try NetworkFile.load(path)
        #expect(
            loaded.warnings.map(\.description).contains(
                "\(path):3:5: warning: unknown actor field `sectr` ignored (did you mean `sector`?)"))
    }

    @Test func tieNamingUnknownProjectIsAnErrorWhenProjectsExist() throws {
        let path = try scratchFile(
            "proj.yaml",
            """
            actors: [{id: a}, {id: b}]
            ties: [{from: a, to: b, project: nope}]
            projects: [{id: p, lead: a}]
            """)
        #expect(throws: LoadError.self) { try NetworkFile.load(path) }
    }

    /// An end before the start, on a tie or a project, is an error at the `end` field in every format and language.
    @Test func anEndBeforeItsStartIsAnErrorAtTheEnd() throws {
        let yaml = try scratchFile(
            "dates.yaml",
            """
            actors: [{id: a}, {id: b}]
            ties:
              - {from: a, to: b, start: 2016, end: 2015-12}
              - {from: a, to: b, start: 2015-03, end: 2015}
            projects:
              - {id: p, members: [{actor: a}], start: 2020-02-01, end: 2020-01-31}
            """)
        let csv = try scratchFile("dates.csv", "from,to,start,end\na,b,2014,2013\n")
        for (path, expected) in [
            (
                yaml,
                [
                    "3:40 field `end`: 2015-12 is before the start 2016",
                    "6:60 field `end`: 2020-01-31 is before "
                        + "the start 2020-02-01",
                ]
            ),
            (csv, ["2:4 field `end`: 2013 is before the start 2014"]),
        ] {
            var diagnostics: [Diagnostic] = []
            do { _ = try NetworkFile.load(path) } catch {
                guard case .invalid(let all) = error else { Issue.record("expected invalid, got \(error)"); return }
                diagnostics = all
            }
            let errors = diagnostics.filter { $0.severity == .error }
            #expect(errors.map { "\($0.location.line!):\($0.location.column!) \($0.message)" } == expected)
            #expect(
                errors.last?.description(in: .es).hasSuffix(
                    "campo `end`: \(path == csv ? "2013" : "2020-01-31") es "
                        + "anterior al inicio \(path == csv ? "2014" : "2020-02-01")") == true)
        }
    }
}

@Suite struct DuplicateTieTests {
    /// Duplicates are ties with the same ends (unordered unless directed), kind, project and directedness; later
    /// ones are dropped and their weights added to the first, in file order, whatever the order of the file.
    @Test func onlyTrueDuplicatesMergeAndWeightsAddInFileOrder() throws {
        let network = Network(
            name: "d", actors: ["a", "b", "c"].map { Actor(id: $0) },
            ties: [
                Tie(from: "b", to: "c", weight: 0.1),
                Tie(from: "a", to: "b", weight: 0.2),
                Tie(from: "b", to: "a", weight: 0.3),  // merges into #1
                Tie(from: "a", to: "b", weight: 1, kind: .funding),  // other kind
                Tie(from: "a", to: "b", weight: 1, project: "p"),  // other project
                Tie(from: "a", to: "b", weight: 1, directed: true),  // directed a→b
                Tie(from: "b", to: "a", weight: 1, directed: true),  // directed b→a: not the same as a→b
                Tie(from: "a", to: "b", weight: 4, directed: true),  // merges into #5
                Tie(from: "c", to: "b", weight: 0.7),  // merges into #0
                Tie(from: "a", to: "b", weight: 0.5),  // merges into #1
            ])
        var map = SourceMap(file: "d.yaml")
        map.ties = (0..<10).map { FieldLocations(start: SourceLocation(file: "d.yaml", line: $0 + 1)) }
        let result = NetworkValidator.validate(network, sourceMap: map)
        let first: Double = 0.1 + 0.7, second: Double = (0.2 + 0.3) + 0.5  // summed in file order
        let expected: [Double] = [first, second, 1, 1, 5, 1]
        #expect(result.network.ties.map(\.weight) == expected)
        #expect(result.network.ties.map(\.from) == ["b", "a", "a", "a", "a", "b"])
        #expect(result.endpoints == TieEndpoints(from: [1, 0, 0, 0, 0, 1], to: [2, 1, 1, 1, 1, 0]))
        #expect(
            result.diagnostics.map { "\($0.location.line!) \($0.message)" } == [
                "3 duplicate tie `b` – `a` (other) merged by summing weights, now 0.5",
                "8 duplicate tie `a` – `b` (other) merged by summing weights, now 5",
                "9 duplicate tie `c` – `b` (other) merged by summing weights, now 0.8",
                "10 duplicate tie `a` – `b` (other) merged by summing weights, now 1",
            ])
    }

    @Test func nothingToMergeKeepsTheTiesAsTheyAre() {
        let network = Network(
            name: "n", actors: ["a", "b", "c"].map { Actor(id: $0) },
            ties: [Tie(from: "a", to: "b"), Tie(from: "c", to: "b", weight: 2)])
        let result = NetworkValidator.validate(network, sourceMap: SourceMap(file: "n"))
        #expect(result.network.ties == network.ties)
        #expect(result.endpoints == TieEndpoints(from: [0, 2], to: [1, 1]))
        #expect(result.diagnostics.isEmpty)
    }

    @Test func inferredActorsFollowFirstMention() {
        let network = Network(
            name: "n", actors: [Actor(id: "z")],
            ties: [Tie(from: "q", to: "z"), Tie(from: "p", to: "q"), Tie(from: "q", to: "r")])
        let result = NetworkValidator.validate(network, sourceMap: SourceMap(file: "n"), inferActors: true)
        #expect(result.network.actors.map(\.id) == ["z", "q", "p", "r"])
        #expect(result.endpoints == TieEndpoints(from: [1, 2, 1], to: [0, 1, 3]))
        #expect(result.sourceMap.actors.count == 3)
    }
}
