"""The CV PDF reader's rules found on the CV PDFs of real-sites batch 7 (#21; studied since
wt-realstudy7pdf), each on a case made here with names, titles and venues invented for it:

- a word processor's CV (Apple Pages-like): 'Given Surname and Given Surname. "Title".' then a
  'Type · Venue (detail) · Year' line and a link line in a smaller type (some wrapped over two
  lines), sub-headings in a larger bold type that name no known kind ("Op-eds"), and a note
  indented alone under the list;
- a Typst-like CV: a dated item whose bold text wraps under itself ("conference
  proceedings") before a supervision list, quoted-title-first items with software releases
  (a code host's handles among the names, a placeholder number for the venue) and submitted
  items with an arXiv identifier;
- Chicago author-date items (a Word CV): the year a sentence of its own after the names, a
  "Published Datasets" section whose items close with "figshare. Dataset." and usage counts,
  a double-quoted title opening with a single-quoted phrase, a book review's "by ..." sentence;
- the smaller rules each on its own input.
"""

from __future__ import annotations

import textwrap

from extractors.author_lists import names_with_handles
from extractors.base import Draft
from extractors.citations import _title_and_tail, parse_quoted_title_first
from extractors.cv_entries import parse_entry
from extractors.cv_pdf import (CVPdfExtractor, _venue_after_by_line, _venue_after_dotted_kind, _year_sentence_inside,
                               without_count_notes)
from extractors.cv_pdf_layout import classify_heading
from extractors.cv_pdf_render import _glue
from extractors.cv_pdf_status import without_status

from .conftest import make_doc
from .cv_layouts import Writer

# ---------------------------------------------------------------- a word processor's CV

OWNER = "Tomas Okoro"
# (sub-heading, [(title lines with the names, kind line, link lines)]): invented
PAGES = [
    ("Papers", [
        (['Ines Varga and Tomas Okoro. "Reading Water Stains on Old Survey Maps:', 'A Field Guide".'],
         "Journal of Map Studies · 2024", ["DOI: https://doi.org/10.5555/jms.2024.1"]),
        (['Tomas Okoro, Lena Brandt, and Pavel Sykes. "Shadow Length as a Clock".'],
         "Remote Imaging Letters · 2022", ["DOI: https://doi.org/10.5555/ril.2022.7"]),
    ]),
    ("Books and Book Chapters", [
        (['Tomas Okoro. "Fold Lines and Their Repair in Paper Archives".'],
         "Book · Norbury University Press · 2023", ["URL: https://press.example/fold-lines"]),
        (['Lena Brandt and Tomas Okoro. "Drying Rates of Wet Paper in Cold Stores".'],
         "Book Chapter · Handbook of Paper Records (Part I, p. 15-55) · 2021",
         ["URL: https://press.example/handbook/drying-rates-of-wet-paper-in-cold-stores-and-other-",
          "rooms-chapter"]),
    ]),
    ("Op-eds", [
        (['Tomas Okoro. "Why Archives Need Cold Rooms".'], "Norbury Evening Post · 2020",
         ["URL: https://post.example/opinion/why-archives-need-cold-rooms-and-what-they-cost-",
          "archive-2020"]),
        (['Pavel Sykes and Tomas Okoro. "Maps Are Records Too".'], "Report · Map Council – Norbury · 2019",
         ["URL: https://council.example/maps-are-records-too"]),
    ]),
]
LEFT, SIZE, LINK_SIZE = 36.0, 11.0, 9.0
PITCH, LINK_PITCH, ITEM_GAP = 19.2, 16.0, 31.0


def _pages_cv() -> bytes:
    pdf = Writer("Helvetica", width=612, height=792)
    pdf.new_page()
    pdf.text(LEFT, 50, OWNER, 24)
    pdf.text(LEFT, 90, "Researcher, Department of Paper Science", SIZE)
    pdf.text(LEFT, 130, "SELECTED PUBLICATIONS", 18)
    y = 165.0
    for heading, items in PAGES:
        pdf.text(LEFT, y, heading, 13, bold=True)
        y += 28.0
        for lines, kind, links in items:
            for line in lines:
                pdf.text(LEFT, y, line, SIZE)
                y += PITCH
            pdf.text(LEFT, y, kind, SIZE)
            y += PITCH
            for k, link in enumerate(links):
                pdf.text(LEFT, y, link, LINK_SIZE)
                y += LINK_PITCH if k + 1 < len(links) else 0.0
            y += ITEM_GAP
        y += 4.0
        if y > 600:
            pdf.new_page()
            y = 60.0
    pdf.text(LEFT + 50, y, "A full list of my publications is at: https://okoro.example/publications", SIZE)
    return pdf.to_bytes()


