import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

@Suite struct IATIImportTests {
    func importing(_ names: [String], _ change: (inout IATIImporter.Options) -> Void = { _ in })
        throws -> (Network, IATIImportSummary)
    {
        let (network, importer) = try importer(names, change)
        return (network, importer.summary)
    }

    func importer(_ names: [String], _ change: (inout IATIImporter.Options) -> Void = { _ in })
        throws -> (Network, IATIImporter)
    {
        var options = IATIImporter.Options()
        options.generated = Date(timeIntervalSince1970: 0)
        change(&options)
        let importer = IATIImporter(options: options)
        for name in names { try importer.read(fixture("iati/\(name).xml")) }
        return (importer.network(files: names), importer)
    }

    /// Organisations, ties and total weight of the role-derived network (funding ties weighted by committed value
    /// where the activity states it); acfspain-co counted by hand below, the others kept as regression values.
    @Test(arguments: [
        ("acfspain-co", 2, 1, 1.0), ("finddiagnostics-activity", 21, 190, 190),
        ("gdihub-activities", 20, 111, 175), ("nl-mfa-dgis-sample-2.03", 11, 20, 14_150_817),
    ])
    func participationCounts(name: String, organisations: Int, ties: Int, weight: Double) throws {
        let (network, _) = try importing([name])
        #expect(network.actors.count == organisations)
        #expect(network.ties.count == ties)
        #expect(network.ties.reduce(0) { $0 + $1.weight } == weight)
        let diagnostics = NetworkValidator.validate(network, sourceMap: SourceMap(file: "x")).diagnostics
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func actionAgainstHungerByHand() throws {
        let (english, _) = try importing(["acfspain-co"])
        #expect(english.name == "IATI — Action Against Hunger Spain, Colombia")
        #expect(english.description == "Partnership network imported from IATI activity data (1 activity).")
        let acf = try #require(english.actors.first { $0.id == "ES-CIF-G81164105" })
        #expect(acf.name == "Action Against Hunger Spain")
        #expect(
            acf.attributes == [
                "classified_by": "iati-type", "iati_name": "ACTION AGAINST HUNGER SPAIN",
                "iati_ref": "ES-CIF-G81164105", "iati_type": "21",
            ])
        #expect(acf.sector == .civilSociety && acf.level == .international && acf.country == "ES")
        #expect(acf.roles == ["implementing"])
        let funder = try #require(english.actors.first { $0.id == "GB-CHC-1047501" })
        #expect(funder.offers == ["funding"])
        let project = try #require(english.projects.first)
        #expect(project.lead == "ES-CIF-G81164105")
        #expect(project.members.map(\.actor) == ["ES-CIF-G81164105", "GB-CHC-1047501"])
        #expect(project.start == "2017-04-12" && project.end == "2017-05-27")
        #expect(
            english.ties == [
                Tie(
                    from: "GB-CHC-1047501", to: "ES-CIF-G81164105", weight: 1, kind: .funding,
                    directed: true, note: "1 shared IATI activity, 2017", start: "2017", end: "2017")
            ])
        let (spanish, _) = try importing(["acfspain-co"]) { $0.language = "es" }
        #expect(spanish.actors.first { $0.id == "ES-CIF-G81164105" }?.name == "Acción Contra el Hambre")
        #expect(spanish.ties.first?.note == "1 actividad IATI compartida, 2017")
        #expect(spanish.name == "IATI — Acción Contra el Hambre, Colombia")
    }

    /// NORAD, DFATD, the Dutch, Danish, French and Saudi ministries carry no ref in WHO's Argentina file: they are
    /// foreign, international, with their own country, never AR.
    @Test func foreignDonorsWithoutRefAreInternational() throws {
        let (network, summary) = try importing(["who-arg"])
        let expected = [
            "Norwegian Agency for Development Cooperation (NORAD)": "NO",
            "Department of Foreign Affairs, Trade and Development (DFATD), Canada": "CA",
            "Ministry of Foreign Affairs, Netherlands": "NL", "Ministry of Foreign Affairs, Denmark": "DK",
            "Ministry for Europe and Foreign Affairs (MEAE), France": "FR", "Ministry of Finance, Saudi Arabia": "SA",
            "Germany": "DE", "Japan": "JP", "Azerbaijan": "AZ",
        ]
        for (name, country) in expected {
            let actor = try #require(network.actors.first { $0.name == name }, "\(name)")
            #expect(actor.country == country && actor.sector == .international && actor.level == .international)
        }
        #expect(!network.actors.contains { $0.country == "AR" })
        #expect(
            network.actors.filter { $0.attributes["classified_by"] == "country-name" }.map(\.name).sorted()
                == ["Azerbaijan", "Germany", "Japan"])
        #expect(summary.warnings[.importConflictingTypes] == 3)  // WHO types the three countries as 70, private
        #expect(network.actors.contains { $0.id == "DAC-1601" && $0.name == "Bill & Melinda Gates Foundation" })
        #expect(network.actors.contains { $0.id == "fondation-d-harcourt" && $0.name == "Fondation d'Harcourt" })
        #expect(network.name == "IATI — World Health Organization, Argentina")
    }

    /// The Ebola sample's UNICEF (5 spellings), WHO (6) and Sida come out once each; `N/A` is no identity;
    /// category codes and pseudo-organisations are no actors.
    @Test func ebolaSampleIdentities() throws {
        let (network, summary) = try importing(["dportal-multi-publisher-ebola-sample"])
        let unicef = network.actors.filter { $0.name.contains("UNICEF") || $0.name.contains("Children’s Fund") }
        #expect(
            unicef.map(\.id).sorted() == [
                "XM-DAC-41122", "french-committee-for-unicef", "swiss-committee-for-unicef", "unicef-saudi-arabia",
                "united-kingdom-committee-for-unicef", "united-states-fund-for-unicef",
            ])
        let merged = try #require(network.actors.first { $0.id == "XM-DAC-41122" })
        #expect(merged.name == "United Nations Children’s Fund")
        #expect(
            merged.attributes["iati_merged"]
                == "41122 | XM-DAC-41122 | name:unicef | name:unicef-for-gr-allocations-only")
        #expect(
            network.actors.filter { $0.name.lowercased().contains("world health organi") }.map(\.id)
                == ["XM-DAC-41143"])
        // Sida is `SE-6` (its code in IATI's former organisation identifiers: country and DAC agency), and UNICEF's
        // and WHO's funder "SIDA - Sweden" is Sida, not `SE-0`: that is Sweden, the identifier Sida publishes all
        // Swedish official aid under, which funds Sida, the Research Council and the foreign ministry alike.
        let sida = network.actors.filter { actor in
            [actor.name, actor.attributes["iati_merged"] ?? ""].contains {
                $0.lowercased().contains("sida") || $0.contains("Swedish International Development")
            }
        }
        #expect(sida.map(\.id) == ["SE-6"])
        #expect(sida.first?.name == "Swedish International Development Cooperation Agency")
        #expect(sida.first?.attributes["iati_merged"] == "SE-6 | name:sida-sweden")
        let sweden = try #require(network.actors.first { $0.id == "SE-0" })
        #expect(
            (sweden.name, sweden.sector, sweden.level, sweden.country) == (
                "Sweden", .international, .international, "SE"
            ))
        #expect(network.actors.filter { $0.country == "SE" }.map(\.id).sorted() == ["SE-0", "SE-2", "SE-29", "SE-6"])
        #expect(!network.actors.contains { $0.id == "N/A" || $0.id.hasPrefix("ec-devco") })
        #expect(network.actors.first { $0.id == "burkina-faso" }?.attributes["iati_merged"] == nil)
        #expect(
            network.actors.first { $0.id == "XI-IATI-EC_DEVCO" }?.attributes["iati_merged"]
                == "XI-IATI-EC_DEVCO | name:ec-devco")
        for pseudo in [
            "name-withheld", "information-redacted", "other", "public-sector-institutions",
            "recipient-government", "10000", "12000", "XM-DAC-12000",
        ] {
            #expect(!network.actors.contains { $0.id.hasPrefix(pseudo) }, "\(pseudo)")
        }
        #expect(network.actors.first { $0.id == "XT-IATI-EC_DEVCO" }?.country == nil)
        #expect(network.actors.first { $0.id == "AC-22" }?.country == nil)
        #expect(summary.warnings[.importPlaceholderRef] == 10)
        #expect(summary.warnings[.importCategoryRef] == 17)
        #expect(summary.pseudoDropped == 27)
        // What only the import knows stays with the network.
        #expect(
            network.importRecord
                == ImportRecord(
                    importer: "iati", files: ["dportal-multi-publisher-ebola-sample"], activities: 100,
                    activitiesKept: 100, mergedGroups: 6, candidateGroups: 5, pseudoOrganisationsDropped: 27))
    }

    /// A name qualified by a country ("… - Denmark") never merges into a ref'd organisation of another country
    /// that bears the rest of the name (Sweden's foreign ministry, `SE-2`).
    @Test func countryQualifiedNameKeepsItsCountry() throws {
        let xml = """
            <iati-activities version="2.03"><iati-activity><iati-identifier>SE-0-1</iati-identifier>
            <reporting-org ref="SE-0" type="10"><narrative>Sweden</narrative></reporting-org>
            <participating-org ref="SE-2" type="10" role="3"><narrative>Ministry for Foreign Affairs</narrative>
            </participating-org>
            <participating-org type="10" role="1"><narrative>Ministry for Foreign Affairs - Denmark</narrative>
            </participating-org></iati-activity></iati-activities>
            """
        let importer = IATIImporter(options: .init())
        try importer.read(data: Data(xml.utf8), name: "qualified.xml")
        let network = importer.network(files: ["qualified.xml"])
        #expect(
            network.actors.map { "\($0.id) \($0.country ?? "-")" } == [
                "SE-0 SE", "SE-2 SE", "ministry-for-foreign-affairs-denmark DK",
            ])
    }

    /// Projects keep their activity's start and end (actual, else planned; 1.0x `start-planned`… too), through the
    /// network file; an end before the start (6 activities here) is left out. Ties get the first and last year
    /// the organisations worked together, as their notes say. Counts from an independent ElementTree pass over the
    /// fixture.
    @Test func projectsKeepStartAndEnd() throws {
        let (network, _) = try importing(["dportal-multi-publisher-ebola-sample"])
        #expect(network.projects.count == 100)
        #expect(network.projects.filter { $0.start != nil }.count == 99)
        #expect(network.projects.filter { $0.end != nil }.count == 93 - 6)
        let nrc = try #require(network.projects.first { $0.id == "NO-BRC-977538319_X9SM1403" })
        #expect((nrc.start, nrc.end) == ("2014-11-10", "2015-05-10"))
        #expect(
            network.ties.first { $0.from == "GB-GOV-1" && $0.to == "nrc" }?.note == "1 shared IATI activity, 2014–2015")
        let tie = try #require(network.ties.first { $0.from == "GB-GOV-1" && $0.to == "nrc" })
        #expect((tie.start, tie.end) == ("2014", "2015"))
        let path = try scratchFile("ebola.yaml", NetworkWriter.yaml(network))
        #expect(try NetworkFile.load(path).network.projects == network.projects)
        let oxfam = try #require(network.projects.first { $0.id == "GB-CHC-202918-MLIB06" })
        #expect((oxfam.start, oxfam.end) == ("2014-11-28", "2015-07-31"))
    }

    @Test func aimsFundersOnceEachAndClassified() throws {
        let (network, summary) = try importing(["aiddata-colombia-aims-2.03"])
        #expect(network.actors.filter { $0.name == "Japan" }.map(\.id) == ["japan"])
        let japan = try #require(network.actors.first { $0.id == "japan" })
        #expect((japan.sector, japan.level, japan.country) == (.international, .international, "JP"))
        #expect(network.actors.first { $0.id == "united-kindom" }?.country == "GB")
        #expect(network.actors.first { $0.name == "United Nations Development Programme" }?.id == "XM-DAC-41114")
        #expect((summary.actors, summary.unspecifiedSector) == (133, 11))  // 8 %
        #expect(summary.secondaryPublishers == ["AidData"])
        // Every funder offers funding.
        #expect(network.actors.filter { $0.roles == ["funding"] }.allSatisfy { $0.offers.first == "funding" })
    }

    @Test func cafNamesAreReadableAndClassified() throws {
        let (network, summary) = try importing(["caf-activities-2025-10-10"]) { $0.language = "es" }
        #expect(network.actors.contains { $0.name == "Ministerio de Salud Pública" })
        #expect(network.actors.contains { $0.name == "República de El Salvador" })
        #expect(network.actors.contains { $0.name == "República de Trinidad y Tobago" })
        // No ASCII capital next to a lower-case accented letter ("PúBLICA") is left.
        let miscased = network.actors.filter { actor in
            let scalars = Array(actor.name.unicodeScalars)
            return scalars.indices.dropFirst().contains { index in
                scalars[index].value > 0x7F && scalars[index].properties.isLowercase
                    && (0x41...0x5A).contains(scalars[index - 1].value)
                    && index + 1 < scalars.count && (0x41...0x5A).contains(scalars[index + 1].value)
            }
        }
        #expect(miscased.map(\.name) == [])
        #expect((summary.actors, summary.unspecifiedSector) == (259, 10))  // 4 %
        // CAF's loans name only the borrower: CAF funds it.
        #expect(network.ties.filter { $0.from == "XM-DAC-46008" && $0.kind == .funding }.count == 259)
        #expect(network.name == "IATI — Development Bank of Latin America, Ecuador, Bolivia, Brazil, 15 más")
        // Ministries without a country take their activity's: Chile's and Peru's stay apart.
        #expect(network.actors.filter { $0.name == "Ministerio de Hacienda" }.count > 1)
    }

    /// ACDI/VOCA's DUNS number with and without its leading zero, and PROSALUD, Casals, Kuehne + Nagel with and
    /// without a ref, are one organisation each.
    @Test func usaidBoliviaDuplicatesMerge() throws {
        let (network, summary) = try importing(["usaid-bo"])
        for fragment in ["Agriculture Cooperative Development", "Prosalud", "Casals", "Kuehne"] {
            #expect(network.actors.filter { $0.name.contains(fragment) }.count == 1, "\(fragment)")
        }
        #expect(
            network.actors.first { $0.name.contains("Kuehne") }?.attributes["iati_merged"]
                == "XI-DUNS-009853664 | name:kuehne-and-nagel-inc")
        #expect(summary.mergedGroups == 7)
        // ACDI/VOCA: its DUNS number with and without the leading zero, and its name without a ref.
        #expect(
            network.actors.first { $0.id == "XI-DUNS-83510842" }?.attributes["iati_merged"]
                == "XI-DUNS-083510842 | XI-DUNS-83510842 | "
                + "name:agriculture-cooperative-development-international-volunteers-in-overseas-cooperative-assistance"
        )
        #expect(network.name == "IATI — U.S. Agency for International Development, Bolivia")
        let usaid = try #require(network.actors.first { $0.id == "US-GOV-1" })
        #expect(usaid.offers == ["funding"])  // it implements nothing itself
        #expect(network.ties.filter { $0.from == "US-GOV-1" && $0.kind == .funding }.count == 29)
    }

    @Test func worldBankBorrowerRefsAreCandidatesAndAReviewMergesThem() throws {
        let (network, importer) = try importer(["worldbank-sv"])
        let republic = importer.duplicateCandidates.filter { $0.name == "Republic of El Salvador" }
        #expect(republic.count == 8)
        #expect(Set(republic.map(\.evidence)) == ["same-name"])
        #expect(Set(republic.map(\.canonical)).count == 1)
        #expect(network.actors.filter { $0.name == "Republic of El Salvador" }.count == 8)
        // The reviewer writes `merge` on one row of the group; the file goes back in as aliases.
        var rows = String(decoding: IATIDuplicateCandidates.csv(importer.duplicateCandidates), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        let index = try #require(rows.firstIndex { $0.contains(",Republic of El Salvador,") })
        rows[index] += "merge"
        let path = try scratchFile("review.csv", rows.joined(separator: "\n") + "\n")
        let aliases = try IATIImporter.loadAliases(path)
        let (reviewed, _) = try importing(["worldbank-sv"]) { $0.aliases = aliases }
        #expect(reviewed.actors.filter { $0.name == "Republic of El Salvador" }.count == 1)
    }

    @Test func aliasesSetFieldsAndDrop() throws {
        let path = try scratchFile(
            "aliases.yaml",
            """
            GB-CHC-1047501:
              id: acf-uk
              name: ACF UK
              sector: sociedad civil
              level: nacional
              country: gb
            ES-CIF-G81164105: drop
            """)
        let aliases = try IATIImporter.loadAliases(path)
        let (network, summary) = try importing(["acfspain-co"]) { $0.aliases = aliases }
        #expect(network.actors.map(\.id) == ["acf-uk"])
        let actor = try #require(network.actors.first)
        #expect((actor.name, actor.sector, actor.level, actor.country) == ("ACF UK", .civilSociety, .national, "GB"))
        #expect(actor.attributes["classified_by"] == "aliases")
        #expect(summary.droppedByAlias == 2)
        let (plain, _) = try importing(["acfspain-co"]) { $0.aliases = ["GB-CHC-1047501": "ES-CIF-G81164105"] }
        #expect(plain.actors.map(\.id) == ["ES-CIF-G81164105"])
        #expect(plain.ties.isEmpty)
    }

    /// AidData reports Colombia's aid but takes part in none of it; left out, no project keeps it as lead.
    @Test func secondaryPublisherLeftOutReassignsLeads() throws {
        let (network, summary) = try importing(["aiddata-colombia-aims-2.03"]) {
            $0.excludeReportingOrganisations = true
        }
        #expect(!network.actors.contains { $0.id == "US-501c3-522318905" })
        #expect(summary.dropped == ["AidData"])
        #expect(network.importRecord?.reportingOrganisationsExcluded == 1)
        #expect(network.importRecord?.organisationsDropped == 0)
        #expect(summary.secondaryPublishers == [])
        let ids = Set(network.actors.map(\.id))
        #expect(network.projects.allSatisfy { project in project.lead.map(ids.contains) ?? project.members.isEmpty })
        let diagnostics = NetworkValidator.validate(network, sourceMap: SourceMap(file: "x")).diagnostics
        #expect(diagnostics.filter { $0.severity == .error }.map(\.message) == [])
        let (dropped, _) = try importing(["acfspain-co"]) { $0.drop = ["Action Against Hunger"] }
        #expect(dropped.actors.map(\.id) == ["ES-CIF-G81164105"])
        #expect(dropped.importRecord?.organisationsDropped == 1)
        #expect(dropped.importRecord?.reportingOrganisationsExcluded == 0)
    }

    @Test func countryFilter() throws {
        #expect(try importing(["acfspain-co"]) { $0.country = "PE" }.0.projects.isEmpty)
        #expect(try importing(["acfspain-co"]) { $0.country = "CO" }.0.projects.count == 1)
    }

    @Test func flowsAreDirectedFundingTies() throws {
        let (network, summary) = try importing(["nl-mfa-dgis-sample-2.03"]) { $0.ties = .flows }
        #expect(network.directed)
        #expect(network.ties.count == 10)
        #expect(network.ties.allSatisfy { $0.kind == .funding && $0.weight > 0 && $0.contributions?.currency != nil })
        #expect(summary.pseudoDropped == 8)
        let both = try importing(["nl-mfa-dgis-sample-2.03"]) { $0.ties = .both }.0
        #expect(both.ties.contains { $0.directed == true } && both.ties.contains { $0.directed == false })
    }

    @Test func qualitySummaryInEachLanguage() throws {
        let (_, summary) = try importing(["usaid-bo"])
        #expect(
            summary.qualityLines(.es) == [
                "calidad: 2 de 35 actores sin sector (6 %), 11 sin nivel (31 %)",
                "calidad: 7 grupos fusionados, 0 grupos candidatos por revisar, 2 pseudoorganizaciones descartadas, "
                    + "0 aislados",
                "calidad: clasificados por iati-type 32, name-pattern 1, unspecified 2",
            ])
    }

    @Test func malformedXMLNamesTheLine() throws {
        let path = try scratchFile(
            "bad.xml", "<iati-activities>\n<iati-activity>\n<iati-identifier>x</iati-activity>\n")
        #expect {
            try IATIImporter(options: .init()).read(path)
        } throws: { error in
            guard case IATIImporter.Failure.malformed(_, let line, let message) = error else { return false }
            return line == 3 && message.contains("closing tag does not match")
        }
    }

    /// FoundationXML reports an internal error after the last element of any document over 10 MB; a padded copy
    /// of a real activity file must import exactly like the original, and damage after the padding still fails.
    @Test func documentsOverTenMegabytesImportLikeSmallOnes() throws {
        let original = try String(contentsOfFile: fixture("iati/acfspain-co.xml"), encoding: .utf8)
        let padding = String(repeating: "<!-- " + String(repeating: "padding ", count: 12) + "-->\n", count: 110_000)
        let closing = try #require(original.range(of: "</iati-activities>", options: .backwards))
        let padded = original.replacingCharacters(in: closing, with: padding + "</iati-activities>")
        #expect(padded.utf8.count > 11_000_000)
        let path = try scratchFile("padded.xml", padded)
        let importer = IATIImporter(options: .init())
        try importer.read(path)
        let (small, _) = try importing(["acfspain-co"])
        #expect(importer.network(files: ["acfspain-co"]).ties.count == small.ties.count)

        let broken = try scratchFile(
            "padded-broken.xml",
            padded.replacingOccurrences(of: "</iati-activities>", with: "</iati-activity>"))
        #expect(throws: IATIImporter.Failure.self) { try IATIImporter(options: .init()).read(broken) }
    }
}
