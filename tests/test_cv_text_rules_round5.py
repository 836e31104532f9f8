"""Rules learnt from round 4 of the plain-text CV layouts (tests/cv_text_layouts.py ROUND4,
studied since wt-cvtext5), each with a hand-made document of our own (invented names and
titles) that fails without its rule: ``extractors/text_dialects.py`` (plain-text dialects
written as Markdown before the page reader reads them) and ``extractors/markdown_tables.py``.
"""

from __future__ import annotations

from scholarlake.extraction import extract_document

from .conftest import make_doc


def read(text: str, name: str):
    return extract_document(make_doc(text.encode("utf-8"), f"mem://{name}.txt"))


def fields(records):
    return [(r["title"], r["authors"], r["year"], r["venue"]) for r in records]


WANT = [("Sparse things in large graphs", ["Ann Lee", "Bo Chen"], 2021, "Graph Letters"),
        ("Dense things in small graphs", ["Cy Roe", "Ann Lee"], 2020, "Journal of Trees"),
        ("Walks on random trees", ["Ann Lee", "Cy Roe", "Dan Wu"], 2019, "Proc. Tree Meeting")]


# --- e-mail quotes

QUOTED = ("Thanks, forwarding it now.\n\nOn Mon, 3 Apr 2023, Ann Lee <lee@example.edu> wrote:\n> Hi,\n>\n"
          "> my list, as asked.\n>\n> PUBLICATIONS\n>\n"
          "> 1. Ann Lee and Bo Chen. Sparse things in large graphs. Graph Letters,\n>    3:1-9, 2021.\n"
          "> 2. Cy Roe and Ann Lee. Dense things in small graphs. Journal of Trees,\n>    2:10-19, 2020.\n"
          "> 3. Ann Lee, Cy Roe, and Dan Wu. Walks on random trees. Proc. Tree\n>    Meeting, pp. 5-8, 2019.\n>\n")


def test_a_list_quoted_in_an_email_reply_is_read():
    """text_dialects.email_unquoted: with "> " before every line the list was one block quote
    whose heading and items the reader did not look into (the document unknown, or its
    entries read by look); the quote marks of a run of EMAIL_QUOTE_LINES lines go."""
    kind, records, _ = read(QUOTED, "quoted")
    assert kind == "markdown_page"
    assert fields(records) == WANT


def test_a_short_quote_stays_quoted():
    """EMAIL_QUOTE_LINES: a quoted line or two in a reply is left as it is."""
    from extractors.text_dialects import EMAIL_QUOTE_LINES, email_unquoted

    short = "Reply.\n" + "> quoted line\n" * (EMAIL_QUOTE_LINES - 1) + "Bye.\n"
    assert email_unquoted(short) == short
    long = "Reply.\n" + "> quoted line\n" * EMAIL_QUOTE_LINES + "Bye.\n"
    assert email_unquoted(long) == "Reply.\n\n" + "quoted line\n" * EMAIL_QUOTE_LINES + "\nBye.\n"


# --- reStructuredText

RST = ("=========\n Ann Lee\n=========\n\n:Email: lee@example.edu\n\nPublications\n============\n\n"
       "#. Ann Lee and **Bo Chen**. *Sparse things in large graphs.* Graph Letters, 2021.\n\n"
       "#. Cy Roe and Ann Lee. *Dense things in small graphs.* Journal of Trees,\n   2020.\n\n"
       "#. Ann Lee, Cy Roe, and Dan Wu. *Walks on random trees.* Proc. Tree Meeting,\n   2019.\n\n"
       "#. Ann Lee. *Counting trees fast.* `arXiv:2101.00001 <https://arxiv.org/abs/2101.00001>`_, 2021.\n")


def test_rst_auto_numbered_items_are_entries():
    """text_dialects.rst_markup: reStructuredText's "#." (the list numbers itself) was read as
    part of each entry (every entry a reject); it is an ordered item's mark, and a link
    "`text <url>`_" is the text it shows."""
    kind, records, rejects = read(RST, "rst")
    assert kind == "markdown_page" and not rejects
    assert fields(records)[:3] == WANT
    assert (records[3]["title"], records[3]["year"]) == ("Counting trees fast", 2021)
    assert records[3]["venue"].startswith("arXiv") and "`" not in records[3]["venue"]


