"""Formatted citations, the way reference managers and citation styles print them:

    Lee, A., & Chen, B. W. (2023). Sparse things in practice. medRxiv, 2023-04.
    Lee, Ann and Chen, Bo (2021). Dense Things. Journal of Made-up Results.
    Lee A., Chen B. (2018): "Graph Ladders ...". Water 10(2).
    Lee AH, Chen BT. (2020). "What Are Sparse Things?" Annual Reviews of Things.

Author-year styles (APA, Harvard, Chicago author-date, Vancouver with the year after the
names): the names, the year in parentheses or between periods, then the title, then the
venue. ``citation_authors`` reads the names alone (markdown front matter's ``citation:``);
``parse_citation`` the whole entry (HTML and markdown publication lists).
"""

from __future__ import annotations

import re

from .cv_entries import ParsedEntry

_YEAR = re.compile(r"\(\s*((?:19|20)\d\d)[a-z]?(?:,[^)]{0,20})?\s*\)|(?<=[.,])\s*((?:19|20)\d\d)[a-z]?\s*(?=[.:])")
_ELLIPSIS = re.compile(r",?\s*(?:\.\.\.|…)\s*,?\s*&?\s*")


def citation_authors(head_or_citation: str, whole: bool = True) -> list[str]:
    """The author list at the head of a citation (``whole``) or the names part itself:
    "Last, First and Last, First" (BibTeX style), "Last, F. M., Last, G., & Last, H." (APA),
    "Last FM, Last G" (Vancouver), or "First Last, First Last"."""
    text = re.sub(r"\s+", " ", head_or_citation).strip().lstrip("\ufeff")
    if whole:
        m = _YEAR.search(text)
        if not m:
            return []
        text = text[:m.start()]
    head = text.strip().rstrip(",:;").strip()
    head = re.sub(r",?\s*et al\.?$", "", head)
    head = _ELLIPSIS.sub(", ", head)  # "A, B, ... & Z": the names the style left out
    if not head:
        return []
    parts = re.split(r"\s+and\s+", head)
    if len(parts) > 1 and all(p.count(",") == 1 for p in parts):  # BibTeX style: "Last, First and Last, First"
        from .bibtex import split_bibtex_authors

        names, _ = split_bibtex_authors(head)
        return names
    if re.search(r"\d", head):  # the year is not right after the names ("A and B, J. Phys. 56, 52 (2024)")
        return []
    from .author_lists import split_author_list

    names, _ = split_author_list(head)
    # Vancouver "Lee AH, Chen BT." ends the list with the citation's own period (when the
    # other names have none, the last one's is not part of it)
    if names and names[-1].endswith(".") and not any(n.endswith(".") for n in names[:-1]):
        names[-1] = names[-1][:-1]
    return names


def parse_citation(text: str) -> ParsedEntry | None:
    """An author-year citation as (authors, year, title, venue), or None when the text is not
    one (no year right after a list of names, or no title after it)."""
    text = re.sub(r"\s+", " ", text).strip()
    m = _YEAR.search(text)
    if not m or m.start() == 0:
        return None
    authors = citation_authors(text[:m.start()], whole=False)
    if not authors or any(len(a.split()) > 5 for a in authors):
        return None
    rest = text[m.end():].lstrip(" .:,")
    quoted = re.match(r"[\"“'‘](.+?)[\"”'’][.,]?\s*(.*)$", rest)
    if quoted:
        title, venue_part = quoted.group(1), quoted.group(2)
    else:
        # the title ends at a sentence end: after a lower-case letter, a digit or a bracket,
        # or after an acronym ("... with ABCD. Conf. Proc."), never after a lone initial
        cut = re.search(r"(?:(?<=[a-z0-9)\]?!])|(?<=[A-Z0-9]{2}))[.?!]\s+(?=[A-Za-z0-9<])", rest)
        title, venue_part = (rest[:cut.start() + 1], rest[cut.end():]) if cut else (rest, "")
    title = title.strip().rstrip(".").strip()
    if len(title) < 4:
        return None
    venue = venue_name(venue_part)
    truncated = bool(re.search(r"et al\.?|\.\.\.|…", text[:m.start()]))
    return ParsedEntry(authors=authors, authors_truncated=truncated, title=title, venue=venue,
                       year=int(m.group(1) or m.group(2)))


