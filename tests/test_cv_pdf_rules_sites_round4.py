"""The CV PDF reader's rules of the fourth round on the real site CVs (#21, wt-sitecv4): the
citation's own year against page ranges and bracketed notes, year groups printed once in a
numbered list's margin, and fields the page does not part. Each rule on a small hand-made case
that fails without it; names, titles and venues here are made up."""

from __future__ import annotations

from extractors.base import Draft
from extractors.citations import parse_with_coauthors
from extractors.cv_pdf import _printed_apart, _printed_date, _year_group_labels
from extractors.cv_pdf_layout import EntryLine, PdfEntry

from .test_cv_pdf_rules_round10 import _line, _words


def _draft(raw: str, year: int | None, venue: str | None = None, title: str = "Quiet things") -> Draft:
    return Draft(ordinal=1, title=title, authors=["A. Lee"], year=year, venue=venue, raw=raw)


def test_a_page_range_is_no_year_when_the_citation_prints_one_in_brackets():
    raw = "Ann Lee, Bo Chen. Quiet things, Small Math. 161 (2025), no. 8, 1855–1922. arXiv:2309.11865."
    got = _printed_date(_draft(raw, 1922, "Small Math. 161 (2025), no. 8, 1855–"))
    assert got.year == 2025 and got.venue == "Small Math."
    got = _printed_date(_draft("A. Lee. Quiet things, Journal of Quiet Physics, 181 (2020), 1996-2010.", 2010))
    assert got.year == 2020
    # the year read stands outside any range: kept ("Proceedings 2019" and "(2020)" both dates)
    got = _printed_date(_draft("A. Lee. Quiet things, Proceedings of Quiet 2019 (2020), 1-9.", 2019))
    assert got.year == 2019
    # two bracketed years: which is the citation's is not told, the reading stays
    got = _printed_date(_draft("A. Lee. Quiet things, Small Math. 1 (2019), 1996-2010 (2020).", 2010))
    assert got.year == 2010


def test_a_bracketed_note_after_the_citation_does_not_date_it():
    raw = ("A. Lee, B. Chen. Quiet things, Comm. Quiet Phys. 343 (2016), no. 2, 651-700. "
           "[Includes correction: Comm. Quiet Phys. 371, 353–355 (2019).]")
    got = _printed_date(_draft(raw, 2019))
    assert got.year == 2016
    # the same year printed outside the note too: the reading stays
    got = _printed_date(_draft("A. Lee. Quiet things, Quiet Rev. 2019, 3 (2016). [Reprinted 2019]", 2019))
    assert got.year == 2019


def _entry(label: str | None, text: str, top: float = 60.0) -> PdfEntry:
    words = _words(text, top, 130.0)
    return PdfEntry(None, label, None, [EntryLine(_line(words), words)])


def test_a_year_printed_once_beside_a_group_dates_the_numbered_entries_under_it():
    entries = [_entry("2023 5", "A quiet title (with B. Chen), Quiet J., forthcoming."),
               _entry("4", "Another quiet title, Small Rev., forthcoming."),
               _entry("2021 3", "Third title, Quiet J. 2 (2021), 1-9."),
               _entry("2", "Second title, Quiet J. 1 (2021), 1-9."),
               _entry("2020", "1 First title, Quiet J. 1 (2020), 1-9.")]
    got = _year_group_labels(entries)
    assert [e.year_heading for e in got] == [None, 2023, None, 2021, None]
    # the number run into the text of a year's label that goes on counting is the label's
    assert got[4].label == "2020 1" and got[4].lines[0].words[0].text == "First"
    # one such label alone is no year-group list: nothing changes
    alone = [_entry("2023 2", "A quiet title, Quiet J."), _entry("1", "Another quiet title, Quiet J.")]
    assert [e.year_heading for e in _year_group_labels(alone)] == [None, None]
    # a number that does not go on counting stays in the title ("2020" beside "7 Ways to ...")
    entries[4] = _entry("2020", "7 Ways to be quiet, Quiet J. 1 (2020), 1-9.")
    assert _year_group_labels(entries)[4].lines[0].words[0].text == "7"


