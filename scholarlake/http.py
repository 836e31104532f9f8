"""The HTTP fetch edge: polite GETs with retries, backoff, Retry-After, spacing, robots.txt,
conditional requests and a size limit.

    client = HttpClient(min_interval=3.0)        # arXiv asks for one request every 3 s
    fetched = client.get("https://export.arxiv.org/api/query", {"id_list": "2306.03805"})

Retries (tenacity) cover connection errors, timeouts, bodies cut short, 429 and 5xx
answers, and answers the caller finds unusable (``validate`` raises :class:`Unusable`, e.g.
a truncated feed). A ``Retry-After`` header (seconds or an HTTP date) is honoured up to
``max_wait``; otherwise the wait grows exponentially. When the retries are spent, or on an
answer that retrying cannot fix (4xx, a redirect loop, a body over ``max_bytes``, a path
that robots.txt disallows), :class:`FetchError` names the URL and the reason.

Requests to one host are spaced by ``min_interval`` seconds across all clients of this
process (the spacing between tasks of different processes is Airflow's pool's job).
``get(..., etag=..., last_modified=...)`` sends a conditional request; an unchanged page
comes back as a :class:`Fetched` with ``http_status == 304`` and no bytes.
"""

from __future__ import annotations

import contextlib
import email.utils
import ipaddress
import logging
import socket
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable
from urllib.parse import urlencode, urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import requests
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

from . import __version__
from .fetch import Fetched, FetchError

log = logging.getLogger(__name__)

USER_AGENT = f"scholarlake/{__version__} (scholarly-metadata ingestion; +https://github.com/scholarlake/scholarlake)"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
# Pseudo-header kept in ``raw_documents.http_headers``: the URL the answer came from, when
# redirects moved the request.
FINAL_URL = "final-url"
ROBOTS_MAX_BYTES = 500 * 1024
ROBOTS_MAX_REDIRECTS = 5  # RFC 9309: follow at least five redirects for robots.txt
KEPT_HEADERS = ("content-type", "etag", "last-modified", "content-length", "date", "location")


class Unusable(Exception):
    """Raised by a ``validate`` callback: the answer arrived but cannot be used; retry it."""


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None, data: bytes | None = None):
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after
        self.data = data  # an unusable answer's bytes


class _Spacing:
    """Per-host minimum interval between request starts, shared by the whole process."""

    _lock = threading.Lock()
    _last: dict[str, float] = {}

    @classmethod
    def wait(cls, host: str, interval: float) -> None:
        if interval <= 0:
            return
        with cls._lock:
            now = time.monotonic()
            ready = cls._last.get(host, -1e9) + interval
            if ready > now:
                time.sleep(ready - now)
            cls._last[host] = time.monotonic()


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


