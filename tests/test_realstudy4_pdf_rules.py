"""The CV PDF reader's rules found on the CV PDFs of real-sites batch 4 (#21 item 3; studied
since wt-realstudy4pdf), each on a case made here with names, titles and venues invented for
it: two narrow columns below a stretch set with another gutter, each column wrapping its own
lines (their baselines apart), are read column by column though their short lines are no
prose; a type in which more lines name a section than name none is the headings' type; "In
Preparation" names a list of papers; a line of several words repeated at one height in the
pages' margin zone is a running foot; a paragraph set smaller after each complete citation is
a note, no part of the entry; a venue that is a list of people's names is an author line; an
en dash glued to a word at a line's end joins the next line with no space; a year read from a
volume's page range gives way to the year the entry prints; an accepted paper's status before
its journal is no word of the venue; a manuscript's status in the venue's place is no venue,
and its date (or its group's year) no year."""

from __future__ import annotations

import re
from collections import Counter

from extractors.base import Draft, RecordError
from extractors.cv_pdf import _ACCEPTED_LEAD, CVPdfExtractor
from extractors.cv_pdf_biblatex import year_outside_pages
from extractors.cv_pdf_layout import SectionReader, _entry_styles, classify_heading
from extractors.cv_pdf_notes import without_notes
from extractors.cv_pdf_render import _glue
from extractors.cv_pdf_status import without_status
from extractors.entry_quality import _names_list, quality
from extractors.pdf_lines import _own_baselines, _running_text, read_lines

from .conftest import make_doc
from .cv_layouts import Writer
from .test_cv_pdf_rules_round10 import _line, _words


def _wrap(pdf: Writer, text: str, width: float, size: float, bold: bool = False) -> list[str]:
    lines, line = [], ""
    for w in text.split():
        if line and pdf.measure(f"{line} {w}", size, bold) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return lines + [line] if line else lines


# ---------------------------------------------------------------- two narrow columns, own baselines

# (year, names, title, venue, volume): invented
PUBLISHED = [
    (2025, "Okafor, N., Lindqvist, P., & Moreau, C.", "Trust in local councils after repeated floods in river towns",
     "Journal of Civic Research", "12, 45-67"),
    (2024, "Lindqvist, P., Okafor, N., Haddad, R., & Serrano, M.", "Neighbourhood income mixing and the sense of fairness",
     "Social Order Review", "8(2), 101-130"),
    (2023, "Okafor, N., & Serrano, M.", "How pupils learn to judge rewards: a panel of three cohorts",
     "Education and Society", "4, 1-22"),
    (2022, "Haddad, R., Okafor, N., & Lindqvist, P.", "Market ideas about pensions among young adults in port cities",
     "Comparative Welfare Letters", "9, 310-333"),
]
IN_PREPARATION = [
    ("Wealth gaps and the reach of friendship ties in midsize cities", "Nkem Okafor and Rania Haddad."),
    ("What students believe about merit across two school systems", "Marta Serrano and Nkem Okafor."),
]
LEFT_COLUMN = (43.0, 87.0, 285.0)  # year column, text edge, right edge
RIGHT_COLUMN = (306.0, 350.0, 550.0)
PITCH = 13.5
OFFSET = 6.0  # the right column's baselines stand this far below the left's: two flows


