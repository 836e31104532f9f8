"""Hand-made pages for the rules the markdown page reader learnt when the fifteenth round of
generated layouts was studied (wt-md16): table literals in an R Markdown page's R chunks (the
vitae package's CVs), a Logseq page's properties (the page's own, and a block's as the paper's
fields), a year linked to a page of its own over a nested list, records pasted from arXiv's
search results. Each test fails with its rule switched off. Names, titles and venues are made
up."""

from __future__ import annotations

from extractors.markdown_dialects import arxiv_listing, block_properties, page_properties, r_table_chunks
from scholarlake.extraction import extract_document

from .conftest import make_doc


def _read(text: str, name: str = "publications.md"):
    return extract_document(make_doc(text.encode("utf-8"), name))


def _fields(records):
    return [(r["title"], r["authors"], r["year"], r["venue"]) for r in records]


VITAE_CV = '''---
name: Ann
surname: Lee
output:
  vitae::awesomecv
---

```{r setup, include=FALSE}
library(vitae)
library(tibble)
```

# Education

```{r}
tribble(
  ~degree, ~uni, ~dates,
  "PhD", "A University", "2010--2015"
) %>%
  detailed_entries(what = degree, when = dates, with = uni)
```

# Publications

## Journal articles

```{r journal}
tibble::tribble(
  ~year, ~title, ~authors, ~journal,
  2021, "Spin waves in \\"thin\\" films", "Ann Lee, Bo Chen", 'Physical Review B',
  # an older one
  2019, 'Domain walls at finite temperature', "Cy Roe, Ann Lee", "Journal of Magnetism"
) |>
  detailed_entries(what = title, when = year, with = journal, why = authors)
```

## Preprints

```{r preprints}
data.frame(
  title = c("Magnons in a ring", "Noise in coupled oscillators"),
  authors = c("Ann Lee and Dee Fox", "Eli Moss, Ann Lee"),
  outlet = c("arXiv:2301.01234", NA),
  year = c(2023, 2022L)
) %>% detailed_entries(what = title, when = year, with = outlet)
```

## Other

```{r other}
tribble(~year, ~citation,
  2020, "Ann Lee and Bo Chen. A short note on spin chains. *Annals of Examples*."
) %>% brief_entries(what = citation, when = year)
```

# Talks

```{r talks}
tribble(~talk, ~where, ~year, "A seminar talk", "A department", 2022) %>%
  brief_entries(what = talk, when = year, with = where)
```
'''


def test_an_r_chunk_building_a_table_of_literals_is_a_table():
    kind, records, rejects = _read(VITAE_CV, "cv.Rmd")
    assert kind == "markdown_page" and not rejects
    assert _fields(records) == [
        ('Spin waves in "thin" films', ["Ann Lee", "Bo Chen"], 2021, "Physical Review B"),
        ("Domain walls at finite temperature", ["Cy Roe", "Ann Lee"], 2019, "Journal of Magnetism"),
        ("Magnons in a ring", ["Ann Lee", "Dee Fox"], 2023, "arXiv"),
        ("Noise in coupled oscillators", ["Eli Moss", "Ann Lee"], 2022, None),
        ("A short note on spin chains", ["Ann Lee", "Bo Chen"], 2020, "Annals of Examples")]
    # a chunk with a computed cell (or no table) is code, left as it is
    computed = "```{r}\ntribble(~title, ~year, paste0(\"A\", \"B\"), 2021)\n```\n"
    assert r_table_chunks(computed) == computed
    plain = "```{r}\nlibrary(vitae)\n```\n"
    assert r_table_chunks(plain) == plain


