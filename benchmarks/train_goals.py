"""The matcher trained from labels (``scholarlake train``) on the DeepMatcher splits, next to
the unsupervised matcher in the same run. Reported, never asserted.

    python -m benchmarks.train_goals [--data DIR] [--only NAME]

For each dataset: ``m`` and ``u`` are fitted from the train split's labelled pairs (for
DBLP-Scholar, Ditto's balanced ``train.txt.balance``), the prior on the test split's
candidate pairs (``dedup.supervised``); the test split's distinct records are deduplicated
with that model, and precision/recall/F1 are over the test split's labelled pairs, as in
``benchmarks.er_benchmarks``. The fit's time is the median of three.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import time
from pathlib import Path

from dedup import deduplicate
from dedup.supervised import Label, fit_labels

from .common import labelled_prf, work_of
from .er_benchmarks import DATASETS, DEFAULT_DATA, load_ditto

GOALS = {"Structured/DBLP-Scholar": 95.6, "Structured/DBLP-ACM": 99.0, "Dirty/DBLP-ACM": 98.5,
         "Dirty/DBLP-Scholar": 94.0}


def _train_file(folder: Path) -> Path:
    """The train split; Dirty/DBLP-Scholar has none in ../shared (SOURCES.md): its valid split
    stands in (never the test split)."""
    for name in ("train.txt", "train.txt.balance", "valid.txt"):
        if (folder / name).exists():
            return folder / name
    raise FileNotFoundError(f"{folder}: no train or valid split")


def run(data: Path, only: str | None = None, method: str = "boosted", split: str = "test") -> list[dict]:
    out = []
    for ds in DATASETS:
        if ds.kind != "ditto" or (only and only not in ds.name):
            continue
        test_path = data / ds.path.format(split=split)
        if not test_path.exists():
            continue
        if _train_file(test_path.parent) == test_path:
            continue  # no train split apart from the one evaluated on
        train_rows, train_pairs = load_ditto(_train_file(test_path.parent))
        test_rows, test_pairs = load_ditto(test_path)
        labels = [Label(a, b, bool(y)) for a, b, y in train_pairs]
        times, model = [], None
        for _ in range(3):
            t = time.perf_counter()
            model = fit_labels(train_rows, labels, lake_rows=test_rows, source=_train_file(test_path.parent).name,
                               method=method)
            times.append(time.perf_counter() - t)
        trained = labelled_prf(work_of(deduplicate(test_rows, model=model)), test_pairs)
        unsupervised = labelled_prf(work_of(deduplicate(test_rows)), test_pairs)
        out.append({"dataset": ds.name, "labels": len(labels), "train": _train_file(test_path.parent).name, "fit_seconds": statistics.median(times),
                    "prior": model.prior, "trained": trained, "unsupervised": unsupervised,
                    "goal": GOALS.get(ds.name), "anchors": ds.anchors})
    return out


def active_labels(data: Path, budget: int = 500, batch: int = 100, name: str = "Structured/DBLP-Scholar",
                  method: str = "boosted", split: str = "test") -> tuple[list[dict], list[Label], list[dict], list]:
    """``label``'s strategy with the train split answering: start from the unsupervised
    model of the train split's records, ask ``batch`` of the least certain candidate pairs
    that the split labels (at most one per record), refit from all answers so far, repeat
    until ``budget`` answers. Returns (the train split's rows, the answers, the evaluated
    split's rows, its labelled pairs)."""
    from dedup.review import _scored, select_uncertain

    ds = next(d for d in DATASETS if d.name == name)
    test_path = data / ds.path.format(split=split)
    train_rows, train_pairs = load_ditto(_train_file(test_path.parent))
    test_rows, test_pairs = load_ditto(test_path)
    truth = {frozenset((a, b)): bool(y) for a, b, y in train_pairs}
    model = deduplicate(train_rows).model
    chosen: list[Label] = []
    known: set[frozenset[str]] = set()
    while len(chosen) < budget:
        rows, recs, pairs, probs, veto = _scored(train_rows, model)
        ids = [r.record_id for r in recs]
        picked = select_uncertain(ids, pairs, probs, veto, known, min(batch, budget - len(chosen)), set(truth))
        if not picked:
            break
        for k in picked:
            a, b = ids[pairs[k, 0]], ids[pairs[k, 1]]
            known.add(frozenset((a, b)))
            chosen.append(Label(a, b, truth[frozenset((a, b))]))
        if any(lb.match for lb in chosen) and not all(lb.match for lb in chosen):
            model = fit_labels(train_rows, chosen, lake_rows=train_rows, method=method)
    return train_rows, chosen, test_rows, test_pairs


def active(data: Path, budget: int = 500, batch: int = 100, name: str = "Structured/DBLP-Scholar",
           method: str = "boosted", split: str = "test") -> dict:
    """``active_labels``, then the evaluated split's F1 with the model fitted on the answers."""
    train_rows, chosen, test_rows, test_pairs = active_labels(data, budget, batch, name, method, split)
    model = fit_labels(train_rows, chosen, lake_rows=test_rows, method=method)
    return {"dataset": name, "labels": len(chosen), "matches": sum(lb.match for lb in chosen),
            "trained": labelled_prf(work_of(deduplicate(test_rows, model=model)), test_pairs)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--only")
    ap.add_argument("--active", type=int, metavar="N",
                    help="simulate `scholarlake label`: N labels chosen by its strategy on DBLP-Scholar")
    ap.add_argument("--split", default="test", choices=("test", "valid"),
                    help="the split evaluated on: valid to choose a method, test to report")
    ap.add_argument("--method", choices=("logistic", "fs", "fs_lake_u", "semi", "stacked", "boosted"), default="boosted",
                    help="logistic: level weights fitted jointly; fs: m/u shares of the labels; "
                         "fs_lake_u: m from the labels, u from the lake's candidate pairs; "
                         "semi: EM over the lake's pairs with the labelled ones fixed; stacked: semi "
                         "and a logistic layer over its evidence and the pairs' likenesses; boosted (default): "
                         "stacked with gradient-boosted trees beside the layer")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)
    if args.active:
        r = active(args.data, args.active, method=args.method, split=args.split)
        t = r["trained"]
        print(f"{r['dataset']}: {r['labels']} labels chosen by label's strategy ({r['matches']} matches), answered "
              f"from the train split; {args.split} P/R/F1 {t['precision']:.2f}/{t['recall']:.2f}/{t['f1']:.2f} (goal 94)")
        return
    rows = run(args.data, args.only, args.method, args.split)
    print(f"{'dataset':26} {'trained on':>17} {'labels':>6} {'fit s':>6} {'trained P/R/F1':>20} {'unsupervised F1':>15} {'goal':>5}  anchors")
    for r in rows:
        t = r["trained"]
        print(f"{r['dataset']:26} {r['train']:>17} {r['labels']:6d} {r['fit_seconds']:6.1f} "
              f"{t['precision']:6.2f}/{t['recall']:6.2f}/{t['f1']:6.2f} {r['unsupervised']['f1']:15.2f} "
              f"{r['goal'] or '':>5}  " + ", ".join(f"{k} {v}" for k, v in r["anchors"].items()))


if __name__ == "__main__":
    main()
