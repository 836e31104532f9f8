"""The CV PDF reader's rules found on the CV PDFs of real-sites batch 6 (#21; studied since
wt-realstudy6pdf), each on a case made here with names, titles and venues invented for it:

- a moderncv CV: a year column that prints the year again beside every item, lines set at
  uneven heights inside an item, a footer block of address lines repeated on every page
  above the page's margin zone, "Surname, Given; ..., Title, Journal. http://..." items with
  the web address broken over a line after its stop;
- an Awesome-CV CV (R Markdown vitae): a bold title opening each entry, the venue set flush
  right on the title's line or alone between the two lines of a wrapped title, the names in
  capitals with the date flush right beside them or alone between two lines of names, a
  "• DOI: ..." note under each entry, a one-entry "Editorials" section;
- the smaller rules each on its own input.
"""

from __future__ import annotations

from extractors.author_lists import split_author_list
from extractors.base import Draft
from extractors.cv_pdf import CVPdfExtractor, _without_urls, header_name
from extractors.cv_pdf_layout import classify_heading
from extractors.cv_pdf_render import _compose, _glue
from extractors.cv_pdf_styles import parse_semicolon_full_names
from extractors.pdf_lines import _ITALIC_FONT, PdfStats, read_lines

from .conftest import make_doc
from .cv_layouts import Writer

# ---------------------------------------------------------------- a moderncv CV

OWNER = "Åse Lindqvist"
# (year, bold names, italic title, journal, web address's two printed pieces or None): invented
MODERNCV = [
    (2022, ["Lindqvist, Åse; Okoro, Tomas; Brandt, Lena"], "Frost Lines on Stored Survey Maps",
     "Journal of Map Studies", ("http://doi.org/10.5555/jms.", "20221.")),
    (2022, ["Varga, Ines; Lindqvist, Åse; Sykes, Pavel Jan;", "de Haan, Mira K."],
     "Shadow Length as a Clock in Aerial Photographs, Revisited", "Remote Imaging Letters",
     ("http:", "//doi.org/10.5555/ril.2022.7.")),
    (2021, ["Lindqvist, Åse"], "Fold Lines and Their Repair in Paper Archives", "Journal of Paper Archives", None),
    (2021, ["Okoro, Tomas; Lindqvist, Åse; Brandt, Lena"], "Drying Rates of Wet Paper in Cold Stores",
     "Brain, Ink, and Paper", ("http://doi.org/10.5555/bip.", "40404.")),
    (2020, ["Sykes, Pavel; Lindqvist, Åse"], "Mould Spots as a Record of Storage History",
     "Journal of Map Studies", None),
]
YEAR_X, TEXT_X, RIGHT = 60.0, 120.0, 540.0
SIZE = 10.5
PITCHES = (12.0, 16.0)  # the lines of one item stand unevenly (a tall glyph, a smaller link type)
ITEM_GAP = 30.0


def _runs(pdf: Writer, y: float, runs: list[tuple[str, bool, bool]]) -> None:
    """Draw the runs (text, bold, italic) one after another on the line at ``y``."""
    x = TEXT_X
    for text, bold, italic in runs:
        x += pdf.text(x, y, text, SIZE, bold=bold, italic=italic)


def _moderncv_item_lines(names: list[str], title: str, journal: str, link) -> list[list[tuple[str, bool, bool]]]:
    """The printed lines of one item: the names in bold (one line each as given), ", " and the
    title in italics on the next line, ", Journal." and the link's pieces on lines of their own."""
    lines = [[(n, True, False)] for n in names]
    lines[-1].append((", ", False, False))
    lines.append([(title, False, True), (", ", False, False), (f"{journal}.", False, False)])
    if link:
        lines[-1].append((f" {link[0]}", False, False))
        lines.append([(link[1], False, False)])
    return lines


