"""The model-choice rule of the README ("Training the matcher from labels"): a more complex
version B replaces the simpler A only when its gain on the valid splits exceeds the
fold-to-fold noise. Reported, never asserted; valid only.

    PYTHONHASHSEED=0 python -m benchmarks.model_choice [--cache FILE] [--only NAME] [--show N CONFIG]

Pair by pair, as ``benchmarks.tree_screen``: for each setting of
``benchmarks.matcher_errors`` (labels from the train split, the valid split's records as the
lake; Dirty DBLP-Scholar's two folds of its valid labels, pooled into one setting; 500 labels
chosen by ``label``'s strategy), a configuration is fitted on the labels' columns as
``classifier.fit`` fits it (the logistic layer, with ``boosted`` the trees beside it, the
decision line halfway between the prior shift and the held-out line of five folds); a
labelled valid pair counts as found when blocking brings it, no veto forbids it and it is
over the line.

Five repeats of two folds (5x2): each repeat draws the held-out line's five folds anew
(seed = repeat) and splits each setting's labelled valid pairs into two halves at random;
each half gives every configuration's F1, and B's gain over A is B's F1 minus A's, averaged
over the settings. The rule: B is kept when the mean of the ten gains exceeds their standard
deviation and no setting's mean gain is below minus its own standard deviation.

A configuration is (method, extra columns): ``stacked`` or ``boosted`` over the 29
likenesses of ``classifier.FEATURES`` and the levels' evidence, plus any of ``CANDIDATES``
(columns under trial, computed here from the records). ``--show N CONFIG`` prints the first
N labelled valid pairs of DBLP-Scholar that CONFIG gets wrong, with both records.
"""
from __future__ import annotations

import argparse
import math
import pickle
import re
from pathlib import Path

import numpy as np

from dedup import trees as boosted_trees
from dedup.blocking import candidate_pairs, spelling_keys
from dedup.classifier import (
    EVIDENCE_SCALE,
    TREES_SHARE,
    _irls,
    _logit,
    _times,
    feature_matrix,
)
from dedup.engine import pair_table
from dedup.features import RecordColumns, record_text
from dedup.model import levels
from dedup.prepare import STOPWORDS, prepare
from dedup.rules import vetoed
from dedup.supervised import fit_labels
from dedup.whole_record import _profile

from .er_benchmarks import DEFAULT_DATA
from .matcher_errors import settings

REPEATS = 5
HALVES = 2
FOLDS = 5


def _design(rows, id_pairs, model):
    """(records, pairs, [evidence, likenesses], vetoed) of ``id_pairs`` (None: the candidate pairs)."""
    recs = prepare(sorted(rows, key=lambda r: r["record_id"]) if id_pairs is None else rows)
    cols = RecordColumns(recs)
    cols.mark_recurring(model.recurring)
    if id_pairs is None:
        pairs = candidate_pairs(recs, spelling=spelling_keys(model))
    else:
        index = {r.record_id: r.idx for r in recs}
        pairs = np.array([(index[a], index[b]) for a, b in (sorted(p) for p in id_pairs)], dtype=np.int64)
    _, f = pair_table(recs, pairs, cols, workers=1)
    x = feature_matrix(f, recs, pairs, model.words)
    return recs, pairs, np.column_stack([model.evidence(levels(f)) * EVIDENCE_SCALE, x]), vetoed(f)


def prep(data, only, active):
    out = []
    for name, label_rows, labels, rows, eval_pairs in settings(data, only, active, method="boosted"):
        model = fit_labels(label_rows, labels, lake_rows=rows, method="stacked")
        labels = sorted(labels, key=lambda lb: (*sorted((lb.left, lb.right)), lb.match))
        rtr, ptr, Xtr, _ = _design(label_rows, [(lb.left, lb.right) for lb in labels], model)
        recs, pairs, Xev, veto = _design(rows, None, model)
        ids = [r.record_id for r in recs]
        out.append({"name": name.split(" fold ")[0], "fold_name": name, "rtr": rtr, "ptr": ptr, "Xtr": Xtr,
                        "ytr": np.array([lb.match for lb in labels], dtype=float), "recs": recs, "pairs": pairs, "Xev": Xev,
                        "veto": veto, "at": {frozenset((ids[a], ids[b])): k for k, (a, b) in enumerate(pairs.tolist())},
                        "eval_pairs": eval_pairs, "prior": model.prior, "words": model.words})
        print("prepared", name, len(labels), len(pairs), flush=True)
    return out


