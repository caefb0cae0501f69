#!/usr/bin/env python3
"""Fuzzes the API of `actornet serve` with schemathesis, driven by the server's own OpenAPI document.

Usage: fuzz-serve.py ACTORNET [--examples N] [--seed S] [--schemathesis PATH] [--report-dir DIR]

Builds nothing: ACTORNET is a built binary. Writes a small workshop network into a temporary folder, serves it on
a free loopback port, runs schemathesis against /api/openapi.json (every phase: the document's examples, coverage,
random fuzzing with a fixed seed, stateful sequences along the document's links), then checks that the server is
still alive and answering, stops it and checks the file with `actornet validate`. `make fuzz-api` runs it in a
venv it creates (docs/reliability.md records a run). Exit 0 only when every step passed.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

# A Net-Map workshop an hour in: a question, six actors with influence towers, ties of several kinds, a project.
NETWORK = """\
name: Agua segura para Valle Seco
description: ¿Quién influye en el acceso al agua potable en Valle Seco?
language: es
actors:
  - {id: muni, name: Municipalidad de Valle Seco, sector: public, level: local, needs: [funding],
     attributes: {influence: '8'}}
  - {id: gore, name: Gobierno Regional del Norte, sector: public, level: regional, offers: [funding],
     attributes: {influence: '9'}}
  - {id: fund, name: Fundación Agua, sector: civil-society, level: national, offers: [funding, training],
     attributes: {influence: '5'}}
  - {id: uni, name: Universidad del Norte, sector: academia, level: regional, offers: [research, data]}
  - {id: coop, name: Cooperativa de Regantes, sector: private, level: local, needs: [technical-assistance],
     attributes: {influence: '3'}}
  - {id: aecid, name: Agencia de Cooperación del Este, sector: international-cooperation, level: international,
     offers: [funding]}
ties:
  - {from: fund, to: muni, weight: 2, kind: funding}
  - {from: gore, to: muni, weight: 3, kind: funding}
  - {from: uni, to: muni, weight: 1, kind: knowledge-exchange, project: pozos}
  - {from: coop, to: muni, weight: 1, kind: coordination}
  - {from: aecid, to: fund, weight: 2.5, kind: funding}
  - {from: uni, to: coop, kind: technical-cooperation, project: pozos}
projects:
  - {id: pozos, name: Pozos comunitarios, lead: muni,
     members: [{actor: muni}, {actor: uni, role: estudios}, {actor: coop, role: obras}]}
