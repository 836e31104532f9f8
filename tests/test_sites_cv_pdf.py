"""CV PDFs from researchers' own sites (issues #16 and #21): the hand-made truth in
``tests/truth/sites_cv_pdf/`` (one file per CV, written from the rendered pages without
running the extractor) scored entry by entry and field by field, format detected.

The CVs are split once, by file, into the ones the PDF reader was tuned on (``TUNED``) and
the ones it was not shown while it was changed (every other truth file). Only the held-out
figures are the ones to quote; both are printed.

Fields are compared as an analyst sees them: the title exactly (after the display
normalization every record gets), the author list strictly (same people, same order, same
spelling; the punctuation of initials aside), the year exactly, and the venue as the start
of the extracted venue, case aside.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from extractors.author_lists import given_first, vancouver_given_first
from normalizers.names import clean_name
from normalizers.text import straight_quotes
from normalizers.titles import display_title
from scholarlake.extraction import extract_document

from .conftest import EXTERNAL, make_doc

TRUTH = Path(__file__).resolve().parent / "truth" / "sites_cv_pdf"
SITES = EXTERNAL / "sites"
FIELDS = ("title", "authors", "year", "venue")
# The CVs looked at while the PDF reader was changed (the rest are held out).
TUNED = frozenset({
    "anjanphys__anjanphys.github.io", "davidvandijcke__davidvandijcke.github.io", "benjaminborn__academic-kickstart",
    "bobweek__bobweek.github.io", "sonarventu__sonarventu.github.io", "kaiwu-astro__kaiwu-astro.github.io",
    "lpan21-econ__lpan21-econ.github.io", "james-s-santangelo__james-s-santangelo.github.io",
    # held out at first, moved here after the first measurement (see the #21 closing notes)
    "jhparkastro__jhparkastro.github.io", "ymaphys__ymaphys.github.io", "robertladwig__academicpages.github.io",
    # held out until 2026-12-06 (held out: P 0.821, R 0.873, F1 0.846 over six CVs), moved here
    # to be studied; fnew, lenis2000 and alexandraseceleanu stay held out
    "colin-windsor__homepage", "mvuorre__cv", "z-n-huang__z-n-huang.github.io",
    # held out until 2026-12-07 (blind, 102 entries over the three: precision 0.970, recall 0.951,
    # F1 0.960, title 0.941, authors 0.922, year 0.824, venue 0.882; per CV at 60db95a: fnew 4
    # entries found 3, title 0.75, authors 0.50, year 0.75, venue 0.75; lenis2000 62 found 60,
    # title 0.97, authors 0.95, year 0.79, venue 0.87; alexandraseceleanu 36 found 34, title 0.92,
    # authors 0.92, year 0.89, venue 0.92), moved here to be studied (wt-sitecv4)
    "fnew__academicpages.github.io", "lenis2000__cv", "unl-math-pages__alexandraseceleanu",
})
# The newest held-out round (2026-12-07, wt-sitecv4): reported as a split of its own so that its
# first figure stays readable next to the older held-out CVs.
NEW_ROUND = frozenset({"ymaphys__ymaphys.github.io__Ma_Yue_Publications"})


def truth_files() -> list[Path]:
    return sorted(TRUTH.glob("*.jsonl"))


def _rows(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if "file" in r]


def _capped(path: Path) -> bool:
    """A truth file that holds only a document's first entries says so with ``"_capped": true``
    in its ``_about`` row (a long publication list); the records past the last one matched are
    then outside the truth and are not counted against precision."""
    first = path.read_text(encoding="utf-8").splitlines()[0]
    return bool(json.loads(first).get("_capped"))


def part_of(name: str) -> str:
    return "tuned" if name in TUNED else "held-out-new" if name in NEW_ROUND else "held-out"


def _title_key(title: str | None) -> str:
    return re.sub(r"\W+", " ", display_title(title or "").casefold()).strip()


def _venue_key(venue: str | None) -> str:
    """A venue as compared: case and the punctuation around it aside ("Mol. Ecol." = "Mol. Ecol"),
    and curly quotes as every record prints them, straight (``normalizers.text.clean_text``:
    "Alzheimer’s" = "Alzheimer's"), as the title's display form does."""
    return straight_quotes(venue or "").casefold().strip(" .,;:")


def _person(name: str) -> str:
    return re.sub(r"[\s.]+", " ", clean_name(name).replace("‐", "-")).strip().casefold()


# Initials run together before the surname ("AB Lee"): the same person as "A. B. Lee".
_BARE_INITIALS = re.compile(r"\b([A-Z]{2,3})(?=\s+\S)")


