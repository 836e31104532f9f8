"""Plain-text CVs rendered from real metadata (:mod:`tests.cv_text_layouts`), read back the
way a user's file is read (``extract_document``, the format detected, never forced) and
scored field by field with the comparison of ``test_sites_cv_pdf``: an entry is found when a
record has its title; then title exactly, authors strictly (as printed, in order), year
exactly, venue as the start of the extracted one (none where none is printed); plus entry
precision and recall.

The layouts were split into tuned and held-out halves (``cv_text_layouts.split``: md5 of the
name, the lower half tuned) before any reader was run on them; only the tuned ones may be
looked at while the readers are changed, the held-out ones only as the aggregate below.

First measurement, 2026-12-07 (branch wt-cvtextgen, readers of main f3bcfa7 unchanged):
  tuned (acm_email_wrapped, apa_underlined, harvard_caps_owner, ieee_bracket_caps, lncs_readme,
  vancouver_paren_etal; 235 entries in 18 documents): P 0.976 R 0.877, F1 0.924, title 0.877,
  authors 0.804, year 0.877, venue 0.864; 4 rejects, 21 entries neither a record nor a reject
  (ieee_bracket_caps: 14 records for 36 entries).
  held out (chicago_author_date, econ_with_coauthors, mla_numbered_etal, pdftotext_layout_margin,
  pdftotext_raw_numbered, tab_year_columns; 282 entries in 18 documents): P 0.955 R 0.823,
  F1 0.884, title 0.823, authors 0.759, year 0.819, venue 0.727; 13 rejects, 38 entries neither
  a record nor a reject.
  Command: PYTHONHASHSEED=0 PYTHONPATH=$PWD .venv/bin/python -m pytest -q tests/test_cv_text_layouts.py -s

Final measurement of that round, 2026-12-07 (the readers changed against the tuned layouts
only, and against more documents of the tuned layouts rendered from every BibTeX owner; the
held-out layouts never looked at but in this aggregate):
  tuned (235 entries): P 0.996 R 0.991, F1 0.994, title 0.991, authors 0.987, year 0.991,
  venue 0.983; 1 reject, 0 entries unaccounted for.
  held out (282 entries): P 0.963 R 0.826, F1 0.889, title 0.826, authors 0.762, year 0.816,
  venue 0.752; 14 rejects, 38 entries neither a record nor a reject (as at the first
  measurement: the rules learnt from the tuned styles barely carry over to the held-out ones).

Round 2, first measurement, 2026-12-07 (branch wt-cvtext2 at the readers of wt-cvtextgen
3a4945b, unchanged; the six layouts of ``cv_text_layouts.ROUND2`` written before any reader
ran on them, all held out as ``ROUND2_HELD_OUT``, aggregate only):
  round 2 held out (word_tab_years, faculty_activity_report, unicode_bullets_right_years,
  ams_physics_bold, section_labels_restart, pandoc_plain_latex; 266 entries in 18 documents):
  P 0.590 R 0.320, F1 0.415, title 0.320, authors 0.320, year 0.320, venue 0.320; 76 rejects,
  46 entries neither a record nor a reject.
  Command: PYTHONHASHSEED=0 PYTHONPATH=$PWD .venv/bin/python -m pytest -q tests/test_cv_text_layouts.py -s

Round 2, final measurement, 2026-12-07 (branch wt-cvtext2: the readers changed against the
first round's held-out six only, studied after round 2's first figure was committed and moved
to the tuned set; round 2's six never looked at but in this aggregate):
  tuned, all twelve (517 entries): P 0.996 R 0.992, F1 0.994, title 0.992, authors 0.986,
  year 0.992, venue 0.981; 2 rejects, 0 entries unaccounted for.
  of which the first round's held-out six, studied (282 entries): blind P 0.963 R 0.826,
  title 0.826, authors 0.762, year 0.816, venue 0.752, 38 unaccounted (above) -> P 0.996
  R 0.993, F1 0.995, title 0.993, authors 0.986, year 0.993, venue 0.979; 1 reject,
  0 unaccounted.
  round 2 held out (266 entries): P 0.590 R 0.320, F1 0.415, title 0.320, authors 0.320,
  year 0.320, venue 0.320; 76 rejects, 46 entries unaccounted for: unchanged from its first
  figure (the rules learnt from the studied six do not reach these six styles; its aggregate
  was also printed once in between, by a run of the whole file, unchanged then too).

Round 3, first measurement, 2026-12-07 (branch wt-cvtext3 at the readers of wt-int bd03725,
unchanged; the six layouts of ``cv_text_layouts.ROUND3`` written before any reader ran on them,
all held out as ``ROUND3_HELD_OUT``, aggregate only):
  round 3 held out (linkedin_profile_export, dept_annual_report, txt_star_underscore_owner,
  bilingual_side_by_side, orcid_works_paste, hal_french_caps; 257 entries in 18 documents):
  P 0.951 R 0.451, F1 0.612, title 0.451, authors 0.300, year 0.451, venue 0.444; 63 rejects,
  76 entries neither a record nor a reject.
  Command: PYTHONHASHSEED=0 PYTHONPATH=$PWD .venv/bin/python -m pytest -q tests/test_cv_text_layouts.py -s

Round 3, final measurement, 2026-12-07 (branch wt-cvtext3: round 2's six studied, moved to the
tuned set; the readers changed against them only; round 3's six never looked at but in this
aggregate, printed twice with reader code: its first figure above and this one):
  tuned, all eighteen (783 entries): P 0.992 R 0.976, F1 0.984, title 0.976, authors 0.968,
  year 0.976, venue 0.964; 13 rejects, 0 entries unaccounted for.
  of which round 2's six, studied (266 entries): blind P 0.590 R 0.320, 46 unaccounted (above)
  -> P 0.984 R 0.944, F1 0.964, title 0.944, authors 0.932, year 0.944, venue 0.932;
  11 rejects, 0 unaccounted.
  the first twelve: unchanged (first tuned P 0.996 R 0.991; round 1 studied P 0.996 R 0.993).
  round 3 held out (257 entries): P 0.965 R 0.638, F1 0.768, title 0.638, authors 0.486,
  year 0.638, venue 0.455; 15 rejects, 76 entries neither a record nor a reject (as many as at
  its first figure: the entries lost there are lost still).

Round 4, first measurement, 2026-12-07 (branch wt-cvtext4 at the readers of main 60db95a,
unchanged; the six layouts of ``cv_text_layouts.ROUND4`` written before any reader ran on them,
all held out as ``ROUND4_HELD_OUT``, aggregate only):
  round 4 held out (word_smart_quotes_nbsp, email_quoted_reply, ams_right_refnums, latex_source,
  rst_cv, psql_pipe_table; 269 entries in 18 documents): P 0.651 R 0.201, F1 0.307, title 0.201,
  authors 0.201, year 0.201, venue 0.197; 78 rejects, 108 entries neither a record nor a reject.
  The same run, the other splits at main 60db95a: tuned (783) P 0.991 R 0.976, authors 0.969,
  venue 0.964, 12 rejects; first tuned P 0.991 R 0.991; round 1 studied P 0.996 R 0.993; round
  2 studied P 0.984 R 0.944; round 3 held out (257) P 0.976 R 0.638, F1 0.772, title 0.638,
  authors 0.486, year 0.638, venue 0.455; 17 rejects, 76 unaccounted.
  Command: PYTHONHASHSEED=0 PYTHONPATH=$PWD /work/main/.venv/bin/python -m pytest -q tests/test_cv_text_layouts.py -s

Round 4, final measurement, 2026-12-07 (branch wt-cvtext4: round 3's six studied, moved to the
tuned set; the readers changed against them only; round 4's six never looked at but in this
aggregate, printed twice with reader code: its first figure above and this one):
  tuned, all twenty-four (1040 entries): P 0.987 R 0.969, F1 0.978, title 0.969, authors 0.960,
  year 0.969, venue 0.959; 23 rejects, 0 entries unaccounted for.
  of which round 3's six, studied (257 entries): blind P 0.965 R 0.638, 76 unaccounted (above)
  -> P 0.976 R 0.949, F1 0.963, title 0.949, authors 0.930, year 0.949, venue 0.942;
  11 rejects, 0 unaccounted.
  the first eighteen: unchanged from main 60db95a (first tuned P 0.991 R 0.991; round 1
  studied P 0.996 R 0.993; round 2 studied P 0.984 R 0.944).
  round 4 held out (269 entries): P 0.746 R 0.316, F1 0.444, title 0.316, authors 0.316,
  year 0.316, venue 0.312; 76 rejects, 79 entries neither a record nor a reject (108 at its
  first figure).

Round 5, first measurement, 2026-12-07 (branch wt-cvtext5 at the readers of main 89ef9c4,
unchanged; the five layouts of ``cv_text_layouts.ROUND5`` written before any reader ran on them,
all held out as ``ROUND5_HELD_OUT``, aggregate only):
  round 5 held out (pdf_copy_ligatures, org_mode_cv, form_labels_de_es, nsf_biosketch_products,
  tsv_spreadsheet_paste; 208 entries in 15 documents): P 0.259 R 0.101, F1 0.145, title 0.082,
  authors 0.101, year 0.101, venue 0.091; 40 rejects, 90 entries neither a record nor a reject.
  Same run: tuned (1040) P 0.987 R 0.969, title 0.969, authors 0.963, year 0.969, venue 0.959,
  23 rejects, 0 unaccounted; round 4 held out (269) P 0.746 R 0.316 (as wt-cvtext4 left it).
  Command: PYTHONHASHSEED=0 PYTHONPATH=$PWD /work/main/.venv/bin/python -m pytest -q tests/test_cv_text_layouts.py -s

Round 5, final measurement of wt-cvtext5, 2026-12-07 (round 4's six studied since wt-cvtext5,
moved to the tuned set; the readers changed against them only; round 5's five never looked at
but in this aggregate):
  tuned, all thirty (1309 entries): P 0.990 R 0.972, F1 0.981, title 0.972, authors 0.960,
  year 0.969, venue 0.960; 27 rejects, 0 unaccounted.
  of which the twenty-four tuned before (1040): identical to the first figure above.
  of which round 4's six, studied (269): blind P 0.651 R 0.201 (P 0.746 R 0.316, 79
  unaccounted at this branch's start) -> P 1.000 R 0.985, F1 0.993, title 0.985, authors 0.948,
  year 0.967, venue 0.967; 4 rejects, 0 unaccounted.
  round 5 held out (208): P 0.259 R 0.101, F1 0.145, title 0.082, authors 0.101, year 0.101,
  venue 0.091; 40 rejects, 90 unaccounted: unchanged from its first figure (the dialects learnt
  from round 4 do not reach round 5's styles).

Round 6, first measurement, 2026-12-07 (branch wt-cvtext6 at the readers of main ef7c513,
unchanged; the five layouts of ``cv_text_layouts.ROUND6`` written before any reader ran on them,
all held out as ``ROUND6_HELD_OUT``, aggregate only):
  round 6 held out (google_scholar_paste, europass_cv_crlf, github_readme_badges,
  chicago_biblio_countdown, rendercv_yaml; 208 entries in 15 documents): P 0.992 R 0.625,
  F1 0.767, title 0.625, authors 0.625, year 0.625, venue 0.625; 6 rejects, 71 entries neither
  a record nor a reject.
  Same run: tuned (1309) P 0.990 R 0.972, as wt-cvtext5 left it; round 5 held out (208)
  P 0.247 R 0.096, F1 0.138, title 0.077, authors 0.096, year 0.096, venue 0.087; 40 rejects,
  90 unaccounted (main moved since wt-cvtext5's P 0.259 R 0.101, not by this branch).
  Command: PYTHONHASHSEED=0 PYTHONPATH=$PWD /work/main/.venv/bin/python -m pytest -q -p no:cacheprovider tests/test_cv_text_layouts.py -s

Round 6, final measurement of wt-cvtext6, 2026-12-07 (round 5's five studied since wt-cvtext6,
moved to the tuned set; the readers changed against them only; round 6's five never looked at
but in this aggregate):
  tuned, all thirty-five (1517 entries): P 0.991 R 0.976, F1 0.983, title 0.976, authors 0.964,
  year 0.972, venue 0.964; 27 rejects, 0 unaccounted.
  of which the thirty tuned before (1309): identical to the first figure above.
  of which round 5's five, studied (208): blind P 0.259 R 0.101 (P 0.247 R 0.096, 90
  unaccounted at this branch's start) -> P 0.995 R 0.995, F1 0.995, title 0.995, authors 0.995,
  year 0.995, venue 0.990; 0 rejects, 0 unaccounted.
  round 6 held out (208): P 0.992 R 0.625, F1 0.767, title 0.625, authors 0.625, year 0.625,
  venue 0.625; 6 rejects, 71 unaccounted: unchanged from its first figure.

Round 7, first measurement, 2026-12-07 (branch wt-cvtext7 at the readers of main 8e6ff9e,
unchanged; the five layouts of ``cv_text_layouts.ROUND7`` written before any reader ran on them,
all held out as ``ROUND7_HELD_OUT``, aggregate only):
  round 7 held out (pubmed_abstract_text, dblp_person_paste, asciidoc_cv, typst_cv,
  acs_chem_semicolons; 229 entries in 15 documents): P 0.962 R 0.441, F1 0.605, title 0.441,
  authors 0.441, year 0.441, venue 0.410; 59 rejects, 68 entries neither a record nor a reject.
  Same run: round 6 held out (208) P 0.992 R 0.625, 6 rejects, 71 unaccounted (as wt-cvtext6
  left it); round 5 studied P 0.995 R 0.995.
  Command: PYTHONHASHSEED=0 PYTHONPATH=$PWD /work/main/.venv/bin/python -m pytest -q -p no:cacheprovider tests/test_cv_text_layouts.py -s

Round 7, final measurement of wt-cvtext7, 2026-12-07 (round 6's five studied since wt-cvtext7,
moved to the tuned set; the readers changed against them only; round 7's five never looked at
but in this aggregate):
  tuned, all forty (1725 entries): P 0.991 R 0.979, F1 0.985, title 0.979, authors 0.971,
  year 0.976, venue 0.969; 30 rejects, 0 unaccounted.
  of which the thirty-five tuned before (1517): identical to main 8e6ff9e (P 0.991 R 0.976).
  of which round 6's five, studied (208): blind P 0.992 R 0.625, 71 unaccounted -> P 0.995
  R 0.995, F1 0.995, every field 0.995; 4 rejects, 0 unaccounted.
  round 7 held out (229): P 0.971 R 0.441, F1 0.607, title 0.441, authors 0.441, year 0.441,
  venue 0.410; 81 rejects, 47 unaccounted (68 at its first figure: an unread document's
  entries are rejects now, extractors/unread_entries.py).

Round 8, first measurement, 2026-12-07 (branch wt-cvtext8 at the readers of main c51fc2f,
unchanged; the four layouts of ``cv_text_layouts.ROUND8`` written before any reader ran on them,
all held out as ``ROUND8_HELD_OUT``, aggregate only):
  round 8 held out (scopus_text_export, ieee_xplore_text_export, researchgate_paste,
  pandoc_grid_table; 189 entries in 12 documents, none left unknown): P 0.637 R 0.418,
  F1 0.505, title 0.418, authors 0.413, year 0.418, venue 0.370; 75 rejects, 49 entries neither
  a record nor a reject.
  Same run: tuned (1725) P 0.991 R 0.979, as wt-cvtext7 left it; round 7 held out (229)
  P 0.971 R 0.441, 81 rejects, 47 unaccounted (as wt-cvtext7 left it).
  Command: PYTHONHASHSEED=0 PYTHONPATH=$PWD /work/main/.venv/bin/python -m pytest -q -p no:cacheprovider tests/test_cv_text_layouts.py -s

Round 8, final measurement of wt-cvtext8, 2026-12-07 (round 7's five studied since wt-cvtext8,
moved to the tuned set; the readers changed against them only; round 8's four never looked at
but in this aggregate):
  tuned, all forty-five (1954 entries): P 0.992 R 0.981, F1 0.987, title 0.981, authors 0.974,
  year 0.979, venue 0.972; 30 rejects, 0 unaccounted.
  of which the forty tuned before (1725): identical to main c51fc2f (P 0.991 R 0.979; every
  per-layout line the same).
  of which round 7's five, studied (229): blind P 0.962 R 0.441, 68 unaccounted (P 0.971
  R 0.441, 47 unaccounted at this branch's start) -> P 1.000 R 1.000, every field 1.000;
  0 rejects, 0 unaccounted.

Round 9, first measurement, 2026-12-08 (branch wt-cvtext9 at the readers of main f143bb3,
unchanged; the four layouts of ``cv_text_layouts.ROUND9`` written and committed (11ca278) before
any reader ran on them, all held out as ``ROUND9_HELD_OUT``, aggregate only, no floor):
  round 9 held out (lattes_abnt_pt, zotero_nature_copy, mathscinet_mr_list,
  word_txt_agps_hanging; 163 entries in 12 documents, none left unknown): P 0.892 R 0.356,
  F1 0.509, title 0.356, authors 0.356, year 0.356, venue 0.313; 85 rejects, 23 entries neither
  a record nor a reject.
  Same run: tuned (1954) P 0.992 R 0.981 and round 8 held out (189) P 0.669 R 0.598, as main.
  Command: PYTHONHASHSEED=0 PYTHONPATH=$PWD /work/main/.venv/bin/python -m pytest -q -p no:cacheprovider tests/test_cv_text_layouts.py -s

Round 9, measurement after wt-cvtext9's rules (round 8's four studied since wt-cvtext9,
moved to the tuned set; the readers changed against them only; round 9's four never looked at
but in this aggregate):
  tuned, all forty-nine (2143 entries): P 0.993 R 0.983, F1 0.988, title 0.983, authors 0.976,
  year 0.980, venue 0.973; 32 rejects, 0 unaccounted.
  of which the forty-five tuned before (1954): identical to main f143bb3 (P 0.992 R 0.981).
  of which round 8's four, studied (189): blind P 0.637 R 0.418, 49 unaccounted (P 0.669
  R 0.598, 11 unaccounted at this branch's start) -> P 1.000 R 1.000, title 1.000, authors
  0.995, year 1.000, venue 0.984; 2 rejects, 0 unaccounted.
  round 9 held out (163): P 0.894 R 0.362, F1 0.515, title 0.362, authors 0.362, year 0.362,
  venue 0.319; 84 rejects, 23 unaccounted (blind P 0.892 R 0.356: round 8's rules barely
  reach round 9's styles; printed twice with reader code, this and its first figure).

Round 10, first measurement, 2026-12-08 (branch wt-cvtext10 at the readers of int 2884696,
unchanged; the four layouts of ``cv_text_layouts.ROUND10`` written and committed (a954616) before
any reader ran on them, all held out as ``ROUND10_HELD_OUT``, aggregate only, no floor):
  round 10 held out (nih_biosketch_contributions, wos_plain_text_export, lynx_dump_homepage,
  pure_portal_paste; 190 entries in 12 documents, none left unknown): P 0.814 R 0.505, F1 0.623,
  title 0.505, authors 0.274, year 0.505, venue 0.463; 86 rejects, 0 unaccounted.
  Same run: tuned (2143) P 0.993 R 0.983 and round 9 held out (163) P 0.894 R 0.362, as int.

Round 10, measurement after wt-cvtext10's rules (round 9's four studied since wt-cvtext10,
moved to the tuned set; the readers changed against them only; round 10's four never looked at
but in this aggregate):
  tuned, all fifty-three (2306 entries): P 0.993 R 0.983, F1 0.988, title 0.983, authors 0.977,
  year 0.981, venue 0.974; 37 rejects, 0 unaccounted.
  of which the forty-nine tuned before (2143): identical to int 2884696 (P 0.993 R 0.983).
  of which round 9's four, studied (163): blind P 0.892 R 0.356, 23 unaccounted (P 0.894 R 0.362
  at int) -> P 0.994 R 0.988, F1 0.991, title 0.988, authors 0.988, year 0.988, venue 0.982;
  5 rejects, 0 unaccounted.
  round 10 held out (190): P 0.814 R 0.505, authors 0.274, venue 0.463; 86 rejects, 0
  unaccounted: the same as its first figure.

Regression floors (``FLOORS``) sit a little below the last measurement; the held-out rounds'
floors are loose (a layout that crashes or loses everything fails them, not the figure).
"""

