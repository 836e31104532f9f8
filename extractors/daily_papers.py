"""Daily-papers search result pages (text captured from the rendered page).

Page chrome ends with the page date (``Jan 8``). Then per paper: the title, the abstract,
and optionally a block ``  • N authors`` (or an organisation line such as
``moonshotai Moonshot AI``), ``·``, and a date with an optional upvote count
(``Feb 7, 2024 1``, ``Mar 16 6``). Some entries lack the block, a few lack the abstract.
The upvote count may instead stand on a line of its own before the title, and a line
``Submitted by <user>`` may follow the abstract; both are read as what they are. Before the
title, a page may print who submitted the paper ("Submitted by" over the user) and the vote
button ("▲" over its count); a long title may be wrapped over two or three lines.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterator

from normalizers.dates import LOCALE_MONTH_PATTERN, RELATIVE_DATE

from .base import (
    MONTH_ABBREVIATIONS,
    Document,
    Draft,
    ExtractError,
    RecordError,
    excerpt,
)
from .listing_page import and_parts, is_person_name
from .profile_page import is_pager

NAME = "daily_papers"
VERSION = 12  # 12: a collection of papers (each its title over "Paper • <id> • Published <date> • N") read as its entries; who submitted the paper in a CJK locale ("提交者 <user>", "投稿者 <user>") is chrome (wt-seedfmt10); 11: 11: a CJK locale's long dates ("2021年6月18日", "1月8日") and Japanese author count ("著者4名"), a weekday before the day ("Wed, Jan 7"), a page dated by a period (an ISO week "2026-W02", a range "Jan 5 – Jan 11, 2026"); 10: dates day first in the page's locale ("8 janv.", "18 juin 2021") and relative ones ("3 days ago"), the author count in the page's language ("4 auteurs"), "and N others" after named authors; 9: the page known by its structure (the page date over dated author blocks), a Markdown copy's marks ("### [Title](url)", "- ", "---"), a rank line before the title ("#3"), worded upvotes after a middle dot ("· 12 upvotes"), names then the count ("Ann Lee, Bo Chen · 6 authors"); 8: a page wrapped at one width (a text browser's dump) read as its paragraphs, the dump's link numbers ("[23]Title") and references list no text; counter chips under an entry's date ("GitHub ★ 1.2k", "💬 3"); the pager's "Load more"; 7: "Submitted by" over the user and the vote mark over its count, before the title too; a title wrapped over lines; an organisation's logo is no part of its name; 6: the upvote count after the vote button's mark ("Mar 16, 2024 ▲ 12"), the author count without its bullet ("4 authors"), "and"/"&" in a block of names; 5: an abstract of several paragraphs; 4: the author block, date and upvotes on one line; 3: "Published on <date>", an author block naming its first authors; 2: an upvote count
#   on its own line before the title, "Submitted by <user>" lines

_MONTHS = MONTH_ABBREVIATIONS
# A day as the page prints it: the month first in English ("Jun 18, 2021", "Feb 6"), or the day
# first with the month's name in the page's locale ("18 juin 2021", "6 févr.", "8. Okt. 2023":
# normalizers.dates' one table of the locales' month names).
# A page in a CJK locale prints the long date of its locale (CLDR: ja and zh "2021年6月18日",
# "2月6日" in the current year; ko "2021년 6월 18일"); a weekly or calendar view puts the English
# weekday before the day ("Wed, Jan 7", "Fri, Jun 18, 2021"). normalizers.dates reads them all.
_WEEKDAY = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?"
_DAY = (rf"{_WEEKDAY}(?:{_MONTHS})[a-z]* \d{{1,2}}(?:, \d{{4}})?"
        rf"|\d{{1,2}}\.? (?:{LOCALE_MONTH_PATTERN})\.?(?: \d{{4}})?"
        r"|(?:\d{4} ?[年년] ?)?\d{1,2} ?[月월] ?\d{1,2} ?[日일]")
# The page's own date may also be a period, as a weekly or monthly view dates itself: an ISO
# week ("2026-W02", as the view's address names it) or a range of days ("Jan 5 – Jan 11, 2026");
# a year-less entry date is counted back from the period's last day (normalizers.dates). The
# view may print both, one over the other: the last of them is the page's date.
_PERIOD = (r"(?:19|20)\d\d-W(?:0[1-9]|[1-4]\d|5[0-3])"
           rf"|(?:{_MONTHS})[a-z]* \d{{1,2}}(?:, \d{{4}})? [–-] (?:(?:{_MONTHS})[a-z]* )?\d{{1,2}}(?:, \d{{4}})?")
PAGE_DATE = re.compile(rf"^(?:{_DAY}|{_PERIOD})$")
# An entry's date may also be relative to the day the page was seen ("yesterday", "3 days
# ago"), as a feed dates its recent entries (normalizers.dates counts it back from the capture).
_ENTRY_DAY = rf"(?:{_DAY}|{RELATIVE_DATE})"
# The upvote count may follow the vote button's mark, as a capture of the button prints it
# ("▲ 12", "👍 12", "♥ 3"): decided by look, one or two symbols (no letter, digit or space)
# before the digits, whatever the site draws; used wherever the count is read (after the
# date, on a line of its own). A number sign is a rank ("#1" on a trending list), not a vote.
_VOTE_ARROW = r"(?:[^\w\s#]{1,2} ?)?"
# The entry's date, after a label on some pages ("Published on Mar 16, 2024", as the page prints
# the day the paper appeared; "Submitted on" as arXiv words it), then the upvote count.
# The count may be set apart by a middle dot and worded ("Jan 7, 2025 · 12 upvotes", "· 1 upvote"),
# as a list that spells out what the number counts prints it; the words are a small table
# ("upvotes", "votes", "likes", each singular too).
_VOTE_WORDS = r"(?: (?:upvotes?|votes?|likes?))"
_VOTES_AFTER = rf"(?: {_VOTE_ARROW}(?P<upvotes>\d+)| · (?P<counted>\d+){_VOTE_WORDS})"
ENTRY_DATE = re.compile(
    rf"^(?:(?:Published|Submitted) on )?(?P<date>{_ENTRY_DAY})"
    rf"{_VOTES_AFTER}?$")
# The author count, with its bullet or without ("• 4 authors", "4 authors"): the block's first
# line in either case (it is read only where the block's separator follows it, or in the
# one-line block).
# The word may be the page's locale's (one table: English, French and Dutch "auteur(s)",
# German "Autor(en)", Spanish and Portuguese "autor(es)", Italian "autore"/"autori").
_AUTHOR_WORDS = ("authors", "author", "auteurs", "auteur", "Autoren", "Autor", "autores", "autor", "autori", "autore")
_AUTHOR_WORD_ENDS = (*_AUTHOR_WORDS, "名")
# Japanese puts the word before the number and a counter after it ("著者4名").
AUTHOR_COUNT = re.compile(rf"^(?:•\s*)?(?:(?P<n>\d+) (?:{'|'.join(_AUTHOR_WORDS)})|著者\s?(?P<ja>\d+)\s?名)$")
# The whole block on one line, middle dots between its parts, as a capture that runs inline
# elements together prints it: "• 4 authors · Mar 16, 2024 · 12", "deepmind Google DeepMind · Dec 20".
ONE_LINE_BLOCK = re.compile(
    rf"^(?P<meta>.+?) · (?P<date>(?:(?:Published|Submitted) on )?{_ENTRY_DAY})"
    rf"(?: · {_VOTE_ARROW}(?P<upvotes>\d+){_VOTE_WORDS}?)?$")
_MARKERS = ("Daily Papers",)
# A collection of papers (a curated list on the same site) prints each paper as its title over a
# line of the item's type and fields between bullets: "Paper • 2106.10404 • Published Jun 18,
# 2021 • 12" (the paper's identifier, its date, the upvotes on some). Each such pair is an entry;
# the collection's other items (a model: "Text Generation • Updated Jan 3 • 1.2k • 45") are none.
# A page with at least _ENTRIES_AT_LEAST such lines and no page date is read so.
COLLECTION_PAPER = re.compile(
    rf"^Paper • (?P<id>[\w./\-]{{1,40}}) • (?:(?:Published|Submitted)(?: on)? )?(?P<date>{_ENTRY_DAY})"
    r"(?: • (?P<upvotes>\d{1,6}))?$")
_COLLECTION_PREFIX = "Paper • "


def _collection_papers(lines: list[str]) -> list[int]:
    """The places of the collection's paper lines (``COLLECTION_PAPER``) among ``lines`` (stripped)."""
    return [k for k, ln in enumerate(lines) if ln.startswith(_COLLECTION_PREFIX) and COLLECTION_PAPER.match(ln)]
