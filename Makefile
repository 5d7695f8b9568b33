# diplomart — `make run` builds the warehouse, `make test` runs every test,
# `make dev` opens the Dagster UI with the daemon (so the nightly schedule runs).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

# The Dagster instance: DIPLOMART_DAGSTER_INSTANCE (orchestration/settings.py) names the folder of
# its dagster.yaml - sqlite: the repository's own (one machine); postgres: deploy/postgres/ (storage
# in DAGSTER_POSTGRES_URL). Local files (SQLite databases, compute logs) go to .dagster_home/.
DIPLOMART_DAGSTER_INSTANCE ?= sqlite
ifeq ($(DIPLOMART_DAGSTER_INSTANCE),sqlite)
export DAGSTER_HOME := $(CURDIR)
else ifeq ($(DIPLOMART_DAGSTER_INSTANCE),postgres)
export DAGSTER_HOME := $(CURDIR)/deploy/postgres
else
$(error DIPLOMART_DAGSTER_INSTANCE=$(DIPLOMART_DAGSTER_INSTANCE) is neither sqlite nor postgres)
endif
export DIPLOMART_DAGSTER_STORAGE := $(CURDIR)/.dagster_home

.PHONY: install native run test dev bench manifest docs record snapshot clean

$(BIN)/.installed: requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "diplomart needs Python 3.11, found " + sys.version' 
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --config-settings editable_mode=compat -e .
	touch $@

install: $(BIN)/.installed

# The extractor compiled with mypyc (extraction/native.py): the same modules, about 1.5x as fast. mypyc has a
# build environment of its own (requirements-native.lock says why); the build is redone only when the
# extractor's sources changed, and an extractor whose sources differ from its build runs as plain Python.
MYPYC_VENV := .venv-mypyc
$(MYPYC_VENV)/.installed: requirements-native.lock
	test -x $(MYPYC_VENV)/bin/python || $(PYTHON) -m venv $(MYPYC_VENV)
	$(MYPYC_VENV)/bin/pip install --quiet --disable-pip-version-check -r requirements-native.lock
	touch $@

native: install $(MYPYC_VENV)/.installed
	DIPLOMART_MYPYC_PYTHON=$(MYPYC_VENV)/bin/python $(BIN)/python -m extraction.build_native

manifest: install
	$(BIN)/python -c "from orchestration.dbt_project import ensure_manifest; ensure_manifest()"

run: install manifest native
	@mkdir -p $(DIPLOMART_DAGSTER_STORAGE)
	$(BIN)/diplomart run

test: install manifest native
	$(BIN)/ruff check .
	$(BIN)/pytest -p no:cacheprovider -q

# The code location comes from pyproject.toml's [tool.dagster]: module orchestration.definitions,
# named diplomart. DAGSTER_PORT=3101 make dev for another port.
DAGSTER_PORT ?= 3000
dev: install manifest native
	@mkdir -p $(DIPLOMART_DAGSTER_STORAGE)
	@$(BIN)/python -m orchestration.settings
	$(BIN)/dagster dev -p $(DAGSTER_PORT)

# Fetch every source live and rewrite the embedded snapshot with what it answered.
record: install manifest native
	@mkdir -p $(DIPLOMART_DAGSTER_STORAGE)
	DIPLOMART_SOURCE_MODE=record $(BIN)/diplomart run

# Re-pack the hand-written releases (sources/govkz/snapshot/authored) into recorded API responses.
snapshot: install
	$(BIN)/python -m sources.govkz.snapshot_pack

bench: install manifest native
	$(BIN)/python bench/run_all.py

docs: install manifest
	cd dbt_project && DIPLOMART_WAREHOUSE=$${DIPLOMART_WAREHOUSE:-$(CURDIR)/data/warehouse.duckdb} ../$(BIN)/dbt docs generate --profiles-dir .

clean:
	rm -rf data/warehouse.duckdb* data/serving data/logs dbt_project/target .dagster_home .native
