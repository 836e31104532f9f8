"""Extraction throughput per format, on one core: MB/s of input through detect + extract
(+ normalize), median of repeated runs; then records/s of the records import path
(``benchmarks.records_throughput``). Not a test: the figures are reported, never asserted.

    python -m benchmarks.extract_throughput [--repeat 5] [--records 100000] [--profile]

Inputs are the real reference documents in ../shared (seeds, external) when present, else
the project's examples/. A timed run reads its document many times over. "+normalize new"
empties the normalizers' caches before each pass, so that every pass costs what a document
new to the extraction worker costs (repeats of a value within the document still hit the
cache); "+normalize seen" keeps them, as for a document whose names, venues and titles the
worker has met before (the same author's pages, a re-fetched page).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import extractors
from extractors import Draft
from normalizers.record import normalize
from tests.conftest import EXTERNAL, SEEDS, make_doc

from . import records_throughput
from .common import caches, profiled

ROOT = Path(__file__).resolve().parent.parent
INPUTS = {
    "profile_page": [SEEDS / "000_7c88c90eaebe182c.txt", ROOT / "examples/profile_page.txt"],
    "listing_page": [SEEDS / "001_005814e4d3d9eaf5.txt", ROOT / "examples/listing_page.txt"],
    "cv_text": [SEEDS / "002_2fadb6ae1ced5ba5.txt", ROOT / "examples/cv.md"],
    "daily_papers": [SEEDS / "003_e960bc53910415e2.txt", ROOT / "examples/daily_papers.txt"],
    "bibtex": [EXTERNAL / "bibtex/yang_song_papers.bib"],
    "html_publications": [EXTERNAL / "cvs/shiwei_liu/publications_index.html"],
    # a hand-written page (no theme's classes): read through the markdown rendering
    "html_handwritten": [EXTERNAL / "sites/jharlim__myhomepage/publications.htm"],
    "daily_papers_json": [EXTERNAL / "hf_daily_papers/daily_papers_2024-10-25_first4.json"],
    "records": [ROOT / "examples/records.csv"],
}
TARGET_BYTES = 4_000_000  # per timed run, so that a run lasts long enough to measure
GOAL_MB_S = 20  # every text format with normalization, one core (issue #16)


def _pair(rates: tuple[float, float]) -> str:
    """"wall / CPU" MB/s."""
    return f"{rates[0]:.1f} / {rates[1]:.1f}"


def _input(kind: str) -> Path | None:
    return next((p for p in INPUTS[kind] if p.exists()), None)


def _one_pass(data: bytes, with_normalize: bool, clears: list = ()) -> int:
    for clear in clears:  # a cold start for this document: see the module docstring
        clear()
    doc = make_doc(data)
    ex = extractors.detect(doc)
    n = 0
    for item in ex.extract(doc):
        if isinstance(item, Draft):
            n += 1
            if with_normalize:
                normalize(item, doc_id=doc.doc_id, source_uri=doc.source_uri, source_kind=ex.name,
                          extractor=ex.name, capture=doc.capture_date)
    return n


def measure(data: bytes, repeat: int, with_normalize: bool, cold: bool = True) -> tuple[float, float]:
    """Median MB/s over ``repeat`` runs of about TARGET_BYTES each, by the wall clock and by
    this process's CPU time (fairer on a machine other processes load); ``cold``: caches
    emptied before each pass."""
    loops = max(1, TARGET_BYTES // len(data))
    wall, cpu = [], []
    clears = caches() if cold else []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(loops):
            _one_pass(data, with_normalize, clears)
        c1, t1 = time.process_time(), time.perf_counter()
        wall.append(loops * len(data) / (t1 - t0) / 1e6)
        cpu.append(loops * len(data) / (c1 - c0) / 1e6)
    return statistics.median(wall), statistics.median(cpu)


def profile(data: bytes, top: int = 8) -> str:
    def passes():
        clears = caches()
        for _ in range(max(1, 1_000_000 // len(data))):
            _one_pass(data, True, clears)

    return profiled(passes, top, ("tottime",))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--records", type=int, default=records_throughput.N_RECORDS,
                    help="rows of the records import measurement (0: skip it)")
    ap.add_argument("--profile", action="store_true", help="print where the time goes per format")
    args = ap.parse_args()
    print(f"MB/s by the wall clock / by CPU time, median of {args.repeat}; goal: +normalize >= {GOAL_MB_S} MB/s "
          "(one core). CPU time is the fairer figure on a shared machine.")
    print(f"{'format':20} {'input':40} {'KB':>6} {'records':>7} {'extract':>13} "
          f"{'+normalize new':>15} {'+normalize seen':>15}  goal (new, CPU)")
    for kind in INPUTS:
        path = _input(kind)
        if path is None:
            print(f"{kind:20} (no input file available, skipped)")
            continue
        data = path.read_bytes()
        n = _one_pass(data, False)
        e = measure(data, args.repeat, False)
        en = measure(data, args.repeat, True)
        ens = measure(data, args.repeat, True, cold=False)
        print(f"{kind:20} {path.name[:40]:40} {len(data) / 1e3:6.1f} {n:7d} {_pair(e):>13} {_pair(en):>15} "
              f"{_pair(ens):>15}  {'met' if en[1] >= GOAL_MB_S else 'below'}")
        if args.profile:
            print(profile(data))
    if args.records:
        print()
        records_throughput.report(args.records, min(args.repeat, 3), args.profile)


if __name__ == "__main__":
    main()
