"""Rules learnt from the eleventh blind round of the seed page formats (wt-seedfmt6): each test
is hand-made (invented names and titles) and its rule cases fail on the readers of 9ff2392; the
guard cases pass on both."""

from __future__ import annotations

import pytest

from scholarlake.extraction import extract_document

from .conftest import make_doc

PROFILE_HEAD = "Researcher profile\n\nAnn Example\n\nPublished work\n\n3 published item(s)\n\n"
DAILY_HEAD = "Daily Papers\n\nbyAK and the research community\n\nJan 8\n\n"
ABSTRACT = "An abstract line of our own about the method."
LONG_ABSTRACT = ("We propose a method of our own for a question we invented and show on several made-up "
                 "benchmarks that it does better than the earlier methods while costing less to train.")


# --------------------------------------------------------------------------- listing pages


def test_a_listing_decodes_character_references_and_keeps_a_bare_ampersand():
    text = ("LGJun 3, 2021\nIsing &amp; Potts on Gr&#228;phsAnn M&uuml;ller, Tom&#xE0;s Roe\n" + ABSTRACT + "\n"
            "CVJul 7, 2022\nCats & Dogs in the WildBo Chen & Cy Roe\n" + ABSTRACT + "\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["authors"]) for r in records] == [
        ("Ising & Potts on Gräphs", ["Ann Müller", "Tomàs Roe"]), ("Cats & Dogs in the Wild", ["Bo Chen", "Cy Roe"])]


@pytest.mark.parametrize("line,names", [
    ("Sparse ThingsAnn Lee, Bo Chen, +4 authors, Cy Roe", ["Ann Lee", "Bo Chen", "Cy Roe"]),
    ("Sparse ThingsAnn Lee, +1 author, Cy Roe", ["Ann Lee", "Cy Roe"]),
    ("Sparse ThingsAnn Lee, Bo Chen, 3 more, Cy Roe", ["Ann Lee", "Bo Chen", "Cy Roe"]),
])
def test_a_count_of_names_not_shown_between_names_cuts_the_list(line, names):
    from extractors.listing_page import split_title_authors

    assert split_title_authors(line) == ("Sparse Things", names, True)


def test_a_count_like_piece_of_the_title_stays_in_the_title():
    """Guard: a comma piece of the title that reads as a count ("Tales, 3 more, Ann Lee"
    style) is the title's when it stands before the first name: the count is dropped only
    among the names."""
    from extractors.listing_page import split_title_authors

    assert split_title_authors("Small Tales, 3 more, Quiet ThingsAnn Lee, Bo Chen") == (
        "Small Tales, 3 more, Quiet Things", ["Ann Lee", "Bo Chen"], False)
    assert split_title_authors("Sparse ThingsAnn Lee, Bo Chen") == ("Sparse Things", ["Ann Lee", "Bo Chen"], False)


def test_arxiv_labelled_lines_under_the_names_are_the_records_not_its_abstract():
    text = ("LGJun 3, 2021\nSparse ThingsAnn Lee, Bo Chen\nComments: 12 pages, 3 figures\n"
            "Journal-ref: Journal of Made-up Results 4 (2021) 17\n" + ABSTRACT + "\n"
            "CVJul 7, 2022\nDense ThingsCy Roe\n" + ABSTRACT + "\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    first, second = records
    assert (first["abstract"], first["comment"], first["journal_ref"]) == (
        ABSTRACT, "12 pages, 3 figures", "Journal of Made-up Results 4 (2021) 17")
    assert second["abstract"] == ABSTRACT and second["comment"] is None


# --------------------------------------------------------------------------- profile pages


def test_profile_items_under_year_headings_take_the_headings_year():
    text = (PROFILE_HEAD + "Sort by: Year ▾\n\n2021\n\narticle · Journal of Made-up Results\n\nSparse Things\n\n"
            "PDF\nDOI: 10.5555/made.up.17\n\n" + ABSTRACT + "\n\npreprint · arXiv\n\nDense Things\n\n"
            "arXiv:2101.01234\n\n2019\n\nconference-paper · Made-up Conference\n\nQuiet Things\n\n" + ABSTRACT + "\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["year"], r["venue"], r["abstract"]) for r in records] == [
        ("Sparse Things", 2021, "Journal of Made-up Results", ABSTRACT), ("Dense Things", 2021, "arXiv", None),
        ("Quiet Things", 2019, "Made-up Conference", ABSTRACT)]
    assert records[0]["doi"] == "10.5555/made.up.17" and records[1]["arxiv_id"] == "2101.01234"


def test_a_year_alone_over_a_title_is_no_heading():
    """Guard: a title that is a year ("1984") under an item line stays the title: a year alone
    heads a group only where an item line follows it."""
    text = PROFILE_HEAD + "article2021Journal of Made-up Results\n\n1984\n\n" + ABSTRACT + "\n"
    kind, records, rejects = extract_document(make_doc(text))
    assert kind == "profile_page"
    assert [(r["title"], r["year"]) for r in records] == [("1984", 2021)]


def test_a_yearless_item_line_outside_a_year_group_is_no_item():
    """Guard: "kind · source" without a year is read only under a year heading."""
    from extractors.profile_page import ProfilePageExtractor

    text = PROFILE_HEAD + "article · Journal of Made-up Results\n\nSparse Things\n\n" + ABSTRACT + "\n"
    assert ProfilePageExtractor().sniff(make_doc(text)) == 0.0


# --------------------------------------------------------------------------- daily-papers pages


def _wrap(text: str, width: int) -> list[str]:
    rows, row = [], ""
    for w in text.split():
        if row and len(row) + 1 + len(w) > width:
            rows.append(row)
            row = w
        else:
            row = f"{row} {w}" if row else w
    return rows + [row]


def test_a_text_browser_dump_is_read_as_its_paragraphs():
    title = "[7]Sparse Things in Made-up Graphs and the Quiet Reasons Behind Their Dense Regrowth"
    body = ["   " + r for r in _wrap(title, 60)] + [""] + ["   " + r for r in _wrap(LONG_ABSTRACT, 60)]
    text = ("   [1]Subscribe\n\n   Daily Papers\n\n   Jan 8\n\n" + "\n".join(body)
            + "\n\n   [8]Made-up Lab\n   ·\n   Mar 16, 2024 12\n\nReferences\n\n   1. https://example.org/a\n"
            "   7. https://example.org/p/7\n   8. https://example.org/o/8\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    (r,) = records
    assert r["title"] == title[3:]
    assert (r["abstract"], r["org"], r["upvotes"], r["year"]) == (LONG_ABSTRACT, "Made-up Lab", 12, 2024)


def test_an_unwrapped_page_keeps_its_short_lines_apart():
    """Guard: on a page whose lines are as long as its abstracts, a title and the block's short
    lines are never joined (no line before them is full)."""
    text = DAILY_HEAD + "Sparse Things\n" + LONG_ABSTRACT + "\n  • 3 authors\n·\nMar 16, 2024 12\n"
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["author_count"], r["upvotes"]) for r in records] == [("Sparse Things", 3, 12)]


