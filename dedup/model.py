"""A Fellegi-Sunter match model whose parameters are estimated from the records themselves.

Every candidate pair is described by a few *comparisons* (title, authors, year, venue, code
URL), each falling into one of a handful of named *levels* ("exact, 4+ content words",
"same leading authors", "years one apart", ...). Level 0 of every comparison is "no
evidence" (a field missing on a side) and weighs nothing. For each level the model holds

* ``m``: how often true matches among the candidate pairs fall into it;
* ``u``: how often the other candidate pairs (different papers that blocking brought
  together, so already alike in some way) fall into it;

and a pair's *match weight* is ``log2(prior / (1 - prior)) + sum(log2(m / u))`` over its
levels, its match probability ``2^w / (1 + 2^w)``. A pair whose probability exceeds
``MATCH_PROBABILITY`` is an edge.

Estimation (``estimate``) is unsupervised: expectation-maximisation of the two-class mixture
over the candidate pairs (a sample of them), as in Fellegi and Sunter's and Winkler's EM.
Both classes are fitted on candidate pairs, not ``u`` on random pairs as Splink does: blocking
already made the candidates alike, and ``u`` of random pairs would count that likeness as
evidence a second time. EM runs over the distinct level patterns with their counts, so a
million pairs cost milliseconds per iteration. It starts from, and is pulled towards, the
shipped prior model (``prior_model.json``, estimated the same way on a generated corpus;
``benchmarks.fit_prior`` rebuilds it) with the weight of ``PRIOR_PAIRS`` pairs: a small lake
leans on the prior, a large one on its own data.

A model is data: it is stored in the lake, named by the hash of its parameters, used by every
incremental run until it is retrained, and ``explain`` prints each edge's levels and weights
from it (``MatchModel.waterfall``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import SimpleNamespace

import numpy as np

log = logging.getLogger(__name__)

# The decision rule: an edge where a match is more likely than not (Bayes with equal costs).
MATCH_PROBABILITY = 0.5
# How many candidate pairs' worth of evidence the prior model counts for in estimation.
PRIOR_PAIRS = 200
# The prior's share of matches counts for this many pairs only: lakes differ most in how
# many of their candidate pairs match (a CV collection against a crawl of listings).
PRIOR_SHARE_PAIRS = 50
# Laplace smoothing: every level of either class starts from this many pairs, so a level that
# the data shows a handful of times cannot carry an extreme weight (with 50 non-matching
# pairs that have venue evidence, "same venue" weighs at most log2(1 / (1/55)), ~5.8 bits).
LAPLACE_PAIRS = 1.0
# No level is rarer than this in either class: log2(m / 0) would make one field decide alone.
MIN_U = 1e-6
EM_ITERATIONS, EM_TOLERANCE = 100, 1e-6

PRIOR_FILE = Path(__file__).with_name("prior_model.json")


@dataclass(frozen=True)
class Comparison:
    name: str
    levels: tuple[str, ...]  # level 0 is "no evidence"
    # Chains of levels, each from more alike to less alike: along a chain a level's weight
    # never exceeds the one before it (EM alone can invert two rare levels).
    order: tuple[tuple[int, ...], ...] = ()

    def level(self, f) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError


def _select(conditions: list, shape) -> np.ndarray:
    """Level k+1 where ``conditions[k]`` is the first that holds; 0 where none does."""
    out = np.zeros(shape, dtype=np.int8)
    open_ = np.ones(shape, dtype=bool)
    for k, cond in enumerate(conditions, 1):
        hit = open_ & np.asarray(cond, dtype=bool)
        out[hit] = k
        open_ &= ~hit
    return out


class TitleComparison(Comparison):
    def level(self, f):
        n = np.shape(f.title)
        present = np.asarray(f.short_tokens) > 0
        exact = present & (np.asarray(f.title) >= 100)
        generic = np.asarray(f.generic_title, dtype=bool)
        return _select([
            exact & ~generic & (np.asarray(f.short_tokens) >= 4),
            exact & ~generic,
            exact,
            present & (np.asarray(f.title) >= 92) & (np.asarray(f.extra_words) == 0),
            # one title is the other's main title: the main titles agree and one holds all the
            # other's words (two different subtitles under one main title are two papers)
            present & (np.asarray(f.main) >= 95) & (np.asarray(f.title_set) >= 98) & (np.asarray(f.short_tokens) >= 2),
            present & (np.asarray(f.title_set) >= 98) & (np.asarray(f.short_tokens) >= 2),
            # the same main title under another subtitle: a renamed version, or a sequel
            present & (np.asarray(f.main) >= 95) & (np.asarray(f.short_tokens) >= 2),
            # a record missing fields whose title may hold them: all its words in the other's
            # words, or one title the leading words of the other (the rest being moved fields)
            present & np.asarray(f.incomplete_pair, dtype=bool) & (np.asarray(f.short_tokens) >= 2) & (
                (np.asarray(f.text_set) >= 98) | (np.asarray(f.lead_words) >= np.asarray(f.short_tokens))),
            present & ((np.asarray(f.title) >= 80) | (np.asarray(f.title_set) >= 85)),
            present & ((np.asarray(f.title_set) >= 62) | (np.asarray(f.text_set) >= 85)),
            present,
        ], n)


class AuthorComparison(Comparison):
    def level(self, f):
        known = np.asarray(f.authors_known, dtype=bool)
        n_min, ov, prefix = np.asarray(f.author_min), np.asarray(f.author_overlap), np.asarray(f.author_prefix)
        in_order = known & (prefix >= n_min)
        found, named = np.asarray(f.authors_in_title), np.asarray(f.authors_named)
        return _select([
            in_order & (n_min >= 3),
            in_order & (n_min == 2),
            in_order & (n_min == 1),
            known & (ov >= n_min),
            known & (2 * ov >= n_min) & (ov >= 1),
            known & (ov >= 1),
            known,
            ~known & (found >= 1) & (2 * found >= named),
        ], np.shape(known))


class YearComparison(Comparison):
    def level(self, f):
        gap = np.asarray(f.year_gap)
        return _select([gap == 0, gap == 1, gap == 2, gap >= 3], np.shape(gap))


class VenueComparison(Comparison):
    def level(self, f):
        same, conflict, kinds = (np.asarray(x, dtype=bool) for x in (f.same_venue, f.venue_conflict, f.kind_conflict))
        return _select([same, conflict & ~kinds, kinds], np.shape(same))


class CodeComparison(Comparison):
    def level(self, f):
        same, conflict = np.asarray(f.same_code, dtype=bool), np.asarray(f.code_conflict, dtype=bool)
        return _select([same, conflict], np.shape(same))


NO_EVIDENCE = "no evidence (missing on a side)"
COMPARISONS: tuple[Comparison, ...] = (
    TitleComparison("title", (
        NO_EVIDENCE, "exact, 4+ content words", "exact, 1-3 content words", "exact, a recurring title (editorial, column)",
        "near (ratio >= 92, no unexplained word)", "one is the other's main title (subtitle dropped)",
        "one's words contain the other's (extra words)", "the same main title, another subtitle",
        "fields misplaced: all words of one in the other, or one title leads the other", "similar (ratio >= 80 or token set >= 85)",
        "related (token set >= 62)", "different"),
        ((1, 2, 3, 10), (1, 4, 5, 6, 8, 9, 10, 11), (5, 7, 10), (2, 9))),
    AuthorComparison("authors", (
        NO_EVIDENCE, "same leading authors in order, 3+", "same 2 authors in order", "same first (or only) author",
        "all of the shorter list, another order", "most of the shorter list", "some shared", "none shared",
        "most named in the other's title (fields misplaced)"),
        ((1, 2, 3, 5, 6, 7), (1, 4, 5), (1, 8))),
    YearComparison("year", (NO_EVIDENCE, "same year", "one apart", "two apart", "three or more apart"),
                   ((1, 2, 3, 4),)),
    VenueComparison("venue", (NO_EVIDENCE, "same venue", "another venue of the same kind", "venues of different kinds (conference, journal)"),
                    ((1, 2, 3),)),
    CodeComparison("code", (NO_EVIDENCE, "same code URL", "different code URLs"), ((1, 2),)),
)


_COLUMN = {c.name: k for k, c in enumerate(COMPARISONS)}


def levels(f) -> np.ndarray:
    """The (pairs, comparisons) matrix of level indices of pair features ``f``."""
    return np.stack([c.level(f) for c in COMPARISONS], axis=-1)


def _logit2(p: float) -> float:
    return math.log2(p / (1 - p))


@dataclass
class MatchModel:
    m: dict[str, list[float]]  # per comparison, per level (level 0's entry unused)
    u: dict[str, list[float]]
    prior: float  # share of matches among candidate pairs
    trained: dict = field(default_factory=dict)  # how it was estimated (counts, iterations)
    # Title keys that several papers carry (a recurring column): an exact title says little
    # there. The term-frequency adjustment of titles, frozen with the model (see ``recurring_titles``).
    recurring: tuple[str, ...] = ()
    # Weights fitted directly (bits per level, ``dedup.supervised``'s logistic fit) instead of
    # log2(m / u); None for a Fellegi-Sunter model.
    weights: dict[str, list[float]] | None = None
    # With fitted weights: the log-odds (bits) of a pair with no evidence at all, net of the
    # labels' own share of matches (the prior above replaces it); 0 for a Fellegi-Sunter model.
    offset: float = 0.0
    # A logistic layer over this model's evidence and the pairs' likenesses, fitted from
    # labels (``dedup.classifier``); None: the probability is the Fellegi-Sunter one.
    classifier: dict | None = None

    @property
    def model_id(self) -> str:
        """A name for these parameters: the hash of their rounded values."""
        params = {"m": self.m, "u": self.u, "prior": self.prior, "recurring": list(self.recurring)}
        if self.weights is not None:
            params["weights"] = self.weights
            params["offset"] = self.offset
        if self.classifier is not None:
            params["classifier"] = self.classifier
        blob = json.dumps(params, sort_keys=True)
        return hashlib.sha1(_rounded(blob).encode()).hexdigest()[:10]

    @cached_property
    def words(self):
        """The lake's word weights the classifier was fitted with (``classifier.word_weights``),
        read once: scoring asks for them on every batch of pairs."""
        from .classifier import word_weights

        return word_weights(self.classifier)

    @cached_property
    def weight_table(self) -> list[np.ndarray]:
        """Per comparison, the weight of each level (0 for "no evidence"): log2(m / u), or
        the fitted ``weights``; computed once (a model's parameters never change)."""
        out = []
        for c in COMPARISONS:
            if self.weights is not None:
                w = np.asarray(self.weights[c.name], dtype=np.float64).copy()
            else:
                m, u = np.asarray(self.m[c.name]), np.asarray(self.u[c.name])
                w = np.log2(np.maximum(m, 1e-12) / np.maximum(u, MIN_U))
            w[0] = 0.0
            out.append(w)
        return out

    def match_weight(self, lv: np.ndarray) -> np.ndarray:
        """Match weight of each row of a levels matrix."""
        total = np.full(lv.shape[0], _logit2(self.prior) + self.offset)
        for k, w in enumerate(self.weight_table):
            total += w[lv[:, k]]
        return total

    def evidence(self, lv: np.ndarray) -> np.ndarray:
        """The comparisons' part of the match weight: the level weights' sum, in bits."""
        return self.match_weight(lv) - _logit2(self.prior) - self.offset

    def upper_bound(self, known) -> np.ndarray:
        """The largest match weight pairs could reach, from features without the author
        comparison, the unexplained-words and leading-words counts (``known``): the title
        level taken every way the missing counts could fall, the best author level."""
        table = self.weight_table
        total = np.full(np.shape(known.title), _logit2(self.prior) + self.offset)
        for k, c in enumerate(COMPARISONS):
            if c.name == "authors":
                total += max(0.0, float(table[k].max()))
            elif c.name == "title":
                best = None
                for extra in (0, 1):
                    for lead in (0, 1 << 20):
                        w = table[k][c.level(SimpleNamespace(**vars(known), extra_words=extra, lead_words=lead))]
                        best = w if best is None else np.maximum(best, w)
                total += best
            else:
                total += table[k][c.level(known)]
        if self.classifier is not None:
            from .classifier import best_log_odds

            return best_log_odds(self.classifier, total - _logit2(self.prior) - self.offset) / math.log(2)
        return total

    def is_match(self, probability: np.ndarray) -> np.ndarray:
        return np.asarray(probability) > MATCH_PROBABILITY

    def probability(self, lv: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp2(-self.match_weight(lv)))

    def pair_probability(self, lv: np.ndarray, x: np.ndarray | None = None) -> np.ndarray:
        """Match probability of pairs with levels ``lv`` and (for a classifier) likenesses ``x``."""
        if self.classifier is None:
            return self.probability(lv)
        from .classifier import log_odds

        return 1.0 / (1.0 + np.exp(-log_odds(self.classifier, self.evidence(lv), x)))

    @property
    def threshold_weight(self) -> float:
        """Pairs at or below this weight are not edges (``upper_bound`` compares with >)."""
        return _logit2(MATCH_PROBABILITY)

    def waterfall(self, lv_row, x_row=None) -> list[tuple[str, str, float]]:
        """(comparison, level, weight) of one pair, starting with the prior: the reason for
        its probability, in the order a person reads it. With a classifier (``x_row``: the
        pair's likenesses), its intercept, each level's weight times the classifier's weight
        of evidence, then each likeness's term: they add up to the pair's log-odds in bits."""
        table = self.weight_table
        if self.classifier is not None:
            from .classifier import terms

            scale = self.classifier["evidence"] / math.log(2)  # nats per bit, shown in bits
            out = terms(self.classifier, np.asarray(x_row), float(self.evidence(np.asarray(lv_row)[None, :])[0]))
            return out[:1] + [(c.name, c.levels[int(lv_row[k])], scale * float(table[k][int(lv_row[k])]))
                              for k, c in enumerate(COMPARISONS)] + out[1:]
        out = [("prior", f"{self.prior:.3f} of candidate pairs match", _logit2(self.prior))]
        if self.offset:
            out.append(("labels", "a pair with no evidence, as the labels weigh it", self.offset))
        for k, c in enumerate(COMPARISONS):
            lvl = int(lv_row[k])
            out.append((c.name, c.levels[lvl], float(table[k][lvl])))
        return out

    def to_json(self) -> str:
        d = {"model_id": self.model_id, "prior": self.prior, "m": self.m, "u": self.u,
             "recurring": list(self.recurring), "trained": self.trained}
        if self.weights is not None:
            d["weights"] = self.weights
            d["offset"] = self.offset
        if self.classifier is not None:
            d["classifier"] = self.classifier
        return _rounded(json.dumps(d, indent=1, sort_keys=True))

    @classmethod
    def from_json(cls, text: str) -> "MatchModel":
        d = json.loads(text)
        model = cls(d["m"], d["u"], d["prior"], d.get("trained", {}), tuple(d.get("recurring", ())), d.get("weights"),
                    d.get("offset", 0.0), d.get("classifier"))
        want = [len(c.levels) for c in COMPARISONS]
        if model.classifier is not None:
            from .classifier import FEATURES

            stored, current = model.classifier.get("features") or [], [ft.name for ft in FEATURES]
            if stored != current:
                raise ValueError(
                    "the model was trained on other likenesses than this version of dedup.classifier computes "
                    f"(missing: {', '.join(n for n in current if n not in stored) or 'none'}; no longer computed: "
                    f"{', '.join(n for n in stored if n not in current) or 'none'}): fit it again from its labels "
                    "(scholarlake train LABELS.csv)")
            if "trees" in model.classifier:
                from .trees import check

                check(model.classifier["trees"])
        if [len(model.m.get(c.name, ())) for c in COMPARISONS] != want or (
                model.weights is not None and [len(model.weights.get(c.name, ())) for c in COMPARISONS] != want):
            raise ValueError("the model's comparisons do not match this version of dedup.model")
        return model


def _rounded(text: str) -> str:
    """JSON with every float rounded to 9 significant digits, so ids survive a round trip."""
    return json.dumps(json.loads(text, parse_float=lambda s: float(f"{float(s):.9g}")), indent=1, sort_keys=True)


def prior_model() -> MatchModel:
    return MatchModel.from_json(PRIOR_FILE.read_text(encoding="utf-8"))


def flat_prior() -> MatchModel:
    """A starting point that knows only the order of the levels (better levels more likely
    among matches), for estimating the shipped prior itself."""
    m, u = {}, {}
    for c in COMPARISONS:
        k = len(c.levels) - 1
        up = np.geomspace(1.0, 0.05, k)
        m[c.name] = [0.0] + (up / up.sum()).tolist()
        u[c.name] = [0.0] + (up[::-1] / up.sum()).tolist()
    return MatchModel(m, u, 0.1, {"source": "flat"})


# A title is recurring (a column, an editorial) when records with this many different first
# authors carry it in this many different years: one paper's records name one first author
# or two (spellings, a reordered list) and span a preprint's and its print's years; garbled
# citations of one paper may show many first authors, but not many years.
RECURRING_FIRST_AUTHORS = 3
RECURRING_YEARS = 3


def recurring_titles(records) -> tuple[str, ...]:
    """The recurring title keys among (title key, first author key or None, year or None)."""
    firsts: dict[str, set] = {}
    years: dict[str, set] = {}
    for key, first, year in records:
        if key and first:
            firsts.setdefault(key, set()).add(first)
        if key and year:
            years.setdefault(key, set()).add(year)
    return tuple(sorted(k for k, f in firsts.items()
                        if len(f) >= RECURRING_FIRST_AUTHORS and len(years.get(k, ())) >= RECURRING_YEARS))


def _counts(lv: np.ndarray, weights: np.ndarray | None = None) -> list[np.ndarray]:
    """Per comparison, the (weighted) number of rows at each level."""
    return [np.bincount(lv[:, k], weights=weights, minlength=len(c.levels)).astype(np.float64)
            for k, c in enumerate(COMPARISONS)]


def _normalise(counts: np.ndarray) -> list[float]:
    """Shares of levels 1.. (level 0 excluded), none below ``MIN_U``."""
    c = counts.copy()
    c[0] = 0.0
    total = c[1:].sum()
    out = np.maximum(c / total, MIN_U) if total > 0 else np.full(len(c), 1.0 / max(1, len(c) - 1))
    out[0] = 0.0
    out[1:] /= out[1:].sum()
    return out.tolist()


def _monotone(mc: np.ndarray, uc: np.ndarray, chain: tuple[int, ...]) -> None:
    """Pool adjacent levels of ``chain`` (in place) until the ratio m/u never rises along it:
    a pooled block keeps its total counts, shared out by each level's share of all pairs."""
    blocks = [[lvl] for lvl in chain]
    ratio = lambda b: (mc[b].sum() + 1e-12) / (uc[b].sum() + 1e-12)  # noqa: E731
    merged = True
    while merged:
        merged = False
        for i in range(len(blocks) - 1):
            if ratio(blocks[i]) < ratio(blocks[i + 1]):
                blocks[i:i + 2] = [blocks[i] + blocks[i + 1]]
                merged = True
                break
    for b in blocks:
        if len(b) > 1:
            total = mc[b] + uc[b]
            share = total / total.sum() if total.sum() > 0 else np.full(len(b), 1.0 / len(b))
            mc[b], uc[b] = mc[b].sum() * share, uc[b].sum() * share


def _levels(name: str, *prefixes: str) -> list[int]:
    """The indices of comparison ``name``'s levels whose labels start with ``prefixes``."""
    c = next(c for c in COMPARISONS if c.name == name)
    return [i for i, label in enumerate(c.levels) if label.startswith(prefixes)]


def _anchored(patterns: np.ndarray, p: np.ndarray) -> np.ndarray:
    """Match probabilities of an E-step, with the pairs whose class is beyond doubt set: an
    identical title of 4+ content words with the same leading authors and years at most one
    apart (or unknown) is a match; a different title is not, nor a related title with no
    author in common. This names the classes for EM."""
    title, authors, year = (patterns[:, _COLUMN[n]] for n in ("title", "authors", "year"))
    sure = np.isin(title, _levels("title", "exact, 4+")) & np.isin(authors, _levels("authors", "same "))
    sure &= np.isin(year, [0] + _levels("year", "same year", "one apart"))
    not_ = np.isin(title, _levels("title", "different")) | (
        np.isin(title, _levels("title", "related")) & np.isin(authors, _levels("authors", "some", "none")))
    return np.where(sure, np.maximum(p, 0.99), np.where(not_, np.minimum(p, 0.01), p))


def estimate(candidates: np.ndarray, start: MatchModel | None = None,
             prior_pairs: float = PRIOR_PAIRS, recurring: tuple[str, ...] = ()) -> MatchModel:
    """A model for these records: ``candidates`` is the levels matrix of (a sample of) their
    candidate pairs. EM fits both classes (matches: ``m``; non-matches among candidates:
    ``u``) and the share of matches, starting from ``start`` (default: the shipped prior),
    its first E-step anchored (``_anchored``), pulled towards ``start``'s ``m`` and ``u``
    with the weight of ``prior_pairs`` pairs and towards its share of matches with the
    weight of ``PRIOR_SHARE_PAIRS``; along each comparison's ``order`` the weights never
    rise. Deterministic: the same matrix gives the same model, in any row order."""
    start = start or prior_model()
    if len(candidates):
        patterns, weight = np.unique(candidates, axis=0, return_counts=True)
    else:
        patterns, weight = np.zeros((0, len(COMPARISONS)), dtype=np.int8), np.zeros(0)
    weight = weight.astype(np.float64)
    share_pairs = min(prior_pairs, PRIOR_SHARE_PAIRS)
    model = MatchModel({k: list(v) for k, v in start.m.items()}, {k: list(v) for k, v in start.u.items()},
                       start.prior)
    iterations = 0
    for iterations in range(1, EM_ITERATIONS + 1):
        p = model.probability(patterns) if len(patterns) else np.zeros(0)
        if len(patterns):
            p = _anchored(patterns, p)
        matched, unmatched = weight * p, weight * (1 - p)
        m, u = {}, {}
        for c, mc, uc in zip(COMPARISONS, _counts(patterns, matched), _counts(patterns, unmatched)):
            mc = mc + np.asarray(start.m[c.name]) * prior_pairs * start.prior + LAPLACE_PAIRS
            uc = uc + np.asarray(start.u[c.name]) * prior_pairs * (1 - start.prior) + LAPLACE_PAIRS
            for chain in c.order:
                _monotone(mc, uc, chain)
            m[c.name] = _normalise(mc)
            u[c.name] = _normalise(uc)
        prior = (matched.sum() + share_pairs * start.prior) / (weight.sum() + share_pairs)
        prior = min(max(prior, 1e-6), 1 - 1e-6)
        change = max(abs(prior - model.prior),
                     max(abs(a - b) for c in COMPARISONS for a, b in zip(m[c.name], model.m[c.name])),
                     max(abs(a - b) for c in COMPARISONS for a, b in zip(u[c.name], model.u[c.name])))
        model = MatchModel(m, u, prior, recurring=tuple(recurring))
        if change < EM_TOLERANCE:
            break
    model.trained = {"candidate_pairs": int(weight.sum()), "patterns": int(len(patterns)),
                     "em_iterations": iterations, "prior_pairs": prior_pairs}
    log.info("match model %s: prior %.4f after %d EM iterations over %d pairs",
             model.model_id, model.prior, iterations, int(weight.sum()))
    return model
