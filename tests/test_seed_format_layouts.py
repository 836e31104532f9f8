"""The seed formats rendered from real metadata in layouts of their own
(:mod:`tests.seed_format_layouts`, issue #16 item 3): listing pages, profile pages,
daily-papers pages and CVs as text, read back with ``extract_document`` (the format detected,
never forced) and scored field by field as the other generated sets are
(``test_sites_cv_pdf.match_fields``: an entry found by its title; names compared name by
name, case, spaces and periods aside). Only the fields a format prints are reported
(``seed_format_layouts.PRINTS``); a year the page does not print must be read as none.

The layouts were split into ``TUNED`` and ``HELD_OUT`` when they were written, before the
first measurement (wt-heldout16).
"""

from __future__ import annotations

from collections import Counter

import pytest

from scholarlake.extraction import extract_document

from . import seed_format_layouts as sfl
from .conftest import EXTERNAL, make_doc
from .test_sites_cv_pdf import FIELDS, match_fields, summary

# First measurement (wt-heldout16, the readers of 295b055, before any change for these
# layouts; `PYTHONHASHSEED=0 pytest tests/test_seed_format_layouts.py -s`), after one
# correction of the generator's truth (a date printed without a year was first scored as "no
# year"; the project's rule, normalizers/dates, reads it as the latest such day before the
# capture, and the truth now says so):
#   listing_page tuned (30): P 1.000 R 1.000, title, authors, year 1.000
#   listing_page held out (60): P 1.000 R 1.000, title, authors, year 1.000
#   profile_page tuned (30): P 1.000 R 0.967, title, year, venue 0.967 (3 rejects)
#   profile_page held out (30): P 1.000 R 1.000, title, year, venue 1.000
#   daily_papers tuned (30) and held out (30): P 1.000 R 1.000, title, year 1.000
#   cv_text tuned (30): P 1.000 R 1.000, every field 1.000
#   cv_text held out (60): P 0.981 R 0.867, title 0.867, authors 0.867, year 0.850, venue 0.850
#     (cv_plain_and 0.97 per field; cv_marks_badges R 0.77, 7 rejects)
# Then (wt-heldout16) profile_items (tuned) and cv_marks_badges (held out, moved to the tuned
# set) were studied: a profile item's source (venue) may run to 300 characters, not 80 (a
# venue that is a whole citation; proceedings' names pass 80), and an indented line right
# under a CV entry continues it (it was read as a heading when it began with a capital):
#   profile_page tuned (30): every field 1.000; cv_text tuned (60): every field 1.000
#   cv_text held out (cv_plain_and alone, 30, never looked at entry by entry): P 0.967 R 0.967,
#     every field 0.967, as at its first measurement; the other held-out sets as before (1.000)
#   (cv_plain_and's sample was re-drawn for one commit, 3d19cc6, when cv_marks_badges moved to
#   the tuned set: the owner followed the layout's place in the splits; it follows the order
#   written since, ``seed_format_layouts.WRITTEN``, and the sample is the first one again.)
# A second round of CV text (cv_ieee_quoted, cv_apa_parens, cv_pdf_wrapped, cv_year_first:
# HELD_OUT_2), written then and measured before any change for it:
#   cv_text held out 2 (120 entries): P 0.500 R 0.500, title 0.500, authors 0.250, year 0.500,
#     venue 0.500 (cv_ieee_quoted and cv_apa_parens 0.00 per field; cv_year_first authors 0.00;
#     cv_pdf_wrapped 1.00)
# Then three of the second round (cv_ieee_quoted, cv_apa_parens, cv_year_first) were studied
# and moved to the tuned set: each entry is also read by the citation styles the markdown
# reader knows (``cv_text._two_readings``), which wins when the seed-style reading's fields do
# not look like an entry's or it scores better by a margin:
#   cv_text tuned (5 layouts, 150): P 1.000 R 1.000, title 1.000, authors 0.993, year 1.000,
#     venue 0.993 (cv_ieee_quoted venue 0.97, cv_apa_parens authors 0.97)
#   cv_text held out (cv_plain_and, 30): 0.967 per field, unchanged; held out 2 (cv_pdf_wrapped,
#     30): 1.000 per field, unchanged
# Then cv_plain_and (held out, 0.967) was studied and moved to the tuned set: one title was cut
# at "non-reciprocal vs. reciprocal"; a sentence break is no longer taken after the
# abbreviations the markdown reader knows never end one (``cv_entries.sentence_break``):
#   cv_text tuned (6 layouts, 180): P 1.000 R 1.000, title 1.000, authors 0.994, year 1.000,
#     venue 0.994; cv_text held out 2 (cv_pdf_wrapped, 30): 1.000 per field, unchanged
# A third round of CV text (cv_vancouver_colon, cv_title_blocks, cv_semicolon_inverted:
# HELD_OUT_3), written after that and measured once on the reader of 8178889, never studied
# (one generator slip mended first: "Cooper, Andrew B.." printed two periods, 0.13 with it):
#   cv_text held out 3 (90 entries): P 0.433 R 0.433, title 0.433, authors 0.267, year 0.433,
#     venue 0.289 (cv_vancouver_colon 0.93, authors 0.80; cv_title_blocks 0.37, authors and
#     venue 0.00; cv_semicolon_inverted 0.00)
# Then, for speed (cv_text's extraction of the seed CV had fallen from 3.4 to 0.2 MB/s, median
# of 7 by CPU time, with the second reading asked for every entry), the second reading was
# narrowed to first readings whose names hold a digit, a quotation mark, a parenthesis or six
# words (3.2 MB/s, main's reader 3.4). The held-out-3 aggregate was printed after each step
# (0.433 -> 0.422 with the second reading asked only when the first's fields fail
# entry_quality, -> 0.589 with the cheap test): the steps were chosen by the seed CV's speed
# and the tuned layouts, which did not move, not by that figure; it is no longer blind.
#   cv_text held out 3 now: P 0.589 R 0.589, title 0.589, authors 0.267, year 0.589, venue 0.467
#     (cv_vancouver_colon 0.93, authors 0.80, venue 0.87; cv_title_blocks 0.30, authors and venue
#     0.00; cv_semicolon_inverted 0.53, authors 0.00: the last held-out figures)
# Then (wt-cvtext) the third round was studied and moved to the tuned set (ROUND_3): a list
# of "Surname, Given" people between semicolons is read by its whole look
# (author_lists.inverted_semicolon_list_end; split_authors' semicolon_lists):
#   cv_semicolon_inverted (tuned now) 0.97 per field (was 0.53, authors 0.00); cv_text tuned
#     (9 layouts, 270): P 0.911 R 0.911, title 0.911, authors 0.859, year 0.911, venue 0.867
#     (cv_title_blocks still 0.30); no CV text layout but cv_pdf_wrapped is held out any more.
# Then an entry printed as a block, its first line wholly emphasised (the title) and the
# indented lines under it names then the venue, is read in that order (cv_text._title_block):
#   cv_title_blocks (tuned now) 1.00 per field (was 0.30, authors and venue 0.00); cv_text
#     tuned (9 layouts, 270): P 0.989 R 0.989, title 0.989, authors 0.970, year 0.989, venue 0.978
# A fourth round of the page formats (listing_redesign, profile_paged_dates, daily_votes_first:
# HELD_OUT_4, wt-seedfmt3), written and declared held out before the readers were run on it,
# measured once on the readers of 60db95a (`PYTHONHASHSEED=0 pytest tests/test_seed_format_layouts.py
# -s`, aggregates only):
#   listing_page held out 4 (30): P 1.000 R 0.800, title 0.800, authors 0.800, year 0.800
#   profile_page held out 4 (30): P 1.000 R 0.567, title 0.567, year 0.567, venue 0.333
#   daily_papers held out 4 (30): P 0.395 R 1.000, title 1.000, year 0.467
#   (the other splits as at that commit: listing, profile, daily tuned and held out 1.000 on
#   every field; cv_text tuned P 0.993 R 0.993, title 0.993, authors 0.978, year 0.993, venue
#   0.981; cv_text held out 2 1.000)
# Then the fourth round was studied, entry by entry, and moved to the tuned set (ROUND_4): a
# listing's "+N" after the names shown cuts the list as "et al." does; a profile item's date
# may carry its month ("2021-03", "Mar 2021"; the ISO month had been left at the start of the
# venue, "-03arXiv", wrong records) and a pager's lines are chrome; a daily-papers line of
# digits alone before a title is its upvote count (it had been read as a title, P 0.39) and
# "Submitted by <user>" is no title:
#   listing_page tuned (60): P 1.000 R 1.000, every field 1.000 (listing_redesign keeps 10
#     rejects: the abstract line after a "TL;DR" line, a third body line, is rejected as "not a
#     listing header", no record lost or wrong)
#   profile_page tuned (60) and daily_papers tuned (60): P 1.000 R 1.000, every field 1.000
#   the older held-out sets unchanged (1.000); no page layout of round 4 is held out any more
# A fifth round (listing_and_month_dates, profile_capital_kinds_cited, daily_published_on:
# HELD_OUT_5, wt-seedfmt3), written after that and declared held out before the readers were
# run on it (a614513), measured once (aggregates only):
#   listing_page held out 5 (30): P 0.889 R 0.267, title 0.267, authors 0.267, year 0.267
#   profile_page held out 5 (30): P 0.000 R 0.000, every field 0.000
#   daily_papers held out 5 (30): P 0.000 R 0.000, every field 0.000
#   (and two of the tests failed on it: a layout not detected as its format, a page whose
#   entries were neither records nor rejects)
# Then the fifth round was studied and moved to the tuned set (ROUND_5): "and" before a
# listing's last name is a comma when a name follows it (``listing_page.and_parts``), a
# header's date may be a month and a year with no day (and ``normalizers.dates`` reads "Feb
# 2007" as the year 2007); a profile item's kind may be capitalised when run into its date
# ("Journal article2021"), "Cited by N" and "Showing all N items" are chrome; a daily-papers
# date may follow "Published on", and an author block that lists names ("Ann Lee, Bo Chen +3")
# is read as names, not as an organisation:
#   listing_page tuned (90), profile_page tuned (90), daily_papers tuned (90): P 1.000 R 1.000,
#     every field 1.000 (listing_and_month_dates keeps 4 rejects: an abstract's second line,
#     a third body line, as listing_redesign's TL;DR lines)
#   the older held-out sets unchanged: listing held out (60), profile held out (30), daily held
#     out (30) 1.000 on every field; cv_text tuned and held out 2 as before
# A sixth round (listing_dotted_categories, profile_separated_items, daily_titles_only:
# HELD_OUT_6, wt-seedfmt3), written after that and declared held out before the readers were
# run on it (c5a291c), measured once (aggregates only):
#   listing_page held out 6 (30): P 0.000 R 0.000, every field 0.000
#   profile_page held out 6 (30): P 0.000 R 0.000, every field 0.000
#   daily_papers held out 6 (30): P 1.000 R 1.000, title 1.000, year 1.000
#   (the detection and nothing-lost tests failed on it: the listing and profile pages were
#   not detected as their formats)
# Then its listing and profile layouts were studied and moved to the tuned set (ROUND_6): a
# listing header's category may be arXiv's own name of it ("cs.LG", "hep-th", "astro-ph.GA");
# a profile item's parts may stand apart with " · " between them. Two guards came with the
# study: a reading whose title ends in ", P" (cut inside the initials "PP.") is a reject, not
# a wrong record, and an "and" read as a comma must leave two names at least (a title's
# "..., and DeSwart" glued to the one author stays in the title: the first try of the "and"
# rule had cost tests/test_listing_generalization.py's sites one entry, 0.996 -> 0.993, now
# 0.996 again, entry for entry as on 60db95a but the "PP. Ntumba" entry, a reject now):
#   listing_page tuned (120): P 1.000 R 0.992, every field 0.992 (listing_dotted_categories
#     0.97: that one reject)
#   profile_page tuned (120): every field 1.000
#   daily_papers held out 6 (daily_titles_only, 30, never looked at entry by entry): 1.000,
#     as at its first measurement; the older held-out sets 1.000, unchanged
# A seventh round (listing_day_first_uncategorised, profile_publications_heading,
# daily_one_line_blocks: HELD_OUT_7, wt-seedfmt3), written after that and declared held out
# before the readers were run on it (62cf430), measured once (aggregates only):
#   listing_page held out 7 (30): P 0.000 R 0.000, every field 0.000
#   profile_page held out 7 (30): P 0.000 R 0.000, every field 0.000
#   daily_papers held out 7 (30): P 0.600 R 1.000, title 1.000, year 0.333
#   (the detection and nothing-lost tests failed on it again: listing and profile not detected)
# Then the seventh round was studied and moved to the tuned set (ROUND_7): a listing header's
# date may put the day first ("8 Oct 2023", "3 Jun", and ``normalizers.dates`` reads "3 Jun")
# and its category may be missing (the score tried last, lazily); a profile's list may be
# headed "Publications" / "N items" when its item lines are many and dense (a CV's
# "Publications" is no profile); a daily-papers block may stand on one line with middle dots:
#   listing_page tuned (150): P 1.000 R 0.993; profile_page tuned (150) and daily_papers tuned
#     (120): every field 1.000; the older held-out sets and daily held out 6 1.000, unchanged
# An eighth round (listing_spaced_capture, profile_source_before_year, daily_two_paragraphs:
# HELD_OUT_8, wt-seedfmt3), written after that and declared held out before the readers were
# run on it (ba1dbc6), measured once (aggregates only):
#   listing_page held out 8 (30): P 0.000 R 0.000, every field 0.000
#   profile_page held out 8 (30): P 0.000 R 0.000, every field 0.000
#   daily_papers held out 8 (30): P 0.698 R 1.000, title 1.000, year 0.567
# Then the eighth round was studied and moved to the tuned set (ROUND_8): a listing header may
# hold single spaces between its parts (the glued reading tried first); a profile item may
# print "kind · source · year"; a daily abstract may run to further prose lines:
#   listing_page tuned (180): P 1.000 R 0.994; profile_page tuned (180) and daily_papers tuned
#     (150): every field 1.000; the older held-out sets and daily held out 6 1.000, unchanged
# A ninth round (listing_ampersand_others, profile_abstract_toggles, daily_bare_counts_arrows:
# HELD_OUT_9, wt-seedfmt3), written at the end of the session and declared held out before the
# readers were run on it (62633f3), measured once (aggregates only), never studied: the
# held-out figure of the readers as the session leaves them:
#   listing_page held out 9 (30): P 0.889 R 0.267, title 0.267, authors 0.267, year 0.267
#   profile_page held out 9 (30): P 1.000 R 1.000, title 1.000, year 1.000, venue 1.000
#   daily_papers held out 9 (30): P 0.233 R 0.233, title 0.233, year 0.233
# (its floors are set a little below those first figures: they guard against a fall only)
# A tenth round (listing_authors_colon_title, listing_subject_crosslists, profile_cited_columns,
# profile_show_more_dated, daily_submitters_votes_first, daily_wrapped_emoji_orgs: HELD_OUT_10,
# wt-seedfmt4), two layouts per page format, written and declared held out before the readers
# were run on it, measured once on the readers of 89ef9c4 (aggregates only):
#   listing_page held out 10 (60): P 0.000 R 0.000, title 0.000, authors 0.000, year 0.000
#   profile_page held out 10 (60): P 0.300 R 0.150, title 0.150, year 0.150, venue 0.150
#   daily_papers held out 10 (60): P 0.383 R 0.850, title 0.850, year 0.850
#   (listing_subject_crosslists and profile_show_more_dated were not detected as their formats:
#   the detection and nothing-lost tests name them in ``NOT_DETECTED_AT_FIRST``)
# Then the ninth round was studied (wt-seedfmt4) and moved to the tuned set (ROUND_9; blind
# figures above): a listing's "&" before the last name reads as "and" does, a count of the
# names not shown may be worded ("and 5 others", "+ 3 more"), a title cut after "& P" is a
# reject; a daily-papers upvote count may follow the vote arrow ("▲ 12", one table of arrows,
# wherever a count is read) and the author count may lack its bullet ("4 authors"); a
# profile's abstract toggles ("Show abstract") are chrome and an "Abstract:" label no abstract
# (tests/test_seed_page_rules_round9.py):
#   listing_page tuned (210): P 1.000 R 0.995 (listing_ampersand_others 1.00, was R 0.27 P 0.89)
#   profile_page tuned (210): every field 1.000 (profile_abstract_toggles 16 rejects -> 0)
#   daily_papers tuned (180): every field 1.000 (daily_bare_counts_arrows 1.00, was 0.23)
#   older held-out sets unchanged (1.000); tests/test_listing_generalization.py line for line
#   as on 89ef9c4 (3212 lines split identically)
# An eleventh round (listing_comments_pagination, listing_entities_middle_cut, profile_scholar_rows,
# profile_year_groups_links, daily_stars_tabs, daily_lynx_dump: HELD_OUT_11, wt-seedfmt5), two
# layouts per page format, written and declared held out before the readers were run on it,
# measured once on the readers of ef7c513 (aggregates only; no per-layout line is printed for it):
#   listing_page held out 11 (60): P 1.000 R 0.317, title 0.317, authors 0.317, year 0.317
#   profile_page held out 11 (60): P 0.000 R 0.000, every field 0.000
#   daily_papers held out 11 (60): P 0.138 R 0.500, title 0.500, year 0.500
#   3 of its 6 layouts detected as their formats (``BLIND_DETECTED_AT_FIRST``)
# Then the tenth round was studied (wt-seedfmt5) and moved to the tuned set (ROUND_10; blind
# figures above): a listing header may close with a parenthesised note ("(cross-list from
# math.AP)"), page chrome may come before the first record (the page found by two records
# that read), and a page may print the names before the title, a colon between (chosen for
# the whole page); a profile item's date may be a full date ("Aug 24, 2007"), a names line
# under the title is its authors, "Showing 20 of 30" is the pager, and a list captured as a
# table has a column row (chrome) and count cells after titles; a daily-papers entry may print
# "Submitted by" over the user and the vote mark over its count before the title, and a title
# wrapped over lines is one title (tests/test_seed_page_rules_round10.py):
#   round 10 (tuned now): every layout 1.00 per field (listing_subject_crosslists keeps 7
#     rejects, its sub-heading and count lines; profile_cited_columns 8, the co-author sidebar)
#   listing_page tuned (270): P 1.000 R 0.996; profile_page tuned (270), daily_papers tuned
#     (240): every field 1.000; the older held-out sets unchanged (1.000)
#   held out 11 (blind, aggregate): listing P 1.000 R 0.317 -> 0.817, profile 0.000 -> 0.000,
#     daily P 0.138 R 0.500 -> P 0.191 R 0.500; 3 -> 4 of 6 detected
# A twelfth round (listing_affiliation_marks, listing_narrow_wrapped, profile_orcid_works,
# profile_badge_cards, daily_markdown_clip, daily_ranked_upvote_words: HELD_OUT_12, wt-seedfmt6),
# two layouts per page format, written and declared held out before the readers were run on
# it, measured once on the readers of 9ff2392 = main (aggregates only; no per-layout line):
#   listing_page held out 12 (60): P 0.000 R 0.000, every field 0.000
#   profile_page held out 12 (60): P 0.000 R 0.000, every field 0.000
#   daily_papers held out 12 (60): P 0.000 R 0.000, every field 0.000
#   2 of its 6 layouts detected as their formats (``BLIND_DETECTED_AT_FIRST``)
# Then the eleventh round was studied (wt-seedfmt6) and moved to the tuned set (ROUND_11; blind
# figures above): a listing decodes HTML character references, drops a count of names not
# shown standing among the names ("Ann Lee, +4 authors, Cy Roe") and reads arXiv's labelled
# lines ("Comments:", "Journal-ref:") as the record's; a profile may group items under year
# headings (item lines without the year), print link chips under titles ("PDF", "DOI: ..."),
# or be captured as rows with no item line (Scholar-like, a row closed by its year under a
# source ending in that year); a daily-papers page may be wrapped at a terminal's width (a text
# browser's dump, its link numbers and references list no text), carry counter chips in an
# entry's block ("GitHub ★ 1.2k") and a "Load more" (tests/test_seed_page_rules_round11.py):
#   round 11 (tuned now): every layout 1.00 per field but listing_entities_middle_cut 0.97 (the
#     known "PP. Ntumba" torn initial, a reject); listing_comments_pagination keeps 5 rejects
#     (its results-count and pager rows)
#   listing_page tuned (330): P 1.000 R 0.994; profile_page tuned (330), daily_papers tuned
#     (300): every field 1.000; the older held-out sets unchanged (1.000)
#   held out 12 (blind, aggregate): unchanged, every field 0.000, 2 of 6 detected
# A thirteenth round (listing_german_locale, listing_pubmed_names, profile_research_portal,
# profile_bibliography_keys, daily_french_locale, daily_relative_named: HELD_OUT_13, wt-seedfmt7),
# two layouts per page format, written and declared held out before the readers were run on
# it, measured once on the readers of 8e6ff9e = main (aggregates only; no per-layout line):
#   listing_page held out 13 (60): P 0.000 R 0.000, every field 0.000
#   profile_page held out 13 (60): P 0.000 R 0.000, every field 0.000
#   daily_papers held out 13 (60): P 0.467 R 0.233, title 0.233, year 0.233
#   1 of its 6 layouts detected as its format (``BLIND_DETECTED_AT_FIRST``)
# Then the twelfth round was studied (wt-seedfmt7) and moved to the tuned set (ROUND_12; blind
# figures above): each page found by its structure (a listing's headers, a rank before them
# allowed, over title-and-names lines, wrapped ones joined; a profile's cards, blocks with one
# date line each and the title at one place from it; a daily page's date over dated author
# blocks), a listing's name marks (superscripts, "*", "†") taken off, a daily page's Markdown
# marks, rank lines, worded upvotes and "names · N authors" blocks read
# (tests/test_seed_page_rules_round12.py):
#   round 12 (tuned now): every layout 1.00 per field but listing_affiliation_marks 0.97 (the
#     known "PP. Ntumba" torn initial, a reject); 6 of 6 detected
#   listing_page tuned (390): P 1.000 R 0.992; profile_page tuned (390), daily_papers tuned
#     (360): every field 1.000; every earlier layout's line as on 8e6ff9e
#   held out 13 (blind, aggregate): unchanged, listing and profile 0.000, daily P 0.467 R 0.233,
#     1 of 6 detected
# A fourteenth round (listing_caps_numeric_dates, listing_semicolon_names_nlm_dates,
# profile_inspire_literature, profile_semantic_scholar, daily_japanese_locale,
# daily_weekly_weekdays: HELD_OUT_14, wt-seedfmt8), two layouts per page format, written and
# declared held out before the readers were run on it, measured once on the readers of c51fc2f
# = main (aggregates only; no per-layout line):
#   listing_page held out 14 (60): P 0.000 R 0.000, every field 0.000
#   profile_page held out 14 (60): P 0.817 R 0.817, title 0.817, year 0.817, venue 0.133
#   daily_papers held out 14 (60): P 0.000 R 0.000, every field 0.000
#   1 of its 6 layouts detected as its format (``BLIND_DETECTED_AT_FIRST``)
# Then the thirteenth round was studied (wt-seedfmt8) and moved to the tuned set (ROUND_13; blind
# figures above): dates the day first in a locale's month names ("8. Okt. 2023", "18 juin 2021",
# one table in normalizers.dates), ISO months and relative dates ("3 days ago", counted back
# from the capture); a listing's decimal comma, another language's et-al mark and Vancouver
# names with particles after a title's full stop; a profile's cards dated by a research
# portal's reference line, a bibliography's keyed entries; a daily page's author count in its
# language and "and N others" (tests/test_seed_page_rules_round13.py):
#   round 13 (tuned now): every layout 1.00 per field, no reject; 6 of 6 detected (was 1)
#   listing_page tuned (450): P 1.000 R 0.993; profile_page tuned (450), daily_papers tuned
#     (420): every field 1.000; every earlier layout's line as on c51fc2f
#   held out 14 (blind, aggregate): unchanged, listing and daily 0.000, profile P/R 0.817 venue
#     0.133, 1 of 6 detected
# A fifteenth round (listing_sticky_filters_load_more, listing_sanity_all_names, profile_openreview,
# profile_acm_author, daily_hf_collection, daily_chinese_locale: HELD_OUT_15, wt-seedfmt9), two
# layouts per page format, written and declared held out before the readers were run on it
# (5f85999), measured once on the readers of f143bb3 = main (aggregates only; no per-layout line):
#   listing_page held out 15 (60): P 0.000 R 0.000, every field 0.000
#   profile_page held out 15 (60): P 0.739 R 0.567, title 0.567, year 0.567, venue 0.150
#   daily_papers held out 15 (60): P 0.000 R 0.000, every field 0.000
#   1 of its 6 layouts detected as its format (``BLIND_DETECTED_AT_FIRST``)
# Then the fourteenth round was studied (wt-seedfmt9) and moved to the tuned set (ROUND_14; blind
# figures above): dates in a locale's numeric short form ("10/8/2023", "8.10.2023", "2023/10/08":
# the day known only where one reading is a date), year first as MEDLINE prints them ("2023 Oct
# 8"), the CJK locales' long form ("2021年6月18日", "2月6日"), after an English weekday ("Wed, Jan
# 7"), a page dated by a period (an ISO week "2026-W02", a range "Jan 5 – Jan 11, 2026": its last
# day); a listing of surname-first people between semicolons ("Lee, Ann; Chen, Bo; et al.", for
# the whole page) and surnames in capitals hyphenated; a profile's card dated by its year alone,
# names with affiliations in parentheses and "+N authors" before the last name, a "Published in:"
# line, the source nearest the date line; a daily page's Japanese author count ("著者4名")
# (tests/test_seed_page_rules_round14.py):
#   round 14 (tuned now): every layout 1.00 per field, no reject; 6 of 6 detected (was 1)
#   listing_page tuned (510): P 1.000 R 0.994; profile_page tuned (510), daily_papers tuned
#     (480): every field 1.000; every earlier layout's line as on f143bb3
#   held out 15 (blind, aggregate only, measured once more after the study): listing 0.000 ->
#     0.000; profile P 0.739 R 0.567 venue 0.150 -> P 0.739 R 0.567 venue 0.300; daily 0.000 ->
#     P 0.714 R 0.500, title 0.500, year 0.500; 1 -> 2 of 6 detected
# A sixteenth round (listing_lynx_dump, listing_pwc_trending, profile_scopus_author,
# profile_wos_researcher, daily_digest_email, daily_german_locale: HELD_OUT_16, wt-seedfmt10), two
# layouts per page format, written and declared held out before the readers were run on it
# (cc25465), measured once on the readers of cc25465 = int 41a0976 (aggregates only; no per-layout line):
#   listing_page held out 16 (60): P 0.556 R 0.500, title 0.500, authors 0.500, year 0.500
#   profile_page held out 16 (60): P 0.125 R 0.033, title 0.033, year 0.033, venue 0.033
#   daily_papers held out 16 (60): P 0.667 R 0.500, title 0.500, year 0.500
#   1 of its 6 layouts detected as its format (``BLIND_DETECTED_AT_FIRST``)
# Then the fifteenth round was studied (wt-seedfmt10) and moved to the tuned set (ROUND_15; blind
# figures above): a listing header's parts between middle dots and a header with the date first
# then several categories; a profile card dated by a labelled date line ("Published: 18 Jun
# 2021, Last Modified: ...") with its source under it closed by the year, access badges and the
# ACM DL's kinds; a daily page's CJK submitter line, a collection of papers ("Paper • <id> •
# Published <date>") (tests/test_seed_page_rules_round15.py):
#   round 15 (tuned now): every layout 1.00 per field; 6 of 6 detected (was 1)
#   listing_page tuned (570): P 1.000 R 0.995; profile_page tuned (570), daily_papers tuned
#     (540): every field 1.000; every earlier layout's line as on int 41a0976
#   held out 16 (blind, aggregate only, measured once more after the study): unchanged, listing
#     P 0.556 R 0.500, profile P 0.125 R 0.033, daily P 0.667 R 0.500, 1 of 6 detected
# Floors a little below.
FLOORS = {
    ("listing_page", "tuned"): {"precision": 0.99, "recall": 0.985, "title": 0.985, "authors": 0.985, "year": 0.985},
    ("listing_page", "held out"): {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99, "year": 0.99},
    ("profile_page", "tuned"): {"precision": 0.99, "recall": 0.99, "title": 0.99, "year": 0.99, "venue": 0.99},
    ("profile_page", "held out"): {"precision": 0.99, "recall": 0.99, "title": 0.99, "year": 0.99, "venue": 0.99},
    ("daily_papers", "tuned"): {"precision": 0.99, "recall": 0.99, "title": 0.99, "year": 0.99},
    ("daily_papers", "held out"): {"precision": 0.99, "recall": 0.99, "title": 0.99, "year": 0.99},
    ("daily_papers", "held out 6"): {"precision": 0.99, "recall": 0.99, "title": 0.99, "year": 0.99},
    # round 16 (wt-seedfmt10), written blind: printed, not asserted (guards against a crash only)
    ("listing_page", "held out 16"): {"precision": 0.0, "recall": 0.0, "title": 0.0, "authors": 0.0, "year": 0.0},
    ("profile_page", "held out 16"): {"precision": 0.0, "recall": 0.0, "title": 0.0, "year": 0.0, "venue": 0.0},
    ("daily_papers", "held out 16"): {"precision": 0.0, "recall": 0.0, "title": 0.0, "year": 0.0},
    ("cv_text", "tuned"): {"precision": 0.98, "recall": 0.98, "title": 0.98, "authors": 0.96, "year": 0.98,
                           "venue": 0.97},
    ("cv_text", "held out 2"): {"precision": 0.99, "recall": 0.99, "title": 0.99, "authors": 0.99, "year": 0.99,
                                "venue": 0.99},
}


