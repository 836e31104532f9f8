"""The real Airflow scheduler (LocalExecutor, SQLite, a temporary AIRFLOW_HOME): a 3-day
backfill of an ingestion DAG gives three partitions and triggers the works DAG through
its asset; re-running one day changes nothing."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytest.importorskip("airflow.sdk", reason="Airflow is not installed (install the dev extra)")

from warehouse import Lake  # noqa: E402

from .conftest import ROOT  # noqa: E402

pytestmark = pytest.mark.airflow
DAG = "scholarlake_ingest_inbox"
DAYS = ["2026-01-01", "2026-01-02", "2026-01-03"]
TIMEOUT = 300


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Airflow:
    def __init__(self, home: Path, config: Path):
        port = _free_port()
        self.env = {
            **os.environ,
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
            "AIRFLOW__CORE__PARALLELISM": "4",  # mapped ingest tasks write the lake concurrently
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
            "AIRFLOW__API__PORT": str(port),
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{port}/execution/",
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
            "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "2",
            "SCHOLARLAKE_CONFIG": str(config),
        }
        self.env.pop("SCHOLARLAKE_LAKE", None)
        self.db = home / "airflow.db"
        self.bin = str(Path(sys.executable).with_name("airflow"))
        self.procs: list[subprocess.Popen] = []
        self.restarts: list[str] = []
        self.logs = home / "logs-test"
        self.logs.mkdir(parents=True, exist_ok=True)

    def cli(self, *args: str, transient: tuple[str, ...] = ("database is locked",), attempts: int = 5) -> str:
        """Run an airflow command; SQLite allows one writer, so a command that meets the
        scheduler's lock is tried again (up to ``attempts`` times, 2 s apart)."""
        for _ in range(attempts):
            out = subprocess.run([self.bin, *args], env=self.env, capture_output=True, text=True, timeout=120)
            if out.returncode == 0 or not any(t in out.stderr + out.stdout for t in transient):
                break
            time.sleep(2)
        assert out.returncode == 0, f"airflow {' '.join(args)} failed:\n{out.stderr[-2000:]}"
        return out.stdout

    def start(self) -> None:
        self.cli("db", "migrate")
        for component in ("api-server", "scheduler", "dag-processor"):
            self._launch(component)

    def _launch(self, component: str) -> None:
        log = open(self.logs / f"{component}.log", "a")
        proc = subprocess.Popen([self.bin, component], env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)
        proc.component = component
        self.procs.append(proc)

    def supervise(self) -> None:
        """Restart a component that died, as a deployment's supervisor (systemd, Kubernetes)
        does. On SQLite, Airflow's scheduler can die of a write race with the API server
        (StaleDataError on dag_run); the runs it had started go on after the restart."""
        for proc in list(self.procs):
            if proc.poll() is not None:
                self.procs.remove(proc)
                self.restarts.append(proc.component)
                assert len(self.restarts) <= 3, f"components keep dying: {self.restarts}"
                self._launch(proc.component)

    def stop(self) -> None:
        for p in self.procs:
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        for p in self.procs:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)

    def runs(self, dag_id: str) -> list[dict]:
        text = self.cli("dags", "list-runs", dag_id, "-o", "json")
        for line in text.splitlines():  # warnings may precede the JSON
            if line.startswith("[{") or line.strip() == "[]":
                return json.loads(line)
        return []

    def runs_in_db(self, dag_id: str) -> list[dict]:
        """The DAG's runs as ``runs`` gives them (run_id, state, end_date as a datetime), read
        from the metadata database: what ``airflow dags list-runs`` reads, without starting
        Airflow's CLI (seconds of CPU each time) on every poll of a wait."""
        return [{"run_id": run_id, "state": state,
                 "end_date": datetime.fromisoformat(end).replace(tzinfo=UTC) if end else None}
                for run_id, state, end in self._query(
                    "select run_id, state, end_date from dag_run where dag_id = ?", dag_id)]

    def parsed(self, dag_id: str) -> bool:
        """The DAG is in the database as ``airflow dags list`` lists it (its serialized form)
        and as ``airflow dags unpause`` finds it (its row in ``dag``)."""
        return bool(self._query("select 1 from dag join serialized_dag using (dag_id) where dag_id = ?", dag_id))

    def _query(self, sql: str, *args) -> list[tuple]:
        if not self.db.exists():
            return []
        con = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=30)  # read only: the scheduler writes
        try:
            return con.execute(sql, args).fetchall()
        except sqlite3.OperationalError as e:  # a table Airflow has not made yet
            if "no such table" in str(e):
                return []
            raise
        finally:
            con.close()

    def wait(self, what: str, predicate) -> None:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            self.supervise()
            if predicate():
                return
            time.sleep(3)
        logs = "\n".join(f"--- {p.name}\n{p.read_text()[-3000:]}" for p in self.logs.glob("*.log"))
        pytest.fail(f"timed out waiting for {what}\n{logs}")


