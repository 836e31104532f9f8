"""The CV PDF reader's rules found on the CV PDFs of real-sites batch 3 (#21 item 3; studied
since wt-realstudy3pdf), each on a case made here with names, titles and venues invented for
it: a title between two closing quotation marks (what LaTeX prints for an ASCII "Title") is a
quoted title, and a field does not end at a line break inside its quotation marks; a heading
in the text's own type is found by its position (a blank above, the lines under it indented);
an icon font's glyph that opens a line is a bullet, and a bulleted line whose words run on
past the page's column edge keeps them as its text; a dash standing alone at a title's end
is the separator after it."""

from __future__ import annotations

from extractors.base import Draft
from extractors.citations import standard_quotes
from extractors.cv_pdf import CVPdfExtractor, _title_without_end_dash
from extractors.cv_pdf_layout import _margin
from extractors.cv_pdf_render import quote_left_open
from extractors.pdf_lines import _icon_bullets

from .conftest import make_doc
from .cv_layouts import Writer
from .test_cv_pdf_rules_round10 import _line, _words

# ---------------------------------------------------------------- ”Title” (LaTeX's ASCII quotes)

# (names, title, venue, year): invented
QUOTED = [
    ("Varga, E., & Okonkwo, T.", "Sparse Lattice Search for Wind Farm Layouts under Changing Weather", "Renewable Systems Letters", 2018),
    ("Okonkwo, T., Varga, E., and Lindahl, P.", "A Greedy Heuristic for Routing Small Drones Through Dense Urban Canyons", "Journal of Aerial Logistics", 2019),
    ("Varga, E., Brandt, M., Lindahl, P., & Okonkwo, T.", "Learning to Schedule Irrigation Pumps with Few Sensor Readings", "Water Control Review", 2021),
    ("Varga, E., & Lindahl, P.", "Fuzzy Clustering of Soil Samples from Terraced Vineyards in Steep Valleys", "Agricultural Data Notes", 2022),
]


def _latex_quotes_cv(ragged_words: int = 7) -> bytes:
    """A numbered CV list as pdfTeX prints it from ``"Title"``: both marks are ”; the text is
    set ragged, each line broken after ``ragged_words`` words, so a line inside the title ends
    well short of the column's edge."""
    pdf = Writer("Times")
    pdf.new_page()
    left = 72.0
    pdf.text(left, 50, "Eszter Varga", 20, bold=True)
    pdf.text(left, 90, "Publications", 14, bold=True)
    y = 115.0
    for k, (names, title, venue, year) in enumerate(QUOTED, start=1):
        words = f"{k}. {names}, ”{title}”, {venue}, {year}.".split()
        for i in range(0, len(words), ragged_words):
            pdf.text(left + (0 if i == 0 else 14), y, " ".join(words[i:i + ragged_words]), 10)
            y += 12.5
        y += 6
    return pdf.to_bytes()


def test_a_title_between_two_closing_quotes_is_read_over_its_line_breaks():
    records = list(CVPdfExtractor().extract(make_doc(_latex_quotes_cv(), "mem://cv.pdf")))
    drafts = {r.title: r for r in records if isinstance(r, Draft)}
    assert set(drafts) == {q[1] for q in QUOTED}, records
    for names, title, venue, year in QUOTED:
        d = drafts[title]
        assert d.venue == venue and d.year == year, d
        assert len(d.authors) == names.count(",") // 2 + 1 or len(d.authors) == names.count(", ") // 2 + 1, d.authors


def test_two_closing_quotes_are_turned_only_when_the_first_opens():
    assert standard_quotes("Lee, A., ”A Small Title”, Venue") == "Lee, A., “A Small Title”, Venue"
    assert standard_quotes("”Wrapped over\na line break”, Venue") == "“Wrapped over\na line break”, Venue"
    # a closing mark after a word or a stop opens nothing
    assert standard_quotes("“A Title,” Venue, ”") == "“A Title,” Venue, ”"
    assert standard_quotes("the so-called” method") == "the so-called” method"


def test_a_line_that_ends_inside_quotation_marks_leaves_them_open():
    assert quote_left_open("Lee, A., ”Sparse Search for")
    assert quote_left_open("Lee, A., “Sparse Search for")
    assert quote_left_open('Lee, A., "Sparse Search for')
    assert not quote_left_open("Lee, A., “Sparse Search”, Venue")
    assert not quote_left_open("Lee, A., ”Sparse Search”, Venue")
    assert not quote_left_open("Lee, A., Chen, B.")


