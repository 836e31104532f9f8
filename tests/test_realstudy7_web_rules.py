"""Rules learnt from studying the markdown, HTML and BibTeX documents of the seventh real-sites
batch (benchmarks/real_sites, batch 7, 2026-12-08, wt-realstudy7web), each on small hand-made
text written for the test: the names, titles and venues below are invented, none is taken from
the studied documents."""

from __future__ import annotations

from scholarlake.extraction import extract_document

from .conftest import make_doc


def _records(text: str, uri: str = "mem://page.html") -> tuple[list[dict], list]:
    kind, records, rejects = extract_document(make_doc(text, uri))
    return records, rejects


# --- a site builder's page whose content is a citation table (no "Publications" label) -------

TABLE_PAGE = """<!DOCTYPE html><html><head><title>Works - Ada Quill</title></head><body>
<div id="nav"><a href="index.html">Home</a> <a href="works.html">Works</a> <a href="contact.html">Contact</a></div>
<div id="content"><table class="plain">
<tr><td class="c1">Quill, A., &amp; Fenn, B. (2024). Salt marsh songs of the north. Journal of Made-Up Acoustics, 12(2), 1-20.</td>
<td class="c2"><a href="a.pdf"><img src="pdf.png"> <br> Marsh songs</a></td></tr>
<tr><td class="c1">Quill, A. (2023). Vowels along the river. Studies in Invented Phonetics, 4, 33-50.</td>
<td class="c2"><a href="b.pdf"><img src="pdf.png"> <br> Vowels</a></td></tr>
<tr><td class="c1">Fenn, B., A. Quill, &amp; C. Mott. (2022). Tone in three valleys. Language of Nowhere, 8(1), 5-9.</td>
<td class="c2"><a href="c.pdf"><img src="pdf.png"> <br> Tone</a></td></tr>
<tr><td class="c1">Mott, C. &amp; A. Quill. (2021). Counting clicks in the field. Field Methods Imagined, 2, 100-120.</td>
<td class="c2"><a href="d.pdf"><img src="pdf.png"> <br> Clicks</a></td></tr>
<tr><td class="c1">Quill, A. (2020). A grammar sketch of a lost tongue. Notes on Pretend Languages, 1, 1-40.</td>
<td class="c2"><a href="e.pdf"><img src="pdf.png"> <br> A grammar</a></td></tr>
</table></div>
<div id="footer">Powered by a site builder</div>
</body></html>"""


def test_a_citation_table_in_a_site_builders_chrome_is_a_publication_page():
    records, _ = _records(TABLE_PAGE, "mem://works.html")
    titles = [r["title"] for r in records]
    assert titles == ["Salt marsh songs of the north", "Vowels along the river", "Tone in three valleys",
                      "Counting clicks in the field", "A grammar sketch of a lost tongue"]
    assert records[2]["authors"] == ["B. Fenn", "A. Quill", "C. Mott"]
    assert records[0]["year"] == 2024
    # the link cell beside each citation ("Marsh songs", a file's label) is no field
    assert records[0]["venue"] == "Journal of Made-Up Acoustics"
    assert records[4]["venue"] == "Notes on Pretend Languages"


def test_a_status_before_the_year_in_its_brackets_keeps_the_year():
    page = TABLE_PAGE.replace("(2022). Tone in three valleys", "(to appear 2022). Tone in three valleys")
    records, _ = _records(page, "mem://works.html")
    tone = next(r for r in records if r["title"] == "Tone in three valleys")
    assert (tone["year"], tone["venue"]) == (2022, "Language of Nowhere")


def test_a_table_of_jobs_is_still_no_publication_page():
    page = TABLE_PAGE.replace("(2024)", "2024").replace("(2023)", "2023").replace("(2022)", "2022") \
        .replace("(2021)", "2021").replace("(2020)", "2020")
    page = "".join(page.split("Quill, A., &amp; Fenn, B.")).replace("Fenn, B., A. Quill, &amp; C. Mott.", "") \
        .replace("Mott, C. &amp; A. Quill.", "").replace("Quill, A.", "")
    records, _ = _records(page, "mem://works.html")
    assert records == []


# --- a bibliography template joining "Surname, Given" names with ",&nbsp;" -----------------

