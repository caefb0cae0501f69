import ActorNet
import Foundation
import Testing

@testable import ActorNetAnalysis

@Suite struct DataQualityTests {
    /// Five actors: three of unspecified sector, two of unspecified level, two in no tie; two from an IATI import.
    static let network = Network(
        name: "quality",
        actors: [
            Actor(id: "a", sector: .public, level: .national, attributes: ["classified_by": "iati-type"]),
            Actor(
                id: "b", sector: .civilSociety, level: .unspecified,
                attributes: ["classified_by": "name-pattern", "iati_merged": "41122 | XM-DAC-41122"]),
            Actor(id: "c", sector: .unspecified, level: .local),
            Actor(id: "d", sector: .unspecified, level: .unspecified),
            Actor(id: "e", sector: .unspecified, level: .national),
        ],
        ties: [Tie(from: "a", to: "b"), Tie(from: "b", to: "c"), Tie(from: "a", to: "c")])

    @Test func countsUnspecifiedIsolatesSourcesAndMerges() {
        let quality = NetworkAnalysis(Self.network).dataQuality
        #expect(quality.actors == 5)
        #expect(quality.unspecifiedSector == 3)
        #expect(quality.unspecifiedLevel == 2)
        #expect(quality.isolates == 2)
        #expect(quality.classifiedBy == ["iati-type": 1, "name-pattern": 1])
        #expect(quality.mergedGroups == 1)
        #expect(quality.unspecifiedShare(.sector) == 0.6)
        #expect(quality.unspecifiedShare(.level) == 0.4)
        #expect(quality.hasFindings)
    }

    @Test func warnsAboveThirtyPercentOnly() {
        var network = Self.network
        network.actors[3].level = .local  // 1 of 5 unspecified level: 20 %
        let quality = DataQuality(network)
        #expect(quality.warnsUnspecified(.sector))
        #expect(!quality.warnsUnspecified(.level))
        #expect(quality.unspecifiedWarning(.level, .en) == nil)
        #expect(
            quality.unspecifiedWarning(.sector, .es)
                == "el 60 % de los actores (3 de 5) no tiene sector especificado; los resultados por sector dicen "
                + "poco de ellos")
    }

    @Test func linesInEachLanguage() {
        let quality = DataQuality(Self.network)
        #expect(
            quality.lines(.en) == [
                "3 of 5 actors with unspecified sector (60 %), 2 with unspecified level (40 %)",
                "2 isolates (actors in no tie)", "classified by iati-type 1, name-pattern 1",
                "1 actor merged from several IATI identities",
            ])
        #expect(
            quality.lines(.pt) == [
                "3 de 5 atores sem setor (60 %), 2 sem nível (40 %)", "2 isolados (atores sem laços)",
                "classificados por iati-type 1, name-pattern 1", "1 ator fundido de várias identidades IATI",
            ])
    }

    /// What only the import knew (the network's `import` record) follows the other lines; the organisations left
    /// out by option only when there are some.
    @Test func theImportRecordInEachLanguage() throws {
        var network = Self.network
        network.importRecord = ImportRecord(
            importer: "iati", files: ["a.xml", "b.xml"], activities: 12, activitiesKept: 10, mergedGroups: 1,
            candidateGroups: 3, pseudoOrganisationsDropped: 4)
        #expect(
            Array(DataQuality(network).lines(.en).dropFirst(4)) == [
                "IATI import of a.xml, b.xml: activities read 12, kept 10",
                "groups of likely duplicates left for review: 3; pseudo-organisation mentions dropped: 4",
            ])
        network.importRecord?.reportingOrganisationsExcluded = 1
        network.importRecord?.organisationsDropped = 2
        #expect(
            Array(DataQuality(network).lines(.es).dropFirst(4)) == [
                "importación IATI de a.xml, b.xml: actividades leídas 12, conservadas 10",
                "grupos de posibles duplicados por revisar: 3; menciones de pseudoorganizaciones descartadas: 4",
                "organizaciones excluidas al importar: organizaciones informantes 1, con --drop 2",
            ])
        #expect(
            Array(DataQuality(network).lines(.pt).dropFirst(4)) == [
                "importação IATI de a.xml, b.xml: atividades lidas 12, mantidas 10",
                "grupos de possíveis duplicatas a revisar: 3; menções de pseudo-organizações descartadas: 4",
                "organizações excluídas na importação: organizações informantes 1, com --drop 2",
            ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(DataQuality(network)), as: UTF8.self)
        #expect(
            json.contains(
                #""import":{"activities":12,"activities_kept":10,"candidate_groups":3,"files":["a.xml","b.xml"],"#
                    + #""importer":"iati","merged_groups":1,"organisations_dropped":2,"#
                    + #""pseudo_organisations_dropped":4,"reporting_organisations_excluded":1}"#))
        // A network whose every actor is well classified still has the import to report.
        let clean = Network(
            name: "clean", importRecord: network.importRecord, actors: [Actor(id: "a", sector: .public, level: .local)],
            ties: [])
        #expect(DataQuality(clean).hasFindings)
    }

    @Test func aNetworkNotImportedHasNoMergeCountAndNothingToSay() {
        let network = Network(
            name: "clean",
            actors: [
                Actor(id: "a", sector: .public, level: .national),
                Actor(id: "b", sector: .private, level: .local),
            ],
            ties: [Tie(from: "a", to: "b")])
        let quality = DataQuality(network)
        #expect(quality.mergedGroups == nil)
        #expect(quality.classifiedBy.isEmpty)
        #expect(!quality.hasFindings)
    }

    @Test func computedOnceAndEncodedWithItsKeys() throws {
        let analysis = NetworkAnalysis(Self.network)
        #expect(analysis.dataQuality == analysis.dataQuality)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(analysis.dataQuality), as: UTF8.self)
        #expect(
            json == #"{"actors":5,"classified_by":{"iati-type":1,"name-pattern":1},"isolates":2,"merged_groups":1,"#
                + #""unspecified_level":2,"unspecified_level_share":0.4,"unspecified_sector":3,"#
                + #""unspecified_sector_share":0.6}"#)
    }
}
