"""A records table (``ingest --kind records``: CSV, JSON Lines, Parquet) normalized and
identified column by column, straight into the ``records`` Arrow table.

The row path is the reference: ``RecordsTableExtractor.extract`` -> ``normalize`` ->
``identify_one`` -> the ``records`` schema, one Python dict per record. This module gives
the same table (tests/test_records_columnar.py holds the two equal) in less time, because a
table repeats its values: each distinct title, author list, venue, year, ... is normalized
once, by the same functions, and the rows are put together by lookups. A row whose outcome
the columns cannot tell is handed to the row path (``one``) at its place:

* a value that is neither a string, a number nor a list of strings, or two keys that are
  one column once lower-cased (distinct values are told apart by type and ``==``);
* a row the row path rejects (no title, a year that is no year, a title that cleans to
  nothing) or a value one of whose normalizers raised;
A row whose text may hold an identifier is built here too, with the arXiv id, DOI and code
URL that ``identifiers`` of its draft gives, as in ``normalize``: ``Draft.raw`` (the row's
JSON) and the abstract, URL and venue are searched for them (``normalizers.identifiers``),
and a match needs the literal parts of those patterns in one value or key: "arx" with ":"
or ".org/", "10." with "/", "hub.com/" or "lab.com/" (``screen``). The rows with none of
them (nearly all) need no draft.

Pure: no I/O. Whatever raises here, the caller runs the document by the row path instead.
"""

from __future__ import annotations

import gc
import json
from collections import Counter
from contextlib import contextmanager
from datetime import date
from itertools import chain, compress
from operator import itemgetter
from typing import Any, Callable, Iterable, Iterator

import numpy as np

from extractors.base import Draft, RecordError
from extractors.records_table import column_names, draft, has_title, opt, source_id, split_author_field, year_of

from .identifiers import normalize_arxiv_id, normalize_doi
from .names import clean_name, name_key
from .record import _content_keys, content_digest, entry_key_of, identifiers, identify_one, normalize, record_id, unique_key
from .text import clean_text
from .titles import display_title, title_key
from .venues import parse_venue

# Rows read, normalized and packed into one Arrow table at a time: the memory of a large
# table stays that of a chunk (the row path packs 5,000 rows at a time).
CHUNK_ROWS = 5_000

# A value's bits (``screen``, the column functions): it may give the row an arXiv id, DOI
# or code URL from its text; the row path must take the row; the row's own arXiv id / DOI
# column gives none (then ARXIV / DOI matter).
ARXIV, DOI, CODE, EXACT, NO_ARXIV, NO_DOI = 1, 2, 4, 8, 16, 32

_RAW_JSON = json.JSONEncoder(default=str, ensure_ascii=False)  # Draft.raw's (records_table._ROW_JSON)
_CONTENT_JSON = json.JSONEncoder(default=str)  # content_hash's
_NONE_TYPE = type(None)
_STR_COLUMN = frozenset({str, _NONE_TYPE})
_INT_COLUMN = frozenset({int, _NONE_TYPE})
_SCALAR = frozenset({str, int, float, bool, _NONE_TYPE})
_UNHASHABLE = object()
_NO_CODE = (0, None, "null")  # the code URL column of a row whose text holds none  # the key of a value the columns do not handle: its row takes the row path

# The content columns that differ between rows of a records table; every other column is
# the same in every row that the columns build (``_constants``). In sorted order, as
# content_hash writes them.
VARYING = ("abstract", "arxiv_id", "arxiv_version", "author_count", "author_keys", "authors", "code_url", "doi",
           "is_workshop", "source_record_id", "title", "title_key", "url", "venue", "venue_acronym",
           "venue_kind", "year")
assert tuple(sorted(VARYING)) == VARYING


def screen(text: str) -> int:
    """ARXIV, DOI, CODE: the identifiers whose patterns' literal parts ``text`` holds."""
    low = text.lower()
    return ((ARXIV if "arx" in low and (":" in text or ".org/" in low) else 0)
            | (DOI if "10." in text and "/" in text else 0)
            | (CODE if "hub.com/" in low or "lab.com/" in low else 0))


