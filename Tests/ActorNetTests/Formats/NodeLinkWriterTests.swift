import ActorNetTestSupport
import Foundation
import Testing

@testable import ActorNet

/// actornet → node-link → actornet gives the same network (projects aside, which node-link does not carry).
@Suite struct NodeLinkWriterTests {
    @Test(arguments: ["chile", "argentina", "colombia", "mexico", "peru"])
    func examplesRoundTrip(_ name: String) throws {
        var original = try NetworkFile.load(PackagePaths.example(name)).network
        original.projects = []
        let text = NodeLinkWriter.json(original)
        let back = try NetworkFile.parse(text, format: .json, file: "\(name).json").network
        #expect(back == original)
    }

    @Test func parallelTiesMakeAMultigraphWithKeys() throws {
        var network = Network(name: "m")
        network.actors = [Actor(id: "a", attributes: ["label": "hidden", "zone": "x"]), Actor(id: "b")]
        network.ties = [Tie(from: "a", to: "b"), Tie(from: "b", to: "a", kind: .funding, directed: nil)]
        let text = NodeLinkWriter.json(network)
        #expect(
            text == """
                {
                  "directed": false,
                  "multigraph": true,
                  "graph": {
                    "name": "m"
                  },
                  "nodes": [
                    {
                      "id": "a",
                      "name": "a",
                      "sector": "unspecified",
                      "level": "unspecified",
                      "zone": "x"
                    },
                    {
                      "id": "b",
                      "name": "b",
                      "sector": "unspecified",
                      "level": "unspecified"
                    }
                  ],
                  "links": [
                    {
                      "source": "a",
                      "target": "b",
                      "weight": 1,
                      "kind": "other",
                      "key": 0
                    },
                    {
                      "source": "b",
                      "target": "a",
                      "weight": 1,
                      "kind": "funding",
                      "key": 1
                    }
                  ]
                }

                """)
    }
}
