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

    /// Tables name actors and projects by name (ids stay in the JSON); the pair is chile's best: needs met both
    /// ways, two common partners.
    @Test func tablesShowNamesNotIds() throws {
        let partners = try CLI.run(["partners", chile, "--top", "1", "--lang", "en"])
        #expect(
            partners.stdout == """
                1. Agencia Nacional de Cooperación (ficticia) + Municipalidad de Valle Seco (ficticia)  score 0.650 \
                (capability 0.500, diversity 0.500, proximity 0.833)
                     - Municipalidad de Valle Seco (ficticia) offers local-knowledge, which Agencia Nacional de \
                Cooperación (ficticia) needs
                     - Agencia Nacional de Cooperación (ficticia) offers funding, which Municipalidad de Valle Seco \
                (ficticia) needs
                     - National ↔ Local
                     - 2 common partners: Gobierno Regional de Coquimbo (ficticio), Agencia de Cooperación Europea \
                (ficticia)
                     - would bridge two separate communities

                """)
        let brokers = try CLI.run(["brokers", fixture("small.yaml"), "--lang", "es"])
        #expect(
            brokers.stdout == """
                Intermediación por sector

                actor                 coordinador  itinerante  representante  guardián  enlace  total  z total  \
                restricción  tamaño efectivo  eficiencia
                Municipio de Prueba             0           0              0         0       0      0        —  \
                      0.805             1.63       0.815
                Fundación "Uno", Dos            0           0              0         0       0      0        —  \
                      1.318             1.00       0.500
                Universidad                     0           0              0         0       0      0        —  \
                      1.211             1.04       0.521

                """)
        let projects = try CLI.run(["projects", chile, "--lang", "en"])
        #expect(
            projects.stdout.split(separator: "\n").map { String($0.prefix(31)) } == [
                "project                        ", "Agua segura para Valle Seco    ", "Resiliencia climática Biobío   ",
                "Escuelas que cuidan el agua    ", "Pymes sostenibles del sur      ", "Observatorio nacional del agua ",
            ])
    }
}
