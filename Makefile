# The two commands of the README. Both create .venv on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup demo test bench clean

$(BIN)/rasd: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(BIN)/rasd

setup: $(BIN)/rasd

# The main job on the embedded default: demo articles -> events in SQLite + report -> dashboard.
# DEMO_SERVE=0 skips the dashboard server at the end (it runs until Ctrl-C).
DEMO_SERVE ?= 1
PORT ?= 8000
demo: setup
	mkdir -p out
	rm -f out/rasd.db
	$(BIN)/rasd ingest data/demo/articles.jsonl --db sqlite:///out/rasd.db
	$(BIN)/rasd extract data/demo/articles.jsonl -o out/demo-events.jsonl
	$(BIN)/rasd eval data/demo/gold.jsonl out/demo-events.jsonl --report out/demo-report.md
	$(BIN)/rasd events --db sqlite:///out/rasd.db --format csv -o out/demo-events.csv
	@echo "events: out/rasd.db, out/demo-events.jsonl, out/demo-events.csv   report: out/demo-report.md"
	@if [ "$(DEMO_SERVE)" = 1 ]; then echo "dashboard: http://127.0.0.1:$(PORT)/  (Ctrl-C to stop)"; \
	  $(BIN)/rasd serve --db sqlite:///out/rasd.db --port $(PORT); fi

test: setup
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) out
