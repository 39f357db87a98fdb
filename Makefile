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

# Accuracy and speed on ../shared/data (each script skips cleanly when its dataset is absent).
BENCHMARKS := extraction speed cost startup timex timex_specs attribution factappeal factuality actors events

bench: setup
	@for b in $(BENCHMARKS); do echo "== benchmarks/$$b.py"; $(BIN)/python benchmarks/$$b.py || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info $(DB) $(DB)-wal $(DB)-shm
