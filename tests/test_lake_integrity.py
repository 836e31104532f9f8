"""A lake that checks itself (issue #15): ``scholarlake check`` finds every garbled table
or raw file, ``repair`` rebuilds a lake whose ``works`` file was truncated, a damaged
derived table never blocks the next ingest, and damaged raw bytes are never replayed."""

from __future__ import annotations

import csv
import random
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warehouse import Lake, LakeError
from warehouse.integrity import check, table_files

N_ROWS = 1200  # over the catalog's inlining limit: the tables land in Parquet files


def _write_records(path: Path, n: int, seed: int, prefix: str = "R") -> None:
    rng = random.Random(seed)
    words = ["sparse", "graph", "neural", "retrieval", "kernel", "robust", "causal", "federated", "quantum",
             "bayesian", "learning", "inference", "networks", "models", "attention", "optimal", "transport"]
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "title", "authors", "venue", "year"])
        for i in range(n):
            title = " ".join(rng.sample(words, 6)) + f" {prefix}{i}"
            w.writerow([f"{prefix}{i}", title, f"Ann Lee{i % 31}; Bo Chen{i % 17}", "ICML", 2000 + i % 20])


@pytest.fixture(scope="module")
def built_lake(tmp_path_factory) -> Path:
    """A lake with Parquet files for records, works, work_records and runs, built once."""
    base = tmp_path_factory.mktemp("integrity")
    data = base / "records.csv"
    _write_records(data, N_ROWS, seed=1)
    from typer.testing import CliRunner

    from scholarlake.cli import app

    lake = base / "lake"
    result = CliRunner().invoke(app, ["ingest", str(data), "--lake", str(lake)])
    assert result.exit_code == 0, result.output
    con = Lake(lake).connect()
    tables = {t for t, _, _ in table_files(Lake(lake), con)}
    assert {"records", "works", "work_records"} <= tables, tables
    return lake


@pytest.fixture
def lake(built_lake, tmp_path) -> Lake:
    copy = tmp_path / "lake"
    shutil.copytree(built_lake, copy)
    return Lake(copy)


def _files(lake: Lake) -> list[Path]:
    con = lake.connect()
    try:
        table = [p for _, p, _ in table_files(lake, con)]
    finally:
        con.close()
    raw = sorted(p for p in (lake.root / "raw").rglob("*") if p.is_file())
    return table + raw


def _state(lake: Lake):
    con = lake.connect()
    try:
        return (con.execute("select work_id, title, year, n_records from works order by 1").fetchall(),
                con.execute("select record_id, work_id from work_records order by 1").fetchall(),
                con.execute("select record_id, content_hash from records order by 1").fetchall())
    finally:
        con.close()


def test_a_sound_lake_checks_clean(lake, cli):
    result = cli("check", "--lake", lake.root)
    assert "0 problem(s)" in result.output


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_check_finds_every_garbled_byte(built_lake, tmp_path_factory, data):
    """Flip random bytes in one table or raw file: check reports exactly that file."""
    copy = tmp_path_factory.mktemp("garble") / "lake"
    shutil.copytree(built_lake, copy)
    lake = Lake(copy)
    files = _files(lake)
    target = data.draw(st.sampled_from(files), label="file")
    blob = bytearray(target.read_bytes())
    offsets = data.draw(st.lists(st.integers(0, len(blob) - 1), min_size=1, max_size=4, unique=True), label="at")
    for at in offsets:
        blob[at] ^= data.draw(st.integers(1, 255), label="xor")
    target.write_bytes(bytes(blob))
    report = check(lake)
    assert [p.path for p in report.problems] == [str(target)], report.problems


