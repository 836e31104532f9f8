"""Rules learnt from studying the markdown, HTML and BibTeX documents of the fifth real-sites
batch (benchmarks/real_sites, batch 5, 2026-12-07, wt-realstudy5web), each on small hand-made
text written for the test: the names, titles and venues below are invented, none is taken from
the studied documents."""

from __future__ import annotations

from extractors.entry_quality import quality
from extractors.markdown_page import _not_pub, page_sections, read_block
from scholarlake.extraction import extract_document

from .conftest import make_doc


def _titles(records: list[dict]) -> list[str]:
    return [r["title"] for r in records]


# --- hand-written HTML: paragraphs opening with a bullet set in bold ------------------------

BOLD_BULLET_PAGE = """<!DOCTYPE html><html><head><title>Mira Solberg</title></head><body>
<h1>Publications</h1>
<p> <b>&bull;</b> Quiet lattices of bright wombats in a toy climate.
  <em> Mira Solberg, Tomas Venn, Ada Kirke. </em>
  <a href="https://example.org/a">Wombat Lett. 12, 3456 (2024)</a>
  <a href="https://arxiv.org/abs/2401.01234">[arXiv:2401.01234]</a> </p>
<p> <b>&bull;</b> Snow memory in imaginary valleys and their burrows.
  <em> Tomas Venn, Mira Solberg. </em>
  <a href="https://arxiv.org/abs/2402.05678">[arXiv:2402.05678]</a> </p>
<p> <b>&bull;</b> Burrow networks of invented marsupials at scale.
  <em> Ada Kirke, Bo Lindqvist, Mira Solberg, et al.. </em>
  <a href="https://example.org/c">Toy Nature 645, 348-353 (2023)</a> </p>
</body></html>"""


def test_bullet_in_bold_opening_a_paragraph_is_a_mark_not_the_title():
    _, records, rejects = extract_document(make_doc(BOLD_BULLET_PAGE, "mem://publications.html"))
    assert _titles(records) == ["Quiet lattices of bright wombats in a toy climate",
                                "Snow memory in imaginary valleys and their burrows",
                                "Burrow networks of invented marsupials at scale"]
    assert records[0]["authors"] == ["Mira Solberg", "Tomas Venn", "Ada Kirke"]
    assert records[0]["venue"].startswith("Wombat Lett")
    assert records[0]["year"] == 2024
    assert rejects == []


def test_arxiv_identifier_alone_names_the_venue_arxiv():
    _, records, _ = extract_document(make_doc(BOLD_BULLET_PAGE, "mem://publications.html"))
    assert records[1]["venue"] == "arXiv"
    # a printed journal keeps its name, the identifier beside it no venue
    assert records[0]["venue"].startswith("Wombat Lett")


def test_names_in_italics_closed_by_et_al_are_names_not_the_venue():
    _, records, _ = extract_document(make_doc(BOLD_BULLET_PAGE, "mem://publications.html"))
    assert records[2]["authors"] == ["Ada Kirke", "Bo Lindqvist", "Mira Solberg"]
    assert records[2]["authors_truncated"]
    assert records[2]["venue"].startswith("Toy Nature")


def test_bold_word_stays_emphasis():
    page = BOLD_BULLET_PAGE.replace("<b>&bull;</b> Snow memory in imaginary valleys and their burrows.",
                                    "<b>Snow memory in imaginary valleys and their burrows.</b>")
    _, records, _ = extract_document(make_doc(page, "mem://publications.html"))
    assert "Snow memory in imaginary valleys and their burrows" in _titles(records)


def test_et_al_after_names_in_a_sentence_closes_the_list():
    got = read_block("Quiet lattices of bright wombats. Ann Lee, Bo Chen, Cy Roe, et al. Toy Nature 645, 348-353 (2025).")
    assert got[0] == ["Ann Lee", "Bo Chen", "Cy Roe"] and got[1] is True
    assert got[3] == "Toy Nature" and got[4] == 2025


# --- Vancouver names whose last initials' stop ends the list --------------------------------

def test_vancouver_last_author_does_not_take_the_journal():
    got = read_block("*Quiet lattices of bright wombats.*  \n Lee AB, van der Berg C, Roe TJ Jr, Holloway K. "
                     "Wombat Res 2025. doi: 10.1/x")
    assert got[0] == ["Lee AB", "van der Berg C", "Roe TJ Jr", "Holloway K"]
    assert got[3] == "Wombat Res" and got[4] == 2025


