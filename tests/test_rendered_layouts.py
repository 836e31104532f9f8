"""Publication lists rendered from real metadata in layouts the readers were not written
against (issue #16 item 3, #21): the titles, authors, years and journal references of the
arXiv ``.abs`` files in ``../shared/external`` printed as

- a markdown page of numbered citations in APA style ("Last, F. M., & Last, G. (2020). Title. Venue."),
- a markdown page of three-line blocks (names / *title* / venue, year) with hard breaks,
- an HTML page of <li> entries "Authors, "Title," <i>Venue</i> (Year)." (quoted-title style),

then read back with formats detected and scored field by field. The layouts are this test's
own; the metadata is real. Entries whose names a citation style cannot print unambiguously
(a comma or a single word in a name) are left out of the sample."""

from __future__ import annotations

import html
import re

import pytest

import extractors
from normalizers.names import clean_name
from normalizers.titles import display_title
from scholarlake.extraction import extract_document

from .conftest import EXTERNAL, make_doc
from .cv_layouts import split_name

ABS = EXTERNAL / "arxiv" / "abs_files_arxiv_browse"
SAMPLE = 150
MINIMUM = 0.9  # per field; the figures are printed (pytest -s)


def _entries() -> list[dict]:
    if not ABS.is_dir():
        pytest.skip(f"{ABS} is absent (real metadata lives in ../shared/external)")
    out = []
    for path in sorted(ABS.rglob("*.abs")):
        try:
            drafts = list(extractors.get("arxiv_abs").extract(make_doc(path.read_bytes(), str(path))))
        except Exception:
            continue
        for d in drafts:
            title = " ".join((getattr(d, "title", "") or "").split())
            names = [clean_name(a) for a in getattr(d, "authors", [])]
            venue = re.split(r"[,(\d]", getattr(d, "journal_ref", None) or "", maxsplit=1)[0].strip(" .")
            year = int(d.version_dates[0][:4]) if getattr(d, "version_dates", None) and d.version_dates[0] else None
            if (title and 2 <= len(names) <= 6 and all(n and "," not in n and len(n.split()) >= 2 for n in names)
                    and venue and len(venue) > 3 and year and not re.search(r"[$\\{}\"]", title)):
                out.append({"title": title, "authors": names, "venue": venue, "year": year})
        if len(out) >= SAMPLE:
            break
    return out


def _apa_name(name: str) -> str:
    given, surname = split_name(name)
    return f"{surname}, " + " ".join(f"{p[0]}." for p in given)


def _initials_first(name: str) -> str:
    given, surname = split_name(name)
    return " ".join(f"{p[0]}." for p in given) + " " + surname


def render_apa(items):
    lines = ["# Publications", ""]
    for n, e in enumerate(items, start=1):
        names = [_apa_name(a) for a in e["authors"]]
        who = ", ".join(names[:-1]) + ", & " + names[-1] if len(names) > 1 else names[0]
        lines.append(f"{n}. {who} ({e['year']}). {e['title']}. {e['venue']}.")
    return "\n".join(lines) + "\n", {"authors": lambda e: [_initials_first(a) for a in e["authors"]]}


def render_blocks(items):
    lines = ["## Papers", ""]
    for e in items:
        lines += [", ".join(e["authors"]) + "  ", f"*{e['title']}*  ", f"{e['venue']}, {e['year']}", ""]
    return "\n".join(lines), {}


def render_html(items):
    rows = []
    for e in items:
        names = ", ".join(e["authors"][:-1]) + ", and " + e["authors"][-1]
        rows.append(f"<li>{html.escape(names)}, &ldquo;{html.escape(e['title'])},&rdquo; "
                    f"<i>{html.escape(e['venue'])}</i> ({e['year']}).</li>")
    page = ("<html><head><title>Publications</title></head><body><h2>Journal articles</h2><ul>"
            + "\n".join(rows) + "</ul></body></html>")
    return page, {}


@pytest.mark.parametrize("layout", [render_apa, render_blocks, render_html], ids=["apa", "blocks", "html"])
def test_rendered_layouts_read_back(layout):
    items = _entries()
    text, expect = layout(items)
    kind, records, rejects = extract_document(make_doc(text, "mem://page"))
    by_title = {display_title(r["title"]).casefold(): r for r in records}
    want_authors = expect.get("authors", lambda e: e["authors"])
    hits = {"found": 0, "title": 0, "authors": 0, "year": 0, "venue": 0}
    for e in items:
        got = by_title.get(display_title(e["title"]).casefold())
        if got is None:
            continue
        hits["found"] += 1
        hits["title"] += got["title"] == display_title(e["title"])
        hits["authors"] += got["authors"] == [clean_name(a) for a in want_authors(e)]
        hits["year"] += got["year"] == e["year"]
        hits["venue"] += (got["venue"] or "").startswith(e["venue"])
    shares = {k: v / len(items) for k, v in hits.items()}
    print(f"{layout.__name__}: {kind}, {len(items)} entries, {len(records)} records, {len(rejects)} rejects, "
          + ", ".join(f"{k} {v:.3f}" for k, v in shares.items()))
    assert all(v >= MINIMUM for v in shares.values()), shares