def _titles(lines: list[str]) -> str:
    text = " ".join(lines)
    return text[text.index('"') + 1:text.rindex('"')]


def test_a_word_processor_cv_with_type_venue_year_lines_reads_every_item():
    records = list(CVPdfExtractor().extract(make_doc(_pages_cv(), "mem://cv.pdf")))
    drafts = {r.title: r for r in records if isinstance(r, Draft)}
    want = {_titles(lines): kind for _, items in PAGES for lines, kind, _ in items}
    assert set(drafts) == set(want), records
    for title, kind in want.items():
        parts = kind.split(" · ")
        venue, year = parts[-2], int(parts[-1])
        assert drafts[title].year == year and drafts[title].venue.startswith(venue.split(" (")[0]), drafts[title]
    # the sub-headings ("Op-eds", named by no word the reader knows) are no entries
    assert not [r for r in records if not isinstance(r, Draft) and "Op-eds" in str(r)], records


def test_a_kind_venue_year_line_names_the_venue_in_its_middle():
    d = Draft(ordinal=1, title="Fold Lines", authors=["Tomas Okoro"], venue="Book Chapter · Handbook ·", year=None,
              raw='Tomas Okoro. "Fold Lines". Book Chapter · Handbook of Paper Records (Part I) · 2021 URL: x')
    assert _venue_after_dotted_kind(d) is d and (d.venue, d.year) == ("Handbook of Paper Records (Part I)", 2021)
    d = Draft(ordinal=1, title="Maps", authors=["Tomas Okoro"], venue="Report", year=2019,
              raw='Tomas Okoro. "Maps". Report · Map Council – Norbury · 2019')
    assert _venue_after_dotted_kind(d).venue == "Map Council – Norbury"
    # a venue read already (no kind) stays
    d = Draft(ordinal=1, title="Maps", authors=["Tomas Okoro"], venue="Journal of Map Studies", year=2019,
              raw='Tomas Okoro. "Maps". Journal of Map Studies · 2019')
    assert _venue_after_dotted_kind(d).venue == "Journal of Map Studies"


# ---------------------------------------------------------------- a Typst-like CV

# quoted-title-first items: invented (the handles too)
TYPST = [
    "1. “Frost Lines on Stored Survey Maps”, Okoro, Varga & Brandt, submitted, arXiv:2601.01234, (2026).",
    "1. “Shadow Length as a Clock in Aerial Photographs”, Varga, Okoro & Sykes, Journal of Map Studies, 12, 34, (2025).",
    "2. “mapkit/foldlines: Version 2.1.0”, Okoro, Varga, mapbot-admin, hsykes42, Brandt & inkfade, -999, (2024).",
    "3. “Mould Spots as a Record of Storage History”, Sykes, Okoro & Haan, Archive Science Quarterly, 30, 500, (2023).",
]


def _typst_cv() -> bytes:
    pdf = Writer("Times", width=595, height=842)
    pdf.new_page()
    pdf.text(40, 50, OWNER, 24)
    pdf.text(40, 100, "Community service", 14, bold=True)
    pdf.text(40, 125, "2020–now", 9)
    pdf.text(90, 125, "Reviewer for Journal of Map Studies, Archive Science Quarterly, Ink's", 10, bold=True)
    pdf.text(90, 137, "conference proceedings", 10, bold=True)
    pdf.text(40, 165, "Teaching and supervision", 14, bold=True)
    pdf.text(40, 190, "Supervision of 3 Master's students:", 10)
    for k, line in enumerate(["• A. Holm (Lund, Master 2, 24–25);", "• K. Dahl (UCL, MSc, 21–23);",
                              "• R. Quayle (Norbury, Master, 20–21)."]):
        pdf.text(50, 204 + 14 * k, line, 10)
    pdf.text(40, 260, "Publication list", 14, bold=True)
    pdf.text(40, 285, "— Submitted articles", 10, bold=True)
    pdf.text(40, 300, TYPST[0], 10)
    pdf.text(40, 325, "— Published articles", 10, bold=True)
    for k, line in enumerate(TYPST[1:]):
        pdf.text(40, 340 + 18 * k, line, 10)
    return pdf.to_bytes()


