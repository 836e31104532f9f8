"""The CV PDF reader's rules of the twenty-first round (#16 item 2, #21 item 3), found on round
20's former held-out layouts (studied since wt-cvpdf21), each on a small hand-made case: a review
database's accession number ("MR1234567 Reviewed") opening an entry is its key; inverted names
parted by semicolons before an italic title end where the italics begin; a block that labels
its venue ("Published in:", "e-Print:") but not its names reads the line under the title as the
names, bracketed affiliations dropped; a site's record controls ("pdf cite claim") are no
field; a web record's date with its day ("Mar 3, 2021") at a right tab is a date cell;
"Published" alone heads a publication list; a venue opening with "(Preprint)." is what follows
the note; a lower-case letter alone before a stop ends an ABNT title.
Names and titles here are made up."""

from __future__ import annotations

from extractors.base import Draft
from extractors.cv_pdf import _venue_after_opening_kind_note
from extractors.cv_pdf_fields import controls_line, read_labelled_venue
from extractors.cv_pdf_layout import EntryLine, PdfEntry, SectionReader, accession_lead, classify_heading
from extractors.cv_pdf_styles import parse_abnt_caps_names, parse_semicolons_italic_title

from .test_cv_pdf_rules_round10 import _line, _words


def test_a_review_databases_accession_number_opening_an_entry_is_its_key():
    words = _words("MR1234567", 60.0, 56.0, bold=True) + _words("Reviewed", 60.0, 110.0, italic=True) \
        + _words("Veil, Oda K.; Chen, Bo Rings of small things.", 60.0, 160.0)
    assert accession_lead(words) == 2
    row = SectionReader()._row(_line(words), [], words)
    assert row.marker == "MR1234567" and row.content[0].text == "Veil,"
    zbl = _words("Zbl 1234.56789 Veil, Oda K. Rings of small things.", 60.0, 56.0)
    assert accession_lead(zbl) == 2
    # a number too short, a word that is no status, or the key alone on its line: no key
    assert accession_lead(_words("MR12 Veil, Oda K.", 60.0, 56.0)) == 0
    assert accession_lead(_words("MRI studies of small rings", 60.0, 56.0)) == 0
    assert accession_lead(_words("MR1234567", 60.0, 56.0)) == 0


def test_inverted_names_parted_by_semicolons_end_where_the_italic_title_begins():
    got = parse_semicolons_italic_title("Veil, Oda K; de Roe, Cy; Chen, Bo *Rings of small things.* "
                                        "J. Ring Theory 12 (2019), no. 3, 45–67. 13A15 (16D10)")
    assert got.authors == ["Oda K Veil", "Cy de Roe", "Bo Chen"]
    assert (got.title, got.venue, got.year) == ("Rings of small things", "J. Ring Theory", 2019)
    one = parse_semicolons_italic_title("Veil, Oda K. *Why rings?* arXiv:1901.01234 (2019).")
    assert (one.authors, one.title, one.year) == (["Oda K. Veil"], "Why rings?", 2019)
    # a piece before the italics that is no inverted name, or no italics at all: not this style
    assert parse_semicolons_italic_title("Oda Veil and Bo Chen *Rings of small things.* J. Rings 3 (2019).") is None
    assert parse_semicolons_italic_title("Veil, Oda K; Chen, Bo Rings of small things. J. Rings 3 (2019).") is None


def _entry(*lines: tuple[str, float, bool]) -> PdfEntry:
    entry = PdfEntry(None, None, "journal")
    top = 60.0
    for text, size, bold in lines:
        words = _words(text, top, 56.0, size=size, bold=bold)
        entry.lines.append(EntryLine(_line(words), words))
        top += 14.0
    return entry


