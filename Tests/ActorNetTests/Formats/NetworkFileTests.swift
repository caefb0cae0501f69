import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

@Suite struct NetworkFileTests {
    /// The network all three spellings of `small` must give.
    static let expected = Network(
        name: "small",
        actors: [
            Actor(
                id: "muni", name: "Municipio de Prueba", sector: .public, level: .local, country: "CL",
                territory: "Comuna Uno", offers: ["local-knowledge", "community-access"], needs: ["funding"]),
            Actor(
                id: "fund", name: "Fundación \"Uno\", Dos", sector: .civilSociety, level: .national,
                offers: ["funding"], needs: ["local-knowledge"], attributes: ["web": "example.org"]),
            Actor(id: "uni", name: "Universidad", sector: .academia, level: .regional),
        ],
        ties: [
            Tie(from: "muni", to: "fund", weight: 2.5, kind: .funding),
            Tie(from: "fund", to: "uni", weight: 1, kind: .knowledgeExchange, note: "line one"),
            Tie(from: "uni", to: "muni", weight: 3, kind: .agreement),
        ]
    )

    @Test func yamlGivesTheExpectedModel() throws {
        let loaded = try NetworkFile.load(fixture("small.yaml"))
        #expect(loaded.network == Self.expected)
        #expect(loaded.warnings.isEmpty)
    }

    @Test func jsonGivesTheSameModel() throws {
        #expect(try NetworkFile.load(fixture("small.json")).network == Self.expected)
    }

    /// Spanish headers, `;` delimiter, BOM, CRLF, decimal comma, quoted cells and an extra column.
    @Test func csvPairGivesTheSameModel() throws {
        var network = try NetworkFile.load(fixture("small-ties.csv"), actors: fixture("small-actors.csv")).network
        network.name = "small"
        #expect(network == Self.expected)
    }

    @Test func tiesCSVAloneInfersUnspecifiedActors() throws {
        let network = try NetworkFile.load(fixture("small-ties.csv")).network
        #expect(network.actors.map(\.id) == ["muni", "fund", "uni"])
        #expect(network.actors.allSatisfy { $0.sector == .unspecified && $0.level == .unspecified && $0.name == $0.id })
        #expect(network.name == "small-ties")
    }

    @Test func yamlWithoutActorsInfersThemFromTies() throws {
        let path = try scratchFile("ties-only.yaml", "ties:\n  - {from: a, to: b}\n")
        #expect(try NetworkFile.load(path).network.actors.map(\.id) == ["a", "b"])
    }

    @Test func malformedYAMLNamesLineAndColumn() {
        #expect(
            messages(fixture("malformed.yaml")) == [
                "\(fixture("malformed.yaml")):5:1: error: malformed YAML: while parsing a flow sequence did not find "
                    + "expected ',' or ']'"
            ])
    }

    @Test func malformedJSONNamesLine() throws {
        let all = messages(fixture("malformed.json"))
        #expect(all.count == 1)
        #expect(all[0].hasPrefix("\(fixture("malformed.json")):4:"))
        #expect(all[0].contains("error: malformed JSON"))
    }

    /// A CSV that is not UTF-8 is read as Windows-1252 with a warning (issue 16: Spanish-locale Excel saves it so);
    /// its `é` then reaches the weight check, which names the cell.
    @Test func latin1CSVIsReadAsWindows1252WithAWarning() {
        let path = fixture("latin1.csv")
        #expect(
            messages(path) == [
                "\(path):3:3: error: field `weight`: `é` is not a number",
                "\(path): warning: not UTF-8 text: read as Windows-1252; check the accents, or save it as UTF-8",
            ])
    }

    /// YAML and JSON stay strict UTF-8: a guessed encoding there would change values without a cell to point at.
    @Test func latin1YAMLIsStillRefusedWithItsLine() throws {
        let path = try scratchFolder("tests") + "/latin1.yaml"
        try (Data("name: caf".utf8) + Data([0xE9, 0x0A])).write(to: URL(fileURLWithPath: path))
        #expect(
            messages(path) == [
                "\(path):1: error: not UTF-8 text (byte 0xE9 at offset 9); save the file as UTF-8 "
                    + "(Latin-1/Windows-1252 exports are common)"
            ])
    }

    @Test func missingFileCannotBeOpened() {
        #expect {
            try NetworkFile.load("/nonexistent/x.yaml")
        } throws: { error in
            guard case LoadError.cannotOpen(let path, _) = error else { return false }
            return path == "/nonexistent/x.yaml"
        }
    }

    @Test func unknownExtensionIsRefused() throws {
        let path = try scratchFile("net.txtx", "x")
        #expect(
            messages(path) == [
                "\(path): error: unknown file type `.txtx`; use .yaml, .yml, .json, .csv, .graphml, .gexf or .xlsx"
            ])
    }

    @Test func csvMissingTargetColumn() throws {
        let path = try scratchFile("bad.csv", "source,weight\na,1\n")
        #expect(
            messages(path).first
                == "\(path):1: error: missing column `target` or `to` or `destino` for field `to`; header is "
                + "`source,weight`"
        )
    }

    @Test func csvRowWithTooManyFields() throws {
        let path = try scratchFile("wide.csv", "source,target\na,b\nb,c,d\n")
        #expect(messages(path) == ["\(path):3:3: error: row has 3 fields but the header has 2"])
    }

    @Test func csvLineNumbersCountNewlinesInsideQuotes() throws {
        let path = try scratchFile("multi.csv", "source,target,note,weight\na,b,\"two\nlines\",1\nb,c,x,-2\n")
        #expect(
            messages(path) == ["\(path):4:4: error: field `weight`: `-2` is not > 0; a weight is the tie's strength"])
    }

    @Test func deepNestingIsRefusedNotCrashed() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let path = try scratchFile("deep.json", "{\"actors\": \(deep)}")
        // The column of the bracket that opens level 513 (`{` is level 1): the structure scan knows it.
        #expect(messages(path) == ["\(path):1:523: error: nesting deeper than 512 levels"])
    }

    @Test func aliasBombStopsAtTheNodeBudget() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        let path = try scratchFile("bomb.yaml", yaml)
        let all = messages(path)
        #expect(all.count == 1)
        #expect(all[0].contains("aliases expand the document to more values than it has bytes"))
    }

    private func messages(_ path: String) -> [String] {
        do {
            _ = try NetworkFile.load(path)
            return []
        } catch {
            guard case .invalid(let diagnostics) = error else { return [error.description] }
            return diagnostics.map(\.description)
        }
    }
}
