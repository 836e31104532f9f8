"""Hand-made pages for the rules the markdown page reader learnt when the fourteenth round of
generated layouts was studied (wt-md15): a template called once per paper with its fields as
named parameters (Hugo shortcodes, Liquid includes), a paired call whose parameters hold the
venue and year, list tables (MyST, reST), footnotes that are remarks or links, BibTeX quoted
in a markdown page's code blocks. Each test fails with its rule switched off. Names, titles
and venues are made up."""

from __future__ import annotations

from extractors import markdown_blocks
from extractors.bibtex import quoted_in_markdown
from extractors.markdown_dialects import call_params, footnotes, list_tables, template_calls
from scholarlake.extraction import extract_document

from .conftest import make_doc


def _read(text: str, name: str = "publications.md"):
    return extract_document(make_doc(text.encode("utf-8"), name))


def _fields(records):
    return [(r["title"], r["authors"], r["year"], r["venue"]) for r in records]


SHORTCODE_PAGE = """---
title: Publications
---

Group members are marked.

## 2021

{{{{< pub title="Spin waves in thin \\"magnetic\\" films" authors="Ann Lee, Bo Chen" venue="Physical Review B" year="2021" pdf="/p/spin.pdf" >}}}}

{{{{< {name}
  title=`Domain walls at finite temperature`
  authors="Cy Roe; Ann Lee"
  journal="Journal of Magnetism"
  date="2019-04-01"
>}}}}
"""


def test_a_template_call_per_paper_is_its_entry():
    kind, records, rejects = _read(SHORTCODE_PAGE.format(name="pub"), "_index.md")
    assert kind == "markdown_page" and not rejects
    assert _fields(records) == [
        ('Spin waves in thin "magnetic" films', ["Ann Lee", "Bo Chen"], 2021, "Physical Review B"),
        ("Domain walls at finite temperature", ["Cy Roe", "Ann Lee"], 2019, "Journal of Magnetism")]
    # Jekyll's Liquid include with the same parameters is the same entry
    liquid = ("# Publications\n\n"
              "{% include pub.html title=\"Spin waves in thin films\" authors=\"Ann Lee, Bo Chen\" "
              "venue=\"Physical Review B\" year=\"2021\" %}\n\n"
              "{% include pub.html title='Domain walls at finite temperature' authors='Cy Roe and Ann Lee' "
              "venue='Journal of Magnetism' year='2019' %}\n")
    kind, records, rejects = _read(liquid)
    assert kind == "markdown_page" and not rejects
    assert [r["title"] for r in records] == ["Spin waves in thin films", "Domain walls at finite temperature"]
    assert records[1]["authors"] == ["Cy Roe", "Ann Lee"] and records[1]["year"] == 2019


def test_which_template_calls_are_entries():
    assert call_params('title="A \\"quoted\\" word" authors=`Lee, Ann` year=\'2021\'') == {
        "title": 'A "quoted" word', "authors": "Lee, Ann", "year": "2021"}
    # a call naming no title and no authors is the page's furniture, left to the shortcode reader
    for call in ('{{< figure src="/img/a.png" alt="banner" >}}', '{{< icon name="file-pdf" pack="fas" >}}',
                 '{% include figure.html image="/a.png" caption="The group, 2021" %}'):
        assert template_calls(call) == call


def test_a_paired_calls_parameters_are_its_contents_venue_and_year():
    page = ("# Publications\n\n"
            '{{< publication year="2021" venue="Physical Review B" >}}\n'
            "**Spin waves in thin films**  \nAnn Lee and Bo Chen\n{{< /publication >}}\n\n"
            '{{< publication date="2019-04-01" journal="Journal of Magnetism" url="https://example.org/dw" >}}\n'
            "**Domain walls at finite temperature**  \nCy Roe, Ann Lee\n{{< /publication >}}\n")
    kind, records, rejects = _read(page)
    assert kind == "markdown_page" and not rejects
    assert _fields(records) == [("Spin waves in thin films", ["Ann Lee", "Bo Chen"], 2021, "Physical Review B"),
                                ("Domain walls at finite temperature", ["Cy Roe", "Ann Lee"], 2019,
                                 "Journal of Magnetism")]
    # a paired call wrapping a part of the page (paragraphs apart) is no one entry's
    wrapped = '{{< section year="2021" >}}\nFirst paragraph.\n\nSecond paragraph.\n{{< /section >}}'
    assert template_calls(wrapped) == wrapped


LIST_TABLE = """# Publications

{open}{{list-table}} Journal articles
:header-rows: 1
:widths: 10 40 30 20

* - Year
  - Title
  - Authors
  - Venue
* - 2021
  - Spin waves in thin films
  - Ann Lee and Bo Chen
  - *Physical Review B*
* - 2019
  - Domain walls at finite
    temperature
  - Cy Roe, Ann Lee
  - *Journal of Magnetism*
{close}
"""


