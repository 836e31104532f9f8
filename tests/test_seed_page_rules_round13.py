"""The rules added when round 13 of the seed page formats was studied (wt-seedfmt8), each on
pages invented here (names, titles and venues of our own), with a guard where a rule could
take too much.

Dates: the day first with a locale's month name ("8. Okt. 2023", "18 juin 2021", "6 févr."), an
ISO month ("2023-10"), a date relative to the day the page was seen ("3 days ago"). Listing
pages: such dates in the header, a decimal comma in the score, another language's et-al mark
("u. a."), names in Vancouver form with their particles ("van der Lee AB") after a title closed
by its full stop. Profile pages: a research portal's reference line as a card's date line, a
bibliography's keyed entries ("[j3]" over "Names: Title. Venue 3(2): 1-9 (2021)"). Daily-papers
pages: those dates, the author count in the page's language ("4 auteurs"), "and N others".
"""

from __future__ import annotations

from datetime import date

import pytest

from scholarlake.extraction import extract_document

from .conftest import make_doc

ABSTRACT = "An abstract line of our own, a sentence or two long, about the method."
LONG_ABSTRACT = "We study a question of our own at length and report what we found. " * 4
CAPTURE = date(2026, 11, 22)  # the day ``make_doc`` says a document was captured


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("text,want", [
    ("8. Okt. 2023", (date(2023, 10, 8), 2023)),
    ("3. Juni", (date(2026, 6, 3), 2026)),
    ("18 juin 2021", (date(2021, 6, 18), 2021)),
    ("6 févr.", (date(2026, 2, 6), 2026)),
    ("2 dic 2019", (date(2019, 12, 2), 2019)),
    ("4 Dez.", (date(2025, 12, 4), 2025)),  # not after the capture: last year's
    ("2023-10", (None, 2023)),
    ("yesterday", (date(2026, 11, 21), 2026)),
    ("3 days ago", (date(2026, 11, 19), 2026)),
    ("2 weeks ago", (date(2026, 11, 8), 2026)),
    ("11 months ago", (date(2025, 12, 22), 2025)),
    ("a year ago", (date(2025, 11, 22), 2025)),
    # guards: English forms as before; a word that is no month in any locale of the table
    ("Oct 8, 2023", (date(2023, 10, 8), 2023)),
    ("8 Oct", (date(2026, 10, 8), 2026)),
    ("8 Things", (None, None)),
    ("3 days", (None, None)),
])
def test_dates_in_other_locales_and_relative(text, want):
    from normalizers.dates import parse_date

    assert parse_date(text, CAPTURE) == want


# --------------------------------------------------------------------------- listing pages


def test_a_listing_header_in_a_german_locale():
    """The day first with a period after it and a German month's name, a decimal comma in the
    score, "u. a." for "et al."."""
    text = ("94,5LG8. Okt. 2023Code\nSparse Things in GraphsAnn Lee, Bo Chen, Cy Roe u. a.\n" + ABSTRACT + "\n"
            "CV3. Juni\nDense ThingsDe Lu\n" + ABSTRACT + "\n"
            "AI12. März 2021Code\nOther ThingsEd Ma, Fa Ng\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["authors"], r["authors_truncated"], r["year"], r["score"]) for r in records] == [
        ("Sparse Things in Graphs", ["Ann Lee", "Bo Chen", "Cy Roe"], True, 2023, 94.5),
        ("Dense Things", ["De Lu"], False, 2026, None),
        ("Other Things", ["Ed Ma", "Fa Ng"], False, 2021, None)]


def test_a_listing_header_with_an_iso_date_and_vancouver_names():
    """ISO dates ("2023-10-08", "2021-03"), the title closed by its full stop and glued to names
    printed surname first with their initials run together."""
    text = ("LG2023-10-08Code\nSparse Things in Graphs.Lee AB, Chen B, Roe CD, et al.\n" + ABSTRACT + "\n"
            "CV2021-03\nDense Things.van der Lu E, de Ma F\n" + ABSTRACT + "\n"
            "AI2020-01-02\nOther Things in the ISM.Ng HK\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["year"]) for r in records] == [
        ("Sparse Things in Graphs", 2023), ("Dense Things", 2021), ("Other Things in the ISM", 2020)]


@pytest.mark.parametrize("line,title,names", [
    # the name opening with its particles, after the title's full stop
    ("Dense Things.van der Lu E, de Ma F", "Dense Things.", ["van der Lu E", "de Ma F"]),
    # a title closed by a capital and a full stop: "S.Ng HK" is no name (initials glued before the
    # surname and run together after it), "Ng HK" is
    ("Things Seen With MIPS.Ng HK, Lee AB", "Things Seen With MIPS.", ["Ng HK", "Lee AB"]),
    # guards: a glued initial alone stays a name ("J.P.Lee"), a given-first name with a particle too
    ("Sparse ThingsJ.P.Lee, Bo Chen", "Sparse Things", ["J.P.Lee", "Bo Chen"]),
    ("Sparse ThingsAnn de Lee, Bo Chen", "Sparse Things", ["Ann de Lee", "Bo Chen"]),
])
def test_vancouver_names_after_a_titles_full_stop(line, title, names):
    from extractors.listing_page import split_title_authors

    assert split_title_authors(line) == (title, names, False)


def test_a_titles_small_word_is_no_vancouver_name():
    """Guard: a piece opening with a small word that is a particle ("in Graphs AB") reads as a
    name only in the Vancouver shape: particles, capitalised surname words, initials."""
    from extractors.listing_page import is_person_name

    assert is_person_name("van der Lee AB") and is_person_name("de Castro AS")
    assert not is_person_name("in Graphs and Trees")
    assert not is_person_name("de la Things")
    assert not is_person_name("S.Harvey P")


