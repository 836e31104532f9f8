"""The lake: a directory of Parquet tables plus the immutable raw bytes of every document.

Layout (each table is a directory; a reader takes ``<table>/*.parquet``)::

    lake/
      raw/ab/<doc_id>                 the document's bytes, written once, never changed
      raw_documents/<doc_id>.parquet  one partition per document
      records/<doc_id>.parquet
      rejects/<doc_id>.parquet        (or uri-<hash>.parquet when no bytes could be read)
      works/data.parquet              whole-table files, rebuilt by the deduplicator
      work_records/data.parquet
      work_redirects/data.parquet
      runs/data.parquet

Every file is written to a hidden temporary name in its directory, flushed, and renamed
over the target (``os.replace`` is atomic on POSIX), so a reader or a crash never sees a
half-written table file. Read-modify-write sequences hold an exclusive lock on
``lake/.lock`` so that concurrent writers (Airflow tasks) cannot lose each other's rows.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import uuid
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from schemas import KEYS, SCHEMA_VERSION, TABLES

log = logging.getLogger(__name__)

DEFAULT_LAKE = "lake"
LAKE_ENV = "SCHOLARLAKE_LAKE"
WHOLE_TABLE = "data"  # partition name of tables written whole


class LakeError(Exception):
    """A lake operation failed; the message names the path."""


def default_lake_path() -> Path:
    return Path(os.environ.get(LAKE_ENV) or DEFAULT_LAKE)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _atomic_write_bytes(target: Path, data: bytes) -> None:
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.partial")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)
    _fsync_dir(target.parent)


def conform(rows: pa.Table | list[dict], schema: pa.Schema) -> pa.Table:
    """Rows (dicts or a table) as a table of exactly ``schema``'s columns and types."""
    if isinstance(rows, list):
        return pa.Table.from_pylist(rows, schema=schema)
    columns = []
    for field in schema:
        if field.name in rows.column_names:
            columns.append(rows.column(field.name).cast(field.type))
        else:
            columns.append(pa.nulls(rows.num_rows, field.type))
    return pa.Table.from_arrays(columns, schema=schema)


class Lake:
    def __init__(self, root: str | os.PathLike | None = None):
        self.root = Path(root) if root is not None else default_lake_path()

    # -- layout -------------------------------------------------------------------------
    def table_dir(self, table: str) -> Path:
        if table not in TABLES:
            raise LakeError(f"unknown table {table!r}")
        return self.root / table

    def raw_path(self, doc_id: str) -> Path:
        return self.root / "raw" / doc_id[:2] / doc_id

    def init(self) -> None:
        for name in TABLES:
            self.table_dir(name).mkdir(parents=True, exist_ok=True)
        (self.root / "raw").mkdir(parents=True, exist_ok=True)

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Exclusive lock for read-modify-write of whole tables."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    # -- raw bytes ------------------------------------------------------------------------
    def put_raw(self, doc_id: str, data: bytes) -> tuple[Path, bool]:
        """Store the bytes under their hash once; returns (path, newly written)."""
        path = self.raw_path(doc_id)
        if path.exists():
            return path, False
        path.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write_bytes(path, data)
        return path, True

    def get_raw(self, doc_id: str) -> bytes:
        path = self.raw_path(doc_id)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            raise LakeError(f"{path}: raw document {doc_id} is not in the lake") from None

    # -- tables -----------------------------------------------------------------------------
    def write_partition(self, table: str, partition: str, rows: pa.Table | list[dict]) -> Path:
        """Atomically replace one partition file of ``table`` with ``rows``."""
        schema = TABLES[table]
        data = conform(rows, schema)
        _check_unique(table, data)
        directory = self.table_dir(table)
        directory.mkdir(parents=True, exist_ok=True)
        target = directory / f"{partition}.parquet"
        tmp = directory / f".{partition}.{uuid.uuid4().hex}.partial"
        meta = {b"scholarlake.schema_version": str(SCHEMA_VERSION).encode(), b"scholarlake.table": table.encode()}
        try:
            pq.write_table(data.replace_schema_metadata(meta), tmp, compression="zstd")
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, target)
            _fsync_dir(directory)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        return target

    def delete_partition(self, table: str, partition: str) -> None:
        path = self.table_dir(table) / f"{partition}.parquet"
        if path.exists():
            path.unlink()
            _fsync_dir(path.parent)

    def write_table(self, table: str, rows: pa.Table | list[dict]) -> Path:
        """Atomically replace a whole-table file."""
        return self.write_partition(table, WHOLE_TABLE, rows)

    def files(self, table: str) -> list[Path]:
        directory = self.table_dir(table)
        if not directory.exists():
            return []
        return sorted(p for p in directory.glob("*.parquet"))

    def read_partition(self, table: str, partition: str) -> pa.Table:
        path = self.table_dir(table) / f"{partition}.parquet"
        if not path.exists():
            return TABLES[table].empty_table()
        return conform(pq.read_table(path), TABLES[table])

    def read(self, table: str, columns: Iterable[str] | None = None) -> pa.Table:
        schema = TABLES[table]
        parts = [conform(pq.read_table(p), schema) for p in self.files(table)]
        data = pa.concat_tables(parts) if parts else schema.empty_table()
        return data.select(list(columns)) if columns is not None else data

    def count(self, table: str) -> int:
        return sum(pq.ParquetFile(p).metadata.num_rows for p in self.files(table))

    # -- SQL --------------------------------------------------------------------------------
    def connect(self, database: str = ":memory:"):
        """A DuckDB connection with one view per table (empty tables included)."""
        import duckdb

        con = duckdb.connect(database)
        for name, schema in TABLES.items():
            files = [str(p) for p in self.files(name)]
            if files:
                rel = con.read_parquet(files, union_by_name=True)
            else:
                rel = con.from_arrow(schema.empty_table())
            rel.create_view(name, replace=True)
        return con


def _check_unique(table: str, data: pa.Table) -> None:
    keys = KEYS[table]
    if data.num_rows < 2:
        return
    grouped = data.group_by(list(keys)).aggregate([([], "count_all")])
    dupes = grouped.filter(pc.greater(grouped["count_all"], 1))
    if dupes.num_rows:
        raise LakeError(f"{table}: {dupes.num_rows} duplicate key(s) on {keys}, e.g. {dupes.slice(0, 1).to_pylist()}")
