"""CV entries printed as fields that the page marks: labelled lines ("Authors: Ann Lee,
Bo Chen", "Published in: Journal of X", "Year: 2021"), or a title over a smaller line of
fields set apart by middle dots ("A. Lee, B. Chen · Journal of X · 2021").

Online CV editors (Europass, national research CV systems, ORCID-like exports) print each
publication as such a block. The labels, not punctuation or type, say which text is which
field, so an entry that prints an author label is read by its labels alone: the lines
before the first label are its title (a date alone on a line is its date), a labelled
line's text is that field's, and an unlabelled line after a labelled one goes on with it
(a field wrapped over two lines). A designer's CV prints the title larger and the rest in
one smaller line of separated fields: the change of size ends the title, the separators part
the rest (:func:`read_separated`).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

from .author_lists import plausible_name, split_author_list
from .base import Draft, RecordError, excerpt
from .citations import venue_name
from .cv_entries import ParsedEntry, link_fields, record_type
from .cv_pdf_layout import PdfEntry
from .cv_pdf_render import _glue, link_line, name_list
from .pdf_lines import join_words

# The labels such blocks print, by the field they name (case aside, a colon after them).
# The German and Spanish words are the field names German- and Spanish-language research
# information systems and CV forms print (a university's publication form, a CVN/CRIS export):
# "Autor(inn)en:", "Zeitschrift / Tagungsband:", "Erscheinungsjahr:", "Titel:", "Seiten:";
# "Autores:", "Revista / Congreso:", "Año:", "Título:", "Páginas:".
_LABELS = {
    "authors": r"authors?|author\(s\)|co-?authors?|contributors?|by"
               r"|autor(?:\(inn\)en|\*innen|innen|en)|autor(?:es|as|\(es\))",
    # "Repository:" (a preprint's server, "arXiv:2101.01234", in institutional and funders' forms);
    # "e-Print:" (the preprint's identifier in INSPIRE-HEP's records, "e-Print: arXiv:2101.01234")
    "venue": r"published\s+in|journal|venue|conference|proceedings|book|publication|repository|e-?print|in"
             r"|zeitschrift|tagungsband|sammelband|erschienen\s+in|revista|congreso|publicado\s+en",
    # "Source:" names the venue in a bibliographic export ("Source: Journal of X") and the
    # metadata's provider in an ORCID record ("Source: Crossref"): read as the venue only when
    # the block prints no other (see read_labelled)
    "source": r"source",
    # "Publisher:" names the journal in a LinkedIn profile's publications (its form has no other
    # field for it) and the press of a book: read as the venue only when the block prints no
    # other, after "Source:" (see _read_fields)
    "publisher": r"publisher",
    "year": r"year|date|published|publication\s+date|date\s+of\s+publication"
            r"|(?:erscheinungs|publikations)?jahr|a\u00f1o|fecha(?:\s+de\s+publicaci[o\u00f3]n)?",
    "title": r"title|titel|t[i\u00ed]tulo",
    # ("Links:" heads a line of buttons under a project or lab page's labelled fields: no field's text)
    "other": r"doi|url|links?|status|type|pages|volume|issue|editors?|isbn|issn|citations?|keywords?"
             r"|publikationstyp|band|heft|seiten|tipo(?:\s+de\s+publicaci[o\u00f3]n)?|volumen|n[u\u00fa]mero"
             r"|p[a\u00e1]ginas",
}
# A label may name two fields' kinds at once, parted by a slash ("Journal/Proceedings:",
# "Journal / Book title:" in university activity reports): the first names the field.
_LABEL = re.compile(r"^\s*(?:" + "|".join(f"(?P<{k}>{v})" for k, v in _LABELS.items())
                    + r")(?:\s*/\s*[^\W\d_][^\W\d_ ]*(?:\s[^\W\d_]+)?)?\s*:\s*", re.I)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DATE_LINE = re.compile(r"^\s*(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d\s*$")
LABELLED_ENTRIES = 2  # entries of a CV that print an author label, for the CV to be read so


def labelled(entry: PdfEntry) -> bool:
    """Whether one of the entry's printed lines opens with an author label ("Authors:")."""
    return labelled_lines([join_words(el.words) for el in entry.lines])


