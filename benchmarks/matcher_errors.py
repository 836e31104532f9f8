"""Where the trained matcher loses labelled pairs on a split, stage by stage. Reported,
never asserted; for choosing what to change, on the valid splits only.

    python -m benchmarks.matcher_errors [--only NAME] [--active N] [--method M]

For each setting (labels from the train split, the valid split's records as the lake, as
``benchmarks.train_goals --split valid``; Dirty DBLP-Scholar, which has no train split in
``../shared``, by two folds of its valid labels, each scored by a model fitted on the other
fold): of the valid split's labelled matches, how many never meet in a block, are vetoed,
meet and score below the decision line; of its labelled non-matches, how many score above
it (not vetoed); then the F1 of those pair-by-pair decisions, and, after clustering, the
run's F1 (``deduplicate``), as ``train_goals`` reports it.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

import numpy as np

from dedup import deduplicate
from dedup.review import _scored
from dedup.supervised import Label, fit_labels

from .common import labelled_prf, prf, work_of
from .er_benchmarks import DATASETS, DEFAULT_DATA, load_ditto
from .train_goals import _train_file, active_labels


def stages(rows: list[dict], pairs_labelled: list[tuple[str, str, int]], model) -> dict:
    """Counts of the labelled pairs at each stage, pair by pair, under ``model``."""
    _, recs, pairs, probs, veto = _scored(rows, model)
    ids = [r.record_id for r in recs]
    at = {frozenset((ids[a], ids[b])): k for k, (a, b) in enumerate(pairs.tolist())}
    out = dict(unblocked=0, vetoed=0, below=0, found=0, fp=0, fp_vetoed=0, tn=0)
    for a, b, y in pairs_labelled:
        k = at.get(frozenset((a, b)))
        if y:
            key = "unblocked" if k is None else "vetoed" if veto[k] else "found" if model.is_match(probs[k]) else "below"
        else:
            key = "tn" if k is None or not model.is_match(probs[k]) else "fp_vetoed" if veto[k] else "fp"
        out[key] += 1
    out["pairwise"] = prf(out["found"], out["fp"], out["unblocked"] + out["vetoed"] + out["below"])["f1"]
    return out


def settings(data: Path, only: str | None, active: int | None, method: str = "boosted"):
    """(name, label rows, labels, lake rows, labelled pairs to score) of each setting."""
    for ds in DATASETS:
        if ds.kind != "ditto" or (only and only not in ds.name):
            continue
        valid = data / ds.path.format(split="valid")
        rows, pairs = load_ditto(valid)
        if _train_file(valid.parent) != valid:
            train_rows, train_pairs = load_ditto(_train_file(valid.parent))
            yield ds.name, train_rows, [Label(a, b, bool(y)) for a, b, y in train_pairs], rows, pairs
            continue
        fold = [hash(frozenset((a, b))) % 2 for a, b, _ in pairs]  # PYTHONHASHSEED=0 for the same folds
        for k in (0, 1):
            fit_on = [Label(a, b, bool(y)) for (a, b, y), f in zip(pairs, fold) if f != k]
            yield f"{ds.name} fold {k}", rows, fit_on, rows, [p for p, f in zip(pairs, fold) if f == k]
    if active:
        name = "Structured/DBLP-Scholar"
        train_rows, labels, rows, pairs = active_labels(data, active, name=name, method=method, split="valid")
        yield f"{name} {active} chosen", train_rows, labels, rows, pairs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--only")
    ap.add_argument("--active", type=int, metavar="N")
    ap.add_argument("--method", default="boosted", help="fit_labels' method (default: %(default)s)")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    print(f"{'setting':40} {'matches':>7} {'unblocked':>9} {'vetoed':>6} {'below':>5} {'found':>5} "
          f"{'non-m':>6} {'over':>4} {'pair F1':>7} {'run F1':>6}")
    for name, label_rows, labels, rows, pairs in settings(args.data, args.only, args.active, args.method):
        model = fit_labels(label_rows, labels, lake_rows=rows, method=args.method)
        s = stages(rows, pairs, model)
        run = labelled_prf(work_of(deduplicate(rows, model=model)), pairs)
        n_match = sum(y for *_, y in pairs)
        print(f"{name:40} {n_match:7d} {s['unblocked']:9d} {s['vetoed']:6d} {s['below']:5d} {s['found']:5d} "
              f"{len(pairs) - n_match:6d} {s['fp']:4d} {s['pairwise']:7.2f} {run['f1']:6.2f}  "
              f"(run P/R {run['precision']:.2f}/{run['recall']:.2f})")


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()
