"""The units of work that the Airflow DAGs call, one function per task. No Airflow here:
the DAG files stay thin and these functions are tested like any other library code.

An ingestion run covers one source and one data interval (a day). Each document is stored
in a lake transaction of its own (a mapped task; many run at once, see ``Lake.write``), and
the run writes its own rows of ``batches`` listing what it read. Re-running the interval
replaces those rows; other intervals are untouched.
"""

from __future__ import annotations

import fnmatch
import logging
from datetime import datetime, timezone

from warehouse import Lake
from warehouse.lake import replace_rows

from .config import Config, SourceConfig, find_source, load_config
from .fetch import Fetched, FetchError, expand_paths, read_input
from .pipeline import DocResult, dedup, latest_copies, record_run, record_unreadable, store_document

log = logging.getLogger(__name__)


def lake_for(config: Config, lake_path: str | None = None) -> Lake:
    return Lake(lake_path or config.lake or None, config.catalog, config.data_path)


def batch_id(source: str, interval_start: datetime) -> str:
    return f"{source}/{interval_start.astimezone(timezone.utc):%Y-%m-%dT%H%M}"


def plan(config_path: str, source_name: str, interval_start: datetime, interval_end: datetime,
         backfill: bool, lake_path: str | None = None) -> list[dict]:
    """What to read for one interval: a list of small dicts (they travel through XCom).

    A source whose paths name the day (``{ds}``) reads that day's files. Any other source
    shows only its present state: a live run reads it; a backfill of a past interval
    cannot, so it replays the raw copy stored before the interval ended, and says so."""
    config = load_config(config_path)
    src = find_source(config, source_name)
    ds = f"{interval_start:%Y-%m-%d}"
    if src.is_arxiv:  # one harvest per interval: its pages are fetched in order, politely
        return [{"arxiv": interval_start.isoformat(), "end": interval_end.isoformat()}]
    if src.is_web and (src.dated or not backfill):
        return [{"url": u} for u in src.urls_for(ds)]
    if src.dated:
        return [{"path": p} for p in expand_paths(src.paths_for(ds))]
    if not backfill:
        return [{"path": p} for p in expand_paths(src.paths)]
    log.warning("source %s cannot go back in time: replaying the raw copies stored before %s",
                source_name, interval_end)
    return _replay_items(lake_for(config, lake_path), src, interval_end)


def _replay_items(lake: Lake, src: SourceConfig, before: datetime) -> list[dict]:
    patterns = (*src.paths, *src.urls)
    latest = {uri: row for uri, row in latest_copies(lake, before).items()
              if any(fnmatch.fnmatch(uri, p) or uri == p for p in patterns)}
    if not latest:
        log.warning("source %s: no raw copy stored before %s; this interval stays empty", src.name, before)
    return [{"replay": r["doc_id"], "uri": uri, "fetched_at": r["fetched_at"].isoformat()}
            for uri, r in sorted(latest.items())]


def ingest_item(config_path: str, source_name: str, item: dict, lake_path: str | None = None) -> dict:
    """Fetch (or replay) one document, extract it and store it in a transaction of its own."""
    config = load_config(config_path)
    src = find_source(config, source_name)
    lake = lake_for(config, lake_path)
    lake.init()
    if "arxiv" in item:
        from .arxiv import Window, harvest_source

        window = Window(datetime.fromisoformat(item["arxiv"]), datetime.fromisoformat(item["end"]))
        return {"pages": [_summary(r, replayed=False) for r in harvest_source(lake, src, window)]}
    if "url" in item:
        from .web import fetch_page, web_client

        result = fetch_page(lake, web_client(src), item["url"], source=src.name, kind=src.format,
                            limits=config.limits)
    elif "replay" in item:
        fetched = Fetched(item["uri"], lake.get_raw(item["replay"]),
                          datetime.fromisoformat(item["fetched_at"]), None)
        result = store_document(lake, fetched, src.format, src.name, config.limits)
    else:
        try:
            result = store_document(lake, read_input(item["path"], config.limits.bytes), src.format, src.name,
                                    config.limits)
        except FetchError as exc:
            result = record_unreadable(lake, exc.source_uri, exc.reason)
    return _summary(result, replayed="replay" in item)


def _summary(result: DocResult, replayed: bool) -> dict:
    """What one stored document tells ``publish_batch`` (small: it travels through XCom)."""
    return {"uri": result.source_uri, "doc_id": result.doc_id, "kind": result.kind,
            "n_records": result.n_records, "n_rejects": len(result.rejects), "replayed": replayed}


def publish_batch(config_path: str, source_name: str, interval_start: datetime, interval_end: datetime,
                  results: list[dict], lake_path: str | None = None) -> dict:
    """Write this interval's rows of ``batches`` (replacing a previous run of it)."""
    config = load_config(config_path)
    lake = lake_for(config, lake_path)
    bid = batch_id(source_name, interval_start)
    results = [page for r in results for page in (r["pages"] if "pages" in r else [r])]
    rows = {r["uri"]: {
        "batch_id": bid, "source": source_name, "interval_start": interval_start,
        "interval_end": interval_end, "source_uri": r["uri"], "doc_id": r["doc_id"],
        "replayed": r["replayed"], "n_records": r["n_records"], "n_rejects": r["n_rejects"],
    } for r in results}
    docs = [DocResult(r["uri"], r["doc_id"], r["kind"], r["n_records"], [{}] * r["n_rejects"]) for r in results]
    n_rejects = sum(r["n_rejects"] for r in results)
    started = datetime.now(timezone.utc)

    def commit(con) -> None:
        replace_rows(con, "batches", sorted(rows.values(), key=lambda r: r["source_uri"]), "batch_id = ?", [bid])
        n_works = con.execute("select count(*) from works").fetchone()[0]
        record_run(con, f"airflow:{bid}", "airflow", started, docs, n_works, {}, "partial" if n_rejects else "ok")

    lake.write(commit, f"publishing {bid}", message=f"airflow:{bid}")
    summary = {"batch_id": bid, "documents": len(rows), "records": sum(r["n_records"] for r in results),
               "rejects": n_rejects}
    log.info("published %s", summary)
    return summary


def rebuild(config_path: str, lake_path: str | None = None) -> dict:
    """Incremental dedup of everything in the lake into works; with ``[dedup] engine =
    "spark"``, a full rebuild on Spark (``[spark] master``, ``conf``)."""
    config = load_config(config_path)
    lake = lake_for(config, lake_path)
    lake.init()
    from .pipeline import load_curation

    return {"works": dedup(lake, load_curation(config.curation), engine=config.engine,
                           spark_master=config.spark_master, spark_conf=config.spark_conf)}
