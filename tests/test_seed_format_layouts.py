"""The seed formats rendered from real metadata in layouts of their own
(:mod:`tests.seed_format_layouts`, issue #16 item 3): listing pages, profile pages,
daily-papers pages and CVs as text, read back with ``extract_document`` (the format detected,
never forced) and scored field by field as the other generated sets are
(``test_sites_cv_pdf.match_fields``: an entry found by its title; names compared name by
name, case, spaces and periods aside). Only the fields a format prints are reported
(``seed_format_layouts.PRINTS``); a year the page does not print must be read as none.

The layouts were split into ``TUNED`` and ``HELD_OUT`` when they were written, before the
first measurement (wt-heldout16).
"""

from __future__ import annotations

from collections import Counter

import pytest

from scholarlake.extraction import extract_document

from . import seed_format_layouts as sfl
from .conftest import EXTERNAL, make_doc
from .test_sites_cv_pdf import FIELDS, match_fields, summary

# First measurement (wt-heldout16, the readers of 295b055, before any change for these
# layouts; `PYTHONHASHSEED=0 pytest tests/test_seed_format_layouts.py -s`), after one
# correction of the generator's truth (a date printed without a year was first scored as "no
# year"; the project's rule, normalizers/dates, reads it as the latest such day before the
# capture, and the truth now says so):
#   listing_page tuned (30): P 1.000 R 1.000, title, authors, year 1.000
#   listing_page held out (60): P 1.000 R 1.000, title, authors, year 1.000
#   profile_page tuned (30): P 1.000 R 0.967, title, year, venue 0.967 (3 rejects)
#   profile_page held out (30): P 1.000 R 1.000, title, year, venue 1.000
#   daily_papers tuned (30) and held out (30): P 1.000 R 1.000, title, year 1.000
#   cv_text tuned (30): P 1.000 R 1.000, every field 1.000
#   cv_text held out (60): P 0.981 R 0.867, title 0.867, authors 0.867, year 0.850, venue 0.850
#     (cv_plain_and 0.97 per field; cv_marks_badges R 0.77, 7 rejects)
# Floors a little below.
FLOORS = {
    ("listing_page", "tuned"): {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99, "year": 0.99},
    ("listing_page", "held out"): {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99, "year": 0.99},
    ("profile_page", "tuned"): {"precision": 0.99, "recall": 0.95, "title": 0.95, "year": 0.95, "venue": 0.95},
    ("profile_page", "held out"): {"precision": 0.99, "recall": 0.99, "title": 0.99, "year": 0.99, "venue": 0.99},
    ("daily_papers", "tuned"): {"precision": 0.99, "recall": 0.99, "title": 0.99, "year": 0.99},
    ("daily_papers", "held out"): {"precision": 0.99, "recall": 0.99, "title": 0.99, "year": 0.99},
    ("cv_text", "tuned"): {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99, "year": 0.99,
                           "venue": 0.99},
    ("cv_text", "held out"): {"precision": 0.97, "recall": 0.85, "title": 0.85, "authors": 0.85, "year": 0.84,
                              "venue": 0.84},
}


def score(layout: str, owner: str, entries: list[dict]) -> Counter:
    text, truth = sfl.render(layout, owner, entries)
    kind, records, rejects = extract_document(make_doc(text.encode("utf-8"), f"mem://{layout}.txt"))
    out = Counter(entries=len(truth), records=len(records), rejects=len(rejects), kind=int(kind == sfl.fmt(layout)))
    out[f"as {kind}"] += 1
    match_fields(truth, records, out)
    return out


@pytest.fixture(scope="module")
def scores() -> dict[str, Counter]:
    return {layout: score(layout, owner, entries) for layout, (owner, entries) in sfl.cases(EXTERNAL).items()}


def splits(scores: dict[str, Counter]) -> dict[tuple[str, str], dict]:
    """{(format, "tuned" / "held out"): summary} over the layouts of each."""
    out = {}
    for fmt in sorted(set(map(sfl.fmt, sfl.LAYOUTS))):
        for split, names in (("tuned", sfl.TUNED), ("held out", sfl.HELD_OUT)):
            part = {n: scores[n] for n in names if sfl.fmt(n) == fmt and n in scores}
            if part:
                out[fmt, split] = summary(part)
    return out


def report(scores: dict[str, Counter]) -> dict[tuple[str, str], dict]:
    print()
    width = max(map(len, scores))
    print(f"{'layout':{width}} {'split':8} {'entries':>7} {'records':>7} {'rejects':>7}  {'P':>5} {'R':>5}  "
          + "  ".join(f"{f:>7}" for f in FIELDS) + "  detected as")
    for layout, s in scores.items():
        prf = summary({layout: s})
        shown = sfl.PRINTS[sfl.fmt(layout)]
        kinds = ", ".join(k[3:] for k in s if k.startswith("as "))
        print(f"{layout:{width}} {'tuned' if layout in sfl.TUNED else 'held out':8} {s['entries']:7d} "
              f"{s['records']:7d} {s['rejects']:7d}  {prf['precision']:5.2f} {prf['recall']:5.2f}  "
              + "  ".join(f"{s[f] / s['entries']:7.2f}" if f in shown else f"{'-':>7}" for f in FIELDS)
              + f"  {kinds}")
    out = splits(scores)
    for (fmt, split), s in out.items():
        print(f"{fmt} {split}: entries {s['entries']}, P {s['precision']:.3f}, R {s['recall']:.3f}, "
              + ", ".join(f"{f} {s[f]:.3f}" for f in sfl.PRINTS[fmt]))
    return out


def test_every_layout_is_detected_as_its_format(scores):
    assert {n: s["kind"] for n, s in scores.items()} == {n: 1 for n in scores}


def test_nothing_is_lost(scores):
    """Every entry is a record or a reject."""
    assert all(s["records"] + s["rejects"] >= s["entries"] for s in scores.values()), scores


def test_seed_format_layouts_scored(scores):
    out = report(scores)
    for (fmt, split), floors in FLOORS.items():
        for field, floor in floors.items():
            assert out[fmt, split][field] >= floor, (fmt, split, field, out[fmt, split][field], floor)