from __future__ import annotations

from collections import Counter

import pytest

from scholarlake.extraction import extract_document

from . import cv_text_layouts
from .conftest import EXTERNAL, make_doc
from .test_sites_cv_pdf import FIELDS, match_fields, summary

FIRST_TUNED, HELD_OUT = cv_text_layouts.split()
# The first round's held-out half was studied in round 2 (wt-cvtext2, after round 2's first
# figure was committed): it is tuned now; its blind figure stays above. HELD_OUT names it so
# that its before/after can still be printed apart.
# Round 2 (2026-12-07, wt-cvtext2): six more layouts written before any reader ran on them,
# held out then (blind figure above: P 0.590 R 0.320, 46 unaccounted); studied in wt-cvtext3
# after round 3's first figure was committed, so tuned now. ROUND2_STUDIED names them so that
# their before/after can still be printed apart.
ROUND2_STUDIED = frozenset(cv_text_layouts.ROUND2)
# Round 3 (2026-12-07, wt-cvtext3): six more layouts written before any reader ran on them,
# held out then (blind figure above: P 0.965 R 0.638, authors 0.486, venue 0.455, 76
# unaccounted); studied in wt-cvtext4 after round 4's first figure was committed (aa53122), so
# tuned now. ROUND3_STUDIED names them so that their before/after can still be printed apart.
ROUND3_STUDIED = frozenset(cv_text_layouts.ROUND3)
TUNED_BEFORE_ROUND4 = tuple(sorted(FIRST_TUNED + HELD_OUT + cv_text_layouts.ROUND2 + cv_text_layouts.ROUND3))
# Round 4 (2026-12-07, wt-cvtext4): six more layouts written before any reader ran on them,
# held out then (blind figure above: P 0.651 R 0.201, 108 unaccounted; P 0.746 R 0.316, 79
# unaccounted at wt-cvtext4's end); studied since wt-cvtext5, after round 5's first figure was
# committed (fc25b34), so tuned now. ROUND4_STUDIED names them so that their before/after can
# still be printed apart.
ROUND4_STUDIED = frozenset(cv_text_layouts.ROUND4)
TUNED_BEFORE_ROUND5 = tuple(sorted(TUNED_BEFORE_ROUND4 + cv_text_layouts.ROUND4))
# Round 5 (2026-12-07, wt-cvtext5): five more layouts written before any reader ran on them,
# held out then (blind figure above: P 0.259 R 0.101, 90 unaccounted; P 0.247 R 0.096 at main
# ef7c513); studied since wt-cvtext6, after round 6's first figure was committed (1167f41), so
# tuned now. ROUND5_STUDIED names them so that their before/after can still be printed apart.
ROUND5_STUDIED = frozenset(cv_text_layouts.ROUND5)
TUNED_BEFORE_ROUND6 = tuple(sorted(TUNED_BEFORE_ROUND5 + cv_text_layouts.ROUND5))
# Round 6 (2026-12-07, wt-cvtext6): five more layouts written before any reader ran on them,
# held out then (blind figure above: P 0.992 R 0.625, 71 unaccounted); studied since
# wt-cvtext7, after round 7's first figure was committed (5f211a0), so tuned now.
# ROUND6_STUDIED names them so that their before/after can still be printed apart.
ROUND6_STUDIED = frozenset(cv_text_layouts.ROUND6)
TUNED_BEFORE_ROUND7 = tuple(sorted(TUNED_BEFORE_ROUND6 + cv_text_layouts.ROUND6))
# Round 7 (2026-12-07, wt-cvtext7): five more layouts written before any reader ran on them,
# held out then (blind figure above: P 0.962 R 0.441, 68 unaccounted; P 0.971 R 0.441, 47
# unaccounted at wt-cvtext7's end); studied since wt-cvtext8, after round 8's first figure was
# committed (197ca3a), so tuned now. ROUND7_STUDIED names them so that their before/after can
# still be printed apart.
ROUND7_STUDIED = frozenset(cv_text_layouts.ROUND7)
TUNED_BEFORE_ROUND8 = tuple(sorted(TUNED_BEFORE_ROUND7 + cv_text_layouts.ROUND7))
# Round 8 (2026-12-07, wt-cvtext8): four more layouts written before any reader ran on them,
# held out then (blind figure above: P 0.637 R 0.418, 49 unaccounted; P 0.669 R 0.598, 11
# unaccounted at main f143bb3); studied since wt-cvtext9, after round 9's first figure was
# committed (0535e1f), so tuned now. ROUND8_STUDIED names them so that their before/after can
# still be printed apart.
ROUND8_STUDIED = frozenset(cv_text_layouts.ROUND8)
TUNED_BEFORE_ROUND9 = tuple(sorted(TUNED_BEFORE_ROUND8 + cv_text_layouts.ROUND8))
# Round 9 (2026-12-08, wt-cvtext9): four more layouts written before any reader ran on them,
# held out then (blind figure above: P 0.892 R 0.356, 85 rejects, 23 unaccounted; P 0.894
# R 0.362 at wt-cvtext9's end and at int 2884696); studied since wt-cvtext10, after round 10's
# first figure was committed (83bad32), so tuned now. ROUND9_STUDIED names them so that their
# before/after can still be printed apart.
ROUND9_STUDIED = frozenset(cv_text_layouts.ROUND9)
TUNED = tuple(sorted(TUNED_BEFORE_ROUND9 + cv_text_layouts.ROUND9))
# Round 10 (2026-12-08, wt-cvtext10): four more layouts written before any reader ran on them,
# all held out; reported only in the aggregate, with no floor (its figure is printed only).
ROUND10_HELD_OUT = frozenset(cv_text_layouts.ROUND10)
FLOORS = {
    "tuned": {"precision": 0.98, "recall": 0.96, "title": 0.96, "authors": 0.95, "year": 0.96, "venue": 0.95},  # 53 layouts
    "tuned before round 9": {"precision": 0.98, "recall": 0.96, "title": 0.96, "authors": 0.95, "year": 0.96,
                             "venue": 0.95},  # 49 layouts
    "tuned before round 8": {"precision": 0.98, "recall": 0.96, "title": 0.96, "authors": 0.95, "year": 0.96,
                             "venue": 0.95},  # 45 layouts
    "tuned before round 7": {"precision": 0.98, "recall": 0.96, "title": 0.96, "authors": 0.95, "year": 0.96,
                             "venue": 0.95},  # 40 layouts
    "tuned before round 6": {"precision": 0.98, "recall": 0.96, "title": 0.96, "authors": 0.95, "year": 0.96,
                             "venue": 0.95},  # 35 layouts
    "tuned before round 5": {"precision": 0.98, "recall": 0.96, "title": 0.96, "authors": 0.95, "year": 0.96,
                             "venue": 0.95},  # 30 layouts
    "tuned before round 4": {"precision": 0.98, "recall": 0.96, "title": 0.96, "authors": 0.95, "year": 0.96,
                             "venue": 0.95},  # 24 layouts
    "first tuned": {"precision": 0.99, "recall": 0.98, "title": 0.98, "authors": 0.98, "year": 0.98, "venue": 0.97},
    "round 1 studied": {"precision": 0.99, "recall": 0.98, "title": 0.98, "authors": 0.97, "year": 0.98, "venue": 0.96},
    "round 2 studied": {"precision": 0.97, "recall": 0.93, "title": 0.93, "authors": 0.92, "year": 0.93, "venue": 0.92},
    "round 3 studied": {"precision": 0.96, "recall": 0.93, "title": 0.93, "authors": 0.91, "year": 0.93, "venue": 0.92},
    "round 4 studied": {"precision": 0.98, "recall": 0.96, "title": 0.96, "authors": 0.92, "year": 0.94, "venue": 0.94},
    "round 5 studied": {"precision": 0.98, "recall": 0.98, "title": 0.98, "authors": 0.98, "year": 0.98, "venue": 0.97},
    "round 6 studied": {"precision": 0.98, "recall": 0.98, "title": 0.98, "authors": 0.98, "year": 0.98, "venue": 0.98},
    "round 7 studied": {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99, "year": 0.99, "venue": 0.99},
    "round 8 studied": {"precision": 0.98, "recall": 0.98, "title": 0.98, "authors": 0.98, "year": 0.98, "venue": 0.96},
    "round 9 studied": {"precision": 0.98, "recall": 0.97, "title": 0.97, "authors": 0.97, "year": 0.97, "venue": 0.96},
}


