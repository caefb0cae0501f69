#!/usr/bin/env python3
"""Writes the centrality test fixtures: classic networks as actornet JSON files, and the values NetworkX gives.

Output: Tests/ActorNetAnalysisTests/Fixtures/centrality/<name>.json (the network) and <name>.expected.json.
Run: python3 scripts/make_centrality_fixtures.py   (needs networkx; the output is committed so tests need no Python)

Conventions (docs/measures/): weight = strength; path measures use distance = 1/weight. NetworkX compares float path
lengths with `==` and misses equal-length weighted paths (its issue #5171), so weighted path measures are computed
here with exact distances, fractions.Fraction(1, w). Eigenvector and PageRank are iterated to 1e-15 so that they are
the converged values.
"""
import json
import os
from fractions import Fraction

import networkx as nx
from networkx.algorithms import bipartite

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "ActorNetAnalysisTests", "Fixtures", "centrality")


def davis_projection():
    B = nx.davis_southern_women_graph()
    women = [n for n, d in B.nodes(data=True) if d["bipartite"] == 0]
    return bipartite.weighted_projected_graph(B, women)


def disconnected():
    G = nx.Graph()
    G.add_nodes_from(["a", "b", "c", "d", "e", "f", "g", "h", "i"])
    G.add_weighted_edges_from([("a", "b", 1), ("b", "c", 2), ("c", "a", 1), ("c", "d", 3), ("d", "e", 1),
                               ("f", "g", 2), ("g", "h", 1)])  # i is isolated
    return G


def small_directed():
    G = nx.DiGraph()
    G.add_weighted_edges_from([("a", "b", 2), ("b", "c", 1), ("c", "a", 1), ("c", "d", 3), ("d", "b", 1),
                               ("d", "e", 2), ("e", "c", 1), ("b", "a", 1), ("a", "f", 1), ("f", "e", 2)])
    G.add_edge("e", "g", weight=1)  # g is dangling for PageRank
    return G


NETWORKS = {
    "karate": (nx.karate_club_graph(), True),
    "florentine": (nx.florentine_families_graph(), False),
    "lesmis": (nx.les_miserables_graph(), True),
    "davis": (davis_projection(), True),
    "disconnected": (disconnected(), True),
    "directed": (small_directed(), True),
}


def exact_distances(G, weighted):
    H = G.copy()
    for u, v, d in H.edges(data=True):
        d["dist"] = Fraction(1, 1) / Fraction(d["weight"]) if weighted else Fraction(1)
    return H


def freeman(values, denominator):
    top = max(values.values())
    return float(sum(top - v for v in values.values()) / denominator) if denominator else 0.0


def measures(G, weighted):
    n = G.number_of_nodes()
    directed = G.is_directed()
    w = "weight" if weighted else None
    H = exact_distances(G, weighted)
    actors = {}
    bc = nx.betweenness_centrality(H, weight="dist", normalized=True)
    # closeness/harmonic on incoming distances for directed graphs (NetworkX's definition)
    cc = nx.closeness_centrality(H, distance="dist", wf_improved=True)
    hc = nx.harmonic_centrality(H, distance="dist")
    ev = nx.eigenvector_centrality(G, weight=w, max_iter=100000, tol=1e-15)
    pr = nx.pagerank(G, alpha=0.85, weight=w, max_iter=100000, tol=1e-15)
    dc = nx.degree_centrality(G)
    for v in G.nodes():
        row = {
            "degree": G.degree(v),
            "strength": float(G.degree(v, weight=w)),
            "degree_centrality": dc[v],
            "betweenness": float(bc[v]),
            "closeness": float(cc[v]),
            "harmonic": float(hc[v]),
            "eigenvector": ev[v],
            "pagerank": pr[v],
        }
        if directed:
            row["in_degree"] = G.in_degree(v)
            row["out_degree"] = G.out_degree(v)
        actors[str(v)] = row
    comps = list(nx.weakly_connected_components(G) if directed else nx.connected_components(G))
    largest = max(comps, key=len)
    # All-pairs exact distances once.
    dist = {s: nx.single_source_dijkstra_path_length(H, s, weight="dist") for s in H}
    pairs = [(s, t, d) for s in largest for t, d in dist[s].items() if t != s and t in largest]
    apl = float(sum(d for _, _, d in pairs) / len(pairs)) if pairs else 0.0
    diameter = float(max(d for _, _, d in pairs)) if pairs else 0.0
    eff = float(sum(Fraction(1) / d for s in H for t, d in dist[s].items() if t != s) / (n * (n - 1)))
    degrees = {v: G.degree(v) for v in G}
    strongest = Fraction(max(d["weight"] for _, _, d in G.edges(data=True))) if weighted else Fraction(1)
    network = {
        "actors": n,
        "ties": G.number_of_edges(),
        "density": nx.density(G),
        "components": len(comps),
        "largest_component": len(largest),
        "degree_centralization": freeman(degrees, (2 if directed else 1) * (n - 1) * (n - 2)),
        "betweenness_centralization": freeman({v: Fraction(r["betweenness"]) for v, r in actors.items()}, n - 1),
        # Closeness in units of the strongest tie's distance, over the largest possible sum: the star's
        # (n-1)(n-2)/(2n-3) undirected, n-1 directed (the in-star). In [0, 1] (docs/measures/Closeness.md).
        "closeness_centralization": freeman({v: Fraction(r["closeness"]) / strongest for v, r in actors.items()},
                                            n - 1 if directed else Fraction((n - 1) * (n - 2), 2 * n - 3)),
        "average_path_length": apl,
        "diameter": diameter,
        "global_efficiency": eff,
    }
    if not weighted and not directed:
        assert abs(eff - nx.global_efficiency(G)) < 1e-12
        if nx.is_connected(G):
            assert abs(apl - nx.average_shortest_path_length(G)) < 1e-12
    if directed:
        network["reciprocity"] = nx.reciprocity(G)
    return {"network": network, "actors": actors}


def write_network(name, G):
    doc = {
        "name": name,
        "directed": G.is_directed(),
        "source": "NetworkX " + nx.__version__ + " (scripts/make_centrality_fixtures.py)",
        "actors": [{"id": str(v)} for v in G.nodes()],
        "ties": [{"from": str(u), "to": str(v), "weight": d.get("weight", 1)} for u, v, d in G.edges(data=True)],
    }
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, (G, has_weights) in NETWORKS.items():
        write_network(name, G)
        expected = {"networkx": nx.__version__, "unweighted": measures(G, False)}
        if has_weights:
            expected["weighted"] = measures(G, True)
        with open(os.path.join(OUT, name + ".expected.json"), "w") as f:
            json.dump(expected, f, indent=1, sort_keys=True)
        print(name, G.number_of_nodes(), G.number_of_edges())
