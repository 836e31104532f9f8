"""What the three arXiv metadata formats (Atom API, OAI-PMH ``arXiv``, ``.abs`` files) share:
one entry shape and the single place where it becomes a :class:`Draft`, so that the same
paper gets the same fields whichever format it came from.

Conventions, the same for every format:

* ``arxiv_id`` has no version; ``arxiv_version`` is the latest version the source knows of.
* ``version_dates`` holds the ISO date of v1..vN, "" for a version whose date the source does
  not give (the Atom API gives only the first and the latest).
* ``venue`` is the journal-ref when there is one, so the deduplicator sees the published
  venue; otherwise ``"arXiv"`` and ``record_type`` ``"preprint"``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.identifiers import normalize_doi
from normalizers.text import decode_tex_accents
from normalizers.venues import parse_venue

from .base import Draft

ABS_URL = "https://arxiv.org/abs/{}"
MAX_VERSION = 999  # no arXiv paper comes near; a larger number means a broken document
# An arXiv category: "hep-th", "math.AG", "cs.LG", "physics.acc-ph". The Atom API also lists
# MSC and ACM classes ("03B70, 68Q99", "F.4.1; K.2") as categories; those do not match.
_CATEGORY = re.compile(r"[a-z][a-z\-]*(?:\.[A-Za-z][A-Za-z\-]*)?")
_DOI_SPLIT = re.compile(r"[\s,;]+")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)}
_DAY_MONTH_YEAR = re.compile(r"\b(?P<day>\d{1,2})\s+(?P<mon>[A-Za-z]{3})[a-z]*\.?\s+(?P<year>\d{4})\b")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass
class ArxivEntry:
    """One paper as an arXiv format describes it; strings as found (whitespace collapsed)."""

    arxiv_id: str
    version: int | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)  # aligned with authors, "" unknown
    authors_truncated: bool = False  # the list ends in "et al."
    abstract: str | None = None
    version_dates: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)  # primary first
    comment: str | None = None
    journal_ref: str | None = None
    doi: str | None = None
    url: str | None = None  # the abs page
    pdf_url: str | None = None
    report_no: str | None = None
    license: str | None = None


def one_line(text: str | None) -> str | None:
    """Whitespace (line breaks of wrapped fields) collapsed; None for nothing."""
    if text is None:
        return None
    text = " ".join(text.split())
    return text or None


def arxiv_categories(terms: list[str]) -> list[str]:
    """The arXiv categories among ``terms``, in order, without repeats."""
    out: list[str] = []
    for term in terms:
        term = term.strip()
        if _CATEGORY.fullmatch(term) and term not in out:
            out.append(term)
    return out


def first_doi(text: str | None) -> str | None:
    """The first DOI of a field that may list several ("10.1/a, 10.2/b;10.3/c", "doi:10.1/a");
    None when the field holds no DOI (arXiv test data has a Handle there)."""
    for part in _DOI_SPLIT.split(text or ""):
        doi = normalize_doi(part)
        if doi:
            return doi
    return None


def iso_day(text: str | None) -> str:
    """``Mon, 2 Apr 2007 19:18:42 GMT`` or ``2007-04-02T...`` -> ``2007-04-02``; "" if unreadable."""
    if not text:
        return ""
    text = text.strip()
    if _ISO_DAY.match(text):
        return text[:10]
    m = _DAY_MONTH_YEAR.search(text)
    if not m or m["mon"].lower() not in _MONTHS:
        return ""
    return f"{int(m['year']):04d}-{_MONTHS[m['mon'].lower()]:02d}-{int(m['day']):02d}"


def _tex(text: str | None) -> str | None:
    return decode_tex_accents(text) if text else text


def version_list(by_version: dict[int, str]) -> list[str]:
    """{version: ISO date} -> the dates of v1..vN, "" for a version the source does not date."""
    if not by_version:
        return []
    return [by_version.get(v, "") for v in range(1, max(by_version) + 1)]


def _people(entry: ArxivEntry) -> tuple[list[str], list[str]]:
    """Authors with TeX accents decoded, and their affiliations ([] when none is known).
    A "name" without a letter or digit (OAI data has a ``<keyname>:</keyname>``) is dropped."""
    affiliations = entry.affiliations + [""] * (len(entry.authors) - len(entry.affiliations))
    pairs = [(_tex(a) or "", _tex(f) or "") for a, f in zip(entry.authors, affiliations)
             if any(c.isalnum() for c in a)]
    names = [a for a, _ in pairs]
    return names, ([f for _, f in pairs] if any(f for _, f in pairs) else [])


def to_draft(entry: ArxivEntry, ordinal: int) -> Draft:
    """The Draft of an entry. TeX accents in titles, names and affiliations become Unicode
    (``Bal\\'azs`` -> ``Balázs``) so that they match other sources' spelling."""
    authors, affiliations = _people(entry)
    first_date = entry.version_dates[0] if entry.version_dates else ""
    journal_ref = one_line(entry.journal_ref)
    if journal_ref:
        venue, record_type = journal_ref, parse_venue(journal_ref).kind  # None: kind unknown
    else:
        venue, record_type = "arXiv", "preprint"
    versioned = f"{entry.arxiv_id}v{entry.version}" if entry.version else entry.arxiv_id
    return Draft(
        ordinal=ordinal,
        source_record_id=versioned,
        title=_tex(one_line(entry.title)),
        authors=authors,
        authors_truncated=entry.authors_truncated,
        affiliations=affiliations,
        year=int(first_date[:4]) if first_date else None,
        date_text=first_date or None,
        venue=venue,
        record_type=record_type,
        abstract=entry.abstract.strip() if entry.abstract else None,
        arxiv_id=entry.arxiv_id,
        arxiv_version=entry.version,
        doi=first_doi(entry.doi),
        url=entry.url or ABS_URL.format(versioned),
        category=entry.categories[0] if entry.categories else None,
        categories=list(entry.categories),
        comment=one_line(entry.comment),
        journal_ref=journal_ref,
        version_dates=list(entry.version_dates),
        ids_from_text=False,
        raw=" ".join(x for x in (f"arXiv:{versioned}", entry.doi, entry.report_no, entry.license, entry.pdf_url) if x),
    )
