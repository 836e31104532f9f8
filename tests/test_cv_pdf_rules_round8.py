"""The CV PDF reader's rules of the eighth round (#16 item 2, #21 item 3), each on a small
hand-made case: a numbered section heading ("3.1 Journal Articles", DIN 1421's decimal
outline), DIN ISO 690's "Surname, Given; ... (2021): Title. In: Venue" and its page
abbreviation "S.", the owner's name printed inverted, a table's header row and a venue
column of its own. Names and titles here are
made up."""

from __future__ import annotations

from extractors.citations import venue_name
from extractors.cv_pdf import printed_in_full
from extractors.cv_pdf_layout import (EntryLine, PdfEntry, column_apart, heading_strength, table_column, table_header,
                                      text_edge)
from extractors.cv_pdf_styles import parse_din_semicolon_names
from extractors.pdf_lines import Line, Word, join_words


def _words(text: str, size: float = 10.0, bold: bool = False) -> list[Word]:
    out, x = [], 56.0
    for t in text.split():
        out.append(Word(t, x, x + 0.5 * size * len(t), 100.0, 100.0 + size, size, bold, False, True))
        x += 0.5 * size * (len(t) + 1)
    return out


def test_a_decimal_section_number_does_not_hide_a_bold_heading():
    assert heading_strength(_words("3.1 Journal Articles", 11.0, bold=True), 10.5) == "minor"
    assert heading_strength(_words("3 Publications", 12.0, bold=True), 11.0) == "minor"


def test_an_entry_marker_or_a_plain_line_is_no_numbered_heading():
    assert heading_strength(_words("3. Journal Articles of Things", 10.0), 10.0) is None  # an entry's number
    assert heading_strength(_words("3.1 Journal Articles", 10.0), 10.0) is None  # neither bold nor larger


def test_din_pages_after_a_venue_are_cut_from_it():
    assert venue_name("In: Journal of Things 3 (2), S. 1–9.") == "Journal of Things"
    assert venue_name("In: Proceedings of the Workshop on Things, S. 12–20.") == "Proceedings of the Workshop on Things"


def test_din_iso_690_names_year_colon_title_in_venue():
    e = parse_din_semicolon_names("Lee, Ann; Holloway, Maren T.; Chen, Bo (2021): Approximation of things. "
                                  "I. Theory. In: Journal of Things 3 (2), S. 1–9.")
    assert e.authors == ["Ann Lee", "Maren T. Holloway", "Bo Chen"]
    assert (e.title, e.venue, e.year) == ("Approximation of things. I. Theory", "Journal of Things", 2021)
    e = parse_din_semicolon_names("Lee, Ann; Chen, Bo (2019): A study of things. arXiv:1901.01234.")
    assert (e.title, e.year) == ("A study of things", 2019)
    assert parse_din_semicolon_names("Lee, Ann (2021). Title") is None  # no venue: not read as one


def test_the_owner_printed_inverted_is_printed_in_full():
    assert printed_in_full("Maren T. Holloway", "Lee, Ann; Holloway,\nMaren T.; Chen, Bo (2021): Title.")
    assert printed_in_full("Maren T. Holloway", "A. Lee, Maren T. Holloway. Title.")
    assert not printed_in_full("Maren T. Holloway", "Lee, A.; Holloway, M. T. (2021): Title.")


def _cells_line(cells: list[tuple[float, str]], top: float, bold: bool = False) -> list[Word]:
    out = []
    for x, text in cells:
        for t in text.split():
            out.append(Word(t, x, x + 5.0 * len(t), top, top + 10.0, 10.0, bold, False, True))
            x += 5.0 * (len(t) + 1)
    return out


def _table_entry(top: float, title: str, venue: list[str], authors: str) -> PdfEntry:
    rows = [_cells_line([(86.0, title), (416.0, venue[0])], top)]
    rows += [_cells_line([(416.0, v)], top + 12 * (i + 1)) for i, v in enumerate(venue[1:])]
    rows.insert(1, _cells_line([(86.0, authors)], top + 12))
    return PdfEntry(None, "2021", "journal", [EntryLine(Line(1, ws, 86.0, 556.0, 10.0), ws) for ws in rows])


