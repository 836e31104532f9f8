"""The lake: DuckLake tables (Parquet data + a transactional catalog) plus the immutable raw
bytes of every document.

Layout of a local lake (the default)::

    lake/
      catalog.sqlite        the DuckLake catalog: tables, snapshots, which files hold which rows
      data/main/<table>/    the tables' Parquet files, written and retired only by DuckLake
      raw/ab/<doc_id>       the document's bytes, written once, never changed

Why DuckLake: every table is plain Parquet that DuckDB queries, and the catalog gives
multi-table ACID transactions, snapshots and time travel. A run is one transaction over every
table it touches (``Lake.write``), so a crash at any moment leaves the previous snapshot and a
reader never sees half a run.

Concurrency is optimistic: a writer computes inside its transaction without holding any lock,
and at commit the catalog refuses it if another writer committed in between. ``Lake.write``
then runs the whole transaction function again on the new snapshot (it logs that it waits),
so nothing is lost or doubled. Every write also bumps the one row of ``lake_head``, which makes
any two concurrent writers conflict whatever catalog database is used (SQLite's WAL snapshot
does this by itself; a Postgres catalog checks conflicts per table). The SQLite catalog runs
in WAL mode so that readers and a long-computing writer never block other writers.

A team lake points ``catalog`` at Postgres and ``data_path`` at object storage (see the
README); ``raw/`` then needs a filesystem every writer shares.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import re
import sqlite3
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, TypeVar

import pyarrow as pa
import pyarrow.compute as pc
import tenacity

from schemas import KEYS, SCHEMA_VERSION, TABLES

log = logging.getLogger(__name__)

DEFAULT_LAKE = "lake"
LAKE_ENV = "SCHOLARLAKE_LAKE"
CATALOG_ENV = "SCHOLARLAKE_CATALOG"  # e.g. "postgres:dbname=lake host=db" (default: the lake's SQLite file)
DATA_PATH_ENV = "SCHOLARLAKE_DATA_PATH"  # e.g. "s3://bucket/lake/" (default: <lake>/data/)
ALIAS = "lake"  # the name the lake is attached under in every connection
HEAD = "lake_head"  # one row: the schema version and a counter every write bumps

# Inserts of at most this many rows go into the catalog instead of a new Parquet file, so a
# stream of small transactions (one Airflow task per document) does not make small files;
# ``maintain`` flushes them into Parquet. 1,000 rows of records are about 1 MB in SQLite.
INLINE_ROW_LIMIT = 1000
# ``maintain`` rewrites a data file once more than this fraction of its rows is deleted
# (replaced records, works that changed), so readers stop paying for its delete file.
REWRITE_DELETED_FRACTION = 0.1
# How long a writer keeps trying when other writers keep committing first.
WRITE_PATIENCE_SECONDS = 600

T = TypeVar("T")


class LakeError(Exception):
    """A lake operation failed; the message names the lake and the reason."""


def default_lake_path() -> Path:
    return Path(os.environ.get(LAKE_ENV) or DEFAULT_LAKE)


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


def _sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def extension_dir() -> str:
    """Where the pip-installed DuckDB extensions (ducklake, sqlite) live: no network needed."""
    import duckdb_ext

    return duckdb_ext.get_extension_dir()


def _damaged_file(exc: BaseException) -> str | None:
    """The table file a DuckDB error says it could not read (a truncated or garbled Parquet
    file), else None."""
    import duckdb

    if not isinstance(exc, duckdb.Error):
        return None
    m = re.search(r"'([^']+\.parquet)'", str(exc))
    return m.group(1) if m else None


def _is_conflict(exc: BaseException) -> bool:
    import duckdb

    text = str(exc).lower()
    # SQLite refusing a commit from a stale snapshot, or DuckLake's logical conflict check
    return isinstance(exc, duckdb.Error) and ("database is locked" in text or "conflict" in text)


@dataclass(frozen=True)
class Snapshot:
    snapshot_id: int
    time: datetime
    message: str | None  # the run id that wrote it, when a run did


class Lake:
    def __init__(self, root: str | os.PathLike | None = None, catalog: str | None = None,
                 data_path: str | None = None):
        self.root = Path(root) if root is not None else default_lake_path()
        self._catalog = catalog or os.environ.get(CATALOG_ENV) or None
        self._data_path = data_path or os.environ.get(DATA_PATH_ENV) or None
        self._ready = False
        self._dbs: dict[tuple[int, int], Any] = {}  # (pid, thread) -> DuckDB with the lake attached

    # -- layout -------------------------------------------------------------------------
    @property
    def catalog_path(self) -> Path:
        return self.root / "catalog.sqlite"

    @property
    def catalog(self) -> str:
        return self._catalog or f"sqlite:{self.catalog_path}"

    @property
    def data_path(self) -> str:
        return self._data_path or f"{self.root.resolve() / 'data'}/"

    def attach_sql(self) -> str:
        options = f"DATA_PATH {_sql_str(self.data_path)}"
        if self._data_path is None:  # a local lake's data is under its root, wherever it moved
            options += ", OVERRIDE_DATA_PATH true"
        return f"ATTACH {_sql_str('ducklake:' + self.catalog)} AS {ALIAS} ({options})"

    def raw_path(self, doc_id: str) -> Path:
        return self.root / "raw" / doc_id[:2] / doc_id

    def exists(self) -> bool:
        """Is there a lake here (a catalog file, or a configured external catalog)?"""
        return self._catalog is not None or self.catalog_path.exists()

    # -- connections --------------------------------------------------------------------
    def _duckdb(self):
        import duckdb

        con = duckdb.connect(config={"extension_directory": extension_dir(),
                                     "autoinstall_known_extensions": False})
        con.execute("SET TimeZone = 'UTC'")
        con.execute("LOAD ducklake")
        if self.catalog.startswith("sqlite:"):
            con.execute("LOAD sqlite")
        return con

    def init(self) -> None:
        """Create the lake (catalog, tables, raw area) if it does not exist yet. Idempotent and
        safe when several processes start at once (creation holds a file lock)."""
        if self._ready:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "raw").mkdir(exist_ok=True)
        with self._create_lock():
            if self._catalog is None:
                self._wal_catalog()
            con = self._duckdb()
            try:
                con.execute(self.attach_sql())
                # ALIAS written into the SQL, not passed as a parameter: DuckDB imports pandas
                # (about half a second) on a process's first statement with parameters, and a
                # read-only command (query, tables, check) needs none
                have = {r[0] for r in con.execute(
                    f"select table_name from duckdb_tables() where database_name = '{ALIAS}'").fetchall()}
                missing = [t for t in TABLES if t not in have]
                if missing or HEAD not in have:
                    con.execute("BEGIN")
                    con.execute(f"CALL {ALIAS}.set_option('data_inlining_row_limit', {INLINE_ROW_LIMIT})")
                    for name in missing:
                        con.register("_empty", TABLES[name].empty_table())
                        con.execute(f"CREATE TABLE {ALIAS}.{name} AS SELECT * FROM _empty")
                        con.unregister("_empty")
                    if HEAD not in have:
                        con.execute(f"CREATE TABLE {ALIAS}.{HEAD} (schema_version INTEGER, writes BIGINT)")
                        con.execute(f"INSERT INTO {ALIAS}.{HEAD} VALUES (?, 0)", [SCHEMA_VERSION])
                    con.execute("COMMIT")
                version = con.execute(f"select schema_version from {ALIAS}.{HEAD}").fetchone()[0]
            except BaseException:
                con.close()
                raise
        if version != SCHEMA_VERSION:
            con.close()
            raise LakeError(f"{self.root}: lake schema v{version}, this scholarlake writes v{SCHEMA_VERSION}")
        self._dbs[(os.getpid(), threading.get_ident())] = con
        self._ready = True

    def _wal_catalog(self) -> None:
        """The SQLite catalog in WAL mode, so that readers and long transactions never block
        another writer's commit. A new catalog is made in a side file and renamed into place,
        so a kill can never leave one in rollback mode, where an open reader holds a lock that
        stops every writer (an empty catalog file, which an older scholarlake killed between
        creating the file and its first write left behind, is made anew the same way). The
        mode is read from the file's header, not through Python's sqlite3: closing a second
        SQLite library's connection in a process where DuckDB's SQLite has the catalog open
        drops DuckDB's locks and can delete its WAL ("disk I/O error"). Only a catalog whose
        header says rollback mode (one copied in from elsewhere) is opened here, to switch it.
        Called under the creation lock."""
        path = self.catalog_path
        try:
            with open(path, "rb") as fh:
                header = fh.read(20)
        except FileNotFoundError:
            header = b""
        if not header:
            tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
            with contextlib.closing(sqlite3.connect(tmp)) as db:
                db.execute("PRAGMA journal_mode=WAL")
            os.replace(tmp, path)
            return
        # bytes 18-19 of a SQLite header: file format versions, 2 in WAL mode, 1 in rollback mode
        if header.startswith(b"SQLite format 3\x00") and header[18:20] != b"\x02\x02":
            log.warning("%s: the catalog was in rollback-journal mode; switching it to WAL", path)
            with contextlib.closing(sqlite3.connect(path, timeout=WRITE_PATIENCE_SECONDS)) as db:
                db.execute("PRAGMA journal_mode=WAL")

    def _session(self):
        """A new DuckDB connection on this process's and thread's database, where the
        extensions are loaded and the lake attached once (that costs ~0.2 s; a cursor ~0)."""
        self.init()
        key = (os.getpid(), threading.get_ident())
        db = self._dbs.get(key)
        if db is None:
            db = self._dbs[key] = self._duckdb()
            db.execute(self.attach_sql())
        con = db.cursor()
        con.execute("SET TimeZone = 'UTC'")
        return con

    @contextlib.contextmanager
    def _create_lock(self) -> Iterator[None]:
        with open(self.root / ".create.lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def connect(self, as_of: int | None = None):
        """A DuckDB connection where every table is queryable by its plain name: the current
        snapshot, or with ``as_of`` (a snapshot id) the tables as they were then."""
        if not self.exists():
            raise LakeError(f"{self.root}: no lake here (run 'scholarlake ingest' or 'scholarlake run' first)")
        con = self._session()
        if as_of is None:
            con.execute(f"USE {ALIAS}")
        else:
            for name in (*TABLES, HEAD):
                con.execute(f"CREATE TEMP VIEW {name} AS SELECT * FROM {ALIAS}.{name} AT (VERSION => {int(as_of)})")
        return con

    # -- writing ------------------------------------------------------------------------
    def write(self, fn: Callable[[Any], T], what: str, message: str | None = None, bump: bool = True) -> T:
        """Run ``fn(con)`` in one transaction and commit it; on a conflict with another writer,
        roll back and run ``fn`` again on the new snapshot (it must read what it needs through
        ``con``). ``message`` (e.g. the run id) is stored with the snapshot, for time travel.
        ``bump=False`` only for compaction, which DuckLake runs apart from any change."""
        con = self._session()
        con.execute(f"USE {ALIAS}")

        def attempt() -> T:
            con.execute("BEGIN")
            try:
                if bump:
                    # delete + insert rather than UPDATE: both stay inlined in the catalog, so
                    # this row costs no Parquet file per transaction
                    version, writes = con.execute(f"SELECT schema_version, writes FROM {HEAD}").fetchone()
                    con.execute(f"DELETE FROM {HEAD}")
                    con.execute(f"INSERT INTO {HEAD} VALUES (?, ?)", [version, writes + 1])
                if message:
                    con.execute(f"CALL {ALIAS}.set_commit_message('scholarlake', ?)", [message])
                result = fn(con)
                con.execute("COMMIT")
                return result
            except BaseException:
                with contextlib.suppress(Exception):
                    con.execute("ROLLBACK")
                raise

        def waiting(state: tenacity.RetryCallState) -> None:
            log.warning("%s: %s waits: another writer committed first (%s); retry %d in %.1f s",
                        self.root, what, str(state.outcome.exception()).splitlines()[-1][:120],
                        state.attempt_number, state.next_action.sleep if state.next_action else 0)

        try:
            result = tenacity.Retrying(
                retry=tenacity.retry_if_exception(_is_conflict),
                wait=tenacity.wait_random_exponential(multiplier=0.05, max=5),
                stop=tenacity.stop_after_delay(WRITE_PATIENCE_SECONDS),
                before_sleep=waiting, reraise=True,
            )(attempt)
            self._record_checksums(con)
            return result
        except Exception as exc:
            damaged = _damaged_file(exc)
            if damaged:
                raise LakeError(f"{damaged}: a table file of the lake cannot be read ({str(exc).splitlines()[0][:200]}); "
                                f"run 'scholarlake check --lake {self.root}' to list damaged files and "
                                f"'scholarlake repair --lake {self.root}' to rebuild them") from exc
            raise
        finally:
            con.close()

    def _record_checksums(self, con) -> None:
        """After a commit: the sha256 of the table files it wrote (``integrity``). A failure
        here never undoes the commit; ``check`` reads an unrecorded file whole instead."""
        from .integrity import record_checksums

        try:
            record_checksums(self, con)
        except Exception as exc:
            log.warning("%s: checksums of new table files not recorded (%s)", self.root, exc)

    # -- raw bytes ------------------------------------------------------------------------
    def put_raw(self, doc_id: str, data: bytes) -> tuple[Path, bool]:
        """Store the bytes under their hash once (a damaged stored copy is replaced); returns
        (path, newly written)."""
        path = self.raw_path(doc_id)
        if path.exists():
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                return path, False
            log.warning("%s: the stored copy was damaged; the bytes just read replace it", path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        return path, True

    def get_raw(self, doc_id: str) -> bytes:
        """The stored bytes, checked against their sha256 (LakeError when damaged or gone)."""
        path = self.raw_path(doc_id)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise LakeError(f"{path}: raw document {doc_id} is not in the lake") from None
        if hashlib.sha256(data).hexdigest() != doc_id:
            raise LakeError(f"{path}: the stored bytes are damaged (their sha256 is not the file's name); "
                            "fetch or ingest the source again to restore them ('scholarlake check' lists all)")
        return data

    # -- reading ----------------------------------------------------------------------------
    def read(self, table: str, columns: Iterable[str] | None = None, as_of: int | None = None) -> pa.Table:
        if table not in TABLES:
            raise LakeError(f"unknown table {table!r}")
        if not self.exists():
            data = TABLES[table].empty_table()
            return data.select(list(columns)) if columns is not None else data
        con = self.connect(as_of)
        try:
            return read_table(con, table, columns)
        finally:
            con.close()

    def count(self, table: str) -> int:
        if not self.exists():
            return 0
        con = self.connect()
        try:
            return con.execute(f"select count(*) from {table}").fetchone()[0]
        finally:
            con.close()

    def snapshots(self) -> list[Snapshot]:
        con = self.connect()
        try:
            rows = con.execute(
                f"select snapshot_id, snapshot_time, commit_message from {ALIAS}.snapshots() order by 1").fetchall()
        finally:
            con.close()
        return [Snapshot(i, t, m) for i, t, m in rows]

    def resolve_as_of(self, spec: str) -> int:
        """A snapshot id from a run id (the snapshot its latest attempt committed), a
        timestamp (the last snapshot at or before it) or a snapshot number."""
        snaps = self.snapshots()
        runs = [s for s in snaps if s.message == spec]
        if runs:
            return runs[-1].snapshot_id
        if spec.isdigit() and any(s.snapshot_id == int(spec) for s in snaps):
            return int(spec)
        try:
            when = datetime.fromisoformat(spec)
        except ValueError:
            raise LakeError(f"{self.root}: --as-of {spec!r} is neither a run id in this lake, "
                            "a snapshot number, nor an ISO timestamp") from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        before = [s for s in snaps if s.time <= when]
        if not before:
            raise LakeError(f"{self.root}: no snapshot at or before {when.isoformat()} "
                            f"(the oldest kept is {snaps[0].time.isoformat() if snaps else 'none'})")
        return before[-1].snapshot_id

    def data_files(self) -> list[Path]:
        """The Parquet files under the local data path (for benchmarks and maintenance checks)."""
        base = Path(self.data_path)
        return sorted(base.rglob("*.parquet")) if base.exists() else []

    # -- maintenance ------------------------------------------------------------------------
    def flush_inlined(self) -> None:
        """Write the rows the catalog keeps inline (small writes) to Parquet files, in a
        transaction of its own that changes no answer: afterwards every current row of every
        table is in a file another engine (Spark) can read (``snapshot_files``)."""
        step = f"ducklake_flush_inlined_data({_sql_str(ALIAS)})"
        self.write(lambda con: con.execute(f"CALL {step}"), "maintenance (ducklake_flush_inlined_data)", bump=False)

    def maintain(self, retain_days: float) -> dict[str, int]:
        """Flush inlined rows to Parquet, merge small files, expire snapshots older than
        ``retain_days`` and delete the files no snapshot still needs. Answers of queries on the
        current snapshot do not change; time travel reaches back ``retain_days``."""
        before = len(self.data_files())

        # DuckLake runs each compaction step in a transaction of its own, apart from changes.
        for step in (f"ducklake_flush_inlined_data({_sql_str(ALIAS)})",
                     f"ducklake_rewrite_data_files({_sql_str(ALIAS)}, delete_threshold => {REWRITE_DELETED_FRACTION})",
                     f"ducklake_merge_adjacent_files({_sql_str(ALIAS)})"):
            self.write(lambda con, step=step: con.execute(f"CALL {step}"), f"maintenance ({step.split('(')[0]})",
                       bump=False)
        con = self.connect()
        try:
            con.execute(f"CALL ducklake_expire_snapshots({_sql_str(ALIAS)}, "
                        f"older_than => now() - to_seconds({float(retain_days) * 86400}))")
            con.execute(f"CALL ducklake_cleanup_old_files({_sql_str(ALIAS)}, cleanup_all => true)")
        finally:
            con.close()
        return {"files_before": before, "files_after": len(self.data_files())}


# --------------------------------------------------------------------------- table helpers
# Called inside ``Lake.write`` transactions with the transaction's connection.


def snapshot_files(con, table: str) -> list[tuple[str, str | None]]:
    """(data file, its delete file or None) of every Parquet file of ``table`` in the
    snapshot ``con`` sees (inside a transaction: that transaction's). A delete file lists
    (file_path, pos) of the data file's rows that are gone. Rows the catalog still keeps
    inline are in no file: ``Lake.flush_inlined`` first, then compare the counts."""
    rows = con.execute(f"select data_file, delete_file from ducklake_list_files({_sql_str(ALIAS)}, "
                       f"{_sql_str(table)})").fetchall()
    return [(str(d), str(x) if x else None) for d, x in rows]


def read_table(con, table: str, columns: Iterable[str] | None = None, where: str = "",
               params: list | None = None) -> pa.Table:
    cols = ", ".join(columns) if columns is not None else "*"
    data = con.execute(f"select {cols} from {table} {where}", params or []).fetch_arrow_table()
    if columns is None:
        return conform(data, TABLES[table])
    schema = TABLES[table]
    return conform(data, pa.schema([schema.field(c) for c in columns]))


def insert_rows(con, table: str, rows: pa.Table | list[dict]) -> int:
    data = conform(rows, TABLES[table])
    if data.num_rows:
        check_unique(table, data)
        name = f"_in_{uuid.uuid4().hex[:8]}"
        con.register(name, data)
        try:
            con.execute(f"INSERT INTO {table} SELECT * FROM {name}")
        finally:
            con.unregister(name)
    return data.num_rows


def replace_rows(con, table: str, rows: pa.Table | list[dict], scope: str = "", params: list | None = None) -> tuple[int, int]:
    """Make the rows of ``table`` in ``scope`` (a SQL condition; all rows when empty) exactly
    ``rows``, touching only what differs: identical rows stay as they are (so the change feed
    and time travel show real changes only). Returns (deleted, inserted)."""
    return _sync_rows(con, table, rows, lambda new: f"SELECT * FROM {table} {'WHERE ' + scope if scope else ''}",
                      params or [])


def upsert_rows(con, table: str, rows: pa.Table | list[dict]) -> tuple[int, int]:
    """Rows replace the rows with the same key; identical rows are left alone."""
    on = " AND ".join(f"t.{k} = n.{k}" for k in KEYS[table])
    return _sync_rows(con, table, rows, lambda new: f"SELECT t.* FROM {table} t SEMI JOIN {new} n ON {on}", [])


def _sync_rows(con, table: str, rows: pa.Table | list[dict], current: Callable[[str], str],
               params: list) -> tuple[int, int]:
    """Make the rows ``current(name of the new rows)`` selects equal to ``rows``: delete the
    ones not among the new rows, insert the new rows not among them."""
    data = conform(rows, TABLES[table])
    check_unique(table, data)
    name = f"_new_{uuid.uuid4().hex[:8]}"
    con.register(name, data)
    match = " AND ".join(f"{table}.{k} = gone.{k}" for k in KEYS[table])
    old = current(name)
    try:
        deleted = con.execute(f"DELETE FROM {table} USING ({old} EXCEPT SELECT * FROM {name}) AS gone "
                              f"WHERE {match}", params).fetchone()[0]
        inserted = con.execute(f"INSERT INTO {table} SELECT * FROM {name} EXCEPT {old}", params).fetchone()[0]
    finally:
        con.unregister(name)
    return deleted, inserted


def recreate_table(con, table: str) -> None:
    """Inside a transaction: replace ``table`` by an empty one of its schema without reading
    its files (they may be damaged). Time travel still reads the old table's snapshots."""
    con.execute(f"DROP TABLE {table}")
    name = f"_empty_{uuid.uuid4().hex[:8]}"
    con.register(name, TABLES[table].empty_table())
    try:
        con.execute(f"CREATE TABLE {table} AS SELECT * FROM {name}")
    finally:
        con.unregister(name)


def check_unique(table: str, data: pa.Table) -> None:
    keys = KEYS[table]
    if data.num_rows < 2:
        return
    grouped = data.group_by(list(keys)).aggregate([([], "count_all")])
    dupes = grouped.filter(pc.greater(grouped["count_all"], 1))
    if dupes.num_rows:
        raise LakeError(f"{table}: {dupes.num_rows} duplicate key(s) on {keys}, e.g. {dupes.slice(0, 1).to_pylist()}")
