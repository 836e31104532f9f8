"""Publication lists kept as site data files (YAML / JSON), rendered from real metadata in the
layouts of :mod:`tests.data_file_layouts` (issue #21): the generated measurement of the data
file reader.

Each layout writes two files of ``PER_PAGE`` entries: one of a real researcher's own BibTeX
entries and one of arXiv ``.abs`` entries with a made-up owner put into every author list.
The files are read back with ``extract_document`` (the format detected, never forced) and
scored as the markdown layouts are (``test_sites_cv_pdf.match_fields``).

The layouts were split into ``TUNED_LAYOUTS`` and the held-out rest before the reader
existed; only the tuned ones may be looked at while the reader is changed.
"""

from __future__ import annotations

import json
import tomllib
from collections import Counter

import pytest
import yaml

from scholarlake.extraction import extract_document

from . import cv_layouts, data_file_layouts
from .conftest import EXTERNAL, make_doc
from .test_sites_cv_pdf import FIELDS, match_fields, summary

PER_PAGE = 20
KIND = "publication_data"
# year_then_kind was held out in the second round and moved here after its first measurement
# (years 0.00): the reader then learnt to take the year from a group label two levels up.
# json_resume and orcid_works (wt-seedfmt3's second round, 0.00 at first: not detected / every
# entry rejected) were studied after their first measurement and moved here.
TUNED_LAYOUTS = frozenset({"jekyll_string_authors", "author_list_dates", "year_groups", "json_bibtex_names",
                           "year_then_kind", "json_resume", "orcid_works"})
# The third round (wt-seedfmt3) is reported apart: its first figures are blind.
HELD_OUT_3_LAYOUTS = frozenset(data_file_layouts.ROUND_3)
HELD_OUT_4_LAYOUTS = frozenset(data_file_layouts.ROUND_4) - TUNED_LAYOUTS  # (both studied since: empty)
HELD_OUT_LAYOUTS = frozenset(data_file_layouts.LAYOUTS) - TUNED_LAYOUTS - HELD_OUT_3_LAYOUTS - HELD_OUT_4_LAYOUTS
# First measurement (2026-12-06, before any reader for the format existed): nothing found on
# any layout. Tuned (4 layouts, 138 entries) and held out (5 layouts, 178 entries) alike:
# precision 0, recall 0, every field 0; every file "unknown" (one document reject) except
# author_list_dates, read as a markdown page (its "- title:" lines a bullet list): 40 entry
# rejects, no record.
# Final (the reader of 72cf8c3, written against the tuned layouts; the held-out ones run once,
# aggregates only): tuned 138 entries, P 1.000 R 1.000, every field 1.000; held out 178 entries,
# P 1.000 R 1.000, title 1.000, authors 1.000, year 1.000, venue 0.994 (csl_like_json 0.97).
# Floors a little below.
# A second round (flow_mappings, venue_objects_sup_marks, year_then_kind, et_al_lists), written
# held out after that measurement, at its first measurement with the reader of 74b1825
# unchanged: the four alone 138 entries, P 1.000 R 1.000, title 1.000, authors 1.000, year
# 0.783, venue 1.000 (year_then_kind's years 0.00: the year is the label two groups up);
# the nine held out then 316 entries, P 1.000 R 1.000, title 1.000, authors 1.000, year 0.905,
# venue 0.997. The held-out year floor was lowered to that figure when the round was added.
# Then year_then_kind moved to the tuned set and the reader learnt labels of outer groups
# (year, kind): tuned (5 layouts, 168 entries) 1.000 on every field; the eight still held out
# (286 entries) P 1.000 R 1.000, every field 1.000 but venue 0.997; the three of the second
# round still held out 108 entries, 1.000 on every field at their first measurement and after.
# A third round (hugo_toml, nested_objects: ROUND_3, wt-seedfmt3), written and declared held
# out before the reader was run on it, measured once on the reader of 60db95a
# (`PYTHONHASHSEED=0 pytest tests/test_data_file_layouts.py -s`, aggregates only):
#   held out 3 (2 layouts, 72 entries): P 1.000 R 1.000, every field 1.000
#   (at that commit: tuned 169 entries and held out 289, 1.000 on every field; the metadata
#   now gives one and three entries more than the 168 and 286 written above)
# A fourth round (json_resume, orcid_works: ROUND_4, wt-seedfmt3), written at the end of the
# session and declared held out before the reader was run on it (17e1842), measured once:
#   held out 4 (2 layouts, 77 entries): P 0.000 R 0.000, every field 0.000 (neither file was
#   detected as a data file: the detection test failed on it)
# Then both were studied and moved to the tuned set: the reader learnt JSON Resume's
# publications (``publication_data.is_json_resume``, its keys in ``JSON_RESUME_KEYS``) and looks
# through values wrapped as {"value": ...} (ORCID's JSON, ``_WRAPPED_DEPTH``):
#   tuned (7 layouts, 246 entries): P 1.000 R 1.000, every field 1.000; held out (289) and
#   held out 3 (72): 1.000 on every field, unchanged
FLOORS = {
    "held-out 3": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99, "year": 0.99, "venue": 0.99},
    "tuned": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99, "year": 0.99, "venue": 0.98},
    "held-out": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99, "year": 0.99, "venue": 0.98},
}


SPLITS = (("tuned", TUNED_LAYOUTS), ("held-out", HELD_OUT_LAYOUTS), ("held-out 3", HELD_OUT_3_LAYOUTS),
          ("held-out 4", HELD_OUT_4_LAYOUTS))


