"""The CV PDF reader's rules of the thirteenth round (#16 item 2), each on a small hand-made
case: icons set in a symbol font are no text, a venue's name ("Conference on ...") is no
section heading, a title in a larger bold type opens each entry (dates at the start of its
lines mark none), "in:" opens a venue in a comma-separated citation, a running head ending
"Page 2 of 5" is dropped, and "(continued)" under a page's top continues the section. Names
and titles here are made up."""

from __future__ import annotations

from extractors.author_lists import split_author_list
from extractors.citations import parse_initials_list, parse_quoted, standard_quotes
from extractors.cv_entries import _venue_name, section_type
from extractors.cv_pdf_layout import (
    SectionReader,
    _larger_title_starts,
    classify_heading,
    heading_strength,
    segment,
)
from extractors.pdf_lines import Line, _folio_beside_text, _word

from .test_cv_pdf_rules_round10 import _line, _words


def _raw(text: str, font: str) -> dict:
    return {"text": text, "x0": 56.0, "x1": 62.0, "top": 60.0, "bottom": 70.0, "size": 10.0, "fontname": font}


def test_a_glyph_of_an_icon_font_is_no_word():
    assert _word(_raw("ä", "ZapfDingbats")) is None  # "➤" before a date reads as "ä"
    assert _word(_raw(")", "ABCDEF+FontAwesome")) is None  # an envelope before an address
    assert _word(_raw("ä", "Helvetica")).text == "ä"
    assert _word(_raw("β", "Symbol")).text == "β"  # Greek in a title, set in Symbol by a word processor


def _feed(lines: list[list]) -> list:
    reader = SectionReader()
    reader.feed([_line(ws, page=page) for ws, page in lines])
    return [e for e in reader.finish() if not e.aside]


def test_a_venues_name_printed_larger_is_no_heading():
    lines = [(_words("Conference Papers", 40.0, 56.0, size=14.0, bold=True), 1)]
    top = 70.0
    for title in ("A study of small things", "Another look at tiny things"):
        lines += [(_words(title, top, 56.0, size=12.5, bold=True), 1),
                  (_words("International Conference on Small Things", top + 15, 56.0, size=12.0), 1),
                  (_words("2021 Ann Lee, Bo Chen", top + 30, 56.0), 1)]
        top += 45
    entries = _feed(lines)
    assert [e.lines[0].words[0].text for e in entries] == ["A", "Another"]  # read, one entry each
    assert all(any(w.text == "International" for el in e.lines for w in el.words) for e in entries)


def _rows(title_size: float):
    reader = SectionReader()
    rows, top = [], 60.0
    for title in ("A study of small things", "Another look at tiny things"):
        for words in (_words(title, top, 56.0, size=title_size, bold=True),
                      _words("Journal of Small Things", top + 13, 56.0, size=10.0),
                      _words("2021", top + 26, 56.0, size=8.5) + _words("Ann Lee, Bo Chen", top + 26, 86.0, size=8.5)):
            rows.append(reader._row(_line(words), [], words))
        top += 40
    return rows


def test_a_title_in_a_larger_bold_type_opens_each_entry():
    assert _larger_title_starts(_rows(10.5)) == [0, 3]
    # the year at the names' line start, a tab from them, is a date cell: it marks no entry here
    assert _rows(10.5)[2].label and [len(e.lines) for e in segment(_rows(10.5), "journal")] == [3, 3]
    assert _larger_title_starts(_rows(10.0)) is None  # no larger than the venue: no evidence


def test_in_colon_opens_the_venue_of_a_comma_separated_citation():
    got = parse_initials_list("A. Lee, B. Chen, A study of small things, in: Proc. Small Conf., 2021, pp. 1–9.")
    assert got is not None and got.title == "A study of small things"
    assert got.authors == ["A. Lee", "B. Chen"] and got.venue == "Proc. Small Conf" and got.year == 2021


