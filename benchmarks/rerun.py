"""What a re-run with nothing new costs, against the first run of the same documents: the
wall time of ``scholarlake ingest DIR`` as a user runs it (a new process each time), and the
time inside ``pipeline.ingest`` alone (no interpreter start, no imports). Reported, never
asserted.

    python -m benchmarks.rerun [--repeat 3] [--docs DIR ...]

The documents are the project's examples and, when ``../shared`` is there, the seeds and
the real CV PDFs and BibTeX of ``../shared/external`` (copied to a temporary folder).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scholarlake.fetch import expand_paths
from scholarlake.pipeline import SourceSpec, ingest
from warehouse import Lake

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_DOCS = [ROOT / "examples", SHARED / "seeds", SHARED / "external" / "cvs", SHARED / "external" / "bibtex"]
SCRIPT = Path(sys.executable).with_name("scholarlake")


def _copy(dirs: list[Path], into: Path) -> int:
    n = 0
    for d in dirs:
        if not d.exists():
            continue
        for f in d.rglob("*"):
            if f.is_file() and not f.name.startswith(".") and f.suffix in (".txt", ".md", ".csv", ".pdf", ".bib"):
                shutil.copy(f, into / f"{n:03d}_{f.name}")
                n += 1
    return n


def _wall(docs: Path, lake: Path) -> float:
    t = time.perf_counter()
    subprocess.run([str(SCRIPT), "ingest", str(docs), "--lake", str(lake)], check=False, capture_output=True)
    return time.perf_counter() - t


def _inside(docs: Path, lake: Path) -> float:
    specs = [SourceSpec(p) for p in expand_paths([str(docs)])]
    t = time.perf_counter()
    ingest(specs, Lake(lake))
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--docs", type=Path, nargs="*", default=DEFAULT_DOCS)
    args = ap.parse_args()
    rows = {"first run, wall": [], "re-run, wall": [], "first run, in ingest()": [], "re-run, in ingest()": []}
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        n = _copy(args.docs, docs)
        for i in range(args.repeat):
            lake = Path(tmp) / f"wall-{i}"
            rows["first run, wall"].append(_wall(docs, lake))
            rows["re-run, wall"].append(_wall(docs, lake))
            lake = Path(tmp) / f"inside-{i}"
            rows["first run, in ingest()"].append(_inside(docs, lake))
            rows["re-run, in ingest()"].append(_inside(docs, lake))
    print(f"{n} documents, median of {args.repeat}")
    for name, times in rows.items():
        print(f"  {name:24} {statistics.median(times):6.2f} s")
    first, again = statistics.median(rows["first run, in ingest()"]), statistics.median(rows["re-run, in ingest()"])
    print(f"  re-run / first run inside ingest(): {again / first:.2f}")


if __name__ == "__main__":
    main()
