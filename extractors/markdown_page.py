"""Markdown pages that list publications: a site's ``publications.md``, a markdown CV's
publication sections, a GitHub ``README.md`` with a "My Publications" list.

The page is read by its structure, not by one site's pattern: headings (``#``, or a line in
bold alone) say which sections hold publications (front matter titled "Publications" makes
the whole page one); within them, each list item, numbered paragraph or pandoc definition
is one entry block. A block is first stripped of markdown (links kept aside, italics kept as
the title's likely span), then read by the first reader that accepts it:

1. lines with roles, for blocks printed over several lines (hard breaks: "<br>" or two
   trailing spaces; a single newline is a soft wrap): one line is a list of names (the
   authors), an italic span or another line is the title, the rest the venue and year;
2. an author-year citation ("Authors. 2024. Title."), a "Title. (With A and B.) Venue"
   entry of the owner's own list, a quoted title ('Authors, "Title," Venue') (``citations``);
3. a CV-style entry ("Authors. Title. Venue, Year") (``cv_entries``);
4. a title-first citation ("Title (Surnames, Year) Venue").

A block none of them reads is an entry reject with its text: nothing is dropped silently.
"""

from __future__ import annotations

import re
from typing import Iterator

from .author_lists import given_first, plausible_name, split_author_list
from .base import Document, Draft, ExtractError, RecordError, excerpt
from .citations import (YEAR_IN_TEXT, parse_citation, parse_initials_list, parse_names_colon, parse_quoted,
                        parse_quoted_title_first, parse_vancouver,
                        parse_title_first, parse_title_only, parse_venue_first, parse_with_coauthors,
                        venue_name)
from .cv_entries import STATUS, parse_entry, section_type
from .entry_quality import quality
from .markdown_front_matter import front_matter, looks_like_publication

NAME = "markdown_page"
VERSION = 1