# An upvote count printed on a line of its own before the title (the vote button's number, as a
# redesign of the page prints it): a line of digits alone, which no title is; it is the entry's
# upvotes. Up to six digits: a count, never a year-like id glued to text.
VOTES_LINE = re.compile(rf"^{_VOTE_ARROW}(?P<n>\d{{1,6}})$")
# Who put the paper on the page ("Submitted by akhaliq"): chrome of the entry, neither its
# title nor its author block. A user's handle is one word of letters, digits, "-", "_", ".".
# The label in the page's locale: one table, _SUBMITTER_WORDS (English; "提交者" as a zh-CN
# locale prints it, "投稿者" a Japanese one; a Latin-script word must be followed by a space).
_SUBMITTER_WORDS = ("Submitted by ", "提交者 ?", "投稿者 ?")
SUBMITTER = re.compile(rf"^(?:{'|'.join(_SUBMITTER_WORDS)})[\w.\-]+$")
# The same two parts on two lines, as a capture of the page's two elements prints them
# ("Submitted by" over "akhaliq"); and the vote button's mark on a line of its own over its
# count ("▲" over "34"). Either may stand before the title too, in any order.
_SUBMITTED_LABEL = "Submitted by"
_HANDLE = re.compile(r"^[\w.\-]+$")
_MARK_ALONE = re.compile(r"^[^\w\s#]{1,2}$")
# A ranked list's number on a line of its own before the title ("#3", "3."): the entry's rank on
# the page, chrome before the title (a number sign or a closing period tells it from a vote count).
_RANK_LINE = re.compile(r"^(?:#\d{1,5}|\d{1,5}\.)$")
# A title wrapped over lines, as a narrow page or a text browser prints a long one: an entry is
# a title with an abstract, an author block or both (every entry of the seed pages has one), so
# a line after the title that is none of an entry's other parts, itself followed by one of
# them, goes on with the title; up to this many lines in all (a title of 25 words at 60
# characters a line).
_TITLE_LINES_AT_MOST = 3
_SEPARATOR = "·"
# An abstract reads as prose: long, or ending a sentence. A title does neither.
_MIN_ABSTRACT = 200


