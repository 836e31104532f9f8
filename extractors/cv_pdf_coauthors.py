"""CV entries that print their co-authors on a line of their own, "with Ann Lee and Bo Chen",
and leave the owner implied (Typst and hand-made CVs):

    Title of the paper                                         2021
    Venue
    with Ann Lee and Bo Chen

Such a line is told by its opening word, not by its place: it opens with "with", "joint
with" or "w/" and the rest of it (and of the lines after it) is a list of names. When enough
of a CV's entries end in one, the CV is read this way as a whole: an entry's lines before
its "with" line are the title (the lines in the CV's title style, else the lines set like
the first one) and the venue (the lines after the title), and an entry without such a line
is a paper of the owner alone, with no other names. The year is the one in the venue's
text, else the date printed beside the entry or the year heading above it.
"""

from __future__ import annotations

import re

from .author_lists import plausible_name, split_author_list
from .base import Draft
from .citations import YEAR_IN_TEXT, venue_name
from .cv_entries import ParsedEntry, link_fields, record_type
from .cv_pdf_layout import EntryLine, PdfEntry
from .pdf_lines import join_words

_WITH = re.compile(r"^(?:with|joint(?:\s+work)?\s+with|w/)\s+(?=[A-Z])", re.I)
WITH_LINE_SHARE = 0.3  # this share of a CV's entries (and two at least) ending in a "with" line makes it such a CV
WITH_LINE_ENTRIES = 2
TITLE_WORDS = 2  # a title has at least this many words
_LABEL_YEAR = re.compile(r"(?:19|20)\d\d")


def _text(lines: list[EntryLine]) -> str:
    return " ".join(join_words(el.words) for el in lines if el.words).strip()


def with_line(entry: PdfEntry) -> int | None:
    """The index of the entry's co-author line: the first line after the first that opens
    with "with" and whose text from there to the entry's end is a list of names."""
    for i, el in enumerate(entry.lines[1:], start=1):
        if el.words and _WITH.match(join_words(el.words)):
            return i if coauthors(entry.lines[i:]) else None
    return None


def coauthors(lines: list[EntryLine]) -> list[str] | None:
    """The names of a "with ..." line (and the lines it runs on to), or None when they do not
    all read as names."""
    text = _WITH.sub("", _text(lines)).strip().rstrip(".)")
    names, _ = split_author_list(text)
    if not names or not all(plausible_name(n) and not re.search(r"\d", n) for n in names):
        return None
    return names


def with_line_cv(entries: list[PdfEntry]) -> bool:
    """Whether the CV prints its entries' co-authors on "with" lines."""
    n = sum(with_line(e) is not None for e in entries)
    return n >= WITH_LINE_ENTRIES and n >= WITH_LINE_SHARE * len(entries)


def _look(el: EntryLine) -> tuple[bool, bool, float]:
    """The line's style as most of its words print it: (bold, italic, size rounded)."""
    words = [w for w in el.words if w.text.strip()]
    bold = sum(w.bold for w in words) * 2 > len(words)
    italic = sum(w.italic for w in words) * 2 > len(words)
    return bold, italic, round(max((w.size for w in words), default=0.0) * 2) / 2


def _title_lines(head: list[EntryLine], title_style: str | None) -> int:
    """How many of the head's lines (those before the co-author line) the title takes: the
    lines in the CV's title style, else those set like the first line."""
    if title_style in ("bold", "italic"):
        k = 0
        for el in head:
            bold, italic, _ = _look(el)
            if (bold if title_style == "bold" else italic):
                k += 1
            else:
                break
        if k:
            return k
    first = _look(head[0])
    k = 1
    while k < len(head) and _look(head[k]) == first:
        k += 1
    return k


def read_with_line(entry: PdfEntry, title_style: str | None, owner: str | None) -> Draft | None:
    """The entry read as title, venue and "with" co-authors (no "with" line: the owner's
    paper alone); None when it does not read so (the other readings stay)."""
    k = with_line(entry)
    head = entry.lines if k is None else entry.lines[:k]
    names = [] if k is None else coauthors(entry.lines[k:])
    head = [el for el in head if el.words]
    if names is None or not head:
        return None
    t = _title_lines(head, title_style)
    if k is None and t == len(head) and len(head) > 1:
        return None  # all lines alike and no names: where the title ends is not printed
    title = _text(head[:t]).rstrip(" .,")
    rest = _text(head[t:])
    if len(title.split()) < TITLE_WORDS or (rest and _WITH.match(rest)):
        return None
    venue = venue_name(rest) if rest else None
    years = YEAR_IN_TEXT.findall(rest)
    label = _LABEL_YEAR.search(entry.label or "")
    year = int(years[-1]) if years else (int(label.group()) if label else entry.year_heading)
    parsed = ParsedEntry(authors=names, title=title, venue=venue, year=year)
    return Draft(ordinal=0, source_record_id=entry.number, title=title, authors=names, authors_truncated=bool(names),
                 year=year, venue=venue, record_type=record_type(entry.section_kind, parsed), owner=owner,
                 raw=_text(entry.lines), **link_fields(entry.links))


def read_title_venue(entry: PdfEntry, venue_style: str | None, owner: str | None) -> Draft | None:
    """An entry that prints no names (the owner's own list, "Title, *Venue* **62** 1-9")
    read as the plain text before its first run in the CV's venue style (the title) and
    that run (the venue); None when there is no such run after a title's worth of words or
    the text before it opens with names."""
    from .cv_pdf_render import _is_punct, _plain, _runs, _venue_run, name_list, tokens_of

    if venue_style not in ("bold", "italic"):
        return None
    tokens = tokens_of(entry)
    run = next(((s, e) for s, e in _runs(tokens, venue_style) if _venue_run(tokens, s, e)), None)
    if run is None:
        return None
    title = _plain(tokens[:run[0]]).strip(" ,.:;")
    first = re.split(r"(?<=[a-z]{2})[.:]\s", title, maxsplit=1)[0]
    # names open it: a list ("Ann Lee and Bo Chen") or a name with initials ("A. B. Lee"); two
    # capitalised words alone ("Fusion Energy: Can smaller be better?") are a title's
    names = name_list(first) and bool(re.search(r",|\band\b|&|\b[A-Z]\.", first))
    styled = any((t.word.bold or t.word.italic) and not _is_punct(t.text) for t in tokens[:run[0]])
    if len(title.split()) < TITLE_WORDS + 1 or names or styled:
        return None
    venue = _plain(tokens[run[0]:run[1]]).strip(" ,.;:")
    rest = _plain(tokens[run[1]:])
    years = YEAR_IN_TEXT.findall(rest)
    label = _LABEL_YEAR.search(entry.label or "")
    year = int(years[-1]) if years else (int(label.group()) if label else entry.year_heading)
    parsed = ParsedEntry(authors=[], title=title, venue=venue, year=year)
    return Draft(ordinal=0, source_record_id=entry.number, title=title, authors=[], year=year, venue=venue,
                 record_type=record_type(entry.section_kind, parsed), owner=owner, raw=_text(entry.lines),
                 **link_fields(entry.links))
