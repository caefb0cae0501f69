import ActorNet
import ActorNetTestSupport
import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small network with every sector, level and several tie kinds, used by the golden and render tests.
let sampleNetwork = Network(
    name: "sample",
    source: "actornet tests",
    actors: [
        Actor(id: "muni", name: "Municipio de Prueba", sector: .public, level: .local, country: "CL"),
        Actor(id: "gore", name: "Gobierno Regional", sector: .public, level: .regional, country: "CL"),
        Actor(id: "firm", name: "Empresa S.A.", sector: .private, level: .national, country: "CL"),
        Actor(id: "uni", name: "Universidad del Norte", sector: .academia, level: .regional, country: "CL"),
        Actor(id: "ngo", name: "ONG Local", sector: .civilSociety, level: .local, country: "CL"),
        Actor(id: "donor", name: "Agencia Internacional", sector: .international, level: .international),
    ],
    ties: [
        Tie(from: "donor", to: "gore", weight: 3, kind: .funding),
        Tie(from: "gore", to: "muni", weight: 2, kind: .coordination),
        Tie(from: "firm", to: "muni", weight: 1, kind: .inKind),
        Tie(from: "uni", to: "muni", weight: 2, kind: .technicalCooperation),
        Tie(from: "ngo", to: "muni", weight: 1, kind: .knowledgeExchange),
        Tie(from: "donor", to: "ngo", weight: 1, kind: .agreement),
    ]
)

/// Runs the `dot` command-line tool when installed; nil otherwise.
func runDotTool(_ arguments: [String], input: String) throws -> (status: Int32, output: String, error: String)? {
    guard let dot = ["/usr/bin/dot", "/usr/local/bin/dot"].first(where: FileManager.default.isExecutableFile(atPath:))
    else {
        return nil
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: dot)
    process.arguments = arguments
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
}

/// Parses an SVG as XML; returns all text content and all `title`/`xlink:title` values, or nil when malformed.
final class SVGText: NSObject, XMLParserDelegate {
    var texts: [String] = []
    var titles: [String] = []
    var elements: [String: Int] = [:]
    var classes: [String: Int] = [:]
    /// Every `id`, in document order, and the root `svg` element's `viewBox`.
    var ids: [String] = []
    var rootViewBox: String?
    private var current = ""
    private var inText = false

    static func parse(_ data: Data) -> SVGText? {
        let delegate = SVGText()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        return parser.parse() ? delegate : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements[name, default: 0] += 1
        if let id = attributes["id"] { ids.append(id) }
        if name == "svg" && rootViewBox == nil { rootViewBox = attributes["viewBox"] }
        if let kind = attributes["class"] { classes[kind, default: 0] += 1 }
        if let title = attributes["xlink:title"] { titles.append(title) }
        if name == "text" || name == "title" { inText = true; current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { texts.append(current); inText = false }
        if name == "title" { titles.append(current); inText = false }
    }
}
