"""The types every extractor shares: the document it reads and the drafts it yields.

Extractors are pure: they get a :class:`Document` (bytes already read by the fetch layer)
and yield :class:`Draft` records or :class:`RecordError` for an entry they could not parse.
They never open files or sockets.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Iterator, Protocol


class ExtractError(Exception):
    """A whole document cannot be extracted. The message names the document and the reason."""

    def __init__(self, source_uri: str, reason: str):
        super().__init__(f"{source_uri}: {reason}")
        self.source_uri = source_uri
        self.reason = reason


class UnknownFormat(ExtractError):
    """No extractor recognises the document."""


# The largest text whose lines a Document keeps once split (``Document.lines``): every page,
# CV and listing is far smaller; a table of a million rows is larger.
LINES_KEPT_CHARS = 4_000_000


@dataclass(frozen=True)
class Document:
    doc_id: str
    source_uri: str
    data: bytes
    fetched_at: datetime
    content_type: str | None = None

    @cached_property
    def text(self) -> str:
        """The bytes as UTF-8 text, else in the charset the HTTP answer declared, else in the
        one the document declares in its head (HTML ``<meta charset>``, an XML declaration:
        a Word export's ``windows-1252``); raises ExtractError naming the offending byte."""
        try:
            return self.data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            charset = self.charset or declared_charset(self.data)
            if charset and charset.replace("-", "").lower() != "utf8":
                try:
                    return self.data.decode(charset)
                except (LookupError, UnicodeDecodeError):
                    pass
            raise ExtractError(
                self.source_uri,
                f"not valid UTF-8 text (byte 0x{self.data[exc.start]:02x} at offset {exc.start})",
            ) from None

    @property
    def lines(self) -> tuple[str, ...]:
        """``text.splitlines()``, split once: detection asks every line-based sniffer, and
        the extractor it picks reads the same lines (each split the whole document anew, a
        quarter of a listing page's time). Raises as ``text`` does. A document of more than
        ``LINES_KEPT_CHARS`` characters is split anew each time instead: its lines, kept for
        the document's life, would hold about twice its text in memory while another
        extractor reads it (a CSV of a million rows went from 360 to 475 MB of the worker's
        512 MB limit), and splitting is a small part of reading such a file."""
        kept = self.__dict__.get("_lines")
        if kept is not None:
            return kept
        lines = tuple(self.text.splitlines())
        if len(self.text) <= LINES_KEPT_CHARS:
            self.__dict__["_lines"] = lines  # (a frozen dataclass: its __dict__, as cached_property does)
        return lines

    @property
    def charset(self) -> str | None:
        """The charset an HTTP Content-Type declared (``text/html; charset=ISO-8859-1``)."""
        for part in (self.content_type or "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip('"\' ')
        return None

    @property
    def capture_date(self) -> date:
        """The day the document was captured: dates without a year resolve against it."""
        return self.fetched_at.date()


@dataclass
class Draft:
    """One bibliographic record as the source shows it, before normalization.

    Strings are as found in the source (normalizers clean them); ``ordinal`` is the
    1-based position of the entry in its document.
    """

    ordinal: int
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    authors_truncated: bool = False
    author_count: int | None = None
    year: int | None = None
    date_text: str | None = None
    venue: str | None = None
    abstract: str | None = None
    record_type: str | None = None
    source_record_id: str | None = None
    arxiv_id: str | None = None
    doi: str | None = None
    url: str | None = None
    code_url: str | None = None
    category: str | None = None
    score: float | None = None
    upvotes: int | None = None
    has_code: bool | None = None
    org: str | None = None
    badges: list[str] = field(default_factory=list)
    owner: str | None = None
    equal_contribution: list[str] = field(default_factory=list)
    page_date_text: str | None = None  # the page's own date ("Jan 8"), if it shows one
    # arXiv metadata (empty / None for sources that do not give it)
    arxiv_version: int | None = None  # when the source states it apart from arxiv_id
    categories: list[str] = field(default_factory=list)  # all arXiv categories, primary first
    comment: str | None = None  # the authors' comment ("12 pages, accepted at ...")
    journal_ref: str | None = None  # the reference of the published version
    affiliations: list[str] = field(default_factory=list)  # one per author, "" when unknown
    version_dates: list[str] = field(default_factory=list)  # ISO dates of v1..vN, "" when unknown
    # False when the source has explicit identifier fields: then an arXiv id or DOI that the
    # abstract or comment merely mentions is not taken for the record's own.
    ids_from_text: bool = True
    raw: str = ""  # the entry's text as found, for rejects and identifier search

    def replace(self, **changes) -> "Draft":
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class RecordError:
    """An entry of the document that could not be parsed; the rest of the document loads."""

    ordinal: int
    reason: str
    excerpt: str


class Extractor(Protocol):
    """``name``/``version`` label the records it makes. An extractor may also set
    ``may_be_empty = True`` when a document with no entries is a normal answer (an arXiv
    query with no results); otherwise an empty document becomes a reject. An extractor whose
    sniffer is costly and never returns more than some score may say so as
    ``sniff_ceiling``: ``detect`` then skips it on a document another sniffer already scored
    above it (the detected kind stays the one full detection picks)."""

    name: str
    version: int

    def sniff(self, doc: Document) -> float:
        """Confidence in [0, 1] that this extractor reads ``doc``. Must not raise."""

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        """Yield one Draft per entry, or a RecordError for an entry that cannot be read."""


# The months' short names as the page formats print them ("Jun 3", "Oct 2023", "8 Oct 2023"):
# one alternation for the listing, profile and daily-papers patterns.
MONTH_ABBREVIATIONS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"


def excerpt(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# The encoding line JabRef writes first in a BibTeX file ("% Encoding: windows-1252"): its
# versions before 5 saved in the system's encoding (windows-1252 on Windows) and said so there.
_JABREF_ENCODING = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*%\s*Encoding:\s*([A-Za-z0-9._:-]+)")


def declared_charset(data: bytes) -> str | None:
    """The charset a document declares in its head: JabRef's encoding line (``_JABREF_ENCODING``),
    HTML ``<meta charset>``, an XML declaration (these found the way BeautifulSoup finds them)."""
    jabref = _JABREF_ENCODING.match(data[:200])
    if jabref:
        return jabref.group(1).decode("ascii")
    from bs4.dammit import EncodingDetector

    return EncodingDetector.find_declared_encoding(data, is_html=True)
