"""HTML publication lists rendered from real publication metadata (issue #21 item 2): held-out
sets for the HTML publication reader, the way :mod:`tests.cv_layouts` is for CV PDFs.

The metadata is the same as there, read at test time from ``../shared/external`` with
:func:`tests.cv_layouts.bibtex_people` (a researcher's own BibTeX entries, the owner being the
name in most of them) and :func:`tests.cv_layouts.arxiv_entries` (arXiv ``.abs`` entries with
a made-up owner put into each author list). Every layout is a page of its own, modelled on
how people write publication lists by hand and how site generators emit them:

- ``ul_bold_title``: hand-written ``<ul>``; ``<b>Title</b><br>`` names (the owner underlined)
  ``<br><i>Venue</i>, 2021`` then ``[PDF] [arXiv] [code]`` links; sections Journal /
  Conference / Preprints; a navigation bar, a news list and a footer around them.
- ``ol_authors_quoted``: ``<ol>``, IEEE-like "A. Lee, **M. T. Holloway**, and C. Roe,
  “Title,” *Venue*, 2021." (initials), one list for all, newest first.
- ``table_year_column``: a table whose first cell is the year and whose second is "Ann Lee,
  Bo Chen and Cy Roe. **Title**. *Venue*." (the owner in ``<em>``), sections by kind.
- ``dl_dt_dd``: a definition list: ``<dt>`` the title as a link, ``<dd>`` the names, a
  ``<br>``, the venue in italics and the year; "* equal contribution" superscripts.
- ``site_sections``: a whole personal site in one page (nav, "About", "News" with dated items
  that name papers, "Publications" in Journal / Conference / Preprints sections, "Talks",
  "Teaching", footer); entries "Names (2021). Title. *Venue*." with the tail of long author
  lists hidden behind "and N more authors" (the hidden names in the markup).
- ``p_br_fields``: one ``<p>`` per entry, fields separated by ``<br>``: the title as a link,
  the names with ``<sup>*</sup>`` / ``<sup>†</sup>`` marks, the venue in italics; sections
  by year (``<h3>2021</h3>``), the year printed only there.
- ``bootstrap_list_group``: Bootstrap ``div.list-group > div.list-group-item`` holding
  ``h5.mb-1`` title, ``p.mb-1`` names (owner in ``<strong>``), ``small`` "Venue · 2021",
  and ``a.btn`` buttons.
- ``heading_per_entry``: each entry a ``<div>`` with an ``<h4>`` title, a ``<div>`` of
  names and an ``<i>`` venue with the year; sections by kind under ``<h2>``.
- ``citeproc_apa``: pandoc / Quarto citeproc output: ``div.csl-entry`` per entry inside
  ``div#refs``, APA "Lee, A. B., Chen, B., &amp; Roe, C. (2021). Title. *Venue*." (truth
  names "A. B. Lee").
- ``span_fields``: a site generator's own markup: ``<article class="paper">`` with
  ``span.paper-name`` (title), ``span.paper-people``, ``span.paper-where``,
  ``span.paper-when``; names with particles and hyphens printed in full.
- ``div_cards_by_year``: a ``<div class="card">`` per entry under ``<h3>2021</h3>`` headings
  (the year printed only there): ``p`` linked title, ``p`` names (owner in ``<b>``), ``p``
  italic venue.
- ``year_first_items``: ``<li>2021 &mdash; <a>Title</a>. Ann Lee, Bo Chen and Cy Roe.
  <i>Venue</i>.</li>``, sections by kind.
- ``numbered_vancouver``: ``<p>[12] Lee AB, Chen B, Roe C. Title. <i>Venue</i>.
  2021;3(2):1-9.</p>`` (truth names "A. B. Lee"; the numbers are made up from the title).
- ``table_cells`` (added 2026-12-06, held out): a table with a header row naming the
  columns (Title / Authors / Venue / Year, in an order that varies by page) and one row per
  entry, a cell per field.
- ``wowchemy_citation`` (added 2026-12-06, held out): Hugo Academic / Wowchemy's citation
  view, ``div.pub-list-item`` with the names as ``span`` links in ``span.li-cite-author``,
  "(2021).", the linked title, ``<em>`` venue and ``div.btn-links``.
- ``google_sites_spans`` (added 2026-12-06, held out): a Google-Sites-like page, entries as
  ``<p>`` of inline-styled ``<span>``s (bold and italic by ``style``, not by tags) with
  ``<br>`` between title, names (each name its own span) and "Venue, 2021".
- ``ul_em_dash_fields`` (added 2026-12-06, second round, held out): ``<li>`` "linked title
  &mdash; names &mdash; *Venue*, 2021", sections by kind.
- ``article_time`` (added 2026-12-06, second round, held out): an ``<article>`` per entry,
  ``<h3>`` linked title, a ``<p>`` of names, a ``<p>`` "*Venue* · <time>May 2021</time>".
- ``table_number_cell`` (added 2026-12-06, third round, held out): a table with no header
  row, "[12]" in the first cell, "Names. <b>Title</b>. <i>Venue</i> (2021)." in the second.
- ``details_summary`` (added 2026-12-06, third round, held out): ``<details>`` per entry,
  the title as its ``<summary>``, a ``<p>`` of names and a ``<p>`` "Venue, 2021".
- ``ol_inline_styles`` (added 2026-12-06, fourth round, held out): ``<ol>`` items,
  emphasis by inline ``style`` only: bold title, initials-first names, italic venue, "3,
  101 (2021)".
- ``heading_siblings`` (added 2026-12-06, fourth round, held out): an ``<h4>`` title and a
  sibling ``<p>`` "Names<br><em>Venue</em>, 2021", no container per entry.
- ``li_year_badge`` (added 2026-12-06, fifth round, held out): ``<li>`` with a year badge,
  the linked title, ``<small>`` names and ``<small><em>`` venue lines.
- ``p_title_year_first`` (added 2026-12-06, fifth round, held out): "<p><strong>Title
  </strong> (2021). Names. <em>Venue</em>.</p>" under kind headings.
- ``dl_year_terms`` (added 2026-12-06, sixth round, held out): ``<dt>2021</dt>`` terms, each
  ``<dd>`` an entry "Names. Title. <i>Venue</i>.".
- ``span_pub_parts`` (added 2026-12-06, sixth round, held out): ``div.pub`` of
  ``span.pub-names``, ``span.pub-year`` "(2021).", ``a.pub-link`` title, ``<em>`` venue.

- ``table_per_year`` (added 2026-12-06, seventh round, held out): a ``<table>`` per year,
  the year only in the table's header row (``<th colspan>``), a row per entry with a cell
  each for the linked title, the names (the owner in ``<strong>``) and the italic venue.
- ``hugoblox_compact`` (added 2026-12-06, seventh round, held out): Hugo Blox's compact list
  view, ``div.media.stream-item.view-compact`` with the title in ``div.article-title``, the
  names as ``span``s in ``div.stream-meta.article-metadata`` (the owner's
  ``author-highlighted``), ``span.article-date`` "Jan 2021" and ``span.pub-publication``.
- ``p_br_run`` (added 2026-12-06, seventh round, held out): one ``<p>`` per section, the
  entries in it separated by ``<br><br>``: "Names (the owner in ``<b>``). Title. <i>Venue</i>
  12, 34-40, 2021.".
- ``scholar_export`` (added 2026-12-06, seventh round, held out): a Google Scholar profile's
  table saved as HTML: ``tr.gsc_a_tr`` rows, ``a.gsc_a_at`` title, a ``div.gs_gray`` of names
  printed "AB Lee" (initials run together, no stops; truth as printed), a ``div.gs_gray``
  "Venue 12 (3), 45-67, 2021", a citation-count cell and a year cell.
- ``badges_interleaved`` (added 2026-12-06, seventh round, held out): ``<li>`` "linked title
  [PDF] [Code] <span class=badge>Oral</span><br>Names<br><em>Venue</em>, 2021 [BibTeX]", link
  and award badges between the fields.

- ``jekyll_scholar_apa`` (added 2026-12-06, eighth round, held out): jekyll-scholar's
  default output, ``<h2 class="bibliography">2021</h2>`` then ``ol.bibliography`` of
  ``<li><span id=key>`` "Lee, A. B., Chen, B., &amp; Roe, C. (2021). Title. <i>Venue</i>,
  <i>3</i>(2), 101–109." (truth names "A. B. Lee").
- ``bibbase_embed`` (added 2026-12-06, eighth round, held out): a BibBase list embedded in a
  page: ``div.bibbase_paper`` with ``span.bibbase_paper_title`` "Title.",
  ``span.bibbase_paper_author`` "Lee, A. B.; Chen, B.; and Roe, C." and
  ``span.bibbase_paper_year`` "<i>Venue</i>, 3(2): 101–109. 2021.", link buttons after; year
  groups as ``div.bibbase_group_title`` (truth names "A. B. Lee").
- ``academicpages_archive`` (added 2026-12-06, eighth round, held out): academicpages'
  publication list, ``article.archive__item`` with an ``h2.archive__item-title`` linked
  title, a ``<p>`` "Published in <i>Venue</i>, 2021" and a ``<p>`` "Recommended citation:
  Names. (2021). &quot;Title.&quot; <i>Venue</i>. 3(2).".
- ``thumbnail_rows`` (added 2026-12-06, eighth round, held out): a lab page's Bootstrap row
  per paper, a teaser image column and a text column "<strong>Title</strong><br>Names (the
  owner underlined)<br><em>Venue</em>, 2021<br>[Paper] [Project Page] [Code]".

- ``quarto_listing_table`` (added 2026-12-06, ninth round, held out): Quarto's table listing,
  ``table.quarto-listing-table`` with a header row (Date / Title / Author / Publication), each
  row's cells holding ``span.listing-date`` "May 1, 2021", ``a.listing-title``,
  ``span.listing-author`` "Ann Lee, Bo Chen, Cy Roe" (no "and") and ``span.listing-publication``.
- ``alfolio_abstract_bibtex`` (added 2026-12-06, ninth round, held out): al-folio's full
  entry: an ``abbr.badge`` column, ``div.title``, ``div.author`` (the owner in ``<em>``,
  co-authors as links; past five names the rest behind al-folio's "N more authors" span whose
  ``onclick`` script holds them; truth every name, the hidden ones too), ``div.periodical``, ``div.links`` buttons, then a hidden
  ``div.abstract`` of prose (that may name years) and a hidden ``div.bibtex`` holding the
  entry's BibTeX in ``<pre>``; a news table above that names a paper.
- ``harvard_et_al`` (added 2026-12-06, ninth round, held out): ``<p>`` per entry, "Lee, A.B.,
  Chen, B. &amp; Roe, C. 2021. Title. <i>Venue</i> 12: 34–40." (the owner in ``<strong>``),
  six names or more printed as the first three and "et al." (truth: the names printed, as
  "A.B. Lee", initials kept as printed; until the layout was studied the truth spaced them,
  "A. B. Lee"); sections by kind.
- ``nested_sublists`` (added 2026-12-06, ninth round, held out): ``<li><b>Title</b>`` holding
  an inner ``<ul>`` whose items are the names (the owner underlined), "<i>Venue</i> (2021)" and
  the links; year headings above the lists.
- ``cards_affiliations_abstract`` (added 2026-12-06, ninth round, held out): ``div.pub-item``
  cards: a ``div`` with the linked title, a ``div`` of names with affiliation numbers and
  marks in ``<sup>`` ("Ann Lee<sup>1,*</sup>"), a ``div`` "Venue · 2021", a collapsed
  ``<details><summary>Abstract</summary>`` of prose and buttons; talks and teaching after.
- ``venue_first_lines`` (added 2026-12-06, ninth round, held out): ``<li>`` whose first line is
  "<i>Venue</i> (2021)", then ``<br>`` the bold title, ``<br>`` the names (the owner in
  ``<b>``), then "[PDF] [Code]".
- ``kramdown_loose_list`` (added 2026-12-06, tenth round, held out): a markdown list rendered
  by kramdown with blank lines between its items: ``<ol><li><p>`` "Names. <strong>Title
  </strong>. <em>Venue</em>, 2021." ``</p>`` then a second ``<p>`` of links, under kind headings.
- ``pre_plaintext`` (added 2026-12-06, tenth round, held out): a ``<pre>`` block of plain text
  entries, each "Names (2021)" / "Title" / "Venue" on lines of their own, a blank line between.
- ``div_year_column`` (added 2026-12-06, tenth round, held out): a flex row per entry, a
  ``div`` with the year and a ``div`` with "<b>Title</b><br>Names<br><i>Venue</i>" (no year).
- ``chicago_quoted`` (added 2026-12-06, tenth round, held out): ``<p>`` "Lee, Ann, Bo Chen, and
  Cy Roe. 2021. &ldquo;Title.&rdquo; <i>Venue</i> 12 (3): 45&ndash;67." (only the first name
  inverted; truth the names given first).

- ``jemdoc_menu_table`` (added 2026-12-07, eleventh round, tuned): a jemdoc site, the page in
  ``table#tlayout`` beside a ``td#layout-menu`` column, year headings, ``<li><p>`` items of
  three ``<br />`` lines (title, linked or not; names, the owner in ``<b>``; "<i>Venue</i>,
  2021." with [pdf] [code] [slides]), a "Page generated <date> by jemdoc" footer.
- ``drupal_biblio`` (added 2026-12-07, eleventh round, tuned): Drupal's Biblio module, classic
  style: year separator bars, ``span.biblio-title`` linked, ``span.biblio-authors`` of linked
  "Lee, A. B." names (truth "A. B. Lee"), an italic-styled venue span with "Volume 3, Issue 2,
  p.1-9, (2021)", an empty COinS span and a list of export links per entry.
- ``csl_nature_margin`` (added 2026-12-07, eleventh round, tuned): pandoc / Quarto citeproc in
  Nature's style, ``csl-left-margin`` "1. " and ``csl-right-inline`` "Lee, A. B., Chen, B.
  &amp; Roe, C. Title. <em>Venue</em> <strong>3</strong>, 1–9 (2021)."; six names or more as
  the first and "et al." (truth: the names printed, "A. B. Lee").
- ``papermod_entries`` (added 2026-12-07, eleventh round, tuned): Hugo PaperMod's list page,
  ``article.post-entry`` with an ``h2`` title, the venue as the entry's description, and a
  footer "May 1, 2021&nbsp;·&nbsp;[3 min&nbsp;·&nbsp;]Ann Lee, Bo Chen, Cy Roe" (no "and").
- ``bibtex2html_table`` (added 2026-12-07, eleventh round, held out): bibtex2html's plain-style
  table, ``td.bibtexnumber`` "[1]" and ``td.bibtexitem`` "Names. Title. <em>Venue</em>,
  3(2):1-9, 2021." over several lines, accents as character references, "[ bib | DOI | .pdf ]"
  links and some abstracts in a ``<blockquote>``.
- ``table_year_rowspan`` (added 2026-12-07, eleventh round, held out): a hand-written table,
  the year in a cell spanning its year's rows, each row "<u>Owner</u>, Bo Chen &amp; Cy Roe<br>
  <b>Title</b><br><i>Venue</i> [PDF] [Slides]" (accents as character references).

- ``gs_ri_results`` (added 2026-12-07, twelfth round, held out): a Google Scholar results page
  saved as HTML: ``div.gs_r`` per result, ``h3.gs_rt`` the title (linked, or a "[CITATION]"
  one unlinked; "[PDF]" / "[HTML]" tags on some), ``div.gs_a`` "AB Lee, B Chen&nbsp;- Venue,
  2021&nbsp;- example.org" (past four names cut with "…"; truth the names shown, as printed),
  a snippet, "Save Cite Cited by N Related articles" links, and a "[PDF]" side link for some.
- ``excel_web_table`` (added 2026-12-07, twelfth round, held out): a Zotero CSV export saved
  from Excel as a web page: Office namespaces, ``table x:str``, unquoted attributes, a header
  row (Key, Item Type, Publication Year, Author, Title, Publication Title, Volume, Pages, DOI),
  authors "Lee, Ann B.; Chen, Bo" (truth given names first), empty cells, a hidden last row.
- ``notion_export`` (added 2026-12-07, twelfth round, held out): a Notion page exported as
  HTML, each entry a one-item ``ul.bulleted-list`` of its own under kind headings, "Names.
  Title. <em>Venue</em> (2021)." with the title linked for some, a ``<mark>`` label for a few.
- ``blowfish_cards`` (added 2026-12-07, twelfth round, held out): Hugo Blowfish's card view,
  each card one ``<a>`` holding a bold title ``div``, "1 May 2021 · 4 mins", the venue as a
  taxonomy badge and the names as the summary; year headings on some pages.

- ``pure_portal_outputs`` (added 2026-12-07, thirteenth round, held out): an Elsevier Pure
  research portal's "Research output" list: ``li.list-result-item`` with ``h3.title`` (the
  linked title), names "Lee, A. B., Chen, B. &amp; Roe, C." (the institution's people linked,
  past ten "&amp; N others"; truth the names shown, "A. B. Lee"), ``span.date``, "In:
  <a>Venue</a>. 3, 2, p. 1-9 9 p." and a ``p.type`` "Research output: ... › Article"; filters
  with counts and a per-year table around it.
- ``researchgate_items`` (added 2026-12-07, thirteenth round, held out): a ResearchGate-like
  list of research items: ``nova-legacy`` cards of stacked rows, the linked title, type
  badges, an inline ``<ul>`` "May 2021" / "Venue 3(2)" ("Source: arXiv"), an inline ``<ul>``
  of linked full names with no separator in the text (past six the first three, "[...]", the
  last two; truth the names shown), a clamped abstract, buttons and a reads count.
- ``sphinx_bibtex_alpha`` (added 2026-12-07, thirteenth round, held out): a Sphinx (Alabaster)
  page of sphinxcontrib-bibtex's output, pybtex alpha labels and plain style:
  ``div.citation`` with ``span.label`` "[LCR21]" and a ``<p>`` "Ann Lee, Bo Chen, and Cy Roe.
  Title. <em>Venue</em>, 3(2):1–9, 2021. doi:..." (proceedings "In <em>Venue</em>, 1–9.
  2021."), reST sections with pilcrow links, the sidebar and "Powered by Sphinx".
- ``faculty_profile_dl`` (added 2026-12-07, thirteenth round, held out): a faculty directory's
  profile (Drupal): a ``dl.contact`` of Email / Phone / Office / Education, then "Selected
  Publications" as a ``dl.publications``, ``<dt>`` the type, ``<dd>`` MLA 9 "Lee, Ann, et al.
  “Title.” <i>Venue</i>, vol. 3, no. 2, 2021, pp. 1-9." (truth the names printed, given first).

- ``eprints_browse`` (added 2026-12-07, fourteenth round, held out): an EPrints repository's
  "browse by creator" view: "Group by" and "Jump to" year links, "Number of items", an ``<h2>``
  per year, a ``<p>`` per item in EPrints' default citation: ``span.person_name`` names
  inverted in full, commas between them and "and" before the last ("Lee, Ann B., Chen, Bo and
  Roe, Cy"; truth given names first), "(2021)", the linked title, "Venue, 3 (2). pp. 1-9. ISSN
  ..." / "In: Venue, 2021." / "Venue."; a document icon before some.
- ``wix_rich_text`` (added 2026-12-07, fourteenth round, held out): a Wix page, nested ``div``
  wrappers, the list in one rich-text block of ``p.font_8`` paragraphs styled by inline spans
  only: year ``h4.font_4``, per entry three paragraphs (bold title, linked for some; names, the
  owner underlined; italic venue ", 2021") or one paragraph of the three lines parted by
  ``<br>``, an empty paragraph of Wix's zero-width guard span between entries.
- ``dspace7_results`` (added 2026-12-07, fourteenth round, held out): a DSpace 7 search page
  saved from the browser: facet sidebar (authors with counts, date range), "Now showing 1 - 20
  of 20", ``ds-item-search-result-list-element`` per item with a type badge, thumbnail,
  ``a.item-list-title``, "(<span.item-list-publisher>Venue, </span><span.item-list-date>
  2021-05-01</span>)" and ``span.item-list-authors`` "Lee, Ann B.; Chen, Bo" (truth given
  names first), a truncated abstract; Angular attributes and comments throughout.
- ``acm_year_accordion`` (added 2026-12-07, fourteenth round, held out): a Bootstrap 5
  accordion, an item per year (button "2021" and a count badge, the newest open), each body a
  ``ul.list-unstyled`` of ACM Reference Format entries "Names. 2021. Title. <em>Venue</em> 3, 2
  (May 2021), 1–9. https://doi.org/..." ("In <em>Venue</em>. 1–9." for proceedings).

- ``word_filtered_apa`` (added 2026-12-07, fifteenth round, held out): a Word CV saved as "Web
  Page, Filtered": unquoted ``class=MsoNormal`` paragraphs with a hanging indent by style, source
  lines broken near 76 characters inside text and tags, windows-1252 declared and accents as
  character references, bold underlined section paragraphs, APA 7 "Lee, A. B., <b>Owner, C.</b>,
  &amp; Roe, C. (2021). Title. <i>Venue</i>, <i>3</i>(2), 1–9." (some sections numbered by
  Word's list paragraphs, the number in an ``mso-list:Ignore`` span; truth names "A. B. Lee").
- ``latexml_biblist`` (added 2026-12-07, fifteenth round, held out): a LaTeX CV through LaTeXML:
  numbered ``section.ltx_section`` headings, a ``ul.ltx_biblist`` per kind, ``li.ltx_bibitem``
  "[12]" then plainnat's ``span.ltx_bibblock`` parts "Names." / "Title." / "Venue, 3(2):1–9,
  2021.", the emphasis by class names only (``ltx_font_italic``, ``ltx_font_bold``).
- ``wp_block_groups`` (added 2026-12-07, fifteenth round, held out): a WordPress block-theme
  page: year ``h2.wp-block-heading``, a ``div.wp-block-group`` per paper of an ``h3`` title
  (linked for some), a names paragraph (the owner in ``<strong>``), "<em>Venue</em>, 2021",
  a ``wp-block-buttons`` row "PDF / Code / Slides", a "Data: doi:10.5281/zenodo..." note for
  some; separators between papers.
- ``typo3_din_list`` (added 2026-12-07, fifteenth round, held out): a German university staff
  page (TYPO3): contact box, year filter, German section headings, ``ul.publist`` items in a DIN
  1505 style "Lee, Ann; Chen, Bo; Roe, Cy (2021): Title. In: Venue 3 (2), S. 1–9. DOI: ...",
  more than four names cut to three and "u. a." (truth the names printed), then "BibTeX |
  Details" links and "[PDF]" for some.

- ``zotero_report`` (added 2026-12-07, sixteenth round, held out): Zotero's "Generate Report
  from Items" saved as HTML: ``ul.report`` of ``li.item.<itemType>``, the title an ``<h2>``, the
  fields a ``<table>`` of ``<th>`` label / ``<td>`` value rows, one ``th.author`` "Author" row per
  creator "Lee, Ann B." (truth given names first), the container under a type's own label
  ("Publication", "Proceedings Title", "Repository", "Book Title"), "Date" as entered, "Date
  Added" / "Modified" / "Accessed" dates of 2025, tags, notes and attachments lists.
- ``gdocs_export`` (added 2026-12-07, sixteenth round, held out): a Google Docs CV downloaded as a
  web page: every style by generated classes (``.c8{font-weight:700}``, shuffled per document),
  ``span.cN`` runs, Chicago bibliography "Lee, Ann, Bo Chen, and Cy Roe. &ldquo;Title.&rdquo;
  <span class=italic>Venue</span> 3, no. 2 (2021): 1&ndash;9.", sections as Docs numbered lists or
  paragraphs, DOI links through Google's redirect.
- ``mediawiki_cs1`` (added 2026-12-07, sixteenth round, held out): a lab wiki (MediaWiki) of
  citation templates: year ``<h2>`` with "[edit]" links, ``cite.citation.<type>.cs1`` "Lee, Ann;
  Chen, Bo (2021). "Title". <i>Venue</i>. <b>3</b> (2): 1–9. doi:..." (names inverted or as
  written), COinS spans, a table of contents and the Vector skin's chrome.
- ``jabref_tablerefs`` (added 2026-12-07, sixteenth round, held out): JabRef's HTML table export
  with abstracts and BibTeX: QuickSearch script and form, ``table#qs_table`` header row, a
  ``tr.entry`` per entry "Lee, A.B.; Chen, B. &amp; Roe, C." / title / year / "Venue<br />Vol.
  3(2), pp. 1-9" / type / DOI-URL links, hidden abstract and ``<pre>`` BibTeX rows (truth the
  names in full, as each entry's BibTeX row carries them; until wt-htmlr17 the initials as
  printed in the table, "A.B. Lee": see ``JABREF_TRUTH``).

- ``tex4ht_cv`` (added 2026-12-07, seventeenth round, held out): a LaTeX CV through make4ht
  (TeX4ht): fonts by class only (``span.cmti-10``, ``span.cmbx-10``), ``<!--l. 42-->`` comments,
  attributes broken across lines, numbered section heads; a ``div.thebibliography`` of
  ``p.bibitem`` ("[3]" or alpha "[LCR21]", plain.bst blocks on their own lines) or a hand-written
  ``ol.enumerate1``; for some documents f-ligatures as Unicode characters and accents as hex
  references.
- ``org_html_export`` (added 2026-12-07, seventeenth round, held out): Emacs Org mode's HTML
  export: outline containers, section numbers, a table of contents, the postamble; per document
  year subheadings over ``ol.org-ol`` / ``ul.org-ul`` lists, a heading per paper with Org tags,
  or a ``dl.org-dl`` with year terms.
- ``libreoffice_writer`` (added 2026-12-07, seventeenth round, held out): a LibreOffice Writer CV
  saved as HTML: ``<font>`` wrappers, per-paragraph styles, ``h2.western``, source lines broken
  near 100 columns, an auto-numbered ``<ol>`` or hand numbers "J3." and a tab; "A. B. Lee, B.
  Chen, and C. Roe, &#8220;Title,&#8221; <i>Venue</i> <b>3</b>, 1&#8211;9 (2021)." (truth
  initials first).
- ``tablepress_table`` (added 2026-12-07, seventeenth round, held out): a WordPress page of a
  TablePress table (``tablepress-id-N``, ``th.column-K``, ``tr.row-K``), columns in a per-document
  order or Year / Publication, as the server sends it or as saved after DataTables ran.

- ``webflow_cms_list`` (added 2026-12-08, eighteenth round, held out; studied by wt-htmlr19): a Webflow site's CMS
  Collection List (``w-dyn-items`` / ``w-dyn-item``), every element classed by the designer's
  generated names (``text-block-22``), year or "May 12, 2021", an ``h4`` title, the names as
  plain text, the venue plain or in a rich-text block; empty bound fields, hidden buttons, a
  Finsweet filter bar.
- ``s2_author_papers`` (added 2026-12-08, eighteenth round, held out; studied by wt-htmlr19): a Semantic Scholar author
  page saved from the browser: ``div.cl-paper-row``, ``h2.cl-paper-title``, linked names in
  ``span.cl-paper-authors`` (past five the first three, "+N authors", the last; truth the names
  shown), ``span.cl-paper-venue``, ``span.cl-paper-pubdates``, a TLDR for some, citation counts.
- ``ncbi_my_bibliography`` (added 2026-12-08, eighteenth round, held out; studied by wt-htmlr19): NCBI's My
  Bibliography public page: ``div.citation-wrap`` items, NLM names "Lee AB, Chen B." (truth "A. B.
  Lee"), the title, ``span.source``, "2021 May;3(2):1-9. doi: ... PMID: ...; PMCID: ...".
- ``pandoc_chicago_ad`` (added 2026-12-08, eighteenth round, held out; studied by wt-htmlr19): pandoc's citeproc with
  chicago-author-date.csl: ``div.csl-entry`` sorted by names, "Lee, Ann B., Bo Chen, and Cy Roe.
  2021. “Title.” <em>Venue</em> 3 (2): 1–9.", the same names as the entry before as "———.",
  "2021a" / "2021b", eleven names or more as seven and "et al." (truth the names printed).

- ``hal_collection`` (added 2026-12-08, nineteenth round, held out): a HAL collection page: a
  row per deposit in ``table.table-results``, a type badge in English or French, the title in
  ``a.ref-halid > strong``, linked full names in ``div.authors``, HAL's citation "<i>Venue</i>,
  2021, 3 (2), pp.1-9. ⟨10.1000/abc⟩. ⟨hal-01234567v2⟩" in ``div.citation``.
- ``ieee_xplore_author`` (added 2026-12-08, nineteenth round, held out): an IEEE Xplore author
  page: ``xpl-results-item``, the title in ``h3 > a``, names in full parted by "; " spans, the
  venue a link, "Year: 2021 | Volume: 3, Issue: 2 | Journal Article | Publisher: IEEE".
- ``mkdocs_material`` (added 2026-12-08, nineteenth round, held out): MkDocs Material: an ``h2``
  per year with its "¶" headerlink, a loose list of "<strong>Title</strong><br>names<br>
  <em>Venue</em>, 2021" paragraphs, ``md-button`` links with SVG icons, abstract admonitions.
- ``elements_profile`` (added 2026-12-08, nineteenth round, held out): a Symplectic Elements
  public profile: type headings, "Lee, A. B., Chen, B. and Roe, C. (2021) 'Title', <i>Venue</i>,
  3(2), pp. 1-9." (truth "A. B. Lee"), metric badges and "Published: 12 May 2021".

:func:`expected` gives the truth rows a layout prints (title, authors as printed, year,
venue); ``rng`` varies only what the truth does not depend on (which links an entry has,
the equal-contribution marks, the news and the talks), so a page is deterministic given a
seed. CJK names: the metadata under ``../shared/external`` holds none, so no layout prints
them (a layout cannot make them up and call them real).
"""

from __future__ import annotations

import hashlib
import random
import re
from html import escape

from .cv_layouts import (
    SECTION_ORDER,
    apa_name,
    chicago_first,
    harvard_name,
    initials_first,
    made_up_numbers,
    printed_venue,
    sections,
    split_name,
    vancouver_name,
    vancouver_truth,
)

SECTION_NAMES = {"journal": "Journal Articles", "conference": "Conference Papers", "preprint": "Preprints",
                 "other": "Other Publications"}
HIDE_AFTER = 4  # site_sections prints this many names and hides the rest behind "and N more authors"

NAME_STYLE = {"ol_authors_quoted": initials_first, "citeproc_apa": initials_first, "numbered_vancouver": vancouver_truth,
              "ol_inline_styles": initials_first, "scholar_export": lambda n: scholar_name(n),
              "gs_ri_results": lambda n: scholar_name(n),
              "jekyll_scholar_apa": initials_first, "bibbase_embed": initials_first,
              "drupal_biblio": initials_first, "csl_nature_margin": initials_first,
              "pure_portal_outputs": initials_first, "word_filtered_apa": initials_first,
              "libreoffice_writer": initials_first, "ncbi_my_bibliography": vancouver_truth,
              "elements_profile": initials_first,
              # (jabref_tablerefs printed "A.B. Lee" until wt-htmlr17: see JABREF_TRUTH below)
              "harvard_et_al": lambda n: harvard_name(n).split(", ", 1)[1] + " " + harvard_name(n).split(", ", 1)[0]}
# layouts that cut the list: the truth is the names as shown. alfolio_abstract_bibtex is not one:
# it keeps the rest in its toggle's onclick script, and the truth is every name (as at first;
# from wt-html3's round until wt-html4's, 2026-12-06, it counted the names shown, as the real
# al-folio page's truth then did; issue #21 asks for the names the markup carries)
PRINTED_NAMES = {"harvard_et_al": lambda authors: _harvard_printed(authors)[0],
                 "pure_portal_outputs": lambda authors: _pure_shown(authors),
                 "researchgate_items": lambda authors: _rg_shown(authors),
                 "faculty_profile_dl": lambda authors: _mla_printed(authors),
                 "gs_ri_results": lambda authors: _scholar_shown(authors),
                 "csl_nature_margin": lambda authors: _nature_printed(authors),
                 "typo3_din_list": lambda authors: _din_shown(authors),
                 "s2_author_papers": lambda authors: _s2_shown(authors),
                 "pandoc_chicago_ad": lambda authors: _chicago_shown(authors)}


def _e(s) -> str:
    return escape(str(s), quote=True)


def _digest(e: dict) -> str:
    return hashlib.md5(e["title"].encode("utf-8")).hexdigest()[:10]


def _links(e: dict, rng: random.Random, style: str = "brackets") -> str:
    """[PDF] [arXiv] [code] buttons, some of them, as links."""
    d = _digest(e)
    links = [("PDF", f"https://example.org/papers/{d}.pdf")]
    if rng.random() < 0.6:
        links.append(("arXiv", f"https://arxiv.org/abs/{e.get('arxiv_id') or '2101.' + d[:5]}"))
    if rng.random() < 0.4:
        links.append(("code", f"https://github.com/lab-{d[:4]}/{d[4:]}"))
    if style == "buttons":
        return " ".join(f'<a class="btn btn-sm btn-outline-primary" href="{u}" role="button">{t}</a>' for t, u in links)
    return " ".join(f'[<a href="{u}">{t}</a>]' for t, u in links)


def _names(authors: list[str], owner: str, style=lambda n: n, mark: str = "strong",
           rng: random.Random | None = None, last: str = ", and ", two: str = " and ") -> str:
    """The author list as HTML: the owner wrapped in ``mark``, optional superscript marks."""
    parts = []
    for i, a in enumerate(authors):
        text = _e(style(a))
        if a == owner and mark:
            text = f"<{mark}>{text}</{mark}>"
        if rng is not None and i < 2 and len(authors) > 2 and rng.random() < 0.3:
            text += "<sup>*</sup>"
        elif rng is not None and i == len(authors) - 1 and rng.random() < 0.2:
            text += "<sup>&dagger;</sup>"
        parts.append(text)
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        return parts[0] + two + parts[1]
    return ", ".join(parts[:-1]) + last + parts[-1]


def _venue(e: dict) -> str:
    return _e(printed_venue(e))


def _page(owner: str, body: str, rng: random.Random, title: str = "Publications") -> str:
    nav = rng.choice([
        '<nav class="navbar"><a href="/">Home</a> | <a href="/cv.pdf">CV</a> | <a href="/publications/">Publications</a>'
        ' | <a href="/teaching/">Teaching</a></nav>',
        '<div id="menu"><ul><li><a href="/">About</a></li><li><a href="/research/">Research</a></li>'
        '<li><a href="/publications/">Publications</a></li><li><a href="/contact/">Contact</a></li></ul></div>',
    ])
    foot = rng.choice([f"<footer><p>&copy; 2025 {_e(owner)}. Built with Jekyll.</p></footer>",
                       f'<div class="footer">Last updated: March 2025 &middot; {_e(owner)}</div>'])
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{_e(owner)} - {title}</title>'
            f'<style>body{{font-family:sans-serif}}</style></head>\n<body>\n{nav}\n<h1>{title}</h1>\n{body}\n{foot}\n'
            "</body></html>\n")


def _by_kind(entries):
    return sections(entries)


def _newest_first(entries):
    return [e for _, mine in sections(entries) for e in mine]


NEWS = ["Our group moved to the new building.", "I will serve on the program committee of the spring workshop.",
        "Welcome to our new PhD students!", "I gave a lecture series at the summer school, 2023."]
TALKS = [("Invited seminar", "Institute for Theoretical Studies, Zurich", 2024),
         ("Contributed talk", "Annual Meeting of the Society for Applied Statistics, Boston", 2023),
         ("Department colloquium", "University of Oslo", 2022)]
TEACHING = ["Introduction to Statistics (STAT 101), Fall 2023", "Numerical Methods, Spring 2022, with J. Park and L. Ortiz"]


def _news(entries, rng) -> str:
    items = []
    for text in rng.sample(NEWS, 2):
        items.append(f"<li><b>{rng.choice(['Jan', 'Mar', 'Jun', 'Oct'])} {rng.choice([2023, 2024])}</b>: {_e(text)}</li>")
    e = rng.choice(entries)
    items.insert(0, f'<li><b>May 2024</b>: Our paper "{_e(e["title"])}" was accepted at {_venue(e)}!</li>')
    return "<h2>News</h2>\n<ul>\n" + "\n".join(items) + "\n</ul>"


