"""A records table that Arrow has read (JSON Lines by ``pyarrow.json``) normalized and
identified on its columns, with no Python object per row for the rows that need none.

``normalizers.columnar`` builds the ``records`` table from one Python dict per row,
normalizing each distinct value of a chunk once. Here the rows never become dicts: each
column of the whole table is dictionary-encoded by Arrow, its distinct values are normalized
once (by Arrow's kernels where ``arrow_text`` can tell the result, else by the same column
functions as ``columnar.COLUMNS``), and Arrow's ``take`` puts each row's results back, one
slice of rows at a time. Author lists are exploded into one array of names, so each
distinct name of the table is cleaned once (a person recurs throughout a bibliography),
and rebuilt by their offsets. The content hash's JSON is concatenated by Arrow from each column's JSON
text and the constant pieces between them (``_pieces``); only the two digests (content
hash and record id) are computed per row in Python.

What the columns cannot tell is decided by the row's draft, as in ``columnar``: a row
whose value the column functions refuse (no title, a year that is no year, a title that
cleans to nothing) or that raised is read again from its line by ``json`` and handed to
``one``, the row path; a row whose text may hold an identifier (``columnar.screen`` bits)
takes its arXiv id, DOI and code URL from its draft (``record.identifiers``). Taking too
many rows that way costs time, never a difference. tests/test_records_columnar.py holds
the table equal to the row path's.

Pure: no I/O. A table this module does not handle (``plan`` is None) is built by
``columnar`` instead.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass
from itertools import repeat
from typing import Any, Callable, Iterator

import numpy as np

from extractors.base import Draft, RecordError
from extractors.records_table import column_names, draft, split_author_field, text_fields

from .columnar import (COLUMNS, EXACT, VARYING, _constants, _from_text, _json, _screen_all, _STR_JSON,
                       _value_bits)
from . import arrow_text
from .names import clean_name, name_key
from .record import _content_keys, entry_key, entry_key_of, identifiers, identify_one, unique_key

# Rows normalized as one piece: the memory of a large table stays that of a slice.
SLICE_ROWS = 20_000

# The outputs of each column function after its bits (``columnar.COLUMNS``), named; the
# authors column is exploded instead (``_authors``).
OUTPUTS = {
    "title": ("title", "title_key", "title_json", "title_key_json"),
    "year": ("year",),
    "id": ("source_record_id", "source_record_id_json"),
    "venue": ("venue", "venue_acronym", "venue_year", "is_workshop", "venue_kind", "venue_json",
              "venue_acronym_json", "is_workshop_json", "venue_kind_json"),
    "abstract": ("abstract", "abstract_json"),
    "doi": ("doi", "doi_json"),
    "arxiv_id": ("arxiv_id", "arxiv_version", "arxiv_id_json", "arxiv_version_json"),
    "url": ("url", "url_json"),
}
assert OUTPUTS.keys() | {"authors"} == COLUMNS.keys()
# The output that writes each of ``VARYING`` as JSON ("year": ``_content_json`` writes it).
JSON_OF = {"abstract": "abstract_json", "arxiv_id": "arxiv_id_json", "arxiv_version": "arxiv_version_json",
           "author_count": "author_count_json", "author_keys": "author_keys_json", "authors": "authors_json",
           "code_url": "code_url_json", "doi": "doi_json", "is_workshop": "is_workshop_json",
           "source_record_id": "source_record_id_json", "title": "title_json", "title_key": "title_key_json",
           "url": "url_json", "venue": "venue_json", "venue_acronym": "venue_acronym_json",
           "venue_kind": "venue_kind_json", "year": None}
assert tuple(JSON_OF) == VARYING
# Values of ``VARYING`` side by side in the content JSON (only constant text between them)
# that one column gives: their JSON is joined with that text once per distinct value
# (``_Prepared``) or per row (the authors: ``_author_rows``), and the row's JSON is joined
# from fewer pieces (``_content_json``). Each group's joined JSON is the output
# ``<first member>_group_json``.
GROUPS = {"title": ("title", "title_key"), "venue": ("venue", "venue_acronym", "venue_kind"),
          "authors": ("author_count", "author_keys", "authors")}
_GROUP_OF = {group[0]: group for group in GROUPS.values()}
assert all(VARYING[VARYING.index(g[0]):VARYING.index(g[0]) + len(g)] == g for g in GROUPS.values())
# Outputs that ``_identifiers_from_text`` may replace in some rows: never taken as the same
# in every row.
_REPLACED = frozenset({"arxiv_id_json", "arxiv_version_json", "doi_json", "code_url_json"})
_INTEGERS = frozenset({"year", "venue_year", "arxiv_version"})


def _type(output: str, pa):
    """An output's Arrow type (the others are strings)."""
    return pa.int64() if output in _INTEGERS else pa.bool_() if output in ("is_workshop", "kept") else pa.string()