def test_a_dash_before_the_venue_and_brackets_glued_to_the_title_are_read_apart():
    d = _draft("Bounding quiet things (with B. Chen) - Quiet Algebra, Small Press, 2013.", 2013,
               "- Quiet Algebra, Small Press", "Bounding quiet things")
    _printed_apart(d)
    assert d.venue == "Quiet Algebra, Small Press"
    d = _draft("Powers of quiet forms in K[x, y, z] (with B. Chen), Quiet J. 1 (2010).", 2010, "Quiet J",
               "Powers of quiet forms in K")
    _printed_apart(d)
    assert d.title == "Powers of quiet forms in K[x, y, z]"
    # a GB/T 7714 type code glued to the title ("[J]", "[EB/OL]") is no notation of the title's
    d = _draft("Lee A. Quiet forms[J]. Quiet Journal, 2010.", 2010, "Quiet Journal", "Quiet forms")
    _printed_apart(d)
    assert d.title == "Quiet forms"
    # a note set apart by a space stays out of the title
    d = _draft("Quiet forms [Under review], Quiet J.", None, "Quiet J", "Quiet forms")
    _printed_apart(d)
    assert d.title == "Quiet forms"
    # a negative number is no dash before a venue's name
    d = _draft("Quiet forms, -1 Quiet J.", None, "-1 Quiet J", "Quiet forms")
    _printed_apart(d)
    assert d.venue == "-1 Quiet J"


def test_a_comma_glued_to_the_next_coauthor_parts_the_names():
    got = parse_with_coauthors("Quiet curves on small planes (with A. Lee, B. Chen,C. Roe), Quiet J. 1 (2019).")
    assert got is not None and got.authors == ["A. Lee", "B. Chen", "C. Roe"]


def _tokens(*pieces: tuple[str, bool]):
    from extractors.cv_pdf_render import _Token
    from extractors.pdf_lines import Word

    return [_Token(Word(t, 0.0, 1.0, 0.0, 1.0, 10.0, False, False, space), 0) for t, space in pieces]


def test_a_star_inside_a_formula_is_its_symbol_and_a_star_after_a_name_a_mark():
    from extractors.cv_pdf_render import _marked

    # "Ds0∗(2317)+ → Ds∗+γ": the star glued between the formula's words
    got = _marked(_tokens(("decay", True), ("D", True), ("s", False), ("0", False), ("∗", False),
                          ("(2317)", False), ("+", False)), None)
    assert got == "decay Ds0∗(2317)+"
    got = _marked(_tokens(("B0", True), ("→", True), ("D", True), ("∗−", False), ("ℓν", False)), None)
    assert got == "B0 → D∗−ℓν"
    assert _marked(_tokens(("of", True), ("R", True), ("(", False), ("D", False), ("∗", False), (")", False)),
                   None) == "of R(D∗)"
    # a footnote mark closes a name: before a comma, a space or a bracket the name did not open
    assert _marked(_tokens(("A.", True), ("Lee", True), ("∗", False), (",", False), ("B.", True), ("Chen", True)),
                   None) == "A. Lee, B. Chen"
    assert _marked(_tokens(("Lee", True), ("∗", False), ("and", True)), None) == "Lee and"
    assert _marked(_tokens(("(with", True), ("A.", True), ("Lee", True), ("∗", False), (")", False)), None) == \
        "(with A. Lee)"


