"""The plain-Python pipeline that the CLI and the Airflow DAGs both call.

fetch -> store raw -> detect -> extract -> normalize -> write partitions -> dedup -> runs.

Every input document is accounted for in ``raw_documents`` (when its bytes could be read)
and each of its entries lands in ``records`` or ``rejects``. Document-level partitions are
replaced atomically, so re-running the same input leaves the same rows.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

import extractors
from dedup import DEDUP_VERSION, Curation, deduplicate, deduplicate_incremental
from extractors import Document, ExtractError, RecordError, UnknownFormat
from normalizers.record import normalize
from scholarlake import __version__
from warehouse import Lake

from .fetch import Fetched, FetchError, read_file

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


@dataclass
class DocResult:
    source_uri: str
    doc_id: str | None
    kind: str | None
    n_records: int = 0
    rejects: list[dict] = field(default_factory=list)
    new: bool = False

    @property
    def failed(self) -> bool:
        """The whole document could not be used (it has no records and a document reject)."""
        return self.n_records == 0 and any(r["ordinal"] is None for r in self.rejects)


@dataclass
class RunSummary:
    run_id: str
    documents: list[DocResult]
    n_records: int
    n_rejects: int
    n_works: int
    status: str
    seconds: dict[str, float]

    @property
    def n_documents(self) -> int:
        return len(self.documents)


def reject_row(doc_id: str | None, uri: str, ordinal: int | None, stage: str, reason: str, excerpt: str = "") -> dict:
    rid = hashlib.sha256(f"{doc_id or uri}|{ordinal}|{stage}|{reason}".encode()).hexdigest()[:20]
    return {
        "reject_id": "X" + rid,
        "doc_id": doc_id,
        "source_uri": uri,
        "ordinal": ordinal,
        "stage": stage,
        "reason": reason,
        "excerpt": excerpt[:500],
    }


def _uri_partition(uri: str) -> str:
    return "uri-" + hashlib.sha256(uri.encode()).hexdigest()[:32]


def extract_document(doc: Document, kind: str | None = None) -> tuple[str, list[dict], list[dict]]:
    """Pure: a document -> (kind, record rows, reject rows). Never raises for bad input."""
    try:
        extractor = extractors.get(kind) if kind else extractors.detect(doc)
    except UnknownFormat as exc:
        return "unknown", [], [reject_row(doc.doc_id, doc.source_uri, None, "detect", exc.reason)]
    label = f"{extractor.name}@{extractor.version}"
    records: list[dict] = []
    rejects: list[dict] = []
    try:
        for item in extractor.extract(doc):
            if isinstance(item, RecordError):
                rejects.append(reject_row(doc.doc_id, doc.source_uri, item.ordinal, "extract", item.reason, item.excerpt))
                continue
            try:
                records.append(
                    normalize(item, doc_id=doc.doc_id, source_uri=doc.source_uri, source_kind=extractor.name,
                              extractor=label, capture=doc.capture_date)
                )
            except ValueError as exc:
                rejects.append(reject_row(doc.doc_id, doc.source_uri, item.ordinal, "normalize", str(exc), item.raw))
    except ExtractError as exc:
        records = []
        rejects.append(reject_row(doc.doc_id, doc.source_uri, None, "extract", exc.reason))
    if not records and not rejects and not getattr(extractor, "may_be_empty", False):
        rejects.append(reject_row(doc.doc_id, doc.source_uri, None, "extract", f"no records found by {extractor.name}"))
    return extractor.name, records, rejects


def store_document(lake: Lake, fetched: Fetched, kind: str | None = None, source: str | None = None) -> DocResult:
    """Keep the bytes, extract, and replace this document's partitions. Idempotent.
    ``source`` names the config source that read it."""
    doc_id = fetched.doc_id
    _, new = lake.put_raw(doc_id, fetched.data)
    doc = Document(doc_id, fetched.source_uri, fetched.data, fetched.fetched_at, fetched.content_type)
    detected, records, rejects = extract_document(doc, kind)
    with lake.lock():
        existing = [r for r in lake.read_partition("raw_documents", doc_id).to_pylist()]
        rows = {r["source_uri"]: r for r in existing}
        first = rows.get(fetched.source_uri)
        rows[fetched.source_uri] = {
            "doc_id": doc_id,
            "source_uri": fetched.source_uri,
            "kind": detected,
            "fetched_at": first["fetched_at"] if first else fetched.fetched_at,
            "content_type": fetched.content_type,
            "size_bytes": len(fetched.data),
            "raw_path": str(lake.raw_path(doc_id).relative_to(lake.root)),
            "n_records": len(records),
            "n_rejects": len(rejects),
            "source": source or (first or {}).get("source"),
            "last_fetched_at": max(fetched.fetched_at, first.get("last_fetched_at") or first["fetched_at"])
            if first else fetched.fetched_at,
            "http_status": fetched.http_status,
            "http_headers": fetched.http_headers,
        }
        # Record rows carry the first uri the document was seen under; ids derive from bytes.
        first_uri = min(rows.values(), key=lambda r: (r["fetched_at"], r["source_uri"]))["source_uri"]
        for r in records:
            r["source_uri"] = first_uri
        for r in rejects:
            r["source_uri"] = first_uri
        if records:
            lake.write_partition("records", doc_id, records)
        else:
            lake.delete_partition("records", doc_id)
        if rejects:
            lake.write_partition("rejects", doc_id, rejects)
        else:
            lake.delete_partition("rejects", doc_id)
        lake.write_partition("raw_documents", doc_id, sorted(rows.values(), key=lambda r: r["source_uri"]))
        lake.delete_partition("rejects", _uri_partition(fetched.source_uri))  # it is readable now
    for r in rejects:
        log.info("%s: %s%s", fetched.source_uri, f"entry {r['ordinal']}: " if r["ordinal"] else "", r["reason"])
    return DocResult(fetched.source_uri, doc_id, detected, len(records), rejects, new)


def latest_copies(lake: Lake, before: datetime | None = None) -> dict[str, dict]:
    """source_uri -> the ``raw_documents`` row of its latest copy: the one fetched last, or
    with ``before``, the one first fetched last before that time (what the URI showed then)."""
    if not lake.files("raw_documents"):
        return {}

    def when(row: dict) -> datetime:
        return row["fetched_at"] if before else (row["last_fetched_at"] or row["fetched_at"])

    latest: dict[str, dict] = {}
    for row in lake.read("raw_documents").to_pylist():
        if before and (row["fetched_at"] is None or row["fetched_at"] >= before):
            continue
        old = latest.get(row["source_uri"])
        if old is None or when(row) > when(old):
            latest[row["source_uri"]] = row
    return latest


def record_unreadable(lake: Lake, uri: str, reason: str) -> DocResult:
    row = reject_row(None, uri, None, "read", reason)
    with lake.lock():
        lake.write_partition("rejects", _uri_partition(uri), [row])
    log.info("%s: %s", uri, reason)
    return DocResult(uri, None, None, 0, [row])


def rebuild_works(lake: Lake, curation: Curation | None = None, full: bool = False) -> int:
    """Deduplicate the lake's records into works; ids stay stable across runs.

    Incremental by default: only records new since the last run are scored against the rest.
    A full rebuild happens when asked, on the first run, or when the dedup rules changed."""
    with lake.lock():
        rows = lake.read("records").to_pylist()
        previous = {r["record_id"]: r["work_id"] for r in lake.read("work_records", ["record_id", "work_id"]).to_pylist()}
        redirects = {r["old_work_id"]: r["merged_into"] for r in lake.read("work_redirects").to_pylist()}
        versions = set(lake.read("works", ["dedup_version"]).column("dedup_version").to_pylist())
        if full or not previous or versions != {DEDUP_VERSION}:
            result = deduplicate(rows, previous, redirects, curation)
        else:
            edges = lake.read("match_edges").to_pylist()
            result = deduplicate_incremental(rows, previous, redirects, edges, curation)
        lake.write_table("works", result.works)
        lake.write_table("work_records", result.work_records)
        lake.write_table("work_redirects", result.redirects)
        lake.write_table("match_edges", result.edges)
    log.info("works rebuilt: %s", result.stats)
    return len(result.works)


def run_id_for(mode: str, inputs: Iterable[str]) -> str:
    """The same inputs give the same run id: a re-run is another attempt of the same run."""
    h = hashlib.sha256(mode.encode())
    for item in sorted(inputs):
        h.update(b"\0" + item.encode())
    return "run-" + h.hexdigest()[:16]


def record_run(lake: Lake, run_id: str, mode: str, started: datetime, results: list[DocResult],
                n_works: int, seconds: dict[str, float], status: str) -> None:
    with lake.lock():
        runs = {r["run_id"]: r for r in lake.read("runs").to_pylist()}
        attempt = (runs[run_id]["attempt"] + 1) if run_id in runs else 1
        runs[run_id] = {
            "run_id": run_id,
            "mode": mode,
            "attempt": attempt,
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
        lake.write_table("runs", sorted(runs.values(), key=lambda r: r["started_at"]))


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
    harvests: Iterable[tuple[str, Callable[[], list[DocResult]]]] = (),
) -> RunSummary:
    """Read, extract, normalize and store every source, run the ``harvests`` (name, call)
    of network sources (each stores its own pages), then rebuild works."""
    lake.init()
    started = datetime.now(timezone.utc)
    t0 = time.perf_counter()
    results: list[DocResult] = []
    harvested: list[tuple[str, DocResult]] = []
    for name, harvest in harvests:
        harvested += [(name, r) for r in harvest()]
        if progress:
            progress(name)
    for spec in sources:
        try:
            fetched = read_file(spec.path)
        except FetchError as exc:
            results.append(record_unreadable(lake, exc.source_uri, exc.reason))
        else:
            results.append(store_document(lake, fetched, spec.kind, spec.source))
        if progress:
            progress(spec.path)
    t1 = time.perf_counter()
    n_works = rebuild_works(lake, curation)
    t2 = time.perf_counter()
    seconds = {"extract": t1 - t0, "dedup": t2 - t1}
    inputs = [f"{s.path}|{s.kind or ''}|{r.doc_id or ''}" for s, r in zip(sources, results)]
    inputs += [f"{name}|{r.source_uri}|{r.doc_id or ''}" for name, r in harvested]
    results += [r for _, r in harvested]  # before the counts: harvested pages are inputs too
    n_rejects = sum(len(r.rejects) for r in results)
    status = "failed" if results and all(r.failed for r in results) else ("partial" if n_rejects else "ok")
    run_id = run_id_for(mode, inputs)
    record_run(lake, run_id, mode, started, results, n_works, seconds, status)
    seconds["write"] = time.perf_counter() - t2
    return RunSummary(run_id, results, sum(r.n_records for r in results), n_rejects, n_works, status, seconds)


def load_curation(path: str | Path | None) -> Curation | None:
    if not path:
        return None
    p = Path(path)
    return Curation.parse(p.read_text(encoding="utf-8"), str(p))
