"""Deduplicator speed, memory and quality on synthetic corpora with known truth.

    python -m benchmarks.dedup_speed [--n 10000 100000] [--seed 0] [--profile] [--splink]
                                     [--splink-timeout 900] [--json OUT]

For each size: generate the corpus (``benchmarks.synthetic``), run ``dedup.deduplicate`` once,
and report seconds, records/s, candidate pairs, peak RSS and pairwise precision/recall/F1
against the true clusters. Each size runs in its own forked process, so its peak RSS is its
own (it includes the generated rows, as in real use). ``--profile`` re-runs the dedup of
the largest size under cProfile and prints where the time goes. ``--splink`` also runs
Splink (DuckDB) on the same records (``benchmarks.splink_baseline``), when installed.
Figures are reported, never asserted.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing as mp
import queue
import sys
import time
from pathlib import Path

from dedup import deduplicate

from . import splink_baseline
from .common import current_rss_mb, pairwise_prf, peak_rss_mb, profiled, timer, tree_memory, work_of
from .synthetic import generate

log = logging.getLogger(__name__)


def profile_dedup(rows: list[dict], top: int = 25) -> str:
    """cProfile of one dedup run: the top functions by own time and by cumulative time."""
    return profiled(lambda: deduplicate(rows), top, ("tottime", "cumulative"))


def measure(n: int, seed: int, profile: bool, persons: int | None = None) -> tuple[dict, list, dict]:
    """Generate ``n`` records, deduplicate them, score against the truth.
    Returns (figures, rows, truth)."""
    with timer() as t_gen:
        rows, truth = generate(n, seed, n_persons=persons)
    rss_rows = current_rss_mb()
    with timer() as t_dedup, tree_memory() as mem:
        result = deduplicate(rows)
    out = {
        "n": n, "seed": seed, "persons": persons, "seconds_generate": round(t_gen["seconds"], 2),
        "seconds": round(t_dedup["seconds"], 2),
        "records_per_s": round(n / t_dedup["seconds"]) if t_dedup["seconds"] else None,
        "rss_after_generate_mb": round(rss_rows), "peak_rss_mb": round(peak_rss_mb()),
        "peak_pss_mb": mem["peak_pss_mb"],  # this process and its forked workers, shared pages once
        **result.stats, **pairwise_prf(work_of(result), truth),
    }
    del result
    if profile:
        out["profile"] = profile_dedup(rows)
    return out, rows, truth


def measure_splink(rows: list[dict], truth: dict[str, str]) -> dict:
    reason = splink_baseline.available()
    if reason:
        return {"splink": "unavailable", "reason": reason}
    with timer() as t:
        got, laps = splink_baseline.run(rows)
    return {"splink_seconds": round(t["seconds"], 2), "splink_phases": laps,
            **{f"splink_{k}": v for k, v in pairwise_prf(got, truth).items()}}


def _child(n: int, seed: int, profile: bool, splink: bool, persons: int | None, out: mp.Queue) -> None:
    try:
        ours, rows, truth = measure(n, seed, profile, persons)
        out.put(ours)
        if splink:
            out.put(measure_splink(rows, truth))
    except BaseException as exc:  # report, never hang the parent
        out.put({"n": n, "error": f"{type(exc).__name__}: {exc}"})


def run_size(n: int, seed: int, profile: bool, splink: bool, splink_timeout: float,
             isolate: bool = True, persons: int | None = None) -> dict:
    """One size, in a forked child (own peak RSS, killable Splink) unless ``isolate`` is off."""
    if not isolate or "fork" not in mp.get_all_start_methods():
        ours, rows, truth = measure(n, seed, profile, persons)
        return {**ours, **(measure_splink(rows, truth) if splink else {})}
    ctx = mp.get_context("fork")
    q: mp.Queue = ctx.Queue()
    child = ctx.Process(target=_child, args=(n, seed, profile, splink, persons, q))
    child.start()
    try:
        result = q.get()  # no timeout: our own dedup always runs to the end
        if splink and "error" not in result:
            t0 = time.perf_counter()
            try:
                result.update(q.get(timeout=splink_timeout))
            except queue.Empty:
                result.update({"splink": "timeout", "reason": f"killed after {time.perf_counter() - t0:.0f} s"})
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
    return result


def format_table(results: list[dict]) -> str:
    head = (f"{'records':>9} {'gen s':>6} {'dedup s':>8} {'rec/s':>7} {'cand.pairs':>10} {'edges':>8} "
            f"{'works':>8} {'peak RSS MB':>11} {'P':>6} {'R':>6} {'F1':>6}")
    lines = [head, "-" * len(head)]
    for r in results:
        if "error" in r:
            lines.append(f"{r['n']:9d} failed: {r['error']}")
            continue
        lines.append(f"{r['n']:9d} {r['seconds_generate']:6.1f} {r['seconds']:8.2f} {r['records_per_s']:7d} "
                     f"{r['candidate_pairs']:10d} {r['edges']:8d} {r['works']:8d} {r['peak_rss_mb']:11d} "
                     f"{r['precision']:6.2f} {r['recall']:6.2f} {r['f1']:6.2f}")
    lines += [f"{r['n']:9d} dedup phases (s): {r['phase_seconds']}" for r in results if r.get("phase_seconds")]
    lines += [f"{r['n']:9d} peak memory of the dedup process and its forked workers together (PSS, sampled "
              f"every 0.1 s): {r['peak_pss_mb']} MB" for r in results if "peak_pss_mb" in r]
    lines += [f"{r['n']:9d} peak RSS after each phase (MB; {r['rss_after_generate_mb']} after generating): "
              f"{r['phase_peak_rss_mb']}" for r in results if r.get("phase_peak_rss_mb")]
    splink = [r for r in results if "splink_seconds" in r or "splink" in r]
    if splink:
        lines += ["", f"{'records':>9} {'splink s':>9} {'P':>6} {'R':>6} {'F1':>6} {'splink s / dedup s':>19}   phases"]
        for r in splink:
            if "splink_seconds" not in r:
                lines.append(f"{r['n']:9d} splink {r['splink']}: {r['reason']}")
                continue
            ratio = r["splink_seconds"] / r["seconds"] if r["seconds"] else float("nan")
            lines.append(f"{r['n']:9d} {r['splink_seconds']:9.2f} {r['splink_precision']:6.2f} "
                         f"{r['splink_recall']:6.2f} {r['splink_f1']:6.2f} {ratio:19.2f}   {r['splink_phases']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, nargs="+", default=[10_000, 100_000], help="corpus sizes (records)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--persons", type=int, metavar="P",
                    help="distinct author names in the corpus (default: records/4, at most 25,000)")
    ap.add_argument("--profile", action="store_true", help="cProfile the dedup of the largest size")
    ap.add_argument("--splink", action="store_true", help="also run Splink (DuckDB) on the same records")
    ap.add_argument("--splink-timeout", type=float, default=900, metavar="S",
                    help="give up on Splink after S seconds per size (default %(default)s)")
    ap.add_argument("--no-isolate", action="store_true", help="run every size in this process")
    ap.add_argument("--json", type=Path, metavar="OUT", help="also write the results as JSON")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("splink").setLevel(logging.ERROR)

    sizes = sorted(set(args.n))
    results = []
    for n in sizes:
        profile = args.profile and n == sizes[-1]
        results.append(run_size(n, args.seed, profile, args.splink, args.splink_timeout,
                                not args.no_isolate, args.persons))
        log.info("done: %s", {k: v for k, v in results[-1].items() if k != "profile"})
    print(format_table(results))
    for r in results:
        if r.get("profile"):
            print(f"\n== cProfile of deduplicate(), {r['n']} records\n{r['profile']}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
        print(f"\nwrote {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
