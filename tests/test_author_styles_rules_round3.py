"""The rules wt-names3 added while studying round 2 of tests/author_styles.py (gbt7714,
european_dotted, bibtex_verbatim), each with a hand-made case that fails without it. The names
are made up; none is taken from ../shared."""

from __future__ import annotations

import pytest

from scholarlake.extraction import extract_document

from . import author_styles as gen
from .conftest import make_doc


def _read(refs: list[str]) -> dict[str, list[dict]]:
    """The records of each reader (CV text, markdown, HTML) of one list of references."""
    out = {}
    for reader, (render, name) in gen.READERS.items():
        _, records, _ = extract_document(make_doc(render(refs).encode(), name))
        out[reader] = records
    return out


def test_a_gbt7714_type_code_is_no_part_of_the_title():
    """GB/T 7714's "[J]", "[C]", "[EB/OL]" after the title (normalizers.titles.GBT7714_TYPES);
    a bracket that is no such code stays."""
    from normalizers.titles import display_title

    assert display_title("Spin waves in thin films[J]") == "Spin waves in thin films"
    assert display_title("Spin waves in thin films [C]") == "Spin waves in thin films"
    assert display_title("Spin waves in thin films[EB/OL]") == "Spin waves in thin films"
    assert display_title("A study of the [Fe/H] ratio [X]") == "A study of the [Fe/H] ratio [X]"
    assert display_title("Models of [C]") == "Models of"  # (a title ending so is taken for a code)


def test_gbt7714_names_surname_in_capitals_initials_spaced():
    """"LEE A B" (GB/T 7714): a surname, then single capitals parted by spaces, is given name
    first "A. B. Lee" (author_lists.VANCOUVER_NAME), in every reader, the surname in its usual
    case; "C. LI" too (normalizers.names.CAPITALS_NAME_LETTERS)."""
    from extractors.author_lists import given_first
    from normalizers.names import clean_name

    assert given_first(["OKAFOR A B", "LI C"]) == ["A. B. OKAFOR", "C. LI"]
    assert clean_name("C. LI") == "C. Li" and clean_name("OECD") == "OECD"
    refs = ["OKAFOR A B, LI C, ROE C W, et al. Spin waves in thin films[J]. Phys Rev B, 2021, 3(2): 1-9.",
            "VAN DER MOLEN J, XU Y. Graph theory of the dual[C]. Proc. Graph Conf, 2019: 12-19."]
    for reader, records in _read(refs).items():
        got = {r["title"]: r["authors"] for r in records}
        assert got.get("Spin waves in thin films") == ["A. B. Okafor", "C. Li", "C. W. Roe"], reader
        assert got.get("Graph theory of the dual") == ["J. van der Molen", "Y. Xu"], reader


@pytest.mark.parametrize("names, turned", [
    # one name alone, its initials stopped: no given-first name ends in a stopped initial
    (["Okafor H.V."], ["H. V. Okafor"]),
    (["von Okafor K."], ["K. von Okafor"]),
    # four initials, abbreviated given names of two letters, an accented capital, "al-"
    (["van Dam M.G.L.M.", "de Wit A.P."], ["M. G. L. M. van Dam", "A. P. de Wit"]),
    (["Okafor Al.L.", "Bludek Yu.V."], ["Al. L. Okafor", "Yu. V. Bludek"]),
    (["Lee O.", "al-Rashid G."], ["O. Lee", "G. al-Rashid"]),
    # a stop lost to the citation's or a reader's cut comes back among stopped initials
    (["Lee M.", "Okafor Yu"], ["M. Lee", "Yu. Okafor"]),
    (["Lee J.", "Berg P.-Å"], ["J. Lee", "P.-Å. Berg"]),
])
def test_surname_then_stopped_initials_turned(names, turned):
    from extractors.author_lists import given_first

    assert given_first(names) == turned


def test_surname_then_stopped_initials_left_alone():
    from extractors.author_lists import given_first

    assert given_first(["Wei LI"]) == ["Wei LI"]  # Vancouver's bare initials alone: nothing says so
    assert given_first(["Okafor Jr."]) == ["Okafor Jr."]  # a suffix is no initial
    assert given_first(["Ann Lee", "Bo Chen"]) == ["Ann Lee", "Bo Chen"]
    # a stop given back only to the last name, an initial's, after names all so printed
    # ("Taosong He, Stephen G." is two given-first names cut short: "He" is no initial)
    assert given_first(["Taosong He", "Stephen G."]) == ["Taosong He", "Stephen G."]
    assert given_first(["Lee M.", "Okafor Ann"]) == ["Lee M.", "Okafor Ann"]