NBSP_PAGE = """<html><head><title>Publications</title></head><body><h1>Publications</h1><ol>
<li><div class="title">Roots of the invented bean</div>
<div class="author">Quill, Ada Maria,&nbsp;Fenn Costa, Bruno,&nbsp;Mott, Cy,&nbsp;and Lark, Dora E.</div>
<div class="third-line">Journal of Pretend Botany, vol. 3, pp. 1-9, Jun, 2022</div></li>
<li><div class="title">Leaves that never were</div>
<div class="author">Fenn Costa, Bruno,&nbsp;and Quill, Ada Maria</div>
<div class="third-line">Imaginary Plant Science, vol. 1, 2021</div></li>
<li><div class="title">A map of made-up genes</div>
<div class="author">Mott, Cy</div>
<div class="third-line">Toy Genetics, 2020</div></li>
</ol></body></html>"""


def test_nbsp_commas_part_surname_first_names_whose_own_comma_is_plain():
    records, _ = _records(NBSP_PAGE, "mem://publications.html")
    by_title = {r["title"]: r for r in records}
    assert by_title["Roots of the invented bean"]["authors"] == [
        "Ada Maria Quill", "Bruno Fenn Costa", "Cy Mott", "Dora E. Lark"]
    assert by_title["Leaves that never were"]["authors"] == ["Bruno Fenn Costa", "Ada Maria Quill"]
    assert by_title["A map of made-up genes"]["authors"] == ["Cy Mott"]


def test_nbsp_between_reading_order_names_changes_nothing():
    page = NBSP_PAGE.replace("Quill, Ada Maria,&nbsp;Fenn Costa, Bruno,&nbsp;Mott, Cy,&nbsp;and Lark, Dora E.",
                             "Ada Quill,&nbsp;Bruno Fenn,&nbsp;and Cy Mott")
    records, _ = _records(page, "mem://publications.html")
    assert records[0]["authors"] == ["Ada Quill", "Bruno Fenn", "Cy Mott"]


# --- a DOI service's record of a preprint: @article, a publisher, no journal -----------------

PREPRINT_BIB = """@article{Quill_2021,
  doi = {10.0000/000001},
  year = 2021,
  publisher = {Invented Preprint Host Laboratory},
  author = {Ada Quill and Bruno Fenn},
  title = {Fish that prefer cold lakes}
}
@article{Quill_2020,
  doi = {10.0000/000002},
  year = 2020,
  publisher = {Made-Up Science Publishers},
  author = {Ada Quill},
  title = {Lakes of the imagination},
  journal = {Journal of Pretend Limnology}
}
@book{Fenn_2019,
  year = 2019,
  publisher = {Toy Press},
  author = {Bruno Fenn},
  title = {A book of lakes}
}
"""


def test_an_articles_publisher_is_no_venue_when_no_journal_is_printed():
    records, _ = _records(PREPRINT_BIB, "mem://pubs.bib")
    by_title = {r["title"]: r for r in records}
    assert by_title["Fish that prefer cold lakes"]["venue"] is None
    assert by_title["Lakes of the imagination"]["venue"] == "Journal of Pretend Limnology"
    assert by_title["A book of lakes"]["venue"] == "Toy Press"  # a book's publisher is where it appeared


# --- a hand-written <dl> page: "(with ...)" co-author notes, the owner implied ---------------

DL_PAGE = """<html><head><title>Publications</title></head><body><h1>Publications</h1>
<p><dl><dt><a name="a1">
<strong>Wavy functions of pretend operators</strong>
  (with <a href="https://e.org/lark">Di Lark</a> and
        <a href="https://e.org/moss">Ed P. Moss</a>)
<br>Preprint; to appear in <a href="https://e.org/j"><i>Journal of Toy Mathematics</i></a>.
<dd><u>Abstract</u>: We study invented operators and show that they are wavy in a general sense.
<dt>Full paper (6/6/22): <a href="p1.pdf">PDF</a>
</dl>
<p><dl><dt><a name="a2">
<strong>Counting invented lattices</strong></a>
  (with <a href="https://e.org/lark">Di Lark</a> and
        <a href="https://e.org/wren">Fay Wren</a>)
<br><a href="https://e.org/ta"><em>Toy Analysis</em></a> 2017,
 <a href="https://e.org/ta/13">Paper No. 13</a>, 20 pp.
<dd><u>Abstract</u>: We count lattices that nobody has drawn and find many of them.
<dt>Full paper (1/2/17): <a href="p2.pdf">PDF</a>
</dl>
<p><dl><dt><a name="a3">
  <strong>Cubes, trees and made-up complexes</strong></a>
  (with <a href="https://e.org/wren">Fay Wren</a>)
<br>
  <a href="https://e.org/atm">><i>Advances
in Toy Mathematics</i></a> <strong>46</strong> (2011), 247--274.
<dd><u>Abstract</u>: We study cubes and trees in complexes that do not exist.
<dt>Full paper (3/4/11): <a href="p3.pdf">PDF</a>
</dl>
</body></html>"""


