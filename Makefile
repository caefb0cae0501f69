# actornet — build, test, demo. Every target installs what it needs first (see `bootstrap`).
SWIFT ?= swift
CONFIG ?= release
BIN = .build/$(CONFIG)/actornet
EXAMPLES = chile argentina colombia mexico peru brasil

.PHONY: bootstrap browser build test demo bench fuzz fuzz-api clean lint format

# Graphviz's C library (libgvc) and pkg-config. As root: installed with apt-get; otherwise the exact command.
bootstrap:
	@if pkg-config --exists libgvc 2>/dev/null && [ -f /usr/include/graphviz/gvc.h ] && command -v dot >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "bootstrap: installing libgraphviz-dev, graphviz and pkg-config"; \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y libgraphviz-dev graphviz pkg-config; \
	else \
		echo "actornet needs Graphviz's C library. Run:"; \
		echo "  sudo apt-get update && sudo apt-get install -y libgraphviz-dev graphviz pkg-config"; \
		exit 1; \
	fi

# Optional: Chromium and chromium-driver for the real-browser tests (the report; the interactive map through
# WebDriver). Installed when root; without them those tests are reported as skipped.
browser:
	@if command -v chromium >/dev/null && [ -x /usr/bin/chromedriver ]; then :; \
	elif [ "$$(id -u)" = 0 ]; then echo "bootstrap: installing chromium and chromium-driver (browser tests)"; \
		apt-get update >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver || echo "chromium not installed; the browser tests will be skipped"; \
	else echo "note: sudo apt-get install -y chromium chromium-driver enables the browser tests"; fi

build: bootstrap
	$(SWIFT) build -c $(CONFIG)

test: bootstrap browser
	$(SWIFT) build
	$(SWIFT) test

demo: build
	@mkdir -p Output
	@for n in $(EXAMPLES); do $(BIN) validate Networks/$$n.yaml || exit 1; done
	$(BIN) info Networks/chile.yaml
	@for n in $(EXAMPLES); do $(BIN) render Networks/$$n.yaml --lang es || exit 1; done
	$(BIN) render Networks/chile.yaml --aggregate sector-level --lang es -o Output/chile-sector-level.svg
	$(BIN) render Networks/colombia.yaml --focus apc-ficticia --depth 1 --lang es -o Output/colombia-apc-ego.svg
	$(BIN) render Networks/chile.yaml --format html --lang es -o Output/chile-map.html
	@for n in $(EXAMPLES); do $(BIN) report Networks/$$n.yaml || exit 1; done
	scripts/report-screenshot.sh

clean:
	rm -rf .build

# Benchmarks (not tests): a Python venv with igraph, NetworKit and NetworkX is made in Benchmarks/.venv.
bench: build
	@test -x Benchmarks/.venv/bin/python || python3 -m venv Benchmarks/.venv
	Benchmarks/.venv/bin/pip install -q networkx igraph networkit
	Benchmarks/.venv/bin/python Benchmarks/bench.py
	python3 Benchmarks/serve_bench.py --binary $(BIN) --clients 50 --seconds 30 --kill-at 15
	@/usr/bin/env time -f "peak memory, analyze BA 100k --sample 1000: %M KB" $(BIN) analyze Benchmarks/data/ba100000.csv --sample 1000 --quiet --format csv > /dev/null

# libFuzzer targets (Fuzz/): `make fuzz SECONDS=60` runs each for SECONDS seconds (docs/reliability.md).
SECONDS ?= 60
fuzz: bootstrap
	scripts/fuzz.sh $(SECONDS)

# The API of `actornet serve` against its OpenAPI document: schemathesis (in a venv made here) with a fixed seed,
# on the debug build (assertions on); docs/reliability.md. Not part of `make test`.
# `make fuzz-api API_EXAMPLES=N API_SEED=S` (EXAMPLES names the example networks above).
API_EXAMPLES ?= 1000
API_SEED ?= 19
FUZZ_VENV = .build/venv-fuzz-api
fuzz-api: bootstrap
	$(SWIFT) build
	@test -x $(FUZZ_VENV)/bin/python || python3 -m venv $(FUZZ_VENV)
	$(FUZZ_VENV)/bin/pip install -q 'schemathesis>=4.32,<5'
	$(FUZZ_VENV)/bin/python scripts/fuzz-serve.py .build/debug/actornet --examples $(API_EXAMPLES) --seed $(API_SEED)

# Style (.swift-format: 120 columns, 4 spaces): `lint` reports every difference and fails on any; `format` rewrites
# the files in place. swift-format does not report a line it cannot break (a long string literal or comment), so
# `lint` then lists every line over 120 characters itself.
lint:
	$(SWIFT) format lint --strict -r Sources Tests Package.swift
	@! LC_ALL=C.UTF-8 grep -rnE '^.{121,}' Sources Tests Package.swift --include='*.swift' | sed 's/$$/ [over 120 characters]/' | grep .

format:
	$(SWIFT) format format -i -r Sources Tests Package.swift
