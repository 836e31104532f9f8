"""The rules added when round 15 of the seed page formats was studied (wt-seedfmt10), each on
pages invented here (names, titles and venues of our own), with a guard where a rule could
take too much.

Listing pages: a header's parts between middle dots ("94.5 · cs.LG · Oct 8, 2023 · Code"), a
header with the date first then one or more categories ("2023-10-08  cs.LG cs.AI"). Profile
pages: a labelled date line ("Published: 18 Jun 2021, Last Modified: ..."), the source under it
closed by the card's year ("Phys. Rev. D 2021"), access badges ("Open Access") no title, the ACM
Digital Library's kinds ("research-article"). Daily-papers pages: who submitted a paper in a CJK
locale ("提交者 <user>") is chrome; a collection of papers ("Paper • <id> • Published <date>") is read.
"""

from __future__ import annotations

import pytest

from scholarlake.extraction import extract_document

from .conftest import make_doc

ABSTRACT = "An abstract line of our own, a sentence or two long, about the method."


# --------------------------------------------------------------------------- listing pages


def test_listing_header_parts_between_middle_dots():
    text = ("94.5 · cs.LG · Oct 8, 2023 · Code\nSparse ThingsAnn Lee, Bo Chen et al.\n" + ABSTRACT + "\n"
            "hep-th · Jun 3\nDense ThingsCy Roe\n"
            "12.0 · CV · Mar 4, 2019\nOther ThingsDe Lu, Ed Ma\n" + ABSTRACT + "\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        ("Sparse Things", ["Ann Lee", "Bo Chen"], 2023), ("Dense Things", ["Cy Roe"], 2026),
        ("Other Things", ["De Lu", "Ed Ma"], 2019)]
    assert records[0]["category"] == "cs.LG"


def test_listing_header_with_the_date_first_and_several_categories():
    text = ("2023-10-08  cs.LG cs.AI stat.ML\nSparse ThingsAnn Lee, Bo Chen, Cy Roe\n" + ABSTRACT + "\n"
            "#2 2021-03-04  hep-th\nDense ThingsDe Lu\n"
            "2019-01-02  quant-ph gr-qc\nOther ThingsEd Ma, Fa Ng\n" + ABSTRACT + "\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["year"], r["category"]) for r in records] == [
        ("Sparse Things", 2023, "cs.LG"), ("Dense Things", 2021, "hep-th"), ("Other Things", 2019, "quant-ph")]


@pytest.mark.parametrize("line", [
    "2023-10-08 we met and talked",  # words in small letters are no categories
    "2023 Oct 8 was a good day",
    "2023-10-08  cs.LG and more words",
])
def test_a_line_opening_with_a_date_is_no_header_by_that_alone(line):
    from extractors.listing_page import header

    assert header(line) is None


def test_middle_dots_in_a_title_make_no_header():
    from extractors.listing_page import header

    assert header("Sparse · Dense · Things") is None
    assert header("94.5 · cs.LG · Oct 8, 2023 · Code") is not None


# --------------------------------------------------------------------------- profile pages


REVIEW_SITE_PROFILE = """Ann Example

Publications

3 publications

Sparse Things in Practice
Ann Example, Bo Chen
Published: 18 Jun 2021, Last Modified: 08 Oct 2023
Northfield Journal of Physics 2021
Readers:  Everyone

Dense Things
Ann Example
Published: 02 Feb 2019, Last Modified: 03 Mar 2020
arXiv 2019

Other Things
Ann Example, Cy Roe, De Lu
Published: 05 May 2017, Last Modified: 05 May 2017
Proc. Southmoor Workshop 2017
Readers:  Everyone
"""


def test_profile_cards_dated_by_a_labelled_date_line():
    kind, records, rejects = extract_document(make_doc(REVIEW_SITE_PROFILE))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["year"], r["venue"]) for r in records] == [
        ("Sparse Things in Practice", 2021, "Northfield Journal of Physics"), ("Dense Things", 2019, "arXiv"),
        ("Other Things", 2017, "Proc. Southmoor Workshop")]