# A page dumped by a text browser (``lynx -dump``): each link's text follows its number in
# brackets ("[23]Sparse Things"), and the addresses are listed at the end under "References",
# one "N. address" a line. The list is told by its shape (the heading, then numbered addresses
# to the end); on such a page a bracketed number glued before a word is a link mark, no text.
_REFERENCES_HEADING = "References"
# The widest a wrapped page's lines are: a text browser dumps a page at a terminal's width (80
# columns, lynx's and w3m's default); a page whose lines pass it wraps nothing.
_WRAP_WIDTH_AT_MOST = 80
_REFERENCE_ENTRY = re.compile(r"^\d{1,5}\. \S+://\S+$")
_LINK_MARK = re.compile(r"\[\d{1,5}\](?=\S)")


# A Markdown copy of the page (a clipper's, a note-taking tool's) marks the page's parts: a
# heading's "#" marks ("### Title"), links as "[text](address)", list bullets ("- 4 authors ·
# Jan 7") and rules ("---") between entries. The marks are no text: each line is read as the
# text they mark, a rule as a blank line.
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_MD_LINK = re.compile(r"\[(?P<text>[^\[\]]+)\]\((?:<[^<>]*>|[^()\s]*)(?:\s+\"[^\"]*\")?\)")
_MD_BULLET = re.compile(r"^[-*+]\s+(?=\S)")
_MD_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")


def _markdown_marks_off(line: str) -> str:
    stripped = line.strip()
    if not stripped or stripped[0] not in "#[-*+_" and "](" not in stripped:
        return line
    if _MD_RULE.match(stripped):
        return ""
    stripped = _MD_BULLET.sub("", _MD_HEADING.sub("", stripped))
    return _MD_LINK.sub(r"\g<text>", stripped) if "](" in stripped else stripped


def _without_dump_references(lines: list[str]) -> tuple[list[str], bool]:
    """The lines before a closing references list, and whether there was one."""
    for k in range(len(lines) - 1, -1, -1):
        if lines[k].strip() == _REFERENCES_HEADING:
            rest = [ln.strip() for ln in lines[k + 1:] if ln.strip()]
            if rest and all(_REFERENCE_ENTRY.match(ln) for ln in rest):
                return lines[:k], True
            break
    return lines, False


