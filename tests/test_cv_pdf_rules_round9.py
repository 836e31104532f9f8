"""The CV PDF reader's rules of the ninth round (#16 item 2, #21 item 3), each on a small
hand-made case: a year printed once in a date column for the entries under it, the line
pitch of the whole document, a year at a line's start as a date-column cell, entries'
titles printed larger than the text in one recurring type, labelled fields ("Authors:"),
BibTeX alpha keys, section words as whole words, ABNT names, biblatex venues, and the
rejects that stand where a reading would give a wrong title. Names and titles here are
made up."""

from __future__ import annotations

from extractors.base import Draft, RecordError
from extractors.cv_entries import parse_entry
from extractors.cv_pdf import (_list_end_title, _names_as_venue, _names_in_title, excerpt, printed_in_full,
                               set_as_title)
from extractors.cv_pdf_fields import labelled, read_labelled
from extractors.cv_pdf_layout import (EntryLine, PdfEntry, SectionReader, _entry_styles, _left_date, _number,
                                      classify_heading, document_pitch, segment)
from extractors.cv_pdf_styles import parse_abnt_caps_names
from extractors.pdf_lines import Line, Word


def _line(text: str, top: float, x: float = 110.0, size: float = 10.0, bold: bool = False,
          label: str | None = None, label_x: float = 56.0, page: int = 1) -> Line:
    words = []
    if label:
        words.append(Word(label, label_x, label_x + 0.5 * size * len(label), top, top + size, size, False, False, True))
    for t in text.split():
        words.append(Word(t, x, x + 0.5 * size * len(t), top, top + size, size, bold, False, True))
        x += 0.5 * size * (len(t) + 1)
    return Line(page, words, 110.0, 556.0, 10.0)


def _entries(lines: list[Line]) -> list[PdfEntry]:
    reader = SectionReader()
    reader.feed([_line("Publications", 40.0, x=110.0, size=14.0, bold=True), *lines])
    return [e for e in reader.finish() if not e.aside]


def _text(e: PdfEntry) -> str:
    return " ".join(w.text for el in e.lines for w in el.words)


def test_a_year_printed_once_stands_for_the_entries_under_it():
    # 2021 beside the first of two one-line entries, 2019 beside a two-line one; gaps of 16
    # between entries, the paragraph pitch (12) only inside the two-line entry
    lines = [_line("First title of things. Ann Lee. Journal A.", 60.0, label="2021"),
             _line("Second title of things. Bo Chen. Journal B.", 76.0),
             _line("Third title of things, a longer one. Ann Lee and", 92.0, label="2019"),
             _line("Bo Chen. Journal C.", 104.0)]
    entries = _entries(lines)
    assert [(e.label, _text(e).split(".")[0]) for e in entries] == [
        ("2021", "First title of things"), ("2021", "Second title of things"),
        ("2019", "Third title of things, a longer one")]


def test_a_year_beside_every_entry_starts_each_and_a_page_break_alone_starts_none():
    lines = [_line("First title of things. Ann Lee and", 60.0, label="2021"), _line("Bo Chen. Journal A.", 72.0),
             _line("Second title of things. Ann Lee and", 88.0, label="2020"),
             _line("Bo Chen. Journal B.", 60.0, page=2)]
    entries = _entries(lines)
    assert [e.label for e in entries] == ["2021", "2020"]
    assert _text(entries[1]).endswith("Journal B.")


def test_the_paragraph_pitch_is_the_documents():
    # one section of one-line entries (pitch 16 between them) and one of two wrapped entries (12
    # inside them: a pitch that recurs)
    one_line = [_line(f"Title {i} of things. Ann Lee. Journal.", 60.0 + 16 * i) for i in range(3)]
    wrapped = [_line("A title of things. Ann Lee and", 300.0), _line("Bo Chen. Journal.", 312.0),
               _line("Another title. Ann Lee and", 328.0), _line("Bo Chen. Journal.", 340.0)]
    reader = SectionReader()
    reader.feed(one_line + wrapped)
    rows = [reader._row(ln, [], ln.words) for ln in one_line]
    assert document_pitch([rows, [reader._row(ln, [], ln.words) for ln in wrapped]]) == 12.0
    assert len(list(segment(rows, "journal", 12.0))) == 3  # 16 is a gap at the document's pitch
    assert len(list(segment(rows, "journal"))) == 1  # alone, the section sees no gap


