"""arXiv as a live source: the Atom API for queries, OAI-PMH for bulk date windows.

OAI-PMH needs only ListRecords and its resumption tokens here, a short loop; a client
library such as Sickle makes its own requests, so it could neither replay stored pages nor
share the retry and spacing rules of ``scholarlake.http``.

Both harvest one date window (an Airflow data interval) page by page. Every page is kept in
the lake's raw area under the URI of the request that produced it, then extracted like any
other document, so:

* a harvest that fails mid-way resumes where it stopped: pages already stored are replayed
  from raw, not fetched again (the API pages are named by their ``start`` offset, the OAI
  pages by their number in the window);
* re-running a finished window fetches nothing and changes nothing;
* ``refresh=True`` fetches again; a page fetched again replaces the records of the copy it
  supersedes, so the same page never counts twice.

Requests are spaced by the source's ``min_interval`` (3 s for arXiv) and retried with
backoff (``scholarlake.http``). An OAI resumption token that expires mid-harvest
(``badResumptionToken``) restarts the window from its first page.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable

import feedparser

from warehouse import Lake, LakeError

from .fetch import Fetched, FetchError
from .http import HttpClient, Unusable
from .pipeline import DocResult, latest_copies, record_unreadable, store_document

log = logging.getLogger(__name__)

API_URL = "https://export.arxiv.org/api/query"
OAI_URL = "https://oaipmh.arxiv.org/oai"
MIN_INTERVAL = 3.0  # seconds between requests, as arXiv asks
MAX_PAGES = 10_000  # a guard against a server that never stops paging


@dataclass(frozen=True)
class Window:
    """A half-open interval of submission/update dates, [start, end)."""

    start: datetime
    end: datetime

    @classmethod
    def day(cls, ds: str) -> "Window":
        start = datetime.fromisoformat(ds).replace(tzinfo=timezone.utc)
        return cls(start, start + timedelta(days=1))


# --------------------------------------------------------------------------- Atom API


def api_params(query: str | None, id_list: list[str] | None, window: Window | None, start: int,
               page_size: int) -> dict:
    """Query parameters of one API page. A window adds ``submittedDate:[a TO b]`` (arXiv's
    minute resolution; ``b`` is the last minute inside the window)."""
    terms = [f"({query})"] if query else []
    if window:
        last = window.end - timedelta(minutes=1)
        terms.append(f"submittedDate:[{window.start:%Y%m%d%H%M} TO {last:%Y%m%d%H%M}]")
    params: dict = {}
    if terms:
        params["search_query"] = " AND ".join(terms)
    if id_list:
        params["id_list"] = ",".join(id_list)
    params.update(start=start, max_results=page_size, sortBy="submittedDate", sortOrder="ascending")
    return params


def atom_page_info(data: bytes) -> tuple[int, int]:
    """(totalResults, entries on this page) of an API answer; Unusable when the XML is broken
    (a truncated answer is retried, never taken as a short last page)."""
    # a stream, never bytes: feedparser takes bytes that look like a path for a file to open
    feed = feedparser.parse(io.BytesIO(data))
    if feed.bozo and isinstance(feed.bozo_exception, Exception) and not isinstance(
            feed.bozo_exception, feedparser.CharacterEncodingOverride):
        raise Unusable(f"malformed Atom XML ({feed.bozo_exception})")
    total = feed.feed.get("opensearch_totalresults")
    if total is None:
        raise Unusable("no opensearch:totalResults in the answer")
    return int(total), len(feed.entries)


# --------------------------------------------------------------------------- OAI-PMH

_OAI = "{http://www.openarchives.org/OAI/2.0/}"


def oai_page_info(data: bytes) -> tuple[str | None, str | None]:
    """(OAI error code or None, resumption token or None) of a ListRecords answer; Unusable
    when the XML does not parse (a truncated answer)."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise Unusable(f"malformed OAI-PMH XML ({exc})") from None
    error = root.find(f"{_OAI}error")
    token = root.find(f".//{_OAI}resumptionToken")
    return (error.get("code") if error is not None else None,
            (token.text or "").strip() or None if token is not None else None)


class _ExpiredToken(Exception):
    pass


class _NoRecords(Exception):
    pass


# --------------------------------------------------------------------------- harvesting