@pytest.mark.parametrize("line,year", [
    ("Published: 18 Jun 2021, Last Modified: 08 Oct 2023", 2021),
    ("Published: 2021-06-18", 2021),
    ("Posted: Jun 18, 2021", 2021),
])
def test_a_labelled_date_line(line, year):
    from extractors.profile_page import _date_line

    assert _date_line(line)["year"] == year


def test_an_unlabelled_or_worded_published_line_is_no_labelled_date():
    from extractors.profile_page import _LABELLED_DATE

    assert _LABELLED_DATE.match("Published in: Phys. Rev. D 99 (2021)") is None
    assert _LABELLED_DATE.match("Published: our views on 2021 and after") is None


def test_the_year_closed_source_is_read_only_under_the_date_line():
    from extractors.profile_page import _year_closed_source

    assert _year_closed_source(["Northfield Journal 2021", "Readers: Everyone"], 2021) == "Northfield Journal"
    assert _year_closed_source(["Northfield Journal 2020"], 2021) is None  # another year
    assert _year_closed_source(["2021"], 2021) is None  # a year alone names nothing


ACM_LIKE_PROFILE = """Ann Example

Published Works

research-article
Open Access
Sparse Things in Practice
Ann Example, Bo Chen, + 3
Northfield Journal of Physics, Volume 9, Issue 3 • pp 1–9 • https://doi.org/10.1145/1234567
October 2021
Downloads (6 weeks) 12

short-paper
Dense Things
Ann Example
arXiv
March 2019
Downloads (6 weeks) 0

extended-abstract
Free Access
Other Things
Ann Example, Cy Roe
Proc. Southmoor Workshop, Volume 2, Issue 1 • pp 3–4 • https://doi.org/10.1145/7654321
May 2017
Downloads (6 weeks) 3

research-article
Far Things
Ann Example
Northfield Letters, Volume 1, Issue 1 • pp 5–9 • https://doi.org/10.1145/1111111
May 2015
Downloads (6 weeks) 3
"""


def test_profile_cards_with_access_badges_and_acm_kinds():
    kind, records, rejects = extract_document(make_doc(ACM_LIKE_PROFILE))
    assert kind == "profile_page"
    assert [(r["title"], r["year"], r["record_type"]) for r in records] == [
        ("Sparse Things in Practice", 2021, "research-article"), ("Dense Things", 2019, "short-paper"),
        ("Other Things", 2017, "extended-abstract"), ("Far Things", 2015, "research-article")]
    assert [r["venue"].split(",")[0] for r in records] == [
        "Northfield Journal of Physics", "arXiv", "Proc. Southmoor Workshop", "Northfield Letters"]


# --------------------------------------------------------------------------- daily-papers pages


def test_cjk_submitter_lines_are_chrome():
    from extractors.daily_papers import SUBMITTER

    assert SUBMITTER.match("提交者 nielsr") and SUBMITTER.match("投稿者 akhaliq") and SUBMITTER.match("Submitted by ab-c")
    assert not SUBMITTER.match("提交者说明 a longer sentence")
    assert not SUBMITTER.match("Submittedby x")


COLLECTION = """Collections

Reading list

updated 3 days ago

Sparse Things in Practice

Paper • 2101.00001 • Published Jun 18, 2021 • 12

example-org/tiny-model

Text Generation • Updated Jan 3 • 1.2k • 45

Dense Things

Paper • 1902.00002 • Published Feb 2, 2019

Other Things

Paper • 1705.00003 • Published May 5, 2017 • 3
"""


def test_a_collection_of_papers():
    kind, records, rejects = extract_document(make_doc(COLLECTION))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["year"]) for r in records] == [
        ("Sparse Things in Practice", 2021), ("Dense Things", 2019), ("Other Things", 2017)]


def test_two_paper_lines_make_no_collection():
    from extractors.daily_papers import _collection_papers

    lines = ["A", "Paper • 1 • Published Jun 18, 2021", "B", "Paper • 2 • Published Jun 19, 2021", "Paper • x"]
    assert _collection_papers(lines) == [1, 3]  # (three at least are needed to read a page so)
