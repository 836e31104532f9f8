"""Probe pages (issue #21 item 2, wt-htmlprobe, 2026-12-07): the HTML publication reader on
hand-made pages in the shapes real generators print that the layout tests did not cover
(``tests/html_probes.py``), and a small test per rule the probes led to, each failing
without its rule.

Each probe is read as a user's page is (``extract_document``, the format detected, never
forced) and must give exactly its papers: title, authors (strictly, the cleaned names in
order), year, venue (the whole extracted one, stricter than the layout tests' start); no other record. A probe of a page
with no papers (news and talks, a people page) must give no record.

First run, reader of main at 2466daf (before this file's rules), the 31 tuned probes (the
venue compared whole): 20 right; wrong or missing: hugoblox_list_view (the venue read as the title, the date as the venue),
teachpress (the type badge "Journal Article" in every title), dblp_person (not detected),
orcid_works (nothing read), table_paper_author_published (the bold header row read as an
entry), text_marks_on_names (a "✉" kept on a name), quarto_listing_grid (no venue),
zotpress_entries (nothing read: the list's "-Bib" class taken for a BibTeX block),
h5_title_siblings (one wrong record, two rejects), table_two_rows_per_paper (four wrong
records), hr_separated_div (one record, with the last entry's year). After: 30 right;
quarto_listing_grid stays an xfail (below).

Held out (``html_probes.HELD_OUT``, five probes written after those rules, reader of
wt-htmlprobe's first commit with the rules that followed it, measured once before any change
aimed at them, PYTHONHASHSEED=0): 2 of 5 right (notion_export, small_caps_names);
barron_template not detected (no record), dl_numbered_terms nothing read (4 rejects, "not a
publication entry that can be read"), bracket_year_last every venue with its "[2021]".
The three failing ones were then studied and count as tuned since (``html_probes.HELD_OUT``
keeps the two never looked at): dl_numbered_terms and bracket_year_last read right after two
rules (a number term prints as its definition's label; a bracketed year ends a venue),
barron_template after one (the template's own ``<papertitle>`` element, three or more, makes
a page about papers when no label says so).
"""

from __future__ import annotations

import pytest

from extractors.citations import venue_name
from extractors.markdown_page import read_block
from normalizers.names import clean_name
from normalizers.titles import display_title
from scholarlake.extraction import extract_document

from . import html_probes
from .conftest import make_doc

# A probe the reader does not read right, with the reason; strict: a fix makes it fail.
XFAIL = {
    "quarto_listing_grid": "the venue is printed in the card's subtitle (listing-subtitle), a field Quarto gives no "
                           "meaning to: reading a subtitle as the venue would be a guess (venue None, not wrong)",
}


def _read(page: str, uri: str = "https://example.org/p.html"):
    kind, records, rejects = extract_document(make_doc(page.encode(), uri))
    return kind, [(r["title"], r["authors"], r["year"], r["venue"]) for r in records], rejects


def _wrongs(name: str) -> list:
    page, truth = html_probes.PROBES[name]()
    kind, got, _ = _read(page, f"https://example.org/{name}.html")
    wrong = [] if kind == "html_publications" or not truth else [("kind", kind)]
    for title, authors, year, venue in truth:
        want = (display_title(title), [n for n in map(clean_name, authors) if n], year)
        hit = next((g for g in got if g[0] == want[0]), None)
        if hit is None:
            wrong.append(("missing", want))
            continue
        got.remove(hit)
        if hit[1:3] != want[1:] or (hit[3] or "").casefold().strip(" .,;:") != venue.casefold():
            wrong.append(("fields", hit, want, venue))
    return wrong + [("extra", g) for g in got]


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.xfail(reason=XFAIL[n], strict=True))
                                  if n in XFAIL else n for n in html_probes.PROBES])
def test_probe_page(name):
    assert _wrongs(name) == []


def _page(body: str) -> str:
    return f"<html><body><h2>Publications</h2>\n{body}\n</body></html>"


TITLES = ["Spin waves in thin magnetic films", "Magnon transport in ferrite films", "Domain walls in thin wires"]
NAMES = ["Ann Lee", "Bo Chen", "Cy Roe"]
# an italic venue line and a button row closing a card (Hugo Blox's list view): the venue is
# not the card's last line, so an italic span is what the reader would take for the title
PDF = '<div><em>Phys. Rev. B</em></div><div><a href="/files/paper.pdf">PDF</a></div>'


