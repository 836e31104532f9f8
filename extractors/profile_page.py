"""Researcher profile pages from a scholarly-graph site.

Page chrome, then ``Published work`` / ``N published item(s)``, then per item a line such as
``preprint2026arXiv`` (type, year and source run together), the title and the abstract.
A redesign may set the parts apart (``article · Aug 24, 2007 · Phys. Rev. D``), print the
names under the title, or capture the list as a table (a column row, counts after titles).
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

from .base import (
    MONTH_ABBREVIATIONS,
    Document,
    Draft,
    ExtractError,
    RecordError,
    excerpt,
)
from .listing_page import name_list

NAME = "profile_page"
VERSION = 17  # 17: the CJK name and section checks of wt-realstudy8web (author_lists, cv_entries.SECTION_WORDS_CJK); 16: a labelled date line ("Published: 18 Jun 2021, Last Modified: ...") a card's date line, the line under it closed by the card's year ("Phys. Rev. D 2021") its source when none other; access badges ("Open Access") no title; the ACM DL's kinds ("research-article") (wt-seedfmt10); 15: 15: a card's buttons and badges ("Full-text available", "12 Reads") no title; cards run together with no blank line parted at their kind lines (wt-cvtext9); 14: a card dated by its year alone (not the block's first line), names with affiliations in parentheses and "+N authors" before the last name, a "Published in:" line naming the source, the source nearest the date line of several between it and the title; 13: a card's date line as a research portal's reference ("Lee, A. & Roe, C., 4 Mar 2021, In: Venue. 9, 3, 12."), the kind from its path ("Research output: ... › Article"); a bibliography's keyed entries ("[j3]" over "Names: Title. Venue 12(3): 1-9 (2021)") (wt-seedfmt8); 12: cards in a document of Markdown's own syntax left to the markdown reader (0.6), which reads them through read_cards; a labelled "Contributors:" line the names, the owner's role beside the date no source, the title's place counted from the card's top when nearer, an arXiv identifier the venue of a card with none (wt-md17); 11: a list printed as cards (blocks between blank lines, one date line each: "2021-03-04 | journal-article", "Mar 2021 · Venue"; the title at the place from the date line that holds a title on most cards), known by that structure alone; 10: a list captured as rows (Scholar-like: title, names, the source ending in the year, the count and the year); items grouped under year headings, their item line without the year ("article · Phys. Rev. D"); link chips under a title ("PDF", "DOI: 10...", "arXiv:0704.0165"); "Sort by: Year"; 9: a full date on the item line ("Aug 24, 2007"), a names line under the title, "Showing 20 of 30", a table's column row and count cells; 8: abstract toggles ("Show abstract") are chrome, an "Abstract:" label is no abstract; 7: "kind · source · year"; 6: the list headed "Publications" / "N items" (with dense item lines); 5: the item line's parts apart, " · " between them; 4: a kind capitalised ("Journal article2021"), "Cited by N" and "Showing all N items"
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
# A full date names its day too, after the month ("Aug 24, 2007") or before it ("24 Aug 2007").
_SEP = r"\s{0,3}[·•|]\s{0,3}"
_MONTH_DAY = rf"(?:(?:\d{{1,2}} )?(?P<month>{_MONTHS})[a-z]*\.? ?(?:\d{{1,2}},? )?)?"
ITEM_HEADER = re.compile(
    rf"^(?:(?P<type>[a-z][a-z\-_ ]{{1,30}}?|[A-Z][a-z\-_ ]{{0,29}}[a-z])|(?P<septype>[A-Za-z][a-z\-_ ]{{1,30}}?){_SEP})"
    rf"{_MONTH_DAY}(?P<year>(?:19|20)\d\d)"
    rf"(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?(?:{_SEP})?(?P<source>\S.{{0,{MAX_SOURCE - 1}}})?$")
# With the parts apart, the source may come before the date ("article · Phys. Rev. D · 2021"),
# the date then closing the line.
ITEM_SOURCE_FIRST = re.compile(
    rf"^(?P<septype>[A-Za-z][a-z\-_ ]{{1,30}}?){_SEP}(?P<source>\S.{{0,{MAX_SOURCE - 1}}}?){_SEP}"
    rf"{_MONTH_DAY}(?P<year>(?:19|20)\d\d)(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")


# The longest line either pattern can match: a kind (31 characters), two separators (7 each), a
# month's name (11), a day (4), the date (10) and the source; every other line (an abstract, a title with
# no year) is no item line, found without running the two patterns over it (an item's abstract
# is most of a page's text: the patterns' backtracking over it cost a fifth of the page's time).
_ITEM_LINE_MAX = 31 + 7 + 11 + 4 + 10 + 7 + MAX_SOURCE
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
_PAGER = re.compile(r"^(?:showing (?:\d+\s*[-–]\s*)?\d+ of \d+|showing all \d+ items?|page \d+ of \d+|previous|next|prev"
                    r"|load more|show more|[‹«<]|[›»>]|cited by \d+"
                    r"|(?:show|hide|view) (?:the )?(?:full )?abstract|read more|show less"
                    r"|sort(?: by)?:? [\w ]{1,20}?(?: ?[▾▼⌄])?)$", re.IGNORECASE)


def is_pager(line: str) -> bool:
    """Whether ``line`` is one of the pager's lines or a toggle (``_PAGER``), whole."""
    return bool(_PAGER.match(line))


