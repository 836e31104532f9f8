"""scholarlake under Airflow 3: one ingestion DAG per configured source, and a works DAG
that the sources' record assets trigger.

Thin by design: every task is one call into ``scholarlake.jobs``. Parsing this file reads
the small TOML config (to know the sources) and nothing else: no connections, no heavy
imports (those happen inside the tasks).

Environment:
  SCHOLARLAKE_CONFIG  the TOML config (default: scholarlake.toml at the repository root)
  SCHOLARLAKE_LAKE    the lake directory (default: the config's [lake] path)
"""

from __future__ import annotations

import functools
import operator
import os
from datetime import timedelta
from pathlib import Path

import pendulum
from airflow.sdk import Asset, CronDataIntervalTimetable, dag, task

from scholarlake.config import SourceConfig, load_config

CONFIG = os.environ.get("SCHOLARLAKE_CONFIG") or str(Path(__file__).resolve().parent.parent / "scholarlake.toml")
LAKE = os.environ.get("SCHOLARLAKE_LAKE") or None
START = pendulum.datetime(2024, 1, 1, tz="UTC")
WORKS = Asset(name="scholarlake_works")


def records_asset(source: str) -> Asset:
    return Asset(name=f"scholarlake_records_{source}")


def ingestion_dag(src: SourceConfig):
    @dag(
        dag_id=f"scholarlake_ingest_{src.name}",
        description=f"Nightly ingestion of source {src.name!r} into the lake's records",
        schedule=CronDataIntervalTimetable(src.schedule, timezone="UTC"),
        start_date=START,
        catchup=False,
        max_active_runs=1,
        tags=["scholarlake", "ingest"],
        default_args={
            "retries": src.retries,
            "retry_delay": timedelta(seconds=10),
            "retry_exponential_backoff": True,
            "max_retry_delay": timedelta(minutes=10),
            "execution_timeout": timedelta(minutes=30),
        },
    )
    def ingest():
        @task
        def plan(data_interval_start=None, data_interval_end=None, dag_run=None) -> list[dict]:
            from scholarlake import jobs

            backfill = str(getattr(dag_run, "run_type", "")).endswith("backfill")
            return jobs.plan(CONFIG, src.name, data_interval_start, data_interval_end, backfill, LAKE)

        @task(pool=src.pool, max_active_tis_per_dag=src.max_parallel)
        def ingest_document(item: dict) -> dict:
            from scholarlake import jobs

            return jobs.ingest_item(CONFIG, src.name, item, LAKE)

        @task(outlets=[records_asset(src.name)])
        def publish(results: list[dict], data_interval_start=None, data_interval_end=None) -> dict:
            from scholarlake import jobs

            # results[:] fetches the mapped results in one request; iterating them would ask
            # for one past the end, which Airflow logs as "[error] XCom not found"
            return jobs.publish_batch(CONFIG, src.name, data_interval_start, data_interval_end, list(results[:]), LAKE)

        publish(ingest_document.expand(item=plan()))

    return ingest()


SOURCES = load_config(CONFIG).sources
for _src in SOURCES:
    globals()[f"ingest_{_src.name}"] = ingestion_dag(_src)


@dag(
    dag_id="scholarlake_works",
    description="Incremental dedup of the lake's records into works, whenever records land",
    schedule=functools.reduce(operator.or_, [records_asset(s.name) for s in SOURCES]),
    start_date=START,
    catchup=False,
    max_active_runs=1,
    tags=["scholarlake", "dedup"],
    default_args={"retries": 1, "retry_delay": timedelta(seconds=30)},
)
def works():
    @task(outlets=[WORKS])
    def rebuild() -> dict:
        from scholarlake import jobs

        return jobs.rebuild(CONFIG, LAKE)

    rebuild()


works_dag = works()