def test_a_year_at_a_line_start_clear_of_the_text_is_a_date_cell():
    words = _line("Title of things", 60.0, x=90.0, label="2021").words  # 2021 ends at 76, the text starts at 90
    assert [w.text for w in _left_date(words)] == ["2021"]
    close = _line("2021 Title of things", 60.0, x=56.0).words  # a word space after the year
    assert _left_date(close) == []


def test_larger_lines_in_one_recurring_type_are_titles_not_headings():
    titles = [_line(f"A study number {i} of things", 60.0 + 40 * i, size=12.0, bold=True) for i in range(5)]
    heading = _line("Journal Articles", 20.0, size=12.0, bold=True)
    assert _entry_styles([heading, *titles]) == {(12.0, True, False)}
    assert _entry_styles([heading, *titles[:4]]) == set()  # four such lines may be headings


def test_labelled_fields_are_read_by_their_labels():
    lines = [_line("2021", 60.0, size=8.0), _line("A study of things in", 70.0, size=11.0, bold=True),
             _line("the long run", 82.0, size=11.0, bold=True),
             _line("Authors: Ann Lee, Maren T. Holloway, Bo Chen", 94.0),
             _line("Published in: Journal of Things", 106.0)]
    entry = PdfEntry(None, None, "journal", [EntryLine(ln, ln.words) for ln in lines])
    assert labelled(entry)
    d = read_labelled(entry, "Maren T. Holloway", None)
    assert (d.title, d.authors, d.venue, d.year) == (
        "A study of things in the long run", ["Ann Lee", "Maren T. Holloway", "Bo Chen"], "Journal of Things", 2021)
    plain = PdfEntry(None, None, "journal", [EntryLine(ln, ln.words) for ln in lines[:3]])
    assert not labelled(plain) and read_labelled(plain, None, None) is None


def test_bibtex_alpha_keys_are_entry_markers():
    assert _number("[LCR+21]") == "LCR+21"
    assert _number("[MPGH07]") == "MPGH07"
    assert _number("[LS25a]") == "LS25a"
    assert _number("[12]") == "12"


def test_section_words_match_whole_words():
    assert classify_heading("Radiative losses of energetic particles") is None  # "particles": no articles
    assert classify_heading("Journal Articles") == "pub"


def test_abnt_capitalised_surnames_and_semicolons():
    e = parse_abnt_caps_names("LEE, Ann; DE HARO, Bo M.. A study of things. Journal of Things, v. 3, n. 2, "
                              "p. 1-9, 2021.")
    assert e.authors == ["Ann Lee", "Bo M. De Haro"]
    assert (e.title, e.venue, e.year) == ("A study of things", "Journal of Things", 2021)
    assert parse_abnt_caps_names("Lee, Ann; Chen, Bo. A study of things. Journal, 2021.") is None  # no capitals


def test_the_owner_with_a_capitalised_surname_is_printed_in_full():
    assert printed_in_full("Maren T. Holloway", "LEE, Ann; HOLLOWAY, Maren T.. Title. Venue, 2021.")


def test_biblatex_venue_without_in_and_volume_issue():
    e = parse_entry("Ann Lee and Bo Chen. “A study of things”. In: Journal of Things 33.6 (2021), pp. 1–9.")
    assert (e.title, e.venue, e.year) == ("A study of things", "Journal of Things", 2021)
    e = parse_entry("Ann Lee. “A study of things”. In: arXiv:2101.01234 (2021).")
    assert (e.venue, e.year) == ("arXiv:2101.01234", 2021)


def test_the_title_type_marks_the_title():
    assert set_as_title("A study, of things", "Ann Lee. *A study, of things.* Venue.")
    assert not set_as_title("Ann Lee", "Ann Lee. *A study, of things.* Venue.")


