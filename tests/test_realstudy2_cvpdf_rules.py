"""The CV PDF reader's rules found on the CV PDFs of real-sites batch 2 (#21 item 3, #16 item
2; studied since wt-realstudy2pdf), each on a case made here, with names, titles and venues
invented for it: a field set flush right beside an entry's lines is a field of its own (with
its smaller-type wrap); a bold run of names with initials is no title; a "MM/YY" date label
gives its year; biblatex's language sentence, "In:" and ISSN are no fields and a page number
is no year; a venue in brackets with its year is the name before it; Unicode's hyphens and
math letters are plain text; two word-processor frames side by side with a narrow gutter are
read one after the other; "Pending Review" heads a publication list."""

from __future__ import annotations

from extractors.base import Draft
from extractors.cv_pdf import CVPdfExtractor, _label_year
from extractors.cv_pdf_biblatex import (venue_out_of_brackets, venue_without_in, without_biblatex_notes,
                                        year_outside_pages)
from extractors.cv_pdf_layout import EntryLine, PdfEntry, classify_heading
from extractors.cv_pdf_render import initials_list
from extractors.cv_pdf_right_cells import flush_right_cv, right_cells_apart
from extractors.pdf_lines import Word, _columns, _plain_letters

from .conftest import make_doc
from .cv_layouts import Writer
from .test_cv_pdf_rules_round10 import _line, _words

# ---------------------------------------------------------------- a field set flush right

# (label, names, venue, title): invented
PAPERS = [
    ("03/19", "Lindqvist, A. M.; Oduya, T.; Brenner, K.", "J. Imag. Sci., Vol. 12, id.L4",
     "Slow ripples in layered gels under periodic load: a study of soft matter with many small parts in the laboratory and in the field"),
    ("07/20", "Oduya, T. and Lindqvist, A. M.", "Soft Matter Lett., Vol. 3, id.A17",
     "Crease patterns of thin sheets pressed against curved walls of glass, steel and of other things found in the workshop"),
    ("11/21", "Lindqvist, A. M.; Pereira, J.; Oduya, T.; Haddad, R.; Sato, Y.; Brenner, K.; Kowalczyk, M.",
     "Phys. Fluids Rep., Vol. 9, id.A2",
     "Droplet trains in narrow channels with soft boundaries and their slow merging over long times and short distances"),
    ("02/23", "Brenner, K.; Lindqvist, A. M.", "Granular Matter Notes, Forthcoming article",
     "Avalanche sizes in a rotating drum of mixed grains of sand, glass beads and small steel balls of several sizes"),
]


def _flush_right_cv() -> bytes:
    """A two-column CV as the real one that showed the class: a date column, the names in
    bold with the journal set flush right beside them in a smaller roman type, the title
    below in roman, wrapped; a long author list wraps, and the journal stands beside its
    last line."""
    pdf = Writer("Times")
    pdf.new_page()
    left, text, right = 60.0, 130.0, 552.0
    pdf.text(left, 40, "Anna M. Lindqvist", 22, bold=True)
    pdf.text(left, 80, "Refereed Publications", 16, bold=True)
    y = 110.0
    for label, names, venue, title in PAPERS:
        pdf.text(left, y, label, 10)
        # the names wrap at the column; the venue goes beside the last names line
        words, lines, line = names.split(), [], ""
        for w in words:
            trial = f"{line} {w}".strip()
            if pdf.measure(trial, 10, bold=True) > right - text - 150:
                lines.append(line)
                line = w
            else:
                line = trial
        lines.append(line)
        for k, ln in enumerate(lines):
            pdf.text(text, y, ln, 10, bold=True)
            if k == len(lines) - 1:
                pdf.text(right - pdf.measure(venue, 8), y + 1.5, venue, 8)
            y += 12
        line = ""
        for w in title.split():  # the title wraps at the column's edge
            if pdf.measure(f"{line} {w}".strip(), 10) > right - text:
                pdf.text(text, y, line, 10)
                y += 12
                line = w
            else:
                line = f"{line} {w}".strip()
        pdf.text(text, y, line, 10)
        y += 20
    return pdf.to_bytes()


