"""How much work one document may cost. Pure: the numbers, read by extractors through
:func:`current`; the worker process that enforces time and memory is the pipeline's
(``scholarlake.sandbox``).

Defaults are safe for a nightly run on a small machine and generous for real documents: a
long CV is 30 pages, a large records export 100k rows (about 12 s and 200 MB here). A config file's
``[limits]`` table overrides them (``scholarlake.config``).
"""

from __future__ import annotations

import contextlib
from contextvars import ContextVar
from dataclasses import dataclass, fields
from typing import Iterator


@dataclass(frozen=True)
class Limits:
    # A local file larger than this is refused before it is read (HTTP sources have their
    # own ``max_bytes``, checked while the body arrives).
    bytes: int = 50_000_000
    # Pages of a PDF; a longer PDF is refused as a whole (a CV that long is not a CV).
    pdf_pages: int = 200
    # Rows of a records table (CSV, JSON Lines, Parquet); read in batches up to this many.
    rows: int = 200_000
    # Wall seconds of detecting, extracting and normalizing one document.
    seconds: float = 60.0
    # Memory one document's extraction may allocate beyond the worker's own baseline.
    memory_mb: int = 512
    # Extract in a worker process that enforces ``seconds`` and ``memory_mb``. Off only for
    # callers that run trusted documents in-process (unit tests of the extractors).
    isolate: bool = True

    @classmethod
    def from_mapping(cls, values: dict, where: str = "[limits]") -> "Limits":
        """From a config table; unknown keys and values of the wrong type are a ValueError
        naming the key."""
        known = {f.name: f for f in fields(cls)}
        out = {}
        for key, value in values.items():
            if key not in known:
                raise ValueError(f"{where}: unknown key {key!r} (known: {', '.join(known)})")
            default = getattr(cls, key)
            if isinstance(default, bool):
                ok = isinstance(value, bool)
            else:
                ok = isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0
            if not ok:
                raise ValueError(f"{where}: {key} must be {'true or false' if isinstance(default, bool) else 'a positive number'}, not {value!r}")
            out[key] = type(default)(value)
        return cls(**out)


class LimitExceeded(Exception):
    """A document needs more than a limit allows. The message says which limit and how to raise it."""


_CURRENT: ContextVar[Limits] = ContextVar("scholarlake_limits", default=Limits())


def current() -> Limits:
    return _CURRENT.get()


@contextlib.contextmanager
def using(limits: Limits) -> Iterator[Limits]:
    token = _CURRENT.set(limits)
    try:
        yield limits
    finally:
        _CURRENT.reset(token)
