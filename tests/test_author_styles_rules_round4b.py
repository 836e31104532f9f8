"""The rules wt-names5 drew from the author styles' round 4 (IEEE full given names, AMA, GOST
simplified, Springer basic, DBLP listings, MathSciNet), one class each, on invented names,
titles and venues (none taken from the sources). Each reader case fails on main d0be63a."""

from __future__ import annotations

import pytest

from scholarlake.extraction import extract_document

from . import author_styles as gen
from .conftest import make_doc


def _read_by_each(refs: list[str]) -> dict[str, dict[str, list[str]]]:
    """{reader: {title: authors}} of the references read by the CV text, markdown and HTML readers."""
    out = {}
    for reader, (render, name) in gen.READERS.items():
        _, records, _ = extract_document(make_doc(render(refs).encode(), name))
        out[reader] = {r["title"]: list(r.get("authors") or []) for r in records}
    return out


# --------------------------------------------------------------------------- DBLP's homonym numbers

def test_a_zero_padded_number_after_a_name_is_dblps_homonym_number():
    """A four-digit number opening with 0 after a name, before the next name or the list's
    colon, tells people of one name apart (DBLP): no part of the name. A year never opens with 0."""
    from extractors.name_marks import unmarked_names

    assert unmarked_names("Ann B. Lee 0003, Bo Chen 0012: Spin waves. Phys Rev B 3(2): 1-9 (2021)") == \
        "Ann B. Lee, Bo Chen: Spin waves. Phys Rev B 3(2): 1-9 (2021)"
    assert unmarked_names("Ann Lee 0001 and Bo Chen: Spin waves. Venue 3(2): 1-9 (2021)") == \
        "Ann Lee and Bo Chen: Spin waves. Venue 3(2): 1-9 (2021)"
    # after the names' colon, and a number not led by 0, are left
    kept = "Ann Lee, Bo Chen: Results of 0001 runs, 0002 more. Venue 3(2): 1-9 (2021)"
    assert unmarked_names(kept) == kept
    assert unmarked_names("Ann Lee 2003, Bo Chen: Title. V") == "Ann Lee 2003, Bo Chen: Title. V"


def test_one_name_before_a_listings_tail_is_the_names():
    """"Jan Okafor: Title. Venue 3(2): 1-9 (2020)": a bibliography listing's tail (volume(issue):
    pages (year) closing the entry) says the colon ends the names, one name alone too; without
    it one name before a colon stays a title's ("Firm Dynamics: A Global View")."""
    from extractors.citations import parse_names_colon

    e = parse_names_colon("Jan Okafor: Graph theory of the dual. Journal of Graphs 3(2): 1-9 (2020)")
    assert e is not None and (e.authors, e.title, e.year) == (["Jan Okafor"], "Graph theory of the dual", 2020)
    assert parse_names_colon("Firm Dynamics: A Global View. Journal of Graphs, 2020.") is None
    got = _read_by_each(["Jan Okafor 0004: Graph theory of the dual. Journal of Graphs 3(2): 1-9 (2020)",
                         "Ann B. Lee 0003, Bo Chen: Spin waves in thin films. Phys Rev B 3(2): 1-9 (2021)"])
    for reader, by_title in got.items():
        assert by_title.get("Graph theory of the dual") == ["Jan Okafor"], reader
        assert by_title.get("Spin waves in thin films") == ["Ann B. Lee", "Bo Chen"], reader


# --------------------------------------------------------------------------- GOST 7.1

def test_gosts_double_slash_ends_the_title():
    """"Title // Venue. – 2021. – Vol. 3": the spaced double slash parts a work's title from the
    document holding it; the names before are surname first ("Lee A. B., Chen B."), one alone too."""
    refs = ["Lee A. B., Chen B., Roe C. Spin waves in thin films // Physical Review B. – 2021. – Vol. 3, No. 2. – P. 1–9.",
            "Okafor H. V. The onion model of data // Journal of Graphs. – 1995. – Vol. 3, No. 2. – P. 1–9."]
    for reader, by_title in _read_by_each(refs).items():
        assert by_title.get("Spin waves in thin films") == ["A. B. Lee", "B. Chen", "C. Roe"], reader
        assert by_title.get("The onion model of data") == ["H. V. Okafor"], reader


