"""The nightly run: match what changed against the works that exist, at a cost that follows
the change, not the size of the lake.

A run leaves its state behind (in the lake's tables, or in a ``DedupResult``): each record's
work, the scored edges (``match_edges``), each record's blocking keys (``block_keys``) and the
records that curation named (``curated_records``). An incremental run asks that state only
about the records near the change, through a ``Neighbourhood``:

1. **Blocking.** The keys of the new and changed records, and the stored keys of the removed
   and changed ones, are the blocks that changed. Per block, with its stored size and its
   size now: a block under its limit now gives the pairs that hold a new record; a block that
   removals brought back under its limit gives all its pairs, and its records are decided
   again; a block that new records pushed over its limit takes back its pairs: a stored edge
   inside it whose two records share no other usable block is dropped, and its records are
   decided again.
2. **Scoring** those pairs with the lake's match model (the one the stored edges were scored
   with).
3. **The affected records**: the seeds (new and changed records, the records of blocks that
   came back, the two records of a dropped edge, what remains of works that lost a record, every record curation names now or
   named in the last run) and every record connected to a seed by an edge or by a shared
   work, found by a breadth-first walk over the stored edges and works.
4. **Clustering** the affected records as a full rebuild does. Clustering decides each
   connected set of records alone, ties broken by record id, and no edge leaves the affected
   set, so the works it gives are the works a full rebuild gives; ids and survivorship follow.
   A stored edge's score is read back through ``engine.canonical_scores`` (a store may give a
   float back a bit off), so it orders against the fresh ones as in a full rebuild.

The result is a ``Delta``: the rows that replace the rows of the affected records and their
old works. Equality with a full rebuild is held by property tests, in memory and through the
lake's tables (``tests/test_dedup_invariants.py``).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Collection, Protocol

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .blocking import key_entries, keys_table, spelling_keys
from .cluster import Edge
from .engine import DedupResult, _assemble, _Context, bulk, canonical_scores, deduplicate, score_pairs
from .curation import Curation
from .model import MatchModel
from .prepare import prepare

log = logging.getLogger(__name__)



class Neighbourhood(Protocol):
    """What an incremental run asks of the last run's state, a set of records at a time."""

    def rows(self, record_ids: Collection[str]) -> list[dict]:
        """The current ``records`` rows of these ids."""

    def stored_keys(self, record_ids: Collection[str]) -> list[tuple[str, int, int]]:
        """(record id, key hash, block size limit) of these records' stored keys."""

    def block_sizes(self, keys: Collection[int]) -> dict[int, int]:
        """Stored entries per key (keys with none are absent)."""

    def block_members(self, keys: Collection[int]) -> dict[int, list[str]]:
        """The record ids of the stored entries of these keys."""

    def works_of(self, record_ids: Collection[str]) -> dict[str, str]:
        """The last run's work of each of these records that had one."""

    def members(self, work_ids: Collection[str]) -> dict[str, list[str]]:
        """The last run's records of these works (removed ones included)."""

    def edges_touching(self, record_ids: Collection[str]) -> list[dict]:
        """The stored ``match_edges`` rows with either record among these."""

    def redirects_to(self, work_ids: Collection[str]) -> dict[str, str]:
        """The stored redirects (old id -> live id) that point at one of these works."""

    def taken(self, work_ids: Collection[str]) -> set[str]:
        """Those of these ids that are a live work or a redirected id."""

    def curated(self) -> set[str]:
        """The records the last run's curation named."""


@dataclass
class Delta:
    """The rows an incremental run changes. Each table's rows in scope are replaced by the
    given rows: ``works`` whose id is in ``work_scope``; ``work_records`` and ``match_edges``
    (either side) whose record is in ``record_scope``; ``block_keys`` whose record is in
    ``key_scope``. ``redirects`` replace the rows with the same old id; ``curated`` is the
    whole new ``curated_records``."""

    record_scope: set[str]
    work_scope: set[str]
    key_scope: set[str]
    works: list[dict]
    work_records: list[dict]
    redirects: list[dict]
    edges: list[dict]
    keys: pa.Table
    curated: set[str]
    stats: dict = field(default_factory=dict)


