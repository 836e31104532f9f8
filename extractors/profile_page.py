"""Researcher profile pages from a scholarly-graph site.

Page chrome, then ``Published work`` / ``N published item(s)``, then per item a line such as
``preprint2026arXiv`` (type, year and source run together), the title and the abstract.
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import (
    MONTH_ABBREVIATIONS,
    Document,
    Draft,
    ExtractError,
    RecordError,
    excerpt,
)

NAME = "profile_page"
VERSION = 8  # 8: abstract toggles ("Show abstract") are chrome, an "Abstract:" label is no abstract; 7: "kind · source · year"; 6: the list headed "Publications" / "N items" (with dense item lines); 5: the item line's parts apart, " · " between them; 4: a kind capitalised ("Journal article2021"), "Cited by N" and "Showing all N items"
#   chrome; 3: an item's date as "2021-03" or "Mar 2021", the pager's lines skipped; 2: a source
#   (venue) of up to 300 characters, not 80

# The source printed after the year is a venue's whole name, which runs past 80 characters
# for proceedings ("Proceedings of the 2021 Conference on Empirical Methods in Natural Language
# Processing" is 87); 300 is room for the longest names, still short of an abstract's length.
MAX_SOURCE = 300
_MONTHS = MONTH_ABBREVIATIONS
# An item's date as the site prints it, run into the kind before and the source after: the
# year ("2021"), an ISO month or day after it ("2021-03", "2021-03-04"), or a month's name
# before it ("Mar 2021", "March 2021"). The ISO parts are taken whole, never left at the
# start of the source ("-03arXiv" is no venue).
# The kind is in small letters ("preprint", "conference-paper"), or capitalised ("Journal
# article", "Preprint") and then run into the date with no space: a title that opens with a
# capital and a year after a space ("Planck 2018 results") is no item line.
# The parts may also stand apart, a middle dot (or a bar) between them ("article · 2021 · Phys.
# Rev. D", a redesign's item line); a capitalised kind may then stand before its separator.
_SEP = r"\s{0,3}[·•|]\s{0,3}"
ITEM_HEADER = re.compile(
    rf"^(?:(?P<type>[a-z][a-z\-_ ]{{1,30}}?|[A-Z][a-z\-_ ]{{0,29}}[a-z])|(?P<septype>[A-Za-z][a-z\-_ ]{{1,30}}?){_SEP})"
    rf"(?:(?P<month>{_MONTHS})[a-z]*\.? ?)?(?P<year>(?:19|20)\d\d)"
    rf"(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?(?:{_SEP})?(?P<source>\S.{{0,{MAX_SOURCE - 1}}})?$")
# With the parts apart, the source may come before the date ("article · Phys. Rev. D · 2021"),
# the date then closing the line.
ITEM_SOURCE_FIRST = re.compile(
    rf"^(?P<septype>[A-Za-z][a-z\-_ ]{{1,30}}?){_SEP}(?P<source>\S.{{0,{MAX_SOURCE - 1}}}?){_SEP}"
    rf"(?:(?P<month>{_MONTHS})[a-z]*\.? ?)?(?P<year>(?:19|20)\d\d)(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


# The longest line either pattern can match: a kind (31 characters), two separators (7 each), a
# month's name (11), the date (10) and the source; every other line (an abstract, a title with
# no year) is no item line, found without running the two patterns over it (an item's abstract
# is most of a page's text: the patterns' backtracking over it cost a fifth of the page's time).
_ITEM_LINE_MAX = 31 + 7 + 11 + 10 + 7 + MAX_SOURCE
_YEAR = re.compile(r"(?:19|20)\d\d")


def item_header(line: str) -> re.Match | None:
    """The item line's parts (kind, date, source), in either order the site prints them."""
    if len(line) > _ITEM_LINE_MAX or not _YEAR.search(line):
        return None
    return ITEM_HEADER.match(line) or ITEM_SOURCE_FIRST.match(line)


