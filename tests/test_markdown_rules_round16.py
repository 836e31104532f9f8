"""Hand-made pages for the rules the markdown page reader learnt when the sixteenth round of
generated layouts was studied (wt-md17): a profile's works pasted into a markdown page as
cards (an ORCID record's), an MDX page's papers kept as an exported JavaScript array, pandoc's
grid and multiline tables (a word processor's CV converted), citeproc's entries as HTML divs
(pandoc's GitHub-markdown writer) with escaped "\\[1\\]" labels. Each test fails with its rule
switched off. Names, titles and venues are made up."""

from __future__ import annotations

import pytest

from extractors import markdown_dialects, markdown_tables
from scholarlake.extraction import extract_document

from .conftest import make_doc


def _read(text: str, name: str = "publications.md"):
    return extract_document(make_doc(text.encode("utf-8"), name))


def _fields(records):
    return [(r["title"], r["authors"], r["year"], r["venue"]) for r in records]


# --------------------------------------------------------------------------- cards in a markdown page

ORCID_IN_MARKDOWN = """---
title: Publications
layout: page
---

My works, copied from my ORCID record.

Works (3)

Sort

- **Tidal heating of small icy moons**
  Journal of Planetary Lattices
  2019-04-02 | Journal article | Author
  DOI: 10.5555/tidal.2019
  Contributors: Wren Okafor; Tomas Brandvold
  Show more detail
  Source: Crossref

- **Frost lines in warm debris discs**
  2021-11 | Preprint
  arXiv: 2111.01234
  CONTRIBUTORS: Tomas Brandvold, Wren Okafor, Ines Quaresma
  Source: Tomas Brandvold

- Crater counts on resurfaced plains
  Icarus Letters of Example
  2016 | Journal article
  Contributors: Wren Okafor
  Source: DataCite
"""


def test_a_profiles_cards_in_a_markdown_page_are_read_by_the_card_rule():
    """Cards (blocks each with one date line) pasted into a page written in Markdown's own
    syntax: the markdown reader claims the page and reads its cards by the card reader's rule,
    the labelled "Contributors:" line the names, the owner's role beside the date no source, a
    preprint with no journal line titled by its first line and placed on the arXiv."""
    kind, records, rejects = _read(ORCID_IN_MARKDOWN)
    assert kind == "markdown_page"
    assert not rejects
    assert _fields(records) == [
        ("Tidal heating of small icy moons", ["Wren Okafor", "Tomas Brandvold"], 2019, "Journal of Planetary Lattices"),
        ("Frost lines in warm debris discs", ["Tomas Brandvold", "Wren Okafor", "Ines Quaresma"], 2021,
         "arXiv:2111.01234"),
        ("Crater counts on resurfaced plains", ["Wren Okafor"], 2016, "Icarus Letters of Example"),
    ]


def test_plain_pasted_cards_stay_a_profile_page():
    """The same cards pasted as plain text (no front matter, no heading marks, no markdown
    bullets or bold) are a profile page, as before."""
    plain = "\n".join(ln.strip().removeprefix("- ").replace("**", "") for ln in ORCID_IN_MARKDOWN.split("---")[2].split("\n"))
    kind, records, _ = _read(plain, "works.txt")
    assert kind == "profile_page"
    assert [r["title"] for r in records] == ["Tidal heating of small icy moons", "Frost lines in warm debris discs",
                                             "Crater counts on resurfaced plains"]


# --------------------------------------------------------------------------- an MDX page's data array

MDX_ARRAY = """---
title: Publications
---

import PaperList from '@site/src/components/PaperList';

export const papers = [
  // 2022
  {
    title: "Grain growth in \\"wet\\" snowpacks",
    'authors': ['Ilse Varga', 'Noor Haddad'],
    journal: `Journal of Example Glaciology`,
    year: 2022,
    featured: true,
  },
  { title: 'Albedo of old firn', authors: "Noor Haddad, Ilse Varga", booktitle: 'Proc. Example Snow Workshop', year: 2020, },
];

export const shown = papers.filter((p) => p.featured);

<PaperList items={papers} />
"""


def test_an_mdx_pages_exported_array_of_papers_is_its_entries():
    kind, records, rejects = _read(MDX_ARRAY, "publications.mdx")
    assert kind == "markdown_page" and not rejects
    assert _fields(records) == [
        ('Grain growth in "wet" snowpacks', ["Ilse Varga", "Noor Haddad"], 2022, "Journal of Example Glaciology"),
        ("Albedo of old firn", ["Noor Haddad", "Ilse Varga"], 2020, "Proc. Example Snow Workshop"),
    ]


def test_an_exported_array_that_is_no_literal_data_is_left_as_it_is():
    computed = "export const papers = [...older, { title: 'A', authors: ['Ann Lee'], year: 2020 }];\n"
    assert markdown_dialects.js_data_arrays(computed) == computed
    no_papers = "export const tabs = [{ label: 'Talks', value: 'talks' }];\n"
    assert markdown_dialects.js_data_arrays(no_papers) == no_papers


# --------------------------------------------------------------------------- pandoc's grid and multiline tables

