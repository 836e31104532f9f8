"""Curricula vitae as text or markdown (often converted from PDF).

Publication entries are numbered, ``- [N] Authors. *Title*. Venue, Year`` (italics
optional), grouped under section headings that give the record type (conference, journal,
pre-print / under review, thesis, workshop). The CV owner is in ``**bold**``; ``*`` after a
name marks equal contribution; badges such as ``**[Oral]**`` follow the venue.

Each entry's fields come from :mod:`extractors.cv_entries`, which the PDF CV extractor
shares, so that the same CV gives the same records in either form.
"""

from __future__ import annotations

import re
from typing import Iterator

from .author_lists import given_first, vancouver_entry
from .base import Document, Draft, ExtractError, RecordError, excerpt
from .cv_entries import (ParsedEntry, capitals_family_first, entry_draft, find_owner, fix_affiliation_letters, link_fields, parse_entry,
                         printed_badges, record_type, section_type, split_authors)

NAME = "cv_text"
VERSION = 22  # 22: the shared readings of wt-realstudy8web (citations: a stop beside a CJK character or after a closing quotation mark ends a title; author_lists: names in scripts with no case; entry_quality: CJK titles counted by characters); 21: cv_entries (wt-realstudy8pdf): "..." after a list comma ends no sentence, a star before a comma opens no emphasis, an APA status parenthesis "(manuscript under review)" ends the names; 20: wt-names8: Turkish, Finnish, Hungarian, Czech-Slovak, Romanian 'and' and et-al marks, the Japanese middle dot between names, comma-parted fields with the year last, a field label alone no venue, Science's names-comma-title ended by a stop, one stopped surname-first name; 19: an AGPS entry may close on its quoted title with no venue (citations.parse_agps_harvard); ABNT's "v. 12" ends a venue (citations.venue_name); Portuguese "Apresentações" names a section of talks (cv_entries) (wt-cvtext10); 18: cv_entries.parse_entry reads a closing "Dataset." after the venue as a note (and, for the PDF reader only, Chicago's author-date year sentence); citations: a double-quoted title closes at a double mark (wt-realstudy7pdf); 17: citations.venue_name leaves an article number ("art. no. 123") out of a venue and reads a camel-case venue after a year ("(2007) arXiv") (wt-cvtext9); 16: wt-names7: more languages' 'and', particles after a joiner, stop-lost spaced initials, a comma after the year, full-width punctuation, GB-T 7714 in the text readers, Vancouver names joined by a conjunction alone; 15: a list whose family names are printed in capitals beside mixed-case given names turned given name first, the capitals kept ("von FINTEL Kai" -> "Kai von FINTEL"); a title in guillemets « » or „ “ read as a quoted title (wt-names6); 14: the citations' and names' readings of wt-cvtext8 (a formula's capital and a quoted venue end a title; a dblp homonym number before a colon at a line's end); 13: a DBLP homonym number off the names, one name before a listing's "3(2): 1-9 (2021)" tail, GOST's "//" ends the title, Springer's run-together pages a Vancouver entry (wt-names5); 12: fields after a quoted title parted by spaced dashes (Europass), a year alone no venue's numbers, one Vancouver name alone with no year no entry (citations, read by the second reading); 11: a month alone after a year printed first ("2025 Jan.", NLM) no venue (cv_entries); 10: a page range after the volume's colon ("Venue, 3:1-9") cut with the volume (cv_entries._PAGES_END); 9: a title with no word of two letters, or one name cut at its initial, is in doubt (the citation readings are asked; none reading a title, a reject); 8: a capitals heading naming a kind of paper ("JOURNAL ARTICLES") goes on with the list; 7: names surname first with initials, quoted and author-date titles asked of the citation reading; a year line divides the list; 6: an entry printed as a title block (emphasised title, then names, then venue); a semicolon list of "Surname, Given" people; 5: a second reading by the citation styles (IEEE, APA, year first); an indented line right under an entry continues it; 4: markdown link reference definitions are no entries; 3: badges by canonical name, footnotes and "et al." out of the author list, links by kind