@dataclass(frozen=True)
class Plan:
    """Which Arrow column holds each column the records table reads (by its name once
    stripped and lower-cased), and the others, whose values are only screened."""

    columns: dict[str, str]
    others: tuple[str, ...]
    key_bits: int  # ``screen`` of the keys themselves


def plan(table) -> Plan | None:
    """How to read ``table``; None when the row path must decide: two keys that are one
    column, or a column whose values Arrow may hold otherwise than ``json`` gives them
    (floats: Arrow writes a column's integers as floats once one row has a float; structs;
    lists anywhere but in the authors column)."""
    import pyarrow as pa

    names = column_names(tuple(table.column_names))
    if len(set(names)) < len(names):
        return None
    columns, others, bits = {}, [], 0
    for key, name, field in zip(table.column_names, names, table.schema):
        bits |= _value_bits(key)
        kind = field.type
        scalar = pa.types.is_string(kind) or pa.types.is_integer(kind) or pa.types.is_boolean(kind) or pa.types.is_null(kind)
        listed = pa.types.is_list(kind) and (pa.types.is_string(kind.value_type) or pa.types.is_null(kind.value_type))
        if not (scalar or (listed and name == "authors")):
            return None
        if name in COLUMNS:
            columns[name] = key
        else:
            others.append(key)
    return Plan(columns, tuple(others), bits)


def normalize_arrow(table, the_plan: Plan, row_of: Callable[[int], dict],
                    one: Callable[[Draft | RecordError], dict | None], *, doc_id: str, source_uri: str,
                    source_kind: str, label: str) -> Iterator:
    """The ``records`` Arrow tables (one per ``SLICE_ROWS`` rows) of ``table`` (row k has
    ordinal k + 1). ``row_of(ordinal)``: that row as ``json`` reads it; ``one`` takes an
    entry by the row path (``columnar.normalize_table``'s).

    Each column's distinct values are those of the whole table, normalized once
    (``_Prepared``): a value that recurs in several slices (a person, a venue) is not
    normalized again for each. The rows' outputs are taken from them slice by slice."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from schemas import TABLES

    schema = TABLES["records"]
    constants = _constants(source_kind, label)
    constants.update(doc_id=doc_id, source_uri=source_uri)
    pieces = _pieces(constants)
    seen: Counter[str] = Counter()
    prepared = _Prepared(table, the_plan, pieces, pa, pc)
    for start in range(0, table.num_rows, SLICE_ROWS):
        yield _slice(prepared, start, min(start + SLICE_ROWS, table.num_rows), row_of, one, seen, constants, pieces,
                     schema, pa, pc)


def _pieces(constants: dict) -> list[str]:
    """content_hash's JSON of a row split at each of ``VARYING``'s values: the text before
    the first, between each two, after the last (``columnar._template`` without ``%s``)."""
    keys = _content_keys(tuple(constants))
    pieces, text = [], "{"
    for i, k in enumerate(keys):
        text += ("" if i == 0 else ", ") + _json(k) + ": "
        if k in VARYING:
            pieces.append(text)
            text = ""
        else:
            text += _json(constants[k])
    pieces.append(text + "}")
    assert len(pieces) == len(VARYING) + 1
    return pieces


def _encode(array, pa) -> tuple[np.ndarray, Any]:
    """(each row's index into the distinct values, the distinct values as an Arrow array,
    the last one null for the nulls). ``array``: an Array or a ChunkedArray, whose chunks
    Arrow encodes with one dictionary (checked: else the chunks are joined first)."""
    if pa.types.is_null(array.type):
        return np.zeros(len(array), np.int64), pa.nulls(1, pa.string())
    if isinstance(array, pa.ChunkedArray):
        encoded = array.dictionary_encode()
        dictionaries = [chunk.dictionary for chunk in encoded.chunks]
        if not dictionaries or any(map(_other_memory, dictionaries[1:], repeat(dictionaries[0]))):
            return _encode(array.combine_chunks(), pa)
        dictionary = dictionaries[0]
        indices = pa.chunked_array([chunk.indices for chunk in encoded.chunks], encoded.type.index_type)
    else:
        encoded = array.dictionary_encode()
        dictionary, indices = encoded.dictionary, encoded.indices
    distinct = pa.concat_arrays([dictionary, pa.nulls(1, dictionary.type)])
    return indices.fill_null(len(distinct) - 1).to_numpy(zero_copy_only=False).astype(np.int64), distinct


def _other_memory(a, b) -> bool:
    """Whether two Arrow arrays lie in other memory (other buffers, or the same at another offset)."""
    return a.offset != b.offset or len(a) != len(b) or [x and x.address for x in a.buffers()] != [
        x and x.address for x in b.buffers()]


def _normalized(function: Callable, uniques: list) -> tuple[list, np.ndarray]:
    """``function`` of each distinct value (None: its rows take the row path) and the
    value's bits, as ``columnar._Columns.lookup`` gives them."""
    results, bits = [], np.zeros(len(uniques), np.uint8)
    for k, (value, screened) in enumerate(zip(uniques, _screen_all(uniques))):
        try:
            result = function(value)
        except Exception:  # the row path raises or rejects it
            result = None
        results.append(result)
        bits[k] = EXACT if result is None else result[0] | screened
    return results, bits


