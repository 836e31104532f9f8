"""The HTML reader's rules of wt-htmlr16 (2026-12-07), learnt from the fifteenth round's four
layouts, studied and moved to the tuned set (see TUNED_LAYOUTS in :mod:`tests.test_html_layouts`):
each a small made-up page or list in the shape that asked for it, each test failing with its rule
taken out.

- a title element in the page's one ``<h1>`` beside an author element is the document's own
  title over its byline, not a paper: the page is read as a list (``html_publications.
  _page_header_dropped``);
- the et-al mark of another language's bibliographic style ("u. a.", "e.a.", "m.fl.", "y otros")
  closes a list of names as "et al." does (``author_lists.OTHER_LANGUAGE_ET_AL``);
- a line of years and a label at most is the page's year filter, no reject
  (``html_publications._year_navigation``).
"""

from __future__ import annotations

import pytest

from extractors import html_publications as H
from extractors.author_lists import split_author_list
from scholarlake.extraction import extract_document

from .conftest import make_doc

PAPERS = [("Ravi Menon and Ines Duarte.", "Lichen cover on granite tombstones.", "Journal of Stone Ecology", 2022),
          ("Ines Duarte, Ravi Menon, and Tomas Berg.", "Moss growth along north-facing walls.",
           "Journal of Stone Ecology", 2021),
          ("Ravi Menon.", "Weathering rates of limestone steps.", "Urban Geology Letters", 2020),
          ("Tomas Berg and Ravi Menon.", "Algae films on wet sandstone.", "Urban Geology Letters", 2019)]


def _read(page: str):
    return extract_document(make_doc(page.encode(), "https://example.org/cv.html"))


def _biblist(h1_class: str = "ltx_title ltx_title_document") -> str:
    items = "".join(
        f'<li class="ltx_bibitem"><span class="ltx_tag">[{i + 1}]</span>\n<span class="ltx_bibblock">{names}\n</span>\n'
        f'<span class="ltx_bibblock">{title}\n</span>\n<span class="ltx_bibblock"><span class="ltx_text">{venue}</span>, '
        f'{3 + i}({i + 1}):{10 * i + 1}&ndash;{10 * i + 9}, {year}.\n</span></li>'
        for i, (names, title, venue, year) in enumerate(PAPERS))
    return ('<html><head><title>CV of Ravi Menon</title></head><body><article class="ltx_document">'
            f'<h1 class="{h1_class}">Curriculum Vitae: Ravi Menon</h1><div class="ltx_authors"><span class="ltx_creator '
            'ltx_role_author"><span class="ltx_personname">Ravi Menon</span></span></div>'
            '<section class="ltx_section"><h2 class="ltx_title ltx_title_section">Publications</h2>'
            f'<ul class="ltx_biblist">{items}</ul></section></article></body></html>')


def test_the_documents_title_over_its_author_is_no_paper():
    """A CV converted from LaTeX: the document's title in an ``<h1>`` classed "title" beside an
    element classed "author" (its byline) is the page's header; the bibliography under it is the
    list, each item read (names, title, venue, year), no record titled "Curriculum Vitae"."""
    kind, records, _ = _read(_biblist())
    assert kind == "html_publications"
    assert [(r["title"], r["year"], r["venue"]) for r in records] == [
        (title.rstrip("."), year, venue) for _, title, venue, year in PAPERS]
    assert records[1]["authors"] == ["Ines Duarte", "Ravi Menon", "Tomas Berg"]


def test_items_titled_in_h1_are_papers_when_there_are_many():
    """The header is one ``<h1>``; a page whose every paper's title is an ``<h1>`` classed "title"
    beside an "authors" element keeps them as items."""
    cards = "".join(f'<div class="pub"><h1 class="pub-title">{t}</h1><p class="pub-authors">{n}</p>'
                    f'<p class="pub-venue">{v}, {y}</p></div>' for n, t, v, y in PAPERS)
    soup, items = H._parsed(f"<html><body>{cards}</body></html>")
    assert len(items) == len(PAPERS)
    kind, records, _ = _read(f"<html><head><title>Publications</title></head><body>{cards}</body></html>")
    assert [r["title"] for r in records] == [t.rstrip(".") for _, t, _, _ in PAPERS]


@pytest.mark.parametrize("mark", ["u. a.", "u.a.", "e.a.", "m.fl.", "y otros", "i in.", "e altri", "et coll."])
def test_an_et_al_mark_of_another_language_closes_the_names(mark):
    names, truncated = split_author_list(f"Okonkwo, Ada; Lindqvist, Pehr; Sato, Yumi {mark}")
    assert names == ["Ada Okonkwo", "Pehr Lindqvist", "Yumi Sato"]
    assert truncated


def test_initials_that_look_like_a_mark_stay_a_name():
    """Matched as lower case only: "Roe, U. A." is a person with initials U. A."""
    assert split_author_list("Okonkwo, Ada; Roe, U. A.") == (["Ada Okonkwo", "U. A. Roe"], False)


def test_a_din_list_with_u_a_is_read():
    """A German staff page's list in DIN 1505: "Surname, Given; ... u. a. (2021): Title. In: Venue"."""
    items = "".join(
        f'<li>Okonkwo, Ada; Lindqvist, Pehr; Sato, Yumi{" u.&nbsp;a." if i % 2 else ""} ({2020 - i}): {t[1]} '
        f'In: {t[2]} {3 + i} (1), S. {10 * i + 1}&ndash;{10 * i + 9}.</li>' for i, t in enumerate(PAPERS))
    page = (f"<html><head><title>Publikationen</title></head><body><h2>Publikationen</h2><ul>{items}</ul>"
            "</body></html>")
    kind, records, rejects = _read(page)
    assert kind == "html_publications" and not rejects
    assert [(r["authors"], r["authors_truncated"]) for r in records] == [
        (["Ada Okonkwo", "Pehr Lindqvist", "Yumi Sato"], bool(i % 2)) for i in range(len(PAPERS))]


@pytest.mark.parametrize("line,nav", [("Jump to: 2024 | 2023 | 2022 | 2021", True), ("Jahr: 2024 2023 2022 alle", True),
                                      ("2024 · 2023 · 2022 · 2021 · 2020 · all", True),
                                      ("Lee, Ann (2021): Results of 2019 and 2020 surveys. In: Venue 3.", False),
                                      ("Workshop series 2022, 2023", False)])
def test_a_line_of_years_is_a_year_filter(line, nav):
    assert H._year_navigation(line) is nav


def test_a_year_filter_is_no_reject():
    items = "".join(f"<li>{n} {t} <i>{v}</i>, {y}.</li>" for n, t, v, y in PAPERS)
    page = ('<html><head><title>Publications</title></head><body><h2>Publications</h2>'
            '<p>Jump to: ' + " | ".join(f'<a href="#y{y}">{y}</a>' for y in range(2024, 2014, -1))
            + f'</p><ul>{items}</ul></body></html>')
    kind, records, rejects = _read(page)
    assert len(records) == len(PAPERS)
    assert not any("Jump to" in x["excerpt"] for x in rejects)