def field_label(text: str) -> str | None:
    """The field a line's opening label names ("authors", "venue", "year", "title", "source",
    "publisher", "other"), or None when it opens with no label of the table."""
    m = _LABEL.match(text)
    return m.lastgroup if m else None


def labelled_lines(lines: list[str]) -> bool:
    """Whether one of the lines opens with an author label ("Authors:")."""
    for text in lines:
        m = _LABEL.match(text)
        if m and m.lastgroup == "authors":
            return True
    return False


def _type(el) -> tuple[float, bool, bool]:
    """(size, bold, italic) of a printed line's first lettered word."""
    w = next((w for w in el.words if re.search(r"[^\W\d_]", w.text)), el.words[0])
    return round(w.size, 1), w.bold, w.italic


def _fields(entry: PdfEntry) -> dict[str, list[str]]:
    return _line_fields([(" ".join(join_words(el.words).split()), _type(el)) for el in entry.lines])


def _line_fields(lines: list[tuple[str, tuple | None]]) -> dict[str, list[str]]:
    """{field: its texts}: the lines before the first label under "head", a labelled line
    and the unlabelled lines after it under the label's field. Of the lines before the first
    label, those after the title's in another type than the title's are no part of the
    title (an ORCID record's "Journal of X" and "2021-03 | Journal article" under the bold
    title): a short one that holds a year is a date line, the first other one the block's
    venue line ("head venue")."""
    out: dict[str, list[str]] = {"head": []}
    current = "head"
    title_type = None
    for text, typ in lines:
        m = _LABEL.match(text)
        if m:
            current = m.lastgroup or "other"
            out.setdefault(current, []).append(text[m.end():])
        elif current == "head" and _DATE_LINE.match(text):
            out.setdefault("date line", []).append(text)
        elif current == "head" and out["head"] and typ != title_type and "head venue" not in out \
                and not _short_date(text):
            current = "head venue"
            out[current] = [text]
        elif current in ("head", "head venue") and out["head"] and typ != title_type and _short_date(text):
            out.setdefault("date line", []).append(text)
        else:
            if current == "head" and not out["head"]:
                title_type = typ
            bucket = out.setdefault(current, [])
            if bucket:
                bucket[-1] = _joined(bucket[-1], text)
            else:
                bucket.append(text)
    return out


def _short_date(text: str) -> bool:
    """A line of a date and a word or two: "2021-03 | Journal article", "March 2021"."""
    return bool(_YEAR.search(text)) and len(re.findall(r"[^\W\d_]+", text)) <= DATE_LINE_WORDS


DATE_LINE_WORDS = 3  # a date line names a month or the work's kind beside the year ("Conference paper")


def _joined(before: str, after: str) -> str:
    """Two printed lines of one field joined; a line ending in a hyphen goes on without a
    space ("bottom-" / "up": a compound broken after its hyphen)."""
    return f"{before}{after}" if before.endswith("-") else f"{before} {after}"


def read_labelled(entry: PdfEntry, owner: str | None, year_hint: int | None) -> Draft | None:
    """The entry read by its labels; None when it prints no author label, no title is left
    or a name is not a name (then the other readings stand)."""
    if not labelled(entry):
        return None
    raw = "\n".join(join_words(el.words) for el in entry.lines)
    got = _read_fields(_fields(entry), year_hint)
    if got is None:
        return None
    parsed, truncated = got
    return Draft(ordinal=0, source_record_id=entry.number, title=parsed.title, authors=parsed.authors,
                 authors_truncated=truncated, year=parsed.year, venue=parsed.venue,
                 record_type=record_type(entry.section_kind, parsed), owner=owner, raw=raw, **link_fields(entry.links))


LABELLED_VENUE_ENTRIES = 2  # entries of a CV read by their venue label with the names unlabelled, for the CV to be read so
_AFFILIATION = re.compile(r"\s*\([^()]*\)")  # "Ann Lee (Northfield U.)": a bracketed affiliation after a name


