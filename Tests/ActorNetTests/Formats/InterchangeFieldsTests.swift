import Testing

@testable import ActorNet

/// How GEXF and GraphML elements become actors and ties: every field kind (tie fields, contributions, dates,
/// attributes, defaults), bad values, and the cases where the order of reading could matter, pinned for both
/// readers.
@Suite struct InterchangeFieldsTests {
    /// A read element as the tests compare it: its source-map fields by line, and the messages about the file.
    private struct Read: Equatable {
        var network: Network
        var fieldLines: [[String: Int]]
        var messages: [String]
    }

    private func gexf(_ text: String) -> Read { read(GEXFReader.read(text, file: "t.gexf")) }

    private func graphML(_ text: String) -> Read { read(GraphML.read(text, file: "t.graphml")) }

    private func read(_ result: (Network, SourceMap, [Diagnostic])) -> Read {
        let (network, sourceMap, diagnostics) = result
        return Read(
            network: network,
            fieldLines: (sourceMap.actors + sourceMap.ties).map { $0.fields.mapValues { $0.line ?? 0 } },
            messages: diagnostics.map(\.description))
    }

    /// No key is claimed by both `setTieField` and `setContribution`, so the order the readers try them in cannot
    /// change a result; the dates and GraphML's `value` are claimed by neither.
    @Test func tieAndContributionSettersClaimDisjointKeys() {
        let keys = [
            "weight", "kind", "project", "note", "money", "currency", "work", "in-kind", "start", "end", "value",
            "label", "name",
        ]
        let at = SourceLocation(file: "t", line: 1)
        var diagnostics: [Diagnostic] = []
        let claims = keys.map { key in
            var tie = Tie(from: "a", to: "b")
            var contributions = Contributions()
            let tieField = InterchangeFields.setTieField(
                &tie, key: key, value: "1", at: at, diagnostics: &diagnostics)
            let contribution = InterchangeFields.setContribution(
                &contributions, key: key, value: "1", at: at, diagnostics: &diagnostics)
            return "\(key):\(tieField ? "tie" : "")\(contribution ? "contribution" : "")"
        }
        #expect(
            claims == [
                "weight:tie", "kind:tie", "project:tie", "note:tie", "money:contribution", "currency:contribution",
                "work:contribution", "in-kind:contribution", "start:", "end:", "value:", "label:", "name:",
            ])
    }

    // MARK: GEXF

    private static let gexfEdges = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <graph defaultedgetype="directed">
            <attributes class="edge">
              <attribute id="0" title="Project" type="string"/>
              <attribute id="1" title="note" type="string"/>
              <attribute id="2" title="Money" type="double"/>
              <attribute id="3" title="currency" type="string"/>
              <attribute id="4" title="work" type="double"/>
              <attribute id="5" title="In Kind" type="string"/>
              <attribute id="6" title="Colour" type="string"><default>green</default></attribute>
              <attribute id="7" title="value" type="double"/>
              <attribute id="8" title="kind" type="string"/>
              <attribute id="9" title="Start" type="string"/>
              <attribute id="10" title="shared" type="boolean"/>
              <attribute id="11" title="weight" type="double"/>
            </attributes>
            <nodes>
              <node id="a" label="A"/>
              <node id="b" label="B"/>
            </nodes>
            <edges>
              <edge id="e0" source="a" target="b" weight="2.5" label="funding" start="2020" end="2021-06">
                <attvalues>
                  <attvalue for="0" value="Agua"/>
                  <attvalue for="1" value=""/>
                  <attvalue for="2" value="1500"/>
                  <attvalue for="3" value="clp"/>
                  <attvalue for="4" value="12"/>
                  <attvalue for="5" value="vehículo"/>
                  <attvalue for="7" value="9"/>
                  <attvalue for="10" value="True"/>
                </attvalues>
              </edge>
              <edge id="e1" source="b" target="a" type="undirected" label="funding" end="">
                <attvalues>
                  <attvalue for="8" value="acuerdo"/>
                  <attvalue for="9" value="2019"/>
                  <attvalue for="6" value="red"/>
                  <attvalue for="11" value="-3"/>
                  <attvalue for="2" value="lots"/>
                  <attvalue for="undeclared" value="kept"/>
                </attvalues>
              </edge>
              <edge source="a" target="b" label="fundign"/>
            </edges>
          </graph>
        </gexf>
        """

    /// Edge XML attributes first, then attribute values in document order (a later `kind` wins over `label`),
    /// declared defaults before both; `value` is an attribute in GEXF, titles keep their case as attribute names.
    @Test func gexfEdgesReadEveryFieldKind() {
        let read = gexf(Self.gexfEdges)
        #expect(
            read.network.ties == [
                Tie(
                    from: "a", to: "b", weight: 2.5, kind: .funding,
                    contributions: Contributions(money: 1500, currency: "CLP", work: 12, inKind: "vehículo"),
                    project: "Agua", start: "2020", end: "2021-06",
                    attributes: ["Colour": "green", "value": "9", "shared": "true"]),
                Tie(
                    from: "b", to: "a", kind: .agreement, directed: false, start: "2019",
                    attributes: ["Colour": "red", "undeclared": "kept"]),
                Tie(from: "a", to: "b", kind: .other, attributes: ["Colour": "green"]),
            ])
        #expect(
            read.fieldLines == [
                ["id": 19], ["id": 20],
                [
                    "from": 23, "to": 23, "colour": 23, "weight": 23, "kind": 23, "start": 23, "end": 23,
                    "project": 25, "note": 26, "money": 27, "currency": 28, "work": 29, "in-kind": 30, "value": 31,
                    "shared": 32,
                ],
                [
                    "from": 35, "to": 35, "colour": 39, "kind": 37, "end": 35, "start": 38, "weight": 40, "money": 41,
                    "undeclared": 42,
                ],
                ["from": 45, "to": 45, "colour": 45, "kind": 45],
            ])
        #expect(
            read.messages == [
                "t.gexf:40: error: field `weight`: `-3` is not > 0; a weight is the tie's strength",
                "t.gexf:41: error: field `money`: expected a finite number ≥ 0, found `lots`",
                "t.gexf:45: error: field `kind`: unknown kind `fundign`; accepted: funding, technical-cooperation, "
                    + "knowledge-exchange, coordination, in-kind, volunteering, agreement, other (closest: `funding`)",
            ])
    }

    private static let gexfNodes = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
          <graph>
            <attributes class="node">
              <attribute id="0" title="Sector" type="string"/>
              <attribute id="1" title="level" type="string"/>
              <attribute id="2" title="name" type="string"/>
              <attribute id="3" title="Club" type="string"><default>none</default></attribute>
              <attribute id="4" title="roles" type="string"/>
            </attributes>
            <nodes>
              <node id="a" label="Alpha">
                <attvalues>
                  <attvalue for="0" value="ong"/>
                  <attvalue for="2" value="Other name"/>
                  <attvalue for="4" value="funder; broker"/>
                </attvalues>
                <viz:position x="1.5" y="-2"/>
                <viz:color r="255" g="0" b="16"/>
              </node>
              <node id="b">
                <attvalues>
                  <attvalue for="1" value="planetary"/>
                  <attvalue for="3" value="Mr. Hi"/>
                </attvalues>
              </node>
              <node id="a" label=""/>
            </nodes>
          </graph>
        </gexf>
        """

    /// The node's `label` is its name (an attribute titled `name` stays an attribute); titles match actor fields
    /// case-insensitively; a repeated id is an error at the repeat.
    @Test func gexfNodesReadEveryFieldKind() {
        let read = gexf(Self.gexfNodes)
        #expect(
            read.network.actors == [
                Actor(
                    id: "a", name: "Alpha", sector: .civilSociety, roles: ["funder", "broker"],
                    attributes: [
                        "Club": "none", "name": "Other name", "viz_x": "1.5", "viz_y": "-2", "viz_color": "#ff0010",
                    ]),
                Actor(id: "b", attributes: ["Club": "Mr. Hi"]),
                Actor(id: "a", attributes: ["Club": "none"]),
            ])
        #expect(
            read.fieldLines == [
                [
                    "id": 12, "club": 12, "sector": 14, "name": 15, "roles": 16, "viz-x": 18, "viz-y": 18,
                    "viz-color": 19,
                ],
                ["id": 21, "level": 23, "club": 24],
                ["id": 27, "club": 27],
            ])
        #expect(
            read.messages == [
                "t.gexf:23: error: field `level`: unknown level `planetary`; accepted: international, national, "
                    + "regional, local, unspecified",
                "t.gexf:27: error: duplicate node id `a`",
            ])
    }

    // MARK: GraphML

    private static let graphMLEdges = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
          <key id="w" for="edge" attr.name="Weight" attr.type="double"/>
          <key id="v" for="edge" attr.name="value" attr.type="double"/>
          <key id="k" for="edge" attr.name="kind" attr.type="string"/>
          <key id="p" for="edge" attr.name="project" attr.type="string"/>
          <key id="n" for="edge" attr.name="note" attr.type="string"/>
          <key id="m" for="edge" attr.name="money" attr.type="double"/>
          <key id="c" for="edge" attr.name="currency" attr.type="string"/>
          <key id="wk" for="edge" attr.name="work" attr.type="double"/>
          <key id="ik" for="edge" attr.name="in_kind" attr.type="string"/>
          <key id="s" for="edge" attr.name="start" attr.type="string"/>
          <key id="e" for="edge" attr.name="End" attr.type="string"/>
          <key id="col" for="edge" attr.name="Colour" attr.type="string"><default>green</default></key>
          <key id="all" for="all" attr.name="layer" attr.type="string"><default>base</default></key>
          <key id="b" for="edge" attr.name="shared" attr.type="boolean"/>
          <key id="g" for="edge" yfiles.type="edgegraphics"/>
          <key id="gn" for="edge" attr.name="note" yfiles.type="edgegraphics"/>
          <key id="gd" for="edge" yfiles.type="edgegraphics"><default>line</default></key>
          <graph edgedefault="directed">
            <node id="a"/>
            <node id="b"/>
            <edge source="a" target="b">
              <data key="w">2.5</data>
              <data key="v">4</data>
              <data key="k">funding</data>
              <data key="p">Agua</data>
              <data key="n"></data>
              <data key="m">1500</data>
              <data key="c">clp</data>
              <data key="wk">12</data>
              <data key="ik">vehículo</data>
              <data key="s">2020</data>
              <data key="e">2021-06</data>
              <data key="b">True</data>
              <data key="g"><y:PolyLineEdge><y:EdgeLabel>financia</y:EdgeLabel></y:PolyLineEdge></data>
              <data key="x">undeclared</data>
            </edge>
            <edge source="b" target="a" directed="false">
              <data key="v">0</data>
              <data key="m">lots</data>
              <data key="k">fundign</data>
              <data key="col">red</data>
              <data key="e"></data>
              <data key="gn">from the graphics</data>
            </edge>
            <edge source="b" target="a"/>
            <edge source="a" target="b">
              <data key="v">3</data>
              <data key="w">5</data>
            </edge>
          </graph>
        </graphml>
        """

    /// `value` is read as the weight, the later of `value` and `weight` winning; yEd's graphics keys (and their
    /// defaults) are dropped as attributes but still set a tie field they are named for; defaults for `edge` and
    /// `all` keys come first; attributes keep the declared name (the key's id when undeclared).
    @Test func graphMLEdgesReadEveryFieldKind() {
        let read = graphML(Self.graphMLEdges)
        #expect(
            read.network.ties == [
                Tie(
                    from: "a", to: "b", weight: 4, kind: .funding,
                    contributions: Contributions(money: 1500, currency: "CLP", work: 12, inKind: "vehículo"),
                    project: "Agua", start: "2020", end: "2021-06",
                    attributes: ["Colour": "green", "layer": "base", "shared": "true", "x": "undeclared"]),
                Tie(
                    from: "b", to: "a", directed: false, note: "from the graphics",
                    attributes: ["Colour": "red", "layer": "base"]),
                Tie(from: "b", to: "a", attributes: ["Colour": "green", "layer": "base"]),
                Tie(from: "a", to: "b", weight: 5, attributes: ["Colour": "green", "layer": "base"]),
            ])
        #expect(
            read.fieldLines == [
                ["id": 21, "layer": 21], ["id": 22, "layer": 22],
                [
                    "from": 23, "to": 23, "colour": 23, "gd": 23, "layer": 23, "weight": 24, "value": 25, "kind": 26,
                    "project": 27, "note": 28, "money": 29, "currency": 30, "work": 31, "in-kind": 32, "start": 33,
                    "end": 34, "shared": 35, "g": 36, "x": 37,
                ],
                [
                    "from": 39, "to": 39, "gd": 39, "layer": 39, "value": 40, "money": 41, "kind": 42, "colour": 43,
                    "end": 44, "note": 45,
                ],
                ["from": 47, "to": 47, "colour": 47, "gd": 47, "layer": 47],
                ["from": 48, "to": 48, "colour": 48, "gd": 48, "layer": 48, "value": 49, "weight": 50],
            ])
        #expect(
            read.messages == [
                "t.graphml:40: error: field `weight`: `0` is not > 0; a weight is the tie's strength",
                "t.graphml:41: error: field `money`: expected a finite number ≥ 0, found `lots`",
                "t.graphml:42: error: field `kind`: unknown kind `fundign`; accepted: funding, technical-cooperation, "
                    + "knowledge-exchange, coordination, in-kind, volunteering, agreement, other (closest: `funding`)",
            ])
    }

    private static let graphMLNodes = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
          <key id="nm" for="node" attr.name="Name" attr.type="string"/>
          <key id="lb" for="node" attr.name="label" attr.type="string"/>
          <key id="sc" for="node" attr.name="sector" attr.type="string"/>
          <key id="lv" for="node" attr.name="level" attr.type="string"/>
          <key id="cl" for="node" attr.name="Club" attr.type="string"><default>none</default></key>
          <key id="x" for="node" attr.name="x" attr.type="float"/>
          <key id="y" for="node" attr.name="y" attr.type="float"/>
          <key id="gr" for="node" yfiles.type="nodegraphics"/>
          <key id="gd" for="node" yfiles.type="nodegraphics"><default>shape</default></key>
          <graph edgedefault="undirected">
            <node id="a">
              <data key="nm">Alpha</data>
              <data key="lb">Label A</data>
              <data key="sc">ong</data>
              <data key="x">1.5</data>
              <data key="y">-2</data>
            </node>
            <node id="b">
              <data key="nm"></data>
              <data key="lv">planetary</data>
              <data key="cl">Mr. Hi</data>
              <data key="gr"><y:ShapeNode><y:NodeLabel>Beta</y:NodeLabel></y:ShapeNode></data>
            </node>
            <node id="c">
              <data key="gr"><y:ShapeNode><y:NodeLabel>  </y:NodeLabel></y:ShapeNode></data>
            </node>
            <node id="a"/>
          </graph>
        </graphml>
        """

    /// `name` and `label` keys name the actor (the later wins; empty ones are skipped) and yEd's node label is
    /// the name only when neither does; graphics data, and a graphics key's default, is neither a field nor an
    /// attribute (as on edges).
    @Test func graphMLNodesReadEveryFieldKind() {
        let read = graphML(Self.graphMLNodes)
        #expect(
            read.network.actors == [
                Actor(
                    id: "a", name: "Label A", sector: .civilSociety,
                    attributes: ["Club": "none", "viz_x": "1.5", "viz_y": "-2"]),
                Actor(id: "b", name: "Beta", attributes: ["Club": "Mr. Hi"]),
                Actor(id: "c", attributes: ["Club": "none"]),
                Actor(id: "a", attributes: ["Club": "none"]),
            ])
        #expect(
            read.fieldLines == [
                ["id": 13, "club": 13, "gd": 13, "name": 14, "label": 15, "sector": 16, "x": 17, "y": 18],
                ["id": 20, "gd": 20, "name": 21, "level": 22, "club": 23],
                ["id": 26, "club": 26, "gd": 26],
                ["id": 29, "club": 29, "gd": 29],
            ])
        #expect(
            read.messages == [
                "t.graphml:22: error: field `level`: unknown level `planetary`; accepted: international, national, "
                    + "regional, local, unspecified",
                "t.graphml:29: error: duplicate node id `a`",
            ])
    }
}
