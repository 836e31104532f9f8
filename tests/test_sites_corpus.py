"""Researchers' own site documents (issue #21): the hand-made truth in ``tests/truth/`` for
files of ``../shared/external/sites`` (read from there at test time), scored field by
field with formats detected, never forced.

The files of ``sites_front_matter``, ``sites_markdown_pages`` were looked at while the
extractor was written: tuned-on figures. ``sites_html`` (one al-folio page) and the
``*_heldout`` files were written after the readers changed, by hand from the files, and are
not tuned on: held-out figures."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from normalizers.names import clean_name
from normalizers.titles import display_title
from scholarlake.extraction import extract_document

from .conftest import EXTERNAL, make_doc

TRUTH = Path(__file__).resolve().parent / "truth"
SITES = EXTERNAL / "sites"
FIELDS = ("title", "authors", "year", "venue")


def _truth(name: str) -> list[dict]:
    rows = [json.loads(line) for line in (TRUTH / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if "file" in r]


def _fold(title: str | None) -> str:
    return display_title(title).casefold()


def score(truth: list[dict], expected_kind: str) -> dict[str, dict[str, float]]:
    """generator -> {entries, found, kind, title, authors, year, venue} shares."""
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    read: dict[str, tuple] = {}
    used: set[int] = set()  # records already matched: each truth entry takes a record of its own
    for t in truth:
        if t["file"] not in read:
            path = SITES / t["file"]
            read[t["file"]] = extract_document(make_doc(path.read_bytes(), str(path)))
        kind, records, _rejects = read[t["file"]]
        g = tally[t["generator"]]
        g["entries"] += 1
        g["kind"] += kind == expected_kind
        # the record with the truth's exact title first: a page may print one paper twice, its
        # title capitalised differently (the blind set holds such a pair), and each is its own entry
        # (since 2026-12-06, wt-html5, one record per entry, in page order: a page may print two
        # entries of one title, a chapter and its new edition, and the second entry is matched to
        # the second record, not again to the first)
        free = [r for r in records if id(r) not in used]
        got = next((r for r in free if r["title"] == display_title(t["title"])), None) or next(
            (r for r in free if _fold(r["title"]) == _fold(t["title"])), None)
        if got is None:
            continue
        used.add(id(got))
        g["found"] += 1
        g["title"] += got["title"] == display_title(t["title"])
        g["year"] += got["year"] == t["year"]
        # the truth's venue with its closing period aside: the record's venue never ends in
        # one (normalizers.venues strips it), so "Proc. Amer. Math. Soc." is "Proc. Amer. Math. Soc"
        # (the CV PDF scorer compares the same way); until 2026-12-06 the period was required
        want = t["venue"].rstrip(" .,;:") if t["venue"] is not None else None
        g["venue"] += (got["venue"] is None) if want is None else (got["venue"] or "").startswith(want)
        if t["authors"] is None:
            g["authors"] += 1  # not scored
        else:
            g["authors"] += got["authors"] == [n for n in (clean_name(a) for a in t["authors"]) if n]
    keys = ("entries", "kind", "found", *FIELDS)
    return {gen: {k: (c[k] / c["entries"] if k != "entries" else c[k]) for k in keys} for gen, c in tally.items()}


def _check_overall(table: dict[str, dict[str, float]]) -> None:
    """Print the table per generator; every page detected, every entry found, every field >= 0.95."""
    for gen, s in sorted(table.items()):
        print(f"{gen:16} {s['entries']:3d} entries  detected {s['kind']:.2f}  found {s['found']:.2f}  "
              + "  ".join(f"{f} {s[f]:.2f}" for f in FIELDS))
    n = sum(s["entries"] for s in table.values())
    overall = {f: sum(s[f] * s["entries"] for s in table.values()) / n for f in ("kind", "found", *FIELDS)}
    print("overall", {k: round(v, 3) for k, v in overall.items()})
    assert overall["kind"] == 1.0 and overall["found"] == 1.0
    assert all(overall[f] >= 0.95 for f in FIELDS), overall


@pytest.mark.skipif(not SITES.is_dir(), reason="../shared/external/sites is absent")
def test_markdown_front_matter_pages():
    table = score(_truth("sites_front_matter.jsonl"), "markdown_front_matter")
    _check_overall(table)


@pytest.mark.skipif(not SITES.is_dir(), reason="../shared/external/sites is absent")
def test_markdown_publication_pages():
    table = score(_truth("sites_markdown_pages.jsonl"), "markdown_page")
    _check_overall(table)


@pytest.mark.skipif(not SITES.is_dir(), reason="../shared/external/sites is absent")
def test_rendered_html_page():
    """A rendered al-folio page whose truth was written after the reader changes, from the
    page's markup. Held out until 2026-12-06 (wt-html4): the reader then learnt to read the
    names behind "N more authors" from the toggle's script against this page (its truth now
    the whole lists), so it is a tuned figure since (``TUNED_LATER``)."""
    table = score(_truth("sites_html.jsonl"), "html_publications")
    for gen, s in sorted(table.items()):
        print(f"{gen:16} {s['entries']:3d} entries (tuned)  found {s['found']:.2f}  "
              + "  ".join(f"{f} {s[f]:.2f}" for f in FIELDS))
        assert s["kind"] == 1.0 and s["found"] >= 0.95 and all(s[f] >= 0.95 for f in FIELDS), s


# Held-out pages: truth written by hand from the files (the extractor not run) after the
# readers were last changed, and never tuned on. Floors a little below the first
# measurement (2026-12-05), per file format; the goal (#21) is 0.95 everywhere.
HELD_OUT = {
    "sites_markdown_heldout.jsonl": "markdown_page",
    "sites_html_heldout.jsonl": "html_publications",
    # a blind set written 2026-12-06 (wt-html) before that round's reader changes: the entries
    # after the first 40 of the four pages still held out in sites_html_heldout.jsonl
    "sites_html_blind.jsonl": "html_publications",
    # typed 2026-12-06 (wt-html5) before that round's reader changes: the HTML entries of the
    # corpus still without truth (3 held-out quarto entries; 17 of a tuned page, reported apart)
    "sites_html_blind2.jsonl": "html_publications",
}
HELD_OUT_FLOORS: dict[str, dict[str, float]] = {
    # first measurement: found 0.862, title 0.862, authors 0.695, year 0.839, venue 0.782 (174 entries);
    # end of the 2026-12-06 round, before any was studied: 0.856, 0.856, 0.672, 0.822, 0.776. Without
    # the two pages looked at then (TUNED_LATER), 119 entries, before and after that round alike:
    # found 0.857, title 0.857, authors 0.630, year 0.832, venue 0.807.
    # After the second split (two files, 61 entries, moved to TUNED_LATER), the 58 entries left
    # held out, before the reader was changed for any of them: found 0.931, title 0.931, authors
    # 0.931, year 0.931, venue 0.931; at the end of that round (the two files studied: the
    # pandoc CV found 0.90 to 0.95, authors 0.21 to 0.95; the academicpages page 0.59 to 1.00)
    # the 58 held-out entries unchanged, 0.931 on every field.
    # 2026-12-06 (wt-md2): zihaowu-astro's page moved to TUNED_LATER (18 entries at 0.89); the
    # 40 of jhparkastro's page left held out: 0.95 on every field before and after that round.
    "sites_markdown_heldout.jsonl": {"kind": 1.0, "found": 0.94, "title": 0.94, "authors": 0.94, "year": 0.94,
                                     "venue": 0.94},
    # first measurement, 403 entries: detected 0.864, found 0.524, title 0.524, authors 0.506,
    # year 0.521, venue 0.462 (the Word export and the script-made page not detected, the
    # wowchemy page 0 found). Without the three pages tuned later, 314 entries: detected
    # 1.00, found 0.672, title 0.672, authors 0.650, year 0.669, venue 0.59.
    # Raised 2026-12-06 after the HTML reader learnt to read lists by their markup (and moved
    # to lxml): 314 entries, found 0.675, title 0.675, authors 0.653, year 0.672, venue 0.602.
    # 2026-12-06, end of the markdown/HTML round: found 0.752, title 0.752, authors 0.717, year
    # 0.745, venue 0.732 with the venue compared without its closing period (0.646 as before,
    # with it: the scoring alone moved the venue figure); markdown unchanged (0.857, 0.630, 0.832, 0.807).
    # 2026-12-06 (wt-html): half of the files moved to TUNED_LATER (TUNED_HTML_SPLIT); the four
    # still held out (160 entries), measured before the reader changed for the split: found 0.812,
    # title 0.812, authors 0.750, year 0.800, venue 0.800 (the six moved, 154 entries: hand-written
    # 125 found 0.62, authors 0.61, year 0.62, venue 0.59; al-folio 29 all 1.00 but venue 0.97).
    # End of wt-html's round: the four still held out at found 0.844, title 0.844, authors 0.781,
    # year 0.831, venue 0.831 (unchanged until the last two rules of the round, the space before
    # punctuation after italics and no space inside a word split by inline markup; eight of their
    # entries neither read nor rejected, before and after); the six moved (154 entries) from found
    # 0.688, authors 0.682, year 0.688, venue 0.662 to found 0.955, authors 0.948, year 0.955, venue
    # 0.922 (none lost; one before).
    # first measurement (2026-12-06, reader of 4155a97, before any change of the round), 60
    # entries: found 0.717, title 0.717, authors 0.650, year 0.700, venue 0.683 (hand-written 46:
    # found 0.65; quarto 14: 0.93); 5 entries neither read nor rejected
    # colin-windsor's page moved to TUNED_LATER after 29092d1 (the figures above unchanged by it);
    # the 40 entries left (malachig 19, masamifujiwara 7, mvuorre 14), at 4155a97 and 29092d1
    # alike: found 0.850, title 0.850, authors 0.850, year 0.825, venue 0.800 (colin-windsor's 20:
    # found 0.45, authors 0.25, year 0.45, venue 0.45)
    # End of the round (wt-html, 2026-12-06): found 0.875, title 0.875, authors 0.850, year 0.850,
    # venue 0.800 (hand-written 26: found 0.85; quarto 14: 0.93); 4 entries neither read nor rejected
    # masamifujiwara's page moved to TUNED_LATER (wt-html5; its 7 blind entries were all right):
    # the 33 left (malachig 19, mvuorre 14) at found 0.848, title 0.848, authors 0.818, year
    # 0.818, venue 0.758 before that round's changes; the floors follow the smaller set
    # malachig's page moved to TUNED_LATER (wt-html6; its 19 blind entries at found 0.79, title
    # 0.79, authors 0.74, year 0.74, venue 0.63): the 14 left (mvuorre's) at 0.929 on every field
    # before that round's changes; the floors follow the smaller set
    "sites_html_blind.jsonl": {"kind": 1.0, "found": 0.92, "title": 0.92, "authors": 0.92, "year": 0.92,
                               "venue": 0.92},
    # colin-windsor's page moved to TUNED_LATER after 29092d1: the 120 entries left held out
    # (malachig, masamifujiwara, mvuorre), at 4155a97 and 29092d1 alike: found 0.908, title 0.908,
    # authors 0.867, year 0.900, venue 0.908 (colin-windsor's 40: found 0.65, authors 0.525,
    # year 0.625, venue 0.60)
    # first measurement (2026-12-06, wt-html5, reader of bda2d82, before any change of the round):
    # the 3 held-out quarto entries 1.00 on every field; the 17 of kcudding's tuned page (reported
    # as tuned later) found 0.94, title 0.94, authors 0.94, year 0.94, venue 0.65; none lost
    "sites_html_blind2.jsonl": {"kind": 1.0, "found": 1.0, "title": 1.0, "authors": 1.0, "year": 1.0, "venue": 1.0},
    # malachig's page moved to TUNED_LATER (wt-html6; 40 entries at 0.88 on every field): the 40
    # left (mvuorre's Quarto page) at 1.00 on every field before that round's changes; floors
    # kept a little below, as before
    "sites_html_heldout.jsonl": {"kind": 1.0, "found": 0.95, "title": 0.95, "authors": 0.95, "year": 0.95,
                                 "venue": 0.95},
}


# Files of the held-out truth that the readers were later changed against (they count as
# tuned from then on, and are reported apart): the Hugo Academic / Wowchemy page, whose
# metadata-line author lists the HTML reader learnt after the first measurement; the Word
# export (its declared windows-1252 charset, a section heading past the first 40 bold
# words, Word's conditional comments) and the script-made page (a section label in a plain
# grid cell), which were not detected as publication pages until then.
TUNED_HTML_SPLIT = ("cmshor__cmshor.github.io/index.html", "aryehmiller__aryehmiller.github.io/index.html",
                    "kcudding__ecotheory.github.io/publications.htm",
                    "adamginsburg__adamginsburg.github.com/publications.htm", "jharlim__myhomepage/publications.htm",
                    "ymaphys__ymaphys.github.io/publications.html")
TUNED_LATER = frozenset({"benjaminborn__academic-kickstart/index.html", "unl-math-pages__alexandraseceleanu/index.html",
                         "lpan21-econ__lpan21-econ.github.io/hanley_cv.html",
                         # markdown: looked at after the end-of-round measurement of 2026-12-06 (the
                         # round's changes had lost entries there): setext headings, "presented at",
                         # "SF Wolf" lists, "Lee (2007), Title, *Venue*", names before a lone year
                         "sfwolfphys__sfwolfphys.github.io/publications.md", "fintelkai__kvf-hugo/work.md",
                         # HTML, 2026-12-06 (wt-html): about half of the held-out HTML entries (154 of
                         # 314) moved here to be studied entry by entry, chosen blind by the md5 of the
                         # file name (ascending, files taken until half the entries): two al-folio
                         # pages and four hand-written ones. The other four files (160 entries:
                         # three hand-written, one Quarto) stay held out, looked at in aggregate only.
                         *TUNED_HTML_SPLIT,
                         # markdown, 2026-12-06 (second split): about half of the 119 entries still held
                         # out then, chosen by file before any was looked at, to study entry by entry
                         # (the pandoc CV, whose author lists were 0.21 right, and one academicpages page);
                         # jhparkastro's and zihaowu-astro's pages (58 entries) stay held out
                         "seananderson__seananderson.ca/cv-pandoc.md", "z-n-huang__z-n-huang.github.io/publications.md",
                         # markdown, 2026-12-06 (wt-md2): zihaowu-astro's page (18 held-out entries; three
                         # more were tuned on already), moved to be studied entry by entry after the
                         # blind set was written; measured before any change for it: found 0.89, every
                         # field 0.89 (two titles with a markdown code span kept their backticks).
                         # jhparkastro's page (40 entries) stays held out: its later entries are the
                         # blind set, which studying the page would spoil
                         "zihaowu-astro__zihaowu-astro.github.io/publications.md",
                         # HTML, 2026-12-06 (wt-html, second round): the 1990s-style hand-written page, to
                         # be studied entry by entry (its 40 held-out and 20 blind entries alike), after
                         # the round's first commit (29092d1) left every held-out figure unchanged;
                         # malachig's, masamifujiwara's and mvuorre's pages stay held out and blind
                         "colin-windsor__homepage/publications.htm",
                         # HTML, 2026-12-06 (wt-html4, #21 item 2): the rendered al-folio page of
                         # sites_html.jsonl (test_rendered_html_page), held out until the reader was
                         # changed against it to read the names behind "N more authors" from the
                         # toggle's onclick script; its truth then became the whole lists (before
                         # the change, 13 entries, authors 1.00 against the shown names, 0.62
                         # against the whole lists; after, 1.00 against the whole lists)
                         "bobweek__bobweek.github.io/index.html",
                         # HTML, 2026-12-06 (wt-html5, #21 item 2): masamifujiwara's hand-written page (its
                         # 40 held-out and 7 blind entries), studied entry by entry for its author lists
                         # (authors 0.75 held out). Measured before any change for it: held out 40 found
                         # 0.88, title 0.88, authors 0.75, year 0.85, venue 0.88; blind 7 all 1.00. Left
                         # held out: malachig's and mvuorre's pages, 80 entries at found, title, authors,
                         # year, venue 0.938 each; their 33 blind entries at found 0.848, title 0.848,
                         # authors 0.818, year 0.818, venue 0.758
                         "masamifujiwara__masamifujiwara.github.io/publications.htm",
                         # HTML, 2026-12-06 (wt-html6, #21 item 2): malachig's hand-written page (its 40
                         # held-out and 19 blind entries), studied entry by entry this round. Its last
                         # held-out figures, measured before any change for it (reader of 5351179):
                         # held out 40 found, title, authors, year, venue 0.88 each; blind 19 found
                         # 0.79, title 0.79, authors 0.74, year 0.74, venue 0.63. Left held out: mvuorre's
                         # Quarto page, 40 entries at 1.00 on every field, its 14 blind entries at 0.93
                         "malachig__malachig.github.io/publications.htm"})


@pytest.mark.skipif(not SITES.is_dir(), reason="../shared/external/sites is absent")
@pytest.mark.parametrize("truth_file", sorted(HELD_OUT))
def test_held_out_site_pages(truth_file):
    """Entries found and fields right per generator, on pages held out from the readers'
    development, formats detected with no --kind; floors per ``HELD_OUT_FLOORS``."""
    rows = _truth(truth_file)
    truth = [t for t in rows if t["file"] not in TUNED_LATER]
    if not truth:
        pytest.skip(f"{truth_file} holds no entries")
    later = [t for t in rows if t["file"] in TUNED_LATER]
    for gen, s in sorted(score(later, HELD_OUT[truth_file]).items()):
        print(f"{truth_file:32} {gen:24} {s['entries']:3d} entries (tuned later)  detected {s['kind']:.2f}  "
              f"found {s['found']:.2f}  " + "  ".join(f"{f} {s[f]:.2f}" for f in FIELDS))
    table = score(truth, HELD_OUT[truth_file])
    n = sum(s["entries"] for s in table.values())
    for gen, s in sorted(table.items()):
        print(f"{truth_file:32} {gen:24} {s['entries']:3d} entries (held out)  detected {s['kind']:.2f}  "
              f"found {s['found']:.2f}  " + "  ".join(f"{f} {s[f]:.2f}" for f in FIELDS))
    overall = {f: round(sum(s[f] * s["entries"] for s in table.values()) / n, 3) for f in ("kind", "found", *FIELDS)}
    print(f"{truth_file} overall held out ({n} entries)", overall)
    for field, floor in HELD_OUT_FLOORS[truth_file].items():
        assert overall[field] >= floor, (field, overall[field], floor)


# Hugo Academic / Wowchemy folders of the corpus whose index.md and cite.bib describe the same
# paper with no conflicting identifier. Left out: jjguri__cv, whose page prints another DOI than
# its cite.bib (10.1016/j.fcr.2021.108213 against 10.1016/j.ecolmodel.2021.109703), so the two
# stay two works by the rule that conflicting identifiers never merge; astrojames, whose two
# files are of different papers.
SAME_PAPER_FOLDERS = ("huyukuan__ykhu-hugo-academic", "akikumoto__academic-kickstart", "agamiko__academic-kickstart")


@pytest.mark.skipif(not SITES.is_dir(), reason="../shared/external/sites is absent")
def test_a_front_matter_page_and_its_cite_bib_are_one_work():
    """Each file is read on its own (extractors are pure, one document at a time), so the
    page and the cite.bib beside it give a record each; dedup makes them one work, the
    front matter's citation string having been read into the page's one record."""
    from dedup import deduplicate

    rows, folder_of = [], {}
    for folder in SAME_PAPER_FOLDERS:
        for name in ("index.md", "cite.bib"):
            path = SITES / folder / name
            _, records, _ = extract_document(make_doc(path.read_bytes(), str(path)))
            assert len(records) == 1, (folder, name, len(records))
            folder_of[records[0]["record_id"]] = folder
            rows += records
    works = defaultdict(set)
    for link in deduplicate(rows).work_records:
        works[link["work_id"]].add(folder_of[link["record_id"]])
    assert sorted(map(sorted, works.values())) == [[f] for f in sorted(SAME_PAPER_FOLDERS)]


# A blind set written 2026-12-06 (wt-md2) before that round changed any reader: entries 41-80
# of jhparkastro's page (the held-out file's first 40 are in sites_markdown_heldout.jsonl),
# typed by eye from the file; every one ends in "et al.", so author lists are not scored
# (null). A second batch (``"batch": 2``), the page's last 15 entries, two with their whole
# author lists, was typed later that round, after the first reader changes, and never studied.
# Only the aggregates below may be looked at while the readers change.
BLIND = "sites_markdown_blind.jsonl"
# First measurement of batch 1 (before any reader change of the round): 40 entries, detected
# 1.00, found 0.975, title 0.975, authors 0.975 (not scored: counted when found), year 0.975,
# venue 0.975; none lost (benchmarks.lost_entries: the entry not found is a reject or a record).
# Batch 2 at its first measurement, 15 entries: 1.00 on every field, the same with the readers
# of before the round (f75b4c8) and after its changes. End of the round: unchanged (batch 1
# 0.975, batch 2 1.00).
BLIND_FLOORS: dict[str, float] = {"kind": 1.0, "found": 0.97, "title": 0.97, "authors": 0.97, "year": 0.97,
                                  "venue": 0.97}


def _overall(table: dict[str, dict[str, float]]) -> dict[str, float]:
    n = sum(s["entries"] for s in table.values())
    return {f: round(sum(s[f] * s["entries"] for s in table.values()) / n, 3) for f in ("kind", "found", *FIELDS)}


@pytest.mark.skipif(not SITES.is_dir(), reason="../shared/external/sites is absent")
def test_blind_markdown_entries():
    """The blind entries found and their fields right, the format detected; aggregates only
    (no title printed), per batch and together, floors per ``BLIND_FLOORS`` on the whole."""
    rows = _truth(BLIND)
    for batch in (1, 2):
        part = [t for t in rows if t.get("batch", 1) == batch]
        print(f"{BLIND} batch {batch} blind ({len(part)} entries)", _overall(score(part, "markdown_page")))
    overall = _overall(score(rows, "markdown_page"))
    print(f"{BLIND} overall blind ({len(rows)} entries)", overall)
    for field, floor in BLIND_FLOORS.items():
        assert overall[field] >= floor, (field, overall[field], floor)
