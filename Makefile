# The two commands of the README: `make run` (main job on the examples) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
LAKE   ?= lake

.PHONY: run test bench airflow clean browser java

AIRFLOW_HOME ?= $(CURDIR)/airflow-home
# PATH: `airflow standalone` starts its components as `airflow ...` from the PATH, so the venv's
# bin must be on it even when the venv is not activated.
AIRFLOW_ENV := PATH="$(abspath $(BIN)):$$PATH" AIRFLOW_HOME=$(AIRFLOW_HOME) AIRFLOW__CORE__DAGS_FOLDER=$(CURDIR)/dags \
	AIRFLOW__CORE__LOAD_EXAMPLES=False AIRFLOW__CORE__EXECUTOR=LocalExecutor \
	SCHOLARLAKE_CONFIG=$(CURDIR)/scholarlake.toml

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Core install for the main job; the dev extra adds Airflow, pytest and hypothesis.
$(VENV)/.core: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.core

run: $(VENV)/.core
	$(BIN)/scholarlake run --config scholarlake.toml --lake $(LAKE)
	$(BIN)/scholarlake query "select work_id, n_records, year, title from works where n_records > 1 order by n_records desc, title" --lake $(LAKE)

test: $(VENV)/.dev browser java
	$(BIN)/python -m pytest -q -n auto --durations=15

# Debian's Chromium for the review page's browser test (tests/test_review_page.py), installed
# when it is missing and this runs as root with apt-get; otherwise that test is skipped.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "no /usr/bin/chromium and no root apt-get: the browser test will be skipped"; fi; fi

# A Java runtime for Spark (dedup/spark_engine.py, tests/test_spark_engine.py), from Debian's
# packages when it is missing and this runs as root with apt-get; otherwise those tests are skipped.
java:
	@if ! command -v java >/dev/null; then \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null; \
	  else echo "no java and no root apt-get: the Spark tests will be skipped"; fi; fi

bench: $(VENV)/.dev
	$(BIN)/python -m benchmarks.extract_throughput

# A local Airflow (SQLite, LocalExecutor) with dags/ loaded and the lake in ./lake.
airflow: $(VENV)/.dev
	$(AIRFLOW_ENV) $(BIN)/airflow db migrate
	$(AIRFLOW_ENV) $(BIN)/airflow pools set arxiv 1 "arXiv asks for one request at a time"
	$(AIRFLOW_ENV) $(BIN)/airflow standalone

clean:
	rm -rf $(VENV) $(LAKE) .pytest_cache airflow-home