_TITLE_FIRST = re.compile(r"^(?P<title>.{8,}?)\s*\((?P<names>[^()]{2,400}?),?\s+(?P<year>(?:19|20)\d\d)[a-z]?\)\s*"
                          r"(?P<venue>[^.]{0,200}?)(?:\s+Abstract\b.*|\s*$)")


def parse_title_first(text: str) -> ParsedEntry | None:
    """"Title (Surname, Surname & Surname, 2025) Venue", as citeproc's author-date styles
    print a list under its title (Quarto, pandoc): the names are surnames only."""
    m = _TITLE_FIRST.match(re.sub(r"\s+", " ", text).strip())
    if not m:
        return None
    names = [n for n in re.split(r"\s*,\s*|\s*&\s*|\s+and\s+", m.group("names")) if n]
    names, truncated = [n for n in names if n != "et al."], "et al" in m.group("names")
    if not names or any(len(n.split()) > 3 or not n[:1].isupper() for n in names):
        return None
    return ParsedEntry(authors=names, authors_truncated=truncated, title=m.group("title").strip().rstrip("."),
                       venue=m.group("venue").strip() or None, year=int(m.group("year")))


_QUOTED = re.compile(r"^(?P<names>[^\"“”]{3,400}?)[,.:]?\s*[\"“](?P<title>[^\"“”]{4,400}?)[,.]?[\"”]\s*[,.]?\s*(?P<rest>.*)$")
_WITH = re.compile(r"^(?P<title>.{4,400}?)[.?!]?\s*\((?:[Ww]ith|[Jj]oint with)\s+(?P<names>[^()]{2,300}?)\.?\)\s*"
                   r"(?P<rest>.*)$")


def venue_name(text: str) -> str | None:
    """The venue's name at the head of a citation's tail, without volume, issue, pages or
    links ("Oecologia 120: 613-620" -> "Oecologia")."""
    venue = re.split(r"[,.]?\s+\d+\s*[:(,]|[,.(]\s*(?:\d|https?:|doi|vol\b|pp\b|DOI)", text, maxsplit=1)[0]
    return venue.strip(" .,;") or None


def _venue_year(rest: str) -> tuple[str | None, int | None]:
    years = re.findall(r"(?<![\d.])((?:19|20)\d\d)(?!\d)", rest)
    return venue_name(rest), int(years[-1]) if years else None


def parse_quoted(text: str) -> ParsedEntry | None:
    """Authors, "Title," Venue Year: the title in quotation marks (Chicago, IEEE styles)."""
    from .author_lists import split_author_list

    m = _QUOTED.match(re.sub(r"\s+", " ", text).strip())
    if not m:
        return None
    names, truncated = split_author_list(m.group("names"))
    if not names or any(len(n.split()) > 5 or re.search(r"\d", n) for n in names):
        return None
    venue, year = _venue_year(m.group("rest"))
    return ParsedEntry(authors=names, authors_truncated=truncated, title=m.group("title").strip(), venue=venue,
                       year=year)


def parse_with_coauthors(text: str) -> ParsedEntry | None:
    """Title. (With A, B and C.) Venue: a CV's own list, where the owner is implied; the
    authors are the co-authors, marked truncated (the owner is not named)."""
    from .author_lists import split_author_list

    m = _WITH.match(re.sub(r"\s+", " ", text).strip())
    if not m:
        return None
    names, _ = split_author_list(re.split(r"\.\s", m.group("names"))[0])
    names = [n for n in names if not re.search(r"\d|:", n)]
    if not names:
        return None
    venue, year = _venue_year(m.group("rest"))
    return ParsedEntry(authors=names, authors_truncated=True, title=m.group("title").strip(), venue=venue, year=year)
