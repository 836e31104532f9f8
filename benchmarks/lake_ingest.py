"""The lake at scale: many small documents ingested, then nightly runs where a share of them
changed. Compares the DuckLake lake with the v4 layout (one Parquet file per document per
table, at commit a6609b9) on the same documents in the same run.

    python -m benchmarks.lake_ingest --docs 100000 --changed 0.001 0.01 0.1 [--v4]

Each document is a small JSON Lines records file (3 made-up papers, words drawn from a fixed
vocabulary with a seeded RNG). Reported: ingest wall time, files in the lake, the median
latency of ``select count(*) from works`` on a new connection, and for each nightly run the
time to store the changed documents and to dedup. ``--v4`` checks the v4 code out into a git
worktree and runs the same ingest there in a subprocess.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

log = logging.getLogger("benchmarks.lake_ingest")

ROOT = Path(__file__).resolve().parent.parent
V4_COMMIT = "a6609b9"
WORDS = ("sparse dense graph neural network training pruning lottery ticket attention transformer "
         "retrieval routing mixture expert language model vision token scaling robust efficient "
         "adaptive gradient optimiser low rank adapter distillation quantised federated causal").split()
SURNAMES = "Lee Park Okafor Olsen Quist Vey Moss Hale Reyes Stein Lund Vance Ortho Quill".split()


def make_docs(directory: Path, n: int, seed: int = 7, version: int = 0, only: set[int] | None = None) -> list[Path]:
    """``n`` documents of 3 records; ``version`` > 0 rewrites the title of one record in the
    documents of ``only`` (a changed page)."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for d in range(n):
        rows = []
        for k in range(3):
            title = " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 9))).capitalize()
            authors = [f"{rng.choice('ABCDEFGHJKLMN')}. {rng.choice(SURNAMES)}" for _ in range(rng.randint(1, 4))]
            rows.append({"id": f"d{d}-{k}", "title": title, "authors": authors, "venue": "Workshop on Examples",
                         "year": 2000 + rng.randint(0, 25)})
        if only is not None and d not in only:
            continue
        if version:
            rows[0]["title"] += f" (revised {version})"
        path = directory / f"doc{d:06d}.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def count_files(root: Path) -> int:
    """Files of the tables (the raw bytes, one file per document by design, not counted)."""
    return sum(len(files) for d, _, files in os.walk(root) if "raw" not in Path(d).relative_to(root).parts[:1])


def count_latency(lake_root: Path, connect) -> float:
    times = []
    for _ in range(5):
        t = time.perf_counter()
        con = connect(lake_root)
        con.execute("select count(*) from works").fetchall()
        times.append(time.perf_counter() - t)
        con.close()
    return statistics.median(times)


def run_ducklake(docs: list[Path], lake_root: Path) -> dict:
    from scholarlake.pipeline import SourceSpec, ingest
    from warehouse import Lake

    lake = Lake(lake_root)
    t = time.perf_counter()
    summary = ingest([SourceSpec(str(p), "records") for p in docs], lake)
    wall = time.perf_counter() - t
    return {"wall_s": round(wall, 2), "phases_s": {k: round(v, 2) for k, v in summary.seconds.items()},
            "works": summary.n_works, "files": count_files(lake_root),
            "count_works_ms": round(1000 * count_latency(lake_root, lambda r: Lake(r).connect()), 1)}


V4_SCRIPT = """
import json, sys, time, os, statistics
from scholarlake.pipeline import SourceSpec, ingest
from warehouse import Lake
docs = [l.strip() for l in open(sys.argv[1])]
lake = Lake(sys.argv[2])
t = time.perf_counter()
s = ingest([SourceSpec(p, "records") for p in docs], lake)
wall = time.perf_counter() - t
times = []
for _ in range(5):
    t0 = time.perf_counter(); con = Lake(sys.argv[2]).connect(); con.execute("select count(*) from works").fetchall()
    times.append(time.perf_counter() - t0); con.close()
from pathlib import Path
root = Path(sys.argv[2])
n = sum(len(f) for d, _, f in os.walk(root) if "raw" not in Path(d).relative_to(root).parts[:1])
print(json.dumps({"wall_s": round(wall, 2), "works": s.n_works, "files": n,
                  "count_works_ms": round(1000 * statistics.median(times), 1)}))
"""


def run_v4(docs: list[Path], lake_root: Path, work: Path) -> dict:
    tree = work / "v4-code"
    if not tree.exists():
        subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], check=True, capture_output=True)
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), V4_COMMIT],
                       check=True, capture_output=True)
    listing = work / "v4-docs.txt"
    listing.write_text("\n".join(map(str, docs)), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run([sys.executable, "-c", V4_SCRIPT, str(listing), str(lake_root)], env=env,
                         capture_output=True, text=True, check=True, cwd=tree)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--changed", type=float, nargs="*", default=[0.001, 0.01, 0.1])
    ap.add_argument("--v4", action="store_true", help="also run the v4 layout on the same documents")
    ap.add_argument("--work", type=Path, default=None, help="scratch directory (default: a temporary one)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    work = args.work or Path(tempfile.mkdtemp(prefix="lake-bench-"))
    docs = make_docs(work / "docs", args.docs)
    report: dict = {"docs": args.docs, "records": 3 * args.docs}
    report["ducklake"] = run_ducklake(docs, work / "ducklake")
    print(json.dumps({"ducklake_initial": report["ducklake"]}), flush=True)
    if args.v4:
        report["v4"] = run_v4(docs, work / "v4-lake", work)
        print(json.dumps({"v4_initial": report["v4"]}), flush=True)
    from scholarlake.pipeline import SourceSpec, ingest
    from warehouse import Lake

    rng = random.Random(11)
    for version, share in enumerate(args.changed, start=1):
        only = set(rng.sample(range(args.docs), max(1, int(share * args.docs))))
        changed = make_docs(work / "docs", args.docs, version=version, only=only)
        t = time.perf_counter()
        summary = ingest([SourceSpec(str(p), "records") for p in changed], Lake(work / "ducklake"))
        row = {"changed_share": share, "changed_docs": len(changed), "wall_s": round(time.perf_counter() - t, 2),
               "phases_s": {k: round(v, 2) for k, v in summary.seconds.items()},
               "files": count_files(work / "ducklake")}
        report.setdefault("nightly", []).append(row)
        print(json.dumps({"nightly": row}), flush=True)
    print(json.dumps(report, indent=2))
    if args.work is None:
        shutil.rmtree(work, ignore_errors=True)
        if args.v4:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "prune"], capture_output=True)


if __name__ == "__main__":
    main()
