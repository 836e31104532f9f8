"""Helpers shared by the dedup benchmarks: building ``records`` rows, scoring clusterings,
timing and memory. Library-like: logs, never prints."""

from __future__ import annotations

import cProfile
import io
import logging
import os
import pstats
import resource
import sys
import threading
import time
from collections import Counter
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Callable, Hashable, Iterable, Iterator

from extractors.base import Draft
from normalizers.record import normalize

log = logging.getLogger(__name__)

CAPTURE = date(2024, 1, 1)


def make_row(record_id: str, title: str, authors: list[str], year: int | None = None,
             venue: str | None = None, *, doc_id: str = "bench", raw: str = "",
             authors_truncated: bool = False) -> dict:
    """A ``records`` row built the way ingestion builds it (``normalizers.record.normalize``).

    ``source_kind`` is the generic ``records`` kind, so the same-document veto never applies.
    A record whose title cleans to nothing keeps an empty title instead of being dropped.
    """
    draft = Draft(ordinal=1, title=title or None, authors=list(authors), year=year, venue=venue or None,
                  authors_truncated=authors_truncated, raw=raw)
    try:
        row = normalize(draft, doc_id=doc_id, source_uri=f"bench://{doc_id}", source_kind="records",
                        extractor="benchmark", capture=CAPTURE)
    except ValueError:
        log.debug("record %s: empty title after cleaning, kept with an empty title", record_id)
        row = normalize(draft.replace(title="untitled"), doc_id=doc_id, source_uri=f"bench://{doc_id}",
                        source_kind="records", extractor="benchmark", capture=CAPTURE)
        row.update(title="", title_key="")
    row["record_id"] = record_id
    return row


def work_of(result) -> dict[str, str]:
    """record_id -> work_id from a ``DedupResult``."""
    return {wr["record_id"]: wr["work_id"] for wr in result.work_records}


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1 in percent (0 when undefined)."""
    p = 100.0 * tp / (tp + fp) if tp + fp else 0.0
    r = 100.0 * tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 2), "recall": round(r, 2), "f1": round(f, 2), "tp": tp, "fp": fp, "fn": fn}


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise_prf(predicted: dict[str, Hashable], truth: dict[str, Hashable]) -> dict:
    """Pairwise precision/recall/F1 of a clustering over all pairs of records, computed from
    cluster sizes (no pair enumeration). Both maps must cover the same record ids."""
    if predicted.keys() != truth.keys():
        raise ValueError("predicted and true clusterings cover different records")
    both = Counter((predicted[r], truth[r]) for r in truth)
    tp = sum(_pairs(n) for n in both.values())
    pred_pairs = sum(_pairs(n) for n in Counter(predicted.values()).values())
    true_pairs = sum(_pairs(n) for n in Counter(truth.values()).values())
    return prf(tp, pred_pairs - tp, true_pairs - tp)


def labelled_prf(work: dict[str, str], pairs: Iterable[tuple[str, str, int]]) -> dict:
    """Precision/recall/F1 over labelled pairs: a pair is predicted a match when both
    records landed in the same work."""
    tp = fp = fn = 0
    for a, b, label in pairs:
        same = work[a] == work[b]
        tp += same and label == 1
        fp += same and label == 0
        fn += (not same) and label == 1
    return prf(tp, fp, fn)


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3  # bytes on macOS, KiB on Linux


def current_rss_mb() -> float:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * resource.getpagesize() / 1e6
    except OSError:
        return float("nan")


def _pss_kb(pid: int) -> int:
    """Proportional set size of one process (shared pages split among their sharers), KiB."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    out, stack = [], [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/task/{p}/children") as fh:
                kids = [int(k) for k in fh.read().split()]
        except OSError:
            kids = []
        out += kids
        stack += kids
    return out


@contextmanager
def tree_memory(interval: float = 0.1) -> Iterator[dict]:
    """``with tree_memory() as m: ...`` then ``m["peak_pss_mb"]``: the largest total PSS of
    this process and all its descendants (forked workers included, shared pages counted
    once), sampled every ``interval`` seconds by a thread. Linux only (NaN elsewhere)."""
    out: dict = {"peak_pss_mb": float("nan")}
    if not Path("/proc/self/smaps_rollup").exists():
        yield out
        return
    me, peak, stop = os.getpid(), [0], threading.Event()

    def sample() -> None:
        while True:
            peak[0] = max(peak[0], sum(_pss_kb(p) for p in [me, *_descendants(me)]))
            if stop.wait(interval):
                return

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield out
    finally:
        stop.set()
        thread.join()
        out["peak_pss_mb"] = round(peak[0] / 1024)


@contextmanager
def timer() -> Iterator[dict]:
    """``with timer() as t: ...`` then ``t["seconds"]``."""
    t: dict = {}
    t0 = time.perf_counter()
    try:
        yield t
    finally:
        t["seconds"] = time.perf_counter() - t0


def caches(packages: tuple[str, ...] = ("normalizers", "extractors")) -> list[Callable[[], None]]:
    """The ``cache_clear`` of every ``functools.lru_cache`` in the loaded modules of
    ``packages``: call them all before a timed run so that it starts as cold as a fresh
    extraction worker, instead of finding the previous run's values cached."""
    out = []
    for name, module in list(sys.modules.items()):
        if module is None or name.split(".")[0] not in packages:
            continue
        for obj in vars(module).values():
            if callable(getattr(obj, "cache_clear", None)) and getattr(obj, "__module__", None) == name:
                out.append(obj.cache_clear)
    return out


def clear_caches() -> int:
    """Empty the caches of ``caches()``; how many there were."""
    found = caches()
    for clear in found:
        clear()
    return len(found)


def profiled(fn: Callable[[], object], top: int = 12, sorts: tuple[str, ...] = ("tottime",)) -> str:
    """cProfile of one call of ``fn``: the ``top`` functions under each sort order."""
    prof = cProfile.Profile()
    prof.enable()
    fn()
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    for order in sorts:
        stats.sort_stats(order).print_stats(top)
    return out.getvalue()
