"""The fetch edge for local files: bytes and metadata in, nothing parsed.

Later fetchers (HTTP, arXiv) return the same :class:`Fetched` shape, so the pipeline treats
every source alike.
"""

from __future__ import annotations

import glob
import hashlib
import mimetypes
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path


@dataclass(frozen=True)
class Fetched:
    source_uri: str
    data: bytes
    fetched_at: datetime  # when it was read (the lake keeps the first time it saw the bytes)
    content_type: str | None
    http_status: int | None = None  # HTTP answers only
    http_headers: dict[str, str] | None = None

    @property
    def doc_id(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


class FetchError(Exception):
    """A source could not be read. ``data`` holds the last answer's bytes when one arrived
    but was unusable (a malformed feed), so the caller can keep it raw."""

    def __init__(self, source_uri: str, reason: str, data: bytes | None = None):
        super().__init__(f"{source_uri}: {reason}")
        self.source_uri = source_uri
        self.reason = reason
        self.data = data


def read_file(path: str | os.PathLike) -> Fetched:
    p = Path(path)
    uri = str(p)
    try:
        if p.is_dir():
            raise FetchError(uri, "is a directory")
        data = p.read_bytes()
    except FileNotFoundError:
        raise FetchError(uri, "no such file") from None
    except PermissionError:
        raise FetchError(uri, "permission denied") from None
    except OSError as exc:
        raise FetchError(uri, f"cannot read ({exc.strerror or exc})") from None
    content_type, _ = mimetypes.guess_type(uri)
    return Fetched(uri, data, datetime.now(timezone.utc), content_type)


def expand_paths(patterns: list[str], base: Path | None = None) -> list[str]:
    """Globs and directories expanded (sorted, de-duplicated); a missing plain path is kept
    so that it is reported as a reject rather than silently skipped."""
    out: list[str] = []
    for pattern in patterns:
        full = str(base / pattern) if base and not os.path.isabs(pattern) else pattern
        if any(ch in full for ch in "*?["):
            matches = sorted(glob.glob(full, recursive=True))
            out.extend(m for m in matches if os.path.isfile(m))
        elif os.path.isdir(full):
            out.extend(sorted(str(p) for p in Path(full).rglob("*") if p.is_file() and not p.name.startswith(".")))
        else:
            out.append(full)
    seen: set[str] = set()
    return [p for p in out if not (p in seen or seen.add(p))]
