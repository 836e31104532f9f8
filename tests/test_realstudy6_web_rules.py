"""Rules learnt from studying the markdown, HTML and BibTeX documents of the sixth real-sites
batch (benchmarks/real_sites, batch 6, 2026-12-07, wt-realstudy6web), each on small hand-made
text written for the test: the names, titles and venues below are invented, none is taken from
the studied documents."""

from __future__ import annotations

from extractors.author_lists import split_author_list
from extractors.markdown_page import read_block
from scholarlake.extraction import extract_document

from .conftest import make_doc


def _records(html: str) -> tuple[list[dict], list]:
    _, records, rejects = extract_document(make_doc(html, "mem://publications.htm"))
    return records, rejects


# --- a 1990s hand-written page: items ended by "</br></br>", the owner left out -------------

END_BR_PAGE = """<html>
<body bgcolor="#DDEEFF">
<title>Ola Brandvik</title>
<CENTER><H1>Ola Brandvik: Publications</H1></CENTER>
<DIV>
<h3>Papers:</h3>
Preprints are not final versions.</br></br>
<a href="https://arxiv.org/abs/2301.00001">Quiet Orbits of Invented Maps</a>, with P. Lund, Preprint 2023.</br></br>
<a href="https://arxiv.org/abs/2001.00002">Spectra of Made-Up Shifts</a>, with P. Lund and K. Moe, appeared <a
href="https://example.org/journal/2020/
shifts">here</a> in the Journal of Toy Dynamics, 2020.</br></br>
<a href="https://arxiv.org/abs/1801.00003">Slices through Self-
Similar Wombat Sets</a>, with K. Moe, appeared <a href="https://example.org/j/2">here</a> in Acta Imaginaria, 2018.</br></br>
<a href="https://arxiv.org/abs/1601.00004">Entropy of Pretend Expansions</a>, appeared <a href="https://example.org/j/3">here</a> in Fictional Math. Notes, 2016.</br></br>
</DIV>
</body></html>"""


def test_end_br_tags_part_a_hand_written_pages_entries():
    """'</br>' is a line break (the HTML standard's parser reads it as <br>); the items it
    ends are entries of their own, each read with its co-authors after 'with'."""
    records, _ = _records(END_BR_PAGE)
    assert [r["title"] for r in records] == ["Quiet Orbits of Invented Maps", "Spectra of Made-Up Shifts",
                                             "Slices through Self-Similar Wombat Sets",
                                             "Entropy of Pretend Expansions"]
    assert [r["authors"] for r in records] == [["P. Lund"], ["P. Lund", "K. Moe"], ["K. Moe"], []]


def test_appeared_here_in_is_no_part_of_the_venue():
    records, _ = _records(END_BR_PAGE)
    assert [r["venue"] for r in records[1:]] == ["Journal of Toy Dynamics", "Acta Imaginaria", "Fictional Math. Notes"]
    assert [r["year"] for r in records] == [2023, 2020, 2018, 2016]


def test_a_link_address_wrapped_over_two_source_lines_keeps_the_entry_whole():
    """A line break inside an href (a long address wrapped in the source) is dropped, as the
    URL standard's parser drops it: the link stays a link and the entry one block."""
    records, rejects = _records(END_BR_PAGE)
    assert records[1]["venue"] == "Journal of Toy Dynamics" and not rejects


def test_suspended_hyphen_at_a_line_end_stays_apart():
    page = END_BR_PAGE.replace("Slices through Self-\nSimilar Wombat Sets", "Pre-\nand Post-Glacial Wombat Sets")
    records, _ = _records(page)
    assert "Pre- and Post-Glacial Wombat Sets" in [r["title"] for r in records]


def test_a_linked_title_is_no_list_of_names_running_past_it():
    """'<a>Digit Sums and Bernoulli Measures</a>, Indag. Fict. 2014.' on a page that leaves its
    owner out: the names may not run out of the title's emphasised link."""
    page = END_BR_PAGE.replace(
        "</DIV>", '<a href="https://arxiv.org/abs/1401.00005">Wombat Sums and Bernoulli Measures</a>, '
                  "Indag. Fict 2014.</br></br>\n</DIV>")
    records, _ = _records(page)
    last = records[-1]
    assert (last["title"], last["authors"], last["venue"], last["year"]) == (
        "Wombat Sums and Bernoulli Measures", [], "Indag. Fict", 2014)


def test_names_running_out_of_an_opening_emphasised_span_are_rejected():
    got = read_block("*Wombat Sums and Bernoulli Measures*, Indag. Fict 2014.")
    assert got[0] is None
    # a list of names in italics that ends with the span is still names
    got = read_block("*Ann Lee, Bo Chen*. A study of invented burrows in places. Journal of Toys, 2014.")
    assert got[0] == ["Ann Lee", "Bo Chen"]


# --- markdown: status in the year's place, lower-case particles, notes, placeholders ------

def test_in_review_in_the_year_place_is_a_status():
    got = read_block("AB Lee, CD Roe, & EF Chen (*in review*) Foraging costs of invented seals. Toy Journal")
    assert got[0] == ["AB Lee", "CD Roe", "EF Chen"]
    assert got[2] == "Foraging costs of invented seals" and got[4] is None