def _str_bits(text: str) -> int:
    """``screen`` of a string as the row's JSON, its ``repr`` (in a list's ``str``) and
    itself: escapes add letters and digits only to a string with unprintable characters."""
    if text.isprintable():
        return screen(text)
    return screen(text) | screen(_RAW_JSON.encode(text)) | screen(repr(text))


def _value_bits(value: Any) -> int:
    """``screen`` of a value as the row's JSON and as the text the row path makes of it."""
    kind = type(value)
    if kind is str:
        return _str_bits(value)
    if value is None or kind in (int, float, bool):
        return 0  # JSON numbers, true/false/null: no letters, no "/"
    if kind is list and all(type(v) is str for v in value):
        return _str_bits(" ".join(value))  # no pattern spans two elements, whatever joins them
    return screen(str(value)) | screen(_RAW_JSON.encode(value))


def _json(value: Any) -> str:
    """``value`` as content_hash's JSON writes it (strings, lists of strings, ints, bools, None
    by json's own C functions)."""
    kind = type(value)
    if kind is str:
        return _STR_JSON(value)
    if value is None:
        return "null"
    if kind is list and all(type(v) is str for v in value):
        return "[" + ", ".join(map(_STR_JSON, value)) + "]"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    return _CONTENT_JSON.encode(value)


_STR_JSON = json.encoder.encode_basestring_ascii  # what _CONTENT_JSON writes a string with


def _key(value: Any) -> Any:
    """A dict key that tells ``value`` apart from every value the row path treats otherwise."""
    kind = type(value)
    if kind is list:
        return (list, tuple(value)) if all(type(v) is str for v in value) else _UNHASHABLE
    if kind in (str, int, float, bool) or value is None:
        return (kind, value)
    return _UNHASHABLE


def _keys(column: tuple) -> tuple | list:
    """The column's values as dict keys (``_key``): the values themselves when they are all
    strings or all integers (with None), which ``==`` cannot confuse; tuples when they are
    all lists of strings."""
    kinds = set(map(type, column))
    if kinds <= _STR_COLUMN or kinds <= _INT_COLUMN:
        return column
    if kinds == {list} and set(map(type, chain.from_iterable(column))) <= {str}:
        return list(map(tuple, column))
    return list(map(_key, column))


# ----------------------------------------------------------------------- column functions
# Each takes one distinct value of its column and returns (bits, outputs...), or None when a
# row holding the value must take the row path; ``_Columns.lookup`` adds the value's
# ``screen`` bits. The outputs are what ``draft`` and
# ``normalize`` make of the value, with their JSON as content_hash writes it.


def _title(value: Any):
    if not has_title(value):
        return None
    title = display_title(str(value))
    if not title:
        return None  # normalize rejects it
    key = title_key(title)
    return 0, title, key, _json(title), _json(key)


def _year(value: Any):
    try:
        return 0, year_of(value)
    except ValueError:
        return None  # draft rejects it


def _id(value: Any):
    ident = source_id(value)
    return 0, ident, _json(ident)


def _authors(value: Any):
    authors = [n for n in map(clean_name, split_author_field(value)) if n]
    keys = list(map(name_key, authors))
    return (0, authors, keys, keys[0] if keys else "", "[" + ", ".join(map(_STR_JSON, authors)) + "]",
            "[" + ", ".join(map(_STR_JSON, keys)) + "]", _json(len(authors) if authors else None))


def _venue(value: Any):
    venue = parse_venue(opt(value))
    return (0, venue.name, venue.acronym, venue.year, venue.is_workshop, venue.kind,
            _json(venue.name), _json(venue.acronym),
            _json(venue.is_workshop), _json(venue.kind))


def _abstract(value: Any):
    text = opt(value)
    abstract = None if text is None else (clean_text(text) or None)
    return 0, abstract, _json(abstract)


def _doi(value: Any):
    doi = normalize_doi(opt(value))
    return (NO_DOI if doi is None else 0), doi, _json(doi)


def _arxiv(value: Any):
    arxiv_id, version = normalize_arxiv_id(opt(value))
    return ((NO_ARXIV if arxiv_id is None else 0), arxiv_id, version,
            _json(arxiv_id), _json(version))


