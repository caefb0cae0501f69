#!/usr/bin/env python3
"""Writes the node-link JSON fixtures of Tests/ActorNetTests/Fixtures/node-link with NetworkX.

Usage: python3 scripts/make_node_link_fixtures.py   (needs networkx; run from the repository root)

- karate.json: Zachary's karate club as NetworkX ships it (34 nodes with `club`, 78 weighted edges), written by
  `node_link_data(G, edges="links")`.
- directed-multigraph.json: a small directed multigraph with actornet fields (sector and level, one in Spanish),
  a node attribute, parallel links of different kinds, dates and a link attribute, written with `edges="edges"`
  (NetworkX 3.4's new default key).
"""

import json
from pathlib import Path

import networkx as nx

OUT = Path("Tests/ActorNetTests/Fixtures/node-link")


def write(name, data):
    (OUT / name).write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    write("karate.json", nx.node_link_data(nx.karate_club_graph(), edges="links"))

    g = nx.MultiDiGraph(name="Mesa hídrica")
    g.add_node("mina", label="Minera Andina", sector="private", level="national", region="Norte")
    g.add_node("muni", label="Municipalidad", sector="público", level="local")
    g.add_node(7, label="ONG Agua & Vida", sector="civil-society", level="regional")
    g.add_edge("mina", "muni", weight=2, kind="funding", start="2021-03", end="2023")
    g.add_edge("mina", "muni", weight=1, kind="coordination", source_doc="acta 12")
    g.add_edge(7, "muni", weight=0.5, type="knowledge-exchange")
    write("directed-multigraph.json", nx.node_link_data(g, edges="edges"))


if __name__ == "__main__":
    main()
