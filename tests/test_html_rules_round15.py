"""The HTML reader's rules of wt-html15 (2026-12-07), learnt from the fourteenth round's four
layouts, studied and moved to the tuned set (see TUNED_LAYOUTS in :mod:`tests.test_html_layouts`):
each a small made-up page in the shape that asked for it, each test failing with its rule
taken out.

- a block whose own inline text opens with a list of names before the year (a repository's
  citation paragraph, the names as text or one element each) is an entry, for the list of
  entries and for the unlabelled-page detection; one name counts when it is printed surname
  first before the year in brackets (``html_publications._names_leading``);
- sibling paragraphs parted by blank paragraphs (a zero-width space, ``&nbsp;``) into runs of
  a few are each run one entry's lines, unless each paragraph prints a year (entries one a
  paragraph) or a paragraph heads a section (``_spacer_runs_joined``);
- a class naming the work's publisher or container marks the venue (``_VENUE_CLASS``).
"""

from __future__ import annotations

from lxml import html as lxml_html

from extractors import html_publications as H
from scholarlake.extraction import extract_document

from .conftest import make_doc

TITLES = ["Tidal mixing in shallow estuaries", "Sediment plumes after spring floods", "Salt wedges in narrow channels",
          "Wind stress on coastal lagoons", "Turbulence under sea ice"]
PEOPLE = [("Okafor, Nneka J.", "Nneka J. Okafor"), ("Brandt, Lukas", "Lukas Brandt"), ("Silva, Rita", "Rita Silva")]


def _html(body: str, title: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>".encode()


def _read(body: str, title: str):
    return extract_document(make_doc(_html(body, title), "https://example.org/p.html"))


def _citation(i: int, t: str, single: bool = False) -> str:
    people = PEOPLE[:1] if single else PEOPLE
    names = [f'<span class="person_name">{inverted}</span>' for inverted, _ in people]
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return (f'<p>\n{joined}\n ({2021 - i})\n<a href="https://repo.example.org/{i}/">{t}.</a>\n'
            f'  Journal of Coastal Waters, {3 + i} ({i + 1}). pp. {10 * i + 1}-{10 * i + 9}.\n</p>')


def test_citation_paragraphs_opening_with_names_are_a_list_of_papers_with_no_label():
    """A repository's "browse by author" page: no title, heading or bold line names publications,
    each paragraph is "Surname, Given, ... and Surname, Given (2021) <a>Title.</a> Venue, 3 (2).
    pp. 1-9.", the names one span each in no element of their own: the page is a publication
    list and every paragraph a record."""
    body = "<h2>2021</h2>" + "".join(_citation(i, t) for i, t in enumerate(TITLES))
    kind, records, _ = _read(body, 'Items where Author is "Okafor, Nneka J."')
    assert kind == "html_publications"
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        (t, [given for _, given in PEOPLE], 2021 - i, "Journal of Coastal Waters") for i, t in enumerate(TITLES)]


def test_one_name_printed_surname_first_before_the_bracketed_year_opens_a_citation():
    """Most papers the owner's alone ("Okafor, Nneka J. (2020) <a>Title.</a> ..."): still a list of
    papers; the block test holds for the inverted name before "(2020)", not for a name in reading
    order before a bare year (a caption, a talk)."""
    body = "".join(_citation(i, t, single=i % 4 != 0) for i, t in enumerate(TITLES))
    kind, records, _ = _read(body, "Items where Author is Okafor")
    assert kind == "html_publications" and len(records) == len(TITLES)
    single = lxml_html.fragment_fromstring(_citation(1, TITLES[1], single=True))
    caption = lxml_html.fragment_fromstring("<p>Nneka Okafor 2020 <a href='https://x.org/1'>Field day on the estuary</a></p>")
    with H._texts_kept():
        assert H._names_leading(single) and not H._names_leading(caption)


def test_a_page_of_captions_with_single_names_and_years_stays_unread():
    body = "".join(f"<p>{given.split(',')[0]} {2020 - i} <a href='https://x.org/{i}'>Photo of the field day "
                   f"number {i}</a></p>" for i, (given, _) in enumerate(PEOPLE * 2))
    kind, _, _ = _read(body, "Gallery")
    assert kind != "html_publications"


BLANK = '<p class="font_8"><span class="wixGuard">\u200b</span></p>'


def _rich_text(entries_html: list[str]) -> str:
    return '<div class="rich-text">' + "".join(e + BLANK for e in entries_html) + "</div>"


