import ActorNetTestSupport
import Foundation
import Testing

/// `import-iati` end to end on the trimmed real files of the library's fixtures (Tests/ActorNetTests/Fixtures/iati).
@Suite struct ImportIATICommandTests {
    func realFile(_ name: String) -> String {
        PackagePaths.file("Tests/ActorNetTests/Fixtures/iati/\(name).xml")
    }

    @Test func partnersFindTheFundersOfAnImportedNetwork() throws {
        let dir = try scratchFolder("iati-partners")
        let imported = try CLI.run(["import-iati", realFile("usaid-bo"), "-o", dir + "/bo.yaml"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let partners = try CLI.run(["partners", dir + "/bo.yaml", "--need", "funding"])
        #expect(
            partners.stdout == """
                #  actor                                      score  reasons
                1  U.S. Agency for International Development  2.000  U.S. Agency for International Development \
                offers funding; 68 partners in the network
                2  Department of State                        0.382  Department of State offers funding; 13 partners \
                in the network

                """)
    }

    @Test func secondaryPublisherIsNamedThenLeftOut() throws {
        let dir = try scratchFolder("iati-secondary")
        let plain = try CLI.run(["import-iati", realFile("aiddata-colombia-aims-2.03"), "-o", dir + "/co.yaml"])
        #expect(
            plain.stderr.contains(
                """
                warning: AidData reports activities but takes part in none of them (a secondary publisher?): \
                leave it out \
                with --exclude-reporting-org
                """))
        let left = try CLI.run([
            "import-iati", realFile("aiddata-colombia-aims-2.03"), "-o", dir + "/co.yaml",
            "--exclude-reporting-org", "--lang", "es",
        ])
        #expect(left.status == 0)
        #expect(left.stderr.contains("excluidos: AidData\n"))
        // Imported with --lang es, the network says `language: es`: validate answers in Spanish.
        let check = try CLI.run(["validate", dir + "/co.yaml"])
        #expect(check.stdout == "\(dir)/co.yaml: válida: 132 actores, 41 lazos, 693 proyectos, 99 advertencias\n")
    }

    @Test func duplicatesFileIsReviewedAndReused() throws {
        let dir = try scratchFolder("iati-review")
        let first = try CLI.run([
            "import-iati", realFile("worldbank-sv"), "-o", dir + "/sv.yaml",
            "--duplicates", dir + "/review.csv",
        ])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("22 likely duplicates in 7 groups written to \(dir)/review.csv"))
        var text = try String(contentsOfFile: dir + "/review.csv", encoding: .utf8)
        #expect(text.hasPrefix("group,id,name,ref,mentions,activities,evidence,canonical,decision\n"))
        let row = try #require(text.split(separator: "\n").first { $0.contains(",Republic of El Salvador,") })
        text = text.replacingOccurrences(of: String(row) + "\n", with: row + "merge\n")
        try text.write(toFile: dir + "/review.csv", atomically: true, encoding: .utf8)
        let second = try CLI.run([
            "import-iati", realFile("worldbank-sv"), "-o", dir + "/sv.yaml",
            "--aliases", dir + "/review.csv",
        ])
        #expect(second.status == 0, "\(second.stderr)")
        let network = try String(contentsOfFile: dir + "/sv.yaml", encoding: .utf8)
        #expect(network.components(separatedBy: "name: Republic of El Salvador\n").count == 2)
        let bad = try CLI.run(["import-iati", realFile("worldbank-sv"), "--duplicates", dir + "/d.txt"])
        #expect(bad.status == 64)
    }
}
