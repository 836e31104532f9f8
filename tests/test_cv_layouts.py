"""CV PDFs rendered from real metadata in layouts of our own (issue #16 item 3): the held-out
measurement of the CV PDF reader.

Each layout of :mod:`tests.cv_layouts` prints two CVs of ``2 * PER_CV`` entries in all: one of
up to ``PER_CV`` of a real researcher's own BibTeX entries (the owner is the name in most of the file's entries;
the BibTeX files take turns across the layouts), and one of arXiv ``.abs`` entries with a
made-up owner put into every author list. The PDFs are read back with
``extract_document`` and scored field by field with the comparison of
``test_sites_cv_pdf`` (title exactly, authors strictly, year exactly, venue as the start of
the extracted venue). That comparison has no notion of a truncated list: where a layout
prints "Lee, Ann, et al." (``mla_hanging``), the truth authors are the printed names (the
first author alone); the row's ``authors_truncated`` says so but is not scored.

The layouts are split once into ``TUNED_LAYOUTS``, which may be looked at while the PDF
reader is changed, and the held-out rest, which should not be: only the held-out figures
are the ones to quote. Both are printed (``pytest -s``).
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from normalizers.titles import display_title
from scholarlake.extraction import extract_document

from . import cv_layouts
from .conftest import EXTERNAL, make_doc
from .test_sites_cv_pdf import FIELDS, match_fields, summary

PER_CV = 20  # entries per CV, two CVs per layout (the arXiv one makes up what the owner's BibTeX lacks)
# awesome_cv and two_column were held out at first and moved here after the first held-out
# measurement (see #16's closing notes); chicago_hanging, res_cls and europass_table likewise,
# once the reader had been changed with their citation styles in mind; and venue_first,
# markdown, nature_numbered and mla_hanging in the fifth round (#16 item 2, #21 item 3: the
# reader learnt Nature's inverted names, MLA's headings, year sub-headings, arXiv venues
# first), and three_line_block of the four layouts added then, once its first measurement was
# taken (its bold sentence-case titles closed the list); and word_tab_dates and
# awesome_sidebar of the sixth round, studied after their first measurement (a date in a
# right-hand tab column, a sidebar beside the main column). The rest are the held-out set.
TUNED_LAYOUTS = frozenset({"latex_article", "moderncv", "word_apa", "awesome_cv", "two_column",
                           "chicago_hanging", "res_cls", "europass_table",
                           "venue_first", "markdown", "nature_numbered", "mla_hanging", "three_line_block",
                           # the sixth round's two that were studied after their first measurement
                           "word_tab_dates", "awesome_sidebar",
                           # the sixth round's other two, studied in the seventh round (after its
                           # layouts were written and measured)
                           "typst_with_coauthors", "latex_reverse_doi",
                           # the seventh round, studied in the eighth (after its layouts were
                           # written and measured; round 7's first measurement, F1 0.797, stands)
                           "ams_math", "cs_badges", "table_venue_column", "din_semicolon",
                           # the eighth round, studied in the ninth (after its layouts were written
                           # and measured; round 8's first measurement, F1 0.769, stands)
                           "alpha_labels", "coauthors_parenthetical", "year_dash_inline", "abnt_caps",
                           # the ninth round's four that were studied after its first measurement
                           # (ROUND9_HELD_OUT stays unstudied)
                           "biblatex_numeric", "year_column_grouped", "europass_labels",
                           "year_headings_numbered",
                           # studied at the end of the ninth round (see ROUND9_HELD_OUT)
                           "dot_separated_small",
                           # held out since the first rounds; studied in the ninth for the entry it
                           # lost (a reject whose excerpt ended before the title)
                           "typewriter",
                           # ROUND9_HELD_OUT, studied in the tenth round after its layouts were
                           # written and measured (springer_two_column for the entry it lost: a
                           # second column of five lines read as one column with the first)
                           "springer_two_column", "apa_hanging_doi",
                           # the tenth round's four that were studied after its first measurement
                           # (ROUND10_HELD_OUT stays unstudied)
                           "moderncv_cventry", "word_number_year_tabs", "small_sans_labels", "scholar_profile",
                           # ROUND10_HELD_OUT, studied in the eleventh round after its layouts were
                           # written and measured (GB/T 7714's type codes, a sidebar on every page)
                           "awesome_dated_venue_line", "latex_itemize_notes", "right_sidebar_pages",
                           "gbt7714_numbered",
                           # the eleventh round's three that were studied after its first measurement
                           # (ROUND11_HELD_OUT stays unstudied)
                           "acs_semicolons", "word_grid_table", "siam_caps",
                           # ROUND11_HELD_OUT, studied in the twelfth session after its first (and
                           # only blind) measurement, F1 0.711: multicol_sections 0.33 (24 of 40
                           # entries lost), pinyin_surname_caps 0.97 with authors 0.00
                           "multicol_sections", "pinyin_surname_caps",
                           # the twelfth round's four that may be studied (ROUND12_HELD_OUT stays
                           # unstudied; the round's first measurement is below)
                           "jakes_resume", "gdocs_band", "status_in_press", "econ_justified",
                           # ROUND12_HELD_OUT, studied in the thirteenth session after its first (and
                           # only blind) measurement, F1 0.455: altacv_icons 0.09 (symbol-font icons, a
                           # title in a larger type opening each entry), elsevier_iso4 0.71 ("in:" venues)
                           "altacv_icons", "elsevier_iso4",
                           # the thirteenth round's three that may be studied (ROUND13_HELD_OUT stays
                           # unstudied; the round's first measurement is below)
                           "word_section_tables", "nih_biosketch", "page_headers_continued",
                           # ROUND13_HELD_OUT, studied in the lead's round-13 follow-up after its first
                           # (and only blind) measurement, F1 0.000: french_academic 31 records all
                           # wrong (« Title », "et" between names, French sub-headings), german_und
                           # 31 entries lost without a reject (no heading read as a publication list)
                           "french_academic", "german_und",
                           # the fourteenth round's four that were studied after its first measurement
                           # (ROUND14_HELD_OUT stays unstudied)
                           "orcid_works", "contrib_marks_superscript", "metrics_annotated",
                           "two_column_year_margin",
                           # ROUND14_HELD_OUT, studied in the round-14 follow-up (while round 15's two
                           # were the blind set) after its first (and only blind) measurement, F1
                           # 0.588, venue 0.575: table_role_column 0.17 (a "Year | Title | Journal /
                           # Conference | Role" table naming no authors: 33 of 40 records wrong),
                           # econ_working_papers 1.00 with venue 0.97
                           "table_role_column", "econ_working_papers",
                           # the fifteenth round's four that were studied after its first measurement
                           # (ROUND15_HELD_OUT stays unstudied)
                           "labelled_fields_form", "doi_link_line", "refereed_status_groups",
                           "gdocs_swiss_dates",
                           # ROUND15_HELD_OUT, studied in the sixteenth round (once round 16 gave a
                           # blind set of its own) after its first (and only blind) measurement,
                           # F1 0.841, authors 0.812: reverse_numbered_ampersand 0.74 (the owner's
                           # bold name "Holloway M.T." cut the name list), author_year_two_column
                           # 0.94 (a second column of four lines read into the first)
                           "reverse_numbered_ampersand", "author_year_two_column",
                           # ROUND16_HELD_OUT, studied in the seventeenth round (once round 17 gave a
                           # blind set of its own) after its first (and only blind) measurement, F1
                           # 0.560, authors 0.431: year_dash_smallcaps 0.22 (16 rejects),
                           # humanities_in_editor 0.26 (33 rejects), cited_count_right 0.92,
                           # serif_9pt_two_lines 0.68 (19 entries lost)
                           "year_dash_smallcaps", "humanities_in_editor", "cited_count_right",
                           "serif_9pt_two_lines",
                           # ROUND17_HELD_OUT, studied since wt-cvpdf18 (the eighteenth round, once round
                           # 18 gave a blind set of its own) after its first (and only blind) measurement,
                           # F1 0.588: cvn_fecyt 0.00 (its heading "Producción científica" unknown, "(2/3)"
                           # after the names, a smaller line of the form's categories under each paper),
                           # ipsj_colon 0.00 ("Names: Title, Venue, Vol. 3, pp. 1–9 (2021)." cut at "pp."),
                           # hal_export venue 0.78 ("‹arXiv:...›. ‹hal-...›"), iris_caps_venue authors 0.97
                           "cvn_fecyt", "hal_export", "ipsj_colon", "iris_caps_venue",
                           # ROUND18_HELD_OUT, studied since wt-cvpdf19 (the nineteenth round, once round
                           # 19 gave a blind set of its own) after its first (and only blind) measurement,
                           # F1 0.457: gost_double_slash 0.03 (a first-line indent read as text after the
                           # list, GOST's "Title / names // Venue. – 2021."), ccv_canadian authors 0.85
                           # ("Lee, Ann, Holloway, Maren T."), impact_factor_table 0.48 (the header "No. |
                           # Publication | IF | Quartile" read as an entry, the metrics in the titles, "Shor
                           # C.M.." names), pages_tracked_hollow 0.00 (letter-spaced headings unread)
                           "gost_double_slash", "ccv_canadian", "impact_factor_table", "pages_tracked_hollow",
                           # ROUND19_HELD_OUT, studied since wt-cvpdf20 (the twentieth round, once round
                           # 20 gave a blind set of its own) after its first (and only blind) measurement,
                           # F1 0.728, authors 0.481, venue 0.294: pure_portal_harvard 0.00 (the portal's
                           # grey "Research output: ... › Article" line read as the title, "Lee, A,
                           # Holloway, MT & Chen, B 2021, 'Title'" unread), dot_leader_dates authors and
                           # venue 0.00 (the leader's month read as the names), bluebook_law venue 0.23
                           # ("3 VENUE 1", "(Working Paper", italic sub-headings read as entries),
                           # chicago_notes_hyphenated 0.99
                           "bluebook_law", "chicago_notes_hyphenated", "pure_portal_harvard", "dot_leader_dates",
                           # ROUND20_HELD_OUT, studied since wt-cvpdf21 (the twenty-first round, once round
                           # 21 gave a blind set of its own) after its first (and only blind) measurement,
                           # F1 0.595, authors 0.494, venue 0.419: mathscinet_mr 0.00 (the bold "MR4212345
                           # Reviewed" read into the names, "Lee, Ann; Chen, Bo *Title.*" unread), inspire_hep
                           # 0.00 (names with bracketed affiliations unlabelled under the title, the date "Mar
                           # 3, 2021" at the title's right, "pdf cite claim" under each, the tab "Published"
                           # no heading), lattes_cv venue 0.70 ("(Preprint). arXiv:..."), cite_them_right 1.00
                           "cite_them_right", "mathscinet_mr", "inspire_hep", "lattes_cv",
                           # ROUND21_HELD_OUT, studied since wt-cvpdf22 (the twenty-second round, once round
                           # 22 gave a blind set of its own) after its first (and only blind) measurement,
                           # F1 0.209, authors 0.094, venue 0.094
                           "linkedin_publications", "ads_bibcode", "researchmap_badges", "sciencv_nsf",
                           # ROUND22_HELD_OUT, studied since wt-cvpdf23 (the twenty-third round, once round
                           # 23 gave a blind set of its own) after its first (and only blind) measurement,
                           # F1 0.844, authors 0.688, venue 0.637: deedy_resume ("**Title** | *Venue*" over
                           # "Mar 2021 | names" unread), faculty180_vita (its "Working Paper" list under
                           # "Scholarly and Creative Activities" dropped), vitae_hyndman (a "why" bullet
                           # and a name run into the venue), eisvogel_pandoc 1.00
                           "eisvogel_pandoc", "vitae_hyndman", "deedy_resume", "faculty180_vita"})
HELD_OUT_LAYOUTS = frozenset(cv_layouts.LAYOUTS) - TUNED_LAYOUTS
# The fifth round (#16 item 2, #21 item 3), written before the reader was changed for the
# rest and measured once as held out first: also printed as a split of their own (its first
# measurement: entries 160, P 0.946, R 0.875, F1 0.909; three_line_block is tuned since).
ROUND5_LAYOUTS = frozenset({"vancouver_year_margin", "lncs_numbered", "three_line_block", "title_first_labels"})
# The sixth round (2026-12-06), written and measured once before the reader was changed:
# a year right-aligned by a tab, reverse numbering with DOI lines, a sidebar beside the main
# column, "with A, B" co-authors under a Typst-like entry.
ROUND6_LAYOUTS = frozenset({"word_tab_dates", "latex_reverse_doi", "awesome_sidebar", "typst_with_coauthors"})
# The seventh round (2026-12-06), written and measured once before the reader was changed:
# AMS (italic titles, the year after a bold volume), a CS CV with teaser boxes, marked
# names and link labels, a three-column table with the venue in a column of its own,
# DIN ISO 690 (semicolons between inverted names, "(2021):").
ROUND7_LAYOUTS = frozenset({"ams_math", "cs_badges", "table_venue_column", "din_semicolon"})
# The eighth round (2026-12-06), written and measured once before the reader was changed:
# BibTeX alpha keys ("[LCR21]"), a mathematician's title-first list with "(with A and B)",
# flush-left paragraphs opening "2021 – Title. Names. Venue.", ABNT (capitalised surnames,
# semicolons, the venue in bold).
ROUND8_LAYOUTS = frozenset({"alpha_labels", "coauthors_parenthetical", "year_dash_inline", "abnt_caps"})
# The ninth round (2026-12-06), written and measured once before the reader was changed:
# biblatex's numeric style ("“Title”. In: *Venue* 3.2 (2021)"), a date column holding each
# year once beside the first entry of that year, Europass blocks with "Authors:" and
# "Published in:" labels, Springer's basic style in two small columns, APA 7 with a hanging
# indent and DOI links, a title line over a smaller "names · venue · year" line, one list
# split by year headings and numbered "[12]" down. Split before anything was looked at:
# the first four may be studied while the reader changes (they then move to the tuned set);
# ROUND9_HELD_OUT stays unstudied, so that the round keeps a blind figure.
ROUND9_LAYOUTS = frozenset({"biblatex_numeric", "year_column_grouped", "europass_labels", "year_headings_numbered",
                            "springer_two_column", "apa_hanging_doi", "dot_separated_small"})
# dot_separated_small was studied at the end of the round (after the three's held-out
# measurement at the end, F1 0.778, was taken) and moved to the tuned set.
ROUND9_HELD_OUT = frozenset({"springer_two_column", "apa_hanging_doi"})
# The tenth round (2026-12-06), written and measured once before the reader was changed, all
# eight held out: moderncv's \cventry ("Mar 2021" in the date column, "**Title**, *Venue*,
# names."), awesome-cv's with the date right-aligned beside the bold title and the venue on
# an italic line of its own, a word processor's "12. <tab> 2021 <tab> Lee A.B., ..." list,
# a LaTeX itemize with nested "– Best Paper Award" notes, "J12" labels in a smaller bold
# sans beside a serif body, a sidebar at the right of every page, a Google Scholar profile
# printed (citation counts and years in right-hand columns), GB/T 7714 ("Title[J]. Venue,
# 2021, 3(2): 1-9.").
ROUND10_LAYOUTS = frozenset({"moderncv_cventry", "awesome_dated_venue_line", "word_number_year_tabs",
                             "latex_itemize_notes", "small_sans_labels", "right_sidebar_pages", "scholar_profile",
                             "gbt7714_numbered"})
# Split after the first measurement by a rule fixed before any entry was looked at (the order
# they were written in, every other one): the four below stay unstudied, so that the round
# keeps a blind figure; the other four may be studied while the reader changes (and then
# move to the tuned set).
ROUND10_HELD_OUT = frozenset({"awesome_dated_venue_line", "latex_itemize_notes", "right_sidebar_pages",
                              "gbt7714_numbered"})
# The eleventh round (2026-12-06), written and measured once before the reader was changed:
# ACS ("(12)" in a margin column, "Lee, A.; Holloway, M. T. Title. *Venue* **2021**, *3*
# (2), 1–9."), a LaTeX CV with two balanced ``multicol`` columns inside each section under a
# full-width heading and rule, a word processor's gridded table (No. | Authors | Title |
# Journal / Conference | Year), an English CV printing every name surname first in capitals
# ("ZHANG Wei, HOLLOWAY Maren T.#, LI Ming*"), SIAM (the names in capitals, the title in
# italics, "Venue, 3 (2021), pp. 1–9.").
ROUND11_LAYOUTS = frozenset({"acs_semicolons", "multicol_sections", "word_grid_table", "pinyin_surname_caps",
                             "siam_caps"})
# Split before the first measurement by a rule fixed before any output was looked at (the
# order they were written in, the second and the fourth held out): these two stay unstudied;
# the other three may be studied while the reader changes (and then move to the tuned set).
ROUND11_HELD_OUT = frozenset({"multicol_sections", "pinyin_surname_caps"})
# The twelfth round (2026-12-06, #16 item 2), written and split before anything was rendered
# or read: "Jake's Resume" (small-capital headings, "**Title** | *Venue*" with the year
# right-aligned, the authors on a bullet line), a Google Docs template (white capitals on a
# coloured band, bulleted entries), Elsevier's numbered style with ISO 4 venues and the owner
# underlined, AltaCV (a right-hand column on the first page, accent-coloured titles, icons that
# are symbol-font glyphs), "in press" / "forthcoming" / "to appear" / "submitted" where some
# years go, Econometrica's style justified word by word.
ROUND12_LAYOUTS = frozenset({"jakes_resume", "gdocs_band", "elsevier_iso4", "altacv_icons", "status_in_press",
                             "econ_justified"})
# Split by a rule fixed before any output was looked at: the two whose name's MD5 (of the name
# in UTF-8, as hex) is smallest stay held out and unstudied (altacv_icons 03b68f85...,
# elsevier_iso4 2fbb01d7...); the other four may be studied while the reader changes (and then
# move to the tuned set).
ROUND12_HELD_OUT = frozenset({"altacv_icons", "elsevier_iso4"})
# The thirteenth round (2026-12-06, #16 item 2), written and split before anything was
# rendered or read: a word processor's CV with a table per section ("Year | Publication", the
# title, authors and venue on lines of their own in the right-hand cell), a French academic CV
# (French sub-headings, the year in a left-hand column, "A. Lee, B. Chen et M. T. Holloway,
# « Title », *Venue*, vol. 3, n° 2, p. 1–9."), a German one (German sub-headings, numbered,
# "Lee, A., Chen, B. und Holloway, M. T. (2021). Title. *Venue*, *3*(2), S. 1–9."), an NIH
# biosketch (papers numbered and lettered between paragraphs of prose, NLM style with "PMID:
# ...; PMCID: ..."), a long CV whose entries run over page breaks under a running header
# ("Name — Curriculum Vitae ... Page 2 of 5") and "(continued)" headings (Chicago author-date).
ROUND13_LAYOUTS = frozenset({"word_section_tables", "french_academic", "german_und", "nih_biosketch",
                             "page_headers_continued"})
# Split by the rule of the twelfth round, fixed before any output was looked at: the two whose
# name's MD5 (UTF-8, as hex) is smallest stay held out and unstudied (german_und 109edd51...,
# french_academic 74c5a7de...); the other three may be studied while the reader changes (and
# then move to the tuned set).
ROUND13_HELD_OUT = frozenset({"german_und", "french_academic"})
# The fourteenth round (2026-12-07, #16 item 2), written and split before anything was rendered
# or read: an ORCID record printed (a box per work: the bold title, the venue, "2021-03 | Journal
# article", "CONTRIBUTORS: Ann Lee; Bo Chen"), an economist's CV ("“Title” (with Ann Lee),
# *Venue*, 2021, ..." and "Working Papers" with no venue and no year, some "Submitted" below), a
# legend "* equal contribution, † corresponding author" over names with superscript marks, a CV
# for a national evaluation (a summary line, "1) Lee, A., Holloway, M.T. (2021). Title.
# *Venue*, ..." with a line of metrics "IF (2021): 4.210 · Q1 · Citations: 15 · Position: 2/3"
# under each paper), a two-column page with the year in each column's margin beside the first
# entry of its year only, a table "Year | Title | Journal / Conference | Role" naming no authors.
ROUND14_LAYOUTS = frozenset({"orcid_works", "econ_working_papers", "contrib_marks_superscript", "metrics_annotated",
                             "two_column_year_margin", "table_role_column"})
# Split by the rule of the twelfth round, fixed before any output was looked at: the two whose
# name's MD5 (UTF-8, as hex) is smallest stay held out and unstudied (table_role_column
# 018438aa..., econ_working_papers 2429fa21...); the other four may be studied while the reader
# changes (and then move to the tuned set).
ROUND14_HELD_OUT = frozenset({"table_role_column", "econ_working_papers"})
# (ROUND14_HELD_OUT was studied in the round-14 follow-up, once round 15 gave a blind set of its
# own, and is tuned since; its blind figure, F1 0.588, venue 0.575, stands. After the follow-up,
# PYTHONHASHSEED=0 pytest -q tests/test_cv_layouts.py -s: the two F1 1.000, venue 0.988; round
# 15's held out two, as aggregates, unchanged at F1 0.841; tuned (66 layouts) P 0.996, R 0.984,
# F1 0.990, title 0.984, authors 0.982, year 0.984, venue 0.977.)
# The fifteenth round (2026-12-07, #16 item 2, #21 item 3), written and split before anything
# was rendered or read: an institutional form of labelled lines ("Title:", "Authors:",
# "Journal:", "Year:", "Volume/Pages:", "DOI:") numbered in a margin column, paragraphs with a
# smaller blue line of links under them ("DOI: 10.1234/... | PDF | Code"), a word processor's
# list numbered down over the whole CV ("40." to "1.", "Lee A.B., **Holloway M.T.** & Chen B.
# (2021) Title. *Venue* 3: 1–9."), an author-year list in two columns ("Ann Lee and Bo Chen
# (2021). Title. *Venue* 3(2), 1–9.", more than six names cut to three and "et al."), lists
# grouped by review status ("Under Review" first, "Refereed Journal Articles", ...; "Lee, A.,
# M. T. Holloway, and B. Chen, 2021: Title. *Venue*, 3, 1–9.", a status word after a
# preprint's venue), Google Docs' "Swiss" template ("**Title** — *Venue*", "MARCH 2021" in small
# grey capitals below, then the names).
ROUND15_LAYOUTS = frozenset({"labelled_fields_form", "doi_link_line", "reverse_numbered_ampersand",
                             "author_year_two_column", "refereed_status_groups", "gdocs_swiss_dates"})
# Split by the rule of the twelfth round, fixed before any output was looked at: the two whose
# name's MD5 (UTF-8, as hex) is smallest stay held out and unstudied (reverse_numbered_ampersand
# 07808d15..., author_year_two_column 223c7bcb...); the other four (refereed_status_groups
# 56f4953c..., labelled_fields_form 9bb02e5a..., gdocs_swiss_dates c2bb76db..., doi_link_line
# c83c5194...) may be studied while the reader changes (and then move to the tuned set).
ROUND15_HELD_OUT = frozenset({"reverse_numbered_ampersand", "author_year_two_column"})
# The sixteenth round (2026-12-07, #16 item 2), written and split before anything was rendered
# or read: bold small-capital section labels over one dash-parted line per paper ("2021 — Title
# — *Venue* — A. Lee, M. T. Holloway, B. Chen", the names last), a humanities CV ("Holloway,
# Maren T. and Ann Lee (2021): Title. In: Weber, K. (ed.): *Book*. Berlin: De Gruyter, pp.
# 1–9.", or the names all inverted and parted by slashes), a numbered APA list with each paper's
# citation count small and grey in a right-hand column ("[cited 120]", "Cited by 120", "120
# citations"), a dense serif CV at 9 pt with two lines per paper (the names and "(2021)", then
# "Title. *Venue* 3, 1–9." indented).
ROUND16_LAYOUTS = frozenset({"year_dash_smallcaps", "humanities_in_editor", "cited_count_right",
                             "serif_9pt_two_lines"})
# All four held out, fixed before anything was rendered: measured once with the reader as it
# stood (wt-int's head dfd8492), looked at as aggregates only, never layout by layout; they are
# studied when a later round brings a blind set of its own.
ROUND16_HELD_OUT = ROUND16_LAYOUTS
# The seventeenth round (2026-12-07, #16 item 2), written and split before anything was rendered
# or read: national systems' exports that CVs paste in: the Spanish CVN (FECYT; one numbered
# list, "Ann Lee; Maren T. Holloway; Bo Chen. (2/3). 2021. Title. Venue. Elsevier. 3 - 2, pp. 1
# - 9. ISSN 1234-5678" over smaller "Tipo de producción: ..." / "Tipo de soporte: ..." columns),
# a French HAL export (HAL's types as headings, bullets, "Ann Lee, Maren T. Holloway, Bo Chen.
# Title. *Venue*, 2021, 3 (2), pp.1-9. ‹10.1234/...›. ‹hal-01234567›", more than six names cut to
# three and "et al."), the IPSJ / IEICE style of Japanese CVs ("[3] Lee, A., Holloway, M. T. and
# Chen, B.: Title, Venue, Vol. 3, No. 2, pp. 1–9 (2021).", the owner underlined), an Italian IRIS
# export ("Lee AB, Holloway MT, Chen B (2021). Title. VENUE, vol. 3, p. 1-9, ISSN: ..., doi:
# ...", the journal in capitals).
ROUND17_LAYOUTS = frozenset({"cvn_fecyt", "hal_export", "ipsj_colon", "iris_caps_venue"})
# All four held out, fixed before anything was rendered: measured once with the reader as it
# stood (main's 60db95a), looked at as aggregates only, never layout by layout; they are
# studied when a later round brings a blind set of its own.
ROUND17_HELD_OUT = ROUND17_LAYOUTS
# (Studied in the eighteenth round, wt-cvpdf18, once round 18 gave a blind set of its own: tuned
# since; its blind figure below, F1 0.588, stands.)
# The eighteenth round (2026-12-07, #16 item 2, #21 item 3), written and split before anything
# was rendered or read: a Russian list in the GOST 7.1 style (justified, a first-line indent
# holding the number, "Lee, A. Title / A. Lee, M. T. Holloway, B. Chen // Venue. – 2021. – Vol.
# 3, No. 2. – P. 1–9.", the first author's name as a heading for up to three, "[et al.]" after
# three of five or more), the Canadian Common CV (every name inverted with its given names in
# full, "Lee, Ann, Holloway, Maren T., Chen, Bo. (2021). Title. Venue. 3(2): 1-9." over the
# form's field lines "Published, Refereed?: Yes, Open Access?: No" in the same type, the owner's
# name over a rule on every page), a two-column CV whose lists are tables "No. | Publication |
# IF | Quartile" (a grey sidebar on the first page, "Total impact factor: ..." over each table),
# an Apple Pages export (letter-spaced capitals, the body's glyphs placed one by one with a
# little tracking, open-circle bullets drawn as shapes, the owner's name in every page's head
# and foot, MHRA "Ann Lee and Bo Chen, ‘Title’, *Venue*, 3 (2021), 1–9").
ROUND18_LAYOUTS = frozenset({"gost_double_slash", "ccv_canadian", "impact_factor_table", "pages_tracked_hollow"})
# All four held out, fixed before anything was rendered: measured once with the reader as it
# stood (main's 89ef9c4), looked at as aggregates only, never layout by layout; they are
# studied when a later round brings a blind set of its own.
ROUND18_HELD_OUT = ROUND18_LAYOUTS
# (Studied in the nineteenth round, wt-cvpdf19, once round 19 gave a blind set of its own: tuned
# since; its blind figure below, F1 0.457, stands.)
# The nineteenth round (2026-12-07, #16 item 2, #21 item 3), written and split before anything
# was rendered or read: a law CV in the Bluebook's form ("Ann Lee, Maren T. Holloway & Bo Chen,
# *Title*, 3 VENUE 1 (2021).", the journal in a word processor's faked small capitals, the
# volume before it and the first page after), a humanities CV set by TeX, justified with
# automatic hyphenation ("compu-" / "tation" across lines) in Chicago's note form ("Ann Lee and
# Bo Chen, “Title,” *Venue* 3, no. 2 (2021): 1–9."), a Pure research portal printed from a
# browser (Pure's Harvard "Lee, A, Holloway, MT & Chen, B 2021, 'Title', *Venue*, vol. 3, no.
# 2, pp. 1-9." over a smaller grey "Research output: Contribution to journal › Article ›
# peer-review", the browser's head and foot on every page), a word processor's résumé whose
# dates stand at a right tab after a dot leader (the bold title, "....... Mar 2021", the names,
# then "*Venue*, 3(2), 1–9").
ROUND19_LAYOUTS = frozenset({"bluebook_law", "chicago_notes_hyphenated", "pure_portal_harvard", "dot_leader_dates"})
# All four held out, fixed before anything was rendered: measured once with the reader as it
# stood (main's ef7c513), looked at as aggregates only, never layout by layout; they are
# studied when a later round brings a blind set of its own.
ROUND19_HELD_OUT = ROUND19_LAYOUTS
# (Studied in the twentieth round, wt-cvpdf20, once round 20 gave a blind set of its own: tuned
# since; its blind figure below, F1 0.728, stands.)
# The twentieth round (2026-12-07, #16 item 2, #21 item 3), written and split before anything
# was rendered or read: a word processor's CV in "Cite Them Right" Harvard, the form UK
# universities teach ("Lee, A., Holloway, M.T. and Chen, B. (2021) ‘Title’, *Venue*, 3(2), pp.
# 1–9. Available at: https://doi.org/... (Accessed: 14 March 2024).", the access date a later
# year), a MathSciNet list printed from the browser ("MR4212345 Reviewed Lee, Ann; Chen, Bo
# *Title.* Venue 3 (2021), no. 2, 1–9. 05C15 (11B83)", every name inverted, semicolons, the
# subject codes last), an INSPIRE-HEP profile printed from the browser (the title in blue bold
# with its date at the right, "Ann Lee (Northfield U.), Bo Chen (Westmoor U.)", labelled lines
# "Published in:", "e-Print:", "DOI:", then "pdf cite claim" and "12 citations" in grey), a
# Brazilian Lattes CV (Portuguese headings, "LEE, A.; CHEN, B.. Title. Venue, v. 3, p. 1-9,
# 2021." numbered in a left column, "Citações: Web of Science 12 | SCOPUS 14" under some, the
# platform's foot on every page).
ROUND20_LAYOUTS = frozenset({"cite_them_right", "mathscinet_mr", "inspire_hep", "lattes_cv"})
# All four held out, fixed before anything was rendered: measured once with the reader as it
# stood (main's 7d9e8b8), looked at as aggregates only, never layout by layout; they are
# studied when a later round brings a blind set of its own.
ROUND20_HELD_OUT = ROUND20_LAYOUTS
# (Studied in the twenty-first round, wt-cvpdf21, once round 21 gave a blind set of its own: tuned
# since; its blind figure below, F1 0.595, stands.)
# The twenty-first round (2026-12-07, #16 item 2, #21 item 3), written and split before anything
# was rendered or read: a LinkedIn profile printed from the browser (the bold title, a grey
# "Venue · Mar 3, 2021", a "Show publication" button, "Other authors" over grey avatars and no
# name printed), an astronomer's NASA ADS list in the AAS journals' form ("Lee, A., Holloway,
# M. T., & Chen, B. 2021, “Title,” Venue, 3, 45" numbered in a margin, the bibcode
# "[2021V....3...45L]" and "(12 citations)" under it in a smaller blue type), a researchmap
# list printed from the browser (the title in blue, the names, "Venue 3(2) 1-9 Mar 2021", a row
# of outlined badges "Refereed", "Lead author", "Scientific journal"), an NSF biosketch from
# SciENcv ("(c) PRODUCTS" in its two numbered groups, NLM's "Lee A, Chen B. Title. Venue. 2021
# Mar 03; 3(2):1-9. Available from: https://doi.org/...", the form's foot on every page).
ROUND21_LAYOUTS = frozenset({"linkedin_publications", "ads_bibcode", "researchmap_badges", "sciencv_nsf"})
# All four held out, fixed before anything was rendered: measured once with the reader as it
# stood (main's c51fc2f), looked at as aggregates only, never layout by layout; they are
# studied when a later round brings a blind set of its own.
ROUND21_HELD_OUT = ROUND21_LAYOUTS
# (Studied in the twenty-second round, wt-cvpdf22, once round 22 gave a blind set of its own: tuned
# since; its blind figure below, F1 0.209, stands.)
# The twenty-second round (2026-12-08, #16 item 2, #21 item 3), written and split before anything
# was rendered or read: a Pandoc Markdown CV typeset with the Eisvogel LaTeX template (its running
# head and foot between rules, numbered headings "2.1 Journal articles", the lists from citeproc
# with the elsevier-harvard CSL, sorted by first author: "Lee, A., Holloway, M.T., Chen, B., 2021.
# Title. Venue 3, 1–9. https://doi.org/..."), an R Markdown CV with vitae's "hyndman" template
# (detailed_entries: the bold title with the year at the right margin, the names in full under it
# with the italic venue right-aligned beside them or on a line of its own, a bullet for some), the
# Overleaf "Deedy" résumé (two columns, a narrow left one on the first page; "**Title** | *Venue*"
# then a smaller grey "Mar 2021 | A. Lee, M. T. Holloway, B. Chen"), an Interfolio Faculty180 vita
# (bold italic activity types "Journal Article, Academic Journal", "Lee, A., Holloway, M. T., Chen,
# B. (2021). Title. Venue, 3(2), 1-9." with no ampersand, "Status: Published. Refereed: Yes." in a
# smaller type under most).
ROUND22_LAYOUTS = frozenset({"eisvogel_pandoc", "vitae_hyndman", "deedy_resume", "faculty180_vita"})
# All four held out, fixed before anything was rendered: measured once with the reader as it
# stood (main's f143bb3), looked at as aggregates only, never layout by layout; they are
# studied when a later round brings a blind set of its own.
ROUND22_HELD_OUT = ROUND22_LAYOUTS
# (Studied in the twenty-third round, wt-cvpdf23, once round 23 gave a blind set of its own: tuned
# since; its blind figure below, F1 0.844, stands.)
# The twenty-third round (2026-12-08, wt-cvpdf23, #16 item 2, #21 item 3), written and split before
# anything was rendered or read: a CV from R's datadrivencv on pagedown's "html-resume" (a grey aside
# on the first page, the timeline's year at the left of each position, the title bold, the venue under
# it with "N/A" at the right for some, the names as a bulleted description), a RenderCV "classic"
# CV (Typst: the bold title with the date at the right margin, the names in full with the owner in
# bold italics, "10.1234/abc (Venue)" or the venue alone), the "Twenty Seconds" LaTeX CV (a wide
# aside on the first page, the year in a column beside biblatex's standard "A. Lee, M. T. Holloway,
# and B. Chen. “Title”. In: *Venue* 3.2 (2021), pp. 1–9."), a LibreOffice Writer CV with a shaded
# frame down every page and a numbered list in ISO 690 ("LEE, Ann, Maren T. HOLLOWAY a Bo CHEN.
# Title. *Venue*. 2021, 3(2), 1–9. ISSN ...").
ROUND23_LAYOUTS = frozenset({"pagedown_datadriven", "rendercv_classic", "twentysecondcv", "libreoffice_iso690"})
# All four held out, fixed before anything was rendered: measured once with the reader as it stood
# (int's 2884696), looked at as aggregates only, never layout by layout; they are studied when a
# later round brings a blind set of its own.
ROUND23_HELD_OUT = ROUND23_LAYOUTS
# First (blind) measurement of the twenty-third round, the reader unchanged (int's 2884696; the
# generator committed first, 3d84a47; PYTHONHASHSEED=0 pytest -q tests/test_cv_layouts.py -s, the
# four's rows filtered out of the output unread): entries 160, P 0.911, R 0.831, F1 0.869, title
# 0.825, authors 0.825, year 0.831, venue 0.675; every CV detected as one. The others then: tuned
# (93) P 0.995, R 0.986, F1 0.991; round 22's held out four F1 0.844 (as first measured); held out
# before round 6 F1 0.988.
# First (blind) measurement of the twenty-second round, the reader unchanged (main's f143bb3; the
# generator committed first, 9165bb0; PYTHONHASHSEED=0 pytest -q tests/test_cv_layouts.py -s, the
# four's rows filtered out of the output unread): entries 160, P 0.925, R 0.775, F1 0.844, title
# 0.775, authors 0.688, year 0.775, venue 0.637; every CV detected as one. The others then: tuned
# (89) P 0.996, R 0.987, F1 0.991; round 21's held out four F1 0.209 (as first measured); held out
# before round 6 F1 0.988.
# First (blind) measurement of the twenty-first round, the reader unchanged (main's c51fc2f;
# PYTHONHASHSEED=0 pytest -q tests/test_cv_layouts.py -s, the four's rows filtered out of the
# output unread): entries 160, P 0.316, R 0.156, F1 0.209, title 0.156, authors 0.094, year 0.113,
# venue 0.094; every CV detected as one. The others then: tuned (85) P 0.996, R 0.986, F1 0.991;
# round 20's held out four P 0.734, R 0.500, F1 0.595 (year 0.494, 0.487 when first measured);
# held out before round 6 F1 0.988.
# First (blind) measurement of the twentieth round, the reader unchanged (main's 7d9e8b8;
# PYTHONHASHSEED=0 pytest -q tests/test_cv_layouts.py -s, the rows of rounds 19 and 20 filtered
# out of the output unread): entries 160, P 0.734, R 0.500, F1 0.595, title 0.500, authors 0.494,
# year 0.487, venue 0.419. The others then: tuned (80) P 0.995, R 0.985, F1 0.990, title 0.984,
# authors 0.984, year 0.985, venue 0.977; round 19's held out four P 0.737, R 0.719, F1 0.728 (as
# first measured); held out before round 6 P 0.988, R 0.988, F1 0.988, venue 0.979.
# First (blind) measurement of the nineteenth round, the reader unchanged (main's ef7c513;
# PYTHONHASHSEED=0 pytest -q tests/test_cv_layouts.py -s, the four's rows filtered out of the
# output unread): entries 160, P 0.737, R 0.719, F1 0.728, title 0.719, authors 0.481, year
# 0.713, venue 0.294. The others then: tuned (76) P 0.995, R 0.986, F1 0.991, title 0.985,
# authors 0.985, year 0.986, venue 0.979; round 18's held out four P 0.570, R 0.381, F1 0.457
# (as first measured); held out before round 6 P 0.988, R 0.988, F1 0.988, venue 0.979.
# First (blind) measurement of the eighteenth round, the reader unchanged (main's 89ef9c4;
# PYTHONHASHSEED=0 pytest -q tests/test_cv_layouts.py -s, the four's rows filtered out of the
# output unread): entries 160, P 0.570, R 0.381, F1 0.457, title 0.306, authors 0.212, year
# 0.375, venue 0.375. The others then: tuned (72) P 0.995, R 0.986, F1 0.991, title 0.985,
# authors 0.985, year 0.986, venue 0.978; round 17's held out four P 0.714, R 0.500, F1 0.588
# (year 0.500, 0.494 when first measured); held out before round 6 P 0.988, R 0.988, F1 0.988,
# authors 0.988, venue 0.979. The round's eight CVs render in about 1 s.
# First (blind) measurement of the seventeenth round, the reader unchanged (main's 60db95a;
# PYTHONHASHSEED=0 pytest -q tests/test_cv_layouts.py -s, the four's rows filtered out of the
# output unread): entries 160, P 0.714, R 0.500, F1 0.588, title 0.500, authors 0.494, year
# 0.494, venue 0.444. The others then: tuned (68) P 0.996, R 0.986, F1 0.991, title 0.986,
# authors 0.984, year 0.986, venue 0.979; round 16's held out four F1 0.560 (as first measured);
# held out before round 6 P 0.988, R 0.988, F1 0.988, authors 0.988, venue 0.979. The round's
# eight CVs render in about 0.3 s.
# At the end of the round (the reader changed looking at round 16's former held-out four only,
# commit 7f8c52c; PYTHONHASHSEED=0 pytest -q tests/test_cv_layouts.py -s, the four's rows
# filtered out unread): the four, measured again once, as an aggregate: entries 160, P 0.714,
# R 0.500, F1 0.588, title 0.500, authors 0.494, year 0.494, venue 0.444 (no change; the
# aggregate was also printed once in between, unchanged, since the test prints every split).
# Round 16's four (tuned since) P 0.981, R 0.975, F1 0.978; tuned (72 layouts, round 16's four
# among them) P 0.995, R 0.986, F1 0.991, title 0.985, authors 0.984, year 0.986, venue 0.978;
# held out before round 6 unchanged (F1 0.988, authors 0.988, venue 0.979).
# First (blind) measurement of the sixteenth round, the reader unchanged (wt-int's dfd8492;
# PYTHONHASHSEED=0 pytest -q tests/test_cv_layouts.py -s, the four's rows filtered out of the
# output unread): entries 160, P 0.778, R 0.438, F1 0.560, title 0.438, authors 0.431, year
# 0.438, venue 0.412. The others then: tuned (66) P 0.996, R 0.985, F1 0.990, title 0.984,
# authors 0.983, year 0.984, venue 0.977; round 15's held out two F1 0.841 (as first measured);
# held out before round 6 P 0.988, R 0.988, F1 0.988, authors 0.988, venue 0.979. The round's
# eight CVs render in about 0.4 s.
# At the end of the round (the reader changed looking at round 15's former held-out two only,
# commit 630a596; PYTHONHASHSEED=0 pytest -q tests/test_cv_layouts.py -s, the four's rows
# filtered out unread): the four, measured again once, as an aggregate: entries 160, P 0.778,
# R 0.438, F1 0.560, title 0.438, authors 0.431, year 0.438, venue 0.412 (no change). Tuned (68
# layouts, round 15's two among them) P 0.996, R 0.985, F1 0.990, title 0.984, authors 0.983,
# year 0.984, venue 0.978; held out before round 6 unchanged (F1 0.988, authors 0.988, venue
# 0.979).
# First measurement of the fifteenth round (before the reader was changed for it;
# PYTHONHASHSEED=0 pytest -q tests/test_cv_layouts.py -s): entries 240, P 0.932, R 0.858, F1
# 0.894, title 0.858, authors 0.854, year 0.858, venue 0.696. Per studied layout (records,
# rejects, lost; P, R, F1; title, authors, year, venue):
#   labelled_fields_form    34 records, 6 rejects, 2 lost; 1.00 0.85 0.92; 0.85 0.85 0.85 0.85
#   doi_link_line           30, 10, 0; 0.97 0.72 0.83; 0.72 0.72 0.72 0.72
#   refereed_status_groups  40, 0, 0; 0.93 0.93 0.93; 0.93 0.93 0.93 0.90
#   gdocs_swiss_dates       40, 0, 0; 1.00 1.00 1.00; 1.00 1.00 1.00 0.05
# studied four: P 0.972, R 0.875, F1 0.921, title 0.875, authors 0.875, year 0.875, venue 0.631;
# held out two (aggregates only, never looked at layout by layout): P 0.857, R 0.825, F1 0.841,
# title 0.825, authors 0.812, year 0.825, venue 0.825. The older layouts did not move (tuned F1
# 0.987; held out before round 6 P 0.988, R 0.988, F1 0.988, authors 0.983, venue 0.979; round
# 14's held out two F1 0.588, venue 0.575). The round's twelve CVs render and read in about 5 s.
# At the end of the round (the reader changed looking at the studied four only, commit 5b0d1c9;
# PYTHONHASHSEED=0 pytest -q tests/test_cv_layouts.py -s): studied four P 1.000, R 0.988, F1
# 0.994, title 0.988, authors 0.988, year 0.988, venue 0.981 (labelled_fields_form and
# gdocs_swiss_dates 1.00, refereed_status_groups 1.00 with venue 0.97, doi_link_line 0.97: two
# entries rejected, an author list naming "Earth2Ocean Research Derby" and one "Th. Wolf");
# held out two, measured again once, as aggregates: P 0.857, R 0.825, F1 0.841, title 0.825,
# authors 0.812, year 0.825, venue 0.825 (no change). The older held-out figures did not move
# (held out before round 6 F1 0.988, authors 0.983, venue 0.979; round 14's two F1 0.588, venue
# 0.575); round 14's studied four rose (F1 0.962 to 0.968), tuned (64 layouts) P 0.996, R 0.982,
# F1 0.989, title 0.982, authors 0.980, year 0.982, venue 0.975.
# First measurement of the fourteenth round (before the reader was changed for it;
# PYTHONHASHSEED=0, the layouts scored as score_cv does): entries 240, P 0.771, R 0.546, F1 0.639,
# title 0.546, authors 0.546, year 0.546, venue 0.537. Per layout (records, rejects, lost; P, R,
# F1; title, authors, year, venue):
#   orcid_works                0 records, 2 rejects, 35 lost; 0.00 0.00 0.00; 0.00 0.00 0.00 0.00
#   contrib_marks_superscript 39, 3, 1; 0.95 0.93 0.94; 0.93 0.93 0.93 0.93
#   metrics_annotated         41, 1, 0; 0.90 0.93 0.91; 0.93 0.93 0.93 0.93
#   two_column_year_margin    10, 0, 30; 1.00 0.25 0.40; 0.25 0.25 0.25 0.25
#   econ_working_papers       40, 0, 0; 1.00 1.00 1.00; 1.00 1.00 1.00 0.95   (held out)
#   table_role_column         40, 1, 0; 0.17 0.17 0.17; 0.17 0.17 0.17 0.17   (held out)
# studied four: P 0.933, R 0.525, F1 0.672, title 0.525, authors 0.525, year 0.525, venue 0.525;
# held out two: P 0.588, R 0.588, F1 0.588, title 0.588, authors 0.588, year 0.588, venue 0.562.
# At the end of the round (the reader changed looking at the studied four only, commit 6a6796a;
# PYTHONHASHSEED=0 pytest -q tests/test_cv_layouts.py -s): studied four P 0.974, R 0.950, F1
# 0.962, title 0.950, authors 0.950, year 0.950, venue 0.950 (orcid_works 1.00, two_column_year_margin
# 0.97, contrib_marks_superscript 0.94, metrics_annotated 0.94); held out two, measured again
# once, as aggregates: P 0.588, R 0.588, F1 0.588, title 0.588, authors 0.588, year 0.588, venue
# 0.562 (no change; one reject more). No older layout moved.
# First measurement of the thirteenth round (before the reader was changed for it;
# PYTHONHASHSEED=0 pytest -q tests/test_cv_layouts.py -s): entries 200, P 0.688, R 0.385, F1
# 0.494, title 0.385, authors 0.380, year 0.385, venue 0.385. Per layout (records, rejects,
# lost; P, R, F1; title, authors, year, venue):
#   word_section_tables     40 records, 0 rejects, 0 lost; 0.97 0.97 0.97; 0.97 0.97 0.97 0.97
#   nih_biosketch            0, 2, 40; 0.00 0.00 0.00; 0.00 0.00 0.00 0.00
#   page_headers_continued  40, 3, 1; 0.95 0.95 0.95; 0.95 0.93 0.95 0.95
#   french_academic         31, 9, 0; 0.00 0.00 0.00; 0.00 0.00 0.00 0.00   (held out)
#   german_und               1, 10, 31; 0.00 0.00 0.00; 0.00 0.00 0.00 0.00  (held out)
# studied three: P 0.963, R 0.642, F1 0.770, title 0.642, authors 0.633, year 0.642, venue
# 0.642; held out two: P 0.000, R 0.000, F1 0.000 (every field 0.000). (The older layouts did
# not move: tuned F1 0.991, held out before round 6 F1 0.988, round 12's held out two 0.455.)
# First measurement of the twelfth round (before the reader was changed for it; PYTHONHASHSEED=0
# pytest -q tests/test_cv_layouts.py -s): entries 240, P 0.883, R 0.596, F1 0.711, title 0.596,
# authors 0.588, year 0.575, venue 0.588. Per layout (records, rejects, lost; P, R, F1; title,
# authors, year, venue):
#   jakes_resume     13 records, 42 rejects, 39 lost; 0.00 0.00 0.00; 0.00 0.00 0.00 0.00
#   gdocs_band       40, 0, 0; 1.00 1.00 1.00; 1.00 1.00 1.00 1.00
#   status_in_press  39, 1, 0; 0.97 0.95 0.96; 0.95 0.95 0.82 0.95
#   econ_justified   40, 0, 0; 1.00 1.00 1.00; 1.00 1.00 1.00 1.00
#   elsevier_iso4    25, 15, 2; 0.92 0.57 0.71; 0.57 0.57 0.57 0.57   (held out)
#   altacv_icons      5, 91, 3; 0.40 0.05 0.09; 0.05 0.00 0.05 0.00   (held out)
# studied four: P 0.894, R 0.738, F1 0.808, title 0.738, authors 0.738, year 0.706, venue 0.738;
# held out two: P 0.833, R 0.312, F1 0.455, title 0.312, authors 0.287, year 0.312, venue 0.287.
# (The older layouts did not move: tuned F1 0.991, held out before round 6 F1 0.988.)
# Regression floors, set a little below what the reader scored when they were last raised
# (entry recall and each field's share of the truth entries, per split). They are not the
# goal, which is 0.99 on the held-out layouts: raise them as the reader improves.
# Measured 2026-12-05, after chicago_hanging, res_cls and europass_table moved to the tuned
# set and four held-out layouts were added: tuned (8 layouts) recall 0.716, title 0.716,
# authors 0.628, year 0.697, venue 0.684; held-out (8 layouts) recall 0.681, title 0.681,
# authors 0.681, year 0.588, venue 0.675. Tuned raised after the italic headings, right-hand
# "[12]" markers and small-capital names: recall 0.869, title 0.869, authors 0.775, year
# 0.850, venue 0.838 (the held-out figures did not move). Raised 2026-12-06 after the fifth
# round (venue_first, markdown, nature_numbered, mla_hanging, three_line_block tuned; four
# layouts added): tuned (13) recall 0.973, title 0.971, authors 0.965, year 0.971, venue
# 0.954; held-out (7) 0.961, 0.961, 0.825, 0.961, 0.821; the four new layouts ("round-5")
# 0.956, 0.950, 0.719, 0.956, 0.719. The sixth round's four ("round-6") at their first
# measurement, before the reader was changed for them: recall 0.369, title 0.369, authors
# 0.281, year 0.362, venue 0.325 (the older held-out seven are "held-out before round 6").
# Raised at the end of that round (word_tab_dates and awesome_sidebar tuned since): the four
# 0.819, 0.819, 0.731, 0.819, 0.781; the two still held out ("round-6 held out":
# latex_reverse_doi, typst_with_coauthors) 0.662, 0.662, 0.487, 0.662, 0.600.
# Raised in the seventh round, after typst_with_coauthors and latex_reverse_doi moved to the
# tuned set and the reader was changed (tuned, 17 layouts: recall 0.981, title 0.979, authors
# 0.974, year 0.981, venue 0.963; round-6 0.975, 0.975, 0.969, 0.975, 0.950).
FLOORS = {
    # (raised in the tenth round, 37 layouts tuned: recall 0.986, title 0.986, authors 0.984,
    # year 0.986, venue 0.977; eleventh round, 44 tuned: recall 0.988, title 0.987, authors
    # 0.985, year 0.988, venue 0.979)
    # thirteenth round, 55 tuned (nih_biosketch among them, 32 of its 40 entries read: the four
    # papers of each "A. Personal Statement" stand under a heading of no publication list):
    # recall 0.983, title 0.983, authors 0.980, year 0.983, venue 0.976; no older layout moved
    "tuned": {"recall": 0.97, "title": 0.97, "authors": 0.97, "year": 0.97, "venue": 0.96},
    # raised at the end of the seventh round: held out before round 6 recall 0.968, title 0.968,
    # authors 0.964, year 0.968, venue 0.954; round-5 0.981, 0.981, 0.975, 0.981, 0.969
    # raised in the tenth round (the six not studied: recall 0.988, title 0.988, authors 0.983,
    # year 0.988, venue 0.975)
    "held-out before round 6": {"recall": 0.98, "title": 0.98, "authors": 0.97, "year": 0.98, "venue": 0.96},
    "round-5": {"recall": 0.97, "title": 0.97, "authors": 0.96, "year": 0.97, "venue": 0.95},
    # raised in the eighth round (round 7 tuned and studied): round-6 recall 0.981, title 0.981,
    # authors 0.981, year 0.981, venue 0.963; round-7 0.981, 0.981, 0.981, 0.981, 0.931; tuned
    # (21 layouts) 0.983, 0.982, 0.981, 0.983, 0.963
    "round-6": {"recall": 0.97, "title": 0.97, "authors": 0.97, "year": 0.97, "venue": 0.95},
    # first measurement of the seventh round (before the reader was changed): entries 160,
    # P 0.926, R 0.700, F1 0.797, title 0.700, authors 0.662, year 0.700, venue 0.631; raised at
    # the end of the eighth round, round 7 tuned (see above)
    "round-7": {"recall": 0.96, "title": 0.96, "authors": 0.96, "year": 0.96, "venue": 0.91},
    # first measurement of the eighth round (before the reader was changed): entries 160,
    # P 0.827, R 0.719, F1 0.769, title 0.719, authors 0.713, year 0.719, venue 0.713
    # (abnt_caps F1 0.27, alpha_labels 0.79: eight of its entries lost)
    # raised in the ninth round, round 8 tuned and studied: recall 0.975, title 0.975, authors
    # 0.963, year 0.975, venue 0.95
    "round-8": {"recall": 0.96, "title": 0.96, "authors": 0.95, "year": 0.96, "venue": 0.94},
    # first measurement of the ninth round (before the reader was changed): entries 280,
    # P 0.898, R 0.596, F1 0.717, title 0.596, authors 0.593, year 0.596, venue 0.546
    # (europass_labels and dot_separated_small F1 0.00, year_column_grouped 0.42); its three
    # kept held out: entries 120, P 0.837, R 0.642, F1 0.726, title 0.642, authors 0.633,
    # year 0.642, venue 0.642
    # Raised at the end of the ninth round (its four studied layouts tuned; the three of
    # ROUND9_HELD_OUT not looked at): round-9 recall 0.832, title 0.832, authors 0.829, year
    # 0.832, venue 0.829 (P 0.967, F1 0.894); studied four 0.975, 0.975, 0.975, 0.975, 0.969;
    # held out three 0.642, 0.642, 0.633, 0.642, 0.642 (P 0.917, F1 0.755: dot_separated_small
    # reads no entry right, 34 of its 40 entries are rejects)
    # Then dot_separated_small was studied and moved to the tuned set (a title over a smaller
    # line of fields parted by middle dots): round-9 recall 0.975, title 0.975, authors 0.971,
    # year 0.975, venue 0.968 (P 0.993, F1 0.984); the five studied 0.98, 0.98, 0.98, 0.98,
    # 0.97; the two still held out (springer_two_column, apa_hanging_doi; first measurement
    # the same) 0.963, 0.963, 0.95, 0.963, 0.963 (P 0.987, F1 0.975)
    # raised in the tenth round (all seven tuned since): recall 0.993, title 0.993, authors
    # 0.993, year 0.993, venue 0.986
    "round-9": {"recall": 0.98, "title": 0.98, "authors": 0.98, "year": 0.98, "venue": 0.97},
    "round-9 studied": {"recall": 0.96, "title": 0.96, "authors": 0.96, "year": 0.96, "venue": 0.95},
    # (the two of ROUND9_HELD_OUT were studied in the tenth round and are tuned since: their
    # last blind measurement, the same as their first, P 0.987, R 0.963, F1 0.975, title 0.963,
    # authors 0.95, year 0.963, venue 0.963)
    # first measurement of the tenth round (before the reader was changed): entries 320,
    # P 0.886, R 0.584, F1 0.704, title 0.584, authors 0.472, year 0.584, venue 0.544
    # (scholar_profile F1 0.00: its 40 entries lost; word_number_year_tabs 0.22, 34 rejects;
    # gbt7714_numbered 0.21; moderncv_cventry 0.82 with no author list right)
    "round-10": {"recall": 0.57, "title": 0.57, "authors": 0.46, "year": 0.57, "venue": 0.53},
    # its split (ROUND10_HELD_OUT), first measurement: studied four P 0.973, R 0.450, F1 0.615,
    # title 0.450, authors 0.275, year 0.450, venue 0.375; held out four P 0.839, R 0.719,
    # F1 0.774, title 0.719, authors 0.669, year 0.719, venue 0.713
    # raised at the end of the round, the four studied (tuned): P 0.981, R 0.981, F1 0.981,
    # title 0.981, authors 0.981, year 0.981, venue 0.969; the four held out did not move but
    # for one author list (authors 0.669 to 0.675)
    "round-10 studied": {"recall": 0.97, "title": 0.97, "authors": 0.97, "year": 0.97, "venue": 0.95},
    # (the four of ROUND10_HELD_OUT were studied in the eleventh round and are tuned since: their
    # last blind measurement, the same as their first but for one author list, P 0.838, R 0.713,
    # F1 0.770, title 0.713, authors 0.669, year 0.713, venue 0.706; after the eleventh round's
    # changes P 1.000, R 0.994, F1 0.997, title 0.994, authors 0.994, year 0.994, venue 0.988)
    "round-10 held out": {"recall": 0.98, "title": 0.98, "authors": 0.98, "year": 0.98, "venue": 0.97},
    # first measurement of the eleventh round (before the reader was changed): entries 200,
    # P 0.589, R 0.365, F1 0.451, title 0.365, authors 0.100, year 0.355, venue 0.365
    # (acs_semicolons and word_grid_table F1 0.00, 14 entries lost in each; multicol_sections
    # 0.33, 24 lost; siam_caps 0.77; pinyin_surname_caps 0.97 with no author list right);
    # its split (ROUND11_HELD_OUT): studied three P 0.362, R 0.208, F1 0.265, title 0.208,
    # authors 0.092, year 0.208, venue 0.208; held out two P 0.873, R 0.600, F1 0.711, title
    # 0.600, authors 0.113, year 0.575, venue 0.600
    # raised at the end of the round, the three studied (tuned): P 1.000, R 0.992, F1 0.996,
    # title 0.992, authors 0.992, year 0.992, venue 0.992; the two held out did not move (P
    # 0.873, R 0.600, F1 0.711, title 0.600, authors 0.113, year 0.575, venue 0.600)
    # then ROUND11_HELD_OUT was studied (tuned since; its blind figure above stands): two
    # columns inside a section read one after the other, names surname first in capitals turned
    # when the whole CV prints them so; the two P 0.987, R 0.963, F1 0.975, title 0.963, authors
    # 0.963, year 0.963, venue 0.963 (multicol_sections no entry lost); round-11 P 0.995, R 0.980,
    # F1 0.987, title 0.980, authors 0.980, year 0.980, venue 0.980
    "round-11": {"recall": 0.97, "title": 0.97, "authors": 0.97, "year": 0.97, "venue": 0.97},
    "round-11 studied": {"recall": 0.98, "title": 0.98, "authors": 0.98, "year": 0.98, "venue": 0.98},
    "round-11 held out": {"recall": 0.95, "title": 0.95, "authors": 0.95, "year": 0.95, "venue": 0.95},
    # the twelfth round (first measurement above): its four studied (tuned) at the end of the
    # round, recall 0.981, title 0.981, authors 0.981, year 0.981, venue 0.975 (P 0.994, F1
    # 0.987); its two held out, never looked at entry by entry, as first measured
    "round-12 studied": {"recall": 0.97, "title": 0.97, "authors": 0.97, "year": 0.97, "venue": 0.96},
    # (ROUND12_HELD_OUT was studied in the thirteenth round and is tuned since; its blind figure
    # above stands) raised then: P 1.000, R 1.000, F1 1.000, title 1.000, authors 0.988, year
    # 1.000, venue 1.000
    "round-12 held out": {"recall": 0.98, "title": 0.98, "authors": 0.97, "year": 0.98, "venue": 0.98},
    # the thirteenth round (first measurement above): its three studied (tuned) at the end of the
    # round, recall 0.925, title 0.925, authors 0.917, year 0.925, venue 0.925 (P 0.991, F1
    # 0.957; word_section_tables 0.97, page_headers_continued 1.00, nih_biosketch 0.89); its two
    # held out, never looked at entry by entry, F1 0.000 as first measured (no floor: 0 could
    # not fail)
    "round-13 studied": {"recall": 0.92, "title": 0.92, "authors": 0.91, "year": 0.92, "venue": 0.92},
    # (ROUND13_HELD_OUT was studied in the lead's round-13 follow-up and is tuned since; its blind
    # figure, F1 0.000, stands) then: P 0.975, R 0.975, F1 0.975, title 0.963, authors 0.975,
    # year 0.975, venue 0.912 (french_academic F1 1.00, venue 0.93; german_und 0.95, one title
    # cut at its "?" and read with the rest as the venue); round-13 P 0.984, R 0.945, F1 0.964;
    # tuned (57) recall 0.982, title 0.982, authors 0.980, year 0.982, venue 0.973; no other
    # layout moved
    "round-13 held out": {"recall": 0.96, "title": 0.95, "authors": 0.96, "year": 0.96, "venue": 0.90},
    "round-13": {"recall": 0.93, "title": 0.93, "authors": 0.93, "year": 0.93, "venue": 0.91},
    # the fourteenth round (first and end-of-round measurements above, beside ROUND14_HELD_OUT)
    "round-14 studied": {"recall": 0.94, "title": 0.94, "authors": 0.94, "year": 0.94, "venue": 0.94},
    # (ROUND14_HELD_OUT was studied in the round-14 follow-up and is tuned since; its blind figure,
    # F1 0.588, venue 0.575, stands) then: P 1.000, R 1.000, F1 1.000, title, authors and year
    # 1.000, venue 0.988 (table_role_column 1.00, read by its header's column names;
    # econ_working_papers 1.00, venue 0.97: a BibTeX venue's quirk)
    "round-14 held out": {"recall": 0.99, "title": 0.99, "authors": 0.99, "year": 0.99, "venue": 0.98},
    # the fifteenth round (first and end-of-round measurements above, beside ROUND15_HELD_OUT)
    "round-15 studied": {"recall": 0.98, "title": 0.98, "authors": 0.98, "year": 0.98, "venue": 0.97},
    # (ROUND15_HELD_OUT was studied in the sixteenth round and is tuned since; its blind figure,
    # F1 0.841, authors 0.812, stands) then: P 0.987, R 0.975, F1 0.981, title 0.975, authors
    # 0.963, year 0.975, venue 0.975
    "round-15 held out": {"recall": 0.96, "title": 0.96, "authors": 0.95, "year": 0.96, "venue": 0.96},
    # the sixteenth round's four, held out (first and end-of-round measurements beside
    # ROUND16_HELD_OUT); (ROUND16_HELD_OUT was studied in the seventeenth round and is tuned
    # since; its blind figure, F1 0.560, stands) then: P 0.981, R 0.975, F1 0.978, title 0.975,
    # authors 0.975, year 0.975, venue 0.956
    "round-16 studied": {"recall": 0.96, "title": 0.96, "authors": 0.96, "year": 0.96, "venue": 0.94},
    # the seventeenth round's four, held out (first and end-of-round measurements beside
    # ROUND17_HELD_OUT); (ROUND17_HELD_OUT was studied in the eighteenth round, wt-cvpdf18, and is
    # tuned since; its blind figure, F1 0.588, stands) then: P 1.000, R 0.988, F1 0.994, title,
    # authors, year and venue 0.988 (cvn_fecyt 0.97: two entries rejected, a name "Earth2Ocean
    # Research Derby" and "the Suzaku Eta Carinae team"; the other three 1.00)
    "round-17 studied": {"recall": 0.97, "title": 0.97, "authors": 0.97, "year": 0.97, "venue": 0.97},
    # the eighteenth round's four, held out (first measurement beside ROUND18_HELD_OUT);
    # (ROUND18_HELD_OUT was studied in the nineteenth round, wt-cvpdf19, and is tuned since; its
    # blind figure, F1 0.457, stands) then: P 0.987, R 0.963, F1 0.975, title 0.956, authors
    # 0.963, year 0.963, venue 0.944 (gost_double_slash 0.97, ccv_canadian 1.00,
    # impact_factor_table 0.96, pages_tracked_hollow 0.96)
    "round-18 studied": {"recall": 0.95, "title": 0.94, "authors": 0.95, "year": 0.95, "venue": 0.93},
    # the nineteenth round's four, held out (first measurement beside ROUND19_HELD_OUT);
    # (ROUND19_HELD_OUT was studied in the twentieth round, wt-cvpdf20, and is tuned since; its
    # blind figure, F1 0.728, stands) then: P 1.000, R 0.994, F1 0.997, title 0.994, authors
    # 0.994, year 0.994, venue 0.981 (bluebook_law venue 0.97, chicago_notes_hyphenated 0.99, the
    # other two 1.00)
    "round-19 studied": {"recall": 0.97, "title": 0.97, "authors": 0.97, "year": 0.97, "venue": 0.95},
    # the twentieth round's four, held out (first measurement beside ROUND20_HELD_OUT; a first
    # floor, 0.5 on recall, title and year, was set before anything was measured; the blind
    # figure's year, 0.487, fell below it and it was lowered to a loose one, the figure unlooked-at
    # by layout); (ROUND20_HELD_OUT was studied in the twenty-first round, wt-cvpdf21, and is tuned
    # since; its blind figure, F1 0.595, stands) then: P 1.000, R 1.000, F1 1.000, title 0.994,
    # authors 1.000, year 0.994, venue 0.994 (inspire_hep title 0.97, lattes_cv year 0.97,
    # cite_them_right venue 0.97, the rest 1.00)
    "round-20 studied": {"recall": 0.97, "title": 0.97, "authors": 0.97, "year": 0.97, "venue": 0.97},
    # the twenty-first round's four, held out (first measurement beside ROUND21_HELD_OUT): a loose
    # floor, set after that one measurement at about half of it, so that a crash or a reading gone
    # wholesale wrong fails it, not the figure
    # (ROUND21_HELD_OUT was studied in the twenty-second round, wt-cvpdf22, and is tuned since; its
    # blind figure, F1 0.209, stands) then: P 0.981, R 0.975, F1 0.978, title, authors and year
    # 0.975, venue 0.950 (linkedin_publications 0.97, venue 0.90; ads_bibcode 1.00, venue 0.97;
    # researchmap_badges 0.99; sciencv_nsf 0.95)
    "round-21 studied": {"recall": 0.96, "title": 0.96, "authors": 0.96, "year": 0.96, "venue": 0.93},
    # the twenty-second round's four, held out (first measurement beside ROUND22_HELD_OUT): a loose
    # floor, set after that one measurement at about half of it (as round 21's)
    # (ROUND22_HELD_OUT was studied in the twenty-third round, wt-cvpdf23, and is tuned since; its
    # blind figure, F1 0.844, stands) then: P 1.000, R 1.000, F1 1.000, title 0.994, authors 1.000,
    # year 1.000, venue 0.994 (faculty180_vita title 0.97, vitae_hyndman venue 0.97, the rest 1.00)
    "round-22 studied": {"recall": 0.96, "title": 0.96, "authors": 0.96, "year": 0.96, "venue": 0.93},
    # the twenty-third round's four, held out (first measurement beside ROUND23_HELD_OUT): a loose
    # floor, set after that one measurement at about half of it (as rounds 21's and 22's)
    "round-23 held out": {"recall": 0.41, "title": 0.41, "authors": 0.41, "year": 0.41, "venue": 0.33},
}
# 2026-12-06, merged main: the CVs' entries come through the BibTeX extractor, which now reads
# BibLaTeX files, so the owners and entries of the pages changed; "round-6 held out" venue
# measured 0.575 (0.600 before the merge; recall 0.662, authors 0.487 unchanged), with the
# html/markdown readers' single-author fix of that day or without it. Its floor is set to that
# measurement; the two layouts were not looked at entry by entry.


def _cases() -> dict[str, list[tuple[str, list[dict]]]]:
    """{layout: [(owner, entries), ...]}, the same on every run."""
    if not (EXTERNAL / "arxiv" / "abs_files_arxiv_browse").is_dir() or not (EXTERNAL / "bibtex").is_dir():
        pytest.skip(f"real metadata not available: {EXTERNAL} (../shared/external) has no arXiv .abs files or BibTeX")
    people = [(owner, entries) for owner, entries in cv_layouts.bibtex_people(EXTERNAL) if len(entries) >= 10]
    arxiv = cv_layouts.arxiv_entries(EXTERNAL, limit=400)
    if not people or len(arxiv) < PER_CV:
        pytest.skip(f"too little usable metadata under {EXTERNAL}: {len(people)} BibTeX owners, {len(arxiv)} arXiv entries")
    cases = {}
    for i, layout in enumerate(cv_layouts.LAYOUTS):
        rng = random.Random(f"cv-layouts|{layout}")
        owner, mine = people[i % len(people)]
        own = rng.sample(mine, min(PER_CV, len(mine)))
        injected = cv_layouts.with_owner(rng.sample(arxiv, 2 * PER_CV - len(own)), cv_layouts.FAKE_OWNER, rng)
        cases[layout] = [(owner, own), (cv_layouts.FAKE_OWNER, injected)]
    return cases


def _words(text: str | None) -> str:
    return re.sub(r"\W+", " ", display_title(text or "").casefold()).strip()


def score_cv(layout: str, owner: str, entries: list[dict], seed: int) -> tuple[Counter, list[str], list[str]]:
    """(counts, the document's kind, lost titles) for one rendered CV. An entry is lost when
    no record's title and no reject's excerpt holds the first words of its title (an entry
    run into a neighbour's venue or authors is lost: no record or reject stands for it)."""
    pdf = cv_layouts.render(layout, entries, owner, seed)
    kind, records, rejects = extract_document(make_doc(pdf, f"cv_{layout}.pdf"))
    truth = cv_layouts.expected(entries, layout)
    seen = " | ".join([_words(r["title"]) for r in records] + [_words(x["excerpt"]) for x in rejects])
    out = Counter(entries=len(truth), records=len(records), rejects=len(rejects), kind=int(kind == "cv_pdf"),
                  markup=sum(any(m in (r["title"] or "") for m in ("**", "__")) for r in records))
    lost = [t["title"] for t in match_fields(truth, records, out)
            if " ".join(_words(t["title"]).split()[:5]) not in seen]
    return out, [kind], lost


@pytest.fixture(scope="module")
def scores() -> dict[str, tuple[Counter, list[str], list[str]]]:
    out = {}
    for layout, cvs in _cases().items():
        total, kinds, lost = Counter(), [], []
        for seed, (owner, entries) in enumerate(cvs):
            counts, k, gone = score_cv(layout, owner, entries, seed)
            total.update(counts)
            kinds += k
            lost += gone
        out[layout] = (total, kinds, lost)
    return out


def _report(scores) -> dict[str, dict]:
    print()
    width = max(len(n) for n in scores)
    print(f"{'layout':{width}} {'split':8} {'entries':>7} {'records':>7} {'rejects':>7} {'found':>5} {'lost':>4}  "
          f"{'P':>5} {'R':>5} {'F1':>5}  " + "  ".join(f"{f:>7}" for f in FIELDS))
    for layout, (s, _, lost) in scores.items():
        part = "tuned" if layout in TUNED_LAYOUTS else "held-out"
        prf = summary({layout: s})
        print(f"{layout:{width}} {part:8} {s['entries']:7d} {s['records']:7d} {s['rejects']:7d} {s['found']:5d} "
              f"{len(lost):4d}  {prf['precision']:5.2f} {prf['recall']:5.2f} {prf['f1']:5.2f}  "
              + "  ".join(f"{s[f] / s['entries']:7.2f}" for f in FIELDS))
    splits = {"tuned": [n for n in scores if n in TUNED_LAYOUTS],
              "held-out": [n for n in scores if n in HELD_OUT_LAYOUTS],
              "round-5": [n for n in scores if n in ROUND5_LAYOUTS],
              "round-6": [n for n in scores if n in ROUND6_LAYOUTS],
              "round-6 held out": [n for n in scores if n in ROUND6_LAYOUTS & HELD_OUT_LAYOUTS],
              "round-7": [n for n in scores if n in ROUND7_LAYOUTS],
              "round-8": [n for n in scores if n in ROUND8_LAYOUTS],
              "round-9": [n for n in scores if n in ROUND9_LAYOUTS],
              "round-9 studied": [n for n in scores if n in ROUND9_LAYOUTS - ROUND9_HELD_OUT],
              "round-10": [n for n in scores if n in ROUND10_LAYOUTS],
              "round-10 studied": [n for n in scores if n in ROUND10_LAYOUTS - ROUND10_HELD_OUT],
              "round-10 held out": [n for n in scores if n in ROUND10_HELD_OUT],
              "round-11": [n for n in scores if n in ROUND11_LAYOUTS],
              "round-11 studied": [n for n in scores if n in ROUND11_LAYOUTS - ROUND11_HELD_OUT],
              "round-11 held out": [n for n in scores if n in ROUND11_HELD_OUT],
              "round-12": [n for n in scores if n in ROUND12_LAYOUTS],
              "round-12 studied": [n for n in scores if n in ROUND12_LAYOUTS - ROUND12_HELD_OUT],
              "round-12 held out": [n for n in scores if n in ROUND12_HELD_OUT],
              "round-13": [n for n in scores if n in ROUND13_LAYOUTS],
              "round-13 studied": [n for n in scores if n in ROUND13_LAYOUTS - ROUND13_HELD_OUT],
              "round-13 held out": [n for n in scores if n in ROUND13_HELD_OUT],
              "round-14": [n for n in scores if n in ROUND14_LAYOUTS],
              "round-14 studied": [n for n in scores if n in ROUND14_LAYOUTS - ROUND14_HELD_OUT],
              "round-14 held out": [n for n in scores if n in ROUND14_HELD_OUT],
              "round-15": [n for n in scores if n in ROUND15_LAYOUTS],
              "round-15 studied": [n for n in scores if n in ROUND15_LAYOUTS - ROUND15_HELD_OUT],
              "round-15 held out": [n for n in scores if n in ROUND15_HELD_OUT],
              "round-16 studied": [n for n in scores if n in ROUND16_HELD_OUT],
              "round-17 studied": [n for n in scores if n in ROUND17_HELD_OUT],
              "round-18 studied": [n for n in scores if n in ROUND18_HELD_OUT],
              "round-19 studied": [n for n in scores if n in ROUND19_HELD_OUT],
              "round-20 studied": [n for n in scores if n in ROUND20_HELD_OUT],
              "round-21 studied": [n for n in scores if n in ROUND21_HELD_OUT],
              "round-22 studied": [n for n in scores if n in ROUND22_HELD_OUT],
              "round-23 held out": [n for n in scores if n in ROUND23_HELD_OUT],
              "held-out before round 10": [n for n in scores
                                           if n in HELD_OUT_LAYOUTS - ROUND10_LAYOUTS - ROUND11_LAYOUTS
                                           - ROUND12_LAYOUTS - ROUND13_LAYOUTS - ROUND14_LAYOUTS
                                           - ROUND15_LAYOUTS - ROUND16_LAYOUTS - ROUND17_LAYOUTS
                                           - ROUND18_LAYOUTS - ROUND19_LAYOUTS - ROUND20_LAYOUTS
                                           - ROUND21_LAYOUTS - ROUND22_LAYOUTS - ROUND23_LAYOUTS],
              "held-out before round 6": [n for n in scores
                                          if n in HELD_OUT_LAYOUTS - ROUND6_LAYOUTS - ROUND7_LAYOUTS - ROUND8_LAYOUTS
                                          - ROUND9_LAYOUTS - ROUND10_LAYOUTS - ROUND11_LAYOUTS
                                          - ROUND12_LAYOUTS - ROUND13_LAYOUTS - ROUND14_LAYOUTS
                                          - ROUND15_LAYOUTS - ROUND16_LAYOUTS - ROUND17_LAYOUTS
                                          - ROUND18_LAYOUTS - ROUND19_LAYOUTS - ROUND20_LAYOUTS
                                          - ROUND21_LAYOUTS - ROUND22_LAYOUTS - ROUND23_LAYOUTS],
              "overall": list(scores)}
    out = {}
    for part, names in splits.items():
        if not names:
            continue  # a split whose layouts have all moved to the tuned set
        out[part] = summary({n: scores[n][0] for n in names})
        print(f"{part:9}", {k: round(v, 3) if isinstance(v, float) else v for k, v in out[part].items()})
    return out


def test_cv_layouts_detected_and_scored(scores):
    summaries = _report(scores)
    for layout, (s, kinds, _) in scores.items():
        assert s["kind"] == len(kinds), f"{layout}: detected as {kinds}, not cv_pdf"
    for part, floor in FLOORS.items():
        for field, minimum in floor.items():
            assert summaries[part][field] >= minimum, (part, field, summaries[part][field], minimum)


@pytest.mark.xfail(strict=True, reason="known failure (#16, #21): entries of the thirteenth round's "
                   "nih_biosketch (studied: the papers of its 'A. Personal Statement', a heading of no publication "
                   "list) and one of german_und's (a title cut at its '?', the rest read as the venue) "
                   "are in no record's title and no reject (german_und's 31 others, under German headings no "
                   "table knew, are read since the round-13 follow-up, and a list under a heading no table "
                   "knows is rejected entry by entry; those of the twelfth round's altacv_icons and "
                   "elsevier_iso4 are read since the thirteenth round; "
                   "small_sans_labels' one, read with its names as its title, is rejected since the twelfth "
                   "round, and jakes_resume's, bulleted sub-items read as entries, are read; those of multicol_sections, two balanced columns inside each "
                   "section, lost before are read since its columns are found within the section; "
                   "those of right_sidebar_pages, gbt7714_numbered, acs_semicolons and word_grid_table lost "
                   "before are read since the eleventh round; the entries "
                   "of springer_two_column, scholar_profile and the rest of small_sans_labels' lost before are "
                   "read since the tenth round, those of typewriter, "
                   "cs_badges, alpha_labels, abnt_caps, year_column_grouped, europass_labels and "
                   "dot_separated_small lost before are read or rejected since the ninth round; "
                   "the fourteenth round's contrib_marks_superscript's one, a name opening 'Ya.' read as a "
                   "sentence's end, is read since the round-14 follow-up; the sixteenth round's serif_9pt_two_lines "
                   "loses two, a title holding '?' and '!' cut there and one whose italic venue was read as its "
                   "title (the CV's italics taken for the titles' type), where its nineteen others lost before, each run into "
                   "the entry above as its first word 'von' was taken for a sentence going on, are read since "
                   "the seventeenth round); "
                   "strict, so it fails loudly once every entry is read or rejected")
def test_cv_layouts_nothing_silently_lost(scores):
    """Every printed entry is read into a record or named by a reject; none vanishes (merged
    into a neighbour's record, dropped with no reject)."""
    lost = {layout: titles for layout, (_, _, titles) in scores.items() if titles}
    assert not lost, "entries neither read nor rejected: " + "; ".join(
        f"{layout}: {len(titles)} (e.g. {titles[0]!r})" for layout, titles in lost.items())


def test_cv_layouts_titles_carry_no_markup(scores):
    """No record's title holds the emphasis marks of the text-CV rendering (``**``, ``__``):
    markup never leaks into a title (#16 item 2)."""
    marked = {layout: s["markup"] for layout, (s, _, _) in scores.items() if s["markup"]}
    assert not marked, f"record titles with markup: {marked}"


def test_layouts_are_deterministic():
    cases = _cases()
    assert set(cases) == set(cv_layouts.LAYOUTS)
    for layout, cvs in cases.items():
        owner, entries = cvs[0]
        first = cv_layouts.render(layout, entries, owner, 7)
        assert first == cv_layouts.render(layout, [dict(e) for e in entries], owner, 7), layout
        assert cv_layouts.expected(entries, layout) == cv_layouts.expected(list(entries), layout), layout
