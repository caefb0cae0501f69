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

        """

    static let expected = Network(
        name: "Valle Seco", goals: ["Agua potable para todo el valle", "Una ley de cuencas"],
        actors: [
            Actor(id: "muni", attributes: ["influence": "8", "stance.1": "+", "stance.2": "-"]),
            Actor(id: "fund", attributes: ["stance.2": "0"]),
        ])

    @Test func spanishKeysYAMLJSONAndCSVKeepTheGoals() throws {
        let loaded = try NetworkFile.parse(Self.yaml, format: .yaml, file: "valle.yaml")
        #expect(loaded.network == Self.expected)
        #expect(loaded.warnings.map { $0.message(in: .en) } == ["actor `fund` has no ties", "actor `muni` has no ties"])
        #expect(
            NetworkWriter.yaml(Self.expected).hasPrefix(
                "name: Valle Seco\ngoals:\n- Agua potable para todo el valle\n- Una ley de cuencas\ndirected: false\n"))
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
            return diagnostics.map { $0.description(in: .es) } == []
        }
    }
}