@dataclass
class _Blocks:
    """Step 1's result: the pairs to score (record ids), the records of blocks that came back
    under their limit, and the stored edges whose every shared block went over its limit
    (``dropped``: a full rebuild would not score those pairs)."""

    pairs: set[tuple[str, str]]
    came_back: set[str]
    dropped: set[tuple[str, str]]


def _changed_blocks(nb: Neighbourhood, fresh_ids: list[str], entries, gone: set[str]) -> _Blocks:
    hashes, pos, limits = entries
    new_members: dict[int, set[str]] = defaultdict(set)
    limit: dict[int, int] = {}
    for h, p, lim in zip(hashes.tolist(), pos.tolist(), limits.tolist()):
        new_members[h].add(fresh_ids[p])
        limit[h] = lim
    gone_count: dict[int, int] = defaultdict(int)
    for _, h, lim in nb.stored_keys(gone):
        gone_count[h] += 1
        limit.setdefault(h, lim)
    before = nb.block_sizes(limit.keys())

    def size_now(key: int, stored: int) -> int:
        return stored - gone_count.get(key, 0) + len(new_members.get(key, ()))

    usable, back, crossed = [], set(), []
    for key, lim in limit.items():
        was, now = before.get(key, 0), size_now(key, before.get(key, 0))
        if 2 <= now <= lim:
            usable.append(key)
            if was > lim:
                back.add(key)
        elif 2 <= was <= lim and now > lim:
            crossed.append(key)
    stored = nb.block_members(usable + crossed)
    pairs: set[tuple[str, str]] = set()
    came_back: set[str] = set()
    for key in usable:
        members = sorted({m for m in stored.get(key, ()) if m not in gone} | new_members[key])
        if key in back:
            came_back.update(members)
            pairs.update((a, b) for i, a in enumerate(members) for b in members[i + 1:])
        else:
            for a in new_members[key]:
                pairs.update((min(a, b), max(a, b)) for b in members if b != a)
    dropped = _dropped(nb, [stored.get(k, []) for k in crossed], gone, size_now) if crossed else set()
    return _Blocks(pairs, came_back, dropped)


def _dropped(nb: Neighbourhood, crossed_members: list[list[str]], gone: set[str], size_now) -> set[tuple[str, str]]:
    """The stored edges inside blocks that went over their limit whose two records share no
    block that is still usable: a full rebuild would not score those pairs any more."""
    inside: set[str] = set()
    for members in crossed_members:
        inside.update(m for m in members if m not in gone)
    edges = [(e["record_a"], e["record_b"]) for e in nb.edges_touching(inside)
             if e["record_a"] in inside and e["record_b"] in inside]
    if not edges:
        return set()
    keys_of: dict[str, set[int]] = defaultdict(set)
    limit: dict[int, int] = {}
    for rid, key, lim in nb.stored_keys({x for pair in edges for x in pair}):
        keys_of[rid].add(key)
        limit[key] = lim
    before = nb.block_sizes(limit.keys())
    usable = {k for k, lim in limit.items() if 2 <= size_now(k, before.get(k, 0)) <= lim}
    return {(a, b) for a, b in edges if not (keys_of[a] & keys_of[b] & usable)}


def _affected(nb: Neighbourhood, seeds: set[str], fresh_edges: list[dict], removed: set[str],
              gone: set[str], dropped: set[tuple[str, str]]) -> tuple[set[str], dict[str, str], dict[tuple[str, str], dict]]:
    """Every current record connected to a seed by an edge (stored or fresh) or a shared old
    work; the old work of each, and the stored edges among them that still stand (not
    touching a ``gone`` record, not ``dropped``)."""
    fresh_adj: dict[str, set[str]] = defaultdict(set)
    for e in fresh_edges:
        fresh_adj[e["record_a"]].add(e["record_b"])
        fresh_adj[e["record_b"]].add(e["record_a"])
    work_of: dict[str, str] = {}
    stored: dict[tuple[str, str], dict] = {}
    seen_works: set[str] = set()
    affected = set(seeds) - removed
    frontier = set(affected)
    while frontier:
        work_of.update(nb.works_of(frontier))
        new_works = {work_of[x] for x in frontier if x in work_of} - seen_works
        seen_works |= new_works
        reached: set[str] = set()
        for rids in nb.members(new_works).values():
            reached.update(rids)
        for e in nb.edges_touching(frontier):
            a, b = e["record_a"], e["record_b"]
            if a in gone or b in gone or (a, b) in dropped:
                continue  # a removed or changed record's old edges are stale
            stored[(a, b)] = e
            reached.update((a, b))
        for x in frontier:
            reached |= fresh_adj.get(x, set())
        frontier = reached - removed - affected
        affected |= frontier
    return affected, work_of, stored


