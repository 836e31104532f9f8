"""Hand-made exports in the shapes of reference managers and databases, read as ``ingest file``
reads them (detection included): each test fails without the rule of
``extractors/export_columns.py`` / ``records_table._csv_rows`` it names. Made-up names and titles."""

from __future__ import annotations

import logging

from scholarlake.extraction import extract_document

from .conftest import make_doc

FIELDS = ("title", "authors", "year", "venue", "doi")


def read(text: str, uri: str = "export.csv") -> tuple[str, list[dict], list[dict]]:
    kind, records, rejects = extract_document(make_doc(text.encode("utf-8"), uri))
    return kind, [{k: r[k] for k in FIELDS} for r in records], rejects


def test_a_zotero_export_gives_names_year_and_venue():
    """``SYNONYMS``: Zotero's "Author" ("Surname, Given; ..."), "Publication Year", "Publication
    Title"; a single "Surname, Given" is one person; the byte order mark Zotero writes first."""
    text = ('\ufeff"Key","Item Type","Publication Year","Author","Title","Publication Title","DOI","Editor"\n'
            '"AB12CD34","journalArticle","2019","Lee, Ann; van der Berg, Jan","Sparse graphs, quickly","Journal of '
            'Graphs","10.5555/abc","Roe, Cy"\n'
            '"EF56GH78","conferencePaper","2020","Chen, Bo","Dense graphs","Proc. of Graphs","",""\n')
    kind, records, _ = read(text, "My Library.csv")
    assert kind == "records"
    assert records == [
        {"title": "Sparse graphs, quickly", "authors": ["Ann Lee", "Jan van der Berg"], "year": 2019,
         "venue": "Journal of Graphs", "doi": "10.5555/abc"},
        {"title": "Dense graphs", "authors": ["Bo Chen"], "year": 2020, "venue": "Proc. of Graphs", "doi": None}]


def test_a_web_of_science_tab_delimited_file_with_its_trailing_tab():
    """``_format`` knows the title by its tag "TI"; AF (full names) before AU; SO, PY, DI; the
    empty cell after each row's last tab is no data (was: "1 cell(s) beyond the header")."""
    header = "PT\tAU\tAF\tTI\tSO\tPY\tDI\tUT"
    row = "J\tLee, A; Chen, BY\tLee, Ann; Chen, Bo-Yu\tSparse graphs\tJOURNAL OF GRAPHS\t2019\t10.5555/abc\tWOS:0001\t"
    kind, records, rejects = read(f"\ufeff{header}\r\n{row}\r\n", "savedrecs.txt")
    assert kind == "records" and not rejects
    assert records == [{"title": "Sparse graphs", "authors": ["Ann Lee", "Bo-Yu Chen"], "year": 2019,
                        "venue": "JOURNAL OF GRAPHS", "doi": "10.5555/abc"}]
    # a cell beyond the header that holds something is still that row's reject
    _, records, rejects = read(f"{header}\n{row}extra\n", "savedrecs.txt")
    assert not records and "beyond the header" in rejects[0]["reason"]


def test_scopus_full_names_without_ids_and_its_short_names_turned_round():
    """"Author full names" comes first and loses Scopus's author ids; an empty one falls back to
    "Authors", whose "Surname I.-K." is turned round; "Source" (the database) never gives a venue."""
    text = ('"Authors","Author full names","Title","Year","Source title","DOI","Source"\n'
            '"Lee A.; Siu K.-C.","Lee, Ann (57221302630); Siu, Ka-Chun (6701683718)","Sparse graphs","2021",'
            '"Journal of Graphs","10.5555/abc","Scopus"\n'
            '"Lee A.; Siu K.-C.","","Dense graphs","2022","","","Scopus"\n')
    _, records, _ = read(text, "scopus.csv")
    assert [(r["authors"], r["venue"]) for r in records] == [
        (["Ann Lee", "Ka-Chun Siu"], "Journal of Graphs"), (["A. Lee", "K.-C. Siu"], None)]


def test_openalex_names_joined_by_bars_and_its_display_name_as_title():
    text = ('"id","authorships.author.display_name","display_name","doi","primary_location.source.display_name",'
            '"publication_year"\n"https://openalex.org/W1","Ann Lee|Bo Chen","Sparse graphs",'
            '"https://doi.org/10.5555/abc","Journal of Graphs","2021"\n')
    _, records, _ = read(text, "works-csv-export.csv")
    assert records == [{"title": "Sparse graphs", "authors": ["Ann Lee", "Bo Chen"], "year": 2021,
                        "venue": "Journal of Graphs", "doi": "10.5555/abc"}]


def test_dblp_to_csv_venue_under_journal_or_booktitle_and_the_doi_in_ee():
    text = ("id;author;booktitle;ee;journal;title;url;year\n"
            "0;Ann Lee|Bo Chen;;https://doi.org/10.5555/abc;Journal of Graphs;Sparse graphs.;db/x.html;2021\n"
            "1;Ann Lee;Proc. of Graphs;https://doi.org/10.5555/def;;Dense graphs.;db/y.html;2022\n")
    _, records, _ = read(text, "output_article.csv")
    assert [(r["authors"], r["venue"], r["doi"]) for r in records] == [
        (["Ann Lee", "Bo Chen"], "Journal of Graphs", "10.5555/abc"), (["Ann Lee"], "Proc. of Graphs", "10.5555/def")]


def test_a_doubled_quote_past_the_sniffers_sample_is_one_quote():
    """``_dialect``: the sniffer read 4 KB with no doubled quote and said none are doubled."""
    rows = "".join(f'{i},"Title number {i}","Ann Lee","Venue {i}",2020\n' for i in range(200))
    text = "id,title,authors,venue,year\n" + rows + '999,"On ""quoted"" words","Ann Lee","In ""Trends""",2021\n'
    _, records, _ = read(text)
    assert (records[-1]["title"], records[-1]["venue"]) == ('On "quoted" words', 'In "Trends"')


def test_unrecognised_columns_are_logged_and_a_table_without_a_title_column_names_them(caplog):
    text = "Title,Writers,Year\nSparse graphs,Ann Lee,2020\n"
    with caplog.at_level(logging.WARNING, logger="extractors.export_columns"):
        _, records, _ = read(text, "odd.csv")
    assert records[0]["title"] == "Sparse graphs"
    assert any("writers" in r.getMessage() for r in caplog.records)
    from extractors.export_columns import table_columns

    columns = table_columns(("Title", "Writers", "Year", "Editor"))
    assert columns.fields == ("title", None, "year", None) and columns.unrecognised == ("writers",)  # editor: NOT_READ


def test_an_ellipsis_that_cuts_an_author_list_short_is_no_name():
    """``export_names``: Google Scholar's lists in a Publish or Perish export end "…" when cut short."""
    text = "Cites,Authors,Title,Year,Source\n3,\"AG Meyer, J Smith, …\",Sparse graphs,2020,Graphs\n"
    _, records, _ = read(text, "PoPCites.csv")
    assert records[0]["authors"] == ["AG Meyer", "J Smith"]


def test_a_line_of_prose_opening_with_ti_is_no_table():
    """``_format``: Web of Science writes its tag "TI" in capitals; "Ti, Zr and Hf" is a sentence."""
    from extractors.records_table import _format

    assert _format(make_doc(b"Ti, Zr and Hf alloys; a review\nMore text.\n")) is None
    assert _format(make_doc(b"PT\tAU\tTI\tPY\nJ\tLee, A\tX\t2020\n")) == "csv"
