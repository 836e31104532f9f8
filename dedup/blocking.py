"""Blocking: candidate pairs that share at least one key, so true duplicates meet while the
number of pairs stays near linear in the number of records.

Keys per record: identifiers (arXiv id, DOI, code URL); the first three content words of the
title; the title's two rarest content words; the main title; the first two authors; the first author with the year. Blocks larger than ``max_block`` are skipped for the fuzzy keys (a frequent word
says little), never for identifiers.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Iterator

from .prepare import Rec

MAX_BLOCK = 200


def record_keys(r: Rec, token_freq: Counter) -> Iterator[tuple[str, bool]]:
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
    rare = sorted(r.tokens, key=lambda t: (token_freq[t], t))[:2]
    for t in rare:
        yield "t:" + t, False
    if r.main:
        yield "m:" + r.main, False
    if len(r.authors) >= 2:
        yield f"f:{r.authors[0]}|{r.authors[1]}", False  # first two authors, any year
    if r.authors:
        yield f"f:{r.authors[0]}:{r.year or ''}", False


def candidate_pairs(recs: list[Rec], max_block: int = MAX_BLOCK) -> set[tuple[int, int]]:
    token_freq: Counter = Counter(t for r in recs for t in r.tokens)
    blocks: dict[str, list[int]] = defaultdict(list)
    ident: set[str] = set()
    for r in recs:
        for key, is_id in record_keys(r, token_freq):
            blocks[key].append(r.idx)
            if is_id:
                ident.add(key)
    pairs: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if len(members) < 2 or (len(members) > max_block and key not in ident):
            continue
        _add_pairs(pairs, members)
    return pairs


def _add_pairs(pairs: set[tuple[int, int]], members: Iterable[int]) -> None:
    ms = sorted(set(members))
    for i, a in enumerate(ms):
        for b in ms[i + 1 :]:
            pairs.add((a, b))