def test_the_double_slash_rule_leaves_other_entries():
    from extractors.author_lists import inverted_initials_list_end
    from extractors.cv_entries import parse_entry

    # one "Surname I." alone without the mark stays a given-first name's start ("Ann B. Lee")
    assert inverted_initials_list_end("Okafor H. V. The onion model of data. Journal of Graphs, 1995.") is None
    # GOST's full form, "Title / Names // Venue": the names after the title, read by the CV PDF
    # reader's GOST reading; the double slash is no title's end there
    from extractors.author_lists import host_mark

    assert host_mark("Lee, A. B. Spin waves / A. B. Lee, B. Chen // Phys. Rev. B. – 2021.") is None
    assert host_mark("Lee A. B., Chen B. Spin waves // Phys. Rev. B. – 2021.") is not None
    # a URL's slashes are no mark (no spaces around them)
    e = parse_entry("Ann Lee and Bo Chen. Spin waves in thin films. https://example.org//x, 2021.")
    assert e.title == "Spin waves in thin films"


# --------------------------------------------------------------------------- MathSciNet

def test_a_full_given_names_last_initial_gets_its_stop_back():
    """The text reader's "Surname, Given" people between semicolons: the stop that ends the list
    after a full given name and an initial is the initial's too ("Gillies, Anthony S." ->
    "Anthony S. Gillies"), a given name being never one letter; a list of initials alone as before."""
    from extractors.cv_entries import parse_entry

    e = parse_entry("Okafor, Kai; Gillies, Anthony S. Must it stay strong. Natural Semantics 12 (2010), no. 12, 492–508.",
                    semicolon_lists=True)
    assert (e.authors, e.title) == (["Kai Okafor", "Anthony S. Gillies"], "Must it stay strong")
    e = parse_entry("Lee, Ann B.; Chen, Bo; Roe, Cy. Spin waves in thin films. Phys Rev B 3 (2021), no. 2, 1–9.",
                    semicolon_lists=True)
    assert (e.authors, e.title) == (["Ann B. Lee", "Bo Chen", "Cy Roe"], "Spin waves in thin films")


# --------------------------------------------------------------------------- Springer basic

@pytest.mark.parametrize("text, expected", [
    ("Okafor J (1992) Graph theory of the dual. Journal of Graphs 3(2):1–9", True),
    ("Lee AB. Spin waves. Phys Rev B. 2021;3(2):1-9.", True),  # Vancouver's date, as before
    ("Jan Okafor: Graph theory. Journal of Graphs 3(2): 1-9 (2020)", False),  # DBLP spaces them
    ("Okafor J (1992) Graph theory of the dual. Journal of Graphs, 3(2), 1–9.", False),  # APA's commas
])
def test_springers_run_together_pages_make_a_vancouver_entry(text, expected):
    from extractors.author_lists import vancouver_entry

    assert vancouver_entry(text) is expected


def test_one_vancouver_name_in_a_springer_entry_is_turned():
    """"Okafor J (1992) Title. Venue 3(2):1–9": one "Surname I" alone, in an entry closed by
    Springer's run-together volume(issue):pages, is surname first ("J. Okafor")."""
    for reader, by_title in _read_by_each(["Okafor J (1992) Graph theory of the dual. Journal of Graphs 3(2):1–9",
                                           "Lee AB, Chen B (1992) Spin waves in thin films. Journal of Graphs 3(2):1–9"]).items():
        assert by_title.get("Graph theory of the dual") == ["J. Okafor"], reader
        assert by_title.get("Spin waves in thin films") == ["A. B. Lee", "B. Chen"], reader
