"""Hand-made probe pages in the shapes real sites and tools print (issue #21 item 2): each a
small page of made-up papers in one generator's markup, with the entries it should read as.

The papers and names are invented; the markup follows what the generators write (citeproc /
pandoc / Quarto / Zotero bibliographies, Quarto listings, Hugo Blox / Wowchemy views,
WordPress papercite and teachPress, dblp person pages, minimal-mistakes archives, ORCID-like
work lists, Google Sites paragraphs, tables of one paper per row, year headings over lists,
link rows, "N more authors" toggles, marks on names). ``PROBES`` maps a probe's name to
(page, expected rows); a row is (title, authors, year, venue), the venue compared as the
start of the extracted one.
"""

from __future__ import annotations

from html import escape as _e

# (title, authors, year, venue), made up
PAPERS = [
    ("Spin waves in thin magnetic films", ["Ann Lee", "Bo Chen", "Cy Roe"], 2021, "Physical Review B"),
    ("A sparse solver for coupled flow problems", ["Dana K. Smith", "Ann Lee"], 2019,
     "Journal of Computational Physics"),
    ("Learning to rank with partial labels", ["Ann Lee", "Marie-Claire Dubois", "Omar Haddad", "Li Wei"], 2023,
     "Advances in Neural Information Processing Systems"),
    ("Measuring trust in online markets", ["Ann Lee"], 2017, "Proceedings of the Web Conference"),
]
OWNER = "Ann Lee"
_SLUG = {p[0]: f"p{i}" for i, p in enumerate(PAPERS)}
_VOL = {p[0]: (104 + i, 2 + i, 10 * i + 1, 10 * i + 9) for i, p in enumerate(PAPERS)}


def _given_surname(name: str) -> tuple[list[str], str]:
    parts = name.split()
    return parts[:-1], parts[-1]


def _initials(name: str, stop: str = ".", hyphen: bool = True) -> str:
    given, _ = _given_surname(name)
    out = []
    for g in given:
        pieces = g.rstrip(".").split("-")
        out.append(("-" if hyphen else "").join(q[0] + stop for q in pieces))
    return " ".join(out)


def initials_first(name: str) -> str:
    """"Marie-Claire Dubois" -> "M.-C. Dubois"."""
    return f"{_initials(name)} {_given_surname(name)[1]}"


def apa(name: str) -> str:
    """"Dana K. Smith" -> "Smith, D. K."."""
    return f"{_given_surname(name)[1]}, {_initials(name)}"


def vancouver(name: str) -> str:
    """"Marie-Claire Dubois" -> "Dubois MC"."""
    given, surname = _given_surname(name)
    return surname + " " + "".join(q[0] for g in given for q in g.split("-"))


def vancouver_truth(name: str) -> str:
    """The name "Dubois MC" stands for: "M. C. Dubois" (the hyphen is not printed)."""
    given, surname = _given_surname(name)
    return " ".join([q[0] + "." for g in given for q in g.split("-")] + [surname])


def inverted(name: str) -> str:
    given, surname = _given_surname(name)
    return f"{surname}, {' '.join(given)}"


def _join(names: list[str], last: str = ", and ", two: str = " and ", sep: str = ", ") -> str:
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return names[0] + two + names[1]
    return sep.join(names[:-1]) + last + names[-1]


def _truth(style=lambda n: n, papers=PAPERS):
    return [(t, [style(a) for a in names], y, v) for t, names, y, v in papers]


def _newest(papers=PAPERS):
    return sorted(papers, key=lambda p: -p[2])


def _page(body: str, title: str = "Publications", head: str = "") -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ann Lee - " + title + "</title>"
            + head + "</head>\n<body>\n<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/publications/\">Publications"
            "</a></li><li><a href=\"/teaching/\">Teaching</a></li></ul></nav>\n<main>\n<h1>" + title + "</h1>\n" + body
            + "\n</main>\n<footer><p>&copy; 2025 Ann Lee</p></footer>\n</body></html>\n")


# ------------------------------------------------------------------ citeproc / pandoc / Zotero

def csl_ieee_numbered():
    """pandoc / Quarto citeproc with a numbered style (IEEE): a left-margin number block and a
    right-inline citation inside each ``csl-entry``."""
    rows = []
    for i, (t, names, y, v) in enumerate(_newest(), start=1):
        vol, no, a, b = _VOL[t]
        rows.append(f'<div id="ref-{_SLUG[t]}" class="csl-entry" role="listitem">\n'
                    f'<div class="csl-left-margin">[{i}] </div><div class="csl-right-inline">'
                    f'{_e(_join([initials_first(n) for n in names]))}, <span>“{_e(t)},”</span> '
                    f'<em>{_e(v)}</em>, vol. {vol}, no. {no}, pp. {a}–{b}, {y}, doi: '
                    f'<a href="https://doi.org/10.1000/{_SLUG[t]}">10.1000/{_SLUG[t]}</a>.</div>\n</div>')
    body = '<div id="refs" class="references csl-bib-body" role="list">\n' + "\n".join(rows) + "\n</div>"
    return _page(body), _truth(initials_first, _newest())