def _two_column_cv() -> bytes:
    """A CV printed from a web page in two narrow columns (as headless Chrome prints a
    two-column HTML CV): a wide profile paragraph with a contact column far right, then two
    columns with another gutter, each with a year column; the article list runs from the foot
    of the left column to the head of the right one; every heading in one large type, five of
    them named in words no table holds."""
    pdf = Writer("Times")
    pdf.new_page()
    pdf.centered(30, "Nkem Okafor", 26)
    pdf.text(43, 76, "Research Profile", 18)
    pdf.text(400, 76, "Contact", 18)
    profile = ("Sociologist trained in two countries who studies how people judge fairness in welfare and "
               "schools, with panel surveys, experiments and a long interest in local councils and their "
               "budgets, mostly in port towns and river valleys of the north.")
    contact = ["Room 12, Faculty of", "Social Studies", "Northfield University", "n.okafor@example.org",
               "Website", "Scholar"]
    y = 100.0
    for k, text in enumerate(_wrap(pdf, profile, 320, 12)):
        pdf.text(43, y, text, 12)
        if k < len(contact):
            pdf.text(420, y, contact[k], 10.8)
        y += PITCH
    top = y + 24

    def column(col: tuple[float, float, float], y: float, items: list) -> float:
        year_x, text_x, right = col
        for item in items:
            if item[0] == "heading":
                y += 8
                pdf.text(year_x, y, item[1], 18)
                y += 28
            elif item[0] == "entry":
                _, year, lines = item
                if year:
                    pdf.text(year_x, y, str(year), 11.4)
                for text, bold in lines:
                    for part in _wrap(pdf, text, right - text_x, 11.4, bold):
                        pdf.text(text_x, y, part, 11.4, bold=bold)
                        y += PITCH
                y += 5
        return y

    def article(year, names, title, venue, volume):
        return ("entry", year, [(names, False), (title, True), (f"{venue}, {volume}.", False),
                                (f"https://doi.org/10.9999/x.{year}", False)])

    left = [("heading", "Education"),
            ("entry", "2019-2021", [("M.A. Sociology, Northfield University", False)]),
            ("heading", "Peer-reviewed Articles")] + [article(*p) for p in PUBLISHED[:3]]
    right = [article(*PUBLISHED[3]), ("heading", "In Preparation")] + [
        ("entry", 2026 if k == 0 else None, [(title, True), (names, False), ("In progress", False)])
        for k, (title, names) in enumerate(IN_PREPARATION)]
    column(LEFT_COLUMN, top, left)
    column(RIGHT_COLUMN, top + OFFSET, right)
    pdf.new_page()
    y = 60.0
    for heading, line in [("Reports and Data", "A data report on council budgets, 2021."),
                          ("Visualizations", "An interactive map of flood claims."),
                          ("Referee Work", "Journal of Civic Research; Social Order Review."),
                          ("Other Things", "Choir, long-distance running."),
                          ("Teaching", "Research methods for sociologists, 2022-2024."),
                          ("Skills", "R, Stata, survey design.")]:
        pdf.text(43, y, heading, 18)
        pdf.text(87, y + 28, line, 11.4)
        y += 70
    return pdf.to_bytes()


def test_two_narrow_columns_with_their_own_baselines_are_read_column_by_column():
    records = list(CVPdfExtractor().extract(make_doc(_two_column_cv(), "mem://cv.pdf")))
    drafts = {r.title: r for r in records if isinstance(r, Draft)}
    wanted = {p[2] for p in PUBLISHED} | {t for t, _ in IN_PREPARATION}
    assert set(drafts) == wanted, records
    for year, names, title, venue, _ in PUBLISHED:
        d = drafts[title]
        assert d.year == year and d.venue == venue, d
        assert len(d.authors) == names.count(".,") + 1, d.authors
    assert drafts[IN_PREPARATION[0][0]].authors == ["Nkem Okafor", "Rania Haddad"]


def test_sides_level_with_each_other_are_no_two_flows():
    # a table's right-hand cells (a venue beside each entry's first line) stand level with it
    level = [_words("Lee A. and Chen B. A title of things", top, 56.0) + _words("Venue Letters", top, 400.0)
             for top in range(100, 100 + 14 * 8, 14)]
    assert not _own_baselines(level, 350.0)
    apart = [_words("Lee A. and Chen B. A title of things", top, 56.0) + _words("Venue Letters", top + 5, 400.0)
             for top in range(100, 100 + 14 * 8, 14)]
    assert _own_baselines(apart, 350.0)
    assert not _own_baselines(apart[:4], 350.0)  # too few lines to tell two flows


# ---------------------------------------------------------------- headings' own type

def _major(text: str, top: float) -> object:
    return _line(_words(text, top, 56.0, size=16.0))