def _talks(rng) -> str:
    rows = [f"<li>{_e(kind)}, {_e(place)}, {year}.</li>" for kind, place, year in TALKS]
    return "<h2>Talks</h2>\n<ul>\n" + "\n".join(rows) + "\n</ul>"


def _teaching() -> str:
    return "<h2>Teaching</h2>\n<ul>\n" + "\n".join(f"<li>{_e(t)}</li>" for t in TEACHING) + "\n</ul>"


# --------------------------------------------------------------------------- layouts


def render_ul_bold_title(entries, owner, rng) -> str:
    body = [_news(entries, rng)]
    for kind, mine in _by_kind(entries):
        body.append(f"<h2>{SECTION_NAMES[kind]}</h2>\n<ul>")
        for e in mine:
            body.append(f"<li><b>{_e(e['title'])}</b><br>\n{_names(e['authors'], owner, mark='u')}<br>\n"
                        f"<i>{_venue(e)}</i>, {e['year']}. {_links(e, rng)}</li>")
        body.append("</ul>")
    return _page(owner, "\n".join(body), rng)


def render_ol_authors_quoted(entries, owner, rng) -> str:
    items = []
    for e in _newest_first(entries):
        items.append(f"  <li>{_names(e['authors'], owner, initials_first)}, &ldquo;{_e(e['title'])},&rdquo; "
                     f"<em>{_venue(e)}</em>, {e['year']}. {_links(e, rng)}</li>")
    return _page(owner, "<ol>\n" + "\n".join(items) + "\n</ol>", rng)


def render_table_year_column(entries, owner, rng) -> str:
    body = []
    for kind, mine in _by_kind(entries):
        body.append(f"<h3>{SECTION_NAMES[kind]}</h3>\n<table class=\"pubs\">")
        for e in mine:
            body.append(f'<tr><td class="year" valign="top">{e["year"]}</td><td>'
                        f"{_names(e['authors'], owner, mark='em', last=' and ')}. <b>{_e(e['title'])}</b>. "
                        f"<i>{_venue(e)}</i>. {_links(e, rng)}</td></tr>")
        body.append("</table>")
    return _page(owner, "\n".join(body), rng)


def render_dl_dt_dd(entries, owner, rng) -> str:
    rows = []
    for e in _newest_first(entries):
        rows.append(f'<dt><a href="https://example.org/p/{_digest(e)}">{_e(e["title"])}</a></dt>\n'
                    f"<dd>{_names(e['authors'], owner, rng=rng)}<br>\n<em>{_venue(e)}</em>, {e['year']}</dd>")
    note = "<p><small>* equal contribution</small></p>"
    return _page(owner, note + "\n<dl>\n" + "\n".join(rows) + "\n</dl>", rng)


def _hidden_tail(authors: list[str], owner: str) -> str:
    if len(authors) <= HIDE_AFTER + 1:
        return _names(authors, owner, mark="strong")
    shown = ", ".join(f"<strong>{_e(a)}</strong>" if a == owner else _e(a) for a in authors[:HIDE_AFTER])
    hidden = ", ".join(f"<strong>{_e(a)}</strong>" if a == owner else _e(a) for a in authors[HIDE_AFTER:])
    n = len(authors) - HIDE_AFTER
    return (f'{shown}, <span class="more-authors" hidden>{hidden}</span>'
            f'<a href="#" class="toggle-authors">and {n} more authors</a>')


def render_site_sections(entries, owner, rng) -> str:
    body = [f"<h2>About</h2>\n<p>I am a researcher working on statistics and physics. Contact: {_e(owner.split()[-1].lower())}"
            "@example.org.</p>", _news(entries, rng), "<h2>Publications</h2>"]
    for kind, mine in _by_kind(entries):
        body.append(f"<h3>{SECTION_NAMES[kind].split()[0]}</h3>\n<ul>")
        for e in mine:
            body.append(f"<li>{_hidden_tail(e['authors'], owner)} ({e['year']}). {_e(e['title'])}. "
                        f"<i>{_venue(e)}</i>. {_links(e, rng)}</li>")
        body.append("</ul>")
    body += [_talks(rng), _teaching()]
    return _page(owner, "\n".join(body), rng, title="Home")


def render_p_br_fields(entries, owner, rng) -> str:
    body, year = [], None
    for e in sorted(entries, key=lambda e: -e["year"]):
        if e["year"] != year:
            year = e["year"]
            body.append(f"<h3>{year}</h3>")
        body.append(f'<p><a href="https://example.org/p/{_digest(e)}">{_e(e["title"])}</a><br>\n'
                    f"{_names(e['authors'], owner, rng=rng)}<br>\n<i>{_venue(e)}</i></p>")
    return _page(owner, "\n".join(body), rng)


def render_bootstrap_list_group(entries, owner, rng) -> str:
    items = []
    for e in _newest_first(entries):
        items.append(f'  <div class="list-group-item">\n    <h5 class="mb-1">{_e(e["title"])}</h5>\n'
                     f'    <p class="mb-1">{_names(e["authors"], owner)}</p>\n'
                     f"    <small>{_venue(e)} &middot; {e['year']}</small>\n    {_links(e, rng, 'buttons')}\n  </div>")
    return _page(owner, '<div class="list-group">\n' + "\n".join(items) + "\n</div>", rng)


def render_heading_per_entry(entries, owner, rng) -> str:
    body = []
    for kind, mine in _by_kind(entries):
        body.append(f"<h2>{SECTION_NAMES[kind]}</h2>")
        for e in mine:
            body.append(f'<div class="pub">\n<h4>{_e(e["title"])}</h4>\n<div>{_names(e["authors"], owner)}</div>\n'
                        f"<i>{_venue(e)}</i>, {e['year']}\n</div>")
    return _page(owner, "\n".join(body), rng)


def render_citeproc_apa(entries, owner, rng) -> str:
    rows = []
    for e in _newest_first(entries):
        rows.append(f'<div id="ref-{_digest(e)}" class="csl-entry" role="listitem">\n'
                    f"{_names(e['authors'], owner, apa_name, mark='', last=', &amp; ', two=', &amp; ')} "
                    f"({e['year']}). {_e(e['title'])}. <em>{_venue(e)}</em>.\n</div>")
    return _page(owner, '<div id="refs" class="references csl-bib-body hanging-indent" role="list">\n'
                 + "\n".join(rows) + "\n</div>", rng)


def render_span_fields(entries, owner, rng) -> str:
    rows = []
    for e in _newest_first(entries):
        people = ", ".join(f'<span class="person">{_e(a)}</span>' for a in e["authors"])
        rows.append(f'<article class="paper">\n  <span class="paper-name">{_e(e["title"])}</span>\n'
                    f'  <span class="paper-people">{people}</span>\n  <span class="paper-where">{_venue(e)}</span>\n'
                    f'  <span class="paper-when">{e["year"]}</span>\n</article>')
    return _page(owner, '<section class="papers">\n' + "\n".join(rows) + "\n</section>", rng)


def render_div_cards_by_year(entries, owner, rng) -> str:
    body, year = [], None
    for e in sorted(entries, key=lambda e: -e["year"]):
        if e["year"] != year:
            year = e["year"]
            body.append(f'<h3 class="year">{year}</h3>')
        body.append(f'<div class="card">\n  <p class="card-head"><a href="https://example.org/p/{_digest(e)}">'
                    f'{_e(e["title"])}</a></p>\n  <p class="names">{_names(e["authors"], owner, mark="b")}</p>\n'
                    f'  <p class="where"><em>{_venue(e)}</em></p>\n</div>')
    return _page(owner, "\n".join(body), rng)


def render_year_first_items(entries, owner, rng) -> str:
    body = []
    for kind, mine in _by_kind(entries):
        body.append(f"<h2>{SECTION_NAMES[kind]}</h2>\n<ul>")
        for e in mine:
            body.append(f"<li>{e['year']} &mdash; <a href=\"https://example.org/p/{_digest(e)}\">{_e(e['title'])}</a>. "
                        f"{_names(e['authors'], owner, mark='em', last=' and ')}. <i>{_venue(e)}</i>.</li>")
        body.append("</ul>")
    return _page(owner, "\n".join(body), rng)


def render_numbered_vancouver(entries, owner, rng) -> str:
    rows = []
    for i, e in enumerate(_newest_first(entries), start=1):
        vol, issue, first, last = made_up_numbers(e)
        names = ", ".join(f"<u>{_e(vancouver_name(a))}</u>" if a == owner else _e(vancouver_name(a)) for a in e["authors"])
        rows.append(f"<p>[{i}] {names}. {_e(e['title'])}. <i>{_venue(e)}</i>. {e['year']};{vol}({issue}):{first}-{last}.</p>")
    return _page(owner, "\n".join(rows), rng)


# --------------------------------------------------------------------------- added 2026-12-06, held out

TABLE_COLUMNS = (("Title", "Authors", "Venue", "Year"), ("Year", "Title", "Authors", "Venue"))


def render_table_cells(entries, owner, rng) -> str:
    """One table row per entry, a cell per field, the header row naming the columns (their
    order varies by page); the owner in ``<b>``."""
    columns = rng.choice(TABLE_COLUMNS)
    head = "<thead><tr>" + "".join(f"<th>{c}</th>" for c in columns) + "</tr></thead>"
    rows = []
    for e in _newest_first(entries):
        cell = {"Title": f'<a href="https://example.org/p/{_digest(e)}">{_e(e["title"])}</a>',
                "Authors": _names(e["authors"], owner, mark="b", last=", ", two=", "),
                "Venue": f"<i>{_venue(e)}</i>", "Year": str(e["year"])}
        rows.append("<tr>" + "".join(f"<td>{cell[c]}</td>" for c in columns) + "</tr>")
    return _page(owner, '<table class="table table-striped">\n' + head + "\n<tbody>\n" + "\n".join(rows)
                 + "\n</tbody>\n</table>", rng)


def render_wowchemy_citation(entries, owner, rng) -> str:
    """Hugo Academic / Wowchemy's citation view: ``div.pub-list-item.view-citation`` with the
    names as ``span`` links in ``span.li-cite-author`` (the owner's ``author-highlighted``),
    "(2021).", the linked title, the italic venue, then ``div.btn-links``."""
    items = []
    for e in _newest_first(entries):
        highlighted = ' class="author-highlighted"'
        names = ", ".join(
            f'<span{highlighted if a == owner else ""}>'
            f'<a href="/author/{_e(a.lower().replace(" ", "-"))}/">{_e(a)}</a></span>' for a in e["authors"])
        items.append(
            '<div class="pub-list-item view-citation" style="margin-bottom: 1rem">\n'
            '  <i class="far fa-file-alt pub-icon" aria-hidden="true"></i>\n'
            f'  <span class="article-metadata li-cite-author">\n    {names}\n  </span>\n  ({e["year"]}).\n'
            f'  <a href="/publication/{_digest(e)}/">{_e(e["title"])}</a>.\n  <em>{_venue(e)}</em>.\n'
            f'  <p>\n  <div class="btn-links">\n    {_links(e, rng, "buttons")}\n  </div>\n  </p>\n</div>')
    return _page(owner, '<div class="container">\n<div class="row">\n<div class="col-12">\n' + "\n".join(items)
                 + "\n</div>\n</div>\n</div>", rng)


def render_google_sites_spans(entries, owner, rng) -> str:
    """A Google-Sites-like page: each entry a ``<p>`` of ``<span>``s styled inline (no
    ``<b>`` or ``<i>``): the title bold, ``<br>``, the names (the owner's own span,
    underlined), ``<br>``, the venue italic and ", 2021" in another span; kind headings as
    bold spans in a ``<p>`` of their own, empty paragraphs between entries."""
    body = []
    span = '<span class="C9DxTc" style="{}">{}</span>'
    for kind, mine in _by_kind(entries):
        body.append('<div class="tyJCtd mGzaTb baZpAe"><p dir="ltr" class="CDt4Ke zfr3Q">'
                    + span.format("font-size: 14pt; font-weight: 700;", SECTION_NAMES[kind]) + "</p></div>")
        for e in mine:
            parts = []
            for i, a in enumerate(e["authors"]):
                sep = "" if i == 0 else (" and " if i == len(e["authors"]) - 1 else ", ")
                parts.append(span.format("", _e(sep)) if sep else "")
                parts.append(span.format("text-decoration: underline;" if a == owner else "", _e(a)))
            body.append('<div class="tyJCtd mGzaTb baZpAe"><p dir="ltr" class="CDt4Ke zfr3Q">'
                        + span.format("font-weight: 700;", _e(e["title"])) + "<br>"
                        + "".join(parts) + "<br>"
                        + span.format("font-style: italic;", _venue(e)) + span.format("", f", {e['year']}")
                        + "</p>" + ('<p dir="ltr" class="CDt4Ke zfr3Q"><br></p>' if rng.random() < 0.5 else "")
                        + "</div>")
    return _page(owner, '<div class="JNdkSc-SmKAyb">\n' + "\n".join(body) + "\n</div>", rng)


# --------------------------------------------------------------------------- added 2026-12-06 (second round), held out


def render_ul_em_dash_fields(entries, owner, rng) -> str:
    """``<li>`` with the fields side by side, separated by em dashes: the linked title, the
    names (the owner in ``<em>``), the italic venue and the year; sections by kind."""
    body = []
    for kind, mine in _by_kind(entries):
        body.append(f"<h3>{SECTION_NAMES[kind]}</h3>\n<ul class=\"pubs\">")
        for e in mine:
            body.append(f'<li><a href="https://example.org/p/{_digest(e)}">{_e(e["title"])}</a> &mdash; '
                        f"{_names(e['authors'], owner, mark='em')} &mdash; <i>{_venue(e)}</i>, {e['year']}</li>")
        body.append("</ul>")
    return _page(owner, "\n".join(body), rng)


def render_article_time(entries, owner, rng) -> str:
    """An ``<article>`` per entry: an ``<h3>`` linked title, a ``<p>`` of names with no class
    (the owner in ``<b>``), and a ``<p>`` with the italic venue and a ``<time>`` element
    ("May 2021"); no sections."""
    months = ("January", "March", "May", "July", "October", "December")
    rows = []
    for e in _newest_first(entries):
        month = months[int(_digest(e)[:2], 16) % len(months)]
        rows.append(f'<article>\n  <h3><a href="https://example.org/p/{_digest(e)}">{_e(e["title"])}</a></h3>\n'
                    f"  <p>{_names(e['authors'], owner, mark='b')}</p>\n"
                    f'  <p><i>{_venue(e)}</i> &middot; <time datetime="{e["year"]}-05-01">{month} {e["year"]}</time></p>\n'
                    f"  {_links(e, rng)}\n</article>")
    return _page(owner, "<main>\n" + "\n".join(rows) + "\n</main>", rng)


# --------------------------------------------------------------------------- added 2026-12-06 (third round), held out


def render_table_number_cell(entries, owner, rng) -> str:
    """A table with no header row: a "[12]" number cell, then a cell "Names. <b>Title</b>.
    <i>Venue</i> (2021)." (the owner underlined)."""
    rows = []
    for i, e in enumerate(_newest_first(entries), start=1):
        rows.append(f'<tr><td valign="top">[{i}]</td><td>{_names(e["authors"], owner, mark="u")}. '
                    f"<b>{_e(e['title'])}</b>. <i>{_venue(e)}</i> ({e['year']}).</td></tr>")
    return _page(owner, "<table>\n" + "\n".join(rows) + "\n</table>", rng)


def render_details_summary(entries, owner, rng) -> str:
    """A ``<details>`` per entry: the ``<summary>`` is the title; inside, a ``<p>`` of names
    and a ``<p>`` "Venue, 2021", then an abstract-like note; sections by kind."""
    body = []
    for kind, mine in _by_kind(entries):
        body.append(f"<h2>{SECTION_NAMES[kind]}</h2>")
        for e in mine:
            body.append(f"<details>\n  <summary>{_e(e['title'])}</summary>\n  <p>{_names(e['authors'], owner)}</p>\n"
                        f"  <p>{_venue(e)}, {e['year']}</p>\n</details>")
    return _page(owner, "\n".join(body), rng)


# --------------------------------------------------------------------------- added 2026-12-06 (fourth round), held out


def render_ol_inline_styles(entries, owner, rng) -> str:
    """``<ol>`` items with emphasis by inline style only: "<span style="font-weight:bold">
    Title</span>, A. Lee, B. Chen, <span style="font-style:italic">Venue</span> 3, 101 (2021)."
    (initials first, the owner underlined by style)."""
    items = []
    for e in _newest_first(entries):
        names = ", ".join(f'<span style="text-decoration:underline">{_e(initials_first(a))}</span>' if a == owner
                          else _e(initials_first(a)) for a in e["authors"])
        vol, _issue, first, _last = made_up_numbers(e)
        items.append(f'<li><span style="font-weight:bold">{_e(e["title"])}</span>, {names}, '
                     f'<span style="font-style:italic">{_venue(e)}</span> {vol}, {first} ({e["year"]}).</li>')
    return _page(owner, "<ol>\n" + "\n".join(items) + "\n</ol>", rng)


def render_heading_siblings(entries, owner, rng) -> str:
    """No container per entry: an ``<h4>`` title followed by a sibling ``<p>`` "Names<br>
    <em>Venue</em>, 2021", all under kind headings in one ``<div>``."""
    body = []
    for kind, mine in _by_kind(entries):
        body.append(f"<h2>{SECTION_NAMES[kind]}</h2>")
        for e in mine:
            body.append(f"<h4>{_e(e['title'])}</h4>\n<p>{_names(e['authors'], owner)}<br>\n"
                        f"<em>{_venue(e)}</em>, {e['year']}</p>")
    return _page(owner, '<div class="content">\n' + "\n".join(body) + "\n</div>", rng)


# --------------------------------------------------------------------------- added 2026-12-06 (fifth round), held out


def render_li_year_badge(entries, owner, rng) -> str:
    """``<li>`` with a year badge first, the linked title, then names and the italic venue in
    ``<small>`` lines: "<span class="badge">2021</span> <a>Title</a><br><small>Names</small>
    <br><small><em>Venue</em></small>"."""
    items = []
    for e in _newest_first(entries):
        items.append(f'<li class="list-item"><span class="badge bg-secondary">{e["year"]}</span> '
                     f'<a href="https://example.org/p/{_digest(e)}">{_e(e["title"])}</a><br>'
                     f'<small>{_names(e["authors"], owner, mark="b")}</small><br>'
                     f"<small><em>{_venue(e)}</em></small></li>")
    return _page(owner, '<ul class="list-unstyled">\n' + "\n".join(items) + "\n</ul>", rng)


def render_p_title_year_first(entries, owner, rng) -> str:
    """One ``<p>`` per entry, the bold title and the year first: "<strong>Title</strong>
    (2021). Ann Lee and Bo Chen. <em>Venue</em>."; sections by kind under ``<h3>``."""
    body = []
    for kind, mine in _by_kind(entries):
        body.append(f"<h3>{SECTION_NAMES[kind]}</h3>")
        for e in mine:
            body.append(f"<p><strong>{_e(e['title'])}</strong> ({e['year']}). "
                        f"{_names(e['authors'], owner, mark='u')}. <em>{_venue(e)}</em>.</p>")
    return _page(owner, "\n".join(body), rng)


# --------------------------------------------------------------------------- added 2026-12-06 (sixth round), held out


def render_dl_year_terms(entries, owner, rng) -> str:
    """A definition list whose terms are the years, each ``<dd>`` an entry "Names. Title.
    <i>Venue</i>." (the year only in the term)."""
    rows, year = [], None
    for e in sorted(entries, key=lambda e: -e["year"]):
        if e["year"] != year:
            year = e["year"]
            rows.append(f"<dt>{year}</dt>")
        rows.append(f"<dd>{_names(e['authors'], owner, mark='b')}. {_e(e['title'])}. <i>{_venue(e)}</i>.</dd>")
    return _page(owner, "<dl>\n" + "\n".join(rows) + "\n</dl>", rng)


def render_span_pub_parts(entries, owner, rng) -> str:
    """A ``<div class="pub">`` per entry of spans with classes no generator shares:
    ``span.pub-names``, ``span.pub-year`` "(2021).", the title as ``a.pub-link``, the venue
    in ``<em>``."""
    rows = []
    for e in _newest_first(entries):
        rows.append(f'<div class="pub"><span class="pub-names">{_names(e["authors"], owner, mark="u")}</span> '
                    f'<span class="pub-year">({e["year"]})</span>. <a class="pub-link" '
                    f'href="https://example.org/p/{_digest(e)}">{_e(e["title"])}</a>. <em>{_venue(e)}</em>.</div>')
    return _page(owner, "\n".join(rows), rng)


# --------------------------------------------------------------------------- added 2026-12-06 (seventh round), held out


def scholar_name(name: str) -> str:
    """"Ann-Marie B. de Haro" -> "AMB de Haro" (Google Scholar: the initials run together)."""
    given, surname = split_name(name)
    return "".join(q[0] for p in given for q in p.split("-") if q) + " " + surname


def render_table_per_year(entries, owner, rng) -> str:
    """A ``<table>`` per year, the year printed only in its header row; one row per entry, a
    cell for the linked title, one for the names (the owner in ``<strong>``), one for the
    italic venue."""
    body, year = [], None
    for e in sorted(entries, key=lambda e: -e["year"]):
        if e["year"] != year:
            if year is not None:
                body.append("</tbody></table>")
            year = e["year"]
            body.append(f'<table class="pubs" width="100%"><thead><tr><th colspan="3">{year}</th></tr></thead><tbody>')
        body.append(f'<tr><td width="40%"><a href="https://example.org/p/{_digest(e)}">{_e(e["title"])}</a></td>'
                    f"<td>{_names(e['authors'], owner)}</td><td><i>{_venue(e)}</i></td></tr>")
    body.append("</tbody></table>")
    return _page(owner, "\n".join(body), rng)


def render_hugoblox_compact(entries, owner, rng) -> str:
    """Hugo Blox's compact view: the title in ``div.article-title``, the metadata line of name
    ``span``s, the date and the publication, then the buttons."""
    months = ("Jan", "Mar", "May", "Jul", "Oct", "Dec")
    items = []
    for e in _newest_first(entries):
        highlighted = ' class="author-highlighted"'
        names = ", ".join(f'<span{highlighted if a == owner else ""}>{_e(a)}</span>' for a in e["authors"])
        month = months[int(_digest(e)[:2], 16) % len(months)]
        items.append(
            '<div class="media stream-item view-compact">\n  <div class="media-body">\n'
            f'    <div class="section-subheading article-title mb-0 mt-0"><a href="/publication/{_digest(e)}/">'
            f'{_e(e["title"])}</a></div>\n'
            f'    <a href="/publication/{_digest(e)}/" class="summary-link"><div class="article-style"></div></a>\n'
            f'    <div class="stream-meta article-metadata">\n      <div>{names}</div>\n'
            f'      <span class="article-date">{month} {e["year"]}</span>\n      <span class="middot-divider"></span>\n'
            f'      <span class="pub-publication"><em>{_venue(e)}</em></span>\n    </div>\n'
            f'    <div class="btn-links">{_links(e, rng, "buttons")}</div>\n  </div>\n</div>')
    return _page(owner, '<div class="container">\n' + "\n".join(items) + "\n</div>", rng)


def render_p_br_run(entries, owner, rng) -> str:
    """One ``<p>`` per section, its entries separated by a blank line (``<br><br>``): "Names.
    Title. <i>Venue</i> 12, 34-40, 2021." with the owner in ``<b>``."""
    body = []
    for kind, mine in _by_kind(entries):
        rows = []
        for e in mine:
            vol, _issue, first, last = made_up_numbers(e)
            rows.append(f"{_names(e['authors'], owner, mark='b')}. {_e(e['title'])}. <i>{_venue(e)}</i> {vol}, "
                        f"{first}-{last}, {e['year']}.")
        body.append(f"<h2>{SECTION_NAMES[kind]}</h2>\n<p>" + "<br>\n<br>\n".join(rows) + "</p>")
    return _page(owner, "\n".join(body), rng)


def render_scholar_export(entries, owner, rng) -> str:
    """A Google Scholar profile's table: the linked title, a grey line of names ("AB Lee"), a
    grey line "Venue 12 (3), 45-67, 2021", a cell of citations and a cell with the year."""
    rows = []
    for e in _newest_first(entries):
        vol, issue, first, last = made_up_numbers(e)
        names = ", ".join(_e(scholar_name(a)) for a in e["authors"])
        cites = int(_digest(e)[:3], 16) % 300
        rows.append(
            f'<tr class="gsc_a_tr"><td class="gsc_a_t"><a href="/citations?view_op=view_citation&amp;citation_for_view='
            f'{_digest(e)}" class="gsc_a_at">{_e(e["title"])}</a><div class="gs_gray">{names}</div>'
            f'<div class="gs_gray">{_venue(e)} {vol} ({issue}), {first}-{last}<span class="gs_oph">, {e["year"]}</span>'
            f'</div></td><td class="gsc_a_c"><a href="https://scholar.google.com/scholar?cites={cites}" '
            f'class="gsc_a_ac gs_ibl">{cites or ""}</a></td><td class="gsc_a_y"><span class="gsc_a_h gsc_a_hc gs_ibl">'
            f'{e["year"]}</span></td></tr>')
    head = ('<thead><tr><th class="gsc_a_t">Title</th><th class="gsc_a_c">Cited by</th><th class="gsc_a_y">Year</th>'
            "</tr></thead>")
    return _page(owner, f'<table id="gsc_a_t">{head}<tbody id="gsc_a_b">\n' + "\n".join(rows) + "\n</tbody></table>",
                 rng)


def render_badges_interleaved(entries, owner, rng) -> str:
    """``<li>``: the linked title, link badges and sometimes an award badge, ``<br>``, the
    names (the owner in ``<b>``), ``<br>``, the italic venue and the year, a BibTeX badge."""
    body = []
    for kind, mine in _by_kind(entries):
        body.append(f"<h3>{SECTION_NAMES[kind]}</h3>\n<ul class=\"publist\">")
        for e in mine:
            d = _digest(e)
            badges = [f'<a class="badge badge-pdf" href="https://example.org/papers/{d}.pdf">PDF</a>']
            if rng.random() < 0.5:
                badges.append(f'<a class="badge badge-code" href="https://github.com/lab-{d[:4]}/{d[4:]}">Code</a>')
            if rng.random() < 0.2:
                badges.append(f'<span class="badge badge-award">{rng.choice(["Oral", "Spotlight", "Best Paper"])}</span>')
            body.append(f'<li><a href="https://example.org/p/{d}">{_e(e["title"])}</a> {" ".join(badges)}<br>'
                        f"{_names(e['authors'], owner, mark='b')}<br><em>{_venue(e)}</em>, {e['year']} "
                        f'<a class="badge badge-bib" href="/bib/{d}.bib">BibTeX</a></li>')
        body.append("</ul>")
    return _page(owner, "\n".join(body), rng)


# --------------------------------------------------------------------------- added 2026-12-06 (eighth round), held out


def render_jekyll_scholar_apa(entries, owner, rng) -> str:
    """jekyll-scholar's default output grouped by year: an ``<h2 class="bibliography">`` per
    year, an ``ol.bibliography`` of APA entries in ``<span id=key>``."""
    body, year = [], None
    for e in sorted(entries, key=lambda e: -e["year"]):
        if e["year"] != year:
            if year is not None:
                body.append("</ol>")
            year = e["year"]
            body.append(f'<h2 class="bibliography">{year}</h2>\n<ol class="bibliography">')
        vol, issue, first, last = made_up_numbers(e)
        names = _names(e["authors"], owner, apa_name, mark="", last=", &amp; ", two=", &amp; ")
        body.append(f'<li><span id="{_digest(e)}">{names} ({e["year"]}). {_e(e["title"])}. <i>{_venue(e)}</i>, '
                    f"<i>{vol}</i>({issue}), {first}&ndash;{last}.</span></li>")
    body.append("</ol>")
    return _page(owner, "\n".join(body), rng)


def _bibbase_names(authors: list[str]) -> str:
    names = [apa_name(a) for a in authors]
    if len(names) == 1:
        return _e(names[0])
    return _e("; ".join(names[:-1]) + "; and " + names[-1])


def render_bibbase_embed(entries, owner, rng) -> str:
    """A BibBase list as embedded in a page: year groups, ``div.bibbase_paper`` entries."""
    body, year = ['<div id="bibbase">'], None
    for e in sorted(entries, key=lambda e: -e["year"]):
        if e["year"] != year:
            if year is not None:
                body.append("</div>")
            year = e["year"]
            body.append(f'<div class="bibbase_group_whole"><div class="bibbase_group_title">{year}</div>')
        vol, issue, first, last = made_up_numbers(e)
        d = _digest(e)
        body.append(
            f'<div class="bibbase_paper"><span class="bibbase_paper_titleauthoryear">'
            f'<span class="bibbase_paper_title"><a name="{d}"></a>{_e(e["title"])}.</span> '
            f'<span class="bibbase_paper_author">{_bibbase_names(e["authors"])}</span> '
            f'<span class="bibbase_paper_year"><i>{_venue(e)}</i>, {vol}({issue}): {first}&ndash;{last}. '
            f'{e["year"]}.</span></span>'
            f'<div class="bibbase_paper_links"><a class="bibbase_link" href="https://example.org/papers/{d}.pdf">pdf</a> '
            f'<a class="bibbase_link" href="#{d}">bibtex</a> <a class="bibbase_link" href="#{d}-abs">abstract</a></div></div>')
    body.append("</div></div>")
    return _page(owner, "\n".join(body), rng)


def render_academicpages_archive(entries, owner, rng) -> str:
    """academicpages' publications page: an ``article.archive__item`` per paper with its
    linked title, "Published in *Venue*, 2021" and a recommended citation."""
    items = []
    for e in _newest_first(entries):
        vol, issue, _first, _last = made_up_numbers(e)
        d = _digest(e)
        items.append(
            '<div class="list__item">\n  <article class="archive__item" itemscope itemtype="http://schema.org/CreativeWork">\n'
            f'    <h2 class="archive__item-title" itemprop="headline"><a href="/publication/{d}" rel="permalink">'
            f'{_e(e["title"])}</a></h2>\n'
            f'    <p>Published in <i>{_venue(e)}</i>, {e["year"]}</p>\n'
            f'    <p class="archive__item-excerpt" itemprop="description"><p>Recommended citation: '
            f'{_names(e["authors"], owner, mark="", last=", and ")}. ({e["year"]}). &quot;{_e(e["title"])}.&quot; '
            f"<i>{_venue(e)}</i>. {vol}({issue}).</p></p>\n  </article>\n</div>")
    return _page(owner, "\n".join(items), rng)


def render_thumbnail_rows(entries, owner, rng) -> str:
    """A lab page's row per paper: a teaser image, then the bold title, the names (the owner
    underlined), the italic venue and year and the link buttons, on lines of their own."""
    rows = []
    for e in _newest_first(entries):
        d = _digest(e)
        links = [f'<a href="https://example.org/papers/{d}.pdf">[Paper]</a>']
        if rng.random() < 0.5:
            links.append(f'<a href="https://example.org/projects/{d}/">[Project Page]</a>')
        if rng.random() < 0.4:
            links.append(f'<a href="https://github.com/lab-{d[:4]}/{d[4:]}">[Code]</a>')
        rows.append(
            f'<div class="row pub-row">\n  <div class="col-md-3"><img src="/images/teaser_{d}.png" alt="teaser" '
            f'class="img-fluid"></div>\n  <div class="col-md-9"><strong>{_e(e["title"])}</strong><br>\n'
            f"  {_names(e['authors'], owner, mark='u')}<br>\n  <em>{_venue(e)}</em>, {e['year']}<br>\n"
            f"  {' '.join(links)}</div>\n</div>")
    return _page(owner, '<div class="container">\n' + "\n".join(rows) + "\n</div>", rng)


# --------------------------------------------------------------------------- added 2026-12-06 (ninth round), held out

# Sentences for the made-up abstracts under an entry (written for these pages, not taken from
# any paper): an abstract is prose that may name years, numbers and people's work.
ABSTRACT_SENTENCES = (
    "We revisit a question that has been open since 2015 and answer it for a wide class of cases.",
    "The method is simple, fast and needs no tuning.",
    "Data collected between 2009 and 2019 are analysed with a hierarchical model.",
    "Our results agree with earlier estimates, and improve on them by a factor of two.",
    "We discuss the limits of the approach, and what a larger sample would change.",
    "Experiments on three benchmarks show consistent gains over strong baselines.",
)
MONTHS = ("January", "March", "May", "July", "October", "December")


def _abstract(e: dict, rng: random.Random) -> str:
    return " ".join(rng.sample(ABSTRACT_SENTENCES, 3))


def _month(e: dict) -> str:
    return MONTHS[int(_digest(e)[:2], 16) % len(MONTHS)]


def render_quarto_listing_table(entries, owner, rng) -> str:
    """Quarto's ``type: table`` listing of publication pages: a header row naming the fields,
    a row per entry whose cells hold Quarto's ``listing-*`` classed elements."""
    rows = []
    for i, e in enumerate(_newest_first(entries)):
        d = _digest(e)
        rows.append(
            f'<tr data-index="{i}" data-listing-date-sort="{e["year"]}{1 + 2 * MONTHS.index(_month(e)):02d}01" onclick="window.location.href=\'./pubs/{d}.html\';">\n'
            f'  <td><span class="listing-date">{_month(e)} 1, {e["year"]}</span></td>\n'
            f'  <td><a href="./pubs/{d}.html" class="title listing-title">{_e(e["title"])}</a></td>\n'
            f'  <td><span class="listing-author">{", ".join(_e(a) for a in e["authors"])}</span></td>\n'
            f'  <td><span class="listing-publication">{_venue(e)}</span></td>\n</tr>')
    head = ('<thead><tr><th><a class="sort" data-sort="listing-date-sort" onclick="if (this.classList.contains(\'sort-asc\')'
            ') { this.classList.remove(\'sort-asc\') }">Date</a></th><th><a class="sort" data-sort="listing-title-sort">Title'
            '</a></th><th><a class="sort" data-sort="listing-author-sort">Author</a></th><th><a class="sort" '
            'data-sort="listing-publication-sort">Publication</a></th></tr></thead>')
    return _page(owner, '<div id="listing-publications" class="quarto-listing quarto-listing-container-table">\n'
                 f'<table class="quarto-listing-table table">\n{head}\n<tbody class="list">\n' + "\n".join(rows)
                 + '\n</tbody>\n</table>\n<div class="listing-no-matching d-none">No matching items</div>\n</div>', rng)


ALFOLIO_LIMIT = 5  # al-folio's max_author_limit: past this many names, the rest behind "N more authors"


def _alfolio_names(authors: list[str], owner: str) -> str:
    """al-folio's author line: co-authors as links, the owner in ``<em>``; past
    ``ALFOLIO_LIMIT`` names, the rest in the ``onclick`` script of a "N more authors" span."""
    def one(a: str) -> str:
        return f"<em>{_e(a)}</em>" if a == owner else f'<a href="https://example.org/people/{_digest({"title": a})}">{_e(a)}</a>'

    if len(authors) <= ALFOLIO_LIMIT:
        shown = [one(a) for a in authors]
        return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + (", and " if len(shown) > 2 else " and ") + shown[-1]
    rest = authors[ALFOLIO_LIMIT:]
    n = len(rest)
    return (", ".join(one(a) for a in authors[:ALFOLIO_LIMIT])
            + f', and <span class="more-authors" title="click to view {n} more authors" onclick="'
            f"var element = $(this); element.attr('title', ''); var more_authors_text = element.text() == "
            f"'{n} more authors' ? '{_e(', '.join(rest))}' : '{n} more authors'; var cursorPosition = 0; "
            f"var textAdder = setInterval(function(){{ element.text(more_authors_text.substring(0, cursorPosition + 1)); "
            f"if (++cursorPosition == more_authors_text.length){{ clearInterval(textAdder); }} }}, '10'); "
            f'">{n} more authors</span>')


