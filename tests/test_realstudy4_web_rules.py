"""Rules learnt from studying the markdown, HTML and BibTeX documents of the fourth real-sites
batch (benchmarks/real_sites, batch 4, 2026-12-07, wt-realstudy4web), each on small hand-made
text written for the test: the names, titles and venues below are invented, none is taken from
the studied documents."""

from __future__ import annotations

from extractors.entry_quality import quality
from extractors.markdown_page import mark_legend, page_sections, publication_sections, read_block
from scholarlake.extraction import extract_document

from .conftest import make_doc


def _titles(records: list[dict]) -> list[str]:
    return [r["title"] for r in records]


# --- an HTML list item whose content is markdown (kramdown's markdown="1") -------------------

KRAMDOWN_LIST = """---
title: Publications
---

# Publications

<ol reversed markdown="1">
<li markdown="1">
[Wind shear over invented lakes in a warmer toy climate](https://example.org/a) **Mira Solberg**, Tomas Venn, Ada Kirke. 2023 <span class="cites"></span>
- What happens to the shear? A case study of three toy lakes.
- We follow the usual nudging approach and keep a [notebook](https://example.org/nb).
</li>

<li markdown="1">
[Snow memory in imaginary valleys](https://example.org/b) Tomas Venn, et al. 2021
- A note: not accepted yet, under revision at Some Journal.
</li>
</ol>
"""


def test_markdown_list_item_in_html_is_read_as_a_markdown_item():
    _, records, rejects = extract_document(make_doc(KRAMDOWN_LIST, "mem://publications.md"))
    assert _titles(records) == ["Wind shear over invented lakes in a warmer toy climate",
                                "Snow memory in imaginary valleys"]
    assert records[0]["authors"] == ["Mira Solberg", "Tomas Venn", "Ada Kirke"]
    assert records[0]["year"] == 2023
    assert records[1]["authors"] == ["Tomas Venn"] and records[1]["authors_truncated"]
    # the note bullets are notes on the entry: no venue is read from them, no reject made of them
    assert all(r["venue"] is None for r in records)
    assert rejects == []


def test_html_list_item_without_the_markdown_attribute_is_read_as_before():
    page = KRAMDOWN_LIST.replace(' markdown="1"', "")
    sections, _ = page_sections(page.split("---", 2)[2], False)
    blocks = [b for s in sections for b, _ in s]
    # one block per item, its note lines still in it (no markdown declared: HTML's own text)
    assert len(blocks) == 2 and "case study" in blocks[0]


# --- a linked title followed by the names with no stop between -------------------------------

def test_linked_title_before_names_is_the_title():
    got = read_block("[Tidal locking of toy moons around invented planets](https://example.org/x) "
                     "Ann Q. Loft, Bert Ims. 2019")
    assert got[2] == "Tidal locking of toy moons around invented planets"
    assert got[0] == ["Ann Q. Loft", "Bert Ims"] and got[4] == 2019


def test_linked_title_before_a_venue_word_is_not_taken_for_names():
    got = read_block("[Tidal locking of toy moons around invented planets](https://example.org/x) Nature Toys 2019")
    # the text after the link is no list of names: no reading takes a venue for the authors
    assert got[0] is None or "Nature Toys" not in got[0]


# --- role marks before an entry, and their legend ----------------------------------------------

def test_role_marks_before_the_names_are_no_text():
    got = read_block("[✧][✶] Kell AB, Ruud C. Magnetic moods of invented birds. Toy Ornithol. 2018;4(2):11-19.")
    assert got[0] == ["A. B. Kell", "C. Ruud"]
    assert got[2] == "Magnetic moods of invented birds"
    assert got[3] == "Toy Ornithol" and got[4] == 2018


