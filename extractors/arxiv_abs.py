r"""arXiv's internal ``.abs`` metadata files: one paper per file.

Layout (every era the arxiv-browse test data covers)::

    ------------------------------------------------------------------------------
    \\
    arXiv:0704.0001                      (older files: "Paper: hep-th/9901001")
    From: A Submitter <address>
    Date: Mon, 2 Apr 2007 19:18:42 GMT   (443kb)
    Date (revised v2): Tue, 24 Jul 2007 20:10:27 GMT   (370kb)

    Title: A title that wraps
      onto an indented continuation line
    Authors: ...
    Categories: hep-ph
    Comments: / Report-no: / Journal-ref: / DOI: / License: / MSC-class: ...
    \\
      The abstract (it may itself contain lines that are just "\\").
    \\

The header is the text between the first two ``\\`` lines, the abstract what lies between
the second and the last. One ``Date`` line per version: the first is v1, ``Date (revised
vN)`` is vN; the label wins over counting lines (two arxiv-browse fixtures date only v1 and
v94..v99, and are read as v99 with the dates of v2..v93 ""). Files without a
``Categories:`` line (some old ones) get the archive of their old-style id
(``hep-th/9709111`` -> ``hep-th``). Files are UTF-8; old ones may be Latin-1, which is
read as such (and logged). An empty file, one without the header or the id, and an arXiv
"listings" mailing (many such blocks in one file) are ExtractErrors; a header without a
title is a RecordError.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Iterator

from normalizers.identifiers import normalize_arxiv_id

from .arxiv_authors import split_abs_authors
from .arxiv_fields import MAX_VERSION, ArxivEntry, arxiv_categories, iso_day, one_line, to_draft, version_list
from .base import Document, Draft, ExtractError, RecordError, excerpt

NAME = "arxiv_abs"
VERSION = 1

log = logging.getLogger(__name__)

_SEPARATOR = "\\\\"
_FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z\-]*)(?:\s*\((?P<note>[^)]*)\))?:\s?(?P<value>.*)$")
_REVISED = re.compile(r"revised\s+v(?P<v>\d+)", re.I)
_ID_KEYS = ("arXiv", "Paper")
# The file starts with the dashed line, "\\" and the id line. (arXiv's listings files hold
# many such blocks after a mail header; they are not .abs files.)
_SNIFF = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:-{20,}[ \t]*\r?\n)?\\\\[ \t]*\r?\n(?:arXiv|Paper)(?: \([^)]*\))?:[ \t]*\S+")
_PAPER_LINE = re.compile(r"^\\\\[ \t]*\n(?:arXiv|Paper)(?: \([^)]*\))?:", re.M)
_SNIFF_TITLE = re.compile(rb"^Title:", re.M)


@dataclass
class _Header:
    fields: dict[str, str] = field(default_factory=dict)  # first occurrence of each key
    dates: list[tuple[int | None, str]] = field(default_factory=list)  # (labelled version, date text)


def _decode(doc: Document) -> str:
    try:
        return doc.data.decode("utf-8-sig")
    except UnicodeDecodeError:
        log.info("%s: not UTF-8; read as Latin-1 (older .abs files)", doc.source_uri)
        return doc.data.decode("latin-1")


def _sections(text: str, source_uri: str) -> tuple[list[str], list[str]]:
    """(header lines, abstract lines)."""
    papers = len(_PAPER_LINE.findall(text.replace("\r\n", "\n")))
    if papers > 1:
        raise ExtractError(source_uri, f"holds {papers} papers, an .abs file has one (an arXiv listings file?)")
    lines = text.splitlines()
    seps = [i for i, line in enumerate(lines) if line.strip() == _SEPARATOR]
    if len(seps) < 2:
        raise ExtractError(source_uri, "not an arXiv .abs file: no header between two '\\\\' lines")
    if len(seps) == 2:
        log.warning("%s: no closing '\\\\' after the abstract; it may be truncated", source_uri)
        return lines[seps[0] + 1:seps[1]], lines[seps[1] + 1:]
    return lines[seps[0] + 1:seps[1]], lines[seps[1] + 1:seps[-1]]


def _header(lines: list[str]) -> _Header:
    header, last = _Header(), None
    for line in lines:
        if not line.strip():
            continue
        if line[0].isspace():  # continuation of the field above
            if last is not None and last in header.fields:
                header.fields[last] += " " + line.strip()
            continue
        m = _FIELD.match(line)
        if not m:
            log.debug("unreadable .abs header line %r", line[:80])
            last = None
            continue
        key, last = m["key"], m["key"]
        if key == "Date":
            revised = _REVISED.search(m["note"] or "")
            label = int(revised["v"]) if revised and len(revised["v"]) <= 3 else None
            header.dates.append((label, m["value"]))
            last = None
        else:
            header.fields.setdefault(key, m["value"].strip())
    return header


def _versions(dates: list[tuple[int | None, str]]) -> tuple[int | None, list[str]]:
    """(latest version, ISO date of v1..vN with "" for versions not listed)."""
    by_version: dict[int, str] = {}
    previous = 0
    for label, text in dates:
        number = label if label else previous + 1
        if number > MAX_VERSION:
            log.warning("ignoring a Date line of version %d", number)
            continue
        by_version.setdefault(number, iso_day(text))
        previous = number
    return (max(by_version) if by_version else None), version_list(by_version)


def _categories(value: str | None, arxiv_id: str) -> list[str]:
    if value:
        return arxiv_categories(value.split())
    if "/" in arxiv_id:  # old-style id: its archive is the primary category
        return [arxiv_id.split("/")[0]]
    return []


def _entry(header: _Header, abstract: list[str]) -> ArxivEntry | str:
    raw_id = next((header.fields[k] for k in _ID_KEYS if header.fields.get(k)), "")
    token = raw_id.split()[0] if raw_id else ""
    arxiv_id, _ = normalize_arxiv_id(token) if len(token) <= 40 else (None, None)
    if arxiv_id is None:
        return f"no arXiv id in the header ({raw_id[:60]!r})"
    version, version_dates = _versions(header.dates)
    people, truncated = split_abs_authors(header.fields.get("Authors"))
    f = header.fields
    return ArxivEntry(
        arxiv_id=arxiv_id,
        version=version,
        title=one_line(f.get("Title")),
        authors=[name for name, _ in people],
        affiliations=[aff for _, aff in people],
        authors_truncated=truncated,
        abstract="\n".join(abstract).strip() or None,
        version_dates=version_dates,
        categories=_categories(f.get("Categories"), arxiv_id),
        comment=f.get("Comments"),
        journal_ref=f.get("Journal-ref"),
        doi=f.get("DOI"),
        report_no=f.get("Report-no"),
        license=f.get("License"),
    )


class ArxivAbsExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        head = doc.data[:4096]
        return 0.97 if _SNIFF.search(head) and _SNIFF_TITLE.search(head) else 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        if not doc.data.strip():
            raise ExtractError(doc.source_uri, "empty .abs file")
        header_lines, abstract = _sections(_decode(doc), doc.source_uri)
        header = _header(header_lines)
        got = _entry(header, abstract)
        if isinstance(got, str):
            raise ExtractError(doc.source_uri, f"not an arXiv .abs file: {got}")
        if not got.title:
            yield RecordError(1, f"arXiv:{got.arxiv_id}: no Title in the header", excerpt("\n".join(header_lines)))
            return
        yield to_draft(got, 1)
