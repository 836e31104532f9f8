"""Hand-made probe CVs in the styles people use for publication lists (issues #16, #21:
documents never seen). Each probe is a small document of our own (invented names and titles)
read the way a user's file is: the format detected, never forced (``extract_document``).

Every test here failed before the rule it is named after (2026-12-07, branch
wt-cvtextprobe); a probe that is still read wrong is a strict xfail with its reason.
"""

from __future__ import annotations

import pytest

from scholarlake.extraction import extract_document

from .conftest import make_doc


def _read(text: str, uri: str = "mem://probe.txt") -> tuple[str, list[dict], list[dict]]:
    return extract_document(make_doc(text, uri=uri))


def _fields(rows: list[dict]) -> list[tuple]:
    return [(r["title"], r["authors"], r["venue"], r["year"]) for r in rows]


# --- cv_text: names printed surname first with initials (APA, ACM, Nature, Harvard) ---------

APA_CV = """HANNAH R. FELDMANN

PUBLICATIONS

[1] Feldmann, H. R., & Osei, K. (2024). Attention drift in long reading sessions. Journal of Experimental Psychology: General, 153(2), 412-429.
[2] Osei, K., Feldmann, H. R., Martin, L., & Zhou, Y. (2022). Mind wandering and the structure of daily tasks. Cognition, 225, 105122.
"""


def test_apa_inverted_names_are_not_cut_at_every_comma():
    """Rule: a first reading with a piece of initials alone ("H. R", "K") or an ampersand
    ("& Osei") split surname-first names at every comma; the citation reader is asked."""
    kind, rows, rejects = _read(APA_CV)
    assert kind == "cv_text" and not rejects
    assert _fields(rows) == [
        ("Attention drift in long reading sessions", ["H. R. Feldmann", "K. Osei"],
         "Journal of Experimental Psychology: General", 2024),
        ("Mind wandering and the structure of daily tasks", ["K. Osei", "H. R. Feldmann", "L. Martin", "Y. Zhou"],
         "Cognition", 2022),
    ]


NATURE_CV = """CURRICULUM VITAE  Liang Zhou

PUBLICATIONS

[2] Kaplan, R. & Zhou, L. Decoherence-free subspaces revisited. Nat. Phys. 17, 1003-1008 (2021).
[1] Zhou, L., Moreau, A. & Singh, V. A scalable photonic interface for quantum memories. Science 371, 1210-1214 (2021).
"""


def test_nature_style_initial_before_title_is_no_wrong_title():
    """Rule (the same): "Kaplan, R. & Zhou, L. Decoherence-free ..." had its title read as
    "Nat" (the initial's period taken for no sentence end); the "&" in a name sends it on."""
    _, rows, rejects = _read(NATURE_CV)
    assert not rejects
    assert _fields(rows)[0] == ("Decoherence-free subspaces revisited", ["R. Kaplan", "L. Zhou"], "Nat. Phys", 2021)


ACM_HANGING = """DANIEL PRZYBYLSKI

PUBLICATIONS

[2]  Przybylski, D., Amari, S., and Kowalczyk, E. 2023. Thermal conductivity of
     layered perovskites under strain. Physical Review B 107, 4 (2023), 045302.
[1]  Amari, S. and Przybylski, D. 2021. Phonon lifetimes from first principles: a
     practical guide. Computational Materials Science 190 (2021), 110287.
"""


def test_acm_names_with_hanging_indent():
    _, rows, rejects = _read(ACM_HANGING)
    assert not rejects
    assert [r["authors"] for r in rows] == [["D. Przybylski", "S. Amari", "E. Kowalczyk"],
                                            ["S. Amari", "D. Przybylski"]]
    assert rows[0]["title"] == "Thermal conductivity of layered perovskites under strain"


# --- cv_text: a title the first reading cut through a quotation or took from the year --------

MLA_CHICAGO = """ELENA MARCHETTI

PUBLICATIONS

[1] Marchetti, Elena, and Thomas Greer. "Archival Silence and the Colonial Census." Comparative Studies in Society and History, vol. 64, no. 2, 2022, pp. 301-330.
[2] Greer, Thomas, Elena Marchetti, and Ruth Okonkwo. 2019. "Ports, Plague, and Paperwork in Early Modern Genoa." Journal of Social History 53 (1): 88-112.
"""