def read(text: str, name: str) -> tuple[str | None, list[dict], list[dict]]:
    return extract_document(make_doc(text.encode("utf-8"), f"mem://{name}.txt"))


@pytest.fixture(scope="module")
def scores() -> dict[str, Counter]:
    out = {}
    for layout, docs in cv_text_layouts.cases(EXTERNAL).items():
        total = Counter()
        for source, owner, entries in docs:
            text, truth = cv_text_layouts.render(layout, source, owner, entries)
            kind, records, rejects = read(text, f"{layout}-{source}")
            s = Counter(entries=len(truth), records=len(records), rejects=len(rejects), docs=1,
                        **{f"kind {kind}": 1})
            match_fields(truth, records, s)
            total.update(s)
        out[layout] = total
    return out


def report(scores: dict[str, Counter]) -> dict[str, dict]:
    print()
    width = max(len(n) for n in scores)
    print(f"{'layout':{width}} {'split':8} {'entries':>7} {'records':>7} {'rejects':>7} {'found':>5}  "
          f"{'P':>5} {'R':>5}  " + "  ".join(f"{f:>7}" for f in FIELDS) + "  kinds")
    for layout in sorted(scores):
        s = scores[layout]
        part = ("tuned" if layout in FIRST_TUNED else "studied" if layout in HELD_OUT
                else "studied2" if layout in ROUND2_STUDIED else "studied3" if layout in ROUND3_STUDIED
                else "studied4" if layout in ROUND4_STUDIED
                else "studied5" if layout in ROUND5_STUDIED
                else "studied6" if layout in ROUND6_STUDIED
                else "studied7" if layout in ROUND7_STUDIED
                else "studied8" if layout in ROUND8_STUDIED
                else "studied9" if layout in ROUND9_STUDIED else "held out")
        if layout in ROUND10_HELD_OUT:
            continue  # held-out layouts are reported only in the aggregate
        prf = summary({layout: s})
        kinds = ",".join(f"{k[5:]}:{v}" for k, v in sorted(s.items()) if k.startswith("kind "))
        print(f"{layout:{width}} {part:8} {s['entries']:7d} {s['records']:7d} {s['rejects']:7d} {s['found']:5d}  "
              f"{prf['precision']:5.2f} {prf['recall']:5.2f}  "
              + "  ".join(f"{s[f] / s['entries']:7.2f}" for f in FIELDS) + f"  {kinds}")
    out = {}
    for part, names in (("tuned", TUNED), ("tuned before round 4", TUNED_BEFORE_ROUND4), ("first tuned", FIRST_TUNED),
                        ("round 1 studied", HELD_OUT),
                        ("round 2 studied", ROUND2_STUDIED), ("round 3 studied", ROUND3_STUDIED),
                        ("round 4 studied", ROUND4_STUDIED), ("tuned before round 5", TUNED_BEFORE_ROUND5),
                        ("round 5 studied", ROUND5_STUDIED), ("tuned before round 6", TUNED_BEFORE_ROUND6),
                        ("round 6 studied", ROUND6_STUDIED), ("tuned before round 7", TUNED_BEFORE_ROUND7),
                        ("round 7 studied", ROUND7_STUDIED), ("tuned before round 8", TUNED_BEFORE_ROUND8),
                        ("round 8 studied", ROUND8_STUDIED), ("tuned before round 9", TUNED_BEFORE_ROUND9),
                        ("round 9 studied", ROUND9_STUDIED),
                        ("round 10 held out", ROUND10_HELD_OUT)):
        part_scores = {n: scores[n] for n in names if n in scores}
        out[part] = summary(part_scores)
        lost = sum(max(0, s["entries"] - s["records"] - s["rejects"]) for s in part_scores.values())
        print(f"{part}: " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}"
                                      for k, v in out[part].items()) + f", rejects "
              f"{sum(s['rejects'] for s in part_scores.values())}, unaccounted {lost}"
              + (f", documents {sum(s['docs'] for s in part_scores.values())}, unknown "
                 f"{sum(s['kind None'] for s in part_scores.values())}" if part.endswith("held out") else ""))
    return out


def test_split_is_fixed():
    """The split is the md5 order of the names, half and half, and does not move."""
    assert len(FIRST_TUNED) == len(HELD_OUT) == len(cv_text_layouts.LAYOUTS) // 2
    assert set(FIRST_TUNED) | set(HELD_OUT) == set(cv_text_layouts.LAYOUTS)
    assert ROUND2_STUDIED <= set(TUNED)
    assert ROUND3_STUDIED <= set(TUNED)
    assert ROUND4_STUDIED <= set(TUNED)
    assert ROUND5_STUDIED <= set(TUNED)
    assert ROUND6_STUDIED <= set(TUNED)
    assert ROUND7_STUDIED <= set(TUNED)
    assert ROUND8_STUDIED <= set(TUNED)
    assert ROUND9_STUDIED <= set(TUNED)
    assert not ROUND10_HELD_OUT & set(TUNED)


def test_nothing_is_lost_on_the_tuned_layouts(scores):
    """Every entry of a tuned layout is a record or a reject (the first measurement lost 21 of
    ieee_bracket_caps' entries with no reject; the first round's held-out six, now tuned, lost
    38 of tab_year_columns' at their blind measurement)."""
    assert all(scores[n]["records"] + scores[n]["rejects"] >= scores[n]["entries"] for n in TUNED), \
        {n: (scores[n]["entries"], scores[n]["records"], scores[n]["rejects"]) for n in TUNED}


def test_cv_text_layouts_scored(scores):
    out = report(scores)
    for part, floors in FLOORS.items():
        if part not in out:
            continue
        for field, floor in floors.items():
            assert out[part][field] >= floor, (part, field, out[part][field], floor)


# --- rules learnt from the tuned layouts (2026-12-07, wt-cvtextgen); each test failed before its rule