# Columns under trial: name -> function(records, pairs, word weights) -> (pairs, k) array.
CANDIDATES: dict = {}


def _line(z, y, prior):
    """``classifier.fit``'s decision shift from held-out log-odds ``z``."""
    n_match = int(y.sum())
    order = np.argsort(-z, kind="stable")
    tp = np.cumsum(y[order])
    fp = np.arange(1, len(y) + 1) - tp
    best = int(np.argmax(2 * tp / (2 * tp + fp + (n_match - tp))))
    zs = z[order]
    held = (zs[best] + zs[best + 1]) / 2
    return (_logit(prior) - _logit(float(y.mean())) - held) / 2


def fitted(Xtr, y, Xev, prior, boosted, seed):
    """Log-odds of ``Xev`` minus the decision line, as ``classifier.fit`` would store them
    with the held-out folds drawn by ``seed``."""
    design = np.column_stack([np.ones(len(Xtr)), Xtr])
    beta = _irls(design, y)
    fold = np.random.default_rng(seed).permutation(len(y)) % FOLDS
    z = np.zeros(len(y))
    for k in range(FOLDS):
        tr = fold != k
        z[~tr] = _times(design[~tr], _irls(design[tr], y[tr], beta))
        if boosted:
            t = boosted_trees.fit(Xtr[tr], y[tr], scale=TREES_SHARE)
            z[~tr] = z[~tr] * (1 - TREES_SHARE) + boosted_trees.raw(t, Xtr[~tr])
    zev = np.column_stack([np.ones(len(Xev)), Xev]) @ beta
    if boosted:
        zev = zev * (1 - TREES_SHARE) + boosted_trees.raw(boosted_trees.fit(Xtr, y, scale=TREES_SHARE), Xev)
    return zev + _line(z, y, prior)


def columns_of(s, extra, cache):
    """The setting's train and valid columns with the ``extra`` candidates appended."""
    tr, ev = [s["Xtr"]], [s["Xev"]]
    for name in extra:
        key = (s["fold_name"], name)
        if key not in cache:
            cache[key] = (CANDIDATES[name](s["rtr"], s["ptr"], s["words"]), CANDIDATES[name](s["recs"], s["pairs"], s["words"]))
        tr.append(cache[key][0])
        ev.append(cache[key][1])
    return np.column_stack(tr), np.column_stack(ev)


def outcomes(s, match):
    """Per labelled valid pair: (label, found)."""
    out = []
    for a, b, y in s["eval_pairs"]:
        k = s["at"].get(frozenset((a, b)))
        out.append((y, k is not None and not s["veto"][k] and bool(match[k])))
    return out


def f1(pairs) -> float:
    tp = sum(1 for y, hit in pairs if y and hit)
    fp = sum(1 for y, hit in pairs if hit and not y)
    fn = sum(1 for y, hit in pairs if y and not hit)
    return 200 * tp / max(1, 2 * tp + fp + fn)


def parse_config(text):
    method, _, extra = text.partition("+")
    return method, tuple(e for e in extra.split("+") if e)


