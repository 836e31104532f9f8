"""The local engine and the Spark engine on the same generated records, in the same run.

    python -m benchmarks.spark_dedup [--n 100000 300000 1000000] [--master local[2]] [--seed 0]
                                     [--driver-memory 8g] [--json OUT]

For each size, in a forked child of its own: generate the synthetic corpus
(``benchmarks.synthetic``, known truth), run ``dedup.deduplicate`` (the local engine, its
default workers), then ``dedup.spark_engine.deduplicate_spark`` on a Spark session on
``--master``, and report for each engine: wall seconds, peak memory (PSS of the process tree:
the driver, its forked workers, and for Spark the JVM and its Python workers), candidate
pairs, pairwise precision / recall / F1 against the truth, and whether the two engines gave
the same works. The Spark session is started before the clock and reused; its start-up
(a few seconds) is reported apart.

The cost model of the README's "Running on a cluster" comes from these figures: pairs per
record (candidate pairs / records) and seconds per million pairs per core. Figures are
reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing as mp
import os
import sys
from pathlib import Path

from dedup import deduplicate

from .common import pairwise_prf, timer, tree_memory, work_of
from .synthetic import generate

log = logging.getLogger(__name__)


def measure(n: int, seed: int, master: str, driver_memory: str = "8g") -> dict:
    """Both engines on one generated corpus of ``n`` records."""
    from dedup.spark_engine import deduplicate_spark, session

    with timer() as t_gen:
        rows, truth = generate(n, seed)
    out: dict = {"n": n, "seed": seed, "master": master, "seconds_generate": round(t_gen["seconds"], 1),
                 "cores": os.cpu_count()}
    with timer() as t, tree_memory() as mem:
        local = deduplicate(rows)
    out["local"] = {"seconds": round(t["seconds"], 2), "peak_pss_mb": mem["peak_pss_mb"],
                    "pairs": int(local.stats["candidate_pairs"]), "phases": local.stats.get("phase_seconds"),
                    **pairwise_prf(work_of(local), truth)}
    local_works = work_of(local)
    del local
    with timer() as t_start:
        spark = session(master, conf={"spark.driver.memory": driver_memory})
        spark.range(1).count()  # the JVM and a first job up before the clock
    out["spark_startup_seconds"] = round(t_start["seconds"], 1)
    try:
        with timer() as t, tree_memory() as mem:
            got = deduplicate_spark(rows, spark=spark)
    finally:
        spark.stop()
    out["spark"] = {"seconds": round(t["seconds"], 2), "peak_pss_mb": mem["peak_pss_mb"],
                    "pairs": int(got.stats["candidate_pairs"]), "phases": got.stats.get("phase_seconds"),
                    **pairwise_prf(work_of(got), truth)}
    out["same_works"] = work_of(got) == local_works
    return out


def _child(n: int, seed: int, master: str, driver_memory: str, q: mp.Queue) -> None:
    try:
        q.put(measure(n, seed, master, driver_memory))
    except BaseException as exc:  # report, never hang the parent
        q.put({"n": n, "error": f"{type(exc).__name__}: {exc}"})


def run_size(n: int, seed: int, master: str, driver_memory: str) -> dict:
    ctx = mp.get_context("fork")
    q: mp.Queue = ctx.Queue()
    child = ctx.Process(target=_child, args=(n, seed, master, driver_memory, q))
    child.start()
    try:
        return q.get()
    finally:
        child.join()


def format_table(results: list[dict]) -> str:
    head = (f"{'records':>9} {'engine':>13} {'seconds':>8} {'peak MB':>8} {'pairs':>10} {'pairs/rec':>9} "
            f"{'s/Mpair/core':>12} {'P':>6} {'R':>6} {'F1':>6}")
    lines = [head, "-" * len(head)]
    for r in results:
        if "error" in r:
            lines.append(f"{r['n']:9d} failed: {r['error']}")
            continue
        for name, cores in (("local", r["cores"]), ("spark", _cores(r["master"], r["cores"]))):
            e = r[name]
            label = name if name == "local" else f"spark {r['master']}"
            per_mpair = e["seconds"] * cores / (e["pairs"] / 1e6) if e["pairs"] else float("nan")
            lines.append(f"{r['n']:9d} {label:>13} {e['seconds']:8.1f} {e['peak_pss_mb']:8d} {e['pairs']:10d} "
                         f"{e['pairs'] / r['n']:9.2f} {per_mpair:12.1f} {e['precision']:6.2f} {e['recall']:6.2f} "
                         f"{e['f1']:6.2f}")
        for name in ("local", "spark"):
            lines.append(f"{'':9} {name} phases (s): {r[name]['phases']}")
        lines.append(f"{'':9} spark / local time {r['spark']['seconds'] / r['local']['seconds']:.2f}, "
                     f"same works: {r['same_works']}, Spark start-up {r['spark_startup_seconds']} s (not counted)")
    ok = [r for r in results if "error" not in r]
    if len(ok) >= 2:
        a, b = ok[0], ok[-1]
        for name in ("local", "spark"):
            growth = (b[name]["seconds"] / a[name]["seconds"]) / (b["n"] / a["n"])
            lines.append(f"{name}: time grew {b[name]['seconds'] / a[name]['seconds']:.1f}x for {b['n'] / a['n']:.0f}x "
                         f"the records ({growth:.2f} of linear)")
    return "\n".join(lines)


def _cores(master: str, default: int) -> int:
    """Cores a ``local[N]`` master uses (``local[*]``: all); other masters: ``default``."""
    if master.startswith("local[") and master.endswith("]"):
        inner = master[6:-1]
        return default if inner == "*" else int(inner)
    return 1 if master == "local" else default


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, nargs="+", default=[100_000, 300_000, 1_000_000], help="corpus sizes (records)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--master", default="local[2]", help="Spark master URL (default %(default)s)")
    ap.add_argument("--driver-memory", default="8g",
                    help="spark.driver.memory: the driver's JVM (default %(default)s)")
    ap.add_argument("--json", type=Path, metavar="OUT", help="also write the results as JSON")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    results = []
    for n in sorted(set(args.n)):
        results.append(run_size(n, args.seed, args.master, args.driver_memory))
        log.info("done: %s", results[-1])
        print(format_table(results[-1:]), flush=True)
    print("\n" + format_table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