def _moderncv_cv() -> bytes:
    pdf = Writer("Times", width=595, height=842)
    footer = ["Department of Paper Science, University of Norbury", "ase.lindqvist@norbury.example • norbury.example"]

    def new_page() -> None:
        pdf.new_page()
        for k, line in enumerate(footer):  # well above the page's bottom tenth
            pdf.text(150, 730 + 13.5 * k, line, 9)

    new_page()
    pdf.text(TEXT_X, 60, OWNER, 24)
    pdf.text(TEXT_X, 100, "Publications", 14)
    y = 130.0
    for year, names, title, journal, link in MODERNCV:
        lines = _moderncv_item_lines(names, title, journal, link)
        if y + 16 * len(lines) > 700:
            new_page()
            y = 60.0
        pdf.text(YEAR_X, y, str(year), SIZE)
        for k, runs in enumerate(lines):
            _runs(pdf, y, runs)
            if k + 1 < len(lines):
                y += PITCHES[k % 2]
        y += ITEM_GAP
        if year == 2022 and names[0].startswith("Varga"):
            new_page()  # (the footer block between two items)
            y = 60.0
    new_page()
    pdf.text(TEXT_X, 60, "Teaching", 14)
    pdf.text(TEXT_X, 90, "Paper conservation, an introduction (lectures).", SIZE)
    return pdf.to_bytes()


def test_a_moderncv_year_column_with_semicolon_lists_reads_every_item():
    records = list(CVPdfExtractor().extract(make_doc(_moderncv_cv(), "mem://cv.pdf")))
    drafts = {r.title: r for r in records if isinstance(r, Draft)}
    assert set(drafts) == {title for _, _, title, _, _ in MODERNCV}, records
    for year, names, title, journal, _ in MODERNCV:
        got = drafts[title]
        people = [p.strip() for p in " ".join(names).split(";")]
        assert got.year == year and got.venue == journal, got
        assert [a.split()[-1] for a in got.authors] == [p.split(",")[0].split()[-1] for p in people], got
        assert "Norbury" not in (got.venue or "") + got.title, got  # the footer block is no item's text
    assert not [r for r in records if not isinstance(r, Draft)], records


def test_the_same_year_printed_again_beside_items_labels_each_item():
    # a year printed once stands for its group; printed again for the next item, each label is
    # its item's, whatever blank the lines of an item leave between them
    records = list(CVPdfExtractor().extract(make_doc(_moderncv_cv(), "mem://cv.pdf")))
    assert sum(isinstance(r, Draft) for r in records) == len(MODERNCV), records


def test_semicolon_full_names_with_commas_after_them():
    got = parse_semicolon_full_names(
        "Okoro, Tomas; de Haan, Mira K.; Sykes, Pavel Jan, Drying Rates of Wet Paper, Revisited, "
        "Journal of Map Studies. http://doi.org/10.5555/x. 12345.")
    assert got.authors == ["Tomas Okoro", "Mira K. de Haan", "Pavel Jan Sykes"], got
    assert (got.title, got.venue) == ("Drying Rates of Wet Paper, Revisited", "Journal of Map Studies"), got
    # a journal named by a serial list keeps its short parts
    got = parse_semicolon_full_names("Okoro, Tomas; Sykes, Pavel, Cold Rooms and Their Air, Brain, Ink, and "
                                     "Paper. http://doi.org/10.5555/y")
    assert (got.title, got.venue) == ("Cold Rooms and Their Air", "Brain, Ink, and Paper"), got
    # a preprint: no link, no venue's word after the last comma: the rest is the title
    got = parse_semicolon_full_names("Okoro, Tomas; Sykes, Pavel, Ink Fading: Measures, Models and Tests.")
    assert (got.title, got.venue) == ("Ink Fading: Measures, Models and Tests", None), got
    # one name: only the owner's (else "Lee, Ann, Title" is any comma-parted list)
    text = "Lindqvist, Åse, Fold Lines in Paper Archives, Archive Science Quarterly. http://doi.org/10.5555/z"
    assert parse_semicolon_full_names(text) is None
    assert parse_semicolon_full_names(text, OWNER).authors == [OWNER]
    assert parse_semicolon_full_names("Okoro, T., Sykes, P., Cold Rooms. Journal of Map Studies.") is None
    # Vancouver names ("Okoro TA, Sykes P, ...") are no "Surname, Given", even the owner's
    assert parse_semicolon_full_names("Okoro TA, Sykes P, Varga I. Cold Rooms. Journal of Map Studies.",
                                      "Okoro TA") is None


