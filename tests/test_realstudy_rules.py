"""Rules learnt from studying the first real-sites batch (benchmarks/real_sites, 2026-12-07,
wt-realstudy), each on small hand-made text written for the test: the names, titles and
venues below are invented, none is taken from the studied documents."""

from __future__ import annotations

from extractors.citations import parse_names_comma_title
from scholarlake.extraction import extract_document

from .conftest import make_doc

# --- the physics comma style (extractors.citations.parse_names_comma_title) ---------------


def test_comma_style_with_a_single_quoted_title():
    e = parse_names_comma_title("Ann Okafor, Bo Tanaka, and Carl Rune, ‘Sparse couplings of toy lattices’, "
                                "Phys. Lett. B 880, 140716 (2026).")
    assert e.authors == ["Ann Okafor", "Bo Tanaka", "Carl Rune"]
    assert (e.title, e.venue, e.year) == ("Sparse couplings of toy lattices", "Phys. Lett. B", 2026)


def test_comma_style_straight_quotes_keep_an_apostrophe_inside_the_title():
    e = parse_names_comma_title("Bo Tanaka and D. M. Vale, 'Green's functions of an invented system', "
                                "Phys. Rev. C 114, 014620 (2026).")
    assert e.authors == ["Bo Tanaka", "D. M. Vale"]
    assert e.title == "Green's functions of an invented system"
    assert e.year == 2026


def test_comma_style_without_quotes_ends_the_title_at_the_journal():
    e = parse_names_comma_title("Ann Okafor, Bo Tanaka, Carl Rune, Complex scaling for invented emulators, "
                                "Phys. Lett. B 858 (2024) 139070")
    assert e.authors == ["Ann Okafor", "Bo Tanaka", "Carl Rune"]
    assert (e.title, e.venue, e.year) == ("Complex scaling for invented emulators", "Phys. Lett. B", 2024)
    # no year printed yet: the journal's volume and pages in their own piece end the title
    e = parse_names_comma_title("Bo Tanaka and Dana M. Vale, Advancing a made-up model of toy things, "
                                "Phys. Rev. C 108, 034612")
    assert (e.title, e.venue, e.year) == ("Advancing a made-up model of toy things", "Phys. Rev. C", None)


def test_comma_style_refuses_what_is_not_so():
    # a two-word unquoted title cannot be told from one more name
    assert parse_names_comma_title("Ann Okafor, Bo Tanaka, Quantum Chaos, Phys. Rev. E 1, 2 (2020)") is None
    # no journal with numbers after the title
    assert parse_names_comma_title("Ann Okafor, Bo Tanaka, A study of invented things, a talk given twice") is None
    # no names first
    assert parse_names_comma_title("A study of invented things, Phys. Rev. E 1, 2 (2020)") is None
    # one word alone is half of an inverted name ("Okafor, A."): another style's list
    assert parse_names_comma_title("Okafor, A., Tanaka, B., A study of invented things, Phys. Rev. E 1, 2 (2020)") is None
    # a name of five words ("M. M. W. de Roe") is a name; one the list could not take does not
    # open the title: no reading (another reader's, the initials list, reads it whole)
    e = parse_names_comma_title("S. Okafor, M. M. W. de Roe, and C. Tanaka, Dense toy models of invented stars, "
                                "Phys.Rev.C 23 (2007), 143–170.")
    assert e.authors == ["S. Okafor", "M. M. W. de Roe", "C. Tanaka"]
    assert parse_names_comma_title("S. Okafor, M. M. W. Q. de Roe Jr, Dense toy models of invented stars, "
                                   "Phys.Rev.C 23 (2007), 143–170.") is None
    # initials run into the surname ("Q.Tanaka") are a whole name
    e = parse_names_comma_title("Ann Okafor, Q.Tanaka, 'A study of invented things', Phys. Rev. E 1, 2 (2020)")
    assert e.authors == ["Ann Okafor", "Q.Tanaka"]


_PAGE = """---
title: "Publications"
---

Journal Articles
======
* Ann Okafor, **Bo Tanaka**, and Carl Rune, ‘Sparse couplings of toy lattices in a model’, Phys. Lett. B 880, 140716 (2026). <a href="/a.pdf"> Download here</a>

* A. Roe, B.C. Vale, **Bo Tanaka** and D. de Luca, 'Insights into invented things on a target', Physics Letters B 798, 134954 (2019).<a href="/b.pdf"> Download here</a>

* G. Ueda, A.B. Vale, J. Casal, **Bo Tanaka**, Neutron-free breakup of the invented nucleus 9Q, Phys. Lett. B 855 (2024) 138766, <a href="/c.pdf"> Download here</a>

* **Bo Tanaka**, 'Reduced emulators for made-up scattering', Phys. Rev. C 113, 044610 (2026).
"""


def test_markdown_page_reads_the_comma_style_and_the_bold_owner_is_no_title():
    _kind, records, rejects = extract_document(make_doc(_PAGE, "mem://publications.md"))
    got = {r["title"]: r for r in records}
    assert set(got) == {"Sparse couplings of toy lattices in a model", "Insights into invented things on a target",
                        "Neutron-free breakup of the invented nucleus 9Q", "Reduced emulators for made-up scattering"}
    assert got["Insights into invented things on a target"]["authors"] == ["A. Roe", "B.C. Vale", "Bo Tanaka",
                                                                          "D. de Luca"]
    assert got["Neutron-free breakup of the invented nucleus 9Q"]["authors"][-1] == "Bo Tanaka"
    assert not rejects


