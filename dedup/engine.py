"""From records to works: blocking -> pair features -> rules -> constrained clustering ->
stable ids -> survivorship. Pure: rows in, rows out."""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field

from .blocking import candidate_pairs
from .cluster import Edge, adjacency, cluster, explain_tree
from .curation import Curation, CurationError
from .features import pair_features
from .ids import assign_ids
from .prepare import Rec, prepare
from .rules import RULES, Rule, best_rule
from .survivorship import rank_key, survivor_fields

log = logging.getLogger(__name__)

DEDUP_VERSION = "1+" + ",".join(r.label for r in RULES)


@dataclass
class DedupResult:
    works: list[dict]
    work_records: list[dict]
    redirects: list[dict]
    stats: dict = field(default_factory=dict)


def _conflict_fn(recs: list[Rec], cannot: set[frozenset[int]]):
    def conflict(x: int, y: int) -> bool:
        a, b = recs[x], recs[y]
        if a.arxiv_id and b.arxiv_id and a.arxiv_id != b.arxiv_id:
            return True
        if a.doc_id and a.doc_id == b.doc_id:
            return True
        if a.year and b.year and abs(a.year - b.year) > 3:
            return True
        return bool(cannot) and frozenset((x, y)) in cannot

    return conflict


def score_pairs(recs: list[Rec], pairs, rules: tuple[Rule, ...] = RULES) -> list[Edge]:
    edges = []
    for a, b in pairs:
        hit = best_rule(pair_features(recs[a], recs[b]), rules)
        if hit:
            rule, score = hit
            edges.append(Edge(a, b, score, rule.label))
    return edges


def deduplicate(
    rows: list[dict],
    previous: dict[str, str] | None = None,
    old_redirects: dict[str, str] | None = None,
    curation: Curation | None = None,
    rules: tuple[Rule, ...] = RULES,
) -> DedupResult:
    """Group record rows (``records`` table dicts) into works.

    ``previous`` maps record_id -> work_id from the last run, so ids stay stable;
    ``old_redirects`` is the redirect table so far.
    """
    previous = previous or {}
    recs = prepare(rows)
    index = {r.record_id: r.idx for r in recs}
    by_work: dict[str, list[str]] = defaultdict(list)
    for rid, wid in previous.items():
        by_work[wid].append(rid)
    must_ids, cannot_ids = (curation or Curation()).expand(by_work)
    must = [(index[a], index[b]) for a, b in must_ids if a in index and b in index]
    cannot = {frozenset(index[x] for x in pair) for pair in cannot_ids if all(x in index for x in pair)}

    pairs = candidate_pairs(recs)
    edges = score_pairs(recs, pairs, rules)
    clusters, tree = cluster(len(recs), edges, _conflict_fn(recs, cannot), must)
    groups = clusters.groups()
    for g in groups:
        members = set(g)
        for pair in cannot:
            if pair <= members:
                raise CurationError("curation must_links join records that a cannot_link separates: " + ", ".join(sorted(recs[i].record_id for i in pair)))

    group_ids = [[recs[i].record_id for i in g] for g in groups]
    work_ids, redirects = assign_ids(group_ids, previous, old_redirects or {})
    adjacent = adjacency(tree)

    works, work_records = [], []
    for wid, g in zip(work_ids, groups):
        members = [rows[i] for i in g]
        root = index[min(members, key=rank_key)["record_id"]]
        via = explain_tree(g, root, adjacent)
        fields = survivor_fields(members)
        works.append({
            "work_id": wid,
            **fields,
            "n_records": len(g),
            "n_sources": len({rows[i].get("doc_id") for i in g}),
            "dedup_version": DEDUP_VERSION,
        })
        for i in g:
            e = via.get(i)
            work_records.append({
                "work_id": wid,
                "record_id": recs[i].record_id,
                "rule": e.rule if e else "survivor",
                "score": e.score if e else None,
                "matched_record_id": recs[e.a].record_id if e else None,
            })
    redirect_rows = [{"old_work_id": o, "merged_into": n, "reason": "merged"} for o, n in sorted(redirects.items())]
    stats = {"records": len(recs), "candidate_pairs": len(pairs), "edges": len(edges), "works": len(works)}
    log.info("dedup: %(records)d records, %(candidate_pairs)d candidate pairs, %(edges)d edges, %(works)d works", stats)
    return DedupResult(works, work_records, redirect_rows, stats)