def test_a_capitals_heading_naming_a_kind_of_paper_opens_the_list():
    """cv_text: "JOURNAL ARTICLES" in capitals under "PUBLICATIONS" goes on with the list
    (it ended it, its entries were skipped: no "publications" or "papers" in it); "CONFERENCE
    TALKS" ends it."""
    text = ("ANN LEE\n\nPUBLICATIONS\n\nJOURNAL ARTICLES\n\n"
            "[2] A. Lee and B. Chen, \"Sparse things in large graphs,\" Graph Letters, vol. 3, 2021.\n\n"
            "[1] A. Lee, \"Dense things,\" Graph Letters, vol. 2, 2020.\n\n"
            "CONFERENCE TALKS\n\n[9] A. Lee, \"A talk on things,\" Graph Meeting, Boston, 2019.\n")
    kind, records, rejects = read(text, "caps-kind")
    assert kind == "cv_text" and not rejects
    assert [(r["title"], r["year"]) for r in records] == [("Sparse things in large graphs", 2021), ("Dense things", 2020)]


def test_a_year_alone_after_a_quoted_title_is_no_venue():
    """citations.venue_name: 'Names, "Title," 2017.' has the year 2017 and no venue (the
    venue was "2017")."""
    from extractors.citations import parse_quoted

    got = parse_quoted('A. B. Lee and C. Roe, "Black-swan events in animal populations," 2017.')
    assert (got.title, got.venue, got.year) == ("Black-swan events in animal populations", None, 2017)


def test_a_year_a_wrap_put_first_on_a_line_continues_the_item():
    """markdown_page.wrapped_years_joined: in a run of lines opened by "- ", a line the wrap
    opened with "2007. " goes on the item (markdown took it for an ordered list starting at
    2007: the entry was cut in two rejects); a run opened by a year keeps its years as entries."""
    from extractors.markdown_page import wrapped_years_joined

    text = ("PUBLICATIONS\n\n- Ann Lee, Bo Chen, and Cy Roe.\n2007. Spin waves in thin magnetic films. Phys. Rev.\n"
            "B 3, 1 (2007), 1-9.\n\n- Ann Lee and Bo Chen. 2006. Magnon transport in ferrites. J. Appl. Phys. 2,\n"
            "4 (2006), 5-8.\n")
    _, records, rejects = read(text, "wrapped-year")
    assert not rejects
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        ("Spin waves in thin magnetic films", ["Ann Lee", "Bo Chen", "Cy Roe"], 2007),
        ("Magnon transport in ferrites", ["Ann Lee", "Bo Chen"], 2006)]
    year_first = "2021. Ann Lee. Title one. Venue.\n2020. Bo Chen. Title two. Venue.\n"
    assert wrapped_years_joined(year_first) == year_first


@pytest.mark.parametrize("names,want", [
    ("Li, P., Yin, L. and LIU, S.", ["P. Li", "L. Yin", "S. LIU"]),  # a short surname in capitals
    ("LIU, S.", ["S. LIU"]),
    ("Luo, G., Du, Y., Zhang, Z.", ["G. Luo", "Y. Du", "Z. Zhang"]),  # a surname that is a particle
])
def test_one_word_before_initials_with_periods_is_a_surname(names, want):
    """author_lists: "LIU" looked like initials and "Du" like a particle, so "LIU, S." and
    "Du, Y." were two names each; initials with periods follow only a surname."""
    from extractors.author_lists import split_author_list

    assert split_author_list(names)[0] == want


def test_a_year_in_brackets_after_the_title_is_no_part_of_it():
    """citations._title_and_tail: "Names: Title. (2017)" (LNCS with no venue) has the title
    without "(2017)" and the year 2017."""
    from extractors.citations import parse_names_colon

    got = parse_names_colon("Shaska, T., Lee, A.B.: Points of genus 3 curves with extra involutions. (2017)")
    assert (got.title, got.venue, got.year) == ("Points of genus 3 curves with extra involutions", None, 2017)


def test_a_lone_vancouver_name_is_turned_on_a_vancouver_page():
    """markdown_page.vancouver_page: on a page whose lists print names Vancouver's way, an
    entry by one author ("Bernstein PA") is given name first as the others are."""
    text = "Publications\n\n" + "".join(
        f"({k}) Lee AB, Chen B, Roe C. Title number {k} here. Graph Lett. 202{k};3(2):1-9.\n" for k in range(1, 4)) + \
        "(4) Bernstein PA. Report on the awards of the year. SIGMOD Rec. 2001;30(4):1-3.\n"
    _, records, rejects = read(text, "vancouver-lone")
    assert not rejects
    names = [r["authors"] for r in records]
    assert (names[0], names[-1]) == (["A. B. Lee", "B. Chen", "C. Roe"], ["P. A. Bernstein"])


@pytest.mark.parametrize("entry,authors,title,year", [
    # "David B." read as a Vancouver "B. David", the rest of the names taken for the title
    ("David B. Lomet and Mark R. Tuttle. 1999. Logical logging to extend recovery to new domains.",
     ["David B. Lomet", "Mark R. Tuttle"], "Logical logging to extend recovery to new domains", 1999),
    ("Jeffrey F. Naughton* and Qiong Luo. 2001. Form-based proxy caching for database-backed web sites.",
     ["Jeffrey F. Naughton", "Qiong Luo"], "Form-based proxy caching for database-backed web sites", 2001),
    # APA's names taken for the title, the title for one name, by a title-first reading
    ("Vista, D., Jagadish, H. V., Srivastava, D., & Lakshmanan, L. V. S. (1999). Querying Network Directories.",
     ["D. Vista", "H. V. Jagadish", "D. Srivastava", "L. V. S. Lakshmanan"], "Querying Network Directories", 1999),
])
def test_a_reading_whose_title_is_a_list_of_names_is_refused(entry, authors, title, year):
    """author_lists.title_of_names: an ACM entry with no venue was read with the title
    "Lomet and Mark R. Tuttle" (a given name, an initial and a surname, or a name's mark
    "Naughton*", say the title is people); the reading that ends the names at the year wins."""
    from extractors.author_lists import title_of_names
    from extractors.markdown_page import read_block

    got = read_block(entry)
    assert (got[0], got[2], got[4]) == (authors, title, year)
    assert not title_of_names("Romeo and Juliet") and not title_of_names("A* search and Dijkstra's algorithm")
    assert not title_of_names("Imaging Sgr A*, M87* and the shadow of Black Holes")  # objects' names, no people


def test_a_wrapped_line_with_a_year_after_the_names_ends_no_list_of_names():
    """markdown_page._soft_wrapped_fields: "..., and Cy Roe. 2019. Efficient Graph" over
    "Generation with ..." is no line of names ended at the line's end (the title was cut:
    "Generation with ..." under the venue "Efficient Graph")."""
    from extractors.markdown_page import read_block

    block = ("Ann Lee, Bo Chen, Cy Roe, Dan Wu, Eve Ng, Fay Li,\nGil Ko, and Hal Ma. 2019. Efficient Graph\n"
             "Generation with Recurrent Attention Networks.")
    got = read_block(block)
    assert (got[2], got[3], got[4]) == ("Efficient Graph Generation with Recurrent Attention Networks", None, 2019)


@pytest.mark.parametrize("entry,title,venue", [
    # a part's number in Roman numerals after the title's sentence end is the title's
    ("Cimasoni, D., Lee, A.: Dimers on surface graphs and spin structures. II. Comm. Math. Phys. 8(7), 673-693 (2007)",
     "Dimers on surface graphs and spin structures. II", "Comm. Math. Phys"),
    # a year in brackets after a title closed by "!" (LNCS with no venue) is the date
    ("Liu, S., Chen, T.: Sparsity may cry: let us fail sparse networks together! (2023)",
     "Sparsity may cry: let us fail sparse networks together!", None),
])
def test_a_titles_end_before_a_part_number_or_a_date(entry, title, venue):
    """citations._title_and_tail: "structures. II. Comm. Math. Phys." had the title cut before
    "II" (the venue "II. Comm. Math. Phys"); "together! (2023)" kept the date in the title."""
    from extractors.citations import parse_names_colon

    got = parse_names_colon(entry)
    assert (got.title, got.venue) == (title, venue)


@pytest.mark.parametrize("entry", [
    "Ann Lee. 2004. Would You Believe It? The King Is Back! Presuppositions and Intuitions. In Descriptions and Beyond. 315-341.",
    "Lee, A. (2004). Would You Believe It? The King Is Back! Presuppositions and Intuitions. In Descriptions and Beyond (pp. 1-9).",
])
def test_a_title_goes_on_after_a_question_up_to_the_sentence_before_in(entry):
    """citations._title_and_tail: after "?" or "!" a sentence in title case is the title's when
    "In" opens the sentence after it (the venue begins there); the title was "Would You
    Believe It?" and the venue its second half."""
    from extractors.markdown_page import read_block

    got = read_block(entry)
    assert (got[2], got[3]) == ("Would You Believe It? The King Is Back! Presuppositions and Intuitions",
                                "Descriptions and Beyond")
    assert read_block("Ann Lee and Bo Chen. 2019. Is it real? Journal of Things 3, 1-9.")[2:4] == (
        "Is it real?", "Journal of Things")


def test_a_cv_pdf_record_whose_title_holds_an_arxiv_identifier_is_a_reject():
    """cv_pdf._list_end_title: with the names' misreading refused (title_of_names), a CV PDF's
    text-form reading "Title. arXiv:0704.0374, 2007" as the title came through (before, the
    misreading won and was rejected for the owner's name in its title): a reject still."""
    from extractors.base import Draft, RecordError
    from extractors.cv_pdf import _list_end_title

    title = "Gravity-induced polarization of matter and planetary magnetic fields. arXiv:0704.0374, 2007"
    got = _list_end_title(Draft(ordinal=1, title=title, authors=["Ann Lee", "Bo Chen"], raw=f"Ann Lee, Bo Chen. {title}."))
    assert isinstance(got, RecordError)
    kept = Draft(ordinal=1, title="Notes on arXiv: a history of preprints", authors=["Ann Lee"], raw="x")
    assert _list_end_title(kept) is kept


# --- round 2 (2026-12-07, wt-cvtext2): rules learnt from the first round's held-out half,
# studied after round 2's first figure was committed; each test failed before its rule


def test_lines_each_a_whole_entry_are_entries_of_their_own():
    """markdown_page.entries_apart(soft=True): a plain-text list with no blank lines between its
    entries, one a line ("Names. 2021. Title. Venue."), is one paragraph to markdown; read as
    one entry, the others were lost in its venue (no record, no reject). An entry wrapped over
    lines is never cut (its lines do not each read as an entry)."""
    text = ("ANN LEE\n\nPUBLICATIONS\n\nJournal Articles\n"
            "Ann Lee and Bo Chen. 2021. Sparse things in large graphs. Graph Letters.\n"
            "Ann Lee, Cy Roe and Dan Wu. 2019. Dense things in small graphs. Graph Letters.\n"
            "Ann Lee. 2018. Walks on random trees of bounded degree. Journal of Trees.\n\nConference Papers\n"
            "Ann Lee and Bo Chen. 2017. Counting trees fast. Proc. Tree Meeting.\n")
    _, records, rejects = read(text, "tab-lines")
    assert not rejects
    assert [(r["title"], r["year"], r["venue"]) for r in records] == [
        ("Sparse things in large graphs", 2021, "Graph Letters"),
        ("Dense things in small graphs", 2019, "Graph Letters"),
        ("Walks on random trees of bounded degree", 2018, "Journal of Trees"),
        ("Counting trees fast", 2017, "Proc. Tree Meeting")]
    from extractors.markdown_page import entries_apart

    wrapped = "Ann Lee and Bo Chen. 2021. Sparse things in large graphs and in their\nsmall cousins of 2019. Graph Letters."
    assert entries_apart([(wrapped, None)], soft=True) == [(wrapped, None)]