def score(layout: str, owner: str, entries: list[dict]) -> Counter:
    text, truth = sfl.render(layout, owner, entries)
    kind, records, rejects = extract_document(make_doc(text.encode("utf-8"), f"mem://{layout}.txt"))
    out = Counter(entries=len(truth), records=len(records), rejects=len(rejects), kind=int(kind == sfl.fmt(layout)))
    out[f"as {kind}"] += 1
    match_fields(truth, records, out)
    return out


@pytest.fixture(scope="module")
def scores() -> dict[str, Counter]:
    return {layout: score(layout, owner, entries) for layout, (owner, entries) in sfl.cases(EXTERNAL).items()}


def splits(scores: dict[str, Counter]) -> dict[tuple[str, str], dict]:
    """{(format, "tuned" / "held out"): summary} over the layouts of each."""
    out = {}
    for fmt in sorted(set(map(sfl.fmt, sfl.LAYOUTS))):
        for split, names in sfl.SPLITS:
            part = {n: scores[n] for n in names if sfl.fmt(n) == fmt and n in scores}
            if part:
                out[fmt, split] = summary(part)
    return out


def report(scores: dict[str, Counter]) -> dict[tuple[str, str], dict]:
    print()
    width = max(map(len, scores))
    print(f"{'layout':{width}} {'split':10} {'entries':>7} {'records':>7} {'rejects':>7}  {'P':>5} {'R':>5}  "
          + "  ".join(f"{f:>7}" for f in FIELDS) + "  detected as")
    for layout, s in scores.items():
        if layout in BLIND:
            continue  # a blind round is reported in aggregate only (below)
        prf = summary({layout: s})
        shown = sfl.PRINTS[sfl.fmt(layout)]
        kinds = ", ".join(k[3:] for k in s if k.startswith("as "))
        split = next(name for name, names in sfl.SPLITS if layout in names)
        print(f"{layout:{width}} {split:10} {s['entries']:7d} "
              f"{s['records']:7d} {s['rejects']:7d}  {prf['precision']:5.2f} {prf['recall']:5.2f}  "
              + "  ".join(f"{s[f] / s['entries']:7.2f}" if f in shown else f"{'-':>7}" for f in FIELDS)
              + f"  {kinds}")
    out = splits(scores)
    for (fmt, split), s in out.items():
        print(f"{fmt} {split}: entries {s['entries']}, P {s['precision']:.3f}, R {s['recall']:.3f}, "
              + ", ".join(f"{f} {s[f]:.3f}" for f in sfl.PRINTS[fmt]))
    for split, names in BLIND_ROUNDS.items():
        print(f"blind layouts of {split} detected as their formats: {detected_blind(scores, split)} of {len(names)}")
    return out