def test_quoted_title_with_its_period_inside_and_author_date_year():
    """Rule: a first reading whose title holds a quotation mark, opens with "(" or is a
    number (the year of "Names. 2019. Title.") is compared with the citation reading by
    ``entry_quality`` and the better kept (before, any reading of plausible names was kept)."""
    _, rows, rejects = _read(MLA_CHICAGO)
    assert not rejects
    assert _fields(rows) == [
        ("Archival Silence and the Colonial Census", ["Elena Marchetti", "Thomas Greer"],
         "Comparative Studies in Society and History", 2022),
        ("Ports, Plague, and Paperwork in Early Modern Genoa", ["Thomas Greer", "Elena Marchetti", "Ruth Okonkwo"],
         "Journal of Social History", 2019),
    ]


# --- cv_text: the owner in bold, equal contribution and corresponding marks ------------------

HARVARD_BOLD = """Publications

[J3] **Ng, W.**, Petrov, A.* and Haines, C.* (2024) 'Robust estimation of tail dependence', Journal of Multivariate Analysis, 201, p. 105261.
[J2] Petrov, A. and **Ng, W.**† (2022) 'Copulas for extremes: a review', Extremes, 25(2), pp. 211-240.
[J1] **Ng, W.** (2020) 'A simple test for asymmetry', Statistics & Probability Letters, 160, 108702.
"""


def test_bold_owner_and_marks_with_surname_first_names():
    """Rules: the owner is the bold span read by the list splitter ("W. Ng", not the half
    "W"); the star after "Petrov, A." marks equal contribution on the second reading's names;
    "†" is no part of a name."""
    from extractors.cv_text import CVTextExtractor

    drafts = list(CVTextExtractor().extract(make_doc(HARVARD_BOLD)))
    assert [d.title for d in drafts] == ["Robust estimation of tail dependence", "Copulas for extremes: a review",
                                         "A simple test for asymmetry"]
    assert [d.authors for d in drafts] == [["W. Ng", "A. Petrov", "C. Haines"], ["A. Petrov", "W. Ng"], ["W. Ng"]]
    assert [d.owner for d in drafts] == ["W. Ng"] * 3
    assert drafts[0].equal_contribution == ["A. Petrov", "C. Haines"]


# --- cv_text: Vancouver names when "et al." ends the list -------------------------------------

VANCOUVER = """SOFIA ANDERSSON

PUBLICATIONS

[1] Andersson S, Berg L, Chaudhry N, Dahl K, Ekstrom M, Falk P, et al. Statin use and delirium after cardiac surgery: a cohort study. BMJ Open. 2022;12(3):e054321.
[2] Berg L, Andersson S. Sleep fragmentation in intensive care. Crit Care Med. 2021 Mar;49(3):410-8.
"""


def test_vancouver_names_given_first_in_every_entry():
    """Rule: a whole list surname first with bare initials is turned given name first
    (``author_lists.given_first``) on the first reading too, so that one CV names one person alike."""
    _, rows, _ = _read(VANCOUVER)
    assert rows[0]["authors"] == ["S. Andersson", "L. Berg", "N. Chaudhry", "K. Dahl", "M. Ekstrom", "P. Falk"]
    assert rows[0]["authors_truncated"] is True
    assert rows[1]["authors"] == ["L. Berg", "S. Andersson"]


def test_a_name_of_initials_alone_is_half_a_name():
    from extractors.cv_text import _half_name, _title_doubtful

    assert _half_name("H. R") and _half_name("K") and _half_name("J.-L.") and _half_name("& Osei")
    assert not _half_name("Ann Lee") and not _half_name("SF Wolf") and not _half_name("Li")
    assert _title_doubtful('Reading Maps." Imago Mundi, vol. 72') and _title_doubtful("2019")
    assert _title_doubtful("(2020) 'A simple test'") and not _title_doubtful("A simple test")


# --- a plain-text CV with no markdown headings: its lines alone mark the sections -------------

PLAIN_NUMBERED = """JONAS WEBER
Institute for Computational Linguistics

SELECTED PUBLICATIONS

1. Weber, J., Hoffmann, K., and Liu, X. (2023). Cross-lingual transfer for low-resource
   parsing. In Proceedings of ACL 2023, pages 1201-1215.
2. Hoffmann, K. and Weber, J. (2021). Probing syntax in multilingual encoders.
   Transactions of the Association for Computational Linguistics, 9:1043-1060.

TALKS
1. Invited talk on parsing, University of Oslo, 2022.
2. Keynote on parsing, Workshop on Syntax, 2021.
"""


