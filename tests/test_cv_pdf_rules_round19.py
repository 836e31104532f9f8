"""The CV PDF reader's rules of the nineteenth round (#16 item 2, #21 item 3), found on round
18's former held-out layouts (studied since wt-cvpdf19), each on a small hand-made case: a
line set letter-spaced ("J O U R N A L   A R T I C L E S") is read as its words; an open
circle drawn as a stroked shape beside a line is a bullet; a list set with a first-line indent
keeps the lines that go back to the margin; GOST 7.1's "Title / names // Venue. – 2021." is
read by its slashes, and wins over a reading whose title ran on over them; "Lee, Ann, Holloway,
Maren T." parts people and name parts by the same commas; a table headed "No. | Publication |
IF | Quartile" reads no metric into a reference; "Shor C.M" (its last stop lost to the
list's full stop) turns given name first.
Names and titles here are made up."""

from __future__ import annotations

import random

from extractors.author_lists import given_first
from extractors.cv_entries import ParsedEntry, every_name_inverted, split_authors
from extractors.cv_pdf import title_run_over_fields
from extractors.cv_pdf_layout import SectionReader, _column_names, segment, without_metric_cells
from extractors.cv_pdf_styles import parse_gost_slashes
from extractors.pdf_lines import Word, _letter_spaced_joined, read_lines

from . import cv_layouts
from .test_cv_pdf_rules_round10 import _line, _words


def _letters(text: str, x: float, tracking: float, size: float = 10.0) -> list[Word]:
    """``text`` set letter by letter, ``tracking`` points after each glyph (a space: a glyph's
    width more)."""
    out = []
    for ch in text:
        if ch != " ":
            out.append(Word(ch, x, x + 0.6 * size, 60.0, 60.0 + size, size, True, False, True))
        x += 0.6 * size + tracking
    return out


def test_a_letter_spaced_line_is_read_as_its_words():
    for tracking in (2.0, 3.5):
        joined = _letter_spaced_joined(_letters("SELECTED ESSAYS", 56.0, tracking))
        assert [w.text for w in joined] == ["SELECTED", "ESSAYS"]
        assert not joined[0].space_before or joined[1].space_before
    # a name with its initial's stop, letter-spaced too
    assert [w.text for w in _letter_spaced_joined(_letters("ODA K. VEIL", 56.0, 2.0))] == ["ODA", "K.", "VEIL"]
    # words of more than one letter, or too few letters: as they are
    words = _words("A B C", 60.0, 56.0)
    assert _letter_spaced_joined(words) == words
    words = _words("Lee A. B. Title", 60.0, 56.0)
    assert _letter_spaced_joined(words) == words


def test_an_open_circle_drawn_beside_a_line_is_a_bullet():
    pdf = cv_layouts.Writer("Helvetica")
    pdf.new_page()
    for k, text in enumerate(("Lee, A., A study of small things, Journal of Things, 2021",
                              "Chen, B., Another study of things, Journal of Things, 2020")):
        top = 100.0 + 20 * k
        cv_layouts._hollow_bullet(pdf, 66.0, top + 4.0, 2.0)
        pdf.text(76.0, top, text, 10)
    lines = [ln for ln in read_lines(pdf.to_bytes(), "made-up.pdf")]
    assert [ln.words[0].text for ln in lines] == ["◦", "◦"]


def _rows(texts_and_x: list[tuple[str, float]]):
    reader = SectionReader()
    rows = []
    for k, (text, x) in enumerate(texts_and_x):
        words = _words(text, 60.0 + 14.0 * k, x)
        rows.append(reader._row(_line(words), [], words))
    return rows


def test_a_list_set_with_a_first_line_indent_keeps_the_lines_back_at_the_margin():
    rows = _rows([("1. Lee, A. A first title of things / A. Lee, B. Chen // Journal of", 92.0),
                  ("Things. – 2021. – Vol. 3. – P. 1–9.", 56.0),
                  ("2. Chen, B. A second title of things / B. Chen // Journal of", 92.0),
                  ("Things. – 2020. – P. 10–19.", 56.0)])
    entries = list(segment(rows, "journal"))
    assert [e.aside for e in entries] == [None, None]
    assert [len(e.lines) for e in entries] == [2, 2]
    # one entry going back to the margin is text after the list, as before
    rows = _rows([("1. Lee, A. A first title of things. Journal of Things, 2021.", 92.0),
                  ("2. Chen, B. A second title of things. Journal of Things, 2020.", 92.0),
                  ("More at the author's web page", 56.0)])
    entries = list(segment(rows, "journal"))
    assert [bool(e.aside) for e in entries] == [False, False, True]


