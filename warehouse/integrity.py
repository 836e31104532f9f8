"""A lake that checks itself: every table file against the sha256 recorded when it was
written, every raw file against the sha256 that is its name, the catalog's own structure.

Parquet has no checksum that DuckDB checks when it reads (a flipped byte inside a data page
can change an answer without an error), so ``Lake.write`` records the sha256 of each table
file once the transaction that wrote it has committed (``record_checksums``), in
``checksums.sqlite`` beside the catalog. ``check`` compares; ``scholarlake repair``
(``scholarlake.repair``) rebuilds what can be rebuilt. A file written by a run that died
between its commit and the recording has no checksum: ``check`` then reads it whole with
pyarrow instead, and records it when it reads cleanly.

Local lakes only: for a data path in object storage the store's own checksums apply, and
``check`` looks at the raw files and the catalog alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from schemas import TABLES

from .lake import ALIAS

log = logging.getLogger(__name__)

CHECKSUMS = "checksums.sqlite"
METADATA = f"__ducklake_metadata_{ALIAS}"  # where DuckDB attaches the DuckLake catalog's own tables
# A ``.partial`` raw file older than this is left over from a writer that died (a live one
# renames its file within moments).
PARTIAL_GRACE_SECONDS = 600
_DOC_ID = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Problem:
    kind: str  # "table", "raw", "leftover", "catalog", "missing_raw"
    path: str
    reason: str
    table: str | None = None

    @property
    def fix(self) -> str:
        return {
            "table": "scholarlake repair rebuilds the table (records and works from raw; the rows of "
                     "runs, batches, match_models and work_redirects in the file are lost)",
            "raw": "scholarlake repair sets the file aside; ingesting its source again restores it",
            "missing_raw": "ingest the source again to restore the bytes",
            "leftover": "scholarlake repair removes it",
            "catalog": "restore catalog.sqlite from a backup; nothing else can rebuild it",
        }[self.kind]


@dataclass
class Report:
    problems: list[Problem]
    table_files: int
    raw_files: int
    unverified: int  # table files with no recorded checksum that read cleanly

    @property
    def ok(self) -> bool:
        return not self.problems


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _manifest(lake) -> sqlite3.Connection:
    db = sqlite3.connect(lake.root / CHECKSUMS, timeout=60)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE IF NOT EXISTS files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, "
               "sha256 TEXT NOT NULL, recorded_at TEXT NOT NULL)")
    db.execute("CREATE TABLE IF NOT EXISTS marks (name TEXT PRIMARY KEY, value TEXT)")
    return db


def local_data(lake) -> bool:
    return "://" not in lake.data_path


def table_files(lake, con) -> list[tuple[str, Path, int]]:
    """(table, path, size in the catalog) of every data and delete file the current snapshot
    reads."""
    out = []
    for table in TABLES:
        rows = con.execute(f"select data_file, data_file_size_bytes, delete_file, delete_file_size_bytes "
                           f"from ducklake_list_files('{ALIAS}', '{table}')").fetchall()
        for data, data_size, delete, delete_size in rows:
            out.append((table, Path(data), int(data_size)))
            if delete:
                out.append((table, Path(delete), int(delete_size)))
    return out


def _relative(lake, path: Path) -> str:
    return os.path.relpath(path, lake.data_path)


def record_checksums(lake, con) -> int:
    """Record the sha256 of table files that have none yet (called after a commit, so every
    file listed is complete). Returns how many were recorded."""
    if not local_data(lake):
        return 0
    mark = _newest_file_ids(con)
    with contextlib.closing(_manifest(lake)) as db:
        seen = db.execute("select value from marks where name = 'newest_files'").fetchone()
        if mark is not None and seen is not None and seen[0] == mark:
            return 0  # no table file was added since the last recording (most small writes)
        files = table_files(lake, con)
        known = {p for (p,) in db.execute("select path from files")}
        new = []
        for _, path, size in files:
            rel = _relative(lake, path)
            if rel in known or not path.exists():
                continue
            if path.stat().st_size != size:  # damaged already: leave it for check to report
                continue
            new.append((rel, size, sha256_file(path), datetime.now(timezone.utc).isoformat()))
        with db:
            db.executemany("INSERT OR IGNORE INTO files VALUES (?, ?, ?, ?)", new)
            if mark is not None:
                db.execute("INSERT OR REPLACE INTO marks VALUES ('newest_files', ?)", (mark,))
    return len(new)


def _newest_file_ids(con) -> str | None:
    """The newest data and delete file ids of the catalog ("12:3"), a cheap sign of whether
    a write added table files; None when the catalog's tables cannot be read that way."""
    try:
        row = con.execute(f"select (select max(data_file_id) from {METADATA}.ducklake_data_file), "
                          f"(select max(delete_file_id) from {METADATA}.ducklake_delete_file)").fetchone()
    except Exception:
        return None
    return f"{row[0]}:{row[1]}"