def test_with_notes_name_the_coauthors_and_status_leads_are_no_venue():
    records, _ = _records(DL_PAGE, "mem://pubs.html")
    by_title = {r["title"]: r for r in records}
    wavy = by_title["Wavy functions of pretend operators"]
    assert wavy["authors"] == ["Di Lark", "Ed P. Moss"]
    assert wavy["venue"] == "Journal of Toy Mathematics"  # "Preprint; to appear in X": X
    lattices = by_title["Counting invented lattices"]
    assert lattices["authors"] == ["Di Lark", "Fay Wren"]  # not the italic venue read as a name
    assert (lattices["venue"], lattices["year"]) == ("Toy Analysis", 2017)
    cubes = by_title["Cubes, trees and made-up complexes"]
    assert cubes["venue"] == "Advances in Toy Mathematics"  # the stray ">" is no part of it


# --- a Quarto page of books and articles: editors' "eds.", imprints, "Year," and degree labels --

from extractors.markdown_page import read_block  # noqa: E402


def test_eds_between_names_and_year_marks_editors_not_a_name():
    got = read_block("Quill K, A Fenn, **B Mott**, and D Wren eds. 2025. [5th Conference on Invented Things]"
                     "(https://example.org/x). Toy Publisher.")
    assert got[0] == ["Quill K", "A Fenn", "B Mott", "D Wren"]
    assert (got[2], got[4]) == ("5th Conference on Invented Things", 2025)


def test_an_imprint_in_parentheses_names_the_publisher():
    got = read_block("**Mott B**. 2024. _Counting Pretend Sheep: A Field Guide_ (Lamb Press: New York).")
    assert (got[2], got[3], got[4]) == ("Counting Pretend Sheep: A Field Guide", "Lamb Press", 2024)
    got = read_block("**Mott B** and GLW Fenn. 2013. *Pretend Simulation: Pattern and Process* (Wiley: Chichester, UK).")
    assert (got[2], got[3]) == ("Pretend Simulation: Pattern and Process", "Wiley")
    got = read_block("**Mott B** and DJ Lark. 2010. *Invented Analysis* 2nd edn. (Wiley: Hoboken, NJ).")
    assert (got[2], got[3]) == ("Invented Analysis", "Wiley")  # the edition note is no part of the title
    # a title's own parenthesis with a colon, inside its emphasis, stays the title's
    got = read_block("Lee A. 2010. *Trees (Part 2: Roots)*. Journal of Wood 3: 1-9.")
    assert (got[2], got[3]) == ("Trees (Part 2: Roots)", "Journal of Wood")


def test_a_comma_after_the_year_stands_for_its_full_stop():
    got = read_block("Quill T, F Lark, **B Mott**. 2022, Binary trees grow in pretend forests of made-up landscapes. "
                     "*Toy Ecology* **37**(7) 1761–1769.")
    assert got[0] == ["Quill T", "F Lark", "B Mott"]
    assert (got[2], got[3], got[4]) == ("Binary trees grow in pretend forests of made-up landscapes", "Toy Ecology", 2022)


def test_a_degree_label_before_the_names_is_no_name():
    got = read_block("PhD: **Mott B**. 2000. [Graph models of pretend cities](https://example.org/phd.pdf). University of Nowhere.")
    assert (got[2], got[3], got[4]) == ("Graph models of pretend cities", "University of Nowhere", 2000)
    assert len(got[0]) == 1 and "Mott" in got[0][0]


# --- a Jekyll research page: year headings, a page range of four-digit pages, title-only theses --

