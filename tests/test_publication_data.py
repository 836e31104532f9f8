"""The data-file publication list reader (``extractors/publication_data.py``): detection by
shape, never stealing other YAML or JSON, the key synonyms and author shapes it documents,
and rejects for what it cannot read. Made-up entries, written here."""

from __future__ import annotations

import datetime as dt

import pytest

import extractors
from extractors import publication_data as pd
from extractors.base import Draft, ExtractError, RecordError
from scholarlake.extraction import extract_document

from .conftest import make_doc

LIST_YAML = """\
---
- id: lee2021
  title: Spin waves in thin magnetic films
  authors: Ann Lee, **Bo Chen** and Cy Roe
  journal: Physical Review B
  year: 2021
  volume: 3
  pages:

- title: A second paper on films
  authors: __Bo Chen__, Ann Lee
  journal: "Journal of Films: Letters"
  year: 2019
---
"""


def _read(text: str, uri: str = "_data/publications.yml") -> tuple[str, list[dict], list[dict]]:
    return extract_document(make_doc(text, uri))


def _drafts(text: str, uri: str = "_data/publications.yml") -> list:
    return list(pd.PublicationDataExtractor().extract(make_doc(text, uri)))


def test_a_jekyll_data_list_is_detected_and_read():
    kind, records, rejects = _read(LIST_YAML)
    assert kind == "publication_data" and not rejects
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        ("Spin waves in thin magnetic films", ["Ann Lee", "Bo Chen", "Cy Roe"], 2021, "Physical Review B"),
        ("A second paper on films", ["Bo Chen", "Ann Lee"], 2019, "Journal of Films: Letters")]


def test_detected_without_the_file_name():
    """Detection is by content: the same list under any name, in YAML or JSON."""
    assert extractors.detect(make_doc(LIST_YAML, "mem://x")).name == "publication_data"
    as_json = '[{"title": "Spin waves in thin magnetic films", "author": "Lee, Ann and Chen, Bo", "year": "2021"}]'
    assert extractors.detect(make_doc(as_json, "mem://y")).name == "publication_data"


NOT_PUBLICATION_LISTS = {
    "jekyll _config.yml": "title: Ann Lee\nauthor:\n  name: Ann Lee\n  bio: Physicist\nurl: https://x.org\n"
                          "collections:\n  publications:\n    output: true\n",
    # (a CITATION.cff was here until 2026-12-07: its software, preferred citation and references
    # are now records, publication_data.cff_entries; tests/test_bib_probes.py)
    "navigation.yml": "main:\n  - title: Publications\n    url: /publications/\n  - title: CV\n    url: /cv/\n",
    "a list of links": "- title: GitHub\n  url: https://github.com/x\n- title: Scholar\n  url: https://scholar.google.com\n",
    "package.json": '{"name": "site", "title": "My site", "author": "Ann Lee", "files": [{"title": "a", "year": 1}]}',
    "a plain list": "- Ann Lee\n- Bo Chen\n",
    # not this shape (no fields): left to the other readers, as the README says
    "a list of citation strings": ('- "A. Lee, B. Chen. Spin waves. Phys. Rev. B, 2021."\n'
                                   '- "B. Chen. Films. Nature, 2019."\n'),
    "al-folio coauthors.yml": '"lee":\n  - firstname: ["Ann", "A."]\n    url: https://x.org/lee\n',
}


@pytest.mark.parametrize("name", sorted(NOT_PUBLICATION_LISTS))
def test_other_yaml_and_json_is_not_taken(name):
    assert pd.PublicationDataExtractor().sniff(make_doc(NOT_PUBLICATION_LISTS[name], name)) == 0.0


def test_a_front_matter_page_stays_with_its_reader():
    page = ("---\ntitle: Spin waves in thin magnetic films\nauthors:\n  - Ann Lee\n  - Bo Chen\nvenue: Phys. Rev. B\n"
            "date: 2021-01-01\n---\n\nSome prose about the paper.\n")
    assert extractors.detect(make_doc(page, "_publications/x.md")).name == "markdown_front_matter"


