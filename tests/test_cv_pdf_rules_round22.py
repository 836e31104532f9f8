"""The CV PDF reader's rules of the twenty-third round (#16 item 2, #21 item 3), found on round
22's former held-out layouts (studied since wt-cvpdf23), each on a small hand-made case: a
heading naming working papers or a proceeding (singular or plural) names written work even under
a section of activities; an entry's title lines ending in a bar and a field in another style
("**Title** | *Venue*") over smaller "Mar 2019 | names" read as title, venue, year and names; a
bulleted remark under a titled entry ("• Invited paper") is no field. Names and titles here are
made up."""

from __future__ import annotations

from extractors.base import Draft
from extractors.cv_pdf_fields import read_separated
from extractors.cv_pdf_layout import EntryLine, PdfEntry, SectionReader, classify_heading
from extractors.cv_pdf_notes import without_bullet_notes

from .test_cv_pdf_rules_round10 import _line, _words


def test_working_papers_and_a_proceeding_name_written_work_under_activities():
    reader = SectionReader()
    reader._heading("SCHOLARLY AND CREATIVE ACTIVITIES", "major")
    assert not reader.in_pubs and reader.skipping
    for kind in ("Working Paper", "Working Papers", "Conference Proceeding"):
        reader._heading(kind, "minor")
        assert reader.in_pubs, kind
    # meetings' or talks' kinds under activities stay no list of papers
    reader._heading("Conference Presentation", "minor")
    assert not reader.in_pubs
    reader._heading("Workshops", "minor")
    assert not reader.in_pubs
    assert classify_heading("Working Papers") == "pub"


def _styled_entry(*lines) -> PdfEntry:
    """Lines of (runs, size), each run (text, bold, italic), set one under the other."""
    entry = PdfEntry(None, None, "journal")
    top = 60.0
    for runs, size in lines:
        words, x = [], 56.0
        for text, bold, italic in runs:
            got = _words(text, top, x, size=size, bold=bold, italic=italic)
            words += got
            x = got[-1].x1 + 0.5 * size
        entry.lines.append(EntryLine(_line(words), words))
        top += 14.0
    return entry


def test_a_title_ending_in_a_bar_and_a_field_in_another_style_over_a_date_and_names():
    entry = _styled_entry(([("Rings of small things", True, False), ("|", False, False),
                            ("Journal of Rings", False, True)], 9.5),
                          ([("Mar 2019 | O. K. Veil, B. Chen", False, False)], 8.5))
    got = read_separated(entry, None, None)
    assert isinstance(got, Draft)
    assert (got.title, got.authors, got.venue, got.year) == ("Rings of small things", ["O. K. Veil", "B. Chen"],
                                                             "Journal of Rings", 2019)
    # the year alone, the names first: the same
    entry = _styled_entry(([("Rings of small things", True, False), ("|", False, False),
                            ("Journal of Rings", False, True)], 9.5),
                          ([("2019 | O. K. Veil, B. Chen", False, False)], 8.5))
    assert read_separated(entry, None, None).year == 2019
    # a bar inside a title in one style ("Rings | loops") is the title's own: read as before
    plain = _styled_entry(([("Rings | loops of things", True, False)], 9.5),
                          ([("O. K. Veil, B. Chen · Journal of Rings · 2019", False, False)], 8.5))
    got = read_separated(plain, None, None)
    assert got.title == "Rings | loops of things" and got.venue == "Journal of Rings"


def _entry_with_note(note: str) -> PdfEntry:
    entry = PdfEntry(None, None, "journal")
    for k, (text, x) in enumerate((("Rings of small things 2019", 56.0), ("Oda K. Veil, Bo Chen", 56.0),
                                   (note, 72.0), ("Journal of Rings", 300.0))):
        words = _words(text, 60.0 + 12 * k, x)
        entry.lines.append(EntryLine(_line(words), words, bullet_note=k == 2, right_cell=k == 3))
    return entry


def test_a_bulleted_remark_under_a_titled_entry_is_no_field():
    (kept,) = without_bullet_notes([_entry_with_note("Invited paper")])
    assert [" ".join(w.text for w in el.words) for el in kept.lines] == [
        "Rings of small things 2019", "Oda K. Veil, Bo Chen", "Journal of Rings"]
    # a remark naming the entry's DOI or link stays (the readers take the identifier from it)
    (kept,) = without_bullet_notes([_entry_with_note("DOI: 10.1234/rings.5")])
    assert len(kept.lines) == 4
    # an entry of one line besides its remark: left whole
    entry = PdfEntry(None, None, "journal")
    for k, text in enumerate(("Rings of small things, 2019", "Invited paper")):
        words = _words(text, 60.0 + 12 * k, 56.0)
        entry.lines.append(EntryLine(_line(words), words, bullet_note=k == 1))
    (kept,) = without_bullet_notes([entry])
    assert len(kept.lines) == 2


def test_a_title_and_venue_head_over_bulleted_lines_is_not_read_so():
    # "**Title** | *Venue*" over names with no separator (Jake's résumé's bullets): not this rule's
    entry = _styled_entry(([("Rings of small things", True, False), ("|", False, False),
                            ("Journal of Rings", False, True)], 10.5),
                          ([("Oda K. Veil and Bo Chen", False, False)], 10.0),
                          ([("Best Paper Award", False, False)], 10.0))
    assert read_separated(entry, None, None) is None