def test_a_surname_with_a_particle_before_its_given_name():
    """The text reader's comma split: "von Okafor, Kai" is one person, as "Okafor, Kai" is
    (cv_entries._particle_surname); "Di He" stays a given name and a surname."""
    from extractors.cv_entries import parse_entry

    e = parse_entry("von Okafor, Kai and Lee, Ann. Spin waves in thin films. Phys. Rev. B, 3(2):1–9, 2008.",
                    semicolon_lists=True)
    assert (e.authors, e.title) == (["Kai von Okafor", "Ann Lee"], "Spin waves in thin films")
    e = parse_entry("Van den Okafor, Jan. Spin waves in thin films. Phys. Rev. B, 3(2):1–9, 2008.", semicolon_lists=True)
    assert e.authors == ["Jan Van den Okafor"]
    e = parse_entry("Di He, Bo Chen and Le Song. Spin waves in thin films. Phys. Rev. B, 3(2):1–9, 2008.",
                    semicolon_lists=True)
    assert e.authors == ["Di He", "Bo Chen", "Le Song"]


def test_bibtex_name_form_ends_at_its_last_initial():
    """BibTeX's own form printed as it is ("Okafor, Eamon J. Title", "..., Martin S. A
    Taxonomy"): the list ends at its last initial's stop (author_lists.bibtex_form_list_end),
    or, two people or more, at the stop after a word."""
    from extractors.author_lists import bibtex_form_list_end
    from extractors.cv_entries import parse_entry

    text = "Okafor, Eamon J. Exact Indexing of Time Series. VLDB, 1(1):1–6, 2002."
    assert bibtex_form_list_end(text) == len("Okafor, Eamon J.")
    e = parse_entry(text, semicolon_lists=True)
    assert (e.authors, e.title) == (["Eamon J. Okafor"], "Exact Indexing of Time Series")
    e = parse_entry("von Okafor, Sebas H. and Lee, Martin S. A Taxonomy of Secure Databases. TODS, 3(1):3–9, 1994.",
                    semicolon_lists=True)
    assert (e.authors, e.title) == (["Sebas H. von Okafor", "Martin S. Lee"], "A Taxonomy of Secure Databases")
    e = parse_entry("Okafor, Hector and Chang, Kevin Chen-Chuan. Approximate query mapping. VLDB J, 2(2):3–8, 2001.",
                    semicolon_lists=True)
    assert (e.authors, e.title) == (["Hector Okafor", "Kevin Chen-Chuan Chang"], "Approximate query mapping")
    # initials inside the last person go on ("Laks V. S."); other forms are not this one's
    assert bibtex_form_list_end("Okafor, Laks V. S. Optimizing Twig Queries. VLDB, 2002.") == len("Okafor, Laks V. S.")
    assert bibtex_form_list_end("Lee, Ann B., Bo Chen, and Cy Roe. Spin waves. Phys Rev B, 2001.") is None
    assert bibtex_form_list_end("Lee, Ann. Spin waves. Phys Rev B, 2001.") is None
    # a given name of two letters is a word, its stop the list's ("Bo." is no "Ya.")
    text = "Lee, Ann and Chen, Bo. Spin waves. Phys Rev B, 2001."
    assert bibtex_form_list_end(text) == len("Lee, Ann and Chen, Bo")
    assert parse_entry(text, semicolon_lists=True).authors == ["Ann Lee", "Bo Chen"]
    # a surname of two capitalised words: given-first names ("Taosong Lee, Bo G. Chen und ...")
    assert bibtex_form_list_end("Tao Lee, Bo G. Chen und Cy Roe (1996): Spin waves. In: VLDB 1, S. 1–9.") is None


def test_bibtex_name_form_in_the_markdown_and_html_readers():
    """The same form read by the markdown and HTML readers (their CV-style reading), two people
    "Surname, Given and Surname, Given" split at the "and" (cv_entries._AND_PAIR_INVERTED)."""
    refs = ["Okafor, Eamon J. Exact Indexing of Time Series. VLDB, 1(1):1–6, 2002.",
            "Okafor, Hector and Chang, Kevin Chen-Chuan. Approximate query mapping. VLDB J, 2(2):3–8, 2001.",
            "Lee, Ann and Chen, Bo. Spin waves in thin films. VLDB J, 2(2):3–8, 2001."]
    for reader, records in _read(refs).items():
        got = {r["title"]: r["authors"] for r in records}
        assert got.get("Exact Indexing of Time Series") == ["Eamon J. Okafor"], reader
        assert got.get("Approximate query mapping") == ["Hector Okafor", "Kevin Chen-Chuan Chang"], reader
        assert got.get("Spin waves in thin films") == ["Ann Lee", "Bo Chen"], reader
