"""BibTeX fields read the way BibTeX and BibLaTeX define them (``extractors.bibtex``): author
lists, entries bibtexparser keeps aside, HTML character references, BibLaTeX's date /
journaltitle / subtitle, crossref inheritance and the AAS journal macros. Small hand-made
entries, one rule each."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractors.bibtex import BibtexExtractor, split_bibtex_authors, split_persons

from .conftest import make_doc


def drafts(text: str) -> dict:
    return {d.source_record_id: d for d in BibtexExtractor().extract(make_doc(text)) if hasattr(d, "source_record_id")}


@pytest.mark.parametrize("field,names", [
    # a hand-made list with commas instead of " and ": the names it lists
    ("Ann B. Lee, Bo Chen,  Cy D.E. Roe", ["Ann B. Lee", "Bo Chen", "Cy D.E. Roe"]),
    ("Ann Lee, Bo Chen, Cy Roe and Di Wu", ["Ann Lee", "Bo Chen", "Cy Roe", "Di Wu"]),
    # what BibTeX itself allows between commas stays one name
    ("Lee, Ann B.", ["Ann B. Lee"]),
    ("Lee, , Ann B and Chen, , Bo", ["Ann B Lee", "Bo Chen"]),
    ("{Evans}, II, N.~J.", ["N. J. Evans, II"]),
    ("King, Jr., Martin Luther", ["Martin Luther King, Jr."]),
    ("{Barnes, Noble, and Sons} and Lee, Ann", ["Barnes, Noble, and Sons", "Ann Lee"]),
])
def test_author_fields(field, names):
    assert split_bibtex_authors(field)[0] == names


def test_html_character_references_are_the_characters_they_stand_for():
    (d,) = drafts(r"""@article{a, title = {Codes of size $p^2$&nbsp;and lattices}, author = {Lee, Ann},
      journal = {Acta Math.\ \& Phys.}, year = {2020}}""").values()
    # (the math as it prints since wt-bib3; it was kept as "$p^2$" before)
    assert d.title == "Codes of size p² and lattices"
    assert d.venue == "Acta Math. & Phys."


def test_an_entry_with_a_field_given_twice_is_read_like_the_others():
    d = drafts('''@string{jnt = {J. Number Theory}}
@article{b, title = "On sums", author = "Lee, Ann", journal = jnt, year = "2017",
  keywords = "one", keywords = "two"}''')["b"]
    assert (d.title, d.authors, d.venue, d.year) == ("On sums", ["Ann Lee"], "J. Number Theory", 2017)


def test_biblatex_date_journaltitle_and_subtitles():
    got = drafts(r"""@Article{c, author = {von Lee, Ann}, title = {Exceptives}, subtitle = {The Meaning of {\emph{Unless}}},
  journaltitle = {Journal of Things}, date = {1991-03-01}}
@InCollection{d, author = {Lee, Ann}, title = {Why?}, subtitle = {A Reply}, booktitle = {Ken Hale},
  booksubtitle = {A Life in Language}, date = {2001/2002}}
@Thesis{e, author = {Lee, Ann}, title = {Domains}, type = {phdthesis}, institution = {Some University}, date = 1994}
@Unpublished{f, author = {Lee, Ann}, title = {Notes}, year = {in press}}""")
    assert (got["c"].title, got["c"].authors, got["c"].venue, got["c"].year) == (
        "Exceptives: The Meaning of Unless", ["Ann von Lee"], "Journal of Things", 1991)
    assert (got["d"].title, got["d"].venue, got["d"].year) == ("Why? A Reply", "Ken Hale: A Life in Language", 2001)
    assert (got["e"].venue, got["e"].year) == ("Some University", 1994)
    assert (got["f"].year, got["f"].date_text) == (None, "in press")


def test_crossref_fields_are_inherited():
    got = drafts("""@inproceedings{paper, author = {Lee, Ann}, title = {A Paper}, crossref = {Proc}, pages = {1--9}}
