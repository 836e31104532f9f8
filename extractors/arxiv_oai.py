"""arXiv OAI-PMH responses with ``metadataPrefix=arXiv`` (ListRecords and GetRecord pages),
read with the standard library's ElementTree.

One record per ``<record>``: the ``<id>`` (this format gives no version number), created
(v1) date, title, authors (``forenames keyname suffix``, with their ``<affiliation>``s),
categories (space-separated, the first is the primary one), comments, journal-ref, doi,
report-no, license and abstract. ``<updated>`` is the date of the latest version, but the
format does not say which version that is, so ``version_dates`` holds v1 only.

Elements are matched by local name: real responses put ``<arXiv>`` in its own namespace
(``http://arxiv.org/OAI/arXiv/``), some saved copies leave it in the OAI namespace.

* ``<header status="deleted">``: the record is skipped (logged), it yields nothing.
* ``<error code="noRecordsMatch">``: an empty answer; no records and no error.
* any other ``<error>`` (badResumptionToken, badArgument, ...): ExtractError with the code.
* XML that does not parse: ExtractError.

:func:`resumption_token` gives the harvester the next page's token and the list size.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from typing import Iterator

from .arxiv_fields import ArxivEntry, arxiv_categories, iso_day, one_line, to_draft
from .base import Document, Draft, ExtractError, RecordError, excerpt

NAME = "arxiv_oai"
VERSION = 1

log = logging.getLogger(__name__)

_OAI_NS = b"http://www.openarchives.org/OAI/2.0/"
# Any of these next to the OAI namespace marks an arXiv answer (the arXiv metadata
# namespace, the request's prefix, arXiv's OAI endpoints, arXiv's OAI identifiers).
_ARXIV_MARKS = (b"http://arxiv.org/OAI/arXiv/", b'metadataPrefix="arXiv"', b"export.arxiv.org/oai2",
                b"oaipmh.arxiv.org", b"oai:arXiv.org:")
_EMPTY_ANSWER = "noRecordsMatch"


def _local(tag: object) -> str:
    """``{namespace}name`` -> ``name`` (comments and processing instructions -> "")."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(elem: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in elem if _local(c.tag) == name), None)


def _children(elem: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in elem if _local(c.tag) == name]


def _text(elem: ET.Element | None, name: str) -> str | None:
    child = _child(elem, name) if elem is not None else None
    return one_line("".join(child.itertext())) if child is not None else None


def _root(data: bytes, source_uri: str) -> ET.Element:
    try:
        root = ET.fromstring(data)
    except (ET.ParseError, LookupError, ValueError) as exc:  # LookupError: unknown encoding
        raise ExtractError(source_uri, f"OAI-PMH answer: truncated or malformed XML: {exc}") from None
    if _local(root.tag) != "OAI-PMH":
        raise ExtractError(source_uri, f"not an OAI-PMH answer (root element <{_local(root.tag)}>)")
    return root


def _check_errors(root: ET.Element, source_uri: str) -> bool:
    """False for an empty answer (noRecordsMatch); raises for any other OAI error."""
    errors = [(e.get("code") or "?", one_line("".join(e.itertext())) or "") for e in _children(root, "error")]
    if not errors:
        return True
    if all(code == _EMPTY_ANSWER for code, _ in errors):
        log.info("%s: OAI-PMH noRecordsMatch: no records", source_uri)
        return False
    raise ExtractError(source_uri, "OAI-PMH error " + "; ".join(f"{c}: {m}".rstrip(": ") for c, m in errors))


def resumption_token(data: bytes) -> tuple[str | None, int | None]:
    """(token, completeListSize) of a ListRecords page. The token is None on the last page
    (an empty ``<resumptionToken/>`` or none at all); the size is None when not stated, and
    0 for a noRecordsMatch answer. Raises ExtractError for malformed XML or any other OAI error."""
    uri = "OAI-PMH answer"
    root = _root(data, uri)
    if not _check_errors(root, uri):
        return None, 0
    elem = next((e for e in root.iter() if _local(e.tag) == "resumptionToken"), None)
    if elem is None:
        return None, None
    size = (elem.get("completeListSize") or "").strip()
    return (elem.text or "").strip() or None, int(size) if size.isdecimal() and len(size) < 19 else None


def _author(elem: ET.Element) -> tuple[str, str]:
    """(``forenames keyname suffix``, affiliations joined by "; ")."""
    parts = (_text(elem, "forenames"), _text(elem, "keyname"), _text(elem, "suffix"))
    name = " ".join(p for p in parts if p)
    affiliation = "; ".join(one_line("".join(a.itertext())) or "" for a in _children(elem, "affiliation"))
    return name, affiliation


def _entry(meta: ET.Element) -> ArxivEntry | str:
    """The fields of an ``<arXiv>`` element, or the reason it cannot be read."""
    arxiv_id = _text(meta, "id")
    if not arxiv_id:
        return "arXiv metadata without an <id>"
    authors_elem = _child(meta, "authors")
    people = [_author(a) for a in _children(authors_elem, "author")] if authors_elem is not None else []
    created = iso_day(_text(meta, "created"))
    return ArxivEntry(
        arxiv_id=arxiv_id,
        version=None,
        title=_text(meta, "title"),
        authors=[name for name, _ in people],
        affiliations=[aff for _, aff in people],
        abstract=_text(meta, "abstract"),
        version_dates=[created] if created else [],
        categories=arxiv_categories((_text(meta, "categories") or "").split()),
        comment=_text(meta, "comments"),
        journal_ref=_text(meta, "journal-ref"),
        doi=_text(meta, "doi"),
        report_no=_text(meta, "report-no"),
        license=_text(meta, "license"),
    )


def _record(record: ET.Element, ordinal: int, source_uri: str) -> Draft | RecordError | None:
    header = _child(record, "header")
    identifier = _text(header, "identifier") or f"record {ordinal}"
    if header is not None and header.get("status") == "deleted":
        log.info("%s: %s is deleted; skipped", source_uri, identifier)
        return None
    metadata = _child(record, "metadata")
    meta = next((m for m in metadata if _local(m.tag) == "arXiv"), None) if metadata is not None else None
    if meta is None:
        return RecordError(ordinal, f"{identifier}: no <arXiv> metadata (metadataPrefix is not arXiv?)",
                           excerpt(ET.tostring(record, encoding="unicode")))
    got = _entry(meta)
    if isinstance(got, str):
        return RecordError(ordinal, f"{identifier}: {got}", excerpt(ET.tostring(meta, encoding="unicode")))
    return to_draft(got, ordinal)


class ArxivOaiExtractor:
    name = NAME
    version = VERSION
    may_be_empty = True  # a query or date window with no papers is an answer, not a failure

    def sniff(self, doc: Document) -> float:
        head = doc.data[:8192]
        if b"<OAI-PMH" not in head or _OAI_NS not in head:
            return 0.0
        return 0.98 if any(mark in head for mark in _ARXIV_MARKS) else 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        root = _root(doc.data, doc.source_uri)
        if not _check_errors(root, doc.source_uri):
            return
        records = [e for e in root.iter() if _local(e.tag) == "record"]
        for ordinal, record in enumerate(records, start=1):
            item = _record(record, ordinal, doc.source_uri)
            if item is not None:
                yield item
