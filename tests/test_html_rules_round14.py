"""The HTML reader's rules of wt-html14 (2026-12-07), learnt from the thirteenth round's four
layouts, studied and moved to the tuned set (see TUNED_LAYOUTS in :mod:`tests.test_html_layouts`):
each a small made-up page in the shape that asked for it, each test failing with its rule
taken out.

- siblings whose classes differ only by the marks of their place ("item item-3 odd first")
  are one list's items (``html_publications._kind_class``);
- a card that opens with its own heading and runs on with a list of names as its own text
  (names as text and person links, no element of their own) is an entry (``_names_after``);
- a card's stacked wrappers are read through for its fields (``_WRAPPER_DEPTH``); a list whose
  items are each a name is a list of names, printed as one line (``_names_list``); a row
  printing nothing (badges) leaves no blank line parting the entry; an unlabelled abstract and
  a count ("280 Reads") are no lines of it (``_abstract_prose``, ``_COUNT_LINE``);
- a definition list whose terms are a few kind labels repeated labels its entries
  (``_kind_terms``); one of distinct short terms is a list of properties, never entries
  (``_property_terms``);
- a date after the names, before the year, is no name, and the venue after it goes through
  ``venue_name`` (``markdown_page._DATE_BEFORE_YEAR``, ``_by_roles``).
"""

from __future__ import annotations

from lxml import html as lxml_html

from extractors import html_publications as H
from extractors.markdown_page import _by_roles, _name_line
from scholarlake.extraction import extract_document

from .conftest import make_doc

TITLES = ["Spin waves in thin magnetic films", "Magnon transport in ferrite films", "Domain walls in thin wires",
          "Exchange bias at oxide interfaces", "Skyrmions in chiral magnets"]


def _page(body: str, title: str = "Publications") -> bytes:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>".encode()


def _read(body: str, title: str = "Publications"):
    return extract_document(make_doc(_page(body, title), "https://example.org/p.html"))


def _portal_items(numbered: bool = True) -> str:
    out = []
    for i, t in enumerate(TITLES):
        cls = f"result-item result-item-{i}" + (" first" if i == 0 else "") if numbered else "result-item"
        out.append(f'<li class="{cls}"><div class="rendering"><h3 class="title"><a href="https://x.org/p/{i}">'
                   f'<span>{t}</span></a></h3><a rel="Person" href="https://x.org/persons/lee" class="person">'
                   f'<span>Lee, A. B.</span></a>, Chen, B. &amp; Roe, C., <span class="date">{4 + i} May {2020 - i}</span>'
                   f', <span class="journal">In: <a href="https://x.org/j/{i}"><span>Physical Review B</span></a>.</span>'
                   f' {3 + i}, 2, p. 1-9 9 p.<p class="type">Research output: Contribution to journal › Article</p>'
                   f'</div></li>')
    return '<ul class="list-results">' + "".join(out) + "</ul>"


def test_rows_that_differ_only_by_their_place_classes_are_one_lists_items():
    """A portal numbering its rows in their classes ("result-item result-item-0 first"): the rows
    are one list's items, as rows with one class are."""
    root = lxml_html.fromstring(_page(_portal_items()))
    with H._texts_kept():
        items = H._item_blocks(root)
    assert sum(1 for li in root.iter("li") if li in items) == len(TITLES)
    assert H._kind_class(lxml_html.fragment_fromstring('<li class="views-row views-row-3 views-row-odd last">x</li>')) \
        == "views-row"


def test_names_running_on_after_a_cards_heading_make_it_an_entry():
    """A research portal's output list: the linked title as the card's heading, then "Lee, A. B.,
    Chen, B. &amp; Roe, C., 4 May 2020, In: Venue. 3, 2, p. 1-9": every row a record with its
    names (the date no name), year and venue."""
    kind, records, rejects = _read(_portal_items(), "Research output")
    assert kind == "html_publications" and not rejects
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        (t, ["A. B. Lee", "B. Chen", "C. Roe"], 2020 - i, "Physical Review B") for i, t in enumerate(TITLES)]


def test_a_heading_over_prose_is_no_entry_by_its_names():
    root = lxml_html.fragment_fromstring("<div><h3>Our research group</h3> We study films, and since 2015 "
                                         "magnets too.</div>")
    with H._texts_kept():
        assert not H._names_after(next(root.iter("h3")))


def _network_cards(abstract: str = "") -> str:
    cards = []
    for i, t in enumerate(TITLES):
        venue = "Source: arXiv" if i == 3 else f"Physical Review B {3 + i}(2)"
        people = "".join(f'<li class="person"><a href="profile/{n.replace(" ", "-")}"><span>{n}</span></a></li>'
                         for n in ("Ann Lee", "Bo Chen", "Cy Roe"))
        cards.append(f'<div class="stack-item"><div class="pub-item"><div class="pub-body"><div class="stack">'
                     f'<div class="stack-row"><div class="pub-title"><a href="publication/{i}">{t}</a></div></div>'
                     f'<div class="stack-row"><div class="pub-badge"><span class="badge">Article</span></div></div>'
                     f'<div class="stack-row"><ul class="meta"><li><span>May {2020 - i}</span></li><li><span>{venue}'
                     f'</span></li></ul></div><div class="stack-row"><ul class="people">{people}'
                     f'<li class="person"><span>[...]</span></li></ul></div>'
                     f'{abstract and f"<div class=stack-row><div class=clamped>{abstract}</div></div>"}'
                     f'</div></div><div class="pub-actions"><span class="reads">{280 + i} Reads</span></div></div></div>')
    return '<div class="stack-list"><h2>Research items</h2>' + "".join(cards) + "</div>"