def test_a_type_whose_lines_mostly_name_sections_is_the_headings_type():
    named = ["Education", "Publications", "Teaching", "Skills", "Awards", "Contact"]
    unnamed = ["Research Profile", "Reports and Data", "Visualizations", "Referee Work", "Other Things"]
    lines = [_major(t, 100 + 30 * k) for k, t in enumerate(named + unnamed)]
    assert _entry_styles(lines) == set()
    # an entry title's type: many lines that name no section (a Europass CV's titles)
    titles = [f"Sparse models of river flow number {k}" for k in range(7)]
    lines = [_major(t, 100 + 30 * k) for k, t in enumerate(titles + named[:2])]
    assert _entry_styles(lines) == {(16.0, False, False)}


def test_in_preparation_names_a_list_of_papers():
    assert classify_heading("In Preparation") == "pub"
    assert classify_heading("Papers in preparation") == "pub"
    assert classify_heading("Manuscripts in prep.") == "pub"
    assert classify_heading("Teaching preparation") == "skip"


# ---------------------------------------------------------------- running foot in the margin zone

def test_a_line_of_several_words_repeated_in_the_margin_zone_is_a_running_foot():
    height = 842.0
    running: Counter[str] = Counter()
    top = 0.91 * height  # inside the bottom tenth, outside its outer 6%
    foot = "Hall of Sciences, Room 12 – Northfield – Country 12345"
    clear = 3.0  # font sizes of blank above it
    assert not _running_text(_line(_words(foot, top, 156.0), page=1), height, running, clear)  # seen once
    assert _running_text(_line(_words(foot, top, 156.0), page=2), height, running, clear)
    # a short line there may be an entry's end that recurs by chance: kept
    short: Counter[str] = Counter()
    assert not _running_text(_line(_words("2021.", top, 56.0), page=1), height, short, clear)
    assert not _running_text(_line(_words("2021.", top, 56.0), page=2), height, short, clear)
    # a form's field line recurs at one height too, but at the line pitch under the text: kept
    field: Counter[str] = Counter()
    line = "Type of publication: Journal article"
    assert not _running_text(_line(_words(line, top, 56.0), page=1), height, field, 0.3)
    assert not _running_text(_line(_words(line, top, 56.0), page=2), height, field, 0.3)


# ---------------------------------------------------------------- a note after each citation

# (names, title, venue, year, note): invented
NOTED = [
    ("Ada Mwangi, Tomas Ekberg, and Lina Park", "Dating ancestral lineages of a plant virus from field samples",
     "Virus Studies", 2019, "I designed the analysis, wrote the code and about half of the manuscript, and made every "
     "figure. The first author was a doctoral student in my group, and I was her primary supervisor for the whole "
     "project. This paper was featured in two newspapers and a radio programme, and its software is used by three "
     "public health laboratories for their weekly reports on the virus in the region."),
    ("Lina Park and Ada Mwangi", "A clustering method for outbreaks from sequence variation",
     "Computational Epidemics", 2020, "I proposed the model and supervised the student who implemented it."),
    ("Tomas Ekberg, Ada Mwangi, Rui Costa, and Lina Park", "Tree shapes as a summary of transmission in small herds",
     "Systematic Zoology Notes", 2021, "I wrote the first version of the simulation and edited the paper."),
    ("Ada Mwangi and Rui Costa", "Drug resistance in a cohort followed over ten years",
     "Clinical Virus Reports", 2022, "I ran all analyses of sequence data and clinical records."),
]