def test_a_table_header_row_is_no_entry():
    assert table_header(_cells_line([(56.0, "Year"), (90.0, "Publication"), (416.0, "Published in")], 0, bold=True))
    assert not table_header(_cells_line([(56.0, "Year"), (90.0, "Publication")], 0))  # not bold
    assert not table_header(_cells_line([(86.0, "Bold title of things"), (416.0, "Journal")], 0, bold=True))


def test_a_venue_column_is_read_after_the_text_it_stands_beside():
    entries = [_table_entry(100.0 + 60 * i, f"Things number {i} seen", ["Journal of", "Things"], "Ann Lee and Bo Chen")
               for i in range(3)]
    x = table_column(entries)
    assert x == 416.0
    moved = column_apart(entries[0], x, text_edge(entries, x))
    assert [join_words(el.words) for el in moved.lines] == [
        "Things number 0 seen", "Ann Lee and Bo Chen", "Journal of", "Things"]
    assert moved.lines[0].line.right < 416.0  # the text wraps short of the column


def test_labels_in_the_left_half_make_no_column():
    rows = [_cells_line([(56.0, "[LCR21]"), (110.0, "Ann Lee, Bo Chen. Things.")], 100.0 + 20 * i) for i in range(4)]
    entries = [PdfEntry(None, None, "journal", [EntryLine(Line(1, ws, 56.0, 556.0, 10.0), ws)]) for ws in rows]
    assert table_column(entries) is None


def test_a_given_name_and_initials_at_a_line_end_want_the_surname_after_them():
    from extractors.cv_pdf_render import _hard_break

    words = _words("Ann Lee, Bo Chen, and Chris T.")
    line = Line(1, words, 56.0, 556.0, 10.0)
    nxt = _words("Darimont. Journal of Things, 2021")[0]
    assert not _hard_break(line, "Ann Lee, Bo Chen, and Chris T.", nxt, True, "Darimont. Journal of Things, 2021")
    # an inverted name is whole with its initials: the break may end the list
    assert _hard_break(line, "Lee, A., Chen, B., & Darimont, C. T.", nxt, True, "Journal of Things, 2021")


def test_a_line_going_on_from_the_line_above_is_no_heading():
    from extractors.cv_pdf_layout import _goes_on_from

    def line(text: str, top: float) -> Line:
        return Line(1, [Word(w, 130.0 + 40 * i, 160.0 + 40 * i, top, top + 10.0, 10.0, True, False, True)
                        for i, w in enumerate(text.split())], 130.0, 548.0, 10.0)

    assert _goes_on_from(line("a revised method and", 56.0), line("stock-assessment points", 69.0))
    assert not _goes_on_from(line("a revised method", 56.0), line("Invited Talks", 69.0))  # may end a line
    assert not _goes_on_from(line("a revised method and", 56.0), line("Invited Talks", 90.0))  # a gap above


def test_a_title_part_run_into_the_venue_is_given_back_to_the_title():
    from extractors.base import Draft
    from extractors.cv_entries import ParsedEntry
    from extractors.cv_pdf import _title_run_into_venue

    got = Draft(ordinal=1, source_record_id=None, title="Approximation of things", authors=["Ann Lee", "Bo Chen"],
                year=2021, venue="I. Theory. In: Journal of Things")
    styled = ParsedEntry(authors=["Ann Lee", "Bo Chen"], title="Approximation of things. I. Theory",
                         venue="Journal of Things", year=2021)
    assert _title_run_into_venue(got, styled)
    assert not _title_run_into_venue(got, ParsedEntry(authors=["Ann Lee"], title=styled.title, venue="J", year=2021))
    plain = Draft(ordinal=1, source_record_id=None, title="Approximation of things", authors=["Ann Lee", "Bo Chen"],
                  year=2021, venue="Journal of Things")
    assert not _title_run_into_venue(plain, styled)  # no "In:" inside the venue
