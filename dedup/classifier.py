"""A logistic layer over the match model, fitted from labels (``scholarlake train --method
stacked``): the comparison levels bin each field's likeness into a handful of named steps,
and a pair just below a step ("title ratio 91", "authors 'rk ramamritham' / 'k ramamritham'")
weighs the same as one far below it. People's labels are enough to weigh the likenesses
themselves:

    log-odds of a match = intercept + a * (the model's evidence, in bits) + sum(b_k * x_k)

where the evidence is the Fellegi-Sunter sum of level weights (without the prior) and each
``x_k`` is one of ``FEATURES``, a likeness in [0, 1]. Every coefficient is fitted jointly by
L2-penalised logistic regression on the labelled pairs. The decision line (log-odds 0) is
then set halfway between two estimates that err in opposite directions (``held_out_threshold``):
the intercept moved from the labels' share of matches to the lake's (the prior EM estimated on
the lake's candidate pairs; the prior-shift correction of Saerens et al., 2002), and the line
that maximises F1 on labels held out of the fit. Blocking, vetoes, identifiers, clustering
and curation are untouched; ``explain`` shows each term.

Pure: features in, arrays out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from . import trees as boosted_trees
from .features import PairFeatures
from .prepare import Rec
from .whole_record import COLUMNS as WHOLE_RECORD, WordWeights, columns as whole_record_columns

# L2 penalty on the coefficients (not the intercept), in nats per unit of a [0, 1] likeness:
# with a few hundred labels a likeness no label separates stays near 0.
L2_PENALTY = 0.1
IRLS_ITERATIONS = 100
# Two surnames are one person's when their ratio reaches this: one dropped or garbled letter
# in a surname of six or more ("alagic" / "alagi"), never two different short surnames.
SURNAME_RATIO = 85
# Evidence bits are scaled by this before the fit, so that every column spans about [-1, 1]
# and one penalty suits them all (the stored coefficient is per bit).
EVIDENCE_SCALE = 1 / 20


def _share(num, den) -> np.ndarray:
    num, den = np.asarray(num, dtype=np.float64), np.asarray(den, dtype=np.float64)
    return np.clip(np.divide(num, den, out=np.zeros_like(num), where=den > 0), 0.0, 1.0)


def _ratio(values) -> np.ndarray:
    """A 0..100 ratio as a share; the pair columns keep ratios as float32, so one pair's
    Python value goes through float32 too (``explain`` and scoring then agree exactly)."""
    return np.asarray(values, dtype=np.float32).astype(np.float64) / 100


def _surnames(r: Rec) -> list[str]:
    return [a.split(" ", 1)[0] for a in r.authors]


def _surname_overlap(a: Rec, b: Rec) -> float:
    """Share of the shorter author list whose surname has a close spelling in the other's:
    initials ignored (sources disagree on them: "rk ramamritham" / "k ramamritham")."""
    x, y = _surnames(a), _surnames(b)
    if not x or not y:
        return 0.0
    if len(x) > len(y):
        x, y = y, x
    return _close_surnames(x, y) / len(x)


def _close_surnames(xs, ys) -> int:
    """How many of ``xs`` have the same or a close spelling (``SURNAME_RATIO``) in ``ys``."""
    return sum(1 for s in xs if s in ys or any(fuzz.ratio(s, t) >= SURNAME_RATIO for t in ys))


def _surname_share(a: Rec, b: Rec) -> float:
    """Share of the longer author list's surnames that the other list has (close spellings
    count): two papers of one group share an author or two out of several, one paper's
    records share most; 0 when a side names no authors."""
    x, y = set(_surnames(a)), set(_surnames(b))
    if not x or not y:
        return 0.0
    if len(x) < len(y):
        x, y = y, x
    return _close_surnames(y, x) / len(x)


def _record_pair_columns(recs: list[Rec], pairs: np.ndarray) -> dict[str, np.ndarray]:
    """The likenesses that need both records (not in ``PairFeatures``)."""
    cols: dict[str, list[float]] = {k: [] for k in ("surnames", "partial", "sorted", "length", "venue_known", "venue",
                                                    "surname_share")}
    for i, j in pairs.tolist():
        a, b = recs[i], recs[j]
        cols["surname_share"].append(_surname_share(a, b))
        cols["surnames"].append(_surname_overlap(a, b))
        cols["partial"].append(fuzz.partial_ratio(a.key, b.key) / 100 if a.key and b.key else 0.0)
        cols["sorted"].append(fuzz.token_sort_ratio(a.key, b.key) / 100 if a.key and b.key else 0.0)
        cols["length"].append(min(len(a.key), len(b.key)) / max(1, len(a.key), len(b.key)))
        both = bool(a.venue and b.venue)
        cols["venue_known"].append(float(both))
        cols["venue"].append(fuzz.token_set_ratio(a.venue, b.venue) / 100 if both else 0.0)
    return {k: np.asarray(v, dtype=np.float64) for k, v in cols.items()}


@dataclass(frozen=True)
class Feature:
    name: str
    meaning: str


FEATURES: tuple[Feature, ...] = (
    Feature("title_ratio", "title keys' edit-distance ratio"),
    Feature("title_set", "title keys' token-set ratio (one title's words in the other's)"),
    Feature("main_ratio", "main titles' ratio (before a subtitle)"),
    Feature("text_set", "all words' token-set ratio, where a record misses a field"),
    Feature("shared_words", "share of the shorter title's content words in the other"),
    Feature("extra_words", "unexplained title words (0, 1, 2, 3+ as 0 .. 1)"),
    Feature("lead_words", "share of the shorter title's words leading both, in order"),
    Feature("authors_known", "both sides name authors"),
    Feature("author_overlap", "share of the shorter author list in the other"),
    Feature("author_prefix", "share of the shorter author list leading both, in order"),
    Feature("same_year", "the same year"),
    Feature("year_unknown", "a year missing on a side"),
    Feature("one_year_apart", "years one apart"),
    Feature("same_venue", "the same venue"),
    Feature("venue_conflict", "both published, at different venues"),
    Feature("surnames", "share of the shorter author list whose surname is in the other (initials ignored)"),
    Feature("title_partial", "best partial ratio of the title keys (one inside the other)"),
    Feature("title_sorted", "token-sort ratio of the title keys (the same words, another order)"),
    Feature("title_length", "shorter title key's length over the longer's"),
    Feature("venues_known", "both sides name a venue"),
    Feature("venue_words", "venue names' token-set ratio, where both name one"),
    Feature("surname_share", "share of the longer author list whose surname is in the other"),
    # Over each record's whole text, wherever a value sits (``dedup.whole_record``):
    Feature("rare_words", "all words the records share, each weighed by its rarity in the lake, over the lighter record's"),
    Feature("year_anywhere", "a year named anywhere in one is named anywhere in the other"),
    Feature("years_apart", "both name years anywhere, none within one of the other's"),
    Feature("surnames_anywhere", "share of one record's author surnames named anywhere in the other"),
    Feature("title_anywhere", "share of one record's title words named anywhere in the other"),
    Feature("title_triples", "share of the shorter title's letter triples (spaces out) in the other title"),
    Feature("title_triples_anywhere", "share of one title's letter triples (spaces out) anywhere in the other record"),
)


def word_weights(classifier: dict) -> WordWeights:
    """The lake's word weights a classifier was fitted with."""
    return WordWeights.from_dict(classifier["words"])