def test_vancouver_journal_before_a_month_date_is_the_venue():
    got = read_block("*Quiet lattices of bright wombats.*  \n Lee AB, Roe C, Holloway K. Wombat Res. "
                     "2024 Sep;15(1):8439. doi: 10.1/x.")
    assert len(got[0]) == 3 and "Holloway" in got[0][-1] and "Wombat" not in got[0][-1]
    assert got[3] == "Wombat Res" and got[4] == 2024


def test_vancouver_preprint_server_after_the_names():
    got = read_block("*Quiet lattices of bright wombats.*  Lee AB, Roe C, Holloway K. bioRxiv; 2024. doi: 10.1/y.")
    assert len(got[0]) == 3 and got[3] == "bioRxiv"


def test_month_alone_as_venue_scores_lower():
    names = ["Ann Lee", "Bo Chen"]
    assert quality(names, "Quiet lattices of bright wombats", "Sep", 2024) < \
        quality(names, "Quiet lattices of bright wombats", "Wombat Res", 2024)
    # a journal whose name opens with a month's letters is no month ("Mar Biol")
    assert quality(names, "Quiet lattices of bright wombats", "Mar Biol", 2024) == \
        quality(names, "Quiet lattices of bright wombats", "Wombat Res", 2024)


# --- markdown: topic headings over lists, a word inside a longer word ------------------------

TOPIC_PAGE = """---
title: "Publications"
---

## Selected Journal Articles

### Memory and burrow networks in toy marsupials

- Venn, T., **Solberg, M.**, and Kirke, A. (2023). [*Quiet lattices of bright wombats in a toy climate*](https://example.org/a). **Wombat Letters**, 12(3), 45-67.
- **Solberg, M.** and Venn, T. (2021). [*Snow memory in imaginary valleys and their burrows*](https://example.org/b). **Toy Ecology**, 9, 1-9.

### Health records of invented animals across ten valleys

- Kirke, A., **Solberg, M.**, and Roe, C. (2022). [*Burrow networks of invented marsupials at scale*](https://example.org/c). **Imaginary Health**, 3(1), 10-20.

## Current Manuscripts

- Rook, A., **Solberg, M.**, Lindqvist, M., and Yarrow, A. *A contrastive wombat model for simulating burrow equivalence*. Manuscript in preparation.
"""


def test_topic_heading_over_a_list_is_no_entry_title():
    _, records, rejects = extract_document(make_doc(TOPIC_PAGE, "mem://publications.qmd"))
    titles = _titles(records)
    assert "Quiet lattices of bright wombats in a toy climate" in titles
    assert "Burrow networks of invented marsupials at scale" in titles  # a list of one under a heading of that level
    assert not any(t.startswith(("Memory and burrow", "Health records")) for t in titles)
    by_title = {r["title"]: r for r in records}
    assert by_title["Burrow networks of invented marsupials at scale"]["venue"] == "Imaginary Health"
    assert rejects == []


def test_heading_over_its_own_names_is_still_the_entry_title():
    page = """# Publications

### Spin waves in thin invented magnetic films of toy wombats

Ann Lee, Bo Chen and Cy Roe  
*Journal of Toy Magnetism*, 2019
"""
    sections, _ = page_sections(page, True)
    blocks = [b for s in sections for b, _ in s]
    # one entry: the heading its title line, over its names and venue
    assert len(blocks) == 1 and blocks[0].lstrip("*").startswith("Spin waves in thin invented magnetic films")
    assert "Ann Lee, Bo Chen and Cy Roe" in blocks[0]


def test_initial_of_a_bold_name_is_not_the_article_opening_the_title():
    got = read_block("Rook, A., **Banerjee Holt, A.**, Lindqvist, M., and Yarrow, A. *A contrastive wombat model "
                     "for simulating burrow equivalence*. Manuscript in preparation.")
    assert got[0] is not None and got[2] == "A contrastive wombat model for simulating burrow equivalence"
    assert "A. Banerjee Holt" in got[0] or "Banerjee Holt, A." in got[0] or "Banerjee Holt A" in got[0]


def test_section_word_counts_only_at_a_word_start():
    assert not _not_pub("Structured representation of toy memories", False)
    assert _not_pub("Invited presentations", False)
    assert _not_pub("Co-teaching", False)


def test_heading_over_a_list_of_its_own_lines_is_still_the_entry_title():
    page = """# Publications

### Spin waves in thin invented magnetic films of toy wombats

- Ann Lee, Bo Chen and Cy Roe
- *Journal of Toy Magnetism*, 2019
"""
    sections, _ = page_sections(page, True)
    blocks = [b for s in sections for b, _ in s]
    assert blocks and blocks[0].lstrip("*").startswith("Spin waves in thin invented magnetic films")
