"""Convert a lake written before DuckLake (schema v4: one Parquet file per document per table
under ``<lake>/<table>/``) into a DuckLake lake, in one transaction.

What is carried over, and how:

* ``raw/`` (the bytes of every document ever read) and every ``raw_documents`` row: as they
  are; they are the history.
* ``records``: v4 kept every version of a changed document side by side (the doubling this
  format fixes). Each source URI now keeps only the records of its latest copy (the one
  fetched last), re-identified by URI + entry key; the older versions stay in ``raw/`` and
  ``raw_documents``.
* ``rejects`` of those current copies and the unreadable-URI rejects; ``runs`` and
  ``batches`` rows as they are.
* ``works``: rebuilt by a full dedup that starts from the v4 assignment of records to works,
  so every work id that still has a current record keeps its id; ``work_redirects`` kept.

Nothing is deleted: the v4 table directories move to ``<old>/v4-backup/`` when converting in
place, or stay where they are when the new lake is elsewhere.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from schemas import TABLES

from dedup import deduplicate
from normalizers.record import identify
from warehouse import Lake, LakeError
from warehouse.lake import conform, insert_rows

from .pipeline import reject_row, store_model

log = logging.getLogger(__name__)

V4_TABLES = ("raw_documents", "records", "works", "work_records", "work_redirects", "match_edges",
             "rejects", "batches", "runs")


def _read_v4(root: Path, table: str) -> list[dict]:
    files = sorted((root / table).glob("*.parquet"))
    parts = []
    for f in files:
        meta = pq.read_schema(f).metadata or {}
        version = int(meta.get(b"scholarlake.schema_version", b"0"))
        if version > 4:
            raise LakeError(f"{f}: schema v{version} is not a v4 table file")
        parts.append(pq.read_table(f))
    if not parts:
        return []
    return pa.concat_tables(parts, promote_options="default").to_pylist()


def is_v4_lake(root: Path) -> bool:
    return (root / "records").is_dir() and not (root / "catalog.sqlite").exists()


def migrate_v4(old: str | os.PathLike, new: str | os.PathLike | None = None) -> str:
    old = Path(old)
    if not is_v4_lake(old):
        raise LakeError(f"{old}: not a v4 lake (no records/ directory, or already converted)")
    tables = {t: _read_v4(old, t) for t in V4_TABLES}
    in_place = new is None or Path(new).resolve() == old.resolve()
    target = Lake(old if in_place else new)
    if target.exists():
        raise LakeError(f"{target.root}: a lake is already here; migrate into a new directory")

    # The latest copy of every source URI, and the records it holds.
    latest: dict[str, dict] = {}
    for row in tables["raw_documents"]:
        when = row.get("last_fetched_at") or row["fetched_at"]
        cur = latest.get(row["source_uri"])
        if cur is None or when > (cur.get("last_fetched_at") or cur["fetched_at"]):
            latest[row["source_uri"]] = row
    by_doc: dict[str, list[dict]] = {}
    for r in tables["records"]:
        by_doc.setdefault(r["doc_id"], []).append(r)
    work_of_old = {r["record_id"]: r["work_id"] for r in tables["work_records"]}
    schema_cols = TABLES["records"].names
    records, previous = [], {}
    for uri, doc in sorted(latest.items()):
        rows = sorted(by_doc.get(doc["doc_id"], []), key=lambda r: r["ordinal"] or 0)
        olds = [r["record_id"] for r in rows]
        fresh = identify([{c: r.get(c) for c in schema_cols} for r in rows], uri)
        for old_id, row in zip(olds, fresh):
            records.append(row)
            if old_id in work_of_old:
                previous[row["record_id"]] = work_of_old[old_id]
    current_docs = {(d["doc_id"], uri) for uri, d in latest.items()}
    rejects = {}
    for r in tables["rejects"]:
        uris = [u for (d, u) in current_docs if d == r["doc_id"]] if r["doc_id"] else [r["source_uri"]]
        for uri in uris:
            row = reject_row(r["doc_id"], uri, r["ordinal"], r["stage"], r["reason"], r.get("excerpt") or "")
            rejects[row["reject_id"]] = row
    redirects = {r["old_work_id"]: r["merged_into"] for r in tables["work_redirects"]}
    result = deduplicate(records, previous, redirects)  # work_records carry each record's hash

    def write(con) -> None:
        insert_rows(con, "raw_documents", conform(tables["raw_documents"], TABLES["raw_documents"]))
        insert_rows(con, "records", records)
        insert_rows(con, "rejects", list(rejects.values()))
        insert_rows(con, "works", result.works)
        insert_rows(con, "work_records", result.work_records)
        insert_rows(con, "work_redirects", result.redirects)
        insert_rows(con, "match_edges", result.edges)
        insert_rows(con, "block_keys", result.keys)
        store_model(con, result.model, len(records))
        insert_rows(con, "batches", tables["batches"])
        insert_rows(con, "runs", tables["runs"])

    if not in_place:
        target.root.mkdir(parents=True, exist_ok=True)
        if (old / "raw").exists():
            shutil.copytree(old / "raw", target.root / "raw", dirs_exist_ok=True)
    target.write(write, "migration from v4", message="migrate-v4")
    backup = old / "v4-backup"
    if in_place:  # only once the new tables are committed
        backup.mkdir(exist_ok=True)
        for t in V4_TABLES:
            if (old / t).exists():
                shutil.move(str(old / t), str(backup / t))
        (old / ".lock").unlink(missing_ok=True)
    kept_ids = {w["work_id"] for w in result.works} | {r["old_work_id"] for r in result.redirects}
    lost = {w for w in set(work_of_old.values()) if w not in kept_ids}
    summary = (f"{target.root}: {len(tables['raw_documents'])} document copies, {len(records)} current records "
               f"(v4 held {len(tables['records'])}), {len(result.works)} works (v4: {len(tables['works'])}); "
               f"{len(set(work_of_old.values())) - len(lost)} v4 work ids kept"
               + (f", {len(lost)} had only superseded records" if lost else "")
               + (f"; v4 tables moved to {backup}" if in_place else ""))
    log.info(summary)
    return summary