def _noted_cv(carried: bool = False) -> bytes:
    """A numbered biblatex list (moderncv): 'N. Names. “Title”. In: Venue (Year).', each
    entry followed by a paragraph about the owner's part in it, set a point smaller. With
    ``carried`` the last entry's note runs over to the next page."""
    pdf = Writer("Times")
    pdf.new_page()
    pdf.text(72, 50, "Ada Mwangi", 22)
    pdf.text(72, 100, "Publications", 14)
    y = 125.0
    for k, (names, title, venue, year, note) in enumerate(NOTED, start=1):
        pdf.text(72, y, f"{k}.", 10.9)
        for part in _wrap(pdf, f"{names}. “{title}”. In: {venue} ({year}).", 400, 10.9):
            pdf.text(90, y, part, 10.9)
            y += 13.5
        if carried and k == len(NOTED):
            pdf.new_page()
            y = 60.0
        for part in _wrap(pdf, note, 400, 10.0):
            pdf.text(90, y, part, 10.0)
            y += 12.5
        y += 10
    return pdf.to_bytes()


def test_a_smaller_paragraph_after_each_citation_is_a_note_not_the_entry():
    for carried in (False, True):
        records = list(CVPdfExtractor().extract(make_doc(_noted_cv(carried), "mem://cv.pdf")))
        assert not [r for r in records if isinstance(r, RecordError)], records
        drafts = {r.title: r for r in records if isinstance(r, Draft)}
        assert set(drafts) == {n[1] for n in NOTED}, records
        for names, title, venue, year, _ in NOTED:
            d = drafts[title]
            assert d.venue == venue and d.year == year, d
            assert len(d.authors) == len(re.split(r",\s+and\s+|\s+and\s+|,\s+", names)), d


def _small_under_title_cv() -> bytes:
    """Each entry's title printed larger, its names and venue under it a point smaller: the
    smaller lines are the citation's own (the title line prints no year)."""
    pdf = Writer("Times")
    pdf.new_page()
    pdf.text(72, 50, "Ada Mwangi", 22)
    pdf.text(72, 100, "Publications", 14, bold=True)
    y = 125.0
    for names, title, venue, year, _ in NOTED:
        pdf.text(72, y, title, 11)
        pdf.text(72, y + 13, f"{names}. {venue}, {year}.", 10)
        y += 34
    return pdf.to_bytes()


def test_smaller_lines_under_a_title_without_a_year_stay_the_citations():
    reader = SectionReader()
    reader.feed(read_lines(_small_under_title_cv(), "mem://cv.pdf"))
    entries = reader.finish()
    assert len(entries) == len(NOTED) and all(len(e.lines) == 2 for e in entries), entries
    assert [len(e.lines) for e in without_notes(entries)] == [2] * len(NOTED)
    # the same list with a year on each title's line and a sentence after it: notes
    reader = SectionReader()
    reader.feed(read_lines(_noted_cv(), "mem://cv.pdf"))
    entries = reader.finish()
    assert [len(e.lines) for e in without_notes(entries)] < [len(e.lines) for e in entries]


# ---------------------------------------------------------------- names read as a venue

def test_a_venue_that_is_a_list_of_names_is_an_author_line():
    assert _names_list("Rosa, Tania Okoye, Vivian Dias Lemos, and Richard Hale")
    assert _names_list("A. Lee, B. Chen and C. Roe")
    assert not _names_list("A & A, Volume")  # a journal's abbreviation is no list of people
    assert not _names_list("Physics, Chemistry and Biology")
    assert not _names_list("Journal of Physics A")
    assert not _names_list("Smith and Wesson Journal")
    assert not _names_list("Ann Lee, Bo Chen and Cy Roe (eds.), Handbook of Things")
    names = ["Ann Lee", "Bo Chen", "Cy Roe", "Nohpal De La"]
    as_venue = quality(names, "J Theor Stat", "Rosa, Tania Okoye, Vivian Dias Lemos, and Richard Hale", None)
    right = quality(names + ["Rosa Tania"], "A study of sparse lattices in stable groups", "J Theor Stat 72", 2017)
    assert as_venue is not None and right is not None and right > as_venue


# ---------------------------------------------------------------- a Word CV's small ones

def test_an_en_dash_glued_to_a_word_at_a_line_end_joins_with_no_space():
    assert _glue("Predicting novel grass–", "beetle links") == "Predicting novel grass–beetle links"
    assert _glue("Oecologia, 65: 1957–", "1966.") == "Oecologia, 65: 1957–1966."
    assert _glue("A Short Title –", "Journal of Things") == "A Short Title – Journal of Things"  # a spaced dash
    assert _glue("Under the", "weather") == "Under the weather"


