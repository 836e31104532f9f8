"""Probes of the BibTeX, markdown front-matter and data-file readers (issues #16, #21):
hand-made documents in shapes no test had shown them (BibLaTeX types and fields, TeX logos,
HugoBlox's CSL publication types, Quarto's author mappings, CSL-YAML), each read the way a
user's ``scholarlake ingest file`` reads it (detection included). Every test fails without
the rule it names; made-up names and titles, written here."""

from __future__ import annotations

import pytest

import extractors
from extractors.bibtex import BibtexExtractor, split_bibtex_authors, to_text
from scholarlake.extraction import extract_document

from .conftest import make_doc

FIELDS = ("title", "authors", "year", "venue", "record_type")


def read(text: str, uri: str) -> tuple[str, list[dict], list[dict]]:
    kind, records, rejects = extract_document(make_doc(text, uri))
    return kind, [{k: r[k] for k in FIELDS} for r in records], rejects


# --------------------------------------------------------------------------- BibTeX


@pytest.mark.parametrize("head", ["@software{", "@dataset{", "@manual{", "@booklet{", "@patent{", "@article("])
def test_a_file_of_any_bibtex_or_biblatex_entry_type_is_detected(head):
    """Every entry type of BibTeX's styles and of the BibLaTeX manual (section 2.1) opens an
    entry, with a brace or a parenthesis (``_ENTRY_TYPES``, ``_ENTRY_START``)."""
    close = ")" if head.endswith("(") else "}"
    text = f"{head}k1, author = {{Lee, Ann}}, title = {{A thing we made}}, year = {{2021}}{close}\n"
    kind, records, _ = read(text, "mem://refs.bib")
    assert kind == "bibtex" and [r["title"] for r in records] == ["A thing we made"]


def test_a_tilde_accent_is_a_letter_of_its_name_not_a_tie():
    """``_TILDE_ACCENT``: "Ca\\~nete" is one word, as LaTeX prints it."""
    assert split_bibtex_authors(r"Ca\~nete, Pedro and Pe\~{n}a, Ana and Lee~Ann Chen")[0] == [
        "Pedro Cañete", "Ana Peña", "Lee Ann Chen"]


def test_tex_logos_print_as_their_names():
    """``TEX_LOGOS``: pylatexenc alone drops \\LaTeX."""
    assert to_text(r"Typesetting with \LaTeX{} and \BibTeX\ files in \TeX") == \
        "Typesetting with LaTeX and BibTeX files in TeX"


def test_text_commands_print_their_argument():
    """``TEXT_ARGUMENT_MACROS``, ``TEXT_SYMBOLS``: pylatexenc alone drops "\\texttt{BERT}"."""
    assert to_text(r"\textsf{GraphSAGE} meets \texttt{BERT} in \mbox{H-infinity} \textup{and} \textmd{more}, \S 3") == \
        "GraphSAGE meets BERT in H-infinity and more, §3"


@pytest.mark.parametrize("year", ["2020a", "2020--2021", "2020/21"])
def test_a_year_with_a_disambiguating_letter_or_a_range_is_its_first_year(year):
    """``_LETTERED_YEAR``: "2020a" is 2020 (author-year styles' letter), a range its start."""
    entry = f"@article{{a, author = {{Lee, Ann}}, title = {{Suffixed}}, journal = {{J}}, year = {{{year}}}}}"
    _, records, _ = read(entry, "mem://refs.bib")
    assert records[0]["year"] == 2020


@pytest.mark.parametrize("field,names", [
    ("Lee, Ann and Chen, Bo et al.", ["Ann Lee", "Bo Chen"]),
    ("Lee, Ann and Chen, Bo, et al.", ["Ann Lee", "Bo Chen"]),
    ("Ann Lee et~al", ["Ann Lee"]),
    ("Ann Lee, Bo Chen, et al.", ["Ann Lee", "Bo Chen"]),  # (read so before: a comma-listed field)
])
def test_et_al_after_the_last_name_marks_the_list_truncated(field, names):
    """``_ET_AL_AFTER_NAME`` / ``_ET_AL_AFTER_COMMA``: not part of the last person's name."""
    assert split_bibtex_authors(field) == (names, True)