"""

# Every check that applies to this API. Left out: positive_data_acceptance (the document's edit schema is loose on
# purpose, so a well-formed edit of an actor that does not exist is a 422, as documented); the authorization
# checks (on loopback no token is needed) and the resource checks (no DELETE, nothing to free).
CHECKS = ",".join([
    "not_a_server_error",
    "status_code_conformance",
    "content_type_conformance",
    "response_headers_conformance",
    "response_schema_conformance",
    "negative_data_rejection",
    "missing_required_header",
    "unsupported_method",
    "allow_header_conformance",
])


def fail(message):
    print(f"fuzz-serve: {message}", file=sys.stderr)
    sys.exit(1)


def start_server(binary, network_file):
    """Starts `serve` on a free port; returns the process and its base URL once it listens."""
    process = subprocess.Popen(
        [binary, "serve", str(network_file), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    found = {}

    def read_stdout():
        for line in process.stdout:
            match = re.search(r"http://[^\s/]+", line)
            if match and "url" not in found:
                found["url"] = match.group(0)

    threading.Thread(target=read_stdout, daemon=True).start()
    deadline = time.monotonic() + 60
    while "url" not in found:
        if process.poll() is not None:
            fail(f"serve exited with {process.returncode} before listening: {process.stderr.read()}")
        if time.monotonic() > deadline:
            process.kill()
            fail("serve printed no address within 60 s")
        time.sleep(0.05)
    return process, found["url"]


def get(url, timeout=30):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status, response.headers.get("Content-Type", ""), response.read()


def first_event(url):
    """The first event of /api/events (an endless stream, so schemathesis cannot read it: checked here)."""
    with urllib.request.urlopen(url + "/api/events", timeout=10) as response:
        lines = []
        while len(lines) < 2:
            lines.append(response.readline().decode("utf-8").rstrip("\n"))
        return response.status, response.headers.get("Content-Type", ""), lines


def summarise(report_dir, declared):
    """Requests per operation and the statuses they got, from schemathesis' NDJSON event log: the run's numbers.
    Requests with a method the document does not declare for the path are counted together."""
    requests = {}
    checks = 0
    for log in sorted(Path(report_dir).glob("*.ndjson")):
        for line in log.read_text(encoding="utf-8").splitlines():
            event = json.loads(line)
            finished = event.get("ScenarioFinished")
            if not finished:
                continue
            phase = finished["phase"]
            recorder = finished["recorder"]
            checks += sum(len(entries) for entries in recorder.get("checks", {}).values())
            for interaction in recorder.get("interactions", {}).values():
                request, response = interaction["request"], interaction.get("response")
                path = urllib.parse.urlsplit(request["uri"]).path
                path = re.sub(r"^/api/download/.*", "/api/download/{name}", path)
                operation = f"{request['method']} {path}"
                if operation not in declared:
                    operation = "undeclared methods"
                row = requests.setdefault(operation, {"phases": {}, "statuses": {}})
                row["phases"][phase] = row["phases"].get(phase, 0) + 1
                status = str(response["status_code"]) if response else "no answer"
                row["statuses"][status] = row["statuses"].get(status, 0) + 1
    print(f"fuzz-serve: {sum(sum(r['phases'].values()) for r in requests.values())} requests, {checks} checks")
    for operation, row in sorted(requests.items()):
        phases = ", ".join(f"{name} {count}" for name, count in sorted(row["phases"].items()))
        statuses = ", ".join(f"{status}: {count}" for status, count in sorted(row["statuses"].items()))
        print(f"  {operation:28} {phases:48} {statuses}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", help="the actornet binary (built beforehand)")
    parser.add_argument("--examples", type=int, default=200, help="maximum test cases per operation and phase")
    parser.add_argument("--seed", type=int, default=19, help="schemathesis' random seed")
    parser.add_argument("--schemathesis", default=str(Path(sys.executable).parent / "schemathesis"),
                        help="the schemathesis command (default: beside this Python)")
    parser.add_argument("--report-dir", help="keep schemathesis' JUnit report and the server's stderr here")
    arguments = parser.parse_args()

    binary = os.path.abspath(arguments.binary)
    if not os.access(binary, os.X_OK):
        fail(f"{arguments.binary} is not an executable; build actornet first")
    if shutil.which(arguments.schemathesis) is None:
        fail(f"{arguments.schemathesis} not found; pip install schemathesis (make fuzz-api does)")
    version = subprocess.run([arguments.schemathesis, "--version"], capture_output=True, text=True).stdout.strip()

    folder = Path(tempfile.mkdtemp(prefix="actornet-fuzz-serve-"))
    report_dir = Path(arguments.report_dir).resolve() if arguments.report_dir else folder / "report"
    network_file = folder / "taller.yaml"
    network_file.write_text(NETWORK, encoding="utf-8")
    process, url = start_server(binary, network_file)
    problems = []
    try:
        print(f"fuzz-serve: {version}; serving {network_file} at {url}; seed {arguments.seed}, "
              f"at most {arguments.examples} examples per operation", flush=True)
        command = [
            arguments.schemathesis, "run", url + "/api/openapi.json",
            "--checks", CHECKS,
            "--phases", "examples,coverage,fuzzing,stateful",
            "--exclude-path", "/api/events",
            "--seed", str(arguments.seed),
            "--max-examples", str(arguments.examples),
            "--workers", "1",
            "--request-timeout", "60",
            "--suppress-health-check", "too_slow",
            "--report", "junit,ndjson", "--report-dir", str(report_dir),
        ]
        print("fuzz-serve: " + " ".join(command[1:]), flush=True)
        # Run in the temporary folder: schemathesis keeps a cache (.schemathesis/) in its working directory, which
        # would replay earlier runs' failures and leave files in the repository.
        run = subprocess.run(command, cwd=folder, env={**os.environ, "NO_COLOR": "1"})
        if run.returncode != 0:
            problems.append(f"schemathesis found failures (exit {run.returncode})")
        status, content_type, body = get(url + "/api/openapi.json")
        paths = json.loads(body)["paths"]
        summarise(report_dir, {f"{method.upper()} {path}" for path in paths for method in paths[path]})

        if process.poll() is not None:
            problems.append(f"the server is no longer running (exit {process.returncode})")
        else:
            status, content_type, body = get(url + "/api/network")
            document = json.loads(body)
            if status != 200 or not isinstance(document.get("version"), int):
                problems.append(f"GET /api/network after the run: {status} {body[:200]!r}")
            else:
                print(f"fuzz-serve: the server is alive after the run: version {document['version']}, "
                      f"{len(document.get('actors', []))} actors, {len(document.get('ties', []))} ties")
            status, content_type, lines = first_event(url)
            if status != 200 or not content_type.startswith("text/event-stream") or lines[0] != "event: hello":
                problems.append(f"GET /api/events: {status} {content_type} {lines}")
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                problems.append("the server did not stop within 30 s of SIGINT")
        stderr = process.stderr.read()
        if stderr.strip():
            report_dir.mkdir(parents=True, exist_ok=True)
            (report_dir / "serve-stderr.txt").write_text(stderr, encoding="utf-8")
            problems.append(f"the server wrote to standard error ({len(stderr)} characters): {stderr[:500]}")

    validate = subprocess.run([binary, "validate", str(network_file), "--lang", "en"], capture_output=True, text=True)
    print("fuzz-serve: validate: " + validate.stdout.strip())
    if validate.returncode != 0:
        print(validate.stderr, file=sys.stderr)
        problems.append(f"the file is no longer valid (validate exit {validate.returncode})")
    for problem in problems:
        print(f"fuzz-serve: FAILED: {problem}", file=sys.stderr)
    if problems:
        print(f"fuzz-serve: the file and the report are kept in {folder}", file=sys.stderr)
        sys.exit(1)
    print("fuzz-serve: passed: no failure found, the server stayed up, the file is valid")
    shutil.rmtree(folder)


if __name__ == "__main__":
    main()
