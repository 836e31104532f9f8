"""A match model fitted from labelled pairs (``scholarlake train``): people's "same paper" /
"different papers" decisions instead of EM's guess.

The model is the same Fellegi-Sunter model as the unsupervised one (``dedup.model``), so
blocking, vetoes, clustering, curation, ``explain`` and the incremental runs work unchanged:

- the labels' own level shares start every method: the shares of the labelled matches
  (``m``) and non-matches (``u``) at each level, with ``LAPLACE_LABELS`` pseudo-pairs spread
  over the levels and the weights made monotone along each comparison's order as EM does;
- the share of matches among candidate pairs (the prior) never comes from the labels, which
  are chosen, not sampled (a balanced split is half matches): it is estimated by EM on the
  lake's own candidate pairs, and ``fit_labels``' methods differ in what else that EM may
  move (``semi``: ``m`` and ``u`` too, the labelled pairs held at their labels);
- ``stacked`` adds a logistic layer over that model's evidence and the pairs' likenesses
  (``dedup.classifier``), the lake's prior again taking the labels' share's place; the
  default (``boosted``) adds gradient-boosted trees beside that layer (``dedup.trees``).

Pure: rows and labels in, a model out.
"""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass

import numpy as np

from . import parallel
from .engine import TRAINING_PAIRS, _sample, pair_table
from .features import RecordColumns
from .model import COMPARISONS, MatchModel, _counts, _monotone, _normalise, levels, recurring_titles
from .blocking import candidate_pairs
from .prepare import prepare

log = logging.getLogger(__name__)

# Pseudo-pairs added to the counts of each class, spread evenly over a comparison's levels.
LAPLACE_LABELS = 1.0
# The logistic fit's L2 penalty on the level weights (in nats, per weight): it keeps a level
# that few labels reach near 0 bits instead of at the extreme a separable sample would give.
L2_PENALTY = 1.0
IRLS_ITERATIONS = 50
PRIOR_ITERATIONS = 200
PRIOR_TOLERANCE = 1e-7


class LabelError(ValueError):
    """Labels that cannot be used: unknown ids, or no example of one class."""


@dataclass(frozen=True)
class Label:
    left: str
    right: str
    match: bool


def parse_labels(text: str, source: str = "labels") -> list[Label]:
    """A labels file: CSV with a header ``left,right,match`` (more columns are ignored);
    ``match`` is 1 or 0 (also y/n, true/false, same/different). A malformed row is a
    LabelError naming the file and line."""
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or not {"left", "right", "match"} <= {f.strip() for f in reader.fieldnames}:
        raise LabelError(f"{source}: the header must have left,right,match")
    out = []
    for row in reader:
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
        value = row["match"].lower()
        if value not in _YES and value not in _NO:
            raise LabelError(f"{source}: line {reader.line_num}: match must be 1 or 0, not {row['match']!r}")
        if not row["left"] or not row["right"] or row["left"] == row["right"]:
            raise LabelError(f"{source}: line {reader.line_num}: needs two different ids")
        out.append(Label(row["left"], row["right"], value in _YES))
    return out


_YES = ("1", "y", "yes", "true", "same")
_NO = ("0", "n", "no", "false", "different")


