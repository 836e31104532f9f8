"""The HTML reader's rules of wt-html13 (2026-12-07), learnt from the twelfth round's four
layouts, studied and moved to the tuned set (see TUNED_LAYOUTS in :mod:`tests.test_html_layouts`):
each a small made-up page in the shape that asked for it, each test failing with its rule
taken out.

- a table whose first row names its columns (a title's and the names' among three or more
  fields, ``column_headings``) is read by its columns, a row a record; a row
  that cannot be read is a reject naming it; buttons beside the title in its cell are no part
  of it;
- a page with no label is a list of papers when five or more entry blocks, nearly all, print
  names and a year (``_unlabelled_entries``); a line "Names - Venue, 2021 - host" is a field a
  line (``_dash_parted``); bracketed document tags before a title ("[PDF]") and a tagged host
  link are no fields; an ellipsis closing a list of names cuts it (``author_lists._ET_AL``);
- a title run on past its link into the venue's first abbreviation is read again with the
  link as the title (``_link_kept_whole``);
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


def _results(lines: list[tuple[str, str]], tags: str = "") -> str:
    """A saved search-results page: no heading or title names publications; a block per result
    with a side download link, the title (``tags`` before it), the source line, a snippet and
    a row of links."""
    out = []
    for i, (title, source) in enumerate(lines):
        out.append(f'<div class="r"><div class="side"><div><div><a href="https://example.org/{i}.pdf"><span>[PDF]</span> '
                   f'example.org</a></div></div></div><div class="ri"><h3>{tags}<a href="https://example.org/{i}">{title}</a></h3>'
                   f'<div class="a">{source}</div><div class="s">We study the waves of spins in films grown on '
                   f'garnet, and the damping is low…</div><div class="fl"><a href="#">Save</a> <a href="#">Cite</a> '
                   f'<a href="/c?{i}">Cited by {12 + i}</a></div></div></div>')
    return ('<html><head><title>author:"Ann Lee" - Search</title></head><body><div id="res">' + "".join(out)
            + "</div></body></html>")


SOURCES = ["AB Lee, <a href='/u?1'>B Chen</a>\u00a0- Physical Review B, 2021\u00a0- example.org",
           "AB Lee\u00a0- Encyclopedia of Magnetism – Second Edition, 2019\u00a0- example.org",
           "AB Lee, B Chen, C Roe, D Park…\u00a0- Nature Physics, 2020\u00a0- example.org",
           "<a href='/u?2'>AB Lee</a>, B Chen\u00a0- Physical Review Letters, 2018\u00a0- example.org",
           "AB Lee, B Chen\u00a0- Journal of Applied Physics, 2017\u00a0- example.org"]
GS_TITLES = [*TITLES, "Skyrmions in chiral magnets", "Damping of magnons in garnet films"]


def test_a_results_page_with_no_label_is_read_by_its_name_and_year_blocks():
    """No title, heading or bold line says "publications", but five blocks in a row each print
    a list of names and a year: the page is a list of papers, each block an entry."""
    page = _results(list(zip(GS_TITLES, SOURCES)))
    kind, records, rejects = extract_document(make_doc(page.encode(), "https://example.org/s.html"))
    assert kind == "html_publications" and not rejects
    assert [r["title"] for r in records] == GS_TITLES


def test_too_few_name_and_year_blocks_make_no_page_of_papers():
    """Four such blocks, or five where most print no year, are not enough without a label."""
    for lines in (list(zip(GS_TITLES, SOURCES))[:4],
                  [(t, s.replace("2021", "x").replace("2019", "x").replace("2020", "x")) for t, s in zip(GS_TITLES, SOURCES)]):
        kind, _, _ = extract_document(make_doc(_results(lines).encode(), "https://example.org/s.html"))
        assert kind != "html_publications"


def test_a_source_line_parted_by_dashes_after_the_names():
    """"AB Lee, B Chen - Venue, 2021 - host": the names end at the dash, the venue and the
    year are the next field, the host no field; one name alone before the dash is a single
    author's; another kind of dash inside the venue stays in it; names closed by an
    ellipsis are a list cut short."""
    page = _results(list(zip(GS_TITLES, SOURCES)))
    _, records, _ = extract_document(make_doc(page.encode(), "https://example.org/s.html"))
    assert [(r["authors"], r["year"], r["venue"]) for r in records] == [
        (["AB Lee", "B Chen"], 2021, "Physical Review B"),
        (["AB Lee"], 2019, "Encyclopedia of Magnetism – Second Edition"),
        (["AB Lee", "B Chen", "C Roe", "D Park"], 2020, "Nature Physics"),
        (["AB Lee", "B Chen"], 2018, "Physical Review Letters"),
        (["AB Lee", "B Chen"], 2017, "Journal of Applied Physics")]
    assert records[2]["authors_truncated"] and not records[0]["authors_truncated"]


def test_bracketed_document_tags_before_a_title_and_a_tagged_host_link():
    """"[PDF][PDF] Title" and "[CITATION][C] Title": the tags are no part of the title; the
    side link "[PDF] example.org" is a download button, never the entry's title."""
    for tags in ('<span class="c">[PDF]</span><span class="c2">[PDF]</span> ', "<span>[CITATION]</span><span>[C]</span> "):
        page = _results(list(zip(GS_TITLES, SOURCES)), tags)
        _, records, rejects = extract_document(make_doc(page.encode(), "https://example.org/s.html"))
        assert not rejects and [r["title"] for r in records] == GS_TITLES, tags
    short = ["Still Going Strong", "Universals in Magnetism", "Quantifiers and Spins", "Anatomy of a Magnon",
             "Modality and Damping"]  # (a short title loses to the link line above it unless that is a button)
    _, records, _ = extract_document(make_doc(_results(list(zip(short, SOURCES))).encode(), "https://example.org/s.html"))
    assert [r["title"] for r in records] == short


