"""Curricula vitae as text or markdown (often converted from PDF).

Publication entries are numbered, ``- [N] Authors. *Title*. Venue, Year`` (italics
optional), grouped under section headings that give the record type (conference, journal,
pre-print / under review, thesis, workshop). The CV owner is in ``**bold**``; ``*`` after a
name marks equal contribution; badges such as ``**[Oral]**`` follow the venue.

The entry parser (:func:`parse_entry`) works on one entry's text and is shared with the
PDF CV extractor, so that the same CV gives the same records in either form.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

from .base import Document, Draft, ExtractError, RecordError, excerpt

NAME = "cv_text"
VERSION = 2  # 2: venue without publisher, place or a cut-open parenthesis; quotes as printed

ENTRY = re.compile(r"^\s*(?:[-•*]\s*)?\[(?P<n>[A-Za-z]?\d{1,4})\]\s*(?P<body>\S.*)$")
_PUB_HEADING = re.compile(r"publications|papers|preprints?|pre-prints?|under[- ]review|thesis|dissertation", re.I)
_SECTION_TYPES: list[tuple[re.Pattern, str]] = [
    (re.compile(r"pre-?prints?|under[- ]review|submitted|manuscripts?", re.I), "preprint"),
    (re.compile(r"thesis|dissertation", re.I), "thesis"),
    (re.compile(r"workshop", re.I), "workshop"),
    (re.compile(r"journal", re.I), "journal"),
    (re.compile(r"conference|proceedings", re.I), "conference"),
    (re.compile(r"book chapter", re.I), "chapter"),
]
_BADGE = re.compile(r"\*{0,2}\[(?P<b>[^\]]*?(?:Oral|Spotlight|Best|Award|Highlight|Poster|Honorable)[^\]]*)\]\*{0,2}", re.I)
_ITALIC = re.compile(r"(?<![*\w])\*(?!\*)(?!\s)(?P<t>.+?)(?<![\s*])\*(?![*\w])")
_MD_LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)]*)\)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PERIOD = re.compile(r"\.(?=\s|$)")
_MARKS = re.compile(r"[*_]")
_SPACES = re.compile(r"\s+")
_SINGLE_WORD = re.compile(r"[A-Z][\w'’\-]+")
_STAR_END = re.compile(r"\*$")
_PAREN_YEAR_END = re.compile(r"\s*\(\s*(?:19|20)\d\d\s*\)\s*$")
_YEAR_END = re.compile(r",?\s*(?:19|20)\d\d\.?$")
_AND_SPLIT = re.compile(r"\s+and\s+")
_COMMA_AND_SPLIT = re.compile(r",|\s+and\s+")
_LEADING_AND = re.compile(r"^and\s+")
_OWNER_BOLD = re.compile(r"\*\*(?P<name>[^*]+?)\*\*")
_PAGES_END = re.compile(r",?\s*\d+\s*[-–]\s*\d+\s*\.?$")
# What a citation prints after the venue's name but is not the venue: the publisher
# ("(ECOC). IEEE", "(ICML), PMLR") and the place ("(ECML-PKDD), Ghent, Belgium").
_PUBLISHER_END = re.compile(r"[.,]\s*(?:PMLR|IEEE|ACM|Springer|Elsevier)$")
_COUNTRIES = (
    "Argentina|Australia|Austria|Belgium|Brazil|Canada|Chile|China|Czech Republic|Denmark|Egypt|"
    "Finland|France|Germany|Greece|Hong Kong|Hungary|India|Ireland|Israel|Italy|Japan|Korea|"
    "Mexico|Netherlands|The Netherlands|New Zealand|Norway|Poland|Portugal|Singapore|"
    "South Africa|South Korea|Spain|Sweden|Switzerland|Taiwan|Thailand|Turkey|UAE|UK|"
    "United Kingdom|United States|USA|Vietnam"
)
_PLACE_END = re.compile(rf"(?:,\s*[A-Z][\w.'’\- ]{{0,40}}){{0,2}},\s*(?:{_COUNTRIES})$")


@dataclass
class ParsedEntry:
    authors: list[str] = field(default_factory=list)
    title: str | None = None
    venue: str | None = None
    year: int | None = None
    owner: str | None = None
    equal_contribution: list[str] = field(default_factory=list)
    badges: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    status: str | None = None  # "under review" and the like


def section_type(heading: str) -> str | None:
    for pattern, kind in _SECTION_TYPES:
        if pattern.search(heading):
            return kind
    return None


def _sentence_break(text: str, start: int = 0) -> int | None:
    """Index of the first '. ' at or after ``start`` that ends a sentence, not an initial."""
    for m in _PERIOD.finditer(text, start):
        end = m.start()
        # an initial ("Michael W. Mahoney"): one capital letter after a space, a dot or the start
        if end >= 1 and text[end - 1].isupper() and (end == 1 or text[end - 2] in " .\t"):
            continue
        return end
    return None


def _badges(text: str) -> tuple[str, list[str]]:
    found: list[str] = []
    for m in _BADGE.finditer(text):
        for part in re.split(r"\s*&\s*|\s*,\s*", m.group("b")):
            part = part.strip()
            if part:
                found.append(re.sub(r"\s+Award$", "", part, flags=re.I))
    return _BADGE.sub("", text), found


def split_authors(text: str) -> tuple[list[str], str | None, list[str]]:
    """Author list text -> (names as shown, owner, equal-contribution names).

    Handles ``A, B, and C``, BibTeX-style ``Last, First and Last, First`` and
    ``Last, First, B, C`` (a lone surname followed by a lone given name).
    """
    text = text.strip().strip(".,; ")
    text = _PAREN_YEAR_END.sub("", text)  # "(2021)"
    text = _YEAR_END.sub("", text).strip().strip(".,; ")
    if text.count(" and ") >= 2 and "," in text:
        pieces = [p.strip() for p in _AND_SPLIT.split(text)]
        pieces = [" ".join(reversed([q.strip() for q in p.split(",", 1)])) if p.count(",") == 1 else p for p in pieces]
    else:
        pieces = [_LEADING_AND.sub("", p.strip()) for p in _COMMA_AND_SPLIT.split(text)]
        pieces = [p for p in pieces if p]
        merged: list[str] = []
        k = 0
        while k < len(pieces):
            cur = pieces[k]
            nxt = pieces[k + 1] if k + 1 < len(pieces) else None
            if nxt and _is_single_word(cur) and _is_single_word(nxt):
                merged.append(f"{nxt} {cur}")  # "Jaiswal, Ajay" -> "Ajay Jaiswal"
                k += 2
            else:
                merged.append(cur)
                k += 1
        pieces = merged
    names: list[str] = []
    owner = None
    equal: list[str] = []
    for piece in pieces:
        bold = "**" in piece
        star = bool(_STAR_END.search(piece.replace("**", "", 2) if bold else piece))
        name = _SPACES.sub(" ", _MARKS.sub("", piece).strip().strip(".,"))
        if not name:
            continue
        names.append(name)
        if bold:
            owner = name
        if star:
            equal.append(name)
    return names, owner, equal


def _is_single_word(text: str) -> bool:
    clean = _MARKS.sub("", text).strip()
    return bool(_SINGLE_WORD.fullmatch(clean)) and "**" not in text


def parse_entry(body: str) -> ParsedEntry:
    """Parse one publication entry's text (without its ``[N]`` marker)."""
    out = ParsedEntry()
    text = body.replace(".**", "**.")
    for m in _MD_LINK.finditer(text):
        if m.group("url").startswith("http"):
            out.links.append(m.group("url"))
    text = _MD_LINK.sub("", text)
    text, out.badges = _badges(text)
    text = re.sub(r"\s+", " ", text).strip()

    italic = _ITALIC.search(text)
    if italic:
        authors_part, title, rest = text[: italic.start()], italic.group("t"), text[italic.end() :]
    else:
        cut = _sentence_break(text)
        if cut is None:
            raise ValueError("no sentence break between authors and title")
        authors_part = text[:cut]
        after = text[cut + 1 :].lstrip()
        cut2 = _sentence_break(after)
        title, rest = (after[:cut2], after[cut2 + 1 :]) if cut2 is not None else (after, "")
    out.authors, out.owner, out.equal_contribution = split_authors(authors_part)
    out.title = title.strip().rstrip(".,").strip() or None

    rest = rest.strip().lstrip(".,; ").strip()
    rest = re.split(r"\s+&\s+", rest)[0]  # "NeurIPS, 2023. & SNN Workshop ..." -> first venue
    italic_venue = _ITALIC.search(rest)
    if italic_venue:
        rest = (rest[: italic_venue.start()] + italic_venue.group("t") + rest[italic_venue.end() :]).strip()
    years = list(_YEAR.finditer(rest))
    if years:
        out.year = int(years[-1].group(0))
        venue = rest[: years[-1].start()]
        if venue.count("(") > venue.count(")"):
            # the year is inside a parenthesis: "Machine Learning Journal (ECML-PKDD 2022
            # journal track)" keeps the parenthesis whole instead of cutting it open
            close = rest.find(")", years[-1].end())
            venue = rest[: close + 1] if close != -1 else venue
        if not venue.strip(" .,;"):
            venue = rest[years[-1].end() :]
    else:
        ymatch = list(_YEAR.finditer(authors_part))
        out.year = int(ymatch[-1].group(0)) if ymatch else None
        venue = rest
    venue = _venue_name(venue)
    if re.fullmatch(r"under (?:review|submission)|submitted|in preparation", venue, re.I):
        out.status, venue = venue.lower(), ""
    out.venue = venue or None
    return out