def test_an_edited_volume_has_its_editors_and_a_cross_referenced_volume_is_a_container():
    """``_EDITED_TYPES``: a @book with editors only has them as its names. ``_cross_referenced``:
    a @proceedings that a paper of the file cross-references, with no author of its own, is
    the paper's container (a reject with the reason), not a work of the list."""
    text = r"""
@inproceedings{c1, author = {Lee, Ann}, title = {Fast matching}, crossref = {SODA20}}
@proceedings{soda20, editor = {Roe, Cy}, title = {Proceedings of the Symposium on Discrete Algorithms},
  year = {2020}, publisher = {SIAM}}
@book{b1, editor = {Lee, Ann and Chen, Bo}, title = {An edited volume}, publisher = {Springer}, year = {2019}}
"""
    _, records, rejects = read(text, "mem://refs.bib")
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        ("Fast matching", ["Ann Lee"], 2020, "Proceedings of the Symposium on Discrete Algorithms"),
        ("An edited volume", ["Ann Lee", "Bo Chen"], 2019, "Springer")]
    assert len(rejects) == 1 and "cross-reference" in rejects[0]["reason"]


def test_biblatex_maintitle_and_eventtitle_give_the_venue():
    """``_venue``: an @inbook's multi-volume ``maintitle``; a paper's ``eventtitle`` when it names
    no proceedings."""
    text = r"""
@inbook{a, author = {Lee, Ann}, title = {On lattices}, maintitle = {Handbook of Combinatorics}, date = {2019}}
@inproceedings{b, author = {Lee, Ann}, title = {Eventful}, eventtitle = {Conference on Graphs}, date = {2010}}
"""
    drafts = list(BibtexExtractor().extract(make_doc(text)))
    assert [d.venue for d in drafts] == ["Handbook of Combinatorics", "Conference on Graphs"]


def test_a_macro_the_preamble_defines_as_nothing_prints_nothing():
    """``empty_macros``: BibTeX's documented sorting trick, "\\noopsort"."""
    text = r"""
@preamble{"\newcommand{\noopsort}[1]{} \providecommand{\Skip}[2]{}"}
@preamble{ {\def\sortkey#1{}} }
@article{a, author = {Lee, Ann}, title = {{\noopsort{a}}Sorted \Skip{x}{y}one \sortkey{zz}two}, journal = {J},
  year = {2010}}
"""
    assert [d.title for d in BibtexExtractor().extract(make_doc(text))] == ["Sorted one two"]


# --------------------------------------------------------------------------- markdown front matter


HUGOBLOX = """---
title: "Counting trees quickly"
authors:
- me
- Bo Chen
date: 2023-06-01
publication_types: ["paper-conference"]
publication: In *Proceedings of the Symposium on Discrete Algorithms*
---
"""


def test_hugoblox_csl_types_its_owner_placeholder_and_the_in_before_the_venue():
    """``CSL_TYPES`` (HugoBlox's ``publication_types`` since 2023), "me" among
    ``_OWNER_PLACEHOLDERS`` (its templates since 2024), ``_IN_BEFORE_EMPHASIS``."""
    kind, records, _ = read(HUGOBLOX, "content/publication/trees/index.md")
    assert kind == "markdown_front_matter"
    assert records == [{"title": "Counting trees quickly", "authors": ["Bo Chen"], "year": 2023,
                        "venue": "Proceedings of the Symposium on Discrete Algorithms",
                        "record_type": "conference"}]


def test_csl_article_is_a_preprint_and_no_emphasis_keeps_a_leading_in():
    text = HUGOBLOX.replace('["paper-conference"]', "[article]").replace(
        "In *Proceedings of the Symposium on Discrete Algorithms*", "In Silico Biology")
    _, records, _ = read(text, "content/publication/trees/index.md")
    assert (records[0]["record_type"], records[0]["venue"]) == ("preprint", "In Silico Biology")


QUARTO = """---
title: "Robust estimation of sparse graphs"
author:
  - name:
      given: Ann
      family: Lee
    affiliation: Somewhere
  - name: Bo Chen
date: "March 15, 2021"
doi: 10.1000/abc
---
"""


def test_quarto_author_mappings_and_a_date_written_in_words():
    """Quarto's ``name: {given, family}`` (``person_names``); a date whose year is not first."""
    _, records, _ = read(QUARTO, "publications/robust/index.qmd")
    assert (records[0]["authors"], records[0]["year"]) == (["Ann Lee", "Bo Chen"], 2021)
    _, records, _ = read(QUARTO.replace('"March 15, 2021"', '"05/03/2021"'), "publications/robust/index.qmd")
    assert records[0]["year"] == 2021


def test_quartos_citation_mapping_gives_venue_kind_and_doi_and_a_linked_name_is_its_text():
    """Quarto's ``citation:`` of CSL fields; ``_MD_LINK``: "[Bo Chen](https://...)" is "Bo Chen"."""
    page = QUARTO.replace("doi: 10.1000/abc\n", "citation:\n  type: article-journal\n  container-title: "
                          "Journal of Statistics\n  doi: 10.1000/abc\n").replace(
        "- name: Bo Chen", "- name: \"[Bo Chen](https://bo.example)\"")
    _, records, _ = read(page, "publications/robust/index.qmd")
    assert (records[0]["authors"], records[0]["venue"], records[0]["record_type"]) == (
        ["Ann Lee", "Bo Chen"], "Journal of Statistics", "journal")


