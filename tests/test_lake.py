"""The warehouse on DuckLake: schemas, transactions, retries on conflict, unique keys,
time travel, maintenance, raw bytes kept, and the README's DuckDB attach line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading

import pytest

from schemas import SCHEMA_VERSION, TABLES
from warehouse import Lake, LakeError
from warehouse.lake import insert_rows, replace_rows

from .conftest import ROOT


def _rec(i: int, title: str | None = None) -> dict:
    return {"record_id": f"R{i}", "doc_id": "d1", "title": title or f"Title {i}", "authors": ["Ann Lee"], "ordinal": i}


def test_tables_and_schema_version(tmp_path):
    lake = Lake(tmp_path)
    lake.init()
    lake.write(lambda con: insert_rows(con, "records", [_rec(1), _rec(2)]), "test")
    table = lake.read("records")
    assert table.schema == TABLES["records"]
    assert table.column("record_id").to_pylist() == ["R1", "R2"]
    con = lake.connect()
    assert con.execute("select schema_version from lake_head").fetchall() == [(SCHEMA_VERSION,)]
    for name in TABLES:
        cols = [r[0] for r in con.execute(f"describe {name}").fetchall()]
        assert cols == TABLES[name].names


def test_duplicate_keys_are_refused_and_nothing_is_written(tmp_path):
    lake = Lake(tmp_path)
    with pytest.raises(LakeError, match="duplicate key"):
        lake.write(lambda con: insert_rows(con, "records", [_rec(1), _rec(1)]), "test")
    assert lake.count("records") == 0


def test_an_error_mid_transaction_leaves_the_previous_snapshot(tmp_path):
    lake = Lake(tmp_path)
    lake.write(lambda con: insert_rows(con, "records", [_rec(1)]), "first")

    def half(con):
        replace_rows(con, "records", [_rec(2)])
        insert_rows(con, "works", [{"work_id": "W1"}])
        raise OSError("disk full")

    with pytest.raises(OSError):
        lake.write(half, "second")
    assert lake.read("records").column("record_id").to_pylist() == ["R1"]
    assert lake.count("works") == 0


def test_replace_rows_touches_only_what_differs(tmp_path):
    lake = Lake(tmp_path)
    lake.write(lambda con: insert_rows(con, "records", [_rec(1), _rec(2), _rec(3)]), "first")
    changed = lake.write(lambda con: replace_rows(con, "records", [_rec(1), _rec(2, "New title"), _rec(4)]), "second")
    assert changed == (2, 2)  # R2 (changed) and R3 (gone) deleted; R2 and R4 inserted
    rows = {r["record_id"]: r["title"] for r in lake.read("records").to_pylist()}
    assert rows == {"R1": "Title 1", "R2": "New title", "R4": "Title 4"}


def test_concurrent_writers_retry_and_lose_nothing(tmp_path):
    """Threads each read-modify-write the same table; optimistic retries keep every update."""
    lake = Lake(tmp_path)
    lake.write(lambda con: insert_rows(con, "runs", [{"run_id": "counter", "attempt": 0}]), "init")

    def bump(con):
        (n,) = con.execute("select attempt from runs where run_id = 'counter'").fetchone()
        con.execute("delete from runs where run_id = 'counter'")
        insert_rows(con, "runs", [{"run_id": "counter", "attempt": n + 1}])

    def worker():
        for _ in range(5):
            Lake(tmp_path).write(bump, "bump")

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert lake.read("runs").to_pylist()[0]["attempt"] == 15


def test_time_travel_by_message_timestamp_and_number(tmp_path):
    lake = Lake(tmp_path)
    lake.write(lambda con: insert_rows(con, "records", [_rec(1)]), "first", message="run-one")
    lake.write(lambda con: replace_rows(con, "records", [_rec(2)]), "second", message="run-two")
    one = lake.resolve_as_of("run-one")
    assert lake.read("records", as_of=one).column("record_id").to_pylist() == ["R1"]
    assert lake.read("records").column("record_id").to_pylist() == ["R2"]
    snaps = {s.message: s for s in lake.snapshots()}
    assert lake.resolve_as_of(snaps["run-one"].time.isoformat()) == one
    assert lake.resolve_as_of(str(one)) == one
    with pytest.raises(LakeError, match="neither a run id"):
        lake.resolve_as_of("run-unknown")


def test_maintenance_compacts_without_changing_answers(tmp_path):
    lake = Lake(tmp_path)
    for i in range(6):  # six transactions of 1,200 rows: over the inlining limit, one file each
        rows = [_rec(i * 10_000 + j) for j in range(1_200)]
        lake.write(lambda con, rows=rows: insert_rows(con, "records", rows), f"batch {i}")
    lake.write(lambda con: con.execute("delete from records where ordinal % 7 = 0"), "deletes")
    con = lake.connect()
    query = "select count(*), count(distinct title), sum(ordinal) from records"
    before = con.execute(query).fetchall()
    con.close()
    stats = lake.maintain(retain_days=0)
    assert stats["files_after"] < stats["files_before"]
    assert lake.connect().execute(query).fetchall() == before
    assert len(lake.snapshots()) == 1  # only the current snapshot is kept with retain 0


def test_raw_bytes_written_once(tmp_path):
    import hashlib

    lake = Lake(tmp_path)
    doc_id = hashlib.sha256(b"hello").hexdigest()
    path, new = lake.put_raw(doc_id, b"hello")
    assert new and path.read_bytes() == b"hello"
    os.chmod(path, 0o444)
    _, again = lake.put_raw(doc_id, b"hello")
    assert not again
    assert lake.get_raw(doc_id) == b"hello"
    with pytest.raises(LakeError, match="not in the lake"):
        lake.get_raw("cd" + "0" * 62)


def test_damaged_raw_bytes_are_refused_and_replaced_by_the_next_write(tmp_path):
    import hashlib

    lake = Lake(tmp_path)
    doc_id = hashlib.sha256(b"hello world").hexdigest()
    path, _ = lake.put_raw(doc_id, b"hello world")
    path.write_bytes(b"hello")  # truncated on disk
    with pytest.raises(LakeError, match="damaged"):
        lake.get_raw(doc_id)
    _, rewritten = lake.put_raw(doc_id, b"hello world")
    assert rewritten and lake.get_raw(doc_id) == b"hello world"


def test_the_readme_attach_line_works_as_written(tmp_path):
    """The README's one line that opens the lake in DuckDB's Python API, run exactly."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- attach-line -->\n```(?:python|sh)\n(.+?)\n```", readme)
    assert match, "README.md lost its attach line"
    line = match.group(1)
    lake = Lake(tmp_path / "lake")
    lake.write(lambda con: insert_rows(con, "records", [_rec(1), _rec(2)]), "test")
    probe = line + '; print(con.sql("select count(*) from records").fetchall())'
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[(2,)]"


def test_a_missing_lake_is_an_error_not_an_empty_lake(tmp_path):
    with pytest.raises(LakeError, match="no lake here"):
        Lake(tmp_path / "nowhere").connect()
    assert not (tmp_path / "nowhere").exists()
