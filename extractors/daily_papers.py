"""Daily-papers search result pages (text captured from the rendered page).

Page chrome ends with the page date (``Jan 8``). Then per paper: the title, the abstract,
and optionally a block ``  • N authors`` (or an organisation line such as
``moonshotai Moonshot AI``), ``·``, and a date with an optional upvote count
(``Feb 7, 2024 1``, ``Mar 16 6``). Some entries lack the block, a few lack the abstract.
The upvote count may instead stand on a line of its own before the title, and a line
``Submitted by <user>`` may follow the abstract; both are read as what they are.
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
from .listing_page import and_parts, is_person_name

NAME = "daily_papers"
VERSION = 6  # 6: the upvote count after the vote button's mark ("Mar 16, 2024 ▲ 12"), the author count without its bullet ("4 authors"), "and"/"&" in a block of names; 5: an abstract of several paragraphs; 4: the author block, date and upvotes on one line; 3: "Published on <date>", an author block naming its first authors; 2: an upvote count
#   on its own line before the title, "Submitted by <user>" lines

_MONTHS = MONTH_ABBREVIATIONS
PAGE_DATE = re.compile(rf"^(?:{_MONTHS})[a-z]* \d{{1,2}}(?:, \d{{4}})?$")
# The upvote count may follow the vote button's mark, as a capture of the button prints it
# ("▲ 12", "👍 12", "♥ 3"): decided by look, one or two symbols (no letter, digit or space)
# before the digits, whatever the site draws; used wherever the count is read (after the
# date, on a line of its own). A number sign is a rank ("#1" on a trending list), not a vote.
_VOTE_ARROW = r"(?:[^\w\s#]{1,2} ?)?"
# The entry's date, after a label on some pages ("Published on Mar 16, 2024", as the page prints
# the day the paper appeared; "Submitted on" as arXiv words it), then the upvote count.
ENTRY_DATE = re.compile(
    rf"^(?:(?:Published|Submitted) on )?(?P<date>(?:{_MONTHS})[a-z]* \d{{1,2}}(?:, \d{{4}})?)"
    rf"(?: {_VOTE_ARROW}(?P<upvotes>\d+))?$")
# The author count, with its bullet or without ("• 4 authors", "4 authors"): the block's first
# line in either case (it is read only where the block's separator follows it, or in the
# one-line block).
AUTHOR_COUNT = re.compile(r"^(?:•\s*)?(?P<n>\d+) authors?$")
# The whole block on one line, middle dots between its parts, as a capture that runs inline
# elements together prints it: "• 4 authors · Mar 16, 2024 · 12", "deepmind Google DeepMind · Dec 20".
ONE_LINE_BLOCK = re.compile(
    rf"^(?P<meta>.+?) · (?P<date>(?:(?:Published|Submitted) on )?(?:{_MONTHS})[a-z]* \d{{1,2}}(?:, \d{{4}})?)"
    rf"(?: · {_VOTE_ARROW}(?P<upvotes>\d+))?$")
_MARKERS = ("Daily Papers",)
# An upvote count printed on a line of its own before the title (the vote button's number, as a
# redesign of the page prints it): a line of digits alone, which no title is; it is the entry's
# upvotes. Up to six digits: a count, never a year-like id glued to text.
VOTES_LINE = re.compile(rf"^{_VOTE_ARROW}(?P<n>\d{{1,6}})$")
# Who put the paper on the page ("Submitted by akhaliq"): chrome of the entry, neither its
# title nor its author block. A user's handle is one word of letters, digits, "-", "_", ".".
SUBMITTER = re.compile(r"^Submitted by [\w.\-]+$")
_SEPARATOR = "·"
# An abstract reads as prose: long, or ending a sentence. A title does neither.
_MIN_ABSTRACT = 200


def _looks_like_abstract(line: str) -> bool:
    return len(line) >= _MIN_ABSTRACT or (len(line) > 80 and line.rstrip().endswith("."))


# The names not shown after the first authors' names ("Ann Lee, Bo Chen +3", "... et al.").
_MORE_NAMES = re.compile(r",?\s*(?:\+\d{1,4}|et al\.?)\s*$")


def _named_authors(line: str) -> tuple[list[str], bool] | None:
    """An author block that names the first authors ("Ann Lee, Bo Chen +3"): (names, cut
    short), or None. Only a list (a comma or a "+N" / "et al." mark) whose every piece reads
    as a person's name: one name alone looks like an organisation's ("Moonshot AI")."""
    more = _MORE_NAMES.search(line)
    body = line[: more.start()] if more else line
    # "and" / "&" before the last name joins it as a comma does, read as the listing reads it
    # ("Ann Lee & Bo Chen"; "Johnson & Johnson" stays one piece: "Johnson" alone is no name)
    pieces = [p.strip() for p in and_parts(body.split(","))]
    if not (more or len(pieces) > 1) or not all(p and is_person_name(p) for p in pieces):
        return None
    return pieces, bool(more)


def _org_name(line: str) -> str:
    """``moonshotai Moonshot AI`` -> ``Moonshot AI``: drop a leading lower-case handle."""
    head, _, rest = line.partition(" ")
    if rest and re.fullmatch(r"[a-z0-9][a-z0-9_.\-]*", head):
        return rest.strip()
    return line.strip()


class DailyPapersExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        try:
            lines = [ln.strip() for ln in doc.lines[:400]]
        except ExtractError:
            return 0.0
        has_marker = any(ln in _MARKERS for ln in lines[:40])
        seps = lines.count(_SEPARATOR) or sum(1 for ln in lines if " · " in ln and ONE_LINE_BLOCK.match(ln))
        if has_marker and seps:
            return 0.95
        # (the pattern only on lines that begin with its first character: a cheap test first)
        counts = sum(1 for ln in lines if (ln[:1] == "•" or ln.endswith(("author", "authors"))) and AUTHOR_COUNT.match(ln))
        if has_marker and counts:
            return 0.95
        if seps >= 3 and counts >= 2:
            return 0.7
        return 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        lines = [ln.strip() for ln in doc.lines]
        lines = [ln for ln in lines if ln]
        # Everything up to and including the page date is chrome.
        start = next((i for i, ln in enumerate(lines[:60]) if PAGE_DATE.match(ln)), None)
        if start is None:
            raise ExtractError(doc.source_uri, "no page date (e.g. 'Jan 8') before the first paper")
        page_date = lines[start]
        i = start + 1
        ordinal = 0
        while i < len(lines):
            votes = None
            vm = VOTES_LINE.match(lines[i])
            if vm and i + 1 < len(lines):
                votes = int(vm.group("n"))
                i += 1
            ordinal += 1
            title = lines[i]
            raw = [title]
            i += 1
            if title == _SEPARATOR or ENTRY_DATE.match(title) or ONE_LINE_BLOCK.match(title):
                yield RecordError(ordinal, "entry starts with a date block, not a title", excerpt(title))
                # skip this stray block
                while i < len(lines) and ENTRY_DATE.match(lines[i]):
                    i += 1
                continue
            abstract = None
            meta = None
            date_line = None
            # abstract: the next line unless it is the meta line of a block or a new title
            if i < len(lines) and not (i + 1 < len(lines) and lines[i + 1] == _SEPARATOR):
                if _looks_like_abstract(lines[i]):
                    abstract = lines[i]
                    raw.append(abstract)
                    i += 1
                    # an abstract of several paragraphs: each further line that reads as prose
                    # (the same look as the first) goes on with it; a title does not read so
                    while i < len(lines) and _looks_like_abstract(lines[i]) and not ONE_LINE_BLOCK.match(lines[i]):
                        abstract += "\n\n" + lines[i]
                        raw.append(lines[i])
                        i += 1
            if i < len(lines) and SUBMITTER.match(lines[i]):
                raw.append(lines[i])
                i += 1
            one_line = ONE_LINE_BLOCK.match(lines[i]) if i < len(lines) else None
            if one_line:
                meta = one_line.group("meta").strip()
                date_line = one_line.group("date") + (f" {one_line.group('upvotes')}" if one_line.group("upvotes") else "")
                raw.append(lines[i])
                i += 1
            elif i + 1 < len(lines) and lines[i + 1] == _SEPARATOR:
                meta = lines[i]
                raw += [meta, _SEPARATOR]
                i += 2
                if i < len(lines) and ENTRY_DATE.match(lines[i]):
                    date_line = lines[i]
                    raw.append(date_line)
                    i += 1
                else:
                    yield RecordError(ordinal, "author block without a date", excerpt(" ".join(raw)))
                    continue
            draft = Draft(
                ordinal=ordinal, title=title, abstract=abstract, page_date_text=page_date, raw="\n".join(raw)
            )
            if votes is not None:
                draft.upvotes = votes
            if meta is not None:
                m = AUTHOR_COUNT.match(meta)
                if m:
                    draft.author_count = int(m.group("n"))
                    draft.authors_truncated = True
                elif (named := _named_authors(meta)) is not None:
                    draft.authors, draft.authors_truncated = named
                else:
                    draft.org = _org_name(meta)
            if date_line is not None:
                dm = ENTRY_DATE.match(date_line)
                draft.date_text = dm.group("date")
                if dm.group("upvotes") or votes is None:
                    draft.upvotes = int(dm.group("upvotes")) if dm.group("upvotes") else None
            yield draft

