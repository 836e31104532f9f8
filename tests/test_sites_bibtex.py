"""BibTeX files of researchers' own sites (issue #21, items 4 and 5), scored against the
hand-made truth ``tests/truth/sites_bibtex.jsonl``; the files are read from
``../shared/external/sites`` at test time, the format detected (no ``--kind``).

The truth was written by reading the raw ``.bib`` text, never from the extractor's output,
one line per entry: ``file``, ``generator`` (MANIFEST.tsv), ``key`` (the entry's citation
key, which is how an entry is found among the records: ``source_record_id``), and the
fields as a reader of the rendered bibliography would print them:

- **title**: LaTeX turned into Unicode (``{\\'e}`` -> é, ``\\&`` -> &, `````` ``x'' `````` -> “x”,
  ``--`` -> –), protecting braces and ``\\textit``/``\\emph`` dropped, white space single; math
  (``$...$``, ``\\( ... \\)``) kept as its TeX source exactly as written, and compared as
  readable text since wt-bib3 (:func:`tests.bibtex_layouts.math_title_ok`: no backslash,
  dollar or brace left, the words outside the math exact, no macro spelt out); the HTML entity
  ``&nbsp;`` a space; a BibLaTeX ``subtitle`` joined as ``Title: Subtitle``.
- **authors**: every name "Given von Family Jr" (``Week, Bob`` -> ``Bob Week``, ``von Fintel,
  Kai`` -> ``Kai von Fintel``, ``{Evans}, II, N.~J.`` -> ``N. J. Evans II``), LaTeX converted
  (``Miko{\\l}ajczyk`` -> Mikołajczyk), braces gone, ties as spaces, initials and their
  periods exactly as written (``Aryeh H``, ``Iris H.R.``, ``R.G.``), capitals as written
  except a word of a name in capitals, which is in its usual case since wt-bib3 (four names
  of aryehmiller's file: ``ALEJANDRO RIOS-FRANCESCHI`` -> ``Alejandro Rios-Franceschi``,
  ``Sondra I VEGA-CASTILLO`` -> ``Sondra I Vega-Castillo``; two capitals, ``Paulo AV``, are
  initials and stay); a
  braced group is one name (``{Earth2Ocean Research Derby}``); a list separated by commas
  instead of " and " (a hand-made mistake BibTeX would read as one name) is read as the
  names it lists; a trailing ``and others`` is left out; contribution marks written after a
  family name (``Pino*``, ``Phillis\\*``) are not part of the name; a name macro
  (``\\myname{Ginsburg}``) prints its argument.
- **year**: ``year``, else the year of BibLaTeX's ``date``; a status word (``in press``,
  ``forthcoming``, ``in prep``) is no year (null).
- **venue**: the first of: ``journal`` / ``journaltitle``; ``booktitle`` (with a BibLaTeX
  ``booksubtitle`` as ``Book: Subtitle``); for a thesis or report ``school`` /
  ``institution``, else a report's ``type`` (the series it is numbered in); ``howpublished``;
  ``publisher``; else "arXiv" for an arXiv e-print (``archivePrefix`` / ``eprinttype``
  arXiv, or an ``eprint`` in arXiv's identifier syntax: how arXiv's own export writes a
  preprint; since wt-heldout16, four entries of tuned files, null before); else null. The
  value as written (abbreviations kept, ``In review`` is a
  venue value like any other); an AASTeX journal macro as AASTeX prints it (``\\apj`` ->
  ``ApJ``, ``\\aap`` -> ``A&A``, ``\\mnras`` -> ``MNRAS``).

Two files are sampled (documented here, not by the extractor): ``fintel-works.bib`` (85
entries) and ``cv.bib`` (46 entries) have truth for every other entry in file order,
starting with the first (43 and 23 entries); every other file has truth for all its
entries. Entry precision is computed on the fully covered files only.

The split was fixed before the first measurement, leave-generators-out: the al-folio
``_bibliography/papers.bib`` files are tuned on; Hugo Academic's one-entry ``cite.bib``
files, the hand-kept files (``refs.bib``, BibDesk/ADS ``cv.bib``), the Zotero BibLaTeX export
(``All-Pubs.bib``) and the BibLaTeX file feeding pandoc (``fintel-works.bib``) are held out.
One ``cite.bib`` (agamiko) is counted as tuned: its extractor output was seen once before
its truth was written.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from . import bibtex_layouts
from .conftest import EXTERNAL

TRUTH = Path(__file__).resolve().parent / "truth" / "sites_bibtex.jsonl"
SITES = EXTERNAL / "sites"
FIELDS = ("title", "authors", "year", "venue")

TUNED = frozenset({
    "lingzhengecon__lingzhengecon.github.io/papers.bib",
    "cmshor__cmshor.github.io/papers.bib",
    "irishryoon__old_website/papers.bib",
    "aryehmiller__aryehmiller.github.io/papers.bib",
    "bobweek__bobweek.github.io/papers.bib",
    "sonarventu__sonarventu.github.io/papers.bib",
    "agamiko__academic-kickstart/cite.bib",  # output seen before its truth was written
})
HELD_OUT = frozenset({
    "jjguri__cv/cite.bib",
    "huyukuan__ykhu-hugo-academic/cite.bib",
    "akikumoto__academic-kickstart/cite.bib",
    "astrojames__astrojames.github.io/cite.bib",
    "benjaminborn__academic-kickstart/cite.bib",
    "seananderson__seananderson.ca/refs.bib",
    "adamginsburg__adamginsburg.github.com/cv.bib",
    "djvill__academicpages.github.io/All-Pubs.bib",
    "fintelkai__kvf-hugo/fintel-works.bib",
})
# Held-out files the reader was later changed against, counted as tuned from then on and
# reported apart (2026-12-06): BibLaTeX's ``date`` / ``journaltitle`` / ``subtitle`` /
# ``booksubtitle`` / ``institution`` were read after the first measurement, and only
# fintel-works.bib uses them here; the AAS journal macros (``\\apj``) only cv.bib.
TUNED_LATER = frozenset({"fintelkai__kvf-hugo/fintel-works.bib", "adamginsburg__adamginsburg.github.com/cv.bib"})
# Files whose truth covers every other entry only: precision is not computed on them.
SAMPLED = frozenset({"fintelkai__kvf-hugo/fintel-works.bib", "adamginsburg__adamginsburg.github.com/cv.bib"})


def _truth() -> list[dict]:
    rows = [json.loads(line) for line in TRUTH.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if "file" in r]


def test_every_truth_file_is_in_exactly_one_part():
    files = {t["file"] for t in _truth()}
    assert files == TUNED | HELD_OUT and not TUNED & HELD_OUT
    assert SAMPLED <= files and TUNED_LATER <= HELD_OUT


def _same(got, want) -> bool:
    """Strict equality, white space runs counted as one space."""
    if isinstance(want, str) and isinstance(got, str):
        return " ".join(got.split()) == " ".join(want.split())
    return got == want


def score_file(path: str, truth: list[dict]) -> dict[str, int]:
    """Counts for one file: truth entries, records emitted, entries found (by citation key),
    records matching a truth entry, and per field the entries found with that field right."""
    from normalizers.titles import display_title
    from normalizers.venues import parse_venue
    from scholarlake.extraction import extract_document

    from .conftest import make_doc

    file = SITES / path
    kind, records, _rejects = extract_document(make_doc(file.read_bytes(), str(file)))
    by_key = {r["source_record_id"]: r for r in records}
    keys = {t["key"] for t in truth}
    c = defaultdict(int, entries=len(truth), records=len(records), detected=int(kind == "bibtex"),
                    matched=sum(r["source_record_id"] in keys for r in records))
    for t in truth:
        got = by_key.get(t["key"])
        if got is None:
            continue
        c["found"] += 1
        if bibtex_layouts.MATH.search(t["title"]):
            c["title"] += bibtex_layouts.math_title_ok(t["title"], got["title"])
        else:
            c["title"] += _same(got["title"], display_title(t["title"]))
        c["authors"] += len(got["authors"]) == len(t["authors"]) and all(map(_same, got["authors"], t["authors"]))
        c["year"] += got["year"] == t["year"]
        c["venue"] += _same(got["venue"], t["venue"])
        # the venue as records display every venue (normalizers.venues: a final period dropped)
        c["venue_display"] += _same(got["venue"], parse_venue(t["venue"]).name)
    return c


def summary(counts: list[tuple[str, dict[str, int]]]) -> dict[str, float]:
    """Entry precision (fully covered files only), recall, F1, and per field the share of
    truth entries found with that field right (a lost entry is wrong in every field)."""
    n = sum(c["entries"] for _, c in counts)
    full = [c for f, c in counts if f not in SAMPLED]
    emitted = sum(c["records"] for c in full)
    precision = sum(c["matched"] for c in full) / emitted if emitted else 1.0
    recall = sum(c["found"] for _, c in counts) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    out = {"entries": n, "precision": precision, "recall": recall, "f1": f1}
    out.update({f: sum(c[f] for _, c in counts) / n for f in (*FIELDS, "venue_display")})
    out["detected"] = sum(c["detected"] for _, c in counts) / len(counts)
    return out


def _line(label: str, s: dict[str, float]) -> str:
    return (f"{label:52} {s['entries']:3d}  P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}  "
            + "  ".join(f"{f} {s[f]:.3f}" for f in FIELDS) + f"  (venue as displayed {s['venue_display']:.3f})")


# Held-out floors: the measured held-out level (rounded down), so that a regression fails.
# The goal of #21 is 0.95 for each. First measurement (2026-12-06, the extractor of main
# 82276a8), all 132 held-out entries: P 1.000 R 1.000 F1 1.000, title 0.992, authors 0.985,
# year 0.674, venue 0.735 (tuned, 78 entries: 1.000 1.000 1.000, 0.962, 0.962, 0.987, 0.782;
# 0.974 authors once a truth slip was mended). Without the two files tuned later (66
# entries), the same extractor: title 1.000, authors 0.970, year 1.000, venue 0.970.
# After this round's changes (name lists written with commas, BibLaTeX fields, crossref,
# recovered entries, HTML references, AAS macros), held out minus tuned later: title 1.000,
# authors 0.985, year 1.000, venue 0.970.
HELD_OUT_FLOORS = {"precision": 1.0, "recall": 1.0, "f1": 1.0, "title": 1.0, "authors": 0.98, "year": 1.0,
                   "venue": 0.96}


@pytest.mark.skipif(not SITES.is_dir(), reason="../shared/external/sites is absent (the corpus is read from there)")
def test_bibtex_of_researchers_sites():
    """Per file and per part (tuned / held out): every file detected as BibTeX, entry
    precision / recall / F1 and per-field accuracy; the held-out part above its floors."""
    by_file: dict[str, list[dict]] = defaultdict(list)
    for t in _truth():
        by_file[t["file"]].append(t)
    counts = {f: score_file(f, rows) for f, rows in sorted(by_file.items())}
    parts = {}
    for part, files in (("tuned", TUNED), ("tuned later", TUNED_LATER), ("held out", HELD_OUT - TUNED_LATER)):
        for f in sorted(files):
            print(_line(f"[{part}] {f}" + (" (sampled)" if f in SAMPLED else ""), summary([(f, counts[f])])))
        parts[part] = summary([(f, counts[f]) for f in sorted(files)])
    for part, s in parts.items():
        print(_line(f"== {part}", s))
    assert all(p["detected"] == 1.0 for p in parts.values())
    for field, floor in HELD_OUT_FLOORS.items():
        assert parts["held out"][field] >= floor, (field, parts["held out"][field], floor)