@pytest.mark.parametrize("authors, want", [
    ("Ann Lee, **Bo Chen**, and Cy Roe", ["Ann Lee", "Bo Chen", "Cy Roe"]),
    ("<b>Ann Lee</b> and Bo Chen", ["Ann Lee", "Bo Chen"]),
    ("Lee, Ann and Chen, Bo", ["Ann Lee", "Bo Chen"]),
    ("Lee, A., __Chen, B. T.__, & Roe, C.", ["A. Lee", "B. T. Chen", "C. Roe"]),
    (["Ann Lee", "**Bo Chen**", "Cy Roe*"], ["Ann Lee", "Bo Chen", "Cy Roe"]),
    ([{"name": "Ann Lee"}, {"name": "Bo Chen", "me": True}], ["Ann Lee", "Bo Chen"]),
    ([{"given": "Ann", "family": "Lee"}, {"given": "Bo", "non-dropping-particle": "van", "family": "Chen"}],
     ["Ann Lee", "Bo van Chen"]),
    ([{"first": "Ann", "last": "Lee"}, {"firstname": "Bo", "lastname": "Chen"}], ["Ann Lee", "Bo Chen"]),
    ([{"given-names": "Ann", "family-names": "Lee"}], ["Ann Lee"]),
    (["Lee AB", "Chen B"], ["A. B. Lee", "B. Chen"]),
])
def test_author_shapes(authors, want):
    names, truncated = pd.authors_of(authors)
    assert (names, truncated) == (want, False)


def test_et_al_marks_the_list_truncated():
    assert pd.authors_of("Ann Lee, Bo Chen, et al.") == (["Ann Lee", "Bo Chen"], True)
    assert pd.authors_of(["Ann Lee", "et al."]) == (["Ann Lee"], True)


@pytest.mark.parametrize("value, want", [
    (2021, 2021), ("2021", 2021), ("(2021)", 2021), ("March 2021", 2021), (dt.date(2021, 3, 4), 2021),
    ("2021-03", 2021), ({"date-parts": [[2021, 3]]}, 2021), ("in press", None), (True, None), (None, None),
])
def test_year_forms(value, want):
    assert pd.year_of(value) == want


@pytest.mark.parametrize("field", ["title", "authors", "year", "venue", "doi", "url", "id"])
def test_every_synonym_in_the_table_is_read(field):
    """Each key of ``FIELD_KEYS`` fills its field (keys in any case, "-" as "_")."""
    attr = {"venue": "venue", "doi": "doi", "url": "url", "id": "source_record_id", "title": "title",
            "authors": "authors", "year": "year"}[field]
    for key in pd.FIELD_KEYS[field]:
        item = {"title": "Spin waves", "authors": "Ann Lee", "year": 2020}
        item = {k: v for k, v in item.items() if k != field}
        value = {"authors": "Bo Chen", "year": 2021}.get(field, "X value")
        item[key.replace("_", "-").upper()] = value
        got = pd.draft(1, item)
        assert isinstance(got, Draft), (key, got)
        want = {"authors": ["Bo Chen"], "year": 2021}.get(field, "X value")
        assert getattr(got, attr) == want, key


def test_groups_and_sections():
    text = """\
2021:
  - title: Spin waves in thin magnetic films
    author: Ann Lee and Bo Chen
2019:
  - title: A second paper on films
    author: Bo Chen
"""
    got = _drafts(text)
    assert [(d.title, d.year) for d in got] == [("Spin waves in thin magnetic films", 2021),
                                                 ("A second paper on films", 2019)]
    text = """\
- section: Journal articles
  items:
    - title: Spin waves in thin magnetic films
      authors: [Ann Lee, Bo Chen]
      year: 2021
- section: Preprints
  items:
    - title: A second paper on films
      authors: [Bo Chen]
      year: 2019
"""
    got = _drafts(text)
    assert [(d.title, d.record_type) for d in got] == [("Spin waves in thin magnetic films", "journal"),
                                                        ("A second paper on films", "preprint")]
    wrapped = '{"publications": {"lee2021": {"title": "Spin waves", "authors": "Ann Lee", "year": 2021},' \
              ' "chen2019": {"title": "Films", "authors": "Bo Chen", "year": 2019}}}'
    assert [d.title for d in _drafts(wrapped, "x.json")] == ["Spin waves", "Films"]


def test_an_entry_without_a_title_is_a_reject_with_the_reason():
    untitled = (LIST_YAML.replace("- title: A second paper on films\n  authors:", "- authors:").rstrip("-\n")
                + "\n\n- title: A third paper\n  authors: Cy Roe\n  year: 2018\n")
    got = _drafts(untitled)
    assert isinstance(got[0], Draft)
    assert isinstance(got[1], RecordError) and "no title" in got[1].reason and "authors" in got[1].reason
    kind, records, rejects = _read(untitled)
    assert kind == "publication_data" and len(records) == 2 and len(rejects) == 1
    assert "no title" in rejects[0]["reason"] and rejects[0]["ordinal"] == 2