def read_labelled_venue(entry: PdfEntry, owner: str | None, year_hint: int | None) -> Draft | None:
    """An entry that labels its venue but not its names, as a bibliography site prints a
    record (INSPIRE-HEP, NASA ADS: the title, a line of names in another type, then
    "Published in: ..." or "e-Print: ..."): the first line under the title in another type
    is the names, each name's bracketed affiliation dropped ("Ann Lee (Northfield U.), Bo
    Chen"). None when the entry labels its names (:func:`read_labelled` reads it), labels no
    venue, or that line is no list of names."""
    if labelled(entry):
        return None
    fields = _fields(entry)
    names_line = fields.pop("head venue", None)
    if not names_line or "venue" not in fields:
        return None
    fields["authors"] = [_AFFILIATION.sub("", names_line[0])]
    got = _read_fields(fields, year_hint)
    if got is None:
        return None
    parsed, truncated = got
    raw = "\n".join(join_words(el.words) for el in entry.lines)
    return Draft(ordinal=0, source_record_id=entry.number, title=parsed.title, authors=parsed.authors,
                 authors_truncated=truncated, year=parsed.year, venue=parsed.venue,
                 record_type=record_type(entry.section_kind, parsed), owner=owner, raw=raw, **link_fields(entry.links))


TITLE_OVER_LINES_ENTRIES = 2  # entries of a CV read as a title over a names line and a source line, for the CV to be read so
TITLE_OVER_SMALLER = 0.5  # the title's type is this many points larger than the lines under it at least
_NAME_LIST_OPEN_END = re.compile(r"[,;]$|\band$|&$")


def read_title_over_lines(entry: PdfEntry, owner: str | None, year_hint: int | None) -> Draft | None:
    """An entry printed as a site prints a record, one field a line and no stop between them:
    the title in a larger type, then in the text's type a line of names (the title's and
    the names' lines hold nothing else) and a source line that holds the year ("Venue 3(2)
    1-9 Mar 2021"); lines in a smaller type still (badges, a "DOI ..." line) are notes. The
    type change ends the title, the names line is wholly a list of names and holds no digit,
    the venue is the source line's name without its numbers and date. None otherwise."""
    lines = [el for el in entry.lines if el.words and not link_line([w.text for w in el.words])]
    if len(lines) < 3:
        return None
    first = _size(lines[0])
    k = next((i for i, el in enumerate(lines) if _size(el) < first - TITLE_OVER_SMALLER), None)
    if not k:
        return None
    body_size = _size(lines[k])
    body = [" ".join(join_words(el.words).split()) for el in lines[k:] if _size(el) >= body_size - TITLE_OVER_SMALLER
            and _size(el) < first - TITLE_OVER_SMALLER]
    n = 1
    while n < len(body) and _NAME_LIST_OPEN_END.search(body[n - 1]):
        n += 1  # a list of names wrapped over lines
    names_text, source = " ".join(body[:n]), " ".join(body[n:])
    if not source or re.search(r"\d", names_text) or not _YEAR.search(source):
        return None
    names, truncated = split_author_list(names_text.rstrip(" .,;"))
    if not names or not all(plausible_name(n) for n in names):
        return None
    title = " ".join(" ".join(join_words(el.words).split()) for el in lines[:k]).strip().rstrip(".")
    if not title:
        return None
    year = int(_YEAR.findall(source)[-1])
    venue = venue_name(source) or None
    if venue and _YEAR.fullmatch(venue):
        venue = None
    parsed = ParsedEntry(authors=names, authors_truncated=truncated, title=title, venue=venue, year=year or year_hint)
    raw = "\n".join(join_words(el.words) for el in entry.lines)
    return Draft(ordinal=0, source_record_id=entry.number, title=title, authors=names, authors_truncated=truncated,
                 year=parsed.year, venue=venue, record_type=record_type(entry.section_kind, parsed), owner=owner,
                 raw=raw, **link_fields(entry.links))