def test_names_in_a_nested_block_make_cards_entries():
    """Cards whose names are in a block inside a wrapper block of the card (Hugo Blox's
    list view: ``div.article-metadata > div``) are entries, each read whole."""
    cards = "\n".join(f'<div class="item"><a href="https://example.org/{i}">{t}</a>'
                      f'<div class="meta"><div>Ann Lee, Bo Chen, Cy Roe</div><span><em>Phys. Rev. B</em>, 2021</span>'
                      "</div></div>" for i, t in enumerate(TITLES))
    _, got, rejects = _read(_page(cards))
    assert got == [(t, NAMES, 2021, "Phys. Rev. B") for t in TITLES] and not rejects


def test_a_title_linked_to_the_sites_own_page():
    """A title opening its entry's block, linked by a relative address to the site's own page
    for the paper, is the title, as one linked to an absolute address is."""
    cards = "\n".join(f'<div class="item"><a href="/publication/p{i}/">{t}</a><div>Ann Lee, Bo Chen, Cy Roe</div>'
                      f'<div>March, 2021</div>{PDF}</div>' for i, t in enumerate(TITLES))
    _, got, _ = _read(_page(cards))
    assert got == [(t, NAMES, 2021, "Phys. Rev. B") for t in TITLES]


def test_a_year_alone_between_an_entrys_lines():
    """A date element printing the year alone between the names and the venue (Hugo Blox with
    ``date_format: "2006"``) is the entry's year, not a label over the venue line."""
    cards = "\n".join(f'<div class="item"><a href="https://example.org/{i}">{t}</a><div>Ann Lee, Bo Chen, Cy Roe</div>'
                      "<div>2021</div><div><em>Phys. Rev. B</em></div></div>" for i, t in enumerate(TITLES))
    _, got, _ = _read(_page(cards))
    assert got == [(t, NAMES, 2021, "Phys. Rev. B") for t in TITLES]


def test_an_icon_before_a_linked_title():
    """An element that prints nothing (an icon) before a linked title leaves it opening its line."""
    from lxml import etree

    from extractors.html_publications import _leads_line

    card = etree.fromstring('<div><i class="fa fa-file"></i> <a href="https://example.org/1">Spin waves</a></div>')
    assert _leads_line(card.find("a"))
    card = etree.fromstring('<div><i>Note</i> <a href="https://example.org/1">Spin waves</a></div>')
    assert not _leads_line(card.find("a"))


@pytest.mark.parametrize("date", ["March, 2021", "Mar 1, 2021", "2021-03-01"])
def test_a_date_line_is_no_venue(date):
    """A line that is a date alone gives the year; the venue is the next line."""
    got = read_block(f"**Spin waves in thin magnetic films**  \nAnn Lee, Bo Chen, Cy Roe  \n{date}  \n"
                     "*Physical Review B*")
    assert got[2:5] == ("Spin waves in thin magnetic films", "Physical Review B", 2021)


def test_a_type_badge_inside_the_title_element():
    """teachPress prints the kind of publication inside the title's element: no part of it."""
    rows = "\n".join(f'<div class="pub"><p class="pub_title">{t} <span class="pub_type">Journal Article</span></p>'
                     f'<p class="pub_author">Ann Lee; Bo Chen; Cy Roe</p><p class="pub_journal">Phys. Rev. B, 2021</p>'
                     "</div>" for t in TITLES)
    _, got, _ = _read(_page(rows))
    assert [g[0] for g in got] == TITLES


def test_schema_org_microdata():
    """Items whose names, venue and date only schema.org microdata marks (dblp): each author an
    element of its own, the venue ``isPartOf``, the year ``datePublished``."""
    items = "\n".join(
        '<li class="entry" itemscope itemtype="http://schema.org/ScholarlyArticle"><cite>'
        + ", ".join(f'<span itemprop="author" itemscope><a href="/pid/{k}"><span itemprop="name">{n}</span></a></span>'
                    for k, n in enumerate(NAMES))
        + f':<br><span class="title" itemprop="name">{t}.</span> <a href="/db/prb"><span itemprop="isPartOf" itemscope>'
        '<span itemprop="name">Phys. Rev. B</span></span></a> 104: 1-9 (<span itemprop="datePublished">2021</span>)'
        "</cite></li>" for t in TITLES)
    kind, got, _ = _read(f"<html><body><ul>{items}</ul></body></html>")
    assert kind == "html_publications" and got == [(t, NAMES, 2021, "Phys. Rev. B") for t in TITLES]