# A markdown link reference definition ("[t1]: https://... \"title\"", CommonMark 4.7) is no
# entry: after its label come a colon, one destination (a URL, a path or an anchor) and at most
# a quoted title.
_LINK_DEFINITION_TAIL = r":\s*<?(?:[A-Za-z][A-Za-z0-9+.-]*:|\.{0,2}/|#)\S*>?(?:\s+[\"'(].*)?\s*$"
ENTRY = re.compile(r"^\s*(?:[-•*]\s*)?\[(?P<n>[A-Za-z]?\d{1,4})\]\s*(?!" + _LINK_DEFINITION_TAIL + r")(?P<body>\S.*)$")
_PUB_HEADING = re.compile(r"publications|papers|preprints?|pre-prints?|under[- ]review|thesis|dissertation", re.I)
# ``_PUB_HEADING``'s words in lower case: in an ASCII line, ignoring case is lower-casing.
_PUB_WORDS = ("publications", "papers", "preprint", "pre-print", "under-review", "under review", "thesis",
              "dissertation")


def _pub_heading(line: str) -> bool:
    """Whether ``line`` holds one of ``_PUB_HEADING``'s words, in any case. An ASCII line is
    lower-cased and searched for each word (each a fast literal scan; the case-insensitive
    pattern has no literal to scan for, and is tried at every character of every line); any
    other line by the pattern, whose case folding also knows "ſ" and "İ"."""
    if line.isascii():
        low = line.lower()
        return any(word in low for word in _PUB_WORDS)
    return _PUB_HEADING.search(line) is not None


# The sections a CV lists no papers under, though a heading may name a kind of publication in
# them ("CONFERENCE TALKS", "JOURNAL REVIEWING"): as the markdown reader's _NOT_PUB names them.
_NOT_PUB_SECTION = re.compile(r"talks?|presentations?|teaching|awards?|grants?|service|reviewing|referee(?!d)|"
                              r"posters?|editorial|students?|courses?", re.I)


def _opens_publications(line: str) -> bool:
    """Whether a heading in capitals opens a publication list: it names publications
    ("PUBLICATIONS", "PREPRINTS") or a kind of them ("JOURNAL ARTICLES", "CONFERENCE
    PROCEEDINGS", ``section_type``) and no section that lists none ("CONFERENCE TALKS")."""
    return _pub_heading(line) or (section_type(line) is not None and not _NOT_PUB_SECTION.search(line))


_YEAR_LINE = re.compile(r"(?:19|20)\d\d:?")
_YEAR_IN_BODY = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _is_heading(line: str) -> bool:
    if len(line) > 90 or line.endswith((".", ",", ";")) or ("[" in line and ENTRY.match(line)):
        return False
    return "A" <= line[:1] <= "Z" and (line.isupper() or len(line.split()) <= 10)  # (r"^[A-Z]")


# What no person's name in a first reading holds: a digit (a year, "(2018)"), a quotation mark
# (a quoted title taken into the names), a parenthesis, a colon (LNCS and DBLP end the names
# with one: "Gray, J.: Title"), or six words and more. A first reading
# whose names hold none of these is kept without asking the second (the cheap test first).
_NOT_A_NAME = re.compile(r"[\d\"“”():]|(?:\S+\s+){5}\S")
# The same test in two cheap parts: its first alternative alone (a scan for one of a few
# characters), and six words or more counted by ``str.split`` (which splits where ``\s``
# matches), instead of the second alternative tried at every character.
_NOT_A_NAME_CHARS = re.compile(r"[\d\"“”():]")


def _not_a_name(name: str) -> bool:
    """``_NOT_A_NAME.search(name)`` as a bool (tests/test_cv_fast_paths.py compares the two)."""
    return _NOT_A_NAME_CHARS.search(name) is not None or len(name.split()) >= 6


# Half of a name surname first ("Feldmann, H. R., & Osei, K."; APA, ACM, Nature and Harvard
# print every name so): initials alone ("H. R", "K", "J.-L.") are the given names a comma
# split off their surname, and no person's name holds an ampersand (the list's last joiner
# left on the next surname, "& Osei"). A first reading with such a piece split the names at
# every comma.
_INITIALS_ALONE = re.compile(r"(?:[A-Z]\.?[\s-]?){1,4}")


def _half_name(name: str) -> bool:
    return "&" in name or _INITIALS_ALONE.fullmatch(name.strip()) is not None


