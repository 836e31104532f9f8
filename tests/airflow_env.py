"""A throwaway Airflow home for the tests: SQLite, LocalExecutor, our dags/ folder.

Imported by the Airflow tests before anything from Airflow, so the settings below are the
ones Airflow reads at import."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOME = Path(os.environ.get("SCHOLARLAKE_TEST_AIRFLOW_HOME") or tempfile.mkdtemp(prefix="scholarlake-airflow-"))

ENV = {
    "AIRFLOW_HOME": str(HOME),
    "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
    "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
    "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
    "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
    "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{HOME / 'airflow.db'}",
    "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
}
os.environ.update(ENV)
_migrated = False


def airflow_bin() -> str:
    return str(Path(sys.executable).with_name("airflow"))


def migrate() -> None:
    global _migrated
    if not _migrated:
        subprocess.run([airflow_bin(), "db", "migrate"], check=True, capture_output=True, env={**os.environ})
        _migrated = True