def test_a_bold_first_row_heads_the_columns():
    """A table whose first row is of bold cells naming the columns, no ``<th>``: no entry."""
    rows = "".join(f"<tr><td>{t}</td><td>Ann Lee, Bo Chen, Cy Roe</td><td><i>Phys. Rev. B</i></td><td>2021</td></tr>"
                   for t in TITLES)
    head = "<tr><td><b>Paper</b></td><td><b>Author(s)</b></td><td><b>Published in</b></td><td><b>Year</b></td></tr>"
    _, got, rejects = _read(_page(f"<table>{head}{rows}</table>"))
    assert got == [(t, NAMES, 2021, "Phys. Rev. B") for t in TITLES] and not rejects


@pytest.mark.parametrize("mark", ["✉", "★", "⋆"])
def test_a_symbol_after_a_name_is_a_mark(mark):
    assert clean_name(f"Dana K. Smith{mark}") == "Dana K. Smith"
    assert clean_name(f"Bo Chen {mark}") == "Bo Chen"


def test_names_after_a_label():
    """A names line under a label ("Contributors: ..."): the names, and the cards entries."""
    cards = "\n".join(f'<div class="work"><h4>{t}</h4><div>Physical Review B, 2021</div>'
                      "<div>Contributors: Ann Lee; Bo Chen; Cy Roe</div></div>" for t in TITLES)
    _, got, _ = _read(_page(cards))
    assert got == [(t, NAMES, 2021, "Physical Review B") for t in TITLES]


def test_a_bibliography_classed_bib_is_read():
    """A block whose class ends in "-bib" is a BibTeX block only when it prints one
    ("@article{"); Zotpress names its whole bibliography "zp-Zotpress-Bib"."""
    entries = "\n".join(f"<p>Ann Lee, Bo Chen, and Cy Roe. {t}. <i>Phys. Rev. B</i>, 2021.</p>" for t in TITLES)
    _, got, _ = _read(_page(f'<div class="zp-Zotpress-Bib">{entries}</div>'))
    assert got == [(t, NAMES, 2021, "Phys. Rev. B") for t in TITLES]
    bib = '<div class="paper-bib"><pre>@article{lee21, title={Spin waves}}</pre></div>'
    _, got, _ = _read(_page("\n".join(f"<p>Ann Lee, Bo Chen, and Cy Roe. {t}. <i>Phys. Rev. B</i>, 2021.</p>{bib}"
                                      for t in TITLES)))
    assert got == [(t, NAMES, 2021, "Phys. Rev. B") for t in TITLES]


def test_a_heading_over_a_names_paragraph_and_a_venue_paragraph():
    """``<h5>Title</h5><p>Names</p><p><em>Venue</em>, 2021</p>``: one entry; a heading over a
    person's name with no year below stays a heading."""
    body = "\n".join(f"<h5>{t}</h5><p>Ann Lee, Bo Chen, and Cy Roe</p><p><em>Phys. Rev. B</em>, 2021</p>" for t in TITLES)
    _, got, rejects = _read(_page(body))
    assert got == [(t, NAMES, 2021, "Phys. Rev. B") for t in TITLES] and not rejects


def test_a_rule_parts_entries():
    body = "<hr>".join(f"Ann Lee, Bo Chen, and Cy Roe. {t}. <i>Phys. Rev. B</i>, {2019 + k}." for k, t in enumerate(TITLES))
    _, got, _ = _read(_page(f"<div>{body}</div>"))
    assert got == [(t, NAMES, 2019 + k, "Phys. Rev. B") for k, t in enumerate(TITLES)]


def test_a_number_cell_spanning_an_entrys_rows():
    """A number cell spanning two rows, the bold title in the first, the citation in the
    second: one entry; a year cell spanning rows stays the year of each (several entries)."""
    rows = "\n".join(f'<tr><td rowspan="2">[{k}]</td><td><b>{t}</b></td></tr>'
                     f"<tr><td>Ann Lee, Bo Chen, and Cy Roe. <i>Phys. Rev. B</i>, 2021.</td></tr>"
                     for k, t in enumerate(TITLES, start=1))
    _, got, rejects = _read(_page(f"<table>{rows}</table>"))
    assert got == [(t, NAMES, 2021, "Phys. Rev. B") for t in TITLES] and not rejects
    rows = '<tr><td rowspan="3">2021</td>' + "</tr><tr>".join(
        f"<td>Ann Lee, Bo Chen, and Cy Roe. {t}. <i>Phys. Rev. B</i>.</td>" for t in TITLES) + "</tr>"
    _, got, _ = _read(_page(f"<table>{rows}</table>"))
    assert got == [(t, NAMES, 2021, "Phys. Rev. B") for t in TITLES]