def zotero_ieee():
    """Zotero's "Create Bibliography" HTML (IEEE): inline styles on the margin blocks, <i>."""
    rows = []
    for i, (t, names, y, v) in enumerate(_newest(), start=1):
        vol, no, a, b = _VOL[t]
        rows.append('  <div class="csl-entry" style="clear: left; ">\n'
                    f'    <div class="csl-left-margin" style="float: left; padding-right: 0.5em;">[{i}]</div>'
                    f'<div class="csl-right-inline" style="margin: 0 .4em 0 1.5em;">'
                    f'{_e(_join([initials_first(n) for n in names]))}, “{_e(t)},” <i>{_e(v)}</i>, vol. {vol}, '
                    f'no. {no}, pp. {a}–{b}, {y}.</div>\n   </div>')
    body = ('<div class="csl-bib-body" style="line-height: 1.35; ">\n' + "\n".join(rows) + "\n</div>")
    return _page(body), _truth(initials_first, _newest())


def zotero_apa():
    """Zotero's APA bibliography: names "Smith, D. K., &amp; Lee, A.", the volume in italics
    right after the italic journal."""
    rows = []
    for t, names, y, v in _newest():
        vol, no, a, b = _VOL[t]
        rows.append(f'  <div class="csl-entry">{_e(_join([apa(n) for n in names], last=", & ", two=", & "))} ({y}). '
                    f'{_e(t)}. <i>{_e(v)}</i>, <i>{vol}</i>({no}), {a}–{b}. '
                    f'https://doi.org/10.1000/{_SLUG[t]}</div>')
    body = ('<div class="csl-bib-body" style="line-height: 2; padding-left: 1em; text-indent:-1em;">\n'
            + "\n".join(rows) + "\n</div>")
    return _page(body), _truth(initials_first, _newest())


def csl_chicago_author_date():
    """Quarto / pandoc's default style (Chicago author-date): the first name inverted, the year
    after the names, the title in curly quotes."""
    rows = []
    for t, names, y, v in _newest():
        vol, no, a, b = _VOL[t]
        printed = [inverted(names[0])] + names[1:]
        joined = printed[0] + (", and " + printed[1] if len(printed) == 2 else "") if len(printed) <= 2 \
            else _join(printed)
        rows.append(f'<div id="ref-{_SLUG[t]}" class="csl-entry" role="listitem">\n{_e(joined)}. {y}. '
                    f'<span>“{_e(t)}.”</span> <em>{_e(v)}</em> {vol} ({no}): {a}–{b}. '
                    f'<a href="https://doi.org/10.1000/{_SLUG[t]}">https://doi.org/10.1000/{_SLUG[t]}</a>.\n</div>')
    body = ('<div id="refs" class="references csl-bib-body hanging-indent" role="list">\n' + "\n".join(rows)
            + "\n</div>")
    return _page(body), _truth(papers=_newest())


def csl_vancouver_numbered():
    """citeproc with a numbered Vancouver style: "1. " in the left margin, "Lee A, Chen B"."""
    rows = []
    for i, (t, names, y, v) in enumerate(_newest(), start=1):
        vol, no, a, b = _VOL[t]
        rows.append(f'<div id="ref-{_SLUG[t]}" class="csl-entry" role="listitem">\n'
                    f'<div class="csl-left-margin">{i}. </div><div class="csl-right-inline">'
                    f'{_e(", ".join(vancouver(n) for n in names))}. {_e(t)}. {_e(v)}. {y};{vol}({no}):{a}–{b}.'
                    '</div>\n</div>')
    body = '<div id="refs" class="references csl-bib-body" role="list">\n' + "\n".join(rows) + "\n</div>"
    return _page(body), _truth(vancouver_truth, _newest())


# ------------------------------------------------------------------ Quarto listings

def quarto_listing_default():
    """Quarto's default listing of publication pages: ``div.quarto-post`` with the title in
    ``h3.listing-title``, a custom ``publication`` field, the date and the authors in the
    metadata column."""
    rows = []
    for i, (t, names, y, v) in enumerate(_newest()):
        href = f"./publications/{_SLUG[t]}/index.html"
        rows.append(
            f'<div class="quarto-post image-right" data-index="{i}" data-listing-date-sort="{y}0301" '
            f'data-listing-file-modified-sort="1700000000000" data-listing-reading-time-sort="1">\n'
            f'<div class="thumbnail"><p><a href="{href}" class="no-external"></a></p></div>\n'
            f'<div class="body">\n<a href="{href}" class="no-external">\n'
            f'<h3 class="no-anchor listing-title">{_e(t)}</h3>\n'
            f'<div class="listing-publication"><em>{_e(v)}</em></div>\n'
            f'<div class="delink listing-description">We study a question about {_e(t.lower())} and '
            'report what we found.</div>\n</a>\n</div>\n'
            f'<div class="metadata">\n<a href="{href}" class="no-external">\n'
            f'<div class="listing-date">Mar 1, {y}</div>\n'
            f'<div class="listing-author">{_e(", ".join(names))}</div>\n</a>\n</div>\n</div>')
    body = ('<div id="listing-publications" class="quarto-listing quarto-listing-container-default">\n'
            '<div class="list quarto-listing-default">\n' + "\n".join(rows) + "\n</div>\n</div>")
    return _page(body), _truth(papers=_newest())


