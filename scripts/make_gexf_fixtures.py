#!/usr/bin/env python3
"""Writes Tests/ActorNetTests/Fixtures/gexf/networkx-karate.gexf with NetworkX's GEXF writer (what Gephi reads).

Zachary's karate club (bundled with NetworkX), trimmed to its first 6 members so the test can spell out the whole
expected network: node attribute `club` and a `sector`, fixed positions and colours (viz), edge weights, a kind
and dates. Run: python3 scripts/make_gexf_fixtures.py
"""
import pathlib

import networkx as nx

OUT = pathlib.Path(__file__).resolve().parent.parent / "Tests/ActorNetTests/Fixtures/gexf/networkx-karate.gexf"

karate = nx.karate_club_graph().subgraph(range(6))
graph = nx.Graph()
for node in sorted(karate.nodes):
    graph.add_node(
        f"m{node}", label=f"Member {node}", club=karate.nodes[node]["club"],
        sector="civil-society" if node % 2 else "public",
        viz={"position": {"x": float(node * 10), "y": float(-node), "z": 0.0},
             "color": {"r": 255, "g": node * 40, "b": 0, "a": 1.0}})
for a, b in sorted(karate.edges):
    graph.add_edge(f"m{a}", f"m{b}", weight=float(karate.edges[a, b].get("weight", 1)), kind="coordination")
graph.edges["m0", "m1"]["start"] = "2020-01-01"
graph.edges["m0", "m1"]["end"] = "2022-12-31"
nx.write_gexf(graph, OUT, version="1.2draft")
