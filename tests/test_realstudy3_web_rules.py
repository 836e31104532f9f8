"""Rules learnt from studying the markdown, HTML and BibTeX documents of the third real-sites
batch (benchmarks/real_sites, batch 3, 2026-12-07, wt-realstudy3web), each on small hand-made
text written for the test: the names, titles and venues below are invented, none is taken from
the studied documents."""

from __future__ import annotations

from benchmarks.real_sites.__main__ import _math_resolved
from extractors.citations import venue_name
from extractors.latex_math import math_as_text, math_to_text
from extractors.markdown_page import read_block
from scholarlake.extraction import extract_document

from .conftest import make_doc


def _titles(records: list[dict]) -> list[str]:
    return [r["title"] for r in records]


# --- BibTeX: math whose argument braces an exporter escaped (INSPIRE) ----------------------

def test_escaped_argument_braces_of_math_read_as_grouping():
    assert math_to_text(r" \sqrt\{ q_\mathrm \{ AB \} \}=7.1 ") == "√( q_AB )=7.1"
    # the same source written with bare braces reads the same
    assert math_to_text(r" \sqrt{ q_\mathrm { AB } }=7.1 ") == "√( q_AB )=7.1"


def test_escaped_braces_of_a_set_stay_printed_braces():
    assert math_to_text(r"x\in\{0,1\}^n") == "x∈{0,1}ⁿ"
    # a group with any bare brace keeps its escaped ones as printed braces
    assert math_to_text(r"\{a_{1}\}") == "{a₁}"


def test_script_of_a_font_macro_takes_its_argument_whole():
    assert math_to_text(r"E_\mathrm{kin}") == "Eₖᵢₙ"
    assert math_as_text(r"Toy rates at $\sqrt\{s\}$ in pretend collisions") == "Toy rates at {√(s)} in pretend collisions"


# --- the real-sites scorer: a truth title kept as its TeX source --------------------------

def test_scorer_matches_a_math_title_read_as_text():
    entries = [{"title": r"Pretend $q\bar{q}$ emission in toy media", "authors": [], "year": 2020, "venue": None},
               {"title": "A plain invented title", "authors": [], "year": 2021, "venue": None}]
    records = [{"title": "Pretend qq̅ emission in toy media"}, {"title": "A plain invented title"}]
    got = _math_resolved(entries, records)
    assert [t["title"] for t in got] == ["Pretend qq̅ emission in toy media", "A plain invented title"]


def test_scorer_does_not_match_math_left_as_tex_or_other_words():
    entries = [{"title": r"Pretend $q\bar{q}$ emission in toy media", "authors": [], "year": 2020, "venue": None}]
    for wrong in (r"Pretend q\bar{q} emission in toy media", "Pretend qq̅ emission in toy liquids",
                  "Pretend qbarq emission in toy media"):
        assert _math_resolved(entries, [{"title": wrong}])[0]["title"] == entries[0]["title"]


def test_scorer_display_math_reads_as_inline():
    entries = [{"title": r"Toy yields at $$ \sqrt{s}=9 $$", "authors": [], "year": 2020, "venue": None}]
    assert _math_resolved(entries, [{"title": "Toy yields at √(s)=9"}])[0]["title"] == "Toy yields at √(s)=9"


# --- markdown: a linked title after surname-first names with initials (Vancouver) ---------

def test_link_after_vancouver_names_is_the_title():
    got = read_block("Moreau P.L., Ostrander K., Quist A.B. [Tidal mixing. A pretend study of cold estuaries]"
                     "(https://example.org/a){:target=\"_blank\"}. *Journal of Invented Limnology* 12, 3-9.", 2021)
    assert got[2] == "Tidal mixing. A pretend study of cold estuaries"
    assert got[3] == "Journal of Invented Limnology"
    assert len(got[0]) == 3


def test_link_after_one_vancouver_name_is_the_title():
    got = read_block("Ostrander K.J. [Made-up drivers of toy food chains: a pretend review](https://example.org/b)."
                     " *Invented Ecology* 2024:e100.", 2024)
    assert got[2] == "Made-up drivers of toy food chains: a pretend review"
    assert got[0] == ["K. J. Ostrander"]


def test_tex_mark_in_display_math_is_no_text():
    got = read_block("$${}^\\dagger$$Moreau P.L., $${}^\\dagger$$Ostrander K., Quist A. [Pretend dispersal of "
                     "invented seeds](https://example.org/c). *Toy Botany* 3, 1-9.", 2022)
    assert got[2] == "Pretend dispersal of invented seeds"
    assert not any("dagger" in n or "$" in n for n in got[0])
    assert len(got[0]) == 3


# --- names: a note on the names left out, after "et al." ----------------------------------

def test_bracketed_note_after_et_al_is_no_name():
    got = read_block("Lindqvist, A., Marlow, B. et al. [including **Quist, C.**] (2024)  \n"
                     "Pretend outcomes of invented treatments in toy clinics  \n*Journal of Imaginary Care*")
    assert got[2] == "Pretend outcomes of invented treatments in toy clinics"
    assert got[0] == ["A. Lindqvist", "B. Marlow"]
    assert got[1] is True  # the list stays cut short


