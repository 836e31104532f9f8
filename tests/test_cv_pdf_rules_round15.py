"""The CV PDF reader's rules of the fifteenth round (#16 item 2, #21 item 3), each on a small
hand-made case: a row of link labels parted by separators ("DOI: 10.1234/x | PDF | Code") is no
part of an entry's fields; a date with its month on a line of its own ("MARCH 2021") is the
entry's date, and a dash between a run in the title's type and text in another ("**Title** —
*Venue*") parts two fields; a form's labels in a column of their own ("Title:", "Authors:") are
no column of text; "Repository:" labels a preprint's venue; a title ending in a part number
takes back the part's own title from the venue; an entry read with no venue whose title runs
into its last run in the venue type, with only numbers after it, ends at the stop before the
run. Names and titles here are made up."""

from __future__ import annotations

from extractors.base import Draft
from extractors.cv_pdf import _part_title_back, _venue_in_title
from extractors.cv_pdf_fields import read_labelled, read_separated
from extractors.cv_pdf_layout import EntryLine, PdfEntry
from extractors.cv_pdf_render import link_line, render_lines, tokens_of
from extractors.pdf_lines import _label_margin

from .test_cv_pdf_rules_round10 import _line, _words


def _entry(*lines) -> PdfEntry:
    """An entry of printed lines, each a list of (text, size, bold, italic) runs set one after
    another from the same left edge."""
    entry = PdfEntry(None, None, None)
    top = 60.0
    for runs in lines:
        words, x = [], 60.0
        for text, size, bold, italic in runs:
            got = _words(text, top, x, size=size, bold=bold, italic=italic)
            words += got
            x = got[-1].x1 + 0.5 * size
        entry.lines.append(EntryLine(_line(words), words))
        top += 14.0
    return entry


def test_a_row_of_link_labels_is_no_part_of_an_entrys_fields():
    assert link_line(["DOI:", "10.1234/ab.2021.01", "|", "PDF", "|", "Code"])
    assert link_line(["PDF", "|", "Code"]) and link_line(["arXiv", "·", "PDF", "·", "Slides"])
    assert not link_line(["Code"])  # a title's last word alone on its line
    assert not link_line(["Learning", "from", "data"]) and not link_line(["Data", "and", "code"])
    entry = _entry([("Ann Lee and Bo Chen. A study of small things. Journal of Things, 2021.", 10.5, False, False)],
                   [("PDF | Code", 9.5, False, False)])
    assert [t.text for t in tokens_of(entry)][-1] == "2021."
    # the smaller line is no "names · venue" line under a larger title
    assert read_separated(entry, None, None) is None


def test_a_month_and_year_alone_is_the_date_and_a_dash_after_the_title_parts_fields():
    entry = _entry([("A study of small things", 10.0, True, False), ("–", 10.0, False, False),
                    ("Journal of Things", 10.0, False, True)],
                   [("MARCH 2021", 8.0, False, False)],
                   [("Ann Lee and Bo Chen", 10.0, False, False)])
    got = render_lines(entry, "bold")
    assert got.split("  \n")[:3] == ["*A study of small things*", "Journal of Things", "2021"]
    # a dash inside the title, or after text in the title's type that goes on in it, stays
    entry = _entry([("A study of small things", 10.0, True, False), ("–", 10.0, True, False),
                    ("and more", 10.0, True, False)])
    assert "–" in render_lines(entry, "bold")


def test_a_forms_labels_in_a_column_of_their_own_are_no_column_of_text():
    left, right, top = [], [], 60.0
    for n, (label, value) in enumerate([("Title:", "A study of small things in a wide column"),
                                        ("Authors:", "Ann Lee, Bo Chen"), ("Journal:", "Journal of Things"),
                                        ("Year:", "2021")] * 2):
        left += _words((f"{n // 4 + 1}. " if n % 4 == 0 else "") + label, top, 60.0)
        right += _words(value, top, 170.0)
        top += 13.0
    assert _label_margin(left, right)
    # a page's first column of text, level with the second, is a column
    prose = [w for k in range(8) for w in _words("words of a first column of text", 60.0 + 13 * k, 60.0)]
    assert not _label_margin(prose, right)


def test_repository_labels_a_preprints_venue():
    entry = _entry([("Title: A study of small things", 10.0, False, False)],
                   [("Authors: Ann Lee, Bo Chen", 10.0, False, False)],
                   [("Repository: arXiv:2101.00001", 10.0, False, False)],
                   [("Year: 2021", 10.0, False, False)])
    got = read_labelled(entry, None, None)
    assert got.authors == ["Ann Lee", "Bo Chen"]  # the repository line does not run on into the names
    assert got.venue.startswith("arXiv") and got.year == 2021


def test_a_title_ending_in_a_part_number_takes_back_the_parts_own_title():
    d = Draft(ordinal=0, title="Small things on curved backgrounds. II", authors=["Ann Lee"], year=2021,
              venue="Spacetime symmetries. arXiv:0704.0001", raw="")
    got = _part_title_back(d)
    assert got.title == "Small things on curved backgrounds. II. Spacetime symmetries"
    assert got.venue.startswith("arXiv:0704.0001")
    d = Draft(ordinal=0, title="Discrete dipoles. I", authors=["Ann Lee"], year=2021,
              venue="Theoretical analysis. J. Opt. Soc. Am. A", raw="")
    assert _part_title_back(d).title == "Discrete dipoles. I. Theoretical analysis"
    # a series' part with its venue after it stays as read
    d = Draft(ordinal=0, title="Quantum groups. II", authors=["Ann Lee"], year=2021, venue="Comm. Math. Phys.", raw="")
    assert _part_title_back(d) is d


def test_a_title_run_into_the_last_venue_run_ends_at_the_stop_before_it():
    entry = _entry([("Lee, A., and B. Chen, 2021: A study of small things.", 10.0, False, False),
                    ("Annals of Things", 10.0, False, True), (", 628–632.", 10.0, False, False)])
    d = Draft(ordinal=0, title="A study of small things. Annals of Things, 628–632", authors=["A. Lee", "B. Chen"],
              year=2021, venue=None, raw="")
    got = _venue_in_title(entry, d, "italic")
    assert got.title == "A study of small things" and got.venue.startswith("Annals of Things")
    # an italic name inside the title, words after it: the title stays
    entry = _entry([("Lee, A., 2021: A study of small things.", 10.0, False, False),
                    ("Drosophila", 10.0, False, True), ("in the wild.", 10.0, False, False)])
    d = Draft(ordinal=0, title="A study of small things. Drosophila in the wild", authors=["A. Lee"], year=2021,
              venue=None, raw="")
    assert _venue_in_title(entry, d, "italic") is d