def test_a_field_set_flush_right_beside_the_names_is_read_as_the_venue():
    records = [r for r in CVPdfExtractor().extract(make_doc(_flush_right_cv(), "mem://cv.pdf"))]
    drafts = {r.title: r for r in records if isinstance(r, Draft)}
    assert set(drafts) == {p[3] for p in PAPERS}, records
    for label, names, venue, title in PAPERS:
        d = drafts[title]
        assert d.venue and venue.startswith(d.venue.split(",")[0]), (title, d.venue)
        assert d.year == 2000 + int(label[-2:])
        assert "Lindqvist" in " ".join(d.authors) or "Brenner" in " ".join(d.authors)
        assert not any("Vol" in a for a in d.authors)


def _entry(*lines: list[Word]) -> PdfEntry:
    return PdfEntry(None, None, "journal", [EntryLine(_line(ws), ws) for ws in lines])


def test_flush_right_cells_are_the_cvs_when_their_right_ends_line_up():
    def entry(venue: str, top: float) -> PdfEntry:
        names = _words("Lee, A.; Chen, B.", top, 120.0, bold=True)
        cell = _words(venue, top, 0.0, size=8.0)
        shift = 556.0 - cell[-1].x1  # set flush right
        cell = [Word(w.text, w.x0 + shift, w.x1 + shift, w.top, w.bottom, w.size, False, False, True) for w in cell]
        return _entry(names + cell, _words("A study of small things", top + 12, 120.0))

    right = [entry(v, 60.0 + 40 * k) for k, v in enumerate(["J. Things 3", "Lett. Things, Vol. 12", "Ann. Small"])]
    assert flush_right_cv(right)
    assert not flush_right_cv(right[:2])  # two entries are no layout yet
    moved = right_cells_apart(right[0], edge=300.0)
    assert [" ".join(w.text for w in el.words) for el in moved.lines] == [
        "Lee, A.; Chen, B.", "A study of small things", "J. Things 3"]
    assert moved.lines[-1].right_cell and moved.lines[-1].cell_start

    def left_aligned(venue: str, top: float) -> PdfEntry:  # a word processor's table column
        return _entry(_words("Lee, A.; Chen, B.", top, 120.0) + _words(venue, top, 420.0))

    table = [left_aligned(v, 60.0 + 40 * k) for k, v in enumerate(["J. Things 3", "Lett. Things, Vol. 12 x",
                                                                    "Ann. Small Things and More"])]
    assert not flush_right_cv(table)


def test_a_bold_list_of_names_with_initials_is_no_title():
    assert initials_list("Lindqvist, A. M.; Oduya, T.; Brenner, K.")
    assert initials_list("Oduya, T. and Lindqvist, A. M.")
    assert not initials_list("Crease Patterns and Curved Walls")  # capitalised words, no initials
    assert not initials_list("Lindqvist, Anna; Oduya, Tomi")  # no initials: may be a title's words
    assert not initials_list("Lindqvist, A. M.")  # one name


def test_a_month_year_date_label_gives_its_year():
    assert _label_year("03/19") == 2019
    assert _label_year("11/2021") == 2021
    assert _label_year("09/14-06/15") == 2015
    assert _label_year("12.98") == 1998
    assert _label_year("13/19") is None  # no month
    assert _label_year("2/3") is None  # a fraction, a count
    assert _label_year("Spring 2020") == 2020


# ---------------------------------------------------------------- biblatex's printed fields

def test_biblatex_language_sentence_in_and_issn_are_no_fields():
    text = ("Lee A, Chen B. “Small waves in thin gels”. en. In: Journal of Soft Things 13.4 (Oct. 2018), "
            "pp. 470–481. issn: 1932-0248, 1932-0256. doi: 10.1234/x")
    assert without_biblatex_notes(text) == ("Lee A, Chen B. “Small waves in thin gels”. In: Journal of Soft Things "
                                            "13.4 (Oct. 2018), pp. 470–481. doi: 10.1234/x")
    assert "In: Annals" in without_biblatex_notes("“Title”. en-US. In: Annals 3 (2020).")
    assert "English." not in without_biblatex_notes("“Title”. English. In: Annals 3 (2020).")
    # a sentence that names no language stays ("Springer. In:" is a publisher's)
    assert "Elsewhere." in without_biblatex_notes("“Title”. Elsewhere. In: Annals 3 (2020).")
    assert without_biblatex_notes("Lee A. Title. Annals, ISSN 0140-6736.") == "Lee A. Title. Annals,"
    assert venue_without_in("In: Journal of Soft Things") == "Journal of Soft Things"
    assert venue_without_in("In: (2022).") is None
    assert venue_without_in("Inorganic Letters") == "Inorganic Letters"