def test_plain_text_cv_with_capitals_heading_and_numbered_items():
    """Rule: a page with no "#", setext or bold heading takes a one-line paragraph that is a
    line in capitals, a year alone or a section's name as a heading (``_plain_heading``);
    before, the whole document was "no extractor recognises this document"."""
    kind, rows, rejects = _read(PLAIN_NUMBERED)
    assert kind == "markdown_page" and not rejects
    assert _fields(rows) == [
        ("Cross-lingual transfer for low-resource parsing", ["J. Weber", "K. Hoffmann", "X. Liu"],
         "Proceedings of ACL", 2023),
        ("Probing syntax in multilingual encoders", ["K. Hoffmann", "J. Weber"],
         "Transactions of the Association for Computational Linguistics", 2021),
    ]


PLAIN_YEARS = """Curriculum Vitae - Ruth Abara

Publications

2024
- Abara, R. and Kimani, J. "Solar microgrids and household welfare." World Development 174 (2024): 106440.

2022
- Abara, R. "Land titling in peri-urban Kenya." Land Use Policy 112 (2022): 105801.

Working Papers
- "Electricity reliability and firm growth" (with J. Kimani)
- "Cooking fuel transitions" (with P. Otieno and M. Wanjiru)
- "Grid extension and school enrolment" (with M. Wanjiru)

Teaching
- Development Economics, 2021-2024
"""


def test_plain_text_year_lines_and_a_section_after_them():
    """Rules: plain headings (a year alone is a division); a section beside the year's
    ("Working Papers" after "2022") is not dated by it; 'Abara, R. "Title."' keeps the
    initial's period the quotation's reader took for the list's stop."""
    kind, rows, rejects = _read(PLAIN_YEARS)
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["year"]) for r in rows] == [
        ("Solar microgrids and household welfare", 2024), ("Land titling in peri-urban Kenya", 2022),
        ("Electricity reliability and firm growth", None), ("Cooking fuel transitions", None),
        ("Grid extension and school enrolment", None)]
    assert rows[1]["authors"] == ["R. Abara"]


def test_a_kind_heading_after_a_year_heading_resets_the_year():
    page = ("# Publications\n\n### 2022\n\n- Ann Lee and Bo Chen. Tidal heating of moons. *Icarus*, 2022.\n\n"
            "### Working Papers\n\n- Ann Lee and Cy Roe. Ice shells from libration data.\n"
            "- Ann Lee and Bo Chen. Cryovolcanism without plumes.\n")
    _, rows, _ = _read(page, uri="mem://publications.md")
    assert [(r["title"], r["year"]) for r in rows] == [("Tidal heating of moons", 2022),
                                                       ("Ice shells from libration data", None),
                                                       ("Cryovolcanism without plumes", None)]


# --- markdown: the owner implied, quoted titles, "Revise & resubmit" --------------------------

OWNER_IMPLIED = """---
title: "Curriculum Vitae"
---

## Publications

1. "Minimum Wages and Informal Work" (with A. Smith and B. Jones). *Journal of Development Economics*, 2024, 166: 103190.
2. "Credit Shocks and Small Firms" (with C. Okoro). *American Economic Journal: Applied Economics*, forthcoming.
3. "Migration Networks in Rural India." *Journal of Labor Economics*, 2021, 39(2): 455-489.

## Working Papers

- "Remittances and Schooling Choices" (with D. Liu)
- "Price Dispersion in Village Markets," Revise & resubmit at *Review of Economic Studies*
"""


def test_quoted_title_with_its_stop_inside_and_revise_and_resubmit():
    """Rules: a quoted title's closing mark after its own period ends the title (it was read
    as 'Migration Networks in Rural India." Journal of Labor Economics' with venue '39');
    "Revise & resubmit at" leads a venue as "Forthcoming in" does (it was a reject)."""
    _, rows, rejects = _read(OWNER_IMPLIED, uri="mem://cv.md")
    assert not rejects
    got = {r["title"]: (r["authors"], r["venue"], r["year"]) for r in rows}
    assert got["Migration Networks in Rural India"] == ([], "Journal of Labor Economics", 2021)
    assert got["Price Dispersion in Village Markets"] == ([], "Review of Economic Studies", None)


BARE_WITH = """# Publications

1. "Trade Credit in Supply Chains," with Laura Bianchi, *Journal of Finance*, 2023, 78(1), 301-345.
2. "Bank Runs Without Banks," *Review of Financial Studies*, forthcoming.
3. "Collateral Constraints and Investment," with Tom Hale and Mia Ruiz, *Journal of Financial Economics*, 2021, 140(2), 512-540.

# Working Papers

- "Stablecoins and Monetary Policy," with Laura Bianchi
- "Liquidity Mismatch in Bond Funds," revise and resubmit, *Journal of Finance*
- "Shadow Rates at the Zero Bound"
"""


