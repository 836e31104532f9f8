"""Markdown publication lists rendered from real metadata in several layouts (issues #21
item 1, #16 item 1): held-out sets for the markdown page reader.

The metadata is that of :mod:`tests.cv_layouts` (read at test time from
``../shared/external``: a researcher's own BibTeX entries, whose owner is the name in most
of a file's entries, and arXiv ``.abs`` entries with the made-up owner
:data:`cv_layouts.FAKE_OWNER` put into each author list). The layouts are this module's own,
each modelled on a way researchers write their publication lists in markdown:

- ``bullet_bold_title``: "- **Title.** Ann Lee, <u>Maren T. Holloway</u>, and Cy Roe.
  *Venue*, 2021. [PDF](..)" (the title first, in bold; the owner underlined).
- ``numbered_apa``: "1. Lee, A., **Holloway, M. T.**, & Roe, C. (2021). Title. *Venue*."
  (APA; the truth names: "A. Lee").
- ``year_headings``: "### 2021" headings, under them "- Ann Lee, Bo Chen, and Cy Roe.
  “Title.” *Venue*." (the year only in the heading).
- ``kind_headings``: "## Journal articles" / "## Conference papers" / "## Preprints", entries
  "* Ann Lee, **Maren T. Holloway**, Cy Roe (2021). Title. *Venue*. [arXiv](..)".
- ``ieee_numbered``: "1. A. Lee, B. Chen, and C. Roe, "Title," *Venue*, vol. 3, no. 2,
  pp. 1–9, 2021." (initials first).
- ``chicago``: "- Lee, Ann, Bo Chen, and Cy Roe. 2021. "Title." *Venue* 3 (2): 1–9."
  (Chicago author-date: the first author inverted).
- ``academicpages_lines``: one entry over several lines with hard breaks (two trailing
  spaces): the bold title, the author list with the owner in italics, "*Venue*, 2021",
  link buttons with kramdown attributes ("[PDF](..){: .btn}").
- ``html_inline``: numbered entries with HTML inside the markdown: "<span
  class="title">Title</span><br/> names with <b>owner</b><br/> <i>Venue</i> (2021)".
- ``wrapped_numbered``: "1. Authors (2021). Title. *Venue*, 3(2), 1–9." soft-wrapped over
  several lines at 72 columns, continuation lines indented.
- ``pandoc_cv``: a pandoc markdown CV (YAML header) with Education, Talks and Teaching
  sections around the publications, publications as definition lists whose terms are the
  years ("2021\\n:   Ann Lee, Bo Chen. Title. *Venue*.").
- ``dblp_colon``: "- Ann Lee, Bo Chen, Cy Roe: Title. Venue 3(2): 1-9 (2021)" (DBLP), with an
  "[[doi]](..)" link in front.
- ``quoted_venue_first``: "- *Venue* (2021): “Title”, with Ann Lee and Cy Roe." under kind
  headings; the owner implied (left out of the printed names).
- ``title_link``: "1. [Title](url). Ann Lee and **Maren T. Holloway**. *Venue* (2021)." (the
  title is the link's text).
- ``pipe_table``: a pipe table, "| 2021 | Ann Lee, **Bo Chen**. Title. *Venue*. |".
- ``harvard_bullets``: Harvard, "* Lee, A.B., Chen, B. and Roe, C. (2021) ‘Title’, *Venue*,
  3(2), pp. 1–9." (the truth names: "A. B. Lee").
- ``quirks_bullets`` (written for tuning): "- Ann Lee\\*, **Bo Chen**† (2021). [Title](url).
  In *Venue*. DOI: ..." with equal-contribution marks, link text titles and notes varying
  by entry.
- ``nested_lists`` (written for tuning): "- 2021" items with the entries as sub-items, and
  under an entry its link buttons or a note as sub-items or an indented paragraph.
- ``bold_year_paragraphs``: a year in bold on a line of its own ("**2021**"), then one
  paragraph per entry, "Ann Lee and Bo Chen. Title. *Venue*." (the year only above).
- ``hugo_reference_links`` (added 2026-12-06, held out): a Hugo page with TOML front
  matter and shortcodes ("{{< icon ... >}}"), "- Ann Lee and **Bo Chen**. [Title][p3].
  *Venue*, 2021." with the link targets listed at the end.
- ``definition_titles`` (added 2026-12-06, held out): a CV's definition lists whose term
  is the title: "Title\n:   Ann Lee and Bo Chen\n:   *Venue*, 2021", then a Service section.
- ``owner_bracket_labels`` (added 2026-12-06, held out): paragraphs "[12] A. Lee,
  **M. T. Holloway**, B. Chen, et al. Title. *Venue* **3**, 101 (2021)." (initials first,
  long lists cut after six names; the truth is the names printed).
- ``readme_emoji`` (added 2026-12-06, second round, held out): a GitHub README, "- 📄
  **Title** — Ann Lee, <ins>Bo Chen</ins>. *Venue 2021*. [[paper]](url)".
- ``year_middot_apa`` (added 2026-12-06, second round, held out): "* **2021** · Lee, A.,
  **Holloway, M. T.**, & Roe, C. Title. *Venue*, *3*(2), 1–9. https://doi.org/..." (the truth
  names: "A. Lee").
- ``mla_et_al`` (added 2026-12-06, third round, held out): MLA, "- Lee, Ann, et al.
  “Title.” *Venue*, vol. 3, no. 2, 2021, pp. 1–9." (the truth: the names printed).
- ``headerless_table`` (added 2026-12-06, third round, held out): a pipe table with an empty
  or "#" header row, "| 3. | Ann Lee, **Bo Chen**. Title. *Venue*, 2021. |".
- ``blockquote_entries`` (added 2026-12-06, fourth round, held out): "> Ann Lee, <u>Bo
  Chen</u>. **Title**. *Venue*, 2021." blockquote paragraphs under year headings.
- ``commas_paren_labels`` (added 2026-12-06, fourth round, held out): "(12) “Title,” A.
  Lee, B. Chen and C. Roe, *Venue* 3, 101–109 (2021)." (the truth names: "A. Lee").
- ``html_table_in_md`` (added 2026-12-06, fifth round, held out): a raw HTML table in the
  markdown file, "<tr><td>2021</td><td>Names. Title. <em>Venue</em>.</td></tr>".
- ``semicolon_in_venue`` (added 2026-12-06, fifth round, held out): "- Lee, Ann; Chen, Bo;
  Roe, Cy: Title. In: *Venue*, 2021."
- ``setext_paren_numbers`` (added 2026-12-06, sixth round, held out): setext headings,
  "1) Ann Lee, Bo Chen (2021): Title. Venue 3:101–109." with no emphasis.
- ``vancouver_pandoc_cv`` (added 2026-12-06, seventh round, held out): a pandoc / R
  markdown CV (YAML header with ``output:``), pandoc's numbered list "1.  Lee A, **Holloway
  MT**, Roe C. Title. *Venue*. 2021;3(2):101–9." under kind headings, with Employment and
  Grants sections around it (the truth names: "M. T. Holloway").
- ``quarto_fenced_divs`` (added 2026-12-06, seventh round, held out): a Quarto page, each
  entry a fenced div ``::: {.pub}`` of three paragraphs: "[Title](url)", "Ann Lee, [Bo
  Chen]{.me}, Cy Roe", "*Venue* (2021) · [PDF](url){.btn}", under year headings.
- ``readme_table_br`` (added 2026-12-06, seventh round, held out): a README table "| Paper |
  Venue | Links |" whose paper cell is "**Title**<br>Ann Lee, <u>Bo Chen</u>", the venue cell
  "*Venue* 2021", the links cell "[[pdf]](url) [[code]](url)".
- ``links_interleaved`` (added 2026-12-06, seventh round, held out): bullets "- Ann Lee,
  **Bo Chen**. Title [[pdf]](url) [[code]](url). *Venue*, 2021." with the bracketed link
  buttons put, entry by entry, after the title, before the names, after the venue or
  after the names.
- ``hugo_blox_pages`` (added 2026-12-06, seventh round, held out): not a list but one
  ``content/publication/<slug>/index.md`` per entry, as Hugo Academic / Wowchemy / HugoBlox
  keep them: TOML (``+++``) or YAML front matter with ``authors`` as a list (the owner as
  ``admin`` on some pages: the truth then leaves the owner out), ``publication_types``,
  ``publication = "*Venue*"``, ``date``, and a markdown body of prose; read with
  :func:`render_files`.
- ``ads_semicolons`` (added 2026-12-06, eighth round, held out): an academicpages page typed
  from ADS, "12\\. Title <br />" then "Lee, Ann; **Holloway, Maren T.**; Roe, Cy 2021, Venue,
  3, 101 <br />" then "[ADS](url) | [arXiv](url)" (the truth names given name first).
- ``jekyll_coauthor_posts`` (added 2026-12-06, eighth round, held out): one Jekyll post per
  paper with ``coauthors:`` name/web objects that leave the owner out (owner implied) and a
  ``journal-ref:`` "Venue 3 (2021), 101".
- ``academicpages_citation`` (added 2026-12-06, eighth round, held out): one academicpages
  ``_publications`` file per paper whose names are only in the APA ``citation:`` string,
  with HTML entities (the truth names: "A. Lee").
- A ninth round (added 2026-12-06, branch wt-md3, held out; written before the reader read
  the markdown's token stream, to measure structure that raw-line rules may miss):

  - ``nested_notes``: "- Names. Title. *Venue*, 2021." with sub-bullets under each entry:
    link buttons, "Abstract: ..." notes, "Press: ..." notes, nested two deep at times, and a
    News section of bullets after the publications.
  - ``paren_ordered_lines``: "1) **Title**" with the names and "*Venue*, 2021" on lines of
    their own inside the same item (soft breaks, no hard break), a Teaching list after.
  - ``setext_year_h3``: setext "Publications" / "Talks" headings ("===", "---") and "### 2021"
    year headings, entries as paragraphs "Names. “Title”. *Venue*." (the year only in the
    heading).
  - ``html_tags_inline``: list items written with HTML inline tags: ``<a href>Title</a>``,
    ``<strong>`` owner, ``<em>`` venue, ``<sup>1</sup>`` affiliation marks.
  - ``reference_style``: "1. [Title][t3]. Names. *Venue* (2021). [pdf][p3]" with the
    definitions of both links at the end of the page.
  - ``details_abstracts``: each entry a bullet, its abstract in a ``<details>`` block
    (``<summary>Abstract</summary>`` and a paragraph of prose) under it.
  - ``bold_italic_mixed``: "- _Title_ — Ann Lee, ***Bo Chen***, Cy Roe. **_Venue_**, 2021."
    with the owner in bold italics and the venue in bold and italics.
  - ``blockquote_lists``: a list inside a blockquote ("> - Names (2021). Title. *Venue*.")
    under kind headings, a quoted note paragraph ("> \\* equal contribution") before it.
- A tenth round (added 2026-12-06, branch wt-md4; written before the reader read these forms
  from the token stream: the structures real markdown sites use that CommonMark does not
  define, or defines as raw HTML):

  - ``citeproc_divs``: pandoc's markdown written with ``--citeproc``: a ``::: {#refs
    .references .csl-bib-body}`` div holding one ``::: {#ref-key .csl-entry}`` div per
    entry (nested fences of three colons, or the outer one longer), wrapped at 72 columns,
    straight quotes and "--" dashes as pandoc's writer prints them; Chicago author-date, or
    a numeric style with ``[\\[1\\] ]{.csl-left-margin}[...]{.csl-right-inline}`` spans
    (by the owner's digest: the truth names then initials first).
  - ``deflist_year_cv``: a pandoc CV whose publications are definition lists with the year
    as the term (":   " or "~   " markers), each definition wrapped with its continuation
    lines indented, one term per entry or several definitions under one year; names "Lee,
    A.B., **B.C. Chen**, and C. Roe" (the truth: initials first), a plain venue; Education
    and Talks definition lists around it.
  - ``year_title_venue_table``: pipe tables of publications per kind heading, "| Year |
    Title | Authors | Venue |" (header words and alignment vary), the year printed only in a
    year's first row on some pages, titles linked at times; a Talks table after.
  - ``html_list_in_md``: HTML written into the markdown under kind headings: an ``<ol>``
    whose ``<li>`` runs over several lines ("<a href>Title</a><br>" the names "<br>"
    "<em>Venue</em>, 2021"), blank lines between items on some pages; or a ``<table>`` with a
    ``<th>`` header row, a year cell and an entry cell over several lines.
  - ``hugo_shortcode_lists``: a Hugo page whose lists stand inside shortcodes (``{{< tabs >}}``
    / ``{{% tab "Journal articles" %}}``, ``{{< details title=... >}}``, or hugo-book's
    ``{{< columns >}}`` with ``<--->`` between columns), a ``{{% callout %}}`` note first,
    icons as shortcodes in the entries.
- An eleventh round (added 2026-12-07, branch wt-md11; the tools researchers write their
  pages with beyond the static-site generators, written before the reader was changed for
  them):

  - ``mkdocs_material_tabs``: an MkDocs Material page whose lists stand in content tabs
    (``=== "Journal articles"``) or collapsible admonitions (``??? note "Preprints"``), their
    content indented four spaces (an indented code block to CommonMark); "and", "&" or commas
    between names; icons and ``{ .md-button }`` attribute lists after entries.
  - ``mdx_components``: a Docusaurus ``.mdx`` page, one JSX component per paper
    (``<Paper title="..." authors="Ann Lee, Bo Chen" venue="..." year={2021} />``, authors as
    a string or a JSX array, on one line or one prop a line) inside ``<Tabs>`` / ``<TabItem>``
    or under kind headings, after ``import`` lines and an MDX comment.
  - ``pagedown_resume``: an R Markdown CV for pagedown's ``html_resume`` (``index.Rmd``, as
    datadrivencv writes it): Aside and Main parts, setext sections with attributes
    ("Publications {data-icon=book}"), each entry a "### Title" heading over paragraphs: the
    venue, "N/A", the year, the names (a bullet or a paragraph); education and talks alike.
  - ``obsidian_wikilinks``: an Obsidian note: properties, a "> [!info]" callout, year
    headings, each paper a wikilink ("[[Title]]", "[[papers/key|Title]]"), co-authors linked
    to person notes at times, tags ("#paper/journal"), or Dataview inline fields under the
    paper ("- authors:: ...", "- venue:: ...", "- year:: 2021"); some entries name no venue
    (:data:`VENUE_SOMETIMES`: the truth venue is then None).
  - ``footnote_venues``: "1. Ann Lee, **Bo Chen**, and Cy Roe. “Title.”[^3]" whose venue and
    year stand in a footnote ("[^3]: *Venue* 3, 101–109 (2021).") after the entry or at the
    page's end; an "[^eq]" mark after some first names points to an equal-contribution note.
  - ``profile_readme_badges``: a GitHub profile ``README.md``: a centred HTML greeting and
    profile badges, the papers as "**Title**" over the names and "*Venue*, 2021" with
    shields.io badges (arXiv, stars), or "![Venue 2021](badge) **Title** <br> names" with the
    venue only in the badge's text; lists cut after six names with "et al."; older papers in
    ``<details>``; a stats image after.
- A twelfth round (added 2026-12-07, branch wt-md12; written before the reader was changed
  for it, all four held out): pages that site builders and notebook tools leave behind.

  - ``alfolio_bibliography``: an al-folio ``_pages/publications.md`` whose jekyll-scholar
    ``{% bibliography %}`` output was turned back into markdown by pandoc: "## 2021 {.year}"
    headings, each entry a "::: row" of fenced divs (an abbreviation badge "[Conf.]{.badge}",
    "::: title", "::: author", "::: periodical" holding "*Venue*, 2021"), link buttons with
    attributes, a hidden abstract div.
  - ``hugo_figure_list``: a hand-kept Hugo ``content/publication/_index.md``: a
    "{{< figure >}}" thumbnail before some entries, "[**Title**](/publication/..)" then the
    names and "*Venue*, 2021 · [PDF](..) · [Code](..)" on lines of their own (hard breaks by a
    backslash or two spaces), thematic breaks between entries at times, kind headings at times.
  - ``myst_cite_roles``: a Jupyter Book / MyST page: "(publications)=" target, ":::{note}",
    entries "- {bdg-primary}`2021` Ann Lee and **Bo Chen**. *Title*. Venue. {cite}`key`"
    (the title in italics, quoted or plain, the venue plain, a "{doi}" role at times), a
    ":::{dropdown}" abstract under some, a "```{bibliography}" directive at the end.
  - ``org_pandoc_years``: an Org CV converted by pandoc: "## 2021 [journal]{.tag
    tag-name="journal"} {#y2021}" year headings, "-   " items wrapped at 72 columns with
    four-space continuation lines, "Ann Lee and **Bo Chen**, *Title*, *Venue*, 2021." (the title
    italic or quoted, the owner bold, italic or "[..]{.underline}"), Education and Talks
    sections around the publications.
- A thirteenth round (added 2026-12-07, branch wt-md13; written before the reader was changed
  for it, all four held out): the publications kept as data in a page's header, a template
  CV's code-span dates, labelled fields under headings, a list pasted from Google Scholar.

  - ``csl_yaml_nocite``: a pandoc / Quarto ``publications.qmd`` whose front matter holds the
    papers as CSL-YAML ``references:`` (family / given names, ``container-title``, ``issued``
    as a year or date-parts) with ``nocite: '@*'``; the body only prose and an empty
    ``::: {#refs}`` div.
  - ``markdown_cv_code_years``: a CV on the Jekyll "markdown-cv" template: items opened by
    their date as a code span on a line of its own ("`2021`"), then "__Title__" over the
    names and "*Venue*", or "Names. Title. *Venue*." on one line; Education and Occupation
    items alike.
  - ``bold_label_fields``: each paper a "### Title" heading (linked at times) over fields
    opened by bold labels ("**Authors:**", "**Published in:**", "**Year:**" or "**Date:**
    March 2021", "**Links:**"), as bullets or as hard-broken lines; year headings at times.
  - ``scholar_profile_paste``: paragraphs pasted from a Google Scholar profile: the title
    (linked or bold), "AB Lee, C Roe, ..." (cut after six names), "Venue 3 (2), 101-109,
    2021", "Cited by 12" after some (the truth names: "A. B. Lee").
- A fourteenth round (added 2026-12-07, branch wt-md14; written before the reader was changed
  for it, all four held out): papers as a site's own shortcode calls, BibTeX in code blocks,
  a MyST list-table, a Vancouver list whose links stand in footnotes.

  - ``hugo_pub_shortcodes``: one Hugo shortcode call per paper, its fields named parameters
    ("{{< pub title="..." authors="Ann Lee, Bo Chen" venue="..." year="2021" >}}", on one
    line or a parameter a line), or a paired call holding the year and venue with the title
    and names inside; year headings at times.
  - ``bibtex_code_blocks``: a README where each paper carries a "```bibtex" block (folded in
    "<details>" at times), under a bullet with the full reference or under a title heading
    and a venue line only (the names then in the BibTeX alone).
  - ``myst_list_table``: MyST ``list-table`` directives per kind, rows as bullets of bullets,
    four columns (Year, Title, Authors, Venue) or three (Year, "Names. Title.", Venue).
  - ``footnote_link_refs``: "1. Lee A, **Chen B**, Roe C. Title. Venue. 2021;3(2):1-9.[^1]"
    (Vancouver, cut after six names with "et al"), the links in footnotes at the page's end,
    a "[^c]" corresponding-author note (the truth names: "A. Chen").
- A fifteenth round (added 2026-12-07, branch wt-md15; written before the reader was changed
  for it, all four held out): papers kept as data in a page's tool syntax (a Quarto listing's
  inline items, an R chunk of a vitae CV, a Logseq page's block properties) and a pasted arXiv
  search.

  - ``quarto_listing_items``: a Quarto ``publications.qmd`` whose front matter's ``listing:``
    holds the papers as inline ``contents:`` items (``title``, ``author`` a string or a list,
    ``date``, the venue under a custom field or in ``description``, ``categories``, ``path``);
    the body an empty listing div.
  - ``vitae_tribble_cv``: an R Markdown CV on the vitae package: sections of R chunks,
    "tribble(~title, ~authors, ~venue, ~year, "...", ...) %>% detailed_entries(...)" (columns
    in varying order and names) or a citation string and the year with ``brief_entries``.
  - ``logseq_properties``: a Logseq page: every line a block, each paper a block (its title, a
    page link at times) with Zotero-import properties ("authors:: [[Ann Lee]], [[Bo Chen]]",
    "date:: [[Mar 3rd, 2021]]", "publication-title:: Venue"), year blocks at times.
  - ``arxiv_listing_paste``: an arXiv search's results pasted in: "arXiv:2103.04567 [pdf]
    cs.CL", the title, "Authors: ...", "Abstract: ...", "Submitted 3 March, 2021; ...",
    "Journal ref: Venue 3 (2021) 101-109" (the arXiv-only papers: the identifier alone).
- A sixteenth round (added 2026-12-07, branch wt-md16; written before the reader was changed
  for it, all four held out): the writers and pastes that leave papers in shapes no earlier
  round prints (HTML divs of pandoc's GitHub-markdown writer, an ORCID record pasted, a
  JavaScript array in an MDX page, a Word CV's table turned into a pandoc grid table).

  - ``pandoc_gfm_csl_html``: ``pandoc --citeproc -t gfm``: the bibliography as raw HTML
    ``<div id="refs" ...>`` / ``<div id="ref-key" class="csl-entry">`` with markdown inside,
    APA, IEEE (``<span class="csl-left-margin">``) or Chicago by the owner's digest.
  - ``orcid_works_paste``: an ORCID record's works pasted in: the title, the journal, "2021-03
    | Journal article", "DOI: ...", "Contributors: Ann Lee; Bo Chen", "Source: Crossref".
  - ``mdx_data_array``: an MDX page exporting its papers as a JavaScript array of objects
    ("export const publications = [{ title: '...', authors: [...], year: 2021 }, ...]") drawn
    by a component.
  - ``docx_pandoc_grid_cv``: a Word CV through ``pandoc -t markdown``: bold capitals or headings
    with ``[]{#_Toc.. .anchor}`` bookmarks, the papers in a grid table or a headerless
    multiline table (year | APA reference; the truth names: initials first).
- A seventeenth round (added 2026-12-07, branch wt-md17; written before the reader was changed
  for it, all four held out): pages that tools knit, convert or download to markdown with the
  papers as their tables or their citation style (a knitr simple table, a Google Docs
  download, a Jupyter notebook's DataFrame, RefManageR's biblatex print).

  - ``kable_simple_table``: an R Markdown page knitted to markdown, the papers a data frame
    printed by ``knitr::kable(format = "simple")`` (a pandoc simple table, no pipes), one
    table or one per kind, a ``Table:`` caption at times.
  - ``gdocs_md_export``: a Google Docs CV downloaded as markdown: markup characters escaped,
    APA references (the owner bold) as a numbered or bulleted list or paragraphs under bold
    years (the truth names: initials first).
  - ``nbconvert_dataframe``: ``jupyter nbconvert --to markdown``: a pandas DataFrame of the
    papers as pandas' HTML table (index in ``<th>``, names as "[Ann Lee, Bo Chen]") or as
    ``to_markdown()``'s pipe table.
  - ``refmanager_biblatex``: RefManageR's ``PrintBibliography`` in markdown: biblatex's
    numeric, alphabetic or author-year style, ``<a name=bib-key></a>`` anchors, "In:
    _Venue_ 3.2 (2021), pp. 1-9." (the truth names: initials first).
- An eighteenth round (added 2026-12-08, branch wt-md18; written before the reader was changed
  for it, all four held out): pages written by a bibliography library's markdown backend, a
  note app's export, a Vue-based documentation site, and citeproc in CSL styles no earlier
  round uses.

  - ``pybtex_markdown``: pybtex's markdown backend (unsrt or alpha labels): every markdown
    character escaped, dots, hyphens and parentheses too, "&ndash" for the en dash, blocks
    split by soft breaks, entries "[1] ..." ended by hard breaks in one paragraph, or PHP
    Markdown Extra definition lists (names abbreviated by the owner's digest: the truth then
    initials first).
  - ``notion_export``: a Notion page exported as markdown: an ``<aside>`` callout, papers as
    ``<details>`` toggles, as bullets linking to sub-pages by percent-encoded file names with
    nested bullets, or as bullets with indented paragraphs; dates "March 3, 2021".
  - ``vitepress_containers``: a VitePress page: ``<script setup>``, ``[[toc]]``, ``::: tip``
    / ``::: details`` containers, ``{#id}`` headings, ``<Badge text="2021" />`` after titles.
  - ``pandoc_csl_more_styles``: ``pandoc --citeproc`` with Nature, Harvard cite-them-right or
    MLA (by the owner's digest; et al. after each style's limit, the truth the names printed)
    through ``-t commonmark_x`` (fenced divs) or ``-t markdown_mmd`` (HTML divs).
- A nineteenth round (added 2026-12-08, branch wt-md19; written before the reader was changed
  for it, all four held out): a page converted from HTML by a library, a note app's callouts,
  a slide deck, a README a workflow rewrites in the ACM reference format.

  - ``html2text_page``: Python ``html2text`` output of a faculty page: a navigation line,
    ``* * *`` rules, "  * " items wrapped at 78 columns, "_Venue_", curly-quoted titles,
    "[[pdf](..)]" or reference links listed at the end.
  - ``obsidian_callouts``: an Obsidian note of literature-note callouts, "> [!cite]- Title"
    (or a "[[@key|Title]]" header), names as wikilinks, "> *Venue* (2021)", embeds and tags.
  - ``marp_slides``: a Marp deck: ``marp: true`` front matter, ``---`` slides, directive
    comments, "## Publications (2/4)" slides of "- **Title**<br>" items or nested bullets.
  - ``acm_readme_action``: a profile README between "<!-- PUBLICATIONS:START -->" markers,
    ACM Reference Format ("Ann Lee and Bo Chen. 2021. Title. *Venue* 3, 2 (2021), 1–9."),
    older papers in ``<details>``.

Each is ``render_<name>(entries, owner, rng) -> str`` (``hugo_blox_pages``: a mapping of
paths to texts); :data:`LAYOUTS` maps names to them,
and :func:`expected` gives the truth rows a layout prints (title, authors as printed, year,
venue, section). ``rng`` varies only what the truth does not depend on (heading levels,
bullets, the owner's emphasis, links), so the page is a function of the entries, the
layout and the seed.
"""