def test_a_web_address_broken_after_its_stop_runs_on_over_the_break():
    assert _without_urls("Journal of Map Studies. http://doi.org/10.5555/jms.  \n20221.") == "Journal of Map Studies."
    assert _without_urls("Letters. http:\n//doi.org/10.5555/ril.2022.7.") == "Letters."
    assert _without_urls("Letters. http://doi.\norg/10.5555/ril.2022.7.") == "Letters."
    assert _without_urls("Letters. doi:10.5555/abc. 2021.") == "Letters. 2021."  # a year is no address's rest


def test_latin_modern_slanted_faces_are_italic():
    assert _ITALIC_FONT.search("LMRomanSlant10-Regular") and _ITALIC_FONT.search("LMSansSlant10-Bold")
    assert not _ITALIC_FONT.search("LMRoman10-Regular")


def test_a_header_name_with_a_capital_beyond_a_z_or_a_degree_after_it():
    for printed, name in ((OWNER, OWNER), ("Ines Varga, PhD", "Ines Varga"), ("Ørjan Dahl, Ph.D.", "Ørjan Dahl")):
        pdf = Writer("Times")
        pdf.new_page()
        pdf.text(60, 50, printed, 24)
        pdf.text(60, 90, "Associate Professor", 14)
        pdf.text(60, 130, "Department of Paper Science, University of Norbury", 10)
        pdf.text(60, 700, "Research interests: paper ageing, inks and their fading.", 10)
        assert header_name(list(read_lines(pdf.to_bytes(), "mem://cv.pdf", PdfStats()))) == name, printed


def test_a_hyphen_ending_a_line_inside_an_emphasised_run_is_a_syllable_break():
    assert _glue("Okoro, Tomas, *Educa-", "tional Fold Lines*") == "Okoro, Tomas, *Educational Fold Lines*"
    assert _glue("*Self-", "Reported Ink*") == "*Self-Reported Ink*"


# ---------------------------------------------------------------- an Awesome-CV CV

# (title lines, venue, "alone" when set between the title's two lines, names lines, year): invented
AWESOME = [
    (["Reading water stains on old survey maps"], "J. Map Stud.", None,
     ["VARGA, I., CHAO, S-C., OKORO, T., BRANDT, L., SYKES, P., & LINDQVIST, Å."], 2024),
    (["Shadow length as a clock in aerial photographs of coastal",
      "settlements"], "Remote Imag. Lett.", "alone",
     ["LINDQVIST, Å., OKORO, T., SYKES, P., BRANDT, L., HAAN, M., HELLER",
      "MURRAY, E. S., DAHL, K., & VARGA, I."], 2023),
    (["Fold lines and their repair in map collections"], "Arch. Sci. Q.", None,
     ["OKORO, T., BRANDT, L., HAAN, M., VARGA, I., & LINDQVIST, Å."], 2022),
    (["Drying rates of wet paper in cold stores: A comparison of", "methods"], "JMS", "alone",
     ["LINDQVIST, Å., SYKES, P., OKORO, T., BRANDT, L., HAAN, M., VARGA, I.,", "del POZO, R., & DAHL, K."], 2021),
    (["Mould spots as a record of storage history"], "Map Hist.", None,
     ["SYKES, P., CHAO, S-C., DAHL, K., OKORO, T., BRANDT, L., & LINDQVIST, Å."], 2020),
]
EDITORIAL = (["Open communication of archive research: Shared catalogues", "and open data"], "Archive Today",
             ["OKORO, T., DAHL, K., SYKES, P., & LINDQVIST, Å."], 2022)
LEFT, RIGHT_EDGE = 40.0, 555.0


def _right(pdf: Writer, y: float, text: str, size: float) -> None:
    pdf.text(RIGHT_EDGE - pdf.measure(text, size), y, text, size)


