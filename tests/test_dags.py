"""The Airflow DAGs, run for real: DagBag parsing and dag.test() end to end."""

from __future__ import annotations

import socket
import textwrap
from datetime import datetime, timedelta, timezone

import pytest

from . import airflow_env  # noqa: E402  (sets AIRFLOW_* before Airflow is imported)

pytest.importorskip("airflow.sdk", reason="Airflow is not installed (install the dev extra)")
from .test_extractors import DAILY, LISTING  # noqa: E402

pytestmark = pytest.mark.airflow

DAY1 = datetime(2026, 1, 1, tzinfo=timezone.utc)
DAY2 = datetime(2026, 1, 2, tzinfo=timezone.utc)


def covering(day: datetime) -> datetime:
    """The logical date of a manual run whose data interval is ``day``: a manual run takes
    the last complete interval before it, so it runs at the end of that day."""
    return day + timedelta(days=1)


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A config with a dated inbox source and a static one, and a day of files."""
    (tmp_path / "inbox" / "2026-01-01").mkdir(parents=True)
    (tmp_path / "inbox" / "2026-01-01" / "listing.txt").write_text(LISTING)
    (tmp_path / "inbox" / "2026-01-02").mkdir(parents=True)
    (tmp_path / "inbox" / "2026-01-02" / "daily.txt").write_text(DAILY)
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "records.csv").write_text(
        "id,title,authors,venue,year\nS1,Tiny Sparse Networks,Ada Lovelace; Alan Turing,ICML,2026\n")
    config = tmp_path / "scholarlake.toml"
    config.write_text(textwrap.dedent("""
        [lake]
        path = "lake"

        [[sources]]
        name = "inbox"
        kind = "path"
        path = "inbox/{ds}/*.txt"

        [[sources]]
        name = "static"
        kind = "path"
        path = "static/*.csv"
    """))
    monkeypatch.setenv("SCHOLARLAKE_CONFIG", str(config))
    monkeypatch.delenv("SCHOLARLAKE_LAKE", raising=False)
    airflow_env.migrate()
    return tmp_path


def _bag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(airflow_env.ROOT / "dags"))


def test_dagbag_imports_without_errors_or_connections(project, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a DAG file opened a network connection while parsing")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    bag = _bag()
    assert bag.import_errors == {}
    assert set(bag.dag_ids) == {"scholarlake_ingest_inbox", "scholarlake_ingest_static", "scholarlake_works"}
    for dag_id in ("scholarlake_ingest_inbox", "scholarlake_ingest_static"):
        dag = bag.get_dag(dag_id)
        assert [t.task_id for t in dag.tasks] == ["plan", "ingest_document", "publish"]


def test_ingest_and_works_dags_end_to_end(project):
    from warehouse import Lake

    bag = _bag()
    runs = [bag.get_dag("scholarlake_ingest_inbox").test(logical_date=covering(d)) for d in (DAY1, DAY2)]
    runs.append(bag.get_dag("scholarlake_ingest_static").test(logical_date=covering(DAY1)))
    assert [str(r.state) for r in runs] == ["success"] * 3

    lake = Lake(project / "lake")
    con = lake.connect()
    batches = con.execute("select batch_id, source_uri, n_records from batches order by 1").fetchall()
    assert [(b[0], b[1].rsplit("/", 1)[-1], b[2]) for b in batches] == [
        ("inbox/2026-01-01T0000", "listing.txt", 2),  # logical date = start of the day it covers
        ("inbox/2026-01-02T0000", "daily.txt", 3),
        ("static/2026-01-01T0000", "records.csv", 1),
    ]
    assert con.execute("select count(*) from records").fetchall() == [(6,)]

    works_run = bag.get_dag("scholarlake_works").test(logical_date=covering(DAY2))
    assert str(works_run.state) == "success"
    con = lake.connect()
    # "Tiny Sparse Networks" is on the listing page and in the static CSV: one work
    assert con.execute("select count(*), sum(n_records) from works").fetchall() == [(5, 6)]
    assert con.execute("select n_records from works where title = 'Tiny Sparse Networks'").fetchall() == [(2,)]


def test_airflow_dags_test_from_the_command_line_logs_no_error(project):
    """``airflow dags test`` as a data engineer types it: success, and no ``[error]`` line
    (publishing the mapped results once logged "XCom not found")."""
    import os
    import subprocess

    done = subprocess.run([airflow_env.airflow_bin(), "dags", "test", "scholarlake_ingest_static", "2026-01-02"],
                          capture_output=True, text=True, env={**os.environ}, timeout=600)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-3000:]
    assert "[error" not in output and "XCom not found" not in output, output[-3000:]
    from warehouse import Lake

    con = Lake(project / "lake").connect()  # publish ran: the interval's batch row is there
    assert con.execute("select batch_id, n_records from batches").fetchall() == [("static/2026-01-01T0000", 1)]


def test_rerunning_an_interval_changes_nothing(project):
    from schemas import TABLES
    from warehouse import Lake

    bag = _bag()
    dag = bag.get_dag("scholarlake_ingest_inbox")
    lake = Lake(project / "lake")

    def snapshot():
        con = lake.connect()
        return {t: con.execute(f"select count(*) from {t}").fetchall() for t in TABLES if t != "runs"}

    assert str(dag.test(logical_date=covering(DAY1)).state) == "success"
    before = snapshot()
    assert before["records"] == [(2,)]
    assert str(dag.test(logical_date=covering(DAY1)).state) == "success"
    assert snapshot() == before


def _one_source_project(tmp_path, monkeypatch, source_toml: str) -> None:
    """A config with a lake under tmp_path and one [[sources]] entry, for the DAG file to read."""
    config = tmp_path / "scholarlake.toml"
    config.write_text('[lake]\npath = "lake"\n\n[[sources]]\n' + textwrap.dedent(source_toml))
    monkeypatch.setenv("SCHOLARLAKE_CONFIG", str(config))
    monkeypatch.delenv("SCHOLARLAKE_LAKE", raising=False)
    airflow_env.migrate()


def test_arxiv_source_harvests_the_data_interval_over_http(tmp_path, monkeypatch):
    """An arXiv source under dag.test(): the run's data interval becomes the API's
    submittedDate window, pages are fetched from a real local HTTP server, records land."""
    from warehouse import Lake

    from .http_server import Answer, ScriptedServer
    from .test_arxiv_fetch import PAPERS, atom

    def respond(req, n):
        start = int(req.params.get("start", 0))
        return Answer(atom(PAPERS[start:start + 3], len(PAPERS), start))

    with ScriptedServer(respond) as srv:
        _one_source_project(tmp_path, monkeypatch, f"""
            name = "arxiv_lg"
            kind = "arxiv"
            query = "cat:cs.LG"
            url = "{srv.url}/api/query"
            page_size = 3
            min_interval = 0.1
            allow_private_addresses = true
        """)
        run = _bag().get_dag("scholarlake_ingest_arxiv_lg").test(logical_date=covering(DAY1))
        assert str(run.state) == "success"
    assert [r.params["start"] for r in srv.requests] == ["0", "3"]
    assert {r.params["search_query"] for r in srv.requests} == \
        {"(cat:cs.LG) AND submittedDate:[202601010000 TO 202601012359]"}
    con = Lake(tmp_path / "lake").connect()
    assert con.execute("select count(distinct arxiv_id), count(*) from records").fetchall() == [(5, 5)]
    assert con.execute("select count(*), sum(n_records) from batches").fetchall() == [(2, 5)]


def test_url_source_fetches_the_day_of_its_interval(tmp_path, monkeypatch):
    """A web source whose URL names the day: each run fetches that day's page over HTTP."""
    from warehouse import Lake

    from .http_server import Answer, ScriptedServer

    pages = {"/inbox/2026-01-01.txt": LISTING.encode(), "/inbox/2026-01-02.txt": DAILY.encode()}
    with ScriptedServer(lambda req, n: Answer(pages[req.path]) if req.path in pages else Answer(b"", 404)) as srv:
        _one_source_project(tmp_path, monkeypatch, f"""
            name = "web_inbox"
            kind = "url"
            url = "{srv.url}/inbox/{{ds}}.txt"
            min_interval = 0
            allow_private_addresses = true
        """)
        dag = _bag().get_dag("scholarlake_ingest_web_inbox")
        runs = [dag.test(logical_date=covering(d)) for d in (DAY1, DAY2)]
    assert [str(r.state) for r in runs] == ["success"] * 2
    con = Lake(tmp_path / "lake").connect()
    assert con.execute("select batch_id, n_records from batches order by 1").fetchall() == [
        ("web_inbox/2026-01-01T0000", 2), ("web_inbox/2026-01-02T0000", 3)]
    assert con.execute("select distinct source from raw_documents").fetchall() == [("web_inbox",)]


