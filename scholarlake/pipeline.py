"""The plain-Python pipeline that the CLI and the Airflow DAGs both call.

read -> store raw bytes -> detect -> extract -> normalize -> identify (``stage_document``,
no table written) -> one lake transaction: replace each URI's current records, rejects and
raw_documents rows, dedup, the ``runs`` row (``commit_run``).

A source URI has one current version: its records are the entries of the latest document
read from it. Every entry has an id from the URI and its own key (``normalizers.record``), so
an entry that did not change keeps its id and its row when the page around it changes; a
changed entry is updated under the same id; a vanished one leaves ``records`` (time travel
and ``raw/`` keep it). A document that fails as a whole (no records and a document-level
reject) and an unreadable URI never replace the URI's earlier records: their rejects are
recorded and the earlier version stays current.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import signal
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

import pyarrow as pa

from dedup import DEDUP_VERSION, Curation, MatchModel, deduplicate
from dedup.incremental import plan
from extractors import Document
from extractors.limits import Limits
from schemas import TABLES
from scholarlake import __version__
from warehouse import Lake
from warehouse.lake import conform, insert_rows, read_table, replace_rows, snapshot_files, upsert_rows
from warehouse.neighbourhood import LakeNeighbourhood

from .extraction import extract_document, extract_isolated, extract_table, reject_row  # noqa: F401 (re-exported)
from .fetch import Fetched, FetchError, read_input

log = logging.getLogger(__name__)

CRASH_ENV = "SCHOLARLAKE_CRASH_AT"  # tests only: kill -9 this process at the named point


def _crash_point(name: str) -> None:
    """The crash-safety test sets SCHOLARLAKE_CRASH_AT to kill the process (SIGKILL, as
    kill -9 does) at one of the run's steps: staged, stored, deduped, committed."""
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


Progress = Callable[[str], None]


@dataclass
class DocResult:
    source_uri: str
    doc_id: str | None
    kind: str | None
    n_records: int = 0
    rejects: list[dict] = field(default_factory=list)
    new: bool = False

    unchanged: bool = False  # the same bytes as the last read, not extracted again

    @property
    def failed(self) -> bool:
        """Nothing in the document could be used: no records, and rejects (a document reject,
        or every entry rejected, as when ``--kind`` names the wrong format)."""
        return self.n_records == 0 and bool(self.rejects)


@dataclass(eq=False)  # compared by identity: a run holds many
class Staged:
    """One document read and extracted, not yet in the tables. ``raw`` is its
    ``raw_documents`` row (None when nothing could be read); ``touch`` marks an HTTP 304:
    the stored copy is still current and only its last fetch time moves."""

    uri: str
    doc_id: str | None
    kind: str | None
    records: pa.Table | list[dict]  # the worker's Arrow table (``records`` schema), or rows
    rejects: list[dict]
    raw: dict | None
    new: bool = False
    touch: bool = False
    extraction_key: str | None = None  # what the extraction depended on (``extraction_key``)

    @property
    def result(self) -> DocResult:
        n = (self.raw.get("n_records") or 0) if (self.touch and self.raw) else len(self.records)
        rejects = ([{"ordinal": None, "reason": "as before"}] * ((self.raw or {}).get("n_rejects") or 0)
                   if self.touch else self.rejects)
        return DocResult(self.uri, self.doc_id, self.kind, n, rejects, self.new, unchanged=self.touch)


@dataclass
class RunSummary:
    run_id: str
    documents: list[DocResult]
    n_records: int
    n_rejects: int
    n_works: int
    status: str
    seconds: dict[str, float]
    work_changes: dict[str, int] = field(default_factory=dict)  # ``work_changes`` of this run's dedup

    @property
    def n_documents(self) -> int:
        return len(self.documents)

    @property
    def n_unchanged_documents(self) -> int:
        return sum(d.unchanged for d in self.documents)


# --------------------------------------------------------------------------- staging


def first_seen(lake: Lake, doc_ids: list[str] | None = None) -> dict[str, datetime]:
    """doc_id -> the first time the lake saw those bytes (under any URI); of every document,
    or of ``doc_ids`` only."""
    if not lake.exists():
        return {}
    con = lake.connect()
    try:
        where, params = ("where list_contains(?, doc_id)", [doc_ids]) if doc_ids is not None else ("", [])
        return dict(con.execute(f"select doc_id, min(fetched_at) from raw_documents {where} group by doc_id",
                                params).fetchall())
    finally:
        con.close()