def test_one_hash_dot_line_is_no_rst_list():
    """RST_AUTO_ITEMS: a lone "#." line is left as it is."""
    from extractors.text_dialects import rst_markup

    assert rst_markup("#. one\nplain\n") == "#. one\nplain\n"
    assert rst_markup("#. one\n#. two\n") == "1. one\n1. two\n"


# --- LaTeX source

TEX = ("% my CV\n\\documentclass{article}\n\\usepackage{enumitem}\n\\begin{document}\n"
       "{\\LARGE Ann Lee}\n\n\\section*{Publications}\n\\begin{enumerate}\n"
       "  \\item \\textbf{A.~Lee} and B.~Chen.\n  \\newblock \\emph{Sparse things in large graphs.}\n"
       "  \\newblock Graph Letters, 3(2):1--9, 2021.\n"
       "  \\item C.~Roe and \\textbf{A.~Lee}.\n  \\newblock \\emph{Dense things \\& small graphs.}\n"
       "  \\newblock In \\emph{Proc. Tree Meeting}, pages 10--19, 2020.\n"
       "  \\item \\textbf{A.~Lee}, C.~Roe, and D.~Wu. % a note to myself\n  \\newblock \\emph{Walks on random trees.}\n"
       "  \\newblock Journal of Trees, 2019.\n\\end{enumerate}\n\\end{document}\n")


def test_a_latex_source_cv_is_read():
    """text_dialects.latex_source: a CV sent as its .tex source was "no extractor recognises
    this document"; written as Markdown (sections as headings, items, emphasis, ties, "--",
    "\\&") it is a publication list."""
    kind, records, rejects = read(TEX, "tex")
    assert kind == "markdown_page" and not rejects
    assert fields(records) == [
        ("Sparse things in large graphs", ["A. Lee", "B. Chen"], 2021, "Graph Letters"),
        ("Dense things & small graphs", ["C. Roe", "A. Lee"], 2020, "Proc. Tree Meeting"),
        ("Walks on random trees", ["A. Lee", "C. Roe", "D. Wu"], 2019, "Journal of Trees")]


def test_text_with_a_backslash_or_two_items_is_no_latex():
    """LATEX_ITEMS: a text with no \\begin{document} and fewer \\item lines is left as it is."""
    from extractors.text_dialects import LATEX_ITEMS, latex_source

    text = "A path C:\\temp and\n" + "\\item one\n" * (LATEX_ITEMS - 1)
    assert latex_source(text) == text
    assert latex_source("\\item \\emph{a}\n" * LATEX_ITEMS).split("\n")[0] == "- *a*"
    fenced = "# Notes\n\nMy CV's source:\n\n```latex\n\\begin{document}\n\\item one\n\\end{document}\n```\n"
    assert latex_source(fenced) == fenced


# --- console tables

# (opened by a line of its own: a paste that opens with the console's prompt is taken for a CSV
# file by records_table, whose header the prompt's commas make; seen and left alone, see the log)
PSQL = ("Publications of Ann Lee, from the group's paper database\n\n"
        "papers=> SELECT year, title, authors, venue, kind FROM papers\n"
        "papers->   ORDER BY year DESC;\n"
        " year |             title             |      authors       |       venue        |    kind\n"
        "------+-------------------------------+--------------------+--------------------+------------\n"
        " 2021 | Sparse things in large graphs | Ann Lee, Bo Chen   | Graph Letters      | journal\n"
        " 2020 | Dense things in small graphs  | Cy Roe, Ann Lee    |                    | conference\n"
        " 2019 | Walks on random trees         | Ann Lee, Cy Roe    | Proc. Tree Meeting | conference\n"
        "(3 rows)\n\n")