def test_a_list_table_is_read_as_a_table():
    want = [("Spin waves in thin films", ["Ann Lee", "Bo Chen"], 2021, "Physical Review B"),
            ("Domain walls at finite temperature", ["Cy Roe", "Ann Lee"], 2019, "Journal of Magnetism")]
    for fence in ("```", ":::", "````"):
        kind, records, rejects = _read(LIST_TABLE.format(open=fence, close=fence))
        assert kind == "markdown_page" and not rejects, fence
        assert _fields(records) == want, fence
    # reST's directive, its body indented
    rest = "Publications\n============\n\n.. list-table:: Papers\n   :header-rows: 1\n\n" + "\n".join(
        "   " + ln for ln in LIST_TABLE.split(":widths: 10 40 30 20\n\n")[1].split("{close}")[0].splitlines()) + "\n"
    assert "| Year | Title | Authors | Venue |" in list_tables(rest)
    # three columns, the reference whole in one: "Names. Title."
    three = ("# Publications\n\n```{list-table}\n:header-rows: 1\n\n* - Year\n  - Reference\n  - Venue\n"
             "* - 2021\n  - Ann Lee and Bo Chen. Spin waves in thin films.\n  - *Physical Review B*\n"
             "* - 2019\n  - Cy Roe and Ann Lee. Domain walls at finite temperature.\n  - *Journal of Magnetism*\n```\n")
    kind, records, rejects = _read(three)
    assert not rejects and _fields(records) == [
        ("Spin waves in thin films", ["Ann Lee", "Bo Chen"], 2021, "Physical Review B"),
        ("Domain walls at finite temperature", ["Cy Roe", "Ann Lee"], 2019, "Journal of Magnetism")]
    # a directive holding no rows of cells is left as it is
    odd = "```{list-table}\n:header-rows: 1\n\nJust a sentence.\n```\n"
    assert list_tables(odd) == odd


def test_footnotes_that_are_remarks_or_links_are_no_entries():
    page = ("# Publications\n\n"
            "1. Lee A, **Chen B**[^c], Roe C. Spin waves in thin films. Phys Rev B. 2021;3(2):101-9.[^1]\n"
            "2. Roe C, **Chen B**. Domain walls at finite temperature. J Magn. 2019;7(1):11-19.[^2]\n\n"
            "[^1]: <https://doi.org/10.5555/spin2021>\n"
            "[^2]: [Full text](https://example.org/dw.pdf) · [Data](https://zenodo.org/records/2019) · PMID: 31234567\n"
            "[^c]: Corresponding author.\n")
    kind, records, rejects = _read(page)
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["year"]) for r in records] == [("Spin waves in thin films", 2021),
                                                          ("Domain walls at finite temperature", 2019)]
    assert records[0]["authors"] == ["A. Lee", "B. Chen", "C. Roe"]
    # a note holding a year (the venue) is still written into its entry
    assert footnotes("Ann Lee. “Title.”[^3]\n\n[^3]: *Venue* 3, 101 (2021).\n").split("\n")[0] == \
        "Ann Lee. “Title.” *Venue* 3, 101 (2021)."


README = """# Papers

Code for the papers below.

### Spin waves in thin films

*Physical Review B* (2021) | [PDF](https://example.org/spin.pdf)

```bibtex
@article{lee2021spin,
  title   = {Spin waves in thin films},
  author  = {Lee, Ann and Chen, Bo},
  journal = {Physical Review B},
  year    = {2021}
}
```

- **Domain walls at finite temperature**  
  Cy Roe and Ann Lee  
  *Journal of Magnetism*, 2019

- **Skyrmions in a narrow track**  
  Ann Lee, Dee Fox  
  *Magnetism Letters*, 2018

## License

MIT.
"""


def test_bibtex_quoted_in_a_markdown_page_is_the_pages_and_every_paper_is_read():
    assert quoted_in_markdown("README.md", README)
    assert not quoted_in_markdown("refs.bib", README)
    assert not quoted_in_markdown("README.md", "@article{a, title={T}}\n\n```bibtex\n@misc{b, title={U}}\n```\n")
    kind, records, rejects = _read(README, "README.md")
    # read as BibTeX, the two papers with no block were lost; the page reader reads all three,
    # the one with a block once (from its BibTeX: the names stand there alone)
    assert kind == "markdown_page" and not rejects
    assert sorted(_fields(records)) == [
        ("Domain walls at finite temperature", ["Cy Roe", "Ann Lee"], 2019, "Journal of Magnetism"),
        ("Skyrmions in a narrow track", ["Ann Lee", "Dee Fox"], 2018, "Magnetism Letters"),
        ("Spin waves in thin films", ["Ann Lee", "Bo Chen"], 2021, "Physical Review B")]
    assert len(markdown_blocks.fenced_bibtex(README)) == 1
    # a software README whose one "cite us" block is its only reference stays a BibTeX document
    cite = "# tool\n\nA tool.\n\n## Citation\n\n```bibtex\n@misc{t, title = {A tool}, author = {Lee, Ann}, year = {2021}}\n```\n"
    kind, records, _ = _read(cite, "README.md")
    assert kind == "bibtex" and [r["title"] for r in records] == ["A tool"]