@pytest.mark.parametrize("entry,authors,venue", [
    # the serial comma: "and" opens the last name's piece, the venue follows
    ("\u201cApproximate XML joins,\u201d with Ting Yu, Divesh Srivastava, and Sudipto Guha, SIGMOD Conference, 2002.",
     ["Ting Yu", "Divesh Srivastava", "Sudipto Guha"], "SIGMOD Conference"),
    # a venue of two capitalised words joined by "and" after a name printed in full
    ("\u201cAttitudes, Aboutness, and Indirect Restriction,\u201d with Robert Pasternak, Linguistics and Philosophy, 2025.",
     ["Robert Pasternak"], "Linguistics and Philosophy"),
])
def test_names_after_with_end_at_the_serial_and_or_at_bare_words(entry, authors, venue):
    """markdown_page._names_before_piece: '"Title," with A, B, and C, Venue, 2002' lost C to the
    venue ("and Sudipto Guha, SIGMOD Conference"); "with Robert Pasternak, Linguistics and
    Philosophy" read the venue as two people. Surnames alone ("with Smith and Jones") stay names."""
    from extractors.markdown_page import _bare_words_among_names, parse_bare_with

    got = parse_bare_with(entry)
    assert (got.authors, got.venue) == (authors, venue)
    assert not _bare_words_among_names(["Smith", "Jones"])


def test_a_word_broken_at_a_lines_end_is_mended():
    """markdown_page.mended_hyphens: "con-" over "undrum: ..." (pdftotext's hyphenation) is
    "conundrum:" on the first line (the title was "A taxonomic con- undrum", a wrong record);
    a compound's hyphen ("data-" / "driven") and a word the document prints hyphenated stay."""
    from extractors.markdown_page import mended_hyphens

    got = mended_hyphens("2020      A. Lee. A taxonomic con-\n          undrum: the cryptic skinks. Mol. Ecol.\n")
    assert got == "2020      A. Lee. A taxonomic conundrum:\n          the cryptic skinks. Mol. Ecol.\n"
    assert mended_hyphens("Ann Lee. Fast data-\ndriven graphs.") == "Ann Lee. Fast data-driven\ngraphs."
    assert mended_hyphens("A wh-phrase and more wh-\nphrases.") == "A wh-phrase and more wh-phrases."
    assert mended_hyphens("Ann Lee. Spin waves -\nthe story.") == "Ann Lee. Spin waves -\nthe story."


def test_a_page_break_inside_an_entry_is_mended():
    """markdown_page.page_breaks_mended: the footer ("Page 1 of 2", "1") before a form feed and
    the running header after it (it names the owner as the first line does) go, and an entry
    the break cut goes on ("Data Warehousing and OLAP" was a wrong record, "for Decision
    Support. ..." a reject); an entry opening after the break stays apart."""
    from extractors.markdown_page import page_breaks_mended

    text = ("Ann Lee\nCurriculum Vitae\n\nPublications\n5. Ann Lee and Bo Chen. Data Warehousing and OLAP\n\n"
            "                   1\n\fAnn Lee - CV\n\nfor Decision Support. SIGMOD Conference, 1997.\n"
            "4. Ann Lee. Query Optimization. VLDB, 1996.\n\n                   2\n")
    assert page_breaks_mended(text) == (
        "Ann Lee\nCurriculum Vitae\n\nPublications\n5. Ann Lee and Bo Chen. Data Warehousing and OLAP\n"
        "for Decision Support. SIGMOD Conference, 1997.\n4. Ann Lee. Query Optimization. VLDB, 1996.\n")
    between = "Ann Lee\n\n2001   Ann Lee. Title one. Venue.\n\n   Page 1 of 2\n\fAnn Lee   CV\n\n2000   Ann Lee. Title two. Venue.\n"
    assert page_breaks_mended(between) == "Ann Lee\n\n2001   Ann Lee. Title one. Venue.\n\n2000   Ann Lee. Title two. Venue.\n"


def test_lines_opened_by_a_year_column_are_entries_even_when_one_does_not_read():
    """markdown_page._year_column_entries: a paragraph whose lines open with a year and a tab
    ("2021<TAB>...") is one entry per year line even when a line does not read alone as a whole
    entry: read as one, the entries were lost in one record; now the unread one is a reject."""
    text = ("ANN LEE\n\nPUBLICATIONS\n\nJournal Articles\n"
            "2021\tAnn Lee and Bo Chen. Sparse things in large graphs. Graph Letters.\n"
            "2020\tA talk given at the graph meeting in Boston, no paper\n"
            "2019\tAnn Lee, Cy Roe and Dan Wu. Dense things in small graphs. Graph Letters.\n\n"
            "Conference Papers\n2017\tAnn Lee and Bo Chen. Counting trees fast. Proc. Tree Meeting.\n")
    _, records, rejects = read(text, "tab-lines-reject")
    assert [r["title"] for r in records] == ["Sparse things in large graphs", "Dense things in small graphs",
                                             "Counting trees fast"]
    assert len(rejects) == 1 and "talk given" in rejects[0]["excerpt"]


def test_a_quoted_title_with_no_with_on_an_owner_implied_page_is_the_owners_alone():
    """markdown_page._quoted_title_alone: on a list whose co-authors follow "with" (the owner
    implied), '"Title?," Philosophical Perspectives, 2008.' had the venue read as a person, and
    '"Bare Plurals, Bare Conditionals, and only," Journal of Semantics' its title cut at the
    first comma (a wrong record); '"Title," 1992.' was a reject."""
    text = ("ANN LEE\n\nPUBLISHED PAPERS\n\n"
            "1. \u201cSparse things in large graphs,\u201d with Bo Chen, Graph Letters, 2021.\n"
            "2. \u201cDense things,\u201d with Cy Roe and Dan Wu, Graph Letters, 2020.\n"
            "3. \u201cWalks on trees,\u201d with Bo Chen, Journal of Trees, 2019.\n"
            "4. \u201cWhat is a Graph, Again?,\u201d Philosophical Perspectives, 2008.\n"
            "5. \u201cBare Trees, Bare Graphs, and only,\u201d Journal of Semantics, 1997.\n"
            "6. \u201cThe Tree-Existential Construction,\u201d 1992.\n")
    _, records, rejects = read(text, "implied-quoted")
    assert not rejects
    assert [(r["title"], r["authors"], r["venue"], r["year"]) for r in records[3:]] == [
        ("What is a Graph, Again?", [], "Philosophical Perspectives", 2008),
        ("Bare Trees, Bare Graphs, and only", [], "Journal of Semantics", 1997),
        ("The Tree-Existential Construction", [], None, 1992)]
    assert records[1]["authors"] == ["Cy Roe", "Dan Wu"]


def test_entries_run_together_into_one_venue_are_read_line_by_line():
    """markdown_page._run_together: lines each an entry, one of which does not read alone (so
    entries_apart keeps the paragraph whole), were one record whose venue held the other
    entries (lost); each line is now a record when it reads alone, else a reject."""
    text = ("ANN LEE\n\nPUBLICATIONS\n\nJournal Articles\n"
            "Ann Lee and Bo Chen. 2021. Sparse things in large graphs and what they tell us. Graph Letters.\n"
            "Ann Lee, Cy Roe and Dan Wu. 2019. Dense things in small graphs and other places. Graph Letters.\n"
            "A note on trees and graphs written for the meeting of the graph society in Boston.\n"
            "Ann Lee. 2018. Walks on random trees of bounded degree in the plane. Journal of Trees.\n\n"
            "Conference Papers\n\nAnn Lee and Bo Chen. 2017. Counting trees fast. Proc. Tree Meeting.\n")
    _, records, rejects = read(text, "run-together")
    assert len(records) + len(rejects) >= 5
    assert all(len(r["venue"] or "") < 100 for r in records)
    assert "Walks on random trees of bounded degree in the plane" in [r["title"] for r in records]
    from extractors.markdown_page import _run_together, read_block

    one = ("Ann Lee, Bo Chen, Cy Roe, Dan Wu and Eve Ng. 2021. Sparse graphs of the 2019 survey and their\n"
           "uses in the 2020 census of graphs. In Proceedings of the 2021 Graph Meeting (GM 2021),\n"
           "Boston, 1-9.")
    assert not _run_together(one, read_block(one))  # one entry wrapped, years on its lines


# --- rules learnt from round 2's layouts (2026-12-07, wt-cvtext3, studied after round 3's first
# figure was committed); each test failed before its rule


def test_labelled_lines_are_read_by_the_cv_pdf_label_table():
    """markdown_page.labelled_reading (cv_pdf_fields.read_labelled_lines, the CV PDF reader's
    label table): blocks of "Title:", "Authors: Surname, Given; ...", "Journal/Proceedings:",
    "Year:" lines were each a reject; a label naming two kinds with a slash names the first."""
    text = ("FACULTY ACTIVITY REPORT\nFaculty member: Ann Lee\n\nSCHOLARLY PUBLICATIONS\n\n"
            "Record 1\nPublication Type: Journal Article\nTitle: Sparse things in large graphs\n"
            "Authors: Lee, Ann; Chen, Bo\nJournal/Proceedings: Graph Letters\nYear: 2021\n"
            "Volume: 3    Issue: 2    Pages: 1-9\nStatus: Published\n\n"
            "Record 2\nPublication Type: Conference Proceeding\nTitle: Dense things, and small ones\n"
            "Authors: Roe, Cy; Lee, Ann\nJournal/Proceedings: Proc. Graph Meeting\nYear: 2019\n"
            "Status: Published\n")
    _, records, rejects = read(text, "labelled")
    assert not rejects
    assert [(r["title"], r["authors"], r["venue"], r["year"]) for r in records] == [
        ("Sparse things in large graphs", ["Ann Lee", "Bo Chen"], "Graph Letters", 2021),
        ("Dense things, and small ones", ["Cy Roe", "Ann Lee"], "Proc. Graph Meeting", 2019)]


def test_a_word_processors_tab_year_column_with_empty_cells_is_read():
    """markdown_page.tab_year_columns: "<TAB>2021<TAB>Entry" and "<TAB><TAB>Entry" (the year
    left out under the first of its year) were code blocks to markdown: the document was read
    by no extractor and its entries were lost in one reject. Each line is an entry, the empty
    cell the year above."""
    text = ("Ann Lee\nCurriculum Vitae\n\nPublications\n\n\tJournal Articles\n\n"
            "\t2021\tA. Lee and B. Chen, Sparse things in large graphs, Graph Letters, 3(2), 1\u20139.\n"
            "\t\tA. Lee, Dense things in small graphs, Graph Letters, 2(1), 10\u201319.\n"
            "\t2019\tC. Roe and A. Lee, Walks on random trees, Journal of Trees, 5(4), 20\u201329.\n")
    kind, records, rejects = read(text, "tab-years")
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["year"]) for r in records] == [
        ("Sparse things in large graphs", 2021), ("Dense things in small graphs", 2021),
        ("Walks on random trees", 2019)]


