"""The dedup on Spark (issue #19) gives what the local engine gives: the same works, work
ids, member rows, edges and model, on the seeds and on a generated corpus of 20,000 records.
Runs on ``local[2]``; skipped, with the reason, where pyspark or a Java runtime is absent."""

from __future__ import annotations

import shutil

import pytest

from dedup import deduplicate
from dedup.curation import Curation

from .test_incremental import _seed_rows
from .conftest import SEEDS

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (the spark extra)")
if not shutil.which("java"):
    pytest.skip("no Java runtime on the PATH: Spark needs one (the Makefile's java target installs it)",
                allow_module_level=True)


@pytest.fixture(scope="module")
def spark():
    from dedup.spark_engine import session

    s = session("local[2]", conf={"spark.sql.shuffle.partitions": "4"})
    yield s
    s.stop()


def _same(local, remote) -> None:
    key = lambda r: r["record_id"]  # noqa: E731
    assert remote.model.model_id == local.model.model_id
    assert sorted(remote.work_records, key=key) == sorted(local.work_records, key=key)
    assert sorted(remote.works, key=lambda w: w["work_id"]) == sorted(local.works, key=lambda w: w["work_id"])
    assert remote.edges == local.edges
    assert remote.redirects == local.redirects
    by_key = [("record_id", "ascending"), ("key", "ascending")]  # rows follow the input's order
    assert remote.keys.sort_by(by_key).equals(local.keys.sort_by(by_key))
    for stat in ("candidate_pairs", "oversized_blocks", "largest_oversized_block"):
        assert remote.stats[stat] == local.stats[stat], stat


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is absent")
def test_the_seeds_give_the_same_works_on_spark(spark):
    from dedup.spark_engine import deduplicate_spark

    rows = _seed_rows()
    local = deduplicate(rows)
    assert any(w["n_records"] > 1 for w in local.works)
    _same(local, deduplicate_spark(rows, spark=spark))
    # with the works of a previous run (ids kept) and curation (a must-link across works)
    previous = {wr["record_id"]: wr["work_id"] for wr in local.work_records}
    singles = sorted(w["work_id"] for w in local.works if w["n_records"] == 1)[:2]
    curation = Curation(must_link=[tuple(singles)]) if len(singles) == 2 else None
    again_local = deduplicate(rows, previous, curation=curation, model=local.model)
    _same(again_local, deduplicate_spark(rows, previous, curation=curation, model=local.model, spark=spark))


def test_a_generated_corpus_of_20k_records_gives_the_same_works_on_spark(spark):
    from benchmarks.synthetic import generate
    from dedup.spark_engine import deduplicate_spark

    rows, _ = generate(20_000, seed=11, workers=1)
    local = deduplicate(rows)
    remote = deduplicate_spark(list(reversed(rows)), spark=spark)
    assert local.stats["candidate_pairs"] > 20_000 and len(local.edges) > 5_000
    _same(local, remote)


def test_cli_dedup_on_spark_keeps_the_lake_the_local_engine_built(examples_lake):
    """``scholarlake dedup --engine spark``: a full rebuild on Spark of the examples' lake
    changes no work, member row or edge the local engine wrote."""
    from warehouse import Lake

    from .test_cli_newcomer import sl

    lake = examples_lake
    tables = ("works", "work_records", "match_edges")

    def snapshot():
        con = Lake(lake).connect()
        try:
            return {t: sorted(map(repr, con.execute(f"select * from {t}").fetchall())) for t in tables}
        finally:
            con.close()

    before = snapshot()
    done = sl("dedup", "--engine", "spark", "--spark-master", "local[2]", "--lake", lake)
    assert done.returncode == 0, done.stderr
    assert snapshot() == before and len(before["works"]) > 5
    wrong = sl("dedup", "--engine", "hadoop", "--lake", lake)
    assert wrong.returncode == 2 and "--engine must be local or spark" in wrong.stderr


