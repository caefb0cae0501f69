import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

/// The streamed YAML and JSON against the whole-tree text they replace (`tree(network).yaml` / `.json()`), byte
/// for byte, on every example network, the fixtures, real IATI imports and strings Yams quotes or escapes.
@Suite struct NetworkWriterStreamTests {
    private func fixture(_ name: String) -> String { fixturePath(name, in: .module) }

    /// Streams with a tiny chunk size, so the buffer is handed over mid-record.
    private func expectIdentical(_ network: Network, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        var yaml = Data(), json = Data()
        try NetworkWriter.writeYAML(network, chunkSize: 7) { yaml.append(contentsOf: $0) }
        try NetworkWriter.writeJSON(network, chunkSize: 7) { json.append(contentsOf: $0) }
        let tree = NetworkWriter.tree(network)
        #expect(String(decoding: yaml, as: UTF8.self) == tree.yaml, sourceLocation: sourceLocation)
        #expect(String(decoding: json, as: UTF8.self) == tree.json() + "\n", sourceLocation: sourceLocation)
        #expect(NetworkWriter.yamlData(network) == yaml, sourceLocation: sourceLocation)
        #expect(NetworkWriter.jsonData(network) == json, sourceLocation: sourceLocation)
    }

    @Test func everyExampleNetwork() throws {
        let folder = PackagePaths.file("Networks")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count == 6)
        for name in names { try expectIdentical(NetworkFile.load(folder + "/" + name).network) }
    }

    @Test func fixtures() throws {
        try expectIdentical(NetworkFile.load(fixture("small.yaml")).network)
        try expectIdentical(NetworkFile.load(fixture("small.json")).network)
        try expectIdentical(NetworkFile.load(fixture("small-ties.csv"), actors: fixture("small-actors.csv")).network)
    }

    @Test func realIATIImports() throws {
        let folder = fixture("iati")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".xml") }.sorted()
        #expect(names.count == 11)
        for name in names {
            let importer = IATIImporter(options: .init())
            try importer.read(folder + "/" + name)
            try expectIdentical(importer.network(files: [name]))
        }
    }

    @Test func emptyNetworkAndEmptyLists() throws {
        try expectIdentical(Network(name: ""))
        try expectIdentical(Network(name: "n", actors: [Actor(id: "a")]))
        try expectIdentical(Network(name: "n", ties: [Tie(from: "a", to: "b")]))
        try expectIdentical(Network(name: "n", projects: [Project(id: "p")]))
    }

    /// Strings Yams writes quoted, escaped or in another style.
    static let hostileTexts = [
        "", " ", "  leading", "trailing ", "yes", "No", "null", "~", "true", "OFF", "on", "0", "01", "1.5", "-1",
        "+1", ".inf", "-.inf", ".nan", "1e3", "0x1F", "0o7", "1_000", "2024-01-01", "2024-01-01T10:00:00Z",
        "12:30",
        "=", "<<", "a: b", "a:b", "key:", "# comment", "a #b", "- item", "-", "?", "? q", ":", "[x]", "{x}", "x, y",
        "'single'", "\"double\"", "it's", "back\\slash", "line\nbreak", "two\n\nbreaks", "ends\n", "\ttab",
        "cr\rlf", "bell\u{7}", "nel\u{85}", "ls\u{2028}", "bom\u{FEFF}", "ñandú Perú", "北京", "emoji 🇨🇴",
        "&anchor", "*alias", "!tag", "%directive", "@at", "`tick", "|", ">", "a | b", "a > b",
        String(repeating: "long words ", count: 200), String(repeating: "x", count: 5000),
        "Bill & Melinda Gates Foundation", "MINISTERIO DE SALUD PúBLICA", "a\u{0}nul",
    ]

    /// A network with each of `hostileTexts` in every place a string goes.
    static func hostileNetwork() -> Network {
        let texts = hostileTexts
        var actors: [Actor] = [], ties: [Tie] = [], projects: [Project] = []
        for (k, text) in texts.enumerated() {
            actors.append(
                Actor(
                    id: "a\(k)\(text)", name: text, country: text, territory: text, roles: [text, "x"],
                    offers: [text], needs: [text, text], motivation: [text],
                    attributes: [text: text, "z": text], notes: text))
            ties.append(
                Tie(
                    from: text, to: "b", weight: Double(k) / 3, kind: .funding, directed: k % 2 == 0,
                    contributions: Contributions(
                        money: Double(k) * 1e14, currency: text, work: 0.1,
                        inKind: text),
                    project: text, note: text))
            projects.append(
                Project(
                    id: "p\(k)", name: text, objective: text, area: text, lead: text,
                    members: [
                        ProjectMember(
                            actor: text, role: text,
                            contributions: Contributions(currency: text))
                    ],
                    agreement: text, sdgs: [k % 17 + 1], start: text, end: text))
        }
        return Network(name: "hostile", directed: true, actors: actors, ties: ties, projects: projects)
    }

    @Test func hostileStrings() throws {
        let texts = Self.hostileTexts
        for text in texts {
            try expectIdentical(Network(name: text, description: text, language: text, source: text))
        }
        try expectIdentical(Self.hostileNetwork())
        let odd = [Double.nan, .infinity, -.infinity, -0.0, 1e-7, 1e21, 123456789.125]
        try expectIdentical(Network(name: "numbers", ties: odd.map { Tie(from: "a", to: "b", weight: $0) }))
    }

    /// More records than one batch: batches join without a seam.
    @Test func manyRecordsAcrossBatches() throws {
        let count = NetworkWriter.recordsPerBatch * 2 + 3
        let actors = (0..<count).map { Actor(id: "a\($0)", name: $0 % 5 == 0 ? "yes" : "Actor \($0)") }
        let ties = (1..<count).map { Tie(from: "a\($0 - 1)", to: "a\($0)", weight: Double($0)) }
        let projects = (0..<count).map { Project(id: "p\($0)", lead: "a\($0)", sdgs: [1, 2]) }
        try expectIdentical(Network(name: "many", actors: actors, ties: ties, projects: projects))
    }
}
