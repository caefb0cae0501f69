#!/usr/bin/env python3
"""actornet against igraph, NetworKit and NetworkX on Barabási–Albert graphs (make bench).

Generates BA graphs (average degree 10, seed 1) as ties CSV, then times, per measure and size, the median of
REPEAT runs of: the actornet CLI (whole process: load + compute + print), and each Python library (load the same
CSV + compute). Prints a table of medians and the ratio actornet / igraph. Not a test: numbers vary by machine.
Also times `import-iati` on the shared IATI files copied to ~87 MB beside Python's bare `iterparse` (ONLY=iati runs
just that row).
"""
import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
BIN = os.path.join(HERE, "..", ".build", "release", "actornet")
REPEAT = int(os.environ.get("REPEAT", "3"))
SIZES = [int(s) for s in os.environ.get("SIZES", "1000,10000,100000").split(",")]

try:
    import igraph as ig
except ImportError:
    ig = None
try:
    import networkit as nk
    nk.engineering.setNumberOfThreads(os.cpu_count())
except ImportError:
    nk = None


def make_graph(n):
    path = os.path.join(DATA, f"ba{n}.csv")
    if not os.path.exists(path):
        os.makedirs(DATA, exist_ok=True)
        G = nx.barabasi_albert_graph(n, 5, seed=1)
        with open(path, "w") as f:
            f.write("source,target\n")
            for u, v in G.edges():
                f.write(f"{u},{v}\n")
    return path


def read_edges(path):
    with open(path) as f:
        reader = csv.reader(f)
        next(reader)
        return [(int(a), int(b)) for a, b in reader]


def median_time(fn, repeat=REPEAT):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def actornet(path, measures, extra=(), fmt="csv"):
    def run():
        subprocess.run([BIN, "analyze", path, "--measures", measures, "--format", fmt, "--quiet", *extra],
                       check=True, stdout=subprocess.DEVNULL)
    return run


ALL_MEASURES = "degree,strength,degree_centrality,betweenness,closeness,harmonic,eigenvector,pagerank"


def json_rows(path, n, igraph_pagerank):
    """JSON against CSV output of the same run (whole process, side by side), and PageRank as JSON against igraph.

    Targets (issue 13): JSON ≤ 1.3 × CSV for the full analyze; PageRank with JSON output ≤ 1.0 × igraph."""
    sample = ("--sample", "1000", "--seed", "1") if n > 10000 else ()
    label = "all measures" + (" (sample 1000)" if sample else "")
    rows = []
    for name, measures, extra in (("pagerank", "pagerank", ()), (label, ALL_MEASURES, sample)):
        csv_time = median_time(actornet(path, measures, extra, "csv"))
        json_time = median_time(actornet(path, measures, extra, "json"))
        rows.append((n, name, csv_time, json_time, igraph_pagerank if name == "pagerank" else None))
        print(f"  {n:>6} {name:<26} csv {csv_time:8.3f}s  json {json_time:8.3f}s", file=sys.stderr, flush=True)
    return rows


def igraph_task(path, measure, sample=None):
    def run():
        edges = read_edges(path)
        g = ig.Graph(n=max(max(e) for e in edges) + 1, edges=edges)
        if measure == "betweenness":
            g.betweenness()
        elif measure == "pagerank":
            g.pagerank()
        elif measure == "degree":
            g.degree()
        elif measure == "closeness":
            g.closeness()
    return run


def networkit_task(path, measure, sample=None):
    def run():
        edges = read_edges(path)
        G = nk.Graph(max(max(e) for e in edges) + 1)
        for a, b in edges:
            G.addEdge(a, b)
        if measure == "betweenness":
            algo = nk.centrality.EstimateBetweenness(G, sample, True, True) if sample else nk.centrality.Betweenness(G, normalized=True)
        elif measure == "pagerank":
            algo = nk.centrality.PageRank(G, 0.85, 1e-12)
        elif measure == "degree":
            algo = nk.centrality.DegreeCentrality(G)
        elif measure == "closeness":
            algo = nk.centrality.Closeness(G, False, nk.centrality.ClosenessVariant.Generalized)
        algo.run()
    return run


def networkx_task(path, measure, sample=None):
    def run():
        G = nx.Graph(read_edges(path))
        if measure == "betweenness":
            nx.betweenness_centrality(G, k=sample, seed=1) if sample else nx.betweenness_centrality(G)
        elif measure == "pagerank":
            nx.pagerank(G)
        elif measure == "degree":
            nx.degree_centrality(G)
        elif measure == "closeness":
            nx.closeness_centrality(G)
    return run


