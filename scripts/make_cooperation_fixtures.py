#!/usr/bin/env python3
"""Expected values for structural holes, assortativity and modularity, from NetworkX, on the example networks.

Output: Tests/ActorNetAnalysisTests/Fixtures/cooperation/<name>.expected.json (and a copy of the network YAML).
The graph is built as actornet's CompactGraph does: undirected, parallel ties merged by summing weights.
Run: python3 scripts/make_cooperation_fixtures.py   (needs networkx and PyYAML)
"""
import json
import math
import os
import shutil

import networkx as nx
import yaml

ROOT = os.path.join(os.path.dirname(__file__), "..")
OUT = os.path.join(ROOT, "Tests", "ActorNetAnalysisTests", "Fixtures", "cooperation")


def load(name):
    doc = yaml.safe_load(open(os.path.join(ROOT, "Networks", name + ".yaml")))
    G = nx.Graph()
    for a in doc["actors"]:
        G.add_node(a["id"], sector=a["sector"], level=a["level"])
    for t in doc["ties"]:
        u, v, w = t["from"], t["to"], t.get("weight", 1)
        if u == v:
            continue
        if G.has_edge(u, v):
            G[u][v]["weight"] += w
        else:
            G.add_edge(u, v, weight=w)
    return G


def clean(x):
    return None if isinstance(x, float) and math.isnan(x) else x


def holes(G, weight):
    # nodes=list(G) takes NetworkX's per-node path, which follows Burt's formula as documented. Its vectorised
    # all-nodes path (3.6) divides mutual weights by the *column* maximum instead of the row maximum and differs
    # for weighted graphs (e.g. chile: agencia-coop 3.5556 vs 3.5185).
    c = nx.constraint(G, nodes=list(G), weight=weight)
    e = nx.effective_size(G, nodes=list(G), weight=weight)
    return {v: {"constraint": clean(c[v]), "effective_size": clean(e[v]),
                "efficiency": clean(e[v] / G.degree(v)) if G.degree(v) else None} for v in G}


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name in ["chile", "colombia", "mexico"]:
        G = load(name)
        shutil.copy(os.path.join(ROOT, "Networks", name + ".yaml"), os.path.join(OUT, name + ".yaml"))
        by_sector = {}
        for v, d in G.nodes(data=True):
            by_sector.setdefault(d["sector"], set()).add(v)
        partition = list(by_sector.values())
        expected = {
            "networkx": nx.__version__,
            "weighted": holes(G, "weight"),
            "unweighted": holes(G, None),
            "assortativity": {"sector": nx.attribute_assortativity_coefficient(G, "sector"),
                              "level": nx.attribute_assortativity_coefficient(G, "level")},
            "modularity_by_sector": {
                "weighted": nx.community.modularity(G, partition, weight="weight"),
                "unweighted": nx.community.modularity(G, partition, weight=None),
                "weighted_resolution_1_5": nx.community.modularity(G, partition, weight="weight", resolution=1.5),
            },
        }
        with open(os.path.join(OUT, name + ".expected.json"), "w") as f:
            json.dump(expected, f, indent=1, sort_keys=True)
        print(name, G.number_of_nodes(), G.number_of_edges())