def _awesome_entry(pdf: Writer, y: float, titles, venue, where, names, year) -> float:
    """One entry; returns the top of the next."""
    for k, line in enumerate(titles):
        pdf.text(LEFT, y, line, 10, bold=True)
        if k == 0 and where is None:
            _right(pdf, y, venue, 9)
        y += 13.5
    if where == "alone":  # centred beside the two lines of the title
        _right(pdf, y - 13.5 - 6.75, venue, 9)
    first = y + 1.0
    for k, line in enumerate(names):
        pdf.text(LEFT, y, line, 8)
        y += 13.5
    if len(names) == 1:
        _right(pdf, first - 1.0, str(year), 8)
    else:  # centred beside the two lines of names
        _right(pdf, first - 1.0 + 6.75, str(year), 8)
    pdf.text(LEFT + 0.6, y, "•", 9)
    pdf.text(LEFT + 8.6, y, f"DOI: 10.5555/ent.{year}.{len(titles)}{len(names)}", 9)
    return y + 16.0


def _awesome_cv() -> bytes:
    pdf = Writer("Helvetica", width=595, height=842)
    pdf.new_page()
    pdf.text(LEFT, 40, "Åse Lindqvist, PhD", 24, bold=True)
    pdf.text(LEFT, 80, "Publications", 16, bold=True)
    pdf.text(LEFT, 104, "PEER-REVIEWED", 12)
    y = 124.0
    for titles, venue, where, names, year in AWESOME:
        y = _awesome_entry(pdf, y, titles, venue, where, names, year)
    pdf.new_page()  # a page whose text is in the titles' size: the editorial's title is bold type alone
    pdf.text(LEFT, 40, "EDITORIALS", 12)
    titles, venue, names, year = EDITORIAL
    y = _awesome_entry(pdf, 60, titles, venue, "alone", names, year)
    pdf.text(LEFT, y + 10, "Teaching", 16, bold=True)
    for k in range(8):
        pdf.text(LEFT, y + 34 + 14 * k, f"Paper conservation, an introduction to its methods, part {k + 1} of eight", 10)
    return pdf.to_bytes()


def _people(lines: list[str]) -> list[str]:
    """The surnames of the names lines, as the test's own plain split has them."""
    text = " ".join(lines).replace("&", "")
    pieces = [p.strip() for p in text.split(",") if p.strip()]
    return [p.split()[-1].casefold() for p in pieces[::2]]


def test_awesome_cv_entries_with_flush_right_venues_and_dates():
    records = list(CVPdfExtractor().extract(make_doc(_awesome_cv(), "mem://cv.pdf")))
    drafts = {r.title: r for r in records if isinstance(r, Draft)}
    want = {" ".join(t): (v, n, y) for t, v, _, n, y in AWESOME}
    want[" ".join(EDITORIAL[0])] = EDITORIAL[1:]
    assert set(drafts) == set(want), records
    for title, (venue, names, year) in want.items():
        got = drafts[title]
        assert ((got.venue or "").rstrip("."), got.year) == (venue.rstrip("."), year), got  # no "DOI", no date lost
        assert [a.split()[-1].casefold() for a in got.authors] == _people(names), got
    assert not [r for r in records if not isinstance(r, Draft)], records


def test_a_doi_note_before_the_venue_is_no_venue():
    text = _compose([["Okoro, T., & Varga, I."], ["Fold lines in paper archives"], ["DOI: 10.5555/ent.2022.11"],
                     ["J. Map Stud."]], ["text", "title", "text", "text"])
    assert text.index("J. Map Stud.") < text.index("DOI"), text


def test_editorials_name_a_list_and_editorial_service_does_not():
    assert classify_heading("EDITORIALS") == classify_heading("Editorials and Commentaries") == "pub"
    for heading in ("Editorial Boards", "Editorial Service", "Editorial Board Memberships"):
        assert classify_heading(heading) == "skip", heading


def test_hyphenated_initials_and_a_particle_in_lower_case_in_surname_first_lists():
    names, _ = split_author_list("Varga, I., Chao, S-C., Dahl, K., & Lindqvist, A.")
    assert names == ["I. Varga", "S-C. Chao", "K. Dahl", "A. Lindqvist"], names
    names, _ = split_author_list("Varga, I., del Pozo Cruz, R., & Okoro, T.")
    assert names == ["I. Varga", "R. del Pozo Cruz", "T. Okoro"], names
    names, _ = split_author_list("Ines Varga, del Pozo, Tomas Okoro")  # (no initials after it: as before)
    assert names == ["Ines Varga", "del Pozo", "Tomas Okoro"], names
