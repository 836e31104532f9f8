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

from extractors.limits import Limits
from warehouse import Lake, LakeError

from .fetch import Fetched, FetchError
from .http import HttpClient
from .pipeline import (DocResult, Staged, first_seen, latest_copies, stage_document, stage_touch, stage_unreadable,
                       store)

log = logging.getLogger(__name__)

DAILY_PAPERS_API = "https://huggingface.co/api/daily_papers?date={ds}"


def _headers(row: dict | None) -> dict[str, str]:
    raw = (row or {}).get("http_headers") or {}
    return dict(raw.items() if isinstance(raw, dict) else raw)


def fetch_page(lake: Lake, client: HttpClient, url: str, *, source: str | None = None, kind: str | None = None,
               offline: bool = False, limits: Limits | None = None) -> DocResult:
    """One URL into the lake, in a transaction of its own (an Airflow task)."""
    staged = stage_page(lake, client, url, source=source, kind=kind, offline=offline, limits=limits)
    return store(lake, [staged], f"storing {url}")[0]


def stage_page(lake: Lake, client: HttpClient, url: str, *, source: str | None = None, kind: str | None = None,
               offline: bool = False, latest: dict[str, dict] | None = None,
               seen: dict | None = None, limits: Limits | None = None) -> Staged:
    """One URL, fetched conditionally (or replayed from raw when offline) and extracted; the
    caller stores it. A URL that cannot be fetched becomes a ``read`` reject naming it and
    the reason; an unchanged page (304) only moves its stored copy's last fetch time."""
    latest = latest_copies(lake, uris=[url]) if latest is None else latest
    prev = latest.get(url)
    if offline:
        if prev is None:
            return stage_unreadable(url, "offline, and no copy of this URL is stored")
        try:
            data = lake.get_raw(prev["doc_id"])
        except LakeError as exc:
            return stage_unreadable(url, f"offline, and the stored copy cannot be used: {exc}")
        fetched = Fetched(url, data, prev["fetched_at"], prev["content_type"], prev["http_status"], _headers(prev))
        return stage_document(lake, fetched, kind, source, seen, limits)
    validators = _headers(prev)
    try:
        fetched = client.get(url, etag=validators.get("etag"), last_modified=validators.get("last-modified"))
    except FetchError as exc:
        return stage_unreadable(exc.source_uri, exc.reason)
    if fetched.http_status == 304:
        if prev is None:
            return stage_unreadable(url, "HTTP 304 to a request that had no stored copy to compare")
        log.info("%s: unchanged (304)", url)
        return stage_touch(prev, fetched.fetched_at)
    return stage_document(lake, fetched, kind, source, seen, limits)


def web_client(src) -> HttpClient:
    return HttpClient(timeout=src.timeout, retries=src.retries, min_interval=src.min_interval,
                      max_bytes=src.max_bytes, respect_robots=src.respect_robots, total_timeout=src.total_timeout,
                      allow_hosts=src.allow_hosts, allow_private=src.allow_private_addresses)


def fetch_source(lake: Lake, src, ds: str, offline: bool = False, client: HttpClient | None = None,
                 limits: Limits | None = None) -> list[Staged]:
    """Every URL of a ``url`` or ``daily_papers`` source for day ``ds``, staged for the run's
    transaction."""
    client = client or web_client(src)
    latest = latest_copies(lake)
    seen = first_seen(lake)
    return [stage_page(lake, client, url, source=src.name, kind=src.format, offline=offline, latest=latest, seen=seen,
                       limits=limits) for url in src.urls_for(ds)]