def fit_labels(label_rows: list[dict], labels: list[Label], lake_rows: list[dict] | None = None,
               source: str = "labels", method: str = "boosted") -> MatchModel:
    """A model from ``labels`` (pairs of ``label_rows``' record ids), finished on the
    candidate pairs of ``lake_rows`` (default: ``label_rows``). ``method``:

    - ``boosted`` (the default): ``stacked`` with gradient-boosted trees beside the logistic
      layer, the log-odds the mean of the two (``dedup.trees``): on the valid splits it beat
      ``stacked`` on DBLP-Scholar (train labels, and 500 chosen by ``label``), Dirty DBLP-ACM
      and Dirty DBLP-Scholar, and lost three pairs on DBLP-ACM;
    - ``stacked``: ``semi``, then a logistic layer over its evidence and the
      pairs' likenesses (``stacked``, ``dedup.classifier``): the levels bin each likeness
      into a few steps, the labels weigh the likenesses themselves;
    - ``semi``: EM over the lake's candidate pairs with the labelled pairs held at their
      labels (``semi_supervised``);
    - ``fs_lake_u``: ``m`` from the labelled matches; ``u`` and the prior by EM over the
      lake's candidate pairs with ``m`` fixed;
    - ``fs``: ``m`` and ``u`` from the labels, the prior from the lake;
    - ``logistic``: level weights fitted jointly (``logistic_weights``), the prior from the lake.

    The levels' model under ``stacked`` is ``semi``'s because labels a person or ``label``
    chose are not a sample of the pairs blocking brings, and every estimate made from the
    labels alone is misled by that. The methods were compared on validation splits, never on
    test (``python -m benchmarks.train_goals --split valid [--active N]``; the figures are in
    the README's "Training the matcher").
    ``source`` names the labels in the model's ``trained`` note."""
    recs = prepare(label_rows)
    index = {r.record_id: r.idx for r in recs}
    unknown = sorted({x for lb in labels for x in (lb.left, lb.right) if x not in index})
    if unknown:
        raise LabelError(f"{len(unknown)} labelled id(s) are not among the records, e.g. {unknown[:3]}")
    if not any(lb.match for lb in labels) or all(lb.match for lb in labels):
        raise LabelError("the labels need examples of both matches and non-matches")
    # one order for the same labels (floating sums, and the logistic fit, depend on it)
    labels = sorted(labels, key=lambda lb: (*sorted((lb.left, lb.right)), lb.match))
    recurring = recurring_titles((r.key, r.authors[0] if r.authors else None, r.year) for r in recs)
    cols = RecordColumns(recs)
    cols.mark_recurring(recurring)
    # each pair oriented by record id, as blocking orients candidate pairs: the same labels
    # give the same features in any row order
    pairs = np.array([(index[a], index[b]) for a, b in (sorted((lb.left, lb.right)) for lb in labels)],
                     dtype=np.int64)
    y = np.array([lb.match for lb in labels], dtype=bool)
    _, f = pair_table(recs, pairs, cols, workers=1)
    lv = levels(f)
    m, u = {}, {}
    for c, mc, uc in zip(COMPARISONS, _counts(lv, y.astype(np.float64)), _counts(lv, (~y).astype(np.float64))):
        spread = LAPLACE_LABELS / len(c.levels)
        mc, uc = mc + spread, uc + spread
        for chain in c.order:
            _monotone(mc, uc, chain)
        m[c.name], u[c.name] = _normalise(mc), _normalise(uc)
    weights, offset = logistic_weights(lv, y) if method == "logistic" else (None, 0.0)
    model = MatchModel(m, u, 0.5, recurring=tuple(recurring), weights=weights, offset=offset)
    lake = lake_rows if lake_rows is not None else label_rows
    if method in ("semi", "stacked", "boosted"):
        # the stacked model blocks with the opening- and closing-letters keys (``blocking.spelling_keys``):
        # its prior is the share of matches among the candidate pairs it will score
        model, pairs_seen = semi_supervised(lake, model, lv, y, spelling=method != "semi")
        if method != "semi":
            model = stacked(model, f, recs, pairs, lv, y, prepare(lake), boosted=method == "boosted")
    else:
        model, pairs_seen = estimate_on_lake(lake, model, refit_u=method == "fs_lake_u")
    model.trained = {"source": source, "method": method, "labels": len(labels), "matches": int(y.sum()),
                     "lake_candidate_pairs": pairs_seen}
    log.info("match model %s from %d labels (%d matches); prior %.4f over %d candidate pairs",
             model.model_id, len(labels), int(y.sum()), model.prior, pairs_seen)
    return MatchModel.from_json(model.to_json())  # as the lake stores it


def stacked(base: MatchModel, f, recs, pairs: np.ndarray, lv: np.ndarray, y: np.ndarray,
            lake_recs: list, boosted: bool = False) -> MatchModel:
    """``base`` with a logistic layer (``dedup.classifier``) fitted on the labelled pairs:
    their evidence under ``base`` and their likenesses; the lake's share of matches is
    ``base``'s prior, and a word's rarity is its rarity among ``lake_recs``; ``boosted``:
    gradient-boosted trees beside the layer (``dedup.trees``)."""
    from .classifier import feature_matrix, fit
    from .whole_record import WordWeights

    words = WordWeights.of(lake_recs)
    layer = fit(base.evidence(lv), feature_matrix(f, recs, pairs, words), y, base.prior, words, boosted)
    return MatchModel(base.m, base.u, base.prior, recurring=base.recurring, classifier=layer)


def lake_patterns(rows: list[dict], model: MatchModel, spelling: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The distinct level patterns of these records' candidate pairs (a sample of at most
    ``TRAINING_PAIRS``, the same for any row order) and how many pairs show each;
    ``spelling``: blocking's ``spelling_keys``."""
    recs = prepare(sorted(rows, key=lambda r: r["record_id"]))  # by id: any row order gives one sample
    pairs = candidate_pairs(recs, spelling=spelling)
    if not len(pairs):
        return np.zeros((0, len(COMPARISONS)), dtype=np.int8), np.zeros(0)
    cols = RecordColumns(recs)
    cols.mark_recurring(model.recurring)
    sample = pairs[_sample(pairs, TRAINING_PAIRS)]  # indices are ranks by id here
    _, f = pair_table(recs, sample, cols, parallel.workers())
    patterns, weight = np.unique(levels(f), axis=0, return_counts=True)
    return patterns, weight.astype(np.float64)