def test_spark_submit_runs_the_dedup_job_on_the_lake(tmp_path, examples_lake):
    """``spark-submit scholarlake/spark_job.py --lake L``, the master given to spark-submit
    (``local[2]`` here, a cluster's URL there): the full rebuild on Spark runs as a submitted
    application and leaves the works the local engine wrote; a wrong argument fails the job."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from warehouse import Lake

    from .test_cli_newcomer import ROOT

    submit = Path(pyspark.__file__).parent / "bin" / "spark-submit"
    lake = examples_lake

    def works():
        con = Lake(lake).connect()
        try:
            return sorted(con.execute("select work_id, record_id from work_records").fetchall())
        finally:
            con.close()

    before = works()
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    job = ROOT / "scholarlake" / "spark_job.py"
    done = subprocess.run([str(submit), "--master", "local[2]", "--conf", "spark.ui.enabled=false", str(job),
                           "--lake", str(lake), "-v"], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "works in" in done.stdout
    # the Spark engine's own log line (-v); spark-submit's PythonRunner sends the driver's
    # stderr to its stdout
    assert "spark dedup: components settled" in done.stdout + done.stderr
    said = " ".join((done.stdout + done.stderr).split())
    assert "rows read by Spark from the snapshot's Parquet files" in said
    assert works() == before and len(before) > 5
    bad = subprocess.run([str(submit), "--master", "local[2]", str(job), "--lake", str(tmp_path / "nowhere")],
                         capture_output=True, text=True, env=env, timeout=600)
    assert bad.returncode != 0 and "no lake here" in (bad.stdout + bad.stderr)


def test_spark_reads_the_records_from_the_snapshots_parquet_files(spark, examples_lake):
    """The records Spark reads from the current snapshot's Parquet files (deleted rows left
    out by the delete files) are the rows DuckDB reads from the lake; an older data file
    still holds the changed record's old version."""
    import pyarrow.parquet as pq

    from schemas import TABLES
    from dedup.spark_engine import read_snapshot
    from warehouse import Lake, conform
    from warehouse.lake import insert_rows, read_table, snapshot_files

    lake_dir = examples_lake
    lake = Lake(lake_dir)
    lake.flush_inlined()

    def retitle(con):  # one record changes: its old row is deleted, the new one written
        row = read_table(con, "records").to_pylist()[3]
        con.execute("delete from records where record_id = ?", [row["record_id"]])
        insert_rows(con, "records", [{**row, "title": row["title"] + " (revised)"}])
    lake.write(retitle, "test")
    lake.flush_inlined()

    con = lake.connect()
    try:
        files = snapshot_files(con, "records")
        want = sorted(read_table(con, "records").to_pylist(), key=lambda r: r["record_id"])
    finally:
        con.close()
    assert any(x for _, x in files), "the change made no delete file"
    assert sum(pq.read_metadata(d).num_rows for d, _ in files) > len(want)  # old rows are still in the files
    got = read_snapshot(spark, files, TABLES["records"].names)
    assert sorted(conform(got, TABLES["records"]).to_pylist(), key=lambda r: r["record_id"]) == want
    assert any(r["title"].endswith("(revised)") for r in want)


def test_records_still_inline_in_the_catalog_are_read_through_duckdb(spark, examples_lake, caplog):
    """The Spark engine's record read falls back to DuckDB when the files do not hold every
    current row: before any flush (every row inline), and after a write since the flush
    (the files hold the old version, the catalog the new one)."""
    import logging

    from scholarlake.pipeline import _records_on_spark
    from warehouse import Lake
    from warehouse.lake import insert_rows, read_table

    lake_dir = examples_lake
    lake = Lake(lake_dir)

    def both(con):
        want = sorted(read_table(con, "records").to_pylist(), key=lambda r: r["record_id"])
        got = sorted(_records_on_spark(con, spark), key=lambda r: r["record_id"])
        return want, got

    with caplog.at_level(logging.INFO, logger="scholarlake.pipeline"):
        want, got = lake.write(both, "test")
        assert got == want and "read through DuckDB" in caplog.text
        lake.flush_inlined()
        caplog.clear()
        want, got = lake.write(both, "test")
        assert got == want and "read by Spark" in caplog.text

        def retitle(con):  # a small write: inline in the catalog, not in a file
            row = read_table(con, "records").to_pylist()[0]
            con.execute("delete from records where record_id = ?", [row["record_id"]])
            insert_rows(con, "records", [{**row, "title": row["title"] + " (revised)"}])
        lake.write(retitle, "test")
        caplog.clear()
        want, got = lake.write(both, "test")
        assert got == want and any(r["title"].endswith("(revised)") for r in got)
        assert "read through DuckDB" in caplog.text
