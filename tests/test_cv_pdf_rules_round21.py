"""The CV PDF reader's rules of the twenty-second round (#16 item 2, #21 item 3), found on round
21's former held-out layouts (studied since wt-cvpdf22), each on a small hand-made case:
"Products" alone (an outline's letter before it or not) heads a publication list; a line of a
database's record keys or a bracketed citation count under an entry is no field; a bare year
after the names opens the title and venue parted by commas (the AAS journals' form); a record
printed as a title a point larger over a names line and a source line is read by its lines; a
line opening in lower case in the type of the line above goes on from it (no heading); an
entry's plain title set apart by a larger type opens each entry where it is not the text's own
type; a section under an unknown heading right after a list, in the list's form, goes on as one;
a profile site's control lines ("Other authors") are no field; "Title" / "Venue · Mar 3, 2021"
reads with no names. Names and titles here are made up."""

from __future__ import annotations

from extractors.base import Draft
from extractors.cv_pdf import _year_opening_title
from extractors.cv_pdf_fields import (controls_line, read_separated, read_title_over_lines, site_control_line,
                                      without_form_lines)
from extractors.cv_pdf_layout import SectionReader, _goes_on_from, _larger_title_starts, _Row, classify_heading
from extractors.pdf_lines import Line

from .test_cv_pdf_rules_round10 import _line, _words
from .test_cv_pdf_rules_round20b import _entry


def test_products_alone_heads_a_publication_list():
    for heading in ("(c) PRODUCTS", "Products", "C. Products", "Research Products", "Research Outputs", "Outputs"):
        assert classify_heading(heading) == "pub", heading
    # the word inside a longer line (a title) decides nothing
    assert classify_heading("Rings and products of small things") != "pub"
    assert classify_heading("Products Most Closely Related to the Proposed Project") != "pub"


def test_a_line_of_record_keys_or_a_citation_count_is_no_field():
    assert controls_line(_line(_words("[2019JRT....12...45V] (12 citations)", 80.0, 56.0, size=8.5)), 10.0)
    assert controls_line(_line(_words("[2019JRT....12...45V]", 80.0, 56.0, size=8.5)), 10.0)
    assert controls_line(_line(_words("(12 citations)", 80.0, 56.0, size=8.5)), 10.0)
    # in the text's size, or words of a citation beside the key: kept
    assert not controls_line(_line(_words("(12 citations)", 80.0, 56.0)), 10.0)
    assert not controls_line(_line(_words("[2019JRT....12...45V] Journal of Rings", 80.0, 56.0, size=8.5)), 10.0)
    assert not controls_line(_line(_words("(12 rings)", 80.0, 56.0, size=8.5)), 10.0)


def _draft(title, venue=None, year=None, raw=""):
    return Draft(ordinal=1, title=title, authors=["Oda K. Veil"], venue=venue, year=year, raw=raw)


def test_a_bare_year_after_the_names_opens_the_title_and_venue():
    d = _draft("2019, “Rings of small things,” Journal of Rings, 12, 45")
    _year_opening_title(d)
    assert (d.title, d.venue, d.year) == ("Rings of small things", "Journal of Rings", 2019)
    d = _draft("2019, Rings, loops and small things, in Proc. Ring Conf., 45")
    _year_opening_title(d)
    assert (d.title, d.venue, d.year) == ("Rings, loops and small things", "Proc. Ring Conf", 2019)
    # the title cut at a stop inside the venue: the raw text gives the rest
    raw = "Veil, O. K. 2019, “Rings of small things,” J. Ring Th. Kyoto, 3, 45"
    d = _draft("2019, “Rings of small things,” J. Ring Th", venue="Kyoto, 3, 45", raw=raw)
    _year_opening_title(d)
    assert (d.title, d.venue, d.year) == ("Rings of small things", "J. Ring Th. Kyoto", 2019)
    # a title that merely opens with a year, or a year other than the entry's: left alone
    d = _draft("2019 in review", venue="Journal of Rings", year=2019)
    _year_opening_title(d)
    assert d.title == "2019 in review"
    d = _draft("2019, “Rings of small things,” Journal of Rings", year=2021)
    _year_opening_title(d)
    assert d.year == 2021 and d.title.startswith("2019")


def test_a_title_a_point_larger_over_a_names_line_and_a_source_line():
    entry = _entry(("Rings of small things in the early", 10.5, False), ("universe", 10.5, False),
                   ("Oda K. Veil; Bo Chen; Cy de Roe", 9.5, False),
                   ("Journal of Rings 12(3) 45-67 Mar 2019", 9.5, False),
                   ("Refereed Lead author Scientific journal", 7.5, False))
    got = read_title_over_lines(entry, None, None)
    assert isinstance(got, Draft)
    assert got.title == "Rings of small things in the early universe"
    assert got.authors == ["Oda K. Veil", "Bo Chen", "Cy de Roe"]
    assert (got.venue, got.year) == ("Journal of Rings", 2019)
    # a names line holding digits, no year in the source, or one type throughout: not read so
    assert read_title_over_lines(_entry(("Rings of small things", 10.5, False), ("Oda Veil 2019 notes", 9.5, False),
                                        ("Journal of Rings 12 2019", 9.5, False)), None, None) is None
    assert read_title_over_lines(_entry(("Rings of small things", 10.5, False), ("Oda Veil, Bo Chen", 9.5, False),
                                        ("Journal of Rings", 9.5, False)), None, None) is None
    assert read_title_over_lines(_entry(("Rings of small things", 9.5, False), ("Oda Veil, Bo Chen", 9.5, False),
                                        ("Journal of Rings 2019", 9.5, False)), None, None) is None


