#!/usr/bin/env python3
"""`actornet serve` under load: CLIENTS editors on loopback send edits for SECONDS (a bounded loop that stops by
itself), then the final file is checked: every acknowledged edit is in it, and it passes `actornet validate`.

Each client owns one actor and sets its attribute `seq` to 1, 2, 3…, one edit at a time over a kept-alive
connection; an acknowledged edit n means the file holds seq >= n for that actor (a later, unacknowledged one may
be there too, never an earlier one). With --kill-at T the server is killed with SIGKILL T seconds in, the file is
checked the same way, and the server is restarted on it for the rest of the run.

With --listeners N, N more connections follow `/api/events` (the live stream every edit is told on); with
--analysis N, N more clients fetch `/api/analysis` (the live panel) one after another: both must not slow edits.

Prints edits per second, latency percentiles (acknowledged edits only), the server's CPU time (user + system, from
/proc) and the load average before and after, and writes them as JSON (--json).
Usage: Benchmarks/serve_bench.py --binary .build/release/actornet [--clients 50] [--seconds 30] [--kill-at 15]
       [--listeners 0] [--analysis 0]
"""
import argparse, asyncio, json, os, re, signal, statistics, subprocess, sys, tempfile, time

def network_yaml(clients):
    lines = ["name: Bench", "language: en", "actors:"]
    lines += [f"  - {{id: c{i}, name: Client {i}, sector: public, level: local}}" for i in range(clients)]
    lines += ["ties:"] + [f"  - {{from: c{i}, to: c{(i + 1) % clients}}}" for i in range(clients)]
    return "\n".join(lines) + "\n"

