"""The CV PDF reader's rules found on the CV PDFs of real-sites batch 5 (#21 item 3; studied
since wt-realstudy5pdf), each on a case made here with names, titles and venues invented for
it: a section heading hung out left of the lines above and below it needs only an empty
line's blank above it, and one right under a heading none; a CV's own section named for
meetings alone ("Workshops", "Conferences") lists meetings, not papers; a bracketed label of
a kind's capital and a number ("[J.4]") is no word of a field; a one-entry section under one
year label is not cut at its title's full stop; editors named before a book in a venue are no
part of it; "Yu." after an initial ends the author list when the title's words follow; a
target journal is no venue."""

from __future__ import annotations

from extractors.author_lists import abbreviated_given
from extractors.base import Draft
from extractors.cv_entries import parse_entry
from extractors.cv_pdf import CVPdfExtractor
from extractors.cv_pdf_biblatex import venue_without_in
from extractors.cv_pdf_layout import classify_heading, names_events
from extractors.cv_pdf_status import without_status

from .conftest import make_doc
from .cv_layouts import Writer

# ---------------------------------------------------------------- a word processor's two-column CV

# (year label or None, names, title, "[kind.n] venue, numbers"): invented
JOURNAL = [
    (2023, "Ines Varga, Tomas Okoro, Lena Brandt.", "Reading water stains on old survey maps",
     "[J.1] Journal of Map Studies 14, 2, pp. 101 – 118.", "Journal of Map Studies"),
    (2021, "Tomas Okoro, Ines Varga.", "Shadow length as a clock in aerial photographs",
     "[J.2] Remote Imaging Letters 9, 1, pp. 33 – 41.", "Remote Imaging Letters"),
    (None, "Lena Brandt, Ines Varga, Pavel Sykes.", "Fold lines and their repair in paper archives",
     "[J.3] Archive Science Quarterly 30, 4, pp. 500 – 512.", "Archive Science Quarterly"),
]
CHAPTER = (2020, "Ines Varga, Pavel Sykes.", "Provenance of scanned field notebooks",
           "[B.1] In: Holm, Dietz, and Quayle (editors), Handbook of Paper Records, pp. 77 – 98. Norbury.",
           "Handbook of Paper Records")
SIZE, PITCH, ENTRY_GAP, HEADING_GAP = 10.0, 12.0, 18.0, 12.5  # a heading's blank: 1.25 lines, no more
HEADING_X, SUB_X, YEAR_X, TEXT_X = 36.0, 45.0, 62.5, 97.5


def _word_processor_cv() -> bytes:
    """A CV typed in a word processor's table: every heading in the text's own type and
    size, hung out into the left margin (a sub-heading a little less) with a blank of little
    more than one line above it; a year column printed once per group; each entry's names,
    title and "[J.1] venue" on lines of their own; a patents and a projects section after
    the papers, in the same form."""
    pdf = Writer("Times")
    pdf.new_page()
    pdf.centered(40, "Ines Varga", 16, bold=True)
    y = 90.0

    def heading(text: str, x: float = HEADING_X) -> None:
        nonlocal y
        pdf.text(x, y, text, SIZE)
        y += SIZE + 6.0

    def entry(year: int | None, lines: list[str]) -> None:
        nonlocal y
        if year is not None:
            pdf.text(YEAR_X, y, str(year), SIZE, bold=True)
        for line in lines:
            pdf.text(TEXT_X, y, line, SIZE)
            y += PITCH
        y += ENTRY_GAP - PITCH

    heading("Education")
    entry(None, ["PhD, Survey Science, University of Norbury, Norbury.", "Advisor: Dr. Pavel Sykes."])
    y += HEADING_GAP - (ENTRY_GAP - PITCH) - 2.0
    heading("Publications")
    y -= 6.0 - 0.5  # the sub-heading right under it, at the line pitch
    heading("Refereed Journal Articles", SUB_X)
    for year, names, title, venue, _ in JOURNAL:
        entry(year, [names, f"{title}.", venue])
    y += HEADING_GAP - (ENTRY_GAP - PITCH)
    heading("Refereed Book Chapters", SUB_X)
    year, names, title, venue, _ = CHAPTER
    entry(year, [names, f"{title}.", venue])
    y += HEADING_GAP - (ENTRY_GAP - PITCH)
    heading("Patents")
    entry(2019, ["Ines Varga, Tomas Okoro.", "Method for Flattening Folded Paper Records.",
                 "[P.1] US0012345B2, USA. Filed May 3rd, 2018."])
    y += HEADING_GAP - (ENTRY_GAP - PITCH)
    heading("Research Experience")
    entry(None, ["Archive Light Project, University of Norbury, Department of Survey Science, Norbury.",
                 "Sponsor: Norbury Records Trust. Principal Investigator."])
    return pdf.to_bytes()