def _paragraphs(raw: list[str]) -> list[tuple[str, int]]:
    """The page's lines with text, stripped, each with the number of its paragraph (lines with
    no blank line between them), a line wrapped at the page's width joined to the one before.
    A page is wrapped when no line of it passes ``_WRAP_WIDTH_AT_MOST`` (an abstract, hundreds of
    characters, never fits on one); its width is then its widest line, and a line was wrapped
    when its first word would not have fitted after the line before (the two pass the width),
    unless it opens one of an entry's parts by its own look (the block, a chip, the pager)."""
    lines = [ln.strip() for ln in raw]
    width = max(map(len, lines), default=0)
    if width > _WRAP_WIDTH_AT_MOST:
        width = 10 ** 9  # a page that wraps nothing: no line is joined
    out: list[tuple[str, int]] = []
    paragraph, blank_before = 0, True
    for ln in lines:
        if not ln:
            blank_before = True
            continue
        if blank_before:
            paragraph += 1
        elif (out and len(out[-1][0]) + 1 + len(ln.split(None, 1)[0]) > width and not _looks_like_block(out[-1][0])
              and not _opens_a_part(ln)):
            out[-1] = (out[-1][0] + " " + ln, paragraph)
            blank_before = False
            continue
        out.append((ln, paragraph))
        blank_before = False
    return out


def _looks_like_block(line: str) -> bool:
    return line == _SEPARATOR or bool(ENTRY_DATE.match(line) or ONE_LINE_BLOCK.match(line))


def _opens_a_part(line: str) -> bool:
    """Whether ``line`` reads, by its own look, as one of an entry's parts other than its text."""
    return bool(_looks_like_block(line) or AUTHOR_COUNT.match(line) or SUBMITTER.match(line) or line == _SUBMITTED_LABEL
                or VOTES_LINE.match(line) or _MARK_ALONE.match(line) or _COUNTER_CHIP.match(line) or is_pager(line))


# A chip under an entry's block, in the block's paragraph: a counter of the paper's linked
# repository's stars or of its comments ("GitHub ★ 1.2k", "★ 87", "💬 3"): a symbol mark, a
# service's name before it or none, and a count, abbreviated or not ("1.2k"). The entry's own
# upvotes are read after the date or before the title, never from a line after its date.
_COUNTER_CHIP = re.compile(r"^(?:[A-Z][\w\-]{1,20} )?[^\w\s#]{1,2} ?\d{1,6}(?:\.\d)?[kKM]?$")


def _looks_like_abstract(line: str) -> bool:
    return len(line) >= _MIN_ABSTRACT or (len(line) > 80 and line.rstrip().endswith("."))


# The names not shown after the first authors' names ("Ann Lee, Bo Chen +3", "... et al.").
# The count may be worded after a joiner ("Ann Lee, Bo Chen and 4 others", "& 2 more"), as the
# listing's names are (listing_page._ET_AL).
_MORE_NAMES = re.compile(r",?\s*(?:\+\d{1,4}|et al\.?|(?:and|&)\s+\d{1,4}\s+(?:others?|more))\s*$")


# The block may name the first authors and then give the count of all after a middle dot
# ("Ann Lee, Bo Chen · 6 authors"): the names are the first ones, the list cut short.
_COUNT_AFTER_NAMES = re.compile(rf"\s+·\s+(?:•\s*)?(?P<n>\d+) (?:{'|'.join(_AUTHOR_WORDS)})$")


def _named_authors(line: str) -> tuple[list[str], bool] | None:
    """An author block that names the first authors ("Ann Lee, Bo Chen +3", "Ann Lee, Bo Chen ·
    6 authors"): (names, cut short), or None. Only a list (a comma or a "+N" / "et al." mark)
    whose every piece reads as a person's name: one name alone looks like an organisation's
    ("Moonshot AI")."""
    counted = _COUNT_AFTER_NAMES.search(line)
    if counted:
        got = _named_authors(line[: counted.start()].rstrip() + " et al.")
        return got if got is None else (got[0], len(got[0]) < int(counted.group("n")))
    more = _MORE_NAMES.search(line)
    body = line[: more.start()] if more else line
    # "and" / "&" before the last name joins it as a comma does, read as the listing reads it
    # ("Ann Lee & Bo Chen"; "Johnson & Johnson" stays one piece: "Johnson" alone is no name)
    pieces = [p.strip() for p in and_parts(body.split(","))]
    if not (more or len(pieces) > 1) or not all(p and is_person_name(p) for p in pieces):
        return None
    return pieces, bool(more)