def test_mark_legend_is_furniture_not_an_entry():
    assert mark_legend("[✧] **First author**, [✶] **Senior author**")
    assert mark_legend("[*] Equal contribution")
    assert not mark_legend("[✧] Kell AB, Ruud C. Magnetic moods of invented birds. Toy Ornithol. 2018;4:11.")
    page = ("---\ntitle: Publications\n---\n\n### Articles\n\n[✧] **First author**, [✶] **Senior author**\n"
            "* [✧] Kell AB, Ruud C. Magnetic moods of invented birds. Toy Ornithol. 2018;4(2):11-19.\n"
            "* [✶] Ruud C, Kell AB. Sleep of toy owls. J Invented Zool. 2020;7(1):3-9.\n")
    _, records, rejects = extract_document(make_doc(page, "mem://publications.md"))
    assert _titles(records) == ["Magnetic moods of invented birds", "Sleep of toy owls"]
    assert rejects == []


# --- a date after the year is no venue -----------------------------------------------------------

def test_venue_opening_with_a_month_and_a_number_scores_lower():
    as_date = quality(["A. B. Kell"], "Toy warnings: an invented fix? Toy Lung Care", "Jul 12:5 33-34", 2014)
    as_journal = quality(["A. B. Kell"], "Toy warnings: an invented fix?", "Toy Lung Care", 2014)
    assert as_journal > as_date
    # a journal's abbreviation that opens with a month's letters is no date
    assert quality(["A. B. Kell"], "Toy warnings of reef fish", "Mar Toy Biol", 2014) == \
        quality(["A. B. Kell"], "Toy warnings of reef fish", "Toy Mar Biol", 2014)


def test_vancouver_question_title_keeps_its_journal():
    got = read_block("**Kell AB**. Toy warnings: an invented fix? Toy Lung Care: Aims and Means. "
                     "2014 Jul 12:5 33-34. PMID 123.")
    assert got[2] == "Toy warnings: an invented fix?"
    assert got[3] == "Toy Lung Care: Aims and Means"


# --- a book's edition inside its italics ---------------------------------------------------------

def test_edition_inside_the_book_italics_stays_in_the_venue():
    got = read_block('**Kell A** (2019). "Toy scales for invented moods"; In B. Ruud (Ed.), '
                     "_Pocket Toy Medicine, 2nd Edition._ Springfield: Invented Press.")
    assert got[3] == "Pocket Toy Medicine, 2nd Edition"


# --- names left out in square brackets, a Portuguese particle ----------------------------------

def test_bracketed_ellipsis_among_names_cuts_the_list():
    got = read_block("Lemos JP, Barra AC, Faro MM, […], Kell AB, Ruud C (2021) Rust on invented beans over nine "
                     "years.  *Toy Plant Dis*. 105:1-9.")
    assert got[2] == "Rust on invented beans over nine years"
    assert got[0][-1] == "C. Ruud" and got[1] is True


def test_portuguese_particle_do_in_a_vancouver_name():
    got = read_block("Kell AB, do Vale LHM, Ruud C (2020) Spread of an invented blight in toy orchards.  "
                     "*Toy Plant Pathol*. 45:1-9.")
    assert got[0] == ["A. B. Kell", "L. H. M. do Vale", "C. Ruud"]


# --- hand-written HTML: an underlined title, its fields as <br> lines of one <div> --------------

UNDERLINED_PAGE = """<!DOCTYPE html><html><head><title>Publications</title></head><body>
<div class="pubs"><div class="head">Publications</div>
<ul class="list">
<li class="pub"> <u> Luring toy gradients into invented networks </u><br/>
<div class="lines"><b>Ana Vidal</b>, Piet Mol, Jon Arce<br/><i> Invented Conference on Toy Learning (ICTL) (2021) </i><br/>
<a href="https://example.org/1"> arxiv</a>, <a href="https://example.org/1.pdf"> pdf </a> (long version)</div></li>
<li class="pub"> <u> Spatial limits of invented robustness over <br/> toy perturbations </u><br/>
<div class="lines">Piet Mol, <b>Ana Vidal</b>, Jon Arce<br/><i> Toy Forum on Embedded Things (2020) </i><br/>
<a href="https://example.org/2"> HAL </a></div></li>
<li class="pub"> <u> Quantized toy models under invented attacks </u><br/>
<div class="lines"><b>Ana Vidal</b>, Jon Arce<br/><i> Invented Workshop on Cyber Toys (IWCT) (2019) </i><br/>
<b> Best Paper Award </b></div></li>
</ul></div></body></html>"""