def test_headings_hung_out_in_the_texts_own_type_end_and_open_sections():
    records = list(CVPdfExtractor().extract(make_doc(_word_processor_cv(), "mem://cv.pdf")))
    drafts = {r.title: r for r in records if isinstance(r, Draft)}
    # every paper (the first three under the stacked "Publications" / "Refereed Journal
    # Articles" headings), and neither the patent nor the project after "Patents"
    assert set(drafts) == {t for _, _, t, _, _ in JOURNAL} | {CHAPTER[2]}, records
    for year, _, title, _, venue in JOURNAL:
        assert drafts[title].venue.startswith(venue), drafts[title]  # "[J.1]" no word of it
    assert drafts[JOURNAL[2][2]].year == 2021  # the group's year
    chapter = drafts[CHAPTER[2]]  # one entry under one label: not cut at its title's stop
    assert chapter.venue.startswith(CHAPTER[4]) and chapter.year == 2020 and len(chapter.authors) == 2, chapter


# ---------------------------------------------------------------- sections named for meetings

def test_a_section_named_for_meetings_alone_lists_no_papers():
    for heading in ("Workshops", "Workshops (since 2013)", "WORKSHOPS AND TRAINING", "Conferences",
                    "(Conferences)", "Symposia and Meetings"):
        assert names_events(heading), heading
    for heading in ("Workshop Papers", "Refereed Workshop Papers", "Journals and Conferences",
                    "Conference Proceedings", "Articles in Refereed Conferences", "Publications"):
        assert not names_events(heading), heading
    assert classify_heading("Workshops") == "pub"  # a minor one under "Publications" still names its kind


def _meetings_cv() -> bytes:
    pdf = Writer("Times")
    pdf.new_page()
    pdf.centered(40, "Pavel Sykes", 18, bold=True)
    y = 90.0
    pdf.text(43, y, "Publications", 14, bold=True)
    y += 24
    papers = ["Sykes P, Okoro T (2022) Drying rates of wet paper in cold stores. Archive Science Quarterly 28:1-9.",
              "Varga I, Sykes P (2020) Mould spots as a record of storage history. Journal of Map Studies 11:40-52."]
    for p in papers:
        pdf.text(50, y, p[:80], 10)
        pdf.text(58, y + 12, p[80:], 10)
        y += 30
    pdf.text(43, y, "Workshops", 14, bold=True)
    y += 24
    meetings = ["[organiser] Paper conservation hackathon, Norbury, UK, June 2019.",
                "[teacher] Repairing folded maps with wheat paste, Lisbon, Portugal, May 2018.",
                "[organiser] Cold storage of paper records: a two-day course, Oslo, Norway, March 2017."]
    for m in meetings:
        pdf.text(50, y, m, 10)
        y += 18
    return pdf.to_bytes()


def test_meetings_under_a_workshops_heading_are_no_records():
    records = list(CVPdfExtractor().extract(make_doc(_meetings_cv(), "mem://cv.pdf")))
    drafts = [r for r in records if isinstance(r, Draft)]
    assert sorted(d.title for d in drafts) == ["Drying rates of wet paper in cold stores",
                                               "Mould spots as a record of storage history"], records


# ---------------------------------------------------------------- small ones

def test_editors_before_a_book_are_no_part_of_its_venue():
    assert venue_without_in("In: Holm, Dietz, and Quayle (editors), Handbook of Paper Records") == \
        "Handbook of Paper Records"
    assert venue_without_in("A. Holm and B. Dietz (eds.), Paper in Cold Climates") == "Paper in Cold Climates"
    assert venue_without_in("Journal of Map Studies (Special Issue)") == "Journal of Map Studies (Special Issue)"
    assert venue_without_in("In: Journal of Map Studies") == "Journal of Map Studies"


def test_yu_after_an_initial_ends_the_list_before_the_titles_words():
    assert not abbreviated_given("A. Marsh, B. Olden, and H. Yu", " Tracing faint stellar streams in halos.")
    assert abbreviated_given("A. Yu", " Manin, B. Lee")  # "A. Yu. Manin": a patronymic's initial
    assert abbreviated_given("Yu", " A. Manin")
    e = parse_entry("A. Marsh, B. Olden, and H. Yu. Tracing faint stellar streams around nearby galaxies. "
                    "Phys. Rev. D 110 (2024) 6, 064086.")
    assert e.authors == ["A. Marsh", "B. Olden", "H. Yu"], e.authors
    assert e.title == "Tracing faint stellar streams around nearby galaxies"


def _draft(raw: str, venue: str | None, year: int | None, title: str = "Frost marks on stored maps") -> Draft:
    return Draft(ordinal=1, title=title, authors=["T.M. Okoro"], venue=venue, year=year, raw=raw)


