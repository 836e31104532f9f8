"""Repairing a damaged lake (``scholarlake repair``), and the cheap self-healing every run
does before it commits.

What can be rebuilt is rebuilt from what the lake keeps whole:

- ``records`` and ``rejects``: extracted again from the raw bytes of each URI's current copy
  (``raw_documents`` says which);
- ``works``, ``work_records``, ``match_edges``, ``block_keys``, ``curated_records``: deduplicated
  again from the records (work ids
  stay when ``work_records`` is intact; a new match model is estimated when ``match_models``
  was lost);
- ``extractions`` (a cache of which code read which copy): recreated empty, so the next run
  extracts its documents again;
- a damaged raw file: set aside in ``raw/.damaged/``; the next fetch or ingest of its source
  stores the bytes again (``Lake.put_raw`` replaces a damaged copy).

What cannot: the rows of ``runs``, ``batches``, ``work_redirects`` and ``match_models`` that
were in a damaged file (history; the tables are recreated without them), ``raw_documents``
(the URIs of the raw files: re-ingest the sources), and a damaged catalog (restore it from a
backup). Each is named in the report.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from dedup import Curation
from warehouse import Lake
from warehouse.integrity import Problem, check, local_data, table_files
from warehouse.lake import read_table, recreate_table

from .fetch import Fetched
from .pipeline import first_seen, rebuild_works, stage_document, store_staged

log = logging.getLogger(__name__)

DERIVED = ("works", "work_records", "match_edges", "block_keys", "curated_records")  # rebuilt by dedup from records
CACHES = ("extractions",)  # recreated empty; the next run extracts again
HISTORY = ("runs", "batches", "work_redirects", "match_models")  # recreated; the damaged rows are lost
FROM_RAW = ("records", "rejects")  # extracted again from raw


@dataclass
class RepairReport:
    rebuilt: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    remaining: list[Problem] = field(default_factory=list)


def damaged_tables(lake: Lake, con) -> dict[str, list[str]]:
    """table -> its files that are missing or whose size is not the catalog's: a cheap test
    (a stat per file) that a run makes before it commits. ``check`` also compares contents."""
    if not local_data(lake):
        return {}
    out: dict[str, list[str]] = {}
    for table, path, size in table_files(lake, con):
        if not path.exists() or path.stat().st_size != size:
            out.setdefault(table, []).append(str(path))
    return out


def heal(con, lake: Lake, damaged: dict[str, list[str]]) -> bool:
    """Inside a run's transaction: recreate the derived and history tables among ``damaged``
    (the run then rebuilds works in full). Records damaged are not healed here: the run stops
    with an error naming the file and ``scholarlake repair``. Returns True when anything was
    recreated."""
    from warehouse import LakeError

    blocking = {t: f for t, f in damaged.items() if t in (*FROM_RAW, "raw_documents")}
    if blocking:
        table, files = next(iter(blocking.items()))
        raise LakeError(f"{files[0]}: a file of the {table} table is damaged; run 'scholarlake check' to see "
                        f"every damaged file and 'scholarlake repair --lake {lake.root}' to rebuild it")
    for table, files in damaged.items():
        log.warning("%s: damaged (%s table); the table is rebuilt%s", files[0], table,
                    "" if table in (*DERIVED, *CACHES) else " and the rows in that file are lost")
        recreate_table(con, table)
    return bool(damaged)


def repair(lake: Lake, curation: Curation | None = None) -> RepairReport:
    """Fix what ``check`` finds; returns what was rebuilt, what was lost, and what remains."""
    report = RepairReport()
    problems = check(lake).problems
    if any(p.kind == "catalog" for p in problems):
        report.remaining = problems
        return report
    for p in problems:
        if p.kind == "leftover":
            Path(p.path).unlink(missing_ok=True)
            report.rebuilt.append(f"removed {p.path} ({p.reason})")
        elif p.kind == "raw":
            aside = lake.root / "raw" / ".damaged"
            aside.mkdir(exist_ok=True)
            shutil.move(p.path, aside / Path(p.path).name)
            report.rebuilt.append(f"set aside {p.path} in {aside} ({p.reason}); ingest its source again to restore it")
    damaged = sorted({p.table for p in problems if p.kind == "table"})
    if damaged:
        lake.write(lambda con: _rebuild(con, lake, set(damaged), curation, report), "repair", message="repair")
    report.remaining = check(lake).problems
    return report


def _rebuild(con, lake: Lake, damaged: set[str], curation: Curation | None, report: RepairReport) -> None:
    for table in sorted(damaged):
        recreate_table(con, table)
    if "raw_documents" in damaged:
        report.lost.append("raw_documents: which URI each raw file came from; ingest or fetch the sources again")
    if damaged & set(FROM_RAW) and "raw_documents" not in damaged:
        for table in FROM_RAW:  # records and rejects are extracted together
            if table not in damaged:
                recreate_table(con, table)
        n = _extract_again(con, lake)
        report.rebuilt.append(f"records and rejects: extracted again from {n} raw document(s)")
    if damaged & set(CACHES):
        report.rebuilt.append("extractions: recreated empty; the next run extracts its documents again")
    for table in sorted(damaged & set(HISTORY)):
        report.lost.append(f"{table}: the rows that were in the damaged file")
    if damaged & {*DERIVED, *FROM_RAW, "match_models", "work_redirects"}:
        stats = rebuild_works(con, curation, full=True)
        report.rebuilt.append(f"works: deduplicated again ({stats['works']} works)")


def _extract_again(con, lake: Lake) -> int:
    """Every URI's current records from raw: its latest copy that gave records (a failed
    later copy leaves the earlier one current, as in a run), else its latest copy."""
    rows = read_table(con, "raw_documents", where="""qualify row_number() over (partition by source_uri
        order by coalesce(n_records, 0) > 0 desc, coalesce(last_fetched_at, fetched_at) desc, doc_id) = 1""")
    seen = first_seen(lake)
    staged = []
    for row in rows.to_pylist():
        try:
            data = lake.get_raw(row["doc_id"])
        except Exception as exc:  # damaged or gone: its records cannot come back from here
            log.warning("%s", exc)
            continue
        headers = dict(row["http_headers"]) if row.get("http_headers") else None
        fetched = Fetched(row["source_uri"], data, row["fetched_at"], row["content_type"], row["http_status"], headers)
        kind = row["kind"] if row["kind"] not in (None, "unknown") else None
        staged.append(stage_document(lake, fetched, kind, row["source"], seen))
    store_staged(con, staged)
    return len(staged)
