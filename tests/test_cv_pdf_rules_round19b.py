"""The CV PDF reader's rules of the twentieth round (#16 item 2, #21 item 3), found on round
19's former held-out layouts (studied since wt-cvpdf20), each on a small hand-made case: a dot
leader before a right-tab date is the tab's gap; a portal's smaller classification line
("Research output: Contribution to journal › Article") is no field; Harvard with the year bare
after "Lee, A, Holloway, MT & Chen, B" is read by its commas; the Bluebook's "Names, Title, 3
VENUE 1 (2021)." is read by its order; a venue read as "3 VENUE 1" is the name; a bracketed
"(Working Paper, 2021)" note is no venue; a sub-heading in the text's italics naming a kind
of list is a heading; faked small capitals ("P" + "HILOSOPHICAL") are one word.
Names and titles here are made up."""

from __future__ import annotations

import random

from extractors.base import Draft
from extractors.cv_pdf import _venue_after_kind_note, _venue_between_numbers
from extractors.cv_pdf_fields import category_path_line
from extractors.cv_pdf_layout import heading_strength
from extractors.cv_pdf_styles import parse_bluebook, parse_harvard_bare_year
from extractors.pdf_lines import Word, _small_caps_joined, _without_leaders

from . import cv_layouts
from .test_cv_pdf_rules_round10 import _line, _words


def _draft(title: str, venue: str | None, raw: str, year: int | None = 2021) -> Draft:
    return Draft(ordinal=1, title=title, authors=["A. Lee"], year=year, venue=venue, raw=raw)


def test_a_dot_leader_is_the_gap_of_a_tab():
    words = _words("A study of small things", 60.0, 56.0) + _words("..................", 60.0, 300.0) \
        + _words("Mar 2021", 60.0, 480.0)
    assert [w.text for w in _without_leaders(words)] == ["A", "study", "of", "small", "things", "Mar", "2021"]
    # glued to the word before it, the leader goes and the word stays, its right end moved in
    glued = _words("things.........", 60.0, 56.0)
    out = _without_leaders(glued)
    assert [w.text for w in out] == ["things"] and out[0].x1 < glued[0].x1
    # a spaced leader (". . . . .") on one line goes; an ellipsis ("...") and a stop stay
    spaced = _words("Things", 60.0, 56.0) + _words(". . . . . .", 60.0, 120.0) + _words("2019", 60.0, 300.0)
    assert [w.text for w in _without_leaders(spaced)] == ["Things", "2019"]
    kept = _words("Rings... and fields . More", 60.0, 56.0)
    assert _without_leaders(kept) == kept


def test_a_portals_classification_line_under_an_entry_is_no_field():
    small = _line(_words("Research output: Contribution to journal › Article › peer-review", 80.0, 56.0, size=8.0))
    assert category_path_line(small, 10.0)
    assert category_path_line(_line(_words("Item type: Book/Report › Chapter", 80.0, 56.0, size=8.0)), 10.0)
    assert category_path_line(_line(_words("› peer-review", 90.0, 56.0, size=8.0)), 10.0, after_path=True)
    # in the text's own size, or a line with a year, or one step alone: not so
    same_size = _words("Research output: Contribution to journal › Article", 80.0, 56.0)
    assert not category_path_line(_line(same_size), 10.0)
    assert not category_path_line(_line(_words("Published in: Journal of Things › 2021", 80.0, 56.0, size=8.0)), 10.0)
    assert not category_path_line(_line(_words("Type: Article", 80.0, 56.0, size=8.0)), 10.0)


def test_harvard_with_the_year_bare_after_names_parted_by_the_same_commas():
    got = parse_harvard_bare_year("Lee, A, Holloway, MT & de Haro, BC 2021, 'Rings of small things', "
                                  "Journal of Ring Studies, vol. 3, no. 2, pp. 1-9. https://doi.org/10.1/x")
    assert got.authors == ["A. Lee", "M. T. Holloway", "B. C. de Haro"]
    assert (got.title, got.venue, got.year) == ("Rings of small things", "Journal of Ring Studies", 2021)
    got = parse_harvard_bare_year("Lee, A.B. 2019, On fields of rings. in Proc. Meeting on Rings. pp. 5-8.")
    assert (got.authors, got.title, got.venue, got.year) == (
        ["A. B. Lee"], "On fields of rings", "Proc. Meeting on Rings", 2019)
    # the year in brackets (another Harvard), or no year after the names: not this style
    assert parse_harvard_bare_year("Lee, A (2021) 'Rings of small things', Journal of Ring Studies.") is None
    assert parse_harvard_bare_year("Lee, A, 'Rings of small things', Journal of Ring Studies, 2021.") is None


def test_the_bluebooks_names_title_volume_venue_page_and_year():
    got = parse_bluebook("Oda K. Veil, Bo Chen & Cy de Roe, Rings, Fields, and Small Things, 12 RING L. REV. "
                         "301 (2020).")
    assert got.authors == ["Oda K. Veil", "Bo Chen", "Cy de Roe"]
    assert (got.title, got.venue, got.year) == ("Rings, Fields, and Small Things", "RING L. REV", 2020)
    got = parse_bluebook("Oda K. Veil, Small Rings, in ESSAYS ON RINGS 77 (Bo Chen ed., 2018).")
    assert (got.authors, got.title, got.venue, got.year) == (["Oda K. Veil"], "Small Rings", "ESSAYS ON RINGS", 2018)
    # no page and bracketed year at the end: not the Bluebook's
    assert parse_bluebook("Oda K. Veil, Small Rings, Journal of Rings, 2018.") is None


