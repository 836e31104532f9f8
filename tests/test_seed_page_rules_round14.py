"""The rules added when round 14 of the seed page formats was studied (wt-seedfmt9), each on
pages invented here (names, titles and venues of our own), with a guard where a rule could
take too much.

Dates: a locale's numeric short form ("10/8/2023", "8.10.2023", "2023/10/08"), the year first as
MEDLINE prints it ("2023 Oct 8"), the CJK locales' long form ("2021年6月18日", "2月6日"), an
English weekday before a date ("Wed, Jan 7"), a period (an ISO week "2026-W02", a range of days).
Listing pages: such dates in the header, a page of surname-first people between semicolons,
surnames in capitals hyphenated. Profile pages: a card dated by its year alone, names with
affiliations in parentheses or "+N authors" before the last name, a "Published in:" line.
Daily-papers pages: CJK dates and the Japanese author count, a weekly view.
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
    ("10/8/2023", (None, 2023)),  # October 8 (en-US) or 10 August (en-GB): the year only
    ("13/10/2023", (date(2023, 10, 13), 2023)),  # one reading only is a date
    ("10/13/2023", (date(2023, 10, 13), 2023)),
    ("5/5/2021", (date(2021, 5, 5), 2021)),  # both readings the same day
    ("8.10.2023", (date(2023, 10, 8), 2023)),  # periods: the day first
    ("2023/10/08", (date(2023, 10, 8), 2023)),
    ("2023. 10. 8.", (date(2023, 10, 8), 2023)),
    ("2023 Oct 8", (date(2023, 10, 8), 2023)),
    ("2023 Oct", (None, 2023)),
    ("2023 October 8", (date(2023, 10, 8), 2023)),
    ("2021年6月18日", (date(2021, 6, 18), 2021)),
    ("2月6日", (date(2026, 2, 6), 2026)),
    ("12月30日", (date(2025, 12, 30), 2025)),  # not after the capture: last year's
    ("2021년 6월 18일", (date(2021, 6, 18), 2021)),
    ("Wed, Jan 7", (date(2026, 1, 7), 2026)),
    ("Friday, June 18, 2021", (date(2021, 6, 18), 2021)),
    ("2026-W02", (date(2026, 1, 11), 2026)),  # an ISO week: its last day
    ("Jan 5 – Jan 11, 2026", (date(2026, 1, 11), 2026)),
    ("Jan 5 – 11, 2026", (date(2026, 1, 11), 2026)),
])
def test_dates_of_round_14(text, want):
    from normalizers.dates import parse_date

    assert parse_date(text, CAPTURE) == want


@pytest.mark.parametrize("text", ["2023 was a good year", "10/8", "1/2/3", "Wedding, Jan 7", "32/13/2023"])
def test_no_date_where_none_is_printed(text):
    from normalizers.dates import parse_date

    assert parse_date(text, CAPTURE)[0] is None


# --------------------------------------------------------------------------- listing pages


def test_listing_headers_with_numeric_and_medline_dates():
    text = ("94.5LG10/8/2023Code\nSparse ThingsAnn Lee, Bo Chen\n" + ABSTRACT + "\n"
            "CV8.10.2021\nDense ThingsCy Roe\n" + ABSTRACT + "\n"
            "AP2019/03/04Code\nOther ThingsDe Lu\n"
            "GR2018 May 25\nFar ThingsEd Ma\n"
            "12.0RO2017 Nov\nNear ThingsFa Ng\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["year"]) for r in records] == [
        ("Sparse Things", 2023), ("Dense Things", 2021), ("Other Things", 2019), ("Far Things", 2018),
        ("Near Things", 2017)]


def test_listing_surnames_in_capitals_hyphenated():
    from extractors.listing_page import split_title_authors

    assert split_title_authors("Sparse ThingsAnn LEE-ROE, Bo O'CHEN") == (
        "Sparse Things", ["Ann LEE-ROE", "Bo O'CHEN"], False)


SEMICOLON_PAGE = ("LG2023 Oct 8\nSparse ThingsLee, Ann; Chen, Bo\n" + ABSTRACT + "\n"
                  "CV2021 Mar\nDense ThingsRoe, Cy\n"
                  "AP2019 Jan 3\nOther Things, Part 2van der Lu, De; Ma, E; Ng, F; et al.\n"
                  "GR2018 May 25\nFar ThingsLee, A; Roe, CD\n")


def test_a_listing_page_of_surname_first_people_between_semicolons():
    kind, records, rejects = extract_document(make_doc(SEMICOLON_PAGE))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["authors"], r["authors_truncated"]) for r in records] == [
        ("Sparse Things", ["Ann Lee", "Bo Chen"], False), ("Dense Things", ["Cy Roe"], False),
        ("Other Things, Part 2", ["De van der Lu", "E Ma", "F Ng"], True), ("Far Things", ["A Lee", "CD Roe"], False)]


def test_a_semicolon_line_alone_does_not_make_the_page_read_so():
    """One line of a page that reads so is not enough: the title's own comma stays the title's."""
    text = ("LGOct 8, 2023\nCats, Dogs; and MiceAnn Lee, Bo Chen\n" + ABSTRACT + "\n"
            "CVOct 9, 2023\nRoe, Cy: A LifeDe Lu\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert [(r["title"], r["authors"]) for r in records] == [
        ("Cats, Dogs; and Mice", ["Ann Lee", "Bo Chen"]), ("Roe, Cy: A Life", ["De Lu"])]


def test_semicolon_reading_needs_people():
    from extractors.listing_page import split_semicolon_inverted

    assert split_semicolon_inverted("We measure x; then y, z; and more, still") is None
    assert split_semicolon_inverted("Sparse ThingsLee, Ann; Chen, Bo") == ("Sparse Things", ["Ann Lee", "Bo Chen"], False)


# --------------------------------------------------------------------------- profile pages


def test_profile_cards_with_affiliations_labelled_sources_and_years_alone():
    cards = [
        ("Sparse Things", "Ann Lee(Northfield U.), Bo Chen (Southmoor Inst.)", "Mar 4, 2021",
         "Published in: Graph Lett. 9 (2021) 3, 0123", "cite  claim"),
        ("Dense Things", "Cy Roe(Northfield U.)", "Jun 2, 2020", "e-Print: 2006.01234 [hep-th]", "cite"),
        ("Other Things", "Ann Lee, Bo Chen, +3 authors Cy Roe", "Physics, Mathematics", "Graph Letters", "2019",
         "12 Citations"),
        ("Far Things", "De Lu, Ed Ma", "Graph Letters", "4 March 2018", "PDF"),
    ]
    text = "Ann Example\n\nNorthfield U.\n\n4 results\n\n" + "".join("\n".join(c) + "\n\n" for c in cards)
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["year"], r["venue"], r["authors"], r["authors_truncated"]) for r in records] == [
        ("Sparse Things", 2021, "Graph Lett", ["Ann Lee", "Bo Chen"], False),
        ("Dense Things", 2020, None, ["Cy Roe"], False),
        ("Other Things", 2019, "Graph Letters", ["Ann Lee", "Bo Chen", "Cy Roe"], True),
        ("Far Things", 2018, "Graph Letters", ["De Lu", "Ed Ma"], False)]


def test_a_year_opening_a_block_is_a_heading_not_a_cards_date():
    from extractors.profile_page import _card_dates

    assert _card_dates(["2021", "Sparse Things", "Graph Letters"]) == []
    assert _card_dates(["Sparse Things", "Graph Letters", "2021"]) == [2]
    assert _card_dates(["Sparse Things", "2021"]) == []  # too short to be a card dated so


# --------------------------------------------------------------------------- daily-papers pages


def test_daily_page_in_a_cjk_locale():
    text = ("デイリー論文\n\n1月8日\n\n"
            f"Sparse Things\n\n{LONG_ABSTRACT}\n\n  • 著者4名\n·\n2021年6月18日 12\n\n"
            f"Dense Things\n\n{LONG_ABSTRACT}\n\nGoogle DeepMind\n·\n2月6日\n\n"
            f"Other Things\n\n{LONG_ABSTRACT}\n\n  • 著者2名\n·\n12月30日 3\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["year"], r["author_count"], r["org"]) for r in records] == [
        ("Sparse Things", 2021, 4, None), ("Dense Things", 2025, None, "Google DeepMind"), ("Other Things", 2025, 2, None)]


def test_daily_weekly_view_dated_by_its_week():
    text = ("Weekly Papers\n\n2026-W02\n\nJan 5 – Jan 11, 2026\n\n"
            f"Sparse Things\n\n{LONG_ABSTRACT}\n\n  • 3 authors\n·\nWed, Jan 7 12\n\n"
            f"Dense Things\n\n{LONG_ABSTRACT}\n\nGoogle DeepMind\n·\nFri, Jun 18, 2021\n\n"
            f"Other Things\n\n{LONG_ABSTRACT}\n\n  • 2 authors\n·\nSat, Mar 3\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    # "Mar 3" without a year: the latest such day not after the week's last day
    assert [(r["title"], r["year"]) for r in records] == [("Sparse Things", 2026), ("Dense Things", 2021),
                                                          ("Other Things", 2025)]