def feature_matrix(f: PairFeatures, recs: list[Rec], pairs: np.ndarray, words: WordWeights) -> np.ndarray:
    """(pairs, len(FEATURES)) likenesses in [0, 1] of ``pairs`` (rows of record indices)
    whose pair features are ``f`` (columns, or one pair's values); ``words`` weighs words
    by their rarity in the lake (``word_weights`` of the classifier)."""
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    n_min = np.asarray(f.author_min)
    known = np.asarray(f.authors_known, dtype=bool)
    gap = np.asarray(f.year_gap)
    extra = _record_pair_columns(recs, pairs)
    whole = whole_record_columns(recs, pairs, words)
    columns = [
        *(_ratio(r) for r in (f.title, f.title_set, f.main, f.text_set)),
        _share(f.shared_tokens, f.short_tokens), np.minimum(np.asarray(f.extra_words), 3) / 3,
        _share(np.minimum(np.asarray(f.lead_words), np.asarray(f.short_tokens)), f.short_tokens),
        known, np.where(known, _share(f.author_overlap, n_min), 0.0), np.where(known, _share(f.author_prefix, n_min), 0.0),
        gap == 0, gap < 0, gap == 1, np.asarray(f.same_venue, dtype=bool), np.asarray(f.venue_conflict, dtype=bool),
        extra["surnames"], extra["partial"], extra["sorted"], extra["length"], extra["venue_known"], extra["venue"],
        extra["surname_share"],
        *(whole[name] for name in WHOLE_RECORD),
    ]
    if not len(pairs):
        return np.zeros((0, len(FEATURES)))
    return np.clip(np.column_stack([np.asarray(c, dtype=np.float64) for c in columns]), 0.0, 1.0)


