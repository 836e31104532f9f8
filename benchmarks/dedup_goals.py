"""The deduplicator's goals table (issue #14): every corpus in one table, with the figures
of the rule-based matcher this replaced, the current figures, and Splink in the same run.

    python -m benchmarks.dedup_goals [--splink] [--nightly N] [--json OUT]

Which corpus fed what: the shipped prior model (``dedup/prior_model.json``) is estimated on
``benchmarks.synthetic`` (seed 100, by ``benchmarks.fit_prior``), and that corpus is where the
model's levels and constants were tuned. Every other row is held out: the arXiv-based corpus
(``benchmarks.arxiv_corpus``, its "test" half of base papers), the DBLP-ACM, DBLP-Scholar,
Dirty and Cora benchmarks. Each lake estimates its own model by EM on its own records.

* "DBLP-ACM test, through ingest": the two sides of the test pairs written as two CSV
  files and imported with ``scholarlake ingest --kind records`` (the real CLI, a real lake);
* the other ER rows: ``benchmarks.er_benchmarks`` (records built with the normalizers);
* "100 new records into an N lake": ``benchmarks.nightly_dedup`` (a real lake of N synthetic
  records deduplicated in full, then three nights of 100 new records each; the median
  night's ``scholarlake.pipeline.dedup`` transaction).

"before" is the rule-based matcher of commit f1990be (the figures the issue measured, or
this script's rows run on that commit, as noted). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from dedup import deduplicate

from . import splink_baseline
from .common import labelled_prf, pairwise_prf, work_of
from .er_benchmarks import DATASETS, DEFAULT_DATA, _year, load_cora, load_ditto, parse_serialised, read_ditto

log = logging.getLogger(__name__)

# The rule-based matcher (f1990be) on the same rows. Issue #14's measurements, except the
# arXiv-based corpus, which did not exist then (this script's row run on f1990be).
BEFORE = {
    "arXiv-based corpus, held-out half": "91.06",
    "synthetic 20k (the prior's generator)": "99.6",
    "DBLP-ACM test, through ingest --kind records": "94.6",
    "Structured/DBLP-ACM": "97.49",
    "Structured/DBLP-Scholar": "86.29",
    "Dirty/DBLP-ACM": "23.67",
    "Dirty/DBLP-Scholar": "22.37",
    "Cora": "81.80",
}
GOALS = {
    "arXiv-based corpus, held-out half": ">= 95, above Splink",
    "synthetic 20k (the prior's generator)": "-",
    "DBLP-ACM test, through ingest --kind records": ">= 98.5",
    "Structured/DBLP-ACM": "-",
    "Structured/DBLP-Scholar": ">= 92.3",
    "Dirty/DBLP-ACM": ">= 90",
    "Dirty/DBLP-Scholar": ">= 85",
    "Cora": ">= 90",
}
SCHOLARLAKE = str(Path(sys.executable).with_name("scholarlake"))


def _splink(rows: list[dict], score) -> str:
    if splink_baseline.available():
        return "-"
    got, _ = splink_baseline.run(rows)
    return f"{score(got)['f1']:.2f}"


def through_ingest(data: Path) -> dict:
    """DBLP-ACM's test pairs as two CSV files through the CLI into a new lake."""
    records, pairs = read_ditto(data / "ditto_er_magellan/Structured/DBLP-ACM/test.txt")
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for side, name in (("L", "left"), ("R", "right")):
            f = Path(tmp) / f"{name}.csv"
            with f.open("w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow(["id", "title", "authors", "venue", "year"])
                for rid, text in records:
                    if rid.startswith(side):
                        v = parse_serialised(text)
                        w.writerow([rid, v.get("title", ""), v.get("authors", ""), v.get("venue", ""),
                                    _year(v.get("year")) or ""])
            files.append(str(f))
        lake = Path(tmp) / "lake"
        t = time.perf_counter()
        done = subprocess.run([SCHOLARLAKE, "ingest", *files, "--kind", "records", "--lake", str(lake)],
                              capture_output=True, text=True)
        seconds = time.perf_counter() - t
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-2000:])
        q = subprocess.run([SCHOLARLAKE, "query", "--lake", str(lake), "--format", "csv",
                            "select r.entry_key, wr.work_id from records r join work_records wr using (record_id)"],
                           capture_output=True, text=True)
        if q.returncode != 0:
            raise RuntimeError(q.stderr[-2000:])
    work = {}
    for row in csv.DictReader(q.stdout.splitlines()):
        key = row["entry_key"]
        work[key.split(":", 1)[1] if key.startswith("src:") else key] = row["work_id"]
    missing = sum(1 for a, b, _ in pairs if a not in work or b not in work)
    for a, b, _ in pairs:
        work.setdefault(a, "missing:" + a)
        work.setdefault(b, "missing:" + b)
    return {**labelled_prf(work, pairs), "seconds": round(seconds, 1), "missing": missing}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--splink", action="store_true", help="run Splink on the same rows (pip install splink)")
    ap.add_argument("--nightly", type=int, default=100_000, metavar="N", help="lake size for the nightly row (0: skip)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    table: list[tuple[str, str, str, str]] = []

    def add(name: str, f1: float, splink: str = "-") -> None:
        table.append((name, BEFORE.get(name, "-"), f"{f1:.2f}", splink if args.splink else "-"))

    from .arxiv_corpus import DEFAULT_DATA as ARXIV, generate as arxiv_generate
    from .synthetic import generate as synthetic_generate

    if ARXIV.exists():
        rows, truth = arxiv_generate(ARXIV, seed=0, part="test")
        add("arXiv-based corpus, held-out half", pairwise_prf(work_of(deduplicate(rows)), truth)["f1"],
            _splink(rows, lambda got: pairwise_prf(got, truth)) if args.splink else "-")
    rows, truth = synthetic_generate(20_000, seed=0)
    add("synthetic 20k (the prior's generator)", pairwise_prf(work_of(deduplicate(rows)), truth)["f1"],
        _splink(rows, lambda got: pairwise_prf(got, truth)) if args.splink else "-")
    if args.data.exists():
        add("DBLP-ACM test, through ingest --kind records", through_ingest(args.data)["f1"])
        for ds in DATASETS:
            path = args.data / ds.path.format(split="test")
            if ds.kind == "ditto":
                rows, pairs = load_ditto(path)
                score = lambda got, pairs=pairs: labelled_prf(got, pairs)  # noqa: E731
            else:
                rows, truth = load_cora(path)
                score = lambda got, truth=truth: pairwise_prf(got, truth)  # noqa: E731
            add(ds.name, score(work_of(deduplicate(rows)))["f1"], _splink(rows, score) if args.splink else "-")
    if args.nightly:
        from .nightly_dedup import measure

        t = measure(args.nightly)
        table.append((f"100 new records into a {args.nightly:,} lake (s)", "~ a full rebuild",
                      f"{t['incremental_seconds']} (full {t['full_seconds']})", "-"))
    width = max(len(r[0]) for r in table)
    print(f"{'corpus':{width}}  {'before':>9}  {'now':>18}  {'Splink':>7}  goal")
    for name, before, now, splink in table:
        print(f"{name:{width}}  {before:>9}  {now:>18}  {splink:>7}  {GOALS.get(name, '< 5 s')}")
    if args.json:
        args.json.write_text(json.dumps(table, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