def test_a_block_labelling_its_venue_reads_the_line_under_the_title_as_the_names():
    entry = _entry(("Rings of small things in the early universe", 10.5, True),
                   ("Oda K. Veil (Northfield U.), Bo Chen, Cy de Roe (Lakeside Coll.)", 10.0, False),
                   ("Published in: Journal of Rings 12 (2019) 3, 45-67", 10.0, False))
    got = read_labelled_venue(entry, None, 2019)
    assert isinstance(got, Draft)
    assert got.authors == ["Oda K. Veil", "Bo Chen", "Cy de Roe"]
    assert (got.title, got.venue, got.year) == ("Rings of small things in the early universe", "Journal of Rings", 2019)
    preprint = _entry(("Rings of small things", 10.5, True), ("Oda K. Veil, Bo Chen", 10.0, False),
                      ("e-Print: arXiv:1901.01234 [hep-th]", 10.0, False))
    assert read_labelled_venue(preprint, None, 2019).venue.startswith("arXiv")
    # no venue label, or a line under the title that is no list of names: not read so
    assert read_labelled_venue(_entry(("Rings of small things", 10.5, True), ("Oda K. Veil, Bo Chen", 10.0, False),
                                      ("Journal of Rings 12 (2019)", 10.0, False)), None, 2019) is None
    assert read_labelled_venue(_entry(("Rings of small things", 10.5, True),
                                      ("An account of how rings grow in 2019", 10.0, False),
                                      ("Published in: Journal of Rings", 10.0, False)), None, 2019) is None


def test_a_sites_record_controls_under_an_entry_are_no_field():
    assert controls_line(_line(_words("pdf cite claim 12 citations", 80.0, 56.0, size=8.5)), 10.0)
    assert controls_line(_line(_words("cite reference search", 80.0, 56.0, size=8.5)), 10.0)
    # in the text's size, one control alone, or a word of the citation among them: kept
    assert not controls_line(_line(_words("pdf cite claim", 80.0, 56.0)), 10.0)
    assert not controls_line(_line(_words("12 citations", 80.0, 56.0, size=8.5)), 10.0)
    assert not controls_line(_line(_words("Journal of cite claims 12", 80.0, 56.0, size=8.5)), 10.0)


def test_a_web_records_date_with_its_day_at_a_right_tab_is_a_date_cell():
    words = _words("Rings of small things", 60.0, 56.0) + _words("Mar 3, 2019", 60.0, 500.0, size=9.5)
    row = SectionReader()._row(_line(words), [], words)
    assert row.date == "Mar 3, 2019" and [w.text for w in row.content] == ["Rings", "of", "small", "things"]
    # run on at a word space, the date is the line's own text
    words = _words("Rings of small things Mar 3, 2019", 60.0, 56.0)
    assert SectionReader()._row(_line(words), [], words).date is None


def test_published_alone_heads_a_publication_list():
    assert classify_heading("Published") == "pub"
    assert classify_heading("Published 13 results") == "pub"
    assert classify_heading("Published (7)") == "pub"
    assert classify_heading("Published Software") != "pub"


def test_a_venue_opening_with_a_kind_note_is_what_follows_it():
    d = Draft(ordinal=1, title="Rings of small things", authors=["O. K. Veil"], year=2019,
              venue="(Preprint). arXiv:1901.01234", raw="")
    _venue_after_opening_kind_note(d)
    assert d.venue == "arXiv:1901.01234"
    kept = Draft(ordinal=1, title="Rings", authors=["O. K. Veil"], year=2019, venue="(ICRT 2019) Rings Meeting", raw="")
    _venue_after_opening_kind_note(kept)
    assert kept.venue == "(ICRT 2019) Rings Meeting"


def test_a_lower_case_letter_alone_before_a_stop_ends_an_abnt_title():
    got = parse_abnt_caps_names("VEIL, O. K.. Rings of small things modulo p. Journal of Rings, v. 12, p. 45-67, 2019.")
    assert got.authors == ["O. K. Veil"]
    assert (got.title, got.venue, got.year) == ("Rings of small things modulo p", "Journal of Rings", 2019)
