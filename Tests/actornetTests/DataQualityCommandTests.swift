import ActorNetTestSupport
import Foundation
import Testing

/// The data-quality summary in `info` and the warning of `mixing` and `brokers` (issue 14, item 6), on a small
/// network with unspecified actors (Fixtures/unspecified.yaml) and on an imported IATI file.
@Suite struct DataQualityCommandTests {
    static let isolateWarnings = """
        \(fixture("unspecified.yaml")):7:5: warning: isolated actor `d`: no ties
        \(fixture("unspecified.yaml")):8:5: warning: isolated actor `e`: no ties

        """

    @Test func infoEndsWithTheDataQuality() throws {
        let info = try CLI.run(["info", fixture("unspecified.yaml")])
        #expect(info.status == 0)
        #expect(
            info.stdout.hasSuffix(
                """
                Ties by kind
                tie kind  ties
                funding      1
                other        2

                Data quality
                3 of 5 actors with unspecified sector (60 %), 2 with unspecified level (40 %)
                2 isolates (actors in no tie)

                """))
    }

    @Test func infoJSONAddsTheDataQualityKeys() throws {
        let info = try CLI.run(["info", fixture("unspecified.yaml"), "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "name", "actors", "ties", "projects", "sector_level", "ties_by_kind", "density", "components",
                "warnings", "data_quality",
            ])
        let quality = try #require(object["data_quality"] as? [String: Any])
        #expect(
            Set(quality.keys) == [
                "actors", "unspecified_sector", "unspecified_sector_share", "unspecified_level",
                "unspecified_level_share", "isolates", "classified_by", "merged_groups", "import",
            ])
        #expect(quality["unspecified_sector"] as? Int == 3)
        #expect(quality["unspecified_sector_share"] as? Double == 0.6)
        #expect(quality["unspecified_level_share"] as? Double == 0.4)
        #expect(quality["isolates"] as? Int == 2)
        #expect((quality["classified_by"] as? [String: Int]) == [:])
        #expect(quality["merged_groups"] is NSNull)
        #expect(quality["import"] is NSNull)
    }

    @Test func mixingWarnsInEnglish() throws {
        let mixing = try CLI.run(["mixing", fixture("unspecified.yaml")])
        #expect(mixing.status == 0)
        #expect(
            mixing.stderr == Self.isolateWarnings + """
                warning: 60 % of actors (3 of 5) have an unspecified sector; the results by sector say little about \
                them

                """)
        // 40 % unspecified level warns too; the JSON output warns as the table does (on stderr).
        let byLevel = try CLI.run(["mixing", fixture("unspecified.yaml"), "--by", "level", "--format", "json"])
        #expect(
            byLevel.stderr.hasSuffix(
                "warning: 40 % of actors (2 of 5) have an unspecified level; the results "
                    + "by level say little about them\n"))
    }

    @Test func brokersWarnsInSpanish() throws {
        let brokers = try CLI.run(["brokers", fixture("unspecified.yaml"), "--lang", "es"])
        #expect(brokers.status == 0)
        #expect(
            brokers.stderr == """
                \(fixture("unspecified.yaml")):7:5: advertencia: actor aislado `d`: sin lazos
                \(fixture("unspecified.yaml")):8:5: advertencia: actor aislado `e`: sin lazos
                advertencia: el 60 % de los actores (3 de 5) no tiene sector especificado; los resultados por sector \
                dicen poco de ellos

                """)
    }

    @Test func aWellClassifiedNetworkIsNotWarnedAndItsInfoIsUnchanged() throws {
        let mixing = try CLI.run(["mixing", PackagePaths.example("chile"), "--lang", "en"])
        #expect(mixing.stderr == "")
        let info = try CLI.run(["info", PackagePaths.example("chile"), "--lang", "en"])
        #expect(!info.stdout.contains("Data quality"))
    }

    /// The counts only the import knew (candidates, pseudo-organisations dropped) come back from the saved file.
    @Test func importedIATICountsActorsPerClassificationSource() throws {
        let dir = try scratchFolder("iati-quality")
        let file = PackagePaths.file("Tests/ActorNetTests/Fixtures/iati/usaid-bo.xml")
        let imported = try CLI.run(["import-iati", file, "-o", dir + "/bo.yaml"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let info = try CLI.run(["info", dir + "/bo.yaml"])
        #expect(
            info.stdout.hasSuffix(
                """
                Data quality
                2 of 35 actors with unspecified sector (6 %), 11 with unspecified level (31 %)
                0 isolates (actors in no tie)
                classified by iati-type 32, name-pattern 1, unspecified 2
                7 actors merged from several IATI identities
                IATI import of usaid-bo.xml: activities read 63, kept 63
                groups of likely duplicates left for review: 0; pseudo-organisation mentions dropped: 2

                """))
        let json = try CLI.run(["info", dir + "/bo.yaml", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let quality = try #require(object["data_quality"] as? [String: Any])
        #expect((quality["classified_by"] as? [String: Int]) == ["iati-type": 32, "name-pattern": 1, "unspecified": 2])
        #expect(quality["merged_groups"] as? Int == 7)
        let record = try #require(quality["import"] as? [String: Any])
        #expect(record["files"] as? [String] == ["usaid-bo.xml"])
        #expect(
            record.filter { $0.key != "files" && $0.key != "importer" } as? [String: Int] == [
                "activities": 63, "activities_kept": 63, "merged_groups": 7, "candidate_groups": 0,
                "pseudo_organisations_dropped": 2, "reporting_organisations_excluded": 0, "organisations_dropped": 0,
            ])
        // 11 of 35 levels unspecified (31 %): brokers by level warns, by sector (6 %) does not.
        let byLevel = try CLI.run(["brokers", dir + "/bo.yaml", "--by", "level"])
        #expect(
            byLevel.stderr.hasSuffix(
                "warning: 31 % of actors (11 of 35) have an unspecified level; the results "
                    + "by level say little about them\n"))
        let bySector = try CLI.run(["brokers", dir + "/bo.yaml", "--by", "sector"])
        #expect(!bySector.stderr.contains("unspecified"))
    }
}
