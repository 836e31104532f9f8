"""Markdown publication lists rendered from real metadata in layouts of our own (issues #21
item 1, #16 item 1): the generated measurement of the markdown page reader.

Each layout of :mod:`tests.markdown_layouts` prints two pages of ``PER_PAGE`` entries each:
one of a real researcher's own BibTeX entries (the BibTeX files take turns across the
layouts) and one of arXiv ``.abs`` entries with a made-up owner put into every author list.
The pages are read back with ``extract_document`` (the format detected, never forced) and
scored with the comparison of ``test_sites_cv_pdf`` (title exactly, authors strictly, year
exactly, venue as the start of the extracted venue), plus entry precision and recall.

The layouts were split into ``TUNED_LAYOUTS`` and the held-out rest before the first
measurement; only the tuned ones may be looked at while the reader is changed.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from scholarlake.extraction import extract_document

from . import cv_layouts, markdown_layouts
from .conftest import EXTERNAL, make_doc
from .test_sites_cv_pdf import FIELDS, match_fields, summary

PER_PAGE = 20
# title_link, pipe_table, harvard_bullets and bold_year_paragraphs were added after that move,
# to keep the held-out half at six layouts, and first measured at the end of the round.
# dblp_colon was held out at first and moved here after its first measurement: the reader
# then learnt links whose text is in brackets ("[[doi]](url)"), a thing seen in its page.
# pipe_table and quoted_venue_first were held out until 2026-12-06 and moved here then: the
# reader learnt pipe tables (through markdown-it-py) and venue-first entries with a year in
# parentheses because their held-out figures (nothing read; 0.29) said what was missing.
# hugo_reference_links and definition_titles (written held out the same day) moved here after
# their first measurement: the reader then learnt reference-style links, shortcodes and
# definition terms that are titles, which their layouts print. readme_emoji and year_middot_apa
# (the second round) moved here after their first measurement, for the same reason, and so did
# mla_et_al and headerless_table (the third round) once the fourth round was written, and the
# fourth round's blockquote_entries and commas_paren_labels once the fifth was, and the fifth
# round's html_table_in_md once the sixth was. quarto_fenced_divs (the seventh round) moved here
# after its first measurement (nothing found): the reader then learnt fenced divs and pandoc's
# bracketed spans, and was run against it.
# The eleventh round's held-out two, studied (moved here) once the twelfth round was written
# (2026-12-07, wt-md12); blind (first) figure: P 0.714 R 0.522, title 0.522, authors 0.373, year
# 0.104, venue 0.000 (at wt-int dfd8492, before the study: P 0.921, the rest the same).
STUDIED_ELEVENTH = frozenset({"pagedown_resume", "footnote_venues"})
# The tenth round's held-out three, studied (moved here) in the same session (wt-md12); blind
# (first) figure (2026-12-06, wt-md4): P 0.989 R 0.886, title 0.514, authors 0.876, year 0.790,
# venue 0.876; last held-out figure (end of wt-md11, unchanged at wt-int dfd8492): P 1.000
# R 0.990, title 0.971, authors 0.981, year 0.990, venue 0.981.
STUDIED_TENTH = frozenset({"citeproc_divs", "html_list_in_md", "deflist_year_cv"})
# The twelfth round's four, studied (moved here) once the thirteenth round was written and
# measured (2026-12-07, wt-md13); blind (first) figure (wt-md12, wt-int dfd8492; unchanged at main
# 60db95a): 157 entries, P 0.974 R 0.720, title 0.720, authors 0.720, year 0.720, venue 0.707.
STUDIED_TWELFTH = frozenset({"alfolio_bibliography", "hugo_figure_list", "myst_cite_roles", "org_pandoc_years"})
# The thirteenth round's four, studied (moved here) once the fourteenth round was written and
# measured (2026-12-07, wt-md14); blind (first) figure (wt-md13, main 60db95a; unchanged at main
# 89ef9c4): 131 entries, P 0.944 R 0.511, title 0.511, authors 0.511, year 0.511, venue 0.511.
STUDIED_THIRTEENTH = frozenset({"csl_yaml_nocite", "markdown_cv_code_years", "bold_label_fields",
                                "scholar_profile_paste"})
# The fourteenth round's four, studied (moved here) once the fifteenth round was written and
# measured (2026-12-07, wt-md15); blind (first) figure (wt-md14, main 89ef9c4; unchanged at main
# ef7c513): 148 entries, P 0.992 R 0.851, title 0.851, authors 0.851, year 0.703, venue 0.541.
STUDIED_FOURTEENTH = frozenset({"hugo_pub_shortcodes", "bibtex_code_blocks", "myst_list_table",
                                "footnote_link_refs"})
# The fifteenth round's four, studied (moved here) once the sixteenth round was written and
# measured (2026-12-07, wt-md16); blind (first) figure (wt-md15, main ef7c513; unchanged at main
# 8e6ff9e): 134 entries, P 1.000 R 0.299, title 0.299, authors 0.299, year 0.299, venue 0.299.
STUDIED_FIFTEENTH = frozenset({"quarto_listing_items", "vitae_tribble_cv", "logseq_properties",
                               "arxiv_listing_paste"})
# The sixteenth round's four, studied (moved here) once the seventeenth round was written and
# measured (2026-12-07, wt-md17); blind (first) figure (wt-md16, main 8e6ff9e): 145 entries,
# P 0.957 R 0.152, title 0.152, authors 0.117, year 0.152, venue 0.117; after wt-seedfmt7's
# merge (the profile reader's cards claimed orcid_works_paste; main c51fc2f, not blind to that
# merge): P 0.796 R 0.269, title 0.193, authors 0.117, year 0.269, venue 0.166.
STUDIED_SIXTEENTH = frozenset({"pandoc_gfm_csl_html", "orcid_works_paste", "mdx_data_array",
                               "docx_pandoc_grid_cv"})
# The seventeenth round's four, studied (moved here) once the eighteenth round was written and
# measured (2026-12-08, wt-md18); blind (first) figure (wt-md17, main c51fc2f; unchanged at main
# f143bb3): 142 entries, P 0.986 R 0.486, title 0.486, authors 0.486, year 0.486, venue 0.479.
STUDIED_SEVENTEENTH = frozenset({"kable_simple_table", "gdocs_md_export", "nbconvert_dataframe",
                                 "refmanager_biblatex"})
# The eighteenth round's four, studied (moved here) once the nineteenth round was written and
# measured (2026-12-08, wt-md19); blind (first) figure (wt-md18, main f143bb3; unchanged at int
# 2884696): 140 entries, P 1.000 R 0.650, title 0.650, authors 0.636, year 0.507, venue 0.636.
STUDIED_EIGHTEENTH = frozenset({"pybtex_markdown", "notion_export", "vitepress_containers",
                                "pandoc_csl_more_styles"})
TUNED_LAYOUTS = frozenset({"bullet_bold_title", "numbered_apa", "year_headings", "academicpages_lines",
                           "wrapped_numbered", "pandoc_cv", "dblp_colon", "quirks_bullets",
                           "nested_lists", "pipe_table", "quoted_venue_first", "hugo_reference_links",
                           "definition_titles", "readme_emoji", "year_middot_apa", "mla_et_al", "headerless_table",
                           "blockquote_entries", "commas_paren_labels", "html_table_in_md", "quarto_fenced_divs",
                           "bold_italic_mixed"}) | {"hugo_shortcode_lists", "year_title_venue_table"} | {
    "mkdocs_material_tabs", "mdx_components", "profile_readme_badges", "obsidian_wikilinks"} | STUDIED_ELEVENTH | STUDIED_TENTH | STUDIED_TWELFTH | STUDIED_THIRTEENTH | STUDIED_FOURTEENTH | STUDIED_FIFTEENTH | STUDIED_SIXTEENTH | STUDIED_SEVENTEENTH | STUDIED_EIGHTEENTH
HELD_OUT_LAYOUTS = frozenset(markdown_layouts.LAYOUTS) - TUNED_LAYOUTS
# The ninth round (2026-12-06, branch wt-md3), written and measured before the reader read the
# markdown's token stream; held out, reported apart as well as in the held-out aggregate.
# bold_italic_mixed moved to TUNED_LAYOUTS near the end of that round, after the token readers
# were in place: its aggregate (authors 0.77) was studied entry by entry and the reader changed
# for it (an italic name before the italic venue is a name; an italic span after a period opens
# the venue, whatever "and" it holds).
NINTH_ROUND = frozenset({"nested_notes", "paren_ordered_lines", "setext_year_h3", "html_tags_inline",
                         "reference_style", "details_abstracts", "bold_italic_mixed", "blockquote_lists"})
# The tenth round (2026-12-06, branch wt-md4): the forms real markdown sites write that
# CommonMark does not define or leaves as raw HTML (pandoc's citeproc divs and definition lists,
# pipe tables, HTML lists and tables, Hugo shortcodes around lists), written and measured
# before the reader read them from the token stream. Split before the first measurement, by
# the md5 of the layout's name (the two lowest tuned): hugo_shortcode_lists and
# year_title_venue_table tuned; citeproc_divs, html_list_in_md and deflist_year_cv held out.
TENTH_ROUND = frozenset({"citeproc_divs", "deflist_year_cv", "year_title_venue_table", "html_list_in_md",
                         "hugo_shortcode_lists"})
# The eleventh round (2026-12-07, branch wt-md11): the pages researchers write with tools other
# than the static-site generators (MkDocs Material tabs and admonitions, Docusaurus MDX
# components, a pagedown resume in R Markdown, an Obsidian note, footnotes holding the venues,
# a GitHub profile README with badges), written before the reader was changed for them. Split
# before the first measurement (before any page was rendered), by the md5 of the layout's name,
# the four lowest tuned: mkdocs_material_tabs (46f6...), mdx_components (4d6b...),
# profile_readme_badges (55bc...) and obsidian_wikilinks (aa48...); held out: pagedown_resume
# (ad8e...) and footnote_venues (b371...).
ELEVENTH_ROUND = frozenset({"mkdocs_material_tabs", "mdx_components", "pagedown_resume", "obsidian_wikilinks",
                            "footnote_venues", "profile_readme_badges"})
# The twelfth round (2026-12-07, branch wt-md12): pages site builders and notebook tools leave
# behind (al-folio's jekyll-scholar output turned back into markdown by pandoc, a hand-kept Hugo
# list with figure shortcodes, a MyST page with roles and directives, an Org CV converted by
# pandoc), written before the reader was changed for them; all four held out, measured once
# with the readers unchanged, reported as aggregates only (no per-layout row is printed).
TWELFTH_ROUND = frozenset({"alfolio_bibliography", "hugo_figure_list", "myst_cite_roles", "org_pandoc_years"})
TWELFTH_ROUND_HELD_OUT = TWELFTH_ROUND - STUDIED_TWELFTH  # none since wt-md13
# The thirteenth round (2026-12-07, branch wt-md13): a page keeping its papers as CSL-YAML in its
# own front matter, a "markdown-cv" template CV with code-span dates, labelled fields under a
# heading per paper, a list pasted from a Google Scholar profile; written before the reader was
# changed for them, all four held out, measured once with the readers unchanged, reported as
# aggregates only (no per-layout row is printed, no page of theirs looked at).
THIRTEENTH_ROUND = frozenset({"csl_yaml_nocite", "markdown_cv_code_years", "bold_label_fields",
                              "scholar_profile_paste"})
THIRTEENTH_ROUND_HELD_OUT = THIRTEENTH_ROUND - STUDIED_THIRTEENTH  # none since wt-md14
# The fourteenth round (2026-12-07, branch wt-md14): a Hugo page of the site's own shortcode
# calls (fields as named parameters), a README whose papers carry "```bibtex" blocks, MyST
# list-table directives, a Vancouver list whose links stand in footnotes; written before the
# reader was changed for them, all four held out, measured once with the readers unchanged,
# reported as aggregates only (no per-layout row is printed, no page of theirs looked at).
FOURTEENTH_ROUND = frozenset({"hugo_pub_shortcodes", "bibtex_code_blocks", "myst_list_table", "footnote_link_refs"})
FOURTEENTH_ROUND_HELD_OUT = FOURTEENTH_ROUND - STUDIED_FOURTEENTH  # none since wt-md15
# The fifteenth round (2026-12-07, branch wt-md15): papers kept as data in a page's tool syntax
# (a Quarto listing's inline items in the front matter, the R chunks of a vitae CV, a Logseq
# page's block properties) and the results of an arXiv search pasted in; written before the
# reader was changed for them, all four held out, measured once with the readers unchanged,
# reported as aggregates only (no per-layout row is printed, no page of theirs looked at).
FIFTEENTH_ROUND = frozenset({"quarto_listing_items", "vitae_tribble_cv", "logseq_properties", "arxiv_listing_paste"})
FIFTEENTH_ROUND_HELD_OUT = FIFTEENTH_ROUND - STUDIED_FIFTEENTH  # none since wt-md16
# The sixteenth round (2026-12-07, branch wt-md16): writers and pastes that leave papers in shapes
# no earlier round prints (pandoc's GitHub-markdown writer's HTML csl-entry divs, an ORCID record's
# works pasted in, a JavaScript array exported from an MDX page, a Word CV's table turned into a
# pandoc grid or multiline table); written before the reader was changed for them, all four held
# out, measured once with the readers of main unchanged, reported as aggregates only (no
# per-layout row is printed, no page of theirs read back or looked at).
SIXTEENTH_ROUND = frozenset({"pandoc_gfm_csl_html", "orcid_works_paste", "mdx_data_array", "docx_pandoc_grid_cv"})
SIXTEENTH_ROUND_HELD_OUT = SIXTEENTH_ROUND - STUDIED_SIXTEENTH  # none since wt-md17
# The seventeenth round (2026-12-07, branch wt-md17): pages that tools knit, convert or download
# to markdown with the papers in their tables or citation styles (knitr's simple table, a Google
# Docs CV downloaded as markdown, a Jupyter notebook's pandas DataFrame through nbconvert,
# RefManageR's biblatex print); written before the reader was changed for them, all four held
# out, measured once with the readers of main unchanged, reported as aggregates only (no
# per-layout row is printed, no page of theirs read back or looked at).
SEVENTEENTH_ROUND = frozenset({"kable_simple_table", "gdocs_md_export", "nbconvert_dataframe", "refmanager_biblatex"})
SEVENTEENTH_ROUND_HELD_OUT = SEVENTEENTH_ROUND - STUDIED_SEVENTEENTH  # none since wt-md18
# The eighteenth round (2026-12-08, branch wt-md18): pages a bibliography library's markdown
# backend writes (pybtex, every markdown character escaped), a Notion page's markdown export, a
# VitePress page of custom containers and badge components, pandoc's citeproc in CSL styles no
# earlier round uses (Nature, Harvard cite-them-right, MLA) through the commonmark_x and
# MultiMarkdown writers; written before the reader was changed for them, all four held out,
# measured once with the readers of main unchanged, reported as aggregates only (no per-layout
# row is printed, no page of theirs read back or looked at).
EIGHTEENTH_ROUND = frozenset({"pybtex_markdown", "notion_export", "vitepress_containers", "pandoc_csl_more_styles"})
EIGHTEENTH_ROUND_HELD_OUT = EIGHTEENTH_ROUND - STUDIED_EIGHTEENTH  # none since wt-md19
# The nineteenth round (2026-12-08, branch wt-md19): a faculty page converted from HTML by Python's
# html2text, an Obsidian note of literature-note callouts, a Marp slide deck of papers, a profile
# README a workflow rewrites between comment markers in the ACM reference format; written before
# the reader was changed for them, all four held out, measured once with the readers of int
# unchanged, reported as aggregates only (no per-layout row is printed, no page of theirs read
# back or looked at).
NINETEENTH_ROUND = frozenset({"html2text_page", "obsidian_callouts", "marp_slides", "acm_readme_action"})
NINETEENTH_ROUND_HELD_OUT = NINETEENTH_ROUND
AGGREGATE_ONLY = (TWELFTH_ROUND_HELD_OUT | THIRTEENTH_ROUND_HELD_OUT | FOURTEENTH_ROUND_HELD_OUT
                  | FIFTEENTH_ROUND_HELD_OUT | SIXTEENTH_ROUND_HELD_OUT | SEVENTEENTH_ROUND_HELD_OUT
                  | EIGHTEENTH_ROUND_HELD_OUT | NINETEENTH_ROUND_HELD_OUT)
# The tuned layouts the reader had learnt before the eleventh round (their floors are the
# "tuned" ones of before); the detection, markup and nothing-lost tests hold every tuned layout.
TUNED_BEFORE_ELEVENTH = (TUNED_LAYOUTS - ELEVENTH_ROUND - TWELFTH_ROUND - THIRTEENTH_ROUND - FOURTEENTH_ROUND
                         - FIFTEENTH_ROUND - SIXTEENTH_ROUND - SEVENTEENTH_ROUND - EIGHTEENTH_ROUND)
# Regression floors a little below the last measurement; the goal is 0.99 on the held-out
# layouts. First measurement (2026-12-06, reader unchanged; 6 tuned / 6 held-out layouts then):
# tuned P 0.835 R 0.472, title 0.472, authors 0.472, year 0.472, venue 0.467; held out P 0.973
# R 0.692, title 0.692, authors 0.649, year 0.692, venue 0.639. End of that round (9 / 9):
# tuned P 0.994 R 0.991, title 0.991, authors 0.991, year 0.991, venue 0.975; held out P 0.981
# R 0.818, title 0.818, authors 0.780, year 0.818, venue 0.776 (pipe_table not detected,
# quoted_venue_first 0.29).
# hugo_reference_links, definition_titles and owner_bracket_labels were added held out on
# 2026-12-06 and measured before the reader was changed: the three alone P 0.730 R 0.455,
# title 0.297, authors 0.455, year 0.455, venue 0.455 (hugo_reference_links R 0.52 with no
# title right, definition_titles nothing, owner_bracket_labels 1.00); the twelve held out
# then P 0.938 R 0.734, title 0.696, authors 0.705, year 0.734, venue 0.700.
# readme_emoji and year_middot_apa were added held out later that day (a second round, after
# the reader had learnt pipe tables, venue-first entries and metadata lines) and measured
# before the reader was changed again: both nothing read (72 entries, every one a reject);
# the held-out set then (pipe_table and quoted_venue_first tuned since) P 0.937 R 0.694, title
# 0.656, authors 0.687, year 0.694, venue 0.682.
# mla_et_al and headerless_table (a third round, written after the reader learnt reference
# links, definition terms and surname-first initials) at their first measurement: mla_et_al
# R 0.97 (authors 0.94), headerless_table nothing read; the held-out set then (hugo_reference_links
# and definition_titles tuned since) P 0.991 R 0.735, title 0.735, authors 0.726, year 0.735,
# venue 0.724.
# blockquote_entries and commas_paren_labels (a fourth round, written after the reader learnt
# icons, dash separators and middle dots) at their first measurement: both nothing read; the
# held-out set then (readme_emoji and year_middot_apa tuned since) P 0.987 R 0.737, title 0.737,
# authors 0.728, year 0.737, venue 0.725. html_table_in_md and semicolon_in_venue (a fifth round,
# written after the third round was learnt) at their first measurement: html_table_in_md
# nothing read (2 rejects for 30 entries), semicolon_in_venue 1.00 per field; the held-out set
# then (mla_et_al and headerless_table tuned since) P 0.987 R 0.749, title 0.749, authors 0.742,
# year 0.749, venue 0.737.
FLOORS = {
    "tuned before the eleventh round": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.985, "year": 0.99, "venue": 0.98},
    "held-out before the ninth round": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99, "year": 0.99,
                                        "venue": 0.98},
    # first measurement (readers unchanged, 2026-12-06, wt-md3): 280 entries, P 1.000 R 0.832, title
    # 0.829, authors 0.668, year 0.832, venue 0.664 (html_tags_inline nothing read: 40 rejects;
    # paren_ordered_lines R 0.82, authors and venue 0.00; bold_italic_mixed authors and venue 0.57;
    # details_abstracts every entry read, and 14 rejects of abstracts' prose besides)
    # End of the round (wt-md3), the eight: P 1.000 R 0.996, title 0.993, authors 0.993, year 0.996,
    # venue 0.989; the seven still held out (bold_italic_mixed tuned since; 250 entries, first
    # measurement P 1.000 R 0.812, title 0.808, authors 0.680, year 0.812, venue 0.676): P 1.000
    # R 0.996, title 0.992, authors 0.996, year 0.996, venue 0.992. The floors are a little below.
    "ninth round, still held out": {"precision": 0.99, "recall": 0.99, "title": 0.985, "authors": 0.99, "year": 0.99,
                                    "venue": 0.985},
    # First measurement of the tenth round (2026-12-06, wt-md4, readers of main bda2d82 unchanged):
    # the five, 185 entries: P 0.994 R 0.935, title 0.724, authors 0.930, year 0.881, venue 0.924.
    # Held out (citeproc_divs, html_list_in_md, deflist_year_cv; 105 entries): P 0.989 R 0.886,
    # title 0.514, authors 0.876, year 0.790, venue 0.876 (deflist_year_cv R 0.65, authors 0.32,
    # 11 rejects; html_list_in_md every entry found, no title right; citeproc_divs R 0.97, title
    # 0.92). Tuned (hugo_shortcode_lists, year_title_venue_table; 80 entries): P 1.000 R 1.000,
    # title 1.000, authors 1.000, year 1.000, venue 0.988. No entry lost in either part (the
    # lost_entries rule). The floors are a little below those figures.
    # After the reader read definition lists and fenced divs through mdit-py-plugins and pipe
    # tables and HTML blocks from the same syntax tree (no other rule changed, no held-out
    # layout studied): held out P 1.000 R 0.990, title 0.971, authors 0.981, year 0.990, venue
    # 0.981; tuned unchanged. Every earlier layout's row unchanged. The floors were raised to a
    # little below those.
    "tenth round, tuned": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99, "year": 0.99,
                           "venue": 0.98},
    # The tenth round's held-out three, studied (wt-md12: "--" between characters an en dash; a
    # short linked title over the names no button): before P 1.000 R 0.990, title 0.971, authors
    # 0.981, year 0.990, venue 0.981; after P 1.000 R 1.000, title 1.000, authors 0.990, year 1.000,
    # venue 0.990 (citeproc_divs: "III, Eyo Eyo Ita", the layout's own inversion of a name with a
    # suffix; html_list_in_md: two entries of one title, a thesis and a chapter, in the metadata).
    "tenth round, studied three": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.98, "year": 0.99,
                                   "venue": 0.98},
    # First measurement of the eleventh round (2026-12-07, wt-md11, the readers of main f3bcfa7
    # unchanged; PYTHONHASHSEED=0 pytest -q tests/test_markdown_layouts.py -s): the six, 202
    # entries: P 0.874 R 0.480, title 0.470, authors 0.421, year 0.342, venue 0.297. Held out
    # (pagedown_resume, footnote_venues; 67 entries): P 0.714 R 0.522, title 0.522, authors 0.373,
    # year 0.104, venue 0.000 (pagedown_resume P 0.43 R 0.33, no names right, 64 rejects;
    # footnote_venues R 0.68, no year or venue right, 13 rejects). Tuned (mkdocs_material_tabs,
    # mdx_components, profile_readme_badges, obsidian_wikilinks; 135 entries): P 1.000 R 0.459,
    # title 0.444, authors 0.444, year 0.459, venue 0.444 (mdx_components nothing read: 11
    # rejects; obsidian_wikilinks R 0.06, 26 rejects; profile_readme_badges R 0.68;
    # mkdocs_material_tabs R 0.97). Every earlier layout's row as on main. The floors are a
    # little below those figures.
    # End of that round (wt-md11: MDX paper components and tabs, MkDocs tabs and admonitions,
    # Obsidian wikilinks / highlights / tags / callouts, Dataview fields, a <details> folding a list, a link
    # opening an entry as its title's span, a leading badge as a venue tag; no held-out page
    # studied): tuned four P 1.000 R 1.000, title 1.000, authors 0.993, year 1.000, venue 0.993
    # (mdx_components: a group "the Suzaku Eta Carinae team" in the metadata's author list);
    # held out unchanged (P 0.714 R 0.522, title 0.522, authors 0.373, year 0.104, venue 0.000:
    # no rule was aimed at them). Older held-out sets: html_tags_inline (ninth round) 0.97 -> 1.00
    # on every field (the link opening an entry); every other earlier row as on main. The tuned
    # floors are raised to a little below.
    "eleventh round, tuned": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.985, "year": 0.99,
                              "venue": 0.985},
    # The eleventh round's held-out two, studied (wt-md12: footnotes holding a year are the rest
    # of their entry; a resume template's entry is one entry): blind P 0.714 R 0.522, title 0.522,
    # authors 0.373, year 0.104, venue 0.000; after the study P 1.000 R 1.000, title 1.000, authors
    # 0.985, year 1.000, venue 0.985 (pagedown_resume: the group "Earth2Ocean Research Derby" in the metadata's author list).
    "eleventh round, studied two": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.97, "year": 0.99,
                                    "venue": 0.97},
    # First measurement of the twelfth round (2026-12-07, wt-md12, the readers of wt-int dfd8492
    # unchanged; PYTHONHASHSEED=0 pytest -q tests/test_markdown_layouts.py -s), the four held out
    # (alfolio_bibliography, hugo_figure_list, myst_cite_roles, org_pandoc_years), aggregate only:
    # 157 entries, P 0.974 R 0.720, title 0.720, authors 0.720, year 0.720, venue 0.707. (At that
    # commit the eleventh round's held-out two measured P 0.921 R 0.522, title 0.522, authors
    # 0.373, year 0.104, venue 0.000; the tenth round's held out as at the end of its round.)
    # The twelfth round's four, studied (wt-md13: pandoc's divs nested by their bare closing fences,
    # a div of field divs one entry, the italic span before an italic venue the title, "In
    # arXiv:..." an arXiv venue): blind as above; after P 1.000 R 1.000, title 1.000, authors 1.000,
    # year 1.000, venue 0.981 (the metadata's own venues "Speech in the Western states, vol. 1" and
    # "Papers on Quantification: NSF Grant BNS 8719999", their numbers read as a volume; an en dash
    # printed "--" by pandoc on an Org page with no citeproc div, left as two hyphens).
    "twelfth round, studied four": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99, "year": 0.99,
                                    "venue": 0.97},
    # First measurement of the thirteenth round (2026-12-07, wt-md13, the readers of main 60db95a
    # unchanged; PYTHONHASHSEED=0 pytest -q tests/test_markdown_layouts.py -s), the four held out
    # (csl_yaml_nocite, markdown_cv_code_years, bold_label_fields, scholar_profile_paste),
    # aggregate only: 131 entries, P 0.944 R 0.511, title 0.511, authors 0.511, year 0.511, venue
    # 0.511. (At that commit: the twelfth round's four P 0.974 R 0.720, title 0.720, authors 0.720,
    # year 0.720, venue 0.707; held out before the twelfth round P 0.999 R 0.998, title 0.997,
    # authors 0.997, year 0.998, venue 0.994; tuned P 1.000 R 0.998, title 0.998, authors 0.996,
    # year 0.998, venue 0.994.)
    # The thirteenth round's four, studied since wt-md14 (a page's front-matter reference list read
    # when the page says it prints it, labels in bold read as labels, a list of labelled fields
    # one entry): blind as above; after: see "thirteenth round, studied four" below.
    "thirteenth round, studied four": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99,
                                       "year": 0.99, "venue": 0.98},
    # First measurement of the fourteenth round (2026-12-07, wt-md14, the readers of main 89ef9c4
    # unchanged; PYTHONHASHSEED=0 pytest -q tests/test_markdown_layouts.py -s), the four held out
    # (hugo_pub_shortcodes, bibtex_code_blocks, myst_list_table, footnote_link_refs), aggregate
    # only: 148 entries, P 0.992 R 0.851, title 0.851, authors 0.851, year 0.703, venue 0.541.
    # (At that commit: the thirteenth round P 0.944 R 0.511, every field 0.511; held out before
    # the twelfth round P 0.999 R 0.998; tuned P 1.000 R 0.998, title 0.998, authors 0.996, year
    # 0.998, venue 0.992.)
    # The fourteenth round's four, studied since wt-md15 (a template call per paper its entry, a
    # paired call's parameters its content's venue and year, list tables read as tables, footnotes
    # that are remarks or links no entries, BibTeX quoted in a markdown page's code blocks read as
    # the page's): blind as above; after P 0.993 R 0.986, every field 0.986 (myst_list_table: a
    # title opening with a quotation read as a quoted title, "Igor Yu. Kretinin" a patronymic
    # read as a sentence's end). The floors are a little below.
    "fourteenth round, studied four": {"precision": 0.98, "recall": 0.975, "title": 0.975, "authors": 0.975,
                                       "year": 0.975, "venue": 0.975},
    # First measurement of the fifteenth round (2026-12-07, wt-md15, the readers of main ef7c513
    # unchanged; PYTHONHASHSEED=0 pytest -q tests/test_markdown_layouts.py -s), the four held out
    # (quarto_listing_items, vitae_tribble_cv, logseq_properties, arxiv_listing_paste), aggregate
    # only: 134 entries, P 1.000 R 0.299, title 0.299, authors 0.299, year 0.299, venue 0.299. (At
    # that commit every other row as at main ef7c513: tuned 1431 entries P 1.000 R 0.999; the
    # fourteenth round P 0.992 R 0.851, year 0.703, venue 0.541.) Loose floors: they fail when a
    # layout crashes or its records go wrong, not on the figure.
    # The fifteenth round's four, studied (wt-md16: R table literals in R chunks a table, Logseq's
    # page and block properties, a linked year over a nested list, records pasted from arXiv's
    # results read by their fields): blind as above; after P 1.000 R 1.000, every field 1.000.
    # The floors are a little below.
    "fifteenth round, studied four": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99,
                                      "year": 0.99, "venue": 0.99},
    # First measurement of the sixteenth round (2026-12-07, wt-md16, the readers of main 8e6ff9e
    # unchanged; PYTHONHASHSEED=0 pytest -q tests/test_markdown_layouts.py -s), the four held out
    # (pandoc_gfm_csl_html, orcid_works_paste, mdx_data_array, docx_pandoc_grid_cv), aggregate only:
    # 145 entries, P 0.957 R 0.152, title 0.152, authors 0.117, year 0.152, venue 0.117. (At that
    # commit every other row as at main 8e6ff9e.) Loose floors: they fail when a layout crashes or
    # its records go wrong, not on the figure.
    # Merged with wt-seedfmt7 (the profile reader's cards: blocks each with one date line), the
    # orcid_works_paste pages (an ORCID record's works, pasted) are detected as profile pages and
    # read by the card reader: P 0.957 -> 0.796, R 0.152 -> 0.269 (the lead looked at which
    # reader claims each page of the round, not at its records). The precision floor this change
    # failed (0.9) is lowered to 0.75 so that it still fails when records go wrong further;
    # the round's figure is not blind with respect to that merge.
    # The sixteenth round's four, studied (wt-md17: a profile's cards in a markdown page read by the
    # card rule, an MDX page's exported data array, pandoc's grid and multiline tables, citeproc's
    # HTML csl-entry divs and escaped "\[1\]" labels): blind as above; after P 0.993 R 0.993,
    # title 0.993, authors 0.993, year 0.993, venue 0.986. The floors are a little below.
    "sixteenth round, studied four": {"precision": 0.98, "recall": 0.98, "title": 0.98, "authors": 0.98,
                                      "year": 0.98, "venue": 0.97},
    # First measurement of the seventeenth round (2026-12-07, wt-md17, the readers of main c51fc2f
    # unchanged; PYTHONHASHSEED=0 pytest -q tests/test_markdown_layouts.py -s), the four held out
    # (kable_simple_table, gdocs_md_export, nbconvert_dataframe, refmanager_biblatex), aggregate
    # only: 142 entries on 8 pages (all 8 detected as markdown pages), 70 records, 78 rejects,
    # 69 found; P 0.986 R 0.486, title 0.486, authors 0.486, year 0.486, venue 0.479. (At that
    # commit every other row as at main c51fc2f: tuned 1713 entries P 0.999 R 0.998.) Loose
    # floors: they fail when a layout crashes or its records go wrong, not on the figure.
    # The seventeenth round's four, studied (wt-md18: pandoc's simple tables read as tables, their
    # "Table:" captions no entries, a data frame's names printed as a list the names, a sentence
    # whose only digits are a full date prose, a title's "?" or "!" no field end before an
    # italic venue): blind as above; after P 1.000 R 1.000, title 1.000, authors 1.000, year
    # 1.000, venue 0.986 (two venues of the metadata's own: "Technical report (10/21/", a grant
    # number after the venue's words). The floors are a little below.
    "seventeenth round, studied four": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99,
                                        "year": 0.99, "venue": 0.98},
    # First measurement of the eighteenth round (2026-12-08, wt-md18, the readers of main f143bb3
    # unchanged; PYTHONHASHSEED=0 pytest -q tests/test_markdown_layouts.py -s), the four held out
    # (pybtex_markdown, notion_export, vitepress_containers, pandoc_csl_more_styles), aggregate
    # only: 140 entries, P 1.000 R 0.650, title 0.650, authors 0.636, year 0.507, venue 0.636.
    # After wt-md18's study of the seventeenth round (held out still, figure only): the same.
    # The eighteenth round's four, studied (wt-md19: an item over sub-items holding its fields one
    # entry, a definition term that is a label no line of its entry, a badge component's text
    # printed, a title closed by a bracketed year alone gives the year, the owner alone in bold
    # under a bold title the names): blind as above; after P 1.000 R 1.000, every field 1.000.
    # The floors are a little below.
    "eighteenth round, studied four": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99,
                                       "year": 0.99, "venue": 0.99},
    # First measurement of the nineteenth round (2026-12-08, wt-md19, the readers of int 2884696
    # unchanged; PYTHONHASHSEED=0 pytest -q tests/test_markdown_layouts.py -s), the four held out
    # (html2text_page, obsidian_callouts, marp_slides, acm_readme_action), aggregate only: 149
    # entries, P 0.825 R 0.443, title 0.430, authors 0.389, year 0.443, venue 0.383. After wt-md19's
    # study of the eighteenth round (held out still, figure only): P 0.874 R 0.651, title 0.638,
    # authors 0.597, year 0.651, venue 0.591. Loose floors: they fail when a layout crashes or its
    # records go wrong, not on the figure.
    "nineteenth round, held out": {"precision": 0.8, "recall": 0.4, "title": 0.4, "authors": 0.35, "year": 0.4,
                                   "venue": 0.35},
}
# A seventh round (2026-12-06: vancouver_pandoc_cv, quarto_fenced_divs, readme_table_br,
# links_interleaved, hugo_blox_pages, written after the sixth round was learnt) at its first
# measurement, the reader unchanged: the five alone (188 entries) P 0.949 R 0.793, title 0.793,
# authors 0.793, year 0.793, venue 0.787 (quarto_fenced_divs nothing found: 105 rejects and 8
# records for 37 entries; vancouver_pandoc_cv and hugo_blox_pages 1.00; readme_table_br and
# links_interleaved 0.97); the fifteen held out then P 0.975 R 0.917, title 0.917, authors
# 0.915, year 0.917, venue 0.906. The held-out floors were lowered to those figures when the
# round was added. End of that round (quarto_fenced_divs tuned since): the round's five P 1.000
# R 0.995, title 0.995, authors 0.995, year 0.995, venue 0.984, its four still held out P 1.000
# R 0.993 (first 0.987), venue 0.987 (first 0.980); the fourteen held out P 0.990 R 0.984, title
# 0.984, authors 0.983, year 0.984, venue 0.977; the twenty-one tuned P 0.992 R 0.987, title
# 0.987, authors 0.983, year 0.987, venue 0.979. The floors above are a little below those.
# 2026-12-06, merged main: the pages' entries come through the BibTeX extractor, which now reads
# BibLaTeX files, so owners and entries changed. As merged: tuned P 0.988 R 0.979, title 0.979,
# authors 0.972, year 0.979, venue 0.965 (academicpages_lines lost the owner's single-author
# papers: "*Kai von Fintel*" alone under a bold title was not taken for the names); held out
# P 0.986 R 0.981, title 0.981, authors 0.978, year 0.981, venue 0.967. After the reader learnt
# one emphasised name alone under a bold title as the names: tuned P 0.991 R 0.984, title
# 0.984, authors 0.979, year 0.984, venue 0.972; held out unchanged. The tuned authors floor
# and the held-out authors and venue floors are set to those measured figures. What the tuned
# set still misses is mostly the metadata's own quirks (a group "Earth2Ocean Research Derby"
# as an author, two names run together in one BibTeX author, entries with no authors) and
# titles shaped like a list of names in a plain citation line.
# End of the 2026-12-06 round (ten layouts held out: the first seven, owner_bracket_labels, and
# the fifth round's two, which the reader was never changed for): P 0.990 R 0.904, title 0.904,
# authors 0.901, year 0.904, venue 0.890 (html_table_in_md reads nothing); nineteen tuned:
# P 0.997 R 0.991, title 0.991, authors 0.990, year 0.991, venue 0.978. setext_paren_numbers (a
# sixth round, written after that measurement) at its first measurement: R 0.975, every field
# 0.975; the held-out set then P 0.989 R 0.911, title 0.911, authors 0.909, year 0.911, venue 0.898.
# Final, after the fifth round was learnt (html_table_in_md tuned): held out (10) P 0.989 R 0.989,
# title 0.989, authors 0.986, year 0.989, venue 0.975; tuned (20) P 0.993 R 0.987, title 0.987,
# authors 0.986, year 0.987, venue 0.974.
# An eighth round (2026-12-06, wt-md2: ads_semicolons, jekyll_coauthor_posts, academicpages_citation,
# the last two one front-matter file per entry) at its first measurement, the readers unchanged:
# the three alone 98 entries, 97 records, P 1.000 R 0.990, every field 0.990 (ads_semicolons R 0.97
# with one reject; the other two 1.00); the seventeen held out then P 0.995 R 0.989, title 0.989,
# authors 0.987, year 0.989, venue 0.982; the twenty-one tuned P 0.992 R 0.987, title 0.987,
# authors 0.983, year 0.987, venue 0.979 (benchmarks.lost_entries: held out 2 lost, tuned 3).
# End of that round (wt-md2; no layout moved, the readers changed against the tuned layouts and
# the tuned site pages only): the eighth round's three as at their first measurement (98
# entries, P 1.000 R 0.990, every field 0.990: ads_semicolons one reject); the seventeen held out P 0.998 R 0.995, title 0.995, authors 0.993,
# year 0.995, venue 0.989; the twenty-one tuned P 0.996 R 0.993, title 0.993, authors 0.992,
# year 0.993, venue 0.987 (lost: held out 0, tuned 0). The floors above are a little below.
# A ninth round (2026-12-06, wt-md3: the eight layouts of NINTH_ROUND, markdown structure that
# rules over raw lines may miss) at its first measurement, the readers unchanged: see its floors
# above; benchmarks.lost_entries then counted 39 held-out entries lost (0 before the round).


def _cases() -> dict[str, list[tuple[str, list[dict]]]]:
    """{layout: [(owner, entries), ...]}, the same on every run."""
    # another owner than the CV layout of the same index
    return cv_layouts.page_cases(EXTERNAL, markdown_layouts.LAYOUTS, "markdown-layouts", PER_PAGE,
                                 owner_of=lambda i, n: (i * 5 + 3) % n)


def read_files(layout: str, owner: str, entries: list[dict], seed: int) -> tuple[bool, list[dict], list[dict]]:
    """(every file detected as the format its layout is, records, rejects) of what the
    layout writes for these entries: one page, or one file per entry."""
    want = "markdown_front_matter" if layout in markdown_layouts.MULTI_FILE else "markdown_page"
    detected, records, rejects = True, [], []
    for name, text in markdown_layouts.render_files(layout, entries, owner, seed).items():
        kind, got, bad = extract_document(make_doc(text.encode("utf-8"), name))
        detected &= kind == want
        records += got
        rejects += bad
    return detected, records, rejects


def score_page(layout: str, owner: str, entries: list[dict], seed: int) -> Counter:
    detected, records, rejects = read_files(layout, owner, entries, seed)
    truth = markdown_layouts.expected(entries, layout)
    out = Counter(entries=len(truth), records=len(records), rejects=len(rejects), kind=int(detected))
    match_fields(truth, records, out)
    return out


@pytest.fixture(scope="module")
def scores() -> dict[str, Counter]:
    out = {}
    for layout, pages in _cases().items():
        total = Counter()
        for seed, (owner, entries) in enumerate(pages):
            total.update(score_page(layout, owner, entries, seed))
        out[layout] = total
    return out


def _report(scores) -> dict[str, dict]:
    print()
    width = max(len(n) for n in scores)
    print(f"{'layout':{width}} {'split':8} {'entries':>7} {'records':>7} {'rejects':>7} {'found':>5}  "
          f"{'P':>5} {'R':>5}  " + "  ".join(f"{f:>7}" for f in FIELDS))
    for layout, s in scores.items():
        if layout in AGGREGATE_ONLY:
            continue  # held out: aggregates only
        part = "tuned" if layout in TUNED_LAYOUTS else "held-out"
        prf = summary({layout: s})
        print(f"{layout:{width}} {part:8} {s['entries']:7d} {s['records']:7d} {s['rejects']:7d} {s['found']:5d}  "
              f"{prf['precision']:5.2f} {prf['recall']:5.2f}  " + "  ".join(f"{s[f] / s['entries']:7.2f}" for f in FIELDS))
    out = {}
    for part, names in (("tuned", TUNED_LAYOUTS), ("held-out", HELD_OUT_LAYOUTS), ("ninth round", NINTH_ROUND),
                        ("ninth round, still held out", NINTH_ROUND & HELD_OUT_LAYOUTS),
                        ("held-out before the ninth round",
                         HELD_OUT_LAYOUTS - NINTH_ROUND - TENTH_ROUND - ELEVENTH_ROUND - TWELFTH_ROUND
                         - THIRTEENTH_ROUND - FOURTEENTH_ROUND - FIFTEENTH_ROUND - SIXTEENTH_ROUND
                         - SEVENTEENTH_ROUND - EIGHTEENTH_ROUND - NINETEENTH_ROUND),
                        ("tuned before the tenth round", TUNED_LAYOUTS - TENTH_ROUND - ELEVENTH_ROUND - TWELFTH_ROUND
                         - THIRTEENTH_ROUND - FOURTEENTH_ROUND - FIFTEENTH_ROUND - SIXTEENTH_ROUND
                         - SEVENTEENTH_ROUND - EIGHTEENTH_ROUND),
                        ("tuned before the eleventh round", TUNED_BEFORE_ELEVENTH),
                        ("tenth round", TENTH_ROUND), ("tenth round, tuned", TENTH_ROUND & TUNED_LAYOUTS),
                        ("tenth round, studied three", STUDIED_TENTH),
                        ("eleventh round", ELEVENTH_ROUND), ("eleventh round, tuned", ELEVENTH_ROUND & TUNED_LAYOUTS),
                        ("eleventh round, studied two", STUDIED_ELEVENTH),
                        ("twelfth round, studied four", STUDIED_TWELFTH),
                        ("held out before the twelfth round", HELD_OUT_LAYOUTS - TWELFTH_ROUND - THIRTEENTH_ROUND
                         - FOURTEENTH_ROUND - FIFTEENTH_ROUND - SIXTEENTH_ROUND - SEVENTEENTH_ROUND
                         - EIGHTEENTH_ROUND - NINETEENTH_ROUND),
                        ("thirteenth round, studied four", STUDIED_THIRTEENTH),
                        ("fourteenth round, studied four", STUDIED_FOURTEENTH),
                        ("fifteenth round, studied four", STUDIED_FIFTEENTH),
                        ("sixteenth round, studied four", STUDIED_SIXTEENTH),
                        ("seventeenth round, studied four", STUDIED_SEVENTEENTH),
                        ("eighteenth round, studied four", STUDIED_EIGHTEENTH),
                        ("nineteenth round, held out", NINETEENTH_ROUND_HELD_OUT)):
        out[part] = summary({n: scores[n] for n in names if n in scores})
        print(f"{part}: " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in out[part].items()))
    return out


def test_markdown_layouts_detected(scores):
    """Every page of the tuned layouts is detected as a markdown publication page (the
    held-out ones are reported in the table: a page not detected finds nothing)."""
    assert all(scores[n]["kind"] == 2 for n in TUNED_LAYOUTS), {n: scores[n]["kind"] for n in TUNED_LAYOUTS}


def test_markdown_layouts_scored(scores):
    splits = _report(scores)
    for part, floors in FLOORS.items():
        for field, floor in floors.items():
            assert splits[part][field] >= floor, (part, field, splits[part][field], floor)


def test_every_entry_is_a_record_or_a_reject():
    """Nothing printed is dropped silently on the tuned layouts: each rendered entry gives a
    record or a reject, and the non-publication sections of the pandoc CV (education, talks,
    teaching) give none."""
    cases = _cases()
    for layout in sorted(TUNED_LAYOUTS):
        owner, entries = cases[layout][0]
        _, records, rejects = read_files(layout, owner, entries, 0)
        assert len(records) + len(rejects) == len(entries), (layout, len(records), len(rejects), len(entries))


# Made-up entries in the shapes the markdown reader learnt this round, each read exactly.
NAMES = ["Ann Lee", "Bo Chen", "Cy Roe"]
TITLE = "Spin waves in thin magnetic films"


@pytest.mark.parametrize("block", [
    "**Spin waves in thin magnetic films.** Ann Lee, <u>Bo Chen</u>, and Cy Roe. *Phys. Rev. B*, 2021. [PDF](https://x.org/a.pdf)",
    "**Spin waves in thin magnetic films**, Ann Lee, Bo Chen, and Cy Roe, *Phys. Rev. B* (2021).",
    "Spin waves in thin magnetic films. Ann Lee, Bo Chen, and Cy Roe. Phys. Rev. B 3, 1 (2021).",
    "Ann Lee, Bo Chen, and Cy Roe, *Spin waves in thin magnetic films*, Phys. Rev. B **3**, 1 (2021).",
    "Ann Lee$^*$, **Bo Chen**$^*$, and Cy Roe. Spin waves in thin magnetic films. *Phys. Rev. B*, 2021.",
    "Ann Lee<sup>†</sup>, **Bo Chen**, and Cy Roe (PhD student). Spin waves in thin magnetic films. *Phys. Rev. B*, 2021.",
    "Ann Lee, Bo Chen, & Cy Roe (2021).\nSpin waves in thin magnetic films. *Phys. Rev.\nB*. [Slides](https://x.org/s.pdf)",
    "**Spin waves in thin magnetic films**  \nAnn Lee, *Bo Chen*, Cy Roe  \n*Phys. Rev. B*, 2021  \n[PDF](https://x.org/a.pdf){: .btn}",
    "Spin waves in thin magnetic films<br/> Ann Lee, <b>Bo Chen</b>, Cy Roe<br/> <i>Phys. Rev. B</i> (2021)",
    "2021 - Ann Lee, Bo Chen, and Cy Roe. Spin waves in thin magnetic films. *Phys. Rev. B*.",
    "(2021) Ann Lee, Bo Chen, and Cy Roe. Spin waves in thin magnetic films. *Phys. Rev. B*.",
    "Ann Lee, Bo Chen, and Cy Roe. Spin waves in thin magnetic films. *Phys. Rev. B*, 3(2):1-9, 2021. doi:10.1/x",
    "Ann Lee, ***Bo Chen***, and Cy Roe. Spin waves in thin magnetic films. *Phys. Rev. B*, 2021.",
    "<ul>\n<li>Ann Lee, <b>Bo Chen</b>, and Cy Roe. Spin waves in thin magnetic films. <i>Phys. Rev. B</i>, 2021.</li>",
    # a metadata line: the venue and the year as fields apart, in either order
    "*Spin waves in thin magnetic films*  \nAnn Lee, Bo Chen, Cy Roe  \nPhys. Rev. B · 2021",
    "*Spin waves in thin magnetic films*  \nAnn Lee, Bo Chen, Cy Roe  \n2021 | Phys. Rev. B",
    # an icon first, fields apart by spaced dashes, a year first with a middle dot
    "📄 **Spin waves in thin magnetic films** — Ann Lee, <ins>Bo Chen</ins>, Cy Roe. *Phys. Rev. B 2021*.",
    ":memo: Spin waves in thin magnetic films — Ann Lee, Bo Chen, and Cy Roe — *Phys. Rev. B*, 2021",
    "**2021** · Ann Lee, Bo Chen, and Cy Roe. Spin waves in thin magnetic films. *Phys. Rev. B*.",
    # the title emphasised on its own line over "Names. *Venue*, year." (as "<b>Title</b><br>"
    # is rendered by the HTML reader), with bold or with single stars
    "**Spin waves in thin magnetic films**  \nAnn Lee, Bo Chen, Cy Roe. *Phys. Rev. B*, 2021.",
    "*Spin waves in thin magnetic films*  \nAnn Lee, Bo Chen, Cy Roe. *Phys. Rev. B*, 2021.",
])
def test_entry_shapes_read_exactly(block):
    from extractors.markdown_page import read_block

    got = read_block(block)
    assert got is not None and got[0] is not None, got
    authors, _truncated, title, venue, year, _links = got
    assert (authors, title, venue, year) == (NAMES, TITLE, "Phys. Rev. B", 2021)


@pytest.mark.parametrize("block", [
    "*Phys. Rev. B* (2021): “Spin waves in thin magnetic films”, with Ann Lee and Cy Roe.",
    "Phys. Rev. B 2021 “Spin waves in thin magnetic films”, with Ann Lee and Cy Roe.",
    "*Phys. Rev. B* (2021): “Spin waves in thin magnetic films”.",
])
def test_venue_first_with_the_owner_implied(block):
    """Venue and year first, the title quoted, then "with" the co-authors: the owner is
    implied, and with no "with" the owner wrote it alone (no names, still a record)."""
    from extractors.markdown_page import read_block

    authors, truncated, title, venue, year, _ = read_block(block)
    want = ["Ann Lee", "Cy Roe"] if "with" in block else []
    assert (authors, truncated, title, venue, year) == (want, True, TITLE, "Phys. Rev. B", 2021)


@pytest.mark.parametrize("table", [
    "| Year | Publication |\n|------|-------------|\n"
    "| 2021 | Ann Lee, **Bo Chen**, and Cy Roe. Spin waves in thin magnetic films. *Phys. Rev. B*. |\n"
    "| 2019 | Ann Lee. Magnon transport in ferrites. *J. Appl. Phys.* |\n",
    "| Title | Authors | Venue | Year | |\n|:--|:--|:--|--:|---|\n"
    "| [Spin waves in thin magnetic films](https://x.org/a) | Ann Lee, Bo Chen, and Cy Roe | Phys. Rev. B | 2021 "
    "| [PDF](https://x.org/a.pdf) |\n| Magnon transport in ferrites | Ann Lee | *J. Appl. Phys.* | 2019 | |\n",
    "Year | Authors | Paper | Journal\n--- | --- | --- | ---\n"
    "2021 | Ann Lee, Bo Chen, Cy Roe | Spin waves in thin magnetic films | Phys. Rev. B\n"
    "2019 | Ann Lee | Magnon transport in ferrites | J. Appl. Phys.\n",
    "| # | |\n|---|---|\n| [1] | Ann Lee, Bo Chen, and Cy Roe. Spin waves in thin magnetic films. *Phys. Rev. B*, 2021. |\n"
    "| [2] | Ann Lee. Magnon transport in ferrites. *J. Appl. Phys.*, 2019. |\n",
])
def test_pipe_tables_read_by_their_header(table):
    """A pipe table's rows are entries; the header row says which column holds what (a
    whole citation, or a field each), with or without the outer pipes; a cell holding a
    number label alone ("[1]") is no field."""
    page = "# Publications\n\n" + table + "\n## Talks\n\n- Ann Lee. Spin waves. Invited talk, Oslo, 2022.\n"
    kind, records, rejects = extract_document(make_doc(page.encode(), "publications.md"))
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["venue"], r["year"]) for r in records] == [
        (TITLE, "Phys. Rev. B", 2021), ("Magnon transport in ferrites", "J. Appl. Phys", 2019)]
    assert records[0]["authors"] == NAMES and records[1]["authors"] == ["Ann Lee"]


@pytest.mark.parametrize("block", [
    "**Spin waves in thin magnetic films**. Lee, A., Chen, B., & Roe, C. *Phys. Rev. B*, 2021.",
    "[Spin waves in thin magnetic films](https://x.org/a). Lee, A., **Chen, B.**, & Roe, C. *Phys. Rev. B* (2021).",
    "**Spin waves in thin magnetic films**. Lee A, Chen B, Roe C. *Phys. Rev. B*, 2021.",
])
def test_title_then_initials_names_then_italic_venue(block):
    """After a leading title, the names end where the italic venue begins, also after an
    initial's period ("Roe, C. *Venue*"), which stays with the name."""
    from extractors.markdown_page import read_block

    authors, _, title, venue, year, _ = read_block(block)
    assert (authors, title, venue, year) == (["A. Lee", "B. Chen", "C. Roe"], TITLE, "Phys. Rev. B", 2021)