# The rounds written blind and not studied (round 15, wt-seedfmt9; round 14 was until wt-seedfmt9 studied it, round 13 until wt-seedfmt8): no per-layout line, no
# per-layout assertion; their layouts are held to the aggregate floors alone, and to being read
# without a crash (``score`` runs on each). (Round 12 was blind until wt-seedfmt7 studied it,
# round 11 until wt-seedfmt6.)
BLIND_ROUNDS = {"held out 16": sfl.HELD_OUT_16}
BLIND = frozenset(n for names in BLIND_ROUNDS.values() for n in names)
# How many of each round's layouts were detected as their formats at its first measurement (an
# aggregate, as the figures are): the count may grow, not fall. (Round 11's was 3.)
BLIND_DETECTED_AT_FIRST = {"held out 16": 1}  # (round 12's was 2, round 13's 1, round 14's 1, round 15's 1; all studied since)


def detected_blind(scores: dict[str, Counter], split: str) -> int:
    return sum(scores[n]["kind"] for n in BLIND_ROUNDS[split] if n in scores)


def test_blind_layouts_detected_no_fewer_than_at_first(scores):
    for split, first in BLIND_DETECTED_AT_FIRST.items():
        if first is not None:
            assert detected_blind(scores, split) >= first, split


# Held-out layouts that were not detected as their formats at their first measurement (the
# whole page then one reject): named so that the tests below hold every other layout, and say
# so when one of these is detected (then it leaves this set).
# (round 10's two, listing_subject_crosslists and profile_show_more_dated, are detected since
# wt-seedfmt5; none is left)
# (round 11's two profile layouts, not detected when round 11 left the blind set, are detected
# since wt-seedfmt6; none is left)
# (round 15's six, none detected at first but one, are all detected since wt-seedfmt10)
NOT_DETECTED_AT_FIRST: frozenset[str] = frozenset()


