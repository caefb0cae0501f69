import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

/// GraphML as Gephi and yEd write it (Fixtures/graphml/SOURCES.md), read exactly.
@Suite struct GraphMLToolsTests {
    @Test func gephiExportKeepsLayoutAsVizAttributes() throws {
        let loaded = try NetworkFile.load(fixture("graphml/gephi-export.graphml"))
        let expected = Network(
            name: "gephi-export",
            actors: [
                Actor(
                    id: "muni", name: "Municipalidad de Ovalle", sector: .public,
                    attributes: [
                        "Modularity Class": "0", "size": "10.0", "viz_color": "#56b4e9", "viz_x": "-12.5",
                        "viz_y": "40.25",
                    ]),
                Actor(
                    id: "ong", name: "ONG Mujeres", sector: .civilSociety,
                    attributes: [
                        "Modularity Class": "1", "size": "6.0", "viz_color": "#cc79a7", "viz_x": "30.0",
                        "viz_y": "-8.0",
                    ]),
            ],
            ties: [
                Tie(
                    from: "muni", to: "ong", weight: 2, kind: .agreement,
                    attributes: ["Edge Id": "0", "Edge Label": "convenio 2021"])
            ])
        #expect(loaded.network == expected)
        #expect(loaded.warnings.map(\.description) == [])
    }

    /// yEd's graphics keys (`yfiles.type`: node, edge, port graphics and resources) are skipped; its `description`
    /// and `url` keys are attributes of nodes and edges alike.
    @Test func yEdEdgesKeepTheirDataAndDropTheirGraphics() throws {
        let loaded = try NetworkFile.load(fixture("graphml/yed-edges.graphml"))
        let expected = Network(
            name: "yed-edges", directed: true,
            actors: [
                Actor(id: "n0", name: "Gobierno Regional", attributes: ["description": "Secretaría regional"]),
                Actor(id: "n1", name: "Cooperativa Valle", attributes: ["url": "https://example.org/coop"]),
            ],
            ties: [Tie(from: "n0", to: "n1", attributes: ["description": "fondo concursable"])])
        #expect(loaded.network == expected)
    }
}
