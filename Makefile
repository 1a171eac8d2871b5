# Two commands on a fresh machine:  make run  and  make test
# Both are idempotent: the install steps re-run only when pyproject.toml changes.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
CORPUS ?= corpus
OUT    ?= out

.PHONY: run test install install-dev lint bench clean

run: $(VENV)/.installed
	$(BIN)/nlp-kit summarize $(CORPUS) --format md --out $(OUT)

test: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q tests

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip setuptools wheel

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(VENV)/.installed $@

bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/summaries.py
	$(BIN)/python benchmarks/stance.py

clean:
	rm -rf $(OUT) .pytest_cache build *.egg-info