def test_every_layout_is_detected_as_its_format(scores):
    seen = {n: s["kind"] for n, s in scores.items() if n not in BLIND}
    assert seen == {n: int(n not in NOT_DETECTED_AT_FIRST) for n in seen}


def test_nothing_is_lost(scores):
    """Every entry is a record or a reject."""
    lost = [n for n, s in scores.items()
            if n not in NOT_DETECTED_AT_FIRST and n not in BLIND and s["records"] + s["rejects"] < s["entries"]]
    assert not lost


def test_seed_format_layouts_scored(scores):
    out = report(scores)
    for (fmt, split), floors in FLOORS.items():
        for field, floor in floors.items():
            assert out[fmt, split][field] >= floor, (fmt, split, field, out[fmt, split][field], floor)


def test_a_profile_items_source_may_be_a_long_venue_name():
    """A venue's whole name after the year ("Proceedings of the 2021 Conference on Empirical
    Methods in Natural Language Processing", 87 characters) is the item's source."""
    venue = "Proceedings of the 2021 Conference on Empirical Methods in Natural Language Processing"
    text = f"Researcher profile\n\nAnn Example\n\nPublished work\n\n1 published item(s)\n\nconference2021{venue}\n\nSparse Things\n"
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, [(r["title"], r["year"], r["venue"]) for r in records], rejects) == \
        ("profile_page", [("Sparse Things", 2021, venue)], [])


