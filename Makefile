# The two Quick-start commands (`make run`, `make test`) work on a fresh machine with Python 3.11 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := demo/municipality

.PHONY: run test lint bench clean system-deps

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(DEMO)/dataset.json: | $(STAMP)
	$(BIN)/matcher generate --out $(DEMO) --citizens 2000 --centres 250 --seed 1

# The demo database: the demo municipality imported once, with one token per demo role (the
# secrets are kept in $(DEMO_TOKENS), readable by the owner only, and printed by `make run`).
DEMO_DB_URL := sqlite:///demo/matcher.db
DEMO_TOKENS := demo/tokens.txt

$(DEMO_TOKENS): $(DEMO)/dataset.json | $(STAMP)
	rm -f demo/matcher.db demo/matcher.db-wal demo/matcher.db-shm $@
	$(BIN)/matcher import $(DEMO) --db $(DEMO_DB_URL)
	umask 077 && for role in admin consultant team_lead; do \
	  printf '%-11s %s\n' "$$role" "$$($(BIN)/matcher token create --role $$role --name "demo $$role" --db $(DEMO_DB_URL))" || exit 1; \
	done > $@.tmp && mv $@.tmp $@

run: $(STAMP) $(DEMO)/dataset.json $(DEMO_TOKENS)
	$(BIN)/matcher validate $(DEMO)
	@echo
	@echo "matcher: http://127.0.0.1:8000  (the consultants' page; API documentation at /docs)"
	@echo "demo tokens (paste the consultant's into the page; also in $(DEMO_TOKENS)):"
	@cat $(DEMO_TOKENS)
	@echo
	$(BIN)/matcher serve --db $(DEMO_DB_URL) --host 127.0.0.1 --port 8000

# The service tests start a private PostgreSQL from the machine's binaries and drive the web page
# in headless Chromium. On a Debian machine where we may (root), install them when missing.
system-deps:
	@if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian packages postgresql and chromium for the service tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql chromium >/dev/null; \
	  else \
	    echo "note: the service tests need PostgreSQL server binaries (Debian: postgresql) and chromium"; \
	  fi; \
	fi

test: $(STAMP) system-deps
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy features matcher service solver benchmarks

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