def test_a_lower_case_line_in_the_type_above_goes_on_from_it():
    above = _line(_words("Rings of small things with a revised method and stock-assessment", 60.0, 56.0,
                         size=10.5))
    below = _line(_words("reference points", 72.0, 56.0, size=10.5))
    assert _goes_on_from(above, below)
    # a capital, another type, or a gap: no such line
    assert not _goes_on_from(above, _line(_words("Reference Points", 72.0, 56.0, size=10.5)))
    assert not _goes_on_from(above, _line(_words("reference points", 72.0, 56.0, size=10.5, bold=True)))
    assert not _goes_on_from(above, _line(_words("reference points", 90.0, 56.0, size=10.5)))


def _rows(*lines: tuple[str, float, bool]) -> list[_Row]:
    rows, top = [], 60.0
    for text, size, bold in lines:
        words = _words(text, top, 56.0, size=size, bold=bold)
        rows.append(_Row(_line(words), [], words, all_words=words))
        top += 14.0
    return rows


def test_a_plain_title_a_point_larger_opens_each_entry_unless_it_is_the_texts_type():
    rows = _rows(("Rings of small things", 10.5, False), ("Oda Veil; Bo Chen", 9.5, False),
                 ("Journal of Rings 12(3) 45-67 2019", 9.5, False), ("Refereed Scientific journal", 7.5, False),
                 ("Loops of small things", 10.5, False), ("Oda Veil", 9.5, False),
                 ("Journal of Loops 3 1-9 2018", 9.5, False))
    assert _larger_title_starts(rows) == [0, 4]
    # half a point larger only, or the larger type the text's own (a smaller links line under some)
    half = _rows(("Rings of small things", 10.0, False), ("Oda Veil; Bo Chen", 9.5, False),
                 ("Loops of small things", 10.0, False), ("Oda Veil", 9.5, False))
    assert _larger_title_starts(half) is None
    text = _rows(("Oda Veil and Bo Chen. Rings of small things.", 10.5, False),
                 ("Journal of Rings 12(3), 2019.", 10.5, False), ("DOI: 10.1234/r.1 | PDF", 9.5, False),
                 ("Oda Veil. Loops of small things.", 10.5, False), ("Journal of Loops, 2018.", 10.5, False),
                 ("Oda Veil. Knots.", 10.5, False), ("Journal of Knots, 2017.", 10.5, False),
                 ("DOI: 10.1234/k.1 | PDF", 9.5, False))
    assert _larger_title_starts(text) is None


def _page_lines(*lines: tuple[str, float, bool, float]) -> list[Line]:
    out = []
    for text, size, bold, top in lines:
        out.append(Line(1, _words(text, top, 56.0, size=size, bold=bold), 56.0, 556.0, 9.5))
    return out


def test_an_unknown_section_after_a_list_in_its_form_goes_on_as_one():
    body = []
    top = 120.0
    for k in range(2):
        body += [(f"Rings of small things {k}", 10.5, False, top), ("Oda Veil; Bo Chen", 9.5, False, top + 13),
                 (f"Journal of Rings 12(3) 45-67 201{k}", 9.5, False, top + 26)]
        top += 50
    tail = []
    top2 = top + 40
    for k in range(2):
        tail += [(f"Loops of small things {k}", 10.5, False, top2), ("Oda Veil", 9.5, False, top2 + 13),
                 (f"arXiv:1901.0123{k} Mar 2019", 9.5, False, top2 + 26)]
        top2 += 50
    lines = _page_lines(("Papers", 13.5, True, 90.0), *body, ("Misc.", 13.5, True, top + 10), *tail)
    reader = SectionReader()
    reader.feed(lines)
    entries = reader.finish()
    firsts = [" ".join(w.text for w in e.lines[0].words) for e in entries if not e.aside]
    assert firsts == ["Rings of small things 0", "Rings of small things 1", "Loops of small things 0",
                      "Loops of small things 1"]
    # the same section under a heading that names another section: not a list
    lines = _page_lines(("Papers", 13.5, True, 90.0), *body, ("Teaching", 13.5, True, top + 10), *tail)
    reader = SectionReader()
    reader.feed(lines)
    assert len([e for e in reader.finish() if not e.aside]) == 2


def test_a_profile_sites_control_lines_are_no_field():
    assert site_control_line(_line(_words("Other authors", 80.0, 56.0)))
    assert site_control_line(_line(_words("Show publication", 80.0, 56.0, size=8.5)))
    assert not site_control_line(_line(_words("Other authors of rings", 80.0, 56.0)))
    entry = _entry(("Rings of small things", 10.5, True), ("Journal of Rings · Mar 3, 2019", 9.5, False),
                   ("Other authors", 9.5, False))
    (kept,) = without_form_lines([entry])
    assert [" ".join(w.text for w in el.words) for el in kept.lines] == ["Rings of small things",
                                                                         "Journal of Rings · Mar 3, 2019"]


def test_a_title_over_a_venue_and_date_reads_with_no_names():
    got = read_separated(_entry(("Rings of small things", 10.5, True), ("Journal of Rings · Mar 3, 2019", 9.5, False)),
                         None, None)
    assert isinstance(got, Draft)
    assert (got.title, got.authors, got.venue, got.year) == ("Rings of small things", [], "Journal of Rings", 2019)
    # names before the venue and the year: read as before
    named = read_separated(_entry(("Rings of small things", 10.5, True),
                                  ("Oda Veil, Bo Chen · Journal of Rings · 2019", 9.5, False)), None, None)
    assert named.authors == ["Oda Veil", "Bo Chen"] and named.venue == "Journal of Rings"