def test_stacked_cards_with_a_list_of_names_an_item_each():
    """A research network's cards: wrappers of wrappers, the title, a badge row (printing nothing),
    "May 2020" and the venue as an inline list, the names as a list of links with no separator
    ("[...]" for names left out), a count of reads: every card a record, the names in order,
    the count no part of the venue. The page names no publications: the cards alone make it one."""
    kind, records, rejects = _read(_network_cards(), "Ann Lee")
    assert kind == "html_publications" and not rejects
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        (t, ["Ann Lee", "Bo Chen", "Cy Roe"], 2020 - i) for i, t in enumerate(TITLES)]
    assert [r["venue"] for r in records[:3]] == ["Physical Review B"] * 3
    assert "Reads" not in (records[3]["venue"] or "")


def test_an_unlabelled_abstract_in_a_card_is_no_part_of_it():
    abstract = ("We revisit a question that was open for a long while and answer it for a wide class of cases. "
                "The method is simple and needs no tuning. We discuss the limits of the approach and what a larger "
                "sample would change.")
    _, records, _ = _read(_network_cards(abstract), "Ann Lee")
    assert len(records) == len(TITLES) and "revisit" not in (records[3]["venue"] or "")
    assert all("revisit" not in (r["venue"] or "") for r in records)


def test_a_citation_in_a_paragraph_of_an_item_is_no_abstract():
    """The guard: a citation of three "sentences" in an item's paragraph, its words mostly lower
    case (a sentence-case title and venue), opens with its names and stays the entry."""
    node = lxml_html.fragment_fromstring("<p>Ann Lee and Bo Chen. Learning to rank with deep networks in the wild "
                                         "and in the lab. Journal of machine learning research in the small, 2021.</p>")
    with H._texts_kept():
        assert not H._abstract_prose(node)


def test_kind_labels_over_the_entries_of_a_definition_list():
    """A faculty profile's "Selected Publications": ``<dt>Journal Article</dt>`` over each MLA
    citation; the label is no part of the names. And the profile's contact list above it
    (Email / Phone / Office / Education, each once) is no entry: no record has "Office" for a
    name."""
    contact = ("<dl class=contact><dt>Email</dt><dd>ann@example.edu</dd><dt>Phone</dt><dd>(555) 274-1000</dd>"
               "<dt>Office</dt><dd>Science Hall 214</dd><dt>Education</dt><dd>Ph.D., University of Toronto, 2009</dd>"
               "</dl>")
    pubs = "".join(f"<dt>{'Journal Article' if i % 3 else 'Book Chapter'}</dt><dd>Lee, Ann, et al. &ldquo;{t}.&rdquo; "
                   f"<i>Physical Review B</i>, vol. 3, no. 2, {2020 - i}, pp. 1-9.</dd>" for i, t in enumerate(TITLES))
    kind, records, _ = _read(f"{contact}<h2>Selected Publications</h2><dl class=publications>{pubs}</dl>", "Ann Lee")
    assert kind == "html_publications"
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        (t, ["Ann Lee"], 2020 - i, "Physical Review B") for i, t in enumerate(TITLES)]


def test_a_definition_list_of_titles_is_no_list_of_labels():
    dl = lxml_html.fragment_fromstring("<dl>" + "".join(f"<dt>{t}</dt><dd>Ann Lee. <i>Ecology</i>, 2020.</dd>"
                                                        for t in TITLES) + "</dl>")
    with H._texts_kept():
        assert not H._kind_terms(dl) and not H._property_terms(dl)


def test_a_date_before_the_year_closing_the_names_is_no_name():
    assert _name_line("Lee, A. B., Chen, B. & Roe, C., 4 May 2021, In: JHEP. 35, 10, p. 65-70") == [
        "A. B. Lee", "B. Chen", "C. Roe"]
    assert _name_line("Holloway, M. T. & Dong, B., Oct 2007, In: JHEP") == ["M. T. Holloway", "B. Dong"]
    assert _name_line("Ann Lee and Robert May 2021") == ["Ann Lee", "Robert May"]  # a surname that is a month's


def test_the_venue_after_the_names_line_goes_through_venue_name():
    got = _by_roles(["Spin waves in thin magnetic films", "Lee, A. B. & Roe, C., Mar 2021, In: JHEP. 35, 10, p. 65-70"],
                    ["Spin waves in thin magnetic films"], None)
    assert got is not None and got[3] == "JHEP" and got[4] == 2021 and got[0] == ["A. B. Lee", "C. Roe"]