def code_fingerprint() -> str:
    """A hash of everything an extraction's result depends on besides its input: the source
    of the packages that extract and normalize, and the versions of the parsing libraries."""
    global _CODE
    if _CODE is None:
        import importlib.metadata as md

        h = hashlib.sha256(__version__.encode())
        root = Path(__file__).resolve().parent.parent
        for package in ("extractors", "normalizers", "schemas"):
            for f in sorted((root / package).rglob("*.py")):
                h.update(f.relative_to(root).as_posix().encode() + b"\0" + f.read_bytes())
        h.update((Path(__file__).parent / "extraction.py").read_bytes())
        for dist in _PARSERS:
            try:
                h.update(f"{dist}={md.version(dist)}".encode())
            except md.PackageNotFoundError:
                h.update(f"{dist}=absent".encode())
        _CODE = h.hexdigest()
    return _CODE


_CODE: str | None = None
# The libraries whose output the extractors keep: an upgrade may change what a document gives.
_PARSERS = ("pdfplumber", "pdfminer.six", "beautifulsoup4", "lxml", "bibtexparser", "pylatexenc", "nameparser",
            "ftfy", "feedparser", "pyyaml", "pyarrow")


def extraction_key(kind: str | None, limits: Limits) -> str:
    """What one extraction depends on besides the bytes: the code, the format asked for
    (``--kind``; empty when detected) and the limits."""
    limits_text = ",".join(f"{k}={v}" for k, v in sorted(vars(limits).items()) if k != "isolate")
    return hashlib.sha256(f"{code_fingerprint()}|{kind or ''}|{limits_text}".encode()).hexdigest()[:32]


def extracted_before(lake: Lake, uris: list[str] | None = None) -> dict[str, tuple[str, str, dict]]:
    """source_uri -> (doc_id, extraction key, raw_documents row) of the copy last extracted
    from it, for ``stage_document`` to skip a document read again unchanged."""
    if not lake.exists():
        return {}
    con = lake.connect()
    try:
        where, params = ("where list_contains(?, e.source_uri)", [uris]) if uris is not None else ("", [])
        rows = con.execute(f"""select e.source_uri, e.doc_id, e.extraction_key, r.* from extractions e
                               join raw_documents r on r.doc_id = e.doc_id and r.source_uri = e.source_uri
                               {where}""", params).fetch_arrow_table().to_pylist()
    finally:
        con.close()
    names = TABLES["raw_documents"].names
    return {r["source_uri"]: (r["doc_id"], r["extraction_key"], {k: r[k] for k in names}) for r in rows}


def stage_document(lake: Lake, fetched: Fetched, kind: str | None = None, source: str | None = None,
                   seen: dict[str, datetime] | None = None, limits: Limits | None = None,
                   before: dict[str, tuple[str, str, dict]] | None = None) -> Staged:
    """Keep the bytes and extract them; nothing is written to the tables yet. Undated entries
    ("Jun 3") resolve against the first time the lake saw these bytes, so neither a file's
    mtime nor a later re-read changes them. With ``before`` (``extracted_before``), bytes that
    the same code already read from this URI with the same ``kind`` and limits are not
    extracted again: the stored result stays current (a re-run costs a read and a hash)."""
    doc_id = fetched.doc_id
    key = extraction_key(kind, limits or Limits())
    _, new = lake.put_raw(doc_id, fetched.data)  # (a damaged stored copy is restored here)
    last = (before or {}).get(fetched.source_uri)
    if last and last[0] == doc_id and last[1] == key:
        log.info("%s: unchanged since it was last read (%s); not extracted again", fetched.source_uri, doc_id[:12])
        return stage_touch(last[2], fetched.fetched_at, http_status=fetched.http_status)
    seen = first_seen(lake, [doc_id]) if seen is None else seen
    captured = min(filter(None, (seen.get(doc_id), fetched.fetched_at)))
    doc = Document(doc_id, fetched.source_uri, fetched.data, captured, fetched.content_type)
    detected, records, rejects = extract_table(doc, kind, limits or Limits())
    raw = {
        "doc_id": doc_id,
        "source_uri": fetched.source_uri,
        "kind": detected,
        "fetched_at": captured,
        "content_type": fetched.content_type,
        "size_bytes": len(fetched.data),
        "raw_path": str(lake.raw_path(doc_id).relative_to(lake.root)),
        "n_records": len(records),
        "n_rejects": len(rejects),
        "source": source,
        "last_fetched_at": fetched.fetched_at,
        "http_status": fetched.http_status,
        "http_headers": fetched.http_headers,
    }
    for r in rejects:
        log.info("%s: %s%s", fetched.source_uri, f"entry {r['ordinal']}: " if r["ordinal"] else "", r["reason"])
    return Staged(fetched.source_uri, doc_id, detected, records, rejects, raw, new, extraction_key=key)