def test_reference_links_and_shortcodes():
    """"[Title][p1]" with "[p1]: url" at the end is a link (markdown-it reads the
    definitions); Hugo shortcodes print nothing; the definitions are no entries."""
    page = ("+++\ntitle = \"Publications\"\n+++\n\n{{< toc >}}\n\n## Papers\n\n"
            "- Ann Lee, **Bo Chen**, and Cy Roe. [Spin waves in thin magnetic films][p1]. *Phys. Rev. B*, 2021. "
            "{{< icon name=\"pdf\" >}}\n- Ann Lee. [Magnon transport in ferrites][]. *J. Appl. Phys.*, 2019.\n\n"
            "[p1]: https://x.org/a\n[Magnon transport in ferrites]: <https://x.org/b> \"B\"\n")
    kind, records, rejects = extract_document(make_doc(page.encode(), "publications.md"))
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["year"], r["url"]) for r in records] == [
        (TITLE, NAMES, 2021, "https://x.org/a"), ("Magnon transport in ferrites", ["Ann Lee"], 2019, "https://x.org/b")]


def test_definition_terms_that_are_titles():
    """A definition list whose term is the title and whose definitions are the names and the
    venue: one entry per term (a blank line after the term or not); a Service section's
    definitions are no entries."""
    page = ("## Publications\n\nSpin waves in thin magnetic films\n:   Ann Lee, **Bo Chen**, and Cy Roe\n"
            ":   *Phys. Rev. B*, 2021\n\nMagnon transport in ferrites\n\n:   Ann Lee and Bo Chen\n"
            ":   *J. Appl. Phys.*, 2019\n\n## Service\n\nReviewer\n:   Nature Physics\n")
    _, records, rejects = extract_document(make_doc(page.encode(), "cv.md"))
    assert not rejects
    assert [(r["title"], r["authors"], r["venue"], r["year"]) for r in records] == [
        (TITLE, NAMES, "Phys. Rev. B", 2021), ("Magnon transport in ferrites", ["Ann Lee", "Bo Chen"], "J. Appl. Phys", 2019)]


