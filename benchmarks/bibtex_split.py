"""Where the time of the ``bibtex`` format goes, one core: bibtexparser's parse alone, format
detection, the rest of extraction (ours), and normalization, in CPU milliseconds per pass of
the benchmark's BibTeX input, every cache emptied before each pass (a new worker). The least
of ``--repeat`` runs of ``--passes`` passes each. Not a test: reported, never asserted.

    python -m benchmarks.bibtex_split [--repeat 5] [--passes 15]
"""

from __future__ import annotations

import argparse
import time

import bibtexparser

import extractors
from extractors.bibtex import BibtexExtractor
from tests.conftest import make_doc

from . import extract_throughput as et
from .common import caches


def per_pass(fn, clears, repeat: int, passes: int) -> float:
    """The least, over ``repeat`` runs, of CPU seconds per call of ``fn`` (caches emptied first)."""
    best = float("inf")
    for _ in range(repeat):
        c0 = time.process_time()
        for _ in range(passes):
            for clear in clears:
                clear()
            fn()
        best = min(best, (time.process_time() - c0) / passes)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--passes", type=int, default=15)
    args = ap.parse_args()
    data = et._input("bibtex").read_bytes()
    text, clears = data.decode("utf-8"), caches()
    t = {
        "parse": per_pass(lambda: bibtexparser.parse_string(text), clears, args.repeat, args.passes),
        "detect": per_pass(lambda: extractors.detect(make_doc(data)), clears, args.repeat, args.passes),
        "extract": per_pass(lambda: list(BibtexExtractor().extract(make_doc(data))), clears, args.repeat, args.passes),
        "whole": per_pass(lambda: et._one_pass(data, True), clears, args.repeat, args.passes),
    }
    ours = t["extract"] - t["parse"]
    norm = t["whole"] - t["detect"] - t["extract"]
    mb = len(data) / 1e6
    print(f"{len(data) / 1e3:.0f} KB a pass, CPU ms (MB/s): bibtexparser parse {t['parse'] * 1e3:.1f} "
          f"({mb / t['parse']:.1f}), detect {t['detect'] * 1e3:.1f}, our extraction {ours * 1e3:.1f}, "
          f"normalization {norm * 1e3:.1f}; detect + extract + normalize {t['whole'] * 1e3:.1f} ({mb / t['whole']:.1f})")


if __name__ == "__main__":
    main()