def test_truncated_works_file_is_found_and_repaired(lake, cli):
    before = _state(lake)
    con = lake.connect()
    works_file = next(p for t, p, _ in table_files(lake, con) if t == "works")
    con.close()
    works_file.write_bytes(works_file.read_bytes()[: works_file.stat().st_size // 2])

    failed = cli("check", "--lake", lake.root, ok=False)
    assert failed.exit_code == 1 and str(works_file) in failed.output.replace("\n", "")
    query = cli("query", "select count(*) from works", "--lake", lake.root, ok=False)
    assert query.exit_code == 2 and "scholarlake repair" in query.output

    repaired = cli("repair", "--lake", lake.root)
    assert "works: deduplicated again" in repaired.output
    assert _state(lake) == before, "the same works, under the same ids"
    assert "0 problem(s)" in cli("check", "--lake", lake.root).output


def test_a_damaged_works_file_does_not_block_the_next_ingest(lake, cli, tmp_path):
    before = _state(lake)
    con = lake.connect()
    works_file = next(p for t, p, _ in table_files(lake, con) if t == "works")
    con.close()
    works_file.write_bytes(b"")
    more = tmp_path / "more.csv"
    more.write_text("id,title,authors,venue,year\nM1,An Unrelated New Paper,Cy Dee,,2024\n")
    cli("ingest", more, "--lake", lake.root)
    works, members, records = _state(lake)
    assert len(records) == len(before[2]) + 1
    assert set(before[1]) <= set(members), "every earlier record keeps its work id"
    assert "0 problem(s)" in cli("check", "--lake", lake.root).output


def test_damaged_records_file_is_rebuilt_from_raw(lake, cli):
    before = _state(lake)
    con = lake.connect()
    records_file = next(p for t, p, _ in table_files(lake, con) if t == "records")
    con.close()
    records_file.write_bytes(records_file.read_bytes()[:100])
    with pytest.raises(LakeError, match=f"{records_file}.*scholarlake repair"):  # the CLI: exit 1, this message
        cli("dedup", "--lake", lake.root, ok=False)
    cli("repair", "--lake", lake.root)
    assert _state(lake) == before


def test_damaged_raw_bytes_are_set_aside_and_restored_by_the_next_ingest(lake, cli, built_lake):
    raw = next(p for p in (lake.root / "raw").rglob("*") if p.is_file())
    raw.write_bytes(raw.read_bytes()[:50])
    with pytest.raises(Exception, match="damaged"):
        lake.get_raw(raw.name)  # never replayed as a document
    assert not check(lake).ok
    repaired = cli("repair", "--lake", lake.root, ok=False)  # what only a re-ingest can restore remains
    assert repaired.exit_code == 1 and "ingest the source again" in repaired.output
    assert not raw.exists() and (lake.root / "raw" / ".damaged" / raw.name).exists()
    cli("ingest", built_lake.parent / "records.csv", "--lake", lake.root)
    assert lake.get_raw(raw.name) and check(lake).ok


def test_a_dead_writers_partial_file_is_reported_and_removed(lake, cli):
    import os
    import time

    from warehouse.integrity import PARTIAL_GRACE_SECONDS

    folder = next(p for p in (lake.root / "raw").iterdir() if p.is_dir())
    stale = folder / ".deadbeef.0123.partial"
    stale.write_bytes(b"half a docu")
    fresh = folder / ".cafe.4567.partial"  # a live writer's: left alone
    fresh.write_bytes(b"being written")
    old = time.time() - PARTIAL_GRACE_SECONDS - 60
    os.utime(stale, (old, old))
    assert [p.path for p in check(lake).problems] == [str(stale)]
    cli("repair", "--lake", lake.root)
    assert not stale.exists() and fresh.exists() and check(lake).ok


def test_a_truncated_runs_file_does_not_block_the_next_ingest(lake, cli, tmp_path):
    cli("maintain", "--lake", lake.root, "--retain-days", "0")  # flushes the inlined runs row to Parquet
    con = lake.connect()
    runs_file = next(p for t, p, _ in table_files(lake, con) if t == "runs")
    con.close()
    runs_file.write_bytes(runs_file.read_bytes()[:40])
    more = tmp_path / "more.csv"
    more.write_text("id,title,authors,venue,year\nM1,An Unrelated New Paper,Cy Dee,,2024\n")
    cli("ingest", more, "--lake", lake.root)
    con = lake.connect()
    assert con.execute("select count(*) from runs").fetchone()[0] == 1  # the old row was in the lost file
    assert con.execute("select count(*) from records where title = 'An Unrelated New Paper'").fetchone()[0] == 1
    assert check(lake).ok