def test_works_dag_runs_the_dedup_on_spark_when_the_config_says_so(project, monkeypatch):
    """``[dedup] engine = "spark"``: the works DAG's task rebuilds the works on Spark
    (``local[2]``), with the works a local full rebuild gives."""
    import shutil

    pytest.importorskip("pyspark", reason="pyspark is not installed (the spark extra)")
    if not shutil.which("java"):
        pytest.skip("no Java runtime on the PATH: Spark needs one (make java)")
    import dedup.spark_engine as spark_engine
    from scholarlake.pipeline import dedup as local_dedup
    from warehouse import Lake

    config = project / "scholarlake.toml"
    config.write_text(config.read_text() + '\n[dedup]\nengine = "spark"\n\n[spark]\nmaster = "local[2]"\n'
                      'conf = { "spark.sql.shuffle.partitions" = "2" }\n')
    bag = _bag()
    for day in (DAY1, DAY2):
        assert str(bag.get_dag("scholarlake_ingest_inbox").test(logical_date=covering(day)).state) == "success"
    calls = []
    real = spark_engine.deduplicate_spark
    monkeypatch.setattr(spark_engine, "deduplicate_spark", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert str(bag.get_dag("scholarlake_works").test(logical_date=covering(DAY2)).state) == "success"
    assert calls == [1]  # the task went through the Spark engine
    tables = "select work_id, title, n_records from works order by 1", "select * from work_records order by 2"
    con = Lake(project / "lake").connect()
    on_spark = [con.execute(q).fetchall() for q in tables]
    con.close()
    assert on_spark[0] and sum(n for *_, n in on_spark[0]) == 5
    local_dedup(Lake(project / "lake"), full=True)  # the local engine's full rebuild changes nothing
    con = Lake(project / "lake").connect()
    assert [con.execute(q).fetchall() for q in tables] == on_spark
