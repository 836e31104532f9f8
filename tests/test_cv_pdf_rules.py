"""The CV PDF reader's layout rules of the sixth round (#16 item 2, #21 item 3), each on a
small hand-made case: running heads that carry the page number, dates in a right-hand tab
column, sidebars, inverted bold owner names, semicolon name lists, and text that no entry
takes named by a reject instead of vanishing. Names and titles here are made up."""

from __future__ import annotations

import extractors
from extractors import Draft, RecordError
from extractors.cv_pdf import _drop_markup, _set_aside, _with_unread_text, title_alone, unread_run
from extractors.cv_pdf_layout import EntryLine, PdfEntry, _right_date
from extractors.cv_pdf_render import name_like, uninverted
from extractors.cv_pdf_styles import parse_names_et_al_commas, parse_title_semicolon_names
from extractors.pdf_lines import Line, Word, _columns, _folio_beside_text, _sidebar

from .conftest import make_doc
from .pdf_builder import PdfWriter


def _word(text: str, x0: float, top: float, size: float = 10.0, bold: bool = False) -> Word:
    return Word(text, x0, x0 + 0.5 * size * len(text), top, top + size, size, bold, False, True)


def _line(words: list[Word], page: int = 1, left: float = 56.0, right: float = 556.0) -> Line:
    return Line(page, words, left, right, 10.0)


def test_a_running_head_with_this_pages_number_is_one_on_its_first_appearance():
    head = _line([_word("Jo", 56, 30), _word("Example,", 68, 30), _word("CV", 110, 30), _word("2", 550, 30)], page=2)
    assert _folio_beside_text(head)
    assert not _folio_beside_text(_line(head.words, page=3))  # not this page's number
    entry = _line([_word("Physics", 56, 30), _word("Letters", 96, 30), _word("vol.", 136, 30), _word("2", 158, 30)],
                  page=2)
    assert not _folio_beside_text(entry)  # a number at word spacing ends an entry's line


def test_a_date_alone_at_the_right_edge_is_the_entries_date_not_a_word():
    words = [_word("Lee,", 56, 100), _word("A.", 78, 100), _word("The", 92, 100), _word("2021", 536, 100)]
    assert [w.text for w in _right_date(_line(words), words)] == ["2021"]
    range_ = words[:3] + [_word("2014", 470, 100), _word("-", 494, 100), _word("2019", 502, 100)]
    assert [w.text for w in _right_date(_line(range_, right=524), range_)] == ["2014", "-", "2019"]
    near = words[:3] + [_word("2021", 100, 100)]
    assert _right_date(_line(near), near) == []  # at word spacing: part of the sentence
    short = words[:3] + [_word("2021", 300, 100)]
    assert _right_date(_line(short), short) == []  # far from the column's right edge


def test_a_sidebar_is_a_column_but_a_margin_of_labels_is_not():
    side = [_word(t, 36, 100 + 11 * i, 8.5) for i, t in
            enumerate(["Contact", "Northfield", "Interests", "Statistics", "Computing", "Skills", "Python",
                       "Languages", "English", "German"])]
    main = [_word("Title", 232, 104 + 12.5 * i) for i in range(20)]
    assert _sidebar(side, main)
    labels = [_word("Journal", 36, 104 + 25 * i) for i in range(10)]  # the same word again, level with entries
    assert not _sidebar(labels, main)
    years = [_word(str(2010 + i), 36, 104 + 12.5 * 2 * i) for i in range(10)]
    assert not _sidebar(years, main)


def test_an_inverted_bold_owner_name_is_a_name():
    assert uninverted("Venturelli, D") == "D. Venturelli"
    assert uninverted("Lee, A. B.") == "A. B. Lee"
    assert name_like("Lee, A. B.") and name_like("van der Berg, A.")
    assert not name_like("Phys. Rev., B")
    assert uninverted("Ann Lee") == "Ann Lee"


def test_title_then_names_separated_by_semicolons():
    e = parse_title_semicolon_names("Dust lanes in barred galaxies\nLee, Ann; Chen, B. -Y.; ...; Nova Survey Collaboration; "
                                    "et al. 2024, A&A, 688, 94")
    assert e.title == "Dust lanes in barred galaxies"
    assert e.authors == ["Ann Lee", "B.-Y. Chen", "Nova Survey Collaboration"]
    assert (e.year, e.venue, e.authors_truncated) == (2024, "A&A", True)
    # the line break, not a guess, ends the title before a two-word surname
    e = parse_title_semicolon_names("Rings around the Black Hole and Jet\nLu, Ru; Asada, Kei; et al; 2023, Nature, 1, 2")
    assert e.title == "Rings around the Black Hole and Jet" and e.authors[0] == "Ru Lu"
    assert parse_title_semicolon_names("Lee, Ann. A title; with one semicolon. Venue, 2021.") is None


def test_names_et_al_read_as_a_title_is_a_reject():
    pdf = PdfWriter()
    pdf.new_page()
    pdf.text(56, 56, "Jo Example", 18, bold=True)
    pdf.text(56, 90, "Publications", 13, bold=True)
    lines = ["1. Jo Example, Bo Chen and Cy Roe. Dust lanes in barred galaxies. Astrophys. J., 2021.",
             "2. T. Akaishi et al"]
    for i, text in enumerate(lines):
        pdf.text(56, 112 + 18 * i, text, 10)
    got = list(extractors.get("cv_pdf").extract(make_doc(pdf.to_bytes())))
    assert [d.title for d in got if isinstance(d, Draft)] == ["Dust lanes in barred galaxies"]
    assert [r.excerpt for r in got if isinstance(r, RecordError)] == ["T. Akaishi et al"]