def test_surname_opening_with_a_lower_case_particle_may_hold_two_words():
    assert split_author_list("Lee, A. B., del Campo Ruiz, B., Chen, C.")[0] == [
        "A. B. Lee", "B. del Campo Ruiz", "C. Chen"]
    assert split_author_list("Lee, AB, van Dalen, S, de Ortiz Vela, AL, Roe, C")[0] == [
        "AB Lee", "S van Dalen", "AL de Ortiz Vela", "C Roe"]
    # given name first, a capitalised particle: unchanged
    assert split_author_list("Ann Lee, Carla del Campo Ruiz, Bo Chen")[0] == ["Ann Lee", "Carla del Campo Ruiz", "Bo Chen"]


def test_bare_initials_may_be_accented_capitals():
    # (a list holding a surname alone, "Roe", so that it does not alternate surname / initials)
    assert split_author_list("Lee, AB, Roe, Chen, C, Öztoprak, ŞÇ")[0] == ["AB Lee", "Roe", "C Chen", "ŞÇ Öztoprak"]


def test_an_emphasised_note_after_a_footnote_mark_is_no_venue():
    got = read_block("Lee, AB, Roe, C, Chen, D (2024) Invented burrows of toy seals. Toy Ecology Series. "
                     "[Link](https://example.org/x) *\\*Co-authors listed in alphabetical order*")
    assert got[2] == "Invented burrows of toy seals" and got[3] == "Toy Ecology Series"


def test_a_placeholder_of_question_marks_is_no_venue_text():
    got = read_block("*Wombat Waves in a Toy Corona*  \nLee, A., Roe, B., and Chen, C. *Under Review* ??? (2025).")
    assert got[2] == "Wombat Waves in a Toy Corona" and got[3] is None and got[4] == 2025


# --- APA technical reports (citeproc) ---------------------------------------------------

def test_apa_report_series_before_its_number_is_the_venue():
    got = read_block("Lee, A. B., Roe, C. D., … Chen, E. F. (2019).  *Toy seal stock counts, 2018*  "
                     "(Invented Technical Memorandum ITM-AB-123; p. 390). Department of Toys. "
                     "[https://doi.org/10.0000/x](https://doi.org/10.0000/x)")
    assert got[0] == ["A. B. Lee", "C. D. Roe", "E. F. Chen"] and got[1] is True
    assert (got[2], got[3], got[4]) == ("Toy seal stock counts, 2018", "Invented Technical Memorandum", 2019)


def test_apa_report_with_editors_in_the_series_place_has_no_venue():
    got = read_block("Lee, A. B., & Roe, C. D. (2020).  *Wombat habitat loss on a toy island*  "
                     "(G. Pretend & H. Madeup, Eds.) [Technical {{Memorandum}}]. "
                     "[https://doi.org/10.0000/y](https://doi.org/10.0000/y)")
    assert (got[0], got[2], got[3], got[4]) == (["A. B. Lee", "C. D. Roe"], "Wombat habitat loss on a toy island", None, 2020)


def test_an_edition_in_parentheses_is_no_report():
    got = read_block("Lee, A. B. (2020). *A toy book of wombats* (2nd ed.). Pretend Press.")
    assert got[3] != "2nd ed"


def test_catalogue_life_dates_and_full_forms_are_no_names():
    got = read_block("Lee, A. B., Roe, C. D. (Carla Dee)., Chen, E. F., 1970-, & Moe, G., 1954-. (2013). "
                     "Status review of the toy wombat. *Invented Tech. Memo.*, 12, 174.")
    assert got[0] == ["A. B. Lee", "C. D. Roe", "E. F. Chen", "G. Moe"]


def test_an_editors_mark_after_initials_is_no_catalogue_full_form():
    from extractors.markdown_page import _catalogue_forms_dropped
    assert _catalogue_forms_dropped("In: Roe, C. D. (Eds.), *Book of Toys*") == "In: Roe, C. D. (Eds.), *Book of Toys*"
    assert _catalogue_forms_dropped("In: Eady, E. (Ed.), *Book of Toys*") == "In: Eady, E. (Ed.), *Book of Toys*"
    assert _catalogue_forms_dropped("Roe, C. D. (Carla Dee)., Lee, A.") == "Roe, C. D., Lee, A."


def test_a_report_described_where_its_series_would_be_has_no_venue():
    got = read_block("Lee, A. B., & Roe, C. D. (2016). Distinctness of toy seals in a lake. "
                     "Report from the Toy Science Center to the Pretend Regional Office.")
    assert got[2] == "Distinctness of toy seals in a lake" and got[3] is None


def test_an_italic_report_number_in_the_volume_place_is_no_venue():
    page = """<html><body><h2>Publications</h2><ol>
<li>Lee, A. B., Roe, C. D., &amp; Chen, E. F. (2013). Status review of the toy wombat (<em>Vombatus</em> <em>Fictus</em>).
 <em>Invented Dep. Toys, Tech. Memo.</em>, <em>ITM-AB-255</em>, 174.</li>
<li>Lee, A. B., &amp; Moe, G. (2012). Burrows of invented wombats. <em>Toy Ecology</em>, <em>12</em>(3), 1-9.</li>
</ol></body></html>"""
    records, _ = _records(page)
    assert [r["venue"] for r in records] == ["Invented Dep. Toys, Tech. Memo", "Toy Ecology"]
    assert records[0]["title"] == "Status review of the toy wombat (Vombatus Fictus)"
