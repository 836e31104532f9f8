"""The CV PDF reader's rules of the tenth round (#16 item 2, #21 item 3), each on a small
hand-made case: a year at a tab stop after an entry's number, a count column before a
right-hand date, a table's header row that opens a publication list, a second column that
holds only a few lines, a venue printed between a title and the names, a given name and a
bare initial cut from the surname at a line's end, surnames with dotted initials, capital
initials that are no name particle. Names and titles here are made up."""

from __future__ import annotations

from extractors.author_lists import given_first, split_author_list
from extractors.cv_pdf_layout import EntryLine, PdfEntry, SectionReader, publication_table_header
from extractors.cv_pdf_render import Roles, initial_without_surname, render
from extractors.cv_pdf_styles import parse_surname_dotted_initials
from extractors.pdf_lines import Line, Word, _columns


def _words(text: str, top: float, x: float, size: float = 10.0, bold: bool = False,
           italic: bool = False) -> list[Word]:
    out = []
    for t in text.split():
        out.append(Word(t, x, x + 0.5 * size * len(t), top, top + size, size, bold, italic, True))
        x += 0.5 * size * (len(t) + 1)
    return out


def _line(words: list[Word], left: float = 56.0, right: float = 556.0, page: int = 1) -> Line:
    return Line(page, words, left, right, 10.0)


def test_a_year_at_a_tab_after_the_number_is_the_entrys_date():
    # "12." at the margin, "2021" at a tab 30 points on, the text at another tab
    words = (_words("12.", 60.0, 56.0) + _words("2021", 60.0, 86.0)
             + _words("Lee A.B., Chen B. A title of things. Journal 3(2):1–9.", 60.0, 130.0))
    row = SectionReader()._row(_line(words), [], words)
    assert row.marker == "12" and row.date == "2021"
    assert row.content[0].text == "Lee"
    # a year run on at a word space is the text's own ("12. 2021 – Title ...")
    words = _words("12. 2021 – A title of things.", 60.0, 56.0)
    row = SectionReader()._row(_line(words), [], words)
    assert row.date is None and row.content[0].text == "2021"


def test_a_count_column_before_the_right_hand_date_is_no_text():
    title = _words("A title of things in a wide column", 60.0, 56.0)
    words = title + _words("192", 60.0, 500.0) + _words("2026", 60.0, 536.0)
    row = SectionReader()._row(_line(words), [], words)
    assert row.date == "2026"
    assert [w.text for w in row.content] == [w.text for w in title]


def test_a_table_header_naming_titles_and_years_opens_the_list():
    header = _words("TITLE", 60.0, 56.0, size=8.0, bold=True) + _words("CITED BY", 60.0, 480.0, size=8.0, bold=True) \
        + _words("YEAR", 60.0, 530.0, size=8.0, bold=True)
    assert publication_table_header(header)
    assert not publication_table_header(_words("CITED BY", 60.0, 480.0, size=8.0, bold=True)
                                        + _words("YEAR", 60.0, 530.0, size=8.0, bold=True))  # no titles' column
    reader = SectionReader()
    reader.feed([_line(header),
                 _line(_words("A title of things", 80.0, 56.0) + _words("2021", 80.0, 536.0)),
                 _line(_words("A Lee, B Chen", 92.0, 56.0, size=8.5)),
                 _line(_words("Journal of Things 3 (2), 1-9", 103.0, 56.0, size=8.5))])
    entries = [e for e in reader.finish() if not e.aside]
    assert len(entries) == 1 and entries[0].label == "2021"
    # under a heading that names another section ("Invited Talks"), such a header opens no list
    reader = SectionReader()
    reader.feed([_line(_words("Invited Talks", 40.0, 56.0, size=14.0, bold=True)), _line(header),
                 _line(_words("A talk about things", 80.0, 56.0) + _words("2021", 80.0, 536.0))])
    assert not [e for e in reader.finish() if not e.aside]


def test_a_second_column_of_a_few_lines_is_read_after_the_first():
    left = [w for i in range(40) for w in _words(f"Left column line {i} runs on here", 100.0 + 12 * i, 50.0)]
    right = (_words("Preprints", 100.0, 320.0, bold=True)
             + _words("16. Lee A, Chen B (2026) A title of things", 114.0, 320.0)
             + _words("that runs on over a second line. Preprint", 126.0, 338.0))
    groups = _columns(left + right, 612.0, [])
    assert len(groups) == 2 and groups[1][0].text == "Preprints"
    # right-hand dates beside the text are no column
    dates = [w for i in range(0, 40, 4) for w in _words("2021", 100.0 + 12 * i, 320.0)]
    assert len(_columns(left + dates, 612.0, [])) == 1