def read_labelled_lines(lines: list[str], year_hint: int | None = None) -> ParsedEntry | None:
    """Plain-text lines of one entry read by the label table (a "Faculty activity report"
    exported to text: "Title: ...", "Authors: Lee, Ann; Roe, Cy", "Journal/Proceedings: ...",
    "Year: 2021"); None when no line prints an author label, no title is left or a name is no
    name. Plain text has no type: the lines before the first label are all the title's."""
    texts = [" ".join(t.split()) for t in lines if t.strip()]
    if not labelled_lines(texts):
        return None
    got = _read_fields(_line_fields(list(zip(texts, _pasted_field_types(texts)))), year_hint)
    return got[0] if got else None


def _pasted_field_types(texts: list[str]) -> list:
    """Plain text has no type, but a record pasted from a web page prints one field a line: when
    a short date line ("2021-03 | journal-article") stands among the lines before the first
    label, after two lines or more, the line right before it is the venue's ("Title" /
    "Journal of X" / "2021-03 | journal-article" / "Contributors: ..."), as a PDF's change of
    type says; the lines before it are the title's. Else every line is of one type (None)."""
    first_label = next((k for k, t in enumerate(texts) if _LABEL.match(t)), len(texts))
    date = next((k for k, t in enumerate(texts[:first_label]) if _short_date(t) or _DATE_LINE.match(t)), None)
    if date is None or date < 2:
        return [None] * len(texts)
    return ["title" if k < date - 1 else "field" for k in range(len(texts))]


# What a form prints in a field left empty, in the languages of the label table ("n/a",
# German "keine Angabe" / "k. A.", Spanish "sin datos" / "no consta"): no value.
_NO_VALUE = re.compile(r"(?i)\s*(?:n/?a|none|not\s+available|keine\s+angabe|k\.\s?a\.|sin\s+datos|no\s+consta"
                       r"|[-\u2013\u2014]+)\s*\.?\s*")


def _read_fields(fields: dict[str, list[str]], year_hint: int | None) -> tuple[ParsedEntry, bool] | None:
    fields = {k: [v for v in vs if not _NO_VALUE.fullmatch(v)] for k, vs in fields.items()}
    title = " ".join(fields.get("title") or fields["head"]).strip().rstrip(".")
    names, truncated = split_author_list(" ".join(fields.get("authors", [])))
    if not title or not names or not all(plausible_name(n) for n in names):
        return None
    venue_text = " ".join(fields.get("venue") or fields.get("head venue") or fields.get("source")
                          or fields.get("publisher") or [])
    venue = venue_name(venue_text) if venue_text else None
    years = [int(y) for text in (*fields.get("year", []), *fields.get("date line", []), venue_text)
             for y in _YEAR.findall(text)]
    year = years[0] if years else year_hint
    return ParsedEntry(authors=names, authors_truncated=truncated, title=title, venue=venue, year=year), truncated


# a date field of a record: the year alone, or with its month and day ("Mar 3, 2021", "Mar 2021", "3 Mar 2021")
_DATED = re.compile(r"^(?:(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d$")
# A metadata line's separator between its fields: a middle dot, bullet or bar between spaces
_SEPARATOR = re.compile(r"\s+[·•|]\s+")
SEPARATED_ENTRIES = 2  # entries of a CV read so, for the CV to be read so


def _size(el) -> float:
    return max((w.size for w in el.words if re.search(r"\w", w.text)), default=0.0)


