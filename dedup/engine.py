"""From records to works: blocking -> pair features -> match model (estimated from the
records, ``dedup.model``) and hard evidence -> constrained clustering -> stable ids ->
survivorship. Pure: rows in, rows out.

Two modes give the same works:

* ``deduplicate``: a full rebuild, scoring every candidate pair;
* ``incremental.deduplicate_incremental``: for the nightly run, scores only the pairs that involve new
  or changed records, then re-clusters the records connected to them, reusing the stored
  edges of the old records (``dedup.incremental``: how, and why the result equals a full
  rebuild). Its cost follows the change, not the lake.
"""

from __future__ import annotations

import gc
import logging
import resource
import time
from collections import defaultdict
from contextlib import contextmanager

import numpy as np
import pyarrow as pa
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process
from types import SimpleNamespace
from dataclasses import dataclass, field

from .blocking import build_blocks, candidate_pairs, keys_table, spelling_keys
from .classifier import feature_matrix
from .cluster import Edge, adjacency, cluster, explain_tree
from .curation import Curation, CurationError
from .features import (PairFeatures, RecordColumns, RecordFields, array_fields, features, pair_features,
                       PYTHON_COLUMNS, python_columns, record_text)
from .ids import Elsewhere, assign_ids
from . import parallel
from .parallel import fork_map
from .prepare import Rec, prepare
from .model import MATCH_PROBABILITY, PRIOR_PAIRS, recurring_titles, MatchModel, estimate, levels
from .rules import SAME_IDENTIFIER, same_identifier, veto, vetoed
from .survivorship import rank_key, survivor_fields

log = logging.getLogger(__name__)

# The version of comparisons, vetoes, blocking and clustering; works record it with the id of
# the match model (``dedup_version`` = "<version>/<model id>"). A change to either makes the
# next run a full rebuild.
DEDUP_VERSION = "13"  # 5: blocking keys and curated records kept for incremental runs; 6: titles by source quality;
# 7: author overlap of two lists as long no longer depends on which record comes first;
# 8: edge scores on a grid of SCORE_DECIMALS places, so a stored score reads back as scored;
# 9: the trained matcher's likenesses over each record's whole text (``dedup.whole_record``);
# 10: a blocking key of a title's opening letters; the trained layer's line from held-out labels
# 11: the "different parts" veto only when both titles name a part ("part i" = "part 1"); two
# groups of two or more records join only through two or more edges
# 12: a trained model also blocks by a title's closing letters; its layer compares titles by
# letter triples (``whole_record.letter_triples``)
# 13: a trained model also blocks a record that names no authors by its title's core (the
# author names run into the title, and what follows them, taken off: ``blocking.title_core``)

# An edge's score (its match probability) is kept to this many decimal places: a point of a
# fixed grid. A store that gives a float64 back a bit or a few off (DuckLake's SQLite catalog
# did so for about one in five scores of the rows it keeps inline, and for none of 900
# 12-place ones) gives the same score once read back through ``canonical_scores``. So the
# stored edges an incremental run reuses order against the pairs it scores fresh exactly as
# a full rebuild orders them, ties included (ties break by record id). The grid's step is
# thousands of times a float64's spacing below 1; what it gives up: scores the same to 12
# places tie, and every pair of more than ~41 bits of match weight scores 1.0.
SCORE_DECIMALS = 12


def canonical_scores(scores):
    """Scores (a float or an array) on the grid of ``SCORE_DECIMALS`` places; the grid's
    points are fixed points, and a value a few bits off one goes back to it."""
    return np.round(scores, SCORE_DECIMALS)


def dedup_version(model: MatchModel) -> str:
    return f"{DEDUP_VERSION}/{model.model_id}"


@dataclass
class DedupResult:
    works: list[dict]
    work_records: list[dict]
    redirects: list[dict]
    edges: list[dict] = field(default_factory=list)
    stats: dict = field(default_factory=dict)
    model: MatchModel | None = None
    # What the next incremental run needs besides the rows above: every record's blocking
    # keys (``schemas.BLOCK_KEYS``) and the records this run's curation named.
    keys: pa.Table | None = None
    curated: set[str] = field(default_factory=set)


