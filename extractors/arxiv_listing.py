r"""arXiv's daily listings: the text behind the ``/list/<archive>/new`` pages and the daily
mailing, one block per paper after a mail header::

    Date: Fri, 17 Mar 23 00:31:14 GMT
    Subject: q-fin daily 13 new +  crosses received
    ...
    ------------------------------------------------------------------------------
    \\
    arXiv:2303.08867
    Date: Wed, 15 Mar 2023 18:34:08 GMT   (243kb,D)        (a new paper: its v1 date)
    replaced with revised version Thu, 2 Mar 2023 ...     (a replacement: no version date)

    Title: ...
    Authors: ...
    Categories: / Comments: / Journal-ref: / DOI: / Report-no: ...
    \\
      The abstract (new papers and cross-lists only).
    \\ ( https://arxiv.org/abs/2303.08867 ,  243kb)

Each block's header is read as an ``.abs`` header (``arxiv_abs``). A replacement states no
version date; its year is the one its new-style id was issued in (``2104.03145``: 2021).
A block whose closing link names another paper than its id line is an entry reject: which of
the two the title belongs to cannot be told.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Iterator

from normalizers.identifiers import normalize_arxiv_id

from .arxiv_abs import _decode, _entry, _header
from .arxiv_fields import to_draft
from .base import Document, Draft, ExtractError, RecordError, excerpt

NAME = "arxiv_listing"
VERSION = 1

_ID_LINE = re.compile(r"^(?:arXiv|Paper)(?: \([^)]*\))?:[ \t]*\S+")
_CLOSING = re.compile(r"^\\\\ \(\s*(?:https?://arxiv\.org/abs/)?(?P<id>\S+?)\s*,")
_SNIFF_BLOCK = re.compile(rb"^\\\\[ \t]*\r?\n(?:arXiv|Paper)(?: \([^)]*\))?:[ \t]*\S+", re.M)
_SNIFF_CLOSING = re.compile(rb"^\\\\ \( https?://arxiv\.org/abs/", re.M)
_NEW_STYLE = re.compile(r"^(\d{2})(\d{2})\.\d{4,5}$")
_OLD_STYLE = re.compile(r"/(\d{2})(\d{2})\d{3}$")


def _blocks(lines: list[str]) -> Iterator[tuple[list[str], list[str], str | None]]:
    """(header lines, abstract lines, the id of the closing link) of each paper block."""
    starts = [i for i in range(len(lines) - 1) if lines[i].strip() == "\\\\" and _ID_LINE.match(lines[i + 1])]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        header, abstract, closing, in_abstract = [], [], None, False
        for line in lines[start + 1:end]:
            m = _CLOSING.match(line)
            if m:
                closing = m["id"]
                break
            if line.strip() == "\\\\":
                in_abstract = True
                continue
            (abstract if in_abstract else header).append(line)
        yield header, abstract, closing


def issue_year(arxiv_id: str) -> int | None:
    """The year an arXiv id was issued in: ``2104.03145`` 2021, ``hep-th/9901001`` 1999."""
    m = _NEW_STYLE.match(arxiv_id) or _OLD_STYLE.search(arxiv_id)
    if not m or not 1 <= int(m[2]) <= 12:
        return None
    yy = int(m[1])
    return (1900 if yy >= 91 else 2000) + yy


class ArxivListingExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        head = doc.data[:65536]
        if b"\\\\" not in head:  # every block starts with "\\": no scan of the pattern at each byte
            return 0.0
        blocks = len(_SNIFF_BLOCK.findall(head))
        return 0.96 if blocks >= 2 and _SNIFF_CLOSING.search(head) else 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        lines = _decode(doc).splitlines()
        found = False
        for ordinal, (header_lines, abstract, closing) in enumerate(_blocks(lines), start=1):
            found = True
            text = "\n".join(header_lines)
            header = _header(header_lines)  # it skips lines that are no field ("replaced with ...")
            got = _entry(header, abstract)
            if isinstance(got, str):
                yield RecordError(ordinal, got, excerpt(text))
                continue
            if closing:
                linked, _ = normalize_arxiv_id(closing)
                if linked and linked != got.arxiv_id:
                    yield RecordError(ordinal, f"the block's id line says arXiv:{got.arxiv_id} but its link names "
                                               f"arXiv:{linked}; which paper the title belongs to is unclear",
                                      excerpt(text))
                    continue
            if not got.title:
                yield RecordError(ordinal, f"arXiv:{got.arxiv_id}: no Title in the block", excerpt(text))
                continue
            draft = to_draft(got, ordinal)
            if draft.year is None:
                draft = dataclasses.replace(draft, year=issue_year(got.arxiv_id))
            yield draft
        if not found:
            raise ExtractError(doc.source_uri, "not an arXiv listing: no '\\\\' line followed by an arXiv id line")
