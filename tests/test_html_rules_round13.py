"""The HTML reader's rules of wt-html13 (2026-12-07), learnt from the twelfth round's four
layouts, studied and moved to the tuned set (see TUNED_LAYOUTS in :mod:`tests.test_html_layouts`):
each a small made-up page in the shape that asked for it, each test failing with its rule
taken out.

- a table whose first row names its columns (a title's and the names' among three or more
  fields, ``html_publications.COLUMN_FIELDS``) is read by its columns, a row a record; a row
  that cannot be read is a reject naming it;
- a reading time among the middle-dotted parts of an entry's line ("3 Dec 2026 · 4 mins") is
  no field (``html_publications._reading_time_dropped``);
- a venue line that is an arXiv identifier alone, beside a date line, names arXiv
  (``markdown_page._by_roles``).
"""

from __future__ import annotations

from scholarlake.extraction import extract_document

from .conftest import make_doc

TITLES = ["Spin waves in thin magnetic films", "Magnon transport in ferrite films", "Domain walls in thin wires"]


def _page(body: str, title: str = "Publications") -> bytes:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>".encode()


def _read(body: str, title: str = "Publications"):
    return extract_document(make_doc(_page(body, title), "https://example.org/p.html"))


def test_a_table_whose_first_row_names_its_columns_is_read_by_them():
    """A spreadsheet's table saved as a web page: plain ``<td>`` headings (no ``<th>``, no bold
    tag) over rows of a key, a type, the year, "Lee, Ann B.; Chen, Bo", the title and the
    publication's title; every row a record, its names turned, the venue that column's, and a
    row with no title a reject naming it."""
    head = "<tr>" + "".join(f"<td class=xl66>{h}</td>" for h in ("Key", "Item Type", "Publication Year", "Author",
                                                                  "Title", "Publication Title", "Volume")) + "</tr>"
    rows = "".join(f"<tr><td>K{i}X</td><td>journalArticle</td><td>{2020 - i}</td><td>Lee, Ann B.; Chen, Bo</td>"
                   f"<td>{t}</td><td>Physical Review B</td><td>{3 + i}</td></tr>" for i, t in enumerate(TITLES))
    rows += "<tr><td>K9X</td><td>journalArticle</td><td>2017</td><td>Roe, Cy</td><td></td><td>Ecology</td><td>9</td></tr>"
    kind, records, rejects = _read(f"<table>{head}{rows}</table>", "Library export")
    assert kind == "html_publications"
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        (t, ["Ann B. Lee", "Bo Chen"], 2020 - i, "Physical Review B") for i, t in enumerate(TITLES)]
    assert len(rejects) == 1 and "title column" in rejects[0]["reason"] and "Roe, Cy" in rejects[0]["excerpt"]


def test_a_reading_time_in_a_cards_date_line_is_no_field():
    """Blog-theme cards: the title, "3 Dec 2021 · 4 mins", the venue alone on a line, the names:
    the venue is that line's, not the day read from the date line."""
    cards = "".join(f'<div class="card"><div class="t">{t}</div><div class="m"><div><span>{3 + i} Dec 2021</span>'
                    f'<span>&middot;</span><span>{4 + i} mins</span></div><div><span>Ecology Letters</span></div></div>'
                    f'<div class="p">Ann Lee, Bo Chen and Cy Roe</div></div>' for i, t in enumerate(TITLES))
    _, records, rejects = _read(f"<section>{cards}</section>")
    assert not rejects
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        (t, ["Ann Lee", "Bo Chen", "Cy Roe"], 2021, "Ecology Letters") for t in TITLES]


def test_an_arxiv_identifier_alone_under_a_date_line_names_arxiv():
    """Cards of the title, "8 Oct 2007", "arXiv:0704.0156" and the names: the venue is arXiv."""
    cards = "".join(f'<div class="card"><div class="t">{t}</div><div class="m"><div><span>{8 + i} Oct 2007</span></div>'
                    f'<div><span>arXiv:0704.015{i}</span></div></div><div class="p">Ann Lee, Bo Chen and Cy Roe</div>'
                    "</div>" for i, t in enumerate(TITLES))
    _, records, rejects = _read(f"<section>{cards}</section>")
    assert not rejects
    assert [(r["title"], r["year"], r["venue"]) for r in records] == [(t, 2007, "arXiv") for t in TITLES]