# A label before the abstract ("Abstract:" on a line of its own, or opening the abstract's
# line): the label is no text of the abstract.
_ABSTRACT_LABEL = re.compile(r"^(?:abstract|summary)(?:\s*:\s*|\s*$)", re.IGNORECASE)
# The list captured as a table, tabs between its cells: a row of column names ("Title<TAB>Cited
# by", cells of a few words with no digit) stands where an item line would and is chrome; a
# title's row may end in cells of digits alone (its citation count, its year), the table's
# columns and no words of the title.
_COLUMN_ROW = re.compile(r"^[^\d\t]{1,30}(?:\t+[^\d\t]{1,30})+$")
_COUNT_CELLS = re.compile(r"(?:\t+[\d,]+)+$")
# Items grouped under year headings (a year alone on its line, newest first): the item line
# then leaves its year out ("article · Phys. Rev. D", the kind and the source apart); such a
# line is read only under a year heading, which gives it the year. A year alone is a heading
# only where an item line follows it.
_YEAR_HEADING = re.compile(r"^(?:19|20)\d\d$")
_YEARLESS_ITEM = re.compile(rf"^(?P<septype>[A-Za-z][a-z\-_ ]{{1,30}}?){_SEP}(?P<source>\S.{{0,{MAX_SOURCE - 1}}})$")
# Link chips under a title, each on its line: a link to a file or a page by its kind ("PDF",
# "HTML", "Code", "Slides", "Video", "Poster", "BibTeX"), or an identifier with its scheme's
# label ("DOI: 10.1103/PhysRevD.99.012345", "arXiv:0704.0165", "arXiv:hep-th/0701001"): the
# item's links, no text of its abstract. Provenance: the chips of publication lists on
# profile and lab pages.
_FILE_CHIP = re.compile(r"^(?:PDF|HTML|Code|Slides|Video|Poster|BibTeX|Project page)$")
_DOI_CHIP = re.compile(r"^DOI:\s*(?P<doi>10\.\d{4,9}/\S+)$", re.IGNORECASE)
_ARXIV_CHIP = re.compile(r"^arXiv:\s*(?P<id>\d{4}\.\d{4,5}(?:v\d+)?|[a-z\-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)$")


def _chip(line: str) -> dict | None:
    """The link a chip line gives ({} for a file's chip), or None when the line is no chip."""
    if _FILE_CHIP.match(line):
        return {}
    if m := _DOI_CHIP.match(line):
        return {"doi": m.group("doi")}
    if m := _ARXIV_CHIP.match(line):
        return {"arxiv_id": m.group("id")}
    return None


# A list captured as rows with no item line (a Google-Scholar-like profile): each row is its
# title, its names, its source ending in ", <year>" (the journal with volume, issue and pages,
# or "arXiv preprint arXiv:<id>"), and the row's closing line: the year alone, after the
# citation count when cited ("469<TAB>2007"). A closing line is known by the line before it,
# whose year is the same: the pair is the row's structure, whatever the words. A profile so
# printed is read from its rows (``_ITEMS_AT_LEAST`` of them, dense as the item lines are).
_ROW_CLOSE = re.compile(r"^(?:(?P<cited>\d[\d,]*)[\t ]+)?(?P<year>(?:19|20)\d\d)$")
_ROW_SOURCE = re.compile(r"^(?P<source>.*?),\s*(?P<year>(?:19|20)\d\d)$")
_ROW_LINES = (1, 2)  # the lines of a row before its source: the title alone, or the title and the names
# The source's tail after the journal's name: a volume, an issue in parentheses, pages or an
# article number ("Phys. Rev. D 99 (1), 012345"); a preprint server's own words for a preprint
# ("arXiv preprint arXiv:0704.0165": the server's name is the venue).
_SOURCE_TAIL = re.compile(r"(?:\s+\d[\w.]*(?:\s*\([\w\-–]+\))?)?(?:,\s*[\w\-–.]+)?$")
_PREPRINT_SOURCE = re.compile(r"^(?P<server>[A-Za-z][\w\-]*) preprint(?: (?P=server):\s*(?P<id>\S+))?$", re.IGNORECASE)


def _row_closes(lines: list[str], k: int) -> bool:
    """Whether line ``k`` closes a row: the year alone (after a count), the line before ending
    in the same year."""
    m = _ROW_CLOSE.match(lines[k])
    if m is None or k == 0:
        return False
    src = _ROW_SOURCE.match(lines[k - 1])
    return src is not None and src.group("year") == m.group("year")


def _row_venue(source: str) -> dict:
    pre = _PREPRINT_SOURCE.match(source)
    if pre:
        return {"venue": pre.group("server"), **({"arxiv_id": pre.group("id")} if pre.group("id") and
                                                 pre.group("server").lower() == "arxiv" else {})}
    venue = _SOURCE_TAIL.sub("", source).strip() if re.search(r"\d", source) else source.strip()
    return {"venue": venue or source.strip() or None}