def read_separated(entry: PdfEntry, owner: str | None, year_hint: int | None) -> Draft | None:
    """An entry printed as a title in a larger type over smaller lines of fields set apart
    by middle dots or bars ("A. Lee, B. Chen · Journal of Things · 2021"): the size change
    ends the title, the separators part the fields; the field that is a list of names is
    the authors, a year alone the year, the first other field the venue. None when the
    entry is not printed so (no smaller lines, no separator, no list of names first)."""
    lines = [el for el in entry.lines if not link_line([w.text for w in el.words])]  # "PDF | Code": no fields
    if len(lines) < 2:
        return None
    first = _size(lines[0])
    k = next((i for i, el in enumerate(lines) if _size(el) < first - 0.5), None)
    if not k:
        return None
    title = " ".join(" ".join(join_words(el.words).split()) for el in lines[:k]).strip().rstrip(".")
    rest = " ".join(" ".join(join_words(el.words).split()) for el in lines[k:])
    fields = [f.strip(" .,;") for f in _SEPARATOR.split(rest) if f.strip(" .,;")]
    # (only over smaller lines parted so too: a head "**Title** | *Venue*" over bulleted lines, Jake's
    # résumé's, is read by the other rules)
    head_field = _field_after_title(lines[:k]) if len(fields) >= 2 else None
    if head_field is not None:  # "**Title** | *Venue*" over "Mar 2021 | A. Lee, B. Chen"
        title, venue_field = head_field
        people = [f for f in fields if _people(f)]
        dates = [f for f in fields if not _people(f) and _DATED.search(f)]  # "Mar 2021": the year
        fields = people + [str(_YEAR.findall(f)[-1]) for f in dates] + [venue_field] \
            + [f for f in fields if f not in people and f not in dates]
    if len(fields) < 2:
        return None
    names, truncated = split_author_list(fields[0])
    if title and len(fields) == 2 and _DATED.search(fields[1]) and not _DATED.search(fields[0]) \
            and (not _YEAR.fullmatch(fields[1]) or not all(plausible_name(n) for n in names or ["-"])):
        # "Title" / "Venue · Mar 3, 2021": a profile site's record that prints no names (LinkedIn);
        # two fields, the second a date with its month (or a year, the first then no names)
        venue = venue_name(fields[0]) or fields[0]
        parsed = ParsedEntry(authors=[], title=title, venue=venue, year=int(_YEAR.findall(fields[1])[-1]))
        return Draft(ordinal=0, source_record_id=entry.number, title=title, authors=[], year=parsed.year,
                     venue=venue, record_type=record_type(entry.section_kind, parsed), owner=owner,
                     raw="\n".join(join_words(el.words) for el in entry.lines), **link_fields(entry.links))
    if not title or not names or not all(plausible_name(n) for n in names):
        return None
    years = [int(f) for f in fields[1:] if _YEAR.fullmatch(f)]
    others = [f for f in fields[1:] if not _YEAR.fullmatch(f)]
    venue = venue_name(others[0]) if others else None
    year = years[0] if years else year_hint
    parsed = ParsedEntry(authors=names, authors_truncated=truncated, title=title, venue=venue, year=year)
    raw = "\n".join(join_words(el.words) for el in entry.lines)
    return Draft(ordinal=0, source_record_id=entry.number, title=title, authors=names, authors_truncated=truncated,
                 year=year, venue=venue, record_type=record_type(entry.section_kind, parsed), owner=owner, raw=raw,
                 **link_fields(entry.links))


def _field_after_title(lines) -> tuple[str, str] | None:
    """(title, field) where an entry's title lines end in a separator and a field printed in
    another style than the title ("**Title** | *Venue*", as résumé templates set a paper's
    head): the title in one style, then a bar or dot, then the rest in one other style and
    no separator inside either; None otherwise."""
    words = [w for el in lines for w in el.words]
    cut = next((i for i, w in enumerate(words) if w.text.strip() in ("|", "·", "•")), None)
    if cut is None or cut == 0 or cut == len(words) - 1:
        return None
    before, after = words[:cut], [w for w in words[cut + 1:] if w.text.strip()]
    if not after or any(w.text.strip() in ("|", "·", "•") for w in after):
        return None
    styles = {(w.bold, w.italic) for w in before if re.search(r"\w", w.text)}
    after_styles = {(w.bold, w.italic) for w in after if re.search(r"\w", w.text)}
    if len(styles) != 1 or len(after_styles) != 1 or styles == after_styles:
        return None
    title = " ".join(join_words(before).split()).strip().rstrip(".")
    field = " ".join(join_words(after).split()).strip(" .,;")
    return (title, field) if title and field else None


# A spaced em or en dash between fields ("2021 — Title — *Venue* — A. Lee, B. Chen"): some CVs
# part all of an entry's fields so, in any order, the year and the names among them.
_DASH = re.compile(r"\s+[—–]\s+")
DASHED_FIELDS = (3, 4)  # fields of such an entry: the title, the names, the year or the venue or both
DASHED_SHARE = 0.5  # this share of a CV's entries read so (and SEPARATED_ENTRIES at least), for it to be read so
_WITH_INITIAL = re.compile(r"(?:^|\s)[A-Z]\.|,")  # an initial or a comma: a name list, not a short title