def test_a_target_journal_is_no_venue():
    d = without_status(_draft("Okoro, T.M., Varga, I. Frost marks on stored maps. Target Journal: Map Letters.",
                              "Target Journal: Map Letters", None))
    assert d.venue is None
    d = without_status(_draft("Okoro, T.M. (2021). Frost marks on stored maps. Map Letters.", "Map Letters", 2021))
    assert d.venue == "Map Letters" and d.year == 2021


def test_a_target_journal_run_on_from_the_title_is_no_word_of_it():
    d = without_status(_draft("Okoro, T.M. Frost marks on stored maps in cold rooms Target Journal: Map Letters.",
                              None, None, title="Frost marks on stored maps in cold rooms Target Journal: Map Letters"))
    assert d.title == "Frost marks on stored maps in cold rooms" and d.venue is None


# ---------------------------------------------------------------- a journal run into the title

def _sentence_case_records(last_title: str) -> list[Draft]:
    published = [("Drying rates of wet paper in cold stores", "PLoS Paper Science"),
                 ("Mould spots as a record of storage history", "Journal of Map Studies"),
                 ("How folded maps lose ink along their creases", "Archive Science Quarterly")]
    return [Draft(ordinal=k, title=t, authors=["P. Sykes"], venue=v, year=2020) for k, (t, v) in enumerate(published)] \
        + [Draft(ordinal=9, title=last_title, authors=["P. Sykes"], venue=None, year=2019)]


def test_a_journal_run_into_a_sentence_case_title_is_its_venue():
    from extractors.cv_pdf_runin import venues_run_into_titles

    found = _sentence_case_records("Fungal growth on archive boxes after floods PLoS Storage Biology")
    venues_run_into_titles(found)  # "PLoS": a venue the CV prints opens so
    assert (found[-1].title, found[-1].venue) == ("Fungal growth on archive boxes after floods", "PLoS Storage Biology")
    found = _sentence_case_records("Fungal growth on archive boxes after floods Philosophical Transactions B")
    venues_run_into_titles(found)  # named a venue by its words
    assert found[-1].venue == "Philosophical Transactions B"
    for title in ("Fungal growth on archive boxes after floods in West Africa",  # a place after "in"
                  "Fungal growth on archive boxes measured using Google Earth Engine"):  # no venue's name
        found = _sentence_case_records(title)
        venues_run_into_titles(found)
        assert found[-1].title == title and found[-1].venue is None


def test_a_title_case_cv_gives_no_run_in_venue():
    from extractors.cv_pdf_runin import venues_run_into_titles

    found = [Draft(ordinal=k, title=t, authors=["P. Sykes"], venue="Journal of Map Studies", year=2020)
             for k, t in enumerate(["Drying Rates of Wet Paper in Cold Stores", "Mould Spots as a Record of History",
                                    "How Folded Maps Lose Ink Along Their Creases"])]
    found.append(Draft(ordinal=9, title="Fungal Growth on Archive Boxes Journal Notes", authors=["P. Sykes"], venue=None,
                       year=2019))
    venues_run_into_titles(found)
    assert found[-1].venue is None


# ---------------------------------------------------------------- a footnote at a page's foot

def _footnoted_cv() -> bytes:
    pdf = Writer("Times")
    pdf.new_page()
    pdf.text(43, 60, "Selected publications", 14, bold=True)
    entries = [("Sykes P, Okoro T (2022) Drying rates of wet paper in cold stores.", "Archive Science Quarterly 28:1-9."),
               ("Varga I, Sykes P (2021) Mould spots as a record of storage history.", "Journal of Map Studies 11:40-52."),
               ("Okoro T, Sykes P (2020) How folded maps lose ink along their", None)]
    y = 700.0 - 3 * 30
    for first, second in entries:
        pdf.text(50, y, "-", 12)
        pdf.text(62, y, first, 12)
        if second:
            pdf.text(62, y + 14, second, 12)
        y += 30
    pdf.text(43, 750, "‡ source: an index of citations, 01-01-2024", 9)
    pdf.new_page()
    pdf.text(62, 60, "creases. Archive Science Quarterly 27:100-112.", 12)
    pdf.text(50, 80, "-", 12)
    pdf.text(62, 80, "Sykes P (2019) Cold rooms and their air. Journal of Map Studies 9:1-5.", 12)
    return pdf.to_bytes()


def test_a_footnote_at_the_pages_foot_is_no_part_of_the_entry_it_interrupts():
    records = list(CVPdfExtractor().extract(make_doc(_footnoted_cv(), "mem://cv.pdf")))
    drafts = {r.title: r for r in records if isinstance(r, Draft)}
    assert "How folded maps lose ink along their creases" in drafts, records
    assert drafts["How folded maps lose ink along their creases"].venue.startswith("Archive Science Quarterly")
    assert not [r for r in records if not isinstance(r, Draft)], records