def _bibtex_block(e: dict, key: str) -> str:
    names = " and ".join(e["authors"])
    return (f"@article{{{key},\n  title = {{{_e(e['title'])}}},\n  author = {{{_e(names)}}},\n"
            f"  journal = {{{_venue(e)}}},\n  year = {{{e['year']}}},\n}}")


def render_alfolio_abstract_bibtex(entries, owner, rng) -> str:
    """al-folio's publications page (bib.liquid) with its hidden abstract and BibTeX under
    each entry, year headings, and a news table on top."""
    e0 = rng.choice(entries)
    news = ('<div class="news"><h2>news</h2><div class="table-responsive"><table class="table table-sm table-borderless">'
            f'<tr><th scope="row">May 1, 2024</th><td>Our paper <a href="#">{_e(e0["title"])}</a> was accepted at '
            f'{_venue(e0)}! :sparkles:</td></tr><tr><th scope="row">Jan 15, 2024</th><td>I joined the editorial board of '
            'a journal.</td></tr><tr><th scope="row">Oct 22, 2023</th><td>A short visit to Kyoto, 2023.</td></tr>'
            "</table></div></div>")
    body, year = [news], None
    for e in sorted(entries, key=lambda e: -e["year"]):
        if e["year"] != year:
            if year is not None:
                body.append("</ol>")
            year = e["year"]
            body.append(f'<h2 class="bibliography">{year}</h2>\n<ol class="bibliography">')
        d = _digest(e)
        abbr = "".join(w[0] for w in printed_venue(e).split() if w[:1].isupper())[:6] or "Preprint"
        body.append(
            f'<li><div class="row">\n  <div class="col-sm-2 abbr"><abbr class="badge">{_e(abbr)}</abbr></div>\n'
            f'  <div id="{d}" class="col-sm-8">\n    <div class="title">{_e(e["title"])}</div>\n'
            f'    <div class="author">\n      {_alfolio_names(e["authors"], owner)}\n    </div>\n'
            f'    <div class="periodical">\n      <em>{_venue(e)}</em>, {e["year"]}\n    </div>\n'
            '    <div class="links">\n      <a class="abstract btn btn-sm z-depth-0" role="button">Abs</a>\n'
            '      <a class="bibtex btn btn-sm z-depth-0" role="button">Bib</a>\n'
            f'      <a href="https://example.org/papers/{d}.pdf" class="btn btn-sm z-depth-0" role="button">PDF</a>\n'
            f'    </div>\n    <div class="abstract hidden">\n      <p>{_e(_abstract(e, rng))}</p>\n    </div>\n'
            f'    <div class="bibtex hidden">\n      <figure class="highlight"><pre><code class="language-bibtex" '
            f'data-lang="bibtex">{_bibtex_block(e, d)}</code></pre></figure>\n    </div>\n  </div>\n</div>\n</li>')
    body.append("</ol>")
    return _page(owner, '<div class="publications">\n' + "\n".join(body) + "\n</div>", rng)


ET_AL_FROM = 6  # harvard_et_al: this many names or more are printed as the first three and "et al."


def _harvard_printed(authors: list[str]) -> tuple[list[str], bool]:
    return (authors[:3], True) if len(authors) >= ET_AL_FROM else (authors, False)


def render_harvard_et_al(entries, owner, rng) -> str:
    """Harvard-style paragraphs, "&amp;" before the last name, long lists cut to "et al."."""
    body = []
    for kind, mine in _by_kind(entries):
        body.append(f"<h3>{SECTION_NAMES[kind]}</h3>")
        for e in mine:
            printed, cut = _harvard_printed(e["authors"])
            names = [f"<strong>{_e(harvard_name(a))}</strong>" if a == owner else _e(harvard_name(a)) for a in printed]
            if cut:
                text = ", ".join(names) + ", et al."
            elif len(names) == 1:
                text = names[0]
            else:
                text = ", ".join(names[:-1]) + " &amp; " + names[-1]
            vol, _issue, first, last = made_up_numbers(e)
            body.append(f'<p class="ref">{text} {e["year"]}. {_e(e["title"])}. <i>{_venue(e)}</i> {vol}: '
                        f"{first}&ndash;{last}.</p>")
    return _page(owner, "\n".join(body), rng)


def render_nested_sublists(entries, owner, rng) -> str:
    """A bold title per outer item, the names, the venue with the year and the links as the
    items of an inner list; year headings."""
    body, year = [], None
    for e in sorted(entries, key=lambda e: -e["year"]):
        if e["year"] != year:
            if year is not None:
                body.append("</ul>")
            year = e["year"]
            body.append(f"<h3>{year}</h3>\n<ul>")
        body.append(f"<li><b>{_e(e['title'])}</b>\n  <ul>\n    <li>{_names(e['authors'], owner, mark='u')}</li>\n"
                    f"    <li><i>{_venue(e)}</i> ({e['year']})</li>\n    <li>{_links(e, rng)}</li>\n  </ul>\n</li>")
    body.append("</ul>")
    return _page(owner, "\n".join(body), rng)


def _affiliated_names(authors: list[str], owner: str, rng: random.Random) -> str:
    parts = []
    for i, a in enumerate(authors):
        text = f"<strong>{_e(a)}</strong>" if a == owner else _e(a)
        marks = str(1 + int(_digest({"title": a})[:2], 16) % 3)
        if i < 2 and len(authors) > 2 and rng.random() < 0.3:
            marks += ",*"
        parts.append(f"{text}<sup>{marks}</sup>")
    return ", ".join(parts)


def render_cards_affiliations_abstract(entries, owner, rng) -> str:
    """Lab-page cards: title, names with affiliation superscripts, "Venue · 2021", a collapsed
    abstract in ``<details>``, buttons; talks and teaching lists after the papers."""
    items = []
    for e in _newest_first(entries):
        d = _digest(e)
        items.append(
            f'<div class="pub-item">\n  <div class="pub-head"><a href="https://example.org/p/{d}">{_e(e["title"])}</a></div>\n'
            f'  <div class="pub-people">{_affiliated_names(e["authors"], owner, rng)}</div>\n'
            f'  <div class="pub-source">{_venue(e)} &middot; {e["year"]}</div>\n'
            f"  <details><summary>Abstract</summary><p>{_e(_abstract(e, rng))}</p></details>\n"
            f'  <div class="pub-buttons">{_links(e, rng, "buttons")}</div>\n</div>')
    body = ("<h2>Papers</h2>\n<p><small><sup>1</sup> University A, <sup>2</sup> Institute B, <sup>3</sup> Lab C; "
            "<sup>*</sup> equal contribution</small></p>\n" + "\n".join(items) + "\n" + _talks(rng) + "\n" + _teaching())
    return _page(owner, body, rng, title="Research")


def render_venue_first_lines(entries, owner, rng) -> str:
    """The venue and the year on an item's first line, then the bold title, then the names."""
    body = []
    for kind, mine in _by_kind(entries):
        body.append(f"<h2>{SECTION_NAMES[kind]}</h2>\n<ul class=\"papers\">")
        for e in mine:
            body.append(f"<li><i>{_venue(e)}</i> ({e['year']})<br>\n<b>{_e(e['title'])}</b><br>\n"
                        f"{_names(e['authors'], owner, mark='b')}<br>\n{_links(e, rng)}</li>")
        body.append("</ul>")
    return _page(owner, "\n".join(body), rng)


# --------------------------------------------------------------------------- added 2026-12-06 (tenth round), held out


def render_kramdown_loose_list(entries, owner, rng) -> str:
    """kramdown's rendering of a markdown list with blank lines between its items: each item a
    paragraph of the citation and a paragraph of links."""
    body = []
    for kind, mine in _by_kind(entries):
        body.append(f'<h2 id="{kind}">{SECTION_NAMES[kind]}</h2>\n\n<ol>')
        for e in mine:
            body.append(f"  <li>\n    <p>{_names(e['authors'], owner, mark='strong')}. <strong>{_e(e['title'])}</strong>. "
                        f"<em>{_venue(e)}</em>, {e['year']}.</p>\n    <p>{_links(e, rng)}</p>\n  </li>")
        body.append("</ol>")
    return _page(owner, "\n".join(body), rng)


def render_pre_plaintext(entries, owner, rng) -> str:
    """A ``<pre>`` block of plain-text entries: names and the year, the title, the venue, each
    on a line, entries parted by a blank line; the owner's name in capitals is not used (as
    printed, the names are the truth)."""
    blocks = []
    for e in _newest_first(entries):
        blocks.append(f"{_e(', '.join(e['authors'][:-1]) + ' and ' + e['authors'][-1] if len(e['authors']) > 1 else e['authors'][0])}"
                      f" ({e['year']})\n    {_e(e['title'])}\n    {_venue(e)}")
    return _page(owner, "<h2>Papers</h2>\n<pre>\n" + "\n\n".join(blocks) + "\n</pre>", rng)


def render_div_year_column(entries, owner, rng) -> str:
    """A flex row per entry: the year in a narrow ``div``, the bold title, the names and the
    italic venue on lines of their own in the wide one."""
    rows = []
    for e in _newest_first(entries):
        rows.append(f'<div class="d-flex pub-row">\n  <div class="col-1 text-muted">{e["year"]}</div>\n'
                    f'  <div class="col-11"><b>{_e(e["title"])}</b><br>{_names(e["authors"], owner, mark="u")}<br>'
                    f"<i>{_venue(e)}</i></div>\n</div>")
    return _page(owner, '<div class="container">\n' + "\n".join(rows) + "\n</div>", rng)


def render_chicago_quoted(entries, owner, rng) -> str:
    """Chicago author-date: the first name inverted, the year after the names, the title in
    curly quotes, the italic venue with volume, issue and pages."""
    body = []
    for kind, mine in _by_kind(entries):
        body.append(f"<h3>{SECTION_NAMES[kind]}</h3>")
        for e in mine:
            vol, issue, first, last = made_up_numbers(e)
            printed = [chicago_first(e["authors"][0])] + e["authors"][1:]
            names = [f"<b>{_e(p)}</b>" if a == owner else _e(p) for p, a in zip(printed, e["authors"])]
            # Chicago writes ", and" before the last name even of two ("Lee, Ann, and Bo Chen")
            text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", and " + names[-1]
            body.append(f"<p>{text}. {e['year']}. &ldquo;{_e(e['title'])}.&rdquo; <i>{_venue(e)}</i> {vol} ({issue}): "
                        f"{first}&ndash;{last}.</p>")
    return _page(owner, "\n".join(body), rng)


# --------------------------------------------------------------------------- added 2026-12-07 (eleventh round)
# Split before any page was rendered or read, by the md5 of the layout's name (the four lowest
# tuned, the two highest held out; see tests/test_html_layouts.py, ELEVENTH_ROUND).

JEMDOC_LINKS = ("pdf", "code", "slides")


def _entities(s: str) -> str:
    """Escaped text with every non-ASCII letter as a named (else numeric) character reference,
    as bibtex2html and old hand-written pages write accents ("G&ouml;bel", "Jos&eacute;")."""
    from html.entities import codepoint2name

    return "".join(ch if ord(ch) < 128 else f"&{codepoint2name[ord(ch)]};" if ord(ch) in codepoint2name
                   else f"&#{ord(ch)};" for ch in _e(s))


def render_jemdoc_menu_table(entries, owner, rng) -> str:
    """A jemdoc site (jemdoc.jaboc.net): the page laid out in ``table#tlayout`` with a
    ``td#layout-menu`` column of ``div.menu-item`` links, ``div#toptitle``, year headings, and
    ``<li><p>`` items of three ``<br />``-parted lines: the title (a link when the paper has an
    address), the names (the owner in ``<b>``, as jemdoc's ``*...*`` writes it), "<i>Venue</i>,
    2021." with lower-case [pdf] [code] [slides] links; the footer "Page generated <date> by
    jemdoc"."""
    body, year = [], None
    for e in sorted(entries, key=lambda e: -e["year"]):
        if e["year"] != year:
            if year is not None:
                body.append("</ul>")
            year = e["year"]
            body.append(f"<h2>{year}</h2>\n<ul>")
        d = _digest(e)
        title = (f'<a href="papers/{d}.pdf">{_e(e["title"])}</a>' if rng.random() < 0.7 else _e(e["title"]))
        links = " ".join(f'[<a href="https://example.org/{d}/{k}">{k}</a>]' for k in JEMDOC_LINKS
                         if k == "pdf" or rng.random() < 0.35)
        body.append(f"<li><p>{title} <br />\n{_names(e['authors'], owner, mark='b')} <br />\n"
                    f"<i>{_venue(e)}</i>, {e['year']}. {links}</p>\n</li>")
    body.append("</ul>")
    menu = ('<td id="layout-menu">\n<div class="menu-category">Menu</div>\n<div class="menu-item"><a href="index.html">'
            'Home</a></div>\n<div class="menu-item"><a href="pubs.html" class="current">Publications</a></div>\n'
            '<div class="menu-item"><a href="teaching.html">Teaching</a></div>\n<div class="menu-category">Links</div>\n'
            '<div class="menu-item"><a href="cv.pdf">CV</a></div>\n</td>')
    stamp = rng.choice(["2025-03-14 10:21:37 CET", "2024-11-02 18:05:11 PDT"])
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN"\n  "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">\n<head>\n'
            '<meta name="generator" content="jemdoc, see http://jemdoc.jaboc.net/" />\n'
            '<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />\n'
            f'<link rel="stylesheet" href="jemdoc.css" type="text/css" />\n<title>{_e(owner)} - Publications</title>\n'
            '</head>\n<body>\n<table summary="Table for page layout." id="tlayout">\n<tr valign="top">\n'
            f'{menu}\n<td id="layout-content">\n<div id="toptitle">\n<h1>Publications</h1>\n</div>\n'
            '<p>Papers by year, newest first.</p>\n' + "\n".join(body)
            + f'\n<div id="footer">\n<div id="footer-text">\nPage generated {stamp}, by '
            '<a href="http://jemdoc.jaboc.net/">jemdoc</a>.\n</div>\n</div>\n</td>\n</tr>\n</table>\n</body>\n</html>\n')


def render_drupal_biblio(entries, owner, rng) -> str:
    """Drupal's Biblio module, its "classic" style: ``div.biblio-category-section`` per year
    with ``div.biblio-separator-bar`` "2021", a ``div.biblio-entry`` per paper:
    ``span.biblio-title`` (a link to the node), ``span.biblio-authors`` of links "Lee, A. B."
    (the last after "and"), the venue in an italic-styled ``span`` with "Volume 3, Issue 2,
    p.1-9, (2021)", an empty COinS ``span.Z3988`` whose title holds the metadata URL-encoded,
    and a list of export links (Google Scholar, BibTex, RTF, Tagged, XML)."""
    from urllib.parse import quote

    body = ['<div class="biblio-export">Export ' + str(len(entries)) + ' results: <ul class="biblio-export-buttons">'
            '<li class="biblio_bibtex first"><a href="/biblio/export/bibtex" title="Click to download the BibTeX '
            'formatted file" rel="nofollow">BibTex</a></li><li class="biblio_rtf"><a href="/biblio/export/rtf" '
            'rel="nofollow">RTF</a></li><li class="biblio_xml last"><a href="/biblio/export/xml" rel="nofollow">XML</a>'
            '</li></ul></div>']
    year = None
    for e in sorted(entries, key=lambda e: -e["year"]):
        if e["year"] != year:
            if year is not None:
                body.append("</div>")
            year = e["year"]
            body.append(f'<div class="biblio-category-section">\n<div class="biblio-separator-bar">{year}</div>')
        d = _digest(e)
        names = []
        for a in e["authors"]:
            local = ' class="biblio-local-author"' if a == owner else ""  # Biblio marks the site's own author
            names.append(f'<a href="/biblio/author/{int(_digest({"title": a})[:4], 16)}" rel="nofollow"{local}>'
                         f"{_e(apa_name(a))}</a>")
        people = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", and " + names[-1]
        vol, issue, first, last = made_up_numbers(e)
        where = (f"Volume {vol}, Issue {issue}, p.{first}-{last}, ({e['year']})" if e["kind"] == "journal"
                 else f"p.{first}-{last}, ({e['year']})" if e["kind"] == "conference" else f"({e['year']})")
        coins = (f"ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&amp;rft.atitle="
                 f"{quote(e['title'])}&amp;rft.title={quote(printed_venue(e))}&amp;rft.date={e['year']}"
                 + "".join(f"&amp;rft.au={quote(a)}" for a in e["authors"][:3]))
        body.append(
            f'<div class="biblio-entry"><span class="biblio-title"><a href="/content/{d}">{_e(e["title"])}</a></span>, '
            f'<span class="biblio-authors">{people}</span> , <span  style="font-style: italic;">{_venue(e)}</span>, '
            f'{where}<span class="Z3988" title="{coins}"></span>\n<ul class="biblio-export-buttons">'
            f'<li class="biblio_google_scholar first"><a href="http://scholar.google.com/scholar?btnG=Search%2BScholar&amp;'
            f'as_q=%22{quote(e["title"])}%22&amp;as_occt=any" title="Click to search Google Scholar for this entry" '
            f'rel="nofollow">Google Scholar</a></li><li class="biblio_bibtex"><a href="/biblio/export/bibtex/{d}" '
            f'title="Click to download the BibTeX formatted file" rel="nofollow">BibTex</a></li><li class="biblio_rtf">'
            f'<a href="/biblio/export/rtf/{d}" rel="nofollow">RTF</a></li><li class="biblio_tagged"><a '
            f'href="/biblio/export/tagged/{d}" rel="nofollow">Tagged</a></li><li class="biblio_xml last"><a '
            f'href="/biblio/export/xml/{d}" rel="nofollow">XML</a></li></ul></div>')
    body.append("</div>")
    return _page(owner, '<div id="biblio-node">\n' + "\n".join(body) + "\n</div>", rng)


ET_AL_NATURE = 6  # Nature's CSL style: this many names or more are printed as the first and "et al."


def _nature_printed(authors: list[str]) -> list[str]:
    return authors[:1] if len(authors) >= ET_AL_NATURE else list(authors)


def render_csl_nature_margin(entries, owner, rng) -> str:
    """pandoc / Quarto citeproc with Nature's CSL style: a ``div.csl-entry`` per paper holding
    ``div.csl-left-margin`` "1. " and ``div.csl-right-inline`` "Lee, A. B., Chen, B. &amp;
    Roe, C. Title. <em>Venue</em> <strong>3</strong>, 101–109 (2021)." (six names or more as
    the first and "<em>et al.</em>"; no owner marked); numbered in one list, kind headings as
    Quarto sections."""
    body, n = [], 0
    for kind, mine in _by_kind(entries):
        body.append(f'<section id="{kind}" class="level2">\n<h2 class="anchored" data-anchor-id="{kind}">'
                    f'{SECTION_NAMES[kind]}</h2>\n<div id="refs-{kind}" class="references csl-bib-body" role="list">')
        for e in mine:
            n += 1
            printed = [apa_name(a) for a in _nature_printed(e["authors"])]
            if len(e["authors"]) >= ET_AL_NATURE:
                names = f"{_e(printed[0])} <em>et al.</em>"
            elif len(printed) == 1:
                names = _e(printed[0])
            else:
                names = ", ".join(_e(p) for p in printed[:-1]) + " &amp; " + _e(printed[-1])
            vol, _issue, first, last = made_up_numbers(e)
            tail = (f"<em>{_venue(e)}</em> <strong>{vol}</strong>, {first}–{last} ({e['year']})" if e["kind"] == "journal"
                    else f"in <em>{_venue(e)}</em> {first}–{last} ({e['year']})" if e["kind"] == "conference"
                    else f"<em>{_venue(e)}</em> ({e['year']})")
            body.append(f'<div id="ref-{_digest(e)}" class="csl-entry" role="listitem">\n<div class="csl-left-margin">'
                        f'{n}. </div><div class="csl-right-inline">{names} {_e(e["title"])}. {tail}.</div>\n</div>')
        body.append("</div>\n</section>")
    return _page(owner, '<main class="content" id="quarto-document-content">\n' + "\n".join(body) + "\n</main>", rng)


def render_papermod_entries(entries, owner, rng) -> str:
    """Hugo PaperMod's list page: an ``article.post-entry`` per paper with
    ``header.entry-header > h2`` (the title), ``div.entry-content > p`` (the page's
    description: the venue), ``footer.entry-footer`` "<span title=...>May 1, 2021</span>
    &nbsp;·&nbsp;[3 min&nbsp;·&nbsp;]Ann Lee, Bo Chen, Cy Roe" (the names parted by commas
    only, as Hugo's ``delimit`` writes them), and an empty ``a.entry-link`` whose
    ``aria-label`` repeats the title; the theme's header menu, page header and footer."""
    reading = rng.random() < 0.5
    rows = []
    for e in _newest_first(entries):
        d = _digest(e)
        day, month = 1 + int(d[2:4], 16) % 28, _month(e)
        number = (1, 3, 5, 7, 10, 12)[MONTHS.index(month)]
        meta = f"<span title='{e['year']}-{number:02d}-{day:02d} 00:00:00 +0000 UTC'>{month} {day}, {e['year']}</span>"
        if reading:
            meta += f"&nbsp;·&nbsp;{1 + int(d[4], 16) % 4} min"
        meta += "&nbsp;·&nbsp;" + _e(", ".join(e["authors"]))
        rows.append(f'<article class="post-entry">\n  <header class="entry-header">\n    <h2 class="entry-hint-parent">'
                    f'{_e(e["title"])}\n    </h2>\n  </header>\n  <div class="entry-content">\n    <p>{_venue(e)}</p>\n'
                    f'  </div>\n  <footer class="entry-footer">{meta}</footer>\n  <a class="entry-link" '
                    f'aria-label="post link to {_e(e["title"])}" href="https://example.org/papers/{d}/"></a>\n</article>')
    last = _e(owner.split()[-1])
    return ('<!DOCTYPE html>\n<html lang="en" dir="auto">\n<head><meta charset="utf-8">\n'
            f'<meta name="generator" content="Hugo 0.121.1"><title>Papers | {_e(owner)}</title></head>\n'
            '<body class="list" id="top">\n<header class="header">\n<nav class="nav">\n<div class="logo">\n'
            f'<a href="/" accesskey="h" title="{_e(owner)} (Alt + H)">{_e(owner)}</a>\n</div>\n<ul id="menu">\n'
            '<li><a href="/papers/" title="Papers"><span class="active">Papers</span></a></li>\n'
            '<li><a href="/teaching/" title="Teaching"><span>Teaching</span></a></li>\n'
            '<li><a href="/cv.pdf" title="CV"><span>CV</span></a></li>\n</ul>\n</nav>\n</header>\n'
            '<main class="main">\n<header class="page-header"><div class="breadcrumbs"><a href="/">Home</a></div>\n'
            f'  <h1>Papers</h1>\n  <div class="post-description">Papers and preprints by {last} and coauthors.</div>\n'
            '</header>\n' + "\n".join(rows)
            + '\n<footer class="page-footer">\n  <nav class="pagination">\n    <a class="next" href="/papers/page/2/">Next'
            '&nbsp;&nbsp;»</a>\n  </nav>\n</footer>\n</main>\n<footer class="footer">\n'
            f'<span>&copy; 2025 <a href="/">{_e(owner)}</a></span> ·\n<span>Powered by <a href="https://gohugo.io/" '
            'rel="noopener noreferrer" target="_blank">Hugo</a> &amp;\n<a href="https://github.com/adityatelange/'
            'hugo-PaperMod/" rel="noopener" target="_blank">PaperMod</a></span>\n</footer>\n</body>\n</html>\n')


def _plain_names(authors: list[str]) -> str:
    """BibTeX's plain style: "A", "A and B", "A, B, and C" (names in full, accents as references)."""
    names = [_entities(a) for a in authors]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]} and {names[1]}"
    return ", ".join(names[:-1]) + ", and " + names[-1]


def render_bibtex2html_table(entries, owner, rng) -> str:
    """bibtex2html's output (plain style), a table per kind: each row a
    ``td.bibtexnumber`` "[<a name=key>1</a>]" and a ``td.bibtexitem`` "Names. Title.
    <em>Venue</em>, 3(2):101-109, 2021." over several source lines (accents as character
    references), then "[&nbsp;bib&nbsp;| DOI&nbsp;| .pdf&nbsp;]" links and, for some, the
    abstract in ``<blockquote><font size="-1">``; "This file was generated by bibtex2html"
    at the end."""
    body = []
    for kind, mine in _by_kind(entries):
        body.append(f"<h2>{SECTION_NAMES[kind]}</h2>\n\n<table>\n")
        for i, e in enumerate(mine, start=1):
            key = (split_name(e["authors"][0])[1].split()[-1].lower() + str(e["year"]) + _digest(e)[:3])
            vol, issue, first, last = made_up_numbers(e)
            if e["kind"] == "journal":
                where = f"<em>{_entities(printed_venue(e))}</em>, {vol}({issue}):{first}-{last}, {e['year']}."
            elif e["kind"] == "conference":
                where = f"In <em>{_entities(printed_venue(e))}</em>, pages {first}-{last}, {e['year']}."
            else:
                where = f"{_entities(printed_venue(e))}, {e['year']}."
            links = [f'<a href="pubs_bib.html#{key}">bib</a>']
            if rng.random() < 0.6:
                links.append(f'<a href="http://dx.doi.org/10.1000/{_digest(e)}">DOI</a>')
            links.append(f'<a href="papers/{key}.pdf">.pdf</a>')
            abstract = (f'<blockquote><font size="-1">\n{_e(_abstract(e, rng))}\n</font></blockquote>\n'
                        if rng.random() < 0.4 else "")
            body.append(f'<tr valign="top">\n<td align="right" class="bibtexnumber">\n[<a name="{key}">{i}</a>]\n</td>\n'
                        f'<td class="bibtexitem">\n{_plain_names(e["authors"])}.\n {_entities(e["title"])}.\n {where}\n'
                        "[&nbsp;" + "&nbsp;|\n".join(links) + f"&nbsp;]\n{abstract}\n</td>\n</tr>\n\n")
        body.append("</table>")
    body.append('<hr><p><em>This file was generated by\n<a href="http://www.lri.fr/~filliatr/bibtex2html/">bibtex2html</a>'
                " 1.99.</em></p>")
    return _page(owner, "\n".join(body), rng)


def render_table_year_rowspan(entries, owner, rng) -> str:
    """A hand-written table, the year in a cell spanning all its year's rows (printed once), a
    row per paper "<u>Owner</u>, Bo Chen &amp; Cy Roe<br><b>Title</b><br><i>Venue</i>
    [PDF] [Slides]" (the names first, "&amp;" before the last, accents as character
    references, no year in the row)."""
    rows = []
    by_year: dict[int, list[dict]] = {}
    for e in _newest_first(entries):
        by_year.setdefault(e["year"], []).append(e)
    for year in sorted(by_year, reverse=True):
        for i, e in enumerate(by_year[year]):
            names = [f"<u>{_entities(a)}</u>" if a == owner else _entities(a) for a in e["authors"]]
            people = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " &amp; " + names[-1]
            d = _digest(e)
            links = [f'[<a href="pubs/{d}.pdf">PDF</a>]']
            if rng.random() < 0.3:
                links.append(f'[<a href="talks/{d}.pdf">Slides</a>]')
            if rng.random() < 0.3:
                links.append(f'[<a href="https://github.com/lab-{d[:4]}/{d[4:]}">Code</a>]')
            year_cell = (f'<td rowspan="{len(by_year[year])}" valign="top" width="60"><b>{year}</b></td>' if i == 0 else "")
            rows.append(f"<tr>{year_cell}<td>{people}<br>\n<b>{_entities(e['title'])}</b><br>\n"
                        f"<i>{_entities(printed_venue(e))}</i> {' '.join(links)}</td></tr>")
    return _page(owner, '<table border="0" cellpadding="6" width="100%">\n' + "\n".join(rows) + "\n</table>", rng)


# --------------------------------------------------------------------------- added 2026-12-07 (twelfth round), held out
# Four layouts of generators and saved pages no earlier layout or probe printed, all four held
# out (wt-html12; see tests/test_html_layouts.py, TWELFTH_ROUND_HELD_OUT).

SCHOLAR_SHOWN = 4  # Google Scholar's results: past this many names the line ends in "…"


def _scholar_shown(authors: list[str]) -> list[str]:
    return authors[:SCHOLAR_SHOWN]


def render_gs_ri_results(entries, owner, rng) -> str:
    """A Google Scholar results page saved as HTML (an ``author:`` search): ``div.gs_r.gs_or``
    per result, a side ``div.gs_ggs`` "[PDF] example.org" link for some, ``div.gs_ri`` holding
    ``h3.gs_rt`` (the linked title; "[CITATION]" results unlinked, some with a "[PDF]" or
    "[HTML]" tag), ``div.gs_a`` "AB Lee, <a>B Chen</a>, C Roe&nbsp;- Venue, 2021&nbsp;-
    example.org" (initials run together, some names linked to profiles, past four names the
    rest cut with "…"; truth the names shown, as printed), ``div.gs_rs`` a snippet, and
    ``div.gs_fl`` "Save Cite Cited by 12 Related articles All 3 versions"."""
    rows = []
    for i, e in enumerate(_newest_first(entries)):
        d = _digest(e)
        shown = _scholar_shown(e["authors"])
        names = []
        for a in shown:
            text = _e(scholar_name(a))
            if a == owner or rng.random() < 0.25:
                text = f'<a href="/citations?user={d[:6]}{len(names)}AAAAJ&amp;hl=en&amp;oi=sra">{text}</a>'
            names.append(text)
        line = ", ".join(names) + ("&#8230;" if len(e["authors"]) > SCHOLAR_SHOWN else "")
        where = f"arXiv preprint {printed_venue(e)}" if e["venue"] == "arXiv" else printed_venue(e)
        site = "arxiv.org" if e["venue"] == "arXiv" else rng.choice(["example.org", "journals.example.com", "papers.example.net"])
        tag = rng.random()
        if tag < 0.12:
            title = (f'<span class="gs_ctu"><span class="gs_ct1">[CITATION]</span><span class="gs_ct2">[C]</span></span> '
                     f'{_e(e["title"])}')
        else:
            prefix = ('<span class="gs_ctc"><span class="gs_ct1">[PDF]</span><span class="gs_ct2">[PDF]</span></span> '
                      if tag < 0.3 else '<span class="gs_ctc"><span class="gs_ct1">[HTML]</span><span class="gs_ct2">[HTML]'
                      '</span></span> ' if tag < 0.4 else "")
            title = f'{prefix}<a id="{d}" href="https://{site}/doi/{d}" data-clk="hl=en&amp;sa=T">{_e(e["title"])}</a>'
        side = (f'<div class="gs_ggs gs_fl"><div class="gs_ggsd"><div class="gs_or_ggsm" ontouchstart="gs_evt_dsp(event)">'
                f'<a href="https://{site}/pdf/{d}.pdf"><span class="gs_ctg2">[PDF]</span> {site}</a></div></div></div>'
                if rng.random() < 0.5 else "")
        cites = int(d[:3], 16) % 300
        flinks = [('<a href="javascript:void(0)" class="gs_or_sav gs_or_btn" role="button"><svg viewBox="0 0 15 16" '
                   'class="gs_or_svg"><path d="M7.5 11.57l3.824 2.308-1.015-4.35 3.379-2.926-4.45-.378L7.5 2.122">'
                   '</path></svg><span class="gs_or_btn_lbl">Save</span></a>'),
                  '<a href="javascript:void(0)" class="gs_or_cit gs_or_btn gs_nph" role="button"><span>Cite</span></a>']
        if cites:
            flinks.append(f'<a href="/scholar?cites={int(d[:8], 16)}&amp;as_sdt=2005&amp;sciodt=0,5&amp;hl=en">Cited by '
                          f'{cites}</a>')
        flinks.append(f'<a href="/scholar?q=related:{d}:scholar.google.com/&amp;scioq=&amp;hl=en">Related articles</a>')
        if rng.random() < 0.5:
            flinks.append(f'<a href="/scholar?cluster={int(d[2:10], 16)}&amp;hl=en" class="gs_nph">All '
                          f'{2 + int(d[5], 16) % 6} versions</a>')
        rows.append(f'<div class="gs_r gs_or gs_scl" data-cid="{d}" data-did="{d}" data-lid="" data-aid="{d}" '
                    f'data-rp="{i}">{side}<div class="gs_ri"><h3 class="gs_rt" ontouchstart="gs_evt_dsp(event)">{title}</h3>'
                    f'<div class="gs_a">{line}\u00a0- {_e(where)}, {e["year"]}\u00a0- {site}</div>'
                    f'<div class="gs_rs">{_e(_abstract(e, rng))[:160]}&#8230;</div>'
                    f'<div class="gs_fl gs_flb">{" ".join(flinks)}</div></div></div>')
    q = _e(owner).replace(" ", "+")
    return ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html;charset=UTF-8">'
            f'<title>author:"{_e(owner)}" - Google Scholar</title><style>#gs_hdr{{position:relative}}.gs_r{{position:'
            'relative;margin:1em 0}</style></head>\n<body><div id="gs_top"><div id="gs_hdr" role="banner"><a id="gs_hdr_lgo"'
            ' href="/schhp?hl=en"></a><form id="gs_hdr_frm" action="/scholar"><input type="text" name="q" '
            f'value="author:&quot;{_e(owner)}&quot;"></form></div>\n<div id="gs_ab"><div id="gs_ab_md"><div class="gs_ab_mdw">'
            f'About {len(rows) + 17} results (<b>0.04</b> sec)</div></div></div>\n<div id="gs_bdy"><div id="gs_bdy_sb">'
            '<ul class="gs_bdy_sb_sec"><li class="gs_ind gs_bdy_sb_sel"><a href="/scholar?q=' + q + '">Any time</a></li>'
            '<li class="gs_ind"><a href="/scholar?as_ylo=2025">Since 2025</a></li><li class="gs_ind"><a href="/scholar?'
            'as_ylo=2021">Since 2021</a></li><li class="gs_ind"><a href="#">Custom range...</a></li></ul>'
            '<ul class="gs_bdy_sb_sec"><li class="gs_ind gs_bdy_sb_sel"><a href="#">Sort by relevance</a></li>'
            '<li class="gs_ind"><a href="/scholar?scisbd=1">Sort by date</a></li></ul></div>\n'
            '<div id="gs_bdy_ccl" role="main"><div id="gs_res_ccl"><div id="gs_res_ccl_mid">\n' + "\n".join(rows)
            + '\n</div><div id="gs_n" role="navigation"><center><table><tr><td><b>1</b></td><td><a href="/scholar?start=10">2'
            '</a></td><td><a href="/scholar?start=10"><b>Next</b></a></td></tr></table></center></div></div></div></div>\n'
            '<div id="gs_ftr" role="contentinfo"><a href="/intl/en/scholar/about.html">About</a> <a href="/intl/en/scholar/'
            'privacy.html">Privacy</a> <a href="/intl/en/scholar/terms.html">Terms</a></div></div></body></html>\n')


EXCEL_ITEM_TYPE = {"journal": "journalArticle", "conference": "conferencePaper", "preprint": "preprint", "other": "report"}


def _zotero_author(name: str) -> str:
    """Zotero's CSV "Author" form: "Lee, Ann B." (surname with its particles, then given names)."""
    given, surname = split_name(name)
    return f"{surname}, {' '.join(given)}" if given else surname


