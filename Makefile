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

# The main job on the embedded default: demo articles -> events -> SQLite + report.
demo: setup
	mkdir -p out
	$(BIN)/rasd extract data/demo/articles.jsonl -o out/demo-events.jsonl
	$(BIN)/rasd eval data/demo/gold.jsonl out/demo-events.jsonl --report out/demo-report.md
	@echo "events: out/demo-events.jsonl   report: out/demo-report.md"

test: setup
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) out