def _draft(**kw) -> Draft:
    base = dict(ordinal=1, source_record_id=None, title="A study of things", authors=["Ann Lee"], year=2021,
                venue="Journal of Things", raw="Ann Lee. A study of things. Journal of Things.")
    return Draft(**{**base, **kw})


def test_rejects_stand_where_a_reading_gives_a_wrong_title():
    assert isinstance(_list_end_title(_draft(title="Grushka, and S. Torba")), RecordError)
    assert isinstance(_list_end_title(_draft()), Draft)
    names = "Ann Lee, Bo Chen, Cy Roe, Di Park"
    assert isinstance(_names_as_venue(_draft(authors=[], venue=names)), RecordError)
    assert isinstance(_names_as_venue(_draft(authors=[], venue="Germany, PhD thesis, Technische Universität Berlin")),
                      Draft)
    # the owner's surname in capitals in the title: the names were read as the title
    d = _draft(title="HOLLOWAY, Maren T.; LEE, Ann. A study", authors=["T. Gassert"],
               raw="GASSERT, T.; HOLLOWAY, Maren T.; LEE, Ann. A study. Venue.")
    assert isinstance(_names_in_title(d, "Maren T. Holloway"), RecordError)
    # names read as the venue that stand before the title: the title was cut, not the venue misread
    raw = "2007 - Stability - A note on things. Ann Lee & Maren T. Holloway. arXiv:0704.0417."
    d = _draft(title="A note on things", authors=["Stability"], venue="Ann Lee & Maren T. Holloway", raw=raw)
    assert isinstance(_names_in_title(d, "Maren T. Holloway"), RecordError)


def test_an_entry_reject_quotes_the_title_after_a_long_author_list():
    names = ", ".join(f"Given{i} M. Surname{i}" for i in range(12))
    assert "A study of things" in excerpt(f"{names}. A study of things. Journal.")


def test_a_title_that_cannot_be_one_is_a_reject():
    assert isinstance(_list_end_title(_draft(title='Do I sound right?" A study of things')), RecordError)
    assert isinstance(_list_end_title(_draft(title="Is it both? Europhys. Lett, 7(11)")), RecordError)
    assert isinstance(_list_end_title(_draft(title='"Quoted" words in a study of things')), Draft)


def test_a_part_number_opening_the_venue_goes_back_to_the_title():
    from extractors.cv_pdf import _part_number_back

    d = _part_number_back(_draft(title="Spaces of things", venue="Part I. arXiv:0704.01234"))
    assert (d.title, d.venue) == ("Spaces of things. Part I", "arXiv:0704.01234")
    d = _part_number_back(_draft(title="Graphs of things", venue="II. Comm. Math. Phys. 3, 1-9"))
    assert (d.title, d.venue) == ("Graphs of things. II", "Comm. Math. Phys")
    # the rest is no venue: the title's last part was read as the venue, which is unknown
    assert isinstance(_part_number_back(_draft(title="Convergence", venue="I. Theoretical analysis")), RecordError)


def test_the_owner_in_the_venue_of_a_nameless_record_is_a_reject():
    d = _draft(authors=[], venue="the Things team, Maren T. Holloway and the Other team")
    assert isinstance(_names_as_venue(d, "Maren T. Holloway"), RecordError)
    assert isinstance(_names_as_venue(_draft(authors=[]), "Maren T. Holloway"), Draft)


def test_a_title_over_a_smaller_line_of_separated_fields():
    from extractors.cv_pdf_fields import read_separated

    lines = [_line("A study of things in the long run", 60.0, size=11.5),
             _line("A. Lee, M. T. Holloway, B. Chen · Journal of Things · 2021", 74.0, size=9.5)]
    entry = PdfEntry("1", None, "journal", [EntryLine(ln, ln.words) for ln in lines])
    d = read_separated(entry, None, None)
    assert (d.title, d.authors, d.venue, d.year) == (
        "A study of things in the long run", ["A. Lee", "M. T. Holloway", "B. Chen"], "Journal of Things", 2021)
    same = [_line("A study of things", 60.0), _line("A. Lee · Journal of Things · 2021", 74.0)]
    assert read_separated(PdfEntry("1", None, "journal", [EntryLine(ln, ln.words) for ln in same]), None, None) is None