@pytest.mark.parametrize("block", [
    "Lee, A., Chen, B., & Roe, C. Spin waves in thin magnetic films. *Phys. Rev. B*, 2021.",
    "Lee, A., **Chen, B.**, & Roe, C. [Spin waves in thin magnetic films](https://x.org/a). *Phys. Rev. B*, 2021.",
    "Spin waves in thin magnetic films. Lee, A., Chen, B., & Roe, C. Phys. Rev. B, 2021.",
    "Lee A., Chen B., Roe C. Spin waves in thin magnetic films. *Phys. Rev. B*, 2021.",
    "Spin waves in thin magnetic films. Lee A., Chen B., Roe C. Phys. Rev. B, 2021.",
    "**Spin waves in thin magnetic films**  \nLee A., Chen B., Roe C.  \n*Phys. Rev. B*, 2021",
])
def test_surname_first_initials_lists_without_a_year_after_them(block):
    """Names printed surname first with initials ("Lee, A.", "Lee A.") end on an initial's
    period, and the title or venue follows with no year between; the names given first."""
    from extractors.markdown_page import read_block

    authors, _, title, venue, year, _ = read_block(block)
    assert (authors, title, venue, year) == (["A. Lee", "B. Chen", "C. Roe"], TITLE, "Phys. Rev. B", 2021)


