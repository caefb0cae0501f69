import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Every writer reads back to an equal model (GraphML: without projects; CSV: without network metadata).
@Suite struct InterchangeTests {
    static let examples = ["chile", "argentina", "colombia", "mexico", "peru"]

    func example(_ name: String) throws -> Network { try NetworkFile.load(PackagePaths.example(name)).network }

    func folder() throws -> String { try scratchFolder("interchange") }

    @Test(arguments: examples)
    func yamlAndJSONRoundTrip(name: String) throws {
        let network = try example(name)
        let dir = try folder()
        try NetworkWriter.yaml(network).write(toFile: dir + "/n.yaml", atomically: true, encoding: .utf8)
        try NetworkWriter.json(network).write(toFile: dir + "/n.json", atomically: true, encoding: .utf8)
        #expect(try NetworkFile.load(dir + "/n.yaml").network == network)
        #expect(try NetworkFile.load(dir + "/n.json").network == network)
    }

    /// The four CSV files (`n.csv` and its actors, projects and network companions) read back, by their names
    /// alone, to an equal network: metadata and direction included.
    @Test(arguments: examples)
    func csvRoundTripIsLossless(name: String) throws {
        let network = try example(name)
        let back = try csvRoundTrip(network)
        #expect(back == network)
    }

    @Test func csvRoundTripKeepsDirectionAndMetadata() throws {
        var network = try example("peru")
        network.directed = true
        network.description = "Red \"dirigida\", con comas; y punto y coma"
        network.source = "=fuente"
        network.language = "es"
        let back = try csvRoundTrip(network)
        #expect(back == network)
        #expect(back.directed && back.source == "=fuente")
    }

    private func csvRoundTrip(_ network: Network) throws -> Network {
        let dir = try folder()
        let csv = NetworkWriter.csv(network)
        try csv.ties.write(to: URL(fileURLWithPath: dir + "/n.csv"))
        try csv.actors.write(to: URL(fileURLWithPath: dir + "/n.actors.csv"))
        try csv.network.write(to: URL(fileURLWithPath: dir + "/n.network.csv"))
        if let projects = csv.projects { try projects.write(to: URL(fileURLWithPath: dir + "/n.projects.csv")) }
        return try NetworkFile.load(dir + "/n.csv").network
    }

