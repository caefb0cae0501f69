import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

/// The map's goals and the Net-Map actor attributes (influence, stance per goal) through YAML with Spanish keys,
/// JSON, the CSV companion and the validator.
@Suite struct NetMapGoalsTests {
    static let yaml = """
        nombre: Valle Seco
        objetivos: [Agua potable para todo el valle, Una ley de cuencas]
        actores:
          - {id: muni, atributos: {influence: "8", stance.1: "+", stance.2: "-"}}
          - {id: fund, atributos: {stance.2: "0"}}
        lazos:
          - {origen: fund, destino: muni}

        """

    static let expected = Network(
        name: "Valle Seco", goals: ["Agua potable para todo el valle", "Una ley de cuencas"],
        actors: [
            Actor(id: "muni", attributes: ["influence": "8", "stance.1": "+", "stance.2": "-"]),
            Actor(id: "fund", attributes: ["stance.2": "0"]),
        ],
        ties: [Tie(from: "fund", to: "muni")])

    @Test func spanishKeysYAMLJSONAndCSVKeepTheGoals() throws {
        let loaded = try NetworkFile.parse(Self.yaml, format: .yaml, file: "valle.yaml")
        #expect(loaded.network == Self.expected)
        #expect(loaded.warnings == [])
        #expect(
            NetworkWriter.yaml(Self.expected).hasPrefix(
                "name: Valle Seco\ngoals: [Agua potable para todo el valle, Una ley de cuencas]\ndirected: false\n"))
        let json = NetworkWriter.json(Self.expected)
        #expect(try NetworkFile.parse(json, format: .json, file: "valle.json").network == Self.expected)
        let dir = try scratchFolder("netmap")
        let csv = NetworkWriter.csv(Self.expected)
        try csv.ties.write(to: URL(fileURLWithPath: dir + "/n.csv"))
        try csv.actors.write(to: URL(fileURLWithPath: dir + "/n.actors.csv"))
        try csv.network.write(to: URL(fileURLWithPath: dir + "/n.network.csv"))
        #expect(try NetworkFile.load(dir + "/n.csv").network == Self.expected)
    }

    @Test func badStanceAndInfluenceAreErrorsAndAStanceOnAMissingGoalAWarning() throws {
        let text = """
            name: Valle Seco
            goals: [Agua potable]
            actors:
              - {id: muni, attributes: {influence: "12", stance.1: "si", stance.3: "+"}}
              - {id: fund}
            ties:
              - {from: muni, to: fund}

            """
        #expect {
            try NetworkFile.parse(text, format: .yaml, file: "v.yaml")
        } throws: { error in
            guard case LoadError.invalid(let diagnostics) = error else { return false }
            return diagnostics.map { $0.description(in: .es) } == [
                "v.yaml:4:28: error: atributo `influence`: `12` no es un número entero de 0 a 10",
                "v.yaml:4:28: error: atributo `stance.1`: `si` no es una postura; escriba +, - o 0 (neutral)",
                "v.yaml:4:28: advertencia: atributo `stance.3`: el mapa no tiene un objetivo 3 (tiene 1); los "
                    + "objetivos "
                    + "se numeran desde 1; se conserva tal cual",
            ]
        }
    }
}