def quarto_listing_grid():
    """Quarto's grid listing: a card per publication page, ``h5.card-title.listing-title``,
    the venue in the subtitle, the authors and date in the card's attribution."""
    rows = []
    for t, names, y, v in _newest():
        href = f"./publications/{_SLUG[t]}/index.html"
        rows.append(
            f'<div class="g-col-1" data-index="0" data-listing-date-sort="{y}0301">\n'
            f'<a href="{href}" class="quarto-grid-link">\n<div class="quarto-grid-item card h-100 card-left">\n'
            f'<div class="card-body post-contents">\n<h5 class="no-anchor card-title listing-title">{_e(t)}</h5>\n'
            f'<div class="card-subtitle listing-subtitle">{_e(v)}</div>\n'
            f'<div class="card-attribution card-text-small justify">\n'
            f'<div class="listing-author">{_e(", ".join(names))}</div>\n'
            f'<div class="listing-date">{y}</div>\n</div>\n</div>\n</div>\n</a>\n</div>')
    body = ('<div class="quarto-listing quarto-listing-container-grid" id="listing-listing">\n'
            '<div class="list grid quarto-listing-cols-3">\n' + "\n".join(rows) + "\n</div>\n</div>")
    return _page(body), _truth(papers=_newest())


# ------------------------------------------------------------------ Hugo Blox / Wowchemy

def _hb_names(names):
    mark = ' class="author-highlighted"'
    return ", ".join(f'<span{mark if n == OWNER else ""}>'
                     f'<a href="/author/{n.lower().replace(" ", "-")}/">{_e(n)}</a></span>' for n in names)


def hugoblox_mla():
    """Hugo Blox's citation view in MLA style: the names, then the title in quotes, the venue
    in italics and the year after a comma."""
    rows = []
    for t, names, y, v in _newest():
        rows.append(
            '<div class="pub-list-item view-citation" style="margin-bottom: 1rem">\n'
            '  <i class="far fa-file-alt pub-icon" aria-hidden="true"></i>\n'
            f'  <span class="article-metadata li-cite-author">\n    {_hb_names(names)}.\n  </span>\n'
            f'  “<a href="/publication/{_SLUG[t]}/">{_e(t)}</a>”.\n  <em>{_e(v)}</em>, {y}.\n'
            '  <p>\n  <a class="btn btn-outline-primary btn-page-header btn-sm" href="/files/x.pdf">PDF</a>\n'
            '  <a class="btn btn-outline-primary btn-page-header btn-sm js-cite-modal" data-filename="cite.bib">'
            'Cite</a>\n  </p>\n</div>')
    return _page('<div class="container">\n' + "\n".join(rows) + "\n</div>"), _truth(papers=_newest())


def hugoblox_list_view():
    """Hugo Blox's "list" view: ``div.view-list-item``, the linked title, then the metadata
    line of name spans, a date, a middot and ``span.pub-publication``."""
    rows = []
    for t, names, y, v in _newest():
        rows.append(
            '<div class="view-list-item">\n  <i class="far fa-file-alt pub-icon" aria-hidden="true"></i>\n'
            f'  <a href="/publication/{_SLUG[t]}/">{_e(t)}</a>\n  <div class="article-metadata">\n  <div>\n'
            f'    {_hb_names(names)}\n  </div>\n  <span class="article-date">March, {y}</span>\n'
            f'  <span class="middot-divider"></span>\n  <span class="pub-publication"><em>{_e(v)}</em></span>\n'
            '  </div>\n  <div class="btn-links">\n  <a class="btn btn-outline-primary btn-page-header btn-sm" '
            'href="/files/x.pdf" target="_blank" rel="noopener">PDF</a>\n  </div>\n</div>')
    return _page("\n".join(rows)), _truth(papers=_newest())


# ------------------------------------------------------------------ WordPress

def papercite():
    """WordPress papercite: an ``<h3 class="papercite">`` per year, ``ul.papercite_bibliography``
    items in IEEE style, a [BibTeX] toggle and its hidden block."""
    body, year = [], None
    for i, (t, names, y, v) in enumerate(_newest()):
        if y != year:
            if year is not None:
                body.append("</ul>")
            year = y
            body.append(f'<h3 class="papercite">{y}</h3>\n<ul class="papercite_bibliography">')
        vol, no, a, b = _VOL[t]
        bibnames = " and ".join(inverted(n) for n in names)
        body.append(
            f'<li>\n<a href="/wp-content/papercite-data/pdf/{_SLUG[t]}.pdf" title="Download PDF" class="papercite_pdf">'
            '<img src="/wp-content/plugins/papercite/img/pdf.png" alt="[PDF]"/></a>\n'
            f'{_e(_join([initials_first(n) for n in names]))}, &#8220;{_e(t)},&#8221; '
            f'<span style="font-style: italic">{_e(v)}</span>, vol. {vol}, iss. {no}, p. {a}&#8211;{b}, {y}. <br/>\n'
            f'<a href="javascript:void(0)" id="papercite_{i}" class="papercite_toggle">[BibTeX]</a>\n'
            f'<div class="papercite_bibtex" id="papercite_{i}_block"><pre><code class="tex bibtex">@article{{{_SLUG[t]},\n'
            f'  author = {{{_e(bibnames)}}},\n  title = {{{_e(t)}}},\n  journal = {{{_e(v)}}},\n  year = {{{y}}}\n}}'
            '</code></pre></div>\n</li>')
    body.append("</ul>")
    return _page("\n".join(body)), _truth(initials_first, _newest())


