"""Hand-made pages for the rules the markdown page reader learnt when the thirteenth round of
generated layouts was studied (wt-md14): a page keeping its publications in its own front
matter, labels written in bold, a list of one entry's labelled fields. Each test fails with
its rule switched off. Names, titles and venues are made up."""

from __future__ import annotations

from extractors import markdown_blocks
from extractors.cv_pdf_fields import field_label
from extractors.markdown_page import front_matter, front_matter_entries
from scholarlake.extraction import extract_document

from .conftest import make_doc

CSL_PAGE = """---
title: {title}
{nocite}references:
- id: lee2021
  type: article-journal
  title: 'Spin waves in thin magnetic films'
  author:
    - family: Lee
      given: Ann
    - family: Chen
      given: Bo
  container-title: 'Physical Review B'
  issued:
    date-parts:
    - - 2021
- id: roe2019
  type: paper-conference
  title: 'Domain walls at finite temperature'
  author:
    - family: Roe
      given: Cy
    - family: Lee
      given: Ann
  container-title: 'Proceedings of the Magnetism Conference'
  issued: 2019
---

{body}
"""


def _read(text: str, name: str = "publications.md"):
    return extract_document(make_doc(text.encode("utf-8"), name))


def test_a_front_matter_reference_list_is_read_on_a_page_that_prints_it():
    page = CSL_PAGE.format(title="Publications", nocite="nocite: '@*'\n", body="::: {#refs}\n:::")
    kind, records, rejects = _read(page, "publications.qmd")
    assert kind == "markdown_page" and not rejects
    got = [(r["title"], r["authors"], r["year"], r["venue"]) for r in records]
    assert got == [("Spin waves in thin magnetic films", ["Ann Lee", "Bo Chen"], 2021, "Physical Review B"),
                   ("Domain walls at finite temperature", ["Cy Roe", "Ann Lee"], 2019,
                    "Proceedings of the Magnetism Conference")]
    # "nocite: '@*'" alone says the page prints them all, whatever its title
    fm = front_matter(CSL_PAGE.format(title="Papers of the group", nocite="nocite: |\n  @*\n", body=""))
    assert len(front_matter_entries(fm)) == 2


def test_a_blog_posts_references_are_not_its_publications():
    """A post citing works through ``references:`` (no "@*", a title that names no list) is
    not read for them."""
    fm = front_matter(CSL_PAGE.format(title="Why spin waves matter", nocite="", body=""))
    assert front_matter_entries(fm) == []


def test_the_body_printing_a_front_matter_reference_again_is_no_second_record():
    """The body's own entries are read after the front matter's; one printed again is no
    second record. (A markdown page is no YAML data file, though YAML reads this body as a
    comment and a list of strings: ``publication_data`` leaves it to the markdown reader.)"""
    body = ("# Publications\n\n- Ann Lee and Bo Chen. Spin waves in thin magnetic films. *Physical Review B*, 2021.\n"
            "- Cy Roe. A third paper on walls. *Journal of Magnetism*, 2018.\n")
    kind, records, rejects = _read(CSL_PAGE.format(title="Publications", nocite="nocite: '@*'\n", body=body))
    assert kind == "markdown_page" and not rejects
    assert [r["title"] for r in records] == ["Spin waves in thin magnetic films", "Domain walls at finite temperature",
                                             "A third paper on walls"]


LABELLED_PAGE = """# Publications

### Spin waves in thin magnetic films

{a}

### [Domain walls at finite temperature](https://example.org/walls)

{b}
"""


def test_labels_in_bold_are_labels():
    a = "**Authors:** Ann Lee, <u>Bo Chen</u><br>\n**Published in:** *Physical Review B*<br>\n**Year:** 2021"
    b = "**Authors**: Cy Roe and Ann Lee\\\n**Venue**: *Proc. Magnetism Conference*\\\n**Date**: March 2019"
    kind, records, rejects = _read(LABELLED_PAGE.format(a=a, b=b))
    assert kind == "markdown_page" and not rejects
    got = [(r["title"], r["authors"], r["year"], r["venue"]) for r in records]
    assert got == [("Spin waves in thin magnetic films", ["Ann Lee", "Bo Chen"], 2021, "Physical Review B"),
                   ("Domain walls at finite temperature", ["Cy Roe", "Ann Lee"], 2019, "Proc. Magnetism Conference")]


def test_a_list_of_labelled_fields_is_one_entry():
    a = "- **By:** Ann Lee, **Bo Chen**\n- **Venue:** *Physical Review B*\n- **Published:** 2021"
    b = ("- **Author(s):** Cy Roe and Ann Lee\n- **Journal / conference:** *Proc. Magnetism Conference*\n"
         "- **Year:** 2019\n- **Links:** [PDF](https://example.org/walls.pdf)")
    kind, records, rejects = _read(LABELLED_PAGE.format(a=a, b=b))
    assert kind == "markdown_page" and not rejects
    got = [(r["title"], r["authors"], r["year"], r["venue"]) for r in records]
    assert got == [("Spin waves in thin magnetic films", ["Ann Lee", "Bo Chen"], 2021, "Physical Review B"),
                   ("Domain walls at finite temperature", ["Cy Roe", "Ann Lee"], 2019, "Proc. Magnetism Conference")]


def test_which_lists_are_labelled_fields():
    def first_list(text):
        return next(n for n in markdown_blocks.parse(text).children if n.type == "bullet_list")
    assert markdown_blocks.labelled_field_items(first_list("- **Authors:** Ann Lee\n- **Year:** 2021\n"))
    # a list of entries, a list of labels with no names, one label alone: no
    assert not markdown_blocks.labelled_field_items(first_list(
        "- Ann Lee. Spin waves. *Phys. Rev. B*, 2021.\n- Bo Chen. Walls. *Proc. Mag.*, 2019.\n"))
    assert not markdown_blocks.labelled_field_items(first_list("- **Venue:** *Phys. Rev. B*\n- **Year:** 2021\n"))
    assert not markdown_blocks.labelled_field_items(first_list("- **Authors:** Ann Lee\n"))
    assert field_label("Links: PDF Code") == "other" and field_label("Spin waves: a review") is None
