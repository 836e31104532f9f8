"""The CV PDF reader's rules of the eleventh round (#16 item 2, #21 item 3), each on a small
hand-made case: ACS's semicolons between inverted names, a capital "AND" between names set
in capitals (SIAM), GB/T 7714's type codes after the title, a gridded table whose header
names the authors' and the titles' columns apart, a narrow sidebar beside the list whose
headings end no section. Then the two layouts the round held out, studied after their one blind
measurement: two columns inside a section (LaTeX ``multicol``), names printed surname first in
capitals ("ZHANG Wei, HOLLOWAY Maren T."). Names and titles here are made up."""

from __future__ import annotations

from extractors.base import Draft
from extractors.citations import parse_inverted_initials, venue_name
from extractors.cv_entries import surname_caps_first
from extractors.cv_pdf_layout import EntryLine, PdfEntry, SectionReader, table_rows
from extractors.cv_pdf_layout import _sidebar as sidebar_line
from extractors.cv_pdf_render import Roles, render
from extractors.cv_pdf_styles import GBT7714_TYPES, parse_gbt7714
from extractors.pdf_lines import Line, _columns

from .test_cv_pdf_rules_round10 import _line, _words


def test_acs_semicolons_between_inverted_names():
    got = parse_inverted_initials("Lee, A. B.; Holloway, M. T.; Chen, B. A study of small things. "
                                  "J. Imag. Sci. 2021, 3 (2), 1–9.")
    assert got is not None
    assert got.authors == ["A. B. Lee", "M. T. Holloway", "B. Chen"]
    assert got.title == "A study of small things" and got.year == 2021 and got.venue == "J. Imag. Sci"
    # a book's fields parted by semicolons: the venue ends before them
    assert venue_name("In Proceedings of the Small Things Meeting; 2021; pp 1–9.") == \
        "Proceedings of the Small Things Meeting"


def _entry(*rows: str, size: float = 10.0) -> PdfEntry:
    entry = PdfEntry(None, None, "journal")
    for k, text in enumerate(rows):
        words = _words(text, 60.0 + 12 * k, 56.0, size=size)
        entry.lines.append(EntryLine(_line(words), words))
    return entry


def test_a_capital_and_between_names_in_capitals_is_the_lists_and():
    _, plain = render(_entry("A. LEE, M. T. HOLLOWAY, AND B. CHEN, On small things, J. Small 3 (2021), pp. 1–9."),
                      Roles())
    assert "HOLLOWAY, and B. CHEN" in plain
    # a title in capitals keeps its "AND": no initial follows it
    _, plain = render(_entry("ROCK AND ROLL IN SMALL THINGS, J. Small 3 (2021)."), Roles())
    assert "ROCK AND ROLL" in plain


def test_gbt7714_type_codes_close_the_title():
    got = parse_gbt7714("Lee A B, Holloway M T*, Chen B. A study of small things[J]. J Small Things, 2021, "
                        "3(2): 1-9.")
    assert got.authors == ["A. B. Lee", "M. T. Holloway", "B. Chen"]
    assert got.title == "A study of small things" and got.venue == "J Small Things" and got.year == 2021
    got = parse_gbt7714("Lee A, et al. Small things at scale[C]//Proceedings of the Small Meeting. 2020: 5-9.")
    assert got.authors == ["A. Lee"] and got.authors_truncated
    assert got.venue == "Proceedings of the Small Meeting" and got.year == 2020
    got = parse_gbt7714("ZHANG Wei, Lee A. Small things online[EB/OL]. arXiv:2101.01234, 2021.")
    assert got.authors == ["ZHANG Wei", "A. Lee"] and got.venue == "arXiv:2101.01234"
    # no type code, or a code the standard does not define: not this style
    assert parse_gbt7714("Lee A B, Chen B. A study of small things. J Small Things, 2021, 3(2): 1-9.") is None
    assert parse_gbt7714("Lee A B, Chen B. A study of small things[Q]. J Small Things, 2021.") is None
    assert {"J", "C", "M", "D", "EB"} <= set(GBT7714_TYPES)


def test_a_gridded_table_reads_each_cell_as_a_field():
    header = (_words("No.", 100.0, 56.0, bold=True) + _words("Authors", 100.0, 90.0, bold=True)
              + _words("Title", 100.0, 250.0, bold=True) + _words("Journal", 100.0, 420.0, bold=True)
              + _words("Year", 100.0, 520.0, bold=True))
    lines = [_line(_words("Publications", 60.0, 56.0, size=13.0, bold=True)), _line(header)]
    top = 116.0
    for n, (authors, title, venue) in enumerate([
            (["Ann Lee, Maren T.", "Holloway, Bo Chen"], ["Small things in a wide", "world of things"], ["J. Small"]),
            (["Bo Chen, Ann Lee"], ["Large things"], ["Proc. of Large", "Things"])], start=1):
        for k in range(max(len(authors), len(title), len(venue))):
            words = _words(str(n), top, 60.0) + _words("2021", top, 522.0) if k == 0 else []
            words += _words(authors[k], top, 92.0) if k < len(authors) else []
            words += _words(title[k], top, 252.0) if k < len(title) else []
            words += _words(venue[k], top, 422.0) if k < len(venue) else []
            lines.append(_line(sorted(words, key=lambda w: w.x0)))
            top += 12.0
        top += 6.0
    reader = SectionReader()
    reader.feed(lines)
    entries = reader.finish()
    assert [e.number for e in entries] == ["1", "2"] and [e.label for e in entries] == ["2021", "2021"]
    md, _ = render(entries[0], Roles())
    assert md == "Ann Lee, Maren T. Holloway, Bo Chen. Small things in a wide world of things. J. Small", md
    md, _ = render(entries[1], Roles())
    assert md == "Bo Chen, Ann Lee. Large things. Proc. of Large Things", md
    # no narrow column (a number, a year) to open the rows: the section is cut as any other
    rows = [SectionReader()._row(ln, [], ln.words) for ln in lines[2:]]
    assert table_rows(rows, "journal", [92.0, 252.0, 422.0]) is None
    assert table_rows(rows, "journal", [56.0, 90.0, 250.0, 420.0, 520.0]) is not None