def test_a_list_item_that_is_no_mapping_is_a_reject():
    text = ("- title: Spin waves in thin magnetic films\n  authors: Ann Lee\n  year: 2021\n"
            "- title: Films\n  authors: Bo Chen\n  year: 2020\n- Lee, A. (2019). A paper kept as a string.\n")
    got = _drafts(text)
    assert [type(d).__name__ for d in got] == ["Draft", "Draft", "RecordError"]


def test_malformed_yaml_names_the_file_and_the_line():
    broken = LIST_YAML.replace("  journal: Physical Review B", "  journal: [Physical Review B")
    doc = make_doc(broken, "_data/publications.yml")
    assert extractors.detect(doc).name == "publication_data"
    with pytest.raises(ExtractError) as err:
        list(pd.PublicationDataExtractor().extract(doc))
    assert "_data/publications.yml" in str(err.value) and "malformed YAML at line" in str(err.value)
    kind, records, rejects = _read(broken)
    assert records == [] and len(rejects) == 1 and "malformed YAML" in rejects[0]["reason"]


def test_ingest_goes_on_past_a_malformed_file(cli, tmp_path):
    """``scholarlake ingest`` of a folder with a broken data file and a good one: the broken
    one is a reject naming it, the good one is loaded, with no --kind."""
    folder = tmp_path / "_data"
    folder.mkdir()
    (folder / "broken.yml").write_text(LIST_YAML.replace("  journal: Physical Review B", "  journal: [Physical"),
                                       encoding="utf-8")
    (folder / "publications.yml").write_text(LIST_YAML, encoding="utf-8")
    result = cli("ingest", folder, "--lake", tmp_path / "lake", ok=False)
    assert result.exit_code == 3, result.output
    from warehouse import Lake

    con = Lake(tmp_path / "lake").connect()
    titles = sorted(r[0] for r in con.execute("select title from records").fetchall())
    rejects = con.execute("select source_uri, reason from rejects").fetchall()
    con.close()
    assert titles == ["A second paper on films", "Spin waves in thin magnetic films"]
    assert len(rejects) == 1 and rejects[0][0].endswith("broken.yml") and "malformed YAML at line" in rejects[0][1]


def test_malformed_json_says_json():
    """A data file that opens as JSON and parses as neither: JSON's own error and line."""
    broken = ('[\n  {"title": "Spin waves in thin magnetic films", "authors": "Ann Lee" "year": 2021},\n'
              '  {"title": "Films", "authors": "Bo Chen", "year": 2020}\n]\n')
    kind, records, rejects = _read(broken, "publications.json")
    assert kind == "publication_data" and records == []
    assert len(rejects) == 1 and rejects[0]["reason"].startswith("malformed JSON at line 2"), rejects


def test_a_broken_file_not_named_as_data_is_not_claimed():
    """The fallback for files that do not parse needs the data file's name: a text with
    "title:" lines that is no YAML stays with the other readers."""
    text = "title: Spin waves\nauthors: [Ann Lee\n"
    assert pd.PublicationDataExtractor().sniff(make_doc(text, "notes.txt")) == 0.0
    assert pd.PublicationDataExtractor().sniff(make_doc(text, "_data/pubs.yml")) == 0.6


def test_nested_groups_give_year_and_kind():
    """Year -> kind -> list: the year from the outer group's label, the kind from the inner one."""
    text = ('"2021":\n  journal:\n    - title: Spin waves in thin magnetic films\n      authors: Lee, Ann; Chen, Bo\n'
            '  preprints:\n    - title: A second paper on films\n      authors: Chen, Bo\n'
            '"2019":\n  conference:\n    - title: A third paper\n      authors: Roe, Cy\n')
    got = _drafts(text)
    assert [(d.authors, d.year, d.record_type) for d in got] == [
        (["Ann Lee", "Bo Chen"], 2021, "journal"), (["Bo Chen"], 2021, "preprint"), (["Cy Roe"], 2019, "conference")]


