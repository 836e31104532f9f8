"""The CV PDF reader's rules of the round-14 follow-up (#16 items 2/3: round 14's held-out two
studied), each on a small hand-made case: a table whose header row names each column's field,
the titles' and the venues' apart and no authors' ("Year | Title | Journal / Conference |
Role"), is read cell by cell, each cell as its column's field, the owner's role in no field; a
quoted name that opens the record's venue is no second entry's title; a given name abbreviated
to two letters ("Ya. B. Zeldovich", "Th. Wolf") ends no sentence. Names and titles here
are made up."""

from __future__ import annotations

from extractors.base import Draft, RecordError
from extractors.column_headings import header_fields
from extractors.cv_pdf import _with_unread_text
from extractors.cv_pdf_fields import read_table_row
from extractors.cv_pdf_layout import SectionReader

from .test_cv_pdf_rules_round10 import _line, _words

_COLUMNS = (("Year", 56.0), ("Title", 90.0), ("Journal / Conference", 330.0), ("Role", 470.0))


def _table(rows, columns=_COLUMNS):
    """A CV's "Journal Articles" section holding a table: a bold header row naming ``columns``
    [(name, left edge)], then ``rows`` [(cell lines per column)], each cell's lines from its
    column's edge, a little space between rows."""
    lines = [_line(_words("Journal Articles", 60.0, 56.0, size=13.0, bold=True)),
             _line([w for name, x in columns for w in _words(name, 84.0, x, bold=True)])]
    top = 100.0
    for cells in rows:
        for k in range(max(len(c) for c in cells)):
            words = [w for (_, x), cell in zip(columns, cells) if k < len(cell) for w in _words(cell[k], top, x + 2)]
            lines.append(_line(words))
            top += 12.0
        top += 8.0
    reader = SectionReader()
    reader.feed(lines)
    return reader.finish()


def test_a_tables_columns_are_read_by_the_fields_their_header_names():
    assert header_fields(["Year", "Title", "Journal / Conference", "Role"]) == ["year", "title", "venue", "no field"]
    assert header_fields(["No.", "Publication", "Year"]) == ["no field", None, "year"]  # a whole reference's cell
    assert header_fields(["Title / Year"]) == [None]  # alternatives naming two fields
    entries = _table([(["2021"], ["A study of small things in a", "wide world"], ["Journal of Small", "Things"],
                       ["First author"]),
                      (["2019"], ["Large things. II"], ["Proc. of Large Things 20"], ["Corresponding", "author"])])
    assert len(entries) == 2
    got = [read_table_row(e, "Maren T. Holloway") for e in entries]
    assert [(d.title, d.venue, d.year) for d in got] == [
        ("A study of small things in a wide world", "Journal of Small Things", 2021),
        ("Large things. II", "Proc. of Large Things 20", 2019)]
    # no names printed: the owner's works, named by no author list; the role is in no field
    assert all(d.authors == [] and d.owner == "Maren T. Holloway" for d in got)
    assert not any("author" in f"{d.title} {d.venue}" for d in got)


def test_a_tables_row_with_no_title_is_rejected_and_other_tables_keep_their_reading():
    entries = _table([(["2021"], ["A study of small things"], ["Journal of Things"], ["Co-author"]),
                      (["2020"], [], ["Journal of Things"], ["Co-author"])])
    got = [read_table_row(e, None) for e in entries]
    assert isinstance(got[0], Draft) and isinstance(got[1], RecordError)
    # a header whose wide column holds whole references ("Year | Publication | Journal"), or
    # that names the authors' column (round 11's grid), leaves the entry to the other readings
    for columns in ((("Year", 56.0), ("Publication", 90.0), ("Journal", 330.0)),
                    (("Year", 56.0), ("Authors", 90.0), ("Title", 250.0), ("Journal", 400.0))):
        cells = [["2021"], ["Ann Lee, Bo Chen"], ["A study of small things"], ["Journal of Things"]][:len(columns)]
        entries = _table([cells, cells], columns)
        assert entries and all(read_table_row(e, None) is None for e in entries)


def test_a_quoted_name_the_venue_holds_is_no_second_title():
    raw = "“A study of small things” (with Ann Lee), “Handbook of Small Things and Others” by Bo Chen, 2021."
    d = Draft(ordinal=0, title="A study of small things", authors=["Ann Lee"], year=2021,
              venue="“Handbook of Small Things and Others” by Bo Chen", raw=raw)
    one = Draft(ordinal=0, title="A study of things", authors=["A. Lee"], year=2021, venue="Things",
                raw="A. Lee, “A study of things,” Things.")
    assert not any(isinstance(x, RecordError) for x in _with_unread_text([d, one, one, one]))
    # the same text read with another venue: the second quoted title is flagged as before
    other = Draft(ordinal=0, title=d.title, authors=d.authors, year=2021, venue="Bo Chen", raw=raw)
    assert sum(isinstance(x, RecordError) for x in _with_unread_text([other, one, one, one])) == 1
    # a next entry's names and quoted title run into the venue, further inside it: flagged
    raw = "A. Lee, “A study of small things,” Phys. Rev. D. B. Chen, “Another look at things,” J. Things."
    run_on = Draft(ordinal=0, title="A study of small things", authors=["A. Lee"], year=2021,
                   venue="Phys. Rev. D. B. Chen, “Another look at things,” J. Things", raw=raw)
    assert sum(isinstance(x, RecordError) for x in _with_unread_text([run_on, one, one, one])) == 1


def test_a_two_letter_given_name_abbreviation_ends_no_sentence():
    from extractors.cv_entries import parse_entry, sentence_break

    got = parse_entry("Maren T. Holloway, Ya. Grushka, S. Torba. Direct theorems of small things. J. Things, 2007.")
    assert got.authors == ["Maren T. Holloway", "Ya. Grushka", "S. Torba"]
    assert got.title == "Direct theorems of small things"
    got = parse_entry("Ann Lee, T. V. Roe, and Th. Wolf. Relaxation of small things. arXiv:0704.0001, 2007.")
    assert got.authors[-1] == "Th. Wolf" and got.title == "Relaxation of small things"
    text = "Ya. B. Zeldovich and A. Lee. A study of things."
    assert text[:sentence_break(text)] == "Ya. B. Zeldovich and A. Lee"
    # a full given name that ends the names ("Wang, Yu."), or a name's second word, ends them
    for text, names in (("Wang, Yu. Deep learning of things. J. Things, 2020.", "Wang, Yu"),
                        ("Li Ya. Graphs and things. J. Things, 2020.", "Li Ya")):
        assert text[:sentence_break(text)] == names
