"""Migration of a lake written by the v4 code (one Parquet file per document per table) into
DuckLake. ``tests/fixtures/lake_v4`` was written by main at a6609b9 (the last v4 code) from
this project's examples: four documents, then the listing page again with its first entry
deleted (v4 then held both copies: the doubling), then an unreadable file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from warehouse import Lake, LakeError
from scholarlake.migrate import migrate_v4

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "lake_v4"


def v4(root: Path, table: str) -> list[dict]:
    return pq.read_table(root / table).to_pylist()


@pytest.fixture
def old_lake(tmp_path) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "lake")
    return tmp_path / "lake"


def test_migration_keeps_everything_and_ends_the_doubling(old_lake, tmp_path, cli, monkeypatch):
    docs = v4(old_lake, "raw_documents")
    old_records = v4(old_lake, "records")
    old_work_ids = {r["work_id"] for r in v4(old_lake, "work_records")}
    assert len(old_records) == 36  # the doubled listing: 8 + 7 records from one URI
    cli("migrate", old_lake)
    lake = Lake(old_lake)
    con = lake.connect()

    # every copy of every document, and its bytes, are still there
    assert con.execute("select count(*) from raw_documents").fetchone()[0] == len(docs)
    for d in docs:
        assert lake.get_raw(d["doc_id"])
    # each URI holds its latest copy's records, once
    per_uri = dict(con.execute("select source_uri, count(*) from records group by 1").fetchall())
    assert per_uri["in/listing_page.txt"] == 7
    assert sum(per_uri.values()) == 36 - 8
    assert con.execute("select count(*) from records where source_uri = 'in/listing_page.txt' and "
                       "doc_id <> (select doc_id from raw_documents where source_uri = 'in/listing_page.txt' "
                       "order by fetched_at desc limit 1)").fetchone()[0] == 0
    # the reject of the unreadable file, the runs
    assert con.execute("select count(*) from rejects where source_uri = 'in/bad.txt'").fetchone()[0] == 1
    assert con.execute("select count(*) from runs").fetchone()[0] == len(v4(old_lake / "v4-backup", "runs"))
    # work ids: every v4 work with a current record keeps its id (or redirects to it)
    kept = {w for (w,) in con.execute("select work_id from works union select old_work_id from work_redirects").fetchall()}
    current_old = {r["work_id"] for r in v4(old_lake / "v4-backup", "work_records")
                   if r["record_id"] in {o["record_id"] for o in old_records if o["doc_id"] in
                                         {d for (d,) in con.execute("select distinct doc_id from records").fetchall()}}}
    assert current_old <= kept and current_old <= old_work_ids
    # n_sources no longer counts the two copies of the listing as two sources
    assert con.execute("select max(n_sources) from works").fetchone()[0] <= len(per_uri)
    assert con.execute("select count(*) from works where n_sources > 1").fetchone()[0] < \
        sum(1 for w in v4(old_lake / "v4-backup", "works") if w["n_sources"] > 1)
    # the old table files are kept aside
    assert (old_lake / "v4-backup" / "records").is_dir() and not (old_lake / "records").exists()

    # Reading the same documents again with today's code changes no record: the migration
    # gave them the ids and content the pipeline gives.
    monkeypatch.chdir(tmp_path)
    # (the fields, not content_hash: that also covers the extractor's version label, which a
    # later extractor release changes without changing what it reads)
    fields = "select record_id, title, authors, year, venue, doi, arxiv_id, entry_key from records"
    before = sorted(con.execute(fields).fetchall())
    con.close()
    (tmp_path / "in").mkdir()
    latest = {}
    for d in sorted(docs, key=lambda d: d["fetched_at"]):
        latest[d["source_uri"]] = d
    for uri, d in latest.items():
        (tmp_path / uri).write_bytes(lake.get_raw(d["doc_id"]))
    cli("ingest", *[u for u in latest if u != "in/bad.txt"], "--lake", "lake")
    con = Lake(old_lake).connect()
    assert sorted(con.execute(fields).fetchall()) == before


def test_migration_into_a_new_directory_and_refusals(old_lake, tmp_path):
    summary = migrate_v4(old_lake, tmp_path / "new")
    assert "28 current records" in summary
    assert (old_lake / "records").is_dir()  # the source stays as it was
    assert Lake(tmp_path / "new").count("records") == 28
    with pytest.raises(LakeError, match="not a v4 lake"):
        migrate_v4(tmp_path / "new")
    with pytest.raises(LakeError, match="already here"):
        migrate_v4(old_lake, tmp_path / "new")