def teachpress():
    """WordPress teachPress: a table of ``tr.tp_publication`` rows, the authors "A; B; C" in
    ``p.tp_pub_author``, the title with a type badge, the venue and year in classed spans."""
    rows, year = [], None
    for i, (t, names, y, v) in enumerate(_newest(), start=1):
        if y != year:
            year = y
            rows.append(f'<tr><td colspan="2"><h3 class="tp_h3" id="tp_h3_{y}">{y}</h3></td></tr>')
        vol, no, a, b = _VOL[t]
        rows.append(
            '<tr class="tp_publication tp_publication_article">\n'
            f'<td class="tp_pub_number">{i}.</td>\n<td class="tp_pub_info">\n'
            f'<p class="tp_pub_author">{_e("; ".join(names))}</p>\n'
            f'<p class="tp_pub_title">{_e(t)} <span class="tp_pub_type tp_  article">Journal Article</span> </p>\n'
            '<p class="tp_pub_additional"><span class="tp_pub_additional_in">In: </span>'
            f'<span class="tp_pub_additional_journal">{_e(v)}, </span><span class="tp_pub_additional_volume">'
            f'vol. {vol}, </span><span class="tp_pub_additional_number">no. {no}, </span>'
            f'<span class="tp_pub_additional_pages">pp. {a}-{b}, </span><span class="tp_pub_additional_year">{y}'
            '</span>.</p>\n'
            f'<p class="tp_pub_menu"><span class="tp_bibtex_link"><a id="tp_bibtex_sh_{i}" class="tp_show" '
            f'title="Show BibTeX entry" style="cursor:pointer;">BibTeX</a></span></p>\n'
            f'<div class="tp_bibtex" id="tp_bibtex_{i}" style="display:none;"><div class="tp_bibtex_entry"><pre>'
            f'@article{{{_SLUG[t]},\ntitle = {{{_e(t)}}},\nyear = {{{y}}}\n}}</pre></div></div>\n</td>\n</tr>')
    body = ('<div class="teachpress_pub_list"><form name="tppublistform" method="get"></form>\n'
            '<table class="teachpress_publication_list">\n' + "\n".join(rows) + "\n</table>\n</div>")
    return _page(body), _truth(papers=_newest())


# ------------------------------------------------------------------ dblp, ORCID, minimal-mistakes

def dblp_person():
    """A dblp person page: ``ul.publ-list`` with ``li.year`` separators, ``li.entry`` with
    ``span[itemprop=author]`` names, ``span.title`` and the venue and date in itemprops."""
    rows, year = [], None
    for i, (t, names, y, v) in enumerate(_newest()):
        if y != year:
            year = y
            rows.append(f'<li class="year">{y}</li>')
        vol, no, a, b = _VOL[t]
        people = ", ".join(
            '<span itemprop="author" itemscope itemtype="http://schema.org/Person">'
            + (f'<span class="this-person" itemprop="name">{_e(n)}</span>' if n == OWNER else
               f'<a href="https://dblp.org/pid/00/{i}.html" itemprop="url"><span itemprop="name" title="{_e(n)}">'
               f'{_e(n)}</span></a>') + "</span>" for n in names)
        rows.append(
            f'<li class="entry article toc" id="journals/x/{_SLUG[t]}" itemscope itemtype="http://schema.org/ScholarlyArticle">'
            '<link itemprop="additionalType" href="https://dblp.org/rdf/schema#Publication">'
            '<div class="box"><img alt="" title="Journal Articles" src="https://dblp.org/img/n.png"></div>'
            '<nav class="publ"><ul><li class="drop-down"><div class="head"><a href="https://doi.org/10.1000/x">'
            '<img alt="" src="https://dblp.org/img/paper.dark.hollow.16x16.png" class="icon"></a></div>'
            '<div class="body"><p><b>view</b></p><ul><li><a href="https://doi.org/10.1000/x">electronic edition via DOI'
            '</a></li></ul></div></li></ul></nav>'
            f'<div class="nr" id="j{i}">[j{len(PAPERS) - i}]</div>'
            f'<cite class="data tts-content" itemprop="headline">{people}:<br> '
            f'<span class="title" itemprop="name">{_e(t)}.</span> '
            f'<a href="https://dblp.org/db/journals/x/x{vol}.html#{_SLUG[t]}"><span itemprop="isPartOf" itemscope '
            f'itemtype="http://schema.org/Periodical"><span itemprop="name">{_e(v)}</span></span> '
            f'<span itemprop="isPartOf" itemscope itemtype="http://schema.org/PublicationVolume">'
            f'<span itemprop="volumeNumber">{vol}</span></span>({no})</a>: <span itemprop="pagination">{a}-{b}</span> '
            f'(<span itemprop="datePublished">{y}</span>)</cite><meta property="genre" content="computer science"></li>')
    body = ('<div id="publ-section" class="section"><div class="hide-body"><ul class="publ-list" data-style="ydvt">\n'
            + "\n".join(rows) + "\n</ul></div></div>")
    return _page(body, title="dblp: Ann Lee"), _truth(papers=_newest())


