import ActorNet
import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNetReport

/// Every figure of a report has the same page (A4 landscape) and the same displayed width; isolates are left out
/// of the figures and counted under them.
@Suite struct ReportFigureTests {
    static let fixedDate = Date(timeIntervalSince1970: 1_764_000_000)

    /// Chile with three actors in no tie: a civil-society local one, a private regional one, one unspecified.
    static let withIsolates: Network = {
        var network = try! NetworkFile.load(PackagePaths.example("chile")).network
        network.actors += [
            Actor(id: "aislado-1", name: "Fundación Sin Socios", sector: .civilSociety, level: .local),
            Actor(id: "aislado-2", name: "Empresa Solitaria", sector: .private, level: .regional),
            Actor(id: "aislado-3", name: "Oficina Desconocida"),
        ]
        return network
    }()

    /// The `<svg …>` page size Graphviz writes.
    static func pageSize(_ svg: String) -> String? {
        guard let match = svg.firstMatch(of: #/<svg width="([^"]+)" height="([^"]+)"/#) else { return nil }
        return "\(match.1) × \(match.2)"
    }

    @Test(arguments: ["Networks/chile.yaml", "Tests/ActorNetRenderTests/Fixtures/usaid-bo.json"])
    func everyFigureHasTheSamePage(path: String) throws {
        let network = try NetworkFile.load(PackagePaths.file(path)).network
        let data = ReportData.build(network, language: .es, generated: Self.fixedDate)
        #expect(data.diagramsLeftOut == [])
        // Chile: three ego views; USAID Bolivia: only two actors have betweenness above 0.
        #expect(data.diagrams.count == (path.hasSuffix("chile.yaml") ? 5 : 4))
        #expect(data.diagrams.map { Self.pageSize($0.svg) } == data.diagrams.map { _ in "842pt × 595pt" })
        #expect(data.diagrams.map(\.isolatesLeftOut) == data.diagrams.map { _ in 0 })
        let html = HTMLReport.render(data)
        // The main diagram is the interactive map; the others are static figures.
        #expect(html.components(separatedBy: "<figure class=\"figure interactive\">").count - 1 == 1)
        #expect(html.components(separatedBy: "<figure class=\"figure\">").count - 1 == data.diagrams.count - 1)
        #expect(data.diagrams.map { $0.interactiveMap != nil } == data.diagrams.map { $0.role == .main })
        #expect(HTMLReport.css.contains("figure.figure>svg{display:block;width:100%;height:auto;"))
        #expect(HTMLReport.css.contains("@page figure{size:A4 landscape;margin:0}"))
    }

    @Test func isolatesAreLeftOutAndCounted() throws {
        let data = ReportData.build(Self.withIsolates, language: .es, generated: Self.fixedDate)
        #expect(data.diagrams.map(\.role) == [.main, .aggregate, .ego(rank: 1), .ego(rank: 2), .ego(rank: 3)])
        #expect(data.diagrams.map(\.isolatesLeftOut) == [3, 3, 0, 0, 0])
        // The main diagram's caption says it itself (`--hide-isolates`); the aggregate's is the report's.
        #expect(data.diagrams.map(\.captionedIsolates) == [0, 3, 0, 0, 0])
        #expect(data.diagrams[0].svg.contains("3 actores sin lazos ocultos"))
        #expect(!data.diagrams[0].svg.contains("Fundación Sin Socios"))
        // The aggregate is drawn without them: private · regional keeps its 2 actors (drawn from the whole network
        // it read "3 actores · 1 lazo interno"), and no group of unspecified actors appears.
        #expect(!data.diagrams[1].svg.contains("3 actores · 1 lazo interno"))
        #expect(!data.diagrams[1].svg.contains("Sin especificar"))
        let html = HTMLReport.render(data).replacingOccurrences(
            of: #"\n *"#, with: "", options: .regularExpression)
        #expect(html.components(separatedBy: "<figcaption>").count - 1 == 1)
        #expect(
            html.contains("</svg><figcaption>Este diagrama deja fuera 3 actores sin lazos (aislados).</figcaption>"))
        let markdown = MarkdownReport.render(data, stem: "iso").text
        #expect(
            markdown.contains(
                "![Sectores y niveles (vista agregada)](iso-sector-level.svg)\n\n"
                    + "*Este diagrama deja fuera 3 actores sin lazos (aislados).*\n\n"))
        #expect(markdown.components(separatedBy: "*Este diagrama deja fuera").count - 1 == 1)
    }

    @Test func withoutIsolatesKeepsEveryTiedActor() {
        let reduced = ReportData.withoutIsolates(Self.withIsolates)
        #expect(reduced.actors.count == 20)
        #expect(reduced.ties == Self.withIsolates.ties)
        #expect(!reduced.actors.contains { $0.id.hasPrefix("aislado") })
    }

    @Test func theFigurePageIsA4Landscape() {
        let options = ReportFigure.options(language: .pt, maximumActors: 7)
        #expect(options.page == .a4 && options.landscape == true && options.largestScale == 1)
        #expect(options.language == "pt" && options.maximumActors == 7 && !options.hideIsolates)
    }
}