def test_a_running_head_ending_in_page_n_of_m_is_dropped():
    words = _words("Ann B. Lee — Curriculum Vitae", 30.0, 56.0) + _words("Page 2 of 5", 30.0, 480.0)
    assert _folio_beside_text(Line(2, words, 56.0, 556.0, 10.0))
    assert not _folio_beside_text(Line(3, words, 56.0, 556.0, 10.0))  # not this page's number
    run_on = _words("Ann B. Lee and Bo Chen, Small things, page 2 of", 30.0, 56.0)
    assert not _folio_beside_text(Line(2, run_on, 56.0, 556.0, 10.0))  # no gap: a sentence's words


def test_a_continued_heading_continues_the_section_and_its_entry():
    lines = [(_words("Journal Articles", 60.0, 56.0, size=12.0, bold=True), 1),
             (_words("Lee, Ann, and Bo Chen. 2021. A study of", 700.0, 56.0), 1),
             (_words("Journal Articles (continued)", 60.0, 56.0, size=12.0, bold=True), 2),
             (_words("small things. Small Things 3: 1-9.", 80.0, 74.0), 2),
             (_words("Roe, Cy, and Ann Lee. 2020. Tiny things. Small Things 2: 1-9.", 93.0, 56.0), 2)]
    entries = _feed(lines)
    assert [e.lines[0].words[0].text for e in entries] == ["Lee,", "Roe,"]
    assert any(w.text == "small" for w in entries[0].lines[-1].words)


def test_an_nih_biosketchs_contributions_to_science_list_publications():
    assert classify_heading("C. Contributions to Science") == "pub"
    assert classify_heading("Contribution to Science") == "pub"


def test_papers_lettered_a_b_are_numbered_entries():
    reader = SectionReader()
    rows, top = [], 60.0
    for text, x in (("a. Lee AB, Chen B. A study of small things. J Small Things.", 56.0),
                    ("2021;3(2):1-9. PMID: 31234567.", 74.0),
                    ("b. Roe C, Lee AB. Another look at tiny things. J Small Things.", 56.0),
                    ("2020;2(1):5-9.", 74.0)):
        words = _words(text, top, x)
        rows.append(reader._row(_line(words), [], words))
        top += 12
    assert [r.marker for r in rows] == ["a", None, "b", None]
    entries = list(segment(rows, "journal"))
    assert [(e.number, len(e.lines)) for e in entries] == [("a", 2), ("b", 2)]


# The lead's round-13 follow-up (french_academic and german_und studied): section names,
# name-list conjunctions, quotation marks and "in" in other languages, and a list under a
# heading no table knows named by rejects. Names, titles and headings here are made up or the
# languages' ordinary words.


def test_headings_in_other_languages_name_publication_lists_or_other_sections():
    for text in ("Publikationen", "Zeitschriftenartikel (mit Begutachtung)", "Konferenzbeiträge",
                 "Articles dans des revues à comité de lecture", "Prépublications", "Publicaciones",
                 "Artículos en revistas", "Pubblicazioni", "Atti di convegni", "Publicações", "Capítulos de livros"):
        assert classify_heading(text) == "pub", text
    for text in ("Ausbildung", "Vorträge", "Lehre", "Formation", "Enseignement", "Docencia", "Premios",
                 "Didattica", "Formação", "Eingeladene Vorträge"):
        assert classify_heading(text) == "skip", text
    assert classify_heading("Forschungsinteressen und Methoden") is None  # words of neither kind


def test_the_kind_of_a_section_named_in_another_language():
    assert section_type("Zeitschriftenartikel (mit Begutachtung)") == "journal"
    assert section_type("Articles dans des revues internationales") == "journal"
    assert section_type("Communications dans des congrès avec actes") == "conference"
    assert section_type("Konferenzbeiträge") == "conference"
    assert section_type("Prépublications") == "preprint"
    assert section_type("Tesis doctoral") == "thesis"
    assert section_type("Capítulos de livros") == "chapter"