# --- titles: a taxonomic rank's abbreviation ends no sentence ------------------------------

def test_rank_abbreviation_inside_a_title():
    for title in ("Two pretend species of Salvia subg. Calosphace from an invented valley",
                  "A toy revision of Carex sect. Phacocystis", "Notes on Rosa canina var. inventa in toy gardens"):
        got = read_block(f"Quist, A. & Marlow, B. 2019. {title}. *Invented Botany* 4: 1-9.")
        assert got[2] == title, got
        assert got[3] == "Invented Botany"


# --- venues: an editor's role in another language --------------------------------------------

def test_editor_mark_of_other_languages_ends_the_editors():
    for text, book in (("In: Ana Souza (org.) Flora Inventada do Cerrado, pp. 1-9", "Flora Inventada do Cerrado"),
                       ("In: Jean Marlow (dir.) Histoire imaginaire des jardins, pp. 3-9", "Histoire imaginaire des jardins"),
                       ("In: Karl Quist (Hrsg.) Erfundene Gärten, S. 5-9", "Erfundene Gärten"),
                       ("In: Ana Souza (coord.) Atlas inventado, pp. 1-9", "Atlas inventado")):
        assert venue_name(text) == book, text
    # a parenthesised note that is no editor's role stays where it is
    assert venue_name("In: Toy Workshop (online) Proceedings, pp. 1-9") != "Proceedings"


# --- HTML: a page header classed as a title beside an author sidebar -----------------------

_APA = ["Quist, A., Marlow, B., &amp; Dunsany, C. (2019). Mixing of pretend point clouds. <i>Journal of Toy "
        "Statistics</i>, <i>3</i>(1), 1–9.",
        "Marlow, B., &amp; Quist, A. (2020). Invented estimators for imaginary processes. <i>Toy Probability "
        "Letters</i>, 12, 5–8.",
        "Quist, A. (2021). A pretend bound on made-up coefficients. <i>Annals of Invented Data</i>, 7, 20–29."]


def _theme_page(heading: str) -> str:
    items = "".join(f'<li><span id="k{k}">{t}</span><div class="btn-group"><a class="btn" href="https://example.org/{k}">'
                    f'<span>paper</span></a></div></li>' for k, t in enumerate(_APA))
    return ('<html><head><title>Publications</title></head><body><div id="main">'
            '<div class="sidebar"><div class="author__content"><h3 class="author__name">Ann Quist</h3>'
            '<p class="author__bio">Pretend researcher at an invented lab</p></div></div>'
            f'<article class="page"><div class="page__inner-wrap"><h1 class="page__title">{heading}</h1>'
            f'<section class="page__content"><h2>Journal articles</h2><ol class="bibliography">{items}</ol>'
            '</section></div></article></div></body></html>')


def test_page_title_naming_the_section_is_no_paper():
    _, records, _ = extract_document(make_doc(_theme_page("Publications"), "mem://publications.html"))
    assert _titles(records) == ["Mixing of pretend point clouds", "Invented estimators for imaginary processes",
                                "A pretend bound on made-up coefficients"]
    assert records[0]["venue"] == "Journal of Toy Statistics"


# --- HTML: a run of link buttons that ends in an unusual word ------------------------------

def test_link_after_a_button_is_a_button_whatever_its_word():
    items = "".join(
        f"<li><p><strong>Quist, A.</strong>, Marlow, B. ({2018 + k})<br>\n{t}<br>\n<em>{v}</em><br>\n"
        f'<a href="https://example.org/{k}">Paper</a> | <a href="files/cover{k}.pdf">Cover</a></p></li>'
        for k, (t, v) in enumerate([("Pretend selection of invented variables: a toy case", "Toy Chemometrics"),
                                    ("Imaginary outliers in made-up spectra", "Journal of Pretend Data"),
                                    ("Invented labels and their noise", "Annals of Toy Learning")]))
    page = f"<html><body><h1>Publications</h1><ol>{items}</ol></body></html>"
    _, records, _ = extract_document(make_doc(page, "mem://publications.html"))
    assert _titles(records) == ["Pretend selection of invented variables: a toy case",
                                "Imaginary outliers in made-up spectra", "Invented labels and their noise"]
    assert [r["venue"] for r in records] == ["Toy Chemometrics", "Journal of Pretend Data", "Annals of Toy Learning"]


def test_generational_suffix_before_initials_stays_in_the_name():
    got = read_block("Moreau P.L., Ostrander K., Silva Jr. P.R. [Pretend cascades of invented extinctions in toy "
                     "networks.](https://example.org/d){:target=\"_blank\"} *Toy Ecology*.", 2020)
    assert got[2] == "Pretend cascades of invented extinctions in toy networks"
    assert len(got[0]) == 3 and got[0][2].startswith("Silva Jr.")
    assert got[3] == "Toy Ecology"
