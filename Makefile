# The two Quick-start commands (`make run`, `make test`) work on a fresh machine with Python 3.11 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := demo/municipality

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(DEMO)/dataset.json: | $(STAMP)
	$(BIN)/matcher generate --out $(DEMO) --citizens 2000 --centres 250 --seed 1

run: $(STAMP) $(DEMO)/dataset.json
	$(BIN)/matcher validate $(DEMO)

test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy solver

bench: $(STAMP)
	$(BIN)/python -m benchmarks.accommodations_quality
	$(BIN)/python -m benchmarks.cv_quality
	$(BIN)/python -m benchmarks.similarity_quality
	$(BIN)/python -m benchmarks.pairs_speed
	$(BIN)/python -m benchmarks.profiles_speed
	$(BIN)/python -m benchmarks.ranking_quality
	$(BIN)/python -m benchmarks.ranking_speed
	$(BIN)/python -m benchmarks.allocation_quality
	$(BIN)/python -m benchmarks.solver_speed
	$(BIN)/python -m benchmarks.orlib

clean:
	rm -rf $(VENV) demo
