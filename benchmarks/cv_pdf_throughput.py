"""CV PDF extraction speed: pages per second of the ``cv_pdf`` extractor (detect + extract),
median of repeated runs, per file. Not a test: the figures are reported, never asserted.

    python -m benchmarks.cv_pdf_throughput [--repeat 5] [--profile]

Inputs are the four real CV PDFs in ../shared/external/cvs when present, and a CV the project
writes (tests/fixtures/cv_roundtrip.md) laid out as a PDF at run time.
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from pathlib import Path

import pdfplumber

import extractors
from extractors import Draft
from tests.conftest import EXTERNAL, make_doc

from .common import profiled

ROOT = Path(__file__).resolve().parent.parent
REAL_CVS = [
    EXTERNAL / "cvs/lu_yin/LUYIN.pdf",
    EXTERNAL / "cvs/yang_song/cv.pdf",
    EXTERNAL / "cvs/jia-bin_huang/Huang Curriculum Vitae.pdf",
    EXTERNAL / "cvs/jia-bin_huang/Huang_CV.pdf",
]


def inputs() -> list[tuple[str, bytes]]:
    """(name, PDF bytes) of every input available here."""
    from tests.pdf_builder import cv_pdf

    found = [(p.name, p.read_bytes()) for p in REAL_CVS if p.exists()]
    text = (ROOT / "tests/fixtures/cv_roundtrip.md").read_text(encoding="utf-8")
    found.append(("cv_roundtrip.md as PDF", cv_pdf(text, page_height=420)))
    return found


def page_count(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return len(pdf.pages)


def one_pass(data: bytes) -> int:
    """Detect and extract once; the number of entries found."""
    doc = make_doc(data)
    extractor = extractors.detect(doc)
    return sum(1 for item in extractor.extract(doc) if isinstance(item, Draft))


def measure(data: bytes, repeat: int) -> tuple[float, float]:
    """(median seconds per pass, median pages per second) over ``repeat`` passes."""
    pages = page_count(data)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        one_pass(data)
        times.append(time.perf_counter() - t0)
    seconds = statistics.median(times)
    return seconds, pages / seconds


def profile(data: bytes, top: int = 12) -> str:
    return profiled(lambda: one_pass(data), top, ("cumtime",))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true", help="print where the time goes per file")
    args = ap.parse_args()
    print(f"{'input':32} {'KB':>6} {'pages':>5} {'entries':>7} {'s/pass':>7} {'pages/s':>8}")
    total_pages = total_seconds = 0.0
    for name, data in inputs():
        n = one_pass(data)  # warm-up, and the entry count
        seconds, rate = measure(data, args.repeat)
        pages = page_count(data)
        total_pages += pages
        total_seconds += seconds
        print(f"{name[:32]:32} {len(data) / 1e3:6.1f} {pages:5d} {n:7d} {seconds:7.2f} {rate:8.1f}")
        if args.profile:
            print(profile(data))
    if total_seconds:
        print(f"{'all':32} {'':6} {int(total_pages):5d} {'':7} {total_seconds:7.2f} {total_pages / total_seconds:8.1f}")


if __name__ == "__main__":
    main()