def _venue_name(text: str) -> str:
    """The venue's name without the page range, publisher and place printed after it."""
    venue = text.strip(" .,;")
    while True:
        shorter = _PAGES_END.sub("", venue)
        shorter = _PUBLISHER_END.sub("", shorter).strip(" .,;")
        shorter = _PLACE_END.sub("", shorter).strip(" .,;")
        if shorter == venue or len(shorter.split()) < 2:  # keep a name that is all "place"
            return venue
        venue = shorter


def find_owner(lines: list[str], entries_text: list[str]) -> str | None:
    bold = Counter(m.group("name").strip().strip(".") for t in entries_text for m in _OWNER_BOLD.finditer(t))
    if bold:
        return bold.most_common(1)[0][0]
    for ln in lines[:5]:
        m = re.match(r"^(?:curriculum vitae|cv|résumé|resume)\s+(?P<n>.+)$", ln, re.I)
        if m:
            return m.group("n").title()
    return None


def fix_affiliation_letters(drafts: list[Draft]) -> None:
    """``Boqian Wua`` -> ``Boqian Wu`` when the CV lists ``Boqian Wu`` elsewhere."""
    known = Counter(a for d in drafts for a in d.authors)
    for d in drafts:
        fixed = []
        for a in d.authors:
            if len(a) > 3 and a[-1] in "abcdefgh" and known.get(a[:-1], 0) > known.get(a, 0):
                fixed.append(a[:-1])
            else:
                fixed.append(a)
        d.authors = fixed