def _distinct(distinct, function: Callable, fast_path: Callable | None, outputs: tuple[str, ...], pa, pc):
    """Each distinct value's outputs (``outputs``: Arrow arrays) and bits: those ``fast_path``
    (``arrow_text``) answers by Arrow, the others by ``function`` in Python."""
    n = len(distinct)
    fast, found = np.zeros(n, bool), {}
    if fast_path is not None and pa.types.is_string(distinct.type):
        fast, found = fast_path(distinct, pa, pc)
    slow = np.flatnonzero(~fast)
    results, slow_bits = _normalized(function, distinct.take(pa.array(slow)).to_pylist())
    bits = np.zeros(n, np.uint8)
    bits[slow] = slow_bits
    if fast.any():
        bits[fast] = arrow_text.screen(distinct.filter(pa.array(fast)), pa, pc)
    filler = (None,) * (len(outputs) + 1)  # a refused value's row takes the row path: any value serves
    fields = list(zip(*(filler if r is None else r for r in results)))[1:] or [()] * len(outputs)
    arrays = {}
    for out, values in zip(outputs, fields):
        slow_array = pa.array(list(values), _type(out, pa))
        arrays[out] = pc.replace_with_mask(found[out], pa.array(~fast), slow_array) if fast.any() else slow_array
    return arrays, bits


def _column(array, name: str, pa, pc) -> tuple[tuple[np.ndarray, dict], np.ndarray]:
    """One column's distinct values normalized: (each row's index into them, their outputs
    (``OUTPUTS[name]``)), and each row's bits."""
    index, distinct = _encode(array, pa)
    arrays, bits = _distinct(distinct, COLUMNS[name], FAST.get(name), OUTPUTS[name], pa, pc)
    return (index, arrays), bits[index]


def _name(value: Any) -> tuple:
    """(bits, kept, name, key, name's JSON, key's JSON) of one author as ``columnar._authors``
    writes it: None and names that strip or clean to nothing are dropped."""
    text = None if value is None else str(value).strip()
    name = clean_name(text) if text else ""
    if not name:
        return 0, False, "", "", "", ""
    key = name_key(name)
    return 0, True, name, key, _STR_JSON(name), _STR_JSON(key)


def _names_fast(distinct, pa, pc):
    """``arrow_text.names`` with its outputs named as ``_name``'s (a name it answers is kept)."""
    fast, found = arrow_text.names(distinct, pa, pc)
    return fast, {"kept": pa.array(np.ones(len(distinct), bool)), **found}


NAME_OUTPUTS = ("kept", "name", "key", "name_json", "key_json")
FAST = {"title": arrow_text.titles, "id": arrow_text.ids, "authors": _names_fast, "arxiv_id": arrow_text.arxiv_ids}


