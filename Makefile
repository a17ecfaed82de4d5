# The project's two commands, each of which sets up its own environment first:
#   make reports   build every report in reports.yml (CORPUS=DIR OUT=DIR for other articles)
#   make test      ruff check, unit tests, bad-input tests, nbval on reports/*.ipynb, browser tests,
#                  and the Label Studio round trip against a real server (from .venv-coding)
# and the maintainers':
#   make lock       recompile the hashed locks from requirements.in and pyproject's groups
#   make baselines  recompute the baselines' scores the stance report reads
# The one Python version of the project (pyproject's requires-python, environment.yml, binder/).
PYTHON_VERSION := 3.11
PYTHON ?= python$(PYTHON_VERSION)
# uv installs when it is on PATH or can be installed from PyPI (the version pinned with its
# hashes in scripts/uv-requirements.txt); else pip. See scripts/install-env.
export PYTHON PYTHON_VERSION
VENV   := .venv
BIN    := $(VENV)/bin
CORPUS ?= data/corpus
OUT    ?= reports
# Hand-coded annotations: data/annotations for data/corpus; none (automated extraction) otherwise.
ANNOTATIONS ?=
# A statements store (a Parquet dataset from `rhetoric extract`, or a CSV) instead of either.
STATEMENTS ?=
# The optional groups that `make test` installs (requirements-all.txt is locked with them).
LOCK_EXTRAS := test baselines scale
# The annotation tool (pyproject's `coding` group) pins its own versions of much of the stack,
# so it has a lock and a venv of its own; `make test` runs the real-server test with it.
CODING_VENV := .venv-coding
CODING_LOCK := requirements-coding.txt
UV_COMPILE = "$$(scripts/install-env --which-uv)" pip compile --quiet --universal --generate-hashes --python-version $(PYTHON_VERSION) \
	--custom-compile-command "make lock"

export PATH := $(abspath $(BIN)):$(PATH)

.PHONY: setup setup-test setup-coding reports test unit nbval browser lint baselines lock clean-venv
.DEFAULT_GOAL := reports

# The default install (requirements.txt): what the reports need, no test or baseline tools.
$(VENV)/.installed: requirements.txt pyproject.toml requirements.in
	scripts/install-env $(VENV) requirements.txt
	touch $@

# Everything: the default install and every group (requirements-all.txt, the same versions).
$(VENV)/.installed-all: requirements-all.txt pyproject.toml requirements.in
	scripts/install-env $(VENV) requirements-all.txt
	touch $@ $(VENV)/.installed

setup: $(VENV)/.installed

setup-test: $(VENV)/.installed-all

# Label Studio alone (requirements-coding.txt), for reviewing the hand coding (docs/FORKING.md)
# and for the round-trip test against a real server.
$(CODING_VENV)/.installed: $(CODING_LOCK)
	scripts/install-env $(CODING_VENV) $(CODING_LOCK)
	touch $@

setup-coding: $(CODING_VENV)/.installed

reports: setup
	$(BIN)/python -m rhetoric build --corpus "$(CORPUS)" --out "$(OUT)" $(if $(ANNOTATIONS),--annotations "$(ANNOTATIONS)") \
		$(if $(STATEMENTS),--statements "$(STATEMENTS)")

test: setup-test setup-coding
	$(BIN)/ruff check
	RHETORIC_LABEL_STUDIO=$(abspath $(CODING_VENV))/bin/label-studio $(BIN)/python -m pytest
	RHETORIC_NO_FIGURE_FILES=1 $(BIN)/python -m pytest -p no:cacheprovider --nbval reports/*.ipynb --nbval-sanitize-with tests/nbval_sanitize.cfg

unit: setup-test
	$(BIN)/python -m pytest -m "not slow and not browser"

lint: setup-test
	$(BIN)/ruff check

# The baselines' scores on the study corpus, read by the stance report (needs the baselines group).
baselines: setup-test
	$(BIN)/python -m rhetoric baselines

# Recompile the locks: every group first (existing pins are kept where they still fit, so
# delete a line to upgrade that package), then the default install within those versions.
# Uses uv (the one on PATH, else the one scripts/install-env installs into ~/.cache/rhetoric-tools).
lock:
	$(UV_COMPILE) $(addprefix --extra ,$(LOCK_EXTRAS)) pyproject.toml -o requirements-all.txt
	$(UV_COMPILE) requirements.in -c requirements-all.txt -o requirements.txt
	$(PYTHON) -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["coding"], sep="\n")' \
		| $(UV_COMPILE) --no-config - -o $(CODING_LOCK)
	$(PYTHON) scripts/write-environment-yml requirements.txt environment.yml

clean-venv:
	rm -rf $(VENV)