@proceedings{proc, title = {Proceedings of the Workshop on Things}, year = {2019}, publisher = {ACM}}
@inproceedings{own, author = {Chen, Bo}, title = {Another}, booktitle = {Its Own Book}, year = 2018, crossref = {proc}}""")
    assert (got["paper"].venue, got["paper"].year, got["paper"].title) == (
        "Proceedings of the Workshop on Things", 2019, "A Paper")
    assert (got["own"].venue, got["own"].year) == ("Its Own Book", 2018)


@pytest.mark.parametrize("journal,venue", [(r"\apj", "ApJ"), (r"{\aap}", "A&A"), (r"\mnras", "MNRAS"),
                                           (r"\notajournal", "Some Press")])
def test_aas_journal_macros_print_as_aastex_prints_them(journal, venue):
    (d,) = drafts(f"@article{{g, title = {{T}}, author = {{Lee, A.}}, journal = {{{journal}}}, year = 2012,"
                  f" publisher = {{Some Press}}}}").values()
    assert d.venue == venue


def test_string_macros_and_concatenation_resolve():
    (d,) = drafts('''@string{jt = "Journal of Things"}
@string{me = "Lee, Ann"}
@article{h, title = {T}, author = me # " and Chen, Bo", journal = jt # ", Series B", year = 2015, month = nov}''').values()
    assert (d.authors, d.venue, d.year) == (["Ann Lee", "Bo Chen"], "Journal of Things, Series B", 2015)


def test_a_file_of_biblatex_types_only_is_detected():
    from extractors import detect

    doc = make_doc("@Thesis{t, author = {Lee, Ann}, title = {Domains}, institution = {U}, date = 1994}\n")
    assert detect(doc).name == "bibtex"
    (d,) = detect(doc).extract(doc)
    assert (d.record_type, d.venue, d.year) == ("thesis", "U", 1994)


@pytest.mark.parametrize("field,names", [
    ("SMITH, JOHN and LEE, ANN B.", ["John Smith", "Ann B. Lee"]),
    ("JOHN SMITH and WAEL ABU-SHAMMALA", ["John Smith", "Wael Abu-Shammala"]),
    ("S.K. OH and O'BRIEN, SEAN", ["S.K. Oh", "Sean O'Brien"]),
    ("M{\\\"U}LLER, J{\\\"O}RG and KING, III, MARTIN", ["Jörg Müller", "Martin King, III"]),
    # a name with small letters: only words of three capitals or more; two are initials
    ("Sondra I VEGA-CASTILLO and Paulo AV Borges and Jean DUPONT", ["Sondra I Vega-Castillo", "Paulo AV Borges", "Jean Dupont"]),
    # a name braced whole is as written
    ("{LHCb Collaboration} and {NASA}", ["LHCb Collaboration", "NASA"]),
])
def test_names_in_capitals_are_in_their_usual_case(field, names):
    assert split_bibtex_authors(field)[0] == names


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["and", "AND", "And", "Ann", "Lee", " ", "\t", "\n", ",", "B.", "andy", "sand",
                                 "-and-", "~", "\\'e", "{", "}", "{and}"]), max_size=14))
@example(["and", " ", "and", " ", "\\'e"])
@example(["{and}", " ", "and", " ", "\\'e"])
def test_persons_split_as_bibtexparser_splits_them(tokens):
    """The same split as bibtexparser's, a backslash read as an ordinary character: BibTeX
    splits at " and " outside braces whatever the backslashes, while bibtexparser drops an
    escape that opens a person ("and and \\'e" -> ['and', 'e']), which would lose the accent
    of "\\'Eric". "/" stands in for the backslash when bibtexparser is asked."""
    from bibtexparser.middlewares.names import split_multiple_persons_names

    text = " ".join("".join(tokens).split())
    theirs = [p.replace("/", "\\") for p in split_multiple_persons_names(text.replace("\\", "/"))]
    assert split_persons(text) == theirs


def test_an_accent_opening_a_person_is_kept():
    assert split_persons("A. Lee and \\'Eric Blanc") == ["A. Lee", "\\'Eric Blanc"]
    assert split_persons("{LHCb} and \\'Eric Blanc") == ["{LHCb}", "\\'Eric Blanc"]
    assert split_bibtex_authors("A. Lee and \\'Eric Blanc")[0] == ["A. Lee", "Éric Blanc"]


def test_dblp_homonym_numbers_are_no_part_of_a_name():
    assert split_bibtex_authors("Wei Wang 0001 and Bo Li 0003 and Ann Lee")[0] == ["Wei Wang", "Bo Li", "Ann Lee"]
    assert split_bibtex_authors("{Team 2024}")[0] == ["Team 2024"]  # a braced name is as written


@pytest.mark.parametrize("fields,venue,kind", [
    # arXiv's own export and INSPIRE-HEP: an eprint with archivePrefix, no journal
    ("eprint = {2101.00001}, archivePrefix = {arXiv}, primaryClass = {cs.LG}", "arXiv", "preprint"),
    # BibLaTeX's eprinttype; an old-style identifier with its version, no prefix field
    ("eprint = {2101.00001}, eprinttype = {arxiv}", "arXiv", "preprint"),
    ("eprint = {hep-th/9901001v2}", "arXiv", "preprint"),
    ("eprint = {math.AG/0601001}", "arXiv", "preprint"),
    ("eprint = {arXiv:2101.00001}", "arXiv", "preprint"),
    # a journal named beside the e-print is the venue
    ("journal = {Phys. Rev. D}, eprint = {2101.00001}, archivePrefix = {arXiv}", "Phys. Rev. D", "journal"),
    # another archive, or an eprint that is no arXiv identifier: no venue made up
    ("eprint = {hal-01234567}, archivePrefix = {HAL}", None, "preprint"),
    ("eprint = {2101.00001}, archivePrefix = {HAL}", None, "preprint"),
    ("eprint = {12345}", None, "preprint"),
])
def test_an_arxiv_eprint_with_no_other_venue_has_the_venue_arxiv(fields, venue, kind):
    entry_type = "article" if "journal" in fields else "misc"
    (d,) = drafts(f"@{entry_type}{{k, title = {{Sparse Things}}, author = {{Ann Lee}}, year = {{2021}}, {fields}}}").values()
    assert (d.venue, d.record_type) == (venue, kind)


@pytest.mark.parametrize("field,names", [
    # a group author's capitals are an experiment's name, braced or not
    ("The BABAR Collaboration and B. Aubert", ["The BABAR Collaboration", "B. Aubert"]),
    ("Aubert, B. and {The BABAR Collaboration}", ["B. Aubert", "The BABAR Collaboration"]),
    ("the LIGO Scientific Consortium", ["the LIGO Scientific Consortium"]),
    ("the SDSS Team and Lee, Ann", ["the SDSS Team", "Ann Lee"]),
    # a person's name typed in capitals is still in its usual case
    ("S.K. OH and Ann LEE-PARK", ["S.K. Oh", "Ann Lee-Park"]),
    ("Bo GROUP", ["Bo Group"]),
])
def test_a_group_authors_capitals_are_kept(field, names):
    assert split_bibtex_authors(field)[0] == names