def stage_unreadable(uri: str, reason: str) -> Staged:
    log.info("%s: %s", uri, reason)
    return Staged(uri, None, None, [], [reject_row(None, uri, None, "read", reason)], None)


def stage_touch(row: dict, when: datetime, http_status: int | None = None) -> Staged:
    """An unchanged document (an HTTP 304, or the same bytes read again): its stored result
    stays current; a web page's last fetch time moves (a local file's does not)."""
    return Staged(row["source_uri"], row["doc_id"], row["kind"], [], [],
                  {**row, "last_fetched_at": when, "http_status": http_status if http_status is not None
                   else row.get("http_status")}, touch=True)


# --------------------------------------------------------------------------- storing


def store_staged(con, staged: list[Staged]) -> None:
    """Inside a lake transaction: make each staged URI's tables show its new version."""
    if not staged:
        return
    last = {s.uri: s for s in staged}  # a URI read twice in one batch: its last read counts
    staged = list(last.values())
    # a local file read again unchanged leaves its row as it is (only HTTP answers move
    # last_fetched_at), so it is not written at all
    raws = [s.raw for s in staged if s.raw is not None and not (s.touch and s.raw.get("http_status") is None)]
    if raws:
        _upsert_raw_documents(con, raws)
    # Which URIs get their records replaced: the documents that did not fail as a whole.
    # A failed or unreadable one keeps the URI's earlier records (logged below).
    accepted = [s for s in staged if s.raw is not None and not s.touch and not s.result.failed]
    accepted_ids = {id(s) for s in accepted}
    kept = [s for s in staged if not s.touch and id(s) not in accepted_ids]
    if accepted:
        uris = pa.table({"uri": pa.array(sorted({s.uri for s in accepted}), pa.string())})
        new = _records_table([s.records for s in accepted])
        con.register("_uris", uris)
        con.register("_new_records", new)
        con.execute("""
            DELETE FROM records USING (
                SELECT r.record_id FROM records r SEMI JOIN _uris u ON r.source_uri = u.uri
                ANTI JOIN _new_records n ON n.record_id = r.record_id AND n.content_hash = r.content_hash
            ) AS gone WHERE records.record_id = gone.record_id""")
        if new.num_rows:
            insert_rows(con, "records", con.execute(
                "SELECT n.* FROM _new_records n ANTI JOIN records r ON r.record_id = n.record_id").fetch_arrow_table())
        con.execute("DELETE FROM rejects WHERE source_uri IN (SELECT uri FROM _uris)")
        con.unregister("_new_records")
        con.unregister("_uris")
    if kept:
        # The rejects of the version whose records stay current stay with them; the rest of
        # the URI's rejects (stale read errors, earlier failed versions) are replaced.
        con.register("_kept", pa.table({"uri": [s.uri for s in kept]}))
        con.execute("""DELETE FROM rejects USING _kept k WHERE rejects.source_uri = k.uri
                       AND NOT EXISTS (SELECT 1 FROM records r WHERE r.source_uri = k.uri
                                       AND r.doc_id IS NOT DISTINCT FROM rejects.doc_id)""")
        with_records = {u for (u,) in con.execute("SELECT DISTINCT source_uri FROM records SEMI JOIN _kept k "
                                                   "ON records.source_uri = k.uri").fetchall()}
        con.unregister("_kept")
        for s in kept:
            if s.raw is not None and s.uri in with_records:
                log.warning("%s: this version (%s) gave no records; the URI's earlier records stay current",
                            s.uri, s.doc_id[:12])
    extracted = [s for s in staged if s.raw is not None and not s.touch and s.extraction_key]
    if extracted:
        now = datetime.now(timezone.utc)
        upsert_rows(con, "extractions", [{"source_uri": s.uri, "doc_id": s.doc_id, "extraction_key": s.extraction_key,
                                          "extracted_at": now} for s in extracted])
    rejects = {r["reject_id"]: r for s in staged if not s.touch for r in s.rejects}
    if rejects:
        con.register("_rej", pa.table({"id": list(rejects)}))
        con.execute("DELETE FROM rejects WHERE reject_id IN (SELECT id FROM _rej)")
        con.unregister("_rej")
        insert_rows(con, "rejects", list(rejects.values()))