def test_the_citations_period_after_the_last_given_name_is_no_part_of_it():
    """``citations._SENTENCE_PERIOD``: academicpages' ``citation: 'Last, First and Last, First.
    (2015). ...'``; an initial's period stays."""
    page = """---
title: "Spin waves"
collection: publications
date: 2015-01-01
venue: 'Physical Review B'
citation: 'Lee, Ann and Chen, Bo. (2015). &quot;Spin waves.&quot; <i>Physical Review B</i>. 3(2).'
---
"""
    assert read(page, "_publications/2015-spin.md")[1][0]["authors"] == ["Ann Lee", "Bo Chen"]
    assert read(page.replace("Chen, Bo.", "Chen, B."), "_publications/2015-spin.md")[1][0]["authors"] == [
        "Ann Lee", "B. Chen"]


def test_citation_cff_references_are_read():
    """``cff_entries`` (decided for #16/#21 on 2026-12-07: a CFF's ``references`` are works,
    each a record): was a strict xfail asserting the references' titles alone; the file's own
    software is a work of its own too, so it comes first (record type software)."""
    text = """cff-version: 1.2.0
title: graphkit
authors:
  - family-names: Lee
    given-names: Ann
references:
  - type: article
    title: Sparse spectra of random graphs
    authors:
      - family-names: Lee
        given-names: Ann
    journal: Journal of Graph Theory
    year: 2020
"""
    kind, records, rejects = read(text, "CITATION.cff")
    assert kind == "publication_data" and not rejects
    assert [(r["title"], r["record_type"]) for r in records] == [
        ("graphkit", "software"), ("Sparse spectra of random graphs", "journal")]
    assert records[1]["authors"] == ["Ann Lee"] and (records[1]["year"], records[1]["venue"]) == (
        2020, "Journal of Graph Theory")


CFF_PREFERRED = """cff-version: 1.2.0
message: If you use this software, please cite the article below.
title: graphkit
version: 2.1.0
date-released: 2023-05-04
doi: 10.5281/zenodo.000001
authors:
  - family-names: Lee
    given-names: Ann
  - name: The Graphkit Team
preferred-citation:
  type: conference-paper
  title: Graphkit, a toolkit for sparse graphs
  authors:
    - family-names: Lee
      given-names: Ann
    - family-names: Berg
      given-names: Jan
      name-particle: van der
  collection-title: Proceedings of the Symposium on Graphs
  year: 2022
references:
  - type: book
    title: Spectra of graphs
    authors:
      - family-names: Chen
        given-names: Bo
    publisher:
      name: Graph Press
    date-published: 2011-01-01
  - type: software
    title: numlib
    authors:
      - name: Numlib developers
"""


def test_a_citation_cff_gives_its_software_its_preferred_citation_and_each_reference():
    """``cff_entries``: one record for the software (``date-released``), one for
    ``preferred-citation`` (CFF's ``conference-paper``, ``collection-title``, ``name-particle``),
    one per reference (a ``publisher`` mapping's name, ``date-published``)."""
    kind, records, rejects = read(CFF_PREFERRED, "CITATION.cff")
    assert kind == "publication_data" and not rejects
    assert [(r["title"], r["authors"], r["year"], r["venue"], r["record_type"]) for r in records] == [
        ("graphkit", ["Ann Lee", "The Graphkit Team"], 2023, None, "software"),
        ("Graphkit, a toolkit for sparse graphs", ["Ann Lee", "Jan van der Berg"], 2022,
         "Proceedings of the Symposium on Graphs", "conference"),
        ("Spectra of graphs", ["Bo Chen"], 2011, "Graph Press", "book"),
        ("numlib", ["Numlib developers"], None, None, "software")]


# --------------------------------------------------------------------------- data files


CSL_YAML = """---
references:
- id: lee2020
  type: article-journal
  title: Sparse spectra of random graphs
  author:
  - family: Lee
    given: Ann
  - family: Berg
    given: Jan
    non-dropping-particle: van der
  container-title: Journal of Graph Theory
  issued:
    date-parts:
    - [2020, 5]
- id: lee2024
  type: article
  title: A working paper
  author:
  - family: Lee
    given: Ann
    suffix: Jr.
  container-title: SSRN
  issued: 2024
...
"""