def test_a_long_italic_sub_heading_that_opens_with_its_kind_is_a_heading():
    words = _words("Articles dans des revues internationales à comité de lecture", 60.0, 56.0, size=11.0, italic=True)
    assert heading_strength(words, 10.0) == "minor"
    # an italic venue on a line of its own stays none
    words = _words("Journal of Things and Other Things", 60.0, 56.0, size=11.0, italic=True)
    assert heading_strength(words, 10.0) is None


def test_the_last_two_names_joined_by_and_in_other_languages():
    assert split_author_list("Lee, A., Chen, B. und Roe, M. T.") == (["A. Lee", "B. Chen", "M. T. Roe"], False)
    assert split_author_list("A. Lee, B. Chen et M. T. Roe") == (["A. Lee", "B. Chen", "M. T. Roe"], False)
    assert split_author_list("Ana Lee y Bruno Chen") == (["Ana Lee", "Bruno Chen"], False)
    assert split_author_list("Ana Lee e Bruno Chen") == (["Ana Lee", "Bruno Chen"], False)
    assert split_author_list("A. Lee et al.") == (["A. Lee"], True)  # "et" before "al." joins no name
    # "y" and "e" inside a compound surname join no names: one word ends the name
    assert split_author_list("Santiago Ramón y Cajal and Camillo Golgi") == (
        ["Santiago Ramón y Cajal", "Camillo Golgi"], False)
    assert split_author_list("João Costa e Silva, Maria Lima and Ana Souza") == (
        ["João Costa e Silva", "Maria Lima", "Ana Souza"], False)
    assert split_author_list("Ana Lee y B. Chen") == (["Ana Lee", "B. Chen"], False)


def test_guillemets_and_german_quotes_quote_a_title():
    assert standard_quotes("A. Lee, « A title of things », Venue") == "A. Lee, “A title of things”, Venue"
    assert standard_quotes("Lee, A. „Ein Titel“. Venue") == "Lee, A. “Ein Titel”. Venue"
    assert standard_quotes("« A “quoted” word »") == "“A ‘quoted’ word”"  # nested: single marks inside
    assert standard_quotes("a lone « mark") == "a lone « mark"
    parsed = parse_quoted(standard_quotes("A. Lee et B. Chen, « A title of things », Journal of Stuff, vol. 3."))
    assert parsed.authors == ["A. Lee", "B. Chen"] and parsed.title == "A title of things"


def test_in_before_a_venue_in_other_languages_is_no_part_of_it():
    assert _venue_name("dans Proceedings of Things") == "Proceedings of Things"
    assert _venue_name("en Actas del Congreso") == "Actas del Congreso"
    assert _venue_name("em Anais do Congresso") == "Anais do Congresso"
    assert _venue_name("dans la revue") == "dans la revue"  # lower case after it: no venue's name


def _numbered(top: float, n: int) -> list:
    return _words(f"{n}. Lee, A. and Chen, B. (2021). A title of things number {n}. Journal, 3(2), 1–9.", top, 56.0)


def test_a_list_under_a_heading_no_table_knows_is_set_aside_entry_by_entry():
    heading = _words("Julkaisut", 40.0, 56.0, size=14.0, bold=True)  # Finnish: in no table
    lines = [(heading, 1)] + [(_numbered(60.0 + 15 * k, k + 1), 1) for k in range(3)]
    reader = SectionReader()
    reader.feed([_line(ws, page=page) for ws, page in lines])
    entries = reader.finish()
    assert len(entries) == 3 and all(e.aside and "Julkaisut" in e.aside for e in entries)
    # in a CV that names its publication list, an unknown heading's lines are another section's
    lines = [(_words("Publications", 20.0, 56.0, size=14.0, bold=True), 1),
             (_numbered(35.0, 9), 1)] + lines
    reader = SectionReader()
    reader.feed([_line(ws, page=page) for ws, page in lines])
    entries = reader.finish()
    assert len(entries) == 1 and not entries[0].aside