def test_gost_title_names_and_host_parted_by_slashes():
    got = parse_gost_slashes("Lee, A. B. Small things in large rings / A. B. Lee, M. T. Holloway, B. Chen // "
                             "Journal of Things. – 2021. – Vol. 3, No. 2. – P. 1–9.")
    assert got.authors == ["A. B. Lee", "M. T. Holloway", "B. Chen"]
    assert (got.title, got.venue, got.year, got.authors_truncated) == (
        "Small things in large rings", "Journal of Things", 2021, False)
    got = parse_gost_slashes("On rings / A. Lee, B. Chen, C. Roe [et al.] // Proc. of the Meeting on Rings. – "
                             "Kazan, 2019. – P. 5–8.")
    assert (got.title, got.venue, got.year, got.authors_truncated) == (
        "On rings", "Proc. of the Meeting on Rings", 2019, True)
    # a heading that is not the first author's stays in the title
    got = parse_gost_slashes("Roe, C. On rings / A. Lee // Journal of Things. – 2021.")
    assert got.title == "Roe, C. On rings"
    # no double slash, no GOST: a slash in a title is a title's
    assert parse_gost_slashes("Lee, A. Input / output of small things. Journal of Things, 2021.") is None


def test_a_title_that_ran_on_over_the_names_and_venue_loses_to_the_style_reading_them_apart():
    styled = ParsedEntry(authors=["A. Lee", "B. Chen"], title="Small things", venue="Journal of Things", year=2021)
    assert title_run_over_fields("Small things / A. Lee, B. Chen // Journal", styled)
    assert not title_run_over_fields("Small things", styled)
    assert not title_run_over_fields("Small things in large rings", styled)  # a longer title of its own


def test_every_name_inverted_parted_by_the_same_commas():
    assert every_name_inverted(["Lee", "Ann", "Holloway", "Maren T.", "Chen", "Bo"])
    assert every_name_inverted(["de Haro", "Ana", "Lee", "Ann B"])
    assert not every_name_inverted(["Lee", "A.", "Chen", "B."])  # initials: read by other rules
    assert not every_name_inverted(["Ann Lee", "Bo Chen", "Cy Roe", "Di Wu"])
    assert not every_name_inverted(["Lee", "Ann", "Chen"])
    authors, _, _ = split_authors("Lee, Ann, Holloway, Maren T., Chen, Bo")
    assert authors == ["Ann Lee", "Maren T. Holloway", "Bo Chen"]


def test_a_tables_metric_columns_are_no_words_of_the_reference():
    assert _column_names("IF Quartile") == ["IF", "Quartile"]
    assert _column_names("Journal / Conference") == ["Journal / Conference"]
    words = _words("Lee A., Chen B. A study of small", 60.0, 80.0) + _words("4.210", 60.0, 420.0) \
        + _words("Q2", 60.0, 470.0)
    assert [w.text for w in without_metric_cells(words)][-1] == "small"
    words = _words("Lee A., Chen B. A study of small", 60.0, 80.0) + _words("–", 60.0, 420.0) \
        + _words("–", 60.0, 470.0)
    assert [w.text for w in without_metric_cells(words)][-1] == "small"
    # a cell of words stays; a line of metrics alone is kept
    words = _words("Lee A., Chen B. A study of small", 60.0, 80.0) + _words("Best paper", 60.0, 420.0)
    assert without_metric_cells(words) == words
    assert without_metric_cells(_words("4.210", 60.0, 420.0)) == _words("4.210", 60.0, 420.0)


def test_a_table_headed_by_a_reference_and_metric_columns_reads_the_references_alone():
    reader = SectionReader()
    reader._heading("Journal Articles", "major")
    header = _words("No.", 100.0, 60.0, bold=True) + _words("Publication", 100.0, 90.0, bold=True) \
        + _words("IF", 100.0, 440.0, bold=True) + _words("Quartile", 100.0, 490.0, bold=True)
    reader._table_starts(header)
    assert reader.metric_columns and reader.table is None
    reader._flush()
    assert not reader.metric_columns


def test_surname_then_initials_whose_last_stop_the_list_took_turn_given_name_first():
    assert given_first(["Shor C.M"]) == ["C. M. Shor"]
    assert given_first(["Gassert T.A", "Shor C.M"]) == ["T. A. Gassert", "C. M. Shor"]
    assert given_first(["Lee A", "Holloway M.T"]) == ["A. Lee", "M. T. Holloway"]
    assert given_first(["Taosong He"]) == ["Taosong He"]  # a given name and a surname
    assert given_first(["Ann Lee", "Shor C.M"]) == ["Ann Lee", "Shor C.M"]  # a list not of that form


def test_rules_hold_on_a_made_up_gost_list():
    # the whole reader on a first-line-indent GOST list of made-up papers
    rng = random.Random(7)
    owner = "Oda K. Veil"
    entries = [{"title": f"On small rings of kind {k} in large fields", "authors": [owner, "Bo Chen"],
                "year": 2010 + k, "venue": "Journal of Ring Studies", "kind": "journal", "owner": owner}
               for k in range(6)]
    pdf = cv_layouts.render("gost_double_slash", entries, owner, rng.randrange(100))
    from scholarlake.extraction import extract_document

    from .conftest import make_doc
    _, records, _ = extract_document(make_doc(pdf, "made-up-gost.pdf"))
    got = {r["title"]: r for r in records}
    for e in entries:
        r = got[e["title"]]
        assert r["authors"] == ["O. K. Veil", "B. Chen"] and r["year"] == e["year"]
        assert r["venue"] == "Journal of Ring Studies"
