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