def _readable(path: Path) -> str | None:
    """None when pyarrow reads the whole Parquet file (page checksums verified where the
    writer stored them); else why not."""
    import pyarrow.parquet as pq

    try:
        pq.ParquetFile(path, page_checksum_verification=True).read()
        return None
    except Exception as exc:  # pyarrow raises several types for damaged files
        return f"unreadable Parquet ({type(exc).__name__}: {' '.join(str(exc).split())[:160]})"


def check(lake, con=None) -> Report:
    """Every problem of the lake: damaged or missing table files, raw files whose bytes are
    not their name, raw files that the tables name but that are gone, leftovers of dead
    writers, a damaged catalog. Reads only."""
    problems: list[Problem] = []
    if lake.catalog.startswith("sqlite:"):
        try:
            with contextlib.closing(sqlite3.connect(f"file:{lake.catalog_path}?mode=ro", uri=True)) as db:
                verdict = db.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            verdict = str(exc)
        if verdict != "ok":
            problems.append(Problem("catalog", str(lake.catalog_path), f"SQLite says: {verdict}"))
            return Report(problems, 0, 0, 0)
    own = con is None
    con = con or lake.connect()
    try:
        files = table_files(lake, con)
        n_tables, unverified = _check_tables(lake, files, problems)
        try:
            expected = {d for (d,) in con.execute("select distinct doc_id from raw_documents").fetchall()}
        except Exception:  # raw_documents itself is damaged: reported above
            expected = set()
    finally:
        if own:
            con.close()
    n_raw = _check_raw(lake, expected, problems)
    return Report(problems, n_tables, n_raw, unverified)


def _check_tables(lake, files, problems: list[Problem]) -> tuple[int, int]:
    if not local_data(lake):
        return 0, 0
    with contextlib.closing(_manifest(lake)) as db:
        known = dict(db.execute("select path, sha256 from files").fetchall())
        unverified = 0
        for table, path, size in files:
            if not path.exists():
                problems.append(Problem("table", str(path), "the file is missing", table))
                continue
            actual = path.stat().st_size
            if actual != size:
                problems.append(Problem("table", str(path), f"{actual} bytes, the catalog says {size} "
                                                            "(truncated or overwritten)", table))
                continue
            rel = _relative(lake, path)
            if rel in known:
                if sha256_file(path) != known[rel]:
                    problems.append(Problem("table", str(path), "its bytes changed since it was written "
                                                                "(sha256 differs)", table))
                continue
            why = _readable(path)
            if why:
                problems.append(Problem("table", str(path), why, table))
            else:
                unverified += 1
                with db:
                    db.execute("INSERT OR IGNORE INTO files VALUES (?, ?, ?, ?)",
                               (rel, size, sha256_file(path), datetime.now(timezone.utc).isoformat()))
    return len(files), unverified


def _check_raw(lake, expected: set[str], problems: list[Problem]) -> int:
    base = lake.root / "raw"
    seen: set[str] = set()
    n = 0
    if base.exists():
        for folder in sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith(".")):
            for path in sorted(folder.iterdir()):
                if path.name.endswith(".partial"):
                    if time.time() - path.stat().st_mtime > PARTIAL_GRACE_SECONDS:
                        problems.append(Problem("leftover", str(path), "a raw file a dead writer left half-written"))
                    continue
                n += 1
                if not _DOC_ID.fullmatch(path.name):
                    problems.append(Problem("raw", str(path), "not a raw document (its name is not a sha256)"))
                    continue
                seen.add(path.name)
                if sha256_file(path) != path.name:
                    problems.append(Problem("raw", str(path), "its bytes do not match its sha256 name "
                                                              "(truncated or changed)"))
    for doc_id in sorted(expected - seen):
        problems.append(Problem("missing_raw", str(lake.raw_path(doc_id)), "raw_documents names it but it is gone"))
    return n