def _authors(array, n: int, pa, pc) -> tuple[dict, np.ndarray]:
    """The authors column's names, each distinct name normalized once: each row's count of
    names kept, the kept names' indices into the distinct names, their outputs
    (``NAME_OUTPUTS``); and each row's bits. A list column is exploded as it is; a text
    column is split per distinct value (``split_author_field``) first. ``_author_rows``
    takes a slice's lists from them."""
    row_bits = np.zeros(n, np.uint8)
    if array is None:
        array = pa.nulls(n)
    if not pa.types.is_list(array.type):
        index, distinct = _encode(array, pa)
        split, bits = _normalized(lambda v: (0, split_author_field(v)), distinct.to_pylist())
        row_bits |= bits[index]
        array = pa.array([[] if s is None else s[1] for s in split], pa.list_(pa.string())).take(pa.array(index))
    lengths = pc.list_value_length(array).fill_null(0).to_numpy(zero_copy_only=False)
    index, distinct = _encode(pc.list_flatten(array), pa)
    arrays, bits = _distinct(distinct, _name, FAST["authors"], NAME_OUTPUTS, pa, pc)
    owner = np.repeat(np.arange(n), lengths)  # each name's row
    if bits.any():
        np.bitwise_or.at(row_bits, owner, bits[index])
    keep = arrays["kept"].to_numpy(zero_copy_only=False)[index]
    counts = np.bincount(owner[keep], minlength=n)
    return {"counts": counts, "ends": np.concatenate([[0], np.cumsum(counts)]), "kept": index[keep],
            "arrays": arrays}, row_bits


def _author_rows(names: dict, start: int, stop: int, pieces: list[str], pa, pc) -> dict:
    """The authors outputs of rows ``start`` to ``stop`` (``_authors``' names): the list of
    names and of keys, the count, and their JSON as one group (``GROUPS``)."""
    ends = names["ends"][start:stop + 1]
    offsets = pa.array((ends - ends[0]).astype(np.int32))
    taken = pa.array(names["kept"][ends[0]:ends[-1]])
    arrays = names["arrays"]

    def listed(name):
        return pa.ListArray.from_arrays(offsets, arrays[name].take(taken))

    counts = names["counts"][start:stop]
    count = pa.array(counts, pa.int64(), mask=counts == 0)
    group = _joined([pc.fill_null(pc.cast(count, pa.string()), "null"), _between("author_keys", pieces) + "[",
                     pc.binary_join(listed("key_json"), ", "), "]" + _between("authors", pieces) + "[",
                     pc.binary_join(listed("name_json"), ", "), "]"], pa, pc)
    return {"authors": listed("name"), "author_keys": listed("key"), "author_count": count,
            "author_count_group_json": group}


def _between(field: str, pieces: list[str]) -> str:
    """The content JSON's constant text just before ``field``'s value (``_pieces``)."""
    return pieces[VARYING.index(field)]


def _joined(values: list, pa, pc):
    """The text of ``values`` (Arrow arrays and strings) one after the other, by Arrow; an
    array of ``n`` rows, or a string when every value is one."""
    merged: list = [""]
    for value in values:
        if isinstance(value, str) and isinstance(merged[-1], str):
            merged[-1] += value
        else:
            merged.append(value)
    if len(merged) == 1:
        return merged[0]
    return pc.binary_join_element_wise(*(pa.scalar(v) if isinstance(v, str) else v for v in merged if not (
        isinstance(v, str) and not v)), "")


