"""The rules added when round 12 of the seed page formats was studied (wt-seedfmt7), each on
pages invented here (names, titles and venues of our own), with a guard where a rule could
take too much.

Listing pages: marks after the names (superscript affiliation numbers, "*", "†"), a rank before
the header, a title-and-names line wrapped over two lines. Profile pages: a list printed as
cards (blocks with one date line each, the title before or after it). Daily-papers pages: the
page known by its structure, a Markdown copy's marks, a rank line before the title, worded
upvotes, names then the count of all.
"""

from __future__ import annotations

from scholarlake.extraction import extract_document

from .conftest import make_doc

ABSTRACT = "An abstract line of our own, a sentence or two long, about the method."


# --------------------------------------------------------------------------- listing pages


def test_a_listing_takes_the_marks_off_the_names():
    """Superscript affiliation numbers (with or without commas) and "*" / "†" after a name."""
    from extractors.listing_page import split_title_authors

    assert split_title_authors("Sparse Things in GraphsAnn Lee¹²*, Bo Chen²†, Cy Roe¹,³ et al.") == (
        "Sparse Things in Graphs", ["Ann Lee", "Bo Chen", "Cy Roe"], True)
    assert split_title_authors("Dense ThingsDe Lu*, Ed Ma") == ("Dense Things", ["De Lu", "Ed Ma"], False)


def test_a_superscript_inside_a_title_stays():
    """Guard: a superscript in a title's word in small letters is the title's."""
    from extractors.listing_page import split_title_authors

    assert split_title_authors("Scaling of x² ModelsAnn Lee¹") == ("Scaling of x² Models", ["Ann Lee"], False)


def test_a_listing_with_ranks_before_its_headers():
    text = ("1. LGJun 3Code\nSparse ThingsAnn Lee, Bo Chen\n" + ABSTRACT + "\n\n"
            "2. CVJul 7, 2022\nDense ThingsCy Roe\n" + ABSTRACT + "\n\n"
            "#3 AIMar 2, 2021\nOther ThingsDe Lu\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["year"], r["category"], r["score"]) for r in records] == [
        ("Sparse Things", 2026, "LG", None), ("Dense Things", 2022, "CV", None), ("Other Things", 2021, "AI", None)]


def test_a_score_is_no_rank():
    """Guard: a score's period has digits after it ("94.5 LG Jun 3"): still the score."""
    text = "94.5 LG Jun 3 Code\nSparse ThingsAnn Lee, Bo Chen\n" + ABSTRACT + "\nCV Jul 7, 2022\nDense ThingsCy Roe\n"
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [r["score"] for r in records] == [94.5, None]


def test_a_listing_title_wrapped_over_two_lines():
    """A narrow capture: the title's first part alone, the rest glued to the names; the page is
    found by its records though its second line is no title-and-names line."""
    text = ("LGJun 3Code\nSparse Things in Very Large and Deep Graphs of\nRandom Trees at ScaleAnn Lee, Bo Chen et al.\n"
            + ABSTRACT + "\n\nCVJul 7, 2022\nDense ThingsCy Roe\n" + ABSTRACT + "\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["authors"], r["abstract"]) for r in records] == [
        ("Sparse Things in Very Large and Deep Graphs of Random Trees at Scale", ["Ann Lee", "Bo Chen"], ABSTRACT),
        ("Dense Things", ["Cy Roe"], ABSTRACT)]


def test_a_wrapped_titles_first_part_may_read_alone():
    """"Limits on the 40Ar Neutrino" reads alone as a title and a name ("Ar Neutrino"); the line
    after it reads as a title and names too, which no abstract does: the two are one line."""
    text = ("LGJun 3\nLimits on the 40Ar Neutrino\nCapture RateAnn Lee, Bo Chen\n" + ABSTRACT + "\n"
            "CVJul 7, 2022\nDense ThingsCy Roe\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("listing_page", [])
    assert [(r["title"], r["authors"]) for r in records] == [
        ("Limits on the 40Ar Neutrino Capture Rate", ["Ann Lee", "Bo Chen"]), ("Dense Things", ["Cy Roe"])]


def test_an_abstract_is_never_joined_to_the_title_line():
    """Guard: a title line that reads, then prose: the prose is the abstract."""
    text = "LGJun 3\nSparse ThingsAnn Lee, Bo Chen\n" + ABSTRACT + "\nCVJul 7, 2022\nDense ThingsCy Roe\n"
    kind, records, rejects = extract_document(make_doc(text))
    assert [(r["title"], r["abstract"]) for r in records] == [("Sparse Things", ABSTRACT), ("Dense Things", None)]


# --------------------------------------------------------------------------- profile pages

WORKS = ("Ann Example\n\nBiography\n\nA researcher of our own invention.\n\nWorks (3)\n\n"
         "Sparse Things in Graphs\nGraph Letters\n2021-03-04 | journal-article\nDOI: 10.1234/gl.2021.77\nSource: Crossref\n\n"
         "Dense Things\nProceedings of the Tree Meeting\n2019 | conference-paper\nSource: Ann Example\n\n"
         "Other Things\narXiv\n2020-11 | preprint\nURL: https://example.org/p/3\nSource: DataCite\n")


def test_a_profile_printed_as_cards_with_the_title_first():
    """Works cards: the title, the journal, the date line with the kind; labelled lines."""
    kind, records, rejects = extract_document(make_doc(WORKS))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["venue"], r["year"], r["record_type"], r.get("doi")) for r in records] == [
        ("Sparse Things in Graphs", "Graph Letters", 2021, "journal-article", "10.1234/gl.2021.77"),
        ("Dense Things", "Proceedings of the Tree Meeting", 2019, "conference-paper", None),
        ("Other Things", "arXiv", 2020, "preprint", None)]