def orcid_works():
    """An ORCID-like works list: a block per work, its title in a heading, then lines of
    "journal", "date | type" and the contributors."""
    rows = []
    for t, names, y, v in _newest():
        rows.append(
            '<div class="work-stack">\n'
            f'<h4 class="work-title"><span>{_e(t)}</span></h4>\n'
            f'<div class="general-data">{_e(v)}</div>\n'
            f'<div class="general-data">{y}-03-01 | Journal article</div>\n'
            f'<div class="general-data">DOI: <a href="https://doi.org/10.1000/{_SLUG[t]}">10.1000/{_SLUG[t]}</a></div>\n'
            f'<div class="general-data contributors">Contributors: {_e("; ".join(names))}</div>\n'
            '<div class="source">Source: Crossref</div>\n</div>')
    return _page('<section id="works"><h2>Works (4)</h2>\n' + "\n".join(rows) + "\n</section>"), _truth(papers=_newest())


def mm_archive_items():
    """jekyll minimal-mistakes' archive list: ``div.list__item > article.archive__item``, the
    linked title in ``h2.archive__item-title``, an excerpt paragraph "Names. <em>Venue</em>,
    2021." (no academicpages "Published in" line)."""
    rows = []
    for t, names, y, v in _newest():
        rows.append(
            '<div class="list__item">\n<article class="archive__item" itemscope itemtype="https://schema.org/CreativeWork">\n'
            f'<h2 class="archive__item-title no_toc" itemprop="headline"><a href="/publication/{_SLUG[t]}" '
            f'rel="permalink">{_e(t)}</a></h2>\n'
            f'<p class="archive__item-excerpt" itemprop="description">{_e(_join(names))}. <em>{_e(v)}</em>, {y}.</p>\n'
            '</article>\n</div>')
    return _page('<div class="entries-list">\n' + "\n".join(rows) + "\n</div>"), _truth(papers=_newest())


# ------------------------------------------------------------------ hand-written shapes

def google_sites_new():
    """New Google Sites: one ``<p class="...">`` per entry of classed spans, empty paragraphs
    between, the venue in a span styled italic."""
    rows = []
    for t, names, y, v in _newest():
        rows.append(
            f'<p dir="ltr" class="zfr3Q CDt4Ke "><span class="C9DxTc ">{_e(_join([apa(n) for n in names], last=", & ", two=" & "))}'
            f' ({y}). {_e(t)}. </span><span class="C9DxTc " style="font-style: italic;">{_e(v)}</span>'
            '<span class="C9DxTc ">.</span></p>\n<p dir="ltr" class="zfr3Q CDt4Ke "><span class="C9DxTc "><br></span></p>')
    body = ('<div class="tyJCtd mGzaTb Depvyb baZpAe"><h2 class="zfr3Q OmQG5e" dir="ltr"><span class="C9DxTc">'
            'Publications</span></h2>\n' + "\n".join(rows) + "\n</div>")
    return _page(body, title="Research"), _truth(initials_first, _newest())


def table_paper_author_published():
    """A table of one paper per row whose header row is a first row of bold ``<td>`` cells
    (no ``<th>``), naming the columns "Paper | Author(s) | Published in | Year"."""
    rows = ["<tr><td><b>Paper</b></td><td><b>Author(s)</b></td><td><b>Published in</b></td><td><b>Year</b></td></tr>"]
    for t, names, y, v in _newest():
        rows.append(f'<tr><td><a href="/papers/{_SLUG[t]}.pdf">{_e(t)}</a></td><td>{_e(", ".join(names))}</td>'
                    f"<td>{_e(v)}</td><td>{y}</td></tr>")
    return _page('<table border="1">\n' + "\n".join(rows) + "\n</table>"), _truth(papers=_newest())


def year_bold_paragraph_over_list():
    """The year as a bold paragraph (not a heading) above each ``<ul>``."""
    body, year = [], None
    for t, names, y, v in _newest():
        if y != year:
            if year is not None:
                body.append("</ul>")
            year = y
            body.append(f"<p><strong>{y}</strong></p>\n<ul>")
        body.append(f'<li>{_e(_join(names))}. <a href="/p/{_SLUG[t]}.pdf">{_e(t)}</a>. <i>{_e(v)}</i>.</li>')
    body.append("</ul>")
    return _page("\n".join(body)), _truth(papers=_newest())


def link_row_below():
    """Each entry a ``<li>``: the bold title, names, the italic venue with the year, and a row of
    "[PDF] [Code] [Slides]" links each on its own line."""
    rows = []
    for t, names, y, v in _newest():
        rows.append(f"<li><b>{_e(t)}</b><br>\n{_e(_join(names))}<br>\n<i>{_e(v)}</i>, {y}<br>\n"
                    f'[<a href="/p/{_SLUG[t]}.pdf">PDF</a>] [<a href="https://github.com/x/{_SLUG[t]}">Code</a>] '
                    f'[<a href="/slides/{_SLUG[t]}.pdf">Slides</a>]</li>')
    return _page("<ul>\n" + "\n".join(rows) + "\n</ul>"), _truth(papers=_newest())


def link_row_pipes():
    """A ``<p>`` per entry with the links in a trailing ``<small>`` separated by pipes."""
    rows = []
    for t, names, y, v in _newest():
        rows.append(f'<p>{_e(_join(names))}. {y}. <a href="/p/{_SLUG[t]}">{_e(t)}</a>. In <em>{_e(v)}</em>.<br>'
                    f'<small><a href="/p/{_SLUG[t]}.pdf">pdf</a> | <a href="/b/{_SLUG[t]}.bib">bib</a> | '
                    f'<a href="https://github.com/x/{_SLUG[t]}">code</a> | <a href="/v/{_SLUG[t]}">video</a></small></p>')
    return _page("\n".join(rows)), _truth(papers=_newest())


