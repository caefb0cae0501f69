import Foundation
import Testing

/// The issue-5 verbs end to end: JSON shapes and a few values.
@Suite struct CooperationCommandTests {
    let chile = "\(packageRoot)/Networks/chile.yaml"

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CLI.run(arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// Tables are aligned with spaces between columns and none at the end of a line.
    @Test(arguments: ["brokers", "mixing", "communities", "profile", "info", "analyze"])
    func tablesHaveNoTrailingSpaces(verb: String) throws {
        let out = try CLI.run([verb, "\(packageRoot)/Networks/chile.yaml"])
        #expect(out.status == 0, "\(out.stderr)")
        let lines = out.stdout.split(separator: "\n")
        #expect(lines.count > 3)
        #expect(lines.filter { $0.hasSuffix(" ") }.isEmpty)
        #expect(lines.contains { $0.contains("  ") })  // aligned columns are there
    }

    @Test func partnersJSON() throws {
        let out = try json(["partners", chile, "--top", "5"])
        let suggestions = try #require(out["suggestions"] as? [[String: Any]])
        #expect(suggestions.count == 5)
        #expect(Set(suggestions[0].keys) == ["a", "b", "score", "capability", "diversity", "proximity", "reasons"])
        let scores = suggestions.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        let forMuni = try json(["partners", chile, "--for", "muni-ovalle", "--need", "funding"])
        let providers = try #require(forMuni["suggestions"] as? [[String: Any]])
        #expect(!providers.isEmpty)
        #expect(Set(providers[0].keys) == ["id", "score", "reasons"])
        #expect(try CLI.run(["partners", chile, "--for", "nobody"]).status == 64)
        #expect(try CLI.run(["partners", chile, "--weights", "fame=1"]).status == 64)
    }

    @Test func brokersJSON() throws {
        let out = try json(["brokers", chile, "--by", "level"])
        #expect(out["by"] as? String == "level")
        let actors = try #require(out["actors"] as? [[String: Any]])
        #expect(actors.count == 20)
        #expect(Set(actors[0].keys) == ["id", "coordinator", "itinerant", "representative", "gatekeeper", "liaison",
                                        "total", "z", "constraint", "effective_size", "efficiency"])
        for actor in actors {
            let roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison"].compactMap { actor[$0] as? Int }
            #expect(roles.reduce(0, +) == actor["total"] as? Int)
        }
    }

    @Test func mixingJSON() throws {
        let out = try json(["mixing", chile, "--by", "sector"])
        #expect(Set(out.keys).isSuperset(of: ["by", "ei_index", "assortativity", "groups", "matrix"]))
        let groups = try #require(out["groups"] as? [[String: Any]])
        #expect(groups.map { $0["group"] as? String } == ["public", "private", "academia", "civil-society", "international"])
        let matrix = try #require(out["matrix"] as? [String: [String: Int]])
        #expect(matrix["public"]?["private"] == matrix["private"]?["public"])
    }

    @Test func communitiesJSONIsSeeded() throws {
        let a = try CLI.run(["communities", chile, "--seed", "5", "--format", "json"])
        let b = try CLI.run(["communities", chile, "--seed", "5", "--format", "json"])
        #expect(a.stdout == b.stdout)
        let out = try json(["communities", chile])
        let communities = try #require(out["communities"] as? [[String]])
        #expect(communities.flatMap { $0 }.count == 20)
        #expect((out["modularity"] as? Double ?? 0) > 0.2)
    }

    @Test func projectsAndProfileJSON() throws {
        let projects = try #require(try json(["projects", chile])["projects"] as? [[String: Any]])
        #expect(projects.count == 5)
        #expect(Set(projects[0].keys) == ["id", "name", "actors", "sectors", "levels", "has_public", "multi_actor",
                                          "multi_level", "lead_level", "contribution_types", "has_agreement"])
        #expect(projects.first { $0["id"] as? String == "p-pymes" }?["multi_level"] as? Bool == false)
        let indicators = try #require(try json(["profile", chile, "--lang", "es"])["indicators"] as? [[String: Any]])
        #expect(indicators.count == 10)
        #expect(Set(indicators[0].keys) == ["quality", "name", "value", "range", "reading", "data_needed"])
        #expect(indicators.contains { $0["value"] is NSNull })
    }

    @Test func tablesSpeakSpanish() throws {
        let result = try CLI.run(["partners", chile, "--top", "1", "--lang", "es"])
        #expect(result.stdout.contains("puntaje"))
        #expect(result.stdout.contains(" ofrece "))
        let profile = try CLI.run(["profile", chile, "--lang", "es"])
        #expect(profile.stdout.contains("Horizontalidad"))
        #expect(profile.stdout.contains("Mutua responsabilidad"))
    }

    /// Tables name actors and projects by name (ids stay in the JSON); the pair is chile's best, a bridge between
    /// two communities of the run's weighted partition.
    @Test func tablesShowNamesNotIds() throws {
        let partners = try CLI.run(["partners", chile, "--top", "1"])
        #expect(partners.stdout == """
            1. Gobierno Regional de Coquimbo (ficticio) + Fundación Agua para Todos (ficticia)  score 0.715 \
            (capability 0.625, diversity 1.000, proximity 0.609)
                 - Fundación Agua para Todos (ficticia) offers technical-assistance, which Gobierno Regional de \
            Coquimbo (ficticio) needs
                 - Gobierno Regional de Coquimbo (ficticio) offers funding, which Fundación Agua para Todos \
            (ficticia) needs
                 - Public ↔ Civil society
                 - Regional ↔ National
                 - 1 common partner: Municipalidad de Valle Seco (ficticia)
                 - would bridge two separate communities

            """)
        let brokers = try CLI.run(["brokers", "\(packageRoot)/Tests/actornetTests/Fixtures/small.yaml", "--lang", "es"])
        #expect(brokers.stdout == """
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
        let projects = try CLI.run(["projects", chile])
        #expect(projects.stdout.split(separator: "\n").map { String($0.prefix(31)) } == [
            "project                        ", "Agua segura para Valle Seco    ", "Resiliencia climática Biobío   ",
            "Escuelas que cuidan el agua    ", "Pymes sostenibles del sur      ", "Observatorio nacional del agua ",
        ])
    }
}
