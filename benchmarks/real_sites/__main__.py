"""A held-out measurement on researcher-site documents the project had never seen (issue #21).

The documents live outside the repository; their text is never committed. They come in
batches, each a manifest and a truth file typed before any reader ran on it, scored apart so
that a batch that has been studied never blurs the first figure of one that has not:
batch 1 (``MANIFEST.tsv``, ``truth.jsonl``: eight researchers, none of
``../shared/external/sites``) and batch 2 (``MANIFEST_batch2.tsv``, ``truth_batch2.jsonl``:
thirteen more researchers, none of those nor of batch 1) and batch 3 (``MANIFEST_batch3.tsv``,
``truth_batch3.jsonl``: twelve more researchers, none of ``../shared/external/sites`` nor of
batches 1 and 2) and batch 4 (``MANIFEST_batch4.tsv``, ``truth_batch4.jsonl``: ten more
researchers, none of ``../shared/external/sites`` nor of batches 1-3) and batch 5
(``MANIFEST_batch5.tsv``, ``truth_batch5.jsonl``: eleven more researchers, none of
``../shared/external/sites`` nor of batches 1-4) and batch 6 (``MANIFEST_batch6.tsv``,
``truth_batch6.jsonl``: ten more researchers, none of ``../shared/external/sites`` nor of
batches 1-5) and batch 7 (``MANIFEST_batch7.tsv``, ``truth_batch7.jsonl``: ten more
researchers, none of ``../shared/external/sites`` nor of batches 1-6) and batch 8
(``MANIFEST_batch8.tsv``, ``truth_batch8.jsonl``: ten more researchers, none of
``../shared/external/sites`` nor of batches 1-7) and batch 9 (``MANIFEST_batch9.tsv``,
``truth_batch9.jsonl``: ten more researchers, none of ``../shared/external/sites`` nor of
batches 1-8). ``export`` re-creates them from the
repository snapshots (``git show COMMIT:PATH`` in each mirror's git directory); ``score`` reads
each one as a user's run would (the bytes of a local file, the format detected, never forced)
and scores the records against the hand-made ``truth.jsonl`` with the site-CV scorer of
``tests/test_sites_cv_pdf.py`` (entry matched by title; title exact after display
normalization, authors strict, year exact, venue as the start of the record's venue).

    PYTHONPATH=$PWD python -m benchmarks.real_sites export --mirror /work/.mirror --out /work/realsites [--batch N]
    PYTHONHASHSEED=0 PYTHONPATH=$PWD python -m benchmarks.real_sites score --root /work/realsites [--batch N] [--list]

Without ``--batch`` both commands do every batch; ``score`` prints each batch's table and
per-format summary on its own, never one figure over two batches.

``--list`` prints, per document, the truth entries no record matched and the fields that
were wrong (titles of a held-out set: for the failure classes of the log, not for tuning).

A manifest row whose ``status`` says "studied" is no longer held out: its failures were
looked at and readers were changed against them (the first batch, since wt-realstudy; its
one blind figure, F1 0.64, stays in docs/log/2026-12-07-realsites.md). ``score`` labels
each document TUNED or HELD OUT by that column.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import subprocess
import sys
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

from extractors import Document
from normalizers.titles import display_title
from scholarlake.extraction import extract_document
from scholarlake.fetch import read_file
from tests.bibtex_layouts import math_title_ok
from tests.test_sites_cv_pdf import (
    FIELDS,
    same_people,
    _title_key,
    _venue_key,
    match_fields,
)

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "MANIFEST.tsv"
TRUTH = HERE / "truth.jsonl"
# Batch number -> (manifest, truth). Batch 1 keeps its first files unchanged; a later batch
# gets its own pair, so that adding documents never edits an earlier batch's truth.
BATCHES = {1: (MANIFEST, TRUTH), 2: (HERE / "MANIFEST_batch2.tsv", HERE / "truth_batch2.jsonl"),
           3: (HERE / "MANIFEST_batch3.tsv", HERE / "truth_batch3.jsonl"),
           4: (HERE / "MANIFEST_batch4.tsv", HERE / "truth_batch4.jsonl"),
           5: (HERE / "MANIFEST_batch5.tsv", HERE / "truth_batch5.jsonl"),
           6: (HERE / "MANIFEST_batch6.tsv", HERE / "truth_batch6.jsonl"),
           7: (HERE / "MANIFEST_batch7.tsv", HERE / "truth_batch7.jsonl"),
           8: (HERE / "MANIFEST_batch8.tsv", HERE / "truth_batch8.jsonl"),
           9: (HERE / "MANIFEST_batch9.tsv", HERE / "truth_batch9.jsonl")}
# A fixed capture time, so that an undated entry ("Jun 3") resolves the same on every run.
CAPTURED = datetime(2026, 12, 7, tzinfo=UTC)


def manifest(batch: int = 1) -> list[dict]:
    with BATCHES[batch][0].open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def export(mirror: Path, out: Path, batch: int = 1) -> int:
    """Each manifest row's blob from its mirror (``<mirror>/<owner>+<name>/repo``) to
    ``<out>/<local_path>``; a missing mirror or blob, or bytes other than the manifest's
    sha256, is reported and makes the exit status 1, never skipped silently."""
    missing = 0
    for row in manifest(batch):
        git_dir = mirror / row["repo"].replace("/", "+") / "repo"
        dest = out / row["local_path"]
        done = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{row['commit']}:{row['source_path']}"],
                              capture_output=True, check=False)
        if done.returncode != 0 or not done.stdout:
            print(f"missing: {row['local_path']} ({done.stderr.decode(errors='replace').strip()[:200]})")
            missing += 1
            continue
        digest = hashlib.sha256(done.stdout).hexdigest()
        if row.get("sha256") and digest != row["sha256"]:
            print(f"changed: {row['local_path']} (sha256 {digest[:16]}, the manifest says {row['sha256'][:16]})")
            missing += 1
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(done.stdout)
        print(f"{row['local_path']}  {len(done.stdout)} bytes  sha256 {hashlib.sha256(done.stdout).hexdigest()[:16]}")
    return missing


def truth(batch: int = 1) -> tuple[dict, dict[str, list[dict]]]:
    """(the ``_about`` rows by file, the entries by file in document order) of one batch."""
    about, rows = {}, defaultdict(list)
    for line in BATCHES[batch][1].read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if "_about" in row:
            if "file" in row:
                about[row["file"]] = row
        else:
            rows[row["file"]].append(row)
    return about, rows


def read(path: Path) -> tuple[str, list[dict], list[dict]]:
    """The document as ``scholarlake run`` reads a local file (``scholarlake.fetch.read_file``:
    bytes and a content type guessed from the name), the kind detected."""
    fetched = read_file(str(path))
    doc = Document(hashlib.sha256(fetched.data).hexdigest(), fetched.source_uri, fetched.data, CAPTURED,
                   fetched.content_type)
    return extract_document(doc)


def _lost(entries: list[dict], records: list[dict], rejects: list[dict]) -> int:
    """Entries neither read (no record of their title) nor rejected (no reject excerpt or record
    title holding the first five words of their title): ``benchmarks.lost_entries``' rule."""
    titles = {_title_key(r["title"]) for r in records}
    seen = " | ".join([_title_key(r["title"]) for r in records] + [_title_key(x.get("excerpt")) for x in rejects])
    return sum(1 for t in entries if _title_key(t["title"]) not in titles
               and " ".join(_title_key(t["title"]).split()[:5]) not in seen)


