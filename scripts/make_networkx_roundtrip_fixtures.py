#!/usr/bin/env python3
"""NetworkX <-> actornet round trips: writes Tests/ActorNetTests/Fixtures/networkx/.

1. NetworkX writes one small directed network (node and edge attributes of several types, float weights) as
   node-link JSON, GEXF and GraphML: networkx-written.json, .gexf, .graphml. ActorNetTests/NetworkXRoundTripTests
   reads each into the same actors and ties, spelled out.
2. NetworkX reads the files actornet wrote from roundtrip.yaml (actornet-written.json, .gexf, .graphml, made with
   `actornet convert roundtrip.yaml actornet-written.EXT` (`--node-link` for .json); actornetTests checks that
   convert still writes them byte for byte) and dumps what it sees to networkx-view-of-actornet.json, so the tests
   pin what NetworkX gets without running Python.

Run: python3 scripts/make_networkx_roundtrip_fixtures.py
"""
import json
import pathlib

import networkx as nx

FOLDER = pathlib.Path(__file__).resolve().parent.parent / "Tests/ActorNetTests/Fixtures/networkx"


def written_by_networkx():
    graph = nx.DiGraph(name="red-networkx")
    graph.add_node("fund-andes", label="Fundación Andes & Hijos", sector="civil society", level="national",
                   country="CO", website="https://example.org/andes", size=3)
    graph.add_node("min-edu", label="Ministerio de Educación", sector="public", level="national", country="CO")
    graph.add_node("banco", label='Banco "Regional"', sector="private", level="regional", size=1)
    graph.add_node("red", label="Red de Maestros", sector="academia", level="local", notes="Teachers' network")
    graph.add_edge("banco", "fund-andes", weight=2.5, kind="funding", note="Grant & follow-up")
    graph.add_edge("fund-andes", "min-edu", weight=1.0, kind="coordination", since=2019)
    graph.add_edge("min-edu", "red", weight=0.75, kind="technical-cooperation", verified=True)
    graph.add_edge("red", "fund-andes", weight=3.0, kind="knowledge-exchange")
    data = nx.node_link_data(graph, edges="links")
    (FOLDER / "networkx-written.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    nx.write_gexf(graph, FOLDER / "networkx-written.gexf")
    nx.write_graphml(graph, FOLDER / "networkx-written.graphml")


def plain(value):
    """JSON-able: NetworkX's dicts and lists as they are, everything else as its type and text."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in sorted(value.items())}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return repr(value)


def view(graph):
    return {
        "class": type(graph).__name__,
        "graph": plain(graph.graph),
        "nodes": [[node, plain(data)] for node, data in graph.nodes(data=True)],
        "edges": [[a, b, plain(data)] for a, b, data in graph.edges(data=True)],
    }


def read_by_networkx():
    views = {}
    with open(FOLDER / "actornet-written.json", encoding="utf-8") as file:
        views["node-link"] = view(nx.node_link_graph(json.load(file), edges="links"))
    views["gexf"] = view(nx.read_gexf(FOLDER / "actornet-written.gexf"))
    views["graphml"] = view(nx.read_graphml(FOLDER / "actornet-written.graphml"))
    views["networkx"] = nx.__version__
    text = json.dumps(views, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    (FOLDER / "networkx-view-of-actornet.json").write_text(text, encoding="utf-8")


written_by_networkx()
read_by_networkx()