def test_a_venue_alone_in_its_piece_before_its_numbers_ends_the_title():
    """citations.parse_initials_list (_NUMBERS_PIECE): "A. Lee and B. Chen, Title, Language
    and Speech, 60(12), 206–222." has its venue in a piece of its own, its numbers after it
    (it was no reading at all)."""
    from extractors.citations import parse_initials_list

    got = parse_initials_list("A. Lee and B. Chen, Sparse things in large graphs, Language and Speech, 60(12), "
                              "206\u2013222.")
    assert (got.authors, got.title, got.venue) == (["A. Lee", "B. Chen"], "Sparse things in large graphs",
                                                   "Language and Speech")


def test_names_surname_first_with_initials_between_commas_are_read():
    """citations.parse_initials_list (_surname_first_names): "Lee A.B., Roe C., Title, Venue,
    12(3):1-9, 2021." (European CVs) read the names given name first; a title with no comma
    and the year alone after it has no venue."""
    from extractors.citations import parse_initials_list

    got = parse_initials_list("von Haro K., Gillies A.S., Sparse things in large graphs, Graph Letters, "
                              "12(3):1-9, 2021.")
    assert (got.authors, got.title, got.venue, got.year) == (
        ["K. von Haro", "A. S. Gillies"], "Sparse things in large graphs", "Graph Letters", 2021)
    got = parse_initials_list("Esteban-Pretel A., Roe C., Probing sparse things in graphs, 2007.")
    assert (got.authors, got.title, got.venue, got.year) == (
        ["A. Esteban-Pretel", "C. Roe"], "Probing sparse things in graphs", None, 2007)


def test_a_year_right_aligned_on_an_entrys_first_line_is_its_date():
    """markdown_page.right_year_column: "• Names. Title of        2021" (the year set right
    with spaces) broke the entry at the year (names read as a title); the year goes to the
    line's front as a year column. A "▪" bullet after a leading year goes too (_LEAD_YEAR)."""
    text = ("Ann Lee\nCurriculum Vitae\n\nPublications\n\nJournal Articles\n\n"
            "\u2022 Ann Lee, Bo Chen, and Cy Roe. Sparse things in large graphs    " + " " * 20 + "2021\n"
            "  and their uses. Graph Letters.\n"
            "\u25aa Ann Lee and Bo Chen. Dense things in small graphs seen from" + " " * 24 + "2019\n"
            "  afar. Journal of Trees.\n")
    _, records, rejects = read(text, "right-years")
    assert not rejects
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        ("Sparse things in large graphs and their uses", ["Ann Lee", "Bo Chen", "Cy Roe"], 2021),
        ("Dense things in small graphs seen from afar", ["Ann Lee", "Bo Chen"], 2019)]


def test_a_given_name_cut_to_two_letters_does_not_end_the_names():
    """cv_entries.sentence_break: "Bing Wang, Th. Wolf, and Cy Roe. Title." ended the names at
    "Th." (a wrong record: "Wolf, and Cy Roe" as the title); a title's last word of two
    letters before a venue still ends it."""
    from extractors.cv_entries import sentence_break

    text = "Bing Wang, Th. Wolf, and Cy Roe. Sparse things in large graphs. Graph Letters."
    assert sentence_break(text) == text.index(" Sparse") - 1
    assert sentence_break("Ann Lee. Magnetism of Fe. Graph Letters.") == len("Ann Lee")


def test_a_cv_text_title_with_no_word_is_in_doubt_and_else_a_reject():
    """cv_text._title_doubtful: "[O1] Lee A., Roe C., Title, Venue, pp. 825-843, 2011." was read
    by the first reading as names up to "pp." and the title "825-843, 2011" (a wrong record);
    such a title asks the citation readings, and when none reads it the entry is a reject."""
    text = ("ANN LEE\n\nPUBLICATIONS\n\nOther Publications\n\n"
            "[O1] Lee A., Roe C., Might things, Tree Modality, pp. 825-843, 2011.\n"
            "[O2] Lee A., Trees and graphs, Encyclopedia of Trees \u2013 Second Edition, pp. 560-566, 2006.\n")
    kind, records, rejects = read(text, "no-word-title")
    assert kind == "cv_text"
    assert [(r["title"], r["authors"], r["venue"]) for r in records] == [
        ("Might things", ["A. Lee", "C. Roe"], "Tree Modality")]
    assert len(rejects) == 1


# --- rules learnt from round 3's layouts (2026-12-07, wt-cvtext4, studied after round 4's first
# figure was committed); each test failed before its rule

# Texts of our own that are no publication list, though they hold years, names, a journal's
# name or a page range: detection must leave them unknown (a reader eager to see a list in any
# text with a year and a name would make records of them). "news" holds three paragraphs that
# each cite a paper among five that do not (LIST_PAGE_SHARE); "code" and "log" hold two blocks
# each that look like entries (LIST_PAGE_ENTRIES).
NOT_PUBLICATION_LISTS = {
    "prose": (
        "Notes from the planning meeting\n\n"
        "We met on a wet Tuesday in March 2023 to decide how the lab should spend the spring. Ann Lee and Bo Chen\n"
        "argued that the survey should come first, since the field season of 2022 left us with more questions\n"
        "than answers. Cy Roe agreed, but asked for a week to finish the review she promised the journal.\n\n"
        "The second point was the server. It has been slow since 2021 and nobody wants to be the one who\n"
        "reinstalls it. We agreed that Dan Wu will look at it after the conference in May, pages 12-14 of\n"
        "the handbook say how.\n\n"
        "Finally, the budget. The department gave us the same amount as in 2020, which means the trip to the\n"
        "workshop in Lyon must be paid from the grant. Ann Lee will write to the office.\n\n"
        "Next meeting: the first Monday of April, same room, same biscuits.\n"),
    "news": (
        "The spring was busy. Two students defended, the greenhouse got a new roof and the coffee machine\n"
        "finally broke for good after eleven faithful years of service to the group.\n\n"
        "Ann Lee and Bo Chen published \"Sparse things in large graphs\" in Graph Letters (2021), pages 1-9, after\n"
        "a long fight with the second referee.\n\n"
        "We welcomed three visitors from the north, who stayed for a month and taught everyone a card game that\n"
        "nobody has yet managed to win against them.\n\n"
        "Cy Roe and Dan Wu wrote \"Dense things in small graphs\" for the Journal of Trees, 2020, vol. 2, and it is\n"
        "already cited by the people they argued with.\n\n"
        "The reading group moved to Thursdays. Bring your own chair; the seminar room has lost most of its own to\n"
        "the teaching rooms downstairs.\n\n"
        "Eve Ng and Fay Orr gave \"Walks on random trees\" at the Proc. Tree Meeting, 2019, to a full room.\n\n"
        "The summer plan is simple: fewer meetings, more walks, and a proper party when the roof is paid for.\n\n"
        "That is all for now; the next letter comes when the leaves turn.\n"),
    "code": (
        "# Copyright 2021 Ann Lee and Bo Chen. Licensed under the MIT license.\n"
        "\"\"\"Tools for counting trees in graphs (see Lee, A. and Chen, B., 2021).\"\"\"\n\n"
        "import itertools\n\n\n"
        "def count_trees(graph, limit=2019):\n"
        "    \"\"\"Return the number of spanning trees, up to ``limit``.\"\"\"\n"
        "    total = 0\n"
        "    for edges in itertools.combinations(graph.edges, len(graph) - 1):\n"
        "        if graph.is_tree(edges):\n"
        "            total += 1\n"
        "    return min(total, limit)\n\n\n"
        "def review(year=2020, pages=(1, 9)):\n"
        "    return f\"Journal of Trees {year}, pp. {pages[0]}-{pages[1]}\"\n"),
    "log": (
        "2023-03-14 10:12:01,532 INFO  [worker-3] Started job 1234 for user A. Lee\n"
        "2023-03-14 10:12:02,118 WARN  [worker-3] Journal replay took 12-15 ms, retrying\n"
        "2023-03-14 10:12:05,004 ERROR [worker-1] Conference room booking failed: timeout, 3 attempts\n"
        "2023-03-14 10:12:07,771 INFO  [worker-3] Finished job 1234 in 5.6 s (review queue 2021)\n\n"
        "2023-03-15 08:00:00,000 INFO  [cron] Nightly run started by B. Chen\n"
        "2023-03-15 08:04:12,350 INFO  [cron] Proceedings export: 2019 rows written\n"
        "2023-03-15 08:04:13,002 INFO  [cron] Nightly run finished\n"),
    "readme": (
        "treecount\n=========\n\nCount spanning trees in graphs, fast.\n\n"
        "Installation\n------------\n\n    pip install treecount\n\n"
        "Usage\n-----\n\n    treecount graph.txt --limit 2019\n\n"
        "Changelog\n---------\n\n"
        "- 2023-05-01: version 1.4, faster counting (thanks to A. Lee and B. Chen).\n"
        "- 2022-11-12: version 1.3, reads graphs from the Journal of Trees data (pp. 1-9).\n"
        "- 2021-02-02: version 1.0.\n\n"
        "Citing\n------\n\nIf you use it, please cite: A. Lee and B. Chen. Counting trees fast. Proc. Tree Meeting, 2021.\n\n"
        "License\n-------\n\nMIT, 2021-2023 Ann Lee.\n"),
}


@pytest.mark.parametrize("name", sorted(NOT_PUBLICATION_LISTS))
def test_text_that_is_no_publication_list_stays_unknown(name):
    """markdown_page.publication_list_page must not be too eager: prose, code, a log and a
    README that cite a paper or two are no publication list (no records, one document reject).
    Since wt-cvtext7 the paragraphs of an unread document that look like entries (a year and
    two cues of one: "news" cites three papers in its prose) are rejects of their own too
    (extractors.unread_entries), each after the document's; no other line is."""
    kind, records, rejects = read(NOT_PUBLICATION_LISTS[name], f"not-a-list-{name}")
    assert kind == "unknown" and not records, (kind, records)
    assert [r["ordinal"] for r in rejects] == [None, *range(1, len(rejects))]
    assert all(r["reason"].endswith("unread text that looks like an entry") and r["excerpt"] for r in rejects[1:])
    assert len(rejects) - 1 <= NOT_PUBLICATION_LISTS[name].count("\n\n") + 1  # (a paragraph's at most, here)


def test_the_negatives_hold_entry_like_blocks_so_the_thresholds_matter():
    """The negatives above test the thresholds: "news" holds three blocks that look like entries
    (LIST_PAGE_ENTRIES alone would take it; LIST_PAGE_SHARE keeps it out), "code" and "log" two
    each at a high share (LIST_PAGE_ENTRIES keeps them out)."""
    from extractors.markdown_page import (
        LIST_PAGE_ENTRIES,
        LIST_PAGE_SHARE,
        entries_apart,
        looks_like_entry,
        page_blocks,
    )

    def counts(text):
        texts = [b for s in page_blocks(text, True) for b, _ in entries_apart(s, soft=True)]
        return sum(map(looks_like_entry, texts)), len(texts)

    hits, n = counts(NOT_PUBLICATION_LISTS["news"])
    assert hits >= LIST_PAGE_ENTRIES and hits < LIST_PAGE_SHARE * n
    for name in ("code", "log"):
        hits, n = counts(NOT_PUBLICATION_LISTS[name])
        assert hits == LIST_PAGE_ENTRIES - 1 and hits >= LIST_PAGE_SHARE * n, name


_REPORT_LIST = ("DEPARTMENT OF TREES\nAnnual Report 2022\n\n3.2 Faculty Output\n\nAnn Lee, Professor\n\n"
                "Lee, A., & Chen, B. (2021). Sparse things in large graphs. Graph Letters, 3, 1-9.\n"
                "Roe, C., & Lee, A. (2020). Dense things in small graphs. Journal of Trees, 2, 10-19.\n"
                "Lee, A., Roe, C., & Wu, D. (2019). Walks on random trees. Proc. Tree Meeting, 5-8.\n")


