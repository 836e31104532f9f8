"""The HTML reader's rules of wt-htmlr17 (2026-12-07), learnt from the sixteenth round's four
layouts, studied and moved to the tuned set (see TUNED_LAYOUTS in :mod:`tests.test_html_layouts`):
each a small made-up page or list in the shape that asked for it, each test failing with its rule
taken out.

- an item printed as a record view, a table of rows each a ``<th>`` label and a ``<td>`` value
  (a Zotero report, a repository's full item record), is read by its labels, the title from its
  row or the heading over the table; a page of such records is a publication list
  (``html_publications._record_tables``, ``_read_record``);
- a month, a day or a season may stand before the year in the brackets after the names
  ("Lee, Ann (October 2010).", CS1's dates as given) (``citations._MONTH_BEFORE_YEAR``);
- a ``<cite>`` holding a whole reference (classed ``citation``, or printing a year and a quoted
  title) is the reference's container, not emphasis (``html_publications._whole_citation``);
- a quoted title inside its link, within the line, keeps its quotation marks, so a question
  mark inside it ends no title (``html_publications._markdownish``'s link branch).
"""

from __future__ import annotations

from extractors import html_publications as H
from extractors.citations import parse_citation
from scholarlake.extraction import extract_document

from .conftest import make_doc

PAPERS = [(["Okafor, Nia", "Brandt, Lukas"], "Lichen cover on granite tombstones", "Journal of Stone Ecology",
           "March 2022", 2022),
          (["Brandt, Lukas"], "Moss growth along north-facing walls", "Urban Geology Letters", "2021-06-14", 2021),
          (["Okafor, Nia", "Brandt, Lukas", "Sato, Mei"], "Algae films on wet sandstone", "Stone Conservation Notes",
           "2019", 2019)]


def _read(page: str, name: str = "report.html"):
    return extract_document(make_doc(page.encode(), f"https://example.org/{name}"))


def _record_page(label: str = "th", titled_by: str = "heading", count: int = len(PAPERS)) -> str:
    items = []
    for names, title, venue, date, _ in PAPERS[:count]:
        rows = [("Item Type", "Journal Article")] + [("Author", n) for n in names]
        if titled_by == "row":
            rows.insert(1, ("Title", title))
        rows += [("Publication", venue), ("Volume", "4"), ("Date", date), ("Date Added", "3/1/2025, 9:12:40 AM")]
        cells = "".join(f"<tr><{label}>{k}</{label}><td>{v}</td></tr>" for k, v in rows)
        head = f"<h2>{title}</h2>" if titled_by == "heading" else ""
        items.append(f'<li class="item journalArticle">{head}<table>{cells}</table>'
                     '<h3 class="tags">Tags:</h3><ul class="tags"><li>Ecology</li></ul></li>')
    return ('<html><head><title>Report</title></head><body><ul class="report">' + "".join(items)
            + "</ul></body></html>")


def test_record_views_are_read_by_their_labels():
    """Items each a heading over a table of labelled rows: detected as a publication list and
    read field by field, one name per "Author" row turned given name first, the year out of
    the date as entered, the venue under its label; the "Date Added" row is no date of the work."""
    kind, records, rejects = _read(_record_page())
    assert kind == "html_publications"
    assert not rejects
    assert [(r["title"], r["year"], r["venue"]) for r in records] == [(t, y, v) for _, t, v, _, y in PAPERS]
    assert [r["authors"] for r in records] == [["Nia Okafor", "Lukas Brandt"], ["Lukas Brandt"],
                                               ["Nia Okafor", "Lukas Brandt", "Mei Sato"]]


def test_a_record_views_title_row_names_it():
    kind, records, _ = _read(_record_page(titled_by="row"))
    assert kind == "html_publications"
    assert [r["title"] for r in records] == [t for _, t, _, _, _ in PAPERS]


def test_tables_of_plain_cells_or_a_single_record_are_no_record_views():
    """Guards: rows of two ``<td>`` (a layout table, a contact box) are no labelled fields, and
    one record alone is an item's own page, not a list of them."""
    assert not H._record_tables(H._parsed(_record_page(label="td"))[0])
    assert not H._record_tables(H._parsed(_record_page(count=1))[0])
    assert H._record_tables(H._parsed(_record_page())[0])


