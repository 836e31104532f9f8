"""The words a table of publications heads its columns with, and the field each column holds:
one table for every reader that reads a table by its header (a publication table in an HTML
page, :mod:`html_publications`; a table in a CV PDF, :mod:`cv_pdf_layout`).

The names reference managers and databases write in their exports (Zotero, Scopus, Web of
Science, Publish or Perish, OpenAlex, dblp-to-csv) are :data:`export_columns.SYNONYMS`, with
their provenance there, and are read here too: a page or a CV that prints such an export as a
table heads it with the same words. :data:`HAND_WRITTEN` adds the words people and site
generators write by hand, each with where it was seen.

Names are compared lower-cased, the heading's surrounding punctuation (" :*") stripped; a
heading naming a column's alternatives ("Journal / Conference") names a field when all its
parts name the same one.
"""

from __future__ import annotations

import re

from .export_columns import SYNONYMS

# A column a reader knows and reads nothing from: the owner's role in the work, the work's type
# or status, its citation count, links, the row's number.
NO_FIELD = "no field"
# "Paper" heads the titles beside a column of names or venues (a hand-written "Paper | Author(s) |
# Venue | Year") and the whole reference (names, title and venue in one cell) where no other
# column holds them (a grant form's "No. | Paper | Year"); "Publication" heads the venue beside a
# column of titles (Quarto's table listing: Title, Author, Publication) and the whole reference
# where none holds the titles ("No. | Publication | Year"). Decided by the header row as a whole,
# :func:`header_fields`; a whole reference names no one field.
TITLE_OR_REFERENCE = "title or reference"
VENUE_OR_REFERENCE = "venue or reference"

# heading -> (field, where it was seen)
HAND_WRITTEN: dict[str, tuple[str, str]] = {
    "paper": (TITLE_OR_REFERENCE, "hand-written tables (Paper, Author(s), Venue, Year); grant forms (a reference)"),
    "paper title": ("title", "hand-written tables"),
    "article title": ("title", "hand-written tables, Web of Science's full-record labels"),
    "article": (TITLE_OR_REFERENCE, "hand-written tables"),
    "author(s)": ("authors", "hand-written tables"),
    "co-authors": ("authors", "grant and evaluation forms"),
    "coauthors": ("authors", "grant and evaluation forms"),
    "co-author": ("authors", "grant and evaluation forms"),
    "coauthor": ("authors", "grant and evaluation forms"),
    "creator": ("authors", "repository listings (Dublin Core)"),
    "creators": ("authors", "repository listings (Dublin Core)"),
    "author names": ("authors", "hand-written tables"),
    "contributors": ("authors", "repository listings"),
    "pub year": ("year", "hand-written tables"),
    "date": ("year", "Quarto's table listing, evaluation forms"),
    "published": ("year", "hand-written tables"),
    "date published": ("year", "hand-written tables"),
    "publication date": ("year", "hand-written tables"),
    "year published": ("year", "hand-written tables"),
    "journal title": ("venue", "hand-written tables"),
    "conference": ("venue", "grant forms (round 11's 'Journal / Conference')"),
    "publication": (VENUE_OR_REFERENCE, "Quarto's table listing (a venue); grant forms (a reference)"),
    "published in": ("venue", "hand-written tables"),
    "book title": ("venue", "hand-written tables"),
    "proceedings": ("venue", "grant forms"),
    "periodical": ("venue", "jekyll-scholar's class names copied into tables"),
    "outlet": ("venue", "hand-written tables"),
    "role": (NO_FIELD, "evaluation forms: the owner's role (round 14's 'Year | Title | Journal / Conference | Role')"),
    "contribution": (NO_FIELD, "evaluation forms"),
    "authorship": (NO_FIELD, "evaluation forms"),
    "type": (NO_FIELD, "the work's type"),
    "status": (NO_FIELD, "the work's status"),
    "citation": (NO_FIELD, "a citation count (Google Scholar's list)"),
    "citations": (NO_FIELD, "a citation count"),
    "cited by": (NO_FIELD, "Google Scholar's 'TITLE  CITED BY  YEAR'"),
    "link": (NO_FIELD, "links"),
    "links": (NO_FIELD, "links"),
    "if": (NO_FIELD, "the journal's impact factor (CVs for posts in Turkey, Iran, Pakistan, Eastern Europe: "
                     "'No. | Publication | IF | Quartile')"),
    "impact factor": (NO_FIELD, "the journal's impact factor"),
    "quartile": (NO_FIELD, "the journal's quartile in its field's ranking (JCR, Scimago)"),
    "no": (NO_FIELD, "the row's number"),
    "no.": (NO_FIELD, "the row's number"),
    "#": (NO_FIELD, "the row's number"),
}

_FIELDS = ("title", "authors", "year", "venue")


def _table() -> dict[str, str]:
    out = {name: field for field in _FIELDS for name, _ in SYNONYMS[field]}
    for name, (field, _) in HAND_WRITTEN.items():
        assert out.get(name, field) == field, name  # one field per name
        out[name] = field
    return out


FIELD_OF = _table()


def heading_field(name: str) -> str | None:
    """The field a column headed ``name`` holds ("title", "authors", "year", "venue",
    :data:`NO_FIELD`, :data:`TITLE_OR_REFERENCE` or :data:`VENUE_OR_REFERENCE`); None for a heading the table does not
    know or whose alternatives ("Title / Year") name two fields."""
    found = set()
    for part in re.split(r"\s*/\s*", name.strip(" :*").casefold()):
        field = FIELD_OF.get(re.sub(r"\s+", " ", part))
        if field is None:
            return None
        found.add(field)
    return found.pop() if len(found) == 1 else None


def header_fields(names: list[str]) -> list[str | None]:
    """The field of each column of a header row: :func:`heading_field`, where "Paper" is the
    title beside a column of names or venues and "Publication" the venue beside a column of
    titles; otherwise each is the whole reference (None: no one field)."""
    fields = [heading_field(n) for n in names]
    apart = {"authors", "venue", VENUE_OR_REFERENCE} & set(fields)
    fields = [("title" if apart else None) if f == TITLE_OR_REFERENCE else f for f in fields]
    titled = "title" in fields
    return [("venue" if titled else None) if f == VENUE_OR_REFERENCE else f for f in fields]