def _is_heading(line: str) -> bool:
    if ENTRY.match(line) or len(line) > 90 or line.endswith((".", ",", ";")):
        return False
    return bool(re.match(r"^[A-Z]", line)) and (line.isupper() or len(line.split()) <= 10)


class CVTextExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        try:
            text = doc.text
        except ExtractError:
            return 0.0
        lines = text.splitlines()
        entries = sum(1 for ln in lines if ENTRY.match(ln))
        if entries < 2:
            return 0.0
        has_heading = any(_PUB_HEADING.search(ln) and _is_heading(ln.strip()) for ln in lines)
        return 0.9 if has_heading else 0.6

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        lines = [ln.strip() for ln in doc.text.splitlines()]
        # Group entries with their continuation lines and current section.
        in_pubs = not any(_PUB_HEADING.search(ln) and ln.isupper() for ln in lines)
        kind: str | None = None
        groups: list[tuple[str, str, str | None]] = []  # (number, text, section kind)
        for ln in lines:
            if not ln:
                continue
            m = ENTRY.match(ln)
            if m and in_pubs:
                groups.append((m.group("n"), m.group("body"), kind))
                continue
            if _is_heading(ln):
                if ln.isupper() and len(ln) > 3:
                    in_pubs = bool(_PUB_HEADING.search(ln))
                    kind = section_type(ln) if in_pubs else None
                elif in_pubs and section_type(ln):
                    kind = section_type(ln)
                continue
            if groups and in_pubs and not m:
                n, body, k = groups[-1]
                groups[-1] = (n, f"{body} {ln}", k)
        owner = find_owner(lines, [g[1] for g in groups])
        drafts: list[Draft | RecordError] = []
        for ordinal, (number, body, kind) in enumerate(groups, start=1):
            try:
                entry = parse_entry(body)
            except ValueError as exc:
                drafts.append(RecordError(ordinal, str(exc), excerpt(body)))
                continue
            if not entry.title:
                drafts.append(RecordError(ordinal, "entry has no title", excerpt(body)))
                continue
            drafts.append(
                Draft(
                    ordinal=ordinal,
                    source_record_id=number,
                    title=entry.title,
                    authors=entry.authors,
                    year=entry.year,
                    venue=entry.venue,
                    record_type=kind or ("preprint" if entry.status else None),
                    badges=entry.badges,
                    owner=entry.owner or owner,
                    equal_contribution=entry.equal_contribution,
                    url=entry.links[0] if entry.links else None,
                    raw=body,
                )
            )
        fix_affiliation_letters([d for d in drafts if isinstance(d, Draft)])
        yield from drafts