def test_a_month_before_the_year_in_the_brackets_after_the_names():
    got = parse_citation('Okafor, Nia; Brandt, Lukas (October 2010). "Lichen cover on granite tombstones". '
                         "*Journal of Stone Ecology*. 4 (2): 11–19.")
    assert got is not None and got.year == 2010 and got.authors == ["Nia Okafor", "Lukas Brandt"]
    assert got.title == "Lichen cover on granite tombstones"
    for date in ("5 May 2010", "Sept. 2010", "Spring 2010"):
        assert parse_citation(f"Nia Okafor and Lukas Brandt ({date}). Lichen cover on granite tombstones. "
                              "*Journal of Stone Ecology*.").year == 2010, date
    # a word that merely opens like a month is no month
    assert parse_citation("Nia Okafor and Lukas Brandt (Mayhem 2010). Lichen cover on granite tombstones.") is None


_CS1 = [('Okafor, Nia; Brandt, Lukas (October 2010). &quot;Lichen cover on granite tombstones&quot;. '
         '<i>Journal of Stone Ecology</i>. <b>4</b> (2): 11&ndash;19.', "journal"),
        ('Brandt, Lukas (2011). &quot;Moss growth along north-facing walls&quot;. <i>Urban Geology Letters</i>. '
         '<b>9</b> (1): 3&ndash;8.', "journal"),
        ('Okafor, Nia; Sato, Mei (2013). &quot;Algae films on wet sandstone surfaces&quot;. '
         '<a href="/wiki/ArXiv">arXiv</a>:<a href="https://arxiv.org/abs/1301.01234">1301.01234</a>.', "arxiv"),
        ('Sato, Mei (2014). <a class="external text" href="https://example.org/s.pdf">&quot;Would you believe it? '
         'The moss is back! Truth-value intuitions&quot;</a>. <i>Stone Conservation Notes</i>.', "book")]


def test_a_cite_holding_a_whole_reference_is_no_emphasis():
    """CS1 citation templates as a wiki renders them: each reference in ``cite.citation``; the one
    with no italics inside (a preprint) is read alone, neither all emphasis nor joined to the
    entry before it; the month before the year is read; a quoted title inside its link keeps its
    question mark."""
    items = "".join(f'<li><cite class="citation {kind} cs1">{text}</cite></li>' for text, kind in _CS1)
    kind, records, rejects = _read(f"<html><body><h2>Publications</h2><ul>{items}</ul></body></html>", "wiki.html")
    assert kind == "html_publications" and not rejects
    assert [(r["title"], r["year"]) for r in records] == [
        ("Lichen cover on granite tombstones", 2010), ("Moss growth along north-facing walls", 2011),
        ("Algae films on wet sandstone surfaces", 2013), ("Would you believe it? The moss is back! Truth-value intuitions", 2014)]
    assert records[2]["authors"] == ["Nia Okafor", "Mei Sato"] and records[2]["venue"].startswith("arXiv")
    assert records[3]["venue"] == "Stone Conservation Notes"


def test_a_cite_of_a_venue_stays_emphasis():
    """Guard: a ``<cite>`` of a venue's name (no year and quoted title in it, no class) is the
    venue in italics, as before."""
    page = H._parsed('<html><body><p>Ann Lee (2020). A title here. <cite>Journal of Stone Ecology</cite>.</p></body></html>')[0]
    cite = next(page.iter("cite"))
    assert not H._whole_citation(cite, "Journal of Stone Ecology")
    whole = H._parsed('<html><body><cite>Lee, A. (2020). "A title here". J.</cite></body></html>')[0]
    assert H._whole_citation(next(whole.iter("cite")), 'Lee, A. (2020). "A title here". J.')


def test_a_quoted_title_inside_its_link_keeps_its_marks():
    """A reference whose quoted title is a link within the line ("Lee, Ann (2004). <a>"Title? More!
    Rest"</a>. <i>Venue</i>."): the quotation marks, inside the link, still bound the title, so
    its question and exclamation marks end nothing."""
    linked = ('Okafor, Nia (2004). <a class="external text" href="https://example.org/w.pdf">&quot;Would you believe '
              'it? The moss is back! Truth-value intuitions&quot;</a>. <i>Walls and Beyond</i>.')
    items = "".join(f'<li><cite class="citation journal cs1">{text}</cite></li>' for text in (_CS1[0][0], _CS1[1][0], linked))
    kind, records, _ = _read(f"<html><body><h2>Publications</h2><ul>{items}</ul></body></html>", "wiki.html")
    assert kind == "html_publications"
    assert records[2]["title"] == "Would you believe it? The moss is back! Truth-value intuitions"
    assert records[2]["venue"] == "Walls and Beyond"
