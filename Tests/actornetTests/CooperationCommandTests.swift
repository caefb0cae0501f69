import ActorNetTestSupport
import Foundation
import Testing

/// The issue-5 verbs end to end: table layout, refusals and Spanish words (whole JSON outputs: `GoldenOutputTests`).
@Suite struct CooperationCommandTests {
    let chile = PackagePaths.example("chile")

    /// Tables are aligned with spaces between columns and none at the end of a line.
    @Test(arguments: ["brokers", "mixing", "communities", "profile", "info", "analyze"])
    func tablesHaveNoTrailingSpaces(verb: String) throws {
        let out = try CLI.run([verb, chile])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count > 3)
        #expect(lines.filter { $0.hasSuffix(" ") }.isEmpty)
        #expect(lines.contains { $0.contains("  ") })  // aligned columns are there
    }

    /// The whole JSON of every verb is a golden file (`GoldenOutputTests`); here, the refusals.
    @Test func partnersRefusesAnUnknownActorOrWeight() throws {
        let unknownActor = try CLI.run(["partners", chile, "--for", "nobody"])
        #expect(unknownActor.status == 64)
        #expect(unknownActor.stdout == "")
        let unknownWeight = try CLI.run(["partners", chile, "--weights", "fame=1"])
        #expect(unknownWeight.status == 64)
        #expect(unknownWeight.stdout == "")
    }

    @Test func tablesSpeakSpanish() throws {
        let result = try CLI.run(["partners", chile, "--top", "1", "--lang", "es"])
        #expect(result.stdout.contains("puntaje"))
        #expect(result.stdout.contains(" ofrece "))
        let profile = try CLI.run(["profile", chile, "--lang", "es"])
        #expect(profile.stdout.contains("Horizontalidad"))
        #expect(profile.stdout.contains("Mutua responsabilidad"))
    }
}