def _people(text: str) -> bool:
    """Whether ``text`` splits into people's names, each plausible ("J. Math. Kyoto Univ" does not)."""
    names, _ = split_author_list(text)
    return bool(names) and all(plausible_name(n) for n in names)


def read_dashed(entry: PdfEntry, owner: str | None, year_hint: int | None) -> Draft | None:
    """An entry whose fields are all parted by spaced dashes ("2021 — Title — *Venue* — A.
    Lee, **M. T. Holloway**, B. Chen"): the field that is a year alone is the year, the one
    list of names the authors, and of the others the first the title and the second the
    venue (a title comes before its venue in every citation style). None when the entry is
    not printed so: not three or four fields, no list of names or more than one that could
    be (a short title in capitals reads as a name: one with a comma or an initial decides),
    no year printed or known from the margin, or a field left over."""
    text = _cell_text(entry.lines, entry.hyphenated).strip()
    fields = [f.strip(" .,;") for f in _DASH.split(text)]
    if not DASHED_FIELDS[0] <= len(fields) <= DASHED_FIELDS[1] or not all(fields):
        return None
    years = [k for k, f in enumerate(fields) if _YEAR.fullmatch(f)]
    lists = [k for k, f in enumerate(fields) if k not in years and name_list(f) and _people(f)]
    if len(lists) > 1:
        lists = [k for k in lists if _WITH_INITIAL.search(fields[k])]
    if len(years) > 1 or len(lists) != 1 or (not years and year_hint is None):
        return None
    names, truncated = split_author_list(fields[lists[0]])
    others = [f for k, f in enumerate(fields) if k not in years and k != lists[0]]
    if not 1 <= len(others) <= 2:
        return None
    title = others[0]
    venue = venue_name(others[1]) if len(others) == 2 else None
    year = int(fields[years[0]]) if years else year_hint
    parsed = ParsedEntry(authors=names, authors_truncated=truncated, title=title, venue=venue, year=year)
    raw = "\n".join(join_words(el.words) for el in entry.lines)
    return Draft(ordinal=0, source_record_id=entry.number, title=title, authors=names, authors_truncated=truncated,
                 year=year, venue=venue, record_type=record_type(entry.section_kind, parsed), owner=owner, raw=raw,
                 **link_fields(entry.links))


def read_table_row(entry: PdfEntry, owner: str | None) -> Draft | RecordError | None:
    """A row of a table whose header row names each column's field, the titles' and the
    venues' apart and no authors' column ("Year | Title | Journal / Conference | Role", as
    evaluation and promotion forms ask for a person's papers): each cell read as the field
    its column holds, as printed (:attr:`PdfEntry.cells`); None for any other entry.

    Such a table prints no names: its rows are the owner's works (the role column, where
    there is one, says what part the owner had), so the record names no authors and its
    ``owner`` is the CV's owner; the title is the title cell whole, even where it ends in a
    stop or holds one ("... spin structures. II"), and the venue the venue cell as printed,
    its volume too ("Proceedings of ICPhS 20"; an empty cell: no venue). A row with nothing in its title cell is rejected, not read."""
    if entry.cells is None:
        return None
    text = {field: _cell_text(lines, entry.hyphenated) for field, lines in entry.cells.items()}
    raw = "\n".join(join_words(el.words) for el in entry.lines)
    title = text.get("title", "").strip().rstrip(".").strip()
    if not re.search(r"[^\W\d_]", title):
        return RecordError(0, "a table's row with no title in its title column", excerpt(raw))
    venue = text.get("venue", "").strip(" .,;") or None  # the column's cell is the venue as printed
    years = [int(y) for y in _YEAR.findall(f"{entry.label or ''} {text.get('year', '')}")]
    year = years[0] if years else None
    parsed = ParsedEntry(title=title, venue=venue, year=year)
    return Draft(ordinal=0, source_record_id=entry.number, title=title, authors=[], year=year, venue=venue,
                 record_type=record_type(entry.section_kind, parsed), owner=owner, raw=raw, **link_fields(entry.links))