def test_underlined_title_over_a_div_of_br_lines():
    _, records, rejects = extract_document(make_doc(UNDERLINED_PAGE, "mem://publications.html"))
    assert _titles(records) == ["Luring toy gradients into invented networks",
                                "Spatial limits of invented robustness over toy perturbations",
                                "Quantized toy models under invented attacks"]
    assert records[0]["authors"] == ["Ana Vidal", "Piet Mol", "Jon Arce"]
    assert [r["year"] for r in records] == [2021, 2020, 2019]
    assert records[1]["venue"] == "Toy Forum on Embedded Things"
    assert rejects == []


def test_underlined_name_stays_a_name():
    page = UNDERLINED_PAGE.replace("<b>Ana Vidal</b>", "<u>Ana Vidal</u>")
    _, records, _ = extract_document(make_doc(page, "mem://publications.html"))
    assert records and all("Ana Vidal" in r["authors"] for r in records)


# --- prose on a hand-written page, sub-headings of a section that is no publications' ----------

def test_prose_paragraph_with_commas_is_no_reject():
    page = UNDERLINED_PAGE.replace(
        '<div class="head">Publications</div>',
        '<div class="head">Publications</div><p>This page lists selected papers, recent outputs, and some toy '
        "software related to invented learning, robustness, and toy hardware.</p>")
    _, records, rejects = extract_document(make_doc(page, "mem://publications.html"))
    assert len(records) == 3 and rejects == []


def test_subheading_under_a_section_of_something_else_stays_out():
    body = ("## Papers\n\n- Ann Lee, Bo Roe (2020) Toy title one. *Toy J*.\n\n## Software development\n\n"
            "### R packages\n\n- Ann Lee (2021) toypkg: an invented package. Toy archive.\n\n"
            "### Journal articles\n\n- Ann Lee (2022) Toy title two. *Toy J*.\n")
    kept = "\n".join("\n".join(s) for s in publication_sections(body, whole=True))
    assert "Toy title one" in kept and "Toy title two" in kept and "toypkg" not in kept
    blocks = [b for s in page_sections(body, True)[0] for b, _ in s]
    assert any("Toy title two" in b for b in blocks) and not any("toypkg" in b for b in blocks)
    # a heading naming publications and something else does not close its sub-headings
    mixed = "## Publications and talks\n\n### 2021\n\n- Ann Lee (2021) Toy title three. *Toy J*.\n"
    assert "Toy title three" in "\n".join("\n".join(s) for s in publication_sections(mixed, whole=True))


# --- BibTeX: an entry head missing the comma after its key -------------------------------------

BIB = """@article{kell_ruud_2015
  author={Kell, Ana and Ruud, Carl},
  title={Solving invented models with toy shocks},
  journal={Toy Economics Letters},
  year=2015,
}
@article{ruud2016,
  author={Ruud, Carl},
  title={A second invented paper},
  journal={Toy Economics Letters},
  year=2016,
}
@article{broken 2017 title={Never read}}
"""


def test_bibtex_entry_head_without_its_comma_is_read():
    _, records, rejects = extract_document(make_doc(BIB, "mem://papers.bib"))
    assert _titles(records) == ["Solving invented models with toy shocks", "A second invented paper"]
    assert records[0]["authors"] == ["Ana Kell", "Carl Ruud"] and records[0]["year"] == 2015
    # a head that cannot be mended stays a reject, with bibtexparser's reason
    assert len(rejects) == 1 and "Expected comma" in rejects[0]["reason"]


def test_capitalised_do_stays_a_surname_of_its_own():
    from extractors.author_lists import plausible_name, split_author_list

    # surname first, "Do" a surname (Vietnamese), not the Portuguese particle
    names, _ = split_author_list("Tran, Bao Ngoc and Do, Minh Kha and Lam, Thi Hoa")
    assert names == ["Bao Ngoc Tran", "Minh Kha Do", "Thi Hoa Lam"]
    assert plausible_name("L. H. M. do Vale") and plausible_name("Rita das Fontes")