    @Test func networkFileProblemsAreReportedAtTheCell() throws {
        let dir = try folder()
        try "source,target\na,b\n".write(toFile: dir + "/m.csv", atomically: true, encoding: .utf8)
        try "campo,valor\nnombre,Red de prueba\ndirigido,quizás\ncolor,azul\n".write(
            toFile: dir + "/m.network.csv", atomically: true, encoding: .utf8)
        do {
            _ = try NetworkFile.load(dir + "/m.csv")
            Issue.record("expected an error")
        } catch {
            guard case .invalid(let diagnostics) = error else { Issue.record("\(error)"); return }
            #expect(
                diagnostics.map(\.description) == [
                    "\(dir)/m.network.csv:3:2: error: field `directed`: expected true or false, found `quizás`",
                    "\(dir)/m.network.csv:4:1: warning: unknown network field `color` ignored; known: name, "
                        + "description, goals, language, directed, source",
                ])
        }
        try "campo,valor\nnombre,Red de prueba\ndirigido,sí\n".write(
            toFile: dir + "/m.network.csv", atomically: true, encoding: .utf8)
        let loaded = try NetworkFile.load(dir + "/m.csv").network
        #expect(loaded.name == "Red de prueba" && loaded.directed)
    }

    @Test func csvKeepsHostileCellsAndAttributes() throws {
        let network = Network(
            name: "x",
            actors: [
                Actor(
                    id: "a", name: "=HYPERLINK(\"http://x\")", sector: .public, offers: ["-minus", "+plus"],
                    attributes: ["web": "@home", "note2": "a, \"b\"\nc"]),
                Actor(id: "b", name: "'quoted", notes: "line1\nline2"),
            ],
            ties: [
                Tie(
                    from: "a", to: "b", weight: 2.25, kind: .funding, directed: true,
                    contributions: Contributions(money: 1500.5, currency: "USD", work: 3, inKind: "=SUM(A1)"),
                    note: "\ttab")
            ])
        let dir = try folder()
        let csv = NetworkWriter.csv(network)
        let text = String(decoding: csv.actors, as: UTF8.self)
        #expect(text.contains("'=HYPERLINK"))
        #expect(text.contains("'@home"))
        try csv.ties.write(to: URL(fileURLWithPath: dir + "/n.csv"))
        try csv.actors.write(to: URL(fileURLWithPath: dir + "/n.actors.csv"))
        let back = try NetworkFile.load(dir + "/n.csv", actors: dir + "/n.actors.csv").network
        #expect(back.actors == network.actors)
        // The tab survives: the writer guards it with `'`, so trimming on reading cannot eat it.
        #expect(back.ties == network.ties)
    }

    @Test(arguments: examples)
    func graphMLRoundTripKeepsActorsAndTies(name: String) throws {
        let network = try example(name)
        let dir = try folder()
        try GraphML.write(network).write(toFile: dir + "/n.graphml", atomically: true, encoding: .utf8)
        let back = try NetworkFile.load(dir + "/n.graphml").network
        #expect(back.actors == network.actors)
        #expect(back.ties == network.ties)
        #expect(back.name == network.name && back.description == network.description && back.source == network.source)
    }

    @Test func graphMLFromNetworkXIgraphAndYEd() throws {
        let lesmis = try NetworkFile.load(fixture("graphml/networkx-lesmis.graphml")).network
        #expect(lesmis.actors.count == 77 && lesmis.ties.count == 254)
        #expect(lesmis.ties.reduce(0) { $0 + $1.weight } == 820)
        #expect(lesmis.actors[0].attributes["group"] == "0")
        let directed = try NetworkFile.load(fixture("graphml/networkx-directed.graphml")).network
        #expect(directed.directed)
        #expect(directed.actors[0].sector == .public && directed.actors[0].name == "Alpha")
        #expect(directed.ties[0].weight == 2.5)
        let karate = try NetworkFile.load(fixture("graphml/igraph-karate.graphml")).network
        #expect(karate.actors.count == 34 && karate.ties.count == 78)
        let yed = try NetworkFile.load(fixture("graphml/yed-style.graphml")).network
        #expect(yed.actors.map(\.name) == ["Ministerio", "ONG Local"])
        #expect(yed.actors[0].attributes["Description"] == "first office")
        #expect(yed.directed)
    }

    @Test func graphMLErrorsNameTheLine() {
        #expect(
            messages(fixture("graphml/dangling.graphml")).contains(
                "\(fixture("graphml/dangling.graphml")):5: error: tie field `to` names unknown actor `ghost`"))
        #expect(
            messages(fixture("graphml/malformed.graphml")) == [
                "\(fixture("graphml/malformed.graphml")):5: error: malformed XML: closing tag does not match the open "
                    + "element"
            ])
    }

    @Test func gexfIsWellFormedWithColoursAndAttributes() throws {
        let xml = GEXFWriter.write(try example("chile"), sectorColour: { _ in "#56B4E9" })
        final class Counter: NSObject, XMLParserDelegate {
            var colours = 0, nodes = 0, edges = 0, attributes = 0
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                switch name {
                case "viz:color": colours += 1
                case "node": nodes += 1
                case "edge": edges += 1
                case "attribute": self.attributes += 1
                default: break
                }
            }
        }
        let counter = Counter()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = counter
        #expect(parser.parse() && parser.parserError == nil)
        #expect(counter.nodes == 20 && counter.colours == 20 && counter.edges == 27)
        #expect(counter.attributes == 16)  // 9 actor fields and 7 tie fields; Chile's actors have no attributes
        #expect(xml.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
        #expect(xml.contains("<viz:color r=\"86\" g=\"180\" b=\"233\"/>"))  // public #56B4E9
    }

    private func messages(_ path: String) -> [String] {
        do { _ = try NetworkFile.load(path); return [] } catch {
            guard case .invalid(let diagnostics) = error else { return [error.description] }
            return diagnostics.filter { $0.severity == .error }.map(\.description)
        }
    }

    /// GraphML over 10 MB (where FoundationXML reports an error after the last element) reads like a small file.
    @Test func graphMLOverTenMegabytesReads() throws {
        let nodes = (0..<20).map { "<node id=\"n\($0)\"/>" }.joined()
        let edges = (0..<19).map { "<edge source=\"n\($0)\" target=\"n\($0 + 1)\"/>" }.joined()
        let padding = String(repeating: "<!-- " + String(repeating: "padding ", count: 12) + "-->\n", count: 110_000)
        let text =
            "<?xml version=\"1.0\"?>\n<graphml><graph "
            + "edgedefault=\"undirected\">\(nodes)\n\(padding)\(edges)</graph></graphml>\n"
        #expect(text.utf8.count > 11_000_000)
        let loaded = try NetworkFile.parse(text, format: .graphml, file: "big.graphml")
        #expect(loaded.network.actors.count == 20 && loaded.network.ties.count == 19)
        #expect(throws: LoadError.self) {
            try NetworkFile.parse(
                text.replacingOccurrences(of: "</graph></graphml>", with: "</graphml>"), format: .graphml,
                file: "big.graphml")
        }
    }
}