def render_excel_web_table(entries, owner, rng) -> str:
    """A Zotero CSV export opened in Excel and saved as a web page: the Office namespaces, the
    ``xl6N`` class styles in a comment, ``table x:str`` with ``<col>`` widths, unquoted
    attributes and single-quoted styles, a header row (Key, Item Type, Publication Year,
    Author, Title, Publication Title, Volume, Pages, DOI), a row per item whose cells hold the
    fields as plain text ("Lee, Ann B.; Chen, Bo; Roe, Cy", empty cells where a field is
    missing), and Excel's hidden ``supportMisalignedColumns`` row at the end."""
    sheet = f"pubs_{_digest({'title': owner})[:5]}"
    heads = ("Key", "Item Type", "Publication Year", "Author", "Title", "Publication Title", "Volume", "Pages", "DOI")
    widths = (64, 96, 64, 260, 420, 240, 48, 64, 160)
    cols = "\n".join(f" <col width={w} style='mso-width-source:userset;width:{w * 3 // 4}pt'>" for w in widths)
    head = " <tr height=20 style='height:15.0pt'>\n" + "\n".join(
        f"  <td{' height=20' if i == 0 else ''} class=xl66 width={w} style='{'height:15.0pt;' if i == 0 else ''}"
        f"width:{w * 3 // 4}pt'>{h}</td>" for i, (h, w) in enumerate(zip(heads, widths))) + "\n </tr>"
    rows = []
    for e in _newest_first(entries):
        d = _digest(e).upper()
        key = "".join(c if c.isalpha() else "KMPQRSTVWXYZ"[int(c)] for c in d[:8])
        vol, _issue, first, last = made_up_numbers(e)
        journal = e["kind"] == "journal"
        cells = [f"  <td height=20 style='height:15.0pt'>{key}</td>",
                 f"  <td>{EXCEL_ITEM_TYPE.get(e['kind'], 'report')}</td>",
                 f"  <td align=right>{e['year']}</td>",
                 f"  <td class=xl65>{_e('; '.join(_zotero_author(a) for a in e['authors']))}</td>",
                 f"  <td class=xl65>{_e(e['title'])}</td>",
                 f"  <td class=xl65>{_venue(e)}</td>",
                 f"  <td align=right>{vol}</td>" if journal else "  <td></td>",
                 f"  <td>{first}-{last}</td>" if journal or rng.random() < 0.5 else "  <td></td>",
                 f"  <td>10.{1000 + int(d[:2], 16)}/{d[2:9].lower()}</td>" if rng.random() < 0.7 else "  <td></td>"]
        rows.append(" <tr height=20 style='height:15.0pt'>\n" + "\n".join(cells) + "\n </tr>")
    hidden = (" <![if supportMisalignedColumns]>\n <tr height=0 style='display:none'>\n"
              + "\n".join(f"  <td width={w} style='width:{w * 3 // 4}pt'></td>" for w in widths) + "\n </tr>\n <![endif]>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n'
            'xmlns:x="urn:schemas-microsoft-com:office:excel"\nxmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n<meta name=ProgId content=Excel.Sheet>\n'
            f'<meta name=Generator content="Microsoft Excel 15">\n<link rel=File-List href="{sheet}_files/filelist.xml">\n'
            f'<style id="{sheet}_Styles">\n<!--table\n\t{{mso-displayed-decimal-separator:"\\.";\n\t'
            'mso-displayed-thousand-separator:"\\,";}\n.xl65\n\t{mso-style-parent:style0;\n\twhite-space:normal;}\n'
            '.xl66\n\t{mso-style-parent:style0;\n\tfont-weight:700;\n\tborder-bottom:.5pt solid windowtext;}\n-->\n'
            '</style>\n</head>\n\n<body link="#0563C1" vlink="#954F72">\n<!--[if !excel]>&nbsp;&nbsp;<![endif]-->\n'
            '<!--The following information was generated by Microsoft Excel\'s Publish as Web Page wizard.-->\n'
            f'<div id="{sheet}" align=center x:publishsource="Excel">\n\n<table border=0 cellpadding=0 cellspacing=0 '
            f"width={sum(widths)} style='border-collapse:collapse;table-layout:fixed;width:{sum(widths) * 3 // 4}pt'>\n"
            + cols + "\n" + head + "\n" + "\n".join(rows) + "\n" + hidden + "\n</table>\n\n</div>\n\n</body>\n\n</html>\n")


def _uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def render_notion_export(entries, owner, rng) -> str:
    """A Notion page exported as HTML: ``article.page.sans`` with ``h1.page-title``, then
    ``div.page-body`` of blocks each with its own uuid: kind headings (``<h2 id=... class="">``),
    an intro paragraph, empty paragraphs between groups, and every entry a bulleted list of its
    own (``<ul class="bulleted-list"><li style="list-style-type:disc">``, one item per list, as
    Notion writes each block) "Names (the owner in <strong>). Title. <em>Venue</em> (2021)."
    with the title linked for some, a ``<mark class="highlight-...">`` label for a few and a
    link or two after; Notion's long inline stylesheet in the head."""
    blocks = [(f'<p id="{_uuid(rng)}" class="">Papers by {_e(owner)} and coauthors, newest first within each '
               'part. Preprints are listed separately.</p>')]
    for kind, mine in _by_kind(entries):
        blocks.append(f'<h2 id="{_uuid(rng)}" class="">{SECTION_NAMES[kind]}</h2>')
        for e in mine:
            d = _digest(e)
            title = _e(e["title"])
            if rng.random() < 0.4:
                title = f'<a href="https://example.org/papers/{d}">{title}</a>'
            label = (f' <mark class="highlight-{rng.choice(["orange", "blue", "red"])}">'
                     f'{rng.choice(["Oral", "Spotlight", "Best paper"])}</mark>' if rng.random() < 0.15 else "")
            links = [f'<a href="https://example.org/papers/{d}.pdf">pdf</a>']
            if rng.random() < 0.4:
                links.append(f'<a href="https://github.com/lab-{d[:4]}/{d[4:]}">code</a>')
            blocks.append(f'<ul id="{_uuid(rng)}" class="bulleted-list"><li style="list-style-type:disc">'
                          f"{_names(e['authors'], owner)}. {title}. <em>{_venue(e)}</em> ({e['year']}).{label} "
                          + " · ".join(links) + "</li></ul>")
        blocks.append(f'<p id="{_uuid(rng)}" class="">\n</p>')
    style = ("/* cspell:disable-file */\n/* webkit printing magic: print all background colors */\nhtml {\n"
             "\t-webkit-print-color-adjust: exact;\n}\n* {\n\tbox-sizing: border-box;\n}\nbody {\n\tline-height: 1.5;\n"
             "\twhite-space: pre-wrap;\n}\n.page-title {\n\tfont-size: 2.5rem;\n\tfont-weight: 700;\n}\n"
             ".bulleted-list {\n\tmargin: 0;\n\tmargin-inline-start: 1.7em;\n\tpadding-inline-start: 0;\n}\n"
             ".highlight-orange {\n\tcolor: rgba(217, 115, 13, 1);\n}\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>Publications</title>'
            f'<style>{style}</style></head><body><article id="{_uuid(rng)}" class="page sans"><header>'
            '<div class="page-header-icon undefined"><span class="icon">📄</span></div><h1 class="page-title">Publications'
            '</h1><p class="page-description"></p></header><div class="page-body">' + "".join(blocks)
            + '</div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>')


def render_blowfish_cards(entries, owner, rng) -> str:
    """Hugo Blowfish's list page in card view: a grid ``section`` of ``<a class="min-w-full">``
    cards (the whole card one link), each a thumbnail ``div`` with a background image, a
    ``div.font-bold.text-xl`` title, a meta row "1 May 2021 · 4 mins" (the reading time on some
    pages), a row with the venue as a taxonomy badge (``span.rounded-md``, opened by an
    ``onclick``), the page's summary (the names, "Ann Lee, Bo Chen and Cy Roe") in
    ``div.prose``; on some pages the cards grouped under year headings (``groupByYear``)."""
    reading = rng.random() < 0.5
    by_year = rng.random() < 0.5
    months = ("Jan", "Mar", "May", "Jul", "Oct", "Dec")
    body, year, cards = [], None, []

    def close():
        if cards:
            body.append('<section class="w-full grid gap-4 sm:grid-cols-2 md:grid-cols-3">\n' + "\n".join(cards)
                        + "\n</section>")
            cards.clear()

    for e in sorted(entries, key=lambda e: -e["year"]):
        if by_year and e["year"] != year:
            close()
            year = e["year"]
            body.append(f'<h2 class="mt-12 text-2xl font-extrabold text-neutral-700 first:mt-8 dark:text-neutral-300">'
                        f"{year}</h2>")
        d = _digest(e)
        day, month = 1 + int(d[2:4], 16) % 28, months[int(d[:2], 16) % 6]
        number = (1, 3, 5, 7, 10, 12)[months.index(month)]
        meta = f'<span title="{e["year"]}-{number:02d}-{day:02d} 00:00:00 +0000 UTC">{day} {month} {e["year"]}</span>'
        if reading:
            meta += f'<span class="px-2 text-primary-500">&middot;</span><span title="Reading time">{2 + int(d[4], 16) % 9} mins</span>'
        slug = re.sub(r"[^a-z0-9]+", "-", e["venue"].lower()).strip("-")
        badge = (f'<span style="margin-top:0.5rem" class="mr-2" onclick="window.open(&#34;/venues/{slug}/&#34;,\'_self\');'
                 'return false;"><span class="flex" style="cursor: pointer;"><span class="rounded-md border '
                 'border-primary-400 px-1 py-[1px] text-xs font-normal text-primary-700 dark:border-primary-600 '
                 f'dark:text-primary-400">{_venue(e)}</span></span></span>')
        names = _names(e["authors"], owner, mark="", last=" and ")
        cards.append(f'<a href="/publications/{d}/" class="min-w-full">\n  <div class="min-h-full border border-neutral-200 '
                     'dark:border-neutral-700 border-2 rounded overflow-hidden shadow-2xl relative">\n    <div class="w-full '
                     f'thumbnail_card nozoom" style="background-image:url(/publications/{d}/featured_hu{d[:8]}.png);"></div>\n'
                     '    <div class="px-6 py-4">\n      <div class="font-bold text-xl text-neutral-800 decoration-primary-500 '
                     f'hover:underline hover:underline-offset-2 dark:text-neutral">{_e(e["title"])}</div>\n'
                     '      <div class="text-sm text-neutral-500 dark:text-neutral-400">\n        <div class="flex flex-row '
                     f'flex-wrap items-center">{meta}</div>\n        <div class="flex flex-row flex-wrap items-center">{badge}'
                     f'</div>\n      </div>\n      <div class="py-1 prose dark:prose-invert">{names}</div>\n    </div>\n'
                     '    <div class="px-6 pt-4 pb-2"></div>\n  </div>\n</a>')
    close()
    return ('<!doctype html>\n<html lang="en" dir="ltr" class="scroll-smooth" data-default-appearance="light">\n<head>\n'
            f'<meta charset="utf-8"><meta name="generator" content="Hugo 0.123.7"><title>Publications &middot; {_e(owner)}'
            '</title>\n</head>\n<body class="flex flex-col h-screen px-6 m-auto text-lg leading-7 max-w-7xl bg-neutral '
            'text-neutral-900 dark:bg-neutral-800 dark:text-neutral sm:px-14 md:px-24 lg:px-32">\n<div id="the-top" '
            'class="absolute flex self-center"><a class="px-3 py-1 text-sm -translate-y-8 rounded-b-lg" href="#main-content">'
            'Skip to main content</a></div>\n<div class="main-menu flex items-center justify-between px-4 py-6 sm:px-6 '
            f'md:justify-start gap-x-3"><a href="/" class="text-base font-medium">{_e(owner)}</a><nav class="hidden md:flex '
            'items-center gap-x-5 md:ml-12 h-12"><a href="/publications/" class="flex items-center"><p class="text-base '
            'font-medium" title="Publications">Publications</p></a><a href="/talks/" class="flex items-center"><p '
            'class="text-base font-medium" title="Talks">Talks</p></a></nav></div>\n<div class="relative flex flex-col '
            'grow">\n<main id="main-content" class="grow">\n<header><ol class="text-sm text-neutral-500 dark:text-neutral-400 '
            'print:hidden"><li class="inline"><a class="hover:underline" href="/">' + _e(owner) + '</a><span class="px-1 '
            'text-primary-500">/</span></li></ol>\n<h1 class="mt-5 text-4xl font-extrabold text-neutral-900 '
            'dark:text-neutral">Publications</h1>\n</header>\n' + "\n".join(body)
            + '\n</main>\n<footer id="site-footer" class="py-10 print:hidden"><div class="flex items-center justify-between">'
            f'<p class="text-sm text-neutral-500 dark:text-neutral-400">&copy; 2025 {_e(owner)}</p><p class="text-xs '
            'text-neutral-500 dark:text-neutral-400">Powered by <a class="hover:underline" href="https://gohugo.io/" '
            'target="_blank" rel="noopener noreferrer">Hugo</a> &amp; <a class="hover:underline" href="https://blowfish.page/"'
            ' target="_blank" rel="noopener noreferrer">Blowfish</a></p></div></footer>\n</div>\n</body>\n</html>\n')


# --------------------------------------------------------------------------- added 2026-12-07 (thirteenth round), held out
# Four layouts of generators and saved pages no earlier layout or probe printed, all four held
# out (wt-html13; see tests/test_html_layouts.py, THIRTEENTH_ROUND_HELD_OUT), written before the
# twelfth round's four were looked at.

PURE_SHOWN = 10  # Pure's short rendering: past this many names the list ends "& N others"
RG_SHOWN = 6  # the ResearchGate-like list: past this many names the first three, "[...]", the last two


def _pure_shown(authors: list[str]) -> list[str]:
    return authors[:PURE_SHOWN]


def _rg_shown(authors: list[str]) -> list[str]:
    return authors if len(authors) <= RG_SHOWN else authors[:3] + authors[-2:]


PURE_TYPES = {"journal": ("ContributionToJournal", "contributiontojournal", "Contribution to journal", "Article"),
              "conference": ("ContributionToBookAnthology", "contributiontobookanthology",
                             "Chapter in Book/Report/Conference proceeding", "Conference contribution"),
              "preprint": ("WorkingPaper", "workingpaper", "Working paper", "Preprint"),
              "other": ("ContributionToBookAnthology", "contributiontobookanthology",
                        "Chapter in Book/Report/Conference proceeding", "Chapter")}


def render_pure_portal_outputs(entries, owner, rng) -> str:
    """An Elsevier Pure research portal's "Research output" list of a person:
    ``ul.list-results > li.list-result-item``, each a ``div.rendering_short`` holding
    ``h3.title`` (the linked title in a ``<span>``), then the names surname first with
    initials ("Lee, A. B., Chen, B. &amp; Roe, C.", the institution's own people linked as
    ``a.link.person``; past ten names "&amp; N others", truth the names shown), a
    ``span.date`` "12 May 2021", "<span class=journal>In: <a><span>Venue</span></a>.</span>
    3, 2, p. 1-9 9 p." for articles ("<em>Venue</em>. Publisher, p. 1-9" for the others),
    a ``p.type`` "Research output: Contribution to journal › Article › peer-review"; a filter
    sidebar with counts, a per-year chart's table and pagination around it."""
    rows = []
    months = ("Jan", "Mar", "May", "Jul", "Oct", "Dec")
    for i, e in enumerate(sorted(entries, key=lambda e: -e["year"])):
        d = _digest(e)
        rel, cls, parent, leaf = PURE_TYPES[e["kind"]]
        shown = _pure_shown(e["authors"])
        names = []
        for a in shown:
            text = _e(apa_name(a))
            if a == owner or rng.random() < 0.2:
                slug = re.sub(r"[^a-z0-9]+", "-", a.lower()).strip("-")
                text = f'<a rel="Person" href="https://research.example.edu/en/persons/{slug}" class="link person"><span>{text}</span></a>'
            names.append(text)
        more = len(e["authors"]) - len(shown)
        line = (", ".join(names) + f" &amp; {more} others" if more else
                names[0] if len(names) == 1 else ", ".join(names[:-1]) + " &amp; " + names[-1])
        day, month = 1 + int(d[2:4], 16) % 28, months[int(d[:2], 16) % 6]
        date = rng.choice([f"{day} {month} {e['year']}", f"{month} {e['year']}", str(e["year"])])
        vol, issue, first, last = made_up_numbers(e)
        if e["kind"] == "journal":
            where = (f'<span class="journal">In: <a rel="Journal" href="https://research.example.edu/en/journals/{d[:6]}" '
                     f'class="link"><span>{_venue(e)}</span></a>.</span> <span class="volume">{vol}</span>, '
                     f'<span class="journalnumber">{issue}</span>, <span class="pages">p. {first}-{last}</span> '
                     f'<span class="numberofpages">{last - first + 1} p.</span>, {first:03d}{issue:03d}.')
        elif e["kind"] == "preprint":
            where = f"<em>{_venue(e)}</em>, <span class=\"numberofpages\">{last - first + 1} p.</span>"
        else:
            where = (f"<em>{_venue(e)}</em>. {rng.choice(['IEEE', 'ACM', 'Springer', 'Association for Computational Linguistics'])}, "
                     f'<span class="pages">p. {first}-{last}</span> <span class="numberofpages">{last - first + 1} p.</span>')
        review = '<span class="type_family_sep"> › </span><span class="peerreview">peer-review</span>' if e["kind"] != "preprint" else ""
        access = ('<div class="search-result-group"><div class="rendering rendering_openaccesspermission"><span class='
                  '"openaccessicon" title="Open Access">Open Access</span></div><a class="link" href="https://research.'
                  f'example.edu/files/{int(d[:7], 16)}/{d}.pdf"><span>File</span></a></div>' if rng.random() < 0.4 else "")
        rows.append(f'<li class="list-result-item list-result-item-{i}{" first" if i == 0 else ""}">\n<div class="result-container">'
                    f'<div class="rendering rendering_researchoutput rendering_researchoutput_short rendering_{cls} '
                    f'rendering_short rendering_{cls}_short"><h3 class="title"><a rel="{rel}" href="https://research.example'
                    f'.edu/en/publications/{d}" class="link"><span>{_e(e["title"])}</span></a></h3>{line}, '
                    f'<span class="date">{date}</span>, {where}\n<p class="type"><span class="type_family">Research output'
                    f'<span class="type_family_sep">: </span></span><span class="type_classification_parent">{parent}'
                    f'<span class="type_parent_sep"> › </span></span><span class="type_classification">{leaf}</span>{review}'
                    f'</p></div></div>\n{access}</li>')
    counts = {}
    for e in entries:
        counts[PURE_TYPES[e["kind"]][3]] = counts.get(PURE_TYPES[e["kind"]][3], 0) + 1
    facets = "".join(f'<li><label><input type="checkbox" name="type" value="{_e(k)}"> {_e(k)} <span class="count">'
                     f"({n})</span></label></li>" for k, n in sorted(counts.items()))
    years = sorted({e["year"] for e in entries})
    chart = "".join(f"<tr><td>{y}</td><td>{sum(e['year'] == y for e in entries)}</td></tr>" for y in years)
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>' + _e(owner)
            + ' - Research output - Example University Research Portal</title></head>\n<body class="portal">\n'
            '<header class="portal-header"><a class="logo" href="https://research.example.edu/en/">Example University</a>'
            '<nav><ul class="menu"><li><a href="/en/">Home</a></li><li><a href="/en/persons/">Profiles</a></li><li><a '
            'href="/en/organisations/">Research units</a></li><li><a href="/en/publications/">Research output</a></li></ul>'
            '</nav></header>\n<div class="person-header"><h1><span>' + _e(owner) + '</span></h1><p class="job-title">'
            'Professor, Department of Physics</p><ul class="tabs"><li><a href="../">Overview</a></li><li class="selected">'
            '<a href="./">Research output</a></li><li><a href="../projects/">Projects</a></li></ul></div>\n'
            '<div class="page-content"><aside class="filters"><h2>Filters</h2><h3>Type</h3><ul>' + facets + '</ul></aside>\n'
            '<main><div class="research-output-chart"><h2>Research output per year</h2><table class="chart-data">'
            '<tr><th>Year</th><th>Outputs</th></tr>' + chart + '</table></div>\n<p class="result-count">' + str(len(rows))
            + ' results</p><div class="ordering">Order by: <a href="?ordering=publicationYearThenTitle">Publication '
            'year</a> | <a href="?ordering=title">Title</a></div>\n<ul class="list-results">\n' + "\n".join(rows)
            + '\n</ul>\n<nav class="pages"><ul><li class="selected">1</li><li><a href="?page=1">2</a></li><li class="next">'
            '<a href="?page=1">Next</a></li></ul></nav></main></div>\n<footer class="portal-footer"><p>Powered by Pure, '
            'Scopus &amp; Elsevier Fingerprint Engine&trade; &copy; 2025 Elsevier B.V.</p><p>We use cookies to help '
            'provide and enhance our service.</p></footer>\n</body></html>\n')


RG_TYPES = {"journal": "Article", "conference": "Conference Paper", "preprint": "Preprint", "other": "Chapter"}


def render_researchgate_items(entries, owner, rng) -> str:
    """A ResearchGate-like profile's research list saved as HTML: a ``nova-legacy`` stack of
    ``div.nova-legacy-v-publication-item`` cards, each a column of ``__stack-item`` rows: the
    linked title in ``__title``, the type badge (and a "Full-text available" badge on some),
    an inline ``<ul>`` of metadata items "May 2021" and "Venue 3(2)" (or "Source: arXiv" for
    preprints), an inline ``<ul>`` of people (each ``<li>`` a linked ``<span>`` of the full
    name, no separators in the text: the theme's stylesheet draws the dots; past six names
    the first three, an "[...]" item and the last two, truth the names shown), a clamped
    abstract and a row of buttons (Download, Share, Recommend, Follow); a header with the
    profile's counts and tabs, and a "Show more" button after the list."""
    cards = []
    for e in sorted(entries, key=lambda e: -e["year"]):
        d = _digest(e)
        shown = _rg_shown(e["authors"])
        people = []
        for k, a in enumerate(shown):
            if len(shown) < len(e["authors"]) and k == 3:
                people.append('<li class="nova-legacy-e-list__item nova-legacy-v-person-inline-item"><span>[...]</span></li>')
            slug = re.sub(r"[^A-Za-z0-9]+", "-", a).strip("-")
            people.append('<li class="nova-legacy-e-list__item nova-legacy-v-person-inline-item"><a class="nova-legacy-v-'
                          f'person-inline-item__fullname" href="profile/{slug}"><span class="nova-legacy-v-person-inline-item'
                          f'__fullname">{_e(a)}</span></a></li>')
        vol, issue, _first, _last = made_up_numbers(e)
        where = ("Source: arXiv" if e["venue"] == "arXiv" else f"{printed_venue(e)} {vol}({issue})"
                 if e["kind"] == "journal" else printed_venue(e))
        full = rng.random() < 0.5
        badges = (f'<span class="nova-legacy-e-badge nova-legacy-e-badge--color-grey">{RG_TYPES[e["kind"]]}</span>'
                  + ('<span class="nova-legacy-e-badge nova-legacy-e-badge--color-green">Full-text available</span>'
                     if full else ""))
        stack = '<div class="nova-legacy-v-publication-item__stack-item">{}</div>'
        cards.append('<div class="nova-legacy-o-stack__item"><div class="nova-legacy-v-publication-item nova-legacy-v-'
                     'publication-item--size-m"><div class="nova-legacy-v-publication-item__body"><div class="nova-legacy-'
                     'v-publication-item__stack nova-legacy-v-publication-item__stack--gutter-m">'
                     + stack.format('<div class="nova-legacy-e-text nova-legacy-e-text--size-l nova-legacy-v-publication-'
                                    f'item__title"><a class="nova-legacy-e-link" href="publication/{int(d[:8], 16)}_'
                                    f'{re.sub(r"[^A-Za-z0-9]+", "_", e["title"])[:60]}">{_e(e["title"])}</a></div>')
                     + stack.format(f'<div class="nova-legacy-v-publication-item__badge">{badges}</div>')
                     + stack.format('<ul class="nova-legacy-e-list nova-legacy-e-list--size-m nova-legacy-e-list--type-'
                                    'inline nova-legacy-v-publication-item__meta-data"><li class="nova-legacy-e-list__item '
                                    f'nova-legacy-v-publication-item__meta-data-item"><span>{_month(e)[:3]} {e["year"]}'
                                    '</span></li><li class="nova-legacy-e-list__item nova-legacy-v-publication-item__meta-'
                                    f'data-item"><span>{_e(where)}</span></li></ul>')
                     + stack.format('<ul class="nova-legacy-e-list nova-legacy-e-list--size-m nova-legacy-e-list--type-'
                                    'inline nova-legacy-v-publication-item__person-list">' + "".join(people) + '</ul>')
                     + (stack.format('<div class="nova-legacy-e-text nova-legacy-e-text--clamp-3 nova-legacy-v-publication-'
                                     f'item__description">{_e(_abstract(e, rng))}</div>') if rng.random() < 0.6 else "")
                     + '</div></div><div class="nova-legacy-v-publication-item__actions"><div class="nova-legacy-c-button-'
                     'group">' + ('<a class="nova-legacy-c-button" href="publication/download"><span class="nova-legacy-c-'
                                  'button__label">Download</span></a>' if full else '')
                     + '<button class="nova-legacy-c-button"><span class="nova-legacy-c-button__label">Share</span></button>'
                     '<button class="nova-legacy-c-button"><span class="nova-legacy-c-button__label">Recommend</span></button>'
                     '<button class="nova-legacy-c-button"><span class="nova-legacy-c-button__label">Follow</span></button>'
                     f'</div><span class="nova-legacy-e-text nova-legacy-e-text--size-s">{int(d[:3], 16) % 400} Reads</span>'
                     '</div></div></div>')
    slug = re.sub(r"[^A-Za-z0-9]+", "-", owner).strip("-")
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>' + _e(owner) + ' | Research profile'
            '</title><link rel="stylesheet" href="https://c5.rgstatic.net/m/nova.css"></head>\n<body><div id="react-root">'
            '<header class="header-container"><a class="logo" href="/">R<sup>G</sup></a><form class="search"><input '
            'placeholder="Search for publications, researchers, or questions"></form><a href="/login">Log in</a> '
            '<a href="/signup">Join for free</a></header>\n<div class="profile-header"><h1 class="nova-legacy-e-text '
            'nova-legacy-e-text--size-xxl">' + _e(owner) + '</h1><div class="profile-header-details">Example University '
            '&middot; Department of Physics</div><ul class="profile-header-stats"><li><b>' + str(len(entries))
            + '</b> Publications</li><li><b>' + str(37 + len(entries) * 11) + '</b> Reads</li><li><b>'
            + str(5 + len(entries) * 3) + '</b> Citations</li></ul><nav class="tabs"><a href="profile/' + slug
            + '">Overview</a><a class="active" href="profile/' + slug + '/research">Research</a><a href="profile/' + slug
            + '/stats">Stats</a></nav></div>\n<div class="nova-legacy-o-stack nova-legacy-o-stack--gutter-xxl"><h2 class="'
            'nova-legacy-e-text">Research items (' + str(len(entries)) + ')</h2>\n' + "\n".join(cards)
            + '\n</div><button class="nova-legacy-c-button nova-legacy-c-button--width-full">Show more</button>\n'
            '<footer class="footer"><a href="/about">About us</a> &middot; <a href="/privacy">Privacy</a> &middot; '
            '<a href="/terms">Terms</a><p>&copy; 2008-2025 ResearchGate GmbH. All rights reserved.</p></footer></div>'
            '</body></html>\n')


def _alpha_label(e: dict) -> str:
    """pybtex's alpha label: the first letters of up to three surnames ("LCR", "Lee" alone for
    one author), "+" past four, then the year's last two digits."""
    surnames = [split_name(a)[1] for a in e["authors"]]
    head = surnames[0][:3] if len(surnames) == 1 else "".join(s[:1] for s in surnames[:3])
    return head + ("+" if len(surnames) > 4 else "") + f"{e['year'] % 100:02d}"


def render_sphinx_bibtex_alpha(entries, owner, rng) -> str:
    """A Sphinx page (Alabaster theme) whose bibliography sphinxcontrib-bibtex renders with
    pybtex's alpha labels and plain style: reST sections per kind (``section > h2`` with a
    pilcrow ``a.headerlink``), each a ``div.docutils.container > div.citation-list`` of
    ``div.citation[role=doc-biblioentry]``: ``span.label`` "[LCR21]" (the brackets in
    ``span.fn-bracket``) and a ``<p>`` "Ann Lee, Bo Chen, and Cy Roe. Title. <em>Venue</em>,
    3(2):1–9, 2021. <a>doi:...</a>." ("In <em>Proceedings</em>, 1–9. 2021." for papers in
    proceedings, "Title. arXiv:2101.00001, 2021." for preprints); the sidebar's toctree and
    search form, and "Powered by Sphinx" in the footer."""
    body, n = [], 0
    for kind, mine in _by_kind(entries):
        sid = SECTION_NAMES[kind].lower().replace(" ", "-")
        items = []
        for e in mine:
            n += 1
            vol, issue, first, last = made_up_numbers(e)
            d = _digest(e)
            names = _names(e["authors"], owner, mark="")
            doi = (f' <a class="reference external" href="https://doi.org/10.{1000 + int(d[:2], 16)}/{d[2:9]}">'
                   f"doi:10.{1000 + int(d[:2], 16)}/{d[2:9]}</a>." if rng.random() < 0.6 else "")
            if kind == "journal":
                rest = f"<em>{_venue(e)}</em>, {vol}({issue}):{first}–{last}, {e['year']}.{doi}"
            elif kind == "preprint":
                rest = f"{_venue(e)}, {e['year']}.{doi}"
            else:
                rest = f"In <em>{_venue(e)}</em>, {first}–{last}. {e['year']}.{doi}"
            items.append(f'<div class="citation" id="id{n + 40}" role="doc-biblioentry">\n<span class="label"><span '
                         f'class="fn-bracket">[</span>{_e(_alpha_label(e))}<span class="fn-bracket">]</span></span>\n'
                         f"<p>{names}. {_e(e['title'])}. {rest}</p>\n</div>")
        body.append(f'<section id="{sid}">\n<h2>{SECTION_NAMES[kind]}<a class="headerlink" href="#{sid}" title="Link to '
                    f'this heading">¶</a></h2>\n<div class="docutils container" id="id{n}">\n<div role="list" '
                    'class="citation-list">\n' + "\n".join(items) + "\n</div>\n</div>\n</section>")
    return ('<!DOCTYPE html>\n\n<html lang="en" data-content_root="./">\n  <head>\n    <meta charset="utf-8" />\n'
            '    <meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta name="viewport" '
            'content="width=device-width, initial-scale=1" />\n\n    <title>Publications &#8212; ' + _e(owner)
            + ' 1.0 documentation</title>\n    <link rel="stylesheet" type="text/css" href="_static/pygments.css?v=d1102ebc"'
            ' />\n    <link rel="stylesheet" type="text/css" href="_static/alabaster.css?v=12dfc556" />\n    <script src='
            '"_static/documentation_options.js?v=f2a433a1"></script>\n  </head><body>\n  <div class="document">\n    '
            '<div class="documentwrapper">\n      <div class="bodywrapper">\n        <div class="body" role="main">\n  \n'
            '  <section id="publications">\n<h1>Publications<a class="headerlink" href="#publications" title="Link to this '
            'heading">¶</a></h1>\n<p>Papers by ' + _e(owner) + ', with BibTeX entries in <a class="reference external" '
            'href="_static/refs.bib">refs.bib</a>.</p>\n' + "\n".join(body)
            + '\n</section>\n\n        </div>\n      </div>\n    </div>\n    <div class="sphinxsidebar" role="navigation" '
            'aria-label="Main">\n      <div class="sphinxsidebarwrapper">\n<h1 class="logo"><a href="index.html">'
            + _e(owner) + '</a></h1>\n<h3>Navigation</h3>\n<ul class="current">\n<li class="toctree-l1"><a class="reference'
            ' internal" href="research.html">Research</a></li>\n<li class="toctree-l1 current"><a class="current reference '
            'internal" href="#">Publications</a></li>\n<li class="toctree-l1"><a class="reference internal" href="teaching.'
            'html">Teaching</a></li>\n</ul>\n<search id="searchbox" style="display: none" role="search">\n    <h3 id="search'
            'label">Quick search</h3>\n    <form class="search" action="search.html" method="get">\n      <input type="text"'
            ' name="q" aria-labelledby="searchlabel" />\n      <input type="submit" value="Go" />\n    </form>\n    </search>'
            '\n      </div>\n    </div>\n    <div class="clearer"></div>\n  </div>\n    <div class="footer">\n      &#169;2025, '
            + _e(owner) + '.\n      \n      |\n      Powered by <a href="https://www.sphinx-doc.org/">Sphinx 7.2.6</a>\n      '
            '&amp; <a href="https://alabaster.readthedocs.io">Alabaster 0.7.16</a>\n      \n      |\n      <a href="_sources/'
            'publications.rst.txt"\n          rel="nofollow">Page source</a>\n    </div>\n  </body>\n</html>\n')


def _mla_printed(authors: list[str]) -> list[str]:
    """MLA 9: one or two authors in full, three or more as the first and "et al."."""
    return authors[:1] if len(authors) >= 3 else list(authors)


FACULTY_TYPES = {"journal": "Journal Article", "conference": "Conference Proceeding", "preprint": "Preprint",
                 "other": "Book Chapter"}


def render_faculty_profile_dl(entries, owner, rng) -> str:
    """A university faculty directory's profile page (a Drupal views template): a profile card
    (photo, the name, the rank, a ``dl.contact`` of Email / Phone / Office / Education), a
    research-interests paragraph, then "Selected Publications" as a ``dl.publications`` whose
    ``<dt>`` is each entry's type ("Journal Article") and ``<dd>`` its MLA 9 citation: "Lee,
    Ann, et al. “Title.” <i>Venue</i>, vol. 3, no. 2, 2021, pp. 1-9." (three authors or more as
    the first and "et al."; two "Lee, Ann, and Bo Chen."; truth the names printed, given names
    first), "<i>Venue</i>, 2021, pp. 1-9." for proceedings; a directory menu and a footer."""
    items = []
    for e in sorted(entries, key=lambda e: (-e["year"], SECTION_ORDER.index(e["kind"]))):
        vol, issue, first, last = made_up_numbers(e)
        printed = _mla_printed(e["authors"])
        names = _e(chicago_first(printed[0])) + (", et al" if len(e["authors"]) >= 3 else
                                                 f", and {_e(printed[1])}" if len(printed) == 2 else "")
        title = _e(e["title"])
        if title[-1:] not in "?!":
            title += "."
        if e["kind"] == "journal":
            rest = f"<i>{_venue(e)}</i>, vol. {vol}, no. {issue}, {e['year']}, pp. {first}-{last}."
        elif e["kind"] == "preprint":
            rest = f"<i>{_venue(e)}</i>, {e['year']}."
        else:
            rest = f"<i>{_venue(e)}</i>, {e['year']}, pp. {first}-{last}."
        items.append(f"<dt>{FACULTY_TYPES[e['kind']]}</dt>\n<dd>{names}. &ldquo;{title}&rdquo; {rest}</dd>")
    given, surname = split_name(owner)
    mail = f"{given[0][0].lower()}{surname.split()[-1].lower()}@example.edu"
    return ('<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8" /><title>' + _e(owner)
            + ' | College of Arts and Sciences</title><meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />'
            '</head>\n<body class="path-node page-node-type-person">\n<a href="#main-content" class="visually-hidden '
            'focusable skip-link">Skip to main content</a>\n<header role="banner"><div class="site-branding"><a href="/" '
            'rel="home">College of Arts and Sciences</a></div><nav role="navigation" aria-label="Main"><ul class="menu">'
            '<li><a href="/about">About</a></li><li><a href="/directory">Directory</a></li><li><a href="/research">Research'
            '</a></li><li><a href="/news">News</a></li></ul></nav></header>\n<main role="main"><a id="main-content" '
            'tabindex="-1"></a>\n<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/directory">'
            'Directory</a></li><li>' + _e(owner) + '</li></ol></nav>\n<article class="node node--type-person">\n'
            '<div class="person-card"><img src="/sites/default/files/styles/portrait/public/people/' + _e(surname.lower())
            + '.jpg" alt="Portrait of ' + _e(owner) + '" width="220" height="275" />\n<h1 class="person-name">' + _e(owner)
            + '</h1>\n<p class="person-rank">Associate Professor</p>\n<dl class="contact">\n<dt>Email</dt>\n<dd><a href='
            '"mailto:' + mail + '">' + mail + '</a></dd>\n<dt>Phone</dt>\n<dd>(555) 274-' + str(1000 + len(owner) * 37)
            + '</dd>\n<dt>Office</dt>\n<dd>Science Hall 214</dd>\n<dt>Education</dt>\n<dd>Ph.D., University of Toronto, '
            '2009<br />B.Sc., McGill University, 2003</dd>\n</dl></div>\n<div class="field field--name-field-research">'
            '<h2>Research Interests</h2>\n<p>Models of how structure forms and changes, and the methods that test them '
            'against data.</p></div>\n<div class="field field--name-field-publications"><h2>Selected Publications</h2>\n'
            '<dl class="publications">\n' + "\n".join(items) + '\n</dl></div>\n</article></main>\n<footer role="contentinfo">'
            '<p>College of Arts and Sciences &middot; 100 University Ave &middot; <a href="/accessibility">Accessibility</a>'
            '</p><p>&copy; 2025 Example University</p></footer>\n</body></html>\n')