def more_authors_button():
    """Names past the third hidden behind a "+ N more" toggle: the hidden names in a
    ``span`` styled ``display:none`` and a button that shows them."""
    rows = []
    for t, names, y, v in _newest():
        shown, hidden = names[:2], names[2:]
        names_html = _e(", ".join(shown))
        if hidden:
            names_html += (f'<span class="more" style="display:none">, {_e(", ".join(hidden))}</span> '
                           f'<button class="toggle-authors" type="button">+ {len(hidden)} more</button>')
        rows.append(f'<li><a href="/p/{_SLUG[t]}">{_e(t)}</a><br>{names_html}<br><em>{_e(v)}</em> ({y})</li>')
    return _page("<ol>\n" + "\n".join(rows) + "\n</ol>"), _truth(papers=_newest())


def text_marks_on_names():
    """Equal-contribution and corresponding marks typed as text after the names ("Bo Chen*,
    Cy Roe†"), a legend line at the top."""
    marks = {"Bo Chen": "*", "Cy Roe": "†", "Omar Haddad": "*", "Dana K. Smith": "✉"}
    rows = []
    for t, names, y, v in _newest():
        printed = ", ".join(n + marks.get(n, "") for n in names)
        rows.append(f"<li>{_e(printed)}. <b>{_e(t)}</b>. <i>{_e(v)}</i>, {y}.</li>")
    body = "<p>* equal contribution, † corresponding author</p>\n<ul>\n" + "\n".join(rows) + "\n</ul>"
    return _page(body), _truth(papers=_newest())


def talks_and_news_only():
    """No publications: a news list and a list of talks. Nothing is an entry."""
    body = ("<h2>News</h2>\n<ul>\n<li><b>Mar 2024</b>: Our paper on spin waves was accepted at Physical Review B.</li>\n"
            "<li><b>Jan 2024</b>: I joined the Institute for Advanced Study, Princeton, as a visiting fellow.</li>\n"
            "<li><b>Sep 2023</b>: Bo Chen and Cy Roe joined the group as PhD students.</li>\n</ul>\n"
            "<h2>Invited talks</h2>\n<ul>\n"
            "<li>Spin waves in thin films. Physics Colloquium, University of Utrecht, May 2023.</li>\n"
            "<li>Learning to rank with partial labels. Machine Learning Seminar, ETH Zurich, 2022.</li>\n"
            "<li>Trust in online markets. Keynote, Workshop on Web Economics, Lyon, France, 2019.</li>\n</ul>")
    return _page(body, title="News and talks"), []


def relative_link_titles():
    """``<li>`` opening with the title linked to the site's own page (a relative href, as static
    site generators write them), the names and the italic venue with the year on new lines."""
    rows = []
    for t, names, y, v in _newest():
        rows.append(f'<li><a href="/publications/{_SLUG[t]}/">{_e(t)}</a><br>\n{_e(", ".join(names))}<br>\n'
                    f"<i>{_e(v)}</i>, {y}</li>")
    return _page("<ul>\n" + "\n".join(rows) + "\n</ul>"), _truth(papers=_newest())


def sphinx_bibtex():
    """sphinxcontrib-bibtex (Sphinx / Read the Docs): ``div.citation`` per entry, its label in
    ``span.label`` with bracket spans, the citation in a ``<p>``."""
    rows = []
    for t, names, y, v in _newest():
        label = "".join(n.split()[-1][0] for n in names) + str(y)[2:]
        rows.append(f'<div class="citation" id="id{_SLUG[t]}" role="doc-biblioentry">\n<span class="label">'
                    f'<span class="fn-bracket">[</span>{label}<span class="fn-bracket">]</span></span>\n'
                    f"<p>{_e(_join(names))}. {_e(t)}. <em>{_e(v)}</em>, {_VOL[t][0]}({_VOL[t][1]}):{_VOL[t][2]}–"
                    f"{_VOL[t][3]}, {y}.</p>\n</div>")
    body = ('<section id="publications"><h2>Publications<a class="headerlink" href="#publications">¶</a></h2>\n'
            '<div class="citation-list" role="list">\n' + "\n".join(rows) + "\n</div>\n</section>")
    return _page(body), _truth(papers=_newest())


def paper_rows_classed():
    """A scholarly-search-engine-like author page: ``div.paper-row`` with the title in
    ``h2.paper-row__title``, the names as links in ``span.paper-row__authors``, the venue and
    the publication date in spans of their own ("pubdate")."""
    rows = []
    for t, names, y, v in _newest():
        people = ", ".join(f'<a class="paper-row__author-link" href="/author/{i}"><span>{_e(n)}</span></a>'
                           for i, n in enumerate(names))
        rows.append(f'<div class="paper-row" data-paper-id="{_SLUG[t]}">\n<a href="/paper/{_SLUG[t]}">'
                    f'<h2 class="paper-row__title">{_e(t)}</h2></a>\n<div class="paper-row__meta">'
                    f'<span class="paper-row__authors">{people}</span>\n<span class="paper-row__venue">{_e(v)}</span>\n'
                    f'<span class="paper-row__pubdate">1 March {y}</span></div>\n'
                    '<div class="paper-row__stats"><span>12 Citations</span></div>\n</div>')
    return _page('<div class="author-papers">\n' + "\n".join(rows) + "\n</div>"), _truth(papers=_newest())