def test_a_profile_printed_as_cards_with_the_title_after_the_date():
    """Research-item cards: the kind alone, a badge on some, "Mar 2021 · Venue", the title, the
    names with middle dots and the middle cut."""
    text = ("Ann Example\nNorthfield University\n\nResearch items (3)\n\n"
            "Article\nFull-text available\nMar 2021 · Graph Letters\nSparse Things in Graphs\n"
            "Ann Lee · Bo Chen · [...] · Cy Roe\n\n"
            "Conference Paper\nJun 2019 · Proceedings of the Tree Meeting\nDense Things\nAnn Lee · De Lu\n\n"
            "Preprint\nFull-text available\nNov 2020\nOther Things\nAnn Lee · Ed Ma\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("profile_page", [])
    assert [(r["title"], r["venue"], r["year"], r["record_type"]) for r in records] == [
        ("Sparse Things in Graphs", "Graph Letters", 2021, "Article"),
        ("Dense Things", "Proceedings of the Tree Meeting", 2019, "Conference Paper"),
        ("Other Things", None, 2020, "Preprint")]
    assert (records[0]["authors"], records[0]["authors_truncated"]) == (["Ann Lee", "Bo Chen", "Cy Roe"], True)


def test_year_groups_of_entries_are_no_cards():
    """Guard: a year alone over an entry (a CV's year groups) is a heading, no card's date."""
    from extractors.profile_page import ProfilePageExtractor

    text = "".join(f"{2020 + k}\nAnn Lee, Bo Chen. Sparse Things {k}. Graph Letters.\n\n" for k in range(6))
    assert ProfilePageExtractor().sniff(make_doc(text)) == 0.0


def test_a_numbered_list_is_no_cards():
    """Guard: entries that open with their numbers are a list's, left to the list readers."""
    from extractors.profile_page import ProfilePageExtractor

    text = "".join(f"{k}) Sparse Things {k}\nGraph Letters\n202{k}-03 | journal-article\n\n" for k in range(1, 6))
    assert ProfilePageExtractor().sniff(make_doc(text)) == 0.0


# --------------------------------------------------------------------------- daily-papers pages

LONG = "We study a question of our own at length and report what we found. " * 4


def test_a_daily_page_known_by_its_structure():
    """No "Daily Papers" in the chrome, no author count: the page's date over dated author blocks
    (an organisation's, or naming the first authors) makes the page."""
    blocks = ("Moonshot AI", "Ann Lee, Bo Chen +3", "Google DeepMind", "Cy Roe, De Lu")
    text = ("Trending research\n\nJan 8\n\n" + "".join(
        f"Thing Number {k}\n\n{LONG}\n\n{who}\n·\nMar {k + 1}, 2024 {k}\n\n" for k, who in enumerate(blocks)))
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["year"]) for r in records] == [(f"Thing Number {k}", 2024) for k in range(4)]


def test_two_dated_blocks_make_no_daily_page():
    """Guard: fewer than three dated blocks may be chance."""
    from extractors.daily_papers import DailyPapersExtractor

    text = "Notes\n\nJan 8\n\n" + "".join(f"Thing {k}\n\n  • 2 authors\n·\nMar 4, 2024\n\n" for k in range(2))
    assert DailyPapersExtractor().sniff(make_doc(text)) == 0.0


def test_a_markdown_copy_of_the_daily_page():
    text = ("# Daily Papers\n\nby [AK](https://example.org/ak) and the research community\n\nJan 8\n\n"
            f"### [Sparse Things](https://example.org/papers/1)\n\n{LONG}\n\n- 3 authors · Mar 4, 2024 · 5\n\n---\n\n"
            "### [Dense Things](https://example.org/papers/2)\n\n- Moonshot AI · Feb 6\n\n---\n\n"
            f"### [Other Things](https://example.org/papers/3)\n\n{LONG}\n\n- 2 authors · Jan 2, 2023\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["year"], r["upvotes"], r["org"]) for r in records] == [
        ("Sparse Things", 2024, 5, None), ("Dense Things", 2025, None, "Moonshot AI"), ("Other Things", 2023, None, None)]


def test_a_ranked_daily_page_with_worded_upvotes_and_named_authors():
    text = ("Daily Papers\n\nJan 8\n\n"
            f"#1\n\nSparse Things\n\n{LONG}\n\nAnn Lee, Bo Chen · 6 authors\n·\nMar 4, 2024 · 12 upvotes\n\n"
            f"#2\n\nDense Things\n\n{LONG}\n\n  • 1 author\n·\nFeb 6 · 1 upvote\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["year"], r["upvotes"], r["authors"], r["authors_truncated"]) for r in records] == [
        ("Sparse Things", 2024, 12, ["Ann Lee", "Bo Chen"], True), ("Dense Things", 2025, 1, [], True)]


def test_a_vote_count_before_the_title_is_still_the_upvotes():
    """Guard: the rank's number sign tells it from the vote count alone on its line."""
    text = ("Daily Papers\n\nJan 8\n\n"
            f"12\n\nSparse Things\n\n{LONG}\n\n  • 3 authors\n·\nMar 4, 2024\n\n"
            f"#2\n\nDense Things\n\n{LONG}\n\n  • 2 authors\n·\nFeb 6, 2023\n")
    kind, records, rejects = extract_document(make_doc(text))
    assert (kind, rejects) == ("daily_papers", [])
    assert [(r["title"], r["upvotes"]) for r in records] == [("Sparse Things", 12), ("Dense Things", None)]