from __future__ import annotations

import hashlib
import random
import re
import textwrap

from . import cv_layouts
from .cv_layouts import apa_name, chicago_first, initials_first, made_up_numbers, sections

NAME_STYLE = {"vancouver_pandoc_cv": cv_layouts.vancouver_truth, "academicpages_citation": initials_first, "numbered_apa": initials_first, "ieee_numbered": initials_first, "harvard_bullets": initials_first,
              "owner_bracket_labels": initials_first, "year_middot_apa": initials_first,
              "commas_paren_labels": initials_first, "deflist_year_cv": initials_first,
              "scholar_profile_paste": cv_layouts.vancouver_truth, "docx_pandoc_grid_cv": initials_first, "gdocs_md_export": initials_first, "refmanager_biblatex": initials_first, "footnote_link_refs": cv_layouts.vancouver_truth}
ET_AL_LAYOUTS = {"owner_bracket_labels", "profile_readme_badges", "scholar_profile_paste", "footnote_link_refs"}  # long lists cut to the first ET_AL_AFTER names and "et al."
MLA_LAYOUTS = {"mla_et_al"}  # three or more authors printed as the first and "et al." (cv_layouts.et_al)
ET_AL_AFTER = 6
OWNER_IMPLIED = {"quoted_venue_first", "jekyll_coauthor_posts"}
# Layouts of one file per entry (render_files gives {path: text}); the truth of a page that
# writes the owner as Hugo's "admin" leaves the owner out (the page does not give the name).
MULTI_FILE = {"hugo_blox_pages", "jekyll_coauthor_posts", "academicpages_citation"}
ADMIN_LAYOUTS = {"hugo_blox_pages"}  # the owner written as Hugo's "admin" on half the sites
KIND_HEADINGS = {"journal": ("Journal articles", "Peer-reviewed journal papers", "Articles"),
                 "conference": ("Conference papers", "Conference proceedings", "Refereed conference papers"),
                 "preprint": ("Preprints", "Working papers and preprints", "Submitted manuscripts"),
                 "other": ("Other publications", "Book chapters and reports", "Other writing")}


def expected(entries: list[dict], layout: str) -> list[dict]:
    """The truth rows ``layout`` prints, in the order of :func:`ordered`."""
    style = NAME_STYLE.get(layout, lambda n: n)
    rows = []
    for kind, e in ordered(entries, layout):
        implied = layout in OWNER_IMPLIED or (layout in ADMIN_LAYOUTS and owner_as_admin(e["owner"]))
        authors = [a for a in e["authors"] if not (implied and a == e["owner"])]
        if layout in ET_AL_LAYOUTS:
            authors = authors[:ET_AL_AFTER]
        if layout in MLA_LAYOUTS:
            authors = cv_layouts.et_al(authors)[0]
        if layout == "pandoc_csl_more_styles":
            authors = more_csl_authors(authors, more_csl_style(e["owner"]))
        names = (initials_first if (layout == "citeproc_divs" and numeric_csl(e["owner"]))
                 or (layout == "pandoc_gfm_csl_html" and gfm_csl_style(e["owner"]) != "chicago-author-date")
                 or (layout == "pybtex_markdown" and pybtex_abbreviated(e["owner"]))
                 or (layout == "pandoc_csl_more_styles"
                     and more_csl_style(e["owner"]) != "modern-language-association")
                 else style)
        venue = None if layout in VENUE_SOMETIMES and venue_left_out(e) else e["venue"]
        rows.append({"title": e["title"], "authors": [names(a) for a in authors], "owner_implied": implied,
                     "year": e["year"], "venue": venue, "section": kind})
    return rows


def owner_as_admin(owner: str) -> bool:
    """Whether the one-file-per-entry site of ``owner`` writes the owner as Hugo's "admin"
    (a digest of the name: half the owners, the same on every run)."""
    return hashlib.md5(owner.encode("utf-8")).digest()[0] % 2 == 0


def ordered(entries: list[dict], layout: str) -> list[tuple[str, dict]]:
    """(kind, entry) in the order the page prints them: by kind then year for the layouts
    with kind headings, else newest first."""
    if layout in ("kind_headings", "pandoc_cv", "quoted_venue_first", "academicpages_lines", "hugo_reference_links",
                  "definition_titles", "setext_paren_numbers", "vancouver_pandoc_cv", "blockquote_lists",
                  "deflist_year_cv", "year_title_venue_table", "html_list_in_md", "hugo_shortcode_lists",
                  "mkdocs_material_tabs", "mdx_components", "pagedown_resume", "myst_list_table", "vitae_tribble_cv",
                  "notion_export"):
        return [(kind, e) for kind, mine in sections(entries) for e in mine]
    return [(e["kind"], e) for e in sorted(entries, key=lambda e: -e["year"])]


# --------------------------------------------------------------------------- pieces


def _join(names: list[str], last: str = ", and ", two: str = " and ") -> str:
    if len(names) <= 1:
        return "".join(names)
    if len(names) == 2:
        return names[0] + two + names[1]
    return ", ".join(names[:-1]) + last + names[-1]


def _emph(rng: random.Random, styles=("**{}**", "<u>{}</u>", "*{}*", "__{}__")) -> str:
    return rng.choice(styles)


def _names(e: dict, style, mark: str | None) -> list[str]:
    """The printed names, the owner's wrapped in ``mark`` ("**{}**")."""
    return [(mark.format(style(a)) if mark and a == e["owner"] else style(a)) for a in e["authors"]]


def _links(e: dict, rng: random.Random, attrs: bool = False) -> str:
    slug = re.sub(r"\W+", "-", e["title"].lower()).strip("-")[:40]
    out = []
    if e.get("arxiv_id"):
        out.append(f"[arXiv](https://arxiv.org/abs/{e['arxiv_id']})")
    if rng.random() < 0.6:
        out.append(f"[PDF](https://example.org/papers/{slug}.pdf)")
    if rng.random() < 0.3:
        out.append(f"[Code](https://github.com/example/{slug[:20]})")
    if attrs:
        out = [f"{x}{{: .btn .btn--small}}" for x in out]
    return " ".join(out)


def _venue(e: dict) -> str:
    return cv_layouts.printed_venue(e)