def run(sets, configs, cache, sets_b=None):
    """{config: {setting: [F1 of each (repeat, half)]}} and the whole-split F1 of repeat 0; a
    config ending in "@b" is fitted on ``sets_b`` (the same settings prepared by other code,
    e.g. other blocking: ``--cache-b``)."""
    names = list(dict.fromkeys(s["name"] for s in sets))
    scores = {c: {n: [] for n in names} for c in configs}
    whole = {c: {} for c in configs}
    cache_b: dict = {}
    for r in range(REPEATS):
        per = {c: {n: [] for n in names} for c in configs}
        for s in sets:
            for c in configs:
                method, extra = parse_config(c.removesuffix("@b"))
                if c.endswith("@b"):
                    s = next(t for t in sets_b if t["fold_name"] == s["fold_name"])
                    Xtr, Xev = columns_of(s, extra, cache_b)
                else:
                    s = next(t for t in sets if t["fold_name"] == s["fold_name"])
                    Xtr, Xev = columns_of(s, extra, cache)
                z = fitted(Xtr, s["ytr"], Xev, s["prior"], method == "boosted", seed=r)
                per[c][s["name"]].extend(((a, b), o) for (a, b, _), o in zip(s["eval_pairs"], outcomes(s, z > 0)))
        for n in names:
            rng = np.random.default_rng(1000 + r)
            pairs = per[configs[0]][n]
            assert all([p for p, _ in per[c][n]] == [p for p, _ in pairs] for c in configs)
            half = rng.permutation(len(pairs)) % HALVES
            for c in configs:
                outs = [o for _, o in per[c][n]]
                if r == 0:
                    whole[c][n] = f1(outs)
                for h in range(HALVES):
                    scores[c][n].append(f1([o for o, hh in zip(outs, half) if hh == h]))
        print(f"repeat {r} done", flush=True)
    return scores, whole


def _short(name: str) -> str:
    return name.replace("Structured/", "").replace("DBLP-", "").replace("Dirty/", "Dirty ").replace("Scholar 500 chosen",
                                                                                                "Scholar 500")


def verdict(scores, a, b):
    names = list(scores[a])
    gains = {n: np.array(scores[b][n]) - np.array(scores[a][n]) for n in names}
    mean_gain = np.mean([gains[n] for n in names], axis=0)
    kept = mean_gain.mean() > mean_gain.std(ddof=1) and all(g.mean() >= -g.std(ddof=1) for g in gains.values())
    detail = " ".join(f"{_short(n)} {g.mean():+.2f}±{g.std(ddof=1):.2f}" for n, g in gains.items())
    return f"{b} vs {a}: gain {mean_gain.mean():+.2f} ± {mean_gain.std(ddof=1):.2f} ({detail}) -> {'KEEP B' if kept else 'keep A'}"


def show(sets, config, n, cache):
    method, extra = parse_config(config)
    s = next(s for s in sets if s["name"] == "Structured/DBLP-Scholar")
    Xtr, Xev = columns_of(s, extra, cache)
    z = fitted(Xtr, s["ytr"], Xev, s["prior"], method == "boosted", seed=0)
    by_id = {r.record_id: r for r in s["recs"]}
    shown = 0
    for (a, b, y), (_, hit) in zip(s["eval_pairs"], outcomes(s, z > 0)):
        if bool(y) == hit or shown >= n:
            continue
        k = s["at"].get(frozenset((a, b)))
        why = "never blocked" if k is None else "vetoed" if s["veto"][k] else f"log-odds {z[k]:+.2f}"
        print(f"{'MISSED' if y else 'FALSE'} ({why})\n  {record_text(by_id[a])}\n  {record_text(by_id[b])}")
        shown += 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only")
    ap.add_argument("--active", type=int, default=500)
    ap.add_argument("--cache", type=Path, help="keep the prepared columns here (a pickle) for later runs")
    ap.add_argument("--show", nargs=2, metavar=("N", "CONFIG"))
    ap.add_argument("--cache-b", type=Path, help="settings prepared by other code, for configs ending in @b "
                    "(prepare them by running with --cache FILE from that code)")
    ap.add_argument("configs", nargs="*", default=["stacked", "boosted"],
                    help="the simpler first: stacked | boosted, each optionally +CANDIDATE+...")
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        sets = pickle.loads(args.cache.read_bytes())
    else:
        sets = prep(DEFAULT_DATA, args.only, args.active)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(sets))
    cache: dict = {}
    if args.show:
        show(sets, args.show[1], int(args.show[0]), cache)
        return
    sets_b = pickle.loads(args.cache_b.read_bytes()) if args.cache_b else None
    scores, whole = run(sets, args.configs, cache, sets_b)
    for c in args.configs:
        print(f"{c:40} " + " ".join(f"{_short(n)} {whole[c][n]:.2f}" for n in whole[c]))
    for b in args.configs[1:]:
        print(verdict(scores, args.configs[0], b))



# ---- candidate columns (under trial; a kept one moves into ``dedup``) ----