def test_a_given_name_and_an_initial_are_no_surname_first_name():
    """"Peter L. Ralph" and "Maren T. Holloway" are printed given name first: the list does
    not end after their initial."""
    from extractors.markdown_page import read_block

    got = read_block("**Spin waves in thin magnetic films.** Bob Week, Peter L. Ralph, and Maren T. Holloway. "
                     "*Evolution*, 2021.")
    assert got[0] == ["Bob Week", "Peter L. Ralph", "Maren T. Holloway"] and got[3] == "Evolution"
    got = read_block("Maren T. Holloway, Ya. Grushka, and S. Torba. Spin waves in thin magnetic films. *Evolution*.", 2021)
    assert got[0] == ["Maren T. Holloway", "Ya. Grushka", "S. Torba"] and got[2] == TITLE


def test_blockquotes_and_parenthesised_labels():
    """A quoted paragraph ("> entry") is an entry like any paragraph; "(12)" before an entry
    is its number (a year in parentheses is not); a title may hold an apostrophe."""
    page = ("# Publications\n\n> Ann Lee, Bo Chen, and Cy Roe. **Spin waves in thin magnetic films**. *Phys. Rev. B*, 2021.\n\n"
            "(2) “Magnons don’t scatter in ferrites,” A. Lee and B. Chen, *J. Appl. Phys.* 3, 101–109 (2019).\n\n"
            "(2018) Ann Lee. Domain walls in thin wires. *Phys. Rev. B*.\n")
    _, records, rejects = extract_document(make_doc(page.encode(), "publications.md"))
    assert not rejects
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        (TITLE, NAMES, 2021), ("Magnons don't scatter in ferrites", ["A. Lee", "B. Chen"], 2019),  # the apostrophe normalised
        ("Domain walls in thin wires", ["Ann Lee"], 2018)]


def test_capitalised_particles_are_given_names_unless_the_list_is_inverted():
    from extractors.author_lists import split_author_list

    assert split_author_list("Di He, Songjun Tu, Keyu Wang, and Shiwei Liu")[0] == [
        "Di He", "Songjun Tu", "Keyu Wang", "Shiwei Liu"]
    assert split_author_list("Van Dijcke, D., Wright, A. L., and Polyak, M.")[0] == [
        "D. Van Dijcke", "A. L. Wright", "M. Polyak"]
    assert split_author_list("van der Berg, Ann, Bo Chen, and Cy Roe")[0] == ["Ann van der Berg", "Bo Chen", "Cy Roe"]


def test_an_html_table_in_a_markdown_page():
    """A raw <table> in a markdown file: each row an entry, a year cell its year; a first row
    of <th> cells is a header."""
    page = ("# Publications\n\n<table>\n<tr><th>Year</th><th>Paper</th></tr>\n"
            "<tr><td>2021</td><td>Ann Lee, <b>Bo Chen</b>, and Cy Roe. Spin waves in thin magnetic films. "
            "<em>Phys. Rev. B</em>.</td></tr>\n<tr><td>2019</td>\n<td>Ann Lee. Magnon transport in ferrites. "
            "<em>J. Appl. Phys.</em></td></tr>\n</table>\n")
    kind, records, rejects = extract_document(make_doc(page.encode(), "publications.md"))
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        (TITLE, NAMES, 2021), ("Magnon transport in ferrites", ["Ann Lee"], 2019)]


def test_a_title_then_its_year_then_the_names():
    from extractors.markdown_page import read_block

    got = read_block("*Vacuum structure and potential* (2007). J.X. Zheng-Johansson and Maren T. Holloway. *Phys. Rev. B*.")
    assert got[:5] == (["J.X. Zheng-Johansson", "Maren T. Holloway"], False, "Vacuum structure and potential",
                       "Phys. Rev. B", 2007)
    got = read_block("2021 [Spin waves in thin magnetic films](https://x.org/a)  \nAnn Lee, Bo Chen, Cy Roe  \n*Phys. Rev. B*")
    assert got[:5] == (NAMES, False, TITLE, "Phys. Rev. B", 2021)


def test_names_then_et_al_then_title():
    from extractors.markdown_page import read_block

    got = read_block("Ann Lee, Bo Chen, Cy Roe, *et al.*, Spin waves in thin magnetic films, *Phys. Rev. B* (2021).")
    assert got[:5] == (NAMES, True, TITLE, "Phys. Rev. B", 2021)


def test_nested_lists_and_notes():
    """A year item over its entries; an entry's sub-items and indented paragraphs are notes."""
    page = ("# Publications\n\n- 2021\n  - Ann Lee and Bo Chen. Spin waves in thin magnetic films. *Phys. Rev. B*.\n"
            "    - [PDF](https://x.org/a.pdf) [Code](https://x.org/c)\n    - Featured in the department newsletter.\n\n"
            "      An indented paragraph about it.\n\n- 2019\n  - Ann Lee. Magnon transport in ferrites. *J. Appl. Phys.*\n")
    _, records, rejects = extract_document(make_doc(page.encode(), "publications.md"))
    assert [(r["title"], r["year"]) for r in records] == [(TITLE, 2021), ("Magnon transport in ferrites", 2019)]
    assert not rejects and records[0]["authors"] == ["Ann Lee", "Bo Chen"]


def test_year_headings_give_the_year_and_other_sections_are_left_out():
    page = ("# Publications\n\n### 2021\n\n- Ann Lee and Bo Chen. Spin waves in thin magnetic films. *Phys. Rev. B*.\n\n"
            "### 2019\n\n- Ann Lee. Magnon transport in ferrites. *J. Appl. Phys.*\n\n"
            "## Talks\n\n- Ann Lee. Spin waves and magnons. Invited talk, Oslo, 2022.\n")
    _, records, rejects = extract_document(make_doc(page.encode(), "publications.md"))
    assert [(r["title"], r["year"]) for r in records] == [(TITLE, 2021), ("Magnon transport in ferrites", 2019)]
    assert not rejects


@pytest.mark.parametrize("authors", ["Lee, Ann and Chen, Bo and Roe, Cy", "Ann Lee, Bo Chen, & Cy Roe",
                                     "Lee, Ann; Chen, Bo; Roe, Cy", "Ann Lee, **Bo Chen**\\*, and Cy Roe"])
def test_front_matter_author_strings(authors):
    """A publication page's ``authors`` string in the citation styles pages use."""
    page = f"---\ntitle: '{TITLE}'\nauthors: '{authors}'\nvenue: 'Phys. Rev. B'\ndate: 2021-03-01\n---\n\nAbout it.\n"
    kind, records, _ = extract_document(make_doc(page.encode(), "2021-spin-waves.md"))
    assert kind == "markdown_front_matter" and records[0]["authors"] == NAMES, records


def test_one_emphasised_name_under_a_bold_title_is_the_names():
    """"**Title**" over "*Ann Lee*" over "*Venue*, 2021" (a single-author paper with the owner
    in italics, as the multi-author entries mark the owner): the italic name is the author
    line, not the venue's line read for names."""
    entries = [("Spin waves in thin magnetic films", "*Ann Lee*"), ("Magnon transport in ferrite films", "*Ann Lee*, Bo Chen"),
               ("Domain walls in thin wires", "*Ann Lee*")]
    text = "# Publications\n\n" + "\n".join(f"- **{t}**  \n  {n}  \n  *Physical Review Letters*, 2021\n" for t, n in entries)
    _, records, rejects = extract_document(make_doc(text.encode("utf-8"), "publications.md"))
    assert not rejects
    assert [(r["title"], r["authors"], r["venue"], r["year"]) for r in records] == [
        (t, ["Ann Lee"] + (["Bo Chen"] if "Bo" in n else []), "Physical Review Letters", 2021) for t, n in entries]


def test_a_fenced_div_is_one_entry():
    """Quarto / pandoc ``::: {.pub}`` divs: the div's paragraphs are one entry's lines; a
    line wholly a link is the title even when its words read like names; "[Bo Chen]{.me}"
    prints its words."""
    div = "::: {{.pub}}\n[{t}](https://x.org/a)\n\nAnn Lee, [Bo Chen]{{.me}}, Cy Roe\n\n*Phys. Rev. B* (2021) · [PDF](https://x.org/a.pdf){{.btn}}\n:::\n"
    page = "---\ntitle: Publications\n---\n\n" + div.format(t=TITLE) + "\n" + div.format(t="Viscosity, Black Holes, and Magnons")
    _, records, rejects = extract_document(make_doc(page.encode(), "publications.qmd"))
    assert not rejects
    assert [(r["title"], r["authors"], r["venue"], r["year"]) for r in records] == [
        (TITLE, NAMES, "Phys. Rev. B", 2021), ("Viscosity, Black Holes, and Magnons", NAMES, "Phys. Rev. B", 2021)]


