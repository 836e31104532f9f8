"""Stable work ids across runs, with redirects for ids that merges retire.

A cluster keeps the id of the previous work that holds most of its records (ties: the
smallest id). When two old works merge, the loser's id becomes a redirect to the winner,
like a soft ``merged_into`` link, so saved queries and external references still resolve.
A brand-new cluster gets ``W`` + a hash of its smallest record id: re-running the same
records from scratch gives the same ids.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Callable, Collection

# ``elsewhere(ids)``: which of these ids a caller that sees only part of the lake knows to be
# taken by the rest of it (a live work or a redirect); see ``dedup.incremental``.
Elsewhere = Callable[[Collection[str]], set[str]]


def _candidate(seed: str, n: int) -> str:
    return "W" + hashlib.sha256(f"{seed}:{n}".encode()).hexdigest()[:16]


def new_work_id(record_ids: list[str], taken: set[str], elsewhere: Elsewhere | None = None) -> str:
    seed = min(record_ids)
    n = 0
    while True:
        wid = _candidate(seed, n)
        if wid not in taken and not (n and elsewhere and elsewhere([wid])):
            return wid
        n += 1


def assign_ids(
    groups: list[list[str]],
    previous: dict[str, str],
    old_redirects: dict[str, str],
    elsewhere: Elsewhere | None = None,
) -> tuple[list[str], dict[str, str]]:
    """Work id per group (record ids), and the full redirect map old_id -> live id.

    ``previous`` maps record_id -> work_id from the last run; ``old_redirects`` is the
    redirect table so far. An incremental run passes only the affected records' part of
    both, and ``elsewhere`` to learn which new ids the rest of the lake holds already.
    """
    # Biggest claims first: a split keeps the old id on the side holding most of its records.
    claims: list[tuple[int, str, int]] = []
    for gi, group in enumerate(groups if previous else ()):
        counts = Counter(previous[r] for r in group if r in previous)
        for wid, n in counts.items():
            claims.append((n, wid, gi))
    claims.sort(key=lambda c: (-c[0], c[1], c[2]))
    ids: list[str | None] = [None] * len(groups)
    used: set[str] = set()
    for n, wid, gi in claims:
        if ids[gi] is None and wid not in used:
            ids[gi] = wid
            used.add(wid)
    taken = used | set(previous.values()) | set(old_redirects) | set(old_redirects.values())
    if elsewhere is not None:  # the first candidate of every new group, asked in one go
        taken |= elsewhere([_candidate(min(g), 0) for gi, g in enumerate(groups) if ids[gi] is None])
    for gi, group in enumerate(groups):
        if ids[gi] is None:
            wid = new_work_id(group, taken, elsewhere)
            ids[gi] = wid
            taken.add(wid)
    live = set(ids)
    # Retired ids: point them at the live work now holding most of their old records.
    retired = {rid for rid, old in previous.items() if old not in live}
    where: dict[str, str] = {r: ids[gi] for gi, group in enumerate(groups) for r in group if r in retired} if retired else {}
    by_old: dict[str, Counter] = {}
    for rid, old in previous.items():
        if old not in live and rid in where:
            by_old.setdefault(old, Counter())[where[rid]] += 1
    redirects = dict(old_redirects)
    for old, counter in by_old.items():
        redirects[old] = min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    # A redirect never points at a retired id, and a live id is never redirected.
    resolved: dict[str, str] = {}
    for old in redirects:
        if old in live:
            continue
        target, hops = redirects[old], 0
        while target not in live and target in redirects and hops < 100:
            target, hops = redirects[target], hops + 1
        if target in live:
            resolved[old] = target
    return ids, resolved  # type: ignore[return-value]