def test_a_console_table_is_read_by_its_header():
    """text_dialects.console_tables: psql's aligned output (a "-----+-----" rule under the
    header) was no table (its prompt, rule and row count rejects, its rows lost); written as a
    pipe table it is read by its header's names, the prompt and "(3 rows)" go with it; an
    empty venue cell is no venue (markdown_tables: the "kind" cell stood in for it)."""
    kind, records, rejects = read(PSQL, "psql")
    assert kind == "markdown_page" and not rejects
    assert fields(records) == [
        ("Sparse things in large graphs", ["Ann Lee", "Bo Chen"], 2021, "Graph Letters"),
        ("Dense things in small graphs", ["Cy Roe", "Ann Lee"], 2020, None),
        ("Walks on random trees", ["Ann Lee", "Cy Roe"], 2019, "Proc. Tree Meeting")]


def test_a_column_of_no_field_keeps_links():
    """markdown_tables.row_block: beside named title and venue columns, a cell of another
    column is dropped unless it is a link or an identifier."""
    from extractors.markdown_tables import row_block

    lines = row_block(["Title", "Authors", "Venue", "Kind", "Link"],
                      ["Sparse things", "Ann Lee", "", "journal", "https://example.org/p1"])
    assert not any("journal" in ln for ln in lines) and any("https://example.org/p1" in ln for ln in lines)


# --- right-margin labels

AMS = ("ANN LEE\n\nPUBLICATIONS\n\n"
       "Lee, A., and B. Chen, 2021: Sparse things in large graphs.         J3\n"
       "    Graph Letters, 3, 1-9.\n\n"
       "Roe, C., and A. Lee, 2020: Dense things in small graphs and        J2\n"
       "    trees. Journal of Trees, 2, 10-19.\n\n"
       "Lee, A., C. Roe, and D. Wu, 2019: Walks on random trees of        J1\n"
       "    bounded degree. Proc. Tree Meeting, 5-8.\n")


def test_reference_labels_in_the_right_margin_go():
    """text_dialects.right_margin_labels: the list's own numbers set right on each entry's
    first line ("J3") fell into the title when the lines were joined ("Dense things in small
    graphs and J2 trees"); a column of such labels, RIGHT_LABEL_LINES lines or more, goes."""
    kind, records, rejects = read(AMS, "ams")
    assert kind == "markdown_page" and not rejects
    assert [(r["title"], r["year"]) for r in records] == [
        ("Sparse things in large graphs", 2021), ("Dense things in small graphs and trees", 2020),
        ("Walks on random trees of bounded degree", 2019)]


def test_margin_labels_need_a_column_of_them():
    """RIGHT_LABEL_LINES and the year: two labelled lines stay; a year set right is no label."""
    from extractors.text_dialects import right_margin_labels

    two = "Title one         J2\nmore\nTitle two         J1\n"
    assert right_margin_labels(two) == two
    years = "Title one       2021\nTitle two       2020\nTitle three     2019\n"
    assert right_margin_labels(years) == years


# --- a page range after the volume's colon


def test_pages_after_a_volumes_colon_leave_no_volume_in_the_venue():
    """cv_entries._PAGES_END: "Graph Letters, 3:1-9, 2021" had the venue "Graph Letters, 3:"
    (the pages cut, the colon left, so the volume stayed); "3(2):1–9" alike."""
    from extractors.cv_entries import parse_entry

    for tail in ("3:1-9, 2021.", "3(2):1\u20139, 2021.", "3, 1-9, 2021."):
        got = parse_entry(f"Ann Lee and Bo Chen. Sparse things in large graphs. Graph Letters, {tail}")
        assert got.venue == "Graph Letters", (tail, got.venue)


def test_a_signature_under_a_quoted_list_is_no_reject():
    """markdown_page.is_signature (SIGNATURE_WORDS): the quoted message's signature ("Ann")
    under the list was a reject ("not a publication entry"); a word or two with no digit is
    no entry. A short line with a year stays a reject."""
    from extractors.markdown_page import is_signature

    kind, records, rejects = read(QUOTED + "> Thanks again.\n>\n> Ann\n", "quoted-signature")
    assert kind == "markdown_page" and len(records) == 3 and not rejects
    assert is_signature("Ann") and is_signature("A. Lee") and not is_signature("Lee 2021")
    assert not is_signature("Ann Lee, Bo Chen")  # three words