def test_a_page_number_is_no_year():
    d = Draft(ordinal=1, title="Small waves", year=1922,
              raw="Lee A. “Small waves”. In: Annals 392.1 (Nov. 2018), pp. 1859–1922.")
    assert year_outside_pages(d).year == 2018
    d = Draft(ordinal=1, title="Small waves", year=2091,
              raw="Lee A. “Small waves”. In: Annals 392.1 (Nov. 2018), pp. 2091– 2138.")
    assert year_outside_pages(d).year == 2018
    # a year printed outside the pages too stays
    d = Draft(ordinal=1, title="Small waves", year=2019, raw="Lee A. Small waves. Annals 3, pp. 2019–2030 (2019).")
    assert year_outside_pages(d).year == 2019


def test_a_venue_in_brackets_with_its_year_is_the_name_before_it():
    assert venue_out_of_brackets("(ICSW 2024)") == "ICSW"
    assert venue_out_of_brackets("(ICSW 2025 Workshop Paper)") == "ICSW Workshop Paper"
    assert venue_out_of_brackets("(Soft Things Congress '23)") == "Soft Things Congress"
    assert venue_out_of_brackets("Annals (2021)") == "Annals (2021)"
    assert venue_out_of_brackets("(2021)") == "(2021)"
    assert venue_out_of_brackets("(in press)") == "(in press)"


# ---------------------------------------------------------------- the text layer

def test_unicode_hyphens_and_math_letters_are_plain_text():
    assert _plain_letters("Order Es\u2011") == "Order Es-"
    assert _plain_letters("Al\u2010Tamimi") == "Al-Tamimi"
    assert _plain_letters("\U0001d70f Ceti b") == "τ Ceti b"  # math italic tau
    assert _plain_letters("Müller–Lee") == "Müller–Lee"  # an en dash stays


def _frame(texts: list[str], x: float, top: float, pitch: float, size: float, edge: float | None) -> list[Word]:
    """A frame's lines, justified to end at ``edge`` (ragged where None)."""
    out = []
    for k, t in enumerate(texts):
        ws = _words(t, top + k * pitch, x, size=size)
        extra = (edge - ws[-1].x1) / max(1, len(ws) - 1) if edge else 0.0
        out += [Word(w.text, w.x0 + i * extra, w.x1 + i * extra, w.top, w.bottom, w.size, False, False, True)
                for i, w in enumerate(ws)]
    return out


LEFT = ["Lee, Ann, and Bo Chen.", "“Small waves in thin", "gels.” Annals of Soft", "Things 3 (2021): 1-9.",
        "Chen, Bo, and Ann Lee.", "“Creases of pressed", "sheets.” Letters on Soft", "Matter 2 (2020): 4-7."] * 2
RIGHT = ["Volunteer tutor Jan 2020 – Present", "Helped prepare the problem sets for regional", "school contests and camps.",
         "Teaching assistant Sep 2021 – Present", "Held practice classes for first-year courses", "in linear algebra.",
         "Research assistant, Lakeside University", "Worked on counting problems and on random", "walks in small graphs.",
         "Grader for Combinatorics", "and for Probability", "Scholarship holder 2019 – 2022"]


def test_two_frames_side_by_side_with_a_narrow_gutter_are_read_apart():
    # the left frame wraps short of x = 219, the right one starts at 223: a 4-point gutter,
    # each frame at its own line pitch
    left = _frame(LEFT, 56.0, 100.0, 12.4, 9.0, 219.0)
    right = _frame(RIGHT, 223.0, 95.0, 15.1, 11.0, None)
    groups = _columns(left + right, 595.0, [])
    assert len(groups) == 2
    assert {(w.text, w.x0, w.top) for w in groups[0]} == {(w.text, w.x0, w.top) for w in left}
    # the same words at one line pitch and shared baselines: one column's lines, not frames
    left = _frame(LEFT, 56.0, 100.0, 12.0, 10.0, 219.0)
    right = _frame(RIGHT, 223.0, 100.0, 12.0, 10.0, None)
    assert len(_columns(left + right, 595.0, [])) == 1


def test_a_heading_naming_a_review_status_heads_a_publication_list():
    assert classify_heading("Pending Review") == "pub"
    assert classify_heading("Pending Publication") == "pub"
    assert classify_heading("Peer Review Activities") == "skip"
