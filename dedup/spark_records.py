"""Prepared records as Arrow rows, for the Spark engine: every field of ``prepare.Rec``
as a column, plus the record's index in the run and its rank in record-id order. The
engine keeps the records in a partitioned DataFrame of these columns and brings each step
the rows it needs (a batch of records, the two records of each pair, the records of a
bucket of components); this module turns those rows back into ``Rec`` tuples, numbered
0..m-1 within the batch, so the ``dedup`` code runs on them as on any list of records.

A record's content words are not stored: ``prepare`` derives them from its title key
(``prepare.content_tokens``), and so does ``from_rows``.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from .prepare import Rec, content_tokens

# The columns of a prepared record besides ``idx`` (its ``Rec.idx`` in the run) and ``rank``.
FIELDS = pa.schema([
    ("record_id", pa.string()), ("doc_id", pa.string()), ("key", pa.string()), ("main", pa.string()),
    ("authors", pa.list_(pa.string())), ("truncated", pa.bool_()), ("year", pa.int64()),
    ("arxiv_id", pa.string()), ("doi", pa.string()), ("code_url", pa.string()), ("venue", pa.string()),
    ("venue_acronym", pa.string()), ("published", pa.bool_()), ("venue_kind", pa.string()),
    ("record_type", pa.string()),
])
SCHEMA = pa.schema([("idx", pa.int64()), ("rank", pa.int64()), *FIELDS])
# ``from_rows`` builds each ``Rec`` positionally, in this order, with the content words after
# ``main``: a field added to ``Rec`` must be added here too
assert FIELDS.names == [f for f in Rec._fields if f not in ("idx", "tokens")], "FIELDS out of step with Rec"


def to_table(recs: list[Rec], rank: np.ndarray) -> pa.Table:
    """The records (``Rec.idx`` their position in ``recs``) with their ranks, as ``SCHEMA``."""
    columns = {"idx": np.arange(len(recs), dtype=np.int64), "rank": np.asarray(rank, dtype=np.int64)}
    for name in FIELDS.names:
        values = [getattr(r, name) for r in recs]
        columns[name] = [list(v) for v in values] if name == "authors" else values
    return pa.table(columns, schema=SCHEMA)


def from_rows(table: pa.Table | pa.RecordBatch, prefix: str = "") -> list[Rec]:
    """The ``Rec`` of each row (columns named ``prefix + field``), numbered by row: ``Rec.idx``
    is the row's position, not the record's index in the run."""
    get = {name: table.column(prefix + name).to_pylist() for name in FIELDS.names}
    tokens: dict[str, frozenset[str]] = {}
    new = tuple.__new__
    out = []
    for i, (rid, doc, key, main, authors, truncated, year, arxiv, doi, code, venue, acronym, published, kind,
            rtype) in enumerate(zip(*(get[name] for name in FIELDS.names))):
        words = tokens.get(key)
        if words is None:
            words = tokens[key] = content_tokens(key)
        out.append(new(Rec, (i, rid, doc, key, main, words, tuple(authors or ()), truncated, year, arxiv, doi, code,
                             venue, acronym, published, kind, rtype)))
    return out


def unique_rows(table: pa.Table, sides: tuple[str, str]) -> tuple[np.ndarray, pa.Table]:
    """(indices, records) of the records on either side of rows that carry two records, the
    columns of side ``s`` named ``s + "_" + field`` and its index ``s``: each record once,
    in index order (so local numbers keep the order of the run's indices)."""
    parts = []
    for s in sides:
        cols = [table.column(s)] + [table.column(f"{s}_{name}") for name in FIELDS.names]
        parts.append(pa.table(cols, names=["idx", *FIELDS.names]))
    both = pa.concat_tables(parts)
    idx = both.column("idx").to_numpy()
    uniq, first = np.unique(idx, return_index=True)
    return uniq, both.take(pa.array(first))
