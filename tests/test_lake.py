"""The warehouse: atomic partition writes, unique keys, DuckDB views, raw bytes kept."""

from __future__ import annotations

import os

import pyarrow.parquet as pq
import pytest

from schemas import SCHEMA_VERSION, TABLES
from warehouse import Lake, LakeError


def _rec(i: int) -> dict:
    return {"record_id": f"R{i}", "doc_id": "d1", "title": f"Title {i}", "authors": ["Ann Lee"], "ordinal": i}


def test_partition_roundtrip_and_schema_version(tmp_path):
    lake = Lake(tmp_path)
    path = lake.write_partition("records", "d1", [_rec(1), _rec(2)])
    assert pq.read_schema(path).metadata[b"scholarlake.schema_version"] == str(SCHEMA_VERSION).encode()
    table = lake.read("records")
    assert table.schema == TABLES["records"]
    assert table.column("record_id").to_pylist() == ["R1", "R2"]


def test_duplicate_keys_are_refused(tmp_path):
    with pytest.raises(LakeError, match="duplicate key"):
        Lake(tmp_path).write_partition("records", "d1", [_rec(1), _rec(1)])


def test_crash_mid_write_leaves_old_table_and_no_partial_file(tmp_path, monkeypatch):
    lake = Lake(tmp_path)
    lake.write_partition("records", "d1", [_rec(1)])

    def crash(table, where, **kwargs):
        with open(where, "wb") as fh:
            fh.write(b"PAR1 half a file")
        raise OSError("disk full")

    monkeypatch.setattr(pq, "write_table", crash)
    with pytest.raises(OSError):
        lake.write_partition("records", "d1", [_rec(1), _rec(2)])
    monkeypatch.undo()
    assert lake.read("records").column("record_id").to_pylist() == ["R1"]
    assert [p.name for p in (tmp_path / "records").iterdir()] == ["d1.parquet"]
    assert lake.connect().execute("select count(*) from records").fetchall() == [(1,)]


def test_views_exist_for_empty_tables(tmp_path):
    con = Lake(tmp_path / "new").connect()
    for name in TABLES:
        assert con.execute(f"select count(*) from {name}").fetchall() == [(0,)]
    cols = [r[0] for r in con.execute("describe records").fetchall()]
    assert cols == TABLES["records"].names


def test_raw_bytes_written_once(tmp_path):
    lake = Lake(tmp_path)
    path, new = lake.put_raw("ab" + "0" * 62, b"hello")
    assert new and path.read_bytes() == b"hello"
    os.chmod(path, 0o444)
    _, again = lake.put_raw("ab" + "0" * 62, b"hello")
    assert not again
    assert lake.get_raw("ab" + "0" * 62) == b"hello"
    with pytest.raises(LakeError, match="not in the lake"):
        lake.get_raw("cd" + "0" * 62)