# The characters of a logo drawn in text: pictographs and symbols ("🤗", "🦙", "✨"; Unicode's
# "symbol, other"), with the marks that build an emoji (variation selectors, joiners, skin
# tones). Punctuation is not among them: "&" in "Johnson & Johnson" is the name's.
_LOGO_CATEGORIES = frozenset({"So", "Sk", "Mn", "Cf"})


def _logo(token: str) -> bool:
    return all(unicodedata.category(c) in _LOGO_CATEGORIES for c in token)


def _org_name(line: str) -> str:
    """``moonshotai Moonshot AI`` -> ``Moonshot AI``: drop a leading lower-case handle, and
    a logo printed beside the name ("🤗 Hugging Face", "Meta AI 🦙": a token with no letter
    or digit)."""
    line = " ".join(t for t in line.split() if not _logo(t)) or line.strip()
    head, _, rest = line.partition(" ")
    if rest and re.fullmatch(r"[a-z0-9][a-z0-9_.\-]*", head):
        return rest.strip()
    return line.strip()


def _before_title(lines: list[str], i: int) -> tuple[int, int | None, list[str]]:
    """The chrome an entry may print before its title: who submitted it (on one line or two)
    and its upvotes (the count alone, after the vote mark, or under the mark): (the title's
    index, the upvotes or None, the lines passed)."""
    votes, passed = None, []
    while i + 1 < len(lines):
        line = lines[i]
        if SUBMITTER.match(line):
            step = 1
        elif line == _SUBMITTED_LABEL and i + 2 < len(lines) and _HANDLE.match(lines[i + 1]):
            step = 2
        elif votes is None and (vm := VOTES_LINE.match(line)):
            votes, step = int(vm.group("n")), 1
        elif votes is None and _MARK_ALONE.match(line) and i + 2 < len(lines) and lines[i + 1].isdigit():
            votes, step = int(lines[i + 1]), 2
        elif _RANK_LINE.match(line):
            step = 1
        else:
            break
        passed += lines[i:i + step]
        i += step
    return i, votes, passed


def _entry_part(lines: list[str], k: int) -> bool:
    """Whether line ``k`` opens one of an entry's parts after its title: an abstract, the
    author block (its first line over the separator, or the block on one line), the
    submitter, or the next entry's upvotes."""
    line = lines[k]
    return bool(
        _looks_like_abstract(line) or line == _SEPARATOR or k + 1 < len(lines) and lines[k + 1] == _SEPARATOR
        or ONE_LINE_BLOCK.match(line) or ENTRY_DATE.match(line) or SUBMITTER.match(line)
        or line == _SUBMITTED_LABEL or VOTES_LINE.match(line) or _MARK_ALONE.match(line) or _RANK_LINE.match(line))


def _wrapped(before: str, line: str) -> bool:
    """Whether ``line`` reads as the continuation of ``before``: it opens in small letters (the
    inside of a title; a title opens with a capital), or it is wrapped at one width (its first
    word did not fit after ``before``, so ``before`` and that word are longer than any line of
    the wrapped text, ``line`` included). A short line before a title (a chip, a button's
    label) is neither, and is never glued to the title after it."""
    return line[:1].islower() or len(before) + 1 + len(line.split(None, 1)[0]) > len(line)


def _title_lines(lines: list[str], i: int) -> int:
    """How many lines the title starting at ``i`` spans (``_TITLE_LINES_AT_MOST`` at most):
    the lines after it that are no part of an entry and read as its wrapped continuation go
    on with it when an entry's part follows them; else the title is its one line."""
    if lines[i] == _SEPARATOR or ENTRY_DATE.match(lines[i]) or ONE_LINE_BLOCK.match(lines[i]):
        return 1  # a stray block where a title should be (a reject): nothing goes on with it
    k = i + 1
    while (k < len(lines) and k - i < _TITLE_LINES_AT_MOST and not _entry_part(lines, k)
           and _wrapped(lines[k - 1], lines[k])):
        k += 1
    if k < len(lines) and k > i + 1 and _entry_part(lines, k):
        return k - i
    return 1


# The page is known by its structure, whatever its chrome says: the page's date ("Jan 8") over
# entries whose author block carries the entry's date (the block's separator over a date line,
# or the block on one line), at least this many (one or two could be chance).
_ENTRIES_AT_LEAST = 3


def _dated_blocks(lines: list[str]) -> int:
    """The author blocks with a date after the page's date among ``lines`` (stripped)."""
    start = next((k for k, ln in enumerate(lines[:60]) if PAGE_DATE.match(ln)), None)
    if start is None:
        return 0
    rest = [ln for ln in lines[start + 1:] if ln]
    return sum(1 for k, ln in enumerate(rest) if (ln == _SEPARATOR and k + 1 < len(rest) and ENTRY_DATE.match(rest[k + 1]))
               or (" · " in ln and ONE_LINE_BLOCK.match(ln)))


class DailyPapersExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        try:
            lines = [_markdown_marks_off(ln).strip() for ln in doc.lines[:400]]
        except ExtractError:
            return 0.0
        has_marker = any(ln in _MARKERS for ln in lines[:40])
        seps = lines.count(_SEPARATOR) or sum(1 for ln in lines if " · " in ln and ONE_LINE_BLOCK.match(ln))
        if has_marker and seps:
            return 0.95
        # (the pattern only on lines that begin with its first character: a cheap test first)
        counts = sum(1 for ln in lines if (ln[:1] == "•" or ln.endswith(_AUTHOR_WORD_ENDS)) and AUTHOR_COUNT.match(ln))
        if has_marker and counts:
            return 0.95
        if _dated_blocks(lines) >= _ENTRIES_AT_LEAST:
            return 0.9
        if seps >= 3 and counts >= 2:
            return 0.7
        if len(_collection_papers(lines)) >= _ENTRIES_AT_LEAST:
            return 0.9  # a collection of papers
        return 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        raw_lines, dumped = _without_dump_references([_markdown_marks_off(ln) for ln in doc.lines])
        if dumped:
            raw_lines = [_LINK_MARK.sub("", ln) for ln in raw_lines]
        numbered = _paragraphs(raw_lines)
        lines = [ln for ln, _ in numbered]
        paragraph_of = [n for _, n in numbered]
        # Everything up to and including the page date is chrome.
        start = next((i for i, ln in enumerate(lines[:60]) if PAGE_DATE.match(ln)), None)
        if start is None:
            stripped = [ln.strip() for ln in doc.lines]
            stripped = [ln for ln in stripped if ln]
            if len(found := _collection_papers(stripped)) >= _ENTRIES_AT_LEAST:
                yield from _collection(stripped, found)
                return
            raise ExtractError(doc.source_uri, "no page date (e.g. 'Jan 8') before the first paper")
        while start + 1 < len(lines) and PAGE_DATE.match(lines[start + 1]):
            start += 1  # a period's two forms, one over the other: the last is the page's date
        page_date = lines[start]
        i = start + 1
        ordinal = 0
        while i < len(lines):
            if is_pager(lines[i]):  # the pager's controls ("Load more"): chrome of the page
                i += 1
                continue
            i, votes, chrome = _before_title(lines, i)
            ordinal += 1
            span = _title_lines(lines, i)
            title = " ".join(lines[i:i + span])
            raw = [*chrome, *lines[i:i + span]]
            i += span
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
            elif i + 1 < len(lines) and lines[i] == _SUBMITTED_LABEL and _HANDLE.match(lines[i + 1]):
                raw += lines[i:i + 2]
                i += 2
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
                    while i < len(lines) and paragraph_of[i] == paragraph_of[i - 1] and _COUNTER_CHIP.match(lines[i]):
                        raw.append(lines[i])  # the entry's counter chips, in its block's paragraph
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
                    draft.author_count = int(m.group("n") or m.group("ja"))
                    draft.authors_truncated = True
                elif (named := _named_authors(meta)) is not None:
                    draft.authors, draft.authors_truncated = named
                else:
                    draft.org = _org_name(meta)
            if date_line is not None:
                dm = ENTRY_DATE.match(date_line)
                draft.date_text = dm.group("date")
                counted = dm.group("upvotes") or dm.group("counted")
                if counted or votes is None:
                    draft.upvotes = int(counted) if counted else None
            yield draft


def _collection(lines: list[str], found: list[int]) -> Iterator[Draft | RecordError]:
    """The entries of a collection of papers: each paper line's title is the line over it."""
    for ordinal, k in enumerate(found, 1):
        m = COLLECTION_PAPER.match(lines[k])
        title = lines[k - 1] if k else ""
        if not k or _collection_papers([title]) or not any(c.isalpha() for c in title):
            yield RecordError(ordinal, "a collection's paper line with no title over it", excerpt(lines[k]))
            continue
        draft = Draft(ordinal=ordinal, title=title, date_text=m.group("date"), raw="\n".join(lines[k - 1:k + 1]))
        if m.group("upvotes"):
            draft.upvotes = int(m.group("upvotes"))
        yield draft