def _records_table(parts: list[pa.Table | list[dict]]) -> pa.Table:
    """The staged documents' records as one table: the workers' tables as they are, rows
    converted."""
    schema = TABLES["records"]
    tables = [p if isinstance(p, pa.Table) else pa.Table.from_pylist(p, schema=schema) for p in parts]
    return pa.concat_tables(tables) if tables else schema.empty_table()


def _upsert_raw_documents(con, rows: list[dict]) -> None:
    """One row per (doc_id, source_uri): the first fetch time stays, the last one moves."""
    keys = pa.table({"doc_id": [r["doc_id"] for r in rows], "source_uri": [r["source_uri"] for r in rows]})
    con.register("_keys", keys)
    old = {(r["doc_id"], r["source_uri"]): r for r in read_table(
        con, "raw_documents", where="SEMI JOIN _keys k ON raw_documents.doc_id = k.doc_id "
                                    "AND raw_documents.source_uri = k.source_uri").to_pylist()}
    con.unregister("_keys")
    merged: dict[tuple, dict] = {}
    for row in rows:
        key = (row["doc_id"], row["source_uri"])
        prev = merged.get(key) or old.get(key)
        if prev:
            # a local file read again is the same copy: only an HTTP answer (or 304) says
            # when the URI last showed these bytes
            last = (max(filter(None, (prev["last_fetched_at"], row["last_fetched_at"])))
                    if row.get("http_status") is not None else prev["last_fetched_at"])
            row = {**row,
                   "fetched_at": min(prev["fetched_at"], row["fetched_at"]),
                   "last_fetched_at": last,
                   "source": row["source"] or prev["source"],
                   "kind": row["kind"] if row.get("kind") else prev["kind"]}
        merged[key] = row
    upsert_rows(con, "raw_documents", list(merged.values()))


def latest_copies(lake: Lake, before: datetime | None = None, uris: list[str] | None = None) -> dict[str, dict]:
    """source_uri -> the ``raw_documents`` row of its latest copy: the one fetched last, or
    with ``before``, the one first fetched last before that time (what the URI showed then).
    Every URI's, or those of ``uris`` only."""
    if not lake.exists():
        return {}
    when = "fetched_at" if before else "coalesce(last_fetched_at, fetched_at)"
    conditions, params = [], []
    if before is not None:
        conditions.append("fetched_at < ?")
        params.append(before)
    if uris is not None:
        conditions.append("list_contains(?, source_uri)")
        params.append(uris)
    where = ("where " + " and ".join(conditions)) if conditions else ""
    con = lake.connect()
    try:
        rows = read_table(con, "raw_documents", where=f"{where} qualify row_number() over "
                          f"(partition by source_uri order by {when} desc, doc_id) = 1", params=params)
    finally:
        con.close()
    return {r["source_uri"]: r for r in rows.to_pylist()}


def store(lake: Lake, staged: list[Staged], what: str) -> list[DocResult]:
    """Staged documents into the lake in one transaction of their own (an Airflow task, an
    arXiv page): no dedup, no ``runs`` row."""
    lake.write(lambda con: store_staged(con, staged), what)
    return [s.result for s in staged]


def store_document(lake: Lake, fetched: Fetched, kind: str | None = None, source: str | None = None,
                   limits: Limits | None = None) -> DocResult:
    """Stage one document and store it in its own transaction. Idempotent."""
    staged = stage_document(lake, fetched, kind, source, limits=limits)
    return store(lake, [staged], f"storing {fetched.source_uri}")[0]


def record_unreadable(lake: Lake, uri: str, reason: str) -> DocResult:
    return store(lake, [stage_unreadable(uri, reason)], f"recording {uri} as unreadable")[0]


# --------------------------------------------------------------------------- works


# A lake's match model is estimated again (and every pair rescored) when the lake has grown
# this many times over since the model was estimated: a model from the first night's three
# documents should not judge a lake of thousands.
RETRAIN_GROWTH = 2.0


def current_model(con) -> tuple[MatchModel | None, int]:
    """The match model the lake's works were built with, and the number of records it was
    estimated on; (None, 0) when there is none."""
    versions = {v for (v,) in con.execute("select distinct dedup_version from works").fetchall()}
    ids = {v.partition("/")[2] for v in versions if v and v.startswith(DEDUP_VERSION + "/")}
    if len(ids) != 1 or len(versions) != 1:
        _warn_if_trained_model_dropped(con, versions)
        return None, 0
    row = con.execute("select params, n_records from match_models where model_id = ?", [ids.pop()]).fetchone()
    if not row:
        return None, 0
    return MatchModel.from_json(row[0]), int(row[1] or 0)


