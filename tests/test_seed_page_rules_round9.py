"""Rules learnt from the ninth blind round of the seed page formats (wt-seedfmt4): each test is
hand-made and fails on the readers of 89ef9c4."""

from __future__ import annotations

import pytest

from scholarlake.extraction import extract_document

from .conftest import make_doc

PROFILE_HEAD = "Researcher profile\n\nAnn Example\n\nPublished work\n\n3 published item(s)\n\n"
DAILY_HEAD = "Daily Papers\n\nbyAK and the research community\n\nJan 8\n\n"
LONG_ABSTRACT = "We study a question of our own at length and report what we found. " * 4


@pytest.mark.parametrize("line,title,names,cut", [
    # an ampersand before a whole list's last name, as "and" is read
    ("Sparse Things in GraphsAnn Lee, Bo Chen & Cy Roe", "Sparse Things in Graphs", ["Ann Lee", "Bo Chen", "Cy Roe"], False),
    ("Sparse ThingsAnn Lee & Bo Chen", "Sparse Things", ["Ann Lee", "Bo Chen"], False),
    # the names not shown, counted in words
    ("Sparse ThingsAnn Lee, Bo Chen and 5 others", "Sparse Things", ["Ann Lee", "Bo Chen"], True),
    ("Sparse ThingsAnn Lee, Bo Chen & 1 other", "Sparse Things", ["Ann Lee", "Bo Chen"], True),
    ("Sparse ThingsAnn Lee + 3 more", "Sparse Things", ["Ann Lee"], True),
    # ... or cut with an ellipsis
    ("Sparse ThingsAnn Lee, Bo Chen, …", "Sparse Things", ["Ann Lee", "Bo Chen"], True),
    ("Sparse ThingsAnn Lee, Bo Chen ...", "Sparse Things", ["Ann Lee", "Bo Chen"], True),
    # a title's own ampersand: the word after it is glued to the first author
    ("Cats & DogsAnn Lee", "Cats & Dogs", ["Ann Lee"], False),
])
def test_a_listing_ampersand_and_worded_counts(line, title, names, cut):
    from extractors.listing_page import split_title_authors

    assert split_title_authors(line) == (title, names, cut)


def test_a_listing_line_cut_inside_an_initial_after_an_ampersand_is_a_reject():
    """"& PP. Roe": "PP." is no initial, and the only reading left ("... & P" as the title's
    end, "P. Roe" the name) is cut inside it: a reject, not a wrong record."""
    from extractors.listing_page import split_title_authors

    assert split_title_authors("Sparse ThingsAnn Lee & PP. Roe") is None


def test_daily_papers_upvotes_after_an_arrow_and_a_bare_author_count():
    """The count after the vote button's mark (any one or two symbols: "▲", "👍"), on the
    date's line or on a line of its own before the title; "4 authors" with no bullet."""
    text = DAILY_HEAD + (f"Sparse Things\n\n{LONG_ABSTRACT}\n\n4 authors\n·\nMar 4, 2024 ▲ 12\n\n"
                         f"Dense Things\n\n{LONG_ABSTRACT}\n\n1 author\n·\nFeb 6 👍 3\n\n"
                         f"▲ 7\n\nOther Things\n\n{LONG_ABSTRACT}\n\nGoogle DeepMind\n·\nJan 2, 2023\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["year"], r["upvotes"], r["author_count"], r["org"]) for r in records] == [
        ("Sparse Things", 2024, 12, 4, None), ("Dense Things", 2025, 3, 1, None), ("Other Things", 2023, 7, None, "Google DeepMind")]


def test_a_profile_abstract_toggle_is_chrome_and_a_label_is_no_abstract():
    text = PROFILE_HEAD + ("article2021Phys. Rev. D\n\nSparse Things\n\nShow abstract\n\n"
                           "article2020Phys. Rev. E\n\nDense Things\n\nAbstract:\n\nAn abstract of our own.\n\n"
                           "preprint2019arXiv\n\nAbstract algebra for things\n\nAbstract: Another abstract of ours.\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["abstract"]) for r in records] == [
        ("Sparse Things", None), ("Dense Things", "An abstract of our own."),
        ("Abstract algebra for things", "Another abstract of ours.")]


@pytest.mark.parametrize("block,authors,org", [
    ("Ann Lee & Bo Chen", ["Ann Lee", "Bo Chen"], None),
    ("Ann Lee, Bo Chen and Cy Roe +2", ["Ann Lee", "Bo Chen", "Cy Roe"], None),
    ("Johnson & Johnson", [], "Johnson & Johnson"),
    ("Moonshot AI", [], "Moonshot AI"),
])
def test_daily_papers_block_of_names_joined_by_and(block, authors, org):
    """A block naming people reads "and" / "&" before the last name as the listing does."""
    text = DAILY_HEAD + f"Sparse Things\n\n{LONG_ABSTRACT}\n\n{block}\n·\nMar 4, 2024\n"
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["authors"], r["org"]) for r in records] == [(authors, org)]


def test_daily_papers_a_rank_is_no_upvote_count():
    """"#2" before a title is the paper's rank on the list, not its votes (guard)."""
    from extractors.daily_papers import VOTES_LINE

    assert VOTES_LINE.match("#2") is None
    assert VOTES_LINE.match("▲ 2")["n"] == "2"
