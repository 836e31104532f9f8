"""The trained layer's fit time: ``classifier.fit`` on synthetic labelled pairs (median of 3).

    python -m benchmarks.fit_speed [--labels N] [--boosted]

The likenesses are uniform in [0, 1] and the labels drawn from a logistic model over them,
so the fit does the work of a real one (its iterations, the held-out folds) on as many rows.
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from dedup import classifier
from dedup.whole_record import WordWeights


def labelled_pairs(n: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.random((n, len(classifier.FEATURES)))
    bits = rng.normal(0, 10, n)
    z = 0.3 * bits + x @ rng.normal(0, 2, x.shape[1]) - 1
    y = (rng.random(n) < 1 / (1 + np.exp(-z))).astype(np.float64)
    return bits, x, y


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--labels", type=int, default=17_641)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--boosted", action="store_true", help="the trees beside the layer too (train's default method)")
    args = ap.parse_args()
    bits, x, y = labelled_pairs(args.labels)
    words = WordWeights(1, {})
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        classifier.fit(bits, x, y, 0.01, words, boosted=args.boosted)
        times.append(time.perf_counter() - start)
    print(f"classifier.fit{' (boosted)' if args.boosted else ''}, {args.labels} labels: median {statistics.median(times):.3f} s "
          f"of {args.runs} ({', '.join(f'{t:.3f}' for t in times)})")


if __name__ == "__main__":
    main()