def hugoblox_card_view():
    """Hugo Blox's card view: ``div.card-simple`` with the metadata line first (names, date,
    middot, ``pub-publication``), then the linked title in ``div.article-title``, a summary
    and the buttons."""
    rows = []
    for t, names, y, v in _newest():
        rows.append(
            '<div class="card-simple">\n  <div class="article-metadata">\n  <div>\n'
            f'    {_hb_names(names)}\n  </div>\n  <span class="article-date">Mar {y}</span>\n'
            f'  <span class="middot-divider"></span>\n  <span class="pub-publication"><em>{_e(v)}</em></span>\n'
            '  </div>\n  <div class="section-subheading article-title mb-0 mt-0">\n'
            f'    <a href="/publication/{_SLUG[t]}/">{_e(t)}</a>\n  </div>\n'
            f'  <a href="/publication/{_SLUG[t]}/" class="summary-link"><div class="article-style"><p>A short account of '
            'what the paper does and what it finds.</p></div></a>\n  <div class="btn-links">\n'
            '  <a class="btn btn-outline-primary btn-page-header btn-sm" href="/files/x.pdf">PDF</a>\n  </div>\n</div>')
    return _page("\n".join(rows)), _truth(papers=_newest())


def table_two_rows_per_paper():
    """An old hand-written table: each paper two rows, the number cell spanning both, the bold
    title in the first row and "Names. <i>Venue</i>, 2021." in the second."""
    rows = []
    for i, (t, names, y, v) in enumerate(_newest(), start=1):
        rows.append(f'<tr><td rowspan="2" valign="top">[{i}]</td><td><b>{_e(t)}</b></td></tr>\n'
                    f"<tr><td>{_e(_join(names))}. <i>{_e(v)}</i>, {y}.</td></tr>")
    return _page('<table cellpadding="4">\n' + "\n".join(rows) + "\n</table>"), _truth(papers=_newest())


def hr_separated_div():
    """One ``<div>`` of entries parted by ``<hr>`` rules: "Names. Title. <i>Venue</i>, 2021."."""
    rows = [f"{_e(_join(names))}. {_e(t)}. <i>{_e(v)}</i>, {y}." for t, names, y, v in _newest()]
    return _page('<div class="content">\n' + "\n<hr>\n".join(rows) + "\n</div>"), _truth(papers=_newest())


def h5_title_siblings():
    """No container per entry: an ``<h5>`` title, then a ``<p>`` of names and a ``<p>`` with
    the italic venue and the year, under a "Journal articles" heading."""
    rows = [f"<h5>{_e(t)}</h5>\n<p>{_e(_join(names))}</p>\n<p><em>{_e(v)}</em>, {y}</p>" for t, names, y, v in _newest()]
    return _page("<h2>Journal articles</h2>\n" + "\n".join(rows)), _truth(papers=_newest())


def zotpress_entries():
    """WordPress Zotpress: a ``div.zp-Entry`` per item, each with its own ``csl-bib-body`` and
    ``csl-entry`` in APA, a download link after it."""
    rows = []
    for t, names, y, v in _newest():
        vol, no, a, b = _VOL[t]
        rows.append(
            f'<div id="zp-ID-1-{_SLUG[t]}" class="zp-Entry zpSearchResultsItem zp-Num-0 zp-Year-{y}" data-zp-author-date="x">\n'
            '<span class="ZP_API_USER_ID" style="display: none;">1</span>\n'
            f'<div class="csl-bib-body" style="line-height: 2; padding-left: 1em; text-indent:-1em;">\n'
            f'  <div class="csl-entry">{_e(_join([apa(n) for n in names], last=", &amp; ", two=", &amp; "))} ({y}). '
            f'{_e(t)}. <i>{_e(v)}</i>, <i>{vol}</i>({no}), {a}–{b}. '
            f'<a class="zp-DOIURL" href="https://doi.org/10.1000/{_SLUG[t]}">https://doi.org/10.1000/{_SLUG[t]}</a>'
            '</div>\n</div>\n</div>')
    body = '<div id="zp-ID-1" class="zp-Zotpress zp-Zotpress-Bib wp-block-group">\n<div class="zp-List">\n' + \
        "\n".join(rows) + "\n</div>\n</div>"
    return _page(body.replace("&amp;amp;", "&amp;")), _truth(initials_first, _newest())


def team_cards():
    """A lab's people page: repeated cards of a name, a role, an email and interests. No
    publications: nothing is an entry."""
    people = [("Ann Lee", "Professor", "Spin waves, magnonics and thin films"),
              ("Bo Chen", "PhD student", "Magnon transport in ferrites"),
              ("Cy Roe", "PhD student", "Domain walls, with Omar Haddad and Li Wei"),
              ("Dana K. Smith", "Postdoc, 2021-2023", "Numerical methods for coupled flows")]
    cards = [f'<div class="person-card"><h4>{n}</h4><p class="role">{r}</p><p>Research: {w}</p>'
             f'<p><a href="mailto:{n.split()[0].lower()}@example.org">{n.split()[0].lower()}@example.org</a></p></div>'
             for n, r, w in people]
    return _page('<div class="people-grid">\n' + "\n".join(cards) + "\n</div>", title="People"), []