# What a title read by the first reading never opens or holds when it is one: a quotation mark
# (a quoted title whose closing mark the reading cut through, 'Title." Venue, vol. 64'), a
# parenthesis first ("(2020) 'Title'", the year after the names), or nothing but a number (the
# year of an author-date citation, "Names. 2019. Title.", read as the title), nor no word of two
# letters at all (pages and a year, "825-843, 2011": the reading cut at "pp. " and took the
# title, the venue and "pp" for names).
_A_WORD = re.compile(r"[^\W\d_]{2}")


# A title of one word and a capital alone ("Esteban-Pretel A", "Alves A") is a name surname
# first whose initial's stop the reading took for the names' end: in doubt too.
_NAME_CUT_AT_INITIAL = re.compile(r"(?:[a-z]{1,3}\s)*[A-ZÀ-Þ][\w'’\-]+\s[A-Z]")


def _title_doubtful(title: str | None) -> bool:
    t = title or ""
    return (not t or t[:1] == "(" or not _A_WORD.search(t) or any(q in t for q in "\"“”")
            or _NAME_CUT_AT_INITIAL.fullmatch(t) is not None)


def _two_readings(ordinal: int, body: str, number: str, kind: str | None, owner: str | None) -> Draft | RecordError:
    """The better of two readings of one entry: the seed CV's form ("Names. *Title*. Venue,
    2024", ``cv_entries``), and the citation styles the markdown reader knows
    (:func:`markdown_page.read_block`: a quoted title before an italic venue, IEEE; names
    surname first with "(2018)", APA; a year opening the entry). The second is asked for only
    when the first cannot be read, or its names hold what no name holds (``_NOT_A_NAME``) and
    its fields do not look like an entry's (``entry_quality`` refuses them, or a name is no
    name); it is taken when ``entry_quality`` accepts its fields, and keeps what the first
    found besides them (badges, equal contribution, the owner). (Asked for every entry, it
    read the seed CV 17 times slower.)"""
    from .author_lists import plausible_name

    first = entry_draft(ordinal, body, number=number, section_kind=kind, owner=owner, semicolon_lists=True)
    # (a name in lower case, "Relativistic astrophysics of stars", is the title read into the
    # names: the second reading is asked)
    if isinstance(first, Draft) and not any(_not_a_name(a) or _half_name(a) for a in first.authors) \
            and all(plausible_name(a) for a in first.authors) and not _title_doubtful(first.title):
        # (its names look like names: the second reading, 20 times the cost, is not asked)
        return _finished(first, body)
    from .entry_quality import quality
    from .markdown_page import read_block

    q_first, names_ok = None, False
    if isinstance(first, Draft):
        q_first = quality(first.authors, first.title, first.venue, first.year, owner)
        names_ok = all(plausible_name(a) and not _half_name(a) for a in first.authors)
        if q_first is not None and names_ok and not _title_doubtful(first.title):
            return _finished(first, body)
    second = read_block(body, owner_implied=True, owner=owner)
    if second is None or second[0] is None:
        if isinstance(first, Draft) and not _A_WORD.search(first.title or ""):
            # no reading finds a title: pages and a year are none (a reject, not a wrong record)
            return RecordError(ordinal, "entry read, but its title holds no word", excerpt(body))
        return _finished(first, body)
    authors, truncated, title, venue, year, links = second
    if _NAME_CUT_AT_INITIAL.fullmatch(title or ""):
        return RecordError(ordinal, "entry read, but its title is a name", excerpt(body))
    # the marks a CV prints after a name (equal contribution, corresponding author) are no part of it:
    # "Ng, W.†" split surname first is "W.† Ng" (the first reading drops them: _NAME_TAIL)
    authors = [" ".join(_NAME_MARK.sub("", a).split()) for a in authors]
    q_second = quality(authors, title, venue, year, owner)
    if q_second is None:
        return _finished(first, body)
    if q_first is not None and names_ok and q_second <= q_first:
        return _finished(first, body)  # (only its title was in doubt, and the second reading is no better)
    kept = first if isinstance(first, Draft) else None
    parsed = ParsedEntry(authors=authors, authors_truncated=truncated, title=title, venue=venue, year=year)
    return Draft(ordinal=ordinal, source_record_id=number, title=title, authors=authors,
                 authors_truncated=truncated, year=year, venue=venue, record_type=record_type(kind, parsed),
                 owner=_owner_among(body, authors, (kept and kept.owner) or owner),
                 badges=kept.badges if kept else printed_badges(body),
                 equal_contribution=_starred(body, authors, kept.equal_contribution if kept else []),
                 raw=body, **link_fields([*links, *_links_of(kept)]))