def test_a_title_cut_inside_its_bracket_or_its_formula_takes_its_pieces_back():
    from extractors.cv_pdf import _title_runs_on

    raw = "Search for quiet states in Υ(1S, 2S) inclusive decays, Quiet Rev. Lett. 135, 041901 (2025)."
    d = _draft(raw, 2025, "2S) inclusive decays, Quiet Rev. Lett", "Search for quiet states in Υ(1S")
    _title_runs_on(d)
    assert d.title == "Search for quiet states in Υ(1S, 2S) inclusive decays" and d.venue == "Quiet Rev. Lett"
    raw = "Observation of quiet decays Ξc+ → pKS0, Λπ+, Σ0π+, J. Quiet Phys. 03 (2025) 061."
    d = _draft(raw, 2025, "Λπ+, Σ0π+, J. Quiet Phys", "Observation of quiet decays Ξc+ → pKS0")
    _title_runs_on(d)
    assert d.title == "Observation of quiet decays Ξc+ → pKS0, Λπ+, Σ0π+" and d.venue == "J. Quiet Phys"
    # a venue of words after a closed title stays
    d = _draft("Quiet things, Small Rev., 2020.", 2020, "Small Rev", "Quiet things")
    _title_runs_on(d)
    assert d.title == "Quiet things" and d.venue == "Small Rev"


def test_an_accent_the_text_layer_gives_after_the_letter_it_is_drawn_over_goes_on_that_letter():
    from extractors.pdf_lines import _word

    def char(t, x0, x1):
        return {"text": t, "x0": x0, "x1": x1}

    raw = {"text": "Blitvic´,", "x0": 0.0, "x1": 45.0, "top": 0.0, "bottom": 10.0, "size": 10.0, "fontname": "Serif",
           "chars": [char("B", 0, 6), char("l", 6, 9), char("i", 9, 12), char("t", 12, 15), char("v", 15, 20),
                     char("i", 20, 23), char("c", 23, 28), char("´", 24, 27), char(",", 28, 30)]}
    assert _word(raw).text == "Blitvić,"
    # an accent beside its letter, over none ("Lee´s" as a typo's prime): as it is
    raw["chars"][7] = char("´", 28.5, 30)
    assert _word(raw).text != "Blitvić,"


def test_an_author_count_after_et_al_is_a_note_on_the_names():
    from extractors.cv_pdf import _COUNT_NOTE, _author_count

    text = "A. Lee, B. Chen, C. Roe, et al. (44 authors incl. D. Quiet), Quiet-4: small things. arXiv:2603.22195."
    assert _author_count(text) == 44
    assert _COUNT_NOTE.sub("", text) == "A. Lee, B. Chen, C. Roe, et al., Quiet-4: small things. arXiv:2603.22195."
    # brackets that count no authors stay
    assert _author_count("A. Lee et al. (2021), Quiet things.") is None


def test_a_course_is_no_venue_of_its_notes():
    d = _draft("Quiet matrices, graduate topics course at Quiet University, Spring 2025. Lecture notes.", 2025,
               "graduate topics course at Quiet University", "Quiet matrices")
    _printed_apart(d)
    assert d.venue is None
    d = _draft("Quiet matrices, Course Studies Quarterly 3, 2025.", 2025, "Course Studies Quarterly 3",
               "Quiet matrices")
    _printed_apart(d)
    assert d.venue == "Course Studies Quarterly 3"


def test_oral_presentations_in_bold_is_a_heading_and_oral_alone_a_badge():
    from extractors.cv_pdf_layout import heading_strength

    from .test_cv_pdf_rules_round10 import _words as words

    assert heading_strength(words("Oral Presentations", 60.0, 56.0, size=12.0, bold=True), 11.0) == "minor"
    assert heading_strength(words("Poster Presentations", 60.0, 56.0, size=12.0, bold=True), 11.0) == "minor"
    # a paper's badge on a line of its own stays no heading
    assert heading_strength(words("Oral", 60.0, 56.0, size=12.0, bold=True), 11.0) is None
    assert heading_strength(words("Oral presentation at Quiet Conference", 60.0, 56.0, size=12.0, bold=True),
                            11.0) is None
