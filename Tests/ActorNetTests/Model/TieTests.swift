import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

@Suite struct TieTests {
    /// Contributions are stored boxed; a tie still behaves as a value and encodes the documented keys.
    @Test func contributionsKeepValueSemanticsAndCodableKeys() throws {
        var a = Tie(
            from: "x", to: "y", weight: 2, kind: .funding,
            contributions: Contributions(money: 5_000, currency: "CLP", work: 3, inKind: "offices"))
        let b = a
        a.contributions?.money = 7_000
        #expect(b.contributions?.money == 5_000 && a.contributions?.money == 7_000)
        #expect(a != b)
        a.contributions?.money = 5_000
        #expect(a == b && a.hashValue == b.hashValue)
        #expect(MemoryLayout<Tie>.stride <= 96)

        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(b), as: UTF8.self)
        #expect(
            json
                == #"{"contributions":{"currency":"CLP","in_kind":"offices","money":5000,"work":3},"#
                + #""from":"x","kind":"funding","to":"y","weight":2}"#
        )
        #expect(try JSONDecoder().decode(Tie.self, from: Data(json.utf8)) == b)
        let plain = Tie(from: "x", to: "y")
        #expect(try JSONDecoder().decode(Tie.self, from: try encoder.encode(plain)) == plain)
    }
}

@Suite struct TieDatesAndAttributesTests {
    static let dated = Network(
        name: "dated",
        actors: [Actor(id: "a"), Actor(id: "b"), Actor(id: "c")],
        ties: [
            Tie(from: "a", to: "b", kind: .funding, start: "2019", end: "2021-06", attributes: ["Tags": "salud"]),
            Tie(from: "b", to: "c", start: "2020-03-15"),
            Tie(from: "a", to: "c"),
        ])

    /// Dates and attributes are boxed with contributions: the stride stays as it was, values stay values.
    @Test func datesAndAttributesKeepValueSemantics() {
        var tie = Self.dated.ties[0]
        let copy = tie
        tie.attributes["Tags"] = nil
        #expect(tie.attributes.isEmpty && copy.attributes == ["Tags": "salud"])
        tie.start = nil
        tie.end = nil
        #expect(tie == Tie(from: "a", to: "b", kind: .funding))
        #expect(MemoryLayout<Tie>.stride <= 96)
    }

    @Test(arguments: ["yaml", "json", "csv"])
    func datesAndAttributesReadBack(format: String) throws {
        let folder = try scratchFolder("tie-dates")
        let path = folder + "/dated.\(format)"
        switch format {
        case "yaml": try NetworkWriter.yaml(Self.dated).write(toFile: path, atomically: true, encoding: .utf8)
        case "json": try NetworkWriter.json(Self.dated).write(toFile: path, atomically: true, encoding: .utf8)
        default:
            let csv = NetworkWriter.csv(Self.dated)
            try csv.ties.write(to: URL(fileURLWithPath: path))
            try csv.actors.write(to: URL(fileURLWithPath: folder + "/dated-actors.csv"))
            #expect(
                String(decoding: csv.ties, as: UTF8.self)
                    == """
                    source,target,weight,kind,directed,project,note,money,currency,work,in_kind,start,end,Tags
                    a,b,1,funding,,,,,,,,2019,2021-06,salud
                    b,c,1,other,,,,,,,,2020-03-15,,
                    a,c,1,other,,,,,,,,,,

                    """)
        }
        let loaded = try NetworkFile.load(path).network
        #expect(loaded.ties == Self.dated.ties)
    }

    @Test func yamlTieKeysReadInSpanish() throws {
        let text = """
            nombre: fechas
            actores: [{id: a}, {id: b}]
            lazos:
              - {origen: a, destino: b, inicio: 2018, fin: 2020, atributos: {Etiquetas: agua}}
            """
        let tie = try NetworkFile.parse(text, format: .yaml, file: "fechas.yaml").network.ties[0]
        #expect(tie == Tie(from: "a", to: "b", start: "2018", end: "2020", attributes: ["Etiquetas": "agua"]))
    }

    @Test func badTieDateNamesLineAndField() {
        let text = "source,target,start\na,b,2019\nb,c,2019-13\n"
        do {
            _ = try NetworkFile.parse(text, format: .csv, file: "t.csv")
            Issue.record("a month 13 was accepted")
        } catch {
            guard case .invalid(let diagnostics) = error else { return #expect(Bool(false), "\(error)") }
            #expect(
                diagnostics.map(\.description)
                    == ["t.csv:3:3: error: field `start`: expected a date YYYY, YYYY-MM or YYYY-MM-DD, found `2019-13`"]
            )
        }
    }
}
