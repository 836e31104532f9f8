"""Exports of reference managers and bibliographic databases (Zotero, Scopus, Web of Science,
Publish or Perish, OpenAlex, dblp), rendered from real metadata by :mod:`tests.export_layouts`
and read back as ``scholarlake ingest file`` reads them (format detected, never forced),
scored field by field: title, authors strict (every name, in order), year, venue, DOI.

The shapes were split before anything was measured: ``export_layouts.HELD_OUT`` (the two
names whose md5 sorts first) are never looked at while the reader is changed.
"""

from __future__ import annotations

from collections import Counter

import pytest

from normalizers.identifiers import normalize_doi
from scholarlake.extraction import extract_document

from . import export_layouts
from .conftest import EXTERNAL, make_doc
from .test_sites_cv_pdf import _person, _title_key, _venue_key

FIELDS = ("title", "authors", "year", "venue", "doi")
# First measurement (2026-12-07, the records reader of main f3bcfa7 unchanged, both splits run
# once, PYTHONHASHSEED=0): tuned (6 shapes, 300 rows) P 1.000 R 0.833, title 0.833, authors
# 0.167, year 0.500, venue 0.020, doi 0.823; held out (scopus_csv_2020, openalex_csv; 100 rows)
# P 1.000 R 0.500, title 0.500, authors 0.000, year 0.500, venue 0.000, doi 0.500. Per shape:
# Zotero (both) titles and DOIs only (Author, Publication Year, Publication Title dropped
# silently); Scopus (both) no names and no venue ("Authors" read as one name per comma-part in
# 2020 order, "Source title" dropped); Web of Science and OpenAlex "unknown" (no column named
# "title": one document reject each file); Publish or Perish all but the venue ("Source");
# dblp-to-csv titles, years and DOIs (from the text), no names ("author") and no venue.
# An intermediate run (after the synonym table, before the fixes on tuned shapes: fill from a
# field's other column, dblp-to-csv's "ee", the sniffer's doubled quotes) printed the held-out
# shapes by mistake: the same figures as the final ones below; nothing was changed after it for
# them, nor were their rows looked at.
# Final (branch wt-exports, every rule of export_columns / records_table in): tuned 300 rows,
# P 1.000 R 1.000, title 1.000, authors 0.997 (one Zotero name "III, Eyo Eyo Ita", a suffix
# Zotero's name splitting took for the surname, read as two people), year 1.000, venue 1.000,
# doi 1.000; held out 100 rows, P 1.000 R 1.000, title 1.000, authors 0.990, year 1.000, venue
# 1.000, doi 1.000. Floors a little below.
FLOORS = {
    "tuned": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99, "year": 0.99, "venue": 0.99,
              "doi": 0.99},
    "held-out": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.98, "year": 0.99, "venue": 0.99,
                 "doi": 0.99},
}


@pytest.fixture(scope="module")
def scores() -> dict[str, Counter]:
    out = {}
    for layout, files in export_layouts.cases(EXTERNAL).items():
        total = Counter()
        for seed, entries in enumerate(files):
            total.update(score_file(layout, entries, seed))
        out[layout] = total
    return out


def score_file(layout: str, entries: list[dict], seed: int) -> Counter:
    data, name = export_layouts.render(layout, entries, seed)
    kind, records, rejects = extract_document(make_doc(data, name))
    truth = export_layouts.expected(entries, layout)
    out = Counter(entries=len(truth), records=len(records), rejects=len(rejects))
    out[f"as {kind}"] += 1
    by_title: dict[str, list] = {}
    for r in records:
        by_title.setdefault(_title_key(r["title"]), []).append(r)
    for t in truth:
        got = (by_title.get(_title_key(t["title"])) or [None]).pop(0) if by_title.get(_title_key(t["title"])) else None
        if got is None:
            continue
        out["found"] += 1
        out["title"] += _title_key(got["title"]) == _title_key(t["title"])
        out["year"] += got["year"] == t["year"]
        want = _venue_key(t["venue"])
        out["venue"] += (got["venue"] is None) if not want else _venue_key(got["venue"]) == want
        out["authors"] += [_person(a) for a in got["authors"] or []] == [_person(a) for a in t["authors"]]
        out["doi"] += (got["doi"] or None) == (normalize_doi(t["doi"]) if t["doi"] else None)
    return out


def summary(scores: dict[str, Counter]) -> dict[str, float]:
    n = sum(s["entries"] for s in scores.values())
    found = sum(s["found"] for s in scores.values())
    records = sum(s["records"] for s in scores.values())
    out = {"entries": n, "precision": found / records if records else 0.0, "recall": found / n if n else 0.0}
    out.update({f: sum(s[f] for s in scores.values()) / n if n else 0.0 for f in FIELDS})
    return out


def report(scores: dict[str, Counter]) -> dict[str, dict]:
    print()
    print(f"{'shape':24} {'split':8} {'entries':>7} {'records':>7} {'rejects':>7} {'found':>5}  "
          + "  ".join(f"{f:>7}" for f in FIELDS) + "  detected as")
    for layout, s in scores.items():
        part = "held-out" if layout in export_layouts.HELD_OUT else "tuned"
        kinds = ", ".join(f"{k[3:]} {v}" for k, v in sorted(s.items()) if k.startswith("as "))
        print(f"{layout:24} {part:8} {s['entries']:7d} {s['records']:7d} {s['rejects']:7d} {s['found']:5d}  "
              + "  ".join(f"{s[f] / s['entries']:7.2f}" for f in FIELDS) + f"  {kinds}")
    out = {}
    for part, names in (("tuned", export_layouts.TUNED), ("held-out", export_layouts.HELD_OUT)):
        out[part] = summary({n: scores[n] for n in names if n in scores})
        print(f"{part}: " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in out[part].items()))
    return out


def test_every_export_is_read_with_nothing_lost(scores):
    """Each file is read (no document reject), and records plus rejects cover every row."""
    for layout, s in scores.items():
        assert s["records"] + s["rejects"] >= s["entries"], (layout, s)


def test_exports_scored(scores):
    splits = report(scores)
    for part, floors in FLOORS.items():
        for field, floor in floors.items():
            assert splits[part][field] >= floor, (part, field, splits[part][field], floor)