def render_rows():
    """A 1 000-actor network drawn in-process (layout auto = sfdp) against `sfdp -Tsvg` on the same DOT."""
    path = make_graph(1000)
    dot_path = os.path.join(DATA, "ba1000.dot")
    subprocess.run([BIN, "render", path, "--format", "dot", "-o", dot_path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ours = median_time(lambda: subprocess.run([BIN, "render", path, "-o", os.path.join(DATA, "ba1000.svg")],
                                              check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    theirs = {}
    if shutil.which("sfdp"):
        theirs["sfdp CLI"] = median_time(lambda: subprocess.run(["sfdp", "-Tsvg", dot_path], check=True,
                                                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    return ours, theirs


# The shared IATI files sit beside the clone (../shared/data/iati/activities), or beside the folder of a worktree.
IATI_SOURCE = os.environ.get("IATI_FILES") or next(
    (path for path in (os.path.join(HERE, *[".."] * up, "shared", "data", "iati", "activities") for up in (2, 3))
     if os.path.isdir(path)), "")
IATI_MB = float(os.environ.get("IATI_MB", "87"))


def iati_row():
    """import-iati on the shared IATI files copied until about IATI_MB MB (87: the issue's input), against Python's
    bare `xml.etree.ElementTree.iterparse` over the same files. Returns the line to print, or None without the files."""
    if not os.path.isdir(IATI_SOURCE):
        print("  import-iati row skipped: no ../shared/data/iati/activities (set IATI_FILES)", file=sys.stderr)
        return None
    sources = sorted(os.path.join(IATI_SOURCE, f) for f in os.listdir(IATI_SOURCE) if f.endswith(".xml"))
    total = sum(os.path.getsize(f) for f in sources)
    copies = max(1, round(IATI_MB * 1e6 / total))
    folder = os.path.join(tempfile.gettempdir(), f"actornet-bench-iati-{copies}")
    os.makedirs(folder, exist_ok=True)
    files = []
    for i in range(copies):
        for source in sources:
            path = os.path.join(folder, f"copy{i}-{os.path.basename(source)}")
            if not os.path.exists(path):
                shutil.copyfile(source, path)
            files.append(path)
    megabytes = total * copies / 1e6
    output = os.path.join(folder, "network.yaml")
    peak = []

    def ours():
        timed = subprocess.run(["/usr/bin/time", "-f", "%M", BIN, "import-iati", *files, "-o", output],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        peak.append(int(timed.stderr.strip().splitlines()[-1]))

    def iterparse():
        for path in files:
            for _ in ET.iterparse(path):
                pass

    ours_time = median_time(ours)
    theirs_time = median_time(iterparse)
    return (f"import-iati {megabytes:.1f} MB ({len(sources)} files x {copies}): actornet {ours_time:.2f}s "
            f"({megabytes / ours_time:.1f} MB/s, peak {max(peak) / 1024:.0f} MB), Python iterparse {theirs_time:.2f}s "
            f"({megabytes / theirs_time:.1f} MB/s)")


def main():
    if not os.path.exists(BIN):
        sys.exit(f"build first: swift build -c release ({BIN} missing)")
    iati_line = iati_row()
    if iati_line:
        print("  " + iati_line, file=sys.stderr, flush=True)
    if os.environ.get("ONLY") == "iati":
        return
    ours, theirs = render_rows()
    render_line = f"render BA 1000 to SVG (auto = sfdp): actornet {ours:.3f}s" + "".join(
        f", {k} {v:.3f}s (ratio {ours / v:.2f})" for k, v in theirs.items())
    print("  " + render_line, file=sys.stderr, flush=True)
    rows = []
    output_rows = []
    for n in SIZES:
        path = make_graph(n)
        plan = [("degree", None), ("pagerank", None)]
        plan += [("betweenness", None)] if n <= 10000 else [("betweenness", 1000)]
        plan += [("closeness", None)] if n <= 10000 else []
        for measure, sample in plan:
            extra = ("--sample", str(sample), "--seed", "1") if sample else ()
            label = f"{measure}" + (f" (sample {sample})" if sample else "")
            ours = median_time(actornet(path, measure, extra))
            theirs = {}
            slow = n >= 10000 and measure in ("betweenness", "closeness")
            if ig and not sample:
                theirs["igraph"] = median_time(igraph_task(path, measure), 1 if slow else REPEAT)
            if nk:
                theirs["networkit"] = median_time(networkit_task(path, measure, sample), 1 if slow else REPEAT)
            if not (n >= 10000 and measure in ("betweenness", "closeness") and not sample) and n <= 10000:
                theirs["networkx"] = median_time(networkx_task(path, measure, sample), 1)
            rows.append((n, label, ours, theirs))
            print(f"  {n:>6} {label:<26} actornet {ours:8.3f}s  " +
                  "  ".join(f"{k} {v:8.3f}s" for k, v in theirs.items()), file=sys.stderr, flush=True)
        full = median_time(actornet(path, ",".join(["degree", "strength", "betweenness", "closeness", "harmonic",
                                                     "eigenvector", "pagerank"]),
                                    ("--sample", "1000", "--seed", "1") if n > 10000 else ()), 1)
        rows.append((n, "analyze, all measures" + (" (sample 1000)" if n > 10000 else ""), full, {}))
        igraph_pagerank = next((t.get("igraph") for m, l, _, t in rows if m == n and l == "pagerank"), None)
        output_rows += json_rows(path, n, igraph_pagerank)

    print(f"\n{'actors':>7}  {'measure':<34} {'actornet':>9} {'igraph':>9} {'networkit':>10} {'networkx':>9} {'÷ igraph':>9}")
    for n, label, ours, theirs in rows:
        cells = [f"{theirs[k]:9.3f}" if k in theirs else f"{'—':>9}" for k in ("igraph", "networkit", "networkx")]
        ratio = f"{ours / theirs['igraph']:9.2f}" if "igraph" in theirs else f"{'—':>9}"
        print(f"{n:>7}  {label:<34} {ours:9.3f} {cells[0]} {cells[1]:>10} {cells[2]} {ratio}")
    print(f"\n{'actors':>7}  {'analyze --format':<34} {'csv':>9} {'json':>9} {'json÷csv':>9} {'json÷igraph':>12}")
    for n, label, csv_time, json_time, igraph_time in output_rows:
        versus = f"{json_time / igraph_time:12.2f}" if igraph_time else f"{'—':>12}"
        print(f"{n:>7}  {label:<34} {csv_time:9.3f} {json_time:9.3f} {json_time / csv_time:9.2f} {versus}")
    print("\n" + render_line)
    if iati_line:
        print(iati_line)
    print("\nTimes in seconds, medians of", REPEAT, "runs (1 for exact betweenness/closeness at 10k and the full analyze);",
          "each includes reading the CSV.")


if __name__ == "__main__":
    main()
