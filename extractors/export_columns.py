"""The column names that reference managers and bibliographic databases write in their table
exports, as the records table's fields: one table of synonyms, with which tool writes which name.

A records table (``records_table``) names its own columns ``id,title,authors,venue,year,
abstract,doi,arxiv_id,url``. The exports a data engineer points scholarlake at name them
otherwise; :data:`SYNONYMS` lists, per field and in order of preference, the names each tool
writes (compared stripped and lower-cased). When a table holds several names of one field (Scopus
writes ``Authors`` and ``Author full names``; its ``Source`` is the database, after ``Source
title``), the first in the list is read and the others are left, named in the log.

:func:`table_columns` maps a table's header once (per table, never per row) to the columns it
reads; a column that is neither a field, a synonym nor in :data:`NOT_READ` is unrecognised: named
in a warning, and in the reject reason of a row that has no title. :func:`export_names` reads an
author cell of such a table (cached by value: names repeat through a bibliography).

Sources of the names (each checked in the tool's documentation or its own code):
- Zotero: its CSV export translator, zotero/translators ``CSV.js`` (``exportedFields``; creators
  joined by "; ", each "Last, First"; a byte order mark first).
- Scopus: the header of its CSV download (46 columns since 2022, as litstudy and corpusslr
  transcribe a real one; ``Authors`` "Surname I.; ...", ``Author full names`` "Surname, Given
  (author id); ..."; before 2022 ``Authors`` "Surname I., Surname J." and no full names).
- Web of Science: the field tags of its tab-delimited export (Clarivate's field tag list: AU
  authors "Surname, IJ", AF full names "Surname, Given", TI title, SO source, PY year, DI DOI,
  UT accession number, AB abstract; values of one tag joined by "; ").
- Publish or Perish (Google Scholar and other sources): its CSV header, Harzing's manual
  (``Cites,Authors,Title,Year,Source,Publisher,ArticleURL,...,DOI,...``).
- OpenAlex: the works CSV of openalex.org (as bibnets' ``read_openalex_csv`` reads it):
  ``display_name`` the title, ``authorships.author.display_name`` the names joined by "|",
  ``primary_location.source.display_name``, ``publication_year``, ``doi`` and ``id`` URLs.
- dblp: dblp offers no CSV (its search API answers XML or JSON); the CSV people make of dblp.xml
  with dblp-to-csv (ThomHurks) names columns by dblp's elements (``author``, ``title``,
  ``journal``, ``booktitle``, ``year``, ``ee``, ``key``), ";" between cells, "|" between values.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import NamedTuple

from .author_lists import split_author_list

log = logging.getLogger(__name__)

# field -> ((column name as compared, who writes it), ...), the preferred name first.
SYNONYMS: dict[str, tuple[tuple[str, str], ...]] = {
    "title": (("title", "records tables, Zotero, Scopus, Publish or Perish, dblp-to-csv, OpenAlex"),
              ("ti", "Web of Science TI"),
              ("display_name", "OpenAlex works CSV (the work's title)")),
    "authors": (("author full names", "Scopus since 2022: 'Surname, Given (author id); ...'"),
                ("af", "Web of Science AF: 'Surname, Given; ...'"),
                ("authorships.author.display_name", "OpenAlex works CSV: 'Given Surname|...'"),
                ("authors", ("records tables; Scopus 'Surname I.; ...' or, before 2022, 'Surname I., ...'; "
                             "Publish or Perish 'AB Surname, C Surname'")),
                ("author", "Zotero 'Surname, Given; ...'; dblp-to-csv 'Given Surname|...'"),
                ("au", "Web of Science AU: 'Surname, IJ; ...'")),
    "year": (("year", "records tables, Scopus, Publish or Perish, dblp-to-csv"),
             ("publication year", "Zotero"),
             ("publication_year", "OpenAlex works CSV"),
             ("py", "Web of Science PY")),
    "venue": (("venue", "records tables"),
              ("source title", "Scopus"),
              ("publication title", "Zotero (a journal's or a proceedings' title)"),
              ("primary_location.source.display_name", "OpenAlex works CSV"),
              ("so", "Web of Science SO"),
              ("journal", "dblp-to-csv"),
              ("booktitle", "dblp-to-csv"),
              ("source", "Publish or Perish (Scopus's 'Source' names the database: its 'Source title' comes first)")),
    "doi": (("doi", "records tables, Zotero, Scopus, Publish or Perish, OpenAlex (a https://doi.org/ URL)"),
            ("di", "Web of Science DI")),
    "id": (("id", "records tables, OpenAlex (a URL), dblp-to-csv (a row number)"),
           ("key", "Zotero (the item key), dblp-to-csv (the dblp key)"),
           ("ut", "Web of Science UT (accession number)"),
           ("eid", "Scopus EID")),
    "abstract": (("abstract", "records tables, Scopus, Publish or Perish"),
                 ("abstract note", "Zotero"),
                 ("ab", "Web of Science AB")),
    "url": (("ee", ("dblp-to-csv (the electronic edition: a DOI link or the publisher's page; its 'url' is a "
                    "path on dblp's site)")),
            ("url", "records tables, Zotero ('Url'), dblp-to-csv"),
            ("link", "Scopus"),
            ("articleurl", "Publish or Perish")),
    "arxiv_id": (("arxiv_id", "records tables"),),
}
# Names never read in another column's place: Scopus's "Source" is the database ("Scopus"), not a
# paper's venue when its "Source title" is empty.
NEVER_FILLS = frozenset({"source"})
# Columns these tools write that hold names, years or venues of something else than the work's
# authors, year and venue, read by no field: known, so not reported as unrecognised.
NOT_READ = {
    # other people than the authors
    "editor": "Zotero: editors", "series editor": "Zotero", "translator": "Zotero", "contributor": "Zotero",
    "book author": "Zotero: the authors of the book a chapter is in", "reviewed author": "Zotero",
    "editors": "Scopus: editors of the volume", "be": "Web of Science: editors", "ba": "Web of Science: book authors",
    "bf": "Web of Science: book authors' full names", "gp": "Web of Science: book group authors",
    "ca": "Web of Science: group authors", "author(s) id": "Scopus: author ids, not names",
    "authors with affiliations": "Scopus: names with affiliations (read from 'Authors')",
    "authorships.author.id": "OpenAlex: author ids", "authorships.author.orcid": "OpenAlex: ORCIDs",
    "authorships.institutions.display_name": "OpenAlex: institutions", "author-orcid": "dblp-to-csv: ORCIDs",
    "author-aux": "dblp-to-csv",
    # other dates
    "date": "Zotero: the full date ('Publication Year' is read)", "date added": "Zotero", "date modified": "Zotero",
    "access date": "Zotero", "querydate": "Publish or Perish: when the search ran", "publication_date": "OpenAlex",
    "pd": "Web of Science: month and day", "ea": "Web of Science: early access date",
    "ey": "Web of Science: early access year", "da": "Web of Science: export date", "mdate": "dblp-to-csv",
    "conference date": "Scopus", "age": "Publish or Perish: years since publication",
    # other venue-like names (the venue's title is read)
    "conference name": "Zotero, Scopus (the proceedings' title is read)", "meeting name": "Zotero",
    "abbreviated source title": "Scopus", "journal abbreviation": "Zotero", "j9": "Web of Science",
    "ji": "Web of Science", "se": "Web of Science: book series", "bs": "Web of Science: book series subtitle",
    "ct": "Web of Science: conference title", "series": "Zotero", "series title": "Zotero",
    "publisher": "Zotero, Scopus, Publish or Perish", "pu": "Web of Science: publisher",
    "primary_location.source.id": "OpenAlex", "primary_location.source.issn_l": "OpenAlex",
    "primary_location.source.type": "OpenAlex", "short title": "Zotero",
}


def _index() -> dict[str, tuple[str, int]]:
    out = {}
    for field, names in SYNONYMS.items():
        for rank, (name, _) in enumerate(names):
            assert name not in out, name  # one field per name
            out[name] = (field, rank)
    return out


_FIELD_OF = _index()
# An author id Scopus writes after each full name: "Hao, Jie (57221302630)".
_AUTHOR_ID = re.compile(r"\s*\(\d{6,}\)")
# A name written surname first with its initials after it, dotted: "Siu K.-C.", "Phillips J.C."
# (Scopus's Authors); the initials go first, as written ("K.-C. Siu").
_SURNAME_THEN_INITIALS = re.compile(r"^(?P<surname>[^\W\d][^\s.,]*(?:\s+[^\W\d][^\s.,]*)*)\s+"
                                    r"(?P<initials>(?:[^\W\d_]\.(?:-[^\W\d_]\.)?)+)$")
# "|" joins the values of one cell in OpenAlex's and dblp-to-csv's exports.
_VALUES = "|"


class TableColumns(NamedTuple):
    """What a table's header reads: for each of its columns (in order) the field it gives, or
    None; the unrecognised columns; the names left because a preferred one of the same field is
    there."""

    fields: tuple[str | None, ...]
    unrecognised: tuple[str, ...]
    left: tuple[str, ...]
    # (field, positions of the other columns of the field, in order of preference): read for a
    # row whose preferred cell is empty (dblp-to-csv writes a paper's venue under "journal" or
    # "booktitle"; an empty "Author full names" falls back to Scopus's "Authors")
    fills: tuple[tuple[str, tuple[int, ...]], ...] = ()


@lru_cache(maxsize=256)
def table_columns(header: tuple[str, ...]) -> TableColumns:
    """The fields a table's header gives (names compared stripped and lower-cased), the
    preferred column of each field; logs the columns it leaves (at debug) and the unrecognised
    ones (a warning: they may hold what a field should have)."""
    names = [str(h).strip().lower() for h in header]
    best: dict[str, tuple[int, int]] = {}  # field -> (rank, position)
    for i, name in enumerate(names):
        found = _FIELD_OF.get(name)
        if found and (found[0] not in best or found[1] < best[found[0]][0]):
            best[found[0]] = (found[1], i)
    chosen = {i: field for field, (_, i) in best.items()}
    fields = tuple(chosen.get(i) for i in range(len(names)))
    left = tuple(n for i, n in enumerate(names) if n in _FIELD_OF and i not in chosen)
    fills = tuple((field, tuple(i for _, i in others)) for field in best
                  if (others := sorted((_FIELD_OF[n][1], i) for i, n in enumerate(names)
                                       if i not in chosen and _FIELD_OF.get(n, ("",))[0] == field
                                       and n not in NEVER_FILLS)))
    unrecognised = tuple(n for i, n in enumerate(names) if n and n not in _FIELD_OF and n not in NOT_READ)
    if left:
        log.debug("columns of a field read from another column, not read: %s", ", ".join(left))
    if unrecognised:
        log.warning("%d column(s) of the table not recognised, not read: %s", len(unrecognised),
                    ", ".join(unrecognised[:20]))
    return TableColumns(fields, unrecognised, left, fills)


@lru_cache(maxsize=65536)
def export_names(value: str) -> tuple[str, ...]:
    """The names of an author cell of an export: "|"-joined values (OpenAlex, dblp-to-csv),
    else the project's list splitter (``author_lists.split_author_list``: "Surname, Given; ...",
    "Given Surname, ..."); Scopus's author ids dropped, a surname written before its dotted
    initials turned round ("Siu K.-C." -> "K.-C. Siu"); an ellipsis that cuts the list short
    is no name."""
    text = _AUTHOR_ID.sub("", value).strip()
    if not text:
        return ()
    if _VALUES in text:
        parts = [p.strip() for p in text.split(_VALUES)]
    else:
        parts = split_author_list(text)[0]
    out = []
    for part in parts:
        part = part.rstrip("…").strip()  # a list cut short ("AG Meyer, J Smith, …"): no name
        if not part.strip("."):
            continue
        m = _SURNAME_THEN_INITIALS.match(part)
        out.append(f"{m['initials']} {m['surname']}" if m else part)
    return tuple(p for p in out if p)
