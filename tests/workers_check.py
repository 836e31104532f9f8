"""Run by ``test_dedup.test_forked_workers_change_nothing`` in a fresh interpreter: blocking
and scoring with forked workers (forced on a small input) must equal one process.
Exits non-zero on a difference; prints which paths really forked."""

from __future__ import annotations

import sys

from benchmarks.synthetic import generate
from dedup import blocking, engine, parallel
from dedup.model import prior_model
from dedup.prepare import prepare


def main() -> int:
    recs = prepare(generate(3000, seed=5, workers=1)[0])
    one_pairs = blocking.candidate_pairs(recs)
    model = prior_model()
    one_edges = engine.score_pairs(recs, one_pairs, model, workers=1)

    forked = []
    real_fork_map = parallel.fork_map

    def spying(fn, shared, items, n_workers):
        if n_workers >= 2 and len(items) >= 2 and parallel.threading.active_count() == 1:
            forked.append(fn.__module__.rsplit(".", 1)[-1])
        return real_fork_map(fn, shared, items, n_workers)

    blocking.fork_map = engine.fork_map = spying
    blocking.CHUNK, blocking.PARALLEL_MIN_RECORDS, engine.PARALLEL_MIN_PAIRS = 700, 1, 1
    parallel.os.environ["SCHOLARLAKE_DEDUP_WORKERS"] = "2"
    pairs = blocking.candidate_pairs(recs)
    edges = engine.score_pairs(recs, pairs, model, workers=2)
    if len(one_pairs) < 1000 or not (pairs == one_pairs).all():
        print("blocking differs with workers")
        return 1
    if len(one_edges) < 1000 or edges != one_edges:
        print("scoring differs with workers")
        return 1
    print("forked workers used: " + ", ".join(sorted(set(forked))).replace("engine", "scoring"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