class _Prepared:
    """A table's columns, each one's distinct values normalized once for the whole table,
    and each row's bits (``columnar.screen``, EXACT). The JSON of a group of ``GROUPS``
    that one column gives is joined per distinct value; the JSON of a column whose rows
    all hold one value (a column the table lacks, say) is kept as text in ``constant``."""

    def __init__(self, table, the_plan: Plan, pieces: list[str], pa, pc):
        n = table.num_rows
        self.bits = np.full(n, the_plan.key_bits, np.uint8)
        self.columns: dict[str, tuple[np.ndarray, dict]] = {}
        self.constant: dict[str, str] = {}
        self.pieces = pieces
        for name in OUTPUTS:
            key = the_plan.columns.get(name)
            (index, arrays), bits = _column(table.column(key) if key is not None else pa.nulls(n), name, pa, pc)
            self.bits |= bits
            group = GROUPS.get(name)
            if group is not None:
                parts = [arrays.pop(JSON_OF[group[0]])]
                for field in group[1:]:
                    parts += [_between(field, pieces), arrays.pop(JSON_OF[field])]
                arrays[group[0] + "_group_json"] = _joined(parts, pa, pc)
            if n and not (index != index[0]).any():  # every row holds one value
                for out in [out for out in arrays if out.endswith("_json") and out not in _REPLACED]:
                    value = arrays[out][int(index[0])].as_py()
                    if value is not None:
                        self.constant[out] = value
                        del arrays[out]
            self.columns[name] = index, arrays
        key = the_plan.columns.get("authors")
        self.names, bits = _authors(table.column(key) if key is not None else None, n, pa, pc)
        self.bits |= bits
        for key in the_plan.others:
            index, distinct = _encode(table.column(key), pa)
            self.bits |= np.fromiter(map(_value_bits, distinct.to_pylist()), np.uint8, len(distinct))[index]

    def outputs(self, start: int, stop: int, pa, pc) -> dict:
        """Every output of rows ``start`` to ``stop`` but those in ``constant``, as Arrow arrays."""
        out: dict[str, Any] = {}
        for index, arrays in self.columns.values():
            taken = pa.array(index[start:stop])
            out.update((name, values.take(taken)) for name, values in arrays.items())
        out.update(_author_rows(self.names, start, stop, self.pieces, pa, pc))
        return out


def _slice(prepared: _Prepared, start: int, stop: int, row_of, one, seen: Counter, constants: dict,
           pieces: list[str], schema, pa, pc):
    """Rows ``start`` to ``stop`` -> their ``records`` table, rows in document order."""
    n = stop - start
    ordinals = np.arange(start + 1, start + n + 1)
    bits = prepared.bits[start:stop]
    out = prepared.outputs(start, stop, pa, pc)
    slow = (bits & EXACT) != 0
    _identifiers_from_text(out, np.flatnonzero(_from_text(bits) & ~slow), ordinals, row_of, pa, pc)
    slow_rows = {}
    for o in ordinals[slow].tolist():  # rejects in document order
        row = row_of(o)
        item = one(draft(o, row, column_names(tuple(row))))
        if item is not None:
            slow_rows[o] = item
    if slow.any():  # (a filter that keeps every row would copy every column for nothing)
        fast = pa.array(~slow)
        out = {name: column.filter(fast) for name, column in out.items()}
    return _table(out, ordinals[~slow], slow_rows, seen, constants, prepared.constant, pieces, schema, pa, pc)


IDENTIFIERS = ("arxiv_id", "arxiv_version", "doi", "code_url")


def _identifiers_from_text(out: dict, rows: np.ndarray, ordinals: np.ndarray, row_of, pa, pc) -> None:
    """The arXiv id, version, DOI and code URL (and their JSON) of ``rows`` (positions in
    the slice), whose text may hold one, as ``normalize`` takes them from their draft
    (``record.identifiers``); ``out`` gets a code URL column (null in the other rows)."""
    n = len(ordinals)
    out["code_url"], out["code_url_json"] = pa.nulls(n, pa.string()), pa.array(["null"] * n, pa.string())
    if not len(rows):
        return
    found = []
    for o in ordinals[rows].tolist():
        row = row_of(o)
        entry = text_fields(o, row, column_names(tuple(row)))  # (what identifiers reads of the draft)
        if isinstance(entry, RecordError):
            raise ValueError(f"row {o}: the columns took a row its draft rejects")
        found.append(identifiers(entry))
    mask = np.zeros(n, bool)
    mask[rows] = True
    mask = pa.array(mask)
    for name, values in zip(IDENTIFIERS, zip(*found)):
        values = list(values)
        out[name] = pc.replace_with_mask(out[name], mask, pa.array(values, _type(name, pa)))
        out[name + "_json"] = pc.replace_with_mask(out[name + "_json"], mask, pa.array(list(map(_json, values)), pa.string()))


