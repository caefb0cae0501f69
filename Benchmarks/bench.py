#!/usr/bin/env python3
"""actornet against igraph, NetworKit and NetworkX on Barabási–Albert graphs (make bench).

Generates BA graphs (average degree 10, seed 1) as ties CSV, then times, per measure and size, the median of
REPEAT runs of: the actornet CLI (whole process: load + compute + print), and each Python library (load the same
CSV + compute). Prints a table of medians and the ratio actornet / igraph. Not a test: numbers vary by machine.
Also times `import-iati` on the shared IATI files copied to ~87 MB beside Python's bare `iterparse` (ONLY=iati runs
just that row), and betweenness estimates with a guarantee (ε, δ) on BA and SBM graphs of 100k actors, unweighted and
weighted: actornet `--epsilon` against NetworKit's KADABRA and RK on 2 threads (ONLY=estimate runs just those rows;
EPSILON, DELTA, ESTIMATE_SIZE, ESTIMATE_REPEAT, ROW_LIMIT and THREADS change them).
"""
import csv
import json
import os
import random
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
THREADS = int(os.environ.get("THREADS", "2"))
EPSILON = float(os.environ.get("EPSILON", "0.01"))
DELTA = float(os.environ.get("DELTA", "0.1"))
ESTIMATE_SIZE = int(os.environ.get("ESTIMATE_SIZE", "100000"))
ESTIMATE_REPEAT = int(os.environ.get("ESTIMATE_REPEAT", "1"))
# Each estimate row (one run of one tool) is stopped after this many seconds and shown as "> limit".
ROW_LIMIT = float(os.environ.get("ROW_LIMIT", "600"))

try:
    import igraph as ig
except ImportError:
    ig = None
try:
    import networkit as nk
    nk.engineering.setNumberOfThreads(THREADS)
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


def make_weighted(path):
    """The same ties with weights 1..10 drawn with seed 1 (a third CSV column)."""
    weighted = path.replace(".csv", "-weighted.csv")
    if not os.path.exists(weighted):
        rng = random.Random(1)
        with open(path) as f, open(weighted, "w") as out:
            next(f)
            out.write("source,target,weight\n")
            for line in f:
                out.write(f"{line.strip()},{rng.randint(1, 10)}\n")
    return weighted


def make_sbm(n, blocks=100, inside=8.0, outside=2.0):
    """A stochastic block model without hubs: `blocks` equal blocks, average degree `inside` within the block and
    `outside` to the rest (10 in all, as the BA graphs), seed 1."""
    path = os.path.join(DATA, f"sbm{n}.csv")
    if not os.path.exists(path):
        os.makedirs(DATA, exist_ok=True)
        size = n // blocks
        p_in, p_out = inside / (size - 1), outside / (n - size)
        probabilities = [[p_in if i == j else p_out for j in range(blocks)] for i in range(blocks)]
        G = nx.stochastic_block_model([size] * blocks, probabilities, seed=1, sparse=True)
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
    sample = ("--sample", "1000", "--seed", "1") if n > 10000 else ("--exact",)
    label = "all measures" + (" (sample 1000)" if n > 10000 else "")
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


def networkit_estimate(path, method):
    """In a child process (so a row can be stopped): read the CSV, build the NetworKit graph (weighted when the CSV
    has weights: RK then runs Dijkstra; KADABRA ignores weights), run `method`; prints the seconds it took."""
    start = time.perf_counter()
    with open(path) as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = [(int(r[0]), int(r[1]), float(r[2]) if len(r) > 2 else 1.0) for r in reader]
    G = nk.Graph(max(max(a, b) for a, b, _ in rows) + 1, weighted=len(header) > 2)
    for a, b, w in rows:
        G.addEdge(a, b, 1 / w if len(header) > 2 else 1.0)
    if method == "kadabra":
        algo = nk.centrality.KadabraBetweenness(G, EPSILON, DELTA)
    else:
        algo = nk.centrality.ApproxBetweenness(G, epsilon=EPSILON, delta=DELTA)
    algo.run()
    print(json.dumps({"seconds": time.perf_counter() - start}))


def bounded(command):
    """Seconds a command takes (whole process), or None past ROW_LIMIT."""
    start = time.perf_counter()
    try:
        subprocess.run(command, check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=ROW_LIMIT)
    except subprocess.TimeoutExpired:
        return None
    return time.perf_counter() - start


