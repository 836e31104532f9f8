"""Rules learnt from round 5 of the plain-text CV layouts (tests/cv_text_layouts.py ROUND5,
studied since wt-cvtext6), each with a hand-made document of our own (invented names, titles
and venues) that fails without its rule: ``extractors/text_dialects.py`` (hard-wrapped text,
ligatures, org-mode, spreadsheet cells), ``extractors/markdown_page.py`` (Vancouver names
before a title, a label's year), ``extractors/citations.py``/``cv_entries.py`` (a month after a
year printed first) and ``extractors/cv_pdf_fields.py`` (German and Spanish field labels).
"""

from __future__ import annotations

from scholarlake.extraction import extract_document

from .conftest import make_doc


def read(text: str, name: str):
    return extract_document(make_doc(text.encode("utf-8"), f"mem://{name}.txt"))


def fields(records):
    return [(r["title"], r["authors"], r["year"], r["venue"]) for r in records]


# --- text copied out of a PDF viewer: hard-wrapped, flush left, no blank lines

PDF_COPY = """Ann Lee
Curriculum Vitae

Publications
Journal Articles
Lee, A., & Chen, B. (2021). Sparse things in large graphs and the walks that
cross them. Graph Letters, 3(2), 1\u20139.
Roe, C., Lee, A., & Wu, D. (2020). Dense things in small graphs: a second look
at the old counting problem for tall trees. Journal of Trees, 12(4), 10\u201319.
Lee, A. (2019). Walks on random trees. Tree Review, 5(1), 20\u201329.
Conference Papers
Lee, A., & Roe, C. (2018). Counting the leaves of a very large random tree in
a single pass. In Proceedings of the Tree Meeting (pp. 5\u20138).
"""

def test_text_copied_out_of_a_pdf_is_parted_by_its_wrap():
    """text_dialects.wrapped_paragraphs: lines hard-wrapped at the PDF's width (78, greedily)
    with no blank line between entries were one block (the document unknown). A line that
    could have taken the next line's first word ends an entry; the second entry's last line is
    full, and the line after opens with "Lee, A."-style names as the block's entries do, so it
    ends one too."""
    kind, records, rejects = read(PDF_COPY, "pdfcopy")
    assert kind == "markdown_page"
    assert fields(records) == [
        ("Sparse things in large graphs and the walks that cross them", ["A. Lee", "B. Chen"], 2021,
         "Graph Letters"),
        ("Dense things in small graphs: a second look at the old counting problem for tall trees",
         ["C. Roe", "A. Lee", "D. Wu"], 2020, "Journal of Trees"),
        ("Walks on random trees", ["A. Lee"], 2019, "Tree Review"),
        ("Counting the leaves of a very large random tree in a single pass", ["A. Lee", "C. Roe"], 2018,
         "Proceedings of the Tree Meeting"),
    ]


def test_a_block_of_one_field_a_line_is_no_wrapped_text():
    """WRAP_FIT_SHARE, the list marks and the labels: lines each of which could have taken the
    next line's first word (a record of one field a line), lines opened by item numbers, and
    records of labelled fields are left as they are."""
    from extractors.text_dialects import WRAP_FIT_SHARE, WRAP_MIN_LINES, wrapped_paragraphs

    fielded = "\n".join(["Sparse things in large graphs and the walks that cross them all",
                         "Graph Letters", "2021", "Ann Lee, Bo Chen", "Dense things in small graphs",
                         "Journal of Trees", "2020"]) + "\n"
    assert wrapped_paragraphs(fielded) == fielded
    numbered = "\n".join(["1. Ann Lee and Bo Chen. Sparse things in large graphs and the walks",
                          "that cross them. Graph Letters, 2021.",
                          "2. Cy Roe and Ann Lee. Dense things in small graphs and the trees",
                          "that hold them. Journal of Trees, 2020.",
                          "3. Ann Lee. Walks on random trees. Tree Review, 2019.",
                          "4. Ann Lee and Cy Roe. Counting leaves. Tree Meeting, 2018."]) + "\n"
    assert wrapped_paragraphs(numbered) == numbered
    assert WRAP_MIN_LINES > 2 and 0 < WRAP_FIT_SHARE < 1
    labelled = "\n".join(["Titel:        Sparse things in large graphs and the walks that cross them all",
                           "Autoren:      Lee, Ann; Chen, Bo; Roe, Cy; Wu, Dan; Park, Eve; Moss, Fay",
                           "Zeitschrift:  Graph Letters", "Jahr:         2021",
                           "Titel:        Dense things in small graphs and the trees that hold them",
                           "Autoren:      Roe, Cy; Lee, Ann; Wu, Dan; Park, Eve; Chen, Bo; Moss, Fay",
                           "Zeitschrift:  Journal of Trees", "Jahr:         2020"]) + "\n"
    assert wrapped_paragraphs(labelled) == labelled