# --- a typed bullet before a title (normalizers.titles.display_title) ----------------------


def test_a_typed_bullet_is_no_part_of_the_title():
    from normalizers.titles import display_title

    assert display_title("• Reflection of invented particles in a toy mirror") == \
        "Reflection of invented particles in a toy mirror"
    assert display_title("◦ Toy models") == "Toy models"
    assert display_title("•Bullets as a word") == "•Bullets as a word"  # no space after it: not a list's mark


# --- glyphs of TeX PDFs (normalizers.text.compose_accents, extractors.pdf_lines._word) ------


def test_a_spacing_accent_composes_with_a_dotless_i_and_any_letter_unicode_accents():
    from normalizers.text import compose_accents

    assert compose_accents("Ram´ırez Vale") == "Ramírez Vale"  # TeX's \'{\i}
    assert compose_accents("Okafor-Gonz¨ıl") == "Okafor-Gonzïl"
    assert compose_accents("Kowal´ska Wi´sniak") == "Kowalśka Wiśniak"  # an acute Unicode has on s
    assert compose_accents("ab´qc") == "ab´qc"  # no letter q with an acute: left as printed


def test_an_unmapped_prime_of_a_tex_symbol_font_is_a_prime():
    from extractors.pdf_lines import _word

    raw = {"text": "(cid:48)", "fontname": "ABCDEF+CMSY8", "x0": 10.0, "x1": 12.0, "top": 5.0, "bottom": 13.0,
           "size": 8.0}
    assert _word(raw).text == "′"
    assert _word({**raw, "fontname": "ABCDEF+CMR10"}) is None  # another font's unmapped glyph: dropped as before


# --- a later change's date is not the paper's year (extractors.cv_entries.paper_years) ------


def test_the_year_of_a_later_update_is_not_the_papers():
    from extractors.cv_entries import paper_years

    def years(text):
        return [int(m.group(0)) for m in paper_years(text)]

    assert years("ToyRxiv. https://doi.org/10.0/abc (2017 - Last updated: 2019)") == [2017]
    assert years("Made-up Letters (2016, revised March 2018)") == [2016]
    assert years("Made-up Letters, 2015; accessed 2020") == [2015]
    assert years("Made-up Letters 3, 2014-2015") == [2014, 2015]  # no note: every year kept
    assert years("Last updated: 2019") == [2019]  # the only date printed


# --- a book's place and ISBN around its publisher (extractors.citations.venue_name) ----------


def test_a_books_place_and_isbn_are_no_part_of_the_venue():
    from extractors.citations import venue_name

    assert venue_name("Lowtown, UK. Toybox Publishing. ISBN: 9780000000000.") == "Toybox Publishing"
    assert venue_name("Ithaca, NY: Made-up Academic Press") == "Made-up Academic Press"
    assert venue_name("Journal of Toy Results, 12(3), 1-9") == "Journal of Toy Results"  # no place: as before


# --- contribution marks after inverted names (extractors.citations.parse_inverted_initials) --


def test_inverted_names_with_contribution_marks_and_unicode_hyphens():
    from extractors.citations import parse_inverted_initials

    e = parse_inverted_initials("Tanaka, G.*, Okafor‐Vale, M., Rune*, D., & Ueda-Luca, A. B. Made-up dynamics of "
                                "invented carnivores in a toy world. Toy Ecology, 12, 100120.")
    assert e.authors == ["G. Tanaka", "M. Okafor‐Vale", "D. Rune", "A. B. Ueda-Luca"]
    assert e.title == "Made-up dynamics of invented carnivores in a toy world"


_HTML = """<html><head><title>Publications</title></head><body><h2>Publications</h2><div>
<p>2023 - <b style="color: green;">Okafor-Vale, M.*</b>, Tanaka, G., Rune, D., & Ueda-Luca, A. B. Invented coexistence
of toy species in a made-up habitat. <i>Journal of Toy Science</i>, 9(38), eadi4099.</p>
<p>2021 - Tanaka, G.*, <b style="color: green;">Okafor-Vale, M.</b>, Rune, D., & Ueda-Luca, A. B. Made-up dynamics of
invented carnivores in a toy world. <i>Toy Ecology</i>, 12, 100120.</p>
<p>2020 - <b style="color: green;">Okafor-Vale, M.</b>, & Rune, D. Climate and settlement in an invented valley.
<i>Journal of Made-up Archaeology</i>, 61, 101239.</p>
</div></body></html>"""


def test_html_year_dash_items_with_marks_inside_and_after_the_bold_name():
    _kind, records, rejects = extract_document(make_doc(_HTML, "mem://publications.html"))
    got = {r["title"]: r for r in records}
    assert got["Invented coexistence of toy species in a made-up habitat"]["authors"][0] == "M. Okafor-Vale"
    assert got["Made-up dynamics of invented carnivores in a toy world"]["authors"][:2] == ["G. Tanaka",
                                                                                           "M. Okafor-Vale"]
    assert got["Made-up dynamics of invented carnivores in a toy world"]["year"] == 2021
    assert len(records) == 3 and not rejects