def plan(nb: Neighbourhood, fresh_rows: list[dict], changed: set[str], removed: set[str],
         curation: Curation | None, model: MatchModel) -> Delta:
    """The works that change when ``fresh_rows`` (new records, and ``changed`` ones under
    their old ids) arrive and ``removed`` records go, as a ``Delta``."""
    fresh_ids = [r["record_id"] for r in fresh_rows]
    gone = set(removed) | set(changed)  # their stored keys and edges are stale
    entries = key_entries(prepare(fresh_rows), spelling_keys(model))
    blocks = _changed_blocks(nb, fresh_ids, entries, gone)

    # 2. score the new pairs among the fresh records and their block partners
    by_id = {r["record_id"]: r for r in fresh_rows}
    partners = {x for pair in blocks.pairs for x in pair} - by_id.keys()
    by_id.update((r["record_id"], r) for r in nb.rows(partners))
    scoring = _Context(list(by_id.values()), {}, None)
    idx = scoring.index
    pairs = np.array(sorted((min(idx[a], idx[b]), max(idx[a], idx[b])) for a, b in blocks.pairs),
                     dtype=np.int64).reshape(-1, 2)
    fresh_edges = [{"record_a": min(scoring.rid(e.a), scoring.rid(e.b)), "record_b": max(scoring.rid(e.a), scoring.rid(e.b)),
                    "score": e.score, "rule": e.rule}
                   for e in score_pairs(scoring.recs, pairs, model, cols=scoring.columns())]
    rescored = {(min(a, b), max(a, b)) for a, b in blocks.pairs}
    del scoring

    # 3. the affected records
    removed_works = nb.works_of(removed)
    now_curated = curation.named_records(nb.members) if curation else set()
    seeds = set(fresh_ids) | blocks.came_back | now_curated | nb.curated()
    seeds.update(x for pair in blocks.dropped for x in pair)
    for rids in nb.members(set(removed_works.values())).values():
        seeds.update(rids)
    affected, work_of, stored = _affected(nb, seeds, fresh_edges, removed, gone, blocks.dropped)
    work_of.update(removed_works)

    # 4. cluster them as a full rebuild would, then ids and survivorship
    need = affected - by_id.keys()
    by_id.update((r["record_id"], r) for r in nb.rows(need))
    affected &= by_id.keys()  # curation may name records that no longer exist
    rows = [by_id[r] for r in sorted(affected)]
    previous = {r: work_of[r] for r in sorted(affected | removed) if r in work_of}
    ctx = _Context(rows, previous, curation)
    idx = ctx.index
    # a stored score as it was scored, though the store gave it back a bit off (``canonical_scores``)
    edges = [Edge(idx[e["record_a"]], idx[e["record_b"]], float(canonical_scores(e["score"])), e["rule"])
             for key, e in stored.items() if key not in rescored]
    edges += [Edge(idx[e["record_a"]], idx[e["record_b"]], e["score"], e["rule"]) for e in fresh_edges]
    groups, tree = ctx.cluster(range(len(rows)), edges)
    old_works = set(previous.values())
    result = _assemble(ctx, groups, tree, edges, previous, nb.redirects_to(old_works),
                       {"mode": "incremental", "candidate_pairs": len(blocks.pairs), "new": len(fresh_ids),
                        "removed": len(removed), "affected": len(affected)},
                       model, elsewhere=nb.taken)
    return Delta(
        record_scope=affected | removed,
        work_scope=old_works,
        key_scope=gone | set(fresh_ids),
        works=result.works,
        work_records=result.work_records,
        redirects=result.redirects,
        edges=result.edges,
        keys=keys_table(fresh_ids, entries),
        curated=now_curated,
        stats=result.stats,
    )