def test_csl_yaml_under_references_is_read_with_csl_types():
    """``_csl_list``: pandoc's ``references:`` of CSL items is a bibliography, though a CV's
    "References" are referees; ``_kind`` reads a CSL item's "article" as a preprint;
    ``NAME_SUFFIX``."""
    assert extractors.detect(make_doc(CSL_YAML, "mem://refs")).name == "publication_data"
    _, records, _ = read(CSL_YAML, "references.yaml")
    assert records == [
        {"title": "Sparse spectra of random graphs", "authors": ["Ann Lee", "Jan van der Berg"], "year": 2020,
         "venue": "Journal of Graph Theory", "record_type": "journal"},
        {"title": "A working paper", "authors": ["Ann Lee Jr"], "year": 2024, "venue": "SSRN",
         "record_type": "preprint"}]


def test_a_cv_data_files_referees_are_still_not_read():
    text = """publications:
  - title: Spin waves
    authors: Ann Lee
    year: 2020
references:
  - name: Cy Roe
    title: Professor
    email: cy@example.org
"""
    _, records, _ = read(text, "_data/cv.yml")
    assert [r["title"] for r in records] == ["Spin waves"]


def test_a_data_files_venue_loses_the_in_that_cites_it():
    text = """- title: A paper
  authors: Ann Lee
  venue: "In *Proc. ICML*"
  year: 2020
"""
    assert read(text, "_data/publications.yml")[1][0]["venue"] == "Proc. ICML"


def test_an_edited_books_editors_and_crossrefs_json_shapes():
    """A data file's edited book with editors only has them as its names (as BibTeX styles
    print it); Crossref's JSON: a ``container-title`` list, ``published-print``, its
    ``journal-article`` type (``_TYPES``)."""
    text = """[
 {"type": "book", "title": "An edited volume", "editor": [{"family": "Lee", "given": "Ann"}],
  "publisher": "Springer", "issued": {"date-parts": [[2019]]}},
 {"type": "journal-article", "title": "From the Crossref API", "author": [{"family": "Chen", "given": "Bo"}],
  "container-title": ["Journal of Graph Theory"], "published-print": {"date-parts": [[2018, 3]]}}
]"""
    _, records, _ = read(text, "works.json")
    assert records == [
        {"title": "An edited volume", "authors": ["Ann Lee"], "year": 2019, "venue": "Springer", "record_type": "book"},
        {"title": "From the Crossref API", "authors": ["Bo Chen"], "year": 2018, "venue": "Journal of Graph Theory",
         "record_type": "journal"}]


def test_a_csl_literal_name_in_capitals_keeps_them():
    """``names._capitalized``: one word in capitals with no given name is a body's acronym."""
    text = ('[{"type": "report", "title": "Outlook", "author": [{"literal": "OECD"}], '
            '"issued": {"date-parts": [[2019]]}}]')
    assert read(text, "x.json")[1][0]["authors"] == ["OECD"]


def test_a_jabref_file_in_the_encoding_its_first_line_declares():
    """``base._JABREF_ENCODING``: JabRef before 5 saved in the system's encoding and wrote it
    first; without that line the file is still a reject naming the byte."""
    entry = ("@article{a, author = {M\u00fcller, J\u00fcrgen}, title = {Caf\u00e9 graphs}, journal = {J}, "
             "year = {2001}}\n")
    kind, records, _ = extract_document(make_doc(("% Encoding: windows-1252\n\n" + entry).encode("cp1252"), "a.bib"))
    assert kind == "bibtex" and [(r["title"], r["authors"]) for r in records] == [("Café graphs", ["Jürgen Müller"])]
    _, records, rejects = extract_document(make_doc(entry.encode("cp1252"), "a.bib"))
    assert not records and "not valid UTF-8" in rejects[0]["reason"]


TOML_DATA = """# Hugo data file
[[publications]]
title = "Spin waves in thin films"
authors = ["Ann Lee", "Bo Chen"]
year = 2020
venue = "Physical Review B"

[[publications]]
title = "A second paper"
authors = ["Ann Lee"]
year = 2019
venue = "NeurIPS"
"""


def test_a_toml_data_file_is_read_like_its_yaml_and_a_broken_one_is_a_reject():
    """``_TOML_HEAD``: Hugo keeps site data in TOML as well as YAML and JSON."""
    kind, records, _ = read(TOML_DATA, "data/publications.toml")
    assert kind == "publication_data" and [(r["title"], r["authors"], r["year"]) for r in records] == [
        ("Spin waves in thin films", ["Ann Lee", "Bo Chen"], 2020), ("A second paper", ["Ann Lee"], 2019)]
    _, records, rejects = read(TOML_DATA.replace('year = 2019', 'year = = 2019'), "data/publications.toml")
    assert not records and "malformed TOML" in rejects[0]["reason"]