def test_text_no_entry_takes_is_named_when_it_could_be_an_entry():
    aside = [PdfEntry(None, None, "journal", [EntryLine(_line(ws), ws)], aside="text after the list")
             for ws in ([_word(t, 56, 300) for t in "Lee A, Roe C. Dust lanes in bars. ApJ 2021".split()],
                        [_word(t, 56, 320) for t in "* marks a student".split()],
                        [_word(t, 56, 340) for t in "Summary as of May 2024: twelve papers in all".split()])]
    rejects = list(_set_aside(aside, 4))
    assert [(r.ordinal, r.excerpt) for r in rejects] == [(5, "Lee A, Roe C. Dust lanes in bars. ApJ 2021")]


def test_a_record_that_holds_a_second_entry_gets_a_reject_beside_it():
    usual = [Draft(ordinal=i, title=f"Dust lanes in barred galaxies {i}", authors=["Ann Lee"], venue="ApJ",
                   raw=f"Ann Lee. Dust lanes in barred galaxies {i}. ApJ, 2021.") for i in range(4)]
    merged = Draft(ordinal=5, title="Rings of gas", authors=["Ann Lee"], venue="ApJ",
                   raw="Ann Lee. Rings of gas. ApJ, 2020. Bo Chen, Cy Roe. Spiral arms seen edge on in nearby "
                       "galaxies. MNRAS, 2019.")
    assert unread_run(merged)[0] >= 6
    out = _with_unread_text(usual + [merged])
    assert len(out) == 6 and isinstance(out[-1], RecordError) and "Spiral arms seen edge on" in out[-1].excerpt
    noted = Draft(ordinal=6, title="Rings of gas", authors=["Ann Lee"], venue="ApJ",
                  raw="Ann Lee. Rings of gas. ApJ, 2020. Best Student Paper Award (Astro Track)")
    assert _with_unread_text(usual + [noted]) == usual + [noted]  # a note does not double the entry


def test_a_title_alone_is_the_owners_paper_where_coauthors_are_printed_with():
    pdf = PdfWriter()
    pdf.new_page()
    pdf.text(56, 56, "Jo Example", 18, bold=True)
    pdf.text(56, 90, "Working Papers", 13, bold=True)
    lines = ["Trade Shocks and Local Labor Markets (with Ann Lee and Bo Chen)",
             "Patents and the Direction of Innovation",
             "Credit Cycles in Small Open Economies (with Cy Roe)"]
    for i, text in enumerate(lines):
        pdf.text(56, 112 + 22 * i, f"{i + 1}.", 10)
        pdf.text(74, 112 + 22 * i, text, 10)
    got = [d for d in extractors.get("cv_pdf").extract(make_doc(pdf.to_bytes())) if isinstance(d, Draft)]
    assert [(d.title, d.authors) for d in got] == [
        ("Trade Shocks and Local Labor Markets", ["Ann Lee", "Bo Chen"]),
        ("Patents and the Direction of Innovation", []),
        ("Credit Cycles in Small Open Economies", ["Cy Roe"])]
    assert title_alone("Patents and the Direction of Innovation")
    assert not title_alone("University of Pittsburgh")  # an institution, not a title
    assert not title_alone("Ann Lee, Bo Chen and Cy Roe")  # names
    assert not title_alone("Dust lanes. Astrophys. J. 2021")  # more than a title


def test_a_full_width_line_under_a_name_in_the_left_columns_place_is_above_the_columns():
    name = [_word("Ann", 60, 54, 18), _word("Lee", 100, 54, 18)]  # within the left column's width
    contact, x = [], 60.0
    for w in "Department of Physics, Example University of the North | ann.lee@example.edu".split():
        contact.append(_word(w, x, 78))
        x = contact[-1].x1 + 3
    left = [_word(w, 60 + 45 * k, 110 + 12 * i) for i in range(20) for k, w in enumerate(("Lee", "Dust", "lanes"))]
    right = [_word(w, 320 + 45 * k, 110 + 12 * i) for i in range(20) for k, w in enumerate(("Roe", "Spiral", "arms"))]
    groups = _columns(name + contact + left + right, 612.0, [])
    assert len(groups) == 3
    assert {w.text for w in groups[0]} >= {"Department", "ann.lee@example.edu"}  # before the columns, not after


def test_first_names_et_al_then_title_and_journal_between_commas():
    e = parse_names_et_al_commas("A. Lee, B. Chen et al., Dust lanes, bars and rings in nearby galaxies, "
                                 "Astrophys. J. 900, L12 (2021). [Corresponding author]")
    assert (e.authors, e.authors_truncated) == (["A. Lee", "B. Chen"], True)
    assert (e.title, e.venue, e.year) == ("Dust lanes, bars and rings in nearby galaxies", "Astrophys. J", 2021)
    assert parse_names_et_al_commas("A. Lee et al. Dust lanes. Astrophys. J. 900, L12 (2021).") is None


def test_emphasis_marks_the_page_did_not_print_are_dropped():
    d = Draft(ordinal=1, title="Level structure by γ*-ray spectroscopy*", authors=["K. Hosomi"],
              raw="K. Hosomi et al., Level structure by γ-ray spectroscopy, Prog. Theor. Exp. Phys. 2015, 081 (2015).")
    _drop_markup(d)
    assert d.title == "Level structure by γ-ray spectroscopy"
    printed = Draft(ordinal=2, title="The Photon Ring in M87*", authors=["Ann Lee"], raw="Ann Lee. The Photon Ring in M87*. ApJ.")
    _drop_markup(printed)
    assert printed.title == "The Photon Ring in M87*"
