"""The logistic layer against gradient-boosted trees, pair by pair on the valid splits: the
screen that chose ``dedup.trees``' settings (README "Training the matcher from labels").
Reported, never asserted; valid only.

    PYTHONHASHSEED=0 python -m benchmarks.tree_screen [--only NAME] [--cache FILE]

The settings are ``benchmarks.matcher_errors``' (the 500 chosen labels chosen with
``stacked``). Each layer is fitted on the labels' columns (the levels' evidence and the
likenesses), the decision line set as ``classifier.fit`` sets it (halfway between the prior
shift and the held-out line of five folds); a labelled valid pair counts as found when
blocking brings it, no veto forbids it and it is over the line. Printed per setting: F1
(false positives / false negatives), and the F1 at the best line in steps of 0.5 nat (the
ranking alone). "avg": the mean of the layer's and the trees' log-odds, each with its own
line (``classifier.fit`` with ``boosted`` sets one line for the mean instead).
"""
from __future__ import annotations

import argparse
import pickle
import time
from pathlib import Path

import lightgbm as lgb
import numpy as np

from dedup.supervised import fit_labels
from dedup.prepare import prepare
from dedup.features import RecordColumns
from dedup.engine import pair_table
from dedup.model import levels
from dedup.blocking import candidate_pairs, spelling_keys
from dedup.rules import vetoed
from dedup.classifier import feature_matrix, _irls, _logit, EVIDENCE_SCALE
from .er_benchmarks import DEFAULT_DATA
from .matcher_errors import settings


def design_of(rows, id_pairs, model):
    recs = prepare(sorted(rows, key=lambda r: r["record_id"]) if id_pairs is None else rows)
    cols = RecordColumns(recs); cols.mark_recurring(model.recurring)
    if id_pairs is None:
        pairs = candidate_pairs(recs, spelling=spelling_keys(model))
    else:
        index = {r.record_id: r.idx for r in recs}
        pairs = np.array([(index[a], index[b]) for a, b in (sorted(p) for p in id_pairs)], dtype=np.int64)
    _, f = pair_table(recs, pairs, cols, workers=1)
    lv = levels(f)
    ev = model.evidence(lv)
    x = feature_matrix(f, recs, pairs, model.words)
    return recs, pairs, np.column_stack([ev * EVIDENCE_SCALE, x]), vetoed(f)


def prep(data, only, active):
    out = []
    for name, label_rows, labels, rows, eval_pairs in settings(data, only, active, method="stacked"):
        model = fit_labels(label_rows, labels, lake_rows=rows, method="stacked")
        labels = sorted(labels, key=lambda lb: (*sorted((lb.left, lb.right)), lb.match))
        _, _, Xtr, _ = design_of(label_rows, [(lb.left, lb.right) for lb in labels], model)
        ytr = np.array([lb.match for lb in labels], dtype=float)
        recs, pairs, Xev, veto = design_of(rows, None, model)
        ids = [r.record_id for r in recs]
        at = {frozenset((ids[a], ids[b])): k for k, (a, b) in enumerate(pairs.tolist())}
        out.append(dict(name=name, Xtr=Xtr, ytr=ytr, Xev=Xev, veto=veto, at=at, eval_pairs=eval_pairs,
                        prior=model.prior))
        print("prepared", name, len(ytr), len(Xev), flush=True)
    return out


def pair_f1(s, match):
    tp = fp = fn = 0
    for a, b, y in s["eval_pairs"]:
        k = s["at"].get(frozenset((a, b)))
        hit = k is not None and not s["veto"][k] and match[k]
        tp += hit and y; fp += hit and not y; fn += (not hit) and y
    return 200 * tp / (2 * tp + fp + fn), fp, fn


def line(z_heldout, y, share, prior):
    prior_shift = _logit(prior) - _logit(share)
    n_match = int(y.sum())
    order = np.argsort(-z_heldout, kind="stable")
    tp = np.cumsum(y[order]); fp = np.arange(1, len(y) + 1) - tp
    f1 = 2 * tp / (2 * tp + fp + (n_match - tp))
    best = int(np.argmax(f1)); zs = z_heldout[order]
    held = (zs[best] + zs[best + 1]) / 2
    return (prior_shift - held) / 2


FOLDS = 5


