"""Rules learnt from the tenth blind round of the seed page formats (wt-seedfmt5): each test is
hand-made (invented names and titles) and its rule cases fail on the readers of ef7c513; the
guard cases pass on both."""

from __future__ import annotations

import pytest

from scholarlake.extraction import extract_document

from .conftest import make_doc

PROFILE_HEAD = "Researcher profile\n\nAnn Example\n\nPublished work\n\n3 published item(s)\n\n"
DAILY_HEAD = "Daily Papers\n\nbyAK and the research community\n\nJan 8\n\n"
LONG_ABSTRACT = "We study a question of our own at length and report what we found. " * 4
ABSTRACT = "An abstract line of our own about the method."


# --------------------------------------------------------------------------- listing pages


def test_a_listing_header_may_close_with_a_note_in_parentheses():
    text = ("cs.LGMar 22, 2021 (cross-list from math.AP)\nSparse ThingsAnn Lee, Bo Chen\n" + ABSTRACT + "\n"
            "61.2hep-thJun 3Code (replaced)\nDense ThingsCy Roe\n" + ABSTRACT + "\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["category"], r["year"], r["has_code"]) for r in records] == [
        ("Sparse Things", "cs.LG", 2021, False), ("Dense Things", "hep-th", 2026, True)]


def test_a_listing_page_found_by_its_records_after_chrome():
    """Sub-headings and a count line before the first header: the page is a listing by the two
    records that read after it; the chrome is a reject each, the records whole."""
    text = ("Graph Theory (math.GT)\n\nNew submissions (showing 2 of 2 entries)\n\n"
            "math.GTOct 8, 2023\nSparse Things in GraphsAnn Lee, Bo Chen et al.\n" + ABSTRACT + "\n"
            "math.GTJul 7, 2022Code\nDense ThingsCy Roe\n" + ABSTRACT + "\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert kind == "listing_page"
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        ("Sparse Things in Graphs", ["Ann Lee", "Bo Chen"], 2023), ("Dense Things", ["Cy Roe"], 2022)]
    assert [r["reason"] for r in rejects] == ["line is not a listing header"] * 2


def test_one_dated_line_after_chrome_makes_no_listing():
    """A bare date over a line that splits as a title and a name, once: chance, not a listing."""
    from extractors.listing_page import ListingPageExtractor

    text = "Notes of the week\n\nJun 3\nSparse ThingsAnn Lee\nand nothing else of a listing follows here.\n"
    assert ListingPageExtractor().sniff(make_doc(text)) == 0.0


@pytest.mark.parametrize("line,title,names,cut", [
    ("Ann Lee, Bo Chen et al.: Sparse Things in Graphs", "Sparse Things in Graphs", ["Ann Lee", "Bo Chen"], True),
    ("Ann Lee and Bo Chen: Sparse Things: A Second Look.", "Sparse Things: A Second Look.", ["Ann Lee", "Bo Chen"], False),
    ("W.S. Lee: Dense Things", "Dense Things", ["W.S. Lee"], False),
])
def test_a_listing_line_with_the_names_first(line, title, names, cut):
    from extractors.listing_page import split_names_first

    assert split_names_first(line) == (title, names, cut)


def test_a_listing_page_printing_the_names_before_the_title():
    text = ("LGOct 8, 2023\nAnn Lee, Bo Chen et al.: Sparse Things in Graphs.\n" + ABSTRACT + "\n"
            "CVJul 7, 2022Code\nCy Roe: Dense Things: Part II\n"
            "42.0ROJun 3\nDe Lu, Ed Ma: Other Things\n" + ABSTRACT + "\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["authors"], r["authors_truncated"]) for r in records] == [
        ("Sparse Things in Graphs", ["Ann Lee", "Bo Chen"], True), ("Dense Things: Part II", ["Cy Roe"], False),
        ("Other Things", ["De Lu", "Ed Ma"], False)]