# ---------------------------------------------------------------- headings set apart by position

# (names, year, title, venue): invented
ARTICLES = [
    ("Quispe, R., & Halvorsen, J.", 2019, "Neighbourhood ties and trust after a flood in coastal towns", "Journal of Community Studies, 12(3), 45-67"),
    ("Halvorsen, J., Quispe, R., & Mbeki, L.", 2021, "Voluntary groups and civic trust in growing mid-sized cities", "Urban Life Review, 8, 101-130"),
    ("Quispe, R.", 2022, "A latent class view of friendship choices among students of three regions", "Social Ties Quarterly, 4(1), 1-22"),
]
TALKS = [(2023, "Friendship choices across regions and their slow drift over ten years", "Annual Meeting on Social Ties, Lima")]


def _position_headings_cv(heading: str = "Papers, chapters, and more.") -> bytes:
    """A résumé class's CV as the real one that showed the class: every heading in the text's
    own type and size, set apart only by a blank above it and its outdent (the lines under it
    indented, bullets or bold entry heads); a later section hangs year labels out to the
    heading's edge."""
    pdf = Writer("Times")
    pdf.new_page()
    left, indent, hang = 72.0, 87.0, 99.0
    pdf.text(left, 50, "Rosa Quispe Halvorsen", 22)
    y = 100.0
    pdf.text(left, y, "Research projects", 11)
    y += 22
    pdf.text(indent - 4, y, "Survey of mutual aid groups in two valleys", 11, bold=True)
    y += 15
    pdf.text(indent, y, "- Data collection and coding of interviews", 11)
    y += 30
    pdf.text(left, y, heading, 11)
    y += 22
    for names, year, title, venue in ARTICLES:
        words = f"- {names} ({year}). {title}. {venue}.".split()
        first, line = True, ""
        for w in words:
            if pdf.measure(f"{line} {w}".strip(), 11) > 540 - (indent if first else hang):
                pdf.text(indent if first else hang, y, line, 11)
                y += 14
                first, line = False, w
            else:
                line = f"{line} {w}".strip()
        pdf.text(indent if first else hang, y, line, 11)
        y += 22
    y += 10
    pdf.text(left, y, "Presentations", 11)
    y += 22
    for year, title, where in TALKS:
        pdf.text(left - 2, y, f"{year} “{title}”.", 11)
        y += 14
        pdf.text(hang, y, f"{where}. With A. Okafor.", 11)
        y += 22
    return pdf.to_bytes()


def test_a_heading_in_the_text_type_is_found_by_its_outdent_and_the_blank_above():
    records = list(CVPdfExtractor().extract(make_doc(_position_headings_cv(), "mem://cv.pdf")))
    drafts = [r for r in records if isinstance(r, Draft)]
    assert {d.title for d in drafts} == {a[2] for a in ARTICLES}, records
    for d in drafts:
        names, year, title, venue = next(a for a in ARTICLES if a[2] == d.title)
        assert d.year == year and d.venue and d.venue.startswith(venue.split(",")[0]), d
    # the talks under the next heading (found at the same edge, their year labels hung out
    # as far) are no publications, and nothing of them is rejected as one either
    assert not any(TALKS[0][1][:20] in (getattr(r, "excerpt", "") or "") for r in records), records


def test_an_outdented_line_that_names_no_section_is_no_heading():
    # the same layout, the list's heading replaced by words that name nothing: no list is found
    records = list(CVPdfExtractor().extract(make_doc(_position_headings_cv("Miscellaneous things"), "mem://cv.pdf")))
    assert not any(isinstance(r, Draft) and r.title in {a[2] for a in ARTICLES} for r in records), records


# ---------------------------------------------------------------- icon bullets, bulleted lines


def _icon(x0: float, top: float, font: str = "ABCDEF+FontAwesome5Free-Solid", text: str = "]") -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 8.0, "top": top, "bottom": top + 10.0, "fontname": font,
            "size": 10.0, "upright": True}