def test_counter_chips_under_a_block_and_load_more_are_no_entries():
    text = (DAILY_HEAD + "Sparse Things\n\n" + LONG_ABSTRACT + "\n\n  • 3 authors\n·\nMar 16, 2024 12\nGitHub ★ 1.2k\n💬 3\n\n"
            "Dense Things\n\n" + LONG_ABSTRACT + "\n\nMade-up Lab\n·\nMar 17, 2024\n★ 87\n\nLoad more\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["upvotes"]) for r in records] == [("Sparse Things", 12), ("Dense Things", None)]


def test_a_vote_line_before_the_next_title_stays_its_upvotes():
    """Guard: "▲ 34" after a blank line, before a title, is the next entry's upvotes, not a chip
    of the entry before (a chip stands in its block's paragraph)."""
    text = (DAILY_HEAD + "Sparse Things\n\n" + LONG_ABSTRACT + "\n\n  • 3 authors\n·\nMar 16, 2024\n\n▲ 34\n\n"
            "Dense Things\n\n" + LONG_ABSTRACT + "\n\n  • 2 authors\n·\nMar 17, 2024\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["upvotes"]) for r in records] == [("Sparse Things", None), ("Dense Things", 34)]


def test_a_profile_captured_as_rows_is_read_by_its_rows():
    """Title, names, the source ending in the year, then the count and the year (or the year
    alone): the closing pair (a source ending in a year over that year) makes the row."""
    text = ("Ann Example\nProfessor of Made-up Studies\n\nCited by\tVIEW ALL\n\nCitations\t120\t80\n\n"
            "TITLE\tCITED BY\tYEAR\n\nSparse Things in Graphs\nA Lee, B Chen\nJournal of Made-up Results 12 (3), 45-67, 2019\n"
            "31\t2019\n\nDense Things\nC Roe\narXiv preprint arXiv:2101.01234, 2021\n2021\n\n"
            "Quiet Things\nA Lee, D Poe, ...\nMade-up Letters 4, 2020\n7\t2020\n\nShow more\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["year"], r["venue"]) for r in records] == [
        ("Sparse Things in Graphs", 2019, "Journal of Made-up Results"), ("Dense Things", 2021, "arXiv"),
        ("Quiet Things", 2020, "Made-up Letters")]
    assert records[1]["arxiv_id"] == "2101.01234"


def test_a_year_alone_after_a_line_with_another_year_closes_no_row():
    """Guard: a line ending in ", 2019" over "2020" is no row (the two years differ), and a CV
    line ending in a year over a year heading makes no profile."""
    from extractors.profile_page import ProfilePageExtractor

    text = ("Ann Example\n\nSparse Things, Journal of Made-up Results, 2019\n2020\n"
            "Dense Things, Made-up Letters, 2018\n2021\nQuiet Things, Made-up Reports, 2017\n2022\n")
    assert ProfilePageExtractor().sniff(make_doc(text)) == 0.0
