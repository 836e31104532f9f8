"""The nightly dedup through a real lake: 100 new records into a lake of N records.

    python -m benchmarks.nightly_dedup --n 100000 1000000 [--new 100] [--repeat 3]

For each N: a lake is made in a temporary folder and filled with N synthetic records
(``benchmarks.synthetic``, written straight into the ``records`` table: extraction is not
what this measures), deduplicated in full (``scholarlake.pipeline.dedup``: model estimated,
works, edges, blocking keys written), then ``--repeat`` nights each add ``--new`` records
and run the same ``dedup`` (incremental: reads the new records and what is near them). Each
night's wall time is the whole transaction (queries, matching, writes, commit); the median
is printed with the full rebuild's time and the process's peak memory.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import resource
import statistics
import tempfile
import time
from pathlib import Path

from scholarlake.pipeline import dedup
from warehouse import Lake
from warehouse.lake import insert_rows

from .synthetic import generate

BATCH = 200_000  # records inserted per statement when filling the lake


def _as_records(rows: list[dict]) -> list[dict]:
    """Synthetic rows as the ``records`` table holds them: a source and a content hash."""
    for r in rows:
        r["source_uri"] = r.get("source_uri") or f"bench://{r['record_id']}"
        r["content_hash"] = hashlib.sha256(json.dumps(r, sort_keys=True, default=str).encode()).hexdigest()
    return rows


def measure(n: int, new: int = 100, repeat: int = 3, seed: int = 3) -> dict:
    rows, _ = generate(n + new * repeat, seed=seed)
    rows = _as_records(rows)
    old, nights = rows[:n], [rows[n + k * new: n + (k + 1) * new] for k in range(repeat)]
    with tempfile.TemporaryDirectory(prefix="nightly-") as tmp:
        lake = Lake(Path(tmp) / "lake")
        lake.init()
        for lo in range(0, n, BATCH):
            lake.write(lambda con, part=old[lo:lo + BATCH]: insert_rows(con, "records", part), "fill")
        t = time.perf_counter()
        dedup(lake)
        full = time.perf_counter() - t
        times = []
        for batch in nights:
            lake.write(lambda con, part=batch: insert_rows(con, "records", part), "night")
            t = time.perf_counter()
            dedup(lake)
            times.append(time.perf_counter() - t)
    return {"records": n, "new": new, "full_seconds": round(full, 1),
            "incremental_seconds": round(statistics.median(times), 2),
            "incremental_all": [round(x, 2) for x in times],
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, nargs="+", default=[100_000])
    ap.add_argument("--new", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    print(f"{'lake records':>12}  {'full dedup s':>12}  {'+' + str(args.new) + ' records, median s':>24}  nights  peak MB")
    for n in args.n:
        r = measure(n, args.new, args.repeat)
        print(f"{n:>12,}  {r['full_seconds']:>12}  {r['incremental_seconds']:>24}  {r['incremental_all']}  {r['peak_rss_mb']}",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