# An entry's first line wholly emphasised ("**Title**", "*Title*", "__Title__"): a title
# printed as a block's heading.
_EMPHASISED_LINE = re.compile(r"^(\*\*|__|\*)(?P<t>[^*_].*?[^*_\s])\1[.,]?$")


def _title_block(lines: list[str]) -> str | None:
    """An entry printed as a block, its emphasised title on the first line and the names and
    the venue on the next ("**Title**" / "**Ann Lee**, Bo Chen" / "*Venue*, 2017"), in the
    form the entry reader knows ("Names. *Title*. Venue, 2017"); None for any other entry.
    The line under the title must be a list of names (each a plausible name)."""
    if len(lines) < 3:
        return None
    m = _EMPHASISED_LINE.match(lines[0])
    if not m:
        return None
    from .author_lists import plausible_name

    names, _, _ = split_authors(lines[1])
    if not names or not all(plausible_name(n) for n in names):
        return None
    return f"{lines[1].rstrip('. ')}. *{m.group('t')}*. {' '.join(lines[2:])}"


_NAME_MARK = re.compile(r"[*∗†‡§¶]")
_BOLD_SPAN = re.compile(r"\*\*(?P<t>[^*]+?)\*\*|__(?P<u>[^_]+?)__")


def _owner_among(body: str, authors: list[str], fallback: str | None) -> str | None:
    """The entry's owner as the second reading names it: the name in bold ("**Ng, W.**")
    read by the same list splitter, so "W. Ng" rather than the first reading's half "W"; the
    ``fallback`` (the first reading's owner or the CV's) when no bold span is among the names."""
    from .author_lists import split_author_list

    if "**" in body or "__" in body:
        for m in _BOLD_SPAN.finditer(body):
            for name in split_author_list((m.group("t") or m.group("u")).strip(" ,;"))[0]:
                if name in authors:
                    return name
    return fallback


def _finished(draft: Draft | RecordError, body: str) -> Draft | RecordError:
    """``draft`` with its owner one of its names when the entry prints one in bold (a bold
    span the list's splitting cut, "**Ng, W.**", gave the owner a piece of the entry), and
    its names given name first when the whole list prints them surname first (Vancouver)."""
    if not isinstance(draft, Draft):
        return draft
    if draft.owner not in draft.authors:
        draft.owner = _owner_among(body, draft.authors, draft.owner)
    # a whole list surname first with bare initials ("Andersson S, Berg L, et al.": Vancouver),
    # given names first as the second reading gives them (the first reading keeps them so
    # when "et al." ends the list before the title; author_lists.given_first decides by the
    # whole list, never one name)
    turned = given_first(draft.authors, alone=vancouver_entry(body) or _stopped_alone(draft.authors, body))
    if turned is not draft.authors:
        as_turned = dict(zip(draft.authors, turned))
        draft.owner = as_turned.get(draft.owner, draft.owner) if draft.owner else draft.owner
        draft.equal_contribution = [as_turned.get(a, a) for a in draft.equal_contribution]
        draft.authors = turned
    return draft


def _stopped_alone(authors: list[str], body: str) -> bool:
    """Whether the entry's one name is printed with a stop after its last initial ("Grabar I. 2007.
    Title"): a name printed given name first never ends in a stopped initial, so the name is
    surname first though the list's stop took the initial's (wt-names8)."""
    if len(authors) != 1 or not re.search(r"\s[A-Z]$", authors[0]):
        return False
    at = body.find(authors[0] + ".")
    return 0 <= at <= 8  # (at the entry's start, after a label or a mark at most)


