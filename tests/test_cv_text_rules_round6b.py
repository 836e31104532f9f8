"""Rules learnt from round 6 of the plain-text CV layouts (tests/cv_text_layouts.py ROUND6,
studied since wt-cvtext7), each with a hand-made document of our own (invented names, titles
and venues) that fails without its rule: the accounting guarantee (``extractors/
unread_entries.py`` and ``scholarlake/extraction.py``: no entry of an unread text lost without a
reject), ``extractors/text_dialects.py`` (CR LF line ends, numeric month/year dates, a pasted
table of several-line cells), ``extractors/markdown_page.py`` (a line of names as a field of
its own, a spaced dash ending the names, a page's head on a list read by its look),
``extractors/citations.py`` (a quoted title's fields parted by dashes, a year alone no venue's
numbers, a lone Vancouver name).
"""

from __future__ import annotations

from scholarlake.extraction import extract_document

from .conftest import make_doc


def read(text: str, name: str):
    return extract_document(make_doc(text.encode("utf-8"), f"mem://{name}.txt"))


def fields(records):
    return [(r["title"], r["authors"], r["year"], r["venue"]) for r in records]


# --- the accounting: an unread document's entries are rejects, each with its text

# Two references pasted in a shape no reader knows (each a key, its fields after "=>"): too few
# entries for a list read by its look, so the document stays unknown; its entries must still
# each be a reject.
UNKNOWN_SHAPE = """~~ ref-dump v2 ~~

ref 1 => Lee, Ann; Chen, Bo => "Sparse things in large graphs" => Graph Letters 3 (2), 1-9 => 2021

ref 2 => Roe, Cy => "Dense things in small graphs" => Journal of Trees 12 (4), 10-19 => 2020

~~ end ~~
"""


def test_an_unread_documents_entries_are_each_a_reject():
    """extraction._unread_rejects: a text no reader reads gave one reject for the whole file,
    its entries lost with no trace; each stretch that looks like an entry is a reject now,
    with the stretch as its excerpt, after the document's own reject."""
    kind, records, rejects = read(UNKNOWN_SHAPE, "ref-dump")
    assert kind == "unknown" and not records
    assert rejects[0]["ordinal"] is None and "no extractor recognises" in rejects[0]["reason"]
    assert [r["ordinal"] for r in rejects[1:]] == [1, 2]
    assert all(t in r["excerpt"] for r, t in zip(rejects[1:], ("Sparse things", "Dense things")))


def test_stretches_close_at_their_year_or_open_with_it():
    """unread_entries: within a paragraph a line with a year ends an entry ("Title" / "Names"
    / "Venue, 2021"), unless the paragraph opens with a year: then each year opens one (a
    wrapped "Lee, A. (2021). Title" / "that goes on."); a log's lines, no entry's look, none;
    and a document of more stretches than ENTRIES_MAX gives none (no list)."""
    from extractors import unread_entries as u

    closed = ["Sparse things in large graphs", "A. Lee, B. Chen", "Graph Letters 3 (2), 1-9, 2021",
              "Dense things in small graphs", "C. Roe", "Journal of Trees 12 (4), 10-19, 2020"]
    got = u.unread_entries(closed)
    assert len(got) == 2 and got[0].startswith("Sparse things") and got[1].startswith("Dense things")
    opened = ["Lee, A., & Chen, B. (2021). Sparse things in large graphs and the walks", "that cross them. Graph Letters, 3(2), 1-9.",
              "Roe, C. (2020). Dense things in small graphs. Journal of Trees, 12(4), 10-19."]
    got = u.unread_entries(opened)
    assert len(got) == 2 and got[0].endswith("1-9.") and got[1].startswith("Roe, C.")
    log = [f"2023-03-{d:02d} 10:12:01,532 INFO [worker-3] Started job {d} for the nightly run" for d in range(1, 20)]
    assert u.unread_entries(log) == []
    many = [f"Lee, A. ({1900 + k % 100}). Title number {k} here. Graph Letters, 3(2), 1-9.\n" for k in range(u.ENTRIES_MAX + 1)]
    assert u.unread_entries([ln for m in many for ln in (m.strip(), "")]) == []


# --- a citation table pasted from a profile page: title / names / venue, counts after tabs

