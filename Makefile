# The project's two commands, each of which sets up its own environment first:
#   make reports   build every report in reports.yml (CORPUS=DIR OUT=DIR for other articles)
#   make test      unit tests, bad-input tests, nbval on reports/*.ipynb, browser tests
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CORPUS ?= data/corpus
OUT    ?= reports
# Hand-coded annotations: data/annotations for data/corpus; none (automated extraction) otherwise.
ANNOTATIONS ?=
# A statements store (a Parquet dataset from `rhetoric extract`, or a CSV) instead of either.
STATEMENTS ?=
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet

export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: setup reports test unit nbval browser clean-venv
.DEFAULT_GOAL := reports

$(VENV)/.installed: requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements.txt
	$(PIP) install --no-deps -e .
	touch $@

setup: $(VENV)/.installed

reports: setup
	$(BIN)/python -m rhetoric build --corpus "$(CORPUS)" --out "$(OUT)" $(if $(ANNOTATIONS),--annotations "$(ANNOTATIONS)") \
		$(if $(STATEMENTS),--statements "$(STATEMENTS)")

test: setup
	$(BIN)/python -m pytest
	$(BIN)/python -m pytest -p no:cacheprovider --nbval reports/*.ipynb --nbval-sanitize-with tests/nbval_sanitize.cfg

unit: setup
	$(BIN)/python -m pytest -m "not slow and not browser"

clean-venv:
	rm -rf $(VENV)