def _warn_if_trained_model_dropped(con, versions: set) -> None:
    """Works built by another dedup version are rebuilt with a model estimated afresh; when
    theirs was trained from labels, say so and how to get it back (its likenesses or blocking
    may differ from this version's, so it is not reused as it is)."""
    for version in sorted(v for v in versions if v and not v.startswith(DEDUP_VERSION + "/")):
        old, _, model_id = version.partition("/")
        row = con.execute("select params from match_models where model_id = ?", [model_id]).fetchone()
        trained = json.loads(row[0]).get("trained", {}) if row else {}
        if trained.get("method"):
            log.warning("the works were built by dedup version %s with a model trained from labels (%s); dedup "
                        "version %s matches differently and rebuilds them with an unsupervised model: run "
                        "`scholarlake train` on those labels again to use them", old, trained.get("source", "labels"),
                        DEDUP_VERSION)


def store_model(con, model: MatchModel, n_records: int) -> None:
    """Keep a match model in ``match_models`` (once), with the records it was estimated on."""
    if not con.execute("select 1 from match_models where model_id = ?", [model.model_id]).fetchone():
        insert_rows(con, "match_models", [{"model_id": model.model_id, "created_at": datetime.now(timezone.utc),
                                           "n_records": n_records, "prior": model.prior, "params": model.to_json()}])


def _with_spark(master: str, conf: dict | None, job):
    """``job(spark)`` with a Spark session on ``master``, stopped afterwards."""
    from dedup.spark_engine import session

    spark = session(master, conf=conf)
    try:
        return job(spark)
    finally:
        spark.stop()


def rebuild_works(con, curation: Curation | None = None, full: bool = False, retrain: bool = False,
                  spark=None) -> dict:
    """Inside a lake transaction: deduplicate the current records into works; ids stay
    stable across runs. Incremental by default: the records that are new, changed or removed
    since the last dedup are matched against the works near them (``dedup.incremental``),
    with the lake's match model, reading only those records' rows and state, so a nightly
    run costs what changed. A full rebuild happens when asked, on the first run, or when the
    dedup version changed; the model is estimated again on the first run, when asked
    (``retrain``), when the dedup version changed, or when the lake grew ``RETRAIN_GROWTH``
    times over (not a model trained from labels: ``train``). Only rows that differ are
    written. With a Spark session (``spark``) a full rebuild runs on it. Returns the dedup stats."""
    n_records = con.execute("select count(*) from records").fetchone()[0]
    model, trained_on = current_model(con)
    from_labels = model is not None and str(model.trained.get("source", "")).startswith("labels")
    if retrain or model is None or (n_records > RETRAIN_GROWTH * max(trained_on, 1) and not from_labels):
        model = None  # (a model trained from labels is kept as the lake grows)
    if not full and model is not None:
        stats = _rebuild_incremental(con, curation, model, n_records)
        if stats is not None:
            return stats
    return _rebuild_full(con, curation, model, spark)


def _records_on_spark(con, spark) -> list[dict]:
    """The current records as Spark reads them from the snapshot's Parquet files (those of
    this transaction's snapshot: files never change once written), checked against the
    catalog: the same (record_id, content_hash) pairs, or, when rows are still inline in
    the catalog (a write since ``flush_inlined``), read through DuckDB as the local engine
    does."""
    from dedup.spark_engine import read_snapshot

    schema = TABLES["records"]
    expected = sorted(con.execute("select record_id, content_hash from records").fetchall())
    got = read_snapshot(spark, snapshot_files(con, "records"), schema.names)
    if got is None or sorted(zip(got.column("record_id").to_pylist(), got.column("content_hash").to_pylist())) != expected:
        log.info("records: %s rows in Parquet files, %d in the snapshot (some inline in the catalog): "
                 "read through DuckDB", 0 if got is None else got.num_rows, len(expected))
        return read_table(con, "records").to_pylist()
    log.info("records: %d rows read by Spark from the snapshot's Parquet files", len(expected))
    return conform(got, schema).to_pylist()