SCHOLAR_LIKE = """Ann B. Lee
Professor of Graph Studies, Eastbrook University
Verified email at example.org

TITLE\tCITED BY\tYEAR
Sparse things in large graphs
AB Lee, B Chen, C Roe
Graph Letters 3 (2), 1-9, 2021\t57\t2021
Dense things in small graphs
AB Lee
Journal of Trees, 10-19, 2020\t\t2020
Walks on random trees and their leaves
D Wu, AB Lee
arXiv preprint arXiv:1901.01234, 2019\t4 *\t2019
A note on the counting of tall trees
AB Lee, C Roe
2018\t\t2018

Show more
"""


def test_a_pasted_table_of_several_line_cells_is_a_list_of_entries():
    """text_dialects.multiline_cell_rows and markdown_page._soft_wrapped_fields: a table whose
    first cells hold several lines (title, names, venue), its counts and year after tabs on
    each row's last line, was no document any reader knew; each row is an entry, its names the
    line that is wholly names, its year the row's (the year column when the text prints none)."""
    kind, records, rejects = read(SCHOLAR_LIKE, "scholar-like")
    assert kind == "markdown_page" and not rejects
    assert fields(records) == [
        ("Sparse things in large graphs", ["A. B. Lee", "B. Chen", "C. Roe"], 2021, "Graph Letters"),
        ("Dense things in small graphs", ["AB Lee"], 2020, "Journal of Trees"),
        ("Walks on random trees and their leaves", ["D. Wu", "A. B. Lee"], 2019, "arXiv preprint"),
        ("A note on the counting of tall trees", ["A. B. Lee", "C. Roe"], 2018, None)]


def test_a_tab_table_of_one_line_rows_is_no_multiline_table():
    """multiline_cell_rows leaves a table whose rows are one line each (tab_tables' spreadsheet)
    and a header over fewer than MULTILINE_ROWS rows alone."""
    from extractors.text_dialects import multiline_cell_rows

    one_line = "Title\tAuthors\tYear\nSparse things\tA. Lee\t2021\nDense things\tB. Chen\t2020\nWalks\tC. Roe\t2019\n"
    assert multiline_cell_rows(one_line) == one_line
    short = "TITLE\tCITED BY\tYEAR\nSparse things\nA Lee\nGraph Letters, 2021\t3\t2021\n"
    assert multiline_cell_rows(short) == short


def test_a_title_line_over_a_line_of_names_is_three_fields():
    """markdown_page._soft_wrapped_fields: "Title" (no full stop) over "AB Lee, C Roe" over
    "Venue, 2021" was one run of words, no reading; a capitalised line of a title ("Graph
    Theory", no initial) is no line of names, and a block that prints no year is not
    regrouped (a page's head: "Portal of X" over "A. B. Lee")."""
    from extractors.markdown_page import _soft_wrapped_fields, read_block

    assert read_block("Sparse things in large graphs\nAB Lee, C Roe\nGraph Letters 3 (2), 1-9, 2021")[:5] == (
        ["AB Lee", "C Roe"], False, "Sparse things in large graphs", "Graph Letters", 2021)
    assert read_block("Walks on random trees\nC. M. Roe\narXiv preprint arXiv:1901.01234, 2019")[:5] == (
        ["C. M. Roe"], False, "Walks on random trees", "arXiv preprint", 2019)
    assert _soft_wrapped_fields("An Introduction to\nGraph Theory\nTree Press, 2019") is None
    assert _soft_wrapped_fields("Research portal of Eastbrook\nA. B. Lee") is None


# --- Europass saved from Word as text: CR LF, MM/YYYY, fields parted by " – "

EUROPASS_LIKE = ("Curriculum Vitae\r\n\r\nPersonal information\r\nFirst name(s) / Surname(s)\tAnn B. Lee\r\n\r\n"
                 "Work experience\r\nDates\t09/2015 \u2013 present\r\n\r\nAdditional information\r\n\r\n"
                 "Publications\tJournal Articles\r\n"
                 "\t\u25aa \u201cSparse things in large graphs\u201d \u2013 A.B. Lee, B. Chen, C. Roe \u2013 "
                 "Graph Letters 3(2): 1\u20139 \u2013 03/2021\r\n"
                 "\t\u25aa \u201cDense things in small graphs\u201d \u2013 C. Roe, A.B. Lee \u2013 11/2020\r\n"
                 "\t\u25aa \u201cWalks on random trees\u201d \u2013 A.B. Lee \u2013 Tree Review \u2013 2019\r\n\r\n"
                 "Languages\r\nMother tongue(s)\tEnglish\r\n")