class MemoryNeighbourhood:
    """A ``Neighbourhood`` over the current rows and the last run's ``DedupResult`` (the lake
    answers the same questions with SQL: ``scholarlake.pipeline.LakeNeighbourhood``)."""

    def __init__(self, rows: list[dict], last):
        self._rows = {r["record_id"]: r for r in rows}
        self._work = {r["record_id"]: r["work_id"] for r in last.work_records}
        self._members: dict[str, list[str]] = defaultdict(list)
        for rid, wid in self._work.items():
            self._members[wid].append(rid)
        self._edges: dict[str, list[dict]] = defaultdict(list)
        for e in last.edges:
            self._edges[e["record_a"]].append(e)
            self._edges[e["record_b"]].append(e)
        self._keys_of: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        self._blocks: dict[int, list[str]] = defaultdict(list)
        for rid, key, lim in zip(*(last.keys.column(c).to_pylist() for c in ("record_id", "key", "max_block"))):
            self._keys_of[rid].append((rid, key, lim))
            self._blocks[key].append(rid)
        self._redirects = {r["old_work_id"]: r["merged_into"] for r in last.redirects}
        self._curated = set(last.curated)

    def rows(self, record_ids):
        return [self._rows[r] for r in record_ids if r in self._rows]

    def stored_keys(self, record_ids):
        return [k for r in record_ids for k in self._keys_of.get(r, ())]

    def block_sizes(self, keys):
        return {k: len(self._blocks[k]) for k in keys if k in self._blocks}

    def block_members(self, keys):
        return {k: list(self._blocks[k]) for k in keys if k in self._blocks}

    def works_of(self, record_ids):
        return {r: self._work[r] for r in record_ids if r in self._work}

    def members(self, work_ids):
        return {w: list(self._members[w]) for w in work_ids if w in self._members}

    def edges_touching(self, record_ids):
        return [e for r in record_ids for e in self._edges.get(r, ())]

    def redirects_to(self, work_ids):
        ws = set(work_ids)
        return {o: n for o, n in self._redirects.items() if n in ws}

    def taken(self, work_ids):
        return {w for w in work_ids if w in self._members or w in self._redirects}

    def curated(self):
        return set(self._curated)


def deduplicate_incremental(
    rows: list[dict],
    last: DedupResult,
    curation: Curation | None = None,
    model: MatchModel | None = None,
    changed: frozenset[str] | set[str] = frozenset(),
) -> DedupResult:
    """The works of ``rows`` (all current records), computed from ``last`` (the previous
    run's result) by matching only what changed: the records that are not in ``last``, the
    ``changed`` ones (same id, new content) and the removed ones, with ``model`` (the model of
    ``last``; its stored edges were scored with it), as the module docstring says.

    A full rebuild when there is no previous state (``last.keys``) or model. The result is
    complete (every work), as the lake holds it after the delta is applied.
    """
    previous = {r["record_id"]: r["work_id"] for r in last.work_records}
    redirects = {r["old_work_id"]: r["merged_into"] for r in last.redirects}
    if not previous or model is None or last.keys is None:
        return deduplicate(rows, previous, redirects, curation, model)
    current = {r["record_id"] for r in rows}
    fresh = [r for r in rows if r["record_id"] not in previous or r["record_id"] in changed]
    removed = previous.keys() - current
    with bulk():
        delta = plan(MemoryNeighbourhood(rows, last), fresh, set(changed) & current, set(removed), curation, model)
    return apply(last, delta, model)


def apply(last: DedupResult, delta, model: MatchModel) -> DedupResult:
    """``last`` with the rows of an ``incremental.Delta`` in place of those in its scope:
    what the lake's tables hold after the same delta is written to them."""
    works = [w for w in last.works if w["work_id"] not in delta.work_scope] + delta.works
    scope = delta.record_scope
    work_records = [r for r in last.work_records if r["record_id"] not in scope] + delta.work_records
    redirects = {r["old_work_id"]: r for r in last.redirects}
    redirects.update((r["old_work_id"], r) for r in delta.redirects)
    edges = [e for e in last.edges if e["record_a"] not in scope and e["record_b"] not in scope] + delta.edges
    edges.sort(key=lambda e: (e["record_a"], e["record_b"]))
    keys = last.keys.filter(pc.invert(pc.is_in(last.keys["record_id"], pa.array(sorted(delta.key_scope), pa.string()))))
    return DedupResult(works, work_records, [redirects[k] for k in sorted(redirects)], edges, delta.stats, model,
                       pa.concat_tables([keys, delta.keys]), set(delta.curated))