def test_an_icon_glyph_that_opens_a_line_is_a_bullet():
    words = _words("A study of small things", 100.0, 103.0) + _words("and of large ones", 112.0, 103.0) \
        + _words("Lyon", 130.0, 60.0) + _words("visits, invited by B. Roe", 130.0, 100.0) \
        + _words("A bold title at the edge", 160.0, 85.0) + _words("2021", 172.0, 97.0) \
        + _words("The next title at the edge", 184.0, 85.0)
    raw = [_icon(85.0, 100.0), _icon(85.0, 130.0), _icon(300.0, 250.0),
           _icon(85.0, 100.0, font="ABCDEF+Times-Roman"), _icon(85.0, 172.0)]
    bullets = _icon_bullets(raw, words)
    # the first opens its line and hangs (the line under it starts at its text); the second
    # stands after "Lyon" (inside a line); the third stands alone; the fourth is a letter of a
    # text font; the fifth opens a line at the text's own edge (AltaCV's "<icon> 2021" under a
    # title that starts where it does), and the line under it starts there too
    assert [(b.text, b.x0, b.top) for b in bullets] == [("•", 85.0, 100.0)]


def test_a_bulleted_line_running_on_past_the_column_edge_keeps_its_words():
    # the page's column edge is another section's (209); the entry's words start at 103
    words = _words("•", 100.0, 85.0) + _words("Totally flat maps of small graphs and more", 100.0, 103.0)
    label, content = _margin(_line(words, left=209.0))
    assert [w.text for w in label] == ["•"] and content[0].text == "Totally"
    # a number before the run is still a label of its own, and the run is the margin's
    words = _words("12.", 100.0, 60.0) + _words("Totally flat maps of small graphs and more", 100.0, 103.0)
    label, content = _margin(_line(words, left=209.0))
    assert label and label[0].text == "12."


def test_a_dash_alone_at_a_titles_end_is_the_separator_after_it():
    d = Draft(ordinal=1, title="Flat maps of small graphs -", authors=["A. Roe"])
    _title_without_end_dash(d)
    assert d.title == "Flat maps of small graphs"
    d = Draft(ordinal=1, title="Maps of the A-", authors=["A. Roe"])
    _title_without_end_dash(d)
    assert d.title == "Maps of the A-"


# ---------------------------------------------------------------- a year column printed once per group

# (year printed beside the number or None, names, title, venue): invented; no entry prints its year
GROUPED = [
    (2024, "Okafor, N., Brandt, M., & Silva, R.", "Sensory profiles of adults in open-plan offices", "Journal of Work Psychology"),
    (None, "Silva, R., & Okafor, N.", "Predicting noise tolerance from short questionnaires", "Applied Perception Letters"),
    (None, "Brandt, M., Okafor, N., & Ito, K.", "A field study of lighting preferences in libraries", "Environment and Mind"),
    (2022, "Okafor, N., & Ito, K.", "Attention shifts during unexpected sounds in quiet rooms", "Cognition Reports"),
    (None, "Ito, K., Okafor, N., & Brandt, M.", "Habituation to recurring alarms over four weeks", "Journal of Work Psychology"),
]


def _year_column_cv() -> bytes:
    """A word processor's numbered list with a year column at the far left, the year printed
    beside the first entry of its year only."""
    pdf = Writer("Helvetica")
    pdf.new_page()
    pdf.text(85, 40, "Ngozi Okafor", 20, bold=True)
    pdf.text(85, 80, "PUBLICATIONS", 11, bold=True)
    y = 104.0
    for k, (year, names, title, venue) in enumerate(GROUPED, start=1):
        if year:
            pdf.text(35, y, str(year), 10)
        pdf.text(85, y, f"{k}.", 10)
        pdf.text(103, y, f"{names} {title}.", 10)
        y += 12.5
        pdf.text(103, y, f"{venue}, {k + 2}({k}), {10 * k}-{10 * k + 9}.", 10)
        y += 16
    return pdf.to_bytes()


def test_a_year_printed_once_beside_a_number_stands_for_the_numbered_entries_under_it():
    records = list(CVPdfExtractor().extract(make_doc(_year_column_cv(), "mem://cv.pdf")))
    drafts = {r.title: r for r in records if isinstance(r, Draft)}
    assert set(drafts) == {g[2] for g in GROUPED}, records
    year = None
    for printed, names, title, venue in GROUPED:
        year = printed or year
        assert drafts[title].year == year, (title, drafts[title].year)