# ------------------------------------------------------------------ held out: written after the rules
# above were made, measured once before any change (tests/test_html_probes.py's docstring)

def barron_template():
    """The widely copied one-page academic template: a table row per paper, a teaser image cell,
    then the linked ``<papertitle>``, names with the owner in ``<strong>``, the italic venue
    and year, a "project page / arXiv" line and a sentence about the paper."""
    rows = []
    for t, names, y, v in _newest():
        people = ",\n".join(f"<strong>{_e(n)}</strong>" if n == OWNER else f'<a href="https://example.org/{_SLUG[t]}">{_e(n)}</a>'
                            for n in names)
        rows.append(
            '<tr onmouseout="x_stop()" onmouseover="x_start()">\n<td style="padding:20px;width:25%;vertical-align:middle">'
            f'<img src="images/{_SLUG[t]}.jpg" width="160"></td>\n<td style="padding:20px;width:75%;vertical-align:middle">\n'
            f'<a href="https://example.org/{_SLUG[t]}"><papertitle>{_e(t)}</papertitle></a>\n<br>\n{people}\n<br>\n'
            f"<em>{_e(v)}</em>, {y}\n<br>\n"
            f'<a href="https://example.org/{_SLUG[t]}/project">project page</a> / <a href="https://arxiv.org/abs/2101.00001">arXiv</a>\n'
            "<p></p>\n<p>We show how a simple change makes the method faster on every benchmark we tried.</p>\n</td>\n</tr>")
    body = ('<table style="width:100%;border:0px;border-spacing:0px;border-collapse:separate;margin-right:auto;margin-left:auto;">'
            '<tbody>\n<tr><td style="padding:20px;width:100%;vertical-align:middle"><h2>Research</h2><p>I work on spin waves '
            "and learning.</p></td></tr>\n</tbody></table>\n"
            '<table style="width:100%;border:0px;border-spacing:0px;border-collapse:separate;margin-right:auto;margin-left:auto;">'
            "<tbody>\n" + "\n".join(rows) + "\n</tbody></table>")
    return _page(body, title="Ann Lee"), _truth(papers=_newest())


def notion_export():
    """A Notion page exported to HTML: each bullet its own ``<ul class="bulleted-list">``."""
    rows = [f'<ul id="b{i}" class="bulleted-list"><li style="list-style-type:disc">{_e(_join(names))}. {y}. '
            f"“{_e(t)}.” <em>{_e(v)}</em>.</li></ul>" for i, (t, names, y, v) in enumerate(_newest())]
    body = ('<article id="page" class="page sans"><header><h1 class="page-title">Publications</h1></header>'
            '<div class="page-body">\n' + "\n".join(rows) + "\n</div></article>")
    return ("<html><head><meta charset=\"utf-8\"><title>Publications</title></head><body>" + body + "</body></html>",
            _truth(papers=_newest()))


def dl_numbered_terms():
    """A definition list whose terms are the entries' numbers ("[4]"), each ``<dd>`` a citation
    "Names, “Title,” <i>Venue</i>, 2021."."""
    rows = [f"<dt>[{len(PAPERS) - i}]</dt>\n<dd>{_e(_join([initials_first(n) for n in names]))}, “{_e(t)},” "
            f"<i>{_e(v)}</i>, {y}.</dd>" for i, (t, names, y, v) in enumerate(_newest())]
    return _page("<dl>\n" + "\n".join(rows) + "\n</dl>"), _truth(initials_first, _newest())


def small_caps_names():
    """Names set in small capitals by an inline style, the title in bold, "In <i>Venue</i>"."""
    rows = [f'<p><span style="font-variant: small-caps">{_e(_join(names))}</span> ({y}). <b>{_e(t)}</b>. '
            f"In <i>{_e(v)}</i>.</p>" for t, names, y, v in _newest()]
    return _page("\n".join(rows)), _truth(papers=_newest())


def bracket_year_last():
    """``<li>`` "Names: Title. <i>Venue</i> [2021]" with the names parted from the title by a colon."""
    rows = [f"<li>{_e(', '.join(names))}: {_e(t)}. <i>{_e(v)}</i> [{y}]</li>" for t, names, y, v in _newest()]
    return _page("<ol>\n" + "\n".join(rows) + "\n</ol>"), _truth(papers=_newest())


# never looked at beyond their first measurement (the other three of the round were studied: tuned since)
HELD_OUT = ("notion_export", "small_caps_names")


PROBES = {f.__name__: f for f in (
    csl_ieee_numbered, zotero_ieee, zotero_apa, csl_chicago_author_date, csl_vancouver_numbered,
    quarto_listing_default, quarto_listing_grid, hugoblox_mla, hugoblox_list_view, papercite, teachpress,
    dblp_person, orcid_works, mm_archive_items, google_sites_new, table_paper_author_published,
    year_bold_paragraph_over_list, link_row_below, link_row_pipes, more_authors_button, text_marks_on_names,
    talks_and_news_only, relative_link_titles, sphinx_bibtex, paper_rows_classed, hugoblox_card_view,
    table_two_rows_per_paper, hr_separated_div, h5_title_siblings, zotpress_entries, team_cards,
    barron_template, notion_export, dl_numbered_terms, small_caps_names, bracket_year_last)}
