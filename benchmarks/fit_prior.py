"""Estimate the shipped prior match model (``dedup/prior_model.json``) from a generated corpus.

    python -m benchmarks.fit_prior [--n 50000] [--seed 100] [--out dedup/prior_model.json]

The prior is what a small lake leans on before its own candidate pairs say more (see
``dedup.model``). It is estimated exactly as a lake estimates its model (u from random pairs,
m and the prior by EM), starting from a flat model that knows only the order of the levels,
on a corpus of ``benchmarks.synthetic`` (made-up words and names, seed 100: not a seed any
reported figure uses). The evaluation corpora (the arXiv-based generator, the ER benchmarks,
the seeds) never feed it.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

from dedup import parallel
from dedup.blocking import candidate_pairs
from dedup.engine import _Context, train
from dedup.model import COMPARISONS, PRIOR_FILE, MatchModel, flat_prior

from .synthetic import generate

log = logging.getLogger(__name__)

# The starting model's weight in EM here: next to nothing, it only breaks the symmetry.
START_PAIRS = 10


def fit(n: int, seed: int, corpus: str = "synthetic") -> MatchModel:
    rows = []
    if corpus in ("arxiv", "both"):
        from .arxiv_corpus import generate as generate_arxiv
        rows += generate_arxiv(seed=seed, part="train")[0]
    if corpus in ("synthetic", "both"):
        rows += generate(n, seed)[0]
    ctx = _Context(rows, {}, None)
    pairs = candidate_pairs(ctx.recs)
    # Two rounds: the flat start only orders the levels; the second round starts from the first.
    model = flat_prior()
    for _ in range(2):
        model = train(ctx.recs, pairs, ctx.columns(), ctx.rank, parallel.workers(), start=model,
                      prior_pairs=START_PAIRS)
    source = " + ".join(([f"benchmarks.arxiv_corpus.generate(seed={seed}, part='train')"] if corpus != "synthetic" else [])
                        + ([f"benchmarks.synthetic.generate({n}, seed={seed})"] if corpus != "arxiv" else []))
    model.trained.update(source=source, tool="benchmarks.fit_prior")
    return model


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--seed", type=int, default=100)
    ap.add_argument("--out", type=Path, default=PRIOR_FILE)
    ap.add_argument("--corpus", choices=("synthetic", "arxiv", "both"), default="synthetic",
                    help="the corpus to estimate on (default: the synthetic one; see the module doc)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    model = fit(args.n, args.seed, args.corpus)
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(json.dumps({"model_id": model.model_id, "prior": model.prior, **model.trained}, indent=1))
    for c, w in zip(COMPARISONS, model.weight_table):
        print(c.name, [f"{x:+.1f}" for x in w[1:]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