def start(binary, path):
    process = subprocess.Popen([binary, "serve", path, "--port", "0", "--lang", "en"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    for line in process.stdout:
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if match:
            return process, int(match.group(1))
    raise SystemExit("serve did not print its address: " + process.stderr.read())

def cpu_seconds(process):
    """User + system CPU seconds the server has used so far (Linux /proc; 0 where there is none)."""
    try:
        fields = open(f"/proc/{process.pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0

def load_average():
    return round(os.getloadavg()[0], 2)

def file_seqs(binary, path):
    """seq per client as the file on disk has it, read through `actornet convert` to JSON."""
    converted = path + ".check.json"
    subprocess.run([binary, "convert", path, converted], check=True, capture_output=True)
    network = json.load(open(converted, encoding="utf-8"))
    os.remove(converted)
    return {int(a["id"][1:]): int(a.get("attributes", {}).get("seq", 0)) for a in network["actors"]}

def check(binary, path, acknowledged, clients, when):
    result = subprocess.run([binary, "validate", path], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{when}: the file is not valid:\n{result.stdout}{result.stderr}")
    seqs = file_seqs(binary, path)
    lost = [c for c, n in acknowledged.items() if seqs.get(c, 0) < n]
    if lost:
        raise SystemExit(f"{when}: acknowledged edits missing for clients {lost[:10]}")
    print(f"{when}: file valid; every acknowledged edit is in it ({sum(acknowledged.values())} acknowledged)")

class Client:
    def __init__(self, index, port_of, deadline):
        self.index, self.port_of, self.deadline = index, port_of, deadline
        self.seq = 0
        self.acknowledged = 0
        self.latencies = []
        self.failures = 0

    async def run(self):
        reader = writer = None
        while time.monotonic() < self.deadline:
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection("127.0.0.1", self.port_of())
                self.seq += 1
                body = json.dumps({"edits": [{"op": "update_actor", "id": f"c{self.index}",
                                              "fields": {"attributes.seq": str(self.seq)}}]}).encode()
                request = (f"POST /api/edits HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                           f"Content-Length: {len(body)}\r\n\r\n").encode() + body
                sent = time.perf_counter()
                writer.write(request)
                await writer.drain()
                head = await reader.readuntil(b"\r\n\r\n")
                length = int(re.search(rb"(?i)content-length: (\d+)", head).group(1))
                await reader.readexactly(length)
                if not head.startswith(b"HTTP/1.1 200"):
                    raise SystemExit(f"client {self.index}: {head[:40]!r}")
                self.latencies.append(time.perf_counter() - sent)
                self.acknowledged = self.seq
            except (ConnectionError, asyncio.IncompleteReadError, OSError):
                self.failures += 1
                if writer is not None:
                    writer.close()
                reader = writer = None
                await asyncio.sleep(0.05)

async def request(reader, writer, path):
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    length = int(re.search(rb"(?i)content-length: (\d+)", head).group(1))
    await reader.readexactly(length)

async def follow_events(port_of, deadline, counts):
    """Reads `/api/events` until the deadline, counting events (reconnecting after a kill)."""
    while time.monotonic() < deadline:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port_of())
            writer.write(b"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            await writer.drain()
            while time.monotonic() < deadline:
                line = await asyncio.wait_for(reader.readline(), max(0.01, deadline - time.monotonic()))
                if not line:
                    break
                counts["events"] += line.startswith(b"event: ")
            writer.close()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.TimeoutError, OSError):
            await asyncio.sleep(0.05)

async def poll_analysis(port_of, deadline, latencies):
    while time.monotonic() < deadline:
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port_of())
            while time.monotonic() < deadline:
                sent = time.perf_counter()
                await request(reader, writer, "/api/analysis")
                latencies.append(time.perf_counter() - sent)
            writer.close()
        except (ConnectionError, asyncio.IncompleteReadError, OSError):
            await asyncio.sleep(0.05)

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/actornet")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--kill-at", type=float)
    parser.add_argument("--listeners", type=int, default=0)
    parser.add_argument("--analysis", type=int, default=0)
    parser.add_argument("--json")
    options = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="serve-bench-")
    path = os.path.join(folder, "bench.yaml")
    open(path, "w", encoding="utf-8").write(network_yaml(options.clients))
    server = {}
    server["process"], server["port"] = start(options.binary, path)
    port_of = lambda: server["port"]
    cpu = {"before_kill": 0.0}
    load_before = load_average()
    started = time.monotonic()

    async def killer():
        await asyncio.sleep(options.kill_at)
        cpu["before_kill"] = cpu_seconds(server["process"])
        server["process"].send_signal(signal.SIGKILL)
        server["process"].wait()
        await asyncio.sleep(0.2)
        acknowledged = {r.index: r.acknowledged for r in runners_ref}
        check(options.binary, path, acknowledged, options.clients, f"after kill -9 at {options.kill_at:g} s")
        server["process"], server["port"] = start(options.binary, path)

    runners_ref = []
    events = {"events": 0}
    analysis_latencies = []

    async def everything():
        deadline = time.monotonic() + options.seconds
        runners = [Client(i, port_of, deadline) for i in range(options.clients)]
        runners_ref.extend(runners)
        tasks = [asyncio.ensure_future(r.run()) for r in runners]
        tasks += [asyncio.ensure_future(follow_events(port_of, deadline, events)) for _ in range(options.listeners)]
        tasks += [asyncio.ensure_future(poll_analysis(port_of, deadline, analysis_latencies))
                  for _ in range(options.analysis)]
        if options.kill_at is not None:
            tasks.append(asyncio.ensure_future(killer()))
        await asyncio.gather(*tasks)
        return runners

    runners = asyncio.run(everything())
    elapsed = time.monotonic() - started
    load_after = load_average()
    server_cpu = cpu["before_kill"] + cpu_seconds(server["process"])
    server["process"].send_signal(signal.SIGINT)
    server["process"].wait()
    acknowledged = {r.index: r.acknowledged for r in runners}
    check(options.binary, path, acknowledged, options.clients, "at the end")
    latencies = sorted(l for r in runners for l in r.latencies)
    count = len(latencies)
    quantile = lambda q: latencies[min(count - 1, int(q * count))] * 1000
    result = {
        "clients": options.clients, "seconds": round(elapsed, 1), "acknowledged_edits": count,
        "edits_per_second": round(count / elapsed, 1), "p50_ms": round(quantile(0.50), 2),
        "p99_ms": round(quantile(0.99), 2), "max_ms": round(latencies[-1] * 1000, 2),
        "failed_requests": sum(r.failures for r in runners), "kill_at": options.kill_at,
        "server_cpu_seconds": round(server_cpu, 2), "load_average_before": load_before,
        "load_average_after": load_after,
    }
    if options.listeners:
        result["listeners"], result["events_received"] = options.listeners, events["events"]
    if options.analysis:
        analysis = sorted(analysis_latencies)
        result["analysis_requests"] = len(analysis)
        if analysis:
            result["analysis_p50_ms"] = round(analysis[len(analysis) // 2] * 1000, 2)
            result["analysis_max_ms"] = round(analysis[-1] * 1000, 2)
    print(json.dumps(result))
    if options.json:
        json.dump(result, open(options.json, "w"), indent=2)

if __name__ == "__main__":
    main()