def _url(value: Any):
    url = opt(value)
    return 0, url, _json(url)


def _other(value: Any):
    return (0,)


COLUMNS: dict[str, Callable] = {"title": _title, "year": _year, "id": _id, "authors": _authors, "venue": _venue,
                                "abstract": _abstract, "doi": _doi, "arxiv_id": _arxiv, "url": _url}


class _Columns:
    """One chunk's distinct values, each column's normalized once (per chunk: a table's
    ids and titles are mostly distinct, and what repeats across chunks the normalizers'
    own caches hold)."""

    def __init__(self):
        self.results: dict[str, dict] = {name: {} for name in [*COLUMNS, ""]}
        self.bits: dict[str, dict] = {name: {} for name in [*COLUMNS, ""]}

    def lookup(self, name: str, column: tuple) -> tuple[list, np.ndarray]:
        """(each row's result, each row's bits) for one column of ``name`` ("": a column
        the records table does not read)."""
        keys = _keys(column)
        results, bits = self.results[name], self.bits[name]
        function = COLUMNS.get(name, _other)
        distinct = dict(zip(keys, column))
        new = [(key, distinct[key]) for key in distinct.keys() - results.keys()]
        for (key, value), screened in zip(new, _screen_all([v for _, v in new])):
            try:
                result = None if key is _UNHASHABLE else function(value)
            except Exception:  # the row path raises or rejects it
                result = None
            results[key] = result
            bits[key] = EXACT if result is None else result[0] | screened
        return list(map(results.__getitem__, keys)), np.fromiter(map(bits.__getitem__, keys), np.uint8, len(keys))


def _screen_all(values: list) -> list[int]:
    """``_value_bits`` of each value: all 0 at once when the values are strings and numbers
    and none holds an identifier pattern's first literal."""
    kinds = set(map(type, values))
    strings = None
    if kinds <= _SCALAR:
        strings = [v for v in values if type(v) is str]
    elif kinds == {list} and set(map(type, chain.from_iterable(values))) <= {str}:
        strings = chain.from_iterable(values)  # no pattern spans two elements
    if strings is not None:
        text = " ".join(strings)
        if text.isprintable():
            low = text.lower()
            if not ("arx" in low or "10." in low or "hub.com/" in low or "lab.com/" in low):
                return [0] * len(values)
    return list(map(_value_bits, values))


def _row_path(bits: np.ndarray) -> np.ndarray:
    """Which rows the row path must take, from the OR of their values' bits."""
    return (bits & EXACT) != 0


def _from_text(bits: np.ndarray) -> np.ndarray:
    """Which rows may take an identifier from their text (``normalize``'s ``identifiers``
    of the row's draft decides)."""
    return ((bits & CODE) != 0) | ((bits & ARXIV) * (bits & NO_ARXIV) != 0) | ((bits & DOI) * (bits & NO_DOI) != 0)


def _constants(source_kind: str, label: str) -> dict:
    """The columns that are the same in every row the columns build: those of a draft with
    only a title, as ``normalize`` writes them."""
    return normalize(Draft(ordinal=1, title="x"), doc_id="", source_uri="", source_kind=source_kind,
                     extractor=label, capture=date(2000, 1, 1))


def _template(constants: dict) -> str:
    """content_hash's JSON of a row, with ``%s`` for each of ``VARYING``."""
    keys = _content_keys(tuple(constants))
    assert set(VARYING) <= set(keys)
    return "{" + ", ".join(f"{_json(k)}: " + (
        "%s" if k in VARYING else _json(constants[k]).replace("%", "%%")) for k in keys) + "}"