def test_another_languages_et_al_mark_is_lower_case_only():
    """Guard: "U. A." closing a name is its initials, not "u. a."."""
    from extractors.listing_page import split_title_authors

    assert split_title_authors("Sparse ThingsAnn Lee, Bo Chen u. a.") == ("Sparse Things", ["Ann Lee", "Bo Chen"], True)
    assert split_title_authors("Sparse ThingsAnn Lee, Bo U. A.") == ("Sparse Things", ["Ann Lee", "Bo U. A."], False)


# --------------------------------------------------------------------------- profile pages


def test_a_research_portals_outputs_as_cards():
    """Each output its title, then its reference (names surname first, the date, the source after
    "In:"), then the kind path; badges and counts after."""
    head = "Ann Example\nProfessor\n\nResearch output\n\n1 - 3 out of 3 results\n\n"
    text = head + (
        "Sparse Things in Graphs\nLee, A. B., Example, A. & Roe, C., 4 Mar 2021, In: Graph Letters. 12, 3, 101.\n"
        "Research output: Contribution to journal › Article › peer-review\nOpen Access\n12 Citations (Scopus)\n\n"
        "Dense Things\nExample, A., 2020, arXiv.\nResearch output: Working paper › Preprint\n\n"
        "Other Things\nChen, B.-C., Example, A. & 12 others, Jun 2019, Proceedings of the Graph Meeting. p. 1-9\n"
        "Research output: Chapter in Book/Report/Conference proceeding › Conference contribution\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["year"], r["venue"], r["record_type"]) for r in records] == [
        ("Sparse Things in Graphs", 2021, "Graph Letters", "Article"),
        ("Dense Things", 2020, "arXiv", "Working paper"),
        ("Other Things", 2019, "Proceedings of the Graph Meeting", None)]


def test_a_reference_line_needs_its_names():
    """Guard: a title with a year between commas is no reference line (no names before it)."""
    from extractors.profile_page import _date_line

    assert _date_line("Graphs, Trees, 2021, and Other Things") is None
    assert _date_line("Lee, A. & Roe, C., 2021, In: Graph Letters. 3, 1, 9.")["source"] == "Graph Letters"


def test_a_bibliographys_keyed_entries():
    """Year headings, each entry's key alone, then "Names: Title. Source"; a preprint's source
    the server's name and its identifier, whatever full stops the title holds."""
    text = ("Ann Example\n\nPerson information\n\n2021\n\n"
            "[j3]\nAnn Example, Bo Chen: Sparse Things in Graphs. Graph Lett. 12(3): 101-109 (2021)\n\n"
            "[c2]\nAnn Example: Dense Things? Proc. Graph Meeting 2021: 7-9\n\n2020\n\n"
            "[i1]\nCy Roe, Ann Example: Other Things. Part I. CoRR abs/2001.01234 (2020)\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["year"], r["venue"]) for r in records] == [
        ("Sparse Things in Graphs", 2021, "Graph Lett"), ("Dense Things?", 2021, "Proc. Graph Meeting"),
        ("Other Things. Part I", 2020, "CoRR")]


def test_a_cv_with_bracketed_labels_is_no_keyed_bibliography():
    """Guard: a CV's "[J3] Names. Title. Venue, 2021." entries (a label, not a key alone on its
    line, and no colon after the names) are left to the CV readers."""
    from extractors.profile_page import ProfilePageExtractor

    text = ("Ann Example\n\nPublications\n\n"
            + "".join(f"[J{k}] Ann Example, Bo Chen. Sparse Things {k}. Graph Letters, 2020.\n" for k in range(6)))
    assert ProfilePageExtractor().sniff(make_doc(text)) == 0.0


# --------------------------------------------------------------------------- daily-papers pages


def test_a_daily_page_in_a_french_locale():
    """The page date and the entries' dates day first with French month names, the author count
    in French; found by its structure (no "Daily Papers" in its chrome)."""
    text = ("Articles du jour\n\n8 janv.\n\n"
            f"Sparse Things\n\n{LONG_ABSTRACT}\n\n  • 4 auteurs\n·\n18 juin 2021 12\n\n"
            f"Dense Things\n\n{LONG_ABSTRACT}\n\nGraph Lab\n·\n6 févr.\n\n"
            f"Other Things\n\n{LONG_ABSTRACT}\n\n  • 1 auteur\n·\n2 mars 2020\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["year"], r["upvotes"]) for r in records] == [
        ("Sparse Things", 2021, 12), ("Dense Things", 2025, None), ("Other Things", 2020, None)]


def test_a_daily_page_with_relative_dates_and_named_blocks():
    """A relative date counts back from the day the page was seen (not from the page's date); a
    block names the first two authors and counts the others."""
    text = ("Daily Papers\n\nJan 8\n\n"
            f"Sparse Things\n\n{LONG_ABSTRACT}\n\nAnn Lee, Bo Chen and 4 others\n·\n3 days ago 5\n\n"
            f"Dense Things\n\n{LONG_ABSTRACT}\n\nCy Roe and De Lu\n·\nyesterday\n\n"
            f"Other Things\n\n{LONG_ABSTRACT}\n\n  • 2 authors\n·\n11 months ago\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["year"], r["authors"], r["authors_truncated"]) for r in records] == [
        ("Sparse Things", 2026, ["Ann Lee", "Bo Chen"], True), ("Dense Things", 2026, ["Cy Roe", "De Lu"], False),
        ("Other Things", 2025, [], True)]