def similarities(recs: list[Rec], pairs: np.ndarray, cols: RecordColumns | None = None) -> tuple[np.ndarray, ...]:
    """Title ratio, token-set ratio, main-title ratio, all-words token-set ratio (for pairs
    with an incomplete record, see ``features.incomplete``) and the same-identifier flag for
    every pair; the ratios by rapidfuzz in C++ on all cores."""
    cols = cols or RecordColumns(recs)
    a, b = pairs[:, 0], pairs[:, 1]
    keys = cols.keys
    # Equal title keys score 100; the rest are compared, gathered in C (no Python loop).
    title = np.full(len(pairs), 100.0, dtype=np.float32)
    title_set = np.full(len(pairs), 100.0, dtype=np.float32)
    differ = np.flatnonzero((cols.key[a] != cols.key[b]) | cols.no_key[a])  # token_set_ratio("", "") is 0
    qa, qb = keys[a[differ]], keys[b[differ]]
    title[differ] = process.cpdist(qa, qb, scorer=fuzz.ratio, workers=-1)
    title_set[differ] = process.cpdist(qa, qb, scorer=fuzz.token_set_ratio, workers=-1)
    del qa, qb
    main = np.zeros(len(pairs), dtype=np.float32)
    sel = np.flatnonzero(cols.has_main[a] | cols.has_main[b])
    if len(sel):
        main[sel] = process.cpdist(cols.mains[a[sel]], cols.mains[b[sel]], scorer=fuzz.ratio, workers=-1)
    text_set = title_set.copy()
    sel = differ[cols.incomplete[a[differ]] | cols.incomplete[b[differ]]]
    if len(sel):
        texts = np.empty(len(recs), dtype=object)
        need = np.unique(np.concatenate([a[sel], b[sel]]))  # only the records of these pairs
        texts[need] = [record_text(recs[i]) for i in need.tolist()]
        text_set[sel] = np.maximum(title_set[sel], process.cpdist(
            texts[a[sel]], texts[b[sel]], scorer=fuzz.token_set_ratio, processor=default_process, workers=-1))
    same_id = np.zeros(len(pairs), dtype=bool)
    for code in (cols.arxiv, cols.doi):
        same_id |= (code[a] >= 0) & (code[a] == code[b])
    return title, title_set, main, text_set, same_id


# Below this many pairs, one process is faster than starting workers.
PARALLEL_MIN_PAIRS = 200_000


def _python_chunk(shared: tuple, bounds: tuple[int, int]) -> tuple[np.ndarray, ...]:
    recs, a, b = shared
    return python_columns(recs, a[bounds[0]:bounds[1]], b[bounds[0]:bounds[1]])