def test_a_button_linked_to_the_sites_own_file():
    """A button ("PDF") linked by a relative address closing an entry is a button, no part of
    the venue above it; its address, relative, is no record's URL."""
    rows = "\n".join(f"<li><b>{t}</b><br>Ann Lee, Bo Chen, Cy Roe<br>March 2021<br><i>Phys. Rev. B</i><br>"
                      '<a href="/files/paper.pdf">PDF</a></li>' for t in TITLES)
    _, records, _ = extract_document(make_doc(_page(f"<ul>{rows}</ul>").encode(), "https://example.org/p.html"))
    assert [(r["title"], r["venue"], r["url"]) for r in records] == [(t, "Phys. Rev. B", None) for t in TITLES]


def test_an_iso_date_after_a_venue():
    assert venue_name("Physical Review B 2021-03-01") == "Physical Review B"
    assert venue_name("Physical Review B 2021-03-01 | Journal article") == "Physical Review B"


@pytest.mark.parametrize("line", ["Dana K. Smith and Ann Lee. <i>Journal of Computational Physics</i>, 2019.",
                                  "Dana Smith and Ann Lee. <i>Journal of Computational Physics</i>, 2019."])
def test_an_entry_without_a_title_is_a_reject(line):
    """An entry printing names, venue and year but no title is a reject, never a record whose
    title is the names' end ("Smith and Ann Lee", split at "K.") or the venue's name."""
    rows = "".join(f"<li>Ann Lee, Bo Chen, and Cy Roe. {t}. <i>Phys. Rev. B</i>, 2021.</li>" for t in TITLES)
    _, got, rejects = _read(_page(f"<ul>{rows}<li>{line}</li></ul>"))
    assert got == [(t, NAMES, 2021, "Phys. Rev. B") for t in TITLES]
    assert [r["reason"].startswith("entry read, but its title is") for r in rejects] == [True]


def test_a_visible_bibtex_block_and_a_labelled_abstract_print_nothing():
    """An entry's BibTeX printed in full in an unclassed ``<pre>`` and an "Abstract: ..."
    paragraph under it are no entries: no record, no reject."""
    body = "\n".join(f"<p><b>{t}</b><br>Ann Lee, Bo Chen, Cy Roe<br><i>Phys. Rev. B</i>, 2021</p>\n"
                     f"<pre>@article{{lee{k},\n  author = {{Lee, Ann and Chen, Bo and Roe, Cy}},\n  title = {{{t}}},\n"
                     "  year = {2021}\n}</pre>\n"
                     "<p>Abstract: We measure how spin waves travel in films thinner than 2015's, and where they stop.</p>"
                     for k, t in enumerate(TITLES))
    _, got, rejects = _read(_page(body))
    assert got == [(t, NAMES, 2021, "Phys. Rev. B") for t in TITLES] and rejects == []


def test_a_number_term_labels_its_definition():
    """``<dt>[4]</dt><dd>citation</dd>``: the number opens the citation's line, as a list's does."""
    rows = "".join(f"<dt>[{k}]</dt><dd>A. Lee, B. Chen, and C. Roe, “{t},” <i>Phys. Rev. B</i>, 2021.</dd>"
                   for k, t in enumerate(TITLES, start=1))
    _, got, rejects = _read(_page(f"<dl>{rows}</dl>"))
    assert got == [(t, ["A. Lee", "B. Chen", "C. Roe"], 2021, "Phys. Rev. B") for t in TITLES] and not rejects


def test_a_bracketed_year_ends_a_venue():
    assert venue_name("Physical Review B [2021]") == "Physical Review B"


def test_papertitle_elements_make_a_page_about_papers():
    """The one-page template's ``<papertitle>`` element, three times or more, makes a page
    whose only heading is "Research" a publication page."""
    rows = "".join(f'<tr><td><a href="https://example.org/{k}"><papertitle>{t}</papertitle></a><br>'
                   f"<strong>Ann Lee</strong>, Bo Chen, Cy Roe<br><em>Phys. Rev. B</em>, 2021</td></tr>"
                   for k, t in enumerate(TITLES))
    kind, got, _ = _read(f"<html><body><h2>Research</h2><table>{rows}</table></body></html>")
    assert kind == "html_publications" and got == [(t, NAMES, 2021, "Phys. Rev. B") for t in TITLES]


def test_a_block_of_entries_opening_with_a_summary_label_is_read():
    """Only a paragraph of its own under "Summary:" is an abstract: a block that opens with the
    words and holds the list of entries is read."""
    rows = "".join(f"<li>Ann Lee, Bo Chen, and Cy Roe. {t}. <i>Phys. Rev. B</i>, 2021.</li>" for t in TITLES)
    _, got, _ = _read(_page(f"<div>Summary: three papers on thin films.<ul>{rows}</ul></div>"))
    assert got == [(t, NAMES, 2021, "Phys. Rev. B") for t in TITLES]