def _rebuild_full(con, curation: Curation | None, model: MatchModel | None, spark=None) -> dict:
    rows = read_table(con, "records").to_pylist() if spark is None else _records_on_spark(con, spark)
    placed = read_table(con, "work_records", ["record_id", "work_id"]).to_pylist()
    previous = {r["record_id"]: r["work_id"] for r in placed}
    redirects = {r["old_work_id"]: r["merged_into"] for r in read_table(con, "work_redirects").to_pylist()}
    if spark is not None:
        from dedup.spark_engine import deduplicate_spark

        result = deduplicate_spark(rows, previous, redirects, curation, model, spark=spark)
    else:
        result = deduplicate(rows, previous, redirects, curation, model)
    store_model(con, result.model, len(rows))
    changes = work_changes(read_table(con, "works"), result.works, result.redirects, len(result.works))
    for table, new_rows in (("works", result.works), ("work_records", result.work_records),
                            ("work_redirects", result.redirects), ("match_edges", result.edges),
                            ("block_keys", result.keys), ("curated_records", _curated_rows(result.curated))):
        replace_rows(con, table, new_rows)
    log.info("works rebuilt: %s", result.stats)
    return {**result.stats, "works": len(result.works), "changed": 0, "work_changes": changes}


def work_changes(before: pa.Table, after: pa.Table | list[dict], redirects: list[dict], n_works: int) -> dict[str, int]:
    """How a dedup changed the works it touched: ``before`` and ``after`` are the rows of the
    same scope. ``new``: ids that were not there; ``merged``: ids folded into another work
    (a redirect names them); ``removed``: ids gone otherwise (their records left the lake);
    ``changed``: rows that differ; ``unchanged``: every other work in the lake."""
    schema = TABLES["works"]
    old = {r["work_id"]: r for r in conform(before, schema).to_pylist()}
    new = {r["work_id"]: r for r in conform(after, schema).to_pylist()}
    folded = {r["old_work_id"] for r in redirects}
    gone = old.keys() - new.keys()
    out = {"new": len(new.keys() - old.keys()), "merged": len(gone & folded), "removed": len(gone - folded),
           "changed": sum(1 for k in new.keys() & old.keys() if new[k] != old[k])}
    out["unchanged"] = n_works - out["new"] - out["changed"]
    return out


def _curated_rows(record_ids) -> list[dict]:
    return [{"record_id": r} for r in sorted(record_ids)]


_IN = "in (select unnest(?::VARCHAR[]))"


def _rebuild_incremental(con, curation: Curation | None, model: MatchModel, n_records: int) -> dict | None:
    """The incremental dedup through the lake; None on the first run (nothing to add to)."""
    if not con.execute("select 1 from work_records limit 1").fetchone():
        return None  # the first run
    fresh = con.execute("select r.record_id, w.record_id is not null from records r "
                        "left join work_records w on w.record_id = r.record_id "
                        "where w.record_id is null or w.record_hash is distinct from r.content_hash").fetchall()
    changed = {rid for rid, known in fresh if known}
    removed = {rid for (rid,) in con.execute(
        "select record_id from work_records where record_id not in (select record_id from records)").fetchall()}
    if not fresh and not removed and curation is None and not con.execute("select 1 from curated_records limit 1").fetchone():
        # nothing new, changed or removed, and no curation before or now: the works stand
        n_works = int(con.execute("select count(*) from works").fetchone()[0])
        return {"records": n_records, "works": n_works, "changed": 0,
                "work_changes": work_changes(TABLES["works"].empty_table(), [], [], n_works)}
    nb = LakeNeighbourhood(con)
    delta = plan(nb, nb.rows([rid for rid, _ in fresh]), changed, removed, curation, model)
    records, works = list(delta.record_scope), list(delta.work_scope)
    scope = works + [w["work_id"] for w in delta.works]
    before = read_table(con, "works", where=f"where work_id {_IN}", params=[scope])
    replace_rows(con, "works", delta.works, f"work_id {_IN}", [scope])
    replace_rows(con, "work_records", delta.work_records, f"record_id {_IN}", [records])
    replace_rows(con, "match_edges", delta.edges, f"record_a {_IN} or record_b {_IN}", [records, records])
    replace_rows(con, "block_keys", delta.keys, f"record_id {_IN}", [list(delta.key_scope)])
    upsert_rows(con, "work_redirects", delta.redirects)
    replace_rows(con, "curated_records", _curated_rows(delta.curated))
    n_works = con.execute("select count(*) from works").fetchone()[0]
    log.info("works updated: %s", delta.stats)
    return {**delta.stats, "records": n_records, "works": int(n_works), "changed": len(changed),
            "work_changes": work_changes(before, delta.works, delta.redirects, int(n_works))}