# --------------------------------------------------------------------------- added 2026-12-07 (fourteenth round), held out
# Four layouts of repositories, site builders and themes no earlier layout or probe printed, all
# four held out (wt-html14; see tests/test_html_layouts.py, FOURTEENTH_ROUND_HELD_OUT).

EPRINTS_TYPES = {"journal": "Article", "conference": "Conference or Workshop Item", "preprint": "Working Paper",
                 "other": "Book Section"}


def _inverted_full(name: str) -> str:
    """"Ann B. de Haro" -> "de Haro, Ann B." (a repository's name order, given names kept whole)."""
    given, surname = split_name(name)
    return f"{surname}, {' '.join(given)}" if given else surname


def render_eprints_browse(entries, owner, rng) -> str:
    """An EPrints repository's "browse by creator" view (``view/creators/<id>.html``): the
    breadcrumb, "Group by: Item Type | Date | No Grouping", "Jump to: 2021 | 2019 | ...",
    "Number of items: 20.", then an ``<h2>`` per year and a ``<p>`` per item in EPrints'
    default citation: ``span.person_name`` names inverted in full, commas between them and
    "and" before the last ("Lee, Ann B., Chen, Bo and Roe, Cy"; the comma inside a name and
    between names the same), "(2021)", the linked title with its full stop, then "Venue, 3
    (2). pp. 1-9. ISSN 1234-5678" (articles), "In: Venue, 2021." (conference items), "Venue."
    (others); a document icon link before some; "This list was generated on ..." at the end."""
    by_year: dict[int, list[dict]] = {}
    for e in sorted(entries, key=lambda e: (-e["year"], e["title"].casefold())):
        by_year.setdefault(e["year"], []).append(e)
    groups = []
    for year in sorted(by_year, reverse=True):
        items = []
        for e in by_year[year]:
            d = _digest(e)
            vol, issue, first, last = made_up_numbers(e)
            names = [f'<span class="person_name">{_e(_inverted_full(a))}</span>' for a in e["authors"]]
            people = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            title = _e(e["title"]) + ("" if e["title"][-1:] in "?!." else ".")
            if e["kind"] == "journal":
                rest = f"{_venue(e)}, {vol} ({issue}). pp. {first}-{last}."
                if rng.random() < 0.6:
                    rest += f" ISSN {1000 + int(d[:3], 16) % 9000}-{1000 + int(d[3:6], 16) % 9000}"
            elif e["kind"] == "conference":
                rest = f"In: {_venue(e)}, {e['year']}."
            else:
                rest = f"{_venue(e)}."
            icon = (f'<a href="/{int(d[:4], 16)}/1/{d}.pdf" class="ep_document_link"><img class="ep_doc_icon" '
                    f'alt="[thumbnail of {d}.pdf]" src="/style/images/fileicons/application_pdf.png" border="0"/></a> '
                    if rng.random() < 0.4 else "")
            items.append(f"<p>\n{icon}{people}\n  \n({e['year']})\n\n<a href=\"https://eprints.example.ac.uk/"
                         f"{int(d[:4], 16)}/\">{title}</a>\n\n\n    {rest}\n  \n\n</p>")
        groups.append(f'<a name="group_{year}"></a><h2>{year}</h2>\n' + "\n".join(items))
    jump = " | ".join(f'<a href="#group_{y}">{y}</a>' for y in sorted(by_year, reverse=True))
    inv = _e(_inverted_full(owner))
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
            f'  <head>\n    <title>Items where Author is "{inv}" - Example Research Online</title>\n    <link rel="Top" '
            'href="https://eprints.example.ac.uk/"/>\n    <style type="text/css" media="screen">@import url(/style/auto.css);'
            '</style>\n    <script type="text/javascript" src="/javascript/auto.js"><!-- padder --></script>\n  </head>\n'
            '  <body>\n    <div class="ep_tm_header ep_noprint"><div class="ep_tm_site_logo"><a href="https://eprints.example'
            '.ac.uk/" title="Example Research Online"><img alt="Example Research Online" src="/images/sitelogo.png"/></a>'
            '</div>\n      <ul class="ep_tm_menu"><li><a href="https://eprints.example.ac.uk">Home</a></li><li><a href='
            '"https://eprints.example.ac.uk/information.html">About</a></li><li><a href="https://eprints.example.ac.uk/view/">'
            'Browse</a></li></ul>\n      <table class="ep_tm_searchbar"><tr><td><ul class="ep_tm_key_tools"><li><a href="'
            '/cgi/users/home">Login</a></li></ul></td><td><form method="get" action="/cgi/search"><input class="ep_tm_'
            'searchbarbox" size="20" type="text" name="q"/><input class="ep_tm_searchbarbutton" value="Search" type="submit"'
            ' name="_action_search"/></form></td></tr></table>\n    </div>\n    <div class="ep_tm_page_content">\n      '
            f'<h1 class="ep_tm_pagetitle">Items where Author is "<span class="person_name">{inv}</span>"</h1>\n      '
            '<p><a href="./"><img src="/style/images/multi_up.png" border="0"/></a> <a href="./">Up a level</a></p>\n'
            '<form method="get" accept-charset="utf-8" action="/cgi/exportview"><table width="100%"><tr><td align="left">'
            'Export as <select name="format"><option value="BibTeX">BibTeX</option><option value="RIS">Reference Manager'
            '</option><option value="HTML">HTML Citation</option></select><input value="Export" type="submit" class="ep_'
            'form_action_button"/></td></tr></table></form>\n<div class="ep_view_page ep_view_page_view_creators">\n'
            '<div class="ep_view_group_by">Group by: <a href="index.type.html">Item Type</a> | <span class="ep_view_group_'
            'by_current">Date</span> | <a href="index.default.html">No Grouping</a></div>\n<div class="ep_view_jump ep_'
            f'view_creators_date_jump"><div class="ep_view_jump_to">Jump to: {jump}</div></div>\n<div class="ep_view_blurb">'
            f'Number of items: <strong>{len(entries)}</strong>.</div>\n' + "\n".join(groups)
            + '\n<div class="ep_view_timestamp">This list was generated on <strong>Sat Mar 8 04:12:31 2025 GMT</strong>.'
            '</div></div>\n    </div>\n    <div class="ep_tm_footer ep_noprint"><div class="ep_tm_eprints_logo"><a href="'
            'http://eprints.org/software/"><img alt="EPrints Logo" src="/images/eprintslogo.png"/></a></div>\n      <div>'
            'Example Research Online is powered by <em><a href="http://eprints.org/software/">EPrints 3.4</a></em> which '
            'is developed by the <a href="https://www.ecs.soton.ac.uk/">School of Electronics and Computer Science</a> at '
            'the University of Southampton.</div>\n    </div>\n  </body>\n</html>\n')


def render_wix_rich_text(entries, owner, rng) -> str:
    """A Wix site's page: nested ``div`` wrappers with generated ids, and the whole list in one
    rich-text component (``div[data-testid=richTextElement]``) of ``p.font_8`` paragraphs whose
    styling is by inline ``span`` styles only: a year line ``<h4 class="font_4">``, then per
    entry either three paragraphs (the bold title, linked for some; the names with the owner
    underlined; "<italic>Venue</italic>, 2021") or one paragraph holding the three lines
    parted by ``<br>``, and between entries an empty paragraph holding Wix's guard span (a
    zero-width space)."""
    def para(inner: str) -> str:
        return ('<p class="font_8 wixui-rich-text__text" style="font-size:15px; line-height:1.6em;">'
                f'<span style="font-size:15px;" class="wixui-rich-text__text">{inner}</span></p>')

    guard = para('<span class="wixGuard wixui-rich-text__text">\u200b</span>')
    by_year: dict[int, list[dict]] = {}
    for e in _newest_first(entries):
        by_year.setdefault(e["year"], []).append(e)
    blocks = []
    for year in sorted(by_year, reverse=True):
        blocks.append(f'<h4 class="font_4 wixui-rich-text__text"><span style="font-weight:bold;" class="wixui-rich-text'
                      f'__text">{year}</span></h4>')
        for e in by_year[year]:
            d = _digest(e)
            title = _e(e["title"])
            if rng.random() < 0.5:
                title = (f'<a href="https://www.example.org/papers/{d}.pdf" target="_blank" class="wixui-rich-text__text">'
                         f'{title}</a>')
            title = f'<span style="font-weight:bold;" class="wixui-rich-text__text">{title}</span>'
            names = _names(e["authors"], owner, mark="")
            if owner in e["authors"]:
                names = names.replace(_e(owner), f'<span style="text-decoration:underline;" class="wixui-rich-text__text">'
                                                 f'{_e(owner)}</span>', 1)
            where = (f'<span style="font-style:italic;" class="wixui-rich-text__text">{_venue(e)}</span>, {e["year"]}')
            if rng.random() < 0.5:
                blocks += [para(title), para(names), para(where), guard]
            else:
                blocks += [para(f"{title}<br class=\"wixui-rich-text__text\">{names}<br class=\"wixui-rich-text__text\">"
                                f"{where}"), guard]
    slug = _digest({"title": owner})
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="generator" content="Wix.com Website '
            f'Builder"><title>Publications | {_e(owner)}</title><style>.font_8{{font:normal normal normal 15px/1.6em '
            'helvetica-w01-light,sans-serif;} .font_4{font:normal normal normal 28px/1.4em spinnaker,sans-serif;}</style>'
            '</head>\n<body><div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root"><div id="masterPage" class="mesh-'
            'layout"><header id="SITE_HEADER" class="xU8fqS"><div class="_C0cVf"><div id="comp-kx1header" class="wixui-'
            f'rich-text" data-testid="richTextElement"><h2 class="font_2"><span>{_e(owner)}</span></h2></div><nav id="comp-'
            'kx1menu" aria-label="Site"><ul><li><a href="https://www.example.org/" data-testid="linkElement"><p class="'
            'StylableHorizontalMenu3372578893__label">Home</p></a></li><li><a href="https://www.example.org/research" '
            'data-testid="linkElement"><p>Research</p></a></li><li><a aria-current="page" href="https://www.example.org/'
            'publications" data-testid="linkElement"><p>Publications</p></a></li><li><a href="https://www.example.org/'
            'contact" data-testid="linkElement"><p>Contact</p></a></li></ul></nav></div></header>\n<main id="PAGES_'
            f'CONTAINER"><div id="SITE_PAGES"><div id="c{slug[:5]}" class="P0dCOY"><section id="comp-{slug[:8]}" class="'
            f'wixui-section"><div data-testid="columns" class="V5AUxf"><div id="comp-{slug[2:10]}" class="wixui-column-strip'
            f'__column"><div data-mesh-id="comp-{slug[2:10]}inlineContent" data-testid="inline-content"><div data-mesh-id="'
            f'comp-{slug[2:10]}inlineContent-gridContainer" data-testid="mesh-container-content"><div id="comp-{slug[1:9]}" '
            'class="wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text"><span class="'
            'wixui-rich-text__text">Publications</span></h1></div>\n<div id="comp-' + slug[3:11] + '" class="HcOXKn '
            'c9GqVL QxJLC3 wixui-rich-text" data-testid="richTextElement">\n' + "\n".join(blocks)
            + '\n</div></div></div></div></div></section></div></div></main>\n<footer id="SITE_FOOTER"><div class="wixui-'
            f'rich-text" data-testid="richTextElement"><p class="font_9"><span>&copy; 2025 by {_e(owner)}. Proudly created '
            'with <a href="https://www.wix.com">Wix.com</a></span></p></div></footer></div></div></div></div></body></html>\n')


DSPACE_TYPES = {"journal": "Article", "conference": "Conference paper", "preprint": "Preprint", "other": "Book chapter"}


def render_dspace7_results(entries, owner, rng) -> str:
    """A DSpace 7 repository's search page (Angular, saved from the browser): the search form,
    a facet sidebar (Author with counts, Date Issued ranges, Subject), "Now showing 1 - 20 of
    20", then a ``ds-item-search-result-list-element`` per item: a type badge, a thumbnail,
    ``a.item-list-title`` the linked title, a muted span "(<span.item-list-publisher>Venue,
    </span> <span.item-list-date>2021-05-01</span>)" and ``span.item-list-authors`` of
    inverted full names parted by "; " (each name its own span), then a three-line truncated
    abstract; Angular's ``_ngcontent`` attributes and comments throughout."""
    items = []
    for e in _newest_first(entries):
        d = _digest(e)
        uuid = f"{d[:8]}-{d[8:10]}{d[:2]}-4{d[2:5]}-a{d[5:8]}-{d}{d[:2]}"
        date = f"{e['year']}-{1 + MONTHS.index(_month(e)) * 2:02d}-{1 + int(d[:2], 16) % 28:02d}" if rng.random() < 0.7 \
            else str(e["year"])
        authors = "".join(f'<span _ngcontent-dspace-c311=""><span _ngcontent-dspace-c311="">{_e(_inverted_full(a))}</span>'
                          + ('<span _ngcontent-dspace-c311="">; </span>' if i < len(e["authors"]) - 1 else "")
                          + "</span>" for i, a in enumerate(e["authors"]))
        abstract = (f'<div _ngcontent-dspace-c311="" class="item-list-abstract"><ds-truncatable-part _ngcontent-dspace-'
                    f'c311=""><div class="content clamp-default-3 min-3"><span>{_e(_abstract(e, rng))}</span></div>'
                    '</ds-truncatable-part></div>' if rng.random() < 0.7 else "")
        items.append(f'<li _ngcontent-dspace-c204="" class="mt-4 mb-4 d-flex"><ds-listable-object-component-loader><!---->'
                     f'<ds-item-search-result-list-element><ds-type-badge><span class="badge badge-info">'
                     f'{DSPACE_TYPES[e["kind"]]}</span></ds-type-badge><div _ngcontent-dspace-c311="" class="row"><div '
                     f'class="col-3 col-md-2"><a href="/entities/publication/{uuid}" class="card-img-top full-width" '
                     f'tabindex="-1"><ds-thumbnail><div class="thumbnail"><img src="/assets/images/replacement_document.svg"'
                     f' alt="No Thumbnail [100%x80]"></div></ds-thumbnail></a></div><div class="col-9"><ds-truncatable>'
                     f'<div _ngcontent-dspace-c311=""><a _ngcontent-dspace-c311="" rel="noopener noreferrer" class="lead '
                     f'item-list-title dont-break-out" href="/entities/publication/{uuid}">{_e(e["title"])}</a><span '
                     f'_ngcontent-dspace-c311="" class="text-muted"><ds-truncatable-part _ngcontent-dspace-c311=""><div '
                     f'class="content clamp-default-1 min-1"><!---->(<span _ngcontent-dspace-c311="" class="item-list-'
                     f'publisher">{_venue(e)}, </span><span _ngcontent-dspace-c311="" class="item-list-date">{date}</span>)'
                     f'<!----><span _ngcontent-dspace-c311="" class="item-list-authors">{authors}</span></div>'
                     f'</ds-truncatable-part></span>{abstract}</div></ds-truncatable></div></div>'
                     f'</ds-item-search-result-list-element></ds-listable-object-component-loader></li>')
    # the facet sidebar: co-authors with counts, date ranges
    counts: dict[str, int] = {}
    for e in entries:
        for a in e["authors"]:
            counts[a] = counts.get(a, 0) + 1
    facet = "".join(f'<a class="d-flex list-group-item search-filter-value" href="/search?f.author={_e(_inverted_full(a))}'
                    f',equals"><span class="filter-value">{_e(_inverted_full(a))}</span><span class="float-right filter-'
                    f'value-count ml-auto"><span class="badge badge-secondary badge-pill">{n}</span></span></a>'
                    for a, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
    years = sorted({e["year"] for e in entries})
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><base href="/"><title>Search</title><meta name='
            '"Generator" content="DSpace 7.6"><link rel="stylesheet" href="styles.css"></head>\n<body><ds-app><ds-root>'
            '<div class="outer-wrapper"><ds-header-navbar-wrapper><header class="header"><a href="/home" class="navbar-'
            'brand"><img src="assets/images/dspace-logo.svg" alt="Repository logo"></a><nav role="navigation"><a href="'
            '/community-list">Communities &amp; Collections</a><a href="/browse/dateissued">By Issue Date</a><a href="'
            '/browse/author">Authors</a><a href="/browse/title">Titles</a><a href="/browse/subject">Subjects</a></nav>'
            '</header></ds-header-navbar-wrapper>\n<main class="main-content"><ds-search-page><div class="container">'
            '<ds-search-form><form class="row"><input type="text" class="form-control" value="' + _e(owner)
            + '" placeholder="Search the repository ..."><button type="submit" class="search-button btn btn-primary">'
            'Search</button></form></ds-search-form>\n<div class="row"><div class="col-md-3"><ds-search-sidebar><h3>Filters'
            '</h3><ds-search-filter><div class="facet-filter"><h4 class="filter-name">Author</h4><div class="filter-value-'
            'list">' + facet + '<a class="float-left" href="#">Show more</a></div></div><div class="facet-filter"><h4 '
            f'class="filter-name">Date Issued</h4><a class="list-group-item search-filter-value">{years[0]} - {years[-1]}'
            '</a></div><div class="facet-filter"><h4 class="filter-name">Has files</h4><a class="list-group-item">Yes</a>'
            '</div></ds-search-filter></ds-search-sidebar></div>\n<div class="col-md-9"><ds-search-results><div class="'
            'd-flex justify-content-between"><h2>Search Results</h2></div><ds-viewable-collection><ds-object-list><ds-'
            'pagination><div class="pagination-masked clearfix top"><div class="row"><div class="col-auto pagination-info">'
            f'<span>Now showing </span><span>1 - {len(items)} of {len(items)}</span></div></div></div><ul _ngcontent-'
            'dspace-c204="" class="list-unstyled">\n' + "\n".join(items) + '\n</ul></ds-pagination></ds-object-list>'
            '</ds-viewable-collection></ds-search-results></div></div></div></ds-search-page></main>\n<ds-footer><footer>'
            '<div class="footer-bottom"><a href="https://www.lyrasis.org/">DSpace software</a> copyright &copy; 2002-2025 '
            '<a href="https://www.lyrasis.org/">LYRASIS</a> | <a href="/info/privacy">Privacy policy</a> | <a href="/info/'
            'feedback">Send Feedback</a></div></footer></ds-footer></div></ds-root></ds-app></body></html>\n')


def render_acm_year_accordion(entries, owner, rng) -> str:
    """A Bootstrap 5 accordion, a collapsed item per year (the newest open) whose button reads
    "2021" and a count badge, each body a ``ul.list-unstyled`` of entries in the ACM Reference
    Format: "Ann Lee, <strong>Owner</strong>, and Cy Roe. 2021. Title. <em>Venue</em> 3, 2
    (May 2021), 1–9. https://doi.org/..." (journals), "Title. In <em>Venue</em>. 1–9." (papers
    in proceedings), "Title. <em>arXiv:2101.00001</em>." (others); the DOI printed as a link
    for some; a "Expand all" button and the page's own nav and footer."""
    by_year: dict[int, list[dict]] = {}
    for e in _newest_first(entries):
        by_year.setdefault(e["year"], []).append(e)
    items = []
    for k, year in enumerate(sorted(by_year, reverse=True)):
        lis = []
        for e in by_year[year]:
            d = _digest(e)
            vol, issue, first, last = made_up_numbers(e)
            title = _e(e["title"]) + ("" if e["title"][-1:] in "?!." else ".")
            if e["kind"] == "journal":
                rest = f"<em>{_venue(e)}</em> {vol}, {issue} ({_month(e)[:3]} {e['year']}), {first}&ndash;{last}."
            elif e["kind"] == "conference":
                rest = f"In <em>{_venue(e)}</em>. {first}&ndash;{last}."
            else:
                rest = f"<em>{_venue(e)}</em>."
            if rng.random() < 0.5:
                doi = f"10.1145/{3000000 + int(d[:5], 16) % 900000}.{3000000 + int(d[5:10], 16) % 900000}"
                rest += f' <a href="https://doi.org/{doi}">https://doi.org/{doi}</a>'
            lis.append(f'<li class="mb-3">{_names(e["authors"], owner)}. {e["year"]}. {title} {rest}</li>')
        show = " show" if k == 0 else ""
        items.append(f'<div class="accordion-item">\n<h2 class="accordion-header" id="heading{year}"><button class="'
                     f'accordion-button{"" if k == 0 else " collapsed"}" type="button" data-bs-toggle="collapse" data-bs-'
                     f'target="#collapse{year}" aria-expanded="{"true" if k == 0 else "false"}" aria-controls="collapse{year}'
                     f'">{year} <span class="badge bg-secondary ms-2">{len(by_year[year])}</span></button></h2>\n<div id="'
                     f'collapse{year}" class="accordion-collapse collapse{show}" aria-labelledby="heading{year}" data-bs-'
                     f'parent="#pubs"><div class="accordion-body">\n<ul class="list-unstyled">\n' + "\n".join(lis)
                     + "\n</ul>\n</div></div>\n</div>")
    body = ('<p class="lead">Papers in the ACM Reference Format, newest first. <button class="btn btn-link btn-sm" '
            'type="button" onclick="document.querySelectorAll(\'.accordion-collapse\').forEach(c=>c.classList.add(\'show\'))">'
            'Expand all</button></p>\n<div class="accordion" id="pubs">\n' + "\n".join(items) + "\n</div>")
    return _page(owner, body, rng)


# --------------------------------------------------------------------------- added 2026-12-07 (fifteenth round), held out
# Written and measured (wt-html15) before the fourteenth round's four were looked at.

def _word_wrap(html: str, width: int = 76) -> str:
    """Word's HTML writer breaks its source lines near ``width`` characters at a space, inside
    text and tags alike (a browser reads the break as a space)."""
    out, line = [], ""
    for word in html.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n".join(out)


WORD_SECTIONS = {"journal": "Peer-Reviewed Journal Articles", "conference": "Conference Proceedings",
                 "preprint": "Working Papers", "other": "Book Chapters and Other Publications"}


def render_word_filtered_apa(entries, owner, rng) -> str:
    """A CV's publication section written in Word and saved as "Web Page, Filtered": unquoted
    ``class=MsoNormal`` attributes, every paragraph a ``p.MsoNormal`` with a hanging indent set by
    ``margin-left`` / ``text-indent`` and a ``span`` of font styles, source lines broken near 76
    characters, the encoding declared windows-1252 and every non-ASCII letter a character
    reference; the section headings bold and underlined paragraphs; APA 7 entries "Lee, A. B.,
    <b>Owner, C.</b>, &amp; Roe, C. (2021). Title. <i>Venue</i>, <i>3</i>(2), 1&#8211;9.
    https://doi.org/..." (proceedings "In <i>Venue</i> (pp. 1&#8211;9)."), an empty
    ``&nbsp;`` paragraph between some entries; some sections numbered by Word's list
    paragraphs, the number in an ``mso-list:Ignore`` span (truth names "A. B. Lee")."""
    font = "font-size:11.0pt;font-family:\"Times New Roman\",serif"
    paras = []
    for kind, mine in _by_kind(entries):
        paras.append(f"<p class=MsoNormal style='margin-top:12.0pt'><b><u><span style='{font}'>"
                     f"{_entities(WORD_SECTIONS[kind])}</span></u></b></p>")
        numbered = rng.random() < 0.5
        for i, e in enumerate(mine):
            d = _digest(e)
            vol, issue, first, last = made_up_numbers(e)
            names = [_entities(apa_name(a)) for a in e["authors"]]
            names = [f"<b>{n}</b>" if a == owner else n for n, a in zip(names, e["authors"])]
            people = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", &amp; " + names[-1]
            title = _entities(e["title"]) + ("" if e["title"][-1:] in "?!." else ".")
            if kind == "journal":
                rest = f"<i>{_entities(printed_venue(e))}</i>, <i>{vol}</i>({issue}), {first}&#8211;{last}."
            elif kind == "conference":
                rest = f"In <i>{_entities(printed_venue(e))}</i> (pp. {first}&#8211;{last})."
            else:
                rest = f"<i>{_entities(printed_venue(e))}</i>."
            if rng.random() < 0.4:
                rest += f" https://doi.org/10.{1000 + int(d[:3], 16) % 9000}/{d[3:9]}"
            text = f"{people} ({e['year']}). {title} {rest}"
            if numbered:
                cls = ("MsoListParagraphCxSpFirst" if i == 0 else "MsoListParagraphCxSpLast" if i == len(mine) - 1
                       else "MsoListParagraphCxSpMiddle")
                paras.append(_word_wrap(
                    f"<p class={cls} style='margin-left:.5in;text-indent:-.25in;mso-list:l0 level1 lfo{len(paras)}'>"
                    f"<span style='{font}'><span style='mso-list:Ignore'>{i + 1}.<span style='font:7.0pt \"Times New "
                    f"Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><span style='{font}'>{text}</span></p>"))
            else:
                paras.append(_word_wrap(f"<p class=MsoNormal style='margin-left:.5in;text-indent:-.5in'><span "
                                        f"style='{font}'>{text}</span></p>"))
                if rng.random() < 0.5:
                    paras.append(f"<p class=MsoNormal><span style='{font}'>&nbsp;</span></p>")
    name = _entities(owner)
    return ("<html>\n\n<head>\n<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">\n<meta "
            "name=Generator content=\"Microsoft Word 15 (filtered)\">\n<style>\n<!--\n /* Font Definitions */\n "
            "@font-face\n\t{font-family:\"Cambria Math\";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n /* Style Definitions */\n "
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:\"Times New "
            "Roman\",serif;}\np.MsoListParagraphCxSpFirst\n\t{margin-top:0in;\n\tmargin-right:0in;\n\tmargin-bottom:0in;"
            "\n\tmargin-left:.5in;}\n.MsoChpDefault\n\t{font-size:10.0pt;}\n@page WordSection1\n\t{size:8.5in 11.0in;"
            "\n\tmargin:1.0in 1.0in 1.0in 1.0in;}\ndiv.WordSection1\n\t{page:WordSection1;}\n-->\n</style>\n\n</head>\n\n"
            "<body lang=EN-US link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>\n\n<div class=WordSection1>"
            f"\n\n<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt'>{name}"
            "</span></b></p>\n\n<p class=MsoNormal align=center style='text-align:center'><span style='font-size:11.0pt'>"
            "Department of Statistics, Example University</span></p>\n\n<p class=MsoNormal>&nbsp;</p>\n\n<p class="
            "MsoNormal><b><span style='font-size:12.0pt'>PUBLICATIONS</span></b></p>\n\n" + "\n\n".join(paras)
            + "\n\n<p class=MsoNormal>&nbsp;</p>\n\n</div>\n\n</body>\n\n</html>\n")


def render_latexml_biblist(entries, owner, rng) -> str:
    """A LaTeX CV converted to HTML by LaTeXML (as arXiv's HTML view and ar5iv print papers):
    ``div.ltx_page_main``, numbered ``section.ltx_section`` headings ("2 Publications"), then a
    ``section.ltx_bibliography`` per kind of ``ul.ltx_biblist``; each ``li.ltx_bibitem`` a
    ``span.ltx_tag`` "[12]" and ``span.ltx_bibblock`` parts as plainnat's ``\\newblock`` splits
    them: "Ann Lee, <owner bold>, and Cy Roe." / "Title." / "Venue, 3(2):1–9, 2021." with the
    emphasis set by LaTeXML's class names only (``span.ltx_text.ltx_font_italic``, never ``<i>``),
    a DOI as an ``a.ltx_ref.ltx_href`` in some; "Generated by LaTeXML" in the footer."""
    sections_html = []
    n = 0
    for k, (kind, mine) in enumerate(_by_kind(entries)):
        items = []
        for e in mine:
            n += 1
            d = _digest(e)
            vol, issue, first, last = made_up_numbers(e)
            names = [f'<span class="ltx_text ltx_font_bold">{_e(a)}</span>' if a == owner else _e(a) for a in e["authors"]]
            people = names[0] if len(names) == 1 else (names[0] + " and " + names[1] if len(names) == 2
                                                        else ", ".join(names[:-1]) + ", and " + names[-1])
            title = _e(e["title"]) + ("" if e["title"][-1:] in "?!." else ".")
            venue = f'<span class="ltx_text ltx_font_italic">{_venue(e)}</span>'
            if kind == "journal":
                where = f"{venue}, {vol}({issue}):{first}&ndash;{last}, {e['year']}."
            elif kind == "conference":
                where = f"In {venue}, pages {first}&ndash;{last}, {e['year']}."
            else:
                where = f"{venue}, {e['year']}."
            if rng.random() < 0.3:
                doi = f"10.{1000 + int(d[:3], 16) % 9000}/{d[3:9]}"
                where += (f'\n</span>\n<span class="ltx_bibblock">doi: <a href="https://dx.doi.org/{doi}" title="" '
                          f'class="ltx_ref ltx_href">{doi}</a>.')
            items.append(f'<li id="bib.bib{n}" class="ltx_bibitem"><span class="ltx_tag ltx_role_refnum ltx_tag_bibitem">'
                         f'[{n}]</span>\n<span class="ltx_bibblock">{people}.\n</span>\n<span class="ltx_bibblock">'
                         f'{title}\n</span>\n<span class="ltx_bibblock">{where}\n</span>\n</li>')
        sid = f"S{k + 2}"
        sections_html.append(
            f'<section id="{sid}" class="ltx_section">\n<h2 class="ltx_title ltx_title_section"><span class="ltx_tag '
            f'ltx_tag_section">{k + 2} </span>{_e(SECTION_NAMES[kind])}</h2>\n<section id="bib{k}" class="ltx_bibliography">'
            f'\n<ul class="ltx_biblist">\n' + "\n".join(items) + "\n</ul>\n</section>\n</section>")
    return ('<!DOCTYPE html><html lang="en">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
            f'<title>Curriculum Vitae: {_e(owner)}</title>\n<meta name="generator" content="LaTeXML 0.8.8">\n<link rel='
            '"stylesheet" href="LaTeXML.css" type="text/css">\n<link rel="stylesheet" href="ltx-article.css" type="text/css">'
            '\n</head>\n<body>\n<div class="ltx_page_main">\n<div class="ltx_page_content">\n<article class="ltx_document '
            f'ltx_authors_1line">\n<h1 class="ltx_title ltx_title_document">Curriculum Vitae: {_e(owner)}</h1>\n<div class='
            f'"ltx_authors">\n<span class="ltx_creator ltx_role_author">\n<span class="ltx_personname">{_e(owner)}</span>'
            '\n</span></div>\n<section id="S1" class="ltx_section">\n<h2 class="ltx_title ltx_title_section"><span class="'
            'ltx_tag ltx_tag_section">1 </span>Employment</h2>\n<div class="ltx_para"><p class="ltx_p">2019&ndash;present: '
            'Associate Professor, Department of Physics, Example University.</p></div>\n</section>\n'
            + "\n".join(sections_html)
            + '\n</article>\n</div>\n<footer class="ltx_page_footer">\n<div class="ltx_page_logo">Generated  on Sat Mar  8 '
            '12:01:44 2025 by <a href="http://dlmf.nist.gov/LaTeXML/" class="ltx_LaTeXML_logo"><span style="letter-spacing:'
            '-0.2em; margin-right:0.1em;">L<span class="ltx_font_smallcaps" style="position:relative; bottom:2.2pt;">a'
            '</span>T<span class="ltx_font_smallcaps" style="font-size:120%;position:relative; bottom:-0.2ex;">e</span>'
            '</span><span style="font-size:90%; position:relative; bottom:-0.2ex;">XML</span></a>\n</div></footer>\n'
            '</div>\n</body>\n</html>\n')


def render_wp_block_groups(entries, owner, rng) -> str:
    """A WordPress block-theme page (Twenty Twenty-Three) written in the block editor: the
    theme's header with a ``wp-block-navigation``, an ``h2.wp-block-heading`` per year, and per
    paper a ``div.wp-block-group`` holding an ``h3.wp-block-heading`` title (linked for some),
    a ``p.has-small-font-size`` of names (the owner in ``<strong>``, "and" before the last for
    some, commas only for others), "<em>Venue</em>, 2021" (or "<em>Venue</em> (2021)"), a
    ``div.wp-block-buttons`` row of outline buttons "PDF" / "Code" / "Slides" and, for some, a
    data note "Data: <a>doi:10.5281/zenodo....</a>"; a ``hr.wp-block-separator`` between papers;
    "Proudly powered by WordPress" at the foot."""
    by_year: dict[int, list[dict]] = {}
    for e in _newest_first(entries):
        by_year.setdefault(e["year"], []).append(e)
    blocks = []
    for year in sorted(by_year, reverse=True):
        blocks.append(f'<h2 class="wp-block-heading">{year}</h2>')
        for e in by_year[year]:
            d = _digest(e)
            title = _e(e["title"])
            if rng.random() < 0.5:
                title = f'<a href="https://example.org/wp-content/uploads/2024/05/{d}.pdf">{title}</a>'
            names = _names(e["authors"], owner, last=", and " if rng.random() < 0.5 else ", ",
                           two=" and " if rng.random() < 0.5 else ", ")
            where = f"<em>{_venue(e)}</em>, {e['year']}" if rng.random() < 0.6 else f"<em>{_venue(e)}</em> ({e['year']})"
            buttons = [("PDF", f"https://example.org/wp-content/uploads/2024/05/{d}.pdf")]
            if rng.random() < 0.5:
                buttons.append(("Code", f"https://github.com/example-lab/{d}"))
            if rng.random() < 0.3:
                buttons.append(("Slides", f"https://example.org/slides/{d}.pdf"))
            row = "\n".join(f'<div class="wp-block-button is-style-outline is-style-outline--{i + 1}"><a class="wp-block-'
                            f'button__link wp-element-button" href="{u}">{t}</a></div>' for i, (t, u) in enumerate(buttons))
            note = (f'\n<p class="has-small-font-size">Data: <a href="https://doi.org/10.5281/zenodo.{int(d[:6], 16)}">'
                    f'doi:10.5281/zenodo.{int(d[:6], 16)}</a></p>' if rng.random() < 0.3 else "")
            blocks.append(
                '<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">\n'
                f'<h3 class="wp-block-heading has-medium-font-size">{title}</h3>\n'
                f'<p class="has-small-font-size">{names}</p>\n<p class="has-small-font-size">{where}</p>\n'
                '<div class="wp-block-buttons is-layout-flex wp-block-buttons-is-layout-flex">\n' + row + "\n</div>"
                + note + "\n</div>\n\n<hr class=\"wp-block-separator has-alpha-channel-opacity\"/>")
    return ('<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<meta charset="UTF-8" />\n<meta name="viewport" content="width='
            f'device-width, initial-scale=1" />\n<title>Publications &#8211; {_e(owner)}</title>\n<meta name="generator" '
            'content="WordPress 6.4.3" />\n<style id="wp-block-button-inline-css">.wp-block-button__link{box-sizing:'
            'border-box;cursor:pointer;display:inline-block;text-align:center}</style>\n</head>\n<body class="page-template-'
            'default page page-id-12 wp-embed-responsive">\n<div class="wp-site-blocks"><header class="wp-block-template-'
            'part">\n<div class="wp-block-group is-layout-flex"><p class="wp-block-site-title"><a href="https://example.org"'
            f' target="_self" rel="home">{_e(owner)}</a></p>\n<nav class="is-responsive items-justified-right wp-block-'
            'navigation is-layout-flex" aria-label="Main"><ul class="wp-block-page-list"><li class="wp-block-pages-list__'
            'item"><a class="wp-block-pages-list__item__link" href="https://example.org/about/">About</a></li><li class="wp-'
            'block-pages-list__item current-menu-item"><a class="wp-block-pages-list__item__link" href="https://example.org'
            '/publications/" aria-current="page">Publications</a></li><li class="wp-block-pages-list__item"><a class="wp-'
            'block-pages-list__item__link" href="https://example.org/teaching/">Teaching</a></li></ul></nav></div>\n</header>'
            '\n\n<main class="wp-block-group is-layout-constrained">\n<div class="wp-block-group has-global-padding is-layout-'
            'constrained">\n<h1 class="wp-block-post-title">Publications</h1>\n</div>\n<div class="entry-content wp-block-'
            'post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">\n'
            '<p>Preprints and papers, newest first. Code and data are linked where they are public.</p>\n'
            + "\n\n".join(blocks)
            + '\n</div>\n</main>\n\n<footer class="wp-block-template-part"><div class="wp-block-group has-global-padding is-'
            'layout-constrained"><p class="has-text-align-center">Proudly powered by <a href="https://wordpress.org" rel='
            '"nofollow">WordPress</a></p></div></footer></div>\n</body>\n</html>\n')