def _cases() -> dict[str, list[tuple[str, list[dict]]]]:
    """{layout: [(owner, entries), ...]}, the same on every run."""
    return cv_layouts.page_cases(EXTERNAL, data_file_layouts.LAYOUTS, "data-file-layouts", PER_PAGE,
                                 owner_of=lambda i, n: (i * 7 + 2) % n)


def read_file(layout: str, owner: str, entries: list[dict], seed: int) -> tuple[str, list[dict], list[dict]]:
    text = data_file_layouts.render(layout, entries, owner, seed)
    return extract_document(make_doc(text.encode("utf-8"), data_file_layouts.file_name(layout)))


def score_page(layout: str, owner: str, entries: list[dict], seed: int) -> Counter:
    kind, records, rejects = read_file(layout, owner, entries, seed)
    truth = data_file_layouts.expected(entries, layout)
    out = Counter(entries=len(truth), records=len(records), rejects=len(rejects), kind=int(kind == KIND))
    out[f"as {kind}"] += 1
    match_fields(truth, records, out)
    return out


@pytest.fixture(scope="module")
def scores() -> dict[str, Counter]:
    out = {}
    for layout, pages in _cases().items():
        total = Counter()
        for seed, (owner, entries) in enumerate(pages):
            total.update(score_page(layout, owner, entries, seed))
        out[layout] = total
    return out


def _report(scores) -> dict[str, dict]:
    print()
    width = max(len(n) for n in scores)
    print(f"{'layout':{width}} {'split':8} {'entries':>7} {'records':>7} {'rejects':>7} {'found':>5}  "
          f"{'P':>5} {'R':>5}  " + "  ".join(f"{f:>7}" for f in FIELDS) + "  detected as")
    for layout, s in scores.items():
        part = next(name for name, names in SPLITS if layout in names)
        prf = summary({layout: s})
        kinds = ", ".join(f"{k[3:]} {v}" for k, v in sorted(s.items()) if k.startswith("as "))
        print(f"{layout:{width}} {part:8} {s['entries']:7d} {s['records']:7d} {s['rejects']:7d} {s['found']:5d}  "
              f"{prf['precision']:5.2f} {prf['recall']:5.2f}  " + "  ".join(f"{s[f] / s['entries']:7.2f}" for f in FIELDS)
              + f"  {kinds}")
    out = {}
    for part, names in SPLITS:
        if not names:
            continue  # (a round whose layouts were all studied and moved to the tuned set)
        out[part] = summary({n: scores[n] for n in names if n in scores})
        print(f"{part}: " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in out[part].items()))
    return out


def test_layouts_render_what_the_truth_says():
    """The generator itself: every file parses (YAML or JSON) and holds as many titled entries
    as its truth has rows (so a reader's miss is the reader's, not the generator's)."""
    for layout, pages in _cases().items():
        for seed, (owner, entries) in enumerate(pages):
            text = data_file_layouts.render(layout, entries, owner, seed)
            if data_file_layouts.EXTENSION[layout] == ".json":
                docs = [json.loads(text)]
            elif data_file_layouts.EXTENSION[layout] == ".toml":
                docs = [tomllib.loads(text)]
            else:
                docs = [d for d in yaml.safe_load_all(text) if d is not None]
            assert len(docs) == 1, layout
            key = '"name"' if layout == "json_resume" else "title"  # (JSON Resume's title key is "name")
            assert text.count(key) >= len(data_file_layouts.expected(entries, layout)), layout


def test_every_layout_is_detected_and_every_entry_is_a_record_or_a_reject(scores):
    """Each file is detected as a data file with no --kind, and nothing is lost: records plus
    rejects cover every entry the file holds."""
    assert all(s["kind"] == 2 for s in scores.values()), {n: s["kind"] for n, s in scores.items()}
    assert all(s["records"] + s["rejects"] >= s["entries"] for s in scores.values())


def test_data_file_layouts_scored(scores):
    splits = _report(scores)
    for part, floors in FLOORS.items():
        for field, floor in floors.items():
            assert splits[part][field] >= floor, (part, field, splits[part][field], floor)


def test_a_json_resumes_publications():
    """JSON Resume: the publications section's name, publisher and releaseDate are the title,
    venue and date; its other sections are no publications."""
    text = json.dumps({"basics": {"name": "Ann Example"}, "work": [{"name": "Uni", "position": "Researcher"}],
                       "publications": [{"name": "Sparse Things", "publisher": "Graph Letters",
                                         "releaseDate": "2021-03-04"}]})
    kind, records, rejects = extract_document(make_doc(text.encode(), "resume.json"))
    assert (kind, rejects) == (KIND, [])
    assert [(r["title"], r["venue"], r["year"], r["authors"]) for r in records] == [
        ("Sparse Things", "Graph Letters", 2021, [])]


def test_values_wrapped_in_a_value_mapping():
    """ORCID's JSON wraps each value in {"value": ...} and a title twice: both looked through."""
    work = {"title": {"title": {"value": "Sparse Things"}, "subtitle": None}, "type": "journal-article",
            "publication-date": {"year": {"value": "2021"}, "month": {"value": "03"}, "day": None},
            "journal-title": {"value": "Graph Letters"}}
    text = json.dumps({"group": [{"work-summary": [work]}, {"work-summary": [dict(work, title={"title": {"value": "Dense"}})]}]})
    kind, records, rejects = extract_document(make_doc(text.encode(), "works.json"))
    assert (kind, rejects) == (KIND, [])
    assert [(r["title"], r["venue"], r["year"]) for r in records] == [
        ("Sparse Things", "Graph Letters", 2021), ("Dense", "Graph Letters", 2021)]