def test_a_list_that_leaves_its_owner_out_reads_solo_entries():
    """When a page prints its co-authors after "with" ("Title. (With A and B.) Venue"), an
    entry with no names is the owner's alone: a record with no authors, marked truncated."""
    page = ("# Publications\n\n"
            "+ 2024\\. Spin waves in thin magnetic films. (With Ann Lee and Bo Chen.) *Phys. Rev. B* 3: 1-9.\n"
            "+ 2023\\. Magnon transport in ferrites (commentary, with Cy Roe). *J. Appl. Phys.*, 40.\n"
            "+ 2022\\. Domain walls in thin wires. *Phys. Rev. Lett.* 12(2): 5-9. DOI: <https://doi.org/10.1/x-2041-7>\n"
            "+ 2021\\. Spin ice. (With Ann Lee (co-first author), and Cy Roe) *Proceedings of ICM 12*, ed. by Dan Fox and "
            "Eve Gray, 3-9. Boston: Press.\n"
            "+ 2019\\. [Magnons in ferrites](https://x.org/t). PhD dissertation, University of Oslo.\n")
    _, records, rejects = extract_document(make_doc(page.encode(), "publications.md"))
    assert not rejects
    assert [(r["title"], r["authors"], r["authors_truncated"], r["venue"], r["year"]) for r in records] == [
        (TITLE, ["Ann Lee", "Bo Chen"], True, "Phys. Rev. B", 2024),
        ("Magnon transport in ferrites", ["Cy Roe"], True, "J. Appl. Phys", 2023),
        ("Domain walls in thin wires", [], True, "Phys. Rev. Lett", 2022),  # no year read from the DOI
        ("Spin ice", ["Ann Lee", "Cy Roe"], True, "Proceedings of ICM 12", 2021),
        ("Magnons in ferrites", [], True, "University of Oslo", 2019)]


@pytest.mark.parametrize("names, want", [
    ("Lee, A., **B.C. Chen**, and C. Roe.", ["A. Lee", "B.C. Chen", "C. Roe"]),  # Chicago: the first inverted
    ("Lee, A.B., Chen, B., **Roe, C.**, and Fox, D.E.", ["A.B. Lee", "B. Chen", "C. Roe", "D.E. Fox"]),  # all inverted
    ("Lee, A.B. **B.C. Chen**, C. Roe.", ["A.B. Lee", "B.C. Chen", "C. Roe"]),  # the bold name starts a person
    ("Lee A., P.A. Chen, **C. Roe**.", ["A. Lee", "P.A. Chen", "C. Roe"]),
    ("Lee, A., B. Chen, ... (12 co-authors), C. Roe.", ["A. Lee", "B. Chen", "C. Roe"]),
])
def test_initials_kept_as_printed(names, want):
    from extractors.markdown_page import read_block

    got = read_block(f"{names} Spin waves in thin magnetic films. Fisheries Research. 277: 107063. "
                     "<https://doi.org/10.1016/j.fish.2041.1>.", 2024)
    assert got[:5] == (want, "co-authors" in names, TITLE, "Fisheries Research", 2024), got


def test_prose_among_entries_is_neither_a_record_nor_a_reject():
    """A paragraph of prose (no digit, most words in lower case) is no entry; an unreadable
    entry still gives a reject."""
    page = ("# Publications\n\nPlease email me if a paper is not available for download.\n\n"
            "- Ann Lee and Bo Chen. Spin waves in thin magnetic films. *Phys. Rev. B*, 2021.\n"
            "- Ann Lee, Bo Chen, 2020, 3-9\n")
    _, records, rejects = extract_document(make_doc(page.encode(), "publications.md"))
    assert [r["title"] for r in records] == [TITLE]
    assert [x["excerpt"] for x in rejects] == ["Ann Lee, Bo Chen, 2020, 3-9"]


@pytest.mark.parametrize("heading, is_pubs", [
    ("Selected invited conference presentations", False), ("Working groups and workshops", False),
    ("Technical reports", True), ("Workshop papers", True), ("Conference papers", True), ("Invited talks", False)])
def test_sections_named_for_events_are_not_publications(heading, is_pubs):
    from extractors.markdown_page import _is_pub_heading

    assert _is_pub_heading(heading) is is_pubs


def test_a_mark_after_an_inverted_surname_is_no_part_of_it():
    from extractors.markdown_page import read_block

    got = read_block(r"Lee\*, A., B. Chen\*, and **C. Roe**. Spin waves in thin magnetic films. *Phys. Rev. B*, 2021.")
    assert got[:5] == (["A. Lee", "B. Chen", "C. Roe"], False, TITLE, "Phys. Rev. B", 2021)


@pytest.mark.parametrize("block, names", [
    # the astronomy journals' style with the title: the year after the names, commas between fields
    ('**Lee, A.**, Chen, B., & Roe, C. 2021, "Spin waves in thin magnetic films", Phys. Rev. B, 912, 34',
     ["A. Lee", "B. Chen", "C. Roe"]),
    ("Lee, A., Chen, B., Roe, C. 2021, Spin waves in thin magnetic films, Phys. Rev. B, 912, L34",
     ["A. Lee", "B. Chen", "C. Roe"]),
    # an italic title first, then the names apart by commas up to the venue
    ("*Spin waves in thin magnetic films*, Ann Lee, Bo Chen and Cy Roe, Phys. Rev. B, 2021", NAMES),
])
def test_comma_separated_fields(block, names):
    from extractors.markdown_page import read_block

    assert read_block(block)[:5] == (names, False, TITLE, "Phys. Rev. B", 2021)


@pytest.mark.parametrize("block, names, truncated", [
    ("**Spin waves in thin magnetic films**, with Bo Chen and Cy Roe. *Phys. Rev. B*, 2021.", NAMES[1:], True),
    ("[Spin waves in thin magnetic films](https://x.org/p.pdf), with Bo Chen and Cy Roe, *Phys. Rev. B* (2021)",
     NAMES[1:], True),
    ("Spin waves in thin magnetic films (with Bo Chen and Cy Roe). Forthcoming, *Phys. Rev. B*, 2021.", NAMES[1:], True),
    ("[Phys. Rev. B 2021] Spin waves in thin magnetic films. Ann Lee, Bo Chen, Cy Roe.", NAMES, False),
    ("Ann Lee, Bo Chen, Cy Roe. Spin waves in thin magnetic films. In *Phys. Rev. B*, pages 1–9, 2021.", NAMES, False),
])
def test_coauthors_after_with_venue_tags_and_status_words(block, names, truncated):
    from extractors.markdown_page import read_block

    assert read_block(block)[:5] == (names, truncated, TITLE, "Phys. Rev. B", 2021)


PAGE_SHAPES = {
    "a heading is each entry's title": "# Publications\n\n### Spin waves in thin magnetic films\n"
    "Ann Lee, Bo Chen, Cy Roe  \n*Phys. Rev. B*, 2021  \n[PDF](https://x.org/a.pdf)\n\n"
    "#### [Magnon transport in ferrite films](https://x.org/b)\n\nAnn Lee and Bo Chen. *J. Appl. Phys.*, 2019.\n",
    "academicpages' recommended citation": "# Publications\n\n**Spin waves in thin magnetic films**  \n"
    "Published in *Phys. Rev. B*, 2021  \nRecommended citation: Lee, A., Chen, B., & Roe, C. (2021). "
    "\"Spin waves in thin magnetic films.\" *Phys. Rev. B*. 3(2).\n\n**Magnon transport in ferrite films**  \n"
    "Published in *J. Appl. Phys.*, 2019  \nRecommended citation: Lee, A., & Chen, B. (2019). "
    "\"Magnon transport in ferrite films.\" *J. Appl. Phys.*\n",
    "refereed, astronomy style, title last": "## Refereed Publications\n\n1. **Lee, A.**, Chen, B., & Roe, C. 2021, "
    "Phys. Rev. B, 912, 34, \"Spin waves in thin magnetic films\" [[ADS](https://x.org/x)]\n2. Lee, A., "
    "Chen, B. 2019, J. Appl. Phys., 500, 12, \"Magnon transport in ferrite films\" [[arXiv](https://x.org/y)]\n",
}


@pytest.mark.parametrize("shape", sorted(PAGE_SHAPES))
def test_page_shapes(shape):
    _, records, rejects = extract_document(make_doc(PAGE_SHAPES[shape].encode(), "publications.md"))
    assert not rejects
    assert [(r["title"], r["venue"], r["year"]) for r in records] == [
        (TITLE, "Phys. Rev. B", 2021), ("Magnon transport in ferrite films", "J. Appl. Phys", 2019)]
    assert [len(r["authors"]) for r in records] == [3, 2]


@pytest.mark.parametrize("block, names", [
    ('[arXiv:2101.00001] **Lee, A.**, Chen, B., Roe, C. 2021, "Spin waves in thin magnetic films", Phys. Rev. B, 950, 1',
     ["A. Lee", "B. Chen", "C. Roe"]),
    ("Chen, B., Roe, C., et al. (incl. **Lee, A.**) 2021, Spin waves in thin magnetic films, Phys. Rev. B, 950, 1",
     ["B. Chen", "C. Roe"]),
    ("A. Lee, B. Chen, C. Roe, Spin waves in thin magnetic films, Phys. Rev. B, 950, 1, 2021", ["A. Lee", "B. Chen", "C. Roe"]),
    ("<b>A. Lee</b>, B. Chen & C. Roe, <i>Spin waves in thin magnetic films</i>, Phys. Rev. B 950, 1 (2021)",
     ["A. Lee", "B. Chen", "C. Roe"]),
])
def test_astronomy_page_shapes(block, names):
    from extractors.markdown_page import read_block

    assert read_block(block)[:5] == (names, "incl." in block, TITLE, "Phys. Rev. B", 2021)


_E1 = "Ann Lee, **Bo Chen**, and Cy Roe. Spin waves in thin magnetic films. *Phys. Rev. B*, 2021."
_E2 = "Ann Lee and **Bo Chen**. Magnon transport in ferrite films. *J. Appl. Phys.*, 2019."
MORE_PAGE_SHAPES = {
    "a thumbnail before each entry": f"# Publications\n\n![thumb](/images/a.png)\n{_E1}\n\n![thumb](/images/b.png)\n{_E2}\n",
    "entries apart by double breaks": f"## Publications\n\n{_E1}<br><br>\n{_E2}<br><br>\n",
    "an HTML heading and list": "<h2>Publications</h2>\n<ol>\n<li>" + _E1.replace("**", "") + "</li>\n<li>"
    + _E2.replace("**", "") + "</li>\n</ol>\n",
    "a table of titles and authors, no heading": "| Year | Title | Authors | Venue |\n|---|---|---|---|\n"
    "| 2021 | Spin waves in thin magnetic films | Ann Lee, Bo Chen, Cy Roe | *Phys. Rev. B* |\n"
    "| 2019 | Magnon transport in ferrite films | Ann Lee, Bo Chen | *J. Appl. Phys.* |\n",
}


@pytest.mark.parametrize("shape", sorted(MORE_PAGE_SHAPES))
def test_more_page_shapes(shape):
    kind, records, rejects = extract_document(make_doc(MORE_PAGE_SHAPES[shape].encode(), "publications.md"))
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["venue"], r["year"]) for r in records] == [
        (TITLE, NAMES, "Phys. Rev. B", 2021), ("Magnon transport in ferrite films", NAMES[:2], "J. Appl. Phys", 2019)]


@pytest.mark.parametrize("joiner", ["  \n", "<br>\n", "<br/>2. "])
def test_two_whole_entries_on_the_lines_of_one_paragraph(joiner):
    """The accounting rule: a paragraph whose broken lines are each a whole entry gives one
    record per line (read as one block, the second entry was lost in the first's record);
    an entry whose venue line prints the year again stays one entry."""
    page = ("# Publications\n\n1. Ann Lee and Bo Chen (2001). Spin waves in thin magnetic films. *Phys. Rev. B* 12, 3."
            + joiner + "Bo Chen and Cy Roe (2002). Magnon transport in ferrite films. *J. Appl. Phys.* 9, 4.\n\n"
            "Cy Roe, Ann Lee and Bo Chen (2003). Domain walls in thin wires.  \n*Journal of Applied Physics* 12, 345-350 (2003)\n")
    _, records, rejects = extract_document(make_doc(page.encode(), "publications.md"))
    assert not rejects
    assert [(r["title"], r["year"]) for r in records] == [
        ("Spin waves in thin magnetic films", 2001), ("Magnon transport in ferrite films", 2002),
        ("Domain walls in thin wires", 2003)]


@pytest.mark.parametrize("block", [
    # a names line closed by the year in brackets after a period
    "Ann Lee, Bo Chen. (2017)  \nSpin waves in thin films  \n*Phys. Rev. B* 12, 3",
    # fields apart by spaced hyphens typed for dashes, names first or title first
    "Ann Lee, Bo Chen - Spin waves in thin films - Phys. Rev. B 12, 3 (2017)",
    "Ann Lee and Bo Chen - Spin waves in thin films. Phys. Rev. B 12, 3 (2017)",
    "Spin waves in thin films - Ann Lee, Bo Chen - Phys. Rev. B, 2017",
])
def test_names_closed_by_a_bracketed_year_and_spaced_hyphen_fields(block):
    from extractors.markdown_page import read_block

    assert read_block(block)[:5] == (["Ann Lee", "Bo Chen"], False, "Spin waves in thin films", "Phys. Rev. B", 2017)


@pytest.mark.parametrize("block", [
    "Ann Lee  \n*Spin waves in thin films*  \nNonlinear and Stochastic Magnetism, Eds. C. Roe and D.E. Fox, "
    "Cambridge University Press, pp.276-317, 2017.",
    "Ann Lee and Bo Chen (2017). Spin waves in thin films. In: C. Roe and D. Fox (eds.) Nonlinear and Stochastic "
    "Magnetism, pp. 3-9. Springer.",
])
def test_book_chapter_venue_is_the_book_not_its_editors(block):
    """A chapter's venue is the book's title, with its editors before or after it; a title
    whose words read as names ("Nonlinear and Stochastic ...") is still the book's."""
    from extractors.markdown_page import read_block

    got = read_block(block)
    assert (got[2], got[3], got[4]) == ("Spin waves in thin films", "Nonlinear and Stochastic Magnetism", 2017)


@pytest.mark.parametrize("block, want", [
    # a title shaped like a list of names, its words abstract nouns: the names are the others
    ("Ann Lee, **Bo Chen**, and Cy Roe (2021). [Stability, Entailment, and Dependency Graphs](https://x.org/a). "
     "*Phys. Rev. B*.", (NAMES, "Stability, Entailment, and Dependency Graphs")),
    ("**Ann Lee**. Licensing, Strawson Entailment, and Context Dependency. *Phys. Rev. B*, 2021.",
     (["Ann Lee"], "Licensing, Strawson Entailment, and Context Dependency")),
])
def test_a_title_shaped_like_names_is_the_title(block, want):
    """Words made with an abstract-noun suffix ("-ity", "-ment", "-ency") belong to titles,
    not to people's names, so of two comma lists the one holding them is the title."""
    from extractors.markdown_page import read_block

    authors, _, title, venue, year, _ = read_block(block)
    assert (authors, title, venue, year) == (*want, "Phys. Rev. B", 2021)


@pytest.mark.parametrize("word, noun", [("Viscosity", True), ("Entailment", True), ("Dependency", True),
                                        ("Aboutness", True), ("Cosmology", True), ("Restriction", True),
                                        ("Felicity", False), ("Clement", False), ("Manning", False),
                                        ("Florence", False), ("Guinness", False), ("Sion", False)])
def test_abstract_nouns_by_suffix(word, noun):
    from extractors.author_lists import abstract_noun

    assert abstract_noun(word) is noun


@pytest.mark.parametrize("block, venue", [
    ("*Albanian J. Math* (2021): “Spin waves in thin magnetic films”.", "Albanian J. Math"),
    ("*ProQuest LLC, Ann Arbor, MI* (2021): “Spin waves in thin magnetic films”.", "ProQuest LLC, Ann Arbor, MI"),
])
def test_an_italic_venue_first_is_never_the_names(block, venue):
    """"*Venue* (2021): “Title”": the italic span before the year is the venue whatever its
    words or commas (a journal abbreviation reads as a name by its words alone)."""
    from extractors.markdown_page import read_block

    authors, truncated, title, got, year, _ = read_block(block)
    assert (authors, truncated, title, got, year) == ([], True, TITLE, venue, 2021)