def _front(title: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"---\nlayout: archive\ntitle: \"{title}\"\npermalink: /publications/\nauthor_profile: true\n---\n\n"
    return f"# {title}\n\n"


def _heading(level: int, text: str) -> str:
    return "#" * level + " " + text


# --------------------------------------------------------------------------- layouts


def render_bullet_bold_title(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = [_front("Publications", rng)]
    mark = _emph(rng, ("<u>{}</u>", "**{}**"))
    bullet = rng.choice("-*+")
    for _, e in ordered(entries, "bullet_bold_title"):
        names = _join(_names(e, lambda n: n, mark))
        out.append(f"{bullet} **{e['title']}.** {names}. *{_venue(e)}*, {e['year']}. {_links(e, rng)}".rstrip())
    return "\n".join(out) + "\n"


def render_numbered_apa(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = [_front("Publications", rng)]
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))
    for i, (_, e) in enumerate(ordered(entries, "numbered_apa"), start=1):
        printed = _names(e, apa_name, mark)
        names = printed[0] if len(printed) == 1 else ", ".join(printed[:-1]) + ", & " + printed[-1]
        out.append(f"{i}. {names} ({e['year']}). {e['title']}. *{_venue(e)}*. {_links(e, rng)}".rstrip())
    return "\n".join(out) + "\n"


def render_year_headings(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = [_front("Publications", rng)]
    level = rng.choice((2, 3, 4))
    mark = _emph(rng)
    year = None
    for _, e in ordered(entries, "year_headings"):
        if e["year"] != year:
            year = e["year"]
            out += ["", _heading(level, str(year)), ""]
        names = _join(_names(e, lambda n: n, mark))
        out.append(f"- {names}. “{e['title']}.” *{_venue(e)}*. {_links(e, rng)}".rstrip())
    return "\n".join(out) + "\n"


def render_kind_headings(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = [f"# {rng.choice(('Research', 'Publications', 'Papers'))}", ""]
    mark = _emph(rng, ("**{}**", "<u>{}</u>", "<strong>{}</strong>"))
    last = None
    for kind, e in ordered(entries, "kind_headings"):
        if kind != last:
            last = kind
            out += ["", _heading(2, rng.choice(KIND_HEADINGS[kind])), ""]
        names = ", ".join(_names(e, lambda n: n, mark))
        out.append(f"* {names} ({e['year']}). {e['title']}. *{_venue(e)}*. {_links(e, rng)}".rstrip())
    return "\n".join(out) + "\n"


def render_ieee_numbered(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = [_front("Publications", rng)]
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))
    for i, (kind, e) in enumerate(ordered(entries, "ieee_numbered"), start=1):
        vol, issue, first, last = made_up_numbers(e)
        names = _join(_names(e, initials_first, mark))
        where = f"*{_venue(e)}*"
        if kind == "journal":
            where += f", vol. {vol}, no. {issue}, pp. {first}–{last}"
        elif kind == "conference":
            where = f"in *Proc. {_venue(e)}*" if not _venue(e).startswith("Proc") else f"in *{_venue(e)}*"
            where += f", pp. {first}–{last}"
        out.append(f"{i}. {names}, \"{e['title']},\" {where}, {e['year']}.")
    return "\n".join(out) + "\n"


def render_chicago(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = [_front("Publications", rng)]
    mark = _emph(rng, ("**{}**",))
    for _, e in ordered(entries, "chicago"):
        names = [chicago_first(e["authors"][0])] + list(e["authors"][1:])
        names = [mark.format(n) if a == e["owner"] else n for n, a in zip(names, e["authors"])]
        vol, issue, first, last = made_up_numbers(e)
        printed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", and " + names[-1]
        numbers = f" {vol} ({issue}): {first}–{last}" if e["kind"] == "journal" else ""
        out.append(f"- {printed}. {e['year']}. “{e['title']}.” *{_venue(e)}*{numbers}.")
    return "\n".join(out) + "\n"


def render_academicpages_lines(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = ["---", "title: \"Publications\"", "layout: single", "---", ""]
    last = None
    for kind, e in ordered(entries, "academicpages_lines"):
        if kind != last:
            last = kind
            out += ["", _heading(2, cv_layouts.SECTION_TITLES[kind]) + " {#" + kind + "}", ""]
        names = ", ".join(_names(e, lambda n: n, "*{}*"))
        links = _links(e, rng, attrs=True)
        lines = [f"- **{e['title']}**  ", f"  {names}  ", f"  *{_venue(e)}*, {e['year']}" + ("  " if links else "")]
        if links:
            lines.append(f"  {links}")
        out += lines + [""]
    return "\n".join(out) + "\n"


def render_html_inline(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = [_front("Publications", rng), '<a name="pubs"></a>', ""]
    for i, (_, e) in enumerate(ordered(entries, "html_inline"), start=1):
        names = ", ".join(_names(e, lambda n: n, "<b>{}</b>"))
        out.append(f"{i}. <span class=\"title\">{e['title']}</span><br/> {names}<br/> "
                   f"<i>{_venue(e)}</i> ({e['year']}) {_links(e, rng)}".rstrip())
    return "\n".join(out) + "\n"


def render_wrapped_numbered(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = [_front("Publications", rng)]
    mark = _emph(rng, ("**{}**", "__{}__"))
    width = rng.choice((66, 72, 80))
    for i, (_, e) in enumerate(ordered(entries, "wrapped_numbered"), start=1):
        vol, issue, first, last = made_up_numbers(e)
        names = _join(_names(e, lambda n: n, mark), last=", & ", two=" & ")
        numbers = f", {vol}({issue}), {first}–{last}" if e["kind"] == "journal" else ""
        text = f"{names} ({e['year']}). {e['title']}. *{_venue(e)}*{numbers}."
        lead = f"{i}. "
        wrapped = textwrap.wrap(text, width=width, initial_indent=lead, subsequent_indent=" " * len(lead),
                                break_on_hyphens=False, break_long_words=False)
        out += wrapped + [""]
    return "\n".join(out) + "\n"


def render_pandoc_cv(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = ["---", f"title: {owner}", "subtitle: Curriculum Vitae", "geometry: margin=1in", "---", "",
           "# Education", ""]
    for years, what, note in cv_layouts.EDUCATION:
        out += [years.replace(" - ", "--"), f":   {what}" + (f"  \n    {note}" if note else ""), ""]
    out += ["# Publications", ""]
    mark = _emph(rng, ("**{}**", "*{}*"))
    last = None
    for kind, e in ordered(entries, "pandoc_cv"):
        if kind != last:
            last = kind
            out += ["", _heading(2, cv_layouts.SECTION_TITLES[kind]), ""]
        names = _join(_names(e, lambda n: n, mark))
        out += [str(e["year"]), f":   {names}. {e['title']}. *{_venue(e)}*.", ""]
    out += ["# Talks", ""]
    for year, what in cv_layouts.TALKS:
        out += [year, f":   {what}", ""]
    out += ["# Teaching", "", "- Teaching assistant, Linear Algebra (MATH 221), Fall 2021 and Fall 2022",
            "- Guest lecturer, Bayesian Data Analysis, Spring 2023", ""]
    return "\n".join(out) + "\n"


def render_dblp_colon(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = [_front("Publications", rng)]
    for _, e in ordered(entries, "dblp_colon"):
        vol, issue, first, last = made_up_numbers(e)
        names = ", ".join(e["authors"])
        slug = re.sub(r"\W+", "", e["title"].lower())[:12]
        numbers = f" {vol}({issue}): {first}-{last}" if e["kind"] == "journal" else ""
        out.append(f"- [[doi]](https://doi.org/10.9999/{slug}) {names}: {e['title']}. "
                   f"{_venue(e)}{numbers} ({e['year']})")
    return "\n".join(out) + "\n"


def render_quoted_venue_first(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = [_front("Selected publications", rng)]
    last = None
    for kind, e in ordered(entries, "quoted_venue_first"):
        if kind != last:
            last = kind
            out += ["", _heading(3, rng.choice(KIND_HEADINGS[kind])), ""]
        others = [a for a in e["authors"] if a != e["owner"]]
        tail = f", with {_join(others)}" if others else ""
        out.append(f"- *{_venue(e)}* ({e['year']}): “{e['title']}”{tail}.")
    return "\n".join(out) + "\n"


def render_title_link(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = [_front("Publications", rng)]
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))
    for i, (_, e) in enumerate(ordered(entries, "title_link"), start=1):
        slug = re.sub(r"\W+", "-", e["title"].lower()).strip("-")[:40]
        names = _join(_names(e, lambda n: n, mark))
        out.append(f"{i}. [{e['title']}](https://example.org/{slug}). {names}. *{_venue(e)}* ({e['year']}).")
    return "\n".join(out) + "\n"


def render_pipe_table(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = [_front("Publications", rng), "| Year | Publication |", "|------|-------------|"]
    for _, e in ordered(entries, "pipe_table"):
        names = ", ".join(_names(e, lambda n: n, "**{}**"))
        out.append(f"| {e['year']} | {names}. {e['title']}. *{_venue(e)}*. |")
    return "\n".join(out) + "\n"


def render_harvard_bullets(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = [_front("Publications", rng)]
    mark = _emph(rng, ("**{}**",))
    for _, e in ordered(entries, "harvard_bullets"):
        printed = _names(e, cv_layouts.harvard_name, mark)
        names = printed[0] if len(printed) == 1 else ", ".join(printed[:-1]) + " and " + printed[-1]
        vol, issue, first, last = made_up_numbers(e)
        numbers = f", {vol}({issue}), pp. {first}–{last}" if e["kind"] == "journal" else ""
        out.append(f"* {names} ({e['year']}) ‘{e['title']}’, *{_venue(e)}*{numbers}.")
    return "\n".join(out) + "\n"


def render_bold_year_paragraphs(entries: list[dict], owner: str, rng: random.Random) -> str:
    out = [_front("Research", rng), "## Papers", ""]
    year = None
    for _, e in ordered(entries, "bold_year_paragraphs"):
        if e["year"] != year:
            year = e["year"]
            out += ["", f"**{year}**", ""]
        names = _join(_names(e, lambda n: n, "**{}**"))
        out += [f"{names}. {e['title']}. *{_venue(e)}*.", ""]
    return "\n".join(out) + "\n"


# Marks pages print after names (equal contribution, corresponding author, student), and
# notes after an entry: none of them is part of a name or a venue.
NAME_MARKS = ("\\*", "<sup>*</sup>", "†", "<sup>†</sup>", "^")
NOTES = ("", "", " DOI: 10.5555/{slug}.", " (Featured on the cover.)", " [Slides](https://example.org/s.pdf)",
         " <span class=\"badge\">Oral</span>")


def render_quirks_bullets(entries: list[dict], owner: str, rng: random.Random) -> str:
    """Common things of hand-written pages, entry by entry: equal-contribution marks after
    names, "In *Proceedings*", a DOI or a note after the venue, the title as link text."""
    out = [_front("Publications", rng)]
    for _, e in ordered(entries, "quirks_bullets"):
        mark = rng.choice(NAME_MARKS)
        marked = set(rng.sample(e["authors"], min(len(e["authors"]), rng.choice((0, 1, 2)))))
        names = [("**{}**" if a == e["owner"] else "{}").format(a) + (mark if a in marked else "") for a in e["authors"]]
        slug = re.sub(r"\W+", "", e["title"].lower())[:10]
        title = e["title"] if rng.random() < 0.5 else f"[{e['title']}](https://example.org/{slug})"
        venue = f"In *{_venue(e)}*" if e["kind"] == "conference" else f"*{_venue(e)}*"
        note = rng.choice(NOTES).format(slug=slug)
        out.append(f"- {_join(names)} ({e['year']}). {title}. {venue}.{note}")
    return "\n".join(out) + "\n"


def render_nested_lists(entries: list[dict], owner: str, rng: random.Random) -> str:
    """Nested lists (written for tuning): a year item, the entries as its sub-items, each
    with sub-items of its own (link buttons, a made-up note) or an indented note paragraph."""
    out = [_front("Publications", rng)]
    marker, step = rng.choice((("-", 2), ("*", 4)))
    year = None
    for _, e in ordered(entries, "nested_lists"):
        if e["year"] != year:
            year = e["year"]
            out.append(f"{marker} {'**' + str(year) + '**' if rng.random() < 0.5 else year}")
        names = _join(_names(e, lambda n: n, "**{}**"))
        pad = " " * step
        out.append(f"{pad}{marker} {names}. {e['title']}. *{_venue(e)}*.")
        links = _links(e, rng)
        if links:
            out.append(f"{pad * 2}{marker} {links}")
        note = rng.choice(("", "Featured in the newsletter of the department.", "Joint work with a summer student."))
        if note:
            out += ["", f"{pad * 2}{note}", ""] if rng.random() < 0.5 else [f"{pad * 2}{marker} {note}"]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- added 2026-12-06, held out


def _slug(e: dict) -> str:
    return re.sub(r"\W+", "-", e["title"].lower()).strip("-")[:40]


def render_hugo_reference_links(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A Hugo content page: TOML front matter, shortcodes, kind headings with anchors, the
    title as a reference-style link ("[Title][p3]") whose targets are listed at the end."""
    out = ["+++", 'title = "Publications"', "draft = false", "+++", "", '{{< toc >}}', ""]
    refs = []
    mark = _emph(rng, ("**{}**", "*{}*"))
    last, n = None, 0
    for kind, e in ordered(entries, "hugo_reference_links"):
        if kind != last:
            last = kind
            out += ["", _heading(2, cv_layouts.SECTION_TITLES[kind]) + " {#" + kind + "}", ""]
        n += 1
        names = _join(_names(e, lambda a: a, mark))
        icon = rng.choice(('{{< icon name="file-pdf" pack="fas" >}}', '{{% pdf "/papers/' + _slug(e) + '.pdf" %}}', ""))
        out.append(f"- {names}. [{e['title']}][p{n}]. *{_venue(e)}*, {e['year']}. {icon}".rstrip())
        refs.append(f"[p{n}]: https://example.org/publication/{_slug(e)}/")
    return "\n".join(out + [""] + refs) + "\n"


def render_definition_titles(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A kramdown / pandoc CV whose publications are definition lists: the term is the
    title, the definitions the names and "*Venue*, 2021"."""
    out = ["---", f"title: \"{owner}\"", "layout: cv", "---", "", "## Publications", ""]
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))
    last = None
    for kind, e in ordered(entries, "definition_titles"):
        if kind != last:
            last = kind
            out += ["", _heading(3, rng.choice(KIND_HEADINGS[kind])), ""]
        names = _join(_names(e, lambda a: a, mark))
        out += [e["title"], f":   {names}", f":   *{_venue(e)}*, {e['year']}", ""]
    out += ["## Service", "", "Reviewer", ":   Physical Review Letters, Nature Physics", ""]
    return "\n".join(out) + "\n"


def render_owner_bracket_labels(entries: list[dict], owner: str, rng: random.Random) -> str:
    """Paragraphs numbered with bracket labels counting down ("[12] ..."), initials-first
    names with the owner in bold and long lists cut to "et al.", then the title, the italic
    venue with a volume in bold and the year in parentheses."""
    out = [_front("Publications", rng), "(\\* equal contribution)", ""]
    rows = ordered(entries, "owner_bracket_labels")
    for i, (_, e) in enumerate(rows):
        shown = _names(e, initials_first, "**{}**")[:ET_AL_AFTER]
        names = ", ".join(shown) + (", et al." if len(e["authors"]) > ET_AL_AFTER else "")
        vol, _issue, first, _last = made_up_numbers(e)
        numbers = f" **{vol}**, {first}" if e["kind"] == "journal" else ""
        names += "" if names.endswith(".") else "."
        out += [f"[{len(rows) - i}] {names} {e['title']}. *{_venue(e)}*{numbers} ({e['year']}).", ""]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- added 2026-12-06 (second round), held out

EMOJI = (":page_facing_up:", ":memo:", "📄", "🔖")


def render_readme_emoji(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A GitHub README list: an emoji, the title in bold, an em dash, the names, then venue
    and year in one italic span, and "[[paper]](url) [[code]](url)" buttons."""
    out = ["# Awesome papers by " + owner, "", "## Publications", ""]
    mark = _emph(rng, ("<ins>{}</ins>", "**{}**", ""))
    icon = rng.choice(EMOJI)
    for _, e in ordered(entries, "readme_emoji"):
        names = ", ".join(_names(e, lambda a: a, mark or None))
        links = f" [[paper]](https://example.org/{_slug(e)}.pdf)" + (" [[code]](https://github.com/example/x)"
                                                                      if rng.random() < 0.4 else "")
        out.append(f"- {icon} **{e['title']}** — {names}. *{_venue(e)} {e['year']}*.{links}")
    return "\n".join(out) + "\n"


def render_year_middot_apa(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A year in bold first, a middle dot, then APA names with the owner in bold, the title,
    the italic venue with volume and pages, and a bare DOI URL."""
    out = [_front("Publications", rng)]
    for _, e in ordered(entries, "year_middot_apa"):
        printed = _names(e, apa_name, "**{}**")
        names = printed[0] if len(printed) == 1 else ", ".join(printed[:-1]) + ", & " + printed[-1]
        vol, issue, first, last = made_up_numbers(e)
        numbers = f", *{vol}*({issue}), {first}–{last}" if e["kind"] == "journal" else ""
        out.append(f"* **{e['year']}** · {names} {e['title']}. *{_venue(e)}*{numbers}. "
                   f"https://doi.org/10.5555/{_slug(e)[:16]}")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- added 2026-12-06 (third round), held out


def render_mla_et_al(entries: list[dict], owner: str, rng: random.Random) -> str:
    """MLA: "- Lee, Ann, et al. “Title.” *Venue*, vol. 3, no. 2, 2021, pp. 1–9." (three or
    more authors printed as the first, inverted, and "et al."; two as "Lee, Ann, and Bo
    Chen"); the truth is the names printed."""
    out = [_front("Publications", rng)]
    for _, e in ordered(entries, "mla_et_al"):
        shown, cut = cv_layouts.et_al(e["authors"])
        first = chicago_first(shown[0])
        names = f"{first}, et al" if cut else (f"{first}, and {shown[1]}" if len(shown) == 2 else first)
        vol, issue, first_page, last_page = made_up_numbers(e)
        numbers = f", vol. {vol}, no. {issue}" if e["kind"] == "journal" else ""
        pages = f", pp. {first_page}–{last_page}" if e["kind"] == "journal" else ""
        out.append(f"- {names}. “{e['title']}.” *{_venue(e)}*{numbers}, {e['year']}{pages}.")
    return "\n".join(out) + "\n"


def render_headerless_table(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A pipe table whose header row is empty or a bare "#": a number or the year in the
    first cell, a whole citation "Ann Lee, **Bo Chen**. Title. *Venue*, 2021." in the second."""
    head = rng.choice(("|   |   |", "| # | |"))
    out = [_front("Publications", rng), head, "|---|---|"]
    for i, (_, e) in enumerate(ordered(entries, "headerless_table"), start=1):
        names = _join(_names(e, lambda a: a, "**{}**"))
        out.append(f"| {i}. | {names}. {e['title']}. *{_venue(e)}*, {e['year']}. |")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- added 2026-12-06 (fourth round), held out


def render_blockquote_entries(entries: list[dict], owner: str, rng: random.Random) -> str:
    """Each entry a blockquote paragraph, "> Ann Lee, Bo Chen. **Title**. *Venue*, 2021.",
    under year headings ("### 2021"), blank lines between."""
    out = [_front("Publications", rng)]
    year = None
    for _, e in ordered(entries, "blockquote_entries"):
        if e["year"] != year:
            year = e["year"]
            out += ["", _heading(3, str(year)), ""]
        names = _join(_names(e, lambda a: a, "<u>{}</u>"))
        out += [f"> {names}. **{e['title']}**. *{_venue(e)}*, {e['year']}.", ""]
    return "\n".join(out) + "\n"


def render_commas_paren_labels(entries: list[dict], owner: str, rng: random.Random) -> str:
    """"(12) “Title,” A. Lee, B. Chen and C. Roe, *Venue* 3, 101–109 (2021)." paragraphs:
    a parenthesised label counting down, the quoted title first, initials-first names."""
    out = [_front("Publications", rng)]
    rows = ordered(entries, "commas_paren_labels")
    for i, (_, e) in enumerate(rows):
        names = _join(_names(e, initials_first, "**{}**"), last=" and ")
        vol, _issue, first, last = made_up_numbers(e)
        numbers = f" {vol}, {first}–{last}" if e["kind"] == "journal" else ""
        out += [f"({len(rows) - i}) “{e['title']},” {names}, *{_venue(e)}*{numbers} ({e['year']}).", ""]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- added 2026-12-06 (fifth round), held out


def render_html_table_in_md(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A raw HTML table inside the markdown file (Jekyll pages do this): a year cell and a
    cell "Names. Title. <em>Venue</em>." per row, one row per line."""
    out = [_front("Publications", rng), "<table>"]
    for _, e in ordered(entries, "html_table_in_md"):
        names = _join(_names(e, lambda a: a, "<b>{}</b>"))
        out.append(f"<tr><td>{e['year']}</td><td>{names}. {e['title']}. <em>{_venue(e)}</em>.</td></tr>")
    return "\n".join(out + ["</table>"]) + "\n"


def render_semicolon_in_venue(entries: list[dict], owner: str, rng: random.Random) -> str:
    """German-style: "- Lee, Ann; Chen, Bo; Roe, Cy: Title. In: *Venue*, 2021." (every name
    inverted, semicolons between them, a colon before the title)."""
    out = [_front("Publikationen / Publications", rng)]
    for _, e in ordered(entries, "semicolon_in_venue"):
        names = "; ".join(chicago_first(a) for a in e["authors"])
        out.append(f"- {names}: {e['title']}. In: *{_venue(e)}*, {e['year']}.")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- added 2026-12-06 (sixth round), held out


def render_setext_paren_numbers(entries: list[dict], owner: str, rng: random.Random) -> str:
    """Setext kind headings ("Journal Articles" over "===="), entries numbered "1)", "Ann
    Lee, Bo Chen (2021): Title. Venue 3:101–109." with no emphasis at all."""
    out = ["Publications", "============", ""]
    last, n = None, 0
    for kind, e in ordered(entries, "setext_paren_numbers"):
        if kind != last:
            last = kind
            title = cv_layouts.SECTION_TITLES[kind]
            out += ["", title, "-" * len(title), ""]
        n += 1
        vol, _issue, first, last_page = made_up_numbers(e)
        numbers = f" {vol}:{first}–{last_page}" if e["kind"] == "journal" else ""
        out.append(f"{n}) {', '.join(e['authors'])} ({e['year']}): {e['title']}. {_venue(e)}{numbers}.")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- added 2026-12-06 (seventh round), held out


def render_vancouver_pandoc_cv(entries: list[dict], owner: str, rng: random.Random) -> str:
    """An R markdown / pandoc CV: YAML header with an ``output:`` key, Employment, then the
    publications as pandoc numbered lists ("1.  " with two spaces) of Vancouver entries, the
    owner's name in bold, volume, issue and pages after a semicolon; then Grants."""
    out = ["---", f'title: "{owner}"', "output:", "  pdf_document:", "    latex_engine: xelatex", "---", "",
           "# Employment", "", "- 2021--present: Research scientist, Northfield Institute",
           "- 2019--2021: Postdoctoral fellow, University of Oslo", "", "# Publications", ""]
    last = None
    for kind, e in ordered(entries, "vancouver_pandoc_cv"):
        if kind != last:
            last, n = kind, 0
            out += ["", _heading(2, rng.choice(KIND_HEADINGS[kind])), ""]
        n += 1
        names = ", ".join(_names(e, cv_layouts.vancouver_name, "**{}**"))
        vol, issue, first, last_page = made_up_numbers(e)
        numbers = f";{vol}({issue}):{first}–{last_page}" if e["kind"] == "journal" else ""
        doi = f" doi:10.5555/{_slug(e)[:12]}" if rng.random() < 0.4 else ""
        out.append(f"{n}.  {names}. {e['title']}. *{_venue(e)}*. {e['year']}{numbers}.{doi}")
    out += ["", "# Grants", "", "- 2022: Early career award, National Science Agency (PI)", ""]
    return "\n".join(out) + "\n"


def render_quarto_fenced_divs(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A Quarto page: each entry a fenced div (``::: {.pub}`` ... ``:::``) of three
    paragraphs, the title as a link, the names with the owner in a pandoc span
    ("[Bo Chen]{.me}"), the italic venue, the year and link buttons; year headings."""
    out = ["---", 'title: "Publications"', "format:", "  html:", "    toc: true", "---", "",
           "Papers by year; * marks equal contribution.", ""]
    mark = rng.choice(("[{}]{{.me}}", "**{}**", "[{}]{{.underline}}"))
    year = None
    for _, e in ordered(entries, "quarto_fenced_divs"):
        if e["year"] != year:
            year = e["year"]
            out += ["", _heading(2, str(year)), ""]
        names = ", ".join(_names(e, lambda a: a, mark))
        buttons = " · ".join(f"[{w}](https://example.org/{_slug(e)}.{w.lower()}){{.btn}}"
                             for w in ("PDF", "Code")[:rng.choice((1, 2))])
        out += ["::: {.pub}", f"[{e['title']}](https://example.org/{_slug(e)})", "", names, "",
                f"*{_venue(e)}* ({e['year']}) · {buttons}", ":::", ""]
    return "\n".join(out) + "\n"


def render_readme_table_br(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A README table: the paper cell holds the bold title, a "<br>", and the names; the
    venue cell "*Venue* 2021"; the links cell bracketed buttons."""
    out = ["# " + owner, "", "## Papers", "", "| Paper | Venue | Links |", "|:------|:-----:|:-----:|"]
    mark = _emph(rng, ("<u>{}</u>", "**{}**"))
    br = rng.choice(("<br>", "<br/>", "<br />"))
    for _, e in ordered(entries, "readme_table_br"):
        names = ", ".join(_names(e, lambda a: a, mark))
        links = f"[[pdf]](https://example.org/{_slug(e)}.pdf)" + (" [[code]](https://github.com/example/x)"
                                                                   if rng.random() < 0.5 else "")
        out.append(f"| **{e['title']}**{br}{names} | *{_venue(e)}* {e['year']} | {links} |")
    return "\n".join(out) + "\n"


def render_links_interleaved(entries: list[dict], owner: str, rng: random.Random) -> str:
    """Bullets whose bracketed link buttons ("[[pdf]](url) [[code]](url)") stand, entry by
    entry, after the title, before the names, after the venue or after the names."""
    out = [_front("Publications", rng)]
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))
    for _, e in ordered(entries, "links_interleaved"):
        names = _join(_names(e, lambda a: a, mark))
        buttons = " ".join(f"[[{w}]](https://example.org/{_slug(e)}/{w})"
                           for w in rng.sample(("pdf", "code", "bib", "slides"), rng.choice((1, 2))))
        where = rng.choice(("title", "start", "end", "names"))
        parts = [names + ".", e["title"] + ".", f"*{_venue(e)}*, {e['year']}."]
        if where == "title":
            parts[1] = f"{e['title']} {buttons}."
        elif where == "names":
            parts[0] = f"{names}. {buttons}"
        elif where == "start":
            parts.insert(0, buttons)
        else:
            parts.append(buttons)
        out.append("- " + " ".join(parts))
    return "\n".join(out) + "\n"


_CSL_TYPES = {"journal": "article-journal", "conference": "paper-conference", "preprint": "article", "other": "chapter"}
_HUGO_NUMBERS = {"journal": "2", "conference": "1", "preprint": "3", "other": "6"}


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _yaml_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def render_hugo_blox_pages(entries: list[dict], owner: str, rng: random.Random) -> dict[str, str]:
    """One ``content/publication/<slug>/index.md`` per entry: TOML front matter (Hugo
    Academic) or YAML (Wowchemy / HugoBlox), chosen once for the site; the owner written as
    ``admin`` on the sites :func:`owner_as_admin` picks."""
    toml = rng.random() < 0.5
    admin = owner_as_admin(owner)
    files = {}
    for _, e in ordered(entries, "hugo_blox_pages"):
        names = ["admin" if admin and a == e["owner"] else a for a in e["authors"]]
        day = f"{e['year']}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        venue = f"*{_venue(e)}*"
        prose = "Add the **full text** or _supplementary notes_ for the publication here using Markdown formatting."
        if toml:
            fm = ["+++", f"title = {_toml_string(e['title'])}", f"date = {day}T00:00:00",
                  "publishDate = 2023-05-01T00:00:00",
                  "authors = [" + ", ".join(_toml_string(n) for n in names) + "]",
                  f'publication_types = ["{_HUGO_NUMBERS[e["kind"]]}"]',
                  f"publication = {_toml_string(venue)}", 'publication_short = ""', 'abstract = ""',
                  "featured = false", "tags = []", "+++"]
        else:
            fm = ["---", f"title: {_yaml_string(e['title'])}", "authors:", *[f"  - {_yaml_string(n)}" for n in names],
                  f"date: '{day}T00:00:00Z'", "publishDate: '2023-05-01T00:00:00Z'",
                  f"publication_types: ['{_CSL_TYPES[e['kind']]}']", f"publication: {_yaml_string(venue)}",
                  "abstract: ''", "featured: false", "url_pdf: ''", "---"]
        files[f"content/publication/{_slug(e)}/index.md"] = "\n".join(fm + ["", prose, ""])
    return files


# --------------------------------------------------------------------------- added 2026-12-06 (eighth round), held out


def _escaped_numbers(rows) -> list[int]:
    return list(range(len(rows), 0, -1))


def render_ads_semicolons(entries: list[dict], owner: str, rng: random.Random) -> str:
    """An academicpages page typed from ADS exports: bold section labels, entries numbered
    with an escaped period counting down ("12\\. Title <br />"), then "Lee, Ann B.; **Holloway,
    Maren T.**; Chen, Bo 2021, Venue, 3, 101 <br />", then the links joined by " | "."""
    out = [_front("Publications", rng)]
    rows = ordered(entries, "ads_semicolons")
    for (_, e), n in zip(rows, _escaped_numbers(rows)):
        names = "; ".join(("**{}**" if a == e["owner"] else "{}").format(chicago_first(a)) for a in e["authors"])
        vol, _issue, first, _last = made_up_numbers(e)
        tail = f", {vol}, {first}" if e["kind"] == "journal" else ""
        links = [f"[ADS](https://ui.adsabs.example/abs/{_slug(e)[:19]}/abstract)"]
        if e.get("arxiv_id"):
            links.append(f"[arXiv](https://arxiv.org/abs/{e['arxiv_id']})")
        out += [f"{n}\\. {e['title']} <br />", f"{names} {e['year']}, {_venue(e)}{tail} <br />",
                " | ".join(links), ""]
    return "\n".join(out) + "\n"


def render_jekyll_coauthor_posts(entries: list[dict], owner: str, rng: random.Random) -> dict[str, str]:
    """One Jekyll post per paper (``_posts/papers/<date>-<slug>.md``): YAML front matter
    with the title, a ``coauthors:`` list of name / web objects that leaves the owner out
    (the site is the owner's), ``journal-ref:`` with the venue, volume and year, and an
    ``arXiv:`` number; the body a short note of the post's own."""
    files = {}
    for _, e in ordered(entries, "jekyll_coauthor_posts"):
        day = f"{e['year']}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        others = [a for a in e["authors"] if a != e["owner"]]
        fm = ["---", "layout: post", f"title: {_yaml_string(e['title'])}", f"date: {day}", "categories: papers"]
        if others:
            fm.append("coauthors:")
            for a in others:
                fm.append(f"  - name: {_yaml_string(a)}")
                if rng.random() < 0.5:
                    home = re.sub(r"\W+", "", a.split()[-1].lower())
                    fm.append(f"    web: https://example.org/~{home}")
        vol, _issue, first, _last = made_up_numbers(e)
        ref = f"{_venue(e)} {vol} ({e['year']}), {first}" if e["kind"] == "journal" else f"{_venue(e)} ({e['year']})"
        fm.append(f"journal-ref: {_yaml_string(ref)}")
        if e.get("arxiv_id"):
            fm.append(f"arXiv: {e['arxiv_id']}")
        fm.append("---")
        body = "We study a question raised in earlier work and give a short proof of the main estimate."
        files[f"_posts/papers/{day}-{_slug(e)}.md"] = "\n".join(fm + ["", body, ""])
    return files


def render_academicpages_citation(entries: list[dict], owner: str, rng: random.Random) -> dict[str, str]:
    """One academicpages ``_publications/<date>-<slug>.md`` per paper whose author list is
    only inside the ``citation:`` string (APA, the owner in bold, ``&amp;`` and ``&quot;``
    entities, the venue in ``<i>``), with ``venue:`` and ``date:`` fields beside it."""
    files = {}
    for _, e in ordered(entries, "academicpages_citation"):
        day = f"{e['year']}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        printed = _names(e, apa_name, "**{}**")
        names = printed[0] if len(printed) == 1 else ", ".join(printed[:-1]) + ", &amp; " + printed[-1]
        citation = f"{names} ({e['year']}). &quot;{e['title']}.&quot; <i>{_venue(e)}</i>."
        fm = ["---", f"title: {_yaml_string(e['title'])}", "collection: publications",
              f"permalink: /publication/{day}-{_slug(e)}", f"date: {day}", f"venue: {_yaml_string(_venue(e))}",
              f"paperurl: 'https://example.org/{_slug(e)}.pdf'", f"citation: {_yaml_string(citation)}", "---"]
        files[f"_publications/{day}-{_slug(e)}.md"] = "\n".join(fm + ["", "Download [here](https://example.org/x.pdf)", ""])
    return files


# --------------------------------------------------------------------------- added 2026-12-06 (ninth round, wt-md3), held out

# Notes written under an entry, none of them a field of it (made up for these layouts).
ENTRY_NOTES = ("Abstract: we give a short proof of the main estimate and discuss its limits.",
               "Press: covered in the university's news pages.", "Selected for an oral presentation.",
               "Note: this version corrects a sign error in the second section.")
NEWS = ("Our group moved to a new building this spring.", "I will serve on a programme committee next year.",
        "A new student joined the lab in the autumn.")


def render_nested_notes(entries: list[dict], owner: str, rng: random.Random) -> str:
    """Entries as bullets, each with sub-bullets of its own: link buttons, notes ("Abstract:
    ...", "Press: ..."), sometimes a note nested under a note; a News list follows."""
    out = [_front("Publications", rng)]
    marker, step = rng.choice((("-", 2), ("*", 4), ("+", 2)))
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))
    pad = " " * step
    for _, e in ordered(entries, "nested_notes"):
        names = _join(_names(e, lambda n: n, mark))
        out.append(f"{marker} {names}. {e['title']}. *{_venue(e)}*, {e['year']}.")
        links = _links(e, rng)
        if links:
            out.append(f"{pad}{marker} {links}")
        for note in rng.sample(ENTRY_NOTES, rng.choice((0, 1, 2))):
            out.append(f"{pad}{marker} {note}")
            if rng.random() < 0.3:
                out.append(f"{pad * 2}{marker} {rng.choice(('Preprint first.', 'Slides on request.'))}")
    out += ["", "## News", ""] + [f"{marker} {n}" for n in NEWS]
    return "\n".join(out) + "\n"


def render_paren_ordered_lines(entries: list[dict], owner: str, rng: random.Random) -> str:
    """An ordered list with "1)" markers, each item over three or four source lines with no
    hard break between them: "**Title**", the names, "*Venue*, 2021", maybe link buttons."""
    out = [_front("Publications", rng)]
    mark = _emph(rng, ("**{}**", "<u>{}</u>", "*{}*"))
    for i, (_, e) in enumerate(ordered(entries, "paren_ordered_lines"), start=1):
        lead = f"{i}) "
        pad = " " * len(lead)
        names = ", ".join(_names(e, lambda n: n, mark))
        out += [f"{lead}**{e['title']}**", f"{pad}{names}", f"{pad}*{_venue(e)}*, {e['year']}"]
        links = _links(e, rng)
        if links:
            out.append(f"{pad}{links}")
        out.append("")
    out += ["## Teaching", "", "1) Linear Algebra (MATH 221), teaching assistant, 2021",
            "2) Bayesian Data Analysis, guest lecturer, 2023", ""]
    return "\n".join(out) + "\n"


def render_setext_year_h3(entries: list[dict], owner: str, rng: random.Random) -> str:
    """Setext section headings ("Publications" over "===="), "### 2021" year headings under
    them, one paragraph per entry with the year only in the heading; a Talks section after."""
    out = ["Publications", "=" * rng.choice((12, 20)), ""]
    mark = _emph(rng)
    year = None
    for _, e in ordered(entries, "setext_year_h3"):
        if e["year"] != year:
            year = e["year"]
            out += [f"### {year}", ""]
        names = _join(_names(e, lambda n: n, mark))
        out += [f"{names}. “{e['title']}”. *{_venue(e)}*.", ""]
    out += ["Talks", "-----", ""]
    for y, what in cv_layouts.TALKS:
        out += [f"{what}, {y}.", ""]
    return "\n".join(out) + "\n"


def render_html_tags_inline(entries: list[dict], owner: str, rng: random.Random) -> str:
    """Markdown bullets written with HTML inline tags: the title an ``<a href>``, the owner in
    ``<strong>``, the venue in ``<em>``, affiliation marks in ``<sup>``."""
    out = [_front("Publications", rng)]
    for _, e in ordered(entries, "html_tags_inline"):
        names = []
        for a in e["authors"]:
            sup = f"<sup>{rng.randint(1, 3)}</sup>" if rng.random() < 0.3 else ""
            names.append((f"<strong>{a}</strong>" if a == e["owner"] else a) + sup)
        title = f'<a href="https://example.org/{_slug(e)}">{e["title"]}</a>'
        out.append(f"- {title}. {_join(names)}. <em>{_venue(e)}</em>, {e['year']}.")
    return "\n".join(out) + "\n"


def render_reference_style(entries: list[dict], owner: str, rng: random.Random) -> str:
    """Reference-style links: "1. [Title][t3]. Names. *Venue* (2021). [pdf][p3]", the link
    definitions listed after the entries (a blank line between)."""
    out = [_front("Publications", rng)]
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))
    defs = []
    for i, (_, e) in enumerate(ordered(entries, "reference_style"), start=1):
        names = _join(_names(e, lambda n: n, mark))
        pdf = f" [pdf][p{i}]" if rng.random() < 0.5 else ""
        out.append(f"{i}. [{e['title']}][t{i}]. {names}. *{_venue(e)}* ({e['year']}).{pdf}")
        defs.append(f"[t{i}]: https://example.org/{_slug(e)}")
        if pdf:
            defs.append(f"[p{i}]: https://example.org/{_slug(e)}.pdf \"PDF\"")
    return "\n".join(out + [""] + defs) + "\n"


def render_details_abstracts(entries: list[dict], owner: str, rng: random.Random) -> str:
    """Bullets followed by a ``<details>`` block holding the abstract: "<summary>Abstract</summary>"
    and a paragraph of prose (made up), inside the item or after it."""
    out = [_front("Publications", rng)]
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))
    for _, e in ordered(entries, "details_abstracts"):
        names = _join(_names(e, lambda n: n, mark))
        out.append(f"- {names} ({e['year']}). {e['title']}. *{_venue(e)}*.")
        if rng.random() < 0.7:
            pad = "  " if rng.random() < 0.5 else ""
            out += ["", f"{pad}<details>", f"{pad}<summary>Abstract</summary>", "",
                    f"{pad}{rng.choice(ENTRY_NOTES[:1] + ('We study a question raised in earlier work.',))}", "",
                    f"{pad}</details>", ""]
    return "\n".join(out) + "\n"


def render_bold_italic_mixed(entries: list[dict], owner: str, rng: random.Random) -> str:
    """"- _Title_ — Ann Lee, ***Bo Chen***, Cy Roe. **_Venue_**, 2021.": the owner in bold
    italics, the venue in bold and italics nested, the title in underscore italics."""
    out = [_front("Publications", rng)]
    mark = _emph(rng, ("***{}***", "**_{}_**", "_**{}**_"))
    venue_style = rng.choice(("**_{}_**", "***{}***", "_**{}**_"))
    for _, e in ordered(entries, "bold_italic_mixed"):
        names = ", ".join(_names(e, lambda n: n, mark))
        out.append(f"- _{e['title']}_ — {names}. {venue_style.format(_venue(e))}, {e['year']}.")
    return "\n".join(out) + "\n"


def render_blockquote_lists(entries: list[dict], owner: str, rng: random.Random) -> str:
    """Kind headings, under each a blockquote holding a list: "> - Names (2021). Title.
    *Venue*."; a quoted note paragraph opens the page."""
    out = [_front("Publications", rng), "> \\* equal contribution; the group's members in bold.", ""]
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))
    last = None
    for kind, e in ordered(entries, "blockquote_lists"):
        if kind != last:
            if last is not None:
                out.append("")
            last = kind
            out += [_heading(2, rng.choice(KIND_HEADINGS[kind])), ""]
        names = ", ".join(_names(e, lambda n: n, mark))
        out.append(f"> - {names} ({e['year']}). {e['title']}. *{_venue(e)}*.")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- added 2026-12-06 (tenth round, wt-md4), held out


def numeric_csl(owner: str) -> bool:
    """Whether the citeproc page of ``owner`` uses a numeric style (IEEE) rather than Chicago
    author-date: a digest of the name, the other half of :func:`owner_as_admin`'s bytes."""
    return hashlib.md5(owner.encode("utf-8")).digest()[1] % 2 == 0


def _pandoc_wrap(text: str, width: int = 72, indent: str = "") -> list[str]:
    """``text`` wrapped as pandoc's markdown writer wraps a paragraph (at ``width`` columns,
    words never broken), a wrapped line that would open a list escaped as pandoc escapes it."""
    lines = textwrap.wrap(text, width=width, break_on_hyphens=False, break_long_words=False)
    lines = [re.sub(r"^(\d+)([.)])(?=\s)", r"\1\\\2", ln) if i else ln for i, ln in enumerate(lines)]
    lines = [re.sub(r"^([-+*])(?=\s)", r"\\\1", ln) if i else ln for i, ln in enumerate(lines)]
    return [indent + ln if i else ln for i, ln in enumerate(lines)]


def _pandoc_text(text: str) -> str:
    """Text as pandoc's markdown writer prints it: straight quotes (its ``smart`` extension
    reads them back as curly ones) and "--" for an en dash."""
    return text.replace("“", '"').replace("”", '"').replace("’", "'").replace("–", "--")


def render_citeproc_divs(entries: list[dict], owner: str, rng: random.Random) -> str:
    """Pandoc's markdown output with ``--citeproc``: the bibliography a div of divs."""
    numeric = numeric_csl(owner)
    out = ["---", 'title: "Publications"', "bibliography: papers.bib",
           f"csl: {'ieee' if numeric else 'chicago-author-date'}.csl", 'nocite: "@*"', "---", "",
           "Papers in print or under review; links go to the publishers' pages.", ""]
    outer = rng.choice((":::", "::::"))
    classes = rng.choice((" .references .csl-bib-body", " .references .csl-bib-body .hanging-indent"))
    out += [outer + " {#refs" + classes + "}"]
    for i, (_, e) in enumerate(ordered(entries, "citeproc_divs"), start=1):
        vol, issue, first, last = made_up_numbers(e)
        doi = f"https://doi.org/10.5555/{_slug(e)[:16]}"
        if numeric:
            names = _join([initials_first(a) for a in e["authors"]])
            where = f"*{_venue(e)}*" + (f", vol. {vol}, no. {issue}, pp. {first}--{last}" if e["kind"] == "journal" else "")
            text = (f"[\\[{i}\\] ]{{.csl-left-margin}}[{names}, \"{_pandoc_text(e['title'])},\" {where}, {e['year']}, "
                    f"doi: [{doi[16:]}]({doi}).]{{.csl-right-inline}}")
        else:
            names = [chicago_first(e["authors"][0])] + list(e["authors"][1:])
            printed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", and " + names[-1]
            numbers = f" {vol} ({issue}): {first}--{last}" if e["kind"] == "journal" else ""
            text = f"{printed}. {e['year']}. \"{_pandoc_text(e['title'])}.\" *{_venue(e)}*{numbers}. <{doi}>."
        out += [f"::: {{#ref-{_slug(e)[:20]}{e['year']} .csl-entry}}", *_pandoc_wrap(text), ":::", ""]
    out[-1:] = [outer, ""]
    return "\n".join(out) + "\n"


def _initials_tight(name: str) -> str:
    """"Ann B. Lee" -> "A.B. Lee" (the initials run together, as many CVs print them)."""
    given, surname = cv_layouts.split_name(name)
    return "".join(cv_layouts._initial(p) for p in given) + " " + surname


def render_deflist_year_cv(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A pandoc CV: definition lists whose terms are the years, each entry a definition
    wrapped at a width with its continuation lines indented."""
    marker = rng.choice((":   ", ":    ", "~   "))
    pad = " " * len(marker)
    repeat_term = rng.random() < 0.5  # the year again over each entry, or once over the year's entries
    dash = rng.choice(("--", "–"))
    out = ["---", f"title: {owner}", "subtitle: Curriculum Vitae", "---", "", "# Education", ""]
    for years, what, note in cv_layouts.EDUCATION:
        out += [years.replace(" - ", "--"), f"{marker}{what}", ""]
    out += ["# Publications", ""]
    last, year = None, None
    for kind, e in ordered(entries, "deflist_year_cv"):
        if kind != last:
            last, year = kind, None
            out += [_heading(2, rng.choice(KIND_HEADINGS[kind])), ""]
        names = [cv_layouts.harvard_name(a) if i == 0 else _initials_tight(a) for i, a in enumerate(e["authors"])]
        names = [f"**{n}**" if a == e["owner"] else n for n, a in zip(names, e["authors"])]
        vol, _issue, first, last_page = made_up_numbers(e)
        numbers = f". {vol}: {first}{dash}{last_page}" if e["kind"] == "journal" else ""
        printed = _join(names)
        stop = "" if re.sub(r"[*_]", "", printed).endswith(".") else "."  # "... and **C.M. Shor**" + "."
        text = f"{printed}{stop} {e['title']}. {_venue(e)}{numbers}."
        if repeat_term or e["year"] != year:
            out += [str(e["year"])]
        year = e["year"]
        wrapped = textwrap.wrap(text, width=rng.choice((66, 72)), break_on_hyphens=False, break_long_words=False)
        out += [marker + wrapped[0], *(pad + ln for ln in wrapped[1:]), ""]
    out += ["# Talks", ""]
    for y, what in cv_layouts.TALKS:
        out += [y, f"{marker}{what}", ""]
    return "\n".join(out) + "\n"


TABLE_HEADERS = (("Year", "Title", "Authors", "Venue"), ("Year", "Title", "Authors", "Journal"),
                 ("Year", "Paper", "Authors", "Published in"), ("Year", "Title", "Co-authors", "Venue"))


def render_year_title_venue_table(entries: list[dict], owner: str, rng: random.Random) -> str:
    """Pipe tables of publications, one per kind heading, "| Year | Title | Authors | Venue |"."""
    header = rng.choice(TABLE_HEADERS)
    year_once = rng.random() < 0.5  # a year printed in its first row only
    outer = rng.random() < 0.8  # the outer pipes
    align = rng.choice(("---", ":---", ":--:"))
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))

    def row(cells):
        return ("| " + " | ".join(cells) + " |") if outer else " | ".join(cells)

    out = [_front("Publications", rng)]
    last, year = None, None
    for kind, e in ordered(entries, "year_title_venue_table"):
        if kind != last:
            last, year = kind, None
            out += ["", _heading(2, rng.choice(KIND_HEADINGS[kind])), "", row(header),
                    row([align] * len(header))]
        title = e["title"].replace("|", "\\|")
        if rng.random() < 0.4:
            title = f"[{title}](https://example.org/{_slug(e)})"
        names = ", ".join(_names(e, lambda n: n, mark))
        venue = f"*{_venue(e)}*" if rng.random() < 0.5 else _venue(e)
        shown = "" if year_once and e["year"] == year else str(e["year"])
        year = e["year"]
        out.append(row([shown, title, names, venue]))
    out += ["", "## Talks", "", row(("Year", "Talk", "Event")), row([align] * 3)]
    for y, what in cv_layouts.TALKS:
        out.append(row([y, "Invited talk", what.replace("|", "/")]))
    return "\n".join(out) + "\n"


def render_html_list_in_md(entries: list[dict], owner: str, rng: random.Random) -> str:
    """HTML lists or tables written into the markdown under markdown kind headings, each
    entry over several source lines."""
    as_table = rng.random() < 0.4
    gaps = rng.random() < 0.5  # blank lines between the items
    mark = _emph(rng, ("<strong>{}</strong>", "<b>{}</b>", "<u>{}</u>"))
    out = [_front("Publications", rng)]
    last = None

    def close():
        out.extend(["</table>" if as_table else "</ol>", ""])

    for kind, e in ordered(entries, "html_list_in_md"):
        if kind != last:
            if last is not None:
                close()
            last = kind
            out += ["", _heading(2, rng.choice(KIND_HEADINGS[kind])), ""]
            out += ["<table>", "  <tr><th>Year</th><th>Publication</th></tr>"] if as_table else [
                rng.choice(("<ol>", "<ol reversed>", '<ol class="pubs">'))]
        names = _join(_names(e, lambda n: n, mark))
        title = f'<a href="https://example.org/{_slug(e)}">{e["title"]}</a>' if rng.random() < 0.6 else f"<b>{e['title']}</b>"
        if as_table:
            out += ["  <tr>", f"    <td>{e['year']}</td>", f"    <td>{title}<br>", f"      {names}<br>",
                    f"      <i>{_venue(e)}</i></td>", "  </tr>"]
        else:
            out += ["  <li>", f"    {title}<br>", f"    {names}<br>", f"    <em>{_venue(e)}</em>, {e['year']}", "  </li>"]
        if gaps:
            out.append("")
    close()
    return "\n".join(out) + "\n"


def render_hugo_shortcode_lists(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A Hugo page whose publication lists stand inside shortcodes (tabs, details, columns)."""
    wrapper = rng.choice(("tabs", "details", "columns"))
    mark = _emph(rng, ("**{}**", "*{}*"))
    out = ["+++", 'title = "Publications"', 'date = "2024-01-01"', "+++", "",
           "{{% callout note %}}", "Names in bold are members of the group; preprints are linked.", "{{% /callout %}}", ""]
    if wrapper == "tabs":
        out.append("{{< tabs >}}")
    elif wrapper == "columns":
        out.append("{{< columns >}}")
    last = None
    for kind, e in ordered(entries, "hugo_shortcode_lists"):
        if kind != last:
            label = rng.choice(KIND_HEADINGS[kind])
            if wrapper == "tabs":
                out += ([] if last is None else ["{{% /tab %}}"]) + [f'{{{{% tab "{label}" %}}}}']
            elif wrapper == "details":
                out += ([] if last is None else ["{{< /details >}}", ""]) + [
                    f'{{{{< details title="{label}" open=true >}}}}']
            else:
                out += ([] if last is None else ["", "<--->", ""]) + [f"### {label}", ""]
            last = kind
        names = _join(_names(e, lambda n: n, mark))
        icon = rng.choice(('{{< icon name="file-pdf" pack="fas" >}} ', '{{< icon "download" >}} ', ""))
        out.append(f"- {names} ({e['year']}). [{e['title']}](https://example.org/{_slug(e)}). *{_venue(e)}*. "
                   f"{icon}[PDF](https://example.org/{_slug(e)}.pdf)")
    out += {"tabs": ["{{% /tab %}}", "{{< /tabs >}}"], "details": ["{{< /details >}}"], "columns": ["{{< /columns >}}"]}[wrapper]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- added 2026-12-07 (eleventh round, wt-md11)

# An entry's venue left out on the pages of VENUE_SOMETIMES (a note that names the paper and its
# authors only): a digest of the title, so the same entry on every run; the truth venue is None.
VENUE_SOMETIMES = {"obsidian_wikilinks"}


def venue_left_out(e: dict) -> bool:
    return hashlib.md5(e["title"].encode("utf-8")).digest()[2] % 5 == 0


def _amp_join(names: list[str], rng: random.Random) -> str:
    """The names joined with "and", "&" or commas alone, chosen once per call."""
    style = rng.choice(("and", "&", "commas"))
    if style == "commas":
        return ", ".join(names)
    return _join(names, last=f", {style} ", two=f" {style} ")


def render_mkdocs_material_tabs(entries: list[dict], owner: str, rng: random.Random) -> str:
    """An MkDocs Material page: the lists inside content tabs (``=== "Journal articles"``) or
    collapsible admonitions (``??? note "Conference papers"``), their content indented four
    spaces; an admonition note first, icons (``:material-file-pdf-box:``) and attribute lists
    (``{ .md-button }``) after the entries."""
    wrapper = rng.choice(("tabs", "admonitions"))
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))
    numbered = rng.random() < 0.4
    out = ["---", "title: Publications", "hide:", "  - navigation", "---", "", "# Publications", "",
           '!!! info "About this list"', "", "    Names in bold are members of the group. Preprints are linked.", ""]
    last, n = None, 0
    for kind, e in ordered(entries, "mkdocs_material_tabs"):
        if kind != last:
            last, n = kind, 0
            label = rng.choice(KIND_HEADINGS[kind])
            out += [f'=== "{label}"' if wrapper == "tabs" else f'{rng.choice(("???", "???+"))} note "{label}"', ""]
        n += 1
        names = _amp_join(_names(e, lambda a: a, mark), rng)
        lead = f"{n}. " if numbered else "- "
        icon = rng.choice(("", f" [:material-file-pdf-box:](https://example.org/{_slug(e)}.pdf)",
                           f" [PDF](https://example.org/{_slug(e)}.pdf){{ .md-button }}"))
        out.append(f"    {lead}{names}. {e['title']}. *{_venue(e)}*, {e['year']}.{icon}")
        if rng.random() < 0.15:
            out += ["", "        Selected for an oral presentation.", ""]
    out += ["", "## Software", "", "- `magpie`: a toolkit for the analyses of the papers above.", ""]
    return "\n".join(out) + "\n"


MDX_TAGS = ("Paper", "Publication", "PubItem")


def _jsx(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;")


def render_mdx_components(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A Docusaurus MDX page: imports, then one JSX component per paper (``<Paper title="..."
    authors="Ann Lee, Bo Chen" venue="..." year={2021} />`` or ``authors={["Ann Lee", "Bo
    Chen"]}``), on one line or one prop a line, inside ``<Tabs>`` / ``<TabItem>`` by kind."""
    tag = rng.choice(MDX_TAGS)
    multiline = rng.random() < 0.5
    tabs = rng.random() < 0.5
    out = ["---", "sidebar_position: 3", "title: Publications", "---", "",
           "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';",
           f"import {tag} from '@site/src/components/{tag}';", "", "# Publications", "",
           "{/* generated by hand from the lab's BibTeX; newest first */}", ""]
    if tabs:
        out.append("<Tabs>")
    last = None
    for kind, e in ordered(entries, "mdx_components"):
        if kind != last:
            if tabs:
                out += ([] if last is None else ["", "</TabItem>"]) + [
                    f'<TabItem value="{kind}" label="{rng.choice(KIND_HEADINGS[kind])}"'
                    + (" default>" if last is None else ">"), ""]
            else:
                out += ["", _heading(2, rng.choice(KIND_HEADINGS[kind])), ""]
            last = kind
        if rng.random() < 0.5:
            authors = f'authors="{_jsx(", ".join(e["authors"]))}"'
        else:
            authors = "authors={[" + ", ".join(f'"{_jsx(a)}"' for a in e["authors"]) + "]}"
        props = [f'title="{_jsx(e["title"])}"', authors, f'venue="{_jsx(_venue(e))}"',
                 rng.choice((f"year={{{e['year']}}}", f'year="{e["year"]}"'))]
        if rng.random() < 0.5:
            props.append(f'pdf="https://example.org/{_slug(e)}.pdf"')
        if rng.random() < 0.3:
            props.append(f'highlight="{_jsx(e["owner"])}"')
        if multiline:
            out += [f"<{tag}", *(f"  {p}" for p in props), "/>", ""]
        else:
            out += [f"<{tag} " + " ".join(props) + " />", ""]
    if tabs:
        out += ["</TabItem>", "</Tabs>"]
    return "\n".join(out) + "\n"


def render_pagedown_resume(entries: list[dict], owner: str, rng: random.Random) -> str:
    """An R Markdown CV for pagedown's ``html_resume`` (as datadrivencv writes it): an Aside
    and a Main part, sections as setext headings with attributes ("Publications
    {data-icon=book}"), each entry a "### Title" heading over paragraphs of its own: the
    venue, the place ("N/A"), the year, then the names as a bullet or a paragraph."""
    rule = "-" * 80
    names_as = rng.choice(("bullet", "paragraph"))
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))
    out = ["---", f'title: "{owner}\'s CV"', f"author: {owner}", "date: \"`r Sys.Date()`\"", "output:",
           "  pagedown::html_resume:", "    css: ['styles.css', 'resume']", "    self_contained: true", "---", "",
           "```{r, include=FALSE}", "knitr::opts_chunk$set(results='asis', echo = FALSE)", "```", "",
           "Aside", "=" * 80, "", "Contact {#contact}", rule, "",
           "- <i class=\"fa fa-envelope\"></i> someone@example.org", "- <i class=\"fa fa-github\"></i> github.com/example",
           "", "Main", "=" * 80, "", f"{owner} {{#title}}", rule, "",
           "Research scientist; the papers below are grouped by kind.", "",
           "Education {data-icon=graduation-cap data-concise=true}", rule, ""]
    for years, what, _note in cv_layouts.EDUCATION:
        degree, _, place = what.partition(", ")
        out += [f"### {degree}", "", place, "", "N/A", "", years.replace(" - ", " - "), "", ""]
    last = None
    for kind, e in ordered(entries, "pagedown_resume"):
        if kind != last:
            last = kind
            out += [f"{rng.choice(KIND_HEADINGS[kind])} {{data-icon=book}}", rule, ""]
            if last == "journal" and rng.random() < 0.5:
                out += ["::: aside", "Names in bold are mine; \\* marks equal contribution.", ":::", ""]
        names = _join(_names(e, lambda a: a, mark))
        out += [f"### {e['title']}", "", _venue(e), "", "N/A", "", str(e["year"]), ""]
        out += ([f"- {names}", ""] if names_as == "bullet" else [names, ""]) + [""]
    out += ["Selected talks {data-icon=chalkboard-teacher}", rule, ""]
    for y, what in cv_layouts.TALKS:
        event, _, place = what.rpartition(", ")
        out += [f"### {event}", "", "Invited talk", "", place, "", y, "", ""]
    return "\n".join(out) + "\n"


def render_obsidian_wikilinks(entries: list[dict], owner: str, rng: random.Random) -> str:
    """An Obsidian note: YAML properties, a callout ("> [!info]"), year headings, each paper
    a wikilink to its literature note ("[[Title]]" or "[[lee2021spin|Title]]") with the
    co-authors as links to person notes ("[[Ann Lee]]") at times and a tag; or the paper's
    fields as Dataview inline fields ("- venue:: ...") under it. Some entries name no venue."""
    mark = rng.choice(("**{}**", "[[{}]]", "=={}=="))
    out = ["---", "tags: [cv, publications]", "aliases: [Papers]", "created: 2024-01-05", "---", "",
           "# Publications", "", "> [!info] Papers", "> Links open the literature notes; my name is marked.", ""]
    year = None
    for _, e in ordered(entries, "obsidian_wikilinks"):
        if e["year"] != year:
            year = e["year"]
            out += ["", _heading(2, str(year)), ""]
        people = [mark.format(a) if a == e["owner"] else (f"[[{a}]]" if rng.random() < 0.3 else a) for a in e["authors"]]
        names = _join(people)
        key = re.sub(r"\W+", "", e["authors"][0].split()[-1].lower()) + str(e["year"]) + _slug(e).split("-")[0]
        link = f"[[{e['title']}]]" if rng.random() < 0.5 else f"[[papers/{key}|{e['title']}]]"
        venue = None if venue_left_out(e) else _venue(e)
        tag = " #paper/" + e["kind"] if rng.random() < 0.6 else ""
        if rng.random() < 0.35:
            out.append(f"- {link}{tag}")
            out.append(f"    - authors:: {names}")
            if venue:
                out.append(f"    - venue:: {venue}")
            out.append(f"    - year:: {e['year']}")
        else:
            out.append(f"- {link} — {names}" + (f". *{venue}*" if venue else "") + f".{tag}")
    return "\n".join(out) + "\n"


def render_footnote_venues(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A list whose venues stand in footnotes: "1. Ann Lee, **Bo Chen**, and Cy Roe.
    “Title.”[^3]" with "[^3]: *Venue* 3, 101–109 (2021)." after each entry or all at the page's
    end; an "[^eq]" mark after some names points to a note that is no venue."""
    out = [_front("Publications", rng)]
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))
    at_end = rng.random() < 0.6
    numbered = rng.random() < 0.5
    slug_labels = rng.random() < 0.5
    quoted = rng.random() < 0.5
    notes, eq_used = [], False
    for i, (_, e) in enumerate(ordered(entries, "footnote_venues"), start=1):
        printed = _names(e, lambda a: a, mark)
        if len(printed) > 1 and rng.random() < 0.2:
            printed[0] += "[^eq]"
            eq_used = True
        label = re.sub(r"\W+", "", e["authors"][0].split()[-1].lower()) + str(e["year"]) if slug_labels else str(i)
        vol, _issue, first, last = made_up_numbers(e)
        numbers = f" {vol}, {first}–{last}" if e["kind"] == "journal" else ""
        title = f"“{e['title']}.”" if quoted else f"{e['title']}."
        lead = f"{i}. " if numbered else "- "
        out.append(f"{lead}{_join(printed)}. {title}[^{label}]")
        note = f"[^{label}]: *{_venue(e)}*{numbers} ({e['year']})."
        if at_end:
            notes.append(note)
        else:
            out += ["", note, ""]
    if eq_used:
        notes.append("[^eq]: These authors contributed equally.")
    return "\n".join(out + [""] + notes) + "\n"


BADGE_COLOURS = ("blue", "b31b1b", "green", "orange")


def _badge_text(text: str) -> str:
    return text.replace("-", "--").replace("_", "__").replace(" ", "%20")


def render_profile_readme_badges(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A GitHub profile README: a centred HTML greeting and profile badges, then the papers,
    each with shields.io badges (the venue and year in a badge's text, an arXiv number, a
    repository's stars), long author lists cut after six names with "et al.", the older
    papers inside "<details>"; a stats image after."""
    form = rng.choice(("lines", "badge_first"))
    mark = _emph(rng, ("**{}**", "<ins>{}</ins>", "<b>{}</b>"))
    first = owner.split()[0]
    out = [f'<h1 align="center">Hi there, I\'m {first} 👋</h1>', "", '<p align="center">',
           ('  <a href="https://scholar.google.com/citations?user=example"><img src="https://img.shields.io/badge/'
            'Google%20Scholar-4285F4?style=flat&logo=googlescholar&logoColor=white" alt="Scholar"></a>'),
           ('  <a href="https://orcid.org/0000-0000-0000-0000"><img src="https://img.shields.io/badge/ORCID-A6CE39?'
            'style=flat&logo=orcid&logoColor=white" alt="ORCID"></a>'), "</p>", "",
           rng.choice(("### 📝 Publications", "## :books: Selected papers", "### Papers")), ""]
    rows = ordered(entries, "profile_readme_badges")
    older_from = max(len(rows) - rng.choice((0, 5, 8)), 1)
    for i, (_, e) in enumerate(rows):
        if i == older_from:
            out += ["", "<details>", "<summary><b>Older papers</b></summary>", ""]
        shown = _names(e, lambda a: a, mark)[:ET_AL_AFTER]
        names = ", ".join(shown) + (", et al." if len(e["authors"]) > ET_AL_AFTER else "")
        venue_badge = (f"![{_venue(e)} {e['year']}](https://img.shields.io/badge/"
                       f"{_badge_text(_venue(e))}-{e['year']}-{rng.choice(BADGE_COLOURS)})")
        extra = []
        if e.get("arxiv_id"):
            extra.append(f"[![arXiv](https://img.shields.io/badge/arXiv-{_badge_text(e['arxiv_id'])}-b31b1b.svg)]"
                         f"(https://arxiv.org/abs/{e['arxiv_id']})")
        if rng.random() < 0.4:
            extra.append(f"[![GitHub stars](https://img.shields.io/github/stars/example/{_slug(e)[:16]}?style=social)]"
                         f"(https://github.com/example/{_slug(e)[:16]})")
        if form == "lines":
            out += [f"- **{e['title']}**  ", f"  {names}  ", f"  *{_venue(e)}*, {e['year']}" + ("  " if extra else "")]
            if extra:
                out.append("  " + " ".join(extra))
        else:
            out.append(f"- {venue_badge} **{e['title']}** <br> {names}" + (" " + " ".join(extra) if extra else ""))
    if older_from < len(rows):
        out += ["", "</details>"]
    out += ["", "### 📈 Stats", "", "![stats](https://github-readme-stats.vercel.app/api?username=example&show_icons=true)", ""]
    return "\n".join(out) + "\n"



# --------------------------------------------------------------------------- added 2026-12-07 (twelfth round, wt-md12)

ALFOLIO_ABBR = {"journal": ("Journal", "J."), "conference": ("Conf.", "Proc."), "preprint": ("arXiv", "Preprint"),
                "other": ("Chapter", "Report")}


def render_alfolio_bibliography(entries: list[dict], owner: str, rng: random.Random) -> str:
    """An al-folio ``_pages/publications.md`` after the site's build, its ``{% bibliography %}``
    output (jekyll-scholar's ``bib.liquid``) converted back to markdown by pandoc: year
    headings ("## 2021 {.year}"), each entry a row of fenced divs: an abbreviation badge
    ("[Conf.]{.badge}"), then the title, author and periodical divs ("*Venue*, 2021"), the
    owner in bold or "<em>"; link buttons ("[PDF](..){.btn .btn-sm}") in a links div."""
    mark = _emph(rng, ("**{}**", "*{}*", "<em>{}</em>"))
    badge = rng.random() < 0.7
    out = ["---", "layout: page", "permalink: /publications/", "title: publications",
           "description: publications by categories in reversed chronological order.", "nav: true",
           "nav_order: 2", "---", "", "<!-- _pages/publications.md -->", "",
           "::: publications"]
    year = None
    for _, e in ordered(entries, "alfolio_bibliography"):
        if e["year"] != year:
            year = e["year"]
            out += ["", f"## {year} {{.bibliography}}" if rng.random() < 0.5 else f"## {year} {{.year}}", ""]
        key = re.sub(r"\W+", "", e["authors"][0].split()[-1].lower()) + str(e["year"]) + _slug(e).split("-")[0]
        names = _join(_names(e, lambda a: a, mark))
        out += ["::: row"]
        if badge:
            out += ["::: {.col-sm-2 .abbr}", f"[{rng.choice(ALFOLIO_ABBR[e['kind']])}]{{.badge}}", ":::", ""]
        out += [f"::: {{#{key} .col-sm-8}}", "::: title", e["title"], ":::", "", "::: author", names, ":::", "",
                "::: periodical", rng.choice((f"*{_venue(e)}*, {e['year']}", f"*In {_venue(e)}*, {e['year']}",
                                             f"*{_venue(e)}* {e['year']}")), ":::", ""]
        links = ["[Abs]{.btn .btn-sm .z-depth-0 role=\"button\"}"]
        if rng.random() < 0.6:
            links.append(f"[PDF](/assets/pdf/{key}.pdf){{.btn .btn-sm .z-depth-0 role=\"button\"}}")
        if e.get("arxiv_id"):
            links.append(f"[arXiv](http://arxiv.org/abs/{e['arxiv_id']}){{.btn .btn-sm .z-depth-0 role=\"button\"}}")
        out += ["::: {.links}", " ".join(links), ":::", "", "::: {.abstract .hidden}",
                "We study the question the title names and report what we found.", ":::", ":::", ":::", ""]
    out += [":::", ""]
    return "\n".join(out) + "\n"


def render_hugo_figure_list(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A Hugo ``content/publication/_index.md`` kept by hand: YAML front matter, a figure
    shortcode with a thumbnail before some entries ("{{< figure src=... >}}"), the title a
    bold link, then the names and "*Venue*, 2021" on lines of their own (hard breaks, a
    backslash or two spaces), links joined with middle dots; entries apart by thematic breaks
    or blank lines, kind headings at times."""
    mark = _emph(rng, ("**{}**", "<u>{}</u>", "*{}*"))
    brk = rng.choice(("\\", "  "))
    rules = rng.random() < 0.5
    headed = rng.random() < 0.5
    out = ["---", "title: Publications", "type: landing", "summary: Papers, with thumbnails.", "url: /publication/",
           "---", "", "{{< figure src=\"/img/group.jpg\" caption=\"The group, 2023.\" width=\"60%\" >}}", ""]
    last = None
    rows = [(kind, e) for kind, mine in sections(entries) for e in mine] if headed else ordered(entries, "hugo_figure_list")
    for kind, e in rows:
        if headed and kind != last:
            last = kind
            out += [_heading(rng.choice((2, 3)), rng.choice(KIND_HEADINGS[kind])), ""]
        if rng.random() < 0.6:
            out += [f"{{{{< figure src=\"/publication/{_slug(e)[:20]}/featured.png\" width=\"140\" "
                    f"alt=\"{_slug(e)[:20]}\" class=\"{rng.choice(('pub-thumb', 'float-left'))}\" >}}}}", ""]
        names = _join(_names(e, lambda a: a, mark), last=rng.choice((", and ", ", ", " & ")))
        links = [f"[PDF](/publication/{_slug(e)[:20]}/paper.pdf)"]
        if rng.random() < 0.5:
            links.append(f"[Code](https://github.com/example/{_slug(e)[:16]})")
        if e.get("arxiv_id"):
            links.append(f"[arXiv](https://arxiv.org/abs/{e['arxiv_id']})")
        out += [f"[**{e['title']}**](/publication/{_slug(e)[:20]}/){brk}", f"{names}{brk}",
                f"*{_venue(e)}*, {e['year']} · " + " · ".join(links), ""]
        if rules:
            out += ["---", ""]
    return "\n".join(out) + "\n"


def render_myst_cite_roles(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A Jupyter Book / MyST page: a target label "(publications)=", a ":::{note}" directive,
    entries whose year is a sphinx-design badge ("{bdg-primary}`2021`") and which end with a
    "{cite}`key`" role (or "{doi}`10.x/y`"); the title in italics, quoted or plain; a
    dropdown directive with an abstract under some entries; a ``{bibliography}`` directive
    at the page's end."""
    mark = _emph(rng, ("**{}**", "{{u}}`{}`", "*{}*"))
    title_style = rng.choice(("*{}*", "“{}”", "{}"))
    numbered = rng.random() < 0.5
    out = ["---", "jupytext:", "  text_representation:", "    format_name: myst", "kernelspec:", "  name: python3", "---",
           "", "(publications)=", "# Publications", "", ":::{note}",
           "The list is built from the group's BibTeX file; names in bold are the group's.", ":::", ""]
    for i, (_, e) in enumerate(ordered(entries, "myst_cite_roles"), start=1):
        key = re.sub(r"\W+", "", e["authors"][0].split()[-1].lower()) + str(e["year"]) + _slug(e).split("-")[0]
        names = _join(_names(e, lambda a: a, mark), last=rng.choice((", and ", " and ")))
        role = rng.choice((f"{{cite}}`{key}`", f"{{cite:p}}`{key}`", f"{{doi}}`10.5555/{key}`"))
        lead = f"{i}. " if numbered else "- "
        year = rng.choice((f"{{bdg-primary}}`{e['year']}` ", f"{{bdg-secondary-line}}`{e['year']}` "))
        out.append(f"{lead}{year}{names}. {title_style.format(e['title'])}. {_venue(e)}. {role}")
        if rng.random() < 0.2:
            pad = " " * len(lead)
            out += ["", f"{pad}:::{{dropdown}} Abstract", f"{pad}We study the question the title names.", f"{pad}:::", ""]
    out += ["", "## References", "", "```{bibliography}", ":filter: docname in docnames", ":style: unsrt", "```", ""]
    return "\n".join(out) + "\n"


def render_org_pandoc_years(entries: list[dict], owner: str, rng: random.Random) -> str:
    """An Org file ("* Publications" / "** 2021 :journal:") converted by pandoc to markdown:
    year headings with their tags as spans ("## 2021 [journal]{.tag tag-name="journal"}") and
    custom ids ("{#y2021}"), list items with pandoc's "-   " marker and four-space
    continuation lines wrapped at 72 columns, the title in italics (Org's /title/) or quoted,
    the owner in bold (Org's *bold*), Org links as markdown ones, a property drawer's date
    kept as text at times."""
    mark = _emph(rng, ("**{}**", "*{}*", "[{}]{{.underline}}"))
    quoted = rng.random() < 0.5
    out = ["---", "title: Curriculum vitae", "author: " + owner, "---", "", "# Education {#education}", "",
           "-   PhD, a university, 2015", "", "# Publications {#publications}", ""]
    year = None
    for _, e in ordered(entries, "org_pandoc_years"):
        if e["year"] != year:
            year = e["year"]
            tag = f" [{e['kind']}]{{.tag tag-name=\"{e['kind']}\"}}" if rng.random() < 0.4 else ""
            out += ["", f"## {year}{tag} {{#y{year}}}" if rng.random() < 0.5 else f"## {year}{tag}", ""]
        names = _join(_names(e, lambda a: a, mark), last=" and ")
        title = f'"{_pandoc_text(e["title"])}"' if quoted else f"*{e['title']}*"
        text = f"{names}, {title}, *{_pandoc_text(_venue(e))}*, {e['year']}."
        if rng.random() < 0.5:
            text += f" [pdf](papers/{_slug(e)[:24]}.pdf)"
        lines = _pandoc_wrap(text, width=68, indent="    ")
        out += ["-   " + lines[0]] + lines[1:] + [""]
    out += ["# Talks {#talks}", "", "-   A seminar talk, a department, 2022", ""]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- added 2026-12-07 (thirteenth round, wt-md13)


def _csl_names(names: list[str]) -> list[str]:
    """CSL-YAML name objects for a list of names, ``family`` with its particles as the
    metadata's split gives them."""
    out = []
    for a in names:
        given, family = cv_layouts.split_name(a)
        out += [f"    - family: {_yaml_string(family)}"] + ([f"      given: {_yaml_string(' '.join(given))}"] if given else [])
    return out


def render_csl_yaml_nocite(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A pandoc / Quarto page that keeps its publications as CSL-YAML in its own front matter
    (``references:`` items with ``family`` / ``given`` names, ``container-title``, ``issued``
    as date-parts or a year), ``nocite: '@*'`` and a ``csl:`` style; the body is prose and an
    empty ``::: {#refs}`` div where pandoc prints the bibliography when the page is built."""
    out = ["---", "title: Publications", f"author: {_yaml_string(owner)}"]
    out += rng.choice((["nocite: |", "  @*"], ["nocite: '@*'"]))
    out += [f"csl: {rng.choice(('apa.csl', 'ieee.csl', 'chicago-author-date.csl'))}", "references:"]
    for _, e in ordered(entries, "csl_yaml_nocite"):
        key = re.sub(r"\W+", "", e["authors"][0].split()[-1].lower()) + str(e["year"]) + _slug(e).split("-")[0]
        out += [f"- id: {key}", f"  type: {_CSL_TYPES[e['kind']]}", f"  title: {_yaml_string(e['title'])}", "  author:"]
        out += _csl_names(e["authors"])
        out.append(f"  container-title: {_yaml_string(_venue(e))}")
        if e["kind"] == "journal":
            vol, issue, first, last = made_up_numbers(e)
            out += [f"  volume: {vol}", f"  issue: {issue}", f"  page: {first}-{last}"]
        out += rng.choice(([f"  issued: {e['year']}"], ["  issued:", f"    date-parts: [[{e['year']}]]"],
                           ["  issued:", "    date-parts:", f"    - - {e['year']}", f"      - {rng.randint(1, 12)}"]))
        if e.get("arxiv_id"):
            out.append(f"  URL: https://arxiv.org/abs/{e['arxiv_id']}")
    out += ["---", "", rng.choice(("# Publications", "Publications\n============")), "",
            "The list below is printed from the references in this page's header; the newest come first.", "",
            "::: {#refs}", ":::", ""]
    return "\n".join(out) + "\n"


def render_markdown_cv_code_years(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A CV in the style of the Jekyll "markdown-cv" template: a tagline, then sections whose
    items open with the date as a code span on a line of its own ("`2021`"), the item on the
    next lines of the same paragraph ("__Title__" over the names and "*Venue*", or the names,
    the title and the venue on one line); Education and Occupation items alike around the
    publications, a footer of the last update."""
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))
    form = rng.choice(("title_over", "one_line"))
    out = ["---", "layout: cv", f"title: {owner}'s CV", "---", f"# {owner}", "Research scientist, materials and waves.", "",
           '<div id="webaddress">', '<a href="mailto:someone@example.org">someone@example.org</a>',
           '| <a href="https://example.org">example.org</a>', "</div>", "", "## Currently", "",
           "Working on the papers below with the group.", "", "## Education", ""]
    for years, what, _note in cv_layouts.EDUCATION:
        degree, _, place = what.partition(", ")
        out += [f"`{years.replace(' - ', '-')}`", f"__{place}__", "", f"- {degree}", ""]
    out += ["## Publications", ""]
    for _, e in ordered(entries, "markdown_cv_code_years"):
        names = _join(_names(e, lambda a: a, mark))
        out.append(f"`{e['year']}`")
        if form == "title_over":
            out += [f"__{e['title']}__", f"{names}.", f"*{_venue(e)}*" + rng.choice(("", ".", f" {_links(e, rng)}")).rstrip()]
        else:
            out.append(f"{names}. {e['title']}. *{_venue(e)}*." + rng.choice(("", f" {_links(e, rng)}")).rstrip())
        out.append("")
    out += ["## Occupation", ""]
    for y, what in cv_layouts.TALKS[:2]:
        out += [f"`{y}`", f"__{what}__", "- Invited speaker.", ""]
    out += ["<!-- ### Footer", "", "Last updated: Dec 2026 -->", ""]
    return "\n".join(out) + "\n"


LABELS = {"authors": ("Authors", "Author(s)", "By"), "venue": ("Venue", "Published in", "Journal / conference"),
          "year": ("Year", "Published", "Date")}


def render_bold_label_fields(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A lab or project page where each paper is a heading ("### Title" or "### [Title](url)")
    over its fields, each opened by a bold label ("**Authors:** ...", "**Published in:**
    *Venue*", "**Year:** 2021"), as a bullet list or as lines with hard breaks ("<br>" or a
    backslash); a line of links and an abstract paragraph of a sentence after some; year
    headings over the papers on some pages."""
    level = rng.choice((3, 4))
    as_list = rng.random() < 0.5
    brk = rng.choice(("<br>", "\\", "  "))
    colon_inside = rng.random() < 0.5
    labels = {k: rng.choice(v) for k, v in LABELS.items()}
    mark = _emph(rng, ("**{}**", "<u>{}</u>", "*{}*"))
    year_heads = rng.random() < 0.4
    out = [_front("Publications", rng), "Papers from the group, newest first.", ""]
    year = None
    for _, e in ordered(entries, "bold_label_fields"):
        if year_heads and e["year"] != year:
            year = e["year"]
            out += [_heading(level - 1, str(year)), ""]
        title = f"[{e['title']}](https://example.org/papers/{_slug(e)})" if rng.random() < 0.4 else e["title"]
        out += [_heading(level, title), ""]

        def label(k: str) -> str:
            return f"**{labels[k]}:**" if colon_inside else f"**{labels[k]}**:"
        fields = [f"{label('authors')} {_join(_names(e, lambda a: a, mark))}", f"{label('venue')} *{_venue(e)}*"]
        if labels["year"] == "Date":
            fields.append(f"{label('year')} {rng.choice(('January', 'March', 'June', 'October'))} {e['year']}")
        else:
            fields.append(f"{label('year')} {e['year']}")
        links = _links(e, rng)
        if links and rng.random() < 0.6:
            fields.append(f"{'**Links:**' if colon_inside else '**Links**:'} {links}")
        if as_list:
            out += [f"- {f}" for f in fields]
        else:
            out += [f + brk for f in fields[:-1]] + [fields[-1]]
        out.append("")
        if rng.random() < 0.2:
            out += ["We ask what the title asks, and answer it for the cases we could measure.", ""]
    return "\n".join(out) + "\n"


def _scholar_name(name: str) -> str:
    """Google Scholar's form of a name: the initials run together, then the surname ("AB Lee")."""
    given, surname = cv_layouts.split_name(name)
    return "".join(q[0] for p in given for q in p.split("-") if q) + " " + surname


def render_scholar_profile_paste(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A publication list pasted from a Google Scholar profile into a markdown page: each
    paper a paragraph of three lines with hard breaks: the title (a link to its Scholar page
    or bold), the names as Scholar prints them ("AB Lee, C Roe", cut after six with ", ..."),
    the source line "Venue 3 (2), 101-109, 2021"; "Cited by 12" after some, in italics or
    after a middle dot."""
    brk = rng.choice(("  ", "\\", "<br>"))
    linked = rng.random() < 0.6
    sep_rule = rng.random() < 0.3
    out = [_front("Publications", rng), "Copied from my Google Scholar profile; citation counts as of last month.", ""]
    for _, e in ordered(entries, "scholar_profile_paste"):
        shown = [_scholar_name(a) for a in e["authors"][:ET_AL_AFTER]]
        names = ", ".join(shown) + (", ..." if len(e["authors"]) > ET_AL_AFTER else "")
        vol, issue, first, last = made_up_numbers(e)
        source = {"journal": f"{_venue(e)} {vol} ({issue}), {first}-{last}, {e['year']}",
                  "conference": f"{_venue(e)}, {first}-{last}, {e['year']}"}.get(e["kind"], f"{_venue(e)}, {e['year']}")
        if linked:
            title = (f"[{e['title']}](https://scholar.google.com/citations?view_op=view_citation&hl=en"
                     f"&citation_for_view=example:{_slug(e)[:12]})")
        else:
            title = f"**{e['title']}**"
        cited = rng.choice(("", "", f"*Cited by {rng.randint(1, 300)}*", f" · Cited by {rng.randint(1, 300)}"))
        if cited.startswith("*"):
            out += [title + brk, names + brk, source + brk, cited, ""]
        else:
            out += [title + brk, names + brk, source + cited, ""]
        if sep_rule:
            out += ["***", ""]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- added 2026-12-07 (fourteenth round, wt-md14)


def _go_string(text: str) -> str:
    """A Hugo shortcode parameter: a Go raw string (backquotes) when the text holds a double
    quote, else an interpreted one."""
    return f"`{text}`" if '"' in text and "`" not in text else '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


SHORTCODE_KEYS = {"authors": ("authors", "author"), "venue": ("venue", "journal", "publication"),
                  "year": ("year", "date")}


def render_hugo_pub_shortcodes(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A Hugo page whose papers are calls of the site's own shortcode, one per paper: all the
    fields as named parameters ("{{< pub title="..." authors="Ann Lee, Bo Chen" venue="..."
    year="2021" pdf="..." >}}"), one call a line or a parameter a line; or a paired call whose
    parameters hold the year and venue and whose inner markdown holds the title and the names
    ("{{< publication year="2021" venue="..." >}}" / "**Title**" / names / "{{< /publication >}}").
    Year headings over the calls at times; a figure shortcode and a note around them."""
    name = rng.choice(("pub", "publication", "paper"))
    paired = rng.random() < 0.4
    split_lines = rng.random() < 0.5
    keys = {k: rng.choice(v) for k, v in SHORTCODE_KEYS.items()}
    year_heads = rng.random() < 0.5
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))
    sep = rng.choice((", ", "; "))
    out = ["---", "title: Publications", "date: 2024-02-01", "draft: false", "---", "",
           "{{< figure src=\"/img/banner.png\" alt=\"banner\" >}}", "",
           "Names of the group's members are marked. Most papers have a free preprint.", ""]
    year = None
    for _, e in ordered(entries, "hugo_pub_shortcodes"):
        if year_heads and e["year"] != year:
            year = e["year"]
            out += [_heading(2, str(year)), ""]
        when = str(e["year"]) if keys["year"] == "year" else f"{e['year']}-{rng.randint(1, 12):02d}-01"
        if paired:
            params = [f"{keys['year']}={_go_string(when)}", f"{keys['venue']}={_go_string(_venue(e))}"]
            if rng.random() < 0.5:
                params.append(f'url="https://example.org/{_slug(e)}"')
            names = _join(_names(e, lambda a: a, mark))
            out += [f"{{{{< {name} " + " ".join(params) + " >}}", f"**{e['title']}**  ", names,
                    f"{{{{< /{name} >}}}}", ""]
            continue
        params = [f"title={_go_string(e['title'])}",
                  f"{keys['authors']}={_go_string(sep.join(e['authors']))}",
                  f"{keys['venue']}={_go_string(_venue(e))}", f"{keys['year']}={_go_string(when)}"]
        if rng.random() < 0.5:
            params.append(f'pdf="/papers/{_slug(e)[:24]}.pdf"')
        if e.get("arxiv_id") and rng.random() < 0.7:
            params.append(f'arxiv="{e["arxiv_id"]}"')
        if split_lines:
            out += [f"{{{{< {name}"] + [f"  {p}" for p in params] + [">}}", ""]
        else:
            out += [f"{{{{< {name} " + " ".join(params) + " >}}", ""]
    return "\n".join(out) + "\n"


_BIB_TYPES = {"journal": ("article", "journal"), "conference": ("inproceedings", "booktitle"),
              "preprint": ("article", "journal"), "other": ("incollection", "booktitle")}


def _bib_name(name: str) -> str:
    given, surname = cv_layouts.split_name(name)
    return f"{surname}, {' '.join(given)}" if given else surname


def _bib_text(text: str) -> str:
    return re.sub(r"([&%#_$])", r"\\\1", text)


def render_bibtex_code_blocks(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A GitHub README or lab page where each paper carries its own BibTeX in a fenced code
    block ("```bibtex" / "@article{lee2021spin, ...}"), folded in "<details><summary>BibTeX
    </summary>" at times: either a heading or bullet with the full reference over the block,
    or (on some pages) only the title as a heading, a venue badge line and the block, so that
    the names stand in the BibTeX alone."""
    form = rng.choice(("full", "bib_only"))
    folded = rng.random() < 0.6
    level = rng.choice((3, 4))
    mark = _emph(rng, ("**{}**", "<ins>{}</ins>"))
    out = ["# Papers", "", ("Code and data for the papers below live in this organisation; "
                            "please cite the paper if you use them."), ""]
    for _, e in ordered(entries, "bibtex_code_blocks"):
        kind, field = _BIB_TYPES[e["kind"]]
        key = re.sub(r"\W+", "", e["authors"][0].split()[-1].lower()) + str(e["year"]) + _slug(e).split("-")[0]
        bib = [f"@{kind}{{{key},", f"  title     = {{{_bib_text(e['title'])}}},",
               f"  author    = {{{' and '.join(_bib_name(a) for a in e['authors'])}}},",
               f"  {field:<9} = {{{_bib_text(_venue(e))}}},", f"  year      = {{{e['year']}}}"]
        if e["kind"] == "journal":
            vol, _issue, first, last = made_up_numbers(e)
            bib[-1] += ","
            bib += [f"  volume    = {{{vol}}},", f"  pages     = {{{first}--{last}}}"]
        bib += ["}"]
        block = ["```bibtex", *bib, "```"]
        if folded:
            block = ["<details>", "<summary>BibTeX</summary>", "", *block, "", "</details>"]
        links = _links(e, rng)
        if form == "full":
            names = _join(_names(e, lambda a: a, mark))
            out += [f"- **{e['title']}**  ", f"  {names}  ", f"  *{_venue(e)}*, {e['year']}" + (f" {links}" if links else ""), ""]
            out += [f"  {x}" if x else "" for x in block] + [""]
        else:
            out += [_heading(level, e["title"]), "",
                    f"*{_venue(e)}* ({e['year']})" + (f" | {links}" if links else ""), ""] + block + [""]
    out += ["## License", "", "The code is MIT licensed; the papers are their publishers'.", ""]
    return "\n".join(out) + "\n"


def render_myst_list_table(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A Jupyter Book / MyST page whose papers stand in a ``list-table`` directive per kind
    ("```{list-table} Journal articles" or ":::{list-table}", ":header-rows: 1", ":widths:"),
    each row a bullet of bullets ("* - 2021" / "  - Title" / "  - Ann Lee, Bo Chen" / "  -
    *Venue*"): four columns (Year, Title, Authors, Venue) or three (Year, Reference, Venue, the
    reference "Names. Title."); a ``{note}`` admonition above."""
    colon = rng.random() < 0.5
    four = rng.random() < 0.5
    mark = _emph(rng, ("**{}**", "*{}*"))
    header = ("Year", "Title", "Authors", "Venue") if four else ("Year", "Reference", "Venue")
    out = ["---", "title: Publications", "---", "", "# Publications", "", "```{note}",
           "Preprints are listed until the paper is published.", "```", ""]
    for kind, mine in sections(entries):
        out += [(":::" if colon else "```") + "{list-table} " + rng.choice(KIND_HEADINGS[kind]), ":header-rows: 1",
                ":widths: " + ("10 40 30 20" if four else "10 65 25"), ":class: pubs", ""]
        out += ["* - " + header[0]] + [f"  - {h}" for h in header[1:]]
        for e in mine:
            names = _join(_names(e, lambda a: a, mark))
            if four:
                cells = [str(e["year"]), e["title"], names, f"*{_venue(e)}*"]
            else:
                cells = [str(e["year"]), f"{names}. {e['title']}.", f"*{_venue(e)}*"]
            out += [f"* - {cells[0]}"] + [f"  - {c}" for c in cells[1:]]
        out += [":::" if colon else "```", ""]
    return "\n".join(out) + "\n"


def render_footnote_link_refs(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A numbered list in the Vancouver style of medicine ("Lee A, **Chen B**, Roe C. Title.
    Venue. 2021;3(2):1-9." / "In: Venue; 2021. p. 1-9.", more than six names cut with "et
    al.") whose links stand in footnotes ("[^3]" after the entry, "[^3]: <https://doi.org/..>"
    or "[^3]: [Full text](..) · [Data](..)"); a "[^c]" after the owner's name on some entries
    pointing to a note on the corresponding author; the notes at the page's end."""
    out = [_front("Publications", rng), "Peer-reviewed papers, newest first. Links are in the notes.", ""]
    mark = _emph(rng, ("**{}**", "<u>{}</u>"))
    corresponding = rng.random() < 0.5
    notes, used_c = [], False
    for i, (_, e) in enumerate(ordered(entries, "footnote_link_refs"), start=1):
        printed = [cv_layouts.vancouver_name(a) for a in e["authors"][:ET_AL_AFTER]]
        for k, a in enumerate(e["authors"][:ET_AL_AFTER]):
            if a == e["owner"]:
                printed[k] = mark.format(printed[k]) + ("[^c]" if corresponding and i % 3 == 0 else "")
                used_c |= corresponding and i % 3 == 0
        names = ", ".join(printed) + (", et al" if len(e["authors"]) > ET_AL_AFTER else "")
        vol, issue, first, last = made_up_numbers(e)
        source = {"journal": f"{_venue(e)}. {e['year']};{vol}({issue}):{first}-{last}.",
                  "conference": f"In: {_venue(e)}; {e['year']}. p. {first}-{last}."}.get(
                      e["kind"], f"{_venue(e)}. {e['year']}.")
        out.append(f"{i}. {names}. {e['title']}. {source}[^{i}]")
        link = rng.choice((f"<https://doi.org/10.5555/{_slug(e)[:20]}>",
                           (f"[Full text](https://example.org/{_slug(e)}.pdf)"
                            f" · [Data](https://zenodo.org/records/{1000 + i})"), f"PMID: {30000000 + i * 7919}"))
        notes.append(f"[^{i}]: {link}")
    if used_c:
        notes.append("[^c]: Corresponding author.")
    return "\n".join(out + [""] + notes) + "\n"


# --------------------------------------------------------------------------- added 2026-12-07 (fifteenth round, wt-md15)

QUARTO_VENUE_KEYS = ("publication", "venue", "journal", "description")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def render_quarto_listing_items(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A Quarto ``publications.qmd`` whose papers are the items of a listing written inline in
    its front matter (``listing:`` / ``contents:``, each item ``title``, ``author`` as one
    string or a YAML list, ``date`` as a date or a bare year, the venue under a custom field
    named in ``fields:`` or in ``description``, ``categories`` and ``path``); the body an
    introduction and the empty div the listing is drawn into."""
    venue_key = rng.choice(QUARTO_VENUE_KEYS)
    as_list = rng.random() < 0.4
    bold_owner = rng.random() < 0.4
    listing_id = rng.choice(("pubs", "publications", "papers"))
    out = ["---", 'title: "Publications"', "page-layout: full", "title-block-banner: true", "listing:",
           f"  id: {listing_id}", f"  type: {rng.choice(('table', 'default', 'grid'))}", '  sort: "date desc"',
           f"  date-format: {rng.choice(('YYYY', 'MMM YYYY'))}", "  categories: true",
           f"  fields: [date, title, author, {venue_key if venue_key != 'description' else 'description'}]"]
    if venue_key != "description":
        out += ["  field-display-names:", f'    {venue_key}: "Venue"']
    out.append("  contents:")
    for _, e in ordered(entries, "quarto_listing_items"):
        names = [f"**{a}**" if bold_owner and a == e["owner"] else a for a in e["authors"]]
        month = rng.randint(1, 12)
        date = rng.choice((f"{e['year']}-{month:02d}-01", f'"{e["year"]}"', f"{month}/1/{e['year']}"))
        out.append(f"    - title: {_yaml_string(e['title'])}")
        if as_list:
            out.append("      author:")
            out += [f"        - {_yaml_string(a)}" for a in names]
        else:
            out.append(f"      author: {_yaml_string(_join(names, last=', ', two=', ') if rng.random() < 0.6 else _join(names, last=' and ', two=' and '))}")
        out.append(f"      date: {date}")
        venue = _venue(e)
        out.append(f"      {venue_key}: " + _yaml_string(f"*{venue}*" if venue_key == "description" and rng.random() < 0.5 else venue))
        out.append(f"      categories: [{e['kind']}]")
        if e.get("arxiv_id"):
            out.append(f"      path: https://arxiv.org/abs/{e['arxiv_id']}")
        elif rng.random() < 0.6:
            out.append(f"      path: https://doi.org/10.5555/{_slug(e)[:24]}")
    out += ["---", "", "Papers of the group, newest first; click a row for the paper.", "",
            f"::: {{#{listing_id}}}", ":::", ""]
    return "\n".join(out) + "\n"


def _r_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_vitae_tribble_cv(entries: list[dict], owner: str, rng: random.Random) -> str:
    """An R Markdown CV on the vitae package (``output: vitae::awesomecv``): each section an
    R chunk building a table with ``tibble::tribble`` and printing it with
    ``detailed_entries(...)`` / ``brief_entries(...)``; the papers one chunk per kind heading
    or one chunk for all, the columns (title, authors, venue, year; their order and names
    vary) or a whole citation string and the year; Education and Talks chunks around them."""
    given, surname = cv_layouts.split_name(owner)
    pipe = rng.choice(("%>%", "|>"))
    per_kind = rng.random() < 0.5
    columns = rng.choice((("title", "authors", "venue", "year"), ("year", "title", "authors", "journal"),
                          ("authors", "year", "title", "outlet")))
    citation_form = rng.random() < 0.3
    out = ["---", f"name: {' '.join(given) or surname}", f"surname: {surname}", "position: \"Associate Professor\"",
           "address: \"Department of Examples, A University\"", "email: \"someone@example.org\"",
           "www: example.org", "github: example", "date: \"`r format(Sys.time(), '%B %Y')`\"",
           "output:", "  vitae::awesomecv:", "    page_total: true", "---", "",
           "```{r setup, include=FALSE}",
           "knitr::opts_chunk$set(echo = FALSE, warning = FALSE, message = FALSE)",
           "library(vitae)", "library(tibble)", "library(dplyr)", "```", "",
           "# Education", "", "```{r education}", "tribble(",
           "  ~degree, ~uni, ~loc, ~dates,", '  "PhD", "A University", "Somewhere", "2010--2015"',
           f") {pipe}", "  detailed_entries(what = degree, when = dates, with = uni, where = loc)", "```", "",
           "# Publications", ""]

    def chunk(rows: list[dict], label: str) -> list[str]:
        if citation_form:
            lines = [f"```{{r {label}}}", "tribble(", "  ~year, ~citation,"]
            body = [f"  {e['year']}, " + _r_string(f"{_join(e['authors'])}. {e['title']}. *{_venue(e)}*.")
                    for e in rows]
            tail = [f") {pipe}", "  brief_entries(what = citation, when = year)", "```", ""]
        else:
            lines = [f"```{{r {label}}}", "tribble(", "  " + ", ".join(f"~{c}" for c in columns) + ","]
            body = []
            for e in rows:
                cell = {"title": _r_string(e["title"]), "authors": _r_string(", ".join(e["authors"])),
                        "year": str(e["year"]), "venue": _r_string(_venue(e)), "journal": _r_string(_venue(e)),
                        "outlet": _r_string(_venue(e))}
                body.append("  " + ", ".join(cell[c] for c in columns))
            venue_col = next(c for c in columns if c in ("venue", "journal", "outlet"))
            tail = [f") {pipe}", f"  detailed_entries(what = title, when = year, with = {venue_col}, why = authors)",
                    "```", ""]
        body = [b + "," for b in body[:-1]] + body[-1:]
        return lines + body + tail

    if per_kind:
        for kind, mine in sections(entries):
            out += [_heading(2, rng.choice(KIND_HEADINGS[kind])), ""] + chunk(mine, f"pubs-{kind}")
    else:
        out += chunk([e for _, e in ordered(entries, "vitae_tribble_cv")], "publications")
    out += ["# Talks", "", "```{r talks}", "tribble(", "  ~talk, ~where, ~year,",
            '  "A seminar talk", "A department", 2022', f") {pipe}",
            "  brief_entries(what = talk, when = year, with = where)", "```", ""]
    return "\n".join(out) + "\n"


LOGSEQ_TYPES = {"journal": "journalArticle", "conference": "conferencePaper", "preprint": "preprint",
                "other": "bookSection"}
LOGSEQ_VENUE_KEYS = {"journal": "publication-title", "conference": "proceedings-title", "preprint": "repository",
                     "other": "book-title"}


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def render_logseq_properties(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A Logseq page (``pages/Publications.md``): page properties first ("title:: ..."), then
    every line a block ("- ", children indented by tabs); each paper a block whose first line
    is its title (a page link "[[Title]]" at times) and whose next lines are its properties as
    the Zotero import writes them ("item-type:: [[journalArticle]]", "authors:: [[Ann Lee]],
    [[Bo Chen]]", "date:: [[Mar 3rd, 2021]]" in the journal-page format, "publication-title::
    Venue", an "id::" block uuid at times); a query block at the top and year blocks at times,
    an abstract as a child block under some."""
    link_names = rng.random() < 0.6
    years = rng.random() < 0.5
    out = ["title:: Publications", "tags:: [[cv]], [[papers]]", "public:: true", "",
           "- {{query (and [[paper]] (property item-type))}}", "  collapsed:: true"]
    year = None
    for i, (_, e) in enumerate(ordered(entries, "logseq_properties")):
        indent = ""
        if years:
            if e["year"] != year:
                year = e["year"]
                out.append(f"- ## {year}" if rng.random() < 0.5 else f"- [[{year}]]")
            indent = "\t"
        title = f"[[{e['title']}]]" if rng.random() < 0.4 else e["title"]
        names = ", ".join(f"[[{a}]]" if link_names else a for a in e["authors"])
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        date = rng.choice((f"[[{MONTHS[month - 1][:3]} {_ordinal(day)}, {e['year']}]]", str(e["year"]),
                           f"{e['year']}-{month:02d}-{day:02d}"))
        block = [f"{indent}- {title}", f"{indent}  item-type:: [[{LOGSEQ_TYPES[e['kind']]}]]",
                 f"{indent}  authors:: {names}", f"{indent}  date:: {date}",
                 f"{indent}  {LOGSEQ_VENUE_KEYS[e['kind']]}:: {_venue(e)}", f"{indent}  tags:: [[paper]]"]
        if rng.random() < 0.3:
            block.append(f"{indent}  id:: 6{i:07x}-{_slug(e)[:4].encode().hex()[:4]}-4b1f-9c2e-{i:012d}")
        if e.get("arxiv_id") and rng.random() < 0.6:
            block.insert(5, f"{indent}  url:: https://arxiv.org/abs/{e['arxiv_id']}")
        out += block
        if rng.random() < 0.25:
            out.append(f"{indent}\t- Abstract: we study the question the title names and report what we found.")
    out.append("")
    return "\n".join(out) + "\n"


ARXIV_SUBJECTS = ("cs.CL", "cs.LG", "math.PR", "astro-ph.GA", "cond-mat.str-el", "q-bio.NC", "physics.soc-ph")


def _made_up_arxiv_id(e: dict) -> str:
    """An identifier of the arXiv's shape for an entry that has none (a digest of its title):
    "2103.04567" from 2007 on, "cs/0311045" before."""
    h = int(hashlib.md5(e["title"].encode("utf-8")).hexdigest(), 16)
    month = 1 + h % 12
    if e["year"] >= 2015:  # five digits after the point since 2015, four from 2007
        return f"{e['year'] % 100:02d}{month:02d}.{(h >> 8) % 90000 + 1000:05d}"
    if e["year"] >= 2007:
        return f"{e['year'] % 100:02d}{month:02d}.{(h >> 8) % 9000 + 1000:04d}"
    return f"cs/{e['year'] % 100:02d}{month:02d}{(h >> 8) % 900 + 1:03d}"


def render_arxiv_listing_paste(entries: list[dict], owner: str, rng: random.Random) -> str:
    """Results pasted from an arXiv search for the owner's name: each paper "arXiv:2103.04567
    [pdf, other] cs.CL", the title, "Authors: Ann Lee, Bo Chen", an "Abstract: ... ▽ More"
    line, "Submitted 3 March, 2021; originally announced March 2021.", "Comments: ..." and
    "Journal ref: Venue 3 (2021) 101-109" for the published ones; as items of a numbered list
    or paragraphs, the lines kept by hard breaks or left as soft ones, the title in bold at
    times; the arXiv-only papers name no venue but the identifier."""
    numbered = rng.random() < 0.5
    brk = rng.choice(("  ", "", "\\"))
    bold_title = rng.random() < 0.5
    out = [_front("Publications", rng), "My papers as the arXiv lists them (search of my name, newest first).", ""]
    for i, (_, e) in enumerate(ordered(entries, "arxiv_listing_paste"), start=1):
        ident = e.get("arxiv_id") or _made_up_arxiv_id(e)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        lines = [f"arXiv:{ident} [{rng.choice(('pdf', 'pdf, other', 'pdf, ps, other'))}] {rng.choice(ARXIV_SUBJECTS)}",
                 f"**{e['title']}**" if bold_title else e["title"],
                 "Authors: " + ", ".join(e["authors"]),
                 "Abstract: We study the question the title names and report what we found. ▽ More",
                 f"Submitted {day} {MONTHS[month - 1]}, {e['year']}; originally announced {MONTHS[month - 1]} {e['year']}."]
        if rng.random() < 0.5:
            lines.append(f"Comments: {rng.randint(6, 40)} pages, {rng.randint(1, 9)} figures")
        if e["venue"] != "arXiv":
            vol, _issue, first, last = made_up_numbers(e)
            ref = (f"{_venue(e)} {vol} ({e['year']}) {first}-{last}" if e["kind"] == "journal"
                   else f"{_venue(e)}, {e['year']}")
            lines.append(f"Journal ref: {ref}")
        lines = [x + brk for x in lines[:-1]] + lines[-1:]
        if numbered:
            pad = " " * len(f"{i}. ")
            out += [f"{i}. {lines[0]}"] + [pad + x for x in lines[1:]] + [""]
        else:
            out += lines + [""]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- added 2026-12-07 (sixteenth round, wt-md16)

GFM_CSL_STYLES = ("apa", "ieee", "chicago-author-date")


def gfm_csl_style(owner: str) -> str:
    """The CSL style of ``owner``'s GitHub-markdown citeproc page: a digest of the name (a
    byte :func:`owner_as_admin` and :func:`numeric_csl` do not use), the same on every run."""
    return GFM_CSL_STYLES[hashlib.md5(owner.encode("utf-8")).digest()[3] % len(GFM_CSL_STYLES)]


def render_pandoc_gfm_csl_html(entries: list[dict], owner: str, rng: random.Random) -> str:
    """What ``pandoc --citeproc -t gfm`` writes for a page whose bibliography is cited with
    ``nocite: '@*'``: GitHub markdown has no divs, so the bibliography is raw HTML ``<div
    id="refs" class="references csl-bib-body hanging-indent">`` holding one ``<div
    id="ref-key" class="csl-entry">`` per paper, blank lines around the markdown inside,
    wrapped at 72 columns (or not: ``--wrap=none``); curly quotes and en dashes kept as
    characters; APA (the truth names: initials first), IEEE with ``<span
    class="csl-left-margin">\\[1\\] </span><span class="csl-right-inline">...</span>`` (idem)
    or Chicago author-date, by the owner's digest."""
    style = gfm_csl_style(owner)
    wrap = rng.random() < 0.6
    out = [rng.choice(("# Publications", "Publications\n============")), "",
           "This list is built from my BibTeX file with pandoc and citeproc.", ""]
    out += ['<div id="refs" class="references csl-bib-body hanging-indent"' + (
        ' entry-spacing="0">' if rng.random() < 0.5 else ">"), ""]
    for i, (_, e) in enumerate(ordered(entries, "pandoc_gfm_csl_html"), start=1):
        vol, issue, first, last = made_up_numbers(e)
        doi = f"https://doi.org/10.5555/{_slug(e)[:16]}"
        journal = e["kind"] == "journal"
        if style == "apa":
            names = [apa_name(a) for a in e["authors"]]
            printed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
            numbers = f", *{vol}*({issue}), {first}–{last}" if journal else ""
            text = f"{printed} ({e['year']}). {e['title']}. *{_venue(e)}*{numbers}. <{doi}>"
        elif style == "ieee":
            names = _join([initials_first(a) for a in e["authors"]])
            where = f"*{_venue(e)}*" + (f", vol. {vol}, no. {issue}, pp. {first}–{last}" if journal else "")
            text = (f'<span class="csl-left-margin">\\[{i}\\] </span><span class="csl-right-inline">'
                    f"{names}, “{e['title']},” {where}, {e['year']}, doi: "
                    f"[{doi[16:]}]({doi}).</span>")
        else:
            names = [chicago_first(e["authors"][0])] + list(e["authors"][1:])
            printed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", and " + names[-1]
            numbers = f" {vol} ({issue}): {first}–{last}" if journal else ""
            text = f"{printed}. {e['year']}. “{e['title']}.” *{_venue(e)}*{numbers}. <{doi}>."
        key = re.sub(r"\W", "", e["authors"][0].split()[-1].lower()) + str(e["year"]) + _slug(e).split("-")[0]
        out += [f'<div id="ref-{key}" class="csl-entry">', ""]
        out += (_pandoc_wrap(text) if wrap else [text]) + ["", "</div>", ""]
    out += ["</div>", ""]
    return "\n".join(out) + "\n"


ORCID_TYPES = {"journal": "Journal article", "conference": "Conference paper", "preprint": "Preprint",
               "other": "Book chapter"}


def render_orcid_works_paste(entries: list[dict], owner: str, rng: random.Random) -> str:
    """The "Works" part of an ORCID record pasted in: "Works (24)" and the sort controls, then
    per work its title (bold at times), the journal or proceedings title (none for some
    preprints of the arXiv alone: the identifier line "arXiv: 2103.04567" then names it),
    "2021-03-15 | Journal article" (a full date, a month or a year; " | Author" after it at
    times), "DOI: 10.5555/..." or "arXiv: 2103.04567", "Contributors: Ann Lee; Bo Chen" (or
    "CONTRIBUTORS:", commas at times), "Show more detail" and "Source: Crossref"; paragraphs
    with soft breaks or bullets."""
    bullets = rng.random() < 0.4
    bold = rng.random() < 0.5
    caps = rng.random() < 0.5
    sep = rng.choice(("; ", ", "))
    out = [_front("Publications", rng), "Copied from my ORCID record.", "",
           f"Works ({len(entries)})", "", "Sort", "", "Show all details", ""]
    for i, (_, e) in enumerate(ordered(entries, "orcid_works_paste"), start=1):
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        date = rng.choice((f"{e['year']}-{month:02d}-{day:02d}", f"{e['year']}-{month:02d}", str(e["year"])))
        kind = ORCID_TYPES[e["kind"]] + (" | Author" if rng.random() < 0.3 else "")
        ident = (f"arXiv: {e['arxiv_id']}" if e.get("arxiv_id") and e["venue"] == "arXiv"
                 else f"DOI: 10.5555/{_slug(e)[:24]}")
        lines = [f"**{e['title']}**" if bold else e["title"]]
        if e["venue"] != "arXiv":
            lines.append(_venue(e))
        lines += [f"{date} | {kind}", ident,
                  ("CONTRIBUTORS: " if caps else "Contributors: ") + sep.join(e["authors"]),
                  "Show more detail", rng.choice(("Source: Crossref", f"Source: {owner}",
                                                  "Source: DataCite", "Preferred source (of 2)"))]
        if bullets:
            out += [f"- {lines[0]}"] + [f"  {x}" for x in lines[1:]] + [""]
        else:
            out += lines + [""]
    return "\n".join(out) + "\n"


def _js_string(text: str, quote: str) -> str:
    if quote == "`":
        return "`" + text.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${") + "`"
    return quote + text.replace("\\", "\\\\").replace(quote, "\\" + quote) + quote


def render_mdx_data_array(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A Docusaurus / Next.js ``publications.mdx`` that keeps its papers as a JavaScript array
    exported from the page ("export const publications = [ { title: '...', authors: ['Ann Lee',
    'Bo Chen'], venue: '...', year: 2021, url: '...' }, ... ];") and draws them with a
    component ("<PublicationList items={publications} />"): keys bare or quoted, strings in
    single, double or back quotes, the names an array or one string, an object a line or a
    field a line, trailing commas, "// 2021" comments between years at times."""
    quote = rng.choice(("'", '"', "`"))
    quoted_keys = rng.random() < 0.3
    one_line = rng.random() < 0.4
    names_string = rng.random() < 0.35
    comments = rng.random() < 0.5
    name = rng.choice(("publications", "papers", "pubs"))
    venue_key = rng.choice(("venue", "journal", "booktitle", "where"))

    def key(k: str) -> str:
        return f'"{k}"' if quoted_keys else k

    out = ["---", "title: Publications", "sidebar_position: 3", "---", "",
           "import PublicationList from '@site/src/components/PublicationList';", "",
           f"export const {name} = ["]
    year = None
    for _, e in ordered(entries, "mdx_data_array"):
        if comments and e["year"] != year:
            year = e["year"]
            out.append(f"  // {year}")
        authors = (_js_string(", ".join(e["authors"]), quote) if names_string
                   else "[" + ", ".join(_js_string(a, quote) for a in e["authors"]) + "]")
        fields = [(key("title"), _js_string(e["title"], quote)), (key("authors"), authors),
                  (key(venue_key), _js_string(_venue(e), quote)), (key("year"), str(e["year"]))]
        if e.get("arxiv_id"):
            fields.append((key("url"), _js_string(f"https://arxiv.org/abs/{e['arxiv_id']}", quote)))
        if one_line:
            out.append("  { " + ", ".join(f"{k}: {v}" for k, v in fields) + " },")
        else:
            out += ["  {"] + [f"    {k}: {v}," for k, v in fields] + ["  },"]
    out += ["];", "", "Papers with my students are marked in bold on the rendered page.", "",
            f"<PublicationList items={{{name}}} />", ""]
    return "\n".join(out) + "\n"


def _grid_table(rows: list[list[str]], widths: list[int], header: list[str] | None) -> list[str]:
    """A pandoc grid table: each cell's text wrapped to its column's width."""
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule]

    def row(cells: list[str]) -> list[str]:
        wrapped = [textwrap.wrap(c, width=w, break_on_hyphens=False, break_long_words=False) or [""]
                   for c, w in zip(cells, widths)]
        height = max(len(c) for c in wrapped)
        return ["|" + "|".join(f" {(c[k] if k < len(c) else ''):<{w}} " for c, w in zip(wrapped, widths)) + "|"
                for k in range(height)]

    if header:
        out += row(header) + ["+" + "+".join("=" * (w + 2) for w in widths) + "+"]
    for cells in rows:
        out += row(cells) + [rule]
    return out


def _multiline_table(rows: list[list[str]], widths: list[int]) -> list[str]:
    """A headerless pandoc multiline table: a line of dashes per column above and below, each
    row's cells wrapped to the column's width, a blank line between rows."""
    rule = " ".join("-" * (w + 2) for w in widths)
    out = [rule]
    for n, cells in enumerate(rows):
        wrapped = [textwrap.wrap(c, width=w, break_on_hyphens=False, break_long_words=False) or [""]
                   for c, w in zip(cells, widths)]
        height = max(len(c) for c in wrapped)
        out += ["  " + "   ".join(f"{(c[k] if k < len(c) else ''):<{w}}" for c, w in zip(wrapped, widths)).rstrip()
                for k in range(height)]
        if n < len(rows) - 1:
            out.append("")
    return out + [rule]


def render_docx_pandoc_grid_cv(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A Word CV converted by ``pandoc cv.docx -t markdown``: the section titles bold
    paragraphs in capitals or headings with Word's bookmarks left as ``[]{#_Toc123 .anchor}``,
    the papers in the two-column table Word users lay CVs out with (the year, then the APA
    reference with the owner ``[Holloway, M. T.]{.underline}`` or bold), which pandoc writes
    as a grid table (with a header row at times) or a headerless multiline table, "--" for the
    en dash; Education and Talks tables alike around it (the truth names: initials first)."""
    grid = rng.random() < 0.6
    header = grid and rng.random() < 0.4
    mark = rng.choice(("[{}]{{.underline}}", "**{}**"))
    toc = iter(range(480000 + rng.randint(0, 9999), 10 ** 7, 7))

    def title(text: str) -> list[str]:
        if rng.random() < 0.5:
            return [f"**{text.upper()}**", ""]
        return [f"# []{{#_Toc{next(toc)} .anchor}}{text}", ""]

    def table(rows: list[list[str]], head: list[str]) -> list[str]:
        widths = [8, 62]
        return (_grid_table(rows, widths, head if header else None) if grid else _multiline_table(rows, widths)) + [""]

    given, surname = cv_layouts.split_name(owner)
    out = [f"**{owner}**", "", "Department of Examples, A University\\", "someone\\@example.org", ""]
    out += title("Education") + table([["2015", "PhD, A University"], ["2010", "BSc, Another University"]],
                                      ["Year", "Degree"])
    out += title("Publications")
    rows = []
    for _, e in ordered(entries, "docx_pandoc_grid_cv"):
        names = [mark.format(apa_name(a)) if a == e["owner"] else apa_name(a) for a in e["authors"]]
        printed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
        vol, issue, first, last = made_up_numbers(e)
        numbers = f", *{vol}*({issue}), {first}--{last}" if e["kind"] == "journal" else ""
        rows.append([str(e["year"]), f"{printed} ({e['year']}). {_pandoc_text(e['title'])}. *{_venue(e)}*{numbers}."])
    out += table(rows, ["Year", "Publication"])
    out += title("Invited talks") + table([["2022", "A seminar talk, A department"]], ["Year", "Talk"])
    return "\n".join(out) + "\n"

# --------------------------------------------------------------------------- added 2026-12-07 (seventeenth round), held out


def _simple_table(head: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    """A table as ``knitr::kable(format = "simple")`` prints it: the columns two spaces apart,
    each as wide as its widest cell, a dash line under the header, numbers right-aligned."""
    widths = [max(len(c) for c in col) for col in zip(head, *rows)]

    def line(cells):
        return "  ".join(c.rjust(w) if i in right else c.ljust(w)
                         for i, (c, w) in enumerate(zip(cells, widths))).rstrip()
    return [line(head), "  ".join("-" * w for w in widths)] + [line(r) for r in rows]


KABLE_COLUMNS = (("year", "title", "authors", "venue"), ("Title", "Authors", "Journal", "Year"),
                 ("Year", "Title", "Authors", "Outlet"))


def render_kable_simple_table(entries: list[dict], owner: str, rng: random.Random) -> str:
    """An R Markdown page knitted to markdown (``rmarkdown::md_document(variant = "markdown")``,
    blogdown's ``.md`` output) whose papers are a data frame printed with ``knitr::kable(pubs,
    format = "simple")`` (knitr 1.4x): a pandoc simple table, columns two spaces apart, the year
    right-aligned, the header in the data frame's own names (lower case or capitalised, in
    varying order); one table or one per kind under headings, a ``Table: ...`` caption at
    times, the names joined with ", " or "; "."""
    head = list(rng.choice(KABLE_COLUMNS))
    per_kind = rng.random() < 0.5
    caption = rng.random() < 0.5
    sep = rng.choice((", ", "; "))
    out = [f"{owner}", "=" * len(owner), "", "Publications", "------------", "",
           f"Last knitted on {rng.randint(1, 28)} November 2026 from `publications.csv`.", ""]

    def table(mine: list[dict], label: str) -> list[str]:
        rows = []
        for e in mine:
            cell = {"year": str(e["year"]), "title": e["title"], "authors": sep.join(e["authors"]),
                    "venue": _venue(e), "journal": _venue(e), "outlet": _venue(e)}
            rows.append([cell[h.lower()] for h in head])
        right = {i for i, h in enumerate(head) if h.lower() == "year"}
        return ([f"Table: {label}", ""] if caption else []) + _simple_table(head, rows, right) + [""]

    if per_kind:
        for kind, mine in sections(entries):
            label = KIND_HEADINGS[kind][0]
            out += [f"### {label}", ""] + table(mine, label)
    else:
        out += table([e for _, e in ordered(entries, "kable_simple_table")], "Publications")
    return "\n".join(out) + "\n"


_GDOCS_ESCAPE = re.compile(r"([\\*_\[\]#+<>~`])")


def _gdocs_text(text: str) -> str:
    """Text as Google Docs' markdown download writes it: ASCII punctuation that markdown
    could read as markup escaped with a backslash."""
    return _GDOCS_ESCAPE.sub(r"\\\1", text)


def render_gdocs_md_export(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A CV kept in Google Docs and downloaded as "Markdown (.md)" (File > Download, 2024):
    headings as the document's (bold inside at times: "## **Publications**"), markup
    characters in the text escaped with a backslash ("\\_", "\\*", "\\[", "\\#", "\\+", "\\<"),
    APA references (the owner bold) as a numbered list ("1. "
    ... in order), a bulleted list ("* ") or paragraphs under bold year paragraphs
    ("**2021**"), the DOI as a link whose text is its address; an Education list before and a
    Service list after (the truth names: initials first)."""
    form = rng.choice(("numbered", "bullets", "year_paragraphs"))
    bold_heads = rng.random() < 0.5

    def head(level: int, text: str) -> str:
        return "#" * level + " " + (f"**{text}**" if bold_heads else text)

    out = [head(1, owner), "", _gdocs_text("Department of Examples, A University · someone@example.org"), "",
           head(2, "Education"), "", "* PhD, A University, 2015", "* BSc, Another University, 2010", "",
           head(2, "Publications"), ""]
    year = None
    for i, (_, e) in enumerate(ordered(entries, "gdocs_md_export"), start=1):
        names = [f"**{_gdocs_text(apa_name(a))}**" if a == e["owner"] else _gdocs_text(apa_name(a))
                 for a in e["authors"]]
        printed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1]
        vol, issue, first, last = made_up_numbers(e)
        numbers = f", *{vol}*({issue}), {first}–{last}" if e["kind"] == "journal" else ""
        doi = f"https://doi.org/10.5555/{_slug(e)[:24]}"
        ref = (f"{printed} ({e['year']}). {_gdocs_text(e['title'])}. *{_gdocs_text(_venue(e))}*{numbers}. "
               + (f"[{_gdocs_text(doi)}]({doi})" if rng.random() < 0.6 else "").rstrip())
        if form == "numbered":
            out.append(f"{i}. {ref.rstrip()}")
        elif form == "bullets":
            out.append(f"* {ref.rstrip()}")
        else:
            if e["year"] != year:
                year = e["year"]
                out += [f"**{year}**", ""]
            out += [ref.rstrip(), ""]
    out += ["", head(2, "Service"), "", "* Reviewer for several journals", ""]
    return "\n".join(out) + "\n"


_DATAFRAME_STYLE = """<style scoped>
    .dataframe tbody tr th:only-of-type {
        vertical-align: middle;
    }

    .dataframe tbody tr th {
        vertical-align: top;
    }

    .dataframe thead th {
        text-align: right;
    }
</style>"""


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_nbconvert_dataframe(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A Jupyter notebook turned into markdown by ``jupyter nbconvert --to markdown`` (nbconvert
    7): markdown cells, the code cells as fenced python, and the papers a pandas DataFrame
    displayed: pandas' HTML table (``<div><style scoped>...</style><table border="1"
    class="dataframe">``, the index in ``<th>``, a list of names printed "[Ann Lee, Bo Chen]")
    or ``display(Markdown(pubs.to_markdown()))``'s pipe table (tabulate's alignment row, the
    index column at times); one table, or one per kind under markdown cells' headings."""
    html = rng.random() < 0.55
    as_list = rng.random() < 0.5
    index = html or rng.random() < 0.5
    per_kind = rng.random() < 0.4
    cols = rng.choice((["title", "authors", "venue", "year"], ["year", "title", "authors", "journal"],
                       ["authors", "year", "title", "venue"]))
    if per_kind:
        cols = cols + ["kind"]
    out = ["# Publications", "", f"The list below is generated from my reference manager export ({owner}).", "",
           "```python", "import pandas as pd", "from IPython.display import Markdown, display", "",
           'pd.set_option("display.max_rows", None)',
           'pubs = pd.read_json("publications.json").sort_values("year", ascending=False)', "```", ""]

    def cell(e: dict, col: str) -> str:
        if col == "authors":
            return "[" + ", ".join(e["authors"]) + "]" if as_list else ", ".join(e["authors"])
        return {"title": e["title"], "venue": _venue(e), "journal": _venue(e), "year": str(e["year"]),
                "kind": e["kind"]}[col]

    def frame(mine: list[tuple[int, dict]]) -> list[str]:
        if html:
            lines = ["<div>", _DATAFRAME_STYLE, '<table border="1" class="dataframe">', "  <thead>",
                     '    <tr style="text-align: right;">', "      <th></th>"]
            lines += [f"      <th>{c}</th>" for c in cols] + ["    </tr>", "  </thead>", "  <tbody>"]
            for i, e in mine:
                lines += ["    <tr>", f"      <th>{i}</th>"]
                lines += [f"      <td>{_html_escape(cell(e, c))}</td>" for c in cols] + ["    </tr>"]
            lines += ["  </tbody>", "</table>", "</div>"]
            return ["", "", "", lines[0]] + lines[1:] + [""]
        head = ([""] if index else []) + cols
        rows = [([str(i)] if index else []) + [cell(e, c).replace("|", "\\|") for c in cols] for i, e in mine]
        widths = [max(len(x) for x in col) for col in zip(head, *rows)]
        nums = {k for k, h in enumerate(head) if h in ("", "year")}

        def line(cells):
            return "| " + " | ".join(c.rjust(w) if k in nums else c.ljust(w)
                                     for k, (c, w) in enumerate(zip(cells, widths))) + " |"
        align = "|" + "|".join(("-" * (w + 1) + ":") if k in nums else (":" + "-" * (w + 1))
                               for k, w in enumerate(widths)) + "|"
        return [line(head), align] + [line(r) for r in rows] + [""]

    # sort_values keeps the frame's index: each row its place in the file read
    numbered = [(entries.index(e), e) for _, e in ordered(entries, "nbconvert_dataframe")]
    call = "pubs" if html else "display(Markdown(pubs.to_markdown(" + ("" if index else "index=False") + ")))"
    if per_kind:
        for kind, _ in sections(entries):
            mine = [(i, e) for i, e in numbered if e["kind"] == kind]
            out += [f"## {KIND_HEADINGS[kind][0]}", "", "```python",
                    call.replace("pubs", f'pubs[pubs.kind == "{kind}"]'), "```", ""] + frame(mine)
    else:
        out += ["```python", call, "```", ""] + frame(numbered)
    return "\n".join(out) + "\n"


REFMANAGER_STYLES = ("numeric", "authoryear", "alphabetic")


def refmanager_style(owner: str) -> str:
    """The biblatex style of ``owner``'s RefManageR page: a digest of the name (a byte the
    other digests do not use), the same on every run."""
    return REFMANAGER_STYLES[hashlib.md5(owner.encode("utf-8")).digest()[5] % len(REFMANAGER_STYLES)]


def render_refmanager_biblatex(entries: list[dict], owner: str, rng: random.Random) -> str:
    """An R Markdown page knitted to markdown whose papers RefManageR (1.4) prints from a .bib
    file (``PrintBibliography(bib, .opts = list(style = "markdown", bib.style = ..., max.names =
    99))``, the chunk hidden): biblatex's standard drivers in markdown, an anchor before each
    (``<a name=bib-lee2021spin></a>``) and the label a link (``[[1]](#cite-lee2021spin)``;
    ``[[LCR21]]`` alphabetic; none author-year), the title in curly quotes with the stop
    after them, "In: _Venue_ 3.2 (2021), pp. 1-9." for articles, "In: _Booktitle_. 2021."
    for papers in proceedings, "_Title_. 2021. arXiv: 2103.04567" for preprints, "DOI:
    [10.5555/..](https://doi.org/..)"; names initials first (author-year: the first inverted,
    "Lee, A., B. Chen, and C. Roe"). The style by the owner's digest; one list or one per kind."""
    style = refmanager_style(owner)
    per_kind = rng.random() < 0.5
    out = ["---", 'title: "Publications"', f'author: "{owner}"', "output: md_document", "---", "",
           "Publications", "============", ""]

    def names(e: dict) -> str:
        printed = [initials_first(a) for a in e["authors"]]
        if style == "authoryear" and printed:
            printed[0] = apa_name(e["authors"][0])
        return _join(printed, last=", and ", two=" and ")

    def label(e: dict, i: int) -> str:
        if style == "numeric":
            return f"[\\[{i}\\]](#cite-{key(e)}) "
        if style == "alphabetic":
            surnames = [cv_layouts.split_name(a)[1] for a in e["authors"]]
            letters = (surnames[0][:3] if len(surnames) == 1 else "".join(s[0] for s in surnames[:3])
                       + ("+" if len(surnames) > 3 else ""))
            return f"[\\[{letters}{e['year'] % 100:02d}\\]](#cite-{key(e)}) "
        return ""

    def key(e: dict) -> str:
        return (re.sub(r"\W", "", cv_layouts.split_name(e["authors"][0])[1].lower()) if e["authors"] else "anon") \
            + str(e["year"]) + re.sub(r"\W", "", e["title"].split()[0].lower())

    def entry(e: dict, i: int) -> str:
        vol, issue, first, last = made_up_numbers(e)
        who = names(e)
        year_after = style != "authoryear"
        lead = f"{who}." if year_after else f"{who} ({e['year']})."
        doi = f" DOI: [10.5555/{_slug(e)[:20]}](https://doi.org/10.5555/{_slug(e)[:20]})." if rng.random() < 0.5 else ""
        if e["kind"] == "journal":
            body = (f"“{e['title']}”. In: _{_venue(e)}_ {vol}.{issue} "
                    + (f"({e['year']}), " if year_after else "") + f"pp. {first}-{last}.")
        elif e["kind"] == "conference":
            body = f"“{e['title']}”. In: _{_venue(e)}_." + (f" {e['year']}." if year_after else "")
        elif e.get("arxiv_id") and e["venue"] == "arXiv":
            body = f"_{e['title']}_." + (f" {e['year']}." if year_after else "") + f" arXiv: {e['arxiv_id']}."
        else:
            body = f"“{e['title']}”. In: _{_venue(e)}_." + (f" {e['year']}." if year_after else "")
        return f"<a name=bib-{key(e)}></a>{label(e, i)}{lead} {body}{doi}"

    i = 0
    groups = sections(entries) if per_kind else [("all", [e for _, e in ordered(entries, "refmanager_biblatex")])]
    for kind, mine in groups:
        if kind != "all":
            out += [KIND_HEADINGS[kind][0], "-" * len(KIND_HEADINGS[kind][0]), ""]
        for e in mine:
            i += 1
            out += [entry(e, i), ""]
    return "\n".join(out) + "\n"

# --------------------------------------------------------------------------- added 2026-12-08 (eighteenth round), held out

_PYBTEX_ESCAPE = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!"})


def _pybtex_str(text: str) -> str:
    """Text as pybtex's markdown backend (``pybtex.backends.markdown``, 0.24) writes a string:
    every character of its table escaped with a backslash, the dot, hyphen and parentheses
    too; its en dash is the entity without its semicolon ("&ndash")."""
    return text.translate(_PYBTEX_ESCAPE)


def pybtex_abbreviated(owner: str) -> bool:
    """Whether ``owner``'s pybtex page was formatted with ``--abbreviate-names`` (a digest of
    the name: a byte the other digests do not use)."""
    return hashlib.md5(owner.encode("utf-8")).digest()[7] % 2 == 0


def render_pybtex_markdown(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A page a site's script writes with pybtex (``pybtex-format --style unsrt
    --output-backend markdown papers.bib``, or the Python API with ``php_extra=True``): the
    backend escapes markdown's characters in all the text it formats, the dots, hyphens and
    parentheses included ("Lee\\. Title\\. *Phys\\. Rev\\. B*, 3\\(2\\):1&ndash9, 2021\\."), its
    blocks (names, title, venue) are separated by a bare newline (a soft break), and each entry
    is "[1] text" ended by two spaces (all the entries one paragraph of hard breaks) or, with
    the PHP Markdown Extra option, a definition list ("1" then ":   text"); unsrt or alpha
    labels, kind headings the script writes at times, names in full or abbreviated by the
    owner's digest (the truth names then initials first)."""
    abbreviated = pybtex_abbreviated(owner)
    php_extra = rng.random() < 0.4
    alpha = rng.random() < 0.4
    per_kind = rng.random() < 0.5
    out = ["---", "layout: page", "title: Publications", "permalink: /publications/", "---", "",
           "<!-- generated by scripts/make_pubs.py from papers.bib; do not edit -->", ""]

    def names(e: dict) -> str:
        printed = [initials_first(a) if abbreviated else a for a in e["authors"]]
        return _pybtex_str(_join(printed))

    def label(e: dict, i: int) -> str:
        if not alpha:
            return str(i)
        surnames = [cv_layouts.split_name(a)[1] for a in e["authors"]] or ["Anon"]
        letters = (surnames[0][:3] if len(surnames) == 1 else "".join(s[0] for s in surnames[:3])
                   + ("+" if len(surnames) > 3 else ""))
        return f"{letters}{e['year'] % 100:02d}"

    def text(e: dict) -> str:
        vol, issue, first, last = made_up_numbers(e)
        blocks = [names(e) + "\\.", _pybtex_str(e["title"]) + "\\."]
        if e["kind"] == "journal":
            blocks.append(f"*{_pybtex_str(_venue(e))}*, {vol}\\({issue}\\):{first}&ndash{last}, {e['year']}\\.")
        elif e["kind"] == "conference":
            blocks.append(f"In *{_pybtex_str(_venue(e))}*, {e['year']}\\.")
        else:
            blocks.append(f"{_pybtex_str(_venue(e))}, {e['year']}\\.")
        if rng.random() < 0.4:
            doi = f"10.5555/{_slug(e)[:18]}"
            blocks.append(f"[doi:{_pybtex_str(doi)}](https://doi.org/{doi})\\.")
        return "\n".join(blocks)

    i = 0
    groups = sections(entries) if per_kind else [("all", [e for _, e in ordered(entries, "pybtex_markdown")])]
    for kind, mine in groups:
        if kind != "all":
            out += [f"## {KIND_HEADINGS[kind][0]}", ""]
        for e in mine:
            i += 1
            if php_extra:
                out += [label(e, i), ":   " + text(e).replace("\n", "\n    "), ""]
            else:
                out += [f"[{label(e, i)}] " + text(e) + "  "]
        if not php_extra:
            out.append("")
    return "\n".join(out) + "\n"


def _notion_id(e: dict) -> str:
    return hashlib.md5(("notion|" + e["title"]).encode("utf-8")).hexdigest()


def _notion_file(title: str, ident: str) -> str:
    """A Notion export's file name for a page, percent-encoded as its links write it."""
    name = re.sub(r"[\\/:*?\"<>|]", "", title)[:50].strip()
    return (name + " " + ident).replace("%", "%25").replace(" ", "%20").replace("(", "%28").replace(")", "%29") + ".md"


def render_notion_export(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A Notion page exported as "Markdown & CSV" (2024): the page title as "# Publications",
    a callout as ``<aside>`` HTML with its emoji, each paper a toggle (``<details>`` /
    ``<summary>**Title**</summary>`` holding the names and "*Venue* · March 3, 2021" as
    paragraphs), or a bullet whose title links to the paper's sub-page by the export's
    percent-encoded file name ("[Title](Publications%20<id>/Title%20<id>.md)") with the names
    and venue as nested bullets, or a bullet "**Title**" then names and venue in the same item;
    kind headings as "## " or "### " toggled headings, dividers ("---") at times."""
    form = rng.choice(("toggle", "subpage", "bullet"))
    page_id = hashlib.md5(owner.encode("utf-8")).hexdigest()
    out = ["# Publications", "", "<aside>", f"{rng.choice(('💡', '📌', '📚'))} Updated by hand; "
           "the starred names are students I supervised.", "", "</aside>", ""]
    for kind, mine in sections(entries):
        out += [f"{rng.choice(('##', '###'))} {KIND_HEADINGS[kind][0]}", ""]
        for e in mine:
            month = MONTHS[int(_notion_id(e)[:4], 16) % 12]
            date = f"{month} {1 + int(_notion_id(e)[4:8], 16) % 28}, {e['year']}" if rng.random() < 0.7 else str(e["year"])
            who = ", ".join(f"**{a}**" if a == e["owner"] else a for a in e["authors"])
            where = f"*{_venue(e)}* · {date}"
            if form == "toggle":
                out += ["<details>", f"<summary><strong>{e['title']}</strong></summary>", "", who, "", where, ""]
                if rng.random() < 0.4:
                    out += [f"[PDF](https://example.org/papers/{_slug(e)}.pdf)", ""]
                out += ["</details>", ""]
            elif form == "subpage":
                link = f"Publications%20{page_id}/{_notion_file(e['title'], _notion_id(e))}"
                out += [f"- [{e['title']}]({link})", f"    - {who}", f"    - {where}"]
            else:
                out += [f"- **{e['title']}**", "", f"    {who}", "", f"    {where}", ""]
        if form == "subpage":
            out.append("")
        if rng.random() < 0.3:
            out += ["---", ""]
    return "\n".join(out) + "\n"


VITEPRESS_BADGES = ("tip", "info", "warning")


def render_vitepress_containers(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A VitePress ``publications.md``: YAML front matter (``outline: deep``), a ``<script
    setup>`` import, ``[[toc]]``, custom containers (``::: tip Selected``, ``::: details
    Older papers`` — markdown-it-container's syntax: a label after the type, no braces) around
    the lists, headings with ``{#custom-id}``, each paper "- **Title** <Badge type="tip"
    text="2021" />" then the names and "*Venue*" on hard-broken lines (a ``<br>``), or "###
    Title <Badge .../>" over a names paragraph and "*Venue*, 2021 · :page_facing_up: [PDF](..)",
    the year in the badge only on some pages (then again after the venue on the others)."""
    form = rng.choice(("items", "headings"))
    year_in_venue = rng.random() < 0.5
    out = ["---", "outline: deep", "title: Publications", "---", "", "<script setup>",
           "import PaperStats from './components/PaperStats.vue'", "</script>", "", "# Publications {#publications}",
           "", "[[toc]]", "", "<PaperStats />", ""]
    ordered_entries = [e for _, e in ordered(entries, "vitepress_containers")]
    cut = max(1, len(ordered_entries) // 2)
    for part, mine in (("recent", ordered_entries[:cut]), ("older", ordered_entries[cut:])):
        if not mine:
            continue
        out += [f"## {'Recent' if part == 'recent' else 'Earlier'} papers {{#{part}}}", ""]
        box = "::: tip Selected" if part == "recent" else "::: details Older papers"
        if rng.random() < 0.7:
            out += [box, ""]
        else:
            box = ""
        for e in mine:
            badge = f'<Badge type="{rng.choice(VITEPRESS_BADGES)}" text="{e["year"]}" />'
            who = ", ".join(f"**{a}**" if a == e["owner"] else a for a in e["authors"])
            venue = f"*{_venue(e)}*" + (f", {e['year']}" if year_in_venue else "")
            pdf = f" · :page_facing_up: [PDF](/papers/{_slug(e)}.pdf)" if rng.random() < 0.5 else ""
            if form == "items":
                out += [f"- **{e['title']}** {badge}<br>", f"  {who}<br>", f"  {venue}{pdf}"]
            else:
                out += [f"### {e['title']} {badge}", "", who, "", venue + pdf, ""]
        if form == "items":
            out.append("")
        if box:
            out += [":::", ""]
    return "\n".join(out) + "\n"


def _stop(text: str) -> str:
    """``text`` closed by a period unless it ends in a stop already (as CSL prints a title)."""
    return text if text[-1:] in ".?!" else text + "."


MORE_CSL_STYLES = ("nature", "harvard-cite-them-right", "modern-language-association")


def more_csl_style(owner: str) -> str:
    """The CSL style of ``owner``'s eighteenth-round citeproc page: a digest of the name (a
    byte the other digests do not use), the same on every run."""
    return MORE_CSL_STYLES[hashlib.md5(owner.encode("utf-8")).digest()[9] % len(MORE_CSL_STYLES)]


def more_csl_authors(authors: list[str], style: str) -> list[str]:
    """The names the style prints before "et al." (Nature: et-al-min 6, the first; Harvard
    cite-them-right: et-al-min 4, the first; MLA: three or more, the first)."""
    limit = {"nature": 6, "harvard-cite-them-right": 4, "modern-language-association": 3}[style]
    return list(authors[:1]) if len(authors) >= limit else list(authors)


def render_pandoc_csl_more_styles(entries: list[dict], owner: str, rng: random.Random) -> str:
    """``pandoc --citeproc`` with a CSL style no earlier round uses, by the owner's digest:
    Nature ("1." in a ``csl-left-margin`` span, "Lee, A. B., Chen, B. & Roe, C. Title. *Venue*
    **3**, 101–109 (2021)."), Harvard cite-them-right ("Lee, A.B., Chen, B. and Roe, C. (2021)
    ‘Title’, *Venue*, 3(2), pp. 101–109.") or MLA 9 ("Lee, Ann, et al. “Title.” *Venue*, vol. 3,
    no. 2, 2021, pp. 101–09."); et al. after each style's limit (the truth: the names printed,
    initials first for Nature and Harvard); written by ``-t commonmark_x`` (fenced divs,
    bracketed spans) or ``-t markdown_mmd`` (HTML divs and spans), wrapped at 72 columns or not."""
    style = more_csl_style(owner)
    mmd = rng.random() < 0.5
    wrap = rng.random() < 0.6
    out = ["---", 'title: "Publications"', "bibliography: papers.bib", f"csl: {style}.csl", 'nocite: "@*"', "---", "",
           "# Publications", "", "Generated from my BibTeX file; newest first.", ""]
    out += ['<div id="refs" class="references csl-bib-body">' if mmd else ":::: {#refs .references .csl-bib-body}", ""]
    for i, (_, e) in enumerate(ordered(entries, "pandoc_csl_more_styles"), start=1):
        vol, issue, first, last = made_up_numbers(e)
        journal = e["kind"] == "journal"
        shown = more_csl_authors(e["authors"], style)
        etal = len(shown) < len(e["authors"])
        if style == "nature":
            names = [apa_name(a) for a in shown]
            printed = (names[0] + " et al." if etal else names[0] if len(names) == 1
                       else ", ".join(names[:-1]) + " & " + names[-1])
            numbers = f" **{vol}**, {first}–{last}" if journal else ""
            body = f"{printed} {_stop(e['title'])} *{_venue(e)}*{numbers} ({e['year']})."
        elif style == "harvard-cite-them-right":
            names = [apa_name(a).replace(". ", ".") for a in shown]
            printed = (names[0] + " et al." if etal else names[0] if len(names) == 1
                       else ", ".join(names[:-1]) + " and " + names[-1])
            numbers = f", {vol}({issue}), pp. {first}–{last}" if journal else ""
            body = f"{printed} ({e['year']}) ‘{e['title']}’, *{_venue(e)}*{numbers}."
        else:
            inverted = chicago_first(shown[0]) if shown else ""
            if etal:
                printed = inverted + ", et al."
            elif len(shown) == 2:
                printed = f"{inverted}, and {shown[1]}."
            else:
                printed = inverted.rstrip(".") + "."
            numbers = f", vol. {vol}, no. {issue}" if journal else ""
            pages = f", pp. {first}–{str(last)[-2:] if len(str(last)) == len(str(first)) else last}" if journal else ""
            body = f"{printed} “{e['title']}.” *{_venue(e)}*{numbers}, {e['year']}{pages}."
        key = (re.sub(r"\W", "", cv_layouts.split_name(e["authors"][0])[1].lower()) if e["authors"] else "anon") \
            + str(e["year"]) + _slug(e).split("-")[0]
        if style == "nature":
            body = (f'<span class="csl-left-margin">{i}. </span><span class="csl-right-inline">{body}</span>' if mmd
                    else f"[{i}. ]{{.csl-left-margin}}[{body}]{{.csl-right-inline}}")
        lines = _pandoc_wrap(body) if wrap else [body]
        if mmd:
            out += [f'<div id="ref-{key}" class="csl-entry">', "", *lines, "", "</div>", ""]
        else:
            out += [f"::: {{#ref-{key} .csl-entry}}", *lines, ":::", ""]
    out += ["</div>" if mmd else "::::", ""]
    return "\n".join(out) + "\n"


def _html2text_wrap(text: str, first: str, rest: str, width: int = 78) -> list[str]:
    """``text`` wrapped as html2text wraps a paragraph or list item (``body_width`` 78): the
    first line after ``first``, the others indented by ``rest``; links are never broken."""
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False) or [first.rstrip()]


def render_html2text_page(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A faculty page's HTML converted by Python's ``html2text`` (a site moved to a static
    generator): the navigation bar as a line of links, ``* * *`` for the horizontal rules,
    ``####`` year headings, list items "  * " (two spaces, a star) wrapped at 78 columns with
    four-space continuation lines, ``<i>`` as "_Venue_", ``<b>`` as "**Owner**", the quotes of
    the title as curly quotes from the page's entities, "[[pdf](..)]" link brackets; or, with
    ``--reference-links``, "[Title][3]" and the targets listed at the end."""
    refs = rng.random() < 0.4
    by_year = rng.random() < 0.6
    targets: list[str] = []
    out = ["[Home](/index.html) | [Research](/research.html) | [Publications](/pubs.html) | [Teaching](/teaching.html)",
           "", "* * *", "", "## Publications", "",
           f"Copies are provided for personal use; see also my [Google Scholar](https://scholar.google.com/citations?user={_slug({'title': owner})[:12]}) page.",
           ""]
    year = None
    for _, e in ordered(entries, "html2text_page"):
        if by_year and e["year"] != year:
            year = e["year"]
            out += ([""] if out[-1] else []) + [f"#### {year}", ""]
        who = _join([f"**{a}**" if a == e["owner"] else a for a in e["authors"]])
        title = f"“{e['title']}”"
        link = f"https://example.org/papers/{_slug(e)}.pdf"
        if refs and rng.random() < 0.6:
            targets.append(link)
            title = f"“[{e['title']}][{len(targets)}]”"
            pdf = ""
        else:
            pdf = f" [[pdf]({link})]" if rng.random() < 0.6 else ""
        year_part = "" if by_year and rng.random() < 0.3 else f", {e['year']}"
        text = f"{who}. {title}. _{_venue(e)}_{year_part}.{pdf}"
        out += _html2text_wrap(text, "  * ", "    ")
        if not by_year or rng.random() < 0.2:
            out.append("")
    out += ["", "* * *", "", "Last modified: Tue Mar 4 10:12:44 EST 2025", ""]
    if targets:
        out += [f"   [{i}]: {t}" for i, t in enumerate(targets, start=1)] + [""]
    return "\n".join(out) + "\n"


OBSIDIAN_CALLOUT_TYPES = ("cite", "quote", "abstract", "note")


def render_obsidian_callouts(entries: list[dict], owner: str, rng: random.Random) -> str:
    """An Obsidian vault's publication note built from literature notes (the Zotero
    Integration plugin's template): YAML properties with ``tags``, a ``%% comment %%``, each
    paper a foldable callout whose header is the title ("> [!cite]- Title" or "> [!quote]+
    [[@lee2021spin|Title]]"), its body the names as wikilinks or plain ("> [[Ann Lee]], [[Bo
    Chen]]"), "> *Venue* (2021)" and at times an embedded PDF ("> ![[lee2021.pdf]]") or a tag
    line ("> #paper #2021"); year headings or a ``dataview`` block first on some notes."""
    kind_type = rng.choice(OBSIDIAN_CALLOUT_TYPES)
    fold = rng.choice(("-", "+", ""))
    wikinames = rng.random() < 0.6
    by_year = rng.random() < 0.5
    out = ["---", "tags:", "  - publications", "  - cv", "aliases:", "  - Papers", f"updated: 2026-11-{rng.randint(10, 28)}",
           "---", "", "# Publications", "", "%% generated from the literature notes; edit those instead %%", ""]
    if rng.random() < 0.5:
        out += ["```dataview", "TABLE year, venue FROM #paper SORT year DESC", "```", ""]
    year = None
    for _, e in ordered(entries, "obsidian_callouts"):
        if by_year and e["year"] != year:
            year = e["year"]
            out += [f"## {year}", ""]
        key = (re.sub(r"\W", "", cv_layouts.split_name(e["authors"][0])[1].lower()) if e["authors"] else "anon") \
            + str(e["year"]) + _slug(e).split("-")[0]
        header = f"[[@{key}|{e['title']}]]" if rng.random() < 0.5 else e["title"]
        names = [f"[[{a}]]" if wikinames else a for a in e["authors"]]
        if not wikinames:
            names = [f"**{a}**" if a == e["owner"] else a for a in names]
        out += [f"> [!{kind_type}]{fold} {header}", "> " + ", ".join(names), f"> *{_venue(e)}* ({e['year']})"]
        extra = rng.random()
        if extra < 0.3:
            out += [">", f"> ![[{key}.pdf]]"]
        elif extra < 0.5:
            out += [f"> #paper #y{e['year']}"]
        out.append("")
    return "\n".join(out) + "\n"


def render_marp_slides(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A Marp slide deck of the publications (a talk's or a job application's appendix):
    front matter ``marp: true`` with a theme and ``paginate``, slides separated by ``---``,
    directives in HTML comments (``<!-- _class: lead -->``, ``<!-- _footer: ... -->``), a
    title slide, "## Publications (2/4)" headings over four or five papers a slide, each "-
    **Title**" with the names and "*Venue*, 2021" on an indented line after a ``<br>`` or as
    a nested bullet, speaker notes as trailing comments; images with Marp's size keywords."""
    nested = rng.random() < 0.5
    per = rng.choice((4, 5))
    papers = [e for _, e in ordered(entries, "marp_slides")]
    slides = [papers[i:i + per] for i in range(0, len(papers), per)]
    out = ["---", "marp: true", f"theme: {rng.choice(('default', 'gaia', 'uncover'))}", "paginate: true",
           "size: 16:9", "---", "", "<!-- _class: lead -->", "<!-- _paginate: false -->", "",
           f"# {owner}", "", "Selected publications", "", "![w:120](img/logo.png)", ""]
    for n, mine in enumerate(slides, start=1):
        out += ["---", ""]
        if rng.random() < 0.4:
            out += [f"<!-- _footer: {owner} · publications -->", ""]
        out += [f"## Publications ({n}/{len(slides)})", ""]
        for e in mine:
            who = ", ".join(f"**{a}**" if a == e["owner"] else a for a in e["authors"])
            where = f"*{_venue(e)}*, {e['year']}"
            if nested:
                out += [f"- {e['title']}", f"  - {who}", f"  - {where}"]
            else:
                out += [f"- **{e['title']}**<br>", f"  {who} — {where}"]
        out.append("")
        if rng.random() < 0.5:
            out += ["<!-- Speaker note: mention the two newest first; skip the older ones if short on time. -->", ""]
    out += ["---", "", "<!-- _class: lead -->", "", "# Thank you", ""]
    return "\n".join(out) + "\n"


def render_acm_readme_action(entries: list[dict], owner: str, rng: random.Random) -> str:
    """A GitHub profile README whose publication list a workflow rewrites between comment
    markers ("<!-- PUBLICATIONS:START -->" / "<!-- PUBLICATIONS:END -->"), in the ACM
    Reference Format (acm-sig-proceedings: "Ann Lee, Bo Chen, and Cy Roe. 2021. Title. *Venue*
    3, 2 (2021), 101–109. https://doi.org/..", "... 2021. Title. In *Proceedings ...*.",
    preprints "... 2021. Title. *arXiv* (2021)."), numbered or bulleted, the older papers in
    a ``<details>`` block with a count in its summary, a "last updated" line the workflow writes."""
    numbered = rng.random() < 0.5
    papers = [e for _, e in ordered(entries, "acm_readme_action")]
    cut = rng.choice((5, 8, 10))
    out = ["### Hi there 👋", "", "I work on the theory and practice of my field. Reach me by email or on Mastodon.", "",
           "#### 📚 Recent publications", "", "<!-- PUBLICATIONS:START -->"]
    for i, e in enumerate(papers, start=1):
        if i == cut + 1 and len(papers) > cut:
            out += ["", f"<details><summary>Older publications ({len(papers) - cut})</summary>", ""]
        vol, issue, first, last = made_up_numbers(e)
        who = _join(e["authors"])
        if e["kind"] == "journal":
            where = f"*{_venue(e)}* {vol}, {issue} ({e['year']}), {first}–{last}."
        elif e["kind"] == "conference":
            where = f"In *{_venue(e)}*. {first}–{last}."
        else:
            where = f"*{_venue(e)}* ({e['year']})."
        doi = f" https://doi.org/10.5555/{_slug(e)[:20]}" if rng.random() < 0.5 else ""
        mark = f"{i}." if numbered else "-"
        out.append(f"{mark} {who}. {e['year']}. {_stop(e['title'])} {where}{doi}")
    if len(papers) > cut:
        out += ["", "</details>"]
    out += ["<!-- PUBLICATIONS:END -->", "", f"<sub>Last updated by a workflow on 2026-11-{rng.randint(10, 28)}.</sub>", ""]
    return "\n".join(out) + "\n"


LAYOUTS = {
    "bullet_bold_title": render_bullet_bold_title,
    "numbered_apa": render_numbered_apa,
    "year_headings": render_year_headings,
    "kind_headings": render_kind_headings,
    "ieee_numbered": render_ieee_numbered,
    "chicago": render_chicago,
    "academicpages_lines": render_academicpages_lines,
    "html_inline": render_html_inline,
    "wrapped_numbered": render_wrapped_numbered,
    "pandoc_cv": render_pandoc_cv,
    "dblp_colon": render_dblp_colon,
    "quoted_venue_first": render_quoted_venue_first,
    "title_link": render_title_link,
    "pipe_table": render_pipe_table,
    "harvard_bullets": render_harvard_bullets,
    "bold_year_paragraphs": render_bold_year_paragraphs,
    "quirks_bullets": render_quirks_bullets,
    "nested_lists": render_nested_lists,
    "hugo_reference_links": render_hugo_reference_links,
    "definition_titles": render_definition_titles,
    "owner_bracket_labels": render_owner_bracket_labels,
    "readme_emoji": render_readme_emoji,
    "year_middot_apa": render_year_middot_apa,
    "mla_et_al": render_mla_et_al,
    "headerless_table": render_headerless_table,
    "blockquote_entries": render_blockquote_entries,
    "commas_paren_labels": render_commas_paren_labels,
    "html_table_in_md": render_html_table_in_md,
    "semicolon_in_venue": render_semicolon_in_venue,
    "setext_paren_numbers": render_setext_paren_numbers,
    "vancouver_pandoc_cv": render_vancouver_pandoc_cv,
    "quarto_fenced_divs": render_quarto_fenced_divs,
    "readme_table_br": render_readme_table_br,
    "links_interleaved": render_links_interleaved,
    "hugo_blox_pages": render_hugo_blox_pages,
    "ads_semicolons": render_ads_semicolons,
    "jekyll_coauthor_posts": render_jekyll_coauthor_posts,
    "academicpages_citation": render_academicpages_citation,
    "nested_notes": render_nested_notes,
    "paren_ordered_lines": render_paren_ordered_lines,
    "setext_year_h3": render_setext_year_h3,
    "html_tags_inline": render_html_tags_inline,
    "reference_style": render_reference_style,
    "details_abstracts": render_details_abstracts,
    "bold_italic_mixed": render_bold_italic_mixed,
    "blockquote_lists": render_blockquote_lists,
    "citeproc_divs": render_citeproc_divs,
    "deflist_year_cv": render_deflist_year_cv,
    "year_title_venue_table": render_year_title_venue_table,
    "html_list_in_md": render_html_list_in_md,
    "hugo_shortcode_lists": render_hugo_shortcode_lists,
    "mkdocs_material_tabs": render_mkdocs_material_tabs,
    "mdx_components": render_mdx_components,
    "pagedown_resume": render_pagedown_resume,
    "obsidian_wikilinks": render_obsidian_wikilinks,
    "footnote_venues": render_footnote_venues,
    "profile_readme_badges": render_profile_readme_badges,
    "alfolio_bibliography": render_alfolio_bibliography,
    "hugo_figure_list": render_hugo_figure_list,
    "myst_cite_roles": render_myst_cite_roles,
    "org_pandoc_years": render_org_pandoc_years,
    "csl_yaml_nocite": render_csl_yaml_nocite,
    "markdown_cv_code_years": render_markdown_cv_code_years,
    "bold_label_fields": render_bold_label_fields,
    "scholar_profile_paste": render_scholar_profile_paste,
    "hugo_pub_shortcodes": render_hugo_pub_shortcodes,
    "bibtex_code_blocks": render_bibtex_code_blocks,
    "myst_list_table": render_myst_list_table,
    "footnote_link_refs": render_footnote_link_refs,
    "quarto_listing_items": render_quarto_listing_items,
    "vitae_tribble_cv": render_vitae_tribble_cv,
    "logseq_properties": render_logseq_properties,
    "arxiv_listing_paste": render_arxiv_listing_paste,
    "pandoc_gfm_csl_html": render_pandoc_gfm_csl_html,
    "orcid_works_paste": render_orcid_works_paste,
    "mdx_data_array": render_mdx_data_array,
    "docx_pandoc_grid_cv": render_docx_pandoc_grid_cv,
    "kable_simple_table": render_kable_simple_table,
    "gdocs_md_export": render_gdocs_md_export,
    "nbconvert_dataframe": render_nbconvert_dataframe,
    "refmanager_biblatex": render_refmanager_biblatex,
    "pybtex_markdown": render_pybtex_markdown,
    "notion_export": render_notion_export,
    "vitepress_containers": render_vitepress_containers,
    "pandoc_csl_more_styles": render_pandoc_csl_more_styles,
    "html2text_page": render_html2text_page,
    "obsidian_callouts": render_obsidian_callouts,
    "marp_slides": render_marp_slides,
    "acm_readme_action": render_acm_readme_action,
}


# The files the eleventh round's pages are, named as their tools name them.
FILE_NAMES = {"mdx_components": "publications.mdx", "pagedown_resume": "index.Rmd", "profile_readme_badges": "README.md",
              "obsidian_wikilinks": "Publications.md",
              "hugo_figure_list": "_index.md", "myst_cite_roles": "publications.md", "org_pandoc_years": "cv.md",
              "csl_yaml_nocite": "publications.qmd", "markdown_cv_code_years": "index.md",
              "hugo_pub_shortcodes": "_index.md", "bibtex_code_blocks": "README.md", "myst_list_table": "publications.md",
              "quarto_listing_items": "publications.qmd", "vitae_tribble_cv": "cv.Rmd",
              "logseq_properties": "Publications.md", "arxiv_listing_paste": "publications.md",
              "pandoc_gfm_csl_html": "publications.md", "orcid_works_paste": "publications.md",
              "mdx_data_array": "publications.mdx", "docx_pandoc_grid_cv": "cv.md",
              "kable_simple_table": "publications.md", "gdocs_md_export": "CV.md",
              "nbconvert_dataframe": "publications.md", "refmanager_biblatex": "publications.md",
              "pybtex_markdown": "publications.md", "notion_export": "Publications 3f2a9c1e.md",
              "vitepress_containers": "publications.md", "pandoc_csl_more_styles": "publications.md",
              "html2text_page": "publications.md", "obsidian_callouts": "Publications.md",
              "marp_slides": "slides.md", "acm_readme_action": "README.md"}


def render(layout: str, entries: list[dict], owner: str, seed: int | str) -> str:
    return LAYOUTS[layout](entries, owner, random.Random(f"{layout}|{seed}"))


def render_files(layout: str, entries: list[dict], owner: str, seed: int | str) -> dict[str, str]:
    """{path: text} of what ``layout`` writes: one page ("cv.md" for the CVs, else
    "publications.md"), or one file per entry for :data:`MULTI_FILE`."""
    text = render(layout, entries, owner, seed)
    if isinstance(text, dict):
        return text
    if layout in FILE_NAMES:
        return {FILE_NAMES[layout]: text}
    return {"cv.md" if layout in ("pandoc_cv", "vancouver_pandoc_cv", "deflist_year_cv") else "publications.md": text}