def test_co_authors_after_a_quoted_title_without_parentheses():
    """Rules: '"Title," with A and B, Venue' gives the co-authors (the names end before the
    first comma piece that is no name) and counts for a list with its owner implied; on such
    a list a quoted title ends at its closing mark, and a quoted title alone is a working
    paper (before, all six were rejects, the first once read with venue 'with Laura Bianchi')."""
    _, rows, rejects = _read(BARE_WITH, uri="mem://publications.md")
    assert not rejects
    assert [(r["title"], r["authors"], r["venue"], r["year"]) for r in rows] == [
        ("Trade Credit in Supply Chains", ["Laura Bianchi"], "Journal of Finance", 2023),
        ("Bank Runs Without Banks", [], "Review of Financial Studies", None),
        ("Collateral Constraints and Investment", ["Tom Hale", "Mia Ruiz"], "Journal of Financial Economics", 2021),
        ("Stablecoins and Monetary Policy", ["Laura Bianchi"], None, None),
        ("Liquidity Mismatch in Bond Funds", [], "Journal of Finance", None),
        ("Shadow Rates at the Zero Bound", [], None, None),
    ]
    assert all(r["authors_truncated"] for r in rows)


IN_PRESS_PARAGRAPHS = """CURRICULUM VITAE
Olga Petrenko

RESEARCH ARTICLES

Petrenko, O., & Walsh, D. (2023). Soil carbon under rotational grazing. Agriculture, Ecosystems & Environment, 345, 108321.

Petrenko, O. (2019). Cover crops and earthworm abundance. Applied Soil Ecology, 141, 40-47.

IN PRESS

Petrenko, O., & Moore, T. (in press). Biochar and water retention. Soil Use and Management.

GRANTS
National Soil Fund, 2022-2025
"""


def test_in_press_section_and_apa_in_press_for_the_year():
    """Rules: "In press" (and "Forthcoming", "Accepted") alone is a publications heading (its
    entries were lost silently); APA's "(in press)" in the year's place is read as an
    author-year citation with no year (it gave the names ['O Petrenko', 'Moore', 'T.']); a
    heading in capitals with its section's first line under it ("GRANTS" over a grant) ends
    the publications (the grant was a reject of the list before it)."""
    _, rows, rejects = _read(IN_PRESS_PARAGRAPHS)
    assert not rejects
    assert _fields(rows)[-1] == ("Biochar and water retention", ["O. Petrenko", "T. Moore"],
                                 "Soil Use and Management", None)
    assert len(rows) == 3


YEAR_FIRST_SOLO = """## Articles

- 2024. "Ritual Economies in Late Antique Egypt." *Journal of Roman Studies* 114: 55-80.
- 2022. (with Helen Park) "Papyri and Prices." *Past & Present* 254 (1): 3-41.
- 2020. "The Fayum Survey Revisited." *Bulletin of the American Society of Papyrologists* 57: 201-230.
"""


@pytest.mark.xfail(strict=True, reason="a list whose entries print no names at all (the owner wrote them alone) "
                                       "and only one '(with ...)' is not taken for a list with its owner implied "
                                       "(IMPLIED_ENTRIES needs three): every entry is a reject, none is lost")
def test_year_first_entries_of_a_solo_author():
    _, rows, rejects = _read(YEAR_FIRST_SOLO, uri="mem://cv.md")
    assert not rejects and [r["title"] for r in rows] == [
        "Ritual Economies in Late Antique Egypt", "Papyri and Prices", "The Fayum Survey Revisited"]


def test_year_first_entries_of_a_solo_author_are_rejects_not_losses():
    _, rows, rejects = _read(YEAR_FIRST_SOLO, uri="mem://cv.md")
    assert len(rows) + len(rejects) == 3 and not rows


NOTES_NOT_A_CV = """PROJECT NOTES

Papers

We read three papers this week and discussed the methods.

Meetings
Tuesday and Thursday at noon.
"""


def test_plain_notes_with_a_papers_heading_are_no_publication_list():
    """Rule: a plain-text page is a list of publications only when its sections hold
    ``PLAIN_PAGE_DATED_BLOCKS`` blocks printing a year (without it, these notes were read as
    a markdown page with one reject)."""
    kind, rows, _ = _read(NOTES_NOT_A_CV)
    assert kind == "unknown" and not rows


