#!/usr/bin/env python3
"""Regenerates the partner-suggestion backtest table of docs/measures/Partners.md from the real IATI files.

Each dataset is imported with `actornet import-iati` (participation ties; roles, offers and needs from the import;
activities become dated projects), then `actornet partners FILE --backtest --until YEAR --top 10 --format csv` is run
for several split years. The table gives, per dataset and year, the candidates, the positives and each ranking's
average precision (precision at 10 in brackets).

Run: python3 scripts/partners_backtest.py [--actornet PATH] [--data DIR] [--weights W ...]
  --actornet  the built CLI (default .build/release/actornet, else .build/debug/actornet)
  --data      the IATI activity folder (default ../shared/data/iati/activities)
  --weights   extra --weights mixes to compare (each adds a column: AP of actornet's score with that mix)
"""
import argparse
import csv
import io
import os
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
# (label, files, split years): the files with ties that form after a split; usaid-bo, worldbank-sv, caf and
# aiddata have no candidate pair that later formed a tie (one publisher's star), so they cannot score a ranking.
DATASETS = [
    ("D-Portal Ebola sample (23 publishers)", ["dportal-multi-publisher-ebola-sample.xml"], [2013, 2014, 2015, 2016]),
    ("WHO Argentina", ["who-arg.xml"], [2018, 2020, 2022]),
    ("All 11 files together", None, [2010, 2012, 2014, 2016, 2018, 2020]),
]
RANKINGS = ["actornet", "common-neighbours", "jaccard", "adamic-adar", "resource-allocation",
            "preferential-attachment", "random"]
HEADINGS = ["actornet", "CN", "Jaccard", "AA", "RA", "PA", "random"]


def run(args):
    result = subprocess.run(args, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result.stdout


def backtest(actornet, network, year, weights=None):
    args = [actornet, "partners", network, "--backtest", "--until", str(year), "--top", "10", "--format", "csv"]
    if weights:
        args += ["--weights", weights]
    return {row["ranking"]: row for row in csv.DictReader(io.StringIO(run(args)))}


def cell(value, digits=3):
    return "—" if value == "" else f"{float(value):.{digits}f}"


def main():
    parser = argparse.ArgumentParser()
    default = os.path.join(ROOT, ".build", "release", "actornet")
    if not os.path.exists(default):
        default = os.path.join(ROOT, ".build", "debug", "actornet")
    parser.add_argument("--actornet", default=default)
    parser.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "iati", "activities"))
    parser.add_argument("--weights", action="append", default=[])
    options = parser.parse_args()
    every_file = sorted(f for f in os.listdir(options.data) if f.endswith(".xml"))
    header = ["dataset", "until", "candidates", "formed"] + HEADINGS + [f"actornet {w}" for w in options.weights]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    wins = 0
    splits = 0
    with tempfile.TemporaryDirectory() as folder:
        for label, files, years in DATASETS:
            network = os.path.join(folder, f"network{DATASETS.index((label, files, years))}.yaml")
            paths = [os.path.join(options.data, f) for f in (files or every_file)]
            run([options.actornet, "import-iati", *paths, "-o", network, "--lang", "en"])
            for year in years:
                rows = backtest(options.actornet, network, year)
                first = rows["actornet"]
                best_structural = max(float(rows[r]["average_precision"] or 0) for r in RANKINGS[1:6])
                mine = float(first["average_precision"] or 0)
                if first["average_precision"] != "":
                    splits += 1
                    wins += mine > best_structural
                cells = [label, str(year), first["candidates"], first["positives"]]
                for ranking in RANKINGS:
                    ap, p10 = rows[ranking]["average_precision"], rows[ranking]["precision_at_k"]
                    text = f"{cell(ap)} ({cell(p10, 2)})"
                    cells.append(f"**{text}**" if ap != "" and float(ap) == max(
                        float(rows[r]["average_precision"] or 0) for r in RANKINGS[:6]) else text)
                for weights in options.weights:
                    cells.append(cell(backtest(options.actornet, network, year, weights)["actornet"]["average_precision"]))
                print("| " + " | ".join(cells) + " |")
    print(f"\nactornet's score beats the best structural baseline's average precision on {wins} of {splits} splits.")


if __name__ == "__main__":
    main()
