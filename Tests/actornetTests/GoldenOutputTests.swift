import ActorNetTestSupport
import Foundation
import Testing

/// Whole outputs of the verbs, compared byte for byte with the files in `Golden/`. `ACTORNET_UPDATE_GOLDEN=1 swift
/// test` rewrites them (review the diff before committing: every change there is a change users see). JSON and CSV
/// keep the keys and numbers scripts rely on; the tables are English ones, on networks without a language.
@Suite struct GoldenOutputTests {
    /// A command whose whole standard output is kept in `Golden/<name>`; it must succeed with nothing on stderr.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var testDescription: String { name }
    }

    static let chile = PackagePaths.example("chile")

    static let cases: [Case] =
        [
            Case(name: "chile-info.json", arguments: ["info", chile, "--format", "json"]),
            Case(name: "chile-analyze.json", arguments: ["analyze", chile, "--format", "json", "--quiet"]),
            Case(name: "chile-analyze.csv", arguments: ["analyze", chile, "--format", "csv", "--quiet"]),
            Case(
                name: "chile-partners-top-5.json",
                arguments: ["partners", chile, "--top", "5", "--lang", "en", "--format", "json"]),
            Case(
                name: "chile-partners-for-muni-ovalle-funding.json",
                arguments: [
                    "partners", chile, "--for", "muni-ovalle", "--need", "funding", "--lang", "en",
                    "--format", "json",
                ]),
            Case(name: "chile-brokers-sector.json", arguments: ["brokers", chile, "--lang", "en", "--format", "json"]),
            Case(
                name: "chile-brokers-level.json",
                arguments: ["brokers", chile, "--by", "level", "--lang", "en", "--format", "json"]),
            Case(
                name: "chile-mixing-sector.json",
                arguments: ["mixing", chile, "--by", "sector", "--lang", "en", "--format", "json"]),
            Case(
                name: "chile-communities-seed-5.json",
                arguments: ["communities", chile, "--seed", "5", "--lang", "en", "--format", "json"]),
            Case(name: "chile-projects.json", arguments: ["projects", chile, "--lang", "en", "--format", "json"]),
            Case(name: "chile-profile.json", arguments: ["profile", chile, "--lang", "en", "--format", "json"]),
            Case(name: "karate-analyze.json", arguments: ["analyze", fixture("karate.json"), "--format", "json"]),
            Case(
                name: "karate-analyze-pagerank-unweighted.json",
                arguments: [
                    "analyze", fixture("karate.json"), "--format", "json", "--measures", "pagerank",
                    "--unweighted",
                ]),
            Case(
                name: "karate-analyze-top-3-degree.txt",
                arguments: ["analyze", fixture("karate.json"), "--top", "3", "--sort", "degree", "--unweighted"]),
            Case(name: "small-info.json", arguments: ["info", fixture("small.yaml"), "--format", "json"]),
            Case(
                name: "small-csv-info.txt",
                arguments: ["info", fixture("small-ties.csv"), "--actors", fixture("small-actors.csv")]),
            Case(
                name: "small-render.dot",
                arguments: ["render", fixture("small.yaml"), "-o", "-", "--format", "dot", "--lang", "en"]),
            Case(
                name: "small-render-aggregate-sector.dot",
                arguments: [
                    "render", fixture("small.yaml"), "-o", "-", "--format", "dot", "--aggregate", "sector",
                    "--lang", "en",
                ]),
        ]
        + ["argentina", "colombia", "mexico", "peru"].map { name in
            Case(name: "\(name)-info.json", arguments: ["info", PackagePaths.example(name), "--format", "json"])
        }

    @Test(arguments: cases)
    func outputIsTheGoldenFile(_ command: Case) throws {
        let result = try CLI.run(command.arguments)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == (try GoldenFile("Tests/actornetTests/Golden/\(command.name)").expected(result.stdout)))
    }
}
