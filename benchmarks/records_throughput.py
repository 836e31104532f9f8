"""Records per second through the import path of ``scholarlake ingest FILE.jsonl --kind
records``, before dedup and the lake write, on one core. Not a test: reported, never asserted.

    python -m benchmarks.records_throughput [--records 100000] [--repeat 3] [--profile]

The input is a JSON Lines records export written from ``benchmarks.synthetic``'s made-up
works (Zipf-distributed title words, a pool of people and venues that repeat as in a real
bibliography; later copies of a work are variants: typos, ``Last, First`` or ``F. Last``
names, the acronym-and-year or long form of the venue, arXiv). A timed run is what ingest does
to the file before the lake (``pipeline.stage_document`` without keeping the raw copy): read it
(``fetch.read_input``: bytes and digest), send it to the extraction worker, which extracts,
normalizes, identifies and fits the rows into the ``records`` schema as Arrow batches, and
take the table back. Each run gets a fresh worker (started before the clock, on a one-row
file), so the normalizers' caches start empty as in a new ``scholarlake ingest``; the worker
and this process take turns, so one core does the work. Each worker then reads the file a
second time, timed as "seen" (its caches hold the file's values). The worker builds the
table column by column (``normalizers.columnar``); ``--profile`` shows where the time goes.
``--profile`` runs the same steps in this process (``Limits(isolate=False)``) under
cProfile, caches emptied first.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from extractors import Document
from extractors.limits import Limits
from scholarlake.extraction import _Workers, extract_table
from scholarlake.fetch import read_input

from . import synthetic
from .common import clear_caches, profiled

N_RECORDS = 100_000
GOAL = 50_000  # records per second before dedup, one core (issue #16)


class _AsShown(dict):
    """``synthetic._record``'s venue table, made to give back the venue as the source shows it."""

    def __missing__(self, venue: str) -> tuple[str, None, None]:
        return venue, None, None


