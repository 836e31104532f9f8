"""The HTML reader's rules of wt-htmlr19 (2026-12-08), learnt from the eighteenth round's four
layouts, studied and moved to the tuned set (see TUNED_LAYOUTS in :mod:`tests.test_html_layouts`):
each a small made-up page in the shape that asked for it, each test failing with its rule taken out.

- a run of three dashes in the names' place ("———. 2010. Title.") stands for the names of the
  entry before (``html_publications._REPEATED_NAMES``);
- in a names element, a list whose every name is the surname then initials ("Lee AB, Chen B.") is
  given name first, as the text readers turn it (``HtmlPublicationsExtractor._structured``);
- the text after an item's names gives its venue and year without the item's title element, and
  a DOI's or arXiv identifier's digits are no year (``html_publications._after_names``);
- a "+N authors" toggle among the names ("A, B, C, +2 authors, E") stands for names not shown,
  no name (``html_publications._SKIPPED_NAMES``);
- an inline element whose text ends inside a block it holds ("<a><h4>Title</h4></a>") has ended
  its line: what follows opens the next line, no blank line between
  (``html_publications._ends_in_block``).
"""

from __future__ import annotations

from scholarlake.extraction import extract_document

from .conftest import make_doc


def _read(page: str, name: str = "pubs.html"):
    return extract_document(make_doc(page.encode(), f"https://example.org/{name}"))


def _page(body: str) -> str:
    return f"<html><head><title>Publications</title></head><body><h1>Publications</h1>{body}</body></html>"


def test_dashes_repeat_the_names_of_the_entry_before():
    entries = ['Okafor, Nia, and Lukas Brandt. 2019. “Algae Films on Wet Sandstone.” <em>Stone Conservation '
               'Notes</em> 4 (2): 11–19.',
               '———. 2021. “Moss Growth along North-Facing Walls.” <em>Urban Geology Letters</em> 7 (1): 3–9.',
               '———. 2022. “Lichen Cover on Granite Tombstones.” In <em>Proceedings of the Stone Workshop</em>, 1–8.',
               'Sato, Mei. 2020. “Salt Damage in Brick Arches.” <em>Masonry Review</em> 2 (3): 40–52.']
    body = '<div id="refs" class="csl-bib-body">' + "".join(f'<div class="csl-entry">{e}</div>' for e in entries) + "</div>"
    kind, records, rejects = _read(_page(body))
    assert kind == "html_publications" and not rejects
    assert [r["authors"] for r in records] == [["Nia Okafor", "Lukas Brandt"]] * 3 + [["Mei Sato"]]
    assert [r["year"] for r in records] == [2019, 2021, 2022, 2020]


def test_dashes_with_no_entry_before_stay_a_reject():
    body = ('<div class="csl-bib-body"><div class="csl-entry">———. 2021. “Moss Growth along North-Facing Walls.” '
            '<em>Urban Geology Letters</em> 7 (1): 3–9.</div><div class="csl-entry">Sato, Mei. 2020. “Salt Damage in '
            'Brick Arches.” <em>Masonry Review</em> 2 (3): 40–52.</div></div>')
    _, records, rejects = _read(_page(body))
    assert [r["authors"] for r in records] == [["Mei Sato"]] and len(rejects) == 1


def _nlm_item(names: str, title: str, linked: bool, tail: str) -> str:
    title = f'<a href="https://example.org/p/1">{title}</a>' if linked else title
    return (f'<div class="citation"><span class="authors">{names}</span> <span class="title">{title}</span> {tail}'
            '</div>')


def test_surname_initials_names_element_turned_and_title_no_part_of_the_venue():
    items = [_nlm_item("Okafor N, Brandt LK.", "Algae films on wet sandstone.", False,
                       '<span class="source">Stone Conserv Notes.</span> 2019 Mar;4(2):11-19. doi: 10.1999/abc.'),
             _nlm_item("Brandt LK.", "Moss growth along north-facing walls.", True,
                       '<span class="source">Urban Geol Lett.</span> 2021 May 3;7(1):3-9.'),
             _nlm_item("Sato M, Okafor N.", "Salt damage in brick arches.", False,
                       '<span class="source">arXiv:2003.1905 [Preprint].</span> 2020 Feb. doi: 10.1905/xyz.')]
    kind, records, _ = _read(_page("".join(items)))
    assert kind == "html_publications"
    assert [r["authors"] for r in records] == [["N. Okafor", "L. K. Brandt"], ["L. K. Brandt"], ["M. Sato", "N. Okafor"]]
    assert records[0]["venue"].startswith("Stone Conserv Notes")
    assert [r["year"] for r in records] == [2019, 2021, 2020]


def _row(title: str, names: list[str]) -> str:
    people = '<span>, </span>'.join(f'<span><a href="/a/{i}">{n}</a></span>' for i, n in enumerate(names))
    return (f'<div class="paper-row"><h2 class="paper-title"><a href="/p">{title}</a></h2><span class="paper-authors">'
            f'{people}</span><span class="paper-venue">Stone Conservation Notes</span> <span class="paper-date">2021'
            '</span></div>')


def test_plus_n_authors_toggle_no_name():
    names = ["Nia Okafor", "Lukas Brandt", "Mei Sato", '<button class="more">+3 authors</button>', "Ivo Petrov"]
    page = _page(_row("Algae films on wet sandstone", names) + _row("Moss growth along north-facing walls",
                                                                    ["Nia Okafor", "Lukas Brandt"]))
    _, records, _ = _read(page)
    assert records[0]["authors"] == ["Nia Okafor", "Lukas Brandt", "Mei Sato", "Ivo Petrov"]
    assert records[1]["authors"] == ["Nia Okafor", "Lukas Brandt"]


def test_link_wrapping_a_heading_ends_its_line():
    def card(title: str, names: str, venue: str) -> str:
        return (f'<div class="item"><div class="b1"><div class="d">March 2, 2021</div><div class="b2"><a href="/p" '
                f'class="link-block"><h4 class="h9">{title}</h4></a><div class="t22">{names}</div><div class="t24">'
                f'<em>{venue}</em> 3(2), 1-9</div></div></div></div>')
    body = "".join(card(t, n, v) for t, n, v in (
        ("Algae films on wet sandstone", "Nia Okafor &amp; Lukas Brandt", "Stone Conservation Notes"),
        ("Moss growth along north-facing walls", "Lukas Brandt, Mei Sato &amp; Nia Okafor", "Urban Geology Letters"),
        ("Salt damage in brick arches", "Mei Sato &amp; Ivo Petrov", "Masonry Review")))
    _, records, rejects = _read(_page(f'<div class="list">{body}</div>'))
    assert not rejects
    assert [r["title"] for r in records] == ["Algae films on wet sandstone", "Moss growth along north-facing walls",
                                             "Salt damage in brick arches"]
    assert records[1]["authors"] == ["Lukas Brandt", "Mei Sato", "Nia Okafor"]