def logistic(s):
    X = np.column_stack([np.ones(len(s["Xtr"])), s["Xtr"]]); y = s["ytr"]
    beta = _irls(X, y)
    fold = np.random.default_rng(0).permutation(len(y)) % FOLDS
    z = np.zeros(len(y))
    for k in range(FOLDS):
        tr = fold != k
        z[~tr] = X[~tr] @ _irls(X[tr], y[tr], beta)
    shift = line(z, y, y.mean(), s["prior"])
    zev = np.column_stack([np.ones(len(s["Xev"])), s["Xev"]]) @ beta
    return zev + shift, (X @ beta), z, beta


def trees(s, params, rounds, init=None):
    y = s["ytr"]
    base = dict(objective="binary", verbose=-1, num_threads=1, deterministic=True, seed=0,
                force_row_wise=True, **params)
    init_tr, init_ev, init_ho = (None, None, None) if init is None else init
    bst = lgb.train(base, lgb.Dataset(s["Xtr"], y, init_score=init_tr), rounds)
    fold = np.random.default_rng(0).permutation(len(y)) % FOLDS
    z = np.zeros(len(y))
    for k in range(FOLDS):
        tr = fold != k
        b = lgb.train(base, lgb.Dataset(s["Xtr"][tr], y[tr], init_score=None if init is None else init_tr[tr]), rounds)
        z[~tr] = b.predict(s["Xtr"][~tr], raw_score=True) + (0 if init is None else init_ho[~tr])
    shift = line(z, y, y.mean(), s["prior"])
    zev = bst.predict(s["Xev"], raw_score=True) + (0 if init is None else init_ev)
    return zev + shift


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only")
    ap.add_argument("--active", type=int, default=500)
    ap.add_argument("--cache", type=Path, help="keep the prepared columns here (a pickle) for later runs")
    ap.add_argument("--set", default="1", choices=("1", "2"), help="1: trees alone; 2: monotone trees, mean with the layer")
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        sets = pickle.loads(args.cache.read_bytes())
    else:
        sets = prep(DEFAULT_DATA, args.only, args.active)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(sets))
    configs = [("logistic", None)]
    if args.set == "2":
        configs = [("logistic", None)]
        for leaves in (4, 8):
            for rounds in (200, 500):
                configs.append((f"mono L{leaves} r{rounds}", dict(num_leaves=leaves, learning_rate=0.05, min_data_in_leaf=20, lambda_l2=1.0), rounds, "mono"))
                configs.append((f"avg L{leaves} r{rounds}", dict(num_leaves=leaves, learning_rate=0.05, min_data_in_leaf=20, lambda_l2=1.0), rounds, "avg"))
    for leaves in (4, 8, 16):
        for lr, rounds in ((0.05, 200), (0.05, 500)):
            configs.append((f"gbt L{leaves} r{rounds}", dict(num_leaves=leaves, learning_rate=lr, min_data_in_leaf=20, lambda_l2=1.0), rounds))
    for leaves in (4, 8):
        if args.set != "2":
            configs.append((f"logit+gbt L{leaves} r100", dict(num_leaves=leaves, learning_rate=0.05, min_data_in_leaf=20, lambda_l2=1.0), 100, "stack"))
    for cfg in configs:
        row, oracle = [], []
        t0 = time.perf_counter()
        for s in sets:
            if cfg[0] == "logistic":
                z = logistic(s)[0]
            elif len(cfg) == 4 and cfg[3] == "mono":
                beta = logistic(s)[3]
                mono = [int(np.sign(b)) for b in beta[1:]]
                z = trees(s, dict(cfg[1], monotone_constraints=mono, monotone_constraints_method="advanced"), cfg[2])
            elif len(cfg) == 4 and cfg[3] == "avg":
                z = (logistic(s)[0] + trees(s, cfg[1], cfg[2])) / 2
            elif len(cfg) == 4:
                zev, ztr, zho, beta = logistic(s)
                z = trees(s, cfg[1], cfg[2], init=(ztr, zev, zho))
            else:
                z = trees(s, cfg[1], cfg[2])
            row.append(pair_f1(s, z > 0))
            oracle.append(max(pair_f1(s, z > t)[0] for t in np.arange(-4, 4.01, 0.5)))
        print(f"{cfg[0]:24} " + " ".join(f"{f:6.2f}({fp:3d}/{fn:3d})" for f, fp, fn in row),
              f" mean {np.mean([r[0] for r in row]):.2f} oracle " + " ".join(f"{o:.2f}" for o in oracle) + f"  {time.perf_counter() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()
