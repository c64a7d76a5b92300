# The two commands a newcomer types: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
DB ?= dateline.duckdb

.PHONY: demo test lint eval eval-time eval-actors eval-events eval-clusters eval-geo bench clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev,web,cluster]"
	touch $@

demo: $(VENV)/.installed
	$(PY) -m dateline.demo --db $(DB) examples/corpus

test: $(VENV)/.installed
	$(PY) -m ruff check dateline tests benchmarks
	$(PY) -m mypy dateline
	$(PY) -m pytest -q

lint: $(VENV)/.installed
	$(PY) -m ruff check dateline tests benchmarks
	$(PY) -m mypy dateline

eval: eval-time eval-actors eval-events eval-clusters eval-geo

eval-time: $(VENV)/.installed
	$(PY) benchmarks/eval_time.py

eval-actors: $(VENV)/.installed
	$(PY) benchmarks/eval_actors.py

eval-events: $(VENV)/.installed
	$(PY) benchmarks/eval_events.py

eval-clusters: $(VENV)/.installed
	$(PY) benchmarks/eval_clusters.py

eval-geo: $(VENV)/.installed
	$(PY) benchmarks/eval_geo.py

bench: $(VENV)/.installed
	$(PY) benchmarks/bench_throughput.py

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .ruff_cache .mypy_cache