def _span(entries: list[dict], records: list[dict]) -> int:
    """For a capped truth (the first N entries of a longer list): the records up to the last
    one the scorer matched, as ``tests.test_sites_cv_pdf._records_within`` counts them, but
    each title key taken in record order as ``match_fields`` takes it, so that a paper printed
    again past the cap (a "highlighted" list repeated in the full list) does not stretch the
    span to the end of the page."""
    by_title = defaultdict(list)
    for i, r in enumerate(records):
        by_title[_title_key(r["title"])].append(i)
    used = [by_title[_title_key(t["title"])].pop(0) for t in entries if by_title.get(_title_key(t["title"]))]
    return max(used) + 1 if used else 0


def _math_resolved(entries: list[dict], records: list[dict]) -> list[dict]:
    """The entries, each whose title holds TeX math (a BibTeX title kept as its source, as
    the truth files write it) and has no record of its exact title key given the title of the
    first record that reads it right by ``tests.bibtex_layouts.math_title_ok`` (no TeX left,
    the words outside the math exact, no macro spelt out): the BibTeX layouts' comparison of
    math titles, applied to every batch alike (display math ``$$..$$`` prints as inline
    ``$..$`` in a title). An entry without math, or with no such record, is unchanged."""
    keys = {_title_key(r["title"]) for r in records}
    claimed = {_title_key(t["title"]) for t in entries}
    out = []
    for t in entries:
        title = t["title"] or ""
        if "$" in title and _title_key(title) not in keys:
            source = title.replace("$$", "$")
            got = next((r for r in records if _title_key(r["title"]) not in claimed
                        and math_title_ok(source, r["title"])), None)
            if got is not None:
                claimed.add(_title_key(got["title"]))
                t = {**t, "title": got["title"]}
        out.append(t)
    return out


