"""The Atom feed of the arXiv API (``export.arxiv.org/api/query``), read with feedparser.

One record per ``<entry>``: the arXiv id and version from the entry id URL (new-style
``1501.05039v1`` and old-style ``quant-ph/0201082v1``), title, authors with their
``arxiv:affiliation``, abstract, published (v1) and updated (latest version) dates, primary
and other categories, ``arxiv:comment``, ``arxiv:journal_ref``, ``arxiv:doi`` and the abs link.

Whole-document outcomes:

* The API reports a bad query as a feed whose single entry has an id under
  ``http://arxiv.org/api/errors#`` and the title "Error": an ExtractError with its text.
* No entries (``totalResults`` 0, or a page past the end) yields nothing; not an error.
* Malformed XML: feedparser then sets ``bozo`` and falls back to a lenient parser that
  recovers what it can of a cut document. We never keep those entries: a truncated page
  would otherwise load as a complete one, with nothing telling that papers are missing.
  The whole document is an ExtractError ("truncated or malformed XML: ..."), so the
  harvester fetches it again. Other bozo reasons (a declared encoding that differs from the
  real one) are logged and the feed is read.

feedparser keeps only the last ``arxiv:affiliation`` of an entry (it has no per-author slot),
so affiliations are read with ElementTree from the same, then known well-formed, bytes.
"""

from __future__ import annotations

import io
import logging
import re
import xml.etree.ElementTree as ET
from typing import Iterator

from .arxiv_fields import ArxivEntry, arxiv_categories, iso_day, one_line, to_draft, version_list
from .base import Document, Draft, ExtractError, RecordError, excerpt

NAME = "arxiv_atom"
VERSION = 1

log = logging.getLogger(__name__)

_ATOM = "{http://www.w3.org/2005/Atom}"
_ARXIV = "{http://arxiv.org/schemas/atom}"
_ERROR_ID = re.compile(r"^https?://arxiv\.org/api/errors")
# http://arxiv.org/abs/1501.05039v1, http://arxiv.org/abs/quant-ph/0201082v1
_ENTRY_ID = re.compile(r"arxiv\.org/abs/(?P<id>.+?)(?:v(?P<v>\d{1,3}))?$")
_NEW_ID = re.compile(r"\d{4}\.\d{4,5}")
_OLD_ID = re.compile(r"[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7}")


def _parse(doc: Document):
    import feedparser

    # A stream, never bytes: feedparser treats a bytes or str argument as a possible file
    # name or URL and would open it.
    try:
        feed = feedparser.parse(io.BytesIO(doc.data))
    except Exception as exc:  # feedparser's lenient parser fails on e.g. &#x110000;
        raise ExtractError(doc.source_uri, f"arXiv Atom feed: malformed XML that feedparser cannot read "
                                           f"({type(exc).__name__}: {exc})") from None
    if feed.get("bozo"):
        exc = feed.get("bozo_exception")
        # Only a declared encoding that differs from the real one is harmless; anything else
        # (a SAX error, an undeclared namespace prefix, undecodable bytes) means feedparser
        # fell back to its lenient parser and the entries may be a cut-off part of the feed.
        if not isinstance(exc, feedparser.CharacterEncodingOverride):
            raise ExtractError(doc.source_uri, f"arXiv Atom feed: truncated or malformed XML: {exc}")
        log.warning("%s: feedparser flagged the feed (%s); reading it anyway", doc.source_uri, exc)
    return feed


def _raise_api_error(doc: Document, entries) -> None:
    for entry in entries:
        if _ERROR_ID.match(entry.get("id", "")):
            text = one_line(entry.get("summary")) or one_line(entry.get("title")) or "no message"
            raise ExtractError(doc.source_uri, f"arXiv API error: {text} ({entry.get('id')})")