_VWORD = re.compile(r"[a-z]+")


def _venue_words(v):
    return [w for w in _VWORD.findall((v or "").lower()) if w not in STOPWORDS]


def _abbrev_share(x, y):
    """Share of x's words that abbreviate or are a word of y (a prefix either way: "trans" /
    "transactions", "j" / "journal"), or are the initials of a run of y's words ("tods")."""
    if not x or not y:
        return 0.0
    initials = "".join(w[0] for w in y)
    hit = 0
    for w in x:
        if any(v.startswith(w) or w.startswith(v) for v in y) or (len(w) >= 3 and w in initials):
            hit += 1
    return hit / len(x)


def venue_abbrev(recs, pairs, words):
    out = np.zeros((len(pairs), 1))
    for k, (i, j) in enumerate(pairs.tolist()):
        a, b = _venue_words(recs[i].venue), _venue_words(recs[j].venue)
        if a and b:
            out[k, 0] = max(_abbrev_share(a, b), _abbrev_share(b, a)) if len(a) != len(b) else \
                min(_abbrev_share(a, b), _abbrev_share(b, a))
    return out


_ORD = {w: n for n, ws in enumerate([(), ("first", "one", "1st"), ("second", "two", "2nd"), ("third", "three", "3rd"),
                                     ("fourth", "four", "4th"), ("fifth", "five", "5th"), ("sixth", "six", "6th"),
                                     ("seventh", "seven", "7th"), ("eighth", "eight", "8th"), ("ninth", "nine", "9th"),
                                     ("tenth", "ten", "10th")]) for w in ws}
_NUM = re.compile(r"\b(\d+)(?:st|nd|rd|th)?\b")


def _numbers(key):
    out = {_ORD[w] for w in key.split() if w in _ORD}
    out |= {int(m) for m in _NUM.findall(key) if len(m) < 6}
    return out


def number_conflict(recs, pairs, words):
    out = np.zeros((len(pairs), 1))
    for k, (i, j) in enumerate(pairs.tolist()):
        a, b = _numbers(recs[i].key), _numbers(recs[j].key)
        out[k, 0] = bool(a and b and not (a & b))
    return out


def _weights(recs, pairs, words):
    profiles = {i: _profile(recs[i]) for i in np.unique(pairs).tolist()}
    return profiles, words.weight


def rare_cosine(recs, pairs, words):
    profiles, w = _weights(recs, pairs, words)
    norm = {i: math.sqrt(math.fsum(w(t) ** 2 for t in p.words)) for i, p in profiles.items()}
    out = np.zeros((len(pairs), 1))
    for k, (i, j) in enumerate(pairs.tolist()):
        a, b = profiles[i], profiles[j]
        if norm[i] and norm[j]:
            out[k, 0] = math.fsum(w(t) ** 2 for t in a.words & b.words) / (norm[i] * norm[j])
    return out


def rare_extra(recs, pairs, words):
    """The rarest title word of either record that the other names nowhere, its weight over
    the largest weight a word can have."""
    profiles, w = _weights(recs, pairs, words)
    top = math.log(words.records + 1) + 1
    out = np.zeros((len(pairs), 1))
    for k, (i, j) in enumerate(pairs.tolist()):
        a, b = profiles[i], profiles[j]
        miss = [w(t) for t in recs[i].tokens if t not in b.words] + [w(t) for t in recs[j].tokens if t not in a.words]
        out[k, 0] = max(miss, default=0.0) / top
    return out


def core_ratio(recs, pairs, words):
    """The edit ratio of the two title cores (``blocking.title_core``: author names run into
    a title at its start or end, and what follows them, taken off)."""
    from rapidfuzz import fuzz

    from dedup.blocking import title_core
    cores = {i: title_core(recs[i].key) for i in np.unique(pairs).tolist()}
    return np.array([[fuzz.ratio(cores[i], cores[j]) / 100] for i, j in pairs.tolist()]).reshape(-1, 1)


CANDIDATES.update(core_ratio=core_ratio, venue_abbrev=venue_abbrev, number_conflict=number_conflict, rare_cosine=rare_cosine,
                  rare_extra=rare_extra)


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
