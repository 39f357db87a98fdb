# newsgraph: `make demo` and `make test` are all a new machine needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= newsgraph.db

.PHONY: setup demo test bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: setup
	$(BIN)/newsgraph ingest examples/ --db $(DB)
	$(BIN)/newsgraph report --db $(DB)

test: setup
	$(BIN)/python -m pytest -q; status=$$?; [ $$status -eq 5 ] && exit 0 || exit $$status

bench: setup
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/startup.py

clean:
	rm -rf $(VENV) build *.egg-info $(DB) $(DB)-wal $(DB)-shm