def test_an_ellipsis_closing_a_list_of_names_cuts_it():
    from extractors.author_lists import split_author_list

    assert split_author_list("AB Lee, B Chen, C Roe…") == (["AB Lee", "B Chen", "C Roe"], True)
    assert split_author_list("A. Lee, B. Chen, C. Roe...") == (["A. Lee", "B. Chen", "C. Roe"], True)
    assert split_author_list("A. Lee, B. Chen, C. Roe.") == (["A. Lee", "B. Chen", "C. Roe"], False)


def test_one_name_before_the_dash_makes_the_blocks_entries():
    """Results whose source lines each name one author ("AB Lee - Venue, 2021 - host"): the
    name before the dash is a list of one, so the blocks are entries and the page is read."""
    sources = [f"AB Lee\u00a0- Physical Review B, {2021 - i}\u00a0- example.org" for i in range(5)]
    page = _results(list(zip(GS_TITLES, sources)))
    kind, records, rejects = extract_document(make_doc(page.encode(), "https://example.org/s.html"))
    assert kind == "html_publications" and not rejects
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        (t, ["AB Lee"], 2021 - i) for i, t in enumerate(GS_TITLES)]


def test_a_linked_title_is_not_run_on_into_an_abbreviated_venue():
    """"Names. [Title ... II](url). *Comm. Math. Phys* (2007).": the title is the link's text,
    not run on past it to the venue's first abbreviation ("... II. Comm")."""
    titles = ["Dimers on surface graphs and spin structures. II", *TITLES]
    items = [f'<li><strong>Ann Lee</strong>, Bo Chen, and Cy Roe. <a href="https://example.org/{i}">{t}</a>. '
             f'<em>Comm. Math. Phys</em> (2007). <a href="https://example.org/{i}.pdf">pdf</a> &middot; '
             f'<a href="https://github.com/lab/{i}">code</a></li>' for i, t in enumerate(titles)]
    _, records, rejects = _read(f"<ul>{''.join(items)}</ul>")
    assert not rejects
    assert [(r["title"], r["venue"], r["year"]) for r in records] == [(t, "Comm. Math. Phys", 2007) for t in titles]


def test_a_blog_index_with_bylines_is_no_page_of_papers():
    """Six post cards, each a linked title, "Ann Lee · March 3, 2021" and an excerpt: one plain
    name beside a date is a post's byline, not a list of names (no dash parts it from a field
    with a year), so the page stays unread without a label."""
    cards = "".join(f'<div class="post"><h3><a href="/posts/{i}/">Notes on week {i} of the reading group</a></h3>'
                    f'<div class="meta">Ann Lee &middot; March {i + 1}, 2021</div><p>This week we read two chapters '
                    f"and argued about the second one for an hour.</p></div>" for i in range(6))
    page = f"<html><head><title>Blog</title></head><body><div class='posts'>{cards}</div></body></html>"
    kind, _, _ = extract_document(make_doc(page.encode(), "https://example.org/blog.html"))
    assert kind != "html_publications"


def test_buttons_beside_a_title_in_its_column_are_no_part_of_it():
    """"<td>Title [<a>PDF</a>] [<a>Code</a>]</td>" in a table read by its columns: the title
    alone."""
    head = "<tr><th>Title</th><th>Authors</th><th>Venue</th><th>Year</th></tr>"
    rows = "".join(f'<tr><td>{t} [<a href="https://x.org/{i}.pdf">PDF</a>] [<a href="https://github.com/x/{i}">Code</a>]'
                   f"</td><td>Ann Lee, Bo Chen</td><td>Phys. Rev. B</td><td>2021</td></tr>" for i, t in enumerate(TITLES))
    _, records, rejects = _read(f"<table>{head}{rows}</table>")
    assert not rejects
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [(t, ["Ann Lee", "Bo Chen"], 2021) for t in TITLES]
    assert records[0]["url"] == "https://x.org/0.pdf" and records[0]["code_url"] == "https://github.com/x/0"