def estimate_on_lake(rows: list[dict], model: MatchModel, refit_u: bool) -> tuple[MatchModel, int]:
    """EM over these records' candidate pairs with the labels' evidence held fixed: the
    share of matches (the prior) always; with ``refit_u``, also ``u``, the level shares among
    the lake's non-matches (labelled non-matches are hard cases a person was asked about,
    not a sample of the pairs blocking brings). Returns the model and the pairs it saw."""
    patterns, weight = lake_patterns(rows, model)
    if not len(patterns):
        return model, 0
    prior, u = 0.1, {k: list(v) for k, v in model.u.items()}
    for _ in range(PRIOR_ITERATIONS):
        current = MatchModel(model.m, u, prior, recurring=model.recurring, weights=model.weights, offset=model.offset)
        p = current.probability(patterns)
        new_prior = float(min(max((weight * p).sum() / weight.sum(), 1e-6), 1 - 1e-6))
        change = abs(new_prior - prior)
        if refit_u:
            for c, uc in zip(COMPARISONS, _counts(patterns, weight * (1 - p))):
                new_u = _normalise(uc + LAPLACE_LABELS / len(c.levels))
                change = max(change, max(abs(a - b) for a, b in zip(new_u, u[c.name])))
                u[c.name] = new_u
        prior = new_prior
        if change < PRIOR_TOLERANCE:
            break
    return MatchModel(model.m, u, prior, recurring=model.recurring, weights=model.weights,
                      offset=model.offset), int(weight.sum())


def semi_supervised(rows: list[dict], start: MatchModel, labelled: np.ndarray, y: np.ndarray,
                    spelling: bool = False) -> tuple[MatchModel, int]:
    """EM over the lake's candidate pairs in which the labelled pairs keep their labels: m
    and u are the level shares of all pairs, each unlabelled pair counted by its posterior,
    each labelled one by its label; the prior is the unlabelled pairs' mean posterior. The
    labels correct EM where it errs without being the only sample (a chosen, not a random,
    set of pairs: ``label`` asks about the uncertain ones)."""
    patterns, weight = lake_patterns(rows, start, spelling)
    ym, yu = y.astype(np.float64), (~y).astype(np.float64)
    lab_m, lab_u = _counts(labelled, ym), _counts(labelled, yu)
    prior = 0.1
    model = MatchModel(start.m, start.u, prior, recurring=start.recurring)
    for _ in range(PRIOR_ITERATIONS):
        p = model.probability(patterns) if len(patterns) else np.zeros(0)
        m, u = {}, {}
        for c, mc, uc, lm, lu in zip(COMPARISONS, _counts(patterns, weight * p), _counts(patterns, weight * (1 - p)),
                                     lab_m, lab_u):
            spread = LAPLACE_LABELS / len(c.levels)
            mc, uc = mc + lm + spread, uc + lu + spread
            for chain in c.order:
                _monotone(mc, uc, chain)
            m[c.name], u[c.name] = _normalise(mc), _normalise(uc)
        new_prior = float(min(max((weight * p).sum() / max(weight.sum(), 1.0), 1e-6), 1 - 1e-6)) if len(p) else prior
        change = max([abs(new_prior - prior)] + [abs(a - b) for c in COMPARISONS for a, b in zip(m[c.name], model.m[c.name])])
        model, prior = MatchModel(m, u, new_prior, recurring=start.recurring), new_prior
        if change < PRIOR_TOLERANCE:
            break
    return model, int(weight.sum())


def logistic_weights(lv: np.ndarray, y: np.ndarray) -> tuple[dict[str, list[float]], float]:
    """Level weights (bits) of a logistic regression of ``y`` on the one-hot comparison
    levels, "no evidence" (level 0) the reference of each comparison: unlike m/u shares,
    the weights of correlated comparisons (a title and its authors) are fitted jointly, so
    the same evidence is not counted twice. Fitted by iteratively reweighted least squares
    with ``L2_PENALTY``. Returns the weights and the offset: the intercept less the labels'
    own log-odds of a match (the lake's prior takes their place)."""
    blocks, names = [], []
    for k, c in enumerate(COMPARISONS):
        for level in range(1, len(c.levels)):
            blocks.append(lv[:, k] == level)
            names.append((c.name, level))
    x = np.column_stack([np.ones(len(lv))] + blocks).astype(np.float64)
    target = y.astype(np.float64)
    beta = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2_PENALTY)
    penalty[0] = 0.0  # the intercept is not pulled to 0
    for _ in range(IRLS_ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-(x @ beta)))
        w = np.maximum(p * (1 - p), 1e-9)
        hessian = (x.T * w) @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, x.T @ (target - p) - penalty * beta)
        beta += step
        if np.max(np.abs(step)) < 1e-8:
            break
    out = {c.name: [0.0] * len(c.levels) for c in COMPARISONS}
    for (name, level), b in zip(names, beta[1:]):
        out[name][level] = float(b / np.log(2))
    share = float(np.clip(target.mean(), 1e-6, 1 - 1e-6))
    return out, float(beta[0] / np.log(2) - np.log2(share / (1 - share)))