def test_an_indented_line_under_a_cv_entry_continues_it():
    """A long entry broken before a capitalised title word: the indented rest is no heading."""
    text = ("PUBLICATIONS\n\nConference Papers\n\n"
            "- [1] Ann Lee, **Bo Chen**. *Rewiring Experts on the Fly: Continuous\n"
            "  Rerouting for Better Adaptation*. ICML, 2024\n"
            "- [2] **Bo Chen**, Cy Roe. *Sparse Things*. ICLR, 2023\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert kind == "cv_text" and not rejects
    assert [(r["title"], r["year"]) for r in records] == [
        ("Rewiring Experts on the Fly: Continuous Rerouting for Better Adaptation", 2024), ("Sparse Things", 2023)]


@pytest.mark.parametrize("entry,title,authors,venue,year", [
    # IEEE: the title quoted, the venue in italics after "in"
    ('[C1] **B. Chen** and C. Roe, "Sparse Things in Large Graphs," in *Proc. Graph Learning*, 2023.',
     "Sparse Things in Large Graphs", ["B. Chen", "C. Roe"], "Proc. Graph Learning", 2023),
    # APA: names surname first with initials, the year in parentheses
    ("- [J2] Lee, A. B., **Chen, B.**, & Roe, C. (2021). Sparse things in large graphs. *Graph Letters*, 3(2), 1-9.",
     "Sparse things in large graphs", ["A. B. Lee", "B. Chen", "C. Roe"], "Graph Letters", 2021),
    # the year opening the entry
    ("- [3] 2019. Ann Lee, **Bo Chen**. *Sparse Things in Large Graphs*. Graph Letters.",
     "Sparse Things in Large Graphs", ["Ann Lee", "Bo Chen"], "Graph Letters", 2019),
])
def test_cv_text_entries_in_citation_styles(entry, title, authors, venue, year):
    text = f"PUBLICATIONS\n\nJournal Papers\n\n{entry}\n- [9] **Bo Chen**, Cy Roe. *Dense Things*. Graph Letters, 2020\n"
    kind, records, rejects = extract_document(make_doc(text))
    assert kind == "cv_text" and not rejects
    got = records[0]
    assert (got["title"], got["authors"], got["venue"], got["year"]) == (title, authors, venue, year)


def test_a_title_goes_on_after_vs():
    """"vs." inside a title is no sentence end (the other abbreviations of the list alike)."""
    from extractors.cv_entries import parse_entry

    got = parse_entry("Ann Lee, **Bo Chen**. Reciprocal vs. non-reciprocal interactions, e.g. in flocks. Phys. Rev. E, 2025.")
    assert (got.title, got.venue, got.year) == ("Reciprocal vs. non-reciprocal interactions, e.g. in flocks",
                                                "Phys. Rev. E", 2025)


def test_cv_text_semicolon_list_of_inverted_names():
    """People "Surname, Given" between semicolons, read by the look of the whole list: the
    initial closing the last person ends the list (the title is no name), each person given
    name first."""
    entry = ("[1] Lee, Ann B.; **Chen, Bo**; Roe, Cy D. Sparse things in large graphs. Graph Letters (2021) 3:1-9.\n"
             "[2] **Chen, Bo**; Roe, Cy. Dense things. Graph Letters (2020) 2:5-8.\n")
    kind, records, rejects = extract_document(make_doc(f"PUBLICATIONS\n\nJournal Papers\n\n{entry}"))
    assert kind == "cv_text" and not rejects
    assert [(r["title"], r["authors"], r["venue"], r["year"]) for r in records] == [
        ("Sparse things in large graphs", ["Ann B. Lee", "Bo Chen", "Cy D. Roe"], "Graph Letters", 2021),
        ("Dense things", ["Bo Chen", "Cy Roe"], "Graph Letters", 2020)]


def test_cv_text_entry_as_a_title_block():
    """A block whose first line is the emphasised title and whose indented lines hold the
    names and then the venue: each line is its field."""
    text = ("PUBLICATIONS\n\nJournal Papers\n\n"
            "- [1] **Sparse Things in Large Graphs**\n  **Bo Chen**, Ann Lee\n  *Graph Letters*, 2021\n"
            "- [2] **Dense Things**\n  Cy Roe, **Bo Chen**\n  *Graph Letters*, 2020\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert kind == "cv_text" and not rejects
    assert [(r["title"], r["authors"], r["venue"], r["year"]) for r in records] == [
        ("Sparse Things in Large Graphs", ["Bo Chen", "Ann Lee"], "Graph Letters", 2021),
        ("Dense Things", ["Cy Roe", "Bo Chen"], "Graph Letters", 2020)]


def test_a_listing_marks_names_not_shown_with_a_count():
    """"+5" after the names shown cuts the list short as "et al." does."""
    from extractors.listing_page import split_title_authors

    assert split_title_authors("Sparse Things in GraphsAnn Lee, Bo Chen, Cy Roe +5") == (
        "Sparse Things in Graphs", ["Ann Lee", "Bo Chen", "Cy Roe"], True)
    assert split_title_authors("Sparse Things in GraphsAnn Lee, Bo Chen") == (
        "Sparse Things in Graphs", ["Ann Lee", "Bo Chen"], False)


PROFILE_HEAD = "Researcher profile\n\nAnn Example\n\nPublished work\n\n3 published item(s)\n\n"


def test_a_profile_items_date_may_carry_its_month():
    """"2021-03" and "Mar 2021" are the item's date: the month never starts the source."""
    text = PROFILE_HEAD + ("article2021-03Phys. Rev. D\n\nSparse Things\n\n"
                           "conference-paperMar 2020Proceedings of ICML\n\nDense Things\n\n"
                           "preprint2019-11-04arXiv\n\nOther Things\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["year"], r["venue"]) for r in records] == [
        ("Sparse Things", 2021, "Phys. Rev. D"), ("Dense Things", 2020, "Proceedings of ICML"),
        ("Other Things", 2019, "arXiv")]


def test_a_profile_pages_pager_is_chrome():
    """The pager's lines between pages are neither items nor an item's abstract."""
    text = PROFILE_HEAD + ("article2021Phys. Rev. D\n\nSparse Things\n\nShowing 1-10 of 30\n\nPrevious\n\nNext\n\n"
                           "Page 2 of 3\n\narticle2020Phys. Rev. E\n\nDense Things\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["abstract"]) for r in records] == [("Sparse Things", None), ("Dense Things", None)]


DAILY_HEAD = "Daily Papers\n\nbyAK and the research community\n\nJan 8\n\n"
LONG_ABSTRACT = "We study a question of our own at length and report what we found. " * 4


def test_daily_papers_upvotes_before_the_title():
    """A line of digits alone before a title is the entry's upvote count, not a title."""
    text = DAILY_HEAD + (f"12\n\nSparse Things\n\n{LONG_ABSTRACT}\n\n  • 3 authors\n·\nMar 4, 2024\n\n"
                         f"7\n\nDense Things\n\n{LONG_ABSTRACT}\n\nGoogle DeepMind\n·\nFeb 6, 2023\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["year"]) for r in records] == [("Sparse Things", 2024), ("Dense Things", 2023)]


def test_daily_papers_submitted_by_line_is_no_title():
    """"Submitted by <user>" after the abstract: the author block after it is still the entry's."""
    text = DAILY_HEAD + (f"Sparse Things\n\n{LONG_ABSTRACT}\n\nSubmitted by akhaliq\n\n  • 3 authors\n·\nMar 4, 2024 5\n\n"
                         f"Dense Things\n\n{LONG_ABSTRACT}\n\n  • 2 authors\n·\nFeb 6, 2023\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["year"]) for r in records] == [("Sparse Things", 2024), ("Dense Things", 2023)]


def test_a_month_and_a_year_with_no_day():
    """"Feb 2007" is a year and no day: neither a day "20" nor nothing."""
    from datetime import date

    from normalizers.dates import parse_date

    capture = date(2026, 11, 22)
    assert parse_date("Feb 2007", capture) == (None, 2007)
    assert parse_date("February 2007", capture) == (None, 2007)
    assert parse_date("Feb 20", capture) == (date(2026, 2, 20), 2026)


def test_a_listing_header_with_a_month_and_a_year():
    text = ("18.2LGFeb 2007Code\nSparse Things in GraphsAnn Lee, Bo Chen et al.\nAn abstract of our own.\n"
            "CVOct 8, 2023\nDense ThingsCy Roe\nAn abstract of our own.\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        ("Sparse Things in Graphs", ["Ann Lee", "Bo Chen"], 2007), ("Dense Things", ["Cy Roe"], 2023)]


@pytest.mark.parametrize("line,title,names", [
    ("Sparse Things in GraphsAnn Lee and Bo Chen", "Sparse Things in Graphs", ["Ann Lee", "Bo Chen"]),
    ("Sparse Things in GraphsAnn Lee, Bo Chen, and Cy Roe", "Sparse Things in Graphs", ["Ann Lee", "Bo Chen", "Cy Roe"]),
    # a title's own "and": the word glued to the first author reads as no name after it
    ("Cats and DogsAnn Lee", "Cats and Dogs", ["Ann Lee"]),
    ("Spin and Charge OrderAnn Lee and Bo Chen", "Spin and Charge Order", ["Ann Lee", "Bo Chen"]),
])
def test_a_listing_and_before_the_last_name(line, title, names):
    from extractors.listing_page import split_title_authors

    assert split_title_authors(line) == (title, names, False)


def test_a_profile_kind_may_be_capitalised_when_run_into_the_date():
    text = PROFILE_HEAD + ("Journal article2021Phys. Rev. D\n\nSparse Things\n\nCited by 12\n\n"
                           "An abstract of our own.\n\nPreprint2020arXiv\n\nPlanck 2018 results and Dense Things\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["year"], r["venue"], r["abstract"]) for r in records] == [
        ("Sparse Things", 2021, "Phys. Rev. D", "An abstract of our own."),
        ("Planck 2018 results and Dense Things", 2020, "arXiv", None)]


def test_a_title_opening_with_a_capital_word_and_a_year_is_no_item_line():
    from extractors.profile_page import ITEM_HEADER

    assert ITEM_HEADER.match("Planck 2018 results. VI. Cosmological parameters") is None
    assert ITEM_HEADER.match("Conference paper2019Proceedings of ICML")["type"] == "Conference paper"


def test_the_item_line_prefilter_drops_no_item_line():
    """``item_header`` skips lines too long for an item line or holding no year without running
    the two patterns: on every line of every generated page (all formats, so abstracts, titles,
    listing and daily lines too), of the seeds and of hand-made extremes, it answers as the two
    patterns do."""
    from extractors.profile_page import ITEM_HEADER, ITEM_SOURCE_FIRST, item_header

    from .conftest import SEEDS

    texts = [sfl.render(layout, owner, entries)[0] for layout, (owner, entries) in sfl.cases(EXTERNAL).items()]
    texts += [p.read_text(errors="replace") for p in sorted(SEEDS.glob("*.txt"))]
    lines = {ln.strip() for t in texts for ln in t.splitlines() if ln.strip()}
    lines |= {"article2021" + "x" * 300, "article2021" + "x" * 299, "Journal article · Phys. Rev. D · 2021-03-04",
              "preprint  ·  " + "y" * 299 + "  ·  Sep 2021", "Preprint2020arXiv", "no year here at all"}
    assert len(lines) > 1000
    for ln in lines:
        assert bool(item_header(ln)) == bool(ITEM_HEADER.match(ln) or ITEM_SOURCE_FIRST.match(ln)), ln


def test_daily_papers_published_on_and_named_authors():
    text = DAILY_HEAD + (f"Sparse Things\n\n{LONG_ABSTRACT}\n\nAnn Lee, Bo Chen +3\n·\nPublished on Mar 4, 2024 5\n\n"
                         f"Dense Things\n\n{LONG_ABSTRACT}\n\nMoonshot AI\n·\nPublished on Feb 6, 2023\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["year"], r["authors"], r["authors_truncated"], r["org"]) for r in records] == [
        ("Sparse Things", 2024, ["Ann Lee", "Bo Chen"], True, None), ("Dense Things", 2023, [], False, "Moonshot AI")]


def test_a_listing_header_with_arxivs_category_names():
    text = ("6.8hep-phApr 25, 2007Code\nSparse ThingsAnn Lee, Bo Chen\nAn abstract of our own.\n"
            "cs.LGJul 26, 2023\nDense ThingsCy Roe\ncond-mat.str-elMar 9, 2021\nOther ThingsDe Lu et al\n"
            "astro-ph.GAMay 2, 2022Code\nFar ThingsEd Ma\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["category"], r["year"]) for r in records] == [
        ("Sparse Things", "hep-ph", 2007), ("Dense Things", "cs.LG", 2023), ("Other Things", "cond-mat.str-el", 2021),
        ("Far Things", "astro-ph.GA", 2022)]


def test_a_listing_line_cut_inside_an_initial_is_a_reject():
    """"Part IB. Dugmore, PP. Ntumba": "PP." reads as no initial, and the only other reading
    ("... Dugmore, P" as the title) is cut inside it: a reject, not a wrong record."""
    from extractors.listing_page import split_title_authors

    assert split_title_authors("Frolicher Spaces. Part IB. Dugmore, PP. Ntumba") is None


def test_a_titles_and_before_the_first_author_stays_in_the_title():
    """An "and" read as a comma that would leave one name only stood in the title."""
    from extractors.listing_page import split_title_authors

    assert split_title_authors("Replies to Lee, Roe, and DeSwartKai von Fintel") == (
        "Replies to Lee, Roe, and DeSwart", ["Kai von Fintel"], False)


def test_a_profile_items_parts_may_stand_apart():
    text = PROFILE_HEAD + ("article · 2021 · Phys. Rev. D\n\nSparse Things\n\n"
                           "Conference paper · Mar 2020 · Proceedings of ICML\n\nDense Things\n\n"
                           "preprint · 2019\n\nOther Things\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["year"], r["venue"], r["record_type"]) for r in records] == [
        ("Sparse Things", 2021, "Phys. Rev. D", "article"), ("Dense Things", 2020, "Proceedings of ICML", "Conference paper"),
        ("Other Things", 2019, None, "preprint")]


def test_a_listing_header_with_the_day_first_and_no_category():
    """"24 Sep 2007" and "3 Jun" (the day first), the category missing; a score's digits run
    into the day's are read so the date reads ("79.46 Sep 2007": 79.4, the 6th)."""
    text = ("24 Sep 2007Code\nSparse ThingsAnn Lee, Bo Chen\nAn abstract of our own.\n"
            "79.46 Sep 2007\nDense ThingsCy Roe\nAn abstract of our own.\n"
            "91.7RO3 Jun\nOther ThingsDe Lu\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["year"], r["score"], r["category"]) for r in records] == [
        ("Sparse Things", 2007, None, None), ("Dense Things", 2007, 79.4, None), ("Other Things", 2026, 91.7, "RO")]


def test_a_day_first_date_without_a_year():
    from datetime import date

    from normalizers.dates import parse_date

    assert parse_date("3 Jun", date(2026, 11, 22)) == (date(2026, 6, 3), 2026)
    assert parse_date("3 Dec", date(2026, 11, 22)) == (date(2025, 12, 3), 2025)


def test_a_profile_headed_publications():
    items = "".join(f"article202{k}Graph Letters\n\nThing {k}\n\nAn abstract of our own.\n\n" for k in range(4))
    text = f"Researcher profile\n\nAnn Example\n\nPublications\n\n4 items\n\n{items}"
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["year"]) for r in records] == [(f"Thing {k}", 2020 + k) for k in range(4)]


def test_a_cv_headed_publications_with_an_item_like_line_is_no_profile():
    """"Publications" is a CV's heading too: one line that looks like an item does not make
    the page a profile (the items must be many and dense)."""
    from extractors.profile_page import ProfilePageExtractor

    text = ("Ann Example\n\nPublications\n\nsince 2019, papers on sparse things:\n\n"
            + "".join(f"- [{k}] Ann Example, Bo Chen. Sparse Things {k}. Graph Letters, 2020.\n" for k in range(12)))
    assert ProfilePageExtractor().sniff(make_doc(text)) == 0.0


def test_daily_papers_block_on_one_line():
    text = DAILY_HEAD + (f"Sparse Things\n\n{LONG_ABSTRACT}\n\n• 3 authors · Mar 4, 2024 · 5\n\n"
                         f"Dense Things\n\n{LONG_ABSTRACT}\n\ndeepmind Google DeepMind · Feb 6\n\n"
                         f"Other Things\n\n{LONG_ABSTRACT}\n\n  • 2 authors\n·\nJan 2, 2023\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["year"], r["upvotes"], r["org"]) for r in records] == [
        ("Sparse Things", 2024, 5, None), ("Dense Things", 2025, None, "Google DeepMind"), ("Other Things", 2023, None, None)]


def test_a_listing_header_with_spaces_between_its_parts():
    text = ("94.5 LG Jun 3 Code\nSparse ThingsAnn Lee, Bo Chen\nAn abstract of our own.\n"
            "CV Jul 7, 2022\nDense ThingsCy Roe\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["score"], r["category"], r["year"], r["has_code"]) for r in records] == [
        ("Sparse Things", 94.5, "LG", 2026, True), ("Dense Things", None, "CV", 2022, False)]


def test_a_profile_item_with_its_source_before_its_year():
    text = PROFILE_HEAD + ("article · Phys. Rev. D · 2021\n\nSparse Things\n\npreprint · arXiv · Mar 2020\n\nDense Things\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["year"], r["venue"], r["record_type"]) for r in records] == [
        ("Sparse Things", 2021, "Phys. Rev. D", "article"), ("Dense Things", 2020, "arXiv", "preprint")]


def test_daily_papers_abstract_of_two_paragraphs():
    """A second prose line after the abstract goes on with it: no entry of its own."""
    text = DAILY_HEAD + (f"Sparse Things\n\n{LONG_ABSTRACT}\n\n{LONG_ABSTRACT}\n\n  • 3 authors\n·\nMar 4, 2024 5\n\n"
                         f"Dense Things\n\n{LONG_ABSTRACT}\n\n  • 2 authors\n·\nFeb 6, 2023\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["year"]) for r in records] == [("Sparse Things", 2024), ("Dense Things", 2023)]
