import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

/// The network's `import` record: written after `source` by YAML and JSON (streamed or not), read back equal,
/// read under Spanish and Portuguese keys, and refused with file:line when a count is not a whole number.
@Suite struct ImportRecordTests {
    static let record = ImportRecord(
        importer: "iati", files: ["usaid-bo.xml", "who-arg.xml"], activities: 120, activitiesKept: 100,
        mergedGroups: 7, candidateGroups: 2, pseudoOrganisationsDropped: 8, reportingOrganisationsExcluded: 1,
        organisationsDropped: 3)

    static let network = Network(
        name: "n", source: "IATI", importRecord: record, actors: [Actor(id: "a"), Actor(id: "b")],
        ties: [Tie(from: "a", to: "b")])

    @Test func yamlWritesTheRecordAfterTheSource() {
        #expect(
            NetworkWriter.yaml(Self.network) == """
                name: n
                directed: false
                source: IATI
                import:
                  importer: iati
                  files: [usaid-bo.xml, who-arg.xml]
                  activities: 120
                  activities_kept: 100
                  merged_groups: 7
                  candidate_groups: 2
                  pseudo_organisations_dropped: 8
                  reporting_organisations_excluded: 1
                  organisations_dropped: 3
                actors:
                - id: a
                  sector: unspecified
                  level: unspecified
                - id: b
                  sector: unspecified
                  level: unspecified
                ties:
                - from: a
                  to: b
                  weight: 1
                  kind: other

                """)
    }

    @Test(arguments: ["yaml", "json"])
    func readsBackEqual(format: String) throws {
        let text = format == "yaml" ? NetworkWriter.yaml(Self.network) : NetworkWriter.json(Self.network)
        let path = try scratchFile("import-record.\(format)", text)
        let loaded = try NetworkFile.load(path)
        #expect(loaded.network == Self.network)
        #expect(loaded.warnings.isEmpty)
    }

    @Test func readsSpanishAndPortugueseKeys() throws {
        let path = try scratchFile(
            "importacion.yaml",
            """
            nombre: red
            importación:
              importador: iati
              archivos: [bo.xml]
              actividades: 5
              Grupos fusionados: 2
              grupos_candidatos: 1
              pseudo-organizações descartadas: 4
            actores: [{id: a}]
            """)
        let record = try #require(try NetworkFile.load(path).network.importRecord)
        #expect(
            record
                == ImportRecord(
                    importer: "iati", files: ["bo.xml"], activities: 5, mergedGroups: 2, candidateGroups: 1,
                    pseudoOrganisationsDropped: 4))
    }

    @Test func aCountThatIsNoWholeNumberIsRefusedWithItsLine() throws {
        let path = try scratchFile(
            "bad-import.yaml",
            """
            name: n
            import:
              importer: iati
              merged_groups: -2
              candidate_groups: many
              activity: 3
            ties: [{from: a, to: b}]
            """)
        #expect {
            try NetworkFile.load(path)
        } throws: { error in
            guard case LoadError.invalid(let diagnostics) = error else { return false }
            return diagnostics.map(\.description) == [
                "\(path):4:18: error: field `import.merged_groups`: expected a whole number ≥ 0, found `-2`",
                "\(path):5:21: error: field `import.candidate_groups`: expected a whole number ≥ 0, found `many`",
                "\(path):6:3: warning: unknown import record field `activity` ignored",
            ]
        }
    }
}