def test_a_wrapped_reference_whose_names_run_into_the_title():
    """A reference typed wrapped at a width whose last name ends a line with no period
    before the title (pandoc CVs): the line break is where the names end."""
    from extractors.markdown_page import read_block

    block = ("Lee, A.B., B. Chen, **C. Roe**, D. Park, E.\n     Kim, F. Moss, G. O'Hara\n"
             "     Spin waves in thin magnetic films and their\n     damping at low temperature.\n"
             "     Phys. Rev. B. 3:101.\n")
    authors, _, title, venue, year, _ = read_block(block, 2021)
    assert authors == ["A.B. Lee", "B. Chen", "C. Roe", "D. Park", "E. Kim", "F. Moss", "G. O'Hara"]
    assert (title, venue, year) == ("Spin waves in thin magnetic films and their damping at low temperature",
                                    "Phys. Rev. B", 2021)


def test_names_in_italics_before_a_year_are_names():
    """A linked author list rendered in italics before the year and a quoted title is not a
    venue-first entry."""
    from extractors.markdown_page import read_block

    got = read_block('[*Ann Lee, Bo Chen, Cy Roe*](https://x.org/a)  *2021*  \n"Spin waves in thin magnetic films"')
    assert got[0] == NAMES and got[2] == TITLE


def test_a_reading_never_cuts_through_a_bold_name():
    """"**Maren T. Holloway**, ..." is not the Vancouver name "Maren T." and a title opening
    "Holloway, ...": with the names unreadable (a group with a lower-case "the"), the entry
    is a reject with its reason, never a record with a wrong title."""
    from extractors.markdown_page import read_block

    got = read_block("<b>Maren T. Holloway</b>, Kenji Hamaguchi, the Suzaku team, and the D-1 team. "
                     "Spin waves in thin magnetic films. <em>arXiv:0704.0346</em>.")
    assert got[0] is None or got[2] == TITLE, got
    assert read_block("**Holloway, M. T.**, & Chen, B. (2021). The spin waves. *Phys. Rev. B*.")[2] == "The spin waves"


def test_code_spans_print_their_text():
    """A markdown code span in a title ("`geko`", a software name) prints its text: the
    backticks are markup, in a page's entries and in front matter alike."""
    from extractors.markdown_front_matter import plain
    from extractors.markdown_page import read_block

    got = read_block("Ann Lee, Bo Chen, and Cy Roe. Spin waves in `thin` magnetic films. *Phys. Rev. B*, 2021.")
    assert got[2] == TITLE
    assert plain("Spin waves in ``thin`` magnetic films") == TITLE


@pytest.mark.parametrize("block, title", [
    ("Ann Lee. 2021. Whatever. *Phys. Rev. B* 3. 101–109.", "Whatever"),
    ("Ann Lee. 2021. Enough! In Bo Chen & Cy Roe (eds.), *Phys. Rev. B*, 101–109.", "Enough!"),
    ("Ann Lee (2021). Whatever. *Phys. Rev. B*.", "Whatever"),
])
def test_a_one_word_title_between_the_year_and_a_sentence_end(block, title):
    """Author-year citations (the linguists' unified style) set the title apart between the
    year and a sentence end, so one word there is the title."""
    from extractors.markdown_page import read_block

    authors, _, got, venue, year, _ = read_block(block)
    assert (authors, got, venue, year) == (["Ann Lee"], title, "Phys. Rev. B", 2021)


def test_one_word_alone_elsewhere_is_no_title():
    """Not after the year, one word is no title: the entry is a reject with its reason."""
    from extractors.markdown_page import read_block

    got = read_block("Ann Lee. Whatever. *Phys. Rev. B*, 2021.")
    assert got[0] is None and "not a publication entry" in got[1]


def test_names_run_into_a_quoted_title_are_not_the_title():
    """'B Lee, PW Chen, "Title" [presented at ...]': a reading whose title opens with two
    names or more before the quoted span loses to the one that takes all the names."""
    from extractors.markdown_page import read_block

    authors, _, title, _venue, year, _ = read_block(
        'B Lee, PW Chen, SF Roe, "Spin waves in thin magnetic films" [presented at\nthe Physics Research '
        'Conference 2014, Boston,\nMA](http://dx.doi.org/10.1/x) DOI:\n10.1/x')
    assert (len(authors), title, year) == (3, TITLE, 2014)


# --------------------------------------------------------------------------- the token readers (wt-md3)


def test_inline_markup_is_read_as_spans_by_the_parser():
    """Emphasis nested either way, HTML tags, escapes and entities come out of markdown-it's
    inline tokens as spans and printed text, never as characters left in a line."""
    from extractors.markdown_inline import read_inline, without_link_marks

    got = read_inline("_Title of it_ — Ann Lee, ***Bo Chen***, Cy\\*. _**Phys. Rev. B**_ &amp; more, 2021.")
    assert [without_link_marks(ln) for ln in got.lines] == ["Title of it — Ann Lee, Bo Chen, Cy*. Phys. Rev. B & more, 2021."]
    assert set(got.italics) == {"Title of it", "Bo Chen", "Phys. Rev. B"} and set(got.bolds) == {"Bo Chen", "Phys. Rev. B"}
    got = read_inline('<a href="https://x.org/t">Title</a>. Ann Lee<sup>1,2</sup>, <strong>Bo Chen</strong>.<br>'
                      "<em>Venue</em> <https://doi.org/10.1/x>")
    assert [without_link_marks(ln).strip() for ln in got.lines] == ["Title. Ann Lee, Bo Chen.", "Venue"]
    assert got.links == ("https://x.org/t", "https://doi.org/10.1/x") and got.bolds == ("Bo Chen",)
    assert got.italics == ("Venue",)


def test_a_line_wholly_one_span_sets_the_fields_line_by_line():
    """"**Title**" alone on its line, then the names and the venue on lines of their own with
    no hard break: each line is a field; a names line ending in a comma goes on."""
    from extractors.markdown_inline import read_inline

    got = read_inline("**Spin waves in thin magnetic films**\nAnn Lee, Bo Chen,\nCy Roe\n*Phys. Rev. B*, 2021")
    assert got.lines == ("Spin waves in thin magnetic films", "Ann Lee, Bo Chen, Cy Roe", "Phys. Rev. B, 2021")
    assert read_inline("Ann Lee and Bo Chen. Spin waves in thin\nmagnetic films. *Phys. Rev. B*").lines == (
        "Ann Lee and Bo Chen. Spin waves in thin magnetic films. Phys. Rev. B",)  # a soft wrap stays a space


def test_an_italic_term_in_parentheses_is_no_field():
    """A species or a foreign word in italics inside a title's sentence is not the title."""
    from extractors.markdown_page import read_block

    got = read_block("Lee, A.B., **B. Chen**, and C. Roe.\nBeyond a mismatch: modelling of\n"
                     "striped shrimp (*Pandalus borealis*) density in cold waters.\nFisheries Research. 270: 106898.", 2024)
    assert got[0] == ["A.B. Lee", "B. Chen", "C. Roe"]
    assert got[2] == "Beyond a mismatch: modelling of striped shrimp (Pandalus borealis) density in cold waters"


TOKEN_PAGE = """Publications
============

### 2021

Ann Lee, **Bo Chen**, and Cy Roe. “Spin waves in thin magnetic films”. *Physical Review B*.

- Ann Lee and **Bo Chen** (2020). Quantum dots and their friends. *Nature Physics*.

  <details>
  <summary>Abstract</summary>

  We study a question raised in earlier work and find an answer.

  </details>

- Ann Lee and **Bo Chen** (2019). Magnets in the kitchen sink. *Nature Physics*.
    - [PDF](https://x.org/a.pdf) [Code](https://github.com/x/y)
    - Press: covered in the news pages of the university.
        - Slides on request.

> - Ann Lee, <u>Bo Chen</u> (2018). Magnets in the garden shed. *Nature Physics*.

1) **Magnets in the cellar**
   Ann Lee, *Bo Chen*
   *Nature Physics*, 2017

**Preprints**
2. Ann Lee and Bo Chen (2014). A preprint on magnets. *arXiv:1401.0001*.
3. Ann Lee and Bo Chen (2013). Another preprint on magnets. *arXiv:1301.0001*.

Talks
-----

Invited seminar, Institute for Theoretical Studies, Zurich, 2024.
"""


def test_page_blocks_come_from_the_syntax_tree():
    """Setext headings open and close sections, "### 2021" gives its year, a list item is an
    entry whose notes keep only their link buttons, a <details> block is no entry, a list in
    a blockquote is read, a "1)" item over several lines is one entry, a bold paragraph over
    "2." lines is a heading over one entry per label; the Talks section gives nothing."""
    from extractors.markdown_page import page_blocks

    blocks = [b for section in page_blocks(TOKEN_PAGE, whole=False) for b in section]
    assert [y for _, y in blocks] == [2021] * 7
    assert [b.split("\n")[0][:22] for b, _ in blocks] == [
        "Ann Lee, **Bo Chen**, ", "Ann Lee and **Bo Chen*", "Ann Lee and **Bo Chen*", "Ann Lee, <u>Bo Chen</u",
        "**Magnets in the cella", "Ann Lee and Bo Chen (2", "Ann Lee and Bo Chen (2"]
    assert blocks[2][0].endswith("  \n[PDF](https://x.org/a.pdf) [Code](https://github.com/x/y)")
    assert not any("question raised" in b or "Press:" in b or "Zurich" in b for b, _ in blocks)


def test_a_token_page_reads_every_entry_with_no_markup_left():
    _, records, rejects = extract_document(make_doc(("---\ntitle: Publications\n---\n\n" + TOKEN_PAGE.replace(
        "Publications\n============\n\n", "")).encode(), "publications.md"))
    assert not rejects
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        ("Spin waves in thin magnetic films", ["Ann Lee", "Bo Chen", "Cy Roe"], 2021),
        ("Quantum dots and their friends", ["Ann Lee", "Bo Chen"], 2020),
        ("Magnets in the kitchen sink", ["Ann Lee", "Bo Chen"], 2019),
        ("Magnets in the garden shed", ["Ann Lee", "Bo Chen"], 2018),
        ("Magnets in the cellar", ["Ann Lee", "Bo Chen"], 2017),
        ("A preprint on magnets", ["Ann Lee", "Bo Chen"], 2014),
        ("Another preprint on magnets", ["Ann Lee", "Bo Chen"], 2013)]
    for r in records:
        for value in [r["title"], r["venue"] or "", *r["authors"]]:
            assert not re.search(r"[*_<>`]|\]\(|\[", value), value


def test_a_year_as_a_list_marker_is_the_entrys_year():
    """"2021. Ann Lee ..." parses as an ordered list item numbered 2021: the number is the
    entry's year, not a count."""
    from extractors.markdown_page import page_blocks

    blocks = page_blocks("# Publications\n\n2021. Ann Lee and Bo Chen. Spin waves. *PRB*.\n", whole=False)
    assert blocks == [[("2021. Ann Lee and Bo Chen. Spin waves. *PRB*.", 2021)]]


# Markup a field must never keep: bold or underscore-italic marks, a link's "](", HTML tags the
# pages write, the token reader's link marks, a list marker or a quote's ">" before the text.
MARKUP_LEFT = re.compile(r"\*\*|(?<!\w)_[^_\s][^_]*_(?!\w)|\]\(|</?(?:a|b|i|em|strong|sup|u|ins|span|br|details|summary)\b"
                         r"[^>]*>|[\x01\x02]|^\s*[-*+]\s|^\s*>\s")


def test_no_markup_is_left_in_any_field():
    """Every title, venue and name read from the tuned layouts' pages is printed text: the
    markup is read as structure (unless the metadata itself holds such characters)."""
    cases = _cases()
    for layout in sorted(TUNED_LAYOUTS):
        owner, entries = cases[layout][0]
        _, records, _ = read_files(layout, owner, entries, 0)
        printed = {v for row in markdown_layouts.expected(entries, layout) for v in [row["title"], row["venue"], *row["authors"]]}
        left = [v for r in records for v in [r["title"], r["venue"] or "", *r["authors"]]
                if MARKUP_LEFT.search(v) and v not in printed]
        assert not left, (layout, left[:3])


# --------------------------------------------------------------------------- forms CommonMark does not define (wt-md4)

STRUCTURE_PAGE = """# Publications

2021
:   Ann Lee, **Bo Chen**. Spin waves in thin magnetic
    films. Phys. Rev. B. 3: 101--109.

:   Ann Lee. Magnon transport in ferrite films. J. Appl. Phys.

Quantum dots and their friends
:   Ann Lee and Bo Chen
:   *Nature Physics*, 2019

::: {#refs .references .csl-bib-body}
::: {#ref-lee2018 .csl-entry}
Lee, Ann, and Bo Chen. 2018. "Magnets in the garden shed." *Nature
Physics* 3 (2): 1--9.
:::

::: {#ref-lee2017 .csl-entry}
Lee, Ann. 2017. "Magnets in the cellar." *Nature Physics*.
:::
:::

| Year | Title | Authors | Venue |
|:----:|-------|---------|-------|
| 2016 | A first table entry | Ann Lee, Bo Chen | *Phys. Rev. B* |
|      | A second table entry | Ann Lee | Phys. Rev. B |

<ol>
  <li>
    <a href="https://x.org/a">An HTML list entry on magnets</a><br>
    Ann Lee, <b>Bo Chen</b><br>
    <em>Phys. Rev. B</em>, 2014
  </li>

  <li>Ann Lee. Another HTML entry. <i>Phys. Rev. B</i>, 2013.</li>
</ol>

<table>
  <tr><th>Year</th><th>Publication</th></tr>
  <tr><td>2012</td><td>Ann Lee. An HTML table entry. <i>Phys. Rev. B</i>.</td></tr>
</table>

# Talks

2022
:   Invited seminar, Institute for Theoretical Studies, Zurich.
"""


def test_definition_lists_divs_tables_and_html_come_from_the_syntax_tree():
    """A year term gives its year to each definition under it, each an entry; a title term
    and its definitions are one entry, a line each; a div of divs (pandoc's citeproc output,
    its fences all three colons) gives one entry per div of paragraphs; a table row with an
    empty year cell has the year above it; HTML items split by a blank line and HTML table
    rows under a <th> header are entries; a definition list under Talks gives none."""
    from extractors.markdown_page import page_blocks

    blocks = [b for section in page_blocks(STRUCTURE_PAGE, whole=False) for b in section]
    assert [y for _, y in blocks] == [2021, 2021, 2021, 2021, 2021, 2016, 2016, 2021, 2021, 2012]
    assert blocks[2][0] == "Quantum dots and their friends  \nAnn Lee and Bo Chen  \n*Nature Physics*, 2019"
    assert blocks[3][0].startswith("Lee, Ann, and Bo Chen. 2018.") and "\n" not in blocks[3][0]
    assert blocks[6][0] == "**A second table entry**  \nAnn Lee  \n*Phys. Rev. B*"
    assert not any(":::" in b or "Zurich" in b or "<li" in b for b, _ in blocks)


def test_a_structure_page_reads_every_entry():
    _, records, rejects = extract_document(make_doc(STRUCTURE_PAGE.encode(), "publications.md"))
    assert not rejects
    assert [(r["title"], r["year"]) for r in records] == [
        ("Spin waves in thin magnetic films", 2021), ("Magnon transport in ferrite films", 2021),
        ("Quantum dots and their friends", 2019), ("Magnets in the garden shed", 2018),
        ("Magnets in the cellar", 2017), ("A first table entry", 2016), ("A second table entry", 2016),
        ("An HTML list entry on magnets", 2014), ("Another HTML entry", 2013), ("An HTML table entry", 2012)]
    assert records[0]["authors"] == ["Ann Lee", "Bo Chen"] and records[7]["authors"] == ["Ann Lee", "Bo Chen"]
    for r in records:
        for value in [r["title"], r["venue"] or "", *r["authors"]]:
            assert not MARKUP_LEFT.search(value) and ":::" not in value, value


TABSET_PAGE = """---
title: Research
---

:::: {.panel-tabset}

## Journal articles

::: {.csl-entry}
Lee, Ann, and Bo Chen. 2021. "Spin waves in thin magnetic films." *Phys. Rev. B* 3: 1--9.
:::

2019
~   Ann Lee. Magnon transport in ferrite films. *J. Appl. Phys.*

<p>Ann Lee and <b>Bo Chen</b>. Magnets in the garden shed. <i>Nature Physics</i>, 2018.</p>

## Talks

- Invited seminar, Institute for Theoretical Studies, Zurich, 2024.

::::
"""


