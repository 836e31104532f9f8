"""What biblatex's default style prints around a citation's fields, read as no field.

biblatex (LaTeX's bibliography package, ``\\printbibliography`` in a CV) prints the fields of
an entry as sentences, some with a label: ``Names. “Title”. en. In: Journal 13.4 (Oct. 2018),
pp. 470–481. issn: 1932-0248. doi: 10.1080/...``. Three of them are no field of a record:

- the language field (``langid``/``language``) as a sentence of its own before ``In:`` ("en.",
  "en-US.", "English."): read as the venue, or glued before it;
- ``In:`` itself, which opens the venue and is no word of it ("In: (2022)." has no venue);
- the ISSN, with or without its label: a journal's identifier whose digits read as a year
  ("issn: 2072-1315" -> 2072), as a DOI's would.

And a year is no page: a record whose year is read from a page range ("pp. 1859–1922", a
volume's "65: 1957-1966") while
the entry prints a year elsewhere takes that year (:func:`year_outside_pages`).
"""

from __future__ import annotations

import re

from .base import Draft

# Language names biblatex's language field prints in full (its babel/polyglossia names, in
# English); the field's other form is an ISO 639 code ("en", "en-US", "deu"): ``_LANGUAGE_CODE``.
LANGUAGE_NAMES = frozenset({
    "english", "american", "british", "german", "ngerman", "french", "spanish", "italian", "portuguese",
    "brazilian", "dutch", "russian", "chinese", "japanese", "korean", "polish", "swedish", "norwegian",
    "danish", "finnish", "turkish", "greek", "czech", "hungarian", "arabic", "catalan", "romanian",
})
_LANGUAGE_CODE = r"[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?"
# the language as a sentence of its own, after the title's closing (a stop or a closing quote)
# and before "In:"
_LANGUAGE_BEFORE_IN = re.compile(r"(?<=[.”\"’?!])(\s+)([A-Za-z]{2,12}(?:[-_][A-Za-z]{2,4})?)\.\s+(?=In:\s)")
# an ISSN, its label included: "issn: 1932-0248, 1932-0256", "ISSN 0140-6736", "issn: 01406736"
_ISSN = re.compile(r"\s*\b(?:issn|ISSN|eISSN|e-ISSN)\b:?\s*\d{4}-?\d{3}[\dXx](?:\s*,\s*\d{4}-?\d{3}[\dXx])*\.?")
# "In:" opening a venue (after the title's sentence), and the venue that is "In:" alone
_IN = re.compile(r"^\s*In:\s*")
_DATE_ALONE = re.compile(r"\(?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d\)?")


def _language(m: re.Match) -> str:
    word = m.group(2)
    is_code = re.fullmatch(_LANGUAGE_CODE, word) is not None
    return m.group(1) if is_code or word.casefold() in LANGUAGE_NAMES else m.group(0)


def without_biblatex_notes(text: str) -> str:
    """``text`` without biblatex's language sentence before "In:" and without ISSNs."""
    if "In:" in text:
        text = _LANGUAGE_BEFORE_IN.sub(_language, text)
    if "issn" in text.casefold():
        text = _ISSN.sub("", text)
    return text


# the editors named after "In:" before the book's title: "In: Lee, Chen (eds.), Book",
# "In: A. Lee and B. Chen (editors), Book" (names, then the mark of their role in brackets)
_EDITORS = re.compile(r"^[^()]{1,160}?\((?:eds?\.?|editors?|hrsg\.?|dir\.?)\)\s*[,:.]?\s*(?=\S)", re.I)


def venue_without_in(venue: str | None) -> str | None:
    """A venue without the "In:" that opens it in biblatex's style, nor the editors named
    before the book's title ("In: Lee, Chen (eds.), Book": the book); None when nothing else
    is left ("In: (2022)." prints no venue)."""
    if venue and _EDITORS.match(venue):  # (the "In:" may be gone already, read as the venue's mark)
        venue = _EDITORS.sub("", venue)
    if not venue or not _IN.match(venue):
        return venue
    rest = _EDITORS.sub("", _IN.sub("", venue)).strip(" .,;")
    return None if not rest or _DATE_ALONE.fullmatch(rest) else rest


# a page range after "pp." or "p." (the dash may end a line: "pp. 2091–" / "2138"), or a
# single page after "p."
_PAGES = re.compile(r"\bpp?\.\s*[A-Za-z]?(\d{1,6})(?:\s*[-–—]\s*[A-Za-z]?(\d{1,6}))?")
# a page range after a volume and a colon, with or without the issue: "65: 1957-1966",
# "12(3): 2001–2010" (the ecology journals' style and Vancouver's)
_VOLUME_PAGES = re.compile(r"\b\d{1,4}(?:\s*\(\d{1,4}\))?\s*:\s*(\d{1,6})\s*[-–—]\s*(\d{1,6})\b")
_ANY_YEAR = re.compile(r"(?<![\d.])(?:19|20)\d\d(?![\d])")


def year_outside_pages(draft):
    """A record whose year is printed only as a page number ("pp. 1859–1922" -> 1922, "65:
    1957-1966" -> 1966) takes the last year the entry prints outside its pages: the
    citation's date ("(Nov. 2018)", "Names 2011. Title")."""
    if not isinstance(draft, Draft) or draft.year is None or not draft.raw:
        return draft
    raw = draft.raw
    pages = [m.span(k) for pattern in (_PAGES, _VOLUME_PAGES) for m in pattern.finditer(raw) for k in (1, 2)
             if m.group(k)]
    if not pages:
        return draft
    years = [(m.group(0), any(a <= m.start() < b for a, b in pages)) for m in _ANY_YEAR.finditer(raw)]
    outside = [y for y, paged in years if not paged]
    if (str(draft.year), True) in years and str(draft.year) not in outside and outside:
        draft.year = int(outside[-1])
    return draft


# a venue printed wholly in brackets with its year, "(ICML 2024)", "(AAAI 2025 Workshop Paper)",
# "(ACC '23)": the name before the year, and the words after it
_BRACKETED_VENUE = re.compile(r"^\(\s*([^()]*?[^\W\d_][^()]*?)\s+(?:(?:19|20)\d\d|'\d\d)\b\s*([^()]*)\)\.?$")


def venue_out_of_brackets(venue: str | None) -> str | None:
    """A venue printed wholly in brackets with its year ("(ICML 2024)" after a quoted title, as
    IEEE-like CV lists print a conference) without the brackets and the year: "ICML";
    "(AAAI 2025 Workshop Paper)" -> "AAAI Workshop Paper". Any other venue as it is."""
    m = _BRACKETED_VENUE.match(venue or "")
    if not m:
        return venue
    return " ".join(part for part in (m.group(1).strip(), m.group(2).strip(" ,.")) if part)