def test_a_typst_cv_with_software_releases_and_submitted_items():
    records = list(CVPdfExtractor().extract(make_doc(_typst_cv(), "mem://cv.pdf")))
    drafts = {r.title: r for r in records if isinstance(r, Draft)}
    assert set(drafts) == {line.split("“")[1].split("”")[0] for line in TYPST}, records
    submitted = drafts["Frost Lines on Stored Survey Maps"]
    assert (submitted.venue, submitted.year) == (None, 2026), submitted  # the arXiv id is no venue
    release = drafts["mapkit/foldlines: Version 2.1.0"]
    assert release.authors == ["Okoro", "Varga", "mapbot-admin", "hsykes42", "Brandt", "inkfade"], release
    assert (release.venue, release.year) == (None, 2024), release  # "-999": a placeholder, no venue
    assert drafts["Shadow Length as a Clock in Aerial Photographs"].venue == "Journal of Map Studies"
    # the reviewer item's wrapped line opens no publication list: the supervision lines are no entries
    assert not [r for r in records if not isinstance(r, Draft)], records


def test_handles_among_names_only_beside_people_and_never_status_words():
    got = parse_quoted_title_first("“mapkit/foldlines: Version 2.1.0”, Okoro, Varga, mapbot-admin, hsykes42, "
                                   "Brandt & inkfade, -999, (2024).")
    assert got.authors == ["Okoro", "Varga", "mapbot-admin", "hsykes42", "Brandt", "inkfade"], got
    got = parse_quoted_title_first("“Frost Lines”, Okoro, Varga, preprint, Journal of Map Studies, 3, 4, (2021).")
    assert got.authors == ["Okoro", "Varga"], got
    assert names_with_handles(["Okoro", "Varga", "hsykes42", "inkfade"])
    assert not names_with_handles(["hsykes42", "Okoro", "Varga"])  # the list's first name is a person's
    assert not names_with_handles(["Okoro", "hsykes42", "inkfade", "mapbot"])  # people at least half
    assert not names_with_handles(["Okoro", "Varga", "two words"])


def test_an_arxiv_id_after_a_not_yet_status_is_no_venue():
    d = Draft(ordinal=1, title="Frost Lines", authors=["Okoro"], venue="arXiv:2601.01234", year=2026,
              raw="“Frost Lines”, Okoro & Varga, submitted, arXiv:2601.01234, (2026).")
    assert (without_status(d).venue, d.year) == (None, 2026)
    d = Draft(ordinal=1, title="Frost Lines", authors=["Okoro"], venue="arXiv:2601.01234", year=2026,
              raw="“Frost Lines”, Okoro & Varga, arXiv:2601.01234, (2026).")
    assert without_status(d).venue == "arXiv:2601.01234"  # a preprint's server stays where no status is printed


def test_a_line_break_after_present_keeps_the_compound():
    assert _glue("their connection to present-", "day galaxies") == "their connection to present-day galaxies"
    assert _glue("a repre-", "sentation") == "a representation"


# ---------------------------------------------------------------- Chicago author-date (a Word CV)

CHICAGO = [
    "Okoro, Tomas, Ines Varga, and Lena Brandt. 2024. “‘We Kept the Maps’: Oral Histories of a Survey "
    "Office.” Journal of Map Studies 14(2): 101-118.",
    "Okoro, Tomas. 2021. “Review of Cold Rooms: A Guide” by A. B. Holm and K. Dahl, illustrated by A. B. Holm. "
    "Archive Science Quarterly 30(4): 500-501.",
]
DATASETS = [
    ("Okoro, Tomas, Ines Varga, Lena Brandt, Pavel Sykes. 2023. Surveys of Water Stains at Norbury, 2019-2022.",
     "figshare. Dataset. https://doi.org/10.5555/m9.figshare.1 (1755 views, 2449 downloads, 1 citation)"),
    ("Varga, Ines and Tomas Okoro. 2020. Drying experiments: paper in cold stores (Norbury, UK, EU).",
     "figshare. Dataset. https://doi.org/10.5555/m9.figshare.2 (244 views, 54 downloads)"),
]