GRID_CV = """**Ines Quaresma**

# []{#_Toc100200 .anchor}Publications

+--------+--------------------------------------------------+
| Year   | Reference                                        |
+========+==================================================+
| 2020   | Quaresma, I., & Varga, I. (2020). Ice lenses in  |
|        | layered soils. *Example Frost Journal*, *4*(2),  |
|        | 10--19.                                          |
+--------+--------------------------------------------------+
| 2018   | **Quaresma, I.** (2018). Needle ice on slopes.   |
|        | *Proceedings of the Example Cold Regions         |
|        | Meeting*.                                        |
+--------+--------------------------------------------------+
"""

MULTILINE_CV = """**PUBLICATIONS**

---------- ------------------------------------------------
  2020       Quaresma, I., & Varga, I. (2020). Ice lenses in
             layered soils. *Example Frost Journal*, *4*(2),
             10--19.

  2018       **Quaresma, I.** (2018). Needle ice on slopes.
             *Proceedings of the Example Cold Regions
             Meeting*.
---------- ------------------------------------------------
"""


@pytest.mark.parametrize("page", [GRID_CV, MULTILINE_CV], ids=["grid", "multiline"])
def test_pandoc_grid_and_multiline_tables_are_read_as_tables(page):
    kind, records, rejects = _read(page, "cv.md")
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        ("Ice lenses in layered soils", ["I. Quaresma", "I. Varga"], 2020, "Example Frost Journal"),
        ("Needle ice on slopes", ["I. Quaresma"], 2018, "Proceedings of the Example Cold Regions Meeting"),
    ]


HEADED_MULTILINE = """**PUBLICATIONS**

---------------------------------------------------------------------------------
  Title                        Authors                   Venue               Year
  ---------------------------- ------------------------- ------------------- ------
  Ice lenses in layered soils  Ines Quaresma, Ilse       Example Frost       2020
  of the example valley        Varga                     Journal

  Needle ice on slopes         Ines Quaresma             Example Cold        2018
                                                         Regions Meeting
---------------------------------------------------------------------------------
"""


def test_a_multiline_table_with_a_header_is_read_by_its_header():
    """Its cells wrapped within their columns, the year set right: read by the columns' header
    (before, the right-set year was taken off the lines and the wrapped cells run together)."""
    kind, records, rejects = _read(HEADED_MULTILINE, "cv.md")
    assert kind == "markdown_page" and not rejects
    assert _fields(records) == [
        ("Ice lenses in layered soils of the example valley", ["Ines Quaresma", "Ilse Varga"], 2020,
         "Example Frost Journal"),
        ("Needle ice on slopes", ["Ines Quaresma"], 2018, "Example Cold Regions Meeting"),
    ]


def test_a_grid_table_with_a_cell_spanning_columns_is_left_as_it_is():
    spanning = "+----+----+\n| a  | b  |\n+----+----+\n| one cell |\n+----+----+\n"
    assert markdown_tables.pandoc_tables(spanning) == spanning


# --------------------------------------------------------------------------- citeproc's HTML divs

GFM_CITEPROC = """# Publications

<div id="refs" class="references csl-bib-body hanging-indent">

<div id="ref-okafor2019tidal" class="csl-entry">

<span class="csl-left-margin">\\[1\\] </span><span class="csl-right-inline">W. Okafor and T.
Brandvold, “Tidal heating of small icy moons,” *Journal of Planetary
Lattices*, vol. 3, no. 1, pp. 1–9, 2019.</span>

</div>

<div id="ref-okafor2016crater" class="csl-entry">

Okafor, Wren, and Ines Quaresma.
2016\\. “Crater counts on resurfaced plains.” *Icarus Letters of
Example* 12 (3): 40–48.

</div>

</div>
"""


def test_a_citeproc_entry_div_of_githubs_markdown_is_one_entry():
    kind, records, rejects = _read(GFM_CITEPROC)
    assert kind == "markdown_page" and not rejects
    assert _fields(records) == [
        ("Tidal heating of small icy moons", ["W. Okafor", "T. Brandvold"], 2019, "Journal of Planetary Lattices"),
        ("Crater counts on resurfaced plains", ["Wren Okafor", "Ines Quaresma"], 2016, "Icarus Letters of Example"),
    ]
    assert markdown_dialects.csl_html_divs("<div class=\"csl-entry\">\nno closing tag\n") == "<div class=\"csl-entry\">\nno closing tag\n"


def test_an_escaped_bracketed_number_labels_an_entry():
    """Pandoc's markdown writer escapes a bracketed label ("\\[2\\]": it could be a link's)."""
    page = ("# Publications\n\n\\[1\\] W. Okafor and T. Brandvold, “Tidal heating of small icy moons,” "
            "*Journal of Planetary Lattices*, vol. 3, 2019.\n\n\\[2\\] W. Okafor, “Crater counts on resurfaced "
            "plains,” *Icarus Letters of Example*, vol. 12, 2016.\n")
    kind, records, rejects = _read(page)
    assert not rejects
    assert [(r["title"], r["year"]) for r in records] == [("Tidal heating of small icy moons", 2019),
                                                         ("Crater counts on resurfaced plains", 2016)]