def test_paragraph_runs_parted_by_blank_paragraphs_are_one_entry_each():
    """A page builder's rich text: title, names and "*Venue*, 2021" as three paragraphs, a blank
    paragraph (a zero-width space) between entries, year headings above: each run is one
    record, whatever runs are printed as one paragraph of lines."""
    entries = []
    for i, t in enumerate(TITLES):
        title = f'<span style="font-weight:bold;">{t}</span>'
        names = "Nneka J. Okafor, Lukas Brandt and Rita Silva"
        where = f'<span style="font-style:italic;">Estuarine Letters</span>, {2021 - i}'
        entries.append(f"<p>{title}<br>{names}<br>{where}</p>" if i == 2 else f"<p>{title}</p><p>{names}</p><p>{where}</p>")
    kind, records, rejects = _read("<h4>Recent</h4>" + _rich_text(entries), "Publications")
    assert kind == "html_publications" and not rejects
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        (t, ["Nneka J. Okafor", "Lukas Brandt", "Rita Silva"], 2021 - i, "Estuarine Letters")
        for i, t in enumerate(TITLES)]


def test_entries_a_paragraph_each_with_blank_paragraphs_after_some_are_not_joined():
    """A word processor's list: one paragraph per entry, each with its year, a blank paragraph
    after every second: the runs are entries, never joined into one."""
    paras = [f"<p>Okafor, N. J., &amp; Brandt, L. ({2021 - i}). {t}. <i>Estuarine Letters</i>, {i + 2}(1), 1&#8211;9.</p>"
             + ("<p>&nbsp;</p>" if i % 2 else "") for i, t in enumerate(TITLES)]
    root = lxml_html.fragment_fromstring("<div><p><b>Journal Articles</b></p>" + "".join(paras * 2) + "</div>")
    H._spacer_runs_joined(root)
    assert len(root.findall("p")) == 1 + 2 * len(TITLES) + 2 * (len(TITLES) // 2)


def test_a_bold_section_label_paragraph_is_no_line_of_the_first_run():
    """"<p><b>Journal Articles</b></p>" before the first run heads the section: the run's lines are
    joined without it."""
    run = "<p><b>{t}</b></p><p>Nneka J. Okafor and Lukas Brandt</p><p><i>Estuarine Letters</i>, 2020</p>"
    root = lxml_html.fragment_fromstring("<div><p><b>Journal Articles</b></p>" + "".join(run.format(t=t) + BLANK for t in TITLES)
                            + "</div>")
    H._spacer_runs_joined(root)
    paras = [p for p in root.findall("p") if not H._blank_paragraph(p)]
    assert H._text(paras[0]) == "Journal Articles" and len(paras) == 1 + len(TITLES)
    assert all(len(p.findall("br")) == 2 for p in paras[1:])


def test_a_publisher_class_names_the_venue():
    """A repository's search results: ``a.item-list-title``, "(<span class=item-list-publisher>
    Venue, </span><span class=item-list-date>2021-05-01</span>)" before the names' element:
    the publisher's element is the venue."""
    items = "".join(
        f'<li class="result"><a class="item-list-title" href="https://x.org/{i}">{t}</a><span class="text-muted">'
        f'(<span class="item-list-publisher">Estuarine Letters, </span><span class="item-list-date">{2021 - i}-05-01'
        f'</span>)<span class="item-list-authors">Okafor, Nneka J.; Brandt, Lukas</span></span></li>'
        for i, t in enumerate(TITLES))
    kind, records, _ = _read(f'<ul class="results">{items}</ul>', "Search")
    assert kind == "html_publications"
    assert [(r["title"], r["venue"], r["year"]) for r in records] == [
        (t, "Estuarine Letters", 2021 - i) for i, t in enumerate(TITLES)]


def test_a_block_of_field_spans_with_no_text_of_its_own_is_not_read_by_its_leading_names():
    """"<p><span>Okafor, N. J., &amp; Brandt, L. (2021). Title. </span><span style=italic>Venue</span>
    <span>.</span></p>": all the text in child elements, which are its fields; the leading-names
    test leaves it to them (read whole, the entry keeps its title and venue)."""
    rows = "".join(f'<p class="zfr3Q"><span class="C9DxTc">Okafor, N. J., &amp; Brandt, L. ({2021 - i}). {t}. </span>'
                   f'<span class="C9DxTc" style="font-style: italic;">Estuarine Letters</span><span class="C9DxTc">.'
                   f'</span></p><p class="zfr3Q"><span class="C9DxTc"><br></span></p>' for i, t in enumerate(TITLES))
    block = lxml_html.fragment_fromstring(rows.split('<p class="zfr3Q"><span class="C9DxTc"><br>')[0])
    with H._texts_kept():
        assert not H._names_leading(block)
    kind, records, _ = _read(f"<div>{rows}</div>", "Publications")
    assert [(r["title"], r["venue"], r["year"]) for r in records] == [
        (t, "Estuarine Letters", 2021 - i) for i, t in enumerate(TITLES)]