LOGSEQ_PAGE = """title:: Publications
tags:: [[cv]]

- {{query (and [[paper]] (property item-type))}}
  collapsed:: true
- [[2021]]
\t- [[Spin waves in thin films]]
\t  item-type:: [[journalArticle]]
\t  authors:: [[Ann Lee]], [[Bo Chen]]
\t  date:: [[Mar 3rd, 2021]]
\t  publication-title:: Physical Review B
\t  id:: 6500a1b2-0000-4b1f-9c2e-000000000001
\t\t- Abstract: we look at waves and say what we saw.
- ## 2019
\t- Domain walls at finite temperature
\t  authors:: [[Roe, Cy]], [[Lee, Ann]]
\t  date:: 2019-04-01
\t  proceedings-title:: Proceedings of the Example Conference
- A note on what I am reading
  tags:: [[reading]]
"""


def test_logseq_properties_are_the_pages_and_the_blocks_fields():
    kind, records, rejects = _read(LOGSEQ_PAGE, "Publications.md")
    assert kind == "markdown_page"
    assert _fields(records) == [
        ("Spin waves in thin films", ["Ann Lee", "Bo Chen"], 2021, "Physical Review B"),
        ("Domain walls at finite temperature", ["Cy Roe", "Ann Lee"], 2019, "Proceedings of the Example Conference")]
    assert len(rejects) <= 1  # the reading note is prose or a reject, never a record
    # the page's own properties are its front matter; a text that does not open with them is unchanged
    assert page_properties("title:: Publications\npublic:: true\n\n- x\n").startswith(
        '---\ntitle: "Publications"\npublic: "true"\n---\n')
    assert page_properties("Some text:: not properties\nmore\n") == "Some text:: not properties\nmore\n"
    # a block whose properties name no paper is left as it is
    note = "- A note on reading\n  tags:: [[reading]]\n"
    assert block_properties(note) == note


LINKED_YEARS = """# Publications

- [[2021]]
    - Ann Lee and Bo Chen. Spin waves in thin films. *Physical Review B*.
- [2019](/years/2019/)
    - Cy Roe and Ann Lee. Domain walls at finite temperature. *Journal of Magnetism*.
"""


def test_a_linked_year_over_a_nested_list_is_its_year():
    kind, records, rejects = _read(LINKED_YEARS)
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["year"]) for r in records] == [("Spin waves in thin films", 2021),
                                                          ("Domain walls at finite temperature", 2019)]


ARXIV_PASTE = """# Publications

Search results for my name.

1. arXiv:2103.04567 [pdf, other] cond-mat.mes-hall  
   **Spin waves in thin films**  
   Authors: Ann Lee, Bo Chen  
   Abstract: We look at waves and say what we saw. ▽ More  
   Submitted 3 March, 2021; originally announced March 2021.  
   Comments: 12 pages, 4 figures  
   Journal ref: Physical Review B 3 (2021) 101-109

2. arXiv:cond-mat/0611234v2 [pdf] cond-mat.stat-mech  
   Comments on domain walls at finite temperature  
   Authors: Cy Roe,
   Ann Lee  
   Submitted 9 November, 2006; originally announced November 2006.

arXiv:1905.01234 [pdf, ps, other] math.PR
Noise in coupled oscillators
Authors: Eli Moss, Ann Lee
Submitted 2 May, 2019; originally announced May 2019.
"""


def test_a_pasted_arxiv_record_is_read_by_its_fields():
    kind, records, rejects = _read(ARXIV_PASTE)
    assert kind == "markdown_page" and not rejects
    assert _fields(records) == [
        ("Spin waves in thin films", ["Ann Lee", "Bo Chen"], 2021, "Physical Review B"),
        ("Comments on domain walls at finite temperature", ["Cy Roe", "Ann Lee"], 2006,
         "arXiv:cond-mat/0611234v2"),
        ("Noise in coupled oscillators", ["Eli Moss", "Ann Lee"], 2019, "arXiv:1905.01234")]
    # an identifier line with no record of names under it is left as it is
    lone = "arXiv:2103.04567 [pdf] cs.CL\nA title alone\n"
    assert arxiv_listing(lone) == lone