def train(lake: Lake, labels_text: str, source: str, curation: Curation | None = None,
          method: str = "boosted") -> tuple[MatchModel, dict]:
    """Fit the match model from labelled pairs of the lake's records (``dedup.supervised``)
    and rebuild every work with it, in one transaction. A label may name a record by its
    ``record_id`` or, for a records import, by its ``source_record_id`` when that names one
    record. From then on ``dedup`` and every run use this model (it is not re-estimated
    when the lake grows; ``dedup --retrain`` goes back to the unsupervised estimate)."""
    from dedup.supervised import Label, fit_labels, parse_labels

    labels = parse_labels(labels_text, source)

    def fit(con) -> tuple[MatchModel, dict]:
        rows = read_table(con, "records").to_pylist()
        ids = {r["record_id"] for r in rows}
        by_source: dict[str, list[str]] = {}
        for r in rows:
            if r.get("source_record_id"):
                by_source.setdefault(r["source_record_id"], []).append(r["record_id"])
        resolve = lambda x: x if x in ids else (by_source[x][0] if len(by_source.get(x, ())) == 1 else x)  # noqa: E731
        resolved = [Label(resolve(lb.left), resolve(lb.right), lb.match) for lb in labels]
        digest = hashlib.sha256(labels_text.encode()).hexdigest()[:12]
        model = fit_labels(rows, resolved, rows, source=f"labels {source} (sha256 {digest})", method=method)
        return model, _rebuild_full(con, curation, model)

    return lake.write(fit, "train", message=f"train {source}")


def dedup(lake: Lake, curation: Curation | None = None, full: bool = False, retrain: bool = False,
          engine: str = "local", spark_master: str = "local[*]", spark_conf: dict | None = None) -> int:
    """Rebuild works in a transaction of their own (the works DAG, ``scholarlake dedup``).
    ``engine="spark"`` makes it a full rebuild on Spark (``dedup.spark_engine``, a session
    on ``spark_master``): the same works as the local engine's full rebuild."""
    from .repair import damaged_tables, heal

    def rebuild(con) -> dict:
        healed = heal(con, lake, damaged_tables(lake, con))
        if engine == "spark":  # (the records' files were flushed just before: ``_records_on_spark``)
            return _with_spark(spark_master, spark_conf,
                               lambda spark: rebuild_works(con, curation, True, retrain, spark=spark))
        return rebuild_works(con, curation, full or healed, retrain)

    if engine == "spark":
        lake.flush_inlined()  # every record in a Parquet file Spark reads
    stats = lake.write(rebuild, "dedup", message=None)
    return stats["works"]


def run_id_for(mode: str, inputs: Iterable[str]) -> str:
    """The same inputs give the same run id: a re-run is another attempt of the same run."""
    h = hashlib.sha256(mode.encode())
    for item in sorted(inputs):
        h.update(b"\0" + item.encode("utf-8", "surrogateescape"))
    return "run-" + h.hexdigest()[:16]


def record_run(con, run_id: str, mode: str, started: datetime, results: list[DocResult],
               n_works: int, seconds: dict[str, float], status: str) -> None:
    """Inside a lake transaction: this run's ``runs`` row (a re-run counts another attempt)."""
    old = con.execute("select attempt from runs where run_id = ?", [run_id]).fetchone()
    row = {
        "run_id": run_id,
        "mode": mode,
        "attempt": (old[0] + 1) if old else 1,
        "started_at": started,
        "finished_at": datetime.now(timezone.utc),
        "status": status,
        "n_documents": len(results),
        "n_new_documents": sum(r.new for r in results),
        "n_records": sum(r.n_records for r in results),
        "n_rejects": sum(len(r.rejects) for r in results),
        "n_works": n_works,
        "seconds_extract": seconds.get("extract"),
        "seconds_dedup": seconds.get("dedup"),
        "seconds_write": seconds.get("write"),
        "scholarlake_version": __version__,
    }
    con.execute("delete from runs where run_id = ?", [run_id])
    insert_rows(con, "runs", [row])


@dataclass(frozen=True)
class SourceSpec:
    """One input: a local path (glob expanded by the caller) and an optional forced kind."""

    path: str
    kind: str | None = None
    source: str | None = None  # the config source it belongs to