def _starred(body: str, authors: list[str], first_equal: list[str]) -> list[str]:
    """The names of the second reading with the equal-contribution star after them: the first
    reading's when it named them alike; else each name whose surname, maybe with its initials
    after a comma ("Rahman, S.*") or its given names before it ("Ann Lee*"), the star follows.
    A star that closes an italic span opened within the same name ("*Ann Lee*", an owner in
    italics) is emphasis, no mark."""
    kept = [a for a in first_equal if a in authors]
    if kept or "*" not in body.replace("**", "") and "∗" not in body:
        return kept
    plain = body.replace("**", "").replace("__", "").replace("∗", "*")
    starred = []
    for a in authors:
        if not a.split():
            continue
        for m in re.finditer(rf"\b{re.escape(a.split()[-1])}(?:,\s*(?:[A-Z][a-z]?\.?[\s-]?){{1,4}})?\*", plain):
            piece_start = max(plain.rfind(sep, 0, m.start()) for sep in (",", ";", "&", " and "))
            if "*" not in plain[piece_start + 1:m.start()]:
                starred.append(a)
                break
    return starred


def _links_of(draft: Draft | None) -> list[str]:
    """The links the first reading found, for the second's record."""
    return [u for u in (draft.url, draft.code_url) if u] if draft is not None else []


class CVTextExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        try:
            lines = doc.lines
        except ExtractError:
            return 0.0
        entries = sum(1 for ln in lines if "[" in ln and ENTRY.match(ln))  # (an entry has a "[": tested first)
        if entries < 2:
            return 0.0
        has_heading = any(_is_heading(ln.strip()) and _pub_heading(ln) for ln in lines)  # (the cheaper test first)
        return 0.9 if has_heading else 0.6

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        raw_lines = doc.lines
        lines = [ln.strip() for ln in raw_lines]
        # Group entries with their continuation lines and current section.
        in_pubs = not any(ln.isupper() and _opens_publications(ln) for ln in lines)
        kind: str | None = None
        groups: list[tuple[str, str, str | None]] = []  # (number, text, section kind)
        group_lines: list[list[str]] = []  # each group's lines as printed
        in_entry = False  # the line before was an entry's (no blank line since)
        for raw, ln in zip(raw_lines, lines):
            if not ln:
                in_entry = False
                continue
            m = ENTRY.match(ln) if "[" in ln else None  # (an entry has a "[": tested first)
            if m and in_pubs:
                groups.append((m.group("n"), m.group("body"), kind))
                group_lines.append([m.group("body")])
                in_entry = True
                continue
            if in_entry and groups and raw[:1].isspace():
                # An indented line right under an entry continues it, whatever it looks like
                # (a list item's continuation, CommonMark 5.2): a long entry broken before a
                # capitalised title word is no heading.
                n, body, k = groups[-1]
                groups[-1] = (n, f"{body} {ln}", k)
                group_lines[-1].append(ln)
                continue
            in_entry = False
            if _YEAR_LINE.fullmatch(ln) and (not groups or _YEAR_IN_BODY.search(groups[-1][1])):
                # a year alone over the entries ("2023"): a division, not the last line of the
                # entry before, which prints its own year (one that does not may have had its
                # year wrapped onto a line of its own, as text taken from a PDF does)
                continue
            if _is_heading(ln):
                if ln.isupper() and len(ln) > 3:
                    in_pubs = _opens_publications(ln)
                    kind = section_type(ln) if in_pubs else None
                elif in_pubs and section_type(ln):
                    kind = section_type(ln)
                continue
            if groups and in_pubs and not m:
                n, body, k = groups[-1]
                groups[-1] = (n, f"{body} {ln}", k)
                group_lines[-1].append(ln)
                in_entry = True
        groups = [(n, _title_block(parts) or body, k) for (n, body, k), parts in zip(groups, group_lines)]
        owner = find_owner(lines, [g[1] for g in groups])
        drafts = [_two_readings(ordinal, body, number, kind, owner)
                  for ordinal, (number, body, kind) in enumerate(groups, start=1)]
        fix_affiliation_letters([d for d in drafts if isinstance(d, Draft)])
        capitals_family_first([d for d in drafts if isinstance(d, Draft)])  # "LEE Ann" -> "Ann LEE"
        yield from drafts


__all__ = ["CVTextExtractor", "parse_entry", "split_authors"]
