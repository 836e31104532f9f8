"""What a person should look at first (``scholarlake review``). Pure: the lake's records,
their works and the match model in; review items and summary figures out.

Items, each a pair of records shown side by side with the matcher's verdict on them:

- ``weak merge``: a pair of one work that the model gives less than ``WEAK_MERGE``, the
  least likely first;
- ``near miss``: a candidate pair the model kept apart with a probability of at least
  ``NEAR_MISS``, in two different works;
- ``disagreement``: two records of one work whose years are more than one apart, or whose
  venues are of different kinds (a journal and a conference);
- ``identifier conflict``: two records of one work that name different arXiv ids or DOIs
  (a CV's link pointing at another paper).

At most ``PER_KIND`` items of each kind, the most doubtful first; identifier conflicts lead.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np

from .blocking import candidate_pairs, spelling_keys
from .engine import judge, pair_table, probabilities
from .features import RecordColumns
from .model import MATCH_PROBABILITY, MatchModel
from .prepare import prepare, venue_kind_of
from .rules import vetoed

NEAR_MISS = 0.2  # a kept-apart pair at least this likely is worth a look
WEAK_MERGE = 0.95  # a merged pair less likely than this is worth a look
PER_KIND = 50
SCORE_BINS = 20  # bins of the probability histograms
SHOWN_FIELDS = ("title", "authors", "year", "venue", "arxiv_id", "doi", "source_kind", "source_uri")


@dataclass
class Item:
    kind: str  # weak merge / near miss / disagreement / identifier conflict
    left: dict  # the records' fields as shown
    right: dict
    probability: float
    same_work: bool
    why: str  # one line: what makes it doubtful
    differing: list[str] = field(default_factory=list)  # fields whose values differ
    waterfall: list[tuple[str, str, float]] = field(default_factory=list)


@dataclass
class Review:
    items: list[Item]
    works_per_year: dict[str, int]
    works_per_source: dict[str, int]
    overlap: dict[tuple[str, str], int]  # works that both source kinds hold
    merged_scores: list[int]  # histogram of candidate pairs' probabilities, same work
    apart_scores: list[int]  # ... different works
    n_records: int
    n_works: int
    model_id: str


def _shown(row: dict) -> dict:
    out = {k: row.get(k) for k in SHOWN_FIELDS}
    out["record_id"] = row["record_id"]
    out["authors"] = list(row.get("authors") or [])
    return out


def _differing(a: dict, b: dict) -> list[str]:
    return [k for k in ("title", "authors", "year", "venue", "arxiv_id", "doi") if (a.get(k) or None) != (b.get(k) or None)]


def _scored(rows: list[dict], model: MatchModel):
    """(rows sorted by id, their prepared records, candidate pairs, each pair's probability
    under ``model``, whether a veto forbids it)."""
    rows = sorted(rows, key=lambda r: r["record_id"])
    recs = prepare(rows)
    pairs = candidate_pairs(recs, spelling=spelling_keys(model))
    probs = np.zeros(0)
    veto = np.zeros(0, dtype=bool)
    if len(pairs):
        cols = RecordColumns(recs)
        cols.mark_recurring(model.recurring)
        _, f = pair_table(recs, pairs, cols, workers=1)
        probs = probabilities(model, f, recs, pairs)
        veto = vetoed(f)
    return rows, recs, pairs, probs, veto


def uncertain_pairs(rows: list[dict], model: MatchModel, known: set[frozenset[str]], n: int) -> list[Item]:
    """The ``n`` candidate pairs whose label would teach the matcher most: those it is least
    sure of (probability nearest 0.5, as dedupe's active learner asks), vetoed pairs and
    pairs in ``known`` left out, at most one question per record so that the answers cover
    more of the lake."""
    rows, recs, pairs, probs, veto = _scored(rows, model)
    by_id = {r["record_id"]: r for r in rows}
    ids = [r.record_id for r in recs]
    out = []
    for k in select_uncertain(ids, pairs, probs, veto, known, n):
        a, b = ids[pairs[k, 0]], ids[pairs[k, 1]]
        v = judge(recs[pairs[k, 0]], recs[pairs[k, 1]], model)
        left, right = _shown(by_id[a]), _shown(by_id[b])
        out.append(Item("uncertain", left, right, v.probability, False, f"probability {v.probability:.2f}",
                        _differing(left, right), v.waterfall))
    return out


def select_uncertain(ids: list[str], pairs: np.ndarray, probs: np.ndarray, veto: np.ndarray,
                     known: set[frozenset[str]], n: int, answerable: set[frozenset[str]] | None = None) -> list[int]:
    """Indices of the ``n`` pairs ``uncertain_pairs`` asks about; with ``answerable``, only
    pairs in it (a benchmark answering from a labelled split)."""
    out, asked = [], set()
    for k in np.argsort(np.abs(probs - 0.5), kind="stable").tolist():
        if len(out) >= n:
            break
        a, b = ids[pairs[k, 0]], ids[pairs[k, 1]]
        pair = frozenset((a, b))
        if veto[k] or pair in known or a in asked or b in asked or (answerable is not None and pair not in answerable):
            continue
        asked.update((a, b))
        out.append(k)
    return out


def build(rows: list[dict], work_of: dict[str, str], model: MatchModel) -> Review:
    """The review of a lake: ``rows`` its records, ``work_of`` record id -> work id."""
    rows, recs, pairs, probs, veto = _scored(rows, model)
    by_id = {r["record_id"]: r for r in rows}
    rec_of = {r.record_id: r for r in recs}
    ids = [r.record_id for r in recs]
    same = np.array([work_of.get(ids[a]) == work_of.get(ids[b]) for a, b in pairs.tolist()], dtype=bool)

    def item(kind: str, a: str, b: str, why: str) -> Item:
        left, right = _shown(by_id[a]), _shown(by_id[b])
        v = judge(rec_of[a], rec_of[b], model)
        return Item(kind, left, right, v.probability, work_of.get(a) == work_of.get(b), why,
                    _differing(left, right), v.waterfall)

    items: list[Item] = []
    merged = np.flatnonzero(same & ~veto & (probs > MATCH_PROBABILITY) & (probs < WEAK_MERGE))
    for k in merged[np.argsort(probs[merged], kind="stable")][:PER_KIND]:
        a, b = ids[pairs[k, 0]], ids[pairs[k, 1]]
        items.append(item("weak merge", a, b, f"merged on the least evidence: probability {probs[k]:.2f}"))
    apart = np.flatnonzero(~same & (probs >= NEAR_MISS))
    for k in apart[np.argsort(-probs[apart], kind="stable")][:PER_KIND]:
        a, b = ids[pairs[k, 0]], ids[pairs[k, 1]]
        reason = "vetoed" if veto[k] else f"kept apart at probability {probs[k]:.2f}"
        items.append(item("near miss", a, b, reason))
    members: dict[str, list[str]] = defaultdict(list)
    for rid in ids:
        if rid in work_of:
            members[work_of[rid]].append(rid)
    disagreements, conflicts = [], []
    for work, rids in sorted(members.items()):
        if len(rids) < 2:
            continue
        first = rids[0]
        for other in rids[1:]:
            a, b = by_id[first], by_id[other]
            if a.get("year") and b.get("year") and abs(a["year"] - b["year"]) > 1:
                disagreements.append((abs(a["year"] - b["year"]), first, other, f"years {a['year']} and {b['year']}"))
            else:
                ka, kb = venue_kind_of(a), venue_kind_of(b)
                if ka and kb and ka != kb and "preprint" not in (ka, kb):
                    disagreements.append((1, first, other, f"venues of different kinds: {ka} and {kb}"))
            for key in ("arxiv_id", "doi"):
                if a.get(key) and b.get(key) and a[key] != b[key]:
                    conflicts.append((first, other, f"two {key.replace('_', ' ')}s in one work: {a[key]} and {b[key]}"))
    for _, a, b, why in sorted(disagreements, key=lambda d: -d[0])[:PER_KIND]:
        items.append(item("disagreement", a, b, why))
    items = [item("identifier conflict", a, b, why) for a, b, why in conflicts[:PER_KIND]] + items

    works_year: Counter = Counter()
    works_source: Counter = Counter()
    overlap: Counter = Counter()
    for work, rids in members.items():
        years = [by_id[r]["year"] for r in rids if by_id[r].get("year")]
        works_year[str(min(years)) if years else "unknown"] += 1
        kinds = sorted({by_id[r].get("source_kind") or "unknown" for r in rids})
        for kind in kinds:
            works_source[kind] += 1
        for i, x in enumerate(kinds):
            for y in kinds[i + 1:]:
                overlap[(x, y)] += 1
    bins = np.linspace(0, 1, SCORE_BINS + 1)
    return Review(
        items=items,
        works_per_year=dict(sorted(works_year.items())),
        works_per_source=dict(works_source.most_common()),
        overlap=dict(overlap),
        merged_scores=np.histogram(probs[same], bins)[0].tolist() if len(pairs) else [0] * SCORE_BINS,
        apart_scores=np.histogram(probs[~same], bins)[0].tolist() if len(pairs) else [0] * SCORE_BINS,
        n_records=len(rows),
        n_works=len(members),
        model_id=model.model_id,
    )
