"""The CV PDF reader's rules of the twelfth round (#16 item 2), each on a small hand-made case:
entries whose first lines are unmarked at the column's edge with bulleted sub-items indented
under them ("Jake's Resume": "Title | Venue   2021", "• the authors", "• a note"), the notes
among those sub-items, a bar left at a title's end where the venue went on after it. Names and
titles here are made up."""

from __future__ import annotations

from extractors.base import Draft
from extractors.cv_pdf import CVPdfExtractor, _drop_markup
from extractors.cv_pdf_layout import EntryLine, PdfEntry, SectionReader, segment
from extractors.cv_pdf_render import Roles
from extractors.pdf_lines import Word

from .test_cv_pdf_rules_round10 import _line, _words


def _bullet(top: float, x: float, size: float = 10.0) -> list[Word]:
    return [Word("•", x, x + 3.0, top, top + size, size, False, False, True)]


def _rows(bullet_x: float, text_x: float):
    reader = SectionReader()
    top = 60.0
    rows = []
    for title, names in (("A study of small things | J. Small Things", "Ann Lee and Bo Chen"),
                         ("Another look at tiny things | Proc. Tiny Meeting", "Cy Roe and Ann Lee")):
        for words in (_words(title, top, 56.0), _bullet(top + 12, bullet_x) + _words(names, top + 12, text_x)):
            rows.append(reader._row(_line(words), [], words))
            top += 12
    return rows


def test_bulleted_sub_items_under_an_unmarked_first_line_start_no_entry():
    # the bullets stand indented right of the unmarked lines: sub-items of the entry above
    entries = list(segment(_rows(bullet_x=70.0, text_x=78.0), "journal"))
    assert [e.lines[0].words[0].text for e in entries] == ["A", "Another"]
    second = entries[0].lines[1]
    assert second.item_start and second.words[0].text == "Ann"  # the bullet is no word of the entry
    # bullets at the edge mark the entries themselves: the lines between them run on
    entries = [e for e in segment(_rows(bullet_x=56.0, text_x=64.0), "journal") if not e.aside]
    assert len(entries) == 2 and not any(el.item_start for e in entries for el in e.lines)


def test_a_later_sub_item_is_a_note_not_the_venue():
    entry = PdfEntry(None, "2021", "journal")
    title = _words("A study of small things", 60.0, 56.0, bold=True) + _words("|", 60.0, 180.0) \
        + _words("Journal of Small Things", 60.0, 190.0, italic=True)
    entry.lines.append(EntryLine(_line(title), title))
    names = _words("Ann Lee and Bo Chen", 72.0, 78.0)
    entry.lines.append(EntryLine(_line(names), names, item_start=True))
    note = _words("Invited to the special issue of the meeting", 84.0, 78.0, italic=True)
    entry.lines.append(EntryLine(_line(note), note, item_start=True))
    got = CVPdfExtractor._first_items(entry, None, Roles(title_style="bold", venue_style="italic"), None)
    assert isinstance(got, Draft)
    assert got.title.startswith("A study of small things") and got.authors == ["Ann Lee", "Bo Chen"]
    assert got.venue.startswith("Journal of Small Things") and "special issue" not in (got.raw or "")


def test_a_title_never_ends_with_the_bar_that_parts_it_from_the_venue():
    draft = Draft(ordinal=1, title="A study of small things |", venue="J. Small Things", raw="x")
    _drop_markup(draft)
    assert draft.title == "A study of small things"
    draft = Draft(ordinal=1, title="Bars | inside a title stay", raw="x")
    _drop_markup(draft)
    assert draft.title == "Bars | inside a title stay"


def test_an_old_style_arxiv_identifier_gives_the_year_where_none_is_printed():
    from extractors.cv_entries import entry_draft

    got = entry_draft(1, "Ann Lee, Bo Chen. A study of small things. arXiv:hep-th/9502001, submitted.",
                      number=None, section_kind="preprint", owner=None)
    assert got.year == 1995 and got.title == "A study of small things"
    got = entry_draft(1, "Ann Lee, Bo Chen. A study of small things. arXiv:math.AG/0412345, submitted.",
                      number=None, section_kind="preprint", owner=None)
    assert got.year == 2004
    # a number after a slash that is no identifier's ("Report 12/9502001") gives no year
    got = entry_draft(1, "Ann Lee, Bo Chen. A study of small things. Report 12/9502001, submitted.",
                      number=None, section_kind="preprint", owner=None)
    assert got.year is None


def test_a_title_ending_in_a_bracketed_year_with_no_year_read_is_rejected():
    from extractors.base import RecordError
    from extractors.cv_pdf import _cut_in_year

    # "Ann Lee, Bo Chen, and Cy Roe (2013). “A study.” J. Small.": names and year read as the title
    draft = Draft(ordinal=3, title="Ann Lee, Bo Chen, and Cy Roe (2013)", venue="“A study.” J. Small", raw="x")
    assert isinstance(_cut_in_year(draft), RecordError)
    # a year read besides, or no year at the end: the reading stands
    draft = Draft(ordinal=3, title="A survey of small things (2013)", year=2013, raw="x")
    assert _cut_in_year(draft) is draft
    draft = Draft(ordinal=3, title="A study of small things (Part 2)", raw="x")
    assert _cut_in_year(draft) is draft