def estimate_rows():
    """Betweenness estimates at ε = EPSILON, δ = DELTA on BA and SBM graphs of ESTIMATE_SIZE actors, unweighted and
    weighted: actornet (`--epsilon`, whole process), NetworKit KADABRA and NetworKit RK (ApproxBetweenness), on
    THREADS threads, runs interleaved. NetworKit times are read + build + compute inside its own process."""
    rows = []
    graphs = [("BA", make_graph(ESTIMATE_SIZE)), ("SBM", make_sbm(ESTIMATE_SIZE))]
    for name, plain in graphs:
        for weighted in (False, True):
            path = make_weighted(plain) if weighted else plain
            label = f"{name} {ESTIMATE_SIZE // 1000}k {'weighted' if weighted else 'unweighted'}"
            times = {"actornet": [], "nk KADABRA": [], "nk RK": []}
            for _ in range(ESTIMATE_REPEAT):
                times["actornet"].append(bounded([BIN, "analyze", path, "--measures", "betweenness", "--epsilon",
                                                  str(EPSILON), "--delta", str(DELTA), "--threads", str(THREADS),
                                                  "--format", "csv", "--quiet"]))
                if nk:
                    for key, method in (("nk KADABRA", "kadabra"), ("nk RK", "rk")):
                        try:
                            child = subprocess.run([sys.executable, __file__, "--networkit-estimate", path, method],
                                                   check=True, capture_output=True, text=True, timeout=ROW_LIMIT)
                            times[key].append(json.loads(child.stdout.strip().splitlines()[-1])["seconds"])
                        except subprocess.TimeoutExpired:
                            times[key].append(None)
            medians = {k: (None if not v or None in v else statistics.median(v)) for k, v in times.items()}
            rows.append((label, medians))
            print(f"  {label:<26} " + "  ".join(f"{k} {cell(v)}" for k, v in medians.items()), file=sys.stderr,
                  flush=True)
    return rows


def cell(seconds):
    return f"{seconds:9.3f}" if seconds is not None else f"{'> ' + str(int(ROW_LIMIT)):>9}"


def print_estimate_rows(rows):
    print(f"\n{'betweenness estimate ε=' + str(EPSILON) + ' δ=' + str(DELTA):<34} {'actornet':>9} "
          f"{'nk KADABRA':>10} {'nk RK':>9} {'÷ KADABRA':>10}")
    for label, m in rows:
        if m["actornet"] and m["nk KADABRA"]:
            ratio = f"{m['actornet'] / m['nk KADABRA']:10.2f}"
        elif m["actornet"] and nk:
            ratio = f"{'< ' + format(m['actornet'] / ROW_LIMIT, '.2f'):>10}"
        else:
            ratio = f"{'—':>10}"
        print(f"{label:<34} {cell(m['actornet'])} {cell(m['nk KADABRA']):>10} {cell(m['nk RK'])} {ratio}")


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
    if len(sys.argv) == 4 and sys.argv[1] == "--networkit-estimate":
        networkit_estimate(sys.argv[2], sys.argv[3])
        return
    if not os.path.exists(BIN):
        sys.exit(f"build first: swift build -c release ({BIN} missing)")
    if os.environ.get("ONLY") == "estimate":
        print_estimate_rows(estimate_rows())
        return
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
            # --exact: above 5000 actors analyze estimates by default.
            extra = ("--sample", str(sample), "--seed", "1") if sample else ("--exact",)
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
                                    ("--sample", "1000", "--seed", "1") if n > 10000 else ("--exact",)), 1)
        rows.append((n, "analyze, all measures" + (" (sample 1000)" if n > 10000 else ""), full, {}))
        igraph_pagerank = next((t.get("igraph") for m, l, _, t in rows if m == n and l == "pagerank"), None)
        output_rows += json_rows(path, n, igraph_pagerank)

    estimate = estimate_rows()
    print(f"\n{'actors':>7}  {'measure':<34} {'actornet':>9} {'igraph':>9} {'networkit':>10} {'networkx':>9} {'÷ igraph':>9}")
    for n, label, ours, theirs in rows:
        cells = [f"{theirs[k]:9.3f}" if k in theirs else f"{'—':>9}" for k in ("igraph", "networkit", "networkx")]
        ratio = f"{ours / theirs['igraph']:9.2f}" if "igraph" in theirs else f"{'—':>9}"
        print(f"{n:>7}  {label:<34} {ours:9.3f} {cells[0]} {cells[1]:>10} {cells[2]} {ratio}")
    print(f"\n{'actors':>7}  {'analyze --format':<34} {'csv':>9} {'json':>9} {'json÷csv':>9} {'json÷igraph':>12}")
    for n, label, csv_time, json_time, igraph_time in output_rows:
        versus = f"{json_time / igraph_time:12.2f}" if igraph_time else f"{'—':>12}"
        print(f"{n:>7}  {label:<34} {csv_time:9.3f} {json_time:9.3f} {json_time / csv_time:9.2f} {versus}")
    print_estimate_rows(estimate)
    print("\n" + render_line)
    if iati_line:
        print(iati_line)
    print("\nTimes in seconds, medians of", REPEAT, "runs (1 for exact betweenness/closeness at 10k and the full analyze);",
          "each includes reading the CSV.")


if __name__ == "__main__":
    main()