def normalize_table(rows: Iterable[tuple[int, dict | Exception]], one: Callable[[Draft | RecordError], dict | None], *,
                    doc_id: str, source_uri: str, source_kind: str, label: str) -> Iterator:
    """The ``records`` Arrow tables (one per ``CHUNK_ROWS`` rows) of a records table's
    ``rows`` (``RecordsTableExtractor.rows``). ``one`` takes an entry by the row path:
    normalizes a draft, or reports the reject of a draft or RecordError, returning None."""
    import pyarrow as pa
    import pyarrow.compute  # noqa: F401  (pa.compute.sort_indices)

    from schemas import TABLES

    schema = TABLES["records"]
    constants = _constants(source_kind, label)
    constants.update(doc_id=doc_id, source_uri=source_uri)
    template = _template(constants)
    names_of: dict[tuple, tuple[str, ...]] = {}
    seen: Counter[str] = Counter()
    chunk: list = []
    with _no_cycle_collection():
        for item in rows:
            chunk.append(item)
            if len(chunk) == CHUNK_ROWS:
                yield _chunk(chunk, one, _Columns(), names_of, seen, constants, template, schema, pa)
                chunk = []
        if chunk:
            yield _chunk(chunk, one, _Columns(), names_of, seen, constants, template, schema, pa)