def test_a_europass_cv_saved_as_windows_text_is_read():
    """text_dialects.line_ends and month_year_dates, citations.parse_quoted_title_first,
    markdown_page._name_run_end/_names_end: the CR LF document was unknown (a "\\r" closed
    every line), its "03/2021" dates no year; once read, a spaced dash after the names put the
    last name in the venue, and with no venue the last name was taken for one."""
    kind, records, _ = read(EUROPASS_LIKE, "europass-like")
    assert kind == "markdown_page"
    assert fields(records) == [
        ("Sparse things in large graphs", ["A.B. Lee", "B. Chen", "C. Roe"], 2021, "Graph Letters"),
        ("Dense things in small graphs", ["C. Roe", "A.B. Lee"], 2020, None),
        ("Walks on random trees", ["A.B. Lee"], 2019, "Tree Review")]


def test_numeric_dates_in_paths_and_dois_stay():
    """month_year_dates: a month/year between spaces or punctuation is its year; in a path, a
    DOI or a range of numbers it is none."""
    from extractors.text_dialects import line_ends, month_year_dates

    assert month_year_dates("Venue \u2013 03/2021.") == "Venue \u2013 2021."
    assert month_year_dates("(11/1999)") == "(1999)"
    kept = "https://example.org/03/2021/post doi:10.1000/12/2021 pages 13/2021"
    assert month_year_dates(kept) == kept
    assert line_ends("a\r\nb\rc\n") == "a\nb\nc\n"


def test_a_year_alone_is_no_venues_numbers():
    """citations.parse_quoted_title_first: '"Title" – A. Lee, B. Chen – 2021' took "B. Chen"
    for the venue (the piece before the first number); a year alone is no volume."""
    from extractors.citations import parse_quoted_title_first

    got = parse_quoted_title_first("\u201cDense things in small graphs\u201d \u2013 C. Roe, A.B. Lee \u2013 2020")
    assert (got.authors, got.venue, got.year) == (["C. Roe", "A.B. Lee"], None, 2020)
    got = parse_quoted_title_first("'Dense things in small graphs'. C. Roe, A. Lee, Journal of Trees, vol. 12, 2020")
    assert (got.authors, got.venue, got.year) == (["C. Roe", "A. Lee"], "Journal of Trees", 2020)


# --- a page's head on a list read by its look


def test_a_given_name_cut_at_its_initial_is_no_vancouver_author():
    """citations.parse_vancouver: "Ann B. Lee Professor of ..." (a page's head) read as the
    Vancouver name "B. Ann" and a title; one name alone with no year is none, one with a
    year still reads."""
    from extractors.citations import parse_vancouver

    assert parse_vancouver("Ann B. Lee Professor of Graph Studies, Eastbrook University") is None
    got = parse_vancouver("Lee AB. Counting the leaves of tall trees. Tree Rev. 2013;5(1):20-9.")
    assert (got.authors, got.year) == (["A. B. Lee"], 2013)


def test_a_page_head_on_a_list_read_by_its_look_is_no_record():
    """markdown_page._body: on a page with no publications heading, read by its entries' look,
    the owner's name over a line of affiliation was a record (no year, no venue); it is
    furniture as an unread block there is. A block with a year still reads."""
    text = ("Ann B. Lee\nProfessor of Graph Studies, Eastbrook University\n\n"
            "Lee, A. B., & Chen, B. (2021). Sparse things in large graphs. Graph Letters, 3(2), 1-9.\n\n"
            "Roe, C., & Lee, A. B. (2020). Dense things in small graphs. Journal of Trees, 12(4), 10-19.\n\n"
            "Lee, A. B. (2019). Walks on random trees. Tree Review, 5(1), 20-29.\n")
    kind, records, rejects = read(text, "head-by-look")
    assert kind == "markdown_page" and not rejects
    assert [r["title"] for r in records] == ["Sparse things in large graphs", "Dense things in small graphs",
                                            "Walks on random trees"]