def test_a_page_heading_over_the_list_is_no_work_of_its_own():
    """A top-level title with no names or year is the page's heading: its lists are read."""
    text = ("title: Publications\nintro: Papers by year.\npapers:\n"
            "  - title: Spin waves in thin magnetic films\n    authors: Ann Lee\n    year: 2021\n"
            "  - title: A second paper on films\n    authors: Bo Chen\n    year: 2019\n")
    assert [d.title for d in _drafts(text)] == ["Spin waves in thin magnetic films", "A second paper on films"]


def test_every_yaml_document_of_a_file_is_read():
    text = ("---\n- title: Spin waves in thin magnetic films\n  authors: Ann Lee\n  year: 2021\n"
            "---\n- title: A second paper on films\n  authors: Bo Chen\n  year: 2019\n...\n")
    assert [d.year for d in _drafts(text)] == [2021, 2019]


def test_a_cv_data_file_gives_its_publications_only():
    """Groups a CV keeps beside its publications (education, talks, awards) are not read."""
    text = ("education:\n  - title: PhD in Physics\n    institution: Northfield University\n    year: 2019\n"
            "publications:\n  - title: Spin waves in thin magnetic films\n    authors: Ann Lee\n    year: 2021\n"
            "    venue: Phys. Rev. B\n"
            "invited talks:\n  - title: Spin waves, a tour\n    venue: APS March Meeting\n    year: 2022\n"
            "awards:\n  - title: Young scientist prize\n    year: 2020\n")
    got = _drafts(text)
    assert [d.title for d in got] == ["Spin waves in thin magnetic films"]


@pytest.mark.parametrize("text, reason", [
    ("[" * 100000, "nested too deeply"),
    ("- title: a\n  authors: b\n- title: c\x00\n", "malformed YAML: unacceptable character"),
])
def test_hostile_files_are_a_reject_with_the_reason(text, reason):
    kind, records, rejects = extract_document(make_doc(text, "_data/pubs.yml"), kind="publication_data")
    assert records == [] and len(rejects) == 1 and rejects[0]["reason"].startswith(reason), rejects


CSL_LINES = (
    '{"type": "article-journal", "title": "Sparse spectra", "author": [{"family": "Lee", "given": "Ann"}, '
    '{"literal": "OECD"}], "issued": {"date-parts": [[2020, 5]]}, "container-title": "Journal of Graphs", '
    '"DOI": "10.1000/abc"}\n'
    '\n'
    '{"type": "report", "title": "Outlook", "author": [{"family": "Chen", "given": "Bo"}], '
    '"issued": {"date-parts": [[2019]]}}\n')


@pytest.mark.parametrize("uri", ["refs.jsonl", "export.json", "mem://x"])
def test_csl_items_as_json_lines_are_read_with_names_years_and_venues(uri):
    """One CSL item a line: this reader's (``_json_lines``), not the records table's, which
    would keep the titles only (``records_table._would_drop``)."""
    kind, records, rejects = _read(CSL_LINES, uri)
    assert kind == "publication_data" and rejects == []
    assert [(r["title"], r["authors"], r["year"], r["venue"], r["doi"]) for r in records] == [
        ("Sparse spectra", ["Ann Lee", "OECD"], 2020, "Journal of Graphs", "10.1000/abc"),
        ("Outlook", ["Bo Chen"], 2019, None, None)]


def test_a_records_table_in_json_lines_stays_with_its_reader():
    """Rows with the records table's own columns (an extra column beside them changes nothing),
    and rows whose names or year sit under keys no reader knows, stay ``records``."""
    own = ('{"id": "1", "title": "A", "authors": "Ann Lee", "year": 2020, "venue": "J", "publisher": "P"}\n'
           '{"id": "2", "title": "B", "authors": "Bo Chen", "year": 2021, "venue": "K", "publisher": "P"}\n')
    assert _read(own, "t.jsonl")[0] == "records"
    titles_only = '{"title": "A", "pages": "1-2"}\n{"title": "B", "pages": "3"}\n'
    assert _read(titles_only, "t.jsonl")[0] == "records"


def test_json_lines_with_a_line_that_is_no_object_is_not_a_list():
    assert pd._json_lines('{"title": "A"}\n[1, 2]\n') is None
    assert pd._json_lines('{"title": "A"}\n{bad\n') is None
    assert pd._json_lines('\ufeff{"title": "A"}\n\n{"title": "B"}\n') == [{"title": "A"}, {"title": "B"}]