def _entry(lines: list[list[Word]]) -> PdfEntry:
    return PdfEntry(None, None, "journal", [EntryLine(_line(ws), ws) for ws in lines])


def test_a_venue_between_a_title_printed_first_and_the_names():
    words = (_words("A title of things", 60.0, 56.0, bold=True) + _words(",", 60.0, 150.0)
             + _words("Journal of Things", 60.0, 156.0, italic=True) + _words(",", 60.0, 240.0)
             + _words("Ann Lee, Bo Chen and Cy Roe.", 60.0, 246.0))
    md, _ = render(_entry([words]), Roles(title_style="bold"))
    assert md.startswith("Ann Lee, Bo Chen and Cy Roe. *A title of things")
    assert "Journal of Things" in md.split("*")[-1]
    # the name the CV marks in italics in most entries is the owner, no venue
    md, _ = render(_entry([words]), Roles(title_style="bold", italic_name="Journal of Things"))
    assert not md.startswith("Ann Lee")


def test_a_given_name_and_a_bare_initial_wait_for_the_surname():
    assert initial_without_surname("Scott L Nuismer, Bob Week and Luke J")
    assert initial_without_surname("Scott L")
    assert not initial_without_surname("Lee A, Chen B")  # Vancouver: the surname came first
    assert not initial_without_surname("Lee A.")
    assert not initial_without_surname("Ann Lee, Bo Chen")


def test_surnames_with_dotted_initials():
    got = parse_surname_dotted_initials("Lee A.B., von Hippel G.M., Chen B. A title of things. Journal of Things "
                                        "3(2):1–9 (2021).")
    assert got is not None
    assert got.authors == ["A. B. Lee", "G. M. von Hippel", "B. Chen"]
    assert got.title == "A title of things" and got.venue.startswith("Journal of Things") and got.year == 2021
    assert parse_surname_dotted_initials("Ann B. Lee, Bo Chen. A title of things. Journal.") is None


def test_capital_initials_are_no_name_particle():
    assert split_author_list("Holloway MT, Kraus AL, Hillenbrand LA")[0] == ["Holloway MT", "Kraus AL",
                                                                           "Hillenbrand LA"]
    assert split_author_list("Van Dijcke, D., Lee, A.")[0] == ["D. Van Dijcke", "A. Lee"]
    assert given_first(["von Hippel GM", "Holloway MT"]) == ["G. M. von Hippel", "M. T. Holloway"]


def test_a_tables_right_hand_cells_are_no_second_column():
    # entries of three lines at a pitch of 11, a venue cell beside each entry's first line only
    left, right = [], []
    for k in range(12):
        top = 60.0 + 40 * k
        left += _words(f"2021 A title of things number {k} set in a middle cell", top, 50.0)
        left += _words("Ann Lee, Bo Chen and Cy Roe wrote it together", top + 11, 80.0)
        left += _words("and the text wraps on to a third line here", top + 22, 80.0)
        right += _words(f"arXiv:0704.{k:04d}", top, 420.0)
    assert len(_columns(left + right, 612.0, [])) == 1
    # a page's second column runs line after line at the pitch: a column
    right = [w for k in range(36) for w in _words(f"Right column line {k} of text", 60.0 + 11 * k, 420.0)]
    assert len(_columns(left + right, 612.0, [])) >= 2


def test_an_entry_cut_by_a_page_break_after_a_bare_initial_runs_on():
    from extractors.cv_pdf import _unfinished

    def entry(text: str, page: int) -> PdfEntry:
        ws = _words(text, 60.0, 56.0)
        return PdfEntry(None, None, "journal", [EntryLine(_line(ws, page=page), ws)], page_start=page == 2)

    first = entry("2018 – A title of things. Scott L Nuismer, Bob Week & Marcelo A", 1)
    assert _unfinished(first, entry("Aizen. Journal of Things.", 2))
    assert not _unfinished(entry("2018 – A title of things. Scott L Nuismer & Bob Week. Journal.", 1),
                           entry("2017 – Another title. Ann Lee. Journal.", 2))


def test_the_owners_bold_name_under_a_bold_title_is_no_word_of_it():
    lines = [_words("Learning things from other things", 60.0, 56.0, bold=True),
             _words("Ann Lee", 72.0, 56.0, bold=True),
             _words("Northfield University", 84.0, 56.0, italic=True)]
    md, _ = render(_entry(lines), Roles(title_style="bold", owner="Ann Lee"))
    assert "*Learning things from other things*" in md and md.startswith("Ann Lee")