def test_ligature_characters_are_their_letters():
    """text_dialects.ligatures_spelled: "\ufb01", "\ufb02", "\ufb03" (a PDF font's ligatures kept
    by a viewer's copy) are "fi", "fl", "ffi"."""
    from extractors.text_dialects import ligatures_spelled

    assert ligatures_spelled("classi\ufb01cation of \ufb02ows, e\ufb03cient") == "classification of flows, efficient"
    kind, records, _ = read(PDF_COPY.replace("first", "\ufb01rst").replace("Sparse things", "Sparse \ufb01elds"),
                            "lig")
    assert records[0]["title"] == "Sparse fields in large graphs and the walks that cross them"


# --- org-mode

ORG = """#+TITLE: Curriculum Vitae
#+AUTHOR: Ann Lee
#+OPTIONS: toc:nil

* Publications
  :PROPERTIES:
  :EXPORT_FILE_NAME: pubs
  :END:

** Journal Articles

- *Ann Lee* and Bo Chen (2021). /Sparse things in large graphs./ Graph Letters
  3(2):1--9.
- Cy Roe, *Ann Lee* and Dan Wu (2020). /Dense things in small graphs: the
  second look./ Journal of Trees 12(4):10--19.
- *Ann Lee* (2019). /Walks on random trees./
  [[https://arxiv.org/abs/1901.00001][arXiv:1901.00001]].

* Teaching
  - Graph theory, every spring
"""


def test_an_org_mode_cv_is_read():
    """text_dialects.org_markup: org's star headings, /italic/ titles, *bold* owner and
    [[url][text]] links were read as list items and title text (one document unknown)."""
    kind, records, _ = read(ORG, "org")
    assert kind == "markdown_page"
    assert fields(records) == [
        ("Sparse things in large graphs", ["Ann Lee", "Bo Chen"], 2021, "Graph Letters"),
        ("Dense things in small graphs: the second look", ["Cy Roe", "Ann Lee", "Dan Wu"], 2020, "Journal of Trees"),
        ("Walks on random trees", ["Ann Lee"], 2019, "arXiv:1901.00001"),  # (the link's text)
    ]


def test_one_hash_plus_line_is_no_org_file():
    """ORG_KEYWORD_LINES: a single "#+..." line (a comment of another syntax) turns nothing."""
    from extractors.text_dialects import ORG_KEYWORD_LINES, org_markup

    text = "#+ note: see /etc/hosts/ and *this*\n* item\n"
    assert ORG_KEYWORD_LINES >= 2 and org_markup(text) == text


# --- spreadsheet cells pasted as tab-separated text

TSV = ("My papers\t\t\t\t\n\t\t\t\t\nYear\tAuthors\tTitle\tJournal\tPages\n"
       "2021\tLee A.; Chen B.\tSparse things in large graphs\tGraph Letters\t1-9\n"
       '2020\tRoe C.; Lee A.\t"Dense things in ""small"" graphs"\tJournal of Trees\t\n'
       "2019\tLee A.\tWalks on random trees\t\t\n")