def test_a_venue_read_between_its_volume_and_first_page_is_the_name():
    raw = "Oda K. Veil, Small Rings, 12 RING LAW REVIEW 301 (2020)."
    d = _draft("Small Rings", "12 RING LAW REVIEW 301", raw)
    _venue_between_numbers(d)
    assert d.venue == "RING LAW REVIEW"
    d = _draft("Small Rings", "12 RING LAW REVIEW", raw)  # the page read into the next line
    _venue_between_numbers(d)
    assert d.venue == "RING LAW REVIEW"
    # a year opening a venue's name, or no bracketed year after it: as read
    d = _draft("Small Rings", "2020 IEEE Meeting on Rings 5",
               "Oda K. Veil. Small Rings. 2020 IEEE Meeting on Rings 5 (2020).")
    _venue_between_numbers(d)
    assert d.venue == "2020 IEEE Meeting on Rings 5"
    d = _draft("Small Rings", "3 Ring Studies", "Oda K. Veil. Small Rings. 3 Ring Studies, 2020.")
    _venue_between_numbers(d)
    assert d.venue == "3 Ring Studies"


def test_a_bracketed_working_paper_note_is_no_venue():
    d = _draft("Small Rings", "(Working Paper", "Oda K. Veil, Small Rings (Working Paper, 2021), arXiv:2101.01234.",
               year=None)
    _venue_after_kind_note(d)
    assert (d.venue, d.year) == ("arXiv:2101.01234", 2021)
    d = _draft("Small Rings", "(unpublished manuscript)", "Oda K. Veil, Small Rings (unpublished manuscript).")
    _venue_after_kind_note(d)
    assert d.venue is None and d.year == 2021
    d = _draft("Small Rings", "(ICML 2021)", "Oda K. Veil, Small Rings (ICML 2021).")
    _venue_after_kind_note(d)
    assert d.venue == "(ICML 2021)"  # a venue in brackets: another rule's


def test_an_italic_line_in_the_texts_size_naming_a_kind_of_list_is_a_sub_heading():
    for text in ("Articles", "Book Chapters", "Works in Progress", "Selected Journal Articles"):
        assert heading_strength(_words(text, 60.0, 56.0, italic=True), 10.0) == "minor", text
    for text in ("Journal of Semantics", "Proceedings of the Ring Society", "Preprint", "Submitted",
                 "Small Rings and Articles of Faith"):
        assert heading_strength(_words(text, 60.0, 56.0, italic=True), 10.0) is None, text
    assert heading_strength(_words("Articles", 60.0, 56.0), 10.0) is None  # upright, the text's size


def test_faked_small_capitals_are_one_word():
    cap = Word("P", 100.0, 107.0, 60.0, 72.0, 12.0, False, False, True)
    rest = Word("HILOSOPHY", 107.0, 160.0, 62.6, 72.0, 9.4, False, False, False)
    after = Word("REVIEW", 165.0, 200.0, 62.6, 72.0, 9.4, False, False, True)
    out = _small_caps_joined([cap, rest, after])
    assert [w.text for w in out] == ["PHILOSOPHY", "REVIEW"] and out[0].size == 12.0
    # a superscript (raised) or a lower-case word after a capital: as they are
    raised = Word("ST", 107.0, 115.0, 58.0, 66.0, 9.4, False, False, False)
    assert _small_caps_joined([cap, raised]) == [cap, raised]
    lower = Word("hilosophy", 107.0, 160.0, 62.6, 72.0, 9.4, False, False, False)
    assert _small_caps_joined([cap, lower]) == [cap, lower]


def _read(layout: str, entries: list[dict], owner: str):
    from scholarlake.extraction import extract_document

    from .conftest import make_doc
    pdf = cv_layouts.render(layout, entries, owner, random.Random(5).randrange(100))
    _, records, rejects = extract_document(make_doc(pdf, f"made-up-{layout}.pdf"))
    return {r["title"]: r for r in records}, rejects


def _made_up(owner: str, kinds=("journal",)) -> list[dict]:
    return [{"title": f"On small rings of kind {k} in large fields", "authors": [owner, "Bo Chen"],
             "year": 2010 + k, "venue": "Journal of Ring Studies", "kind": kinds[k % len(kinds)], "owner": owner}
            for k in range(6)]


def test_rules_hold_on_made_up_pure_bluebook_and_dot_leader_cvs():
    owner = "Oda K. Veil"
    entries = _made_up(owner)
    got, _ = _read("pure_portal_harvard", entries, owner)
    for e in entries:
        r = got[e["title"]]
        assert r["authors"] == ["O. K. Veil", "B. Chen"] and (r["year"], r["venue"]) == (e["year"], e["venue"])
    got, _ = _read("bluebook_law", entries, owner)
    for e in entries:
        r = got[e["title"]]
        assert r["authors"] == [owner, "Bo Chen"] and r["year"] == e["year"]
        assert r["venue"].casefold() == e["venue"].casefold()
    got, _ = _read("dot_leader_dates", entries, owner)
    for e in entries:
        r = got[e["title"]]
        assert r["authors"] == ["O. K. Veil", "B. Chen"] and (r["year"], r["venue"]) == (e["year"], e["venue"])