TYPO3_SECTIONS = {"journal": "Aufs&auml;tze in Zeitschriften", "conference": "Beitr&auml;ge in Tagungsb&auml;nden",
                  "preprint": "Preprints", "other": "Beitr&auml;ge in Sammelwerken"}
DIN_SHOWN = 3  # a DIN 1505 / Citavi list of more than DIN_MAX names prints the first three and "u. a."
DIN_MAX = 4


def _din_shown(authors: list[str]) -> list[str]:
    return authors[:DIN_SHOWN] if len(authors) > DIN_MAX else list(authors)


def render_typo3_din_list(entries, owner, rng) -> str:
    """A German university's staff page (TYPO3): breadcrumb, a contact box (Telefon, E-Mail,
    Raum), "Publikationen" with a year filter, German section headings ("Aufs&auml;tze in
    Zeitschriften", ...) each over a ``ul.publist`` of entries in a DIN 1505 style as a research
    information system exports it: "Lee, Ann; Chen, Bo; Roe, Cy (2021): Title. In: Venue 3 (2),
    S. 1&ndash;9. DOI: 10..." ("In: Venue, S. 1&ndash;9." proceedings), more than four names as
    the first three and "u. a." (truth the names printed, given first), then the links "BibTeX |
    Details" and, for some, "[PDF]"."""
    sections_html = []
    for kind, mine in _by_kind(entries):
        items = []
        for e in mine:
            d = _digest(e)
            vol, issue, first, last = made_up_numbers(e)
            shown = _din_shown(e["authors"])
            people = "; ".join(_e(_inverted_full(a)) for a in shown) + (" u.&nbsp;a." if len(shown) < len(e["authors"])
                                                                       else "")
            title = _e(e["title"]) + ("" if e["title"][-1:] in "?!." else ".")
            if kind == "journal":
                rest = f"In: {_venue(e)} {vol} ({issue}), S. {first}&ndash;{last}."
            elif kind == "conference":
                rest = f"In: {_venue(e)}, S. {first}&ndash;{last}."
            elif kind == "preprint":
                rest = f"{_venue(e)}."
            else:
                rest = f"In: {_venue(e)}."
            if rng.random() < 0.5:
                rest += f" DOI: {f'10.{1000 + int(d[:3], 16) % 9000}/{d[3:9]}'}"
            links = [f'<a href="/forschung/publikationen/bibtex/{d}.bib" class="publist-link">BibTeX</a>',
                     f'<a href="/forschung/publikationen/detail/{d}/" class="publist-link">Details</a>']
            if rng.random() < 0.4:
                links.insert(0, f'<a href="/fileadmin/publikationen/{d}.pdf" class="download">[PDF]</a>')
            items.append(f'<li class="publist-item">{people} ({e["year"]}): {title} {rest}<br>\n'
                         f'<span class="publist-links">{" | ".join(links)}</span></li>')
        sections_html.append(f'<h3 class="publist-type">{TYPO3_SECTIONS[kind]}</h3>\n<ul class="publist">\n'
                             + "\n".join(items) + "\n</ul>")
    years = sorted({e["year"] for e in entries}, reverse=True)
    filt = " ".join(f'<a href="?tx_publist_pi1[year]={y}" class="year-filter">{y}</a>' for y in years)
    name = _e(owner)
    return ('<!DOCTYPE html>\n<html lang="de-DE">\n<head>\n<meta charset="utf-8">\n<!--\n\tThis website is powered by '
            'TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework initially '
            'created by Kasper Skaarhoj and licensed under GNU/GPL.\n-->\n'
            f'<title>{name}: Publikationen - Institut f&uuml;r Statistik</title>\n<meta name="generator" content="TYPO3 CMS">'
            '\n</head>\n<body id="p1234" class="page-1234 pagelevel-4 language-0 backendlayout-default">\n<header class="'
            'page-header"><a class="logo" href="/"><img src="/typo3conf/ext/uni_template/Resources/Public/Images/logo.svg" '
            'alt="Universit&auml;t Beispielstadt"></a><nav class="mainnav"><ul><li><a href="/studium/">Studium</a></li><li>'
            '<a href="/forschung/">Forschung</a></li><li><a href="/fakultaet/">Fakult&auml;t</a></li></ul></nav></header>\n'
            '<nav class="breadcrumb"><ol><li><a href="/">Startseite</a></li><li><a href="/institut/">Institut</a></li><li>'
            f'<a href="/institut/team/">Team</a></li><li>{name}</li></ol></nav>\n<main class="main-content">\n'
            f'<div id="c10231" class="frame frame-default frame-type-textmedia frame-layout-0"><h1>{name}</h1>\n'
            '<div class="contact-box"><p>Wissenschaftliche Mitarbeiterin</p><p>Telefon: +49 123 456-7890<br>E-Mail: <a '
            'href="#" data-mailto-token="nbjmup+fybnqmf">example(at)uni-beispiel.de</a><br>Raum: B 2.14</p><p>Sprechstunde: '
            'nach Vereinbarung</p></div></div>\n<div id="c10232" class="frame frame-default frame-type-list frame-layout-0">'
            f'<h2>Publikationen</h2>\n<div class="tx-publist"><p class="year-filters">Jahr: {filt} <a href="?" class="year-'
            'filter active">alle</a></p>\n' + "\n".join(sections_html)
            + '\n</div></div>\n</main>\n<footer class="page-footer"><ul><li><a href="/impressum/">Impressum</a></li><li><a '
            'href="/datenschutz/">Datenschutz</a></li><li><a href="/barrierefreiheit/">Barrierefreiheit</a></li></ul>'
            '<p>&copy; Universit&auml;t Beispielstadt</p></footer>\n</body>\n</html>\n')


ZOTERO_TYPES = {"journal": ("journalArticle", "Journal Article", "Publication"),
                "conference": ("conferencePaper", "Conference Paper", "Proceedings Title"),
                "preprint": ("preprint", "Preprint", "Repository"),
                "other": ("bookSection", "Book Section", "Book Title")}


def _zotero_date(e: dict, rng: random.Random) -> str:
    """A Zotero date field as people enter or translators fill it: "2021", "May 2021", "2021-05-03"."""
    return rng.choice([str(e["year"]), f"{_month(e)} {e['year']}", f"{e['year']}-0{1 + int(_digest(e)[:1], 16) % 9}-1{int(_digest(e)[1:2], 16) % 10}"])


def render_zotero_report(entries, owner, rng) -> str:
    """Zotero's "Generate Report from Items..." saved as HTML: ``ul.report.combineChildItems``, an
    ``li.item.<itemType>`` per item holding the title as an ``<h2>`` and a ``<table>`` of field
    rows (``<th>`` label, ``<td>`` value): "Item Type", one ``th.author`` "Author" row per creator
    ("Lee, Ann B.", truth given names first; an "Editor" row on book sections), "Abstract",
    the container under a label that depends on the type ("Publication", "Proceedings Title",
    "Repository", "Book Title"), Volume / Issue / Pages, "Date" as entered ("2021", "May 2021",
    "2021-05-13"), DOI, URL, "Accessed", "Library Catalog", "Date Added" and "Modified" (dates of
    2025), then "Tags:", "Notes:" and "Attachments" lists; no section headings."""
    items = []
    for e in _newest_first(entries):
        d = _digest(e)
        vol, issue, first, last = made_up_numbers(e)
        css, label, where = ZOTERO_TYPES[e["kind"]]
        rows = [("Item Type", label, "")]
        rows += [("Author", _e(_inverted_full(a)), ' class="author"') for a in e["authors"]]
        if e["kind"] == "other" and rng.random() < 0.6:
            rows.append(("Editor", "Park, Jin", ' class="editor"'))
        if rng.random() < 0.6:
            rows.append(("Abstract", _e(_abstract(e, rng)), ""))
        venue = "arXiv" if e["kind"] == "preprint" and e.get("arxiv_id") else _e(e["venue"])
        rows.append((where, venue, ""))
        if e["kind"] == "journal":
            rows += [("Volume", str(vol), ""), ("Issue", str(issue), ""), ("Pages", f"{first}-{last}", "")]
            if rng.random() < 0.4:
                rows.append(("Journal Abbr", _e(" ".join(w[:4] + "." if len(w) > 5 else w for w in e["venue"].split())), ""))
        elif e["kind"] in ("conference", "other"):
            rows.append(("Pages", f"{first}-{last}", ""))
        if e["kind"] == "preprint" and e.get("arxiv_id"):
            rows.append(("Archive ID", f"arXiv:{e['arxiv_id']}", ""))
        rows.append(("Date", _zotero_date(e, rng), ""))
        if rng.random() < 0.5:
            doi = f"10.{1000 + int(d[:3], 16) % 9000}/{d[3:9]}"
            rows.append(("DOI", doi, ""))
        url = f"https://arxiv.org/abs/{e['arxiv_id']}" if e.get("arxiv_id") else f"https://example.org/paper/{d}"
        rows.append(("URL", f'<a href="{url}">{url}</a>', ""))
        rows.append(("Accessed", f"3/{1 + int(d[:1], 16)}/2025, 10:{10 + int(d[1:2], 16)}:22 AM", ""))
        rows.append(("Library Catalog", rng.choice(["arXiv.org", "Semantic Scholar", "DOI.org (Crossref)"]), ""))
        if e["kind"] == "preprint" and e.get("arxiv_id") and rng.random() < 0.5:
            rows.append(("Extra", f"arXiv:{e['arxiv_id']} [stat.ME]", ""))
        rows.append(("Date Added", f"3/{1 + int(d[:1], 16)}/2025, 10:{10 + int(d[1:2], 16)}:25 AM", ""))
        rows.append(("Modified", f"3/{1 + int(d[:1], 16)}/2025, 10:{10 + int(d[1:2], 16)}:25 AM", ""))
        table = "\n".join(f"\t\t\t\t<tr>\n\t\t\t\t\t<th{cls}>{k}</th>\n\t\t\t\t\t<td>{v}</td>\n\t\t\t\t</tr>"
                          for k, v, cls in rows)
        tail = ""
        if rng.random() < 0.5:
            tail += ('\n\t\t\t<h3 class="tags">Tags:</h3>\n\t\t\t<ul class="tags">\n\t\t\t\t<li>Statistics - Methodology</li>'
                     '\n\t\t\t\t<li>Computer Science - Machine Learning</li>\n\t\t\t</ul>')
        if rng.random() < 0.3:
            tail += (f'\n\t\t\t<h3 class="notes">Notes:</h3>\n\t\t\t<ul class="notes">\n\t\t\t\t<li id="item_N{d[:6].upper()}">'
                     f'\n\t\t\t\t\t<p>Comment: {4 + int(d[:1], 16)} pages, {1 + int(d[1:2], 16) % 6} figures</p>\n\t\t\t\t</li>'
                     '\n\t\t\t</ul>')
        tail += (f'\n\t\t\t<h3 class="attachments">Attachments</h3>\n\t\t\t<ul class="attachments">\n\t\t\t\t<li id="item_A'
                 f'{d[2:8].upper()}"><img src="chrome://zotero/skin/treeitem-attachment-pdf.png" class="icon"/>'
                 f'{rng.choice(["Full Text PDF", "arXiv Fulltext PDF", "Snapshot"])}</li>\n\t\t\t</ul>')
        items.append(f'\t\t<li id="item_{d[:8].upper()}" class="item {css}">\n\t\t\t<h2>{_e(e["title"])}</h2>\n'
                     f'\t\t\t<table>\n{table}\n\t\t\t</table>{tail}\n\t\t</li>')
    return ('<!DOCTYPE html>\n<html>\n\t<head>\n\t\t<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>\n'
            '\t\t<title>Zotero Report</title>\n\t\t<link rel="stylesheet" type="text/css" href="chrome://zotero-platform/'
            'content/report.css"/>\n\t\t<link rel="stylesheet" type="text/css" href="chrome://zotero/skin/report/detail.css"'
            '/>\n\t</head>\n\t<body>\n\t\t<ul class="report combineChildItems">\n' + "\n".join(items)
            + "\n\t\t</ul>\n\t</body>\n</html>\n")


GDOCS_SECTIONS = {"journal": "Refereed Journal Articles", "conference": "Conference Proceedings",
                  "preprint": "Manuscripts Under Review", "other": "Book Chapters"}


def _gdocs_url(url: str, d: str) -> str:
    """A link as Google Docs exports it: through its redirect, the target URL-encoded in ``q``."""
    from urllib.parse import quote

    return (f"https://www.google.com/url?q={quote(url, safe='')}&amp;sa=D&amp;source=editors&amp;ust=17411"
            f"{int(d[:6], 16) % 10 ** 8:08d}&amp;usg=AOvVaw{d[:4]}{d[6:10]}Xy")


def render_gdocs_export(entries, owner, rng) -> str:
    """A CV written in Google Docs and downloaded as "Web page (.html, zipped)": every style in a
    ``<style>`` of generated classes (``.c3{font-weight:700}``, ``.c9{font-style:italic}``, the
    class numbers shuffled per document), no ``<b>`` / ``<i>`` at all; each paragraph a ``p.cN``
    of ``span.cN`` runs split where the style changes (the owner's name bold by class); section
    headings as ``h2.cN`` with Docs' ``h.xxxx`` ids or as bold-class paragraphs; entries in
    Chicago's bibliography style "Lee, Ann, Bo Chen, and Cy Roe. &ldquo;Title.&rdquo;
    <i>Venue</i> 3, no. 2 (2021): 1&ndash;9." (the year inside the venue's parentheses;
    proceedings "In <i>Venue</i>, 1&ndash;9. 2021."; others "<i>Venue</i>, 2021."), curly quotes
    as character references, some sections a Docs numbered list (``ol.lst-kix_...``), others
    paragraphs with an empty paragraph between some, a DOI through Google's redirect link for
    some (truth names given first)."""
    nums = list(range(20))
    rng.shuffle(nums)
    c = {k: f"c{n}" for k, n in zip(("plain", "bold", "italic", "link", "para", "gap", "head", "headspan", "title",
                                      "list", "li", "body", "linkspan"), nums)}
    style = (f".{c['plain']}{{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;"
             f"font-family:\"Arial\";font-style:normal}}.{c['bold']}{{color:#000000;font-weight:700;text-decoration:none;"
             f"vertical-align:baseline;font-size:11pt;font-family:\"Arial\";font-style:normal}}.{c['italic']}{{font-size:"
             f"11pt;font-style:italic}}.{c['linkspan']}{{color:#1155cc;text-decoration:underline}}.{c['link']}{{color:"
             f"inherit;text-decoration:inherit}}.{c['para']}{{padding-top:0pt;padding-bottom:6pt;line-height:1.15;"
             f"orphans:2;widows:2;text-align:left;margin-left:36pt;text-indent:-36pt}}.{c['gap']}{{height:11pt}}."
             f"{c['head']}{{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;text-align:left}}"
             f".{c['headspan']}{{color:#000000;font-weight:700;font-size:13pt;font-family:\"Arial\"}}.{c['title']}{{"
             f"padding-top:0pt;padding-bottom:3pt;line-height:1.15;text-align:center}}.{c['list']}{{padding:0;margin:0}}"
             f".{c['li']}{{margin-left:36pt;padding-top:0pt;padding-left:0pt;padding-bottom:6pt;line-height:1.15;"
             f"text-align:left}}.{c['body']}{{background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt}}")
    plain, bold, italic = c["plain"], c["bold"], c["italic"]

    def run(cls: str, text: str) -> str:
        return f'<span class="{cls}">{text}</span>'

    def people(authors: list[str]) -> str:
        shown = [_entities(_inverted_full(a) if i == 0 else a) for i, a in enumerate(authors)]
        seps = [", "] * (len(shown) - 2) + [", and "] if len(shown) > 1 else []
        out, buf = [], ""
        for i, (a, name) in enumerate(zip(authors, shown)):
            if a == owner:
                if buf:
                    out.append(run(plain, buf))
                out.append(run(bold, name))
                buf = ""
            else:
                buf += name
            buf += seps[i] if i < len(seps) else " " if name.endswith(".") else ". "
        return "".join(out) + run(plain, buf + "&ldquo;")

    blocks, lists = [], 0
    for kind, mine in _by_kind(entries):
        if rng.random() < 0.5:
            blocks.append(f'<h2 class="{c["head"]}" id="h.{_digest(mine[0])[:8]}">{run(c["headspan"], GDOCS_SECTIONS[kind])}'
                          "</h2>")
        else:
            blocks.append(f'<p class="{c["head"]}">{run(bold, GDOCS_SECTIONS[kind].upper())}</p>')
        as_list = rng.random() < 0.5
        paras = []
        for e in mine:
            d = _digest(e)
            vol, issue, first, last = made_up_numbers(e)
            title = _entities(e["title"]) + ("" if e["title"][-1:] in "?!." else ".")
            text = people(e["authors"]) + run(plain, f"{title}&rdquo; ")
            venue = run(italic, _entities(printed_venue(e)))
            if kind == "journal":
                text += venue + run(plain, f"&nbsp;{vol}, no. {issue} ({e['year']}): {first}&ndash;{last}.")
            elif kind == "conference":
                text += run(plain, "In ") + venue + run(plain, f", {first}&ndash;{last}. {e['year']}.")
            else:
                text += venue + run(plain, f", {e['year']}.")
            if rng.random() < 0.35:
                url = f"https://doi.org/10.{1000 + int(d[:3], 16) % 9000}/{d[3:9]}"
                text += run(plain, " ") + (f'<span class="{c["linkspan"]}"><a class="{c["link"]}" href="{_gdocs_url(url, d)}">'
                                          f"{url}</a></span>")
            if as_list:
                paras.append(f'<li class="{c["li"]} li-bullet-0">{text}</li>')
            else:
                paras.append(f'<p class="{c["para"]}">{text}</p>')
                if rng.random() < 0.4:
                    paras.append(f'<p class="{c["para"]} {c["gap"]}"><span class="{plain}"></span></p>')
        if as_list:
            lists += 1
            blocks.append(f'<ol class="{c["list"]} lst-kix_{_digest(mine[0])[:12]}-0 start" start="1">' + "".join(paras)
                          + "</ol>")
        else:
            blocks.extend(paras)
    name = _entities(owner)
    return ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
            f'ol{{margin:0;padding:0}}table td,table th{{padding:0}}{style}</style></head><body class="{c["body"]} doc-content">'
            f'<p class="{c["title"]}"><span class="{c["headspan"]}">{name}</span></p><p class="{c["title"]}"><span class="'
            f'{plain}">Department of Sociology, Example University &middot; example@example.edu</span></p><p class="'
            f'{c["title"]} {c["gap"]}"><span class="{plain}"></span></p><h1 class="{c["head"]}" id="h.gjdgxs">'
            f'<span class="{c["headspan"]}">Publications</span></h1>' + "".join(blocks) + "</body></html>")


def _cs1_name(name: str, inverted: bool) -> str:
    return _inverted_full(name) if inverted else name


def render_mediawiki_cs1(entries, owner, rng) -> str:
    """A lab wiki's publications page (MediaWiki, Vector skin) written with citation templates:
    ``div.mw-parser-output``, a table of contents, an ``<h2>`` per year with
    ``span.mw-headline`` and an "[edit]" section link, a ``<ul>`` of ``<li>`` each holding the
    template's CS1 output ``cite.citation.journal.cs1`` (``conference``, ``arxiv``, ``book``):
    "Lee, Ann; Chen, Bo; Roe, Cy (2021). "Title". <i>Venue</i>. <b>3</b> (2): 1–9.
    doi:10...." with straight quotes round the (linked, for some) title, the names inverted or
    as written ("Ann Lee; Bo Chen", per entry), the owner an author-link to a wiki page, a date
    "(2021)" or "(May 2021)", "pp. 1–9" for proceedings, "arXiv:2101.00001" for arXiv preprints,
    an empty COinS ``span.Z3988`` after each; the Vector sidebar, "Retrieved from" and "This page
    was last edited on ..." around (truth names given first)."""
    by_year: dict[int, list[dict]] = {}
    for e in _newest_first(entries):
        by_year.setdefault(e["year"], []).append(e)
    toc, body = [], []
    for k, year in enumerate(sorted(by_year, reverse=True)):
        toc.append(f'<li class="toclevel-1 tocsection-{k + 1}"><a href="#{year}"><span class="tocnumber">{k + 1}</span> '
                   f'<span class="toctext">{year}</span></a></li>')
        items = []
        for e in by_year[year]:
            d = _digest(e)
            vol, issue, first, last = made_up_numbers(e)
            inverted = rng.random() < 0.7
            names = []
            for a in e["authors"]:
                text = _e(_cs1_name(a, inverted))
                if a == owner:
                    page = a.replace(" ", "_")
                    text = f'<a href="/wiki/{_e(page)}" title="{_e(a)}">{text}</a>'
                names.append(text)
            date = str(e["year"]) if rng.random() < 0.6 else f"{_month(e)} {e['year']}"
            title = _e(e["title"])
            if rng.random() < 0.6:
                title = f'<a rel="nofollow" class="external text" href="https://example.org/pubs/{d}.pdf">&quot;{title}&quot;</a>'
            else:
                title = f"&quot;{title}&quot;"
            kind = e["kind"]
            cls = {"journal": "journal", "conference": "conference", "preprint": "arxiv" if e.get("arxiv_id") else "web",
                   "other": "book"}[kind]
            if kind == "journal":
                rest = f" <i>{_venue(e)}</i>. <b>{vol}</b> ({issue}): {first}&ndash;{last}."
            elif kind == "conference":
                rest = f" <i>{_venue(e)}</i>. pp.&#160;{first}&ndash;{last}."
            elif kind == "preprint" and e.get("arxiv_id"):
                rest = (f' <a href="/wiki/ArXiv_(identifier)" class="mw-redirect" title="ArXiv (identifier)">arXiv</a>:'
                        f'<a rel="nofollow" class="external text" href="https://arxiv.org/abs/{e["arxiv_id"]}">'
                        f'{e["arxiv_id"]}</a>.')
            else:
                rest = f" <i>{_venue(e)}</i>."
            if kind != "preprint" and rng.random() < 0.5:
                doi = f"10.{1000 + int(d[:3], 16) % 9000}/{d[3:9]}"
                rest += (f' <a href="/wiki/Doi_(identifier)" class="mw-redirect" title="Doi (identifier)">doi</a>:<a '
                         f'rel="nofollow" class="external text" href="https://doi.org/{doi}">{doi}</a>.')
            ref = "CITEREF" + "".join(_inverted_full(a).split(",")[0].replace(" ", "") for a in e["authors"][:4]) + str(e["year"])
            coins = (f"ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&amp;rft.genre=article&amp;"
                     f"rft.atitle={_e(e['title']).replace(' ', '+')}&amp;rft.date={e['year']}&amp;rft.aulast="
                     f"{_e(split_name(e['authors'][0])[1]).replace(' ', '+')}")
            items.append(f'<li><cite id="{_e(ref)}" class="citation {cls} cs1">{"; ".join(names)} ({date}). {title}.'
                         f'{rest}</cite><span title="{coins}" class="Z3988"></span></li>')
        body.append(f'<h2><span class="mw-headline" id="{year}">{year}</span><span class="mw-editsection"><span class="'
                    f'mw-editsection-bracket">[</span><a href="/index.php?title=Publications&amp;action=edit&amp;section='
                    f'{k + 1}" title="Edit section: {year}">edit</a><span class="mw-editsection-bracket">]</span></span>'
                    "</h2>\n<ul>" + "\n".join(items) + "</ul>")
    return ('<!DOCTYPE html>\n<html class="client-nojs" lang="en" dir="ltr">\n<head>\n<meta charset="UTF-8"/>\n<title>'
            'Publications - Example Lab Wiki</title>\n<meta name="generator" content="MediaWiki 1.39.6"/>\n</head>\n<body '
            'class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Publications rootpage-Publications '
            'skin-vector action-view skin-vector-legacy">\n<div id="content" class="mw-body" role="main">\n<a id="top"></a>'
            '\n<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">Publications'
            '</span></h1>\n<div id="bodyContent" class="vector-body">\n<div id="siteSub" class="noprint">From Example Lab '
            'Wiki</div>\n<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr"><div class="'
            f'mw-parser-output"><p>Publications of the group led by <a href="/wiki/{_e(owner.replace(" ", "_"))}" title="'
            f'{_e(owner)}">{_e(owner)}</a>. Please add new papers using the citation templates.\n</p>\n<div id="toc" class='
            '"toc" role="navigation" aria-labelledby="mw-toc-heading"><input type="checkbox" role="button" id="toctogglecheck'
            'box" class="toctogglecheckbox" style="display:none" /><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-'
            'heading">Contents</h2></div>\n<ul>\n' + "\n".join(toc) + "\n</ul>\n</div>\n" + "\n".join(body)
            + '\n<!-- \nNewPP limit report\nParsed by mw1\nCached time: 20250303140212\nCPU time usage: 0.212 seconds\n-->'
            '\n</div></div>\n<div class="printfooter" data-nosnippet="">Retrieved from "<a dir="ltr" href="https://wiki.'
            'example.org/index.php?title=Publications&amp;oldid=1842">https://wiki.example.org/index.php?title=Publications'
            '&amp;oldid=1842</a>"</div>\n<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks"'
            ' class="mw-normal-catlinks"><a href="/wiki/Special:Categories" title="Special:Categories">Category</a>: <ul><li>'
            '<a href="/wiki/Category:Group" title="Category:Group">Group</a></li></ul></div></div>\n</div>\n</div>\n<div id="'
            'mw-navigation"><h2>Navigation menu</h2><div id="mw-panel"><div class="vector-menu-content"><ul class="vector-'
            'menu-content-list"><li id="n-mainpage-description"><a href="/wiki/Main_Page">Main page</a></li><li id="n-'
            'recentchanges"><a href="/wiki/Special:RecentChanges">Recent changes</a></li><li id="n-randompage"><a href="/'
            'wiki/Special:Random">Random page</a></li><li id="n-help-mediawiki"><a href="https://www.mediawiki.org/wiki/'
            'Special:MyLanguage/Help:Contents">Help about MediaWiki</a></li></ul></div></div></div>\n<footer id="footer" '
            'class="mw-footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last '
            'edited on 3 March 2025, at 14:02.</li></ul><ul id="footer-places"><li id="footer-places-privacy"><a href="/wiki'
            '/Example_Lab_Wiki:Privacy_policy">Privacy policy</a></li><li id="footer-places-about"><a href="/wiki/Example_'
            'Lab_Wiki:About">About Example Lab Wiki</a></li></ul></footer>\n</body>\n</html>\n')


JABREF_TYPES = {"journal": "article", "conference": "inproceedings", "preprint": "misc", "other": "incollection"}


# The truth of jabref_tablerefs is every name in full, as the metadata has it (wt-htmlr17; the
# sixteenth round's blind figure was measured with the initials the table prints, "A.B. Lee"):
# each entry's hidden BibTeX row carries the full names, and the truth is the names the markup
# carries (issue #21; alfolio_abstract_bibtex's hidden names are truth the same way). The page is
# read by the BibTeX reader, which reads those rows.
JABREF_TRUTH = "the names in full, as the entry's BibTeX row carries them"


def _jabref_names(authors: list[str]) -> str:
    """JabRef's AuthorAbbreviator then AuthorAndsReplacer: "Lee, A.B.; Chen, B. &amp; Roe, C."."""
    names = [_entities(harvard_name(a)) for a in authors]
    if len(names) == 1:
        return names[0]
    return "; ".join(names[:-1]) + " &amp; " + names[-1]


def render_jabref_tablerefs(entries, owner, rng) -> str:
    """JabRef's "HTML table (with Abstract &amp; BibTeX entry)" export (``tablerefsabsbib``): the
    QuickSearch script and its settings form, a ``table#qs_table`` with a header row (Author /
    Title / Year / Journal / Proceedings / Reftype / DOI/URL), per entry a ``tr.entry`` of cells
    ("Lee, A.B.; Chen, B. &amp; Roe, C." as JabRef abbreviates and joins them, the title, the
    year, "Venue<br />Vol. 3(2), pp. 1-9" / "Venue, pp. 1-9", the entry type, "DOI" / "URL"
    links), then hidden ``tr.abstract.noshow`` (for some) and ``tr.bibtex.noshow`` rows, the
    latter a ``<pre>`` of the entry's BibTeX; "Created by JabRef" at the foot (truth the
    names the metadata's: see ``JABREF_TRUTH``)."""
    rows = []
    for e in _newest_first(entries):
        d = _digest(e)
        vol, issue, first, last = made_up_numbers(e)
        key = split_name(e["authors"][0])[1].replace(" ", "") + str(e["year"]) + d[:2]
        if e["kind"] == "journal":
            where = f"{_entities(e['venue'])}<br />Vol. {vol}({issue}), pp. {first}-{last}"
        elif e["kind"] in ("conference", "other"):
            where = f"{_entities(e['venue'])}, pp. {first}-{last}"
        else:
            where = _entities(printed_venue(e))
        links = []
        doi = f"10.{1000 + int(d[:3], 16) % 9000}/{d[3:9]}"
        if rng.random() < 0.6:
            links.append(f'<a href="http://dx.doi.org/{doi}">DOI</a>')
        if rng.random() < 0.5 or not links:
            url = f"https://arxiv.org/abs/{e['arxiv_id']}" if e.get("arxiv_id") else f"https://example.org/p/{d}.pdf"
            links.append(f'<a href="{url}">URL</a>')
        rows.append(f'<tr id="{key}" class="entry">\n\t<td>{_jabref_names(e["authors"])}</td>\n\t<td>{_entities(e["title"])}'
                    f'</td>\n\t<td>{e["year"]}</td>\n\t<td>{where}</td>\n\t<td>{JABREF_TYPES[e["kind"]]}</td>\n\t<td>'
                    f'{" &nbsp;".join(links)}</td>\n</tr>')
        if rng.random() < 0.5:
            rows.append(f'<tr id="abs_{key}" class="abstract noshow">\n\t<td colspan="6"><b>Abstract</b>: '
                        f'{_e(_abstract(e, rng))}</td>\n</tr>')
        field = {"journal": "journal", "conference": "booktitle", "preprint": "journal", "other": "booktitle"}[e["kind"]]
        bib = (f"@{JABREF_TYPES[e['kind']]}{{{key},\n  author = {{{_e(' and '.join(e['authors']))}}},\n  title = "
               f"{{{_e(e['title'])}}},\n  {field} = {{{_e(e['venue'])}}},\n  year = {{{e['year']}}},\n"
               + (f"  volume = {{{vol}}},\n  number = {{{issue}}},\n" if e["kind"] == "journal" else "")
               + (f"  pages = {{{first}--{last}}},\n" if e["kind"] != "preprint" else "")
               + (f"  doi = {{{doi}}}\n" if links[0].startswith('<a href="http://dx') else "  url = {https://example.org}\n")
               + "}")
        rows.append(f'<tr id="bib_{key}" class="bibtex noshow">\n<td colspan="6"><b>BibTeX</b>:\n<pre>\n{bib}\n</pre></td>\n</tr>')
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<html>'
            '\n<head>\n<title>JabRef references</title>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '\n<script type="text/javascript">\n<!--\n// QuickSearch script for JabRef HTML export\n// Version: 3.0\n//\n'
            '// Copyright (c) 2006-2011, Mark Schenk\n//\n// This software is distributed under a Creative Commons '
            'Attribution 3.0 License\n// http://creativecommons.org/licenses/by/3.0/\n//\n// Features:\n// - intuitive '
            'find-as-you-type searching\n// - search in abstracts and BibTeX entries\n\nvar searchAbstract = true;\nvar '
            'searchComment = true;\n\nfunction initSearch() {\n\tvar tbody = document.getElementById(\'qs_table\').'
            'getElementsByTagName(\'tbody\')[0];\n}\n-->\n</script>\n<style type="text/css">\nbody { background-color: '
            'white; font-family: Arial, sans-serif; font-size: 13px; line-height: 1.2; padding: 1em; color: #2E2E2E; }\n'
            '#qs_search { font-size: 0.85em; }\ntr.noshow { display: none;}\ntr.abstract td, tr.comment td, tr.bibtex td '
            '{ background-color: #EFEFEF; text-align: justify; padding: 5px 1em 5px 1em; }\n</style>\n</head>\n<body>\n\n'
            '<form action="" onsubmit="return false;" id="qs_form">\n<div id="qs_settings"><a href="#" class="toggle">'
            'settings</a>\n<div id="qs_settings_content" style="display:none">search <input type="checkbox" checked="checked"'
            ' id="searchAbstract">abstract <input type="checkbox" checked="checked" id="searchComment">comment '
            '<input type="checkbox" id="searchBibtex">BibTeX</div>\n</div>\nQuickSearch: <input type="text" name="qs_field"'
            ' id="qs_field" autocomplete="off" placeholder="Type to search..." /> <input type="button" value="clear">\n'
            '</form>\n\n<table id="qs_table" border="1">\n<thead><tr><th width="20%">Author</th><th width="30%">Title</th>'
            '<th width="5%">Year</th><th width="30%">Journal / Proceedings / Book</th><th width="5%">Reftype</th><th '
            'width="10%">DOI/URL</th></tr></thead>\n<tbody>\n' + "\n".join(rows)
            + '\n</tbody>\n</table>\n\n<footer>\n <small>Created by <a href="http://jabref.sourceforge.net">JabRef</a> on '
            '08/03/2025.</small>\n</footer>\n\n<!-- File generated by JabRef ; Export Filter written by Mark Schenk -->\n\n'
            '</body>\n</html>\n')


# The seventeenth round (wt-htmlr17, 2026-12-07): four layouts of converters, editors and CMS
# plugins no earlier layout or probe printed, all four held out (see tests/test_html_layouts.py,
# SEVENTEENTH_ROUND_HELD_OUT), written and measured before the sixteenth round's four were looked at.

TEX4HT_LIGATURES = (("ffi", "&#xFB03;"), ("ffl", "&#xFB04;"), ("ff", "&#xFB00;"), ("fi", "&#xFB01;"), ("fl", "&#xFB02;"))


def _owner_style(layout: str, owner: str) -> int:
    """The number a layout's sub-styles are chosen by: the md5 of the layout and the page's
    owner, so one person's page keeps one convention and two pages may differ."""
    return int(hashlib.md5(f"{layout}|{owner}".encode("utf-8")).hexdigest(), 16)


def _tex4ht_text(s: str, ligatures: bool) -> str:
    """Text as TeX4ht writes it: non-ASCII letters as hex character references ("&#x00E9;"), and,
    with the Computer Modern fonts' .htf tables, the f-ligatures as their Unicode compatibility
    characters ("&#xFB01;" for "fi"), since TeX typesets them as one glyph."""
    out = "".join(ch if ord(ch) < 128 else f"&#x{ord(ch):04X};" for ch in _e(s))
    if ligatures:
        for plain, lig in TEX4HT_LIGATURES:
            out = out.replace(plain, lig)
    return out