def _cell_text(lines, hyphenated: frozenset[str]) -> str:
    """A table cell's printed lines as one text: a hyphen at a line's end dropped where it
    breaks a word (:func:`cv_pdf_render._glue`)."""
    out = ""
    for el in lines:
        out = _glue(out, " ".join(join_words(el.words).split()), hyphenated)
    return out


# A national CV form's categories under each paper, in a smaller type ("Tipo de producción:
# Artículo científico    Tipo de soporte: Revista", the Spanish CVN of FECYT): cells of a
# label of up to four words and a value of words alone (no digit, no identifier, no year),
# the label naming none of a citation's fields (:data:`_LABELS`: "Authors:", "Journal:",
# "Year:" are a labelled block's fields, read by :func:`read_labelled`).
_FORM_CELL = re.compile(r"^(?P<label>[^\W\d_][^\W\d_'’\-]*(?:\s[^\W\d_][^\W\d_'’\-]*){0,3})\s?:\s+"
                        r"(?P<value>[^\W\d_][^\W\d_'’\-]*(?:\s[^\W\d_][^\W\d_'’\-]*){0,5})\.?$")
FORM_SMALLER = 0.5  # a form's line is printed at least this many points smaller than the CV's text (as a count cell)
CELL_GAP = 1.0  # cells of one line stand at least this many font sizes apart (a word space is ~0.25)


def form_line(el, body_size: float) -> bool:
    """Whether a printed line of an entry is a line of the form's categories: smaller than
    the CV's text, every cell (words a font size apart or more) "Label: value" as above."""
    words = el.words
    if not words or max(w.size for w in words) > body_size - FORM_SMALLER:
        return False
    cells: list[list] = [[words[0]]]
    for w in words[1:]:
        if w.x0 - cells[-1][-1].x1 >= CELL_GAP * w.size:
            cells.append([w])
        else:
            cells[-1].append(w)
    for cell in cells:
        m = _FORM_CELL.match(" ".join(join_words(cell).split()))
        if not m or _LABEL.match(m.group("label") + ":"):
            return False
    return True


# A research portal's classification of the output under each entry, a smaller line "Label:
# step › step › step" (Elsevier Pure's "Research output: Contribution to journal › Article ›
# peer-review"; a repository's "Item type: Article > Journal"): a label of up to four words,
# then PATH_STEPS steps at least of words alone (no digit, no year), parted by a breadcrumb's
# mark. A line that opens with the mark after such a line is its wrapped rest.
PATH_STEPS = 2
_PATH_MARK = re.compile(r"\s+[›»>]\s+")
_PATH_LABEL = re.compile(r"^(?P<label>[^\W\d_][^\W\d_'’\-]*(?:\s[^\W\d_][^\W\d_'’\-]*){0,3})\s?:\s+(?P<path>.+)$")
_PATH_WORD = r"[^\W\d_](?:[^\W\d_]|['’/\-])*"  # letters, and "peer-review", "Book/Report"
_PATH_STEP = re.compile(rf"^{_PATH_WORD}(?:\s{_PATH_WORD}){{0,5}}$")


def category_path_line(el, body_size: float, after_path: bool = False) -> bool:
    """Whether a printed line of an entry is a portal's classification path (above): smaller
    than the CV's text, "Label: step › step", or (``after_path``) "› step" going on from one."""
    words = el.words
    if not words or max(w.size for w in words) > body_size - FORM_SMALLER:
        return False
    text = " ".join(join_words(words).split())
    if after_path and text[:1] in "›»>":
        steps = [p for p in _PATH_MARK.split(" " + text) if p]
        return bool(steps) and all(_PATH_STEP.match(p) for p in steps)
    m = _PATH_LABEL.match(text)
    if not m or _LABEL.match(m.group("label") + ":"):
        return False
    steps = _PATH_MARK.split(m.group("path").rstrip(" ›»>"))
    return len(steps) >= PATH_STEPS and all(_PATH_STEP.match(p) for p in steps)