def test_spreadsheet_cells_pasted_as_text_are_a_table():
    """text_dialects.tab_tables: a header row of tab-separated cells over rows of as many
    cells (empty ones, a quoted cell with its quotes doubled) is read as a table."""
    kind, records, _ = read(TSV, "tsv")
    assert kind == "markdown_page"
    assert fields(records) == [
        ("Sparse things in large graphs", ["A. Lee", "B. Chen"], 2021, "Graph Letters"),
        ('Dense things in "small" graphs', ["C. Roe", "A. Lee"], 2020, "Journal of Trees"),
        ("Walks on random trees", ["A. Lee"], 2019, None),
    ]


def test_a_tab_year_column_is_no_spreadsheet():
    """A word processor's tab column ("<TAB>2021<TAB>entry": an empty first cell) makes no
    header, and two rows are no table (TAB_TABLE_ROWS)."""
    from extractors.text_dialects import TAB_TABLE_ROWS, tab_tables

    column = "\t2021\tAnn Lee. Sparse things. Graph Letters.\n\t\tCy Roe. Dense things. Trees.\n" * 2
    assert tab_tables(column) == column
    two = "Year\tTitle\tVenue\n2021\tSparse things\tGraph Letters\n"
    assert TAB_TABLE_ROWS == 3 and tab_tables(two) == two


# --- NLM / Vancouver names and dates (an NSF biosketch's products)

NLM = """BIOGRAPHICAL SKETCH

NAME: Lee, Ann
POSITION TITLE: Professor

(a) Professional Preparation

Northfield University\tGraph Theory\tPhD\t2010

(c) Products

1. Lee A, Chen BK. Sparse things in large graphs. Graph Letters. 2021 Mar; 3(2):1-9.

2. Roe C, Lee A, Wu D. Dense things in small graphs. 2020 Jan.

3. Lee A. Walks on random trees. Journal of Trees. 2019; 5(1):20-29.

4. Lee A, Roe C. Counting the leaves of random trees. 2018 Oct.

5. Chen BK, Lee A. Colouring sparse graphs with few colours. Graph Letters. 2017 Jun; 2(1):5-12.

6. Lee A, Wu D, Roe C. Paths in tall trees and where they end. 2016 May.

7. Lee A. Short walks on long trees. Journal of Trees. 2015; 3(2):40-49.

8. Wu D, Lee A. Trees that grow in graphs. 2014 Dec.

(d) Synergistic Activities

1. Editor of a graph theory newsletter, 2015 - present.
"""


def test_an_nlm_list_with_no_venues_is_read_by_its_look():
    """markdown_page._names_then_title: "Roe C, Lee A, Wu D." ends where the Vancouver list
    ends (an initial's stop is no sentence's end), so the title after it counts as set apart
    and entries with no venue look like entries (the page was unknown); "2020 Jan." leaves no
    venue "Jan" (citations.MONTH_ALONE, read in cv_entries and markdown_page)."""
    kind, records, _ = read(NLM, "nlm")
    assert kind == "markdown_page"
    assert fields(records) == [
        ("Sparse things in large graphs", ["A. Lee", "B. K. Chen"], 2021, "Graph Letters"),
        ("Dense things in small graphs", ["C. Roe", "A. Lee", "D. Wu"], 2020, None),
        ("Walks on random trees", ["A. Lee"], 2019, "Journal of Trees"),
        ("Counting the leaves of random trees", ["A. Lee", "C. Roe"], 2018, None),
        ("Colouring sparse graphs with few colours", ["B. K. Chen", "A. Lee"], 2017, "Graph Letters"),
        ("Paths in tall trees and where they end", ["A. Lee", "D. Wu", "C. Roe"], 2016, None),
        ("Short walks on long trees", ["A. Lee"], 2015, "Journal of Trees"),
        ("Trees that grow in graphs", ["D. Wu", "A. Lee"], 2014, None),
    ]


def test_a_month_alone_is_no_venue_but_a_venue_named_after_one_stays():
    """citations.MONTH_ALONE: a month (and its day) where a venue would be is no venue; a
    venue whose name opens with a month's letters, or that a date precedes, stays."""
    from extractors.citations import venue_name

    assert venue_name("2020 Jan.") is None
    assert venue_name("2020 Mar 3") is None
    assert venue_name("Mayo Journal of Trees") == "Mayo Journal of Trees"
    assert venue_name("Jan 2020, Graph Letters") == "Graph Letters"