def test_a_year_read_from_a_volumes_page_range_gives_way_to_the_printed_year():
    raw = "Lee, A. and B. Chen 2011. Wing shapes of small moths. Moth Ecology, 65: 1957-1966."
    d = Draft(ordinal=1, title="Wing shapes of small moths", authors=["A. Lee", "B. Chen"], year=1966,
              venue="Moth Ecology", raw=raw)
    assert year_outside_pages(d).year == 2011
    raw = "Lee, A. Wing shapes of small moths. Moth Ecology, 12(3): 2001–2010 (2012)."
    d = Draft(ordinal=1, title="Wing shapes of small moths", authors=["A. Lee"], year=2010, venue="Moth Ecology",
              raw=raw)
    assert year_outside_pages(d).year == 2012
    # a year printed nowhere else stays
    d = Draft(ordinal=1, title="Wing shapes", authors=["A. Lee"], year=2010, venue="Moth Ecology",
              raw="Lee, A. Wing shapes. Moth Ecology, 12: 2001-2010.")
    assert year_outside_pages(d).year == 2010


def test_an_accepted_papers_status_before_its_journal_is_no_word_of_the_venue():
    assert _ACCEPTED_LEAD.sub("", "In press at Moth Ecology") == "Moth Ecology"
    assert _ACCEPTED_LEAD.sub("", "Accepted in Wing Letters") == "Wing Letters"
    assert _ACCEPTED_LEAD.sub("", "Forthcoming in Journal of Moths") == "Journal of Moths"
    assert _ACCEPTED_LEAD.sub("", "Submitted to Moth Ecology") == "Submitted to Moth Ecology"  # not accepted
    assert _ACCEPTED_LEAD.sub("", "Insect Press Reviews") == "Insect Press Reviews"
    assert _ACCEPTED_LEAD.sub("", "Accepted in principle") == "Accepted in principle"  # no journal named


# ---------------------------------------------------------------- a manuscript's status

def _draft(raw: str, venue: str | None, year: int | None) -> Draft:
    return Draft(ordinal=1, title="Wing shapes of small moths", authors=["Ann Lee"], venue=venue, year=year, raw=raw)


def test_a_status_in_the_venues_place_is_no_venue_and_its_date_no_year():
    # a parenthesis after the journal it was sent to, with the submission's date
    d = without_status(_draft("Ann Lee. “Wing shapes of small moths”. In: Moth Ecol (Submitted, May 3, 2018).",
                              "Moth Ecol", 2018))
    assert d.venue is None and d.year is None
    d = without_status(_draft("Ann Lee. “Wing shapes”. In: Wing Lett (Revision after review, in progress).",
                              "Wing Lett", None))
    assert d.venue is None
    # the status alone, or as the entry's last words: a year of the group's label goes too
    d = without_status(_draft("Wing shapes of small moths Ann Lee & Bo Chen. In progress", "progress", 2026))
    assert d.venue is None and d.year is None
    d = without_status(_draft("Wing shapes of small moths Ann Lee. Under Review", None, 2026))
    assert d.year is None
    # a year the entry prints itself stays ("In prep. (2018)")
    d = without_status(_draft("Ann Lee. “Wing shapes of small moths”. In: In prep. (2018).", "In prep", 2018))
    assert d.venue is None and d.year == 2018
    # a published paper, and an accepted one, keep theirs
    d = without_status(_draft("Ann Lee. “Wing shapes”. In: Moth Ecol 3.2 (May 2018), pp. 1–9.", "Moth Ecol", 2018))
    assert d.venue == "Moth Ecol" and d.year == 2018
    d = without_status(_draft("Ann Lee. “Wing shapes”. In: Moth Ecol (Accepted, May 3, 2018).", "Moth Ecol", 2018))
    assert d.venue == "Moth Ecol" and d.year == 2018