def test_a_narrow_sidebar_beside_the_list_ends_no_section():
    main = (40.0, 400.0)
    side = Line(1, _words("SKILLS", 60.0, 442.0, bold=True), 442.0, 532.0, 10.0)
    assert sidebar_line(side, main)
    # the second of two columns of a width is no sidebar: the list runs on into it
    assert not sidebar_line(Line(1, _words("Lee A. Title.", 60.0, 320.0), 320.0, 560.0, 10.0), (40.0, 290.0))
    reader = SectionReader()
    reader.feed([
        _line(_words("Publications", 60.0, 40.0, size=13.0, bold=True), 40.0, 400.0),
        _line(_words("1. Ann Lee and Bo Chen. A study of small things. J. Small, 2021.", 80.0, 40.0), 40.0, 400.0),
        Line(1, _words("SKILLS", 100.0, 442.0, size=11.0, bold=True), 442.0, 532.0, 10.0),
        Line(1, _words("Python, R", 114.0, 442.0), 442.0, 532.0, 10.0),
        _line(_words("2. Bo Chen. Large things at scale. J. Large, 2020.", 60.0, 40.0), 40.0, 400.0, page=2),
    ])
    texts = [" ".join(w.text for el in e.lines for w in el.words) for e in reader.finish()]
    assert any(t.startswith("Bo Chen. Large things") for t in texts), texts
    assert not any("Python" in t for t in texts)


def test_a_title_with_abstract_nouns_is_no_list_of_names():
    from extractors.base import Draft, RecordError
    from extractors.cv_entries import entry_draft

    got = entry_draft(0, "A. Lee and B. Chen, *Attitudes, Aboutness, and Indirect Restriction*, J. Small 3 (2021).",
                      number=None, section_kind=None, owner=None)
    assert isinstance(got, Draft) and got.title == "Attitudes, Aboutness, and Indirect Restriction"
    # names read as the title stay a reject
    got = entry_draft(0, "A. Lee. *Ann Lee, Bo Chen, and Cy Roe*. J. Small 3 (2021).",
                      number=None, section_kind=None, owner=None)
    assert isinstance(got, RecordError) and "list of names" in got.reason


def _section_page(right_cells: bool = False) -> tuple[list, list, list]:
    """A page of width 612: four full-width lines (education, talks), a heading, then eight
    rows of a section set in two columns (left at x 64, right at x 330); with
    ``right_cells`` each right-hand row is two cells (a venue and a year) as a table's are.
    (all words, the left column's, the right column's)"""
    words = []
    for k in range(4):
        words += _words(f"2014 - 2019 Ph.D. in the study of small things at Northfield College number {k}",
                        80.0 + 14 * k, 64.0)
    words += _words("PUBLICATIONS", 150.0, 64.0, size=12.0, bold=True)
    left, right = [], []
    for k in range(8):
        top = 170.0 + 12 * k
        left += _words(f"Lee A. and Chen B. wrote small thing {k}", top, 64.0)
        if right_cells:
            right += _words("Journal of Things", top, 330.0) + _words(f"20{10 + k}", top, 480.0)
        else:
            right += _words(f"Holloway M. found other thing {k}", top, 330.0)
    return words + left + right, left, right


def test_two_columns_inside_a_section_are_read_one_after_the_other():
    words, left, right = _section_page()
    groups = _columns(words, 612.0, [])
    # the full-width lines above cross the middle, so the page as a whole has no second column;
    # the section's own two columns are read left, then right
    at = {id(w): i for i, g in enumerate(groups) for w in g}
    assert len({at[id(w)] for w in left}) == 1 and len({at[id(w)] for w in right}) == 1
    assert at[id(left[0])] < at[id(right[0])]
    # a table's right-hand cells (a venue and a year) beside the text are no column of prose
    words, left, right = _section_page(right_cells=True)
    assert _columns(words, 612.0, []) == [words]


def test_names_surname_first_in_capitals_are_turned_when_the_whole_cv_prints_them_so():
    lists = [["ZHANG Wei", "HOLLOWAY Maren T."], ["LI Ming", "DE HARO Ann B.", "HOLLOWAY Maren T."],
             ["CHEN Bo", "MOLODTSOV S.V", "HOLLOWAY Maren T."], ["WU Jian-Hua", "T. HOLLOWAY Maren"]]
    drafts = [Draft(ordinal=i, title=f"Small things {i}", authors=list(a)) for i, a in enumerate(lists)]
    surname_caps_first(drafts)
    assert drafts[1].authors == ["Ming Li", "Ann B. De Haro", "Maren T. Holloway"]
    assert drafts[2].authors[1] == "S.V Molodtsov"  # initials glued, their last stop lost
    assert drafts[3].authors == ["Jian-Hua Wu", "Maren T. Holloway"]  # its initial put back
    # a list printed given name first with one acronym-led name: the CV decides, not one name
    lists = [["Ann Lee", "Bo Chen"], ["NASA Team", "Ann Lee"], ["Maren T. Holloway", "Bo Chen", "Ann Lee"]]
    drafts = [Draft(ordinal=i, title=f"Small things {i}", authors=list(a)) for i, a in enumerate(lists)]
    surname_caps_first(drafts)
    assert drafts[1].authors == ["NASA Team", "Ann Lee"]