def test_plain_heading_by_its_look():
    from extractors import markdown_blocks
    from extractors.markdown_page import _plain_heading

    def heading(text):
        return _plain_heading(markdown_blocks.parse(text).children[0])[0]

    assert heading("SELECTED PUBLICATIONS") == ("SELECTED PUBLICATIONS", 7)
    assert heading("Working Papers:") == ("Working Papers", 8)
    assert heading("2024") == ("2024", 9)
    assert heading("Jonas Weber") is None  # a name over the CV names no section
    assert heading("Lee, A. (2021). Spin waves.") is None
    assert heading("We read three papers this week") is None  # (lower case after the first word: no section name)


# --- rules found by the held-out probes (h01, h03; moved to the tuned side once studied) ------

HANGING_APA = """MARA ILUNGA

PEER-REVIEWED PUBLICATIONS

Ilunga, M., Berg, T. K., & Aoki, H. (2024). Cold spells and cardiac admissions
    in inland towns. Environmental Research, 240, 117401.
Aoki, H., & Ilunga, M. (2022). Housing insulation and winter mortality among
    older adults. Journal of Epidemiology, 32(8), 402-411.

PRESENTATIONS
Ilunga, M. (2023). Cold and health. Annual Meeting of a Society.
"""


def test_plain_text_entries_with_a_hanging_indent_and_no_blank_line():
    """Rule: on a plain-text page a paragraph whose lines open at the margin and go on
    indented is one entry per line at the margin (``_hanging_entries``); read as one
    paragraph, the document was unknown."""
    kind, rows, rejects = _read(HANGING_APA)
    assert kind == "markdown_page" and not rejects
    assert _fields(rows) == [
        ("Cold spells and cardiac admissions in inland towns", ["M. Ilunga", "T. K. Berg", "H. Aoki"],
         "Environmental Research", 2024),
        ("Housing insulation and winter mortality among older adults", ["H. Aoki", "M. Ilunga"],
         "Journal of Epidemiology", 2022),
    ]


YEAR_LINES_CV = """PUBLICATIONS

2024
[3] N. Okafor and G. Rossi, "Error mitigation on small devices," Phys. Rev. Applied, vol. 21, p. 014012, 2024.
[2] G. Rossi and N. Okafor, "Symmetric variational solvers," Quantum, vol. 8, p. 1250, 2024.

2023
[1] N. Okafor, "Noise-aware compilation," in Proc. IEEE QCE, 2023, pp. 210-219.
"""


def test_a_year_line_between_cv_text_entries_is_no_continuation():
    """Rule: a line holding a year alone after an entry that prints its own year divides the
    list (before, "2023" was read into entry [2], which got 2023 for 2024)."""
    _, rows, _ = _read(YEAR_LINES_CV)
    assert [r["year"] for r in rows] == [2024, 2024, 2023]


def test_a_year_wrapped_onto_its_own_line_stays_the_entrys():
    text = ("PUBLICATIONS\n\n[2] Ann Lee and Bo Chen. Spin waves in films. Physical Review B,\n2021\n"
            "[1] Ann Lee. Magnons at low temperature. Journal of Magnetism, 2019.\n")
    _, rows, _ = _read(text)
    assert [r["year"] for r in rows] == [2021, 2019]


def test_equal_contribution_stars_the_first_reading_cut_off():
    """Rule (from held-out probe g01, studied after its measurement): the stars after names
    printed surname first ("Rahman, S.*") are found on the second reading's names even when
    the first reading, cut at "S.*", saw none; a star closing an italic owner is no mark."""
    from extractors.cv_text import CVTextExtractor, _starred

    text = ("Selected Publications\n\n"
            "[2] Rahman, S.*, Kovac, I.*, and Duarte, P. 2024. Learning to route packets. In Proceedings of "
            "the ACM SIGCOMM 2024 Conference. 120-135.\n"
            "[1] Kovac, I. and Rahman, S. 2023. Traffic matrix completion. IEEE/ACM Transactions on Networking "
            "31, 5 (2023), 2201-2215.\n")
    drafts = list(CVTextExtractor().extract(make_doc(text)))
    assert drafts[0].authors == ["S. Rahman", "I. Kovac", "P. Duarte"]
    assert drafts[0].equal_contribution == ["S. Rahman", "I. Kovac"]
    assert drafts[1].equal_contribution == []
    assert _starred("*Ann Lee*, Bo Chen. Title. Venue, 2020.", ["Ann Lee", "Bo Chen"], []) == []