_FRONT = re.compile(r"\A\ufeff?(?:---|\+\+\+)[ \t]*\r?\n.*?\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_BOLD_HEADING = re.compile(r"^\s*(?:\*\*|__)([^*_]{2,60})(?:\*\*|__)\s*:?\s*$")
_PUB_WORDS = re.compile(r"publications?|papers?|preprints?|articles?|proceedings|journal|selected works|"
                        r"^\s*work\s*$|manuscripts?|book chapters?|conference", re.I)
_NOT_PUB = re.compile(r"talks?|presentations?|teaching|awards?|grants?|education|experience|service|"
                      r"students?|news|contact|posters?|software|skills|courses?|reviewing|referee", re.I)
_ITEM = re.compile(r"^\s{0,3}(?:[-*+]|\d{1,4}\\?[.)]|\[[A-Z]{0,3}\d{1,4}\])\s+")  # -, 1., 12\., [3], [C12]
_DEFINITION = re.compile(r"^:\s+")
_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_ITALIC = re.compile(r"(?<![*\w])(?:\*(?!\*)|_(?!_))(?=\S)(.+?)(?<=\S)(?:\*(?!\*)|_(?!_))(?![*\w])")
_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_IDENTIFIERS = re.compile(r"\b(?:doi:\s*|https?://|arXiv:\s*)\S+", re.I)
_TITLE_NOTE = re.compile(r"\s*\[[^\[\]]{2,80}\]$")  # "[Under review]", "[R&R at ...]" after a title
_SPLIT_INITIALS = re.compile(r"(?:[A-Z]\.?-?){1,3}")  # "E.J", "K." left alone by a reader
_LABELS = re.compile(r"[\w .-]{1,20}(?:\s*[|·•]\s*[\w .-]{1,20})+")
_LEAD_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\\?[.:]?\s+")


def _strip_front(text: str) -> tuple[str, dict | None]:
    m = _FRONT.match(text)
    return (text[m.end():], front_matter(text)) if m else (text, None)


def _heading(line: str) -> str | None:
    m = _HEADING.match(line) or _BOLD_HEADING.match(line)
    return m.group(m.lastindex).strip() if m else None


def _is_pub_heading(title: str) -> bool:
    return bool(_PUB_WORDS.search(title)) and not _NOT_PUB.search(title) or section_type(title) is not None


def publication_sections(body: str, whole: bool) -> list[list[str]]:
    """The lines of each section that holds publications."""
    out: list[list[str]] = []
    current: list[str] | None = [] if whole else None
    for line in body.splitlines():
        title = _heading(line)
        if title is not None and not _ITEM.match(line):
            if current:
                out.append(current)
            keep = _is_pub_heading(title) or (whole and not _NOT_PUB.search(title))
            current = [] if keep else None
            continue
        if current is not None:
            current.append(line)
    if current:
        out.append(current)
    return out


def entry_blocks(lines: list[str]) -> list[tuple[str, int | None]]:
    """Entry blocks (raw markdown) of a section, each with a year from its context (a pandoc
    definition's term, "2024\\n:    entry")."""
    blocks: list[tuple[list[str], int | None]] = []
    current: list[str] = []
    year: int | None = None
    pending_year: int | None = None

    def close():
        nonlocal current
        if any(s.strip() for s in current):
            blocks.append((current, year))
        current = []

    for line in lines:
        stripped = line.strip()
        if not stripped or re.fullmatch(r"[-*_]{3,}", stripped):
            close()
            continue
        if re.fullmatch(r"(?:19|20)\d\d", stripped):  # a year line: a term or a sub-heading
            close()
            pending_year = int(stripped)
            continue
        if _DEFINITION.match(stripped):
            close()
            year, pending_year = pending_year, None
            current = [_DEFINITION.sub("", stripped)]
            continue
        if _ITEM.match(line):
            close()
            year = pending_year
            current = [_ITEM.sub("", line, count=1).strip() + ("  " if line.endswith("  ") else "")]
            continue
        if not current:
            year = pending_year
        current.append(stripped + ("  " if line.endswith("  ") else ""))  # keep a hard break
    close()
    return [("\n".join(b), y) for b, y in _venue_paragraphs_joined(blocks)]


# A paragraph wholly in italics that holds a year and more numbers ("*J. Algebra 222 (2018)
# no. 9, 2524-2551*") is the venue line of the entry before it, printed as a paragraph of its
# own (word processors' HTML); a sub-heading in italics holds no such numbers.
_ITALIC_VENUE = re.compile(r"^\*[^*]*\b(?:19|20)\d\d\b[^*]*\*$")


def _venue_paragraphs_joined(blocks: list[tuple[list[str], int | None]]) -> list[tuple[list[str], int | None]]:
    out: list[tuple[list[str], int | None]] = []
    for lines, year in blocks:
        text = " ".join(s.strip() for s in lines)
        if out and len(lines) == 1 and _ITALIC_VENUE.match(text) and len(re.findall(r"\d+", text)) >= 2:
            out[-1] = ([*out[-1][0][:-1], out[-1][0][-1].rstrip() + "  ", text], out[-1][1])
            continue
        out.append((lines, year))
    return out


def _clean(block: str) -> tuple[list[str], list[str], list[str]]:
    """(plain lines, italic spans, link targets) of a markdown block."""
    links = [m.group(2) for m in _LINK.finditer(block) if m.group(2).startswith("http")]
    links += _AUTOLINK.findall(block)
    text = _LINK.sub(r"\1", block)
    text = _AUTOLINK.sub(r"\1", text)
    text = re.sub(r"\s*<br\s*/?>\s*", "\x00", text, flags=re.I)
    text = re.sub(r"<[^>]+>", "", text)
    text = text.replace("\\.", ".").replace("\\*", "*").replace("\\_", "_")
    text = re.sub(r"\{[^{}]*\}", "", text)  # kramdown attributes, {PDF: ...} notes
    text = _BOLD.sub(r"\2", text)
    italics = [m.group(1).strip() for m in _ITALIC.finditer(text)]
    text = _ITALIC.sub(r"\1", text)
    # A single newline inside a paragraph is a soft wrap; only "<br>" or two trailing spaces
    # (or a backslash) break a line.
    lines = [re.sub(r"\s+", " ", ln).strip() for ln in re.split(r"(?:  +|\\)\n|\n(?=\n)|\x00", text.replace("\n\n", "\x00"))]
    lines = [ln for ln in lines if ln and not _LABELS.fullmatch(ln)]  # "ADS | arXiv": link labels
    if lines:
        lines[0] = re.sub(r"^\d{1,3}\.\s+(?=\S)", "", lines[0])  # a list number set as text ("*29.* Title")
    return lines, italics, links


def _name_line(line: str) -> list[str] | None:
    if re.search(r"[|\"“”]", line):
        return None
    line = re.split(r"(?<![\d.])(?:19|20)\d\d(?!\d)", line, maxsplit=1)[0]  # "...; et al. 2024, ApJL, 973"
    names, truncated = split_author_list(re.sub(r"\s*\*$", "", line.strip().rstrip(",;")))
    names = [n.strip(" *") for n in names if n.strip(" *")]
    if not names and truncated:
        return None
    ok = names and all(1 <= len(n.split()) <= 5 and not re.search(r"\d|[:?!]", n) and plausible_name(n)
                       for n in names)  # "Simulation in Materials Science" is a venue's words, not a name
    return names if ok and (len(names) >= 2 or truncated or len(line) < 40) else None


def _by_roles(lines: list[str], italics: list[str], year_hint: int | None, owner: str | None = None):
    """Several lines: (authors, truncated, title, venue, year) or None."""
    if len(lines) < 2:
        return None
    # the line that reads most like a list of names: most names, then initials, then earliest
    # (a one-word venue line, "Evolution", also passes for a name). A line wholly in italics
    # is the title, unless it is the owner's name alone (printed in the titles' style)
    ranked = [(len(names), bool(re.search(r"\b[A-Z]\.", ln)), -i) for i, ln in enumerate(lines[:4])
              if (ln not in italics or (owner and ln.strip() == owner)) and (names := _name_line(ln))]
    if not ranked:
        return None
    author_at = -max(ranked)[2]
    authors = _name_line(lines[author_at])
    truncated = bool(re.search(r"et\.? ?al\.?|\bothers\b", lines[author_at]))
    rest = [ln for i, ln in enumerate(lines) if i != author_at]
    title = next((t for t in italics if any(t in ln for ln in rest) and len(t) > 10), None)
    title_line = next((ln for ln in rest if title and title in ln), rest[0])
    title = title or title_line
    venue_lines = [ln for ln in rest if ln is not title_line]
    venue_text = " ".join(venue_lines)
    # the author line may carry the year and venue after the names ("...; et al. 2024, ApJL, 973")
    tail = re.search(r"\b((?:19|20)\d\d)\b,?\s*(.*)$", lines[author_at])
    years = YEAR_IN_TEXT.findall(_IDENTIFIERS.sub(" ", venue_text)) or ([tail.group(1)] if tail else [])
    venue = "arXiv" if re.match(r"\s*arXiv\s*:?\s*(?:\d|[a-z-]+(?:\.[A-Z]{2})?/\d)", venue_text) else venue_name(_IDENTIFIERS.sub(" ", venue_text))
    if tail and tail.group(2).strip():  # the author line's own tail names the venue
        venue = re.split(r",\s*\d", tail.group(2), maxsplit=1)[0].strip(" ,.;") or venue
    return authors, truncated, title.strip().rstrip(".,"), venue, int(years[0]) if years else year_hint


def _cv_style(text: str):
    try:
        e = parse_entry(text)
    except ValueError:
        return None
    ok = e.title and e.authors and all(1 <= len(a.split()) <= 5 and not re.search(r"\d", a) for a in e.authors)
    return e if ok else None


# The readers of a one-line entry, in order of preference when two read it equally well.
_READERS = (parse_citation, parse_with_coauthors, parse_quoted, parse_quoted_title_first, parse_initials_list,
            parse_venue_first, _cv_style, parse_title_first, parse_names_colon, parse_vancouver)


def _single(text: str, year_hint: int | None, owner: str | None = None):
    """One line: a CV-style entry or a citation, read by every reader that accepts it and
    kept from the one whose fields look most like an entry's (:mod:`entry_quality`)."""
    lead = _LEAD_YEAR.match(text)
    if lead:  # "2026. Title. (With A and B.) Venue" keeps its year up front
        year_hint, text = int(lead.group(1)), text[lead.end():]
    best, best_q = None, None
    for reader in _READERS:
        e = reader(text, owner) if reader is parse_names_colon else reader(text)
        if e is None:
            continue
        q = quality(e.authors, e.title, e.venue, e.year or year_hint)
        if q is not None and (best_q is None or q > best_q):
            best, best_q = e, q
    if best is None:
        return None
    return best.authors, best.authors_truncated, best.title, best.venue, best.year or year_hint


def read_block(block: str, year_hint: int | None = None, owner_implied: bool = False, owner: str | None = None):
    """One entry block of markdown-ish text -> (authors, truncated, title, venue, year, links),
    or (None, why not, text) when no reader accepts it; None for an empty block.

    The block is read both by its lines' roles and as one line; of the readings whose fields
    look right, the one :func:`entry_quality.quality` scores best is kept. ``owner_implied``
    (a CV's own list): an entry that prints no names at all may still be read, as a title
    and a venue, with no authors. ``owner``: the document's owner, when known."""
    lines, italics, links = _clean(block)
    years = [ln for ln in lines if _YEAR_ONLY.fullmatch(ln)]  # "2024" printed apart: the entry's year
    if years and len(lines) > len(years):
        lines = [ln for ln in lines if not _YEAR_ONLY.fullmatch(ln)]
        year_hint = year_hint or int(years[0].strip(" .*"))
    if not lines:
        return None
    text = " ".join(lines)
    readings = [_by_roles(lines, italics, year_hint, owner) if len(lines) > 1 else None, _single(text, year_hint, owner)]
    best, best_q, why = None, 0.0, "not a publication entry that can be read"
    for got in readings:
        if got is None:
            continue
        checked = _checked(*got, authors_needed=not owner_implied)
        if isinstance(checked, str):
            why = checked if best is None else why
            continue
        q = quality(*_fields(checked))
        if best is None or q > best_q:
            best, best_q = checked, q
    if best is None and owner_implied and not _names_printed(lines):
        e = parse_title_only(text)
        e = e if e and (e.venue or e.year or year_hint) and len(e.title.split()) <= 30 else None
        checked = _checked(e.authors, e.authors_truncated, e.title, e.venue, e.year or year_hint,
                           authors_needed=False) if e else why
        best = checked if not isinstance(checked, str) else None
    if best is None:
        return None, why, text
    return (*best, links)


def _names_printed(lines: list[str]) -> bool:
    """Whether any line holds a list of names (then an entry without authors is a misreading)."""
    return any(_name_line(ln) and re.search(r",|\band\b|&", ln) for ln in lines)


_YEAR_ONLY = re.compile(r"\s*\*?(?:19|20)\d\d\*?\.?\s*")


def _fields(got: tuple) -> tuple:
    authors, _truncated, title, venue, year = got
    return authors, title, venue, year


def _checked(authors, truncated, title, venue, year, authors_needed: bool = True):
    """A reading with its title cleaned, or why it cannot be right."""
    title = (title or "").replace("∗", "*").strip().strip("\"“”'‘’").strip().rstrip(".,").strip()
    title = _TITLE_NOTE.sub("", title).strip().strip("\"“”'‘’").rstrip(".,").strip()
    if venue and STATUS.fullmatch(venue.strip(" .,;*")):
        venue = None  # "In preparation", "Submitted": where the paper stands, not where it appeared
    if not title or len(title) < 4:
        return "entry has no title"
    if authors and any(_SPLIT_INITIALS.fullmatch(a) for a in authors):
        # a reader split "Lee, A.H., B.T. Chen" into three: it is two people
        authors = split_author_list(", ".join(authors))[0]
    authors = given_first(authors) if authors else authors  # "Lee AB, Chen B" (Vancouver)
    # a reader that accepted a block it misread gives fields that are not what they claim
    if (authors_needed and not authors) or not all(plausible_name(a) for a in authors):
        return "entry read, but its author list does not look like names"
    first = title.split()[0] if title.split() else ""
    starts_like_title = (not (title[:1].isalpha() and title[:1].islower()) and title[:1] not in ",.;:)]"
                         or re.match(r"[a-z]+-|[a-z]+[A-Z]|[a-z][\w.]*:$", first))  # q-Deformed, p-adic, iPhone, disco:
    if len(title.split()) < 2 or not starts_like_title or quality(authors, title, venue, year) is None:
        return "entry read, but its title does not look like one"
    return authors, truncated, title, venue, year


class MarkdownPageExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        head = doc.data[:2048].lower()
        if b"<html" in head or b"<!doctype" in head or doc.data[:4] == b"%PDF":
            return 0.0
        try:
            body, fm = _strip_front(doc.text)
        except ExtractError:
            return 0.0
        if fm and looks_like_publication(fm):
            return 0.0  # one publication's own page: markdown_front_matter
        whole = bool(fm) and _is_pub_heading(str(fm.get("title") or ""))
        sections = publication_sections(body, whole)
        blocks = sum(len(entry_blocks(s)) for s in sections)
        return 0.75 if blocks >= 2 and (whole or sections) else 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        body, fm = _strip_front(doc.text)
        whole = bool(fm) and _is_pub_heading(str(fm.get("title") or ""))
        ordinal = 0
        for section in publication_sections(body, whole):
            for block, year_hint in entry_blocks(section):
                got = read_block(block, year_hint)
                if got is None:
                    continue
                ordinal += 1
                if got[0] is None:
                    yield RecordError(ordinal, got[1], excerpt(got[2]))
                    continue
                authors, truncated, title, venue, year, links = got
                yield Draft(ordinal=ordinal, title=title, authors=authors, authors_truncated=truncated, year=year,
                            venue=venue, url=links[0] if links else None, raw=" ".join([title, *links]))