def test_chicago_year_sentences_and_a_datasets_section():
    pdf = Writer("Times", width=612, height=792)
    pdf.new_page()
    pdf.text(72, 50, OWNER, 20)
    pdf.text(72, 90, "Publications", 13, bold=True)
    y = 115.0
    for text in CHICAGO:
        for line in textwrap.wrap(text, 95):
            pdf.text(72, y, line, 11)
            y += 13.0
        y += 8.0
    pdf.text(72, y, "Published Datasets", 13, bold=True)
    y += 25.0
    for first, second in DATASETS:
        pdf.text(72, y, first, 11)
        pdf.text(72, y + 13, second, 11)
        y += 34.0
    pdf.text(72, y + 10, "Funding", 13, bold=True)
    pdf.text(72, y + 35, "Norbury Trust, 2020-2022: paper conservation.", 11)
    records = list(CVPdfExtractor().extract(make_doc(pdf.to_bytes(), "mem://cv.pdf")))
    drafts = {r.title: r for r in records if isinstance(r, Draft)}
    assert set(drafts) == {"‘We Kept the Maps’: Oral Histories of a Survey Office", "Review of Cold Rooms: A Guide",
                           "Surveys of Water Stains at Norbury, 2019-2022",
                           "Drying experiments: paper in cold stores (Norbury, UK, EU)"}, records
    assert drafts["Review of Cold Rooms: A Guide"].venue == "Archive Science Quarterly", drafts
    for title in ("Surveys of Water Stains at Norbury, 2019-2022",
                  "Drying experiments: paper in cold stores (Norbury, UK, EU)"):
        assert drafts[title].venue == "figshare" and drafts[title].year in (2023, 2020), drafts[title]
    assert drafts["Surveys of Water Stains at Norbury, 2019-2022"].authors == [
        "Tomas Okoro", "Ines Varga", "Lena Brandt", "Pavel Sykes"]


def test_the_smaller_chicago_rules():
    text = "Okoro, Tomas, Ines Varga, and Lena Brandt. 2024. Surveys of Stains, 2019-2022. figshare. Dataset."
    got = parse_entry(text, year_sentences=True)  # (the PDF reader's entries, cut by the layout)
    assert (got.title, got.venue, got.year) == ("Surveys of Stains, 2019-2022", "figshare", 2024), got
    assert parse_entry(text).title == "2024"  # a text CV's paragraph may run such entries together: not there
    assert classify_heading("Published Datasets") == "pub" and classify_heading("Data Sets") == "pub"
    assert without_count_notes("figshare. Dataset. (1755 views, 2449 downloads, 1 citation)") == "figshare. Dataset."
    assert _year_sentence_inside("Ines Varga, Lena Brandt. 2019. Surveys of Stains")
    assert not _year_sentence_inside("Surveys of Stains, 2019-2022")
    title, tail = _title_and_tail("“‘We Kept the Maps’: Oral Histories.” Journal of Map Studies 14.")
    assert (title, tail) == ("‘We Kept the Maps’: Oral Histories", "Journal of Map Studies 14."), title
    d = Draft(ordinal=1, title="Review of Cold Rooms", authors=["Tomas Okoro"], year=2021,
              venue="by A. B. Holm and K. Dahl, illustrated by A. B. Holm. Archive Science Quarterly")
    _venue_after_by_line(d)
    assert d.venue == "Archive Science Quarterly"


def test_a_heading_in_the_list_headings_own_size_is_no_sub_heading():
    # a CV whose every section heading has one size: "Research Reports and Data" after "Journal
    # Articles" ends the list (it names no publication kind), as before the sub-heading rule
    pdf = Writer("Helvetica", width=612, height=792)
    pdf.new_page()
    pdf.text(LEFT, 50, OWNER, 24)
    y = 100.0
    for heading, lines in (("Journal Articles", ['Tomas Okoro. "Shadow Length as a Clock".', "Remote Imaging Letters · 2022",
                                                 'Ines Varga and Tomas Okoro. "Maps Are Records Too".',
                                                 "Journal of Map Studies · 2021"]),
                           ("Book Chapters", ['Tomas Okoro. "Cold Rooms for Maps".', "Book Chapter · Handbook of Maps · 2020"]),
                           ("Research Reports and Data", ['Tomas Okoro. "Stain Survey Release 2".',
                                                          "Zenodo · 2023"])):
        pdf.text(LEFT, y, heading, 13, bold=True)
        y += 28.0
        for k, line in enumerate(lines):
            pdf.text(LEFT, y, line, SIZE)
            y += PITCH if k % 2 == 0 else ITEM_GAP
    records = list(CVPdfExtractor().extract(make_doc(pdf.to_bytes(), "mem://cv.pdf")))
    assert sorted(r.title for r in records if isinstance(r, Draft)) == [
        "Cold Rooms for Maps", "Maps Are Records Too", "Shadow Length as a Clock"], records