def _python_features(recs: list[Rec], pairs: np.ndarray, workers: int) -> tuple[np.ndarray, ...]:
    """``python_columns`` for ``pairs``, in forked workers when there are many."""
    a, b = pairs[:, 0].tolist(), pairs[:, 1].tolist()
    if len(pairs) < PARALLEL_MIN_PAIRS:
        workers = 1
    step = max(1, -(-len(pairs) // (workers * 4)))
    bounds = [(lo, min(lo + step, len(pairs))) for lo in range(0, len(pairs), step)]
    parts = fork_map(_python_chunk, (recs, a, b), bounds, workers)
    if not parts:
        return tuple(np.zeros(0, dtype=np.int64) for _ in PYTHON_COLUMNS)
    return tuple(np.concatenate(col) for col in zip(*parts))


def pair_table(recs: list[Rec], pairs: np.ndarray, cols: RecordColumns, workers: int,
               model: MatchModel | None = None) -> tuple[np.ndarray, PairFeatures]:
    """(selected, features): the features of the candidate pairs worth comparing in full.
    With a ``model``, a pair is skipped when even its best possible author evidence could
    not lift it to an edge (an exact bound: the model's weights of the levels known from
    the arrays, plus the largest author weight); without one, every pair is kept."""
    title, title_set, main, text_set, same_id = similarities(recs, pairs, cols)
    sel = np.arange(len(pairs))
    if model is not None and len(pairs):
        known = SimpleNamespace(title=title, title_set=title_set, main=main, text_set=text_set,
                                **array_fields(cols, pairs[:, 0], pairs[:, 1]))
        bound = model.upper_bound(known)
        sel = np.flatnonzero(same_id | (bound > model.threshold_weight))
    chosen = pairs[sel]
    f = features(cols, chosen, title[sel], title_set[sel], main[sel],
                 lambda p: _python_features(recs, p, workers), text_set=text_set[sel])
    return sel, f


def probabilities(model: MatchModel, f: PairFeatures, recs: list[Rec], pairs: np.ndarray) -> np.ndarray:
    """Match probability of ``pairs`` (whose features are ``f``) under ``model``."""
    if model.classifier is None:
        return model.probability(levels(f))
    return model.pair_probability(levels(f), feature_matrix(f, recs, pairs, model.words))


def score_pairs(recs: list[Rec], pairs: np.ndarray, model: MatchModel, workers: int | None = None,
                cols: RecordColumns | None = None) -> list[Edge]:
    """Edges for the candidate pairs that are not vetoed and either share an identifier
    (``rules.same_identifier``) or reach the model's match probability."""
    if len(pairs) == 0:
        return []
    cols = cols or RecordColumns(recs)
    cols.mark_recurring(model.recurring)
    workers = parallel.workers() if workers is None else workers
    sel, f = pair_table(recs, pairs, cols, workers, model)
    chosen = pairs[sel]
    prob = probabilities(model, f, recs, chosen)
    ident = same_identifier(f)
    hit = np.flatnonzero(~vetoed(f) & (ident | model.is_match(prob)))  # decided on the exact probability
    label = f"model@{model.model_id}"
    return [Edge(a, b, 1.0 if i else p, SAME_IDENTIFIER if i else label) for a, b, p, i in
            zip(chosen[hit, 0].tolist(), chosen[hit, 1].tolist(), canonical_scores(prob[hit]).tolist(),
                ident[hit].tolist())]


# Candidate pairs EM sees: a sample this large estimates a dozen shares per comparison well.
TRAINING_PAIRS = 300_000


def _sample(ranks: np.ndarray, k: int) -> np.ndarray:
    """Indices of ``k`` rows of a (n, 2) array of record ranks, chosen by a hash of the
    ranks (so the same records give the same sample, in any input order)."""
    if len(ranks) <= k:
        return np.arange(len(ranks))
    return np.sort(np.argsort(pair_hash(ranks), kind="stable")[:k])


def pair_hash(ranks: np.ndarray) -> np.ndarray:
    """``_sample``'s hash (uint64) of each row of a (n, 2) array of record ranks, the same for
    a pair in either order (the Spark engine computes it where the pairs are made)."""
    lo, hi = np.minimum(ranks[:, 0], ranks[:, 1]), np.maximum(ranks[:, 0], ranks[:, 1])
    h = (lo.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) ^ (hi.astype(np.uint64) * np.uint64(0xC2B2AE3D27D4EB4F))
    h ^= h >> np.uint64(31)
    return h


def train(recs: list[Rec], pairs: np.ndarray, cols: RecordColumns, rank: np.ndarray,
          workers: int, start: MatchModel | None = None, prior_pairs: float = PRIOR_PAIRS) -> MatchModel:
    """Estimate a match model from these records by EM over (a sample of) their candidate
    pairs. Depends only on the set of records, not on their order."""
    sample = pairs[_sample(rank[pairs], TRAINING_PAIRS)] if len(pairs) else pairs
    return train_on_sample(recs, sample, len(pairs), cols, workers, start, prior_pairs)


def train_on_sample(recs: list[Rec], sample: np.ndarray, total_pairs: int, cols: RecordColumns, workers: int,
                    start: MatchModel | None = None, prior_pairs: float = PRIOR_PAIRS) -> MatchModel:
    """``train``'s estimate from its sample of the candidate pairs (``_sample``), whoever drew
    it (the Spark engine draws the same sample from pairs it never gathers in one place)."""
    recurring = recurring_titles((r.key, r.authors[0] if r.authors else None, r.year) for r in recs)
    cols.mark_recurring(recurring)
    _, f = pair_table(recs, sample, cols, workers)
    model = estimate(levels(f), start, prior_pairs, recurring)
    model.trained["candidate_pairs_total"] = int(total_pairs)
    # The model exactly as the lake stores it (floats to 9 digits): edges scored now and pairs
    # scored by a later incremental run with the stored model get the same probabilities.
    return MatchModel.from_json(model.to_json())


class _Context:
    """Records, their index and the curation constraints, shared by both modes."""

    def __init__(self, rows: list[dict], previous: dict[str, str], curation: Curation | None):
        self.rows = rows
        self._records(prepare(rows))
        self.by_work: dict[str, list[str]] = defaultdict(list)
        for rid, wid in previous.items():
            self.by_work[wid].append(rid)
        must_ids, cannot_ids = (curation or Curation()).expand(self.by_work)
        idx = self.index
        self.must = [(idx[a], idx[b]) for a, b in must_ids if a in idx and b in idx]
        self.cannot = {frozenset(idx[x] for x in p) for p in cannot_ids if all(x in idx for x in p)}

    @classmethod
    def for_clustering(cls, rids: list[str], rank: np.ndarray, cols: RecordColumns, must: list[tuple[int, int]],
                       cannot: set[frozenset[int]]) -> "_Context":
        """The part of a context that clustering reads (record ids and ranks, the records'
        columns, the constraints), without the rows or the prepared records: what the Spark
        engine's executors build for the records of a bucket of components."""
        ctx = cls.__new__(cls)
        ctx.rows, ctx.by_work, ctx.must, ctx.cannot = None, {}, must, cannot
        ctx.recs, ctx.rids, ctx.index, ctx.rank, ctx.cols = None, rids, None, rank, cols
        ctx._signature = ctx._example = ctx._veto_memo = None
        return ctx

    def _records(self, recs: list[Rec]) -> None:
        self.recs = recs
        self.rids = [r.record_id for r in recs]
        self.index = {rid: i for i, rid in enumerate(self.rids)}
        # Each record's position in record-id order: ties everywhere break by record id.
        self.rank = np.empty(len(self.rids), dtype=np.int64)
        self.rank[np.argsort(np.array(self.rids, dtype=object), kind="stable")] = np.arange(len(self.rids))
        self.cols: RecordColumns | None = None  # see ``columns``
        self._signature: list[int] | None = None
        self._example: list[int] | None = None
        self._veto_memo: dict[tuple[int, int], bool] | None = None

    def rid(self, i: int) -> str:
        return self.rids[i]

    def order_edges(self, edges: list[Edge]) -> list[Edge]:
        """Edges in clustering order: strongest first, ties by the pair's record ids (so the
        order, and hence the works, never depend on input order)."""
        lo, hi = self.edge_ranks(edges)
        score = np.fromiter((e.score for e in edges), dtype=np.float64, count=len(edges))
        return [edges[i] for i in np.lexsort((hi, lo, -score)).tolist()]

    def edge_ranks(self, edges: list[Edge]) -> tuple[np.ndarray, np.ndarray]:
        """Per edge, the record-id ranks of its two records, smaller first."""
        a = self.rank[np.fromiter((e.a for e in edges), dtype=np.int64, count=len(edges))]
        b = self.rank[np.fromiter((e.b for e in edges), dtype=np.int64, count=len(edges))]
        return np.minimum(a, b), np.maximum(a, b)

    def conflict(self, xs: list[int], ys: list[int]) -> bool:
        """Can the records ``xs`` and ``ys`` not be one work? True when a cannot-link or any
        veto of ``rules.VETOES`` separates some pair across them: the same predicate that
        pair scoring applies, so no work ever holds a pair a veto rejects."""
        if self.cannot and any(frozenset((x, y)) in self.cannot for x in xs for y in ys):
            return True
        if len(xs) == 1 and len(ys) == 1:  # joined by a scored edge: its pair passed the vetoes
            return False
        if self._signature is None:
            self._index_signatures()
        sig = self._signature
        for a in {sig[x] for x in xs}:
            for b in {sig[y] for y in ys}:
                if self._vetoed_signatures(a, b):
                    return True
        return False

    def release(self) -> None:
        """Drop the prepared records and everything built from them (clustering is done)."""
        self.recs = self.cols = self._signature = self._example = self._veto_memo = None

    def columns(self) -> RecordColumns:
        """The records' feature columns, built once for scoring and clustering."""
        if self.cols is None:
            self.cols = RecordColumns(self.recs)
        return self.cols

    def _index_signatures(self) -> None:
        """The vetoes look only at a record's year, arXiv id, DOI, document, part, venue kind
        and whether it is published, so records with the same values there (their signature)
        are vetoed alike: clustering asks once per pair of signatures."""
        cols = self.columns()
        columns = np.stack([cols.year, cols.arxiv, cols.doi, cols.doc, cols.part, cols.kind,
                            cols.published.astype(np.int64)], axis=1)
        _, first, inverse = np.unique(columns, axis=0, return_index=True, return_inverse=True)
        self._signature = inverse.reshape(-1).tolist()
        self._example = first.tolist()  # a record of each signature
        self._veto_memo: dict[tuple[int, int], bool] = {}

    def _vetoed_signatures(self, a: int, b: int) -> bool:
        key = (a, b) if a <= b else (b, a)
        hit = self._veto_memo.get(key)
        if hit is None:
            pair = np.array([[self._example[a], self._example[b]]], dtype=np.int64)
            hit = self._veto_memo[key] = bool(vetoed(RecordFields.of(self.cols, pair))[0])
        return hit

    def cluster(self, nodes, edges: list[Edge]) -> tuple[list[list[int]], list[Edge]]:
        nodes = set(nodes)
        must = [(a, b) for a, b in self.must if a in nodes and b in nodes]
        clusters, tree = cluster(sorted(nodes), self.order_edges(edges), self.conflict, must)
        groups = clusters.groups()
        for g in groups:
            members = set(g)
            for pair in self.cannot:
                if pair <= members:
                    raise CurationError("curation must_links join records that a cannot_link separates: "
                                        + ", ".join(sorted(self.rid(i) for i in pair)))
        return groups, tree


def _assemble(ctx: _Context, groups: list[list[int]], tree: list[Edge], edges: list[Edge],
              previous: dict[str, str], old_redirects: dict[str, str], stats: dict,
              model: MatchModel, elsewhere: Elsewhere | None = None) -> DedupResult:
    rows, rids = ctx.rows, ctx.rids
    rank = ctx.rank.tolist()
    groups = sorted(groups, key=lambda g: min(map(rank.__getitem__, g)))
    work_ids, redirects = assign_ids([[rids[i] for i in g] for g in groups], previous, old_redirects, elsewhere)
    adjacent = adjacency(tree)
    version = dedup_version(model)
    works, work_records = [], []
    for wid, g in zip(work_ids, groups):
        members = [rows[i] for i in g]
        if len(g) == 1:
            via, ranks = {}, None
        else:
            ranks = {r["record_id"]: rank_key(r) for r in members}
            via = explain_tree(g, ctx.index[min(ranks, key=ranks.__getitem__)], adjacent)
        works.append({
            "work_id": wid,
            **survivor_fields(members, ranks),
            "n_records": len(g),
            "n_sources": len({r.get("source_uri") or r.get("doc_id") for r in members}),
            "dedup_version": version,
        })
        for i in g:
            e = via.get(i)
            work_records.append({
                "work_id": wid,
                "record_id": rids[i],
                "rule": e.rule if e else "survivor",
                "score": e.score if e else None,
                "matched_record_id": rids[e.a] if e else None,
                "record_hash": rows[i].get("content_hash"),  # the content the record was placed with
            })
    redirect_rows = [{"old_work_id": o, "merged_into": n, "reason": "merged"} for o, n in sorted(redirects.items())]
    stats = {**stats, "records": len(rows), "edges": len(edges), "works": len(works), "model": model.model_id}
    log.info("dedup: %s", stats)
    return DedupResult(works, work_records, redirect_rows, _edge_rows(ctx, edges), stats, model)


def _full_run_state(result: DedupResult, ctx: _Context, keys: pa.Table, curation: Curation | None) -> None:
    """What a full rebuild hands the next incremental run besides its rows: every record's
    blocking keys and the records its curation named."""
    result.keys = keys
    result.curated = curation.named_records(
        lambda works: {w: ctx.by_work[w] for w in works if w in ctx.by_work}) if curation else set()


def _edge_rows(ctx: _Context, edges: list[Edge]) -> list[dict]:
    """``match_edges`` rows, each pair's record ids in order, sorted by them."""
    lo, hi = ctx.edge_ranks(edges)
    by_rank = np.argsort(ctx.rank)  # rank -> record index
    rids = ctx.rids
    out = []
    order = np.lexsort((hi, lo))
    for k, x, y in zip(order.tolist(), by_rank[lo[order]].tolist(), by_rank[hi[order]].tolist()):
        e = edges[k]
        out.append({"record_a": rids[x], "record_b": rids[y], "score": e.score, "rule": e.rule})
    return out


def deduplicate(
    rows: list[dict],
    previous: dict[str, str] | None = None,
    old_redirects: dict[str, str] | None = None,
    curation: Curation | None = None,
    model: MatchModel | None = None,
) -> DedupResult:
    """Full rebuild: group record rows (``records`` table dicts) into works.

    ``previous`` maps record_id -> work_id from the last run, so ids stay stable;
    ``old_redirects`` is the redirect table so far. ``model`` is the match model to apply;
    without one, a model is estimated from these records first (``DedupResult.model``).
    """
    previous = previous or {}
    lap = _Laps()
    with bulk():
        ctx = _Context(rows, previous, curation)
        lap("prepare")
        blocks: dict = {}
        entries = build_blocks(ctx.recs, spelling_keys(model))
        keys = keys_table(ctx.rids, entries)
        pairs = candidate_pairs(ctx.recs, report=blocks, entries=entries)
        del entries
        n_pairs = len(pairs)
        lap("blocking")
        workers = parallel.workers()
        if model is None:
            model = train(ctx.recs, pairs, ctx.columns(), ctx.rank, workers)
            lap("training")
        edges = score_pairs(ctx.recs, pairs, model, workers, cols=ctx.columns())
        lap("scoring")
        groups, tree = ctx.cluster(range(len(ctx.recs)), edges)
        del pairs
        ctx.release()  # assembling works reads the rows; the memory goes to the results
        lap("clustering")
        result = _assemble(ctx, groups, tree, edges, previous, old_redirects or {},
                           {"mode": "full", "candidate_pairs": n_pairs, **blocks}, model)
        _full_run_state(result, ctx, keys, curation)
        lap("assemble")
    result.stats["phase_seconds"] = lap.seconds
    result.stats["phase_peak_rss_mb"] = lap.peak_rss_mb
    return result


@contextmanager
def bulk():
    """Python's cycle collector off for a bulk run: dedup allocates millions of small objects
    and no reference cycles, and the collector's passes over them cost up to 40% of a run."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Laps:
    """Seconds per phase, and the process's peak memory at the end of each, for the stats."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.peak_rss_mb: dict[str, int] = {}
        self._t = time.perf_counter()

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        self.seconds[name] = round(now - self._t, 2)
        self.peak_rss_mb[name] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # KiB on Linux
        self._t = now


@dataclass
class Verdict:
    """What the matcher decides about one pair, and why (``explain`` and benchmarks)."""

    veto: str | None
    identifier: bool  # hard evidence: the same arXiv id or DOI, not contradicted
    probability: float
    waterfall: list[tuple[str, str, float]]  # (comparison, level, weight), the prior first

    @property
    def edge(self) -> bool:
        return self.veto is None and (self.identifier or self.probability > MATCH_PROBABILITY)


def judge(a: Rec, b: Rec, model: MatchModel) -> Verdict:
    """The decision ``score_pairs`` makes for the pair (a, b), computed for that pair alone."""
    f = pair_features(a, b, model.recurring)
    lv = levels(f)
    x = None
    if model.classifier is not None:
        one = SimpleNamespace(**{k: np.asarray([v]) for k, v in f._asdict().items()})
        x = feature_matrix(one, [a, b], np.array([[0, 1]]), model.words)
    return Verdict(veto(f), bool(same_identifier(f)), float(model.pair_probability(lv[None, :], x)[0]),
                   model.waterfall(lv, None if x is None else x[0]))