def test_a_title_first_page_with_colons_in_its_titles_stays_title_first():
    """"Graph Lattices: Sparse Things" + the names glued: the title's first part reads as a name
    too, but the page reads title first on most lines, so no line is read names first."""
    text = ("LGOct 8, 2023\nGraph Lattices: Sparse ThingsAnn Lee, Bo Chen\n" + ABSTRACT + "\n"
            "CVJul 7, 2022\nDense ThingsCy Roe\n" + ABSTRACT + "\n"
            "ROJun 3\nOther ThingsDe Lu\n" + ABSTRACT + "\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [r["title"] for r in records] == ["Graph Lattices: Sparse Things", "Dense Things", "Other Things"]


# --------------------------------------------------------------------------- profile pages


def test_a_profile_item_with_a_full_date_and_names_under_the_title():
    text = PROFILE_HEAD + ("article · Aug 24, 2019 · Graph Letters\n\nSparse Things\n\nAnn Lee, Bo Chen, Cy Roe …\n\n"
                           "An abstract of our own, cut…\n\n"
                           "preprint | 3 Mar 2020 | arXiv\n\nDense Things\n\nDe Lu\n\nAn abstract of our own.\n\n"
                           "conference-paper · Jun 2, 2021 · Proc. of Things\n\nOther Things\n\nE. Ma\n\n"
                           "Showing 3 of 9\n\nShow more\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["year"], r["venue"], r["authors"], r["abstract"]) for r in records] == [
        ("Sparse Things", 2019, "Graph Letters", ["Ann Lee", "Bo Chen", "Cy Roe"], "An abstract of our own, cut…"),
        ("Dense Things", 2020, "arXiv", ["De Lu"], "An abstract of our own."),
        ("Other Things", 2021, "Proc. of Things", ["E. Ma"], None)]


def test_one_name_like_line_alone_under_a_title_stays_the_abstract():
    """"Nature Things" under a title with nothing after it: words a venue's name has too, no
    initial, no abstract after it: not read as a person."""
    text = PROFILE_HEAD + "article · 2019 · Graph Letters\n\nSparse Things\n\nNature Things\n"
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["authors"], r["abstract"]) for r in records] == [([], "Nature Things")]


def test_a_profile_list_captured_as_a_table():
    """The column row is chrome; a title's row ends in its count cell, no part of the title."""
    text = PROFILE_HEAD + ("Title\tCited by\n\narticle2019Graph Letters\n\nSparse Things\t412\n\n"
                           "An abstract of our own.\n\npreprint2020arXiv\n\nDense Things in 2 Parts\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["year"]) for r in records] == [("Sparse Things", 2019), ("Dense Things in 2 Parts", 2020)]


# --------------------------------------------------------------------------- daily-papers pages


def test_daily_papers_submitter_and_votes_on_lines_of_their_own_before_the_title():
    text = DAILY_HEAD + (f"Submitted by\nannlee\n\n▲\n34\n\nSparse Things\n\n{LONG_ABSTRACT}\n\n  • 3 authors\n·\nMar 4, 2024\n\n"
                         f"▲ 7\n\nDense Things\n\n  • 2 authors\n·\nFeb 6, 2023\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["year"], r["upvotes"]) for r in records] == [("Sparse Things", 2024, 34), ("Dense Things", 2023, 7)]


def test_daily_papers_title_wrapped_over_lines():
    text = DAILY_HEAD + ("Sparse Things in Very Large Graphs of Many Kinds, Studied at\nLength\n\n"
                         f"{LONG_ABSTRACT}\n\n  • 3 authors\n·\nMar 4, 2024\n\n"
                         "Dense Things and the Slow Growth of Their Many\nlong tails\n\n  • 2 authors\n·\nFeb 6, 2023\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["year"]) for r in records] == [
        ("Sparse Things in Very Large Graphs of Many Kinds, Studied at Length", 2024),
        ("Dense Things and the Slow Growth of Their Many long tails", 2023)]


def test_daily_papers_short_line_before_a_title_is_never_glued_to_it():
    """A chip before a title ("Trending") is no wrapped title line: the title after it stays whole."""
    text = DAILY_HEAD + (f"Sparse Things\n\n{LONG_ABSTRACT}\n\n  • 3 authors\n·\nMar 4, 2024\n\nTrending\n\n"
                         f"Dense Things in Large Graphs\n\n{LONG_ABSTRACT}\n\n  • 2 authors\n·\nFeb 6, 2023\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert "Dense Things in Large Graphs" in [r["title"] for r in records]


@pytest.mark.parametrize("block,org", [
    ("🤗 Thing Lab", "Thing Lab"), ("Meta Things 🦙", "Meta Things"), ("Johnson & Johnson", "Johnson & Johnson"),
    ("thinglab ✨ Thing Lab", "Thing Lab"),
])
def test_daily_papers_organisation_logo_is_no_part_of_its_name(block, org):
    text = DAILY_HEAD + f"Sparse Things\n\n{LONG_ABSTRACT}\n\n{block}\n·\nMar 4, 2024\n"
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [r["org"] for r in records] == [org]
