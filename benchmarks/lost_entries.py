"""Entries neither read nor rejected ("lost"), by the tests' rule: no record's title is the
entry's, and no record title or reject excerpt holds the first five words of its title.

Counted on the generated HTML and markdown layouts (tuned and held out) and on the real site
pages of ``tests/truth`` (tuned, and held out in aggregate only: the held-out files'
titles are never printed). Run from the repository root:

    PYTHONPATH=$PWD python -m benchmarks.lost_entries [--list-tuned]
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from normalizers.titles import display_title
from scholarlake.extraction import extract_document
from tests import markdown_layouts
from tests import test_html_layouts as html_tests
from tests import test_markdown_layouts as md_tests
from tests.conftest import make_doc
from tests.test_sites_corpus import SITES, TUNED_LATER, _fold, _truth


def _key(title: str | None) -> str:
    return re.sub(r"\W+", " ", display_title(title or "").casefold()).strip()


def _lost(truth_titles: list[str], records: list[dict], rejects: list[dict]) -> list[str]:
    titles = {_key(r["title"]) for r in records}
    seen = " | ".join([_key(r["title"]) for r in records] + [_key(x["excerpt"]) for x in rejects])
    return [t for t in truth_titles if _key(t) not in titles and " ".join(_key(t).split()[:5]) not in seen]


def layouts() -> Counter:
    out: Counter = Counter()
    for layout, pages in html_tests._cases().items():
        split = "tuned" if layout in html_tests.TUNED_LAYOUTS else "held-out"
        out[("html layouts", split)] += sum(len(html_tests.score_page(layout, o, e, s)[1]) for s, (o, e) in enumerate(pages))
    for layout, pages in md_tests._cases().items():
        split = "tuned" if layout in md_tests.TUNED_LAYOUTS else "held-out"
        for s, (o, e) in enumerate(pages):
            _, records, rejects = md_tests.read_files(layout, o, e, s)
            out[("markdown layouts", split)] += len(_lost([t["title"] for t in markdown_layouts.expected(e, layout)],
                                                          records, rejects))
    return out


def real_pages(list_tuned: bool = False) -> Counter:
    out: Counter = Counter()
    for truth_file in ("sites_html_heldout.jsonl", "sites_html_blind.jsonl", "sites_html_blind2.jsonl",
                       "sites_markdown_heldout.jsonl",
                       "sites_html.jsonl", "sites_markdown_pages.jsonl", "sites_markdown_blind.jsonl"):
        by_file: dict[str, list[str]] = {}
        for t in _truth(truth_file):
            by_file.setdefault(t["file"], []).append(t["title"])
        for name, titles in by_file.items():
            held = ("heldout" in truth_file or "blind" in truth_file) and name not in TUNED_LATER
            path = SITES / name
            _, records, rejects = extract_document(make_doc(path.read_bytes(), str(path)))
            gone = [t for t in _lost(titles, records, rejects) if _fold(t) not in {_fold(r["title"]) for r in records}]
            out[(truth_file, ("blind" if "blind" in truth_file else "held-out") if held else "tuned")] += len(gone)
            if list_tuned and not held:
                for t in gone:
                    print("lost (tuned)", name, "|", t)
    return out


if __name__ == "__main__":
    for key, n in sorted({**layouts(), **real_pages("--list-tuned" in sys.argv)}.items()):
        print(*key, n)