def fit(evidence_bits: np.ndarray, x: np.ndarray, y: np.ndarray, lake_prior: float, words: WordWeights,
        boosted: bool = False) -> dict:
    """The classifier (as ``MatchModel.classifier`` stores it) from labelled pairs: their
    evidence bits, likenesses and labels, the intercept set by ``decision_shift``; ``words``
    (the lake's word weights the likenesses were computed with) is stored with it.
    ``boosted``: the log-odds are the mean of the logistic layer's and gradient-boosted
    trees' over the same columns (``dedup.trees``), each stored at half its weight so that
    the stored terms add up to the log-odds."""
    design = _design(evidence_bits, x)
    target = np.asarray(y, dtype=np.float64)
    beta = _irls(design, target)
    share = float(np.clip(target.mean(), 1e-6, 1 - 1e-6))
    prior_shift = _logit(lake_prior) - _logit(share)
    held_out = held_out_threshold(design, target, beta, boosted)
    shift = prior_shift if held_out is None else (prior_shift - held_out) / 2
    weight = TREES_SHARE if boosted else 1.0
    beta = beta * (1 - weight) if boosted else beta
    out = {"features": [ft.name for ft in FEATURES], "intercept": float(beta[0] + shift),
           "evidence": float(beta[1] * EVIDENCE_SCALE), "coef": [float(b) for b in beta[2:]],
           "labels_share": share, "lake_prior": float(lake_prior),
           "held_out_threshold": None if held_out is None else float(held_out), "words": words.to_dict()}
    if boosted:
        out["trees"] = boosted_trees.fit(design[:, 1:], target, scale=weight)
    return out


# With ``boosted``: the trees' share of the log-odds (the logistic layer has the rest). Half:
# on the valid splits the mean of the two ranked the pairs better than either alone (README).
TREES_SHARE = 0.5


def _design(evidence_bits: np.ndarray, x: np.ndarray) -> np.ndarray:
    return np.column_stack([np.ones(len(x)), np.asarray(evidence_bits) * EVIDENCE_SCALE, x]).astype(np.float64)


# The largest product (rows x columns x columns) OpenBLAS runs on one thread (65,536 times its
# default GEMM_MULTITHREAD_THRESHOLD, 4). Above it the product is split over threads, and on a
# loaded machine they wait for each other: a 17,000 x 29 product took 90 ms threaded against
# 4 ms on one thread. Setting the thread count would need an environment variable or
# threadpoolctl, and library code sets neither; the fit sums blocks below the limit instead.
SINGLE_THREAD_PRODUCT = 65_536 * 4


def _times(design: np.ndarray, beta: np.ndarray) -> np.ndarray:
    """design @ beta without BLAS (einsum's own loop: one thread, as fast for one vector)."""
    return np.einsum("ij,j->i", design, beta)


def _weighted_gram(design: np.ndarray, w: np.ndarray) -> np.ndarray:
    """design.T @ diag(w) @ design, summed over blocks of rows small enough for one thread."""
    k = design.shape[1]
    rows = max(1, SINGLE_THREAD_PRODUCT // (k * k))
    gram = np.zeros((k, k))
    for i in range(0, len(design), rows):
        block = design[i:i + rows]
        gram += (block.T * w[i:i + rows]) @ block
    return gram


def _irls(design: np.ndarray, target: np.ndarray, start: np.ndarray | None = None) -> np.ndarray:
    """L2-penalised logistic regression (the intercept unpenalised) by iteratively
    reweighted least squares, from ``start`` (default: all zeros)."""
    penalty = np.full(design.shape[1], L2_PENALTY)
    penalty[0] = 0.0
    beta = np.zeros(design.shape[1]) if start is None else start.copy()
    for _ in range(IRLS_ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-_times(design, beta)))
        w = np.maximum(p * (1 - p), 1e-9)
        gradient = np.einsum("ij,i->j", design, target - p) - penalty * beta
        step = np.linalg.solve(_weighted_gram(design, w) + np.diag(penalty), gradient)
        beta += step
        if np.max(np.abs(step)) < 1e-9:
            break
    return beta


# Folds of the labels for the held-out threshold, and the fewest labels of each class that
# make one worth computing (below it the prior shift alone sets the line).
FOLDS = 5
MIN_HELD_OUT = 20


