#!/usr/bin/env python3
"""Writes Tests/ActorNetAnalysisTests/Fixtures/real/somalia.json, a real inter-organisational network in actornet's
JSON schema, for the scale-invariance property test (Tests/ActorNetAnalysisTests/ScaleInvarianceTests.swift).

Input: somalia-iati3w-org-network.json from the shared data folder (see its SOURCES.md): markbrough/iati3w-data @
8480826f36a7a1c3b1926765c19e1b3558d86037, path network.json (IATI activity data for Somalia from 2020 merged with
OCHA Somalia 3W data, by David Megginson; UNLICENSE). 635 organisations, 746 undirected links, every value 1.
Kept: each node's stub (id), name and scope (international, regional, local; unknown becomes unspecified); each
link with its value as weight. Everything else is left out.

Run: python3 scripts/make_somalia_fixture.py [PATH-TO-network.json]   (the output is committed)
"""
import json
import os
import sys

SOURCE = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/other/somalia-iati3w-org-network.json"
OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "ActorNetAnalysisTests", "Fixtures", "real",
                   "somalia.json")
LEVELS = {"international": "international", "regional": "regional", "local": "local"}


def main():
    with open(SOURCE, encoding="utf-8") as f:
        data = json.load(f)
    actors = [{"id": node["stub"], "name": node.get("name") or node["stub"],
               "level": LEVELS.get(node.get("scope"), "unspecified")} for node in data["nodes"]]
    ties = [{"from": link["source"], "to": link["target"], "weight": link.get("value", 1)}
            for link in data["links"]]
    network = {
        "name": "Somalia humanitarian and development organisations (IATI + OCHA 3W, 2020)",
        "directed": False,
        "source": "markbrough/iati3w-data @ 8480826f36a7a1c3b1926765c19e1b3558d86037 network.json "
                  "(David Megginson, UNLICENSE); converted by scripts/make_somalia_fixture.py",
        "actors": actors,
        "ties": ties,
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(network, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{OUT}: {len(actors)} actors, {len(ties)} ties")


if __name__ == "__main__":
    main()
