"""Blocking: candidate pairs that share at least one key, so true duplicates meet while the
number of pairs stays near linear in the number of records.

Keys depend on the record alone, never on corpus statistics, so adding records never
changes the pairs among the old ones (that is what makes incremental runs equal full
rebuilds). Keys per record: identifiers (arXiv id, DOI, code URL); the first three and the
last three content words of the title; its two longest content words; the main title
(before a subtitle); the first two authors; the first author with the year. Blocks larger
than ``MAX_BLOCK`` are skipped for the fuzzy keys (a generic title says little), never
for identifiers.
"""

from __future__ import annotations

from typing import Iterator

import numpy as np
import pandas as pd

from .prepare import Rec

MAX_BLOCK = 300
# The two-longest-words key catches reworded titles but is the least selective: in a large
# corpus its blocks fill with different papers sharing two rare-ish words. Smaller limit.
WEAK_MAX_BLOCK = 40
WEAK_KEYS = ("t:",)
IDENTIFIER_KEYS = ("a:", "d:", "c:")  # arXiv id, DOI, code URL: blocks of any size


def record_keys(r: Rec) -> Iterator[str]:
    """The blocking keys of one record; identifier keys start with one of ``IDENTIFIER_KEYS``."""
    if r.arxiv_id:
        yield "a:" + r.arxiv_id
    if r.doi:
        yield "d:" + r.doi
    if r.code_url:
        yield "c:" + r.code_url
    words = [t for t in r.key.split() if t in r.tokens]
    if words:
        yield "p:" + " ".join(words[:3])
        if len(words) > 3:
            yield "s:" + " ".join(words[-3:])
    if len(r.tokens) >= 2:
        longest = sorted(r.tokens, key=lambda t: (-len(t), t))[:2]
        yield "t:" + "|".join(sorted(longest))
    if r.main:
        yield "m:" + r.main
    if len(r.authors) >= 2:
        yield f"f:{r.authors[0]}|{r.authors[1]}"  # first two authors, any year
    if r.authors:
        yield f"f:{r.authors[0]}:{r.year or ''}"


def build_blocks(recs: list[Rec], max_block: int = MAX_BLOCK) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Entries (key code, record index) sorted by key, without repeats; and the size limit
    of each key code's block (identifiers have none). Keys are coded by pandas' hash table."""
    keys: list[str] = []
    rec_ids: list[int] = []
    for r in recs:
        before = len(keys)
        keys.extend(record_keys(r))
        rec_ids.extend([r.idx] * (len(keys) - before))
    codes, uniques = pd.factorize(np.asarray(keys, dtype=object)) if keys else (np.zeros(0, np.int64), [])
    prefix = pd.Series(uniques, dtype=object).str[:2] if len(uniques) else pd.Series([], dtype=object)
    limit = np.full(len(uniques), max_block, dtype=np.int64)
    limit[prefix.isin(WEAK_KEYS).to_numpy()] = min(WEAK_MAX_BLOCK, max_block)
    limit[prefix.isin(IDENTIFIER_KEYS).to_numpy()] = np.iinfo(np.int64).max
    keys_arr = codes.astype(np.int64)
    members = np.asarray(rec_ids, dtype=np.int64)
    order = np.lexsort((members, keys_arr))
    keys_arr, members = keys_arr[order], members[order]
    if len(keys_arr):
        keep = np.r_[True, (keys_arr[1:] != keys_arr[:-1]) | (members[1:] != members[:-1])]
        keys_arr, members = keys_arr[keep], members[keep]
    return keys_arr, members, limit


def _blocks(keys: np.ndarray, limit: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(start, size, usable) per block of the sorted entries."""
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else np.zeros(0, dtype=np.int64)
    sizes = np.diff(np.r_[starts, len(keys)])
    usable = (sizes >= 2) & (sizes <= limit[keys[starts]]) if len(keys) else sizes.astype(bool)
    return starts, sizes, usable


def _within(members: np.ndarray, starts: np.ndarray, sizes: np.ndarray) -> list[np.ndarray]:
    """All pairs inside each block, built per block size with one vectorised step."""
    chunks = []
    for size in np.unique(sizes):
        block_starts = starts[sizes == size]
        mat = members[block_starts[:, None] + np.arange(size)]  # (blocks, size), rows sorted
        iu, ju = np.triu_indices(int(size), 1)
        chunks.append(np.stack([mat[:, iu].ravel(), mat[:, ju].ravel()], axis=1))
    return chunks


def _unique_pairs(chunks: list[np.ndarray]) -> np.ndarray:
    if not chunks:
        return np.empty((0, 2), dtype=np.int64)
    pairs = np.concatenate(chunks)
    n = int(pairs.max()) + 1 if len(pairs) else 1
    flat = np.unique(pairs[:, 0] * n + pairs[:, 1])
    return np.stack([flat // n, flat % n], axis=1)


def candidate_pairs(recs: list[Rec], max_block: int = MAX_BLOCK) -> np.ndarray:
    """All candidate pairs (a < b) as an (n, 2) int64 array, sorted and unique."""
    keys, members, limit = build_blocks(recs, max_block)
    starts, sizes, usable = _blocks(keys, limit)
    return _unique_pairs(_within(members, starts[usable], sizes[usable]))


def pairs_touching(recs: list[Rec], new: set[int], max_block: int = MAX_BLOCK
                   ) -> tuple[np.ndarray, list[int]]:
    """Candidate pairs with at least one record in ``new``; and the block keys that the new
    records pushed over the size limit (those change old pairs: the caller must rebuild)."""
    keys, members, limit = build_blocks(recs, max_block)
    starts, sizes, usable = _blocks(keys, limit)
    is_new = np.zeros(len(recs), dtype=bool)
    is_new[list(new)] = True
    block_of = np.repeat(np.arange(len(starts)), sizes)
    n_new = np.bincount(block_of, weights=is_new[members], minlength=len(starts)).astype(np.int64)
    old = sizes - n_new
    lim = limit[keys[starts]]
    crossed = np.flatnonzero((n_new > 0) & ~usable & (sizes > lim) & (old >= 2) & (old <= lim))
    chunks = []
    for b in np.flatnonzero(usable & (n_new > 0)):
        ms = members[starts[b]: starts[b] + sizes[b]]
        fresh = ms[is_new[ms]]
        a = np.repeat(fresh, len(ms))
        c = np.tile(ms, len(fresh))
        keep = a != c
        chunks.append(np.stack([np.minimum(a[keep], c[keep]), np.maximum(a[keep], c[keep])], axis=1))
    return _unique_pairs(chunks), [int(keys[starts[b]]) for b in crossed]
