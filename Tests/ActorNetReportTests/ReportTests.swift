import ActorNet
import ActorNetAnalysis
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetReport

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct ReportTests {

    static let hostileNetwork: Network = {
        var network = try! NetworkFile.load(PackagePaths.example("chile")).network
        network.actors[0].name = "<script>alert(1)</script> & \"quotes\""
        network.name = "Red <b>hostil</b> & más"
        return network
    }()

    static let fixedDate = Date(timeIntervalSince1970: 1_764_000_000)

    /// Well-formed as XML (XHTML-compatible), and the elements a reader needs.
    final class Scan: NSObject, XMLParserDelegate {
        var ids: [String] = []
        var scripts = 0
        var resourceAttributes: [String] = []
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if let id = attributes["id"] { ids.append(id) }
            if name == "script" { scripts += 1 }
            for key in ["src", "href", "xlink:href"] {
                if let value = attributes[key] { resourceAttributes.append(value) }
            }
        }
    }

    func scan(_ html: String) throws -> Scan {
        let scan = Scan()
        let parser = XMLParser(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        parser.delegate = scan
        #expect(
            parser.parse() && parser.parserError == nil,
            "not well-formed: \(String(describing: parser.parserError)) line \(parser.lineNumber)")
        return scan
    }

    @Test(arguments: [Language.es, .en, .pt])
    func htmlIsWellFormedSelfContainedAndComplete(language: Language) throws {
        let html = HTMLReport.render(
            ReportData.build(Self.hostileNetwork, language: language, generated: Self.fixedDate))
        let scan = try scan(html)
        #expect(
            scan.ids.filter {
                [
                    "composition", "diagrams", "key-actors", "brokers", "mixing", "communities", "partners", "projects",
                    "methods",
                ].contains($0)
            }.count == 9)
        // The sortable tables' script; the interactive map's data and its script.
        #expect(scan.scripts == 3)
        #expect(scan.resourceAttributes.allSatisfy { !$0.lowercased().hasPrefix("http") })
        #expect(html.range(of: #"url\(\s*['"]?https?:"#, options: .regularExpression) == nil)
        #expect(html.range(of: #"@import"#) == nil)
        // The hostile name is text, escaped once.
        #expect(!html.contains("<script>alert(1)"))
        #expect(
            html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;")
                || html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\""))
        #expect(!html.contains("&amp;lt;script"))
        #expect(!html.contains("<b>hostil</b>"))
        // Diagrams are inline SVG: the whole network, the aggregate and three ego views.
        #expect(html.components(separatedBy: "<svg").count - 1 >= 5 + 2)
    }

    @Test func languageSwitchesCompletely() throws {
        let english = ReportData.headingKeys.map { Language.en.text($0) }
        let spanish = ReportData.headingKeys.map { Language.es.text($0) }
        let es = HTMLReport.render(ReportData.build(Self.hostileNetwork, language: .es, generated: Self.fixedDate))
        let en = HTMLReport.render(ReportData.build(Self.hostileNetwork, language: .en, generated: Self.fixedDate))
        for (a, b) in zip(english, spanish) where a != b {
            #expect(!es.contains(">\(a)<"), "English heading left in the Spanish report: \(a)")
            #expect(es.contains(">\(b)<"), "Spanish heading missing: \(b)")
            #expect(!en.contains(">\(b)<"), "Spanish heading in the English report: \(b)")
        }
        #expect(es.contains("lang=\"es\"") && en.contains("lang=\"en\""))
        #expect(es.contains("Sociedad civil") && !es.contains(">Civil society<"))
    }

    @Test func numbersFollowTheLanguage() {
        #expect(formatted(0.5, digits: 2, language: .es) == "0,50")
        #expect(formatted(0.5, digits: 2, language: .en) == "0.50")
        #expect(formatted(nil, language: .es) == "—")
    }

    @Test func markdownHasTheSameSectionsAndLinksItsDiagrams() throws {
        let data = ReportData.build(Self.hostileNetwork, language: .es, generated: Self.fixedDate)
        let (text, files) = MarkdownReport.render(data, stem: "chile")
        for heading in ReportData.headingKeys.dropFirst().map({ Language.es.text($0) }) {
            #expect(text.contains("## \(heading)") || text.contains("### \(heading)"), "\(heading)")
        }
        #expect(files.count == 5)
        for file in files { #expect(text.contains("](\(file.name))")) }
        #expect(!text.contains("<script>"))
        #expect(text.contains("\\<script\\>"))  // Markdown escapes, not HTML entities (issue 12, item 18)
    }

    /// Past the size limits the report estimates path measures and leaves out the full diagram — and says both,
    /// in the page and in Markdown, in the report's language.
    @Test func largeNetworksAreEstimatedAndSaySo() throws {
        let n = 40
        let network = Network(
            name: "ring", actors: (0..<n).map { Actor(id: "a\($0)") },
            ties: (0..<n).map { Tie(from: "a\($0)", to: "a\(($0 + 1) % n)") })
        let data = ReportData.build(
            network, language: .en, generated: Self.fixedDate,
            exactPathsAbove: 30, sampledSources: 20, maxDiagramActors: 30)
        #expect(data.notes.count == 2)
        #expect(
            data.notes[0]
                == "With 40 actors, betweenness is estimated by sampling 47616 shortest paths (KADABRA): every "
                + "actor's value is within 0.01 of the exact one with probability at least 0.9. Closeness is "
                + "estimated from 20 of the actors as sources (seed 1), as with `analyze --sample`."
        )
        #expect(data.notes[1].hasPrefix("Diagram “The whole network” left out: 40 actors is too many"))
        #expect(
            data.centrality.warnings == [
                .estimatedBetweenness(epsilon: 0.01, delta: 0.1, samples: 47616, seed: 1),
                .sampledPaths(sources: 20, actors: 40, seed: 1),
            ])
        #expect(
            data.centrality.warnings.map(\.description) == [
                "betweenness estimated from 47616 sampled shortest paths (KADABRA, seed 1): every value is within "
                    + "0.01 of the exact one with probability at least 0.9",
                "path measures estimated from 20 of 40 sources (seed 1)",
            ])
        #expect(!data.diagrams.contains { $0.file == "network.svg" })
        #expect(HTMLReport.render(data).contains("<p class=\"meta note\">With 40 actors, betweenness is estimated"))
        #expect(MarkdownReport.render(data, stem: "ring").0.contains("> With 40 actors, betweenness is estimated"))
        // The profile reuses the report's path searches: the same value as computing it on its own.
        func efficiency(_ indicators: [QualityIndicator]) -> Double? {
            indicators.first { $0.name == "global efficiency" }?.value ?? nil
        }
        #expect(
            efficiency(data.profile)
                == efficiency(QualityProfile.indicators(network, sampleEfficiencyAbove: 30, sampledSources: 20)))
        #expect(
            data.profile.first { $0.name == "global efficiency" }?.reading == .efficiency(estimatedFrom: 20, of: 40))
        let exact = ReportData.build(network, language: .es, generated: Self.fixedDate)
        #expect(exact.notes.isEmpty && exact.centrality.warnings.isEmpty)
        // Exact: the report's value comes from the Brandes pass, the profile's alone from 64-source bit-parallel
        // searches, which add the same terms in another order.
        let alone = try #require(efficiency(QualityProfile.indicators(network)))
        #expect(abs(try #require(efficiency(exact.profile)) - alone) <= 1e-12 * alone)
        let spanish = ReportData.build(
            network, language: .es, generated: Self.fixedDate, exactPathsAbove: 30, sampledSources: 20)
        #expect(
            spanish.notes == [
                "Con 40 actores, la intermediación se estima muestreando 47616 caminos mínimos (KADABRA): el valor de "
                    + "cada actor dista menos de 0,01 del exacto con una probabilidad de al menos 0,9. La cercanía se "
                    + "estima desde 20 de los actores como origen (semilla 1), como con `analyze --sample`."
            ])
    }
}