def _alpha_key(e: dict) -> str:
    """alpha.bst's label: "LCR21" (the surnames' first letters, up to three, then "+"), or the
    first three letters of a lone author's surname."""
    surnames = [split_name(a)[1].split()[-1] for a in e["authors"]]
    head = surnames[0][:3] if len(surnames) == 1 else "".join(s[0] for s in surnames[:3]) + ("+" if len(surnames) > 3 else "")
    return head + str(e["year"])[2:]


def _bibtex_tied(name: str) -> str:
    """BibTeX's format.name$ ties a short first token to the next ("Bo~Chen", "Ann~B. Lee"),
    which TeX4ht writes as a no-break space reference."""
    parts = name.split(" ")
    if len(parts) > 1 and len(parts[0]) <= 3:
        return parts[0] + "&#x00A0;" + " ".join(parts[1:])
    return name


def render_tex4ht_cv(entries, owner, rng) -> str:
    """A LaTeX CV compiled to HTML with make4ht (TeX4ht, TeX Live 2023): fonts as class names only
    (``span.cmbx-10`` bold, ``span.cmti-10`` italic, never ``<b>`` / ``<i>``), attributes broken
    across lines ("<span \\nclass=..."), ``<!--l. 42-->`` source-line comments before paragraphs,
    numbered ``h3.sectionHead`` / ``h4.subsectionHead`` with ``span.titlemark``; per document one of
    two sources: a BibTeX ``thebibliography`` per kind (``div.thebibliography`` of ``p.bibitem``
    with ``span.biblabel`` "[3]" or alpha.bst's "[LCR21]", plain.bst's blocks on their own source
    lines: "Ann&#x00A0;B. Lee, Bo&#x00A0;Chen, and Cy&#x00A0;Roe." / "Title." / "<italic>Venue</italic>,
    3(2):1&#8211;9, 2021."), or a hand-written ``enumerate`` (``ol.enumerate1 > li.enumerate``) of
    "Names, &#8220;Title,&#8221; <italic>Venue</italic>, 2021." with the owner bold by class; for
    some documents the f-ligatures as Unicode characters ("&#xFB01;") and accents as hex references;
    the ``tex4ht`` generator meta (truth names as written)."""
    h = _owner_style("tex4ht_cv", owner)
    source = ("numeric", "alpha", "enumerate")[h % 3]
    bib, alpha = source != "enumerate", source == "alpha"
    ligatures = (h >> 16) % 2 == 1

    def t(s: str) -> str:
        return _tex4ht_text(s, ligatures)

    line = [40]

    def ln() -> str:
        line[0] += 1 + int(rng.random() * 4)
        return f"<!--l. {line[0]}-->"

    blocks, n = [], 0
    for k, (kind, mine) in enumerate(_by_kind(entries)):
        blocks.append(f'<h4 class="subsectionHead"><span class="titlemark">2.{k + 1}   </span> <a \n id="x1-{3 + k}0002.{k + 1}">'
                      f'</a>{t(SECTION_NAMES[kind])}</h4>')
        items = []
        for e in mine:
            n += 1
            vol, issue, first, last = made_up_numbers(e)
            venue = f'<span \nclass="cmti-10">{t(printed_venue(e))}</span>'
            if bib:
                names = [_bibtex_tied(t(a)) for a in e["authors"]]
                people = names[0] if len(names) == 1 else (names[0] + " and " + names[1] if len(names) == 2
                                                            else ", ".join(names[:-1]) + ", and " + names[-1])
                title = t(e["title"]) + ("" if e["title"][-1:] in "?!." else ".")
                if kind == "journal":
                    where = f"{venue}, {vol}({issue}):{first}&#8211;{last}, {e['year']}."
                elif kind in ("conference", "other"):
                    where = f"In {venue}, pages {first}&#8211;{last}, {e['year']}."
                else:
                    where = f"{venue}, {e['year']}."
                label = _alpha_key(e) if alpha else str(n)
                items.append(f'{ln()}<p class="bibitem" ><span class="biblabel">\n  [{t(label)}]<span class="bibsp">'
                             f'&#x00A0;&#x00A0;&#x00A0;</span></span><a \n id="X{_digest(e)[:6]}"></a>{people}.\n{title}\n'
                             f'{where}\n</p>')
            else:
                names = [f'<span \nclass="cmbx-10">{t(a)}</span>' if a == owner else t(a) for a in e["authors"]]
                people = names[0] if len(names) == 1 else (names[0] + " and " + names[1] if len(names) == 2
                                                            else ", ".join(names[:-1]) + ", and " + names[-1])
                title = t(e["title"])
                items.append(f'<li \n  class="enumerate" id="x1-{3 + k}00{n}x{n}">{people}, &#8220;{title},&#8221; {venue}, '
                             f'{e["year"]}.\n</li>')
        if bib:
            blocks.append('<div class="thebibliography">\n' + "\n".join(items) + "\n</div>")
        else:
            blocks.append(f'<ol  class="enumerate1" >\n' + "\n".join(items) + "\n</ol>")
    name = t(owner)
    return ('<!DOCTYPE html> \n<html lang="en-US" xml:lang="en-US" > \n<head><title>Curriculum Vitae</title> \n<meta  '
            'charset="utf-8" /> \n<meta name="generator" content="TeX4ht (https://tug.org/tex4ht/)" /> \n<meta name="'
            'viewport" content="width=device-width,initial-scale=1" /> \n<link rel="stylesheet" type="text/css" href="cv.css"'
            ' /> \n<meta name="src" content="cv.tex" /> \n</head><body \n>\n<div class="center" \n>\n'
            f'{ln()}<p class="noindent" >\n{ln()}<p class="noindent" ><span \nclass="cmbx-12x-x-144">{name}</span><br />'
            '<span \nclass="cmr-10">Department of Physics, Example University</span></p></div>\n'
            '<h3 class="sectionHead"><span class="titlemark">1   </span> <a \n id="x1-10001"></a>Positions</h3>\n'
            f'{ln()}<p class="noindent" >2019&#8211;present: Associate Professor, Example University<br \nclass="newline" />'
            '2016&#8211;2019: Postdoctoral Fellow, Northfield Institute</p>\n'
            '<h3 class="sectionHead"><span class="titlemark">2   </span> <a \n id="x1-20002"></a>Publications</h3>\n'
            + "\n".join(blocks) + "\n \n</body> \n</html>\n")


def render_org_html_export(entries, owner, rng) -> str:
    """A publication list written in Emacs Org mode and exported with ``org-html-export-to-html``
    (Org 9.6.15, Emacs 29.3): ``div#content``, ``h1.title``, a ``div#table-of-contents``, each
    heading an ``outline-container`` with ``span.section-number-N`` ("1.2."), text in
    ``div.outline-text-N``; per document one of three ways people keep papers in Org: kind
    headings with year subheadings and an ``ol.org-ol`` / ``ul.org-ul`` of "Names (2021). <i>Title</i>.
    Venue." (Org's /italic/ and *bold*: the owner in ``<b>``); a heading per paper, the title in
    ``<h3>`` with Org tags (``span.tag`` of "journal", "2021") and a body paragraph "Names<br />
    <i>Venue</i>, 2021"; or a description list ``dl.org-dl`` (``<dt>2021</dt>``, ``<dd>`` "Names.
    &quot;Title.&quot; <i>Venue</i>."); "--" printed as "&#x2013;" in page ranges; the postamble
    "Author: ... Created: ... Validate" (truth names as written)."""
    h = _owner_style("org_html_export", owner)
    style = ("lists", "headings", "dl")[h % 3]
    numbered = (h >> 16) % 2 == 1  # "#+OPTIONS: num:nil" or not
    ordered = (h >> 8) % 2 == 1

    def oid() -> str:
        return "org" + "".join(rng.choice("0123456789abcdef") for _ in range(7))

    def people(e: dict) -> str:
        names = [f"<b>{_e(a)}</b>" if a == owner else _e(a) for a in e["authors"]]
        return names[0] if len(names) == 1 else (names[0] + " and " + names[1] if len(names) == 2
                                                 else ", ".join(names[:-1]) + ", and " + names[-1])

    def num(*parts: int) -> str:
        return f'<span class="section-number-{len(parts) + 1}">{".".join(map(str, parts))}.</span> ' if numbered else ""

    toc, body = [], []
    for k, (kind, mine) in enumerate(_by_kind(entries)):
        hid = oid()
        sub_toc, inner = [], []
        if style == "lists":
            years: dict[int, list[dict]] = {}
            for e in mine:
                years.setdefault(e["year"], []).append(e)
            for j, year in enumerate(sorted(years, reverse=True)):
                yid = oid()
                tag = "ol" if ordered else "ul"
                lis = []
                for e in years[year]:
                    vol, issue, first, last = made_up_numbers(e)
                    tail = f" {vol}({issue}), {first}&#x2013;{last}" if kind == "journal" else ""
                    lis.append(f"<li>{people(e)} ({year}). <i>{_e(e['title'])}</i>. {_venue(e)}{tail}.</li>")
                sub_toc.append(f'<li><a href="#{yid}">{num(k + 1, j + 1)}{year}</a></li>')
                inner.append(f'<div id="outline-container-{yid}" class="outline-3">\n<h3 id="{yid}">{num(k + 1, j + 1)}{year}'
                             f'</h3>\n<div class="outline-text-3" id="text-{k + 1}-{j + 1}">\n<{tag} class="org-{tag}">\n'
                             + "\n".join(lis) + f"\n</{tag}>\n</div>\n</div>")
        elif style == "headings":
            for j, e in enumerate(mine):
                pid = oid()
                tags = f'<span class="tag"><span class="{kind}">{kind}</span>&#xa0;<span class="_{e["year"]}">{e["year"]}</span></span>'
                sub_toc.append(f'<li><a href="#{pid}">{num(k + 1, j + 1)}{_e(e["title"])}</a></li>')
                inner.append(f'<div id="outline-container-{pid}" class="outline-3">\n<h3 id="{pid}">{num(k + 1, j + 1)}'
                             f'{_e(e["title"])}&#xa0;&#xa0;&#xa0;{tags}</h3>\n<div class="outline-text-3" id="text-{k + 1}-'
                             f'{j + 1}">\n<p>\n{people(e)}<br />\n<i>{_venue(e)}</i>, {e["year"]}\n</p>\n</div>\n</div>')
        else:
            items = []
            for e in mine:
                items.append(f"<dt>{e['year']}</dt><dd>{people(e)}. &quot;{_e(e['title'])}.&quot; <i>{_venue(e)}</i>.</dd>")
            inner.append('<dl class="org-dl">\n' + "\n".join(items) + "\n</dl>")
        toc.append(f'<li><a href="#{hid}">{num(k + 1)}{_e(SECTION_NAMES[kind])}</a>'
                   + ("\n<ul>\n" + "\n".join(sub_toc) + "\n</ul>\n" if sub_toc else "") + "</li>")
        if style == "dl":
            body.append(f'<div id="outline-container-{hid}" class="outline-2">\n<h2 id="{hid}">{num(k + 1)}'
                        f'{_e(SECTION_NAMES[kind])}</h2>\n<div class="outline-text-2" id="text-{k + 1}">\n'
                        + "\n".join(inner) + "\n</div>\n</div>")
        else:
            body.append(f'<div id="outline-container-{hid}" class="outline-2">\n<h2 id="{hid}">{num(k + 1)}'
                        f'{_e(SECTION_NAMES[kind])}</h2>\n' + "\n".join(inner) + "\n</div>")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"\n"http://www.'
            'w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">'
            '\n<head>\n<!-- 2025-03-03 Mon 14:02 -->\n<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1" />\n<title>Publications</title>\n'
            f'<meta name="author" content="{_e(owner)}" />\n<meta name="generator" content="Org Mode" />\n<style>\n  #content '
            '{ max-width: 60em; margin: auto; }\n  .title  { text-align: center;\n             margin-bottom: .2em; }\n  '
            '.tag    { background-color: #eee; font-family: monospace;\n            padding: 2px; font-size: 80%; font-weight:'
            ' normal; }\n  #postamble p, #preamble p { font-size: 90%; margin: .2em; }\n</style>\n</head>\n<body>\n<div id='
            '"content" class="content">\n<h1 class="title">Publications</h1>\n<div id="table-of-contents" role="doc-toc">\n'
            '<h2>Table of Contents</h2>\n<div id="text-table-of-contents" role="doc-toc">\n<ul>\n' + "\n".join(toc)
            + "\n</ul>\n</div>\n</div>\n" + "\n".join(body)
            + f'\n</div>\n<div id="postamble" class="status">\n<p class="author">Author: {_e(owner)}</p>\n<p class="date">'
            'Created: 2025-03-03 Mon 14:02</p>\n<p class="validation"><a href="https://validator.w3.org/check?uri=referer">'
            'Validate</a></p>\n</div>\n</body>\n</html>\n')


def _lo_wrap(html: str, width: int = 100) -> str:
    """LibreOffice's HTML writer breaks long source lines at a space near ``width`` columns, the
    continuation starting at the line's beginning (inside text and tags alike)."""
    out, line = [], ""
    for word in html.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join(out + [line])


def render_libreoffice_writer(entries, owner, rng) -> str:
    """A CV kept in LibreOffice Writer and saved as "HTML Document (Writer)" (LibreOffice 7.6):
    the HTML 4.0 Transitional doctype, ``generator`` / ``created`` / ``changed`` metas, headings
    ``h2.western``, every paragraph with its own ``style`` (line-height, margins, hanging indent),
    runs in ``<font face=... size=...>`` and ``<span lang="...">`` wrappers, links wrapped in
    ``<font color="#000080"><span lang="zxx"><u>``, source lines broken near 100 columns, empty
    ``<p><br/></p>`` paragraphs; per document the entries in an auto-numbered ``<ol>`` of
    ``<li><p>``, or paragraphs numbered by hand ("J3.&lt;tab&gt;", a literal tab); names with
    initials first "A. B. Lee, B. Chen, and C. Roe" (the owner underlined or bold), the title in
    curly quotes, "<i>Venue</i> <b>3</b>, 1&#8211;9 (2021)." for journals, "in <i>Venue</i>
    (2021), pp. 1&#8211;9." for proceedings, year sections for some (truth names "A. B. Lee")."""
    h = _owner_style("libreoffice_writer", owner)
    mark = rng.choice(["u", "b"])
    auto = (h >> 8) % 2 == 1
    year_heads = (h >> 16) % 2 == 1
    face = rng.choice(["Liberation Serif, serif", "Times New Roman, serif", "Calibri, sans-serif"])
    para = 'style="margin-left: 0.39in; text-indent: -0.39in; margin-bottom: 0.08in; line-height: 100%"'
    letters = {"journal": "J", "conference": "C", "preprint": "P", "other": "B"}
    blocks = []
    for kind, mine in _by_kind(entries):
        blocks.append(f'<h2 class="western">{_e(SECTION_NAMES[kind])}</h2>')
        items, year = [], None
        for i, e in enumerate(mine):
            if year_heads and e["year"] != year:
                if items and auto:
                    blocks.append("<ol>\n" + "\n".join(items) + "\n</ol>")
                    items = []
                year = e["year"]
                (items if not auto else blocks).append(f'<p style="margin-top: 0.08in; margin-bottom: 0.04in; line-height: '
                                                       f'100%"><font face="{face}"><b>{year}</b></font></p>')
            d = _digest(e)
            vol, issue, first, last = made_up_numbers(e)
            names = [_e(initials_first(a)) for a in e["authors"]]
            names = [f"<{mark}>{nm}</{mark}>" if a == owner else nm for nm, a in zip(names, e["authors"])]
            if rng.random() < 0.3:
                names = [f'<span lang="de-DE">{nm}</span>' for nm in names]
            people = names[0] if len(names) == 1 else (names[0] + " and " + names[1] if len(names) == 2
                                                        else ", ".join(names[:-1]) + ", and " + names[-1])
            title = _e(e["title"])
            if kind == "journal":
                rest = f"<i>{_venue(e)}</i> <b>{vol}</b>, {first}&#8211;{last} ({e['year']})."
            elif kind == "conference":
                rest = f"in <i>{_venue(e)}</i> ({e['year']}), pp. {first}&#8211;{last}."
            else:
                rest = f"<i>{_venue(e)}</i> ({e['year']})."
            if rng.random() < 0.3:
                url = f"https://doi.org/10.{1000 + int(d[:3], 16) % 9000}/{d[3:9]}"
                rest += (f' <font color="#000080"><span lang="zxx"><u><a href="{url}">{url}</a></u></span></font>')
            text = f"{people}, &#8220;{title},&#8221; {rest}"
            if auto:
                items.append(_lo_wrap(f'\t<li><p {para}><font face="{face}"><font size="3" style="font-size: 12pt">{text}'
                                      "</font></font></p></li>"))
            else:
                items.append(_lo_wrap(f'<p {para}><font face="{face}"><font size="3" style="font-size: 12pt">'
                                      f"{letters[kind]}{len(mine) - i}.\t{text}</font></font></p>"))
                if rng.random() < 0.3:
                    items.append('<p style="margin-bottom: 0in; line-height: 100%"><br/>\n\n</p>')
        if auto:
            if items:
                blocks.append("<ol>\n" + "\n".join(items) + "\n</ol>")
        else:
            blocks.extend(items)
    name = _e(owner)
    return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">\n<html>\n<head>\n\t<meta http-equiv="content-type"'
            ' content="text/html; charset=utf-8"/>\n\t<title></title>\n\t<meta name="generator" content="LibreOffice 7.6.4.1 '
            f'(Linux)"/>\n\t<meta name="author" content="{name}"/>\n\t<meta name="created" content="2019-09-02T10:14:21.'
            '482000000"/>\n\t<meta name="changed" content="2025-03-01T17:40:02.987654321"/>\n\t<style type="text/css">\n\t\t'
            '@page { size: 8.5in 11in; margin: 0.79in }\n\t\tp { line-height: 115%; margin-bottom: 0.1in; background: '
            'transparent }\n\t\th2 { margin-top: 0.14in; margin-bottom: 0.08in; background: transparent; page-break-after: '
            'avoid }\n\t\th2.western { font-family: "Liberation Serif", serif; font-size: 14pt; font-weight: bold }\n\t\th2.cjk'
            ' { font-family: "Noto Serif CJK SC"; font-size: 14pt; font-weight: bold }\n\t\ta:link { color: #000080; '
            'so-language: zxx; text-decoration: underline }\n\t</style>\n</head>\n<body lang="en-US" link="#000080" vlink="'
            '#800000" dir="ltr"><p align="center" style="margin-bottom: 0in; line-height: 100%"><font face="'
            f'{face}"><font size="5" style="font-size: 18pt"><b>{name}</b></font></font></p>\n<p align="center" style="'
            'margin-bottom: 0in; line-height: 100%"><font face="' + face + '">Department of Chemistry, Example University '
            '&#8226; example@example.edu</font></p>\n<p style="margin-bottom: 0in; line-height: 100%"><br/>\n\n</p>\n'
            '<h2 class="western">Publications</h2>\n' + "\n".join(blocks) + "\n</body>\n</html>\n")


def render_tablepress_table(entries, owner, rng) -> str:
    """A WordPress page (Astra theme) holding a TablePress 2.2 table of publications:
    ``table#tablepress-N.tablepress.tablepress-id-N``, the header row ``tr.row-1`` of
    ``th.column-K`` (per document an order and wording of Year / Authors / Title / Published in /
    Type / Link, or the two columns Year / Publication with the whole citation in one cell),
    ``tbody.row-striping.row-hover`` of ``tr.row-K`` with ``td.column-K`` cells as the site owner
    typed them (names "Ann Lee, Bo Chen, Cy Roe" or joined by "and", the owner in ``<strong>``, the
    title linked for some); per document the table as the server sends it (the DataTables init
    script in the footer) or as saved after the script ran ("Show [All] entries", "Search:",
    sorting classes, odd / even rows, "Showing 1 to N of N entries"); theme header, sidebar and
    footer around (truth names as written)."""
    tid = 2 + int(rng.random() * 12)
    h = _owner_style("tablepress_table", owner)
    processed = h % 3 == 1
    two_col = h % 3 == 2
    joined = (", ", "; ")[(h >> 8) % 2]
    cols = ["Year", "Authors", "Title", "Published in", "Type", "Link"]
    if not two_col:
        order = (cols, ["Title", "Authors", "Published in", "Year", "Link"],
                 ["Year", "Title", "Authors", "Venue", "Type"])[(h >> 24) % 3]
    else:
        order = ["Year", "Publication"]
    kinds = {"journal": "Journal article", "conference": "Conference paper", "preprint": "Preprint", "other": "Book chapter"}
    rows = []
    for r, e in enumerate(_newest_first(entries)):
        d = _digest(e)
        names = [f"<strong>{_e(a)}</strong>" if a == owner else _e(a) for a in e["authors"]]
        people = joined.join(names[:-1]) + (" and " if joined == ", " and len(names) > 1 else joined if len(names) > 1
                                            else "") + names[-1]
        title = _e(e["title"])
        if rng.random() < 0.4:
            title = f'<a href="https://example.org/wp-content/uploads/2024/05/{d}.pdf">{title}</a>'
        link = f'<a href="https://doi.org/10.{1000 + int(d[:3], 16) % 9000}/{d[3:9]}" target="_blank" rel="noopener">DOI</a>'
        cells = {"Year": str(e["year"]), "Authors": people, "Title": title, "Published in": _venue(e),
                 "Venue": f"<em>{_venue(e)}</em>", "Type": kinds[e["kind"]], "Link": link,
                 "Publication": f"{people}. {title}. <em>{_venue(e)}</em>."}
        parity = "odd" if r % 2 == 0 else "even"
        tds = "".join(f'<td class="column-{c + 1}">{cells[name]}</td>' for c, name in enumerate(order))
        rows.append(f'<tr class="row-{r + 2}{" " + parity if processed else ""}">\n\t{tds}\n</tr>')
    if processed:
        head = "".join(f'<th class="column-{c + 1} {"sorting" if c else "sorting_desc"}" tabindex="0" aria-controls="tablepress-'
                       f'{tid}" rowspan="1" colspan="1" aria-label="{name}: activate to sort column ascending">{name}</th>'
                       for c, name in enumerate(order))
    else:
        head = "".join(f'<th class="column-{c + 1}">{name}</th>' for c, name in enumerate(order))
    table = (f'<table id="tablepress-{tid}" class="tablepress tablepress-id-{tid}{" dataTable no-footer" if processed else ""}"'
             f'{f" aria-describedby=tablepress-{tid}_info" if processed else ""}>\n<thead>\n<tr class="row-1">\n\t{head}\n'
             '</tr>\n</thead>\n<tbody class="row-striping row-hover">\n' + "\n".join(rows) + "\n</tbody>\n</table>")
    n = len(rows)
    if processed:
        table = (f'<div id="tablepress-{tid}_wrapper" class="dataTables_wrapper no-footer"><div class="dataTables_length" '
                 f'id="tablepress-{tid}_length"><label>Show <select name="tablepress-{tid}_length" aria-controls="tablepress-'
                 f'{tid}"><option value="10">10</option><option value="25">25</option><option value="50">50</option><option '
                 f'value="-1" selected="selected">All</option></select> entries</label></div><div id="tablepress-{tid}_filter"'
                 f' class="dataTables_filter"><label>Search:<input type="search" placeholder="" aria-controls="tablepress-{tid}">'
                 f'</label></div>{table}<div class="dataTables_info" id="tablepress-{tid}_info" role="status" aria-live="polite">'
                 f'Showing 1 to {n} of {n} entries</div></div>')
        script = ""
    else:
        script = ('<script type="text/javascript">\njQuery(($)=>{$(\'#tablepress-' + str(tid) + '\').DataTable({"language":'
                  '{"lengthMenu":"Show _MENU_ entries","info":"Showing _START_ to _END_ of _TOTAL_ entries"},"order":[],'
                  '"orderClasses":false,"stripeClasses":["even","odd"],"lengthMenu":[[10,25,50,-1],[10,25,50,"All"]],'
                  '"pageLength":-1,"pagingType":"simple"});});\n</script>\n')
    name = _e(owner)
    return ('<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-'
            f'width, initial-scale=1">\n<title>Publications &#8211; {name} Lab</title>\n<meta name="generator" content='
            '"WordPress 6.4.3" />\n<link rel="stylesheet" id="tablepress-default-css" href="https://example.org/wp-content/'
            'plugins/tablepress/css/build/default.css?ver=2.2.5" media="all" />\n</head>\n<body class="page-template-default '
            'page page-id-42 ast-page-builder-template">\n<div class="hfeed site" id="page">\n<header class="site-header '
            f'ast-primary-submenu-animation-fade" id="masthead"><div class="site-branding"><span class="site-title"><a href="'
            f'https://example.org/" rel="home">{name} Lab</a></span></div><nav class="main-header-bar-navigation"><ul id="'
            'primary-menu" class="main-header-menu"><li class="menu-item"><a href="/">Home</a></li><li class="menu-item"><a '
            'href="/people/">People</a></li><li class="menu-item current-menu-item"><a href="/publications/">Publications'
            '</a></li><li class="menu-item"><a href="/join/">Join us</a></li></ul></nav></header>\n<div id="content" class="'
            'site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="'
            'site-main"><article class="post-42 page type-page status-publish ast-article-single" id="post-42"><header class="'
            'entry-header"><h1 class="entry-title">Publications</h1></header><div class="entry-content clear">\n<p>A complete '
            'list is also on <a href="https://scholar.google.com/">Google Scholar</a>. Click a column heading to sort.</p>\n'
            + table + '\n</div></article></main></div>\n<div class="widget-area secondary" id="secondary"><aside class="widget '
            'widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/2025/02/welcome/">Welcome '
            'to our new students</a></li><li><a href="/2024/11/award/">Best poster award at the autumn meeting</a></li></ul>'
            '</aside></div></div></div>\n<footer class="site-footer" id="colophon"><div class="ast-small-footer">Copyright '
            f'&copy; 2025 {name} Lab | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></div></footer>\n'
            '</div>\n' + script + '</body>\n</html>\n')


# The eighteenth round (wt-htmlr18, 2026-12-08): a site builder's CMS list, a paper search engine's
# author page, a literature database's public bibliography and pandoc's citeproc in Chicago's
# author-date style, no earlier layout or probe printed, all four held out (see
# tests/test_html_layouts.py, EIGHTEENTH_ROUND_HELD_OUT), written and measured before the
# seventeenth round's four were looked at.

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _made_up_date(e: dict) -> tuple[int, int]:
    """(month, day) for an entry whose metadata has none: a digest of its title."""
    h = int(_digest(e), 16)
    return 1 + h % 12, 1 + (h >> 8) % 28


def render_webflow_cms_list(entries, owner, rng) -> str:
    """A lab site built in Webflow, the publications a CMS Collection List as Webflow publishes it:
    ``div.w-dyn-list > div.w-dyn-items[role=list] > div.w-dyn-item[role=listitem]``, every element
    classed by the designer's auto-generated names (``div-block-14``, ``text-block-22``,
    ``heading-9``), no semantic markup: the year (or Webflow's date format "May 12, 2021") in a
    block of its own, the title an ``h4`` inside a ``link-block`` (or plain), the names as one plain
    text field (", " or ", " and "&amp;" before the last), the venue plain text or a rich-text
    block "<em>Venue</em> 3(2), 1-9"; per document one of two field orders; an empty bound field
    classed ``w-dyn-bind-empty``, hidden buttons classed ``w-condition-invisible``, a Finsweet CMS
    filter bar ("All / Journal / Conference / Preprint") and the type as a hidden filter field; the
    ``data-wf-page`` / ``data-wf-site`` attributes, the navbar and footer (truth names as written)."""
    h = _owner_style("webflow_cms_list", owner)
    order = (("year", "title", "authors", "venue"), ("title", "authors", "venue", "year"))[h % 2]
    dated = (h >> 8) % 2 == 1
    rich = (h >> 16) % 2 == 1
    amp = (h >> 24) % 2 == 1
    kinds = {"journal": "Journal", "conference": "Conference", "preprint": "Preprint", "other": "Book chapter"}
    items = []
    for e in _newest_first(entries):
        d = _digest(e)
        month, day = _made_up_date(e)
        vol, issue, first, last = made_up_numbers(e)
        names = [_e(a) for a in e["authors"]]
        people = names[0] if len(names) == 1 else ", ".join(names[:-1]) + (" &amp; " if amp else ", ") + names[-1]
        title = f'<h4 class="heading-9">{_e(e["title"])}</h4>'
        if rng.random() < 0.7:
            title = f'<a href="/publications/{d}" class="link-block-4 w-inline-block">{title}</a>'
        if rich:
            tail = f" {vol}({issue}), {first}-{last}" if e["kind"] == "journal" else ""
            venue = f'<div class="rich-text-block-2 w-richtext"><p><em>{_venue(e)}</em>{tail}</p></div>'
        else:
            venue = f'<div class="text-block-24">{_venue(e)}</div>'
        when = f"{MONTH_NAMES[month - 1]} {day}, {e['year']}" if dated else str(e["year"])
        fields = {"year": f'<div class="text-block-21">{when}</div>', "title": title,
                  "authors": f'<div class="text-block-22">{people}</div>', "venue": venue}
        code = rng.random() < 0.4
        buttons = (f'<div class="div-block-16"><a href="https://example.org/papers/{d}.pdf" class="button-3 w-button">PDF</a>'
                   f'<a href="{f"https://github.com/lab-{d[:4]}/{d[4:]}" if code else "#"}" class="button-3 w-button'
                   f'{"" if code else " w-condition-invisible"}">Code</a></div>')
        items.append(f'<div role="listitem" class="collection-item-2 w-dyn-item"><div class="div-block-14">'
                     + fields[order[0]] + '<div class="div-block-15">' + "".join(fields[f] for f in order[1:])
                     + f'<div class="text-block-23 w-dyn-bind-empty"></div>{buttons}<div fs-cmsfilter-field="type" '
                     f'class="text-block-25">{kinds[e["kind"]]}</div></div></div></div>')
    filters = ('<div fs-cmsfilter-element="filters" class="filters-wrapper"><a href="#" class="filter-button w--current">All'
               '</a>' + "".join(f'<a href="#" fs-cmsfilter-field="type" class="filter-button">{k}</a>'
                                for k in ("Journal", "Conference", "Preprint")) + "</div>")
    name = _e(owner)
    return (f'<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Feb 03 '
            f'2025 10:21:44 GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="example.org" data-wf-page="'
            f'64a1f0c2e4b0a1d2c3e4f5a6" data-wf-site="64a1f0c2e4b0a1d2c3e4f5a0"><head><meta charset="utf-8"/><title>'
            f'Publications | {name} Lab</title><meta content="width=device-width, initial-scale=1" name="viewport"/><meta '
            'content="Webflow" name="generator"/><link href="https://assets.website-files.com/64a1f0c2/css/lab.webflow.'
            '5c1e2d.css" rel="stylesheet" type="text/css"/></head><body class="body-2"><div data-collapse="medium" data-'
            'animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="container-3 w-container">'
            f'<a href="/" class="brand w-nav-brand"><div class="text-block-3">{name} Lab</div></a><nav role="navigation" '
            'class="nav-menu w-nav-menu"><a href="/" class="nav-link w-nav-link">Home</a><a href="/people" class="nav-link '
            'w-nav-link">People</a><a href="/research" class="nav-link w-nav-link">Research</a><a href="/publications" aria-'
            'current="page" class="nav-link w-nav-link w--current">Publications</a></nav><div class="menu-button w-nav-button">'
            '<div class="w-icon-nav-menu"></div></div></div></div><div class="section-5"><div class="w-container"><h1 class='
            '"heading-3">Publications</h1><p class="paragraph-7">Selected papers from the lab. Filter by type below.</p>'
            + filters + '<div class="w-dyn-list"><div fs-cmsfilter-element="list" role="list" class="collection-list-3 '
            'w-dyn-items">' + "".join(items) + '</div></div><div fs-cmsfilter-element="empty" class="w-dyn-empty"><div>No '
            'items found.</div></div></div></div><div class="footer"><div class="w-container"><div class="text-block-9">'
            f'&copy; 2025 {name} Lab. All rights reserved.</div></div></div><script src="https://d3e54v103j8qbb.cloudfront.'
            'net/js/jquery-3.5.1.min.dc5e7f18c8.js" type="text/javascript"></script><script src="https://assets.website-'
            'files.com/64a1f0c2/js/webflow.4f2a1c.js" type="text/javascript"></script></body></html>\n')


S2_SHOWN = 5  # Semantic Scholar's author page: past this many names the first three, "+N authors", the last


def _s2_shown(authors: list[str]) -> list[str]:
    return authors if len(authors) <= S2_SHOWN else authors[:3] + authors[-1:]


def render_s2_author_papers(entries, owner, rng) -> str:
    """A Semantic Scholar author page saved from the browser: the author card (h-index, papers,
    citations), sort and filter controls, then ``div.cl-paper-row.serp-papers__paper-row`` per
    paper: the title in ``h2.cl-paper-title`` inside a link, ``span.cl-paper-authors`` of
    ``a.cl-paper-authors__author-link`` names (each ``<span><span>``-wrapped, ", " between as text
    spans, past five the first three, a ``button`` "+N authors" and the last; the names in full),
    ``span.cl-paper-
    venue`` (arXiv preprints as "ArXiv"), ``span.cl-paper-pubdates`` "12 May 2021" or "2021", the
    fields of study, a TLDR of prose for some, citation counts and Save / Cite / Alert buttons
    (truth the names shown, as printed)."""
    h = _owner_style("s2_author_papers", owner)
    full_dates = (h >> 8) % 2 == 1
    fos = ("Computer Science", "Physics", "Mathematics", "Biology", "Medicine", "Chemistry")
    rows = []
    for e in _newest_first(entries):
        d = _digest(e)
        month, day = _made_up_date(e)
        shown = _s2_shown(e["authors"])
        spans = []
        for i, a in enumerate(shown):
            text = _e(a)
            spans.append(f'<span><a class="cl-paper-authors__author-link" data-heap-id="paper_author_link" href="/author/'
                         f'{_e(a.replace(" ", "-"))}/{int(d[i % 8:i % 8 + 2], 16) * 977}"><span><span>{text}</span></span>'
                         '</a></span>')
        if len(shown) < len(e["authors"]):
            more = (f'<button class="cl-paper-authors__more-authors-toggle" aria-label="Show {len(e["authors"]) - 4} more '
                    f'authors">+{len(e["authors"]) - 4} authors</button>')
            spans = spans[:3] + [more] + spans[3:]
        venue = "ArXiv" if e["venue"] == "arXiv" else _e(e["venue"])
        date = f"{day} {MONTH_NAMES[month - 1][:3]} {e['year']}" if full_dates else str(e["year"])
        tldr = ""
        if rng.random() < 0.35:
            tldr = ('<div class="tldr-abstract-replacement paper-detail-page__tldr-abstract"><span class="tldr-label">'
                    'TLDR</span> This work proposes a method that improves on earlier results in 2019 and is evaluated on '
                    'three benchmarks.<button class="cl-button cl-button--no-arrow-divider cl-button--not-icon-only '
                    'cl-button--no-icon cl-button--has-label cl-button--font-size- cl-button--icon-pos-left '
                    'cl-button--shape-rectangle cl-button--size-default cl-button--type-tertiary cl-button--density-'
                    'default more mod-clickable" aria-expanded="false"><span class="cl-button__label">Expand</span>'
                    '</button></div>')
        cites = int(d[:3], 16) % 300
        rows.append(f'<div class="cl-paper-row serp-papers__paper-row paper-row-normal" data-test-id="search-result" data-'
                    f'paper-id="{d}{d}"><a class="link-button--show-visited" data-heap-id="title_link" href="/paper/'
                    f'{d}"><h2 class="cl-paper-title" data-heap-id="" id="p{d}"><span><span>{_e(e["title"])}</span></span>'
                    f'</h2></a><div class="cl-paper-row__meta-data"><span class="cl-paper-authors">'
                    + '<span>, </span>'.join(spans) + f'</span><span class="cl-paper-venue bold" data-heap-id="paper-meta-'
                    f'journal">{venue}</span><span class="cl-paper-pubdates"><span class="cl-paper-pubdate">{date}</span>'
                    f'</span><span class="cl-paper-fos">{fos[int(d[3], 16) % len(fos)]}</span></div>{tldr}<div class='
                    f'"cl-paper-controls"><span class="cl-paper-stats__citation-count">{cites} Citations</span>'
                    '<button class="cl-button">Save</button><button class="cl-button cite-button">Cite</button><button '
                    'class="cl-button">Alert</button></div></div>')
    name = _e(owner)
    n = len(rows)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>' + name + ' | Semantic Scholar</title>'
            '<meta name="description" content="Semantic Scholar profile for ' + name + f', with {n * 7} highly influential '
            'citations and ' + str(n) + ' scientific research papers."></head><body class="s2-page"><div id="app"><header '
            'class="header"><a class="logo" href="/">Semantic Scholar</a><form class="search-form"><input type="search" '
            'placeholder="Search over 200 million papers from all fields of science"></form></header><main class="author-'
            f'detail-page"><div class="author-detail-card"><h1 class="author-detail-card__author-name">{name}</h1><ul class="'
            f'author-detail-card__stats"><li><span>Publications</span><span>{n}</span></li><li><span>h-index</span><span>'
            f'{max(1, n // 3)}</span></li><li><span>Citations</span><span>{n * 41}</span></li><li><span>Highly Influential '
            f'Citations</span><span>{n * 7}</span></li></ul><button class="cl-button">Follow Author</button><button class="'
            'cl-button">Claim Author Page</button></div><div class="author-papers"><div class="dropdown-filters"><span>'
            'Fields of Study</span><span>Has PDF</span><span>Publication Type</span><span>Author</span><span>Date Range</span>'
            f'</div><div class="result-count">Showing 1 through {n} of {n} Publications</div><div class="sort-by">Sort by '
            '<select><option selected>Most Influential Papers</option><option>Recency</option><option>Citation Count</option>'
            '</select></div><div class="cl-paper-list">' + "".join(rows) + '</div></div></main><footer class="footer"><p>'
            'Semantic Scholar is a free, AI-powered research tool for scientific literature, based at Ai2.</p><p>&copy; The '
            'Allen Institute for Artificial Intelligence - All Rights Reserved</p></footer></div></body></html>\n')