# The controls a bibliography site prints under each record and a browser prints with it
# (INSPIRE-HEP's "pdf  cite  claim", "reference search", "12 citations"; NASA ADS's "abstract",
# "export", "citations"), in a smaller type than the record: no field of the citation.
_CONTROL_WORDS = frozenset({"pdf", "cite", "claim", "bibtex", "export", "abstract", "links", "datasets",
                            "reference", "references", "search", "citation", "citations", "cited", "by"})
CONTROL_WORDS_MIN = 2  # a controls line names two controls at least (a lone "pdf" may be a venue's word)
# A bibliographic database's record key printed with the record: the ADS bibcode, 19 characters
# (the year, the journal's abbreviation padded with stops, the volume, the page, the first
# author's initial: "2021ApJ...912...45L"), bare or in brackets.
_CITED_COUNT = re.compile(r"\(\s*\d{1,6}\s+citations?\s*\)|\(\s*cited\s+by\s+\d{1,6}\s*\)", re.I)  # "(12 citations)"
_BIBCODE = re.compile(r"\[?(?:19|20)\d\d[A-Za-z&][\w.&]{13}[A-Za-z.]\]?[.,;]?")


def controls_line(el, body_size: float) -> bool:
    """Whether a printed line of an entry is a line of a site's record controls (above):
    smaller than the CV's text, every word a control's name or a count, two controls at
    least; or a line of the record's database keys ("[2021ApJ...912...45L]"), a count of
    citations beside them or not ("(12 citations)"), or that count alone in brackets."""
    words = el.words
    if not words or max(w.size for w in words) > body_size - FORM_SMALLER:
        return False
    flat = " ".join(join_words(words).split())
    if _CITED_COUNT.fullmatch(flat):
        return True
    texts = [t.casefold() for t in flat.split()]
    keys = [t for t in texts if _BIBCODE.fullmatch(t)]
    if keys:
        texts = [t.strip("()") for t in texts if not _BIBCODE.fullmatch(t)]
        return all(t in _CONTROL_WORDS or t.isdigit() for t in texts)
    named = [t for t in texts if t in _CONTROL_WORDS]
    return len(named) >= CONTROL_WORDS_MIN and all(t in _CONTROL_WORDS or t.isdigit() for t in texts)


# A profile site's fixed words printed under a record in place of a field, a button's or a
# label's over pictures (LinkedIn's "Show publication", and "Other authors" over the co-authors'
# avatars, their names not printed): a line that holds only one of them, at any size, is no field.
_SITE_CONTROL_LINES = frozenset({"show publication", "see publication", "other authors", "show all publications",
                                 "see all publications", "show more", "see more"})


def site_control_line(el) -> bool:
    """Whether a printed line holds only a profile site's control words (above)."""
    return " ".join(join_words(el.words).split()).casefold().strip(" .:…") in _SITE_CONTROL_LINES


def _classification_lines(lines: list, body: float) -> int:
    """How many of an entry's last lines are a classification path (:func:`category_path_line`)."""
    for k in range(len(lines) - 1, 0, -1):
        if category_path_line(lines[k], body):
            rest = lines[k + 1:]
            if all(category_path_line(el, body, after_path=True) for el in rest):
                return len(lines) - k
            return 0
        if not category_path_line(lines[k], body, after_path=True):
            return 0
    return 0


def without_form_lines(entries: list[PdfEntry]) -> list[PdfEntry]:
    """The entries without the form's category lines they end with (:func:`form_line`), a
    site's record controls (:func:`controls_line`) and lines of a profile site's control words
    anywhere in them (:func:`site_control_line`): the form's notes on the paper, no field of
    its citation. The CV's text size is the size most
    of its entries' words are printed in; an entry that would keep no line stays whole."""
    sizes = Counter(round(w.size, 1) for e in entries for el in e.lines for w in el.words)
    if not sizes:
        return entries
    body = sizes.most_common(1)[0][0]
    out = []
    for e in entries:
        k = len(e.lines) - _classification_lines(e.lines, body)
        while k > 1 and (form_line(e.lines[k - 1], body) or controls_line(e.lines[k - 1], body)):
            k -= 1
        kept = [el for el in e.lines[:k] if not site_control_line(el)] or e.lines[:k]
        out.append(e if len(kept) == len(e.lines) else dataclasses.replace(e, lines=kept))
    return out
