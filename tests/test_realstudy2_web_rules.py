"""Rules learnt from studying the markdown and HTML documents of the second real-sites batch
(benchmarks/real_sites, batch 2, 2026-12-07, wt-realstudy2web), each on small hand-made text
written for the test: the names, titles and venues below are invented, none is taken from the
studied documents."""

from __future__ import annotations

from extractors.citations import loose_surname_initials, parse_inverted_initials
from extractors.markdown_page import owner_implied_page, parse_bare_with, read_block
from scholarlake.extraction import extract_document

from .conftest import make_doc


def _titles(records: list[dict]) -> list[str]:
    return [r["title"] for r in records]


# --- a list that leaves its owner out, co-authors after an unquoted title's comma ----------

def test_bare_with_reads_a_title_holding_a_closed_parenthesis():
    e = parse_bare_with("Cusp forms on SL(3) and a toy conjecture, with A.B. Marlow, C. Dunsany, E.F. Tollund. "
                        "*Ann. Imag. Math.* 12 (2019), 1–20.")
    assert e is not None
    assert e.title == "Cusp forms on SL(3) and a toy conjecture"
    assert e.authors == ["A.B. Marlow", "C. Dunsany", "E.F. Tollund"]
    assert e.year == 2019


def test_bare_with_still_refuses_an_open_parenthesis_in_the_title():
    assert parse_bare_with("Cusp forms (on SL(3), with A.B. Marlow. Venue 2019.") is None


def test_unquoted_title_then_with_names_makes_an_owner_implied_page():
    blocks = [f"Invented title number {k}, with A.B. Marlow and C. Dunsany. *Toy J.* {k} (2020)." for k in range(3)]
    assert owner_implied_page(blocks)
    # "with" then words that are no names does not say the owner is left out
    assert not owner_implied_page([f"Graphs, with applications to toy puzzles {k}. *Toy J.* (2020)." for k in range(3)])
    assert not owner_implied_page([f"Graphs, With Applications To Puzzles {k}. *Toy J.* (2020)." for k in range(3)])


OWNER_IMPLIED_PAGE = """---
title: Papers
---

### Papers

1. Harmonic sums over toy lattices, with A.B. Marlow and C. Dunsany. *J. Imag. Anal.* 14 (2019), 1–20.

2. Spectral gaps of invented operators, with E.F. Tollund. *Toy Math. J.* 3 (2020), 5–9.

3. Lonely sums of made-up primes. *Acta Imag.* 7 (2021), 11–30.

### Preprints

1. Weighted toy trace identities, with G. Hollis. [arXiv](https://arxiv.org/abs/0000.00001)

2. A sieve for pretend numbers. [arXiv](https://arxiv.org/abs/0000.00002)

3. Stable toy integrals. [Preprint](toy.pdf)

4. Zeros of imaginary zeta functions and the toy formula
"""


def test_owner_implied_list_reads_solo_items_and_titles_with_links_alone():
    _, records, rejects = extract_document(make_doc(OWNER_IMPLIED_PAGE, "mem://maths.md"))
    by_title = {r["title"]: r for r in records}
    assert by_title["Lonely sums of made-up primes"]["year"] == 2021
    assert by_title["Lonely sums of made-up primes"]["authors"] == []
    assert by_title["Harmonic sums over toy lattices"]["authors"] == ["A.B. Marlow", "C. Dunsany"]
    # a title followed only by a link: the owner's paper, the server its label names or none
    assert by_title["A sieve for pretend numbers"]["venue"] == "arXiv"
    assert by_title["Stable toy integrals"]["venue"] is None
    # a title line alone is no record, but never dropped silently as prose: a reject
    assert "Zeros of imaginary zeta functions and the toy formula" not in by_title
    assert any("Zeros of imaginary zeta" in (x.get("excerpt") or "") for x in rejects)


# --- surname-first names whose initials lost some of their stops -----------------------------

def test_loose_surname_initials_gives_missing_stops_back():
    got = loose_surname_initials("Okonkwo A, Varga B.C., Lindqvist T.M-L Harbour seals of a made-up coast. "
                                 "_Marine Notes_ 2019;4:1-9")
    assert got is not None
    names, end = got
    assert names == ["A. Okonkwo", "B. C. Varga", "T. M.-L. Lindqvist"]
    assert "Okonkwo A, Varga B.C., Lindqvist T.M-L Harbour seals"[end:].startswith("Harbour")


def test_loose_surname_initials_leaves_vancouver_and_gbt_lists_to_their_readers():
    assert loose_surname_initials("Okonkwo AB, Varga C. Harbour seals. Marine Notes. 2019;4:1-9.") is None
    assert loose_surname_initials("OKONKWO A B, VARGA C. Harbour seals[J]. Marine Notes, 2019, 4: 1-9.") is None


