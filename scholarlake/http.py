"""The HTTP fetch edge: polite GETs with retries, backoff, Retry-After and spacing.

    client = HttpClient(min_interval=3.0)        # arXiv asks for one request every 3 s
    fetched = client.get("https://export.arxiv.org/api/query", {"id_list": "2306.03805"})

Retries (tenacity) cover connection errors, timeouts, 429 and 5xx answers, and answers the
caller finds unusable (``validate`` raises :class:`Unusable`, e.g. a truncated feed). A
``Retry-After`` header (seconds or an HTTP date) is honoured up to ``max_wait``; otherwise
the wait grows exponentially. When the retries are spent, :class:`FetchError` names the URL
and the last reason. Requests to one host are spaced by ``min_interval`` seconds across all
clients of this process (the spacing between tasks of different processes is Airflow's
pool's job).
"""

from __future__ import annotations

import email.utils
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable
from urllib.parse import urlencode, urlsplit

import requests
from tenacity import RetryCallState, Retrying, retry_if_exception_type, stop_after_attempt

from . import __version__
from .fetch import Fetched, FetchError

log = logging.getLogger(__name__)

USER_AGENT = f"scholarlake/{__version__} (scholarly-metadata ingestion; https://github.com/scholarlake)"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


class Unusable(Exception):
    """Raised by a ``validate`` callback: the answer arrived but cannot be used; retry it."""


class _Retryable(Exception):
    def __init__(self, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


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
    user_agent: str = USER_AGENT
    session: requests.Session = field(default_factory=requests.Session)

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        after = getattr(exc, "retry_after", None)
        if after is not None:
            return min(after, self.max_wait)
        return min(self.backoff * 2 ** (state.attempt_number - 1), self.max_wait)

    @staticmethod
    def request_uri(url: str, params: dict | None = None) -> str:
        """The full URL of a GET: the name a fetched page is stored under."""
        return f"{url}?{urlencode(params, safe=':,[]')}" if params else url

    def get(self, url: str, params: dict | None = None,
            validate: Callable[[bytes], None] | None = None) -> Fetched:
        """GET ``url`` with ``params``; the :class:`Fetched` carries the full request URL as
        its ``source_uri``. Raises FetchError when every attempt failed."""
        full = self.request_uri(url, params)
        host = urlsplit(url).netloc
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
            return retrying(self._attempt, full, host, validate)
        except _Retryable as exc:
            raise FetchError(full, f"gave up after {self.retries + 1} attempts: {exc.reason}") from None

    def _attempt(self, full: str, host: str, validate: Callable[[bytes], None] | None) -> Fetched:
        _Spacing.wait(host, self.min_interval)
        try:
            resp = self.session.get(full, timeout=self.timeout, headers={"User-Agent": self.user_agent})
            data = resp.content  # reads the whole body: a stalled body times out here
        except (requests.Timeout, requests.exceptions.ChunkedEncodingError) as exc:
            if isinstance(exc, requests.exceptions.ChunkedEncodingError):
                raise _Retryable("the answer was cut off") from None
            raise _Retryable(f"no answer within {self.timeout:g} s") from None
        except requests.ConnectionError as exc:
            raise _Retryable(f"connection failed ({type(exc).__name__})") from None
        except requests.RequestException as exc:
            raise FetchError(full, f"request failed: {exc}") from None
        if resp.status_code in RETRY_STATUS:
            raise _Retryable(f"HTTP {resp.status_code}", parse_retry_after(resp.headers.get("Retry-After")))
        if resp.status_code >= 400:
            raise FetchError(full, f"HTTP {resp.status_code} {resp.reason}")
        if validate:
            try:
                validate(data)
            except Unusable as exc:
                raise _Retryable(f"unusable answer: {exc}") from None
        return Fetched(full, data, datetime.now(timezone.utc), resp.headers.get("Content-Type"))