RESEARCH_MD = """---
layout: page
title: Research
---

## Publications

### 2025
Quill, C.; Fenn, D.; **Lark, M.**; Mott, Y. Invented flow routing datasets in two pretend basins. Earth Pretend Science Data. 17(5), 2035–2062. [**DOI**](https://doi.org/10.0000/x1)

### 2022
**Lark, M.**; Fenn, D. Hexagons for made-up floods. Journal of Imaginary Geomatics. 11(12), 627. [**DOI**](https://doi.org/10.0000/x2)

## Thesis
### 2023
### Ph.D. Dissertation
Hexagonal pretend grids in made-up hydrological modelling. [**URL**](http://hdl.handle.net/0000/1)

### 2019
### M.Sc. Thesis
Spatial patterns of invented moths in pretend forests. [**URL**](https://example.org/handle/0000/2)
"""


def test_four_digit_pages_after_a_volume_are_no_year():
    records, _ = _records(RESEARCH_MD, "mem://research.md")
    flow = next(r for r in records if r["title"].startswith("Invented flow routing"))
    assert flow["year"] == 2025


def test_a_title_alone_under_a_thesis_heading_is_the_owners_thesis():
    records, _ = _records(RESEARCH_MD, "mem://research.md")
    by_title = {r["title"]: r for r in records}
    phd = by_title["Hexagonal pretend grids in made-up hydrological modelling"]
    assert (phd["authors"], phd["year"], phd["venue"]) == ([], 2023, None)
    msc = by_title["Spatial patterns of invented moths in pretend forests"]
    assert (msc["authors"], msc["year"]) == ([], 2019)


def test_a_labelled_line_of_an_entrys_files_is_no_entry():
    page = DL_PAGE.replace("<dt>Full paper (6/6/22): <a href=\"p1.pdf\">PDF</a>",
                           "<dt><i>Full paper (6/6/22): <a href=\"p1.pdf\">PDF</a> | "
                           "<a href=\"https://arxiv.org/abs/2206.00001\">arXiv:2206.00001</a><br>Erratum</i>")
    records, _ = _records(page, "mem://pubs.html")
    assert len(records) == 3
    assert not any(r["title"].startswith("Full paper") for r in records)
    got = read_block("Full paper (1/2/15): [PDF](p.pdf) | [arXiv:1311.00001](https://arxiv.org/abs/1311.00001)  \nErratum")
    assert got[0] is None


# --- APA's list with the first person alone surname first, a comma after its initial left out --

from extractors.author_lists import split_author_list  # noqa: E402


def test_a_first_persons_initial_running_into_the_next_given_first_name_parts():
    assert split_author_list("Quill, A. B. Fenn Costa, & C. Mott")[0] == ["A. Quill", "B. Fenn Costa", "C. Mott"]
    assert split_author_list("Quill, A. B. C. Fenn, & D. Mott")[0] == ["A. Quill", "B. C. Fenn", "D. Mott"]
    # with its comma the list reads as before; a first person's two initials stay together
    assert split_author_list("Quill, A. B., C. Fenn, & D. Mott")[0] == ["A. B. Quill", "C. Fenn", "D. Mott"]
    assert split_author_list("Quill, A., B. Fenn, & C. Mott")[0] == ["A. Quill", "B. Fenn", "C. Mott"]
    # the first person's surname of two words before its bare initials
    assert split_author_list("Fenn Costa, B., C. Mott, & D. Wren")[0] == ["B. Fenn Costa", "C. Mott", "D. Wren"]


def test_a_bare_year_after_the_names_is_the_date_not_the_titles_first_word():
    page = TABLE_PAGE.replace("Mott, C. &amp; A. Quill. (2021). Counting clicks in the field.",
                              "Mott, C., &amp; Quill, A. 2021 A count of clicks in the field.")
    records, _ = _records(page, "mem://works.html")
    clicks = next(r for r in records if "clicks" in r["title"])
    assert (clicks["title"], clicks["year"]) == ("A count of clicks in the field", 2021)


def test_a_books_place_and_publisher_after_its_title_give_the_publisher():
    got = read_block("Fenn, B., C. Mott, & A. Quill. (2017) Cooking with pretend sand, Boston, MA, USA: Toy Press. "
                     "ISBN-13: 978-0000000000")
    assert (got[2], got[3], got[4]) == ("Cooking with pretend sand", "Toy Press", 2017)
    # a title's own comma and colon are no imprint
    got = read_block("Quill, A. (2019). Sand, salt, and wind: A study of pretend dunes. Journal of Deserts, 3(1), 1-9.")
    assert (got[2], got[3]) == ("Sand, salt, and wind: A study of pretend dunes", "Journal of Deserts")
