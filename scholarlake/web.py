"""Web sources: documents at URLs (listing pages, profile pages, CVs as PDF or text, BibTeX,
publication pages) and the daily-papers JSON API, one day per run.

Each URL is fetched with a conditional GET against the latest stored copy (ETag /
If-Modified-Since): an unchanged page costs one 304 and adds nothing; changed bytes are a
new document, stored raw with the URL, status, headers and fetch time, then extracted like
a local file (format detected from content). ``offline=True`` replays the latest stored
copy of every URL with no network.
"""

from __future__ import annotations

import logging
from datetime import datetime

from warehouse import Lake

from .fetch import Fetched, FetchError
from .http import HttpClient
from .pipeline import DocResult, latest_copies, record_unreadable, store_document

log = logging.getLogger(__name__)

DAILY_PAPERS_API = "https://huggingface.co/api/daily_papers?date={ds}"


def _headers(row: dict | None) -> dict[str, str]:
    raw = (row or {}).get("http_headers") or {}
    return dict(raw.items() if isinstance(raw, dict) else raw)


def _touch(lake: Lake, row: dict, when: datetime) -> None:
    """An unchanged page (304): only its last fetch time moves."""
    with lake.lock():
        rows = lake.read_partition("raw_documents", row["doc_id"]).to_pylist()
        for r in rows:
            if r["source_uri"] == row["source_uri"]:
                r["last_fetched_at"] = when
        lake.write_partition("raw_documents", row["doc_id"], rows)


def fetch_page(lake: Lake, client: HttpClient, url: str, *, source: str | None = None, kind: str | None = None,
               offline: bool = False, latest: dict[str, dict] | None = None) -> DocResult:
    """One URL into the lake: fetched conditionally, or replayed from raw when offline.
    A URL that cannot be fetched becomes a ``read`` reject naming it and the reason."""
    latest = latest_copies(lake) if latest is None else latest
    prev = latest.get(url)
    if offline:
        if prev is None:
            return record_unreadable(lake, url, "offline, and no copy of this URL is stored")
        fetched = Fetched(url, lake.get_raw(prev["doc_id"]), prev["fetched_at"], prev["content_type"],
                          prev["http_status"], _headers(prev))
        return store_document(lake, fetched, kind, source)
    validators = _headers(prev)
    try:
        fetched = client.get(url, etag=validators.get("etag"), last_modified=validators.get("last-modified"))
    except FetchError as exc:
        return record_unreadable(lake, exc.source_uri, exc.reason)
    if fetched.http_status == 304:
        if prev is None:
            return record_unreadable(lake, url, "HTTP 304 to a request that had no stored copy to compare")
        _touch(lake, prev, fetched.fetched_at)
        log.info("%s: unchanged (304)", url)
        return DocResult(url, prev["doc_id"], prev["kind"], prev["n_records"] or 0, [{}] * (prev["n_rejects"] or 0))
    return store_document(lake, fetched, kind, source)


def web_client(src) -> HttpClient:
    return HttpClient(timeout=src.timeout, retries=src.retries, min_interval=src.min_interval,
                      max_bytes=src.max_bytes, respect_robots=src.respect_robots)


def fetch_source(lake: Lake, src, ds: str, offline: bool = False, client: HttpClient | None = None) -> list[DocResult]:
    """Every URL of a ``url`` or ``daily_papers`` source for day ``ds``."""
    client = client or web_client(src)
    latest = latest_copies(lake)
    results = []
    for url in src.urls_for(ds):
        results.append(fetch_page(lake, client, url, source=src.name, kind=src.format, offline=offline, latest=latest))
    return results