def make_jsonl(n: int = N_RECORDS, seed: int = 0) -> bytes:
    """``n`` records as a JSON Lines export (``id,title,authors,venue,year,doi,arxiv_id,url``):
    the synthetic corpus's records with names and venues as sources write them, not normalized."""
    rng = np.random.default_rng(seed)
    vocab = synthetic.make_vocab(rng)
    sizes = rng.choice(synthetic.SIZES, size=n, p=synthetic.SIZE_P)
    ends = np.cumsum(sizes)
    n_works = int(np.searchsorted(ends, n)) + 1
    n_persons = max(500, min(n // 4, synthetic.MAX_PERSONS))
    works = synthetic.make_works(rng, vocab, n_works, n_persons)
    first = rng.integers(0, len(vocab.first), size=n_persons).tolist()
    last = rng.choice(len(vocab.last), size=n_persons, p=synthetic._zipf_p(len(vocab.last), 0.6)).tolist()
    # forms[style][person]: the raw name twice (the generator expects (display, key) pairs)
    forms = [[(name, name) for f, g in zip(first, last) for name in [synthetic._person(vocab.first[f], vocab.last[g], style)]]
             for style in range(3)]
    work_of = np.repeat(np.arange(n_works), sizes[:n_works])[:n].tolist()
    draws = rng.random((n, synthetic.N_DRAWS)).tolist()
    new_subs = synthetic._title_words(rng, vocab, rng.integers(2, 6, size=min(n, 50_000)))
    lines, prev = [], -1
    for i, (wk, u) in enumerate(zip(work_of, draws)):
        r = synthetic._record(i, wk, wk != prev, u, works, vocab, forms, _AsShown(),
                              new_subs[int(u[16] * 1e6) % len(new_subs)])
        prev = wk
        lines.append(json.dumps({"id": r["record_id"], "title": r["title"], "authors": r["authors"],
                                 "venue": r["venue"], "year": r["year"], "doi": r["doi"],
                                 "arxiv_id": r["arxiv_id"], "url": r["code_url"]}))
    return ("\n".join(lines) + "\n").encode()


def _document(path: Path) -> Document:
    fetched = read_input(path)
    return Document(fetched.doc_id, fetched.source_uri, fetched.data, datetime(2026, 1, 1, tzinfo=timezone.utc),
                    fetched.content_type)


def one_pass(path: Path, limits: Limits) -> int:
    """Read and import ``path`` as ingest does before the lake; the number of rows."""
    _, table, rejects = extract_table(_document(path), "records", limits)
    if rejects:
        raise RuntimeError(f"unexpected rejects: {rejects[:3]}")
    return table.num_rows


def _fresh_worker(limits: Limits) -> None:
    """Replace the extraction worker by a new one (empty caches) that has read one row."""
    _Workers.close()
    tiny = Document("warm-up", "mem://warm-up", b'{"title": "A warm-up row"}\n', datetime(2026, 1, 1, tzinfo=timezone.utc))
    extract_table(tiny, "records", limits)


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its extraction workers so far: on a
    machine other processes load, a fairer measure of the work than the wall clock."""
    tick = os.sysconf("SC_CLK_TCK")
    total = time.process_time()
    for worker in list(_Workers.workers.values()):
        try:
            fields = Path(f"/proc/{worker.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # no /proc (not Linux) or the worker is gone: this process only
            continue
        total += (int(fields[11]) + int(fields[12])) / tick  # utime, stime
    return total


def measure(path: Path, repeat: int) -> tuple[int, dict[str, float]]:
    """(rows, median records/s over ``repeat`` runs each on a fresh worker, by the wall
    clock and by CPU time (``cpu_seconds``), and the same on a worker that has read the
    file once before: its caches hold the file's values). Each fresh worker reads the file
    twice, the first time new, the second seen: a worker that read the 30 MB file more
    often can pass the default per-document memory limit (the arenas of the earlier copies
    stay mapped), whichever path builds the table."""
    limits = Limits()
    rates: dict[str, list[float]] = {"new": [], "new cpu": [], "seen": [], "seen cpu": []}
    n = 0
    try:
        for _ in range(repeat):
            _fresh_worker(limits)
            for run in ("new", "seen"):
                t0, c0 = time.perf_counter(), cpu_seconds()
                n = one_pass(path, limits)
                c1, t1 = cpu_seconds(), time.perf_counter()
                rates[run].append(n / (t1 - t0))
                rates[run + " cpu"].append(n / (c1 - c0))
    finally:
        _Workers.close()
    return n, {run: statistics.median(r) for run, r in rates.items()}


def profile(path: Path, top: int = 25) -> str:
    clear_caches()
    return profiled(lambda: one_pass(path, Limits(isolate=False)), top, ("tottime", "cumulative"))


def write_input(directory: Path, n: int = N_RECORDS) -> Path:
    path = directory / f"records_{n}.jsonl"
    path.write_bytes(make_jsonl(n))
    return path


def report(n_records: int, repeat: int, with_profile: bool = False) -> None:
    """Print the records/s line (and the profile)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = write_input(Path(tmp), n_records)
        size = path.stat().st_size
        n, rates = measure(path, repeat)
        print(f"records import (JSON Lines, {n} rows, {size / 1e6:.1f} MB, through the worker, before dedup), "
              f"median of {repeat}, goal {GOAL:,} records/s:")
        for run, label in (("new", "new worker"), ("seen", "file seen before")):
            for clock in ("", " cpu"):
                rate = rates[run + clock]
                print(f"  {label + (', CPU time' if clock else ', wall'):28s} {rate:8,.0f} records/s = "
                      f"{rate * size / n / 1e6:5.1f} MB/s  {'goal met' if rate >= GOAL else 'below the goal'}")
        if with_profile:
            print(profile(path))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=N_RECORDS)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--profile", action="store_true", help="print where the time goes")
    args = ap.parse_args()
    report(args.records, args.repeat, args.profile)


if __name__ == "__main__":
    main()