def held_out_threshold(design: np.ndarray, target: np.ndarray, start: np.ndarray | None = None,
                       boosted: bool = False) -> float | None:
    """The log-odds line (before any shift) that maximises F1 over the labels when each is
    scored by a fit on the other folds; None with fewer than ``MIN_HELD_OUT`` labels of a class.

    Why the decision line sits halfway (in log-odds) between this and the prior shift
    (``fit``): the two err in opposite directions. The prior shift trusts the labelled
    non-matches to look like the lake's; a person, or ``label``'s uncertainty sampling,
    picks hard ones, so the shift is too strict (on the DeepMatcher valid split, 500 labels
    chosen by ``label``: recall 74.6). The held-out line trusts the labels' own mix of
    matches and non-matches, while the lake's candidate pairs hold many more non-matches,
    so it is too lenient. Folds are fixed (label order, which ``fit_labels`` sorts): the
    same labels give the same model; each fold's fit starts from ``start`` (the fit on all
    labels), a few steps from its own; with ``boosted``, each fold's trees are fitted too and
    a label's log-odds is the mean of the two (as ``fit`` stores them)."""
    n_match = int(target.sum())
    if min(n_match, len(target) - n_match) < MIN_HELD_OUT:
        return None
    fold = np.random.default_rng(0).permutation(len(target)) % FOLDS
    z = np.zeros(len(target))
    for k in range(FOLDS):
        train = fold != k
        z[~train] = _times(design[~train], _irls(design[train], target[train], start))
        if boosted:
            fold_trees = boosted_trees.fit(design[train, 1:], target[train], scale=TREES_SHARE)
            z[~train] = z[~train] * (1 - TREES_SHARE) + boosted_trees.raw(fold_trees, design[~train, 1:])
    order = np.argsort(-z, kind="stable")
    tp = np.cumsum(target[order])  # predicted matches: the top 1, 2, ... by held-out log-odds
    fp = np.arange(1, len(z) + 1) - tp
    f1 = 2 * tp / (2 * tp + fp + (n_match - tp))
    best = int(np.argmax(f1))
    zs = z[order]
    return float((zs[best] + zs[best + 1]) / 2) if best + 1 < len(zs) else float(zs[best] - 1e-6)


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def log_odds(classifier: dict, evidence_bits: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Natural log-odds of a match of pairs with these evidence bits and likenesses."""
    out = classifier["intercept"] + classifier["evidence"] * np.asarray(evidence_bits) + x @ np.asarray(classifier["coef"])
    if "trees" in classifier:
        out = out + boosted_trees.raw(classifier["trees"], _design(evidence_bits, x)[:, 1:])
    return out


def best_log_odds(classifier: dict, evidence_bound: np.ndarray) -> np.ndarray:
    """The largest log-odds pairs could reach given an upper bound of their evidence: every
    likeness at whichever end of [0, 1] its coefficient favours; the trees' part at the
    best leaves a pair with that evidence could reach (``trees.best_raw``)."""
    a = classifier["evidence"]
    reach = float(np.maximum(np.asarray(classifier["coef"]), 0.0).sum())
    if a < 0:  # the least evidence would reach furthest, and it has no bound: keep every pair
        return np.full(np.shape(evidence_bound), np.inf)
    out = classifier["intercept"] + a * np.asarray(evidence_bound) + reach
    if "trees" in classifier:  # column 0 of the trees' design: the evidence, scaled as ``_design`` scales it
        out = out + boosted_trees.best_raw(classifier["trees"], 0, np.asarray(evidence_bound) * EVIDENCE_SCALE)
    return out


def terms(classifier: dict, x_row: np.ndarray, evidence_bits: float = 0.0) -> list[tuple[str, str, float]]:
    """(name, what, bits) of the intercept and of each likeness's term of one pair's
    log-odds (the evidence's term is the model's, per level: ``MatchModel.waterfall``); with
    trees, their starting value, their part of the evidence (``evidence_bits``: the pair's),
    and each likeness's term is its logistic term plus its part in the trees
    (``trees.contributions``)."""
    ln2 = math.log(2)
    out = [("labels", "intercept (the lake's share of matches)", classifier["intercept"] / ln2)]
    parts = np.zeros(len(FEATURES))
    if "trees" in classifier:
        row = _design(np.asarray([evidence_bits]), np.asarray(x_row)[None, :])[0, 1:]
        base, contrib = boosted_trees.contributions(classifier["trees"], row)
        out.append(("trees", "the trees' starting value", base / ln2))
        out.append(("trees: evidence", "the trees' part of the levels' evidence", float(contrib[0]) / ln2))
        parts = contrib[1:]
    for ft, c, v, t in zip(FEATURES, classifier["coef"], x_row.tolist(), parts.tolist()):
        if v or t:
            out.append((ft.name, f"{ft.meaning}: {v:.2f}", (c * v + t) / ln2))
    return out