@dataclass
class HttpClient:
    timeout: float = 30.0  # seconds for connect and for each read
    retries: int = 4  # attempts after the first
    backoff: float = 2.0  # first wait; doubles each retry
    max_wait: float = 120.0  # cap on any single wait, Retry-After included
    min_interval: float = 0.0  # spacing between requests to one host
    max_bytes: int = 50_000_000  # a larger body is refused, not read into memory
    respect_robots: bool = False  # check robots.txt before each URL (web sources turn it on)
    total_timeout: float = 300.0  # seconds for a whole answer, however slowly it trickles in
    max_redirects: int = 10
    # Hosts a redirect may lead to besides the requested URL's own site (the same host, or one
    # of them a subdomain of the other: example.org <-> www.example.org).
    allow_hosts: tuple[str, ...] = ()
    # Private and loopback addresses are refused unless this is on (tests, intranet sources).
    # Link-local (169.254.169.254, a cloud's metadata service), multicast, reserved and
    # unspecified addresses are refused always.
    allow_private: bool = False
    user_agent: str = USER_AGENT
    session: requests.Session = field(default_factory=requests.Session)
    _robots: dict[str, RobotFileParser | None] = field(default_factory=dict, repr=False)

    @staticmethod
    def request_uri(url: str, params: dict | None = None) -> str:
        """The full URL of a GET: the name a fetched page is stored under."""
        return f"{url}?{urlencode(params, safe=':,[]')}" if params else url

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        after = getattr(exc, "retry_after", None)
        if after is not None:
            return min(after, self.max_wait)
        return min(self.backoff * 2 ** (state.attempt_number - 1), self.max_wait)

    def get(self, url: str, params: dict | None = None, validate: Callable[[bytes], object] | None = None,
            etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET ``url`` with ``params``; the :class:`Fetched` carries the full request URL as
        its ``source_uri``. Raises FetchError when the URL cannot be fetched."""
        full = self.request_uri(url, params)
        self.check_url(full, full)
        headers = {"User-Agent": self.user_agent}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        retrying = Retrying(
            stop=stop_after_attempt(self.retries + 1),
            wait=self._wait,
            retry=retry_if_exception_type(_Retryable),
            reraise=True,
            before_sleep=lambda s: log.warning("%s: %s; retry %d of %d in %.1f s", full,
                                               s.outcome.exception(), s.attempt_number, self.retries,
                                               s.next_action.sleep if s.next_action else 0),
        )
        try:
            return retrying(self._attempt, full, headers, validate)
        except _Retryable as exc:
            raise FetchError(full, f"gave up after {self.retries + 1} attempts: {exc.reason}", exc.data) from None

    def _attempt(self, full: str, headers: dict, validate: Callable[[bytes], object] | None) -> Fetched:
        try:
            with self._follow(full, headers) as (resp, final):
                status, reason = resp.status_code, resp.reason
                kept = {k: v for k in KEPT_HEADERS if (v := resp.headers.get(k)) is not None}
                if final != full:
                    kept[FINAL_URL] = final
                if status in RETRY_STATUS:
                    raise _Retryable(f"HTTP {status}", parse_retry_after(resp.headers.get("Retry-After")))
                if status == 304:
                    return Fetched(full, b"", datetime.now(timezone.utc), kept.get("content-type"), 304, kept)
                if status >= 400:
                    raise FetchError(full, f"HTTP {status} {reason}")
                data = self._read(full, resp)
        except (requests.Timeout, requests.exceptions.ChunkedEncodingError) as exc:
            if isinstance(exc, requests.exceptions.ChunkedEncodingError):
                raise _Retryable("the answer was cut off") from None
            raise _Retryable(f"no answer within {self.timeout:g} s") from None
        except requests.ConnectionError as exc:
            raise _Retryable(f"connection failed ({type(exc).__name__})") from None
        except requests.RequestException as exc:
            raise FetchError(full, f"request failed: {exc}") from None
        if validate:
            try:
                validate(data)
            except Unusable as exc:
                raise _Retryable(f"unusable answer: {exc}", data=data) from None
        return Fetched(full, data, datetime.now(timezone.utc), kept.get("content-type"), status, kept)

    @contextlib.contextmanager
    def _follow(self, full: str, headers: dict, robots: bool = True, max_redirects: int | None = None):
        """GET ``full`` following redirects by hand, each hop checked like the first URL
        (``check_url``); yields (the final response, its URL). The whole exchange, body
        included, must finish within ``total_timeout``: a watchdog closes the connection of
        a server that trickles its answer."""
        url, seen = full, {full}
        hops = self.max_redirects if max_redirects is None else max_redirects
        deadline = threading.Timer(self.total_timeout, lambda: self._expire(holder))
        holder: list[requests.Response] = []
        deadline.daemon = True
        deadline.start()
        try:
            for _ in range(hops + 1):
                _Spacing.wait(urlsplit(url).netloc, self.min_interval)
                resp = self.session.get(url, timeout=self.timeout, headers=headers, stream=True, allow_redirects=False)
                holder[:] = [resp]
                location = resp.headers.get("Location")
                if resp.status_code not in REDIRECT_STATUS or not location:
                    try:
                        yield resp, url
                    except (requests.RequestException, AttributeError, ValueError, OSError):
                        if self._expired(holder):  # the watchdog cut the connection
                            raise _Retryable(f"no complete answer within {self.total_timeout:g} s") from None
                        raise
                    finally:
                        resp.close()
                    if self._expired(holder):  # cut between two reads: what arrived is not the whole answer
                        raise _Retryable(f"no complete answer within {self.total_timeout:g} s")
                    return
                resp.close()
                target = urljoin(url, location)
                if target in seen:
                    raise FetchError(full, f"redirect loop at {target}")
                seen.add(target)
                self.check_url(full, target, robots=robots)
                url = target
            raise FetchError(full, f"more than {hops} redirects")
        finally:
            deadline.cancel()

    def _expire(self, holder: list) -> None:
        """The deadline passed: shut the socket down, which wakes a read blocked on it."""
        for resp in holder:
            resp._scholarlake_expired = True
            sock = getattr(getattr(resp.raw, "connection", None), "sock", None)
            with contextlib.suppress(OSError):
                if sock is not None:
                    sock.shutdown(socket.SHUT_RDWR)

    @staticmethod
    def _expired(holder: list) -> bool:
        return any(getattr(r, "_scholarlake_expired", False) for r in holder)

    def check_url(self, requested: str, url: str, robots: bool = True) -> None:
        """Refuse (FetchError naming the requested URL) a URL that is not http(s), whose host
        is not the requested site or in ``allow_hosts``, that resolves to a private, loopback
        or link-local address (unless ``allow_private``), or that robots.txt disallows."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(requested, f"refused {url}: only http(s) URLs are fetched")
        host = parts.hostname.lower()
        origin = (urlsplit(requested).hostname or "").lower()
        if url != requested and not (_same_site(host, origin) or any(_same_site(host, h.lower()) for h in self.allow_hosts)):
            raise FetchError(requested, f"refused a redirect to {url}: {host} is not {origin} "
                                        "(add it to the source's allow_hosts to follow it)")
        bad = _private_address(host, parts.port or (443 if parts.scheme == "https" else 80))
        if bad and not (self.allow_private and bad in ("private", "loopback")):
            advice = " (allow_private_addresses is off)" if bad in ("private", "loopback") else ""
            raise FetchError(requested, f"refused {url}: {host} is a {bad} address{advice}")
        if robots and self.respect_robots and not self.allowed(url):
            what = "" if url == requested else f" (redirected to {url})"
            raise FetchError(requested, f"disallowed by the site's robots.txt{what}")

    def _read(self, full: str, resp: requests.Response) -> bytes:
        """The body, refused past ``max_bytes`` (announced or actual) and checked against a
        stated Content-Length (a shorter body was cut off: retry)."""
        announced = resp.headers.get("Content-Length")
        if announced and announced.isdigit() and int(announced) > self.max_bytes:
            raise FetchError(full, f"body of {int(announced)} bytes is over the {self.max_bytes}-byte limit")
        chunks, size = [], 0
        for chunk in resp.iter_content(chunk_size=65536):
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(full, f"body is over the {self.max_bytes}-byte limit")
            chunks.append(chunk)
        data = b"".join(chunks)
        encoded = resp.headers.get("Content-Encoding")
        if announced and announced.isdigit() and not encoded and len(data) < int(announced):
            raise _Retryable(f"the answer was cut off ({len(data)} of {announced} bytes)")
        return data

    def allowed(self, url: str) -> bool:
        """robots.txt of the URL's site allows our user agent (a missing robots.txt allows all;
        one that cannot be fetched is treated as missing, and logged)."""
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc}"
        if site not in self._robots:
            self._robots[site] = self._load_robots(site)
        rp = self._robots[site]
        return True if rp is None else rp.can_fetch(self.user_agent, url)

    def _load_robots(self, site: str) -> RobotFileParser | None:
        """The site's robots.txt, read up to ``ROBOTS_MAX_BYTES`` of decoded text (RFC 9309
        asks crawlers to parse at least 500 KiB; a compressed bomb stops there too), through
        at most ``ROBOTS_MAX_REDIRECTS`` checked redirects."""
        url = f"{site}/robots.txt"
        try:
            with self._follow(url, {"User-Agent": self.user_agent}, robots=False,
                              max_redirects=min(self.max_redirects, ROBOTS_MAX_REDIRECTS)) as (resp, _):
                if resp.status_code >= 400:
                    return None
                chunks, size = [], 0
                for chunk in resp.iter_content(chunk_size=65536):
                    chunks.append(chunk[: ROBOTS_MAX_BYTES - size])
                    size += len(chunks[-1])
                    if size >= ROBOTS_MAX_BYTES:
                        log.warning("%s: over %d bytes; only the start is read", url, ROBOTS_MAX_BYTES)
                        break
                text = b"".join(chunks).decode("utf-8", "replace")
        except (requests.RequestException, FetchError, _Retryable, OSError) as exc:
            log.warning("%s: cannot be read (%s); treated as allowing all", url, getattr(exc, "reason", type(exc).__name__))
            return None
        rp = RobotFileParser()
        rp.parse(text.splitlines())
        return rp


def _same_site(host: str, other: str) -> bool:
    """The same host, or one a subdomain of the other (www.example.org and example.org)."""
    return host == other or host.endswith("." + other) or other.endswith("." + host)


def _private_address(host: str, port: int) -> str | None:
    """What kind of non-public address ``host`` resolves to ("loopback", "link-local",
    "private", ...), or None when every address it resolves to is public. A name that does
    not resolve is left to the request to fail."""
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        return None
    for info in infos:
        ip = ipaddress.ip_address(info[4][0].split("%")[0])
        for kind in ("link_local", "multicast", "reserved", "unspecified", "loopback", "private"):
            if getattr(ip, f"is_{kind}"):
                return kind.replace("_", "-")
    return None


class OfflineClient(HttpClient):
    """A client for ``--offline`` runs: every request fails, so only stored copies are used."""

    def get(self, url: str, params: dict | None = None, validate=None, etag=None, last_modified=None) -> Fetched:
        raise FetchError(self.request_uri(url, params), "offline, and this request has no stored copy")