@pytest.fixture
def airflow(tmp_path):
    for day, name in zip(DAYS, ("listing_page.txt", "daily_papers.txt", "profile_page.txt")):
        inbox = tmp_path / "inbox" / day
        inbox.mkdir(parents=True)
        shutil.copy(ROOT / "examples" / name, inbox / name)
    for copy in ("mirror_a.txt", "mirror_b.txt"):  # day 1 has three documents: its mapped
        shutil.copy(ROOT / "examples" / "listing_page.txt", tmp_path / "inbox" / DAYS[0] / copy)  # tasks run at once
    config = tmp_path / "scholarlake.toml"
    config.write_text('[lake]\npath = "lake"\n\n[[sources]]\nname = "inbox"\nkind = "path"\n'
                      'path = "inbox/{ds}/*.txt"\n')
    af = Airflow(tmp_path / "airflow-home", config)
    af.start()
    yield af, Lake(tmp_path / "lake")
    af.stop()


def _backfills_done(af: Airflow, n: int) -> bool:
    runs = [r for r in af.runs_in_db(DAG) if r["run_id"].startswith("backfill__")]
    return len(runs) >= n and all(r["state"] in ("success", "failed") for r in runs)


def test_backfill_under_the_scheduler(airflow):
    af, lake = airflow
    af.wait("the DAGs to be parsed", lambda: af.parsed(DAG))
    assert DAG in af.cli("dags", "list", "-o", "plain")
    af.cli("dags", "unpause", DAG)
    af.cli("dags", "unpause", "scholarlake_works")
    af.cli("backfill", "create", "--dag-id", DAG, "--from-date", DAYS[0], "--to-date", DAYS[-1])
    af.wait("three backfill runs", lambda: _backfills_done(af, 3))
    backfills = [r for r in af.runs(DAG) if r["run_id"].startswith("backfill__")]
    assert sorted(r["state"] for r in backfills) == ["success"] * 3
    first_ended = max(r["end_date"] for r in af.runs_in_db(DAG) if r["run_id"].startswith("backfill__"))

    con = lake.connect()
    batches = con.execute("select batch_id, count(*), sum(n_records) from batches group by 1 order by 1").fetchall()
    assert batches == [("inbox/2026-01-01T0000", 3, 24), ("inbox/2026-01-02T0000", 1, 6),
                       ("inbox/2026-01-03T0000", 1, 5)]
    # the three concurrent tasks of day 1 lost and doubled nothing: 8 records per URI
    assert con.execute("select source_uri, count(*) from records group by 1 having count(*) <> 8 "
                       "and source_uri like '%2026-01-01%'").fetchall() == []
    assert con.execute("select count(*), count(distinct record_id) from records").fetchall() == [(35, 35)]
    af.wait("the asset-triggered works rebuild",
            lambda: any(r["state"] == "success" for r in af.runs_in_db("scholarlake_works")) and lake.count("works") > 0)
    af.wait("works to cover every record",
            lambda: lake.connect().execute("select sum(n_records) from works").fetchall() == [(35,)])

    def snapshot():
        c = lake.connect()
        return {t: c.execute(f"select * from {t} order by all").fetchall()
                for t in ("raw_documents", "records", "rejects", "batches", "works", "work_records")}

    before = snapshot()
    # Airflow refuses a second backfill of the same DAG while a row of its backfill table has
    # no completed_at (AlreadyRunningBackfill); the scheduler sets it a loop after the last run
    # ends. A create can also meet the scheduler's SQLite lock after it committed its backfill
    # row but not its runs; the scheduler completes such a row two minutes later (CI, stop 33:
    # fc19 ran out of tries against it, fc20 counted it as the re-run and waited for runs that
    # never came). So: wait until no backfill is in flight, create, and on either refusal wait
    # and create again, until one create succeeds whole.
    deadline = time.monotonic() + 2 * TIMEOUT
    while True:
        af.wait("no backfill in flight",
                lambda: not af._query("select 1 from backfill where dag_id = ? and completed_at is null", DAG))
        out = subprocess.run([af.bin, "backfill", "create", "--dag-id", DAG, "--from-date", DAYS[1],
                              "--to-date", DAYS[1], "--reprocess-behavior", "completed"],
                             env=af.env, capture_output=True, text=True, timeout=120)
        if out.returncode == 0:
            break
        assert any(t in out.stderr for t in ("database is locked", "AlreadyRunningBackfill")), out.stderr[-2000:]
        assert time.monotonic() < deadline, f"no backfill create succeeded:\n{out.stderr[-2000:]}"
        time.sleep(2)
    af.wait("the re-run of one day", lambda: _backfills_done(af, 3) and any(
        r["run_id"].startswith("backfill__") and r["state"] == "success" and r["end_date"] and
        r["end_date"] > first_ended for r in af.runs_in_db(DAG)))
    time.sleep(5)  # let an asset-triggered works run finish too
    af.wait("no works rebuild in flight", lambda: all(r["state"] in ("success", "failed")
                                                      for r in af.runs_in_db("scholarlake_works")))
    assert all(r["state"] in ("success", "failed") for r in af.runs("scholarlake_works"))  # as the CLI tells it
    assert snapshot() == before