# A list printed as cards (ORCID-like works, ResearchGate-like research items): each item a block
# of lines between blank lines, one of them its date line: the date alone or with the item's kind
# and source beside it, a middle dot or a bar between ("2021-03-04 | journal-article", "Mar 2021
# · Physical Review D", "2021"). The other lines are the title, the source alone, the kind alone
# ("Article"), the names, labelled lines ("DOI: ...", "Source: Crossref") and badges, in an order
# of the site's own: the title stands at the same place on every card, counted from the date line
# (before it, "Title / Journal / 2021 | article", or after it, "Article / Mar 2021 · Journal /
# Title") or, before the date line, from the card's top (a card that leaves its journal line out
# keeps its title first), and that place is the one whose line is title-like on most cards (the
# one nearer the top on a tie: a title comes before its source). Such a page is a profile by this structure alone, whatever
# its chrome: ``_ITEMS_AT_LEAST`` cards at least, and most of the multi-line blocks from the first.
_DATE_ALONE = re.compile(
    rf"^(?:(?:\d{{1,2}} )?(?:{_MONTHS})[a-z]*\.? (?:\d{{1,2}},? )?)?(?P<year>(?:19|20)\d\d)"
    r"(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
_CARD_SEP = re.compile(r"\s+[·|•]\s+")
# The kinds of works as profile sites name them (ORCID's work types, Crossref's types,
# ResearchGate's item kinds), compared in small letters with "-" and "_" as spaces.
_KINDS = frozenset({
    "article", "journal article", "conference paper", "conference article", "conference proceedings", "proceedings",
    "preprint", "working paper", "book", "book chapter", "chapter", "thesis", "dissertation", "dataset", "data set",
    "report", "technical report", "review", "letter", "editorial", "poster", "presentation", "patent", "software",
    "other", "posted content", "lecture", "conference abstract", "book review", "research", "magazine article",
    # the ACM Digital Library's types ("research-article", "short-paper", "extended-abstract")
    "research article", "short paper", "extended abstract",
})
# Labelled lines of a card (an ORCID work's "DOI:", "URL:", "Source:" lines): the item's links and
# provenance, never its title. Provenance: the fields of ORCID's and similar sites' work cards.
_CARD_LABEL = re.compile(r"^(?P<label>DOI|URL|Source|ISBN|ISSN|PMID|PMCID|EID|Handle|Link|Publisher|Part of ISBN|"
                         r"Contributors|Show more detail|Published in|e-Print)s?:\s*(?P<value>.*)$", re.IGNORECASE)
# A card may name its source under a label ("Published in: Phys.Rev.D 99 (2021) 3, 034512", a
# literature database's line): the venue is the value's name, before its volume or its year.
_SOURCE_LABEL = re.compile(r"^Published in:\s*(?P<value>\S.*)$", re.IGNORECASE)
_LABELLED_VENUE = re.compile(r"^(?P<venue>.+?)\.?(?:,?\s+(?:\d|\(\d|pp?\.\s|vol\.?\s).*)?$", re.IGNORECASE)


def _labelled_source(block: list[str]) -> str | None:
    for ln in block:
        m = _SOURCE_LABEL.match(ln) if ln[:1] in "Pp" else None
        if m:
            return _LABELLED_VENUE.match(m.group("value")).group("venue").strip() or None
    return None
# A card's people given under a label ("Contributors: Ann Lee; Bo Chen", ORCID's work card):
# the label says they are names, so the value is read as the list, parted at its semicolons
# (at its commas when it has none), without asking each piece to look like a person's name.
_NAMES_LABEL = re.compile(r"^(?:Contributors|Authors?)\s*:\s*(?P<names>\S.*)$", re.IGNORECASE)
# The owner's role on a work printed beside its date and kind ("2021-03 | Journal article |
# Author"): no source. Provenance: ORCID's contributor roles (the work's "contributor-role"
# values, written as its pages print them, compared in small letters with "-" and "_" as spaces).
_ROLES = frozenset({
    "author", "editor", "assignee", "chair or translator", "co investigator", "co inventor", "graduate student",
    "other inventor", "principal investigator", "postdoctoral researcher", "support staff",
})
# The middle of a long names list cut out ("Ann Lee · Bo Chen · [...] · Cy Roe")
_CUT_PIECE = re.compile(r"^(?:\[(?:\.\.\.|…)\]|…|\.\.\.)$")


def _kind(text: str) -> bool:
    return re.sub(r"[-_]", " ", text.strip().lower()) in _KINDS


def _role(text: str) -> bool:
    return re.sub(r"[-_]", " ", text.strip().lower()) in _ROLES


def _labelled_names(line: str) -> tuple[list[str], bool] | None:
    """The names of a labelled names line ("Contributors: Ann Lee; Bo Chen"), or None."""
    m = _NAMES_LABEL.match(line)
    if m is None:
        return None
    value = m.group("names").strip().rstrip(".;,")
    pieces = [p.strip() for p in value.split(";" if ";" in value else ",")]
    kept = [p for p in pieces if p and not _CUT_PIECE.match(p)]
    return (kept, len(kept) < len(pieces)) if kept else None


# A list numbered entry by entry (most blocks opening "1) Title", "2. Title") is a list of
# entries, which the list readers read, not cards: the cards of profile sites are not numbered.
_NUMBERED = re.compile(r"^\d{1,4}[.)]\s")


# A card's date line may be the item's reference in a research portal's citation form (Pure's
# "Standard" style): the names, surname first with initials, then the date and the source, commas
# between ("Lee, A., Chen, B. & Roe, C., 4 Mar 2021, In: Physical Review D. 99, 3, 34512.",
# "Roe, C., 2021, arXiv."): the date is the card's, the source's name (after "In:", up to its full
# stop before the volume or the pages) its venue. The names must read as that list whole, and
# the date stand alone between two commas.
_CITED = re.compile(
    rf"^(?P<names>.+?), (?P<date>(?:\d{{1,2}} )?(?:(?:{_MONTHS})[a-z]*\.? )?(?:19|20)\d\d), (?P<source>\S.*)$")
_CITED_PERSON = r"(?:[a-z]{1,3} )*[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*){0,2}, [^\W\d_]{1,2}\.(?:[ \-]?[^\W\d_]{1,2}\.)*"
_CITED_NAMES = re.compile(
    rf"^{_CITED_PERSON}(?:(?:, | & | and ){_CITED_PERSON})*(?:,? (?:&|and) \d{{1,4}} others?|,? et al\.)?$")
_CITED_SOURCE = re.compile(r"^(?:In: )?(?P<venue>.+?)\.?(?:\s+(?:\d|pp?\.\s).*)?$")


def _cited_line(line: str) -> dict | None:
    """A card's date line in the citation form (``_CITED``): {year, kind, source}, or None."""
    m = _CITED.match(line) if ", " in line else None
    if not m or not _CITED_NAMES.match(m.group("names")):
        return None
    venue = _CITED_SOURCE.match(m.group("source")).group("venue").strip()
    return {"year": int(m.group("date")[-4:]), "kind": None, "source": venue or None}


# The kind path a research portal prints under the reference ("Research output: Contribution to
# journal › Article › peer-review"): its steps apart by "›", the first that names a kind is the item's.
_KIND_PATH = re.compile(r"^(?:[^:›]{1,40}:\s*)?(?P<path>[^›]{1,60}(?:\s›\s[^›]{1,60})+)$")


def _path_kind(line: str) -> str | None:
    m = _KIND_PATH.match(line) if "›" in line else None
    return next((p.strip() for p in m.group("path").split("›") if _kind(p)), None) if m else None


# A card's date may stand after a label and a colon, other labelled dates after it on the line
# ("Published: 18 Jun 2021, Last Modified: 08 Oct 2023", as a review site prints a paper's
# dates): the first date is the card's.
_LABELLED_DATE = re.compile(
    rf"^(?:Published|Posted|Submitted|Accepted|Date)(?: on)?:\s*(?P<date>(?:\d{{1,2}} )?(?:{_MONTHS})[a-z]*\.? "
    r"(?:\d{1,2},? )?(?:19|20)\d\d|(?:19|20)\d\d(?:-\d\d){0,2})(?:,\s*[A-Z][\w ]{0,30}:\s*[\w ,\-]{4,30})*$")


def _date_line(line: str) -> dict | None:
    """A card's date line's parts ({year, kind, source}), or None when ``line`` is none."""
    if len(line) > _ITEM_LINE_MAX or not _YEAR.search(line) or _YEAR_HEADING.match(line):
        # (a line with no year, or longer than an item line, is none: found cheaply; a year alone
        # on a line is a heading of the entries under it, never a card's date line, which
        # carries a month, or the kind or the source beside it)
        return None
    if (cited := _cited_line(line)) is not None:
        return cited
    if line[:1] in "PSAD" and (labelled := _LABELLED_DATE.match(line)):
        return {"year": int(_YEAR.search(labelled.group("date")).group()), "kind": None, "source": None}
    parts = _CARD_SEP.split(line) if "·" in line or "|" in line or "•" in line else [line]
    if len(parts) > 3:
        return None
    dates = [p for p in parts if _DATE_ALONE.match(p)]
    if len(dates) != 1:
        return None
    rest = [p for p in parts if p is not dates[0] and not _role(p)]  # (the owner's role is no source)
    kinds = [p for p in rest if _kind(p)]
    sources = [p for p in rest if not _kind(p)]
    if len(kinds) > 1 or len(sources) > 1:
        return None
    return {"year": int(_DATE_ALONE.match(dates[0]).group("year")), "kind": kinds[0] if kinds else None,
            "source": sources[0] if sources else None}


def _card_dates(block: list[str]) -> list[int]:
    """The places of a card's date lines (``_date_line``); with none, a year alone on a line
    that does not open the block: a card may date its item by the year alone ("2021" under the
    source, as author pages print an item with no known day), and a heading opens what it heads."""
    found = [k for k, ln in enumerate(block) if _date_line(ln)]
    if found or len(block) < 3:
        return found
    return [k for k in range(1, len(block)) if _YEAR_HEADING.match(block[k])]


# A card with no source otherwise may name it under its date line, on a line of its own closed by
# the card's year ("Phys. Rev. D 2021", "arXiv 2021", as a record imported from a bibliography
# prints its venue): the source is the line before the year.
_YEAR_CLOSED = re.compile(r"^(?P<source>\S.{0,200}?)[,.]?\s+(?P<year>(?:19|20)\d\d)$")


def _year_closed_source(after: list[str], year: int) -> str | None:
    for ln in after[:2]:
        m = _YEAR_CLOSED.match(ln) if ln.endswith(str(year)) else None
        if m and any(c.isalpha() for c in m.group("source")) and _date_line(ln) is None and _card_names(ln) is None:
            return m.group("source")
    return None


def _card_date(line: str) -> dict | None:
    """``_date_line`` of a card's date line, or the year alone (``_card_dates``)."""
    return _date_line(line) or ({"year": int(line), "kind": None, "source": None} if _YEAR_HEADING.match(line) else None)


# A card's names may carry each its affiliation in parentheses, as a literature database prints
# them ("Ann Lee(Northfield U.), Bo Chen (CERN)"): no part of the name. A count of the names not
# shown may stand before the last name shown, with no comma after it ("Ann Lee, Bo Chen, +3
# authors Cy Roe", the middle of a long list cut out): the count is no name. One name with its
# affiliation is a names line too (the affiliation says it is a person).
_AFFILIATION = re.compile(r"\s?\([^()]{1,80}\)(?=\s*(?:,|$|\s+et al))")
_COUNT_BEFORE_LAST = re.compile(r"^\+\s?\d{1,4}\s+(?:authors?|more|others?)\s+(?=\S)")


def _card_names(line: str) -> tuple[list[str], bool] | None:
    """A card's names line ("Ann Lee · Bo Chen · [...] · Cy Roe", "Ann Lee, Bo Chen"): a list, two
    pieces at least between middle dots or commas (a title's "Spin and Charge" is no list), each
    a name or the cut, or None."""
    affiliated = False
    if "(" in line:
        line, affiliated = _AFFILIATION.subn("", line)
    pieces = _CARD_SEP.split(line) if "·" in line else line.split(",")
    if affiliated and len(pieces) == 1:  # one person, marked a person by the affiliation
        got = name_list(line.strip())
        return got if got is None else (got[0], got[1])
    kept = [p.strip() for p in pieces if not _CUT_PIECE.match(p.strip())]
    if kept and "+" in kept[-1] and (count := _COUNT_BEFORE_LAST.match(kept[-1])):
        kept[-1] = kept[-1][count.end():]
        pieces = [*pieces, "…"]  # (the list is cut short)
    if len(pieces) < 2 or not kept:
        return None
    got = name_list(", ".join(kept))
    if got is None:
        return None
    return got[0], got[1] or len(kept) < len(pieces)


# A card's buttons and badges, each alone on its line: what the site offers or counts for the
# item, never its title. Provenance: ResearchGate's research items ("Full-text available",
# "Request full-text", "Download", "Cite", "Share", "12 Reads", "3 Citations"), and the like
# on other profile sites ("Save", "Follow", "Recommend", "Show more").
# An access badge over a title ("Open Access", "Free Access", as the ACM Digital Library and
# publishers' lists print it) is one too.
_BADGE = re.compile(r"^(?:full[- ]text available|request full[- ]text|download|cite|share|save|follow|recommend|"
                    r"open access|free access|show more|\d[\d,]*\s+(?:reads?|citations?|recommendations?))$", re.IGNORECASE)


def _title_like(line: str) -> bool:
    return (any(c.isalpha() for c in line) and _date_line(line) is None and not _kind(line)
            and not _CARD_LABEL.match(line) and not _PAGER.match(line) and _chip(line) is None
            and not _BADGE.match(line) and _card_names(line) is None)


def _blocks(lines: list[str]) -> list[list[str]]:
    """The page's blocks: its lines with text, stripped, between blank lines; a block of cards
    run together (no blank line between them) parted at their kind lines (``_run_together``)."""
    out: list[list[str]] = [[]]
    for ln in lines:
        ln = ln.strip()
        if ln:
            out[-1].append(ln)
        elif out[-1]:
            out.append([])
    return [part for b in out if b for part in _run_together(b)]


def _run_together(block: list[str]) -> list[list[str]]:
    """A block parted into cards when its cards are run together: a kind alone on its line
    ("Article", "Conference Paper") opens each, and between one kind line and the next (or the
    block's end) stands exactly one date line; else the block whole. (Lines before the first
    kind line are a block of their own.)"""
    if len(block) < 6:
        return [block]
    kinds = [k for k, ln in enumerate(block) if _kind(ln)]
    if len(kinds) < 2:
        return [block]
    dates = [k for k, ln in enumerate(block) if _date_line(ln)]
    bounds = kinds + [len(block)]
    if len(dates) != len(kinds) or any(not bounds[i] < d < bounds[i + 1] for i, d in enumerate(dates)):
        return [block]
    return ([block[:kinds[0]]] if kinds[0] else []) + [block[a:b] for a, b in zip(bounds, bounds[1:])]


def _cards(lines: list[str]) -> tuple[list[list[str]], tuple[str, int]] | None:
    """(the blocks from the first card on, the title's place: ("date", offset from the date
    line) or ("top", index from the card's first line, before its date line)), when the page
    is a list of cards; else None."""
    blocks = _blocks(lines)
    dates = [_card_dates(b) if len(b) > 1 else [] for b in blocks]
    dated = [k for k, found in enumerate(dates) if len(found) == 1]
    if len(dated) < _ITEMS_AT_LEAST or 2 * len(dated) < sum(1 for b in blocks[dated[0]:] if len(b) > 1):
        return None
    cards = [(blocks[k], dates[k][0]) for k in dated]
    places: dict[tuple[str, int], int] = {}
    at: dict[tuple[str, int], int] = {}  # the lines' places in their cards, summed
    for b, d in cards:
        for k, ln in enumerate(b):
            if k != d and _title_like(ln):
                # a place counted from the date line, and one before it counted from the card's top
                for where in [("date", k - d)] + ([("top", k)] if k < d else []):
                    places[where] = places.get(where, 0) + 1
                    at[where] = at.get(where, 0) + k
    if not places:
        return None
    # the place title-like on most cards; on a tie the one nearer the cards' top (a title comes
    # before its source: on ORCID's cards the journal line under the title is left out on a
    # preprint's, so the card's first line, not the line over the date, is the title's place)
    place = min(places, key=lambda o: (-places[o], at[o] / places[o], o))
    if 2 * places[place] < len(cards):
        return None
    if 2 * sum(1 for b, _ in cards if _NUMBERED.match(b[0])) > len(cards):
        return None  # a numbered list (its entries open with their numbers)
    return blocks[dated[0]:], place


# A bibliography's person page (dblp-like) lists keyed entries: the entry's key alone on its line
# ("[j12]", "[c7]", "[i3]": one or two small letters, the kind's, and the entry's number in
# brackets), then the entry on one line, "Names: Title. Source", the source ending in its year in
# parentheses ("Phys. Rev. B 76(5): 311-785 (2007)", "CoRR abs/0704.0165 (2007)") or holding it
# before its pages ("ICML 2007: 1-9"); the venue is the source before its volume or its year.
# The title runs to its first sentence end before the source. Year headings between the entries
# are chrome. Such a page is a profile by this structure: ``_ITEMS_AT_LEAST`` keyed entries, one
# in ``_ITEM_SHARE`` lines from the first key on at least.
_ENTRY_KEY = re.compile(r"^\[[a-z]{1,2}\d{1,5}\]$")
_KEYED_SOURCE_TAIL = re.compile(
    r"(?:\s+(?:\d[\w\-–]*(?:\([\w\-–/]+\))?(?::\s*[\w\-–]+)?|abs/\S+))?\s+\((?P<year>(?:19|20)\d\d)\)$"
    r"|\s+(?P<year2>(?:19|20)\d\d)(?::\s*[\w\-–]+)?$")
_KEYED_HEAD = re.compile(r"^(?P<names>[^:]{2,2000}?):\s+(?P<rest>\S.*)$")
_TITLE_END = re.compile(r"[.?!]\s+(?=\S)")


def _keyed_entry(line: str) -> dict | None:
    """A keyed entry's line read ({names, title, venue, year}), or None when it is none."""
    head = _KEYED_HEAD.match(line) if ": " in line and line[-1:] in ")0123456789" else None
    tail = _KEYED_SOURCE_TAIL.search(line) if head else None
    if not tail or tail.start() <= head.start("rest"):
        return None
    body = line[head.start("rest"):tail.start()]
    if line.startswith(" abs/", tail.start()):
        # a preprint's source is its server's one-word name and the identifier ("CoRR
        # abs/0704.0165"): the title runs to the sentence end before that word, whatever
        # sentence ends it holds ("Frolicher Spaces. Part I. CoRR abs/...")
        title, _, venue = body.rpartition(" ")
        title = title.strip()
        title = title[:-1] if title.endswith(".") else title
        return ({"names": head.group("names").strip(), "title": title, "venue": venue,
                 "year": int(tail.group("year"))} if title and title[-1:] != ":" else None)
    end = _TITLE_END.search(body)
    if not end:
        return None
    title, venue = body[:end.start() + (body[end.start()] != ".")].strip(), body[end.end():].strip()
    if not title or not venue:
        return None
    return {"names": head.group("names").strip(), "title": title, "venue": venue,
            "year": int(tail.group("year") or tail.group("year2"))}


def _keyed(lines: list[str]) -> int | None:
    """The index of the first key when ``lines`` (with text, stripped) are a list of keyed
    entries (``_ENTRY_KEY``); else None."""
    keys = [k for k, ln in enumerate(lines) if ln[:1] == "[" and _ENTRY_KEY.match(ln)]
    read = [k for k in keys if k + 1 < len(lines) and _keyed_entry(lines[k + 1])]
    if len(read) < _ITEMS_AT_LEAST or len(read) * _ITEM_SHARE < len(lines) - read[0]:
        return None
    return keys[0]


# A card's prose line after its title is its abstract when it is this long at least (an abstract's
# sentences; a badge, a source or a button's label is a few words).
_ABSTRACT_AT_LEAST = 200
_START = re.compile(r"^(?:Published work|(?P<n>\d+) published item\(s\))$", re.I)
# The list's heading as a redesign may print it ("Publications" over "30 items"): words a CV
# uses too, so a page headed so is a profile only when its item lines are many and dense
# (``_ITEMS_AT_LEAST`` of them, one in ``_ITEM_SHARE`` lines after the heading at least: an
# item is its line, its title and an abstract, and pager lines come between).
_OTHER_START = re.compile(r"^(?:Publications|(?P<n>\d+) (?:publications|items?))$", re.IGNORECASE)
_ITEMS_AT_LEAST = 3
_ITEM_SHARE = 5
_OWNER = re.compile(r"^Researcher profile$", re.I)


_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.")


def _names_line(line: str, more_follows: Callable[[], bool]) -> tuple[list[str], bool] | None:
    """A line under the title that lists the item's people ("Ann Lee, Bo Chen, Cy Roe …"):
    two names at least, or one with the mark of names not shown. One name alone ("Koichi
    Fujii") reads like a venue's words too ("Nature Physics"): it is a names line when it
    carries an initial ("M. Wolleben") or when the item's abstract follows it (a third line
    under the item line, which the title and an abstract alone never make)."""
    got = name_list(line)
    if got is None:
        return None
    if len(got[0]) > 1 or got[1] or _INITIAL.search(got[0][0]) or more_follows():
        return got
    return None


def _more_after(lines: list[str], j: int) -> bool:
    """Whether the item goes on after line ``j`` (a line that is no item line and no chrome)."""
    return j + 1 < len(lines) and not item_header(lines[j + 1]) and not _PAGER.match(lines[j + 1])


# A document written in Markdown's own syntax: a front matter block at its top ("---" or "+++"
# alone on the first line with text) or an ATX heading ("# Publications"). Pasted or captured
# profile text has neither; a markdown page that holds a profile's cards is a markdown page.
_FRONT_FENCE = re.compile(r"^\ufeff?(?:---|\+\+\+)\s*$")
_ATX_HEADING = re.compile(r"^#{1,6}[ \t]+\S")
MARKDOWN_SYNTAX_LINES = 400  # the lines looked at: a page's head and its headings come early
# The card list's confidence in such a document: under the markdown reader's (0.75), over
# MIN_CONFIDENCE (0.5), so that the cards are still read when the markdown reader declines.
CARDS_IN_MARKDOWN = 0.6


def markdown_syntax(lines: list[str]) -> bool:
    """Whether ``lines`` are written in Markdown's own syntax (a front matter, an ATX heading)."""
    head = list(lines[:MARKDOWN_SYNTAX_LINES])
    first = next((ln for ln in head if ln.strip()), "")
    return bool(_FRONT_FENCE.match(first.strip())) or any(_ATX_HEADING.match(ln) for ln in head)


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
        if starts and any(_YEAR_HEADING.match(a) and _YEARLESS_ITEM.match(b) for a, b in zip(lines, lines[1:])):
            return 0.95  # items grouped under year headings
        closes = [k for k in range(len(lines)) if _row_closes(lines, k)]
        # (as dense as item lines after a heading: counted from the first row's first line on)
        if len(closes) >= _ITEMS_AT_LEAST and len(closes) * _ITEM_SHARE >= len(lines) - (closes[0] - 1 - max(_ROW_LINES)):
            return 0.9  # a list captured as rows (Scholar-like)
        other = next((i for i, ln in enumerate(lines) if _OTHER_START.match(ln)), None)
        if other is not None:
            after = lines[other + 1:]
            items = sum(1 for ln in after if item_header(ln))
            if items >= _ITEMS_AT_LEAST and items * _ITEM_SHARE >= len(after):
                return 0.9
        if _cards(list(doc.lines)) is not None:
            # a list of cards; in a document written in Markdown's own syntax (a front matter, "#"
            # headings) the cards are a part of a markdown page, which the markdown reader reads
            # (through ``read_cards``): below its confidence, above none
            return CARDS_IN_MARKDOWN if markdown_syntax(doc.lines) else 0.9
        if _keyed(lines) is not None:
            return 0.9  # a bibliography's keyed entries
        return 0.0

    def read_cards(self, lines: list[str], owner: str | None = None) -> Iterator[Draft | RecordError] | None:
        """The items of ``lines`` when they are a list of cards (``_cards``), else None: for a
        reader of a document that holds such a list in its own syntax (a markdown page), the
        lines with that syntax taken off."""
        cards = _cards(lines)
        return None if cards is None else self._cards(*cards, owner)

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        lines = [ln.strip() for ln in doc.lines]
        lines = [ln for ln in lines if ln]
        owner = None
        if len(lines) > 1 and _OWNER.match(lines[0]):
            owner = lines[1]
        start = next((i for i, ln in enumerate(lines) if _START.match(ln)), None)
        heading = _START
        if start is None and (first_key := _keyed(lines)) is not None:
            yield from self._keyed(lines[first_key:], owner)
            return
        if start is None:
            start = next((i for i, ln in enumerate(lines) if _OTHER_START.match(ln)), None)
            heading = _OTHER_START
        if start is None and any(_row_closes(lines, k) for k in range(len(lines))):
            yield from self._rows(lines, owner)
            return
        if start is None or not any(item_header(ln) for ln in lines[start:]):
            cards = _cards(list(doc.lines))
            if cards is not None:
                yield from self._cards(*cards, owner)
                return
        if start is None:
            raise ExtractError(doc.source_uri, "no 'Published work' section")
        # Skip the "N published item(s)" line(s) that follow the heading.
        i = start + 1
        while i < len(lines) and heading.match(lines[i]):
            i += 1
        ordinal = 0
        group_year: int | None = None  # the year heading the items below it, if any

        def item_at(k: int) -> re.Match | None:
            return item_header(lines[k]) or (_YEARLESS_ITEM.match(lines[k]) if group_year else None)

        def heading_at(k: int) -> bool:
            return bool(_YEAR_HEADING.match(lines[k])) and k + 1 < len(lines) and bool(
                item_header(lines[k + 1]) or _YEARLESS_ITEM.match(lines[k + 1]))

        while i < len(lines):
            if _PAGER.match(lines[i]) or "\t" in lines[i] and _COLUMN_ROW.match(lines[i]):
                i += 1
                continue
            if heading_at(i):
                group_year = int(lines[i])
                i += 1
                continue
            m = item_at(i)
            if not m:
                ordinal += 1
                yield RecordError(ordinal, "expected an item line like 'preprint2026arXiv'", excerpt(lines[i]))
                i += 1
                continue
            ordinal += 1
            j = i + 1
            body: list[str] = []
            names = None
            links: dict = {}
            while j < len(lines) and not item_at(j) and not heading_at(j) and len(body) < 2:
                line = lines[j]
                if body and (link := _chip(line)) is not None:
                    links.update(link)  # a link chip under the title: the item's link, not its text
                    j += 1
                    continue
                if body and (label := _ABSTRACT_LABEL.match(line)):
                    line = line[label.end():]  # (an "Abstract:" alone leaves nothing: the next line is it)
                if len(body) == 1 and names is None and (names := _names_line(line, lambda: _more_after(lines, j))) is not None:
                    j += 1  # the names printed under the title: the item's authors, not its abstract
                    continue
                if line and not _PAGER.match(line):  # (chrome inside an item: its citation count, a pager)
                    body.append(line)
                j += 1
            i = j
            if not body:
                yield RecordError(ordinal, "item line with no title", m.group(0))
                continue
            title = _COUNT_CELLS.sub("", body[0]) if "\t" in body[0] else body[0]
            extra = {"authors": names[0], "authors_truncated": names[1]} if names else {}
            year = m.groupdict().get("year")
            yield Draft(
                **extra,
                **links,
                ordinal=ordinal,
                title=title,
                abstract=body[1] if len(body) > 1 else None,
                record_type=(m.groupdict().get("type") or m.group("septype")).strip(),
                year=int(year) if year else group_year,
                venue=(m.group("source") or "").strip() or None,
                owner=owner,
                raw="\n".join([m.group(0), *body]),
            )

    def _cards(self, blocks: list[list[str]], place: tuple[str, int], owner: str | None) -> Iterator[Draft | RecordError]:
        """The items of a list of cards (``_cards``): ``place`` is the title's (from the date line
        or from the card's top)."""
        ordinal = 0
        for block in blocks:
            dates = _card_dates(block)
            if len(dates) != 1 or len(block) < 2:
                if all(_PAGER.match(ln) for ln in block):
                    continue  # the pager between or after the cards
                ordinal += 1
                yield RecordError(ordinal, "a block of the list with no date line (or more than one)",
                                  excerpt(" / ".join(block)))
                continue
            ordinal += 1
            d = dates[0]
            t = d + place[1] if place[0] == "date" else place[1] if place[1] < d else -1
            if not 0 <= t < len(block) or not _title_like(block[t]):
                yield RecordError(ordinal, "no title where the list's cards print it", excerpt(" / ".join(block)))
                continue
            parts = _card_date(block[d])
            between = [ln for ln in block[min(t, d) + 1:max(t, d)] if _title_like(ln)] if t < d else []
            kind = parts["kind"] or next((ln for ln in block if _kind(ln)), None) or next(
                (k for ln in block if (k := _path_kind(ln))), None)
            names = next((got for ln in block if (got := _card_names(ln) or _labelled_names(ln)) is not None), None)
            links = {}
            for ln in block:
                label = _CARD_LABEL.match(ln)
                if label and label.group("label").upper() == "DOI" and (doi := _DOI_CHIP.match(ln)):
                    links["doi"] = doi.group("doi")
                if arxiv := _ARXIV_CHIP.match(ln):
                    links["arxiv_id"] = arxiv.group("id")
            after = [ln for ln in block[t + 1:] if _title_like(ln) and ln not in between and len(ln) >= _ABSTRACT_AT_LEAST]
            yield Draft(
                **({"authors": names[0], "authors_truncated": names[1]} if names else {}),
                **links,
                ordinal=ordinal,
                title=block[t],
                abstract=after[0] if after else None,
                record_type=kind,
                year=parts["year"],
                # (a card with no source of its own whose identifier is the arXiv's appeared there)
                # (several lines between the title and the date line: the one nearest the date is the
                # source, the others the names or the fields of study)
                # (a line under the date line closed by the card's year says it is the source more
                # surely than its place between the title and the date line: there a lone name stands)
                venue=parts["source"] or _labelled_source(block) or _year_closed_source(block[d + 1:], parts["year"])
                or (between[-1] if between else None) or (
                    f"arXiv:{links['arxiv_id']}" if "arxiv_id" in links else None),
                owner=owner,
                raw="\n".join(block),
            )

    def _keyed(self, lines: list[str], owner: str | None) -> Iterator[Draft | RecordError]:
        """The entries of a list of keyed entries (``_keyed``), from the first key on."""
        ordinal = 0
        k = 0
        while k < len(lines):
            line = lines[k]
            if _YEAR_HEADING.match(line) or _PAGER.match(line):
                k += 1  # a year heading between the entries, the pager
                continue
            ordinal += 1
            if not _ENTRY_KEY.match(line):
                yield RecordError(ordinal, "expected an entry's key like '[j12]'", excerpt(line))
                k += 1
                continue
            entry = _keyed_entry(lines[k + 1]) if k + 1 < len(lines) else None
            if entry is None:
                yield RecordError(ordinal, "a key with no entry 'Names: Title. Source (year)' under it",
                                  excerpt(" / ".join(lines[k:k + 2])))
                k += 1
                continue
            names = name_list(entry["names"])
            yield Draft(
                **({"authors": names[0], "authors_truncated": names[1]} if names else {}),
                ordinal=ordinal,
                source_record_id=line.strip("[]"),
                title=entry["title"],
                year=entry["year"],
                venue=entry["venue"],
                owner=owner,
                raw="\n".join(lines[k:k + 2]),
            )
            k += 2

    def _rows(self, lines: list[str], owner: str | None) -> Iterator[Draft | RecordError]:
        """The items of a list captured as rows (``_ROW_CLOSE``): the page's head is everything
        before the table's column row (or before the first row when there is none)."""
        closes = [k for k in range(len(lines)) if _row_closes(lines, k)]
        columns = [k for k in range(closes[0]) if "\t" in lines[k] and _COLUMN_ROW.match(lines[k])]
        column = columns[-1] if columns else None  # the table's own column row: the last before the rows
        begin = column + 1 if column is not None else max(0, closes[0] - 1 - max(_ROW_LINES))
        ordinal = 0
        for close in closes:
            part = [ln for ln in lines[begin:close] if not _PAGER.match(ln)]
            begin = close + 1
            ordinal += 1
            before = part[:-1]  # the title [and the names], before the source
            if len(before) not in _ROW_LINES:
                yield RecordError(ordinal, "a row is its title, its names and its source: "
                                  f"{len(before)} lines before the source", excerpt(" / ".join([*part, lines[close]])))
                continue
            names = name_list(before[1]) if len(before) > 1 else None
            yield Draft(
                **({"authors": names[0], "authors_truncated": names[1]} if names else {}),
                **_row_venue(_ROW_SOURCE.match(part[-1]).group("source")),
                ordinal=ordinal,
                title=before[0],
                year=int(_ROW_CLOSE.match(lines[close]).group("year")),
                owner=owner,
                raw="\n".join([*part, lines[close]]),
            )
        for k in range(begin, len(lines)):  # after the last row: the pager, or a reject each
            if not _PAGER.match(lines[k]):
                ordinal += 1
                yield RecordError(ordinal, "a line after the last row", excerpt(lines[k]))