def _affiliations(doc: Document) -> dict[str, list[str]]:
    """entry id -> one affiliation per author ("" when none), for entries that have any."""
    try:
        root = ET.fromstring(doc.data)
    except (ET.ParseError, LookupError, ValueError) as exc:  # feedparser accepted it; unlikely
        log.warning("%s: affiliations not read (%s)", doc.source_uri, exc)
        return {}
    out: dict[str, list[str]] = {}
    for entry in root.iter(f"{_ATOM}entry"):
        per_author = [
            "; ".join(one_line(a.text) or "" for a in author.iter(f"{_ARXIV}affiliation"))
            for author in entry.iter(f"{_ATOM}author")
        ]
        if any(per_author):
            out[(entry.findtext(f"{_ATOM}id") or "").strip()] = per_author
    return out


def _split_id(entry_id: str) -> tuple[str, int | None] | None:
    m = _ENTRY_ID.search(entry_id.strip())
    if not m or not (_NEW_ID.fullmatch(m["id"]) or _OLD_ID.fullmatch(m["id"])) or m["v"] == "0":
        return None
    return m["id"], int(m["v"]) if m["v"] else None


def _version_dates(published: str, updated: str, version: int | None) -> list[str]:
    """v1 is ``published``; the latest version is ``updated``; the API omits the others."""
    by_version = {1: published} if published else {}
    if version and version > 1:
        by_version[version] = updated
    return version_list(by_version)


def _links(entry) -> tuple[str | None, str | None]:
    """(abs page, pdf) links of an entry."""
    abs_url = pdf = None
    for link in entry.get("links", []):
        if link.get("rel") == "alternate" and abs_url is None:
            abs_url = link.get("href")
        elif link.get("title") == "pdf" and pdf is None:
            pdf = link.get("href")
    return abs_url, pdf


def _entry(entry, affiliations: dict[str, list[str]]) -> ArxivEntry | str:
    """The entry's fields, or the reason it cannot be read."""
    entry_id = entry.get("id", "")
    parsed = _split_id(entry_id)
    if parsed is None:
        return f"entry id {entry_id!r} is not an arXiv abs URL"
    arxiv_id, version = parsed
    primary = (entry.get("arxiv_primary_category") or {}).get("term", "")
    terms = [primary] + [t.get("term") or "" for t in entry.get("tags", [])]
    abs_url, pdf = _links(entry)
    return ArxivEntry(
        arxiv_id=arxiv_id,
        version=version,
        title=one_line(entry.get("title")),
        authors=[one_line(a.get("name")) or "" for a in entry.get("authors", [])],
        affiliations=affiliations.get(entry_id.strip(), []),
        abstract=entry.get("summary"),
        # dict.get: feedparser's own .get("updated") falls back to "published", with a warning
        version_dates=_version_dates(iso_day(entry.get("published")), iso_day(dict.get(entry, "updated")), version),
        categories=arxiv_categories(terms),
        comment=entry.get("arxiv_comment"),
        journal_ref=entry.get("arxiv_journal_ref"),
        doi=entry.get("arxiv_doi"),
        url=abs_url,
        pdf_url=pdf,
    )


class ArxivAtomExtractor:
    name = NAME
    version = VERSION
    may_be_empty = True  # a query or date window with no papers is an answer, not a failure

    def sniff(self, doc: Document) -> float:
        head = doc.data[:4096]
        if b"<feed" not in head or b"http://www.w3.org/2005/Atom" not in head:
            return 0.0
        return 0.98 if (b"arxiv.org/api" in head or b"arxiv.org/schemas/atom" in head) else 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        feed = _parse(doc)
        _raise_api_error(doc, feed.entries)
        if not feed.entries:
            total, start = feed.feed.get("opensearch_totalresults"), feed.feed.get("opensearch_startindex", "0")
            if not (str(total).isdigit() and str(start).isdigit() and int(start) >= int(total)):
                raise ExtractError(doc.source_uri, f"arXiv feed has no entries, yet totalResults is {total!r} "
                                                   f"from startIndex {start!r}")
            log.info("%s: arXiv feed has no entries (totalResults %s)", doc.source_uri, total)
            return
        affiliations = _affiliations(doc)
        for ordinal, entry in enumerate(feed.entries, start=1):
            got = _entry(entry, affiliations)
            if isinstance(got, str):
                yield RecordError(ordinal, got, excerpt(f"{entry.get('id', '')} {entry.get('title', '')}"))
                continue
            yield to_draft(got, ordinal)