class Harvest:
    """Pages of one window into the lake; see the module docstring."""

    def __init__(self, lake: Lake, client: HttpClient | None = None, refresh: bool = False,
                 kind: str | None = None, source: str | None = None):
        self.lake = lake
        self.source = source
        self.client = client or HttpClient(min_interval=MIN_INTERVAL)
        self.refresh = refresh
        self.kind = kind
        self.results: list[DocResult] = []
        self.fetched = 0  # pages fetched over the network (the rest were replayed)
        # source_uri -> doc_id of every page already in the lake (its latest copy)
        self._stored = {uri: row["doc_id"] for uri, row in latest_copies(lake).items()}

    def page(self, uri: str, fetch: Callable[[], Fetched]) -> Fetched:
        """A page from raw if stored (and not refreshing), else fetched and stored."""
        old = self._stored.get(uri)
        if old and not self.refresh:
            try:
                data = self.lake.get_raw(old)
            except LakeError as exc:  # damaged or gone: fetch the page again
                log.warning("%s; fetching the page again", exc)
            else:
                log.info("%s: replayed from raw (%s)", uri, old[:12])
                return Fetched(uri, data, datetime.now(timezone.utc), None)
        fetched = fetch()
        self.fetched += 1
        if fetched.source_uri != uri:
            fetched = dataclasses.replace(fetched, source_uri=uri)
        return fetched  # stored under the same URI, it replaces the older copy's records

    def store(self, fetched: Fetched) -> DocResult:
        result = store_document(self.lake, fetched, self.kind, self.source)
        self._stored[fetched.source_uri] = result.doc_id
        self.results.append(result)
        return result

    # ----------------------------------------------------------------- API

    def api(self, query: str | None = None, id_list: list[str] | None = None, window: Window | None = None,
            url: str = API_URL, page_size: int = 100) -> list[DocResult]:
        """Every page of an API query, ``start`` = 0, page_size, ... until totalResults."""
        if not query and not id_list:
            raise ValueError("an arXiv API harvest needs a query or an id list")
        start = 0
        for _ in range(MAX_PAGES):
            params = api_params(query, id_list, window, start, page_size)
            uri = self.client.request_uri(url, params)
            fetched = self.page(uri, lambda: self.client.get(url, params, validate=atom_page_info))
            if self.store(fetched).failed:  # an API error feed: its message is in rejects
                log.error("%s: the arXiv API answered with an error; see rejects", uri)
                break
            total, n = atom_page_info(fetched.data)
            start += n
            if n == 0 or start >= total:
                break
        return self.results

    # ----------------------------------------------------------------- OAI-PMH

    def oai(self, window: Window, url: str = OAI_URL, metadata_prefix: str = "arXiv",
            set_spec: str | None = None, restarts: int = 2) -> list[DocResult]:
        """ListRecords over ``window`` (from = first day, until = last day, inclusive),
        following resumption tokens."""
        first = {"verb": "ListRecords", "metadataPrefix": metadata_prefix,
                 "from": f"{window.start:%Y-%m-%d}", "until": f"{window.end - timedelta(seconds=1):%Y-%m-%d}"}
        if set_spec:
            first["set"] = set_spec
        base = self.client.request_uri(url, first)
        for attempt in range(restarts + 1):
            try:
                self._oai_pages(url, base, first)
                return self.results
            except _NoRecords:
                log.info("%s: no records in this window", base)
                return self.results
            except _ExpiredToken as exc:
                if attempt == restarts:
                    raise FetchError(base, f"resumption token rejected again after {restarts} restarts: {exc}") from None
                log.warning("%s: resumption token expired (%s); restarting the window", base, exc)
                self.refresh = True  # the stored pages belong to the failed pass
                self.results = []
        return self.results

    def _oai_pages(self, url: str, base: str, first: dict) -> None:
        """Pages 1..n of one pass. A stored page is replayed, and the token it holds leads to
        the next, so an interrupted pass resumes after its last stored page."""
        params = first
        for number in range(1, MAX_PAGES + 1):
            uri = f"{base}#page={number}"
            fetched = self.page(uri, lambda p=params: self.client.get(url, p, validate=oai_page_info))
            code, token = oai_page_info(fetched.data)
            if code == "badResumptionToken":
                raise _ExpiredToken(uri)
            if code == "noRecordsMatch":
                raise _NoRecords(uri)
            self.store(fetched)
            if code:
                raise FetchError(uri, f"OAI-PMH error {code}; see rejects")
            if not token:
                return
            params = {"verb": first["verb"], "resumptionToken": token}
        raise FetchError(base, f"more than {MAX_PAGES} pages")


def harvest_source(lake: Lake, src, window: Window, refresh: bool = False,
                   client: HttpClient | None = None) -> list[DocResult]:
    """One arXiv source (a ``SourceConfig`` of kind ``arxiv`` or ``arxiv_oai``) over one window.
    A harvest that cannot finish becomes a ``read`` reject naming the request and the reason;
    the pages that did arrive stay stored, and the next run resumes after them."""
    client = client or HttpClient(min_interval=src.min_interval, retries=max(src.retries, 2),
                                  total_timeout=src.total_timeout, allow_hosts=src.allow_hosts,
                                  allow_private=src.allow_private_addresses)
    h = Harvest(lake, client, refresh=refresh, kind=src.format, source=src.name)
    try:
        if src.kind == "arxiv":
            h.api(src.query, list(src.id_list) or None, window, url=src.url or API_URL, page_size=src.page_size)
        else:
            h.oai(window, url=src.url or OAI_URL, set_spec=src.set)
    except FetchError as exc:
        log.error("source %s, %s..%s: %s", src.name, window.start.date(), window.end.date(), exc)
        h.results.append(record_unreadable(lake, exc.source_uri, exc.reason))
        if exc.data:  # the last, malformed answer: kept raw (under its own name, so a later run
            # fetches the page again rather than resuming from it), its extraction error in rejects
            h.store(Fetched(exc.source_uri + "#unusable", exc.data, datetime.now(timezone.utc), None))
    log.info("source %s: %d pages (%d fetched, the rest replayed from raw)", src.name, len(h.results), h.fetched)
    return h.results
