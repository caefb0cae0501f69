#!/usr/bin/env python3
"""Checks the guarantee of `analyze --epsilon E --delta D` with RUNS seeded runs (default 100).

For each network (a Barabási–Albert graph of 2000 actors unweighted and weighted with weights 1..10, and the Somalia
fixture), computes exact betweenness once (`--exact`), then the estimate with seeds 1..RUNS, and prints the largest
error over all actors of every run: the guarantee asks that it be below E in at least (1 − D)·RUNS runs.
Needs a release build (swift build -c release) and networkx. Usage: scripts/betweenness-guarantee.py [E [D [RUNS]]]
"""
import csv
import io
import os
import random
import subprocess
import sys
import tempfile

import networkx as nx

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
BIN = os.environ.get("ACTORNET") or os.path.join(ROOT, ".build", "release", "actornet")
EPSILON = float(sys.argv[1]) if len(sys.argv) > 1 else 0.02
DELTA = float(sys.argv[2]) if len(sys.argv) > 2 else 0.1
RUNS = int(sys.argv[3]) if len(sys.argv) > 3 else 100


def betweenness(path, *options):
    out = subprocess.run([BIN, "analyze", path, "--measures", "betweenness", "--format", "csv", "--quiet", *options],
                         check=True, capture_output=True, text=True).stdout
    return {row["id"]: float(row["betweenness"]) for row in csv.DictReader(io.StringIO(out))}


def networks(folder):
    graph = nx.barabasi_albert_graph(2000, 3, seed=2)
    rng = random.Random(2)
    for weighted in (False, True):
        path = os.path.join(folder, f"ba2000{'-weighted' if weighted else ''}.csv")
        with open(path, "w") as f:
            f.write("source,target" + (",weight\n" if weighted else "\n"))
            for u, v in graph.edges():
                f.write(f"{u},{v}" + (f",{rng.randint(1, 10)}\n" if weighted else "\n"))
        yield path
    yield os.path.join(ROOT, "Tests", "ActorNetAnalysisTests", "Fixtures", "real", "somalia.json")


def main():
    with tempfile.TemporaryDirectory() as folder:
        for path in networks(folder):
            exact = betweenness(path, "--exact")
            errors = []
            for seed in range(1, RUNS + 1):
                estimate = betweenness(path, "--epsilon", str(EPSILON), "--delta", str(DELTA), "--seed", str(seed))
                errors.append(max(abs(estimate[k] - exact[k]) for k in exact))
            within = sum(e < EPSILON for e in errors)
            verdict = "holds" if within >= (1 - DELTA) * RUNS else "FAILS"
            print(f"{os.path.basename(path)}: largest error < {EPSILON} in {within} of {RUNS} runs (guarantee "
                  f"{verdict}); worst {max(errors):.5f}, median {sorted(errors)[RUNS // 2]:.5f}")


if __name__ == "__main__":
    main()
