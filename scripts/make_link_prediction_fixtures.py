#!/usr/bin/env python3
"""Writes the structural-baseline test fixtures: NetworkX's link-prediction values for every pair of nodes.

Input: the centrality fixture networks (Tests/ActorNetAnalysisTests/Fixtures/centrality/<name>.json, actornet JSON).
Output: Tests/ActorNetAnalysisTests/Fixtures/link-prediction/<name>.expected.json:
  {"source": ..., "pairs": [[u, v, common_neighbours, jaccard, adamic_adar, resource_allocation,
  preferential_attachment], ...]} for every unordered pair u != v, tied or not, ids as in the network file.
Run: python3 scripts/make_link_prediction_fixtures.py   (needs networkx; the output is committed so tests need no
Python). The graph is NetworkX's simple undirected Graph of the ties (direction and weights ignored, parallel ties
one edge), the view actornet's baselines read.
"""
import itertools
import json
import os

import networkx as nx

ROOT = os.path.join(os.path.dirname(__file__), "..", "Tests", "ActorNetAnalysisTests", "Fixtures")
NAMES = ["karate", "florentine", "lesmis", "disconnected", "directed"]


def simple_graph(path):
    with open(path) as f:
        network = json.load(f)
    G = nx.Graph()
    G.add_nodes_from(actor["id"] for actor in network["actors"])
    G.add_edges_from((tie["from"], tie["to"]) for tie in network["ties"] if tie["from"] != tie["to"])
    return G


def main():
    out_dir = os.path.join(ROOT, "link-prediction")
    os.makedirs(out_dir, exist_ok=True)
    for name in NAMES:
        G = simple_graph(os.path.join(ROOT, "centrality", name + ".json"))
        pairs = list(itertools.combinations(G.nodes(), 2))
        columns = [
            {(u, v): len(nx.common_neighbors(G, u, v)) for u, v in pairs},
            {(u, v): p for u, v, p in nx.jaccard_coefficient(G, pairs)},
            {(u, v): p for u, v, p in nx.adamic_adar_index(G, pairs)},
            {(u, v): p for u, v, p in nx.resource_allocation_index(G, pairs)},
            {(u, v): p for u, v, p in nx.preferential_attachment(G, pairs)},
        ]
        rows = [[u, v] + [column[(u, v)] for column in columns] for u, v in pairs]
        with open(os.path.join(out_dir, name + ".expected.json"), "w") as f:
            json.dump({"source": f"NetworkX {nx.__version__} (scripts/make_link_prediction_fixtures.py)",
                       "pairs": rows}, f, separators=(",", ":"))
            f.write("\n")


if __name__ == "__main__":
    main()