# The pager a paged list prints between its pages: page chrome, no item and no item's text.
# Provenance: the shapes of pagers on listing sites ("Showing 11-20 of 30", "Page 2 of 3",
# "Previous" / "Next", "Load more"); a line is skipped only when it is one of these whole.
# An item's citation count printed under its title ("Cited by 12") is chrome of the same kind,
# and so is the toggle a page prints in place of an abstract it folds ("Show abstract",
# "Hide abstract", "Read more", "Show less").
_PAGER = re.compile(r"^(?:showing \d+\s*[-–]\s*\d+ of \d+|showing all \d+ items?|page \d+ of \d+|previous|next|prev"
                    r"|load more|show more|[‹«<]|[›»>]|cited by \d+"
                    r"|(?:show|hide|view) (?:the )?(?:full )?abstract|read more|show less)$", re.IGNORECASE)
# A label before the abstract ("Abstract:" on a line of its own, or opening the abstract's
# line): the label is no text of the abstract.
_ABSTRACT_LABEL = re.compile(r"^(?:abstract|summary)(?:\s*:\s*|\s*$)", re.IGNORECASE)
_START = re.compile(r"^(?:Published work|(?P<n>\d+) published item\(s\))$", re.I)
# The list's heading as a redesign may print it ("Publications" over "30 items"): words a CV
# uses too, so a page headed so is a profile only when its item lines are many and dense
# (``_ITEMS_AT_LEAST`` of them, one in ``_ITEM_SHARE`` lines after the heading at least: an
# item is its line, its title and an abstract, and pager lines come between).
_OTHER_START = re.compile(r"^(?:Publications|(?P<n>\d+) (?:publications|items?))$", re.IGNORECASE)
_ITEMS_AT_LEAST = 3
_ITEM_SHARE = 5
_OWNER = re.compile(r"^Researcher profile$", re.I)


class ProfilePageExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        try:
            lines = list(filter(None, map(str.strip, doc.lines)))
        except ExtractError:
            return 0.0  # the lines with text, stripped
        starts = any(_START.match(ln) for ln in lines)
        if starts and any(item_header(ln) for ln in lines):  # (the items looked for only on a start)
            return 0.95
        other = next((i for i, ln in enumerate(lines) if _OTHER_START.match(ln)), None)
        if other is not None:
            after = lines[other + 1:]
            items = sum(1 for ln in after if item_header(ln))
            if items >= _ITEMS_AT_LEAST and items * _ITEM_SHARE >= len(after):
                return 0.9
        return 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        lines = [ln.strip() for ln in doc.lines]
        lines = [ln for ln in lines if ln]
        owner = None
        if len(lines) > 1 and _OWNER.match(lines[0]):
            owner = lines[1]
        start = next((i for i, ln in enumerate(lines) if _START.match(ln)), None)
        heading = _START
        if start is None:
            start = next((i for i, ln in enumerate(lines) if _OTHER_START.match(ln)), None)
            heading = _OTHER_START
        if start is None:
            raise ExtractError(doc.source_uri, "no 'Published work' section")
        # Skip the "N published item(s)" line(s) that follow the heading.
        i = start + 1
        while i < len(lines) and heading.match(lines[i]):
            i += 1
        ordinal = 0
        while i < len(lines):
            if _PAGER.match(lines[i]):
                i += 1
                continue
            m = item_header(lines[i])
            if not m:
                ordinal += 1
                yield RecordError(ordinal, "expected an item line like 'preprint2026arXiv'", excerpt(lines[i]))
                i += 1
                continue
            ordinal += 1
            j = i + 1
            body: list[str] = []
            while j < len(lines) and not item_header(lines[j]) and len(body) < 2:
                line = lines[j]
                if body and (label := _ABSTRACT_LABEL.match(line)):
                    line = line[label.end():]  # (an "Abstract:" alone leaves nothing: the next line is it)
                if line and not _PAGER.match(line):  # (chrome inside an item: its citation count, a pager)
                    body.append(line)
                j += 1
            i = j
            if not body:
                yield RecordError(ordinal, "item line with no title", m.group(0))
                continue
            yield Draft(
                ordinal=ordinal,
                title=body[0],
                abstract=body[1] if len(body) > 1 else None,
                record_type=(m.groupdict().get("type") or m.group("septype")).strip(),
                year=int(m.group("year")),
                venue=(m.group("source") or "").strip() or None,
                owner=owner,
                raw="\n".join([m.group(0), *body]),
            )