def _person_turned(name: str) -> str:
    """:func:`_person` of the name read given name first where it is printed surname first
    with its initials after it ("Lee A.B.", Vancouver's "Lee AB": ``author_lists``' own
    readings), initials run together spaced ("AB Lee" = "A. B. Lee")."""
    turned = vancouver_given_first(name.strip()) or given_first([name])[0]
    return _person(_BARE_INITIALS.sub(lambda m: " ".join(m.group(1)), turned))


def same_people(got: list[str] | None, want: list[str]) -> bool:
    """The same persons in the same order, each name's printed form aside: two names are one
    person when :func:`_person` keys them alike (case, stops, "Lee, Ann" = "Ann Lee") or when
    they are alike read given name first (:func:`_person_turned`: "Lee A.B." = "A. B. Lee").
    Either reading is allowed because a name alone does not say which it is ("Ann LEE" is a
    surname in capitals, "Lee AB" Vancouver initials); a page says it, and the readers decide
    by the page. Until 2026-12-07 (session 39) only the first key counted, so a right list in
    surname-initials form counted wrong."""
    want = [n for n in want if _person(n)]
    got = list(got or [])
    return len(got) == len(want) and all(
        _person(g) == _person(w) or _person_turned(g) == _person_turned(w) for g, w in zip(got, want))


def score_file(path: Path) -> dict:
    """{entries, records, found, title, authors, year, venue, kind} counts for one CV."""
    truth = _rows(path)
    pdf = SITES / truth[0]["file"]
    kind, records, _rejects = extract_document(make_doc(pdf.read_bytes(), str(pdf)))
    out = defaultdict(int, entries=len(truth), records=len(records), kind=int(kind == "cv_pdf"))
    match_fields(truth, records, out)
    if _capped(path):
        out["records"] = _records_within(truth, records)
    return out


def _records_within(truth: list[dict], records: list[dict]) -> int:
    """The records up to the last one whose title is a truth entry's (in the reader's order)."""
    keys = {_title_key(t["title"]) for t in truth}
    last = max((i for i, r in enumerate(records) if _title_key(r["title"]) in keys), default=-1)
    return last + 1


def match_fields(truth: list[dict], records: list[dict], out) -> list[dict]:
    """Each truth entry matched to a record by title; ``out`` counts the found entries and
    each field that is right. Returns the truth entries no record matched."""
    by_title = defaultdict(list)
    for r in records:
        by_title[_title_key(r["title"])].append(r)
    unmatched = []
    for t in truth:
        candidates = by_title.get(_title_key(t["title"]))
        if not candidates:
            unmatched.append(t)
            continue
        got = candidates.pop(0)
        out["found"] += 1
        out["title"] += got["title"] == display_title(t["title"])
        out["year"] += got["year"] == t["year"]
        want = _venue_key(t["venue"])
        out["venue"] += (got["venue"] is None) if not want else _venue_key(got["venue"]).startswith(want)
        out["authors"] += same_people(got["authors"], t["authors"])
    return unmatched


def table(files: list[Path]) -> dict[str, dict]:
    return {f.stem: score_file(f) for f in files}


