"""The CV PDF reader's rules of the fourteenth round (#16 item 2), each on a small hand-made
case: "Works" names a publication list (ORCID's name for it), the lines of a labelled block
printed in another type than its title under it are its venue and date lines, not its title
("Source:" is the venue only when no other line names one), a line that ends a sentence short
of the column's edge with room for the next line's first word ends a paragraph (entries under
a year printed once, no blank gap between them), a hyphen standing alone at a line's end is a
dash, an entry whose text quotes a second title is flagged as two run together, and a
summary or a legend of marks at a list's top is no entry. Names and titles here are made up."""

from __future__ import annotations

from extractors.base import Draft, RecordError
from extractors.cv_pdf import _with_unread_text
from extractors.cv_pdf_fields import read_labelled
from extractors.cv_pdf_layout import (
    EntryLine,
    PdfEntry,
    SectionReader,
    classify_heading,
    segment,
)
from extractors.cv_pdf_render import _glue

from .test_cv_pdf_rules_round10 import _line, _words


def test_works_names_a_publication_list():
    assert classify_heading("Works") == "pub"  # ORCID's heading over a person's list
    assert classify_heading("Selected Works") == "pub"
    assert classify_heading("Works (12)") == "pub"
    assert classify_heading("Invited Talks") == "skip"  # a skip word still wins


def _block(*lines) -> PdfEntry:
    entry = PdfEntry(None, None, None)
    top = 60.0
    for text, size, bold, italic in lines:
        words = _words(text, top, 60.0, size=size, bold=bold, italic=italic)
        entry.lines.append(EntryLine(_line(words), words))
        top += size * 1.4
    return entry


def test_a_labelled_blocks_lines_in_another_type_under_the_title_are_venue_and_date():
    # an ORCID record: the bold title over two lines, the venue, a date line, contributors, source
    entry = _block(("A study of small things in a rather", 10.5, True, False),
                   ("wide column", 10.5, True, False),
                   ("Journal of Small Things", 10.0, False, False),
                   ("2021-03 | Journal article", 8.5, False, False),
                   ("Contributors: Ann Lee; Bo Chen", 8.5, False, False),
                   ("Source: Crossref", 8.5, False, True))
    got = read_labelled(entry, None, None)
    assert got.title == "A study of small things in a rather wide column"
    assert got.venue == "Journal of Small Things" and got.year == 2021
    assert got.authors == ["Ann Lee", "Bo Chen"]
    # a bibliographic export that names the venue "Source:" and prints nothing else for it
    entry = _block(("A study of small things", 10.0, True, False),
                   ("Authors: Ann Lee, Bo Chen", 10.0, False, False),
                   ("Source: Journal of Small Things, 2021", 10.0, False, False))
    got = read_labelled(entry, None, None)
    assert got.title == "A study of small things" and got.venue.startswith("Journal of Small Things")
    assert got.year == 2021


def _year_rows():
    """A year printed once in a margin, entries of two lines under it with no blank gap, the
    list running on into a second column (no label there)."""
    reader = SectionReader()
    full = "Ann Lee and Bo Chen, “A study of small things in a wide"
    rows, top = [], 60.0
    entries = [("2021", "column of text,” Journal of Things."), (None, "column of words,” Journal of Stuff."),
               ("2020", "column of print,” Annals of Things.")]
    for label, end in entries:
        lab = _words(label, top, 56.0, bold=True) if label else []
        first = _words(full, top, 90.0)
        rows.append(reader._row(_line(lab + first), lab, first))
        last = _words(end, top + 12, 90.0)
        rows.append(reader._row(_line(last), [], last))
        top += 24
    # the second column: the 2020 entry's neighbour, at the same offset from its column's edge
    first = _words(full, 60.0, 354.0)
    rows.append(reader._row(_line(first, left=320.0, right=556.0), [], first))
    last = _words("column of ink,” Annals of Stuff.", 72.0, 354.0)
    rows.append(reader._row(_line(last, left=320.0, right=556.0), [], last))
    return rows


def test_a_sentence_ended_short_of_the_edge_ends_an_entry_under_a_year_printed_once():
    entries = list(segment(_year_rows(), "journal"))
    assert [len(e.lines) for e in entries] == [2, 2, 2, 2]
    assert [e.label for e in entries] == ["2021", "2021", "2020", "2020"]  # the year stands for its group


def test_a_hyphen_standing_alone_at_a_lines_end_is_a_dash():
    assert _glue("The Hourglass -", "Consequences of Things") == "The Hourglass - Consequences of Things"
    assert _glue("A small boun-", "dary") == "A small boundary"  # a word broken at its syllable still joins


def test_a_second_quoted_title_in_an_entry_is_flagged():
    raw = "A. Lee and B. Chen, “A study of small things,” arXiv:2101.00001. C. Roe, “Another look at things,” arXiv:2101.00002."
    d = Draft(ordinal=0, title="A study of small things", authors=["A. Lee", "B. Chen"], year=2021,
              venue="arXiv:2101.00001", raw=raw)
    one = Draft(ordinal=0, title="A study of things", authors=["A. Lee"], year=2021, venue="Things",
                raw="A. Lee, “A study of things,” Things.")
    out = _with_unread_text([d, one, one, one])
    assert isinstance(out[1], RecordError) and "Another look" in out[1].excerpt
    assert sum(isinstance(x, RecordError) for x in out) == 1  # one quoted title: no flag


def _section(*texts):
    reader = SectionReader()
    rows, top = [], 60.0
    for text in texts:
        words = _words(text, top, 56.0)
        rows.append(reader._row(_line(words), [], words))
        top += 20  # a blank gap between all of them
    return rows


def test_a_summary_or_a_legend_at_a_lists_top_is_no_entry():
    entry = "Ann Lee and Bo Chen. A study of small things. Journal of Things, 2021."
    for note in ("* equal contribution, † corresponding author",
                 "Summary: 40 publications; h-index 12 (Scopus); 700 citations."):
        got = list(segment(_section(note, entry, entry), "journal", 12.0))
        assert got[0].aside and [e.aside for e in got[1:]] == [None, None]
    # an entry that opens the list is read, whatever words its title holds
    got = list(segment(_section("Ann Lee. Summary statistics of things. Journal of Things, 2021.", entry), "journal", 12.0))
    assert [e.aside for e in got] == [None, None]
