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