def summary(scores: dict[str, dict]) -> dict[str, float]:
    """Entry precision, recall and F1, and each field's share of the truth entries."""
    n = sum(s["entries"] for s in scores.values())
    found = sum(s["found"] for s in scores.values())
    records = sum(s["records"] for s in scores.values())
    p = found / records if records else 0.0
    r = found / n if n else 0.0
    out = {"entries": n, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    out.update({f: sum(s[f] for s in scores.values()) / n for f in FIELDS})
    return out


def report(scores: dict[str, dict]) -> None:
    for name, s in sorted(scores.items()):
        part = part_of(name)
        print(f"{name[:44]:44} {part:8} {s['entries']:3d} entries {s['records']:3d} records  found {s['found']:3d}  "
              + "  ".join(f"{f} {s[f] / s['entries']:.2f}" for f in FIELDS))


needs_sites = pytest.mark.skipif(not SITES.is_dir(), reason="../shared/external/sites is absent")


@needs_sites
def test_cv_pdf_sites_detected_and_scored():
    scores = table(truth_files())
    report(scores)
    assert scores, "no truth files"
    figures = {}
    for part in ("tuned", "held-out", "held-out-new"):
        names = [n for n in scores if part_of(n) == part]
        if names:
            figures[part] = summary({n: scores[n] for n in names})
            print(part, {k: round(v, 3) if isinstance(v, float) else v for k, v in figures[part].items()})
    assert [n for n, s in scores.items() if not s["kind"]] == [], "every CV PDF is detected as one"
    for part, got in figures.items():
        for field, minimum in FLOORS[part].items():
            assert got[field] >= minimum, (part, field, round(got[field], 3), minimum)


# Regression floors, a little below the figures measured when they were last raised (not
# the goal, which is 0.95 per field on the held-out CVs): raise them as the reader improves.
# Tuned raised 2026-12-06 (precision 0.954, F1 0.943, title 0.903, authors 0.925, year and
# venue 0.929).
# Set again 2026-12-06 when colin-windsor, mvuorre and z-n-huang moved to the tuned set (the
# tuned set of 14 CVs then measured precision 0.895, F1 0.915, title 0.907, authors 0.859,
# year 0.930, venue 0.904; the three still held out, fnew, lenis2000 and alexandraseceleanu:
# 102 entries, precision 0.969, recall 0.931, F1 0.950, title 0.922, authors 0.902, year 0.794,
# venue 0.843, the same before and after the changes of that round).
# Tuned raised after that round's changes (with-lines, leading years, volume-marked venues,
# "&" between surnames, posters, editors after a book's title, hyphens the document prints):
# precision 0.943, F1 0.941, title 0.910, authors 0.932, year 0.932, venue 0.930.
# Tenth round (2026-12-06, wt-cvpdf3): tuned precision 0.949, F1 0.948, title 0.918, authors
# 0.941, year 0.938, venue 0.941; held out unchanged (aggregates only).
# Year-and-venue round (2026-12-06, wt-cvreal; tuned CVs studied entry by entry, the three held
# out measured as aggregates only, at the start and once at the end): tuned precision 0.949 ->
# 0.955, F1 0.948 -> 0.955, title 0.918 -> 0.927, authors 0.941 -> 0.952, year 0.938 -> 0.955,
# venue 0.941 -> 0.946; held out (102 entries) before and after the same: precision 0.970,
# recall 0.951, F1 0.960, title 0.941, authors 0.922, year 0.824, venue 0.863.
# Second field-by-field round (2026-12-07, wt-cvreal2; tuned CVs studied entry by entry, the three
# held out measured once, at the end, as aggregates). Venues are now compared with curly quotes
# straight and kaiwu's "(including Kai Wu)" is written as the printed list; main's code so scored:
# tuned authors 0.955, venue 0.949 (the rest as above), held out venue 0.882 (the rest as above).
# After the round: tuned precision 0.980, recall 0.983, F1 0.982, title 0.972, authors 0.983,
# year 0.983, venue 0.983; held out unchanged by the code (precision 0.970, recall 0.951, F1 0.960,
# title 0.941, authors 0.922, year 0.824, venue 0.882).
# Round 4 of the site CVs (2026-12-07, wt-sitecv4): a new held-out document, the author of
# ymaphys's LaTeX publication list (Ma_Yue_Publications.pdf, MANIFEST format "other"; Chinese
# headings, 128 items, truth capped at the first 40, so its records past the last matched one are
# not counted). Detected as a CV PDF. First and only measurement before any reader change (main's
# code at 60db95a): 40 entries, 27 records within the truth's span, precision 0.741, recall 0.500,
# F1 0.597, title 0.450, authors 0.500, year 0.500, venue 0.500.
# After that round's reader changes (wt-sitecv4, aimed at the three CVs moved to the tuned set and
# the tuned ymaphys CV), measured once more at the end: the new held-out document unchanged (the
# same figures as above). Tuned, now 17 CVs and 457 entries: precision 0.991, recall 0.987, F1
# 0.989, title 0.982, authors 0.985, year 0.969, venue 0.987 (the 14 tuned before: precision 0.980
# -> 0.989, F1 0.982 -> 0.990, title 0.972 -> 0.992, authors, year and venue 0.983 -> 0.992; the
# three moved: 102 entries, F1 0.960 -> 0.985, title 0.941 -> 0.951, authors 0.922 -> 0.961, year
# 0.824 -> 0.892, venue 0.882 -> 0.971). The tuned year floor is lower than before because
# lenis2000's truth gives arXiv-only preprints year null where the reader dates them from the
# identifier (7 of its entries).
FLOORS = {
    "tuned": {"precision": 0.98, "f1": 0.98, "title": 0.975, "authors": 0.975, "year": 0.96, "venue": 0.975},
    "held-out": {"precision": 0.95, "f1": 0.94, "title": 0.93, "authors": 0.90, "year": 0.80, "venue": 0.86},
    "held-out-new": {"precision": 0.70, "f1": 0.55, "title": 0.40, "authors": 0.45, "year": 0.45, "venue": 0.45},
}
