import ActorNetTestSupport
import Foundation
import Testing
@testable import ActorNet

@Suite struct IATIImportTests {
    func importing(_ names: [String], _ change: (inout IATIImporter.Options) -> Void = { _ in }) throws -> (Network, IATIImporter.Summary) {
        var options = IATIImporter.Options()
        options.generated = Date(timeIntervalSince1970: 0)
        change(&options)
        let importer = IATIImporter(options: options)
        for name in names { try importer.read(fixture("iati/\(name).xml")) }
        let network = importer.network(files: names, name: "test")
        return (network, importer.summary)
    }

    /// Counts from scripts/check_iati_import.py (an independent ElementTree reading).
    @Test(arguments: [("acfspain-co", 2, 1, 1.0), ("finddiagnostics-activity", 21, 210, 210), ("gdihub-activities", 20, 114, 196),
                      ("nl-mfa-dgis-sample-2.03", 14, 13, 13)])
    func participationMatchesAnIndependentCount(name: String, organisations: Int, ties: Int, weight: Double) throws {
        let (network, _) = try importing([name])
        #expect(network.actors.count == organisations)
        #expect(network.ties.count == ties)
        #expect(network.ties.reduce(0) { $0 + $1.weight } == weight)
        #expect(NetworkValidator.validate(network, sourceMap: SourceMap(file: "x")).diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func actionAgainstHungerByHand() throws {
        let (english, _) = try importing(["acfspain-co"])
        let acf = try #require(english.actors.first { $0.id == "ES-CIF-G81164105" })
        #expect(acf.name == "ACTION AGAINST HUNGER SPAIN")
        #expect(acf.sector == .civilSociety && acf.level == .international)  // type 21 International NGO
        #expect(acf.roles == ["implementing"])
        #expect(acf.attributes["iati_type"] == "21")
        let project = try #require(english.projects.first)
        #expect(project.id == "ES-CIF-G81164105-COF5AE")
        #expect(project.lead == "ES-CIF-G81164105")
        #expect(project.members.map(\.actor) == ["ES-CIF-G81164105", "GB-CHC-1047501"])
        #expect(project.members.map(\.role) == ["implementing", "funding"])
        #expect(project.start == "2017-04-12" && project.end == "2017-05-27")
        #expect(english.ties == [Tie(from: "ES-CIF-G81164105", to: "GB-CHC-1047501", weight: 1, kind: .coordination, note: "shared IATI activities")])
        #expect(english.source?.contains("acfspain-co") == true)
        #expect(english.source?.contains("publishers: ACTION AGAINST HUNGER SPAIN") == true)
        let (spanish, _) = try importing(["acfspain-co"]) { $0.language = "es" }
        #expect(spanish.actors.first { $0.id == "ES-CIF-G81164105" }?.name == "ACCIÓN CONTRA EL HAMBRE")
    }

    @Test func flowsAreDirectedFundingTiesWithWarnings() throws {
        let (network, summary) = try importing(["nl-mfa-dgis-sample-2.03"]) { $0.ties = .flows }
        #expect(network.directed)
        #expect(!network.ties.isEmpty)
        #expect(network.ties.allSatisfy { $0.kind == .funding && $0.weight > 0 && $0.contributions?.currency != nil && $0.from != $0.to })
        #expect(summary.warnings["pseudo-organisation"] == 6)
        let both = try importing(["nl-mfa-dgis-sample-2.03"]) { $0.ties = .both }.0
        #expect(both.ties.contains { $0.directed == true } && both.ties.contains { $0.directed == false })
    }

    @Test func countryFilterAndAliases() throws {
        #expect(try importing(["acfspain-co"]) { $0.country = "PE" }.0.projects.isEmpty)
        #expect(try importing(["acfspain-co"]) { $0.country = "CO" }.0.projects.count == 1)
        let (aliased, _) = try importing(["acfspain-co"]) { $0.aliases = ["GB-CHC-1047501": "ES-CIF-G81164105"] }
        #expect(aliased.actors.map(\.id) == ["ES-CIF-G81164105"])
        #expect(aliased.ties.isEmpty)
    }

    @Test func nameOnlyOrganisationsAreKeyedWithTheirCountry() throws {
        let (network, summary) = try importing(["finddiagnostics-activity"])
        #expect(network.actors.contains { $0.id == "jhpiego-ae" && $0.country == "AE" && $0.attributes["iati_ref"] == nil })
        #expect(summary.warnings["name-only organisation"] == 9)
    }

    @Test func malformedXMLNamesTheLine() throws {
        let path = try scratchFile("bad.xml", "<iati-activities>\n<iati-activity>\n<iati-identifier>x</iati-activity>\n")
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
        #expect(importer.network(files: ["acfspain-co"], name: "test").ties.count == small.ties.count)

        let broken = try scratchFile("padded-broken.xml", padded.replacingOccurrences(of: "</iati-activities>", with: "</iati-activity>"))
        #expect(throws: IATIImporter.Failure.self) { try IATIImporter(options: .init()).read(broken) }
    }
}