def score_document(path: Path, entries: list[dict], capped: bool) -> dict:
    kind, records, rejects = read(path)
    entries = _math_resolved(entries, records)
    out = defaultdict(int, entries=len(entries), kind=kind, rejects=len(rejects))
    unmatched = match_fields(entries, records, out)
    out["records"] = _span(entries, records) if capped else len(records)
    out["lost"] = _lost(entries, records, rejects)
    out["unmatched"] = unmatched
    out["_records"], out["_rejects"], out["_entries"] = records, rejects, entries
    return out


def _prf(found: int, records: int, entries: int) -> tuple[float, float, float]:
    p = found / records if records else 0.0
    r = found / entries if entries else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def line(name: str, s: dict) -> str:
    p, r, f1 = _prf(s["found"], s["records"], s["entries"])
    n = s["entries"] or 1
    return (f"{name[:46]:46} {s.get('kind', ''):22} {s['entries']:3d} {s['records']:4d} {s['found']:3d}  "
            f"P {p:.2f} R {r:.2f} F1 {f1:.2f}  " + "  ".join(f"{f} {s[f] / n:.2f}" for f in FIELDS)
            + f"  rejects {s['rejects']:3d} lost {s['lost']:3d}")


def _wrong_fields(entries: list[dict], records: list[dict]) -> list[str]:
    """Per matched entry, the fields that differ (truth -> record), in the scorer's terms."""
    out, by_title = [], defaultdict(list)
    for r in records:
        by_title[_title_key(r["title"])].append(r)
    for t in entries:
        got = (by_title.get(_title_key(t["title"])) or [None]).pop(0) if by_title.get(_title_key(t["title"])) else None
        if got is None:
            continue
        bad = []
        if got["title"] != display_title(t["title"]):
            bad.append(f"title {t['title']!r} -> {got['title']!r}")
        if got["year"] != t["year"]:
            bad.append(f"year {t['year']} -> {got['year']}")
        want = _venue_key(t["venue"])
        if not ((got["venue"] is None) if not want else _venue_key(got["venue"]).startswith(want)):
            bad.append(f"venue {t['venue']!r} -> {got['venue']!r}")
        if not same_people(got["authors"], t["authors"]):
            bad.append(f"authors {t['authors']} -> {got['authors']}")
        if bad:
            out.append(f"    {t['title'][:70]!r}: " + "; ".join(bad))
    return out


def score(root: Path, listing: bool = False, batch: int = 1) -> dict[str, dict]:
    about, rows = truth(batch)
    fmt = {r["local_path"]: r["format"] for r in manifest(batch)}
    scores = {}
    print(f"batch {batch}")
    studied = {r["local_path"] for r in manifest(batch) if (r.get("status") or "").startswith("studied")}
    print(f"{'document':46} {'detected kind':22} ent  rec fnd")
    for name in (r["local_path"] for r in manifest(batch)):
        path = root / name
        if not path.is_file():
            print(f"{name}: absent under {root} (run export first)")
            continue
        s = score_document(path, rows[name], bool(about.get(name, {}).get("_capped")))
        scores[name] = s
        print(line(name, s) + ("  TUNED" if name in studied else "  HELD OUT"))
        if listing:
            for t in s["unmatched"]:
                print(f"    not found: {t['title']!r}")
            for w in _wrong_fields(s["_entries"], s["_records"]):
                print(w)
            for x in s["_rejects"][:10]:
                print(f"    reject: {x.get('reason', '')[:90]!r} | {str(x.get('excerpt', ''))[:80]!r}")
    by_format: dict[str, dict] = defaultdict(lambda: defaultdict(int))
    for name, s in scores.items():
        for key in ("entries", "records", "found", "rejects", "lost", *FIELDS):
            by_format[fmt[name]][key] += s[key]
            by_format["ALL"][key] += s[key]
        by_format[fmt[name]]["kind"] = ""
        by_format["ALL"]["kind"] = ""
    print("per format")
    for f, s in sorted(by_format.items(), key=lambda kv: (kv[0] == "ALL", kv[0])):
        print(line(f, s))
    return scores


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.real_sites")
    sub = parser.add_subparsers(dest="command", required=True)
    e = sub.add_parser("export")
    e.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    e.add_argument("--out", type=Path, default=Path("/work/realsites"))
    e.add_argument("--batch", type=int, choices=sorted(BATCHES), help="one batch (default: every batch)")
    s = sub.add_parser("score")
    s.add_argument("--root", type=Path, default=Path("/work/realsites"))
    s.add_argument("--list", action="store_true")
    s.add_argument("--batch", type=int, choices=sorted(BATCHES), help="one batch (default: each batch apart)")
    args = parser.parse_args(argv)
    batches = [args.batch] if args.batch else sorted(BATCHES)
    if args.command == "export":
        return 1 if sum(export(args.mirror, args.out, b) for b in batches) else 0
    for b in batches:
        score(args.root, args.list, b)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
