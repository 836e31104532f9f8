"""The fetch edge for local files: bytes and metadata in, nothing parsed.

Later fetchers (HTTP, arXiv) return the same :class:`Fetched` shape, so the pipeline treats
every source alike.
"""

from __future__ import annotations

import glob
import hashlib
import mimetypes
import os
import stat
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


def local_uri(path: str | os.PathLike) -> str:
    """The name a local file is stored under: the path as given, lexically normalized (so
    ``./a.txt``, ``a.txt`` and ``d/../a.txt`` are one source), and always valid UTF-8 (a byte
    of a non-UTF-8 file name is written ``\\xff``)."""
    text = os.path.normpath(os.fspath(path))
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def read_file(path: str | os.PathLike, max_bytes: int | None = None) -> Fetched:
    """A local file's bytes. Refused with a FetchError naming the file: a missing or
    unreadable file, a directory, a symbolic link (never followed: a link in an input folder
    must not pull ``/etc/passwd`` into the lake), anything but a regular file (``/dev/zero``),
    and a file over ``max_bytes``."""
    p = Path(path)
    uri = local_uri(p)
    try:
        st = os.lstat(p)
        if stat.S_ISLNK(st.st_mode):
            raise FetchError(uri, f"is a symbolic link (to {os.readlink(p)!r}); links are not followed")
        if stat.S_ISDIR(st.st_mode):
            raise FetchError(uri, "is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise FetchError(uri, "is not a regular file")
        if max_bytes is not None and st.st_size > max_bytes:
            raise FetchError(uri, f"is {st.st_size} bytes, over the {max_bytes}-byte per-document limit "
                                  "(raise [limits] bytes to allow more)")
        with open(p, "rb") as fh:
            data = fh.read(max_bytes + 1) if max_bytes is not None else fh.read()
        if max_bytes is not None and len(data) > max_bytes:
            raise FetchError(uri, f"grew past the {max_bytes}-byte per-document limit while being read")
    except FileNotFoundError:
        raise FetchError(uri, "no such file") from None
    except PermissionError:
        raise FetchError(uri, "permission denied") from None
    except OSError as exc:
        raise FetchError(uri, f"cannot read ({exc.strerror or exc})") from None
    content_type, _ = mimetypes.guess_type(uri)
    return Fetched(uri, data, datetime.now(timezone.utc), content_type)


def read_input(path: str | os.PathLike, max_bytes: int | None = None) -> Fetched:
    """A file an input listing (``expand_paths``) named: ``read_file``, but a hidden file or
    folder (its name starts with ``.``) is refused with the reason rather than read, so it
    becomes a reject instead of vanishing without a word."""
    if os.path.basename(os.fspath(path)).startswith("."):
        raise FetchError(local_uri(path), "hidden (its name starts with '.'), not read; rename it to ingest it")
    return read_file(path, max_bytes)


def expand_paths(patterns: list[str], base: Path | None = None) -> list[str]:
    """Globs and directories expanded (sorted, de-duplicated); a missing plain path is kept
    so that it is reported as a reject rather than silently skipped. Inside a directory,
    symbolic links and hidden files are listed (so they are reported) but never descended into."""
    out: list[str] = []
    for pattern in patterns:
        full = str(base / pattern) if base and not os.path.isabs(pattern) else pattern
        if any(ch in full for ch in "*?[") and not os.path.lexists(full):  # "[draft] cv.pdf" is a name
            matches = sorted(glob.glob(full, recursive=True))
            out.extend(m for m in matches if os.path.isfile(m) or os.path.islink(m))
        elif os.path.isdir(full):
            out.extend(_walk(full))
        else:
            out.append(full)
    seen: set[str] = set()
    return [p for p in out if not (p in seen or seen.add(p))]


def _walk(folder: str) -> list[str]:
    found = []
    for root, dirs, files in os.walk(folder):  # os.walk does not follow directory links
        skipped = [d for d in dirs if d.startswith(".") or os.path.islink(os.path.join(root, d))]
        dirs[:] = sorted(d for d in dirs if d not in skipped)
        found.extend(os.path.join(root, name) for name in files + skipped)
    return sorted(found)