def test_loose_surname_initials_never_takes_a_titles_first_word_for_an_initial():
    names, end = loose_surname_initials("Roe J., Lindqvist K. A study of toy harbours. Venue 2020;1:2")
    assert names == ["J. Roe", "K. Lindqvist"]
    assert "Roe J., Lindqvist K. A study of toy harbours."[end:].startswith("A study")


def test_inverted_initials_reads_a_list_with_a_stop_missing_and_a_package_name_title():
    e = parse_inverted_initials("Varga B., Okonkwo T. M-L., Lindqvist P.C. tidemix: A command for toy tides. "
                                "Stata Toy Journal 2014;3:1-2")
    assert e is not None
    assert e.authors == ["B. Varga", "T. M.-L. Okonkwo", "P. C. Lindqvist"]
    assert e.title == "tidemix: A command for toy tides"
    assert e.year == 2014


def test_a_reading_whose_title_opens_with_a_cut_names_initials_is_none():
    got = read_block("Okonkwo T. M-L., Lindqvist P.C. Tidal mixing in made-up fjords. _Coastal Toy Letters_ 2014;3:1-2")
    assert got[0] is not None
    assert got[2] == "Tidal mixing in made-up fjords"
    assert len(got[0]) == 2


# --- a note after a whole entry, set after a line break --------------------------------------

def test_a_note_line_after_a_whole_entry_is_no_field():
    got = read_block("Ann Quist. 2020. [Sound change in imaginary island dialects](https://example.org/a). "
                     "*Journal of Toy Dialects* 3(1). 1–9.\nData and scripts available from the "
                     "[Toy Archive](https://example.org/b).")
    assert got[0] == ["Ann Quist"]
    assert got[2] == "Sound change in imaginary island dialects"
    assert got[3].startswith("Journal of Toy Dialects")
    assert got[4] == 2020


def test_an_entry_wrapped_over_lines_is_no_note():
    got = read_block("Ann Quist & Bo Lund (2020). Sound change in imaginary\n"
                     "island dialects. *Journal of Toy Dialects*, 3(1), 1–9.")
    assert got[2] == "Sound change in imaginary island dialects"
    assert got[4] == 2020


# --- a chapter's number label ------------------------------------------------------------------

def test_a_chapter_number_label_is_no_part_of_the_title():
    got = read_block("Ann Quist and Bo Lund. 2017. Chapter 3: Vowel length in made-up coastal speech. "
                     "In Cy Dale (ed.), *Imaginary island voices*. Oslo: Toy Press.")
    assert got[2] == "Vowel length in made-up coastal speech"
    assert got[4] == 2017


# --- HTML cards: a role or status badge ---------------------------------------------------------

def _card(year: int, title: str, names: str, journal: str, role: str) -> str:
    return (f'<article class="pub"><div class="year">{year}</div><div><h3>{title}</h3>'
            f'<p>{names} {role}</p></div><div class="journal">{journal}</div></article>')


def test_html_cards_whose_names_end_in_a_role_badge():
    cards = [
        _card(2021, "Toy chromatin states in invented cells", "Ann Quist, Bo Lund, Cy Dale, et al.",
              "Imaginary Cell Reports", '<span class="author-role">Lead author</span>'),
        _card(2020, "A made-up methylation of pretend RNA", "Bo Lund, Ann Quist, et al.",
              "Toy Discovery", "<span>Co-author</span>"),
        _card(2019, "Pretend splicing regulators in toy flies", "Cy Dale, Ann Quist.",
              "Toy Research", '<span class="author-role">Corresponding author</span>'),
    ]
    page = ("<html><head><title>Publications</title></head><body><h1>Publications</h1>"
            "<section><h2>Earlier work</h2>" + "".join(cards) + "</section></body></html>")
    _, records, _ = extract_document(make_doc(page, "mem://publications.html"))
    assert _titles(records) == ["Toy chromatin states in invented cells", "A made-up methylation of pretend RNA",
                                "Pretend splicing regulators in toy flies"]
    assert [r["venue"] for r in records] == ["Imaginary Cell Reports", "Toy Discovery", "Toy Research"]
    assert records[2]["authors"] == ["Cy Dale", "Ann Quist"]


def test_html_status_badge_is_no_part_of_the_venue():
    cards = "".join(
        f'<article><div><span class="status development">Preprint</span><h3>{t}</h3><p>Ann Quist, Bo Lund.</p></div>'
        f'<aside><a href="https://example.org/{k}">toyRxiv · 2026</a></aside></article>'
        for k, t in enumerate(["Toy models of pretend lesions", "Invented learning for imaginary images",
                               "Made-up candidate sites in a toy genome"]))
    page = ("<html><head><title>Publications</title></head><body><h1>Publications</h1>"
            "<section><h2>Preprints</h2><div>" + cards + "</div></section></body></html>")
    _, records, _ = extract_document(make_doc(page, "mem://publications.html"))
    assert len(records) == 3
    assert all(not (r["venue"] or "").startswith("Preprint") for r in records)