# --- a research-information form in German or Spanish

FORM_DE = """Forschungsportal \u2013 Publikationsliste
Ann Lee

Publikation 1 von 3
Publikationstyp:           Zeitschriftenartikel
Titel:                     Sparse things in large graphs
Autor(inn)en:              Lee, Ann; Chen, Bo
Zeitschrift / Tagungsband: Graph Letters
Erscheinungsjahr:          2021
Seiten:                    1-9

Publikation 2 von 3
Publikationstyp:           Sonstiges
Titel:                     Dense things in small graphs
Autor(inn)en:              Roe, Cy; Lee, Ann
Zeitschrift / Tagungsband: keine Angabe
Erscheinungsjahr:          2020

Publikation 3 von 3
Publikationstyp:           Konferenzbeitrag
Titel:                     Walks on random trees
Autor(inn)en:              Lee, Ann
Zeitschrift / Tagungsband: Proceedings of the Tree Meeting
Erscheinungsjahr:          2019
"""

FORM_ES = """Portal de investigaci\u00f3n
Ann Lee

Publicaci\u00f3n 1 de 3
T\u00edtulo: Sparse things in large graphs
Autores: Ann Lee y Bo Chen
Revista / Congreso: Graph Letters
A\u00f1o: 2021

Publicaci\u00f3n 2 de 3
T\u00edtulo: Dense things in small graphs
Autores: Cy Roe y Ann Lee
Revista / Congreso: sin datos
A\u00f1o: 2020

Publicaci\u00f3n 3 de 3
T\u00edtulo: Walks on random trees
Autores: Ann Lee
Revista / Congreso: Proceedings of the Tree Meeting
A\u00f1o: 2019
"""


def test_a_form_labelled_in_german_or_spanish_is_read():
    """cv_pdf_fields._LABELS (German and Spanish field names), _NO_VALUE ("keine Angabe",
    "sin datos"), markdown_page.looks_like_entry (an author or title label of the table is a
    cue) and _RIGHT_YEAR (a year after a label's colon, set in the values' column, is no date
    column moved to the line's front)."""
    want = [("Sparse things in large graphs", ["Ann Lee", "Bo Chen"], 2021, "Graph Letters"),
            ("Dense things in small graphs", ["Cy Roe", "Ann Lee"], 2020, None),
            ("Walks on random trees", ["Ann Lee"], 2019, "Proceedings of the Tree Meeting")]
    for text, name in ((FORM_DE, "form-de"), (FORM_ES, "form-es")):
        kind, records, rejects = read(text, name)
        assert kind == "markdown_page", name
        assert fields(records) == want, name


def test_a_year_after_a_labels_colon_is_no_date_column():
    from extractors.markdown_page import right_year_column

    text = "Title:   Sparse things\nYear:    2021\nTitle:   Dense things\nYear:    2020\n"
    assert right_year_column(text) == text
    typed = "Ann Lee. Sparse things. Graph Letters.      2021\nCy Roe. Dense things. Trees." + " " * 16 + "2020\n"
    assert right_year_column(typed).startswith("2021  Ann Lee.")


def test_a_carriage_return_inside_a_tab_separated_line_is_no_crash():
    """A lone carriage return in a line (the text split at "\\n" only) once made csv raise
    inside text_dialects._tab_cells, so a markdown page holding b"\\r\\t" crashed its reader
    (found by tests/test_properties' random documents); it is a space between cells now."""
    from extractors.text_dialects import tab_tables
    assert tab_tables("\r\t") == "\r\t"
    rows = "Title\tYear\tVenue\nAn Invented Paper\t2021\tJ. Inv.\r\nA Second One\t2020\tConf\nA Third\t2019\tWS"
    assert "|" in tab_tables(rows)
    kind, records, rejects = extract_document(make_doc(b"\r\t", "page.md"))
    assert records == []