def test_headings_inside_a_div_divide_the_page():
    """A div that is no entry (a Quarto tabset) is read through: its headings open and
    close sections like the page's own; a div of one paragraph inside it is one entry, a
    "~" definition under a year term is one, and so is an HTML paragraph; the Talks tab
    gives none."""
    from extractors.markdown_page import page_blocks

    blocks = [b for section in page_blocks(TABSET_PAGE.split("---\n", 2)[2], whole=False) for b in section]
    assert [(b[:12], y) for b, y in blocks] == [("Lee, Ann, an", None), ("Ann Lee. Mag", 2019), ("Ann Lee and ", 2019)]
    _, records, rejects = extract_document(make_doc(TABSET_PAGE.encode(), "research.md"))
    assert not rejects and [(r["title"], r["year"]) for r in records] == [
        (TITLE, 2021), ("Magnon transport in ferrite films", 2019), ("Magnets in the garden shed", 2018)]


SHORTCODE_TABS_PAGE = """+++
title = "Research"
+++

{{< tabs >}}
{{% tab "Publications" %}}
{{< details title="2021" open=true >}}
- Ann Lee and **Bo Chen**. Spin waves in thin magnetic films. *Phys. Rev. B*. {{< icon name="file-pdf" >}}
{{< /details >}}
{{< details title="2019" >}}
- Ann Lee. Magnon transport in ferrite films. *J. Appl. Phys.*
{{< /details >}}
{{% /tab %}}
{{% tab "Talks" %}}
- Ann Lee. Magnets in the garden shed. Invited seminar, Oslo, 2022.
{{% /tab %}}
{{< /tabs >}}
"""


def test_a_wrapping_shortcodes_label_is_a_heading():
    """Hugo shortcodes print nothing, but one that wraps a part of the page and names it
    ("{{% tab "Talks" %}}", "{{< details title="2021" >}}") heads that part: the tab of
    papers is a publications section, a details block named by a year gives its year, nested
    inside the tab, and the tab of talks gives no entry. A shortcode with no closing one
    ("{{< icon ... >}}") is only removed."""
    from extractors.markdown_links import without_shortcodes

    assert without_shortcodes('{{< figure title="Spin waves" >}}\nText.') == "\nText."
    kind, records, rejects = extract_document(make_doc(SHORTCODE_TABS_PAGE.encode(), "research.md"))
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        (TITLE, NAMES[:2], 2021), ("Magnon transport in ferrite films", ["Ann Lee"], 2019)]


# --------------------------------------------------------------------------- the eleventh round's tools (wt-md11)

MDX_PAGE = """---
title: Research
---

import Paper from '@site/src/components/Paper';

# Research

{/* newest first */}

## Journal articles

<Paper title="Spin waves in thin magnetic films" authors="Ann Lee, Bo Chen, Cy Roe" venue="Phys. Rev. B" year={2021} pdf="https://x.org/a.pdf" />

<Paper
  title="Magnon transport in ferrites &amp; garnets"
  authors={["Ann Lee", "Bo Chen"]}
  venue="J. Appl. Phys."
  year="2019"
/>

<Figure src="/img/setup.png" caption="The setup" />

## Talks

<Paper title="Invited seminar on spin waves" authors="Ann Lee" venue="Institute for Theoretical Studies, Zurich" year="2022" />
"""


def test_mdx_components_with_paper_props_are_entries():
    """A capitalised self-closing JSX element whose props name a title and the authors is an
    entry (authors as a string or a JSX array, props on one line or several, HTML entities
    read); a component that names no paper is no entry, and the Talks section gives none."""
    from extractors.markdown_dialects import component_props, jsx_components

    assert component_props('title="A &amp; B" authors={["Ann Lee", "Bo Chen"]} year={2021} n={x + 1}') == {
        "title": "A & B", "authors": ["Ann Lee", "Bo Chen"], "year": "2021"}  # a computed prop left out
    assert jsx_components('<Figure src="/a.png" caption="Spin waves" />') == '<Figure src="/a.png" caption="Spin waves" />'
    kind, records, rejects = extract_document(make_doc(MDX_PAGE.encode(), "research.mdx"))
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["venue"], r["year"], r["url"]) for r in records] == [
        (TITLE, NAMES, "Phys. Rev. B", 2021, "https://x.org/a.pdf"),
        ("Magnon transport in ferrites & garnets", NAMES[:2], "J. Appl. Phys", 2019, None)]


MKDOCS_PAGE = """---
title: Research
---

# Research

!!! info "About this list"

    Names in bold are members of the group.

=== "Journal articles"

    - Ann Lee, **Bo Chen**, and Cy Roe. Spin waves in thin magnetic films. *Phys. Rev. B*, 2021. [PDF](https://x.org/a.pdf){ .md-button }

        Selected for an oral presentation.

    - Ann Lee & **Bo Chen**. Magnon transport in ferrites. *J. Appl. Phys.*, 2019.

=== "Talks"

    - Ann Lee. Spin waves and magnons. Invited seminar, Oslo, 2022.
"""


def test_mkdocs_material_tabs_and_admonitions_are_opened():
    """Content tabs and admonitions hold their content indented four spaces (an indented
    code block to CommonMark): the content is read as markdown, each list item an entry and
    its indented paragraph a note; a tab's label is a heading, so a tab of talks gives none."""
    from extractors.markdown_dialects import material_blocks

    assert material_blocks('=== "Preprints"\n\n    - Ann Lee. Title.\n\n        A note.\n') == (
        "\n##### Preprints\n\n\n- Ann Lee. Title.\n\n    A note.\n")
    assert material_blocks("Text\n=======\n") == "Text\n=======\n"  # a setext heading stays one
    kind, records, rejects = extract_document(make_doc(MKDOCS_PAGE.encode(), "research.md"))
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        (TITLE, NAMES, 2021), ("Magnon transport in ferrites", NAMES[:2], 2019)]


OBSIDIAN_PAGE = """---
tags: [cv]
---

# Publications

> [!info] Papers
> Links open the literature notes.

## 2021

- [[papers/lee2021spin|Spin waves in thin magnetic films. II. Thick ones]] — Ann Lee, ==Bo Chen==, and [[Cy Roe]]. *Phys. Rev. B*. #paper/journal
- [[Magnon transport in ferrites]] #paper/preprint
    - authors:: [[Ann Lee]] and Bo Chen
    - venue:: J. Appl. Phys.
    - year:: 2019
- [[Domain walls in thin wires]] — Ann Lee and [[Bo Chen]].
- [[PDF]](https://x.org/a.pdf) Ann Lee. Magnets in the garden shed. *Nature Physics*.
"""


def test_obsidian_wikilinks_highlights_tags_and_inline_fields():
    """A wikilink prints its alias or its target (written as a link with no URL), a
    highlight is emphasis, tags at a line's end print nothing; an item whose sub-items are
    Dataview fields ("- venue:: ...") is one entry, its fields its lines; a link opening an
    entry before a dash is its title whatever stops it holds; "[[PDF]](url)" stays a button."""
    from extractors.markdown_dialects import obsidian

    assert obsidian("- [[a/b|Title]] — [[Ann Lee]], ==Bo Chen==. *V*. #paper/x #ml") == (
        "- [Title]() — [Ann Lee](), <mark>Bo Chen</mark>. *V*.")
    assert obsidian("[[PDF]](https://x.org/a.pdf) Text ![[figure.png]]") == "[[PDF]](https://x.org/a.pdf) Text "
    kind, records, rejects = extract_document(make_doc(OBSIDIAN_PAGE.encode(), "Publications.md"))
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["venue"], r["year"]) for r in records] == [
        ("Spin waves in thin magnetic films. II. Thick ones", NAMES, "Phys. Rev. B", 2021),
        ("Magnon transport in ferrites", NAMES[:2], "J. Appl. Phys", 2019),
        ("Domain walls in thin wires", NAMES[:2], None, 2021),
        ("Magnets in the garden shed", ["Ann Lee"], "Nature Physics", 2021)]


def test_inline_fields_only_when_every_sub_item_is_one():
    """Sub-items that are notes, or fields naming no role of an entry, leave the item as it
    was (an entry with notes)."""
    from extractors.markdown_blocks import inline_fields, parse

    def nested(md):
        item = parse(md).children[0].children[0]
        return [c for c in item.children if c.type == "bullet_list"]

    assert inline_fields(nested("- [[T]]\n    - authors:: Ann Lee\n    - year:: 2021\n")) == ["Ann Lee", "2021"]
    assert inline_fields(nested("- [[T]]\n    - authors:: Ann Lee\n    - Press: a note.\n")) is None
    assert inline_fields(nested("- [[T]]\n    - status:: read\n")) is None


README_DETAILS = """## Publications

- **Spin waves in thin magnetic films**  
  Ann Lee, **Bo Chen**, Cy Roe  
  *Phys. Rev. B*, 2021

<details>
<summary><b>Older papers</b></summary>

- **Magnon transport in ferrites**  
  Ann Lee, **Bo Chen**  
  *J. Appl. Phys.*, 2019

</details>

- Ann Lee and **Bo Chen**. Domain walls in thin wires. *Phys. Rev. B*, 2018.

<details>
<summary>Abstract</summary>

- We find the walls move.
- They stop at the ends.

</details>
"""


def test_a_details_block_folding_a_list_away_holds_entries():
    """"<details><summary>Older papers</summary>" over a list folds a part of the list away:
    its items are entries; a details block named as a note (an abstract) holds none."""
    kind, records, rejects = extract_document(make_doc(README_DETAILS.encode(), "README.md"))
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["year"]) for r in records] == [
        (TITLE, 2021), ("Magnon transport in ferrites", 2019), ("Domain walls in thin wires", 2018)]


@pytest.mark.parametrize("block", [
    "[Spin waves in thin films. II. Thick ones](https://x.org/a) — Ann Lee, Bo Chen, and Cy Roe. *Phys. Rev. B*, 2021.",
    "[Spin waves in thin films. II. Thick ones](https://x.org/a). Ann Lee, Bo Chen, and Cy Roe. *Phys. Rev. B*, 2021.",
])
def test_a_link_opening_an_entry_is_its_title_span(block):
    """A link that opens the entry, set apart by a stop or a dash, is the title's span as an
    emphasised one is: the stops inside it do not end the title."""
    from extractors.markdown_page import read_block

    got = read_block(block)
    assert got[:5] == (NAMES, False, "Spin waves in thin films. II. Thick ones", "Phys. Rev. B", 2021)


def test_an_mdx_tab_of_talks_ends_the_papers():
    """A wrapping component that names its part ("<TabItem value="talks" label="Talks">",
    its closing tag on the page) is a heading: the tab of talks gives no entry. Old HTML in
    capitals ("<DIV title=...>") is no component."""
    from extractors.markdown_dialects import jsx_components

    assert jsx_components('<DIV title="Talks">\nText\n</DIV>') == '<DIV title="Talks">\nText\n</DIV>'
    page = ("---\ntitle: Research\n---\n\nimport Tabs from '@theme/Tabs';\n\n<Tabs>\n"
            '<TabItem value="papers" label="Journal articles" default>\n\n'
            '<Paper title="Spin waves in thin magnetic films" authors="Ann Lee, Bo Chen, Cy Roe" venue="Phys. Rev. B" '
            "year={2021} />\n\n"
            '<Paper title="Magnon transport in ferrites" authors={["Ann Lee"]} venue="J. Appl. Phys." year="2019" />\n\n'
            "</TabItem>\n<TabItem value=\"talks\" label=\"Talks\">\n\n"
            '<Paper title="Spin waves, an invited seminar" authors="Ann Lee" venue="University of Oslo" year={2022} />\n\n'
            "</TabItem>\n</Tabs>\n")
    kind, records, rejects = extract_document(make_doc(page.encode(), "research.mdx"))
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        (TITLE, NAMES, 2021), ("Magnon transport in ferrites", ["Ann Lee"], 2019)]


@pytest.mark.parametrize("block", [
    "![Phys. Rev. B 2021](https://img.shields.io/badge/Phys.%20Rev.%20B-2021-blue) **Spin waves in thin magnetic films** "
    "<br> Ann Lee, **Bo Chen**, Cy Roe [![arXiv](https://img.shields.io/badge/arXiv-2101.00001-b31b1b.svg)](https://x.org/b)",
    "![Phys. Rev. B 2021](https://img.shields.io/badge/Phys.%20Rev.%20B-2021-blue) [Spin waves in thin magnetic films]"
    "(https://x.org/a). Ann Lee, Bo Chen, Cy Roe.",
])
def test_a_badge_opening_an_entry_is_its_venue_tag(block):
    """A README's badge image before the title whose text is a venue and a year
    ("![ICML 2021](badge)") gives the venue and the year, as "[ICML 2021]" would."""
    from extractors.markdown_page import read_block

    assert read_block(block)[:5] == (NAMES, False, TITLE, "Phys. Rev. B", 2021)


def test_callouts_are_opened_their_titles_headings():
    """An Obsidian callout ("> [!note]- 2021" over quoted lines; GitHub's "> [!NOTE]" alike)
    is unquoted and its title is a heading: a year titles the entries in it, a callout of
    talks gives none, and a title alone is no entry (nor a reject)."""
    page = ("# Publications\n\n> [!tip] Selected papers\n\n> [!note]- 2021\n"
            "> - Ann Lee, Bo Chen, and Cy Roe. Spin waves in thin magnetic films. *Phys. Rev. B*.\n"
            "> - Ann Lee. Magnon transport in ferrites. *J. Appl. Phys.*\n\n> [!note]+ Talks\n"
            "> - Ann Lee. Spin waves and magnons. Invited seminar, Oslo, 2022.\n")
    kind, records, rejects = extract_document(make_doc(page.encode(), "Publications.md"))
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        (TITLE, NAMES, 2021), ("Magnon transport in ferrites", ["Ann Lee"], 2021)]


def test_footnotes_holding_a_year_are_the_rest_of_their_entry():
    """A footnote at the end of an entry whose definition holds a year is the entry's venue
    and year ("“Title.”[^3]" with "[^3]: *Venue* 3, 101 (2021)." after it or at the page's
    end); the mark of a remark after a name ("Ann Lee[^eq]") is no part of the name, and a
    remark's definition gives no entry."""
    from extractors.markdown_dialects import footnotes

    page = ("# Publications\n\n- Ann Lee[^eq], Bo Chen, and Cy Roe. “Spin waves in thin magnetic films.”[^lee2021]\n"
            "- Ann Lee. Magnon transport in ferrites.[^2]\n\n[^2]: *J. Appl. Phys.* 7, 11–19 (2019).\n\n"
            "[^lee2021]: *Phys. Rev. B* 3, 101–109 (2021).\n[^eq]: These authors contributed equally.\n")
    kind, records, rejects = extract_document(make_doc(page.encode(), "publications.md"))
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["year"], r["venue"][:12]) for r in records] == [
        (TITLE, NAMES, 2021, "Phys. Rev. B"), ("Magnon transport in ferrites", ["Ann Lee"], 2019, "J. Appl. Phy")]
    # a reference inside a sentence is no entry's end: only its mark goes
    assert footnotes("We showed this[^1] last year.\n\n[^1]: Lee, A. (2021).\n") == (
        "We showed this last year.\n\n[^1]: Lee, A. (2021).\n")


RESUME_PAGE = """---
output: pagedown::html_resume
---

Education {data-icon=graduation-cap}
--------------------------------------------------------------------------------

### Ph.D.

University of Northfield

N/A

2014 - 2019

Journal articles {data-icon=book}
--------------------------------------------------------------------------------

### Spin waves in thin magnetic films

Phys. Rev. B

N/A

2021

- Ann Lee, **Bo Chen**, and Cy Roe

### Magnon transport in ferrites

J. Appl. Phys.

N/A

2019

**Ann Lee**
"""


def test_resume_template_entries_are_read_as_one():
    """A pagedown / datadrivencv resume entry, a "###" title over one-line paragraphs (the
    venue, "N/A" for no location, the year alone, then the names) is one entry; an entry with
    nothing after its timeline (education) is left as it is, and a section's setext heading
    after it stays a heading."""
    from extractors.markdown_dialects import resume_entries

    kind, records, rejects = extract_document(make_doc(RESUME_PAGE.encode(), "index.Rmd"))
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        (TITLE, NAMES, 2021, "Phys. Rev. B"), ("Magnon transport in ferrites", ["Ann Lee"], 2019, "J. Appl. Phys")]
    assert "### Ph.D.\n\nUniversity of Northfield\n\nN/A\n\n2014 - 2019\n\nJournal articles" in resume_entries(RESUME_PAGE)


