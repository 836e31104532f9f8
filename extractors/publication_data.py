"""Publication lists kept as site data files: Jekyll ``_data/*.yml|yaml`` lists that a
template renders into a publications page, and the same shape in JSON (a site's
``publications.json``, a CSL-JSON export, also as JSON Lines: one item a line) and TOML (Hugo's ``data/publications.toml``).

The file is parsed with a real parser (PyYAML's safe loader, ``json``, ``tomllib``); what makes it a
publication list is its shape, decided by :func:`shape_holds`: lists of mappings most of
which have a title-like key and an author- or year-like key. The lists may sit at the top,
under a wrapping key (``publications: [...]``), in a mapping of groups (a year or a kind to
its list) or in sections (``- section: Articles`` / ``items: [...]``). A top-level mapping
with a title and names or a year of its own is one work's metadata (a ``CITATION.cff``, a
``_config.yml``, a ``package.json``), never a list of publications, whatever lists it
holds (a CFF file's ``references``); a top-level title alone is a page's heading over its
lists. A list of ``{title, url}`` mappings with no names or years is navigation. Groups
that a CV keeps beside its publications (``education:``, ``talks:``, ``- section: Awards``,
told by the CV readers' heading words) are not read.

Fields are read by the key synonyms of :data:`FIELD_KEYS` (one table, with where each name
comes from). Author strings go through :func:`author_lists.split_author_list` (the owner's
``**bold**``, ``__underscores__`` or ``<b>`` markup removed first); author lists may hold
strings or mappings (``name``; ``given``/``family``; ``first``/``last``). An entry with no
title is an entry reject naming the keys it has; a file that does not parse is a document
error naming the file and the parser's line.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from typing import Any, Iterator

from .author_lists import given_first, split_author_list
from .base import Document, Draft, ExtractError, RecordError, excerpt
from .cv_pdf_layout import classify_heading
from .markdown_front_matter import CSL_TYPES, NAME_MARKS, plain, venue_text

NAME = "publication_data"
VERSION = 4  # 4: a markdown page with a front matter left to the markdown readers (_MARKDOWN_SUFFIXES); 3: JSON Resume's publications, values wrapped as {"value": ...} (ORCID's JSON); 2: TOML data files, an edited book's editors, Crossref JSON's lists, dates and types;
#   CSL items under any label (CSL-YAML "references:"), CSL types, CSL name suffix, "In *Venue*"

# Field -> the keys that hold it, in order of preference (keys compared lower-cased, "-" and
# " " read as "_"). Provenance: Jekyll / al-folio / academicpages data files and their
# templates (title, authors, author, year, date, venue, journal, conference, link, pdf),
# BibTeX field names written as keys (booktitle, publisher, key), CSL-JSON (container_title,
# issued, DOI, URL), Citation File Format's names (given_names/family_names, in NAME_PARTS;
# date_released of the software, date_published and collection_title of a reference).
FIELD_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("title", "paper_title", "paper"),
    "authors": ("authors", "author", "author_list"),
    "year": ("year", "date", "issued", "published", "publication_date", "pub_date", "pubdate", "pub_year",
             "published_print", "published_online", "date_published", "date_released"),
    "venue": ("venue", "journal", "booktitle", "container_title", "journal_title", "conference", "publication",
              "collection_title", "series", "publisher"),
    "doi": ("doi",),
    "url": ("url", "link", "paperurl", "paper_url", "html", "pdf", "url_pdf"),
    "id": ("id", "key", "citekey", "citation_key", "bibtex_key"),
    "arxiv": ("arxiv", "eprint", "arxiv_id"),
    "abstract": ("abstract",),
    "type": ("type", "category", "kind", "pub_type"),
}
# A person as a mapping: its full name, else its given and family parts (CSL: given /
# dropping-particle / non-dropping-particle / family; CFF: given_names / name_particle / family_names; first / last).
NAME_FULL = ("name", "full_name", "fullname", "literal", "display_name")
NAME_PARTS = (("given", "given_names", "first", "first_name", "firstname", "given_name"),
              ("dropping_particle",),
              ("non_dropping_particle", "name_particle", "particle", "von"),
              ("family", "family_names", "last", "last_name", "lastname", "family_name", "surname"))
# A person's generational suffix (CSL: suffix; CFF: name_suffix), printed after a comma.
NAME_SUFFIX = ("suffix", "name_suffix")
# The entry types of BibTeX, CSL and site templates, and section / group labels, as record types.
_TYPES = {"article": "journal", "journal": "journal", "journals": "journal", "article_journal": "journal",
          "inproceedings": "conference", "conference": "conference", "conferences": "conference",
          "paper_conference": "conference", "proceedings": "conference", "preprint": "preprint",
          "preprints": "preprint", "unpublished": "preprint", "misc": "preprint", "thesis": "thesis",
          "phdthesis": "thesis", "book": "book", "chapter": "chapter", "incollection": "chapter",
          "techreport": "report", "report": "report",
          # Crossref's work types (its REST API's /types), which its JSON export writes
          "journal_article": "journal", "proceedings_article": "conference", "book_chapter": "chapter",
          "posted_content": "preprint", "dissertation": "thesis", "monograph": "book", "edited_book": "book",
          # Citation File Format's reference types (CFF 1.2.0 schema's "type" of a reference)
          "conference_paper": "conference", "software": "software", "software_code": "software"}
log = logging.getLogger(__name__)
_KEYS_OF = {k: field for field, keys in FIELD_KEYS.items() for k in keys}
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_MAX_DEPTH = 4
_SNIFF_BYTES = 20_000_000
_DATA_SUFFIXES = (".yml", ".yaml", ".json", ".toml")
# A markdown page (by its name) that opens with a front matter is no data file, though YAML
# reads its front matter as a first document and may read its body as a second ("# Heading" a
# comment, "- item" a list of strings): it is the markdown readers' (markdown_page reads a
# front matter's reference list with this module's rules, and the body with it).
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".qmd", ".rmd", ".mdx")
_FRONT_MATTER_OPEN = re.compile(r"\A\ufeff?(?:---|\+\+\+)[ \t]*\r?\n")
# The first meaningful line of a YAML or JSON data file: a document marker, a list item, a
# JSON bracket, or a "key:" line (comment lines and blank lines before it skipped).
_DATA_HEAD = re.compile(r"\A(?:---\s*$|-(?:\s|$)|[\[{]|[\"']?[\w.\- ]{1,60}[\"']?\s*:(?:\s|$))")
# The first meaningful line of a TOML data file (Hugo's ``data/*.toml``): a table header
# ("[[publications]]", "[2021]") or a "key = value" line.
_TOML_HEAD = re.compile(r"""\A\s*(?:\[\[?\s*[\w.\-"' ]+\s*\]\]?\s*(?:#.*)?$|[\w.\-"']{1,60}\s*=\s*\S)""")


def _key(k: Any) -> str:
    return re.sub(r"[-\s]+", "_", str(k).strip().lower())


def _fields(item: dict) -> dict[str, Any]:
    """The entry's values by field (:data:`FIELD_KEYS`), the first key in preference order
    that holds something."""
    by_key = {_key(k): v for k, v in item.items()}
    out = {}
    for field, keys in FIELD_KEYS.items():
        for k in keys:
            v = by_key.get(k)
            if v not in (None, "", [], {}):
                out[field] = v
                break
    return out


def _is_entry_like(item: Any) -> bool:
    """A mapping with a field of a publication besides links: a title, names, a year or a venue."""
    return isinstance(item, dict) and any(_KEYS_OF.get(_key(k)) in ("title", "authors", "year", "venue")
                                          for k in item)


def _has(item: dict, field: str) -> bool:
    return any(_KEYS_OF.get(_key(k)) == field and item[k] not in (None, "", [], {}) for k in item)


# --------------------------------------------------------------------------- parsing


def parse(doc: Document) -> list[Any]:
    """The file's documents: its TOML value when its first line is TOML's (``_TOML_HEAD``),
    else its JSON value, else every non-empty YAML document of it (a
    file opened and closed by "---" lines is two documents, the second empty). Raises
    ExtractError naming the file and the parser's problem and line (JSON's when the file
    opens as JSON and neither parser reads it), or saying it nests too deeply."""
    try:
        return _parse(doc)
    except RecursionError:
        raise ExtractError(doc.source_uri, "nested too deeply to read") from None


def _first_line(text: str) -> str:
    """The first line that is neither blank nor a comment (YAML's and TOML's "#")."""
    lines = (ln for ln in text.lstrip("\ufeff").splitlines() if ln.strip() and not ln.lstrip().startswith("#"))
    return next(lines, "")


def _parse(doc: Document) -> list[Any]:
    text = doc.text
    if _TOML_HEAD.match(_first_line(text)):
        import tomllib

        try:
            return [tomllib.loads(text.lstrip("\ufeff"))]
        except tomllib.TOMLDecodeError as exc:
            if doc.source_uri.lower().endswith(".toml"):
                raise ExtractError(doc.source_uri, f"malformed TOML: {exc}") from None
            # else maybe YAML or JSON after all: their parsers decide
    json_error = None
    if text.lstrip()[:1] in ("[", "{"):
        try:
            return [json.loads(text)]
        except ValueError as exc:
            json_error = exc  # maybe YAML flow style: the YAML parser decides
            rows = _json_lines(text) if isinstance(exc, json.JSONDecodeError) and exc.msg == "Extra data" else None
            if rows is not None:
                return [rows]
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return [d for d in yaml.load_all(text, Loader=loader) if d is not None]
    except yaml.YAMLError as exc:
        if isinstance(json_error, json.JSONDecodeError):  # a JSON file (YAML's error would confuse)
            raise ExtractError(doc.source_uri, f"malformed JSON at line {json_error.lineno}, column "
                                               f"{json_error.colno}: {json_error.msg}") from None
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or " ".join(str(exc).split())[:200]
        raise ExtractError(doc.source_uri, f"malformed YAML{where}: {problem}") from None


def _json_lines(text: str) -> list[dict] | None:
    """A JSON Lines file (one object a line, a CSL-JSON export's items written line by line):
    its objects as one list; None when a line that is not blank is no JSON object."""
    rows = []
    for line in text.lstrip("\ufeff").splitlines():
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError:
            return None
        if not isinstance(row, dict):
            return None
        rows.append(row)
    return rows


Labels = tuple[str, ...]  # the labels of the groups an entry sits in, outermost first


def entries(data: Any, labels: Labels = (), depth: int = 0) -> list[tuple[Labels, Any]]:
    """(the labels of its groups, item) of each entry of the data, in file order: the items
    of lists whose items are mostly entry-like mappings, found at the top, under wrapping
    keys, in mappings of groups and in sections. An item of such a list that is not a
    mapping (a bare string) is kept, to be rejected, not dropped."""
    if depth > _MAX_DEPTH:
        return []
    if isinstance(data, list):
        if _entry_list(data):
            out = []
            for item in data:
                if isinstance(item, dict) and not _has(item, "title") and _groups_inside(item):
                    out += _section(item, labels, depth)
                else:
                    out.append((labels, item))
            return out
        return [e for item in data for e in (_section(item, labels, depth) if isinstance(item, dict) else [])]
    if isinstance(data, dict):
        return _group_entries(data, labels, depth)
    return []


def _group_entries(data: dict, labels: Labels, depth: int) -> list[tuple[Labels, Any]]:
    """The entries of a mapping that is no entry: a mapping of keys ("lee2021") to entries,
    else of group labels (a year, a kind, a wrapping "publications") to lists or groups;
    groups of other CV items (:func:`_other_section`) are not read."""
    values = list(data.values())
    titled = sum(1 for v in values if isinstance(v, dict) and _has(v, "title"))
    if len(values) >= 2 and _entry_list(values) and titled * 2 > len(values):
        return [(labels, v) for v in values]
    out = []
    for k, v in data.items():
        if isinstance(v, (list, dict)) and _KEYS_OF.get(_key(k)) != "authors" and (
                not _other_section(str(k)) or _csl_list(v)):
            out += entries(v, labels + (str(k),), depth + 1)
    return out


# Keys that only CSL items have (CSL-JSON, and pandoc's CSL-YAML ``references:``): site
# templates and BibTeX-like files say year/date and journal/venue.
_CSL_KEYS = frozenset({"issued", "container_title"})


def _is_csl(item: Any) -> bool:
    return isinstance(item, dict) and any(_key(k) in _CSL_KEYS for k in item)


def _csl_list(value: Any) -> bool:
    """A list that is mostly CSL items: a bibliography whatever its group's label says (pandoc
    keeps CSL-YAML under ``references:``, which in a CV's data file heads its referees)."""
    return isinstance(value, list) and bool(value) and sum(map(_is_csl, value)) * 2 > len(value)


def _entry_list(items: list) -> bool:
    """Mostly (more than half) entry-like mappings that are not section wrappers."""
    good = sum(1 for i in items if _is_entry_like(i) and (_has(i, "title") or not _groups_inside(i)))
    return bool(items) and good * 2 > len(items)


def _groups_inside(item: dict) -> bool:
    """A mapping holding a list of mappings under a key that is no field (a section's ``items``)."""
    return any(isinstance(v, list) and any(isinstance(x, dict) for x in v) and _KEYS_OF.get(_key(k)) is None
               for k, v in item.items())


def _section(item: dict, labels: Labels, depth: int) -> list[tuple[Labels, Any]]:
    """The entries of a section mapping: its label (a scalar value, "section: Articles") and
    its lists of entries."""
    scalars = [plain(v) for k, v in item.items() if not isinstance(v, (list, dict)) and plain(v)]
    if scalars and _other_section(scalars[0]):
        return []
    here = labels + tuple(scalars[:1])
    return [e for k, v in item.items() if isinstance(v, (list, dict)) for e in entries(v, here, depth + 1)]


def own_metadata(data: Any) -> bool:
    """One work's own metadata: a mapping with a title and names or a year (CITATION.cff,
    _config.yml, package.json), or a CFF file by its version key."""
    return isinstance(data, dict) and (
        (_has(data, "title") and (_has(data, "authors") or _has(data, "year"))) or "cff-version" in data)


def all_entries(docs: list[Any]) -> list[tuple[Labels, Any]]:
    return [e for d in docs for e in entries(d)]


def _other_section(label: str) -> bool:
    """A group a CV keeps beside its publications (education, talks, awards, teaching...),
    by the CV readers' heading words: its items are no publications and are not read."""
    if classify_heading(label) != "skip":
        return False
    log.debug("a group of other items than publications, not read: %s", label[:80])
    return True


def shape_holds(docs: list[Any]) -> bool:
    """A publication list: no document is one work's own metadata (:func:`own_metadata`),
    and among the entries found most have a title and most of those a name or a year."""
    if any(own_metadata(d) for d in docs):
        return False
    found = [item for _, item in all_entries(docs)]
    titled = [i for i in found if isinstance(i, dict) and _has(i, "title")]
    if not titled or len(titled) * 2 <= len(found):
        return False
    described = sum(1 for i in titled if _has(i, "authors") or _has(i, "year"))
    return described * 2 > len(titled)


# --------------------------------------------------------------------------- fields


def person_names(value: Any) -> list[str]:
    """The names one author item gives: a string (maybe "Last, First", maybe several names),
    or a mapping of a full name (itself a string or a mapping of parts: Quarto's ``name:
    {given, family}``) or of its parts, with a suffix after a comma ("Ann Lee, Jr.")."""
    if isinstance(value, dict):
        by_key = {_key(k): v for k, v in value.items()}
        for k in NAME_FULL:
            if isinstance(by_key.get(k), dict) or plain(by_key.get(k)):
                return person_names(by_key[k])
        parts = [next((plain(by_key.get(k)) for k in keys if plain(by_key.get(k))), "") for keys in NAME_PARTS]
        name = " ".join(p for p in parts if p)
        suffix = next((plain(by_key.get(k)) for k in NAME_SUFFIX if plain(by_key.get(k))), "")
        return [f"{name}, {suffix}" if suffix else name] if name else []
    text = plain(value)
    return split_author_list(text)[0] if text else []


def authors_of(value: Any) -> tuple[list[str], bool]:
    """(names given name first, truncated) of an author field: a string through the project's
    list splitter, or a list of strings or of name mappings."""
    if isinstance(value, list):
        names, truncated = [], False
        for item in value:
            text = plain(item) if not isinstance(item, dict) else ""
            if re.fullmatch(r"(?:et\.?\s*al\.?|others|\.\.\.|…)", text, re.I):
                truncated = True
                continue
            names += person_names(item)
    else:
        names, truncated = split_author_list(plain(value))
    names = [NAME_MARKS.sub("", n).strip() for n in names]
    return given_first([n for n in names if n]), truncated


def year_of(value: Any) -> int | None:
    """The year of a year or date value: 2021, "2021", "(2021)", "March 2021", a YAML date,
    CSL's {"date-parts": [[2021, 3]]}."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 1800 <= value <= 2099 else None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.year
    if isinstance(value, dict):
        by_key = {_key(k): v for k, v in value.items()}
        parts = by_key.get("date_parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            return year_of(parts[0][0])
        return year_of(by_key.get("year") or by_key.get("raw") or by_key.get("literal") or by_key.get("value"))
    m = _YEAR.search(str(value or ""))
    return int(m.group(1)) if m else None


# A scalar wrapped in a mapping of its own, ``{"value": ...}``: ORCID's JSON wraps every value
# so, and a title twice (``"title": {"title": {"value": "..."}, "subtitle": null}``); the
# wrappers are looked through, at most this many deep.
_WRAPPED_DEPTH = 3


def _text(value: Any) -> str | None:
    """A scalar field's plain text; a mapping's name or title (``venue: {name: ...}``); a list's
    first text (Crossref's JSON gives ``"container-title": ["Journal of X"]``)."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, (str, dict)) and _text(v)), None)
    for _ in range(_WRAPPED_DEPTH):
        if not isinstance(value, dict):
            break
        by_key = {_key(k): v for k, v in value.items()}
        value = by_key.get("name") or by_key.get("title") or by_key.get("value")
    return plain(value) if not isinstance(value, dict) else None


def _venue(value: Any) -> str | None:
    """A venue's text: a mapping's name (``_text``), a string without the "In" that cites it
    (``venue_text``: "In *Proc. ICML*")."""
    return _text(value) if isinstance(value, (dict, list)) else (venue_text(value) or None)


def _kind(fields: dict, labels: Labels, csl: bool = False) -> str | None:
    """The record type of the entry's type key (a CSL item's by CSL's types, where "article"
    is a preprint), else of the nearest group label that names one ("Journal articles"; a
    year -> kind -> list file has it one level up from the year)."""
    kind = CSL_TYPES.get(plain(fields.get("type")).lower()) if csl else None
    kind = kind or _TYPES.get(_key(plain(fields.get("type"))))
    for label in reversed(labels):
        if kind:
            break
        kind = _TYPES.get(_key(label)) or next((_TYPES[w] for w in _key(label).split("_") if w in _TYPES), None)
    return kind


def _label_year(labels: Labels) -> int | None:
    """The nearest group label that is a year (a mapping of year -> entries, at any level)."""
    return next((int(label) for label in reversed(labels) if re.fullmatch(r"\s*(?:1[89]|20)\d\d\s*", label)), None)


def draft(ordinal: int, item: dict, labels: Labels = ()) -> Draft | RecordError:
    fields = _fields(item)
    raw = excerpt(json.dumps(item, default=str, ensure_ascii=False), 500)
    title = _text(fields.get("title"))
    if not title:
        keys = ", ".join(str(k) for k in item) or "none"
        return RecordError(ordinal, f"entry has no title (its keys: {keys})", raw)
    kind = _kind(fields, labels, _is_csl(item))
    names = fields.get("authors")
    if names is None and kind == "book":
        names = next((v for k, v in item.items() if _key(k) in ("editor", "editors") and v), None)  # an edited volume
    authors, truncated = authors_of(names) if names is not None else ([], False)
    year = year_of(fields.get("year"))
    if year is None:
        year = _label_year(labels)
    return Draft(ordinal=ordinal, title=title, authors=authors, authors_truncated=truncated,
                 year=year, venue=_venue(fields.get("venue")), record_type=kind,
                 source_record_id=_text(fields.get("id")), doi=_text(fields.get("doi")),
                 url=_text(fields.get("url")), arxiv_id=_text(fields.get("arxiv")),
                 abstract=_text(fields.get("abstract")), ids_from_text=False, raw=raw)


# JSON Resume (jsonresume.org, its schema's "publications" section): a person's resume whose
# publications are {name, publisher, releaseDate, url, summary}, no authors; read under the
# fields' names of FIELD_KEYS. Told by its "basics" mapping beside the "publications" list.
JSON_RESUME_KEYS = {"name": "title", "publisher": "venue", "releaseDate": "date", "url": "url", "summary": "abstract"}


def is_json_resume(data: Any) -> bool:
    return (isinstance(data, dict) and isinstance(data.get("basics"), dict)
            and isinstance(data.get("publications"), list) and bool(data["publications"]))


def json_resume_entries(data: dict) -> list[tuple[Labels, Any]]:
    """A JSON Resume's publications, each under the fields' names (an item that is no mapping
    kept, to be rejected); its other sections (work, education, ...) are no publications."""
    return [(("publications",), {JSON_RESUME_KEYS.get(k, k): v for k, v in item.items()} if isinstance(item, dict)
             else item) for item in data["publications"]]


def is_cff(data: Any) -> bool:
    """A Citation File Format file (``CITATION.cff``): a mapping with its ``cff-version``."""
    return isinstance(data, dict) and "cff-version" in data


def cff_entries(data: dict) -> list[tuple[Labels, Any]]:
    """The works a ``CITATION.cff`` names: the software it describes (its own title, authors,
    ``date-released``, ``doi``; record type software), then its ``preferred-citation`` (the
    paper to cite instead: one work), then each of its ``references`` (the works it cites). A
    reference that is no mapping is kept, to be rejected."""
    own = {k: v for k, v in data.items() if _key(k) not in ("references", "preferred_citation")}
    own.setdefault("type", "software")
    out: list[tuple[Labels, Any]] = [(("software",), own)]
    preferred = data.get("preferred-citation")
    if preferred is not None:
        out.append((("preferred-citation",), preferred))
    references = data.get("references")
    if isinstance(references, list):
        out += [(("references",), item) for item in references]
    return out


class PublicationDataExtractor:
    name = NAME
    version = VERSION
    sniff_ceiling = 0.9  # the most sniff returns (detect skips it when a sniffer beat that)

    def sniff(self, doc: Document) -> float:
        if len(doc.data) > _SNIFF_BYTES:
            return 0.0
        try:
            text = doc.text
        except ExtractError:
            return 0.0
        first = _first_line(text)
        if not (_DATA_HEAD.match(first) or _TOML_HEAD.match(first)):
            return 0.0
        if doc.source_uri.lower().endswith(_MARKDOWN_SUFFIXES) and _FRONT_MATTER_OPEN.match(text):
            return 0.0  # a markdown page with its front matter (_MARKDOWN_SUFFIXES)
        try:
            docs = parse(doc)
        except ExtractError:
            # a file named as data that does not parse, but whose keys say it is a publication
            # list: read as one so that the error names the problem (a reject, not "unknown")
            named = doc.source_uri.lower().endswith(_DATA_SUFFIXES)
            return 0.6 if named and _keys_look_like_entries(text) else 0.0
        if len(docs) == 1 and (is_cff(docs[0]) or is_json_resume(docs[0])):
            return self.sniff_ceiling
        return self.sniff_ceiling if shape_holds(docs) else 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        docs = parse(doc)
        if len(docs) == 1 and is_cff(docs[0]):
            found = cff_entries(docs[0])
        elif len(docs) == 1 and is_json_resume(docs[0]):
            found = json_resume_entries(docs[0])
        elif not shape_holds(docs):
            raise ExtractError(doc.source_uri, "not a publication list: no list of mappings with titles and "
                                               "authors or years")
        else:
            found = all_entries(docs)
        for ordinal, (labels, item) in enumerate(found, start=1):
            if not isinstance(item, dict):
                yield RecordError(ordinal, "list item is not a mapping of fields", excerpt(str(item)))
                continue
            yield draft(ordinal, item, labels)


def _key_pattern(names: str) -> re.Pattern:
    """A key of ``names`` at a line's start, after "- ", "{" or "," (YAML, JSON or TOML text)."""
    return re.compile(r"(?:^|[{,]|-\s)\s*[\"']?(?:" + names + r")[\"']?\s*[:=]", re.M | re.I)


_TITLE_KEY = _key_pattern("title")
_NAMES_OR_YEAR_KEY = _key_pattern("authors?|year|date")


def _keys_look_like_entries(text: str) -> bool:
    """Raw text with a title key and an author or year key (a list that failed to parse)."""
    return bool(_TITLE_KEY.search(text) and _NAMES_OR_YEAR_KEY.search(text))
