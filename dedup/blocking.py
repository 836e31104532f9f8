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

from collections import defaultdict
from typing import Iterable, Iterator

from .prepare import Rec

MAX_BLOCK = 300


def record_keys(r: Rec) -> Iterator[tuple[str, bool]]:
    """(key, is_identifier) pairs for one record."""
    if r.arxiv_id:
        yield "a:" + r.arxiv_id, True
    if r.doi:
        yield "d:" + r.doi, True
    if r.code_url:
        yield "c:" + r.code_url, True
    words = [t for t in r.key.split() if t in r.tokens]
    if words:
        yield "p:" + " ".join(words[:3]), False
        if len(words) > 3:
            yield "s:" + " ".join(words[-3:]), False
    if len(r.tokens) >= 2:
        longest = sorted(r.tokens, key=lambda t: (-len(t), t))[:2]
        yield "t:" + "|".join(sorted(longest)), False
    if r.main:
        yield "m:" + r.main, False
    if len(r.authors) >= 2:
        yield f"f:{r.authors[0]}|{r.authors[1]}", False  # first two authors, any year
    if r.authors:
        yield f"f:{r.authors[0]}:{r.year or ''}", False


def build_blocks(recs: list[Rec]) -> tuple[dict[str, list[int]], set[str]]:
    """Block key -> member indices, and the set of identifier keys."""
    blocks: dict[str, list[int]] = defaultdict(list)
    ident: set[str] = set()
    for r in recs:
        for key, is_id in record_keys(r):
            blocks[key].append(r.idx)
            if is_id:
                ident.add(key)
    return blocks, ident


def usable(key: str, size: int, ident: set[str], max_block: int = MAX_BLOCK) -> bool:
    return size >= 2 and (size <= max_block or key in ident)


def candidate_pairs(recs: list[Rec], max_block: int = MAX_BLOCK) -> set[tuple[int, int]]:
    blocks, ident = build_blocks(recs)
    pairs: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if usable(key, len(members), ident, max_block):
            _add_pairs(pairs, members)
    return pairs


def pairs_touching(recs: list[Rec], new: set[int], max_block: int = MAX_BLOCK
                   ) -> tuple[set[tuple[int, int]], list[str]]:
    """Candidate pairs with at least one record in ``new``; and the keys whose block the new
    records pushed over the size limit (those change old pairs: the caller must rebuild)."""
    blocks, ident = build_blocks(recs)
    pairs: set[tuple[int, int]] = set()
    crossed: list[str] = []
    for key, members in blocks.items():
        fresh = [m for m in members if m in new]
        if not fresh:
            continue
        if not usable(key, len(members), ident, max_block):
            if len(members) > max_block and len(members) - len(fresh) >= 2 and \
                    len(members) - len(fresh) <= max_block and key not in ident:
                crossed.append(key)
            continue
        for f in fresh:
            for m in members:
                if m != f:
                    pairs.add((min(f, m), max(f, m)))
    return pairs, crossed


def _add_pairs(pairs: set[tuple[int, int]], members: Iterable[int]) -> None:
    ms = sorted(set(members))
    for i, a in enumerate(ms):
        for b in ms[i + 1 :]:
            pairs.add((a, b))