def test_a_list_with_no_publications_heading_is_read_by_its_entries_look():
    """markdown_page.publication_list_page (LIST_PAGE_ENTRIES, LIST_PAGE_SHARE): a department
    report's list under "3.2 Faculty Output" and a member's name was "no extractor recognises
    this document" (all its entries lost in one reject); its blocks look like entries (a year,
    names, a venue's numbers), so it is read whole; its other lines are no entries and no
    rejects. Two entries are too few to call a page a list."""
    kind, records, rejects = read(_REPORT_LIST, "report-list")
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        ("Sparse things in large graphs", ["A. Lee", "B. Chen"], 2021),
        ("Dense things in small graphs", ["C. Roe", "A. Lee"], 2020),
        ("Walks on random trees", ["A. Lee", "C. Roe", "D. Wu"], 2019)]
    two = _REPORT_LIST.rsplit("\n", 2)[0] + "\n"
    assert read(two, "report-two")[0] == "unknown"


def test_an_unreadable_entry_on_a_list_read_by_its_look_is_a_reject():
    """On a page read whole by its look, a block that looks like an entry and does not read is a
    reject with its reason (never lost); a line of the page that looks like none is furniture."""
    text = _REPORT_LIST + "Lee, A., & Chen, B. 2018, 2017, 2016: vol. 4, 1-9.\n"
    kind, records, rejects = read(text, "report-reject")
    assert kind == "markdown_page" and len(records) == 3
    assert len(rejects) == 1 and "vol. 4" in rejects[0]["excerpt"]


def test_an_orcid_works_paste_is_read():
    """An ORCID record's works pasted as text, under "Works (3)" (no publications heading): the
    whole document was one reject; it is a list by its look, each record read by its labels,
    the line before the date line the venue, the capitals surnames turned."""
    text = ("Ann Lee\n\nORCID 0000-0002\n\nWorks (3)\n\nPage 1\n\n"
            "1) Sparse things in large graphs\n   Graph Letters\n   2021-03 | journal-article\n"
            "   Contributors: LEE Ann; CHEN Bo\n\n"
            "2) Dense things in small graphs\n   Journal of Trees\n   2020-01 | journal-article\n"
            "   Contributors: ROE Cy; LEE Ann\n\n"
            "3) Walks on random trees\n   Proc. Tree Meeting\n   2019-07 | conference-paper\n"
            "   Contributors: LEE Ann; ROE Cy; WUTTKE Dan\n")
    from extractors.markdown_page import publication_list_page

    assert publication_list_page(text)
    kind, records, rejects = read(text, "orcid-like")
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["venue"], r["year"], r["authors"]) for r in records] == [
        ("Sparse things in large graphs", "Graph Letters", 2021, ["Ann LEE", "Bo CHEN"]),
        ("Dense things in small graphs", "Journal of Trees", 2020, ["Cy ROE", "Ann LEE"]),
        ("Walks on random trees", "Proc. Tree Meeting", 2019, ["Ann LEE", "Cy ROE", "Dan WUTTKE"])]


def test_the_list_decision_reads_a_sample_of_the_page():
    """LIST_PAGE_SAMPLE_CHARS: the decision reads the page's first 100,000 characters (a huge
    text of no known format costs no more than a CV to sniff); a list that fills them is a list
    whatever follows."""
    from extractors.markdown_page import LIST_PAGE_SAMPLE_CHARS, publication_list_page

    entry = "Lee, A., & Chen, B. (2021). Sparse things in large graphs number {k}. Graph Letters, 3, 1-9.\n"
    entries = "".join(entry.format(k=k) for k in range(LIST_PAGE_SAMPLE_CHARS // len(entry) + 10))
    prose = "".join(f"\nA paragraph of notes number {k}, with nothing in it to cite at all.\n" for k in range(20_000))
    assert publication_list_page(entries + prose)


def test_a_list_by_its_look_is_claimed_below_every_format():
    """LIST_PAGE_CONFIDENCE: above detect's floor, below markdown's own claim (a page with a
    publications heading) and cv_text's least (numbered "[1]" entries)."""
    from extractors import MIN_CONFIDENCE
    from extractors.markdown_page import LIST_PAGE_CONFIDENCE, MarkdownPageExtractor

    assert MIN_CONFIDENCE < LIST_PAGE_CONFIDENCE < min(MarkdownPageExtractor.sniff_ceiling, 0.6)


@pytest.mark.parametrize("text,want", [
    ("Lee, A. B., & Roe, C. (2021). Title of it. Graph Letters, 3, 1-9.", True),  # names, venue numbers
    ("A.~B.~Lee and C.~Roe. \\newblock \\emph{Title of it.} 2021.", True),  # names, emphasised title
    ("Ann Lee, Bo Chen, and Cy Roe. Sparse things in large graphs. ICML, 2021.", True),  # names, a stop after them
    ("\u201cSparse things in large graphs,\u201d with Bo Chen, Graph Letters, 2021.", True),  # quoted, "with"
    ("Nuismer SL, Week B. Uncovering cryptic coevolution. Am Nat. 2022;7(1):796-815.", True),  # Vancouver
    ("Title of it\nPublisher: Graph Letters\nPublication date: Mar 2021\nAuthors: Ann Lee", True),  # labels
    ("Ann Lee joined the group in 2019 and now leads the reading group on Thursdays.", False),  # year, no list
    ("2023-03-14 10:12:02 WARN Journal replay took 12-15 ms, retrying", False),  # a log line
    ("Sparse things in large graphs. Graph Letters, 3, 1-9.", False),  # no year
])
def test_what_an_entry_looks_like(text, want):
    """markdown_page.looks_like_entry: a year and two of three cues (names, a title set apart, a
    venue or its numbers)."""
    from extractors.markdown_page import looks_like_entry

    assert looks_like_entry(text) is want


def test_a_pasted_record_prints_one_field_a_line_before_its_date_line():
    """cv_pdf_fields._pasted_field_types: an ORCID record pasted as text ("Title" / "Journal" /
    "2021-03 | journal-article" / "Contributors: ...") had the journal and the date line read
    into the title (plain text has no type to end it); the line before the date line is the
    venue. With no date line, the lines before the labels are all the title's."""
    from extractors.cv_pdf_fields import read_labelled_lines

    got = read_labelled_lines(["Sparse things in large graphs", "Graph Letters", "2021-03 | journal-article",
                               "Contributors: Lee, Ann; Chen, Bo"])
    assert (got.title, got.venue, got.year, got.authors) == (
        "Sparse things in large graphs", "Graph Letters", 2021, ["Ann Lee", "Bo Chen"])
    got = read_labelled_lines(["Sparse things in large graphs", "and their uses", "Authors: Lee, Ann", "Year: 2021"])
    assert (got.title, got.venue) == ("Sparse things in large graphs and their uses", None)


def test_a_publisher_label_is_the_venue_when_no_other_is_printed():
    """cv_pdf_fields: "Publisher: Graph Letters" (a LinkedIn profile's publications name the
    journal so) was no field of the record (venue None); a "Journal:" line comes first."""
    from extractors.cv_pdf_fields import read_labelled_lines

    got = read_labelled_lines(["Sparse things in large graphs", "Publisher: Graph Letters",
                               "Publication date: Mar 2021", "Authors: Ann Lee, Bo Chen"])
    assert (got.venue, got.year) == ("Graph Letters", 2021)
    got = read_labelled_lines(["Title: Sparse things", "Journal: Graph Letters", "Publisher: Tree Press",
                               "Authors: Ann Lee", "Year: 2021"])
    assert got.venue == "Graph Letters"


def test_surnames_first_in_capitals_are_turned_on_a_page_that_prints_them_so():
    """markdown_page.caps_surname_page: "LEE Ann, ROE Cy et HOLLOWAY Maren T." (HAL, ORCID
    exports) kept the surname first ("LEE Ann", and "GOH Cheng Hian" became "G. O. H. Cheng
    Hian"); on a page whose names are so printed they are given name first, the capitals kept.
    Bare initials first ("AMB Lee", never five letters) stay initials."""
    from extractors.markdown_page import caps_surname_page, caps_surnames_last

    page = [(["LEE Ann", "ROE Cy"],), (["GOH Cheng Hian", "HOLLOWAY Maren T."],), (["WU Dan"],)]
    assert caps_surname_page(page)
    assert caps_surnames_last(["GOH Cheng Hian", "Torba S."]) == ["Cheng Hian GOH", "Torba S."]
    scholar = [(["AMB Lee", "JC Roe"],), (["AB Chen", "CD Wu"],), (["EF Ng"],)]
    assert not caps_surname_page(scholar)
    text = ("ANN LEE\n\nPUBLICATIONS\n\nArticles\n\n"
            "1) LEE Ann, ROE Cy et HOLLOWAY Maren. Sparse things in large graphs. Graph Letters, 2021, 3 (2), pp.1-9.\n"
            "2) GOH Cheng Hian et LEE Ann. Dense things in small graphs. Journal of Trees, 2020, 2 (1), pp.10-19.\n"
            "3) LEE Ann et WUTTKE Dan. Walks on random trees. Journal of Trees, 2019, 1 (1), pp.5-8.\n")
    _, records, _ = read(text, "caps-first")
    assert [r["authors"] for r in records] == [["Ann LEE", "Cy ROE", "Maren HOLLOWAY"],
                                               ["Cheng Hian GOH", "Ann LEE"], ["Ann LEE", "Dan WUTTKE"]]


# --- rules learnt from round 8, studied (2026-12-08, wt-cvtext9); each test failed before its rule

_TYPED_RECORDS = (
    "Library export\nEXPORT DATE: 01 March 2024\n\n"
    "Lee A.B., Chen B.\n"
    "AUTHOR FULL NAMES: Lee, Ann B. (1001); Chen, Bo (1002)\n"
    "Sparse things in large graphs\n"
    "(2021) Graph Letters, 3 (2), art. no. 112. Cited 4 times.\n\n"
    "https://example.org/record?id=1\nDOI: 10.1000/gl.2021.112\n\n"
    "DOCUMENT TYPE: Conference Paper\nSOURCE: Library\n\n"
    "Roe C., Lee A.B.\n"
    "STEMS: Dense things in small graphs\n"
    "(2020) Journal of Trees, 2 (1), pp. 10-19.\n\n"
    "https://example.org/record?id=2\nDOI: 10.1000/jt.2020.10\n\n"
    "DOCUMENT TYPE: Article\nSOURCE: Library\n\n"
    "Wu, D., Lee, A.B.\n"
    "Walks on random trees\n"
    "(2019) arXiv, art. no. 1901.00001.\n\n"
    "https://example.org/record?id=3\n\n"
    "DOCUMENT TYPE: Article\nSOURCE: Library\n")


def test_records_typed_a_field_to_a_line_are_read_by_their_lines():
    """markdown_page._soft_wrapped_fields (_typed_apart): a database's text export prints each
    record's names, title and "(2021) Venue, 3 (2), pp. 1-9." source on lines of their own; the
    names line ends in an initial, so it read as going on into the title (the title and source
    run together, the year lost). A source line opened by a bracketed year, and a capitals tag
    ("AUTHOR FULL NAMES:", its line left out), part the fields; the line over the source line is
    the title whatever opens it ("STEMS: ..."). The tagged metadata blocks under the records
    ("DOI:", links, "DOCUMENT TYPE: Conference Paper") are no entries, no rejects, and no
    section headings (the first record was lost under one); "art. no." is no part of a venue."""
    kind, records, rejects = read(_TYPED_RECORDS, "typed-records")
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        ("Sparse things in large graphs", ["A. B. Lee", "B. Chen"], 2021, "Graph Letters"),
        ("STEMS: Dense things in small graphs", ["C. Roe", "A. B. Lee"], 2020, "Journal of Trees"),
        ("Walks on random trees", ["D. Wu", "A.B. Lee"], 2019, "arXiv")]


def test_a_names_line_stopped_short_of_the_width_ends_there():
    """markdown_page._typed_apart: a line of names ending in an initial goes on into the next
    line when a wrap put the break there (the next word would not have fitted); when the next
    line's first word would have fitted, its writer ended the line: the names end there, unless
    the next line opens with a name (a PDF's proportional lines: real-sites batch 3 had a list
    of names so cut in two, a reject read as a wrong record)."""
    from extractors.markdown_page import _soft_wrapped_fields

    typed = "Lee, A. B., Chen, B.\nSparse things in large graphs and their many uses\nGraph Letters 3, 1-9, 2021."
    assert _soft_wrapped_fields(typed).split("  \n")[0] == "Lee, A. B., Chen, B."
    wrapped = ("Lee, A. B., Chen, B., Roe, C., Wu, D., Ng, E., and Orr, F. G.\n"
               "Sparse things. Graph Letters 3, 1-9, 2021.")
    got = _soft_wrapped_fields(wrapped)
    assert got is None or not got.startswith("Lee, A. B., Chen, B., Roe, C., Wu, D., Ng, E., and Orr, F. G.  \n")
    # a PDF's lines are set in a proportional font: a short line of names followed by a line that
    # opens with a name goes on there (the list of names runs on)
    pdf = ("Lee, A. B., Chen, B., Roe, C.\nWu Ng, D., Orr, F. G., Sparse things in large graphs of many kinds and sizes"
           "\nGraph Letters 3, 1-9, 2021.")
    got = _soft_wrapped_fields(pdf)
    assert got is None or not got.startswith("Lee, A. B., Chen, B., Roe, C.  \n")


@pytest.mark.parametrize("lines,want", [
    (["DOI: 10.1000/x.1", "https://example.org/r?id=1"], True),
    (["DOCUMENT TYPE: Article", "PUBLICATION STAGE: Final", "SOURCE: Library"], True),
    (["Lee A., Chen B.", "DOI: 10.1000/x.1"], False),
    (["Ann Lee joined in 2019: welcome!"], False),
])
def test_an_exports_metadata_block(lines, want):
    """markdown_page.export_metadata: a block wholly of capitals-tagged fields and bare links."""
    from extractors.markdown_page import export_metadata

    assert export_metadata(lines) is want


@pytest.mark.parametrize("text,want", [
    ("Graph Letters, art. no. 112", "Graph Letters"),
    ("Graph Letters, Article number 12", "Graph Letters"),
    ("Graph Letters, article e1234", "Graph Letters"),
    ("The Article Review, 3, 1-9", "The Article Review"),  # a word of the name, no number after it
    ("(2007) arXiv, art. no. 0704.0071.", "arXiv"),  # a camel-case name after the bracketed year
    ("2021 Tree Meeting, Boston, MA, USA, 2021, pp. 1-9", "2021 Tree Meeting, Boston, MA, USA"),
    ("2021 Graph Letters, 3, 1-9", "Graph Letters"),  # the year printed once: a date before the venue
])
def test_venue_names_numbered_and_dated(text, want):
    """citations.venue_name: an article number ("art. no.", "Article number") is numbering, no
    part of the venue; a year opening a proceedings' name is the name's when the entry prints
    its year again after it (IEEE Xplore's "2021 Conference X, Place, 2021"), a date before the
    venue otherwise; a camel-case venue ("arXiv") after a leading year is read as a capital one."""
    from extractors.citations import venue_name

    assert venue_name(text) == want


_RUN_TOGETHER_CARDS = (
    "Ann Lee\nNorthfield University\n\nResearch items (3)\n\n"
    "Article\nFull-text available\nSparse things in large graphs\nMar 2021 \u00b7 Graph Letters\n"
    "Ann Lee \u00b7 Bo Chen\n12 Reads\nDownload\nCite\nShare\n"
    "Conference Paper\nDense things in small graphs\nJan 2020 \u00b7 Tree Meeting\n"
    "Cy Roe \u00b7 Ann Lee\nRequest full-text\nCite\nShare\n"
    "Preprint\nFull-text available\nWalks on random trees\nJul 2019\n"
    "Ann Lee \u00b7 Dan Wu \u00b7 Eve Ng\nDownload\nCite\nShare\n")


def test_cards_run_together_are_parted_at_their_kind_lines_and_badges_are_no_titles():
    """profile_page._run_together, _BADGE: a profile's items pasted with no blank line between
    them were one block (the document no list at all); a kind line alone ("Article",
    "Conference Paper") opening each, one date line between one and the next, parts them. A
    card's badges and buttons ("Full-text available", "12 Reads", "Cite") are no title (the
    title's place was taken for the badge's line on cards that print it)."""
    kind, records, rejects = read(_RUN_TOGETHER_CARDS, "run-together-cards")
    assert kind == "profile_page" and not rejects
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        ("Sparse things in large graphs", ["Ann Lee", "Bo Chen"], 2021, "Graph Letters"),
        ("Dense things in small graphs", ["Cy Roe", "Ann Lee"], 2020, "Tree Meeting"),
        ("Walks on random trees", ["Ann Lee", "Dan Wu", "Eve Ng"], 2019, None)]
    blank = _RUN_TOGETHER_CARDS.replace("Share\n", "Share\n\n")
    assert [r["title"] for r in read(blank, "apart-cards")[1]] == [r["title"] for r in records]