@pytest.mark.parametrize("block", [
    "[Much ado about 248](https://x.org/a)<br>\nAnn Lee, Bo Chen, and <u>Cy Roe</u><br>\n<em>Phys. Rev. B</em>, 2021",
    "[Much ado about 248](https://x.org/a)  \nAnn Lee, Bo Chen, and **Cy Roe**  \n*Phys. Rev. B*, 2021",
])
def test_a_short_linked_title_over_the_names_is_no_button(block):
    """A short link alone on the entry's first line ("[Much ado about 248](url)") over a line
    of names is the title, not a link button ("[Slides](url)"), which it would be as short;
    a button word alone there stays a button."""
    from extractors.markdown_page import read_block

    assert read_block(block)[:5] == (NAMES, False, "Much ado about 248", "Phys. Rev. B", 2021)
    button = block.replace("[Much ado about 248]", "[PDF]")
    assert read_block(button)[2] != "PDF"


CITEPROC_DASHES = """# Publications

::: {#refs .references .csl-bib-body}
::: {#ref-lee2021 .csl-entry}
Lee, Ann, Bo Chen, and Cy Roe. 2021. "Spin Waves in Rosenzweig--Porter
Films." *Phys. Rev. B* 3: 101--109.
:::

::: {#ref-lee2019 .csl-entry}
Lee, Ann. 2019. "Magnon Transport in Ferrites." *J. Appl. Phys.* 7: 11--19.
:::

::: {#ref-chen2018 .csl-entry}
Chen, Bo, and Ann Lee. 2018. "Domain Walls in Garnets." *Phys. Rev. B* 2: 5--9.
:::
:::
"""


def test_pandoc_writers_two_hyphens_are_an_en_dash():
    """On a page pandoc's writer made with a citeproc bibliography ("csl-entry" divs),
    "Rosenzweig--Porter" is its way of printing an en dash; on any other page two hyphens
    stay two (a title copied from TeX: "Full--Wave")."""
    from extractors.markdown_dialects import pandoc_dashes

    kind, records, rejects = extract_document(make_doc(CITEPROC_DASHES.encode(), "publications.md"))
    assert kind == "markdown_page" and not rejects
    assert records[0]["title"] == "Spin Waves in Rosenzweig–Porter Films"
    assert pandoc_dashes("- Ann Lee. Full--Wave cloaking. *Phys. Rev. B*, 2021.\n") == (
        "- Ann Lee. Full--Wave cloaking. *Phys. Rev. B*, 2021.\n")


# --------------------------------------------------------------------------- the twelfth round studied (wt-md13)

FIELD_DIVS_PAGE = """---
title: publications
---

::: publications

## 2021 {.year}

::: row
::: {.col-sm-2 .abbr}
[Journal]{.badge}
:::

::: {#lee2021spin .col-sm-8}
::: title
Spin waves in thin magnetic films
:::

::: author
Ann Lee, **Bo Chen**, and Cy Roe
:::

::: periodical
*Phys. Rev. B*, 2021
:::

::: {.links}
[PDF](/assets/pdf/lee2021.pdf){.btn .btn-sm}
:::

::: {.abstract .hidden}
We looked at films and found waves.
:::
:::
:::

::: row
::: {#lee2019magnon .col-sm-8}
::: title
Magnon transport in ferrites
:::

::: author
**Ann Lee**
:::

::: periodical
*In arXiv:1901.00001*, 2019
:::
:::
:::

:::
"""


def test_pandoc_divs_nest_by_their_closing_fences():
    """Pandoc nests fenced divs of three colons each ("::: row" / "::: {.col}" / "::: title"
    closed by ":::" three times); markdown-it closed them all at the first bare ":::" and the
    rest of each entry fell out of it. The fences are lengthened outwards, so the tree nests as
    pandoc reads it; divs that do not nest are left as they are."""
    from extractors import markdown_blocks
    from extractors.markdown_dialects import nested_divs

    text = "::: row\n::: {.col}\n::: title\nT\n:::\n\n::: author\nA\n:::\n:::\n:::\n"
    tree = markdown_blocks.parse(nested_divs(text))
    row = tree.children[0]
    assert row.type == "container_div" and len(tree.children) == 1
    assert [c.info.strip() for c in row.children[0].children] == ["title", "author"]
    flat = "::: {.pub}\nA\n:::\n\n::: {.pub}\nB\n:::\n"
    assert nested_divs(flat) == flat
    assert "```\n::: row\n" in nested_divs("::: a\n::: b\nx\n:::\n:::\n```\n::: row\n```\n")  # code left alone


def test_a_div_of_field_divs_is_one_entry():
    """A div whose divs name the entry's fields ("::: title", "::: author", "::: periodical",
    al-folio's template through pandoc) is one entry, its title the title div's text; a badge,
    the links and a hidden abstract beside them are no part of it; an identifier after "In"
    ("*In arXiv:1901.00001*") names arXiv as the venue."""
    from extractors import markdown_blocks

    kind, records, rejects = extract_document(make_doc(FIELD_DIVS_PAGE.encode(), "publications.md"))
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        (TITLE, NAMES, 2021, "Phys. Rev. B"), ("Magnon transport in ferrites", ["Ann Lee"], 2019, "arXiv")]
    # a div of divs that names no title is read through
    tree = markdown_blocks.parse("::: {.card}\n::: {.left}\nA\n:::\n\n::: {.right}\nB\n:::\n::::\n")
    assert markdown_blocks.field_div_lines(tree.children[0]) is None


@pytest.mark.parametrize("block, title, venue", [
    ("Ann Lee, Bo Chen and Cy Roe, *Might Made Right*, *Phys. Rev. B*, 2021.", "Might Made Right", "Phys. Rev. B"),
    ("Ann Lee and Bo Chen, *Modality and Language*, *Encyclopedia of Philosophy*, 2006.", "Modality and Language",
     "Encyclopedia of Philosophy"),
])
def test_the_span_before_the_italic_venue_is_the_title_however_name_like(block, title, venue):
    """"Names, *Title*, *Venue*, 2021.": the italic span right before the italic venue that
    ends the entry is the title, even when its words could be names ("Might Made Right")."""
    from extractors.markdown_page import read_block

    got = read_block(block)
    assert (got[2], got[3]) == (title, venue)
    assert got[0] == NAMES[:len(got[0])] and len(got[0]) >= 2


# --------------------------------------------------------------------------- the seventeenth round studied (wt-md18)

SIMPLE_TABLE_PAGE = """Publications
------------

Last built on 4 March 2025 from `papers.csv`.

Table: Journal articles

Title                              Authors                   Journal        Year
---------------------------------  ------------------------  ------------  -----
Spin waves in thin magnetic films  Ann Lee, Bo Chen, Cy Roe  Phys. Rev. B   2021
Magnon transport in ferrites       Ann Lee                   J. Magnetism   2019
"""


def test_a_pandoc_simple_table_is_read_by_its_header():
    """A pandoc simple table (knitr's ``kable(format = "simple")``): a header line over a rule of
    dash runs, one per column, spaces between; each line below up to a blank line a row, its
    cells where the runs are. Its "Table:" caption is no entry, nor is a sentence whose only
    digits are a full date (the page's note of when it was built)."""
    kind, records, rejects = extract_document(make_doc(SIMPLE_TABLE_PAGE.encode(), "publications.md"))
    assert kind == "markdown_page" and not rejects, rejects
    got = {r["title"]: (r["authors"], r["year"], r["venue"]) for r in records}
    assert got[TITLE] == (NAMES, 2021, "Phys. Rev. B")
    assert got["Magnon transport in ferrites"] == (["Ann Lee"], 2019, "J. Magnetism")


def test_simple_tables_need_blank_gaps_between_their_columns():
    """The columns of a simple table stand apart: a line with text under the gap between two
    dash runs is no row of one, and the lines are left as they are (a setext heading's single
    run is no table either)."""
    from extractors.markdown_tables import pandoc_tables

    table = "Title   Year\n------  ----\nA long title  2021\n"
    assert pandoc_tables(table) == table
    heading = "Publications\n------------\n\nText.\n"
    assert pandoc_tables(heading) == heading
    headed = pandoc_tables("Title   Year\n------  ----\nShort   2021\n")
    assert headed.splitlines()[:3] == ["| Title | Year |", "|---|---|", "| Short | 2021 |"]


@pytest.mark.parametrize("cell", ["[Ann Lee, Bo Chen, Cy Roe]", "['Ann Lee', 'Bo Chen', 'Cy Roe']",
                                  'c("Ann Lee", "Bo Chen", "Cy Roe")'])
def test_names_printed_as_a_list_in_a_table_cell(cell):
    """A data frame's names column prints each paper's names as a list, wrapped in brackets and
    quoted at times (pandas, Python, R): the names are what the list holds; a cell that is a
    link ("[Title](url)") or holds brackets inside is left as it is."""
    from extractors.markdown_tables import list_cell

    assert list_cell(cell) == "Ann Lee, Bo Chen, Cy Roe"
    assert list_cell("[Spin waves](https://x.org)") == "[Spin waves](https://x.org)"
    page = ("| title | authors | venue | year |\n|:---|:---|:---|---:|\n"
            f"| {TITLE} | {cell} | Phys. Rev. B | 2021 |\n| Magnon transport in ferrites | [Ann Lee] | J. Magnetism | 2019 |\n")
    kind, records, rejects = extract_document(make_doc(page.encode(), "publications.md"))
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        (TITLE, NAMES, 2021, "Phys. Rev. B"), ("Magnon transport in ferrites", ["Ann Lee"], 2019, "J. Magnetism")]


@pytest.mark.parametrize("text, prose", [
    ("Last knitted on 6 November 2026 from publications.csv.", True),
    ("This page was updated on March 3rd, 2021 by hand.", True),
    ("Generated on 2026-11-06 by a script of mine.", True),
    ("Ann Lee and Bo Chen. Spin waves in thin films. 6 November 2021, pp. 1-9.", False),
    ("Papers since 2015 are listed below.", False),
])
def test_a_sentence_whose_only_digits_are_a_full_date_is_prose(text, prose):
    from extractors.markdown_page import is_prose

    assert is_prose(text) is prose


@pytest.mark.parametrize("block, title", [
    ("**Lee, A.** (2004). Would you believe it? Spin waves are back! Thin films. *Phys. Rev. B*.",
     "Would you believe it? Spin waves are back! Thin films"),
    ("Lee, A. (2004). Spin waves? Thin magnetic films. *Phys. Rev. B*, 3(2), 1-9.", "Spin waves? Thin magnetic films"),
    ("Lee, A. (2004). Do spin waves exist? *Phys. Rev. B*, 3(2), 1-9.", "Do spin waves exist?"),
    ("Lee, A. (2004). Do spin waves exist? In *Phys. Rev. B*.", "Do spin waves exist?"),
])
def test_a_question_mark_inside_a_title_runs_on_to_the_italic_venue(block, title):
    """A title with a question or exclamation mark inside it goes on to the full stop before
    the italic venue that closes the entry: plain words between the mark and the italic span
    are the title's, not the venue's ("In" before the span opens the venue)."""
    from extractors.markdown_page import read_block

    got = read_block(block)
    assert (got[0], got[2], got[3], got[4]) == (["A. Lee"], title, "Phys. Rev. B", 2004)


# Rules learnt from the eighteenth round (wt-md19), each on made-up texts.

def _read_page(page: str, name: str = "publications.md") -> list[tuple]:
    kind, records, rejects = extract_document(make_doc(page.encode(), name))
    assert kind == "markdown_page", kind
    return [(r["title"], r["authors"], r["year"], r["venue"]) for r in records]


MAGNON = "Magnon transport in layered ferrite crystals"


@pytest.mark.parametrize("target", ["Papers%20a1b2/Spin%20waves%20c0ffee2021aa.md", "https://x.org/a"])
def test_an_items_fields_as_its_sub_items(target):
    """An item whose own text is one line with no year (a title, linked or not), over a few
    short one-line sub-items one of which holds the year, is one entry: the sub-items are its
    fields (a note app's sub-page link over the names and "*Venue* · date"); a digit run in a
    link's target is no year of its text."""
    page = (f"# Publications\n\n- [{TITLE}]({target})\n    - Ann Lee, **Bo Chen**, Cy Roe\n"
            f"    - *Phys. Rev. B* · March 3, 2021\n- {MAGNON}\n  - Ann Lee, Dan Poe\n"
            "  - *J. Magnetism* · 2019\n")
    assert _read_page(page) == [(TITLE, NAMES, 2021, "Phys. Rev. B"), (MAGNON, ["Ann Lee", "Dan Poe"], 2019, "J. Magnetism")]


def test_an_entry_with_its_year_keeps_its_sub_items_as_notes():
    """An item that reads as a whole entry (its year in its own text) keeps its sub-items as
    notes about it: they are no fields of it."""
    page = (f"# Publications\n\n- Ann Lee, Bo Chen, and Cy Roe. {TITLE}. *Phys. Rev. B*, 2021.\n"
            "    - Featured on the cover of the issue of May 2022.\n    - Press coverage in a newspaper.\n"
            f"- Ann Lee and Dan Poe. {MAGNON}. *J. Magnetism*, 2019.\n")
    assert _read_page(page) == [(TITLE, NAMES, 2021, "Phys. Rev. B"), (MAGNON, ["Ann Lee", "Dan Poe"], 2019, "J. Magnetism")]


@pytest.mark.parametrize("term", ["1", "[12]", "Lee21", "LCR+21"])
def test_a_definition_term_that_is_a_label(term):
    """A definition list whose terms are labels (a number, an alpha-style key), as a
    bibliography writer's definition-list output prints them: each definition is an entry,
    the label no line of it."""
    page = (f"# Publications\n\n{term}\n:   Ann Lee, Bo Chen, and Cy Roe.\n    {TITLE}.\n    *Phys. Rev. B*, 3(2):1-9, 2021.\n\n"
            f"7\n:   Ann Lee and Dan Poe. {MAGNON}. *J. Magnetism*, 2019.\n")
    assert _read_page(page) == [(TITLE, NAMES, 2021, "Phys. Rev. B"), (MAGNON, ["Ann Lee", "Dan Poe"], 2019, "J. Magnetism")]


@pytest.mark.parametrize("after", ['<Badge type="tip" text="{}" />', "({})"])
def test_a_badge_year_after_a_bold_title(after):
    """A label component prints its ``text`` prop (a documentation site's ``<Badge text="2021"
    />``), and a bold title line closed by a year in brackets gives the entry that year, the
    title without it; the owner's name alone in bold under such a title is the names (a
    single-author paper), not a second title, whatever one-line italic venue follows."""
    page = (f"# Publications\n\n- **{TITLE}** {after.format(2021)}<br>\n  Ann Lee, Bo Chen, Cy Roe<br>\n  *Phys. Rev. B*\n"
            f"- **{MAGNON}** {after.format(2019)}<br>\n  **Ann Lee**<br>\n  *J. Magnetism*\n")
    assert _read_page(page) == [(TITLE, NAMES, 2021, "Phys. Rev. B"), (MAGNON, ["Ann Lee"], 2019, "J. Magnetism")]


@pytest.mark.parametrize("heading, title", [("Sums of semigroups (2023)", True), ("Journal articles (2021)", False),
                                            ("2021", False), ("Talks (2019)", False)])
def test_a_short_heading_closed_by_a_bracketed_year_is_a_title(heading, title):
    """A sub-heading of two words or more closed by a year in brackets is a paper's title,
    unless it names a kind of publication or another section."""
    from extractors.markdown_page import entry_title_heading

    assert entry_title_heading(heading) is title


def test_a_bracketed_year_of_another_year_stays_in_the_title():
    """A year in brackets closing a title stays in it when the entry prints another year (a
    review of a book of 2012 in an entry of 2013)."""
    review = "Review of Spin waves, by Lee, A. (2012)"
    page = (f"# Publications\n\n- **{review}**  \n  Bo Chen  \n  *J. Magnetism*, 2013\n"
            f"- **{MAGNON}** (2019)  \n  Ann Lee, Bo Chen  \n  *J. Magnetism*, 2019\n")
    assert _read_page(page) == [(review, ["Bo Chen"], 2013, "J. Magnetism"), (MAGNON, ["Ann Lee", "Bo Chen"], 2019, "J. Magnetism")]