def render_ncbi_my_bibliography(entries, owner, rng) -> str:
    """NCBI's "My Bibliography" public page (a My NCBI collection shared by its owner): the header
    "<Owner>'s Bibliography", "Display settings" and "Sort by" controls, "Items: 1 to 20 of 20",
    then ``div.citation-wrap`` per item: a checkbox, ``span.citation-number`` "1.", ``span.authors``
    NLM names "Lee AB, Chen B, Roe C." (all of them; truth "A. B. Lee"), ``span.title`` the title
    with its full stop (linked to PubMed for most), ``span.source`` the journal, then the date,
    volume, issue and pages as text "2021 May;3(2):1-9." (NLM's "2021 May 12;" or "2021;"),
    "doi: 10.../...", "Epub 2021 Apr 2." for some, "PMID: 12345678; PMCID: PMC1234567." or "No
    PMID" for conference papers and preprints ("In: <venue>; 2021. p. 1-9."), and a
    "Delete | Edit | Award" row."""
    h = _owner_style("ncbi_my_bibliography", owner)
    with_day = h % 2 == 1
    items = []
    for i, e in enumerate(_newest_first(entries)):
        d = _digest(e)
        month, day = _made_up_date(e)
        vol, issue, first, last = made_up_numbers(e)
        names = ", ".join(_e(vancouver_name(a)) for a in e["authors"])
        title = _e(e["title"]) + ("" if e["title"][-1:] in "?!." else ".")
        pmid = 30000000 + int(d[:6], 16) % 9000000
        if rng.random() < 0.85:
            title = f'<a href="https://pubmed.ncbi.nlm.nih.gov/{pmid}/" target="_blank" ref="linksrc=docsum_title">{title}</a>'
        doi = f"10.{1000 + int(d[:3], 16) % 9000}/{d[3:9]}"
        when = f"{e['year']} {MONTH_NAMES[month - 1][:3]}" + (f" {day}" if with_day else "")
        if e["kind"] == "journal":
            src = (f'<span class="source">{_venue(e)}.</span> {when};{vol}({issue}):{first}-{last}. doi: {doi}.'
                   + (f" Epub {e['year']} {MONTH_NAMES[max(month - 2, 0)][:3]} {day}." if rng.random() < 0.3 else "")
                   + f' <span class="pmid">PMID: {pmid}</span>'
                   + (f'; <span class="pmcid">PMCID: PMC{7000000 + pmid % 999999}</span>.' if rng.random() < 0.5 else "."))
        elif e["kind"] == "preprint":
            src = f'<span class="source">{_venue(e)} [Preprint].</span> {when}. doi: {doi}. <span class="pmid">No PMID</span>'
        else:
            src = (f'In: <span class="source">{_venue(e)}</span>; {e["year"]}. p. {first}-{last}. <span class="pmid">No '
                   'PMID</span>')
        items.append(f'<div class="citation-wrap"><input type="checkbox" class="citation-check" name="cit" value="{d}"/>'
                     f'<div class="citation"><span class="citation-number">{i + 1}.</span> <span class="authors">{names}.'
                     f'</span> <span class="title">{title}</span> {src}</div><div class="citation-actions"><a href="#" class='
                     '"delete">Delete</a> | <a href="#" class="edit">Edit</a> | <a href="#" class="award">Award</a></div>'
                     '</div>')
    name = _e(owner)
    n = len(items)
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"/><title>My Bibliography - My NCBI - NCBI</title>'
            '<meta name="ncbi_app" content="myncbi"/><meta name="ncbi_pdid" content="collectiondetails"/></head><body>'
            '<div class="usa-banner">An official website of the United States government</div><header class="ncbi-header">'
            '<a href="https://www.ncbi.nlm.nih.gov/">NCBI</a> <a href="/myncbi/">My NCBI</a></header><main id="maincontent">'
            f'<h1 class="collection-name">{name}\'s Bibliography</h1><div class="toolbar"><span class="display-settings">'
            'Display settings: Summary, 20 per page</span> <span class="sort-by">Sort by: Publication Date</span> <a href="#" '
            f'class="rss">RSS</a></div><div class="pagination">Items: 1 to {n} of {n}</div><div class="citations">'
            + "\n".join(items) + '</div><p class="bib-notice">Public bibliographies list citations their owners added; '
            'NCBI does not check them.</p></main><footer class="ncbi-footer"><a href="https://www.nlm.nih.gov/">National '
            'Library of Medicine</a> 8600 Rockville Pike, Bethesda, MD 20894</footer></body></html>\n')


CHICAGO_ET_AL_MIN, CHICAGO_ET_AL_FIRST = 11, 7  # chicago-author-date.csl: 11 names or more print the first 7, "et al."


def _chicago_shown(authors: list[str]) -> list[str]:
    return authors[:CHICAGO_ET_AL_FIRST] if len(authors) >= CHICAGO_ET_AL_MIN else authors


def render_pandoc_chicago_ad(entries, owner, rng) -> str:
    """A page written in Markdown and built with pandoc 3.1 ``--standalone --citeproc --csl
    chicago-author-date.csl`` (a ``nocite: '@*'`` bibliography): pandoc's default template
    (``header#title-block-header`` with ``p.author`` and ``p.date``, its inline CSS), a paragraph
    of prose, then ``div#refs.references.csl-bib-body.hanging-indent`` of ``div.csl-entry``
    (``role="listitem"``, or pandoc 2's ``role="doc-biblioentry"``) sorted as the style sorts:
    by the names, then year; "Lee, Ann B., Bo Chen, and Cy Roe. 2021. “Title.” <em>Venue</em> 3 (2):
    1–9. <a>https://doi.org/...</a>." ("In <em>Proceedings</em>, 1–9."), the first name inverted;
    the same names as the entry before printed "———." (the style's subsequent-author-substitute)
    and the same names and year told apart as "2021a", "2021b"; eleven names or more as the
    first seven and "et al." (truth the names printed, given first)."""
    h = _owner_style("pandoc_chicago_ad", owner)
    pandoc2 = h % 2 == 1
    role = "doc-biblioentry" if pandoc2 else "listitem"

    def key(e: dict) -> tuple:
        return tuple((split_name(a)[1], " ".join(split_name(a)[0])) for a in _chicago_shown(e["authors"]))

    ordered = sorted(entries, key=lambda e: (key(e), e["year"], e["title"]))
    suffix: dict[int, str] = {}
    groups: dict[tuple, list[int]] = {}
    for i, e in enumerate(ordered):
        groups.setdefault((key(e), e["year"]), []).append(i)
    for members in groups.values():
        if len(members) > 1:
            for j, i in enumerate(members):
                suffix[i] = "abcdefghijklmnopqrstuvwxyz"[j]
    items = []
    for i, e in enumerate(ordered):
        d = _digest(e)
        vol, issue, first, last = made_up_numbers(e)
        shown = _chicago_shown(e["authors"])
        names = [_e(chicago_first(shown[0]))] + [_e(a) for a in shown[1:]]
        if len(shown) < len(e["authors"]):
            people = ", ".join(names) + ", et al"
        else:
            people = names[0] if len(names) == 1 else (names[0] + ", and " + names[1] if len(names) == 2
                                                       else ", ".join(names[:-1]) + ", and " + names[-1])
        if i and key(ordered[i - 1]) == key(e):
            people = "———"
        year = f"{e['year']}{suffix.get(i, '')}"
        t = _e(e["title"])
        title = f"“{t}”" if t[-1:] in "?!" else f"“{t}.”"
        doi = f"https://doi.org/10.{1000 + int(d[:3], 16) % 9000}/{d[3:9]}"
        if e["kind"] == "journal":
            rest = f"<em>{_venue(e)}</em> {vol} ({issue}): {first}–{last}. <a href=\"{doi}\">{doi}</a>."
        elif e["kind"] == "preprint":
            rest = f"<em>{_venue(e)}</em>. <a href=\"{doi}\">{doi}</a>."
        else:
            rest = f"In <em>{_venue(e)}</em>, {first}–{last}."
        sep = "" if people.endswith(".") else "."
        items.append(f'<div id="ref-{d}" class="csl-entry" role="{role}">\n{people}{sep} {year}. {title} {rest}\n</div>')
    name = _e(owner)
    spacing = "" if pandoc2 else ' data-entry-spacing="0"'
    refs = (f'<div id="refs" class="references csl-bib-body hanging-indent"{spacing} '
            f'role="{"doc-bibliography" if pandoc2 else "list"}">\n' + "\n".join(items) + "\n</div>")
    return ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">\n<head>\n  <meta charset='
            f'"utf-8" />\n  <meta name="generator" content="pandoc" />\n  <meta name="viewport" content="width=device-width, '
            f'initial-scale=1.0, user-scalable=yes" />\n  <meta name="author" content="{name}" />\n  <meta name="dcterms.date" '
            'content="2025-02-14" />\n  <title>Publications</title>\n  <style>\n    html { color: #1a1a1a; background-color: '
            '#fdfdfd; }\n    body { margin: 0 auto; max-width: 36em; padding-left: 50px; padding-right: 50px; }\n    '
            'div.csl-bib-body { }\n    div.csl-entry { clear: both; margin-bottom: 0em; }\n    .hanging-indent div.csl-entry '
            '{ margin-left:2em; text-indent:-2em; }\n  </style>\n</head>\n<body>\n<header id="title-block-header">\n<h1 class='
            f'"title">Publications</h1>\n<p class="author">{name}</p>\n<p class="date">February 14, 2025</p>\n</header>\n<p>'
            'Papers in alphabetical order of authors. Preprints are listed with their DOI; see also my <a href="cv.pdf">CV'
            '</a>.</p>\n' + refs + "\n</body>\n</html>\n")


# The nineteenth round (wt-htmlr19, 2026-12-08): an open archive's collection page, a publisher
# digital library's author page, a documentation-site theme and a university's research
# information system profile, no earlier layout or probe printed, all four held out (see
# tests/test_html_layouts.py, NINETEENTH_ROUND_HELD_OUT), written and measured before the
# eighteenth round's four were looked at.

HAL_TYPES = {"en": {"journal": "Journal articles", "conference": "Conference papers",
                    "preprint": "Preprints, Working Papers, ...", "other": "Book sections"},
             "fr": {"journal": "Article dans une revue", "conference": "Communication dans un congrès",
                    "preprint": "Pré-publication, Document de travail", "other": "Chapitre d'ouvrage"}}


def render_hal_collection(entries, owner, rng) -> str:
    """A HAL collection page (hal.science, a laboratory's or a person's "CV HAL" list) saved from
    the browser: the collection's header and search box, the facets (document type, year), then
    ``table.table-results`` with a row per deposit: a type badge (``span.label``, English or French
    by the collection's language), the title in ``a.ref-halid > strong``, the names in full in
    ``div.authors`` parted by ", " (every name a link), and the citation as HAL computes it in
    ``div.citation``: "<i>Venue</i>, 2021, 3 (2), pp.1-9. ⟨10.1000/abc⟩. ⟨hal-01234567⟩" for an
    article, "<i>Conference</i>, 2021, pp.1-9. ⟨hal-...⟩" for a communication, "2021. ⟨hal-...⟩"
    after the venue for a preprint, with the deposit's id as "⟨hal-01234567v2⟩" and an arXiv one
    "⟨arXiv:2101.01234⟩"; a "Full text" / "Notice" badge and the deposit date in the last cell."""
    h = _owner_style("hal_collection", owner)
    lang = ("en", "fr")[h % 2]
    rows = []
    for e in _newest_first(entries):
        d = _digest(e)
        vol, issue, first, last = made_up_numbers(e)
        halid = f"hal-0{int(d[:6], 16) % 4000000 + 1000000}"
        version = f"v{1 + int(d[6], 16) % 3}" if rng.random() < 0.5 else ""
        names = ", ".join(f'<a href="https://hal.science/search/index/q/*/authFullName_s/{_e(a).replace(" ", "+")}">'
                          f'{_e(a)}</a>' for a in e["authors"])
        ids = f"⟨{halid}{version}⟩"
        if e.get("arxiv_id"):
            ids = f"⟨arXiv:{_e(e['arxiv_id'])}⟩. " + ids
        doi = f"⟨10.{1000 + int(d[:3], 16) % 9000}/{d[3:9]}⟩. "
        if e["kind"] == "journal":
            cit = f"<i>{_venue(e)}</i>, {e['year']}, {vol} ({issue}), pp.{first}-{last}. {doi}{ids}"
        elif e["kind"] == "conference":
            cit = f"<i>{_venue(e)}</i>, {e['year']}, pp.{first}-{last}. {ids}"
        elif e["kind"] == "preprint":
            cit = f"<i>{_venue(e)}</i>, {e['year']}. {ids}"
        else:
            cit = f"<i>{_venue(e)}</i>, pp.{first}-{last}, {e['year']}. {doi}{ids}"
        full = rng.random() < 0.6
        badge = (('<span class="badge badge-fulltext">Texte intégral</span>' if lang == "fr" else
                  '<span class="badge badge-fulltext">Full text</span>') if full else
                 '<span class="badge badge-notice">Notice</span>')
        rows.append(f'<tr><td class="pastille-col"><span class="label label-primary">{_e(HAL_TYPES[lang][e["kind"]])}'
                    f'</span></td><td><a class="ref-halid" href="https://hal.science/{halid}{version}" data-id="{halid}">'
                    f'<strong>{_e(e["title"])}</strong></a><div class="authors">{names}</div><div class="citation">{cit}'
                    f'</div></td><td class="text-right">{badge}<br/><small>{e["year"]}-0{1 + int(d[7], 16) % 9}-1'
                    f'{int(d[8], 16) % 10}</small></td></tr>')
    name = _e(owner)
    head = ("Dépôts de la collection" if lang == "fr" else "Deposits in the collection")
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"/><title>{name} - HAL</title><link rel="'
            'stylesheet" href="https://hal.science/assets/css/hal.min.css"/></head><body class="hal-portal"><div id='
            '"container"><header class="navbar navbar-hal"><a class="navbar-brand" href="https://hal.science/">HAL <small>'
            'open science</small></a><ul class="nav"><li><a href="/submit">Deposit</a></li><li><a href="/search">Consult'
            '</a></li><li><a href="/browse">Browse</a></li></ul></header><div class="collection-header"><h1>'
            f'{name}</h1><p>{head}: {len(rows)}</p></div><div class="row"><div class="col-md-3 facets"><h4>Document type'
            '</h4><ul>' + "".join(f'<li><a href="#">{_e(t)}</a></li>' for t in HAL_TYPES[lang].values())
            + '</ul><h4>Year</h4><ul><li><a href="#">2021</a></li><li><a href="#">2019</a></li></ul></div><div class="'
            'col-md-9"><form class="form-search"><input type="text" name="q" placeholder="Search"/><button>Search</button>'
            f'</form><div class="results-header">{len(rows)} results <span class="sort">Sort: Date of publication</span>'
            '</div><table class="table table-results"><tbody>\n' + "\n".join(rows) + '\n</tbody></table></div></div>'
            '<footer class="footer-hal"><p>HAL is an open archive operated by CCSD, a CNRS, Inria and INRAE unit.</p>'
            '<p><a href="#">Legal notice</a> | <a href="#">Contact</a></p></footer></div></body></html>\n')


IEEE_TYPES = {"journal": "Journal Article", "conference": "Conference Paper", "preprint": "Early Access Article",
              "other": "Book Chapter"}


def render_ieee_xplore_author(entries, owner, rng) -> str:
    """An IEEE Xplore author details page (``/author/37085...``) saved from the browser after
    Angular rendered it: the author card, "Publication Topics", then ``xpl-results-item`` per paper:
    ``div.result-item > div.result-item-align``, the title in ``h3 > a`` (words of it wrapped in
    ``span`` for the search highlight), ``xpl-authors-name-list > p.author`` of names in full, each
    ``<span><a><span>Name</span></a></span>``, parted by "; " (text spans), ``div.description`` with
    the venue as a link, then ``div.publisher-info-container`` "Year: 2021 | Volume: 3, Issue: 2 |
    Journal Article | Publisher: IEEE" ("Conference Paper", "Early Access Article"), "Cited by:
    Papers (12)", and the Abstract / HTML / PDF controls (truth the names as printed)."""
    h = _owner_style("ieee_xplore_author", owner)
    colon = h % 2 == 1
    rows = []
    for e in _newest_first(entries):
        d = _digest(e)
        vol, issue, first, last = made_up_numbers(e)
        words = _e(e["title"]).split(" ")
        k = int(d[0], 16) % max(len(words), 1)
        words[k] = f'<span class="highlight">{words[k]}</span>' if rng.random() < 0.3 else words[k]
        names = '<span>; </span>'.join(f'<span><a href="/author/{37000000000 + int(d[:5], 16) + i}"><span>{_e(a)}</span>'
                                       '</a></span>' for i, a in enumerate(e["authors"]))
        info = [f"Year: {e['year']}"]
        if e["kind"] == "journal":
            info.append(f"Volume: {vol}, Issue: {issue}" if colon else f"Volume: {vol}")
        info += [IEEE_TYPES[e["kind"]], "Publisher: IEEE"]
        cited = int(d[1:3], 16) % 40
        rows.append(f'<xpl-results-item><div class="result-item hide-mobile" id="{int(d[:7], 16)}"><div class="result-item-'
                    f'align"><h3 class="text-md-md-lh"><a href="/document/{int(d[:7], 16)}/">{" ".join(words)}</a></h3>'
                    f'<xpl-authors-name-list><p class="author text-base-md-lh">{names}</p></xpl-authors-name-list><div '
                    f'class="description text-base-md-lh"><a href="/xpl/RecentIssue.jsp?punumber={int(d[2:6], 16)}">'
                    f'{_venue(e)}</a><div class="publisher-info-container"><span>'
                    + '</span><span> | </span><span>'.join(_e(x) for x in info) + '</span></div></div>'
                    + (f'<div class="text-base-md-lh"><a href="/document/{int(d[:7], 16)}/citations">Cited by: Papers '
                       f'({cited})</a></div>' if cited else "")
                    + '<ul class="doc-access-tools"><li><a class="abstract-control">Abstract</a></li><li><a>HTML</a></li>'
                    '<li><a class="pdf-btn-link" title="PDF">PDF</a></li></ul></div></div></xpl-results-item>')
    name = _e(owner)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>IEEE Xplore Author Details</title><base '
            'href="/"></head><body><xpl-root><div class="global-header"><a href="https://ieeexplore.ieee.org/Xplore/home.'
            'jsp">IEEE Xplore</a><span>Browse</span><span>My Settings</span><span>Help</span><a>Institutional Sign In</a>'
            f'</div><xpl-author-details><div class="author-card"><h1><span>{name}</span></h1><div>Affiliation: Example '
            f'University</div><div class="author-metrics"><span>Publications: {len(rows)}</span> <span>Citations: '
            f'{len(rows) * 17}</span></div><div class="publication-topics"><h4>Publication Topics</h4><span>Neural Network'
            '</span>, <span>Quantum Field Theory</span>, <span>Optimization Problem</span></div><div class="bio"><h4>'
            'Biography</h4><p>The author received the Ph.D. degree in 2012. Her research interests include learning '
            'theory and physics.</p></div></div><div class="results-header"><span>Showing 1-' + str(len(rows)) + ' of '
            + str(len(rows)) + ' results</span><select><option>Newest</option><option>Most Cited</option></select></div>'
            '<div class="List-results-items">' + "".join(rows) + '</div></xpl-author-details><footer class="global-footer">'
            '<p>A not-for-profit organization, IEEE is the world\'s largest technical professional organization.</p>'
            '<p>&copy; Copyright 2025 IEEE - All rights reserved.</p></footer></xpl-root></body></html>\n')


MKDOCS_ICON = ('<span class="twemoji"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M19 3H5c-1.11 '
               '0-2 .89-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2"/></svg></span>')


def render_mkdocs_material(entries, owner, rng) -> str:
    """A site built with MkDocs and the Material theme (a group's documentation-style site): the
    header, the left ``nav.md-nav--primary`` and right table of contents (the years), then
    ``article.md-content__inner.md-typeset``: the ``h1``, an ``h2`` per year with its
    ``a.headerlink`` "¶", and a Markdown list per year, every item as Python-Markdown writes a loose
    list: ``<li><p><strong>Title</strong><br>`` the names (in full, the owner underlined with
    ``<u>`` or marked ``<mark>``) ``<br>`` "<em>Venue</em>, 2021" (or "<em>Venue</em> 3(2)")
    ``</p>`` then a paragraph of ``a.md-button`` links with twemoji SVG icons, and for some an
    abstract admonition ``details.abstract > summary`` ("??? abstract" in the source); the
    "Made with Material for MkDocs" footer."""
    h = _owner_style("mkdocs_material", owner)
    mark = ("u", "mark")[h % 2]
    by_year: dict[int, list[dict]] = {}
    for e in _newest_first(entries):
        by_year.setdefault(e["year"], []).append(e)
    body, toc = [], []
    for year in sorted(by_year, reverse=True):
        items = []
        for e in by_year[year]:
            d = _digest(e)
            vol, issue, first, last = made_up_numbers(e)
            names = _names(e["authors"], owner, mark=mark)
            where = (f"<em>{_venue(e)}</em> {vol}({issue}), {year}" if e["kind"] == "journal" and (h >> 4) % 2
                     else f"<em>{_venue(e)}</em>, {year}")
            buttons = [f'<a class="md-button" href="https://example.org/papers/{d}.pdf">{MKDOCS_ICON} PDF</a>']
            if rng.random() < 0.5:
                buttons.append(f'<a class="md-button" href="https://github.com/lab-{d[:4]}/{d[4:]}">{MKDOCS_ICON} Code</a>')
            abstract = ""
            if rng.random() < 0.4:
                abstract = ('\n<details class="abstract">\n<summary>Abstract</summary>\n<p>We study the problem and show '
                            'that a simple method works well in practice.</p>\n</details>')
            items.append(f'<li>\n<p><strong>{_e(e["title"])}</strong><br />\n{names}<br />\n{where}</p>\n<p>'
                         + " ".join(buttons) + f"</p>{abstract}\n</li>")
        body.append(f'<h2 id="{year}">{year}<a class="headerlink" href="#{year}" title="Permanent link">&para;</a></h2>\n'
                    '<ul>\n' + "\n".join(items) + "\n</ul>")
        toc.append(f'<li class="md-nav__item"><a href="#{year}" class="md-nav__link">{year}</a></li>')
    name = _e(owner)
    return ('<!doctype html>\n<html lang="en" class="no-js"><head><meta charset="utf-8"><meta name="generator" content="'
            f'mkdocs-1.6.1, mkdocs-material-9.5.44"><title>Publications - {name} Group</title><link rel="stylesheet" href='
            '"../assets/stylesheets/main.0253249f.min.css"></head><body dir="ltr" data-md-color-scheme="default"><header '
            f'class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner md-grid"><a href='
            f'".." class="md-header__button md-logo">{MKDOCS_ICON}</a><div class="md-header__title"><span class="md-ellipsis">'
            f'{name} Group</span></div><form class="md-search__form"><input type="text" class="md-search__input" placeholder="'
            'Search"></form></nav></header><div class="md-container"><main class="md-main"><div class="md-main__inner '
            'md-grid"><div class="md-sidebar md-sidebar--primary"><nav class="md-nav md-nav--primary"><ul class="md-nav__'
            'list"><li class="md-nav__item"><a href=".." class="md-nav__link">Home</a></li><li class="md-nav__item"><a href'
            '="../people/" class="md-nav__link">People</a></li><li class="md-nav__item md-nav__item--active"><a href="./" '
            'class="md-nav__link md-nav__link--active">Publications</a></li><li class="md-nav__item"><a href="../software/"'
            ' class="md-nav__link">Software</a></li></ul></nav></div><div class="md-sidebar md-sidebar--secondary"><nav '
            'class="md-nav md-nav--secondary"><label class="md-nav__title">Table of contents</label><ul class="md-nav__list">'
            + "".join(toc) + '</ul></nav></div><div class="md-content" data-md-component="content"><article class="md-'
            'content__inner md-typeset"><h1 id="publications">Publications</h1>\n<p>Preprints and code are linked below '
            'each paper. For a complete list see the group\'s CV.</p>\n' + "\n".join(body) + '\n</article></div></div>'
            '</main><footer class="md-footer"><div class="md-copyright">Copyright &copy; 2025 ' + name + ' Group<br>Made '
            'with <a href="https://squidfunk.github.io/mkdocs-material/">Material for MkDocs</a></div></footer></div>'
            '</body></html>\n')


ELEMENTS_TYPES = {"journal": "Journal articles", "conference": "Conference papers", "preprint": "Preprints",
                  "other": "Chapters"}


def render_elements_profile(entries, owner, rng) -> str:
    """A university's public research profile fed by Symplectic Elements (its "public web profile"
    / Discovery pages): the person's card, tabs (Overview, Publications, Grants), then per type a
    heading ("Journal articles", "Conference papers", "Preprints") and ``ul.publication-list`` of
    ``li.publication``: ``div.citation`` in Elements' default Harvard-like format, "Lee, A. B.,
    Chen, B. and Roe, C. (2021) 'Title', <i>Venue</i>, 3(2), pp. 1-9." ("doi: ..." linked), the
    owner's name in ``span.highlight-author``, the year in parentheses, the title in single curly
    quotes; then a row of ``span.metric`` badges (the Altmetric donut, "Dimensions citations: 12"),
    "Open access" and "Published: 12 May 2021" for some (truth "A. B. Lee")."""
    h = _owner_style("elements_profile", owner)
    curly = h % 2 == 1
    parts = []
    for kind, mine in _by_kind(entries):
        items = []
        for e in mine:
            d = _digest(e)
            vol, issue, first, last = made_up_numbers(e)
            printed = []
            for a in e["authors"]:
                text = _e(apa_name(a))
                printed.append(f'<span class="highlight-author">{text}</span>' if a == owner else text)
            names = printed[0] if len(printed) == 1 else ", ".join(printed[:-1]) + " and " + printed[-1]
            t = _e(e["title"])
            title = f"‘{t}’" if curly else f"'{t}'"
            if e["kind"] == "journal":
                rest = f"<i>{_venue(e)}</i>, {vol}({issue}), pp. {first}-{last}."
            elif e["kind"] == "conference":
                rest = f"<i>{_venue(e)}</i>, pp. {first}-{last}."
            else:
                rest = f"<i>{_venue(e)}</i>."
            if rng.random() < 0.6:
                doi = f"10.{1000 + int(d[:3], 16) % 9000}/{d[3:9]}"
                rest += f' doi: <a href="https://doi.org/{doi}">{doi}</a>.'
            month, day = _made_up_date(e)
            meta = []
            if rng.random() < 0.5:
                meta.append(f'<span class="metric altmetric" data-doi="{d}"><img alt="Altmetric score {int(d[:2], 16)}" '
                            'src="/img/altmetric.png"/></span>')
            if rng.random() < 0.5:
                meta.append(f'<span class="metric dimensions">Dimensions citations: {int(d[2:4], 16) % 60}</span>')
            if rng.random() < 0.4:
                meta.append('<span class="open-access">Open access</span>')
            meta.append(f'<span class="pub-date">Published: {day} {MONTH_NAMES[month - 1]} {e["year"]}</span>')
            items.append(f'<li class="publication" data-pub-id="{int(d[:6], 16)}"><div class="citation">{names} '
                         f'({e["year"]}) {title}, {rest}</div><div class="publication-meta">{" ".join(meta)}</div></li>')
        parts.append(f'<h3 class="pub-type-heading">{ELEMENTS_TYPES[kind]}</h3>\n<ul class="publication-list">\n'
                     + "\n".join(items) + "\n</ul>")
    name = _e(owner)
    return ('<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>' + name + ' | Research Portal | '
            'Example University</title><meta name="generator" content="Symplectic Elements Public Profile"></head><body>'
            '<div class="uni-header"><a href="/">Example University</a> <nav><a href="/research">Research</a> <a href="/'
            'people">Find an expert</a></nav></div><main class="profile"><div class="profile-card"><img src="/photo.jpg" alt'
            f'="{name}"/><h1>{name}</h1><p class="position">Senior Lecturer, School of Physics</p><p class="email">'
            'Email: someone@example.ac.uk</p></div><ul class="profile-tabs"><li><a href="#overview">Overview</a></li><li '
            'class="active"><a href="#publications">Publications</a></li><li><a href="#grants">Grants</a></li></ul><section '
            'id="publications"><h2>Publications</h2><p class="pub-filter">Show: <a href="#">Selected</a> | <a href="#">All'
            '</a></p>\n' + "\n".join(parts) + '\n</section></main><footer class="uni-footer"><p>Powered by Symplectic '
            'Elements. Data last updated 3 February 2025.</p></footer></body></html>\n')


LAYOUTS = {
    "ul_bold_title": render_ul_bold_title,
    "ol_authors_quoted": render_ol_authors_quoted,
    "table_year_column": render_table_year_column,
    "dl_dt_dd": render_dl_dt_dd,
    "site_sections": render_site_sections,
    "p_br_fields": render_p_br_fields,
    "bootstrap_list_group": render_bootstrap_list_group,
    "heading_per_entry": render_heading_per_entry,
    "citeproc_apa": render_citeproc_apa,
    "span_fields": render_span_fields,
    "div_cards_by_year": render_div_cards_by_year,
    "year_first_items": render_year_first_items,
    "numbered_vancouver": render_numbered_vancouver,
    "table_cells": render_table_cells,
    "wowchemy_citation": render_wowchemy_citation,
    "google_sites_spans": render_google_sites_spans,
    "ul_em_dash_fields": render_ul_em_dash_fields,
    "article_time": render_article_time,
    "table_number_cell": render_table_number_cell,
    "details_summary": render_details_summary,
    "ol_inline_styles": render_ol_inline_styles,
    "heading_siblings": render_heading_siblings,
    "li_year_badge": render_li_year_badge,
    "p_title_year_first": render_p_title_year_first,
    "dl_year_terms": render_dl_year_terms,
    "span_pub_parts": render_span_pub_parts,
    "table_per_year": render_table_per_year,
    "hugoblox_compact": render_hugoblox_compact,
    "p_br_run": render_p_br_run,
    "scholar_export": render_scholar_export,
    "badges_interleaved": render_badges_interleaved,
    "jekyll_scholar_apa": render_jekyll_scholar_apa,
    "bibbase_embed": render_bibbase_embed,
    "academicpages_archive": render_academicpages_archive,
    "thumbnail_rows": render_thumbnail_rows,
    "quarto_listing_table": render_quarto_listing_table,
    "alfolio_abstract_bibtex": render_alfolio_abstract_bibtex,
    "harvard_et_al": render_harvard_et_al,
    "nested_sublists": render_nested_sublists,
    "cards_affiliations_abstract": render_cards_affiliations_abstract,
    "venue_first_lines": render_venue_first_lines,
    "kramdown_loose_list": render_kramdown_loose_list,
    "pre_plaintext": render_pre_plaintext,
    "div_year_column": render_div_year_column,
    "chicago_quoted": render_chicago_quoted,
    "jemdoc_menu_table": render_jemdoc_menu_table,
    "drupal_biblio": render_drupal_biblio,
    "csl_nature_margin": render_csl_nature_margin,
    "papermod_entries": render_papermod_entries,
    "bibtex2html_table": render_bibtex2html_table,
    "table_year_rowspan": render_table_year_rowspan,
    "gs_ri_results": render_gs_ri_results,
    "excel_web_table": render_excel_web_table,
    "notion_export": render_notion_export,
    "blowfish_cards": render_blowfish_cards,
    "pure_portal_outputs": render_pure_portal_outputs,
    "researchgate_items": render_researchgate_items,
    "sphinx_bibtex_alpha": render_sphinx_bibtex_alpha,
    "faculty_profile_dl": render_faculty_profile_dl,
    "eprints_browse": render_eprints_browse,
    "wix_rich_text": render_wix_rich_text,
    "dspace7_results": render_dspace7_results,
    "acm_year_accordion": render_acm_year_accordion,
    "word_filtered_apa": render_word_filtered_apa,
    "latexml_biblist": render_latexml_biblist,
    "wp_block_groups": render_wp_block_groups,
    "typo3_din_list": render_typo3_din_list,
    "zotero_report": render_zotero_report,
    "gdocs_export": render_gdocs_export,
    "mediawiki_cs1": render_mediawiki_cs1,
    "jabref_tablerefs": render_jabref_tablerefs,
    "tex4ht_cv": render_tex4ht_cv,
    "org_html_export": render_org_html_export,
    "libreoffice_writer": render_libreoffice_writer,
    "tablepress_table": render_tablepress_table,
    "webflow_cms_list": render_webflow_cms_list,
    "s2_author_papers": render_s2_author_papers,
    "ncbi_my_bibliography": render_ncbi_my_bibliography,
    "pandoc_chicago_ad": render_pandoc_chicago_ad,
    "hal_collection": render_hal_collection,
    "ieee_xplore_author": render_ieee_xplore_author,
    "mkdocs_material": render_mkdocs_material,
    "elements_profile": render_elements_profile,
}


def expected(entries: list[dict], layout: str) -> list[dict]:
    """The truth rows ``layout`` prints: title, authors as printed (in order, all of them:
    names hidden behind "and N more authors" are in the markup), year, venue (the name)."""
    style = NAME_STYLE.get(layout, lambda n: n)
    printed = PRINTED_NAMES.get(layout, list)
    return [{"title": e["title"], "authors": [style(a) for a in printed(e["authors"])], "year": e["year"],
             "venue": e["venue"]}
            for kind in SECTION_ORDER for e in _newest_first(entries) if e["kind"] == kind]


def render(layout: str, entries: list[dict], owner: str, seed: int | str) -> bytes:
    """``layout``'s page of ``entries``, deterministic given ``seed``."""
    return LAYOUTS[layout](entries, owner, random.Random(f"{layout}|{seed}")).encode("utf-8")