# --- rules learnt from round 9, studied (2026-12-08, wt-cvtext10); each test failed on int 2884696's readers


def test_a_section_number_before_a_section_name_is_a_heading():
    """markdown_page.numbered_section_headings: "2.<TAB>Publications" and "2.1<TAB>Refereed journal
    articles" are headings numbered by the CV's outline (read as a list item and a paragraph,
    nothing opened the list and the page was read as no list at all); "3.<TAB>Grants" ends it."""
    text = ("ANN LEE\nCurriculum Vitae\n\n1.\tEmployment\n\n2015\u2013present\tLecturer, Northfield College\n\n"
            "2.\tPublications\n\n2.1\tRefereed journal articles\n\n"
            "Lee, A & Roe, C 2020, \u2018Counting sparse graphs\u2019, Graph Letters, vol. 3, no. 2, pp. 1\u20139.\n\n"
            "Chen, B & Lee, A 2018, \u2018Dense colourings of\n\tplanar maps\u2019, Map Studies, vol. 7, pp. 10\u201319.\n\n"
            "3.\tGrants\n\n2020\tSmall Research Fund, $4,000\n")
    kind, records, rejects = read(text, "numbered-sections")
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["year"], r["venue"]) for r in records] == [
        ("Counting sparse graphs", 2020, "Graph Letters"), ("Dense colourings of planar maps", 2018, "Map Studies")]


def test_an_agps_entry_may_close_on_its_quoted_title():
    """citations.parse_agps_harvard: "Lee, AB & Roe, C 2021, ‘Title’." has no venue (it was no
    reading at all: the form wanted a comma and a venue after the title)."""
    from extractors.citations import parse_agps_harvard

    e = parse_agps_harvard("Lee, AB & Roe, C 2021, \u2018A short note on long proofs\u2019.")
    assert e is not None and (e.authors, e.title, e.venue, e.year) == (
        ["A. B. Lee", "C. Roe"], "A short note on long proofs", None, 2021)


def test_database_accession_lines_and_interface_rows_are_furniture():
    """markdown_page.database_furniture_dropped and the first line of semicolon names: a record
    pasted from a database's list ("MR1234567 Reviewed" over "Lee, Ann B.; Roe, C. D." over the
    title over the source, then "Review PDF Clipboard Journal Article Make Link") is one entry
    whose names end at their line (the whole list was rejects)."""
    text = ("Publications\n\nMR1234567 Reviewed\nLee, Ann B.; Roe, C. D.\nCounting sparse graphs.\n"
            "Graph Lett. 3 (2020), no. 2, 1\u20139.\nReview PDF Clipboard Journal Article Make Link\n\n"
            "MR1234000 Indexed\nGross, Marco; Lee, Ann B.\nDense colourings of planar maps.\n"
            "Map Stud. 7 (2018), no. 1, 10\u201319.\nPDF Clipboard Journal Article Make Link\n")
    kind, records, rejects = read(text, "database-list")
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        ("Counting sparse graphs", ["Ann B. Lee", "C. D. Roe"], 2020),
        ("Dense colourings of planar maps", ["Marco Gross", "Ann B. Lee"], 2018)]


def test_a_given_name_like_a_month_with_no_year_after_it_is_a_name():
    """markdown_page._name_line: "Gross, Markus" and "Tarzia, Marco" keep their given names (read
    as a date's month, "Mar", they were cut off); "Lee, A., Mar 2021" still loses its date."""
    from extractors.markdown_page import _name_line_read

    assert _name_line_read("Lee, Ann; Gross, Markus") == ["Ann Lee", "Markus Gross"]
    assert _name_line_read("Lee, A., Roe, C., Mar 2021") == ["A. Lee", "C. Roe"]


def test_nature_preprint_at_a_link_names_the_server():
    """markdown_page.preprint_server: Nature's "Preprint at https://doi.org/10.48550/arXiv.ID
    (2021)." is an arXiv preprint (the venue was "Preprint at"); an unknown server names none."""
    from extractors.markdown_page import read_block

    got = read_block("Lee, A. B. & Roe, C. Counting sparse graphs. Preprint at "
                     "https://doi.org/10.48550/arXiv.2101.00001 (2021).")
    assert got[2:5] == ("Counting sparse graphs", "arXiv", 2021)
    got = read_block("Lee, A. B. & Roe, C. Counting sparse graphs. Preprint at https://example.org/p/1 (2021).")
    assert got[2:5] == ("Counting sparse graphs", None, 2021)


def test_a_space_before_a_names_closing_semicolon_or_stop_is_spacing():
    """markdown_page._spaced_name_ends: Lattes's ABNT "ROE, C. ; LEE, A. B. . Title. Venue, v. 3,
    p. 1-9, 2020." reads as "ROE, C.; LEE, A. B. Title" (its names did not look like names)."""
    from extractors.markdown_page import read_block

    got = read_block("ROE, C. ; LEE, A. B. . Counting sparse graphs. Graph Letters, v. 3, n. 2, p. 1-9, 2020.")
    assert got[0] == ["C. ROE", "A. B. LEE"] and got[2:5] == ("Counting sparse graphs", "Graph Letters", 2020)


def test_portuguese_presentations_heading_is_no_publication_list():
    """cv_entries: "Apresentações de Trabalho" (a Lattes CV's talks) names a section of talks."""
    from extractors.cv_entries import other_language_heading

    assert other_language_heading("Apresenta\u00e7\u00f5es de Trabalho") == "skip"


def test_a_persons_name_and_rank_over_entries_is_no_reject():
    """markdown_page.person_with_rank: "Ann Lee, Professor" over her entries in a department's
    report heads them (it was a reject once its section opened by a numbered heading)."""
    from extractors.markdown_page import person_with_rank

    assert person_with_rank("Ann Lee, Professor") and person_with_rank("Bo Chen, Associate Professor")
    assert not person_with_rank("Lee, A. Counting sparse graphs, Professor")