def ingest(
    sources: list[SourceSpec],
    lake: Lake,
    *,
    mode: str = "ingest",
    curation: Curation | None = None,
    progress: Progress | None = None,
    harvests: Iterable[tuple[str, Callable[[], list]]] = (),
    limits: Limits | None = None,
) -> RunSummary:
    """Read and extract every source and run the ``harvests`` (name, call) of network
    sources, then commit the run in one transaction: every document's rows, the works, and
    the ``runs`` row. A harvest returns staged documents (web sources) or results of pages
    it stored itself as they arrived (arXiv, so that an interrupted harvest resumes)."""
    lake.init()
    limits = limits or Limits()
    started = datetime.now(timezone.utc)
    t0 = time.perf_counter()
    staged: list[Staged] = []
    inputs: list[str] = []
    harvested: list[DocResult] = []
    for name, harvest in harvests:
        for item in harvest():
            if isinstance(item, Staged):
                staged.append(item)
                inputs.append(f"{name}|{item.uri}|{item.doc_id or ''}")
            else:
                harvested.append(item)
                inputs.append(f"{name}|{item.source_uri}|{item.doc_id or ''}")
        if progress:
            progress(name)
    seen = first_seen(lake)
    before = extracted_before(lake)
    files_read: dict[tuple[int, int], str] = {}  # (device, inode) -> the spelling read first
    for spec in sources:
        same = _same_file(spec.path, files_read)
        if same:
            log.info("%s: the same file as %s; read once", spec.path, same)
            continue
        try:
            fetched = read_input(spec.path, limits.bytes)
        except FetchError as exc:
            item = stage_unreadable(exc.source_uri, exc.reason)
        else:
            item = stage_document(lake, fetched, spec.kind, spec.source, seen, limits, before)
            seen.setdefault(item.doc_id, item.raw["fetched_at"])
        staged.append(item)
        inputs.append(f"{spec.path}|{spec.kind or ''}|{item.doc_id or ''}")
        if progress:
            progress(spec.path)
    t1 = time.perf_counter()
    staged = list({s.uri: s for s in staged}.values())  # a URI read twice counts once: its last read
    results = [s.result for s in staged] + harvested
    n_rejects = sum(len(r.rejects) for r in results)
    status = "failed" if results and all(r.failed for r in results) else ("partial" if n_rejects else "ok")
    run_id = run_id_for(mode, inputs)
    seconds = {"extract": t1 - t0}

    def commit(con) -> int:
        from .repair import damaged_tables, heal

        t2 = time.perf_counter()
        healed = heal(con, lake, damaged_tables(lake, con))  # a damaged works file never blocks a run
        store_staged(con, staged)
        _crash_point("stored")
        t3 = time.perf_counter()
        stats = rebuild_works(con, curation, full=healed)
        t4 = time.perf_counter()
        seconds.update(write=t3 - t2, dedup=t4 - t3)
        record_run(con, run_id, mode, started, results, stats["works"], seconds, status)
        _crash_point("deduped")
        return stats

    _crash_point("staged")
    stats = lake.write(commit, f"run {run_id}", message=run_id)
    _crash_point("committed")
    return RunSummary(run_id, results, sum(r.n_records for r in results), n_rejects, stats["works"], status, seconds,
                      stats.get("work_changes", {}))


def _same_file(path: str, files_read: dict[tuple[int, int], str]) -> str | None:
    """The spelling under which this run already read the file at ``path`` (a link, ``a/../b``
    next to ``b``), or None; records this one when it is new."""
    try:
        st = os.stat(path, follow_symlinks=False)
    except OSError:
        return None
    key = (st.st_dev, st.st_ino)
    if key in files_read:
        return files_read[key]
    files_read[key] = path
    return None


def unknown_curation_ids(lake: Lake, curation: Curation) -> list[str]:
    """A message for each curation id that names no record, work or merged work of the lake
    (such a row has no effect: a typo, or an id from another lake)."""
    ids = sorted({x for _, _, x in curation.named_at})
    if not ids:
        return []
    con = lake.connect()
    try:
        known = {x for (x,) in con.execute(f"""
            select record_id from records where record_id {_IN} union all
            select work_id from works where work_id {_IN} union all
            select old_work_id from work_redirects where old_work_id {_IN}""", [ids, ids, ids]).fetchall()}
    finally:
        con.close()
    return [f"{source}: line {line}: {x!r} is no record or work in {lake.root}; the row has no effect"
            for source, line, x in curation.named_at if x not in known]


def load_curation(path: str | Path | None) -> Curation | None:
    if not path:
        return None
    p = Path(path)
    return Curation.parse(p.read_text(encoding="utf-8"), str(p))
