"""A fork-based parallel map for the pure-Python parts of a large dedup run.

Forked workers read the parent's data (prepared records, pair arrays) copy-on-write, so
nothing is pickled on the way in; results come back as numpy arrays, in input order, so a
run's result never depends on the number of workers. Small inputs, one worker, a platform
without ``fork``, or a process with other Python threads running (forking it can deadlock
the child) run in this process. Threads of C++ libraries (DuckDB, ...) are not visible
here: fork workers only in a process that does not run such work concurrently.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import threading
from typing import Callable, Sequence, TypeVar

T = TypeVar("T")
R = TypeVar("R")

log = logging.getLogger(__name__)

_SHARED: object = None  # what the forked workers read, set around a Pool


def workers() -> int:
    """Processes to use: ``SCHOLARLAKE_DEDUP_WORKERS``, else 1.

    One by default: on the 2-vCPU reference machine, 2 workers gave no measurable gain at
    1M records (medians of 2 interleaved runs: 76 s either way) and cost ~1.2 GB, because
    a forked worker's reference counting copies every page of records it reads. Set it on
    machines with more physical cores and memory to spare."""
    return max(1, int(os.environ.get("SCHOLARLAKE_DEDUP_WORKERS") or 1))


def _call(task: tuple[Callable, object]):
    fn, item = task
    return fn(_SHARED, item)


def fork_map(fn: Callable[[object, T], R], shared: object, items: Sequence[T], n_workers: int) -> list[R]:
    """``[fn(shared, item) for item in items]``, over ``n_workers`` forked processes.
    ``fn`` must be a module-level function."""
    global _SHARED
    if n_workers >= 2 and threading.active_count() > 1:
        # A thread holding a lock at the moment of fork leaves that lock held forever in
        # the child: the pool would hang. Safe beats parallel.
        log.warning("dedup: %d threads running; not forking workers", threading.active_count())
        n_workers = 1
    if n_workers < 2 or len(items) < 2 or "fork" not in mp.get_all_start_methods():
        return [fn(shared, item) for item in items]
    _SHARED = shared
    try:
        with mp.get_context("fork").Pool(min(n_workers, len(items))) as pool:
            return pool.map(_call, [(fn, item) for item in items], chunksize=1)
    finally:
        _SHARED = None