@contextmanager
def _no_cycle_collection():
    """The cycle collector paused: the parsed rows and the distinct values are many small
    containers without cycles, which it would otherwise walk again and again (a third of
    the time); whatever cycles are left it collects once it runs again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _chunk(chunk: list, one, columns: _Columns, names_of: dict, seen: Counter, constants: dict, template: str,
           schema, pa):
    """One chunk of rows -> its ``records`` table, rows in document order."""
    groups: dict[tuple, list] = {}  # the rows of each key tuple, in order
    slow: list[tuple[int, Any]] = []  # (ordinal, Draft | RecordError) for the row path
    for ordinal, row in chunk:
        if isinstance(row, Exception):
            slow.append((ordinal, RecordError(ordinal, str(row), "")))
        else:
            groups.setdefault(tuple(row), []).append((ordinal, row))
    fast: list[tuple] = []  # per group: (ordinals, {column: results}) of the rows built here
    for keys, members in groups.items():
        names = names_of.get(keys) or names_of.setdefault(keys, column_names(keys))
        if len(set(names)) < len(names):  # two keys, one column: the row path decides which value wins
            slow += [(o, draft(o, r, names)) for o, r in members]
            continue
        n = len(members)
        values = dict(zip(names, zip(*(r.values() for _, r in members))))
        bits = np.zeros(n, np.uint8)
        for name in names:  # a key can itself hold an identifier's letters
            bits |= _value_bits(name)
        results = {}
        for name, column in values.items():
            result, b = columns.lookup(name if name in COLUMNS else "", column)
            bits |= b
            if name in COLUMNS:
                results[name] = result
        for name in COLUMNS.keys() - values.keys():
            results[name], b = columns.lookup(name, (None,) * n)
            bits |= b
        exact = _row_path(bits)
        if exact.any():
            slow += [(o, draft(o, r, names)) for (o, r), e in zip(members, exact.tolist()) if e]
            keep = (~exact).tolist()
            members = list(compress(members, keep))
            bits = bits[~exact]
            results = {name: list(compress(r, keep)) for name, r in results.items()}
        results["code_url"] = [_NO_CODE] * len(members)
        for k in np.flatnonzero(_from_text(bits)).tolist():  # the draft's text may hold an identifier
            o, r = members[k]
            arxiv_id, version, doi, code_url = identifiers(draft(o, r, names))
            results["arxiv_id"][k] = (0, arxiv_id, version, _json(arxiv_id), _json(version))
            results["doi"][k] = (0, doi, _json(doi))
            results["code_url"][k] = (0, code_url, _json(code_url))
        if members:
            fast.append(([o for o, _ in members], results))
    slow.sort(key=itemgetter(0))
    slow_rows = {o: row for o, item in slow if (row := one(item)) is not None}  # rejects in document order
    return _table(fast, slow_rows, seen, constants, template, schema, pa)


def _table(fast: list, slow_rows: dict, seen: Counter, constants: dict, template: str, schema, pa):
    """The chunk's table: the rows built from the columns and the row path's, identified in
    document order (an entry key's n-th occurrence is "key#n", whichever path built it)."""
    source_uri, source_kind = constants["source_uri"], constants["source_kind"]
    stable = entry_key_of(source_kind, "x", None, None, None, "", 0) == "src:x"  # kinds whose ids name entries
    ordinals: list[int] = []
    out: dict[str, list] = {name: [] for name in ("source_record_id", "title", "title_key", "authors",
                                                  "author_keys", "author_count", "year", "venue", "venue_acronym",
                                                  "is_workshop", "venue_kind", "abstract", "arxiv_id",
                                                  "arxiv_version", "doi", "url", "code_url")}
    keys: list[str] = []
    digests: list[str] = []
    for group_ordinals, r in fast:
        ordinals += group_ordinals
        t, y, i, a, v = r["title"], r["year"], r["id"], r["authors"], r["venue"]
        ab, d, x, u, c = r["abstract"], r["doi"], r["arxiv_id"], r["url"], r["code_url"]
        years = [yr[1] if yr[1] is not None else vn[3] for yr, vn in zip(y, v)]
        for name, column, field in (("source_record_id", i, 1), ("title", t, 1), ("title_key", t, 2),
                                    ("authors", a, 1), ("author_keys", a, 2), ("venue", v, 1),
                                    ("venue_acronym", v, 2), ("is_workshop", v, 4), ("venue_kind", v, 5),
                                    ("abstract", ab, 1), ("arxiv_id", x, 1), ("arxiv_version", x, 2),
                                    ("doi", d, 1), ("url", u, 1), ("code_url", c, 1)):
            out[name] += map(itemgetter(field), column)
        out["author_count"] += (len(authors) if authors else None for authors in map(itemgetter(1), a))
        out["year"] += years
        sids = list(map(itemgetter(1), i))
        if stable and all(sids):  # every row has its source's id: the key is "src:" + it
            keys += ["src:" + sid for sid in sids]
        else:
            keys += map(entry_key_of, [source_kind] * len(group_ordinals), sids, map(itemgetter(1), x),
                        map(itemgetter(1), d), map(itemgetter(2), t), map(itemgetter(3), a), group_ordinals)
        year_json = ["null" if yr is None else str(yr) for yr in years]
        # the VARYING columns' JSON, in VARYING's order
        body = zip(map(itemgetter(2), ab), map(itemgetter(3), x), map(itemgetter(4), x), map(itemgetter(6), a),
                   map(itemgetter(5), a), map(itemgetter(4), a), map(itemgetter(2), c), map(itemgetter(2), d),
                   map(itemgetter(8), v),
                   map(itemgetter(2), i), map(itemgetter(3), t), map(itemgetter(4), t), map(itemgetter(2), u),
                   map(itemgetter(6), v), map(itemgetter(7), v), map(itemgetter(9), v), year_json)
        digests += map(content_digest, map(template.__mod__, body))
    slow_list = sorted(slow_rows.items())
    if len(set(keys)) == len(keys) and seen.keys().isdisjoint(keys) and not slow_list:
        seen.update(keys)  # every key new: no "#n", whatever the order
    else:
        order = sorted(range(len(ordinals)), key=ordinals.__getitem__) if len(fast) > 1 else range(len(ordinals))
        s = 0
        for k in order:  # identify in document order, the row path's rows at their places
            while s < len(slow_list) and slow_list[s][0] < ordinals[k]:
                identify_one(slow_list[s][1], source_uri, seen)
                s += 1
            keys[k] = unique_key(keys[k], seen)
        for _, row in slow_list[s:]:
            identify_one(row, source_uri, seen)
    record_ids = list(map(record_id, [source_uri] * len(keys), keys))
    n = len(ordinals)
    data = {**out, "ordinal": ordinals, "entry_key": keys, "record_id": record_ids, "content_hash": digests}
    arrays = [pa.array(data[f.name], f.type) if f.name in data else pa.array([constants[f.name]] * n, f.type)
              for f in schema]
    table = pa.Table.from_arrays(arrays, schema=schema)
    if slow_rows:
        table = pa.concat_tables([table, pa.Table.from_pylist([row for _, row in slow_list], schema=schema)])
    if slow_rows or len(fast) > 1:
        table = table.take(pa.compute.sort_indices(table["ordinal"]))
    return table