def _content_json(out: dict, constant: dict[str, str], pieces: list[str], pa, pc):
    """Each row's content_hash JSON, concatenated by Arrow: the constant pieces, each
    group's joined JSON (``GROUPS``), the JSON that is the same in every row as text."""
    n = len(out["title"])
    values: list = [pieces[0]]
    i = 0
    while i < len(VARYING):
        field = VARYING[i]
        group = _GROUP_OF.get(field, (field,))
        key = field + "_group_json" if len(group) > 1 else JSON_OF[field]
        i += len(group)
        if field == "year":
            value = pc.fill_null(pc.cast(out["year"], pa.string()), "null")
        else:
            value = constant[key] if key in constant else out[key]
        values += [value, pieces[i]]
    joined = _joined(values, pa, pc)
    if isinstance(joined, str):
        return pa.array([joined] * n, pa.string())
    return joined if n else pa.array([], pa.string())


def _digests(contents: list[bytes]) -> list[str]:
    """``record.content_digest`` of each JSON's UTF-8 bytes."""
    sha256 = hashlib.sha256
    return [sha256(content).hexdigest()[:32] for content in contents]


def _record_ids(source_uri: str, keys: list[str]) -> list[str]:
    """``record.record_id(source_uri, key)`` of each key: the digest of the URI and its
    separator is taken once and copied for each key (sha256 reads its input in order, so
    the copy continued with the key is the digest of the whole)."""
    head = hashlib.sha256(f"{source_uri}\0".encode())
    ids = []
    for key in keys:
        digest = head.copy()
        digest.update(key.encode())
        ids.append("R" + digest.hexdigest()[:16])
    return ids


def _table(out: dict, ordinals: np.ndarray, slow_rows: dict, seen: Counter, constants: dict, constant_json: dict,
           pieces: list[str], schema, pa, pc):
    """The slice's table: the rows built from the columns and the row path's, identified in
    document order (as ``columnar._table``)."""
    source_uri, source_kind = constants["source_uri"], constants["source_kind"]
    n = len(ordinals)
    out["year"] = pc.coalesce(out["year"], out["venue_year"]).cast(pa.int64())
    sids = out["source_record_id"]
    stable = entry_key_of(source_kind, "x", None, None, None, "", 0) == "src:x"  # kinds whose ids name entries
    if stable and sids.null_count == 0 and (n == 0 or pc.min(pc.utf8_length(sids)).as_py() > 0):
        keys = pc.binary_join_element_wise("src:", sids, "").to_pylist()
    else:
        first = [k[0] if k else "" for k in out["author_keys"].to_pylist()]
        keys = list(map(entry_key_of, repeat(source_kind, n), sids.to_pylist(), out["arxiv_id"].to_pylist(),
                        out["doi"].to_pylist(), out["title_key"].to_pylist(), first, ordinals.tolist()))
    slow_list = sorted(slow_rows.items())
    every = keys + [entry_key(row) for _, row in slow_list]
    if len(set(every)) == len(every) and seen.keys().isdisjoint(every):  # every key new: no "#n", whatever the order
        seen.update(keys)
        for _, row in slow_list:
            identify_one(row, source_uri, seen)
    else:
        s = 0
        for k, o in enumerate(ordinals.tolist()):  # in document order, the row path's rows at their places
            while s < len(slow_list) and slow_list[s][0] < o:
                identify_one(slow_list[s][1], source_uri, seen)
                s += 1
            keys[k] = unique_key(keys[k], seen)
        for _, row in slow_list[s:]:
            identify_one(row, source_uri, seen)
    content = _content_json(out, constant_json, pieces, pa, pc).cast(pa.binary()).to_pylist()
    data = {**out, "ordinal": pa.array(ordinals, pa.int32()), "entry_key": pa.array(keys, pa.string()),
            "record_id": pa.array(_record_ids(source_uri, keys), pa.string()),
            "content_hash": pa.array(_digests(content), pa.string())}
    same = pa.array(np.zeros(n, np.int64))  # the constant columns: their one value taken n times
    arrays = [data[f.name].cast(f.type) if f.name in data else pa.array([constants[f.name]], f.type).take(same)
              for f in schema]
    table = pa.Table.from_arrays(arrays, schema=schema)
    if slow_list:
        table = pa.concat_tables([table, pa.Table.from_pylist([row for _, row in slow_list], schema=schema)])
        table = table.take(pc.sort_indices(table["ordinal"]))
    return table
