"""The rules wt-names6 drew from the author styles' round 5 (family names in capitals first,
French CVs' capitals with "et" and « », APA in Spanish, Australian Harvard, NLM group authors,
Google Scholar rows), one class each, on invented names, titles and venues (none taken from the
sources). The reader cases fail on main d157377."""

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


# --------------------------------------------------------------------------- family names in capitals

@pytest.mark.parametrize("names, turned", [
    (["QUARRY Odile", "van der MEULEN Tjalling P."], ["Odile QUARRY", "Tjalling P. van der MEULEN"]),
    (["DE la BARRE Inès", "WOLKOWSKI Piotr"], ["Inès DE la BARRE", "Piotr WOLKOWSKI"]),
    # a reading that took the names' last initial for the whole given name put it first
    (["R. S. HALVORSEN Ingrid", "NAKAMURA Taro"], ["Ingrid R. S. HALVORSEN", "Taro NAKAMURA"]),
    # a stop the names' end took back after the last initial
    (["FEATHERSTONE Gareth W", "OKONJO Ada"], ["Gareth W. FEATHERSTONE", "Ada OKONJO"]),
    # given names first already: as printed
    (["Odile QUARRY", "Piotr WOLKOWSKI"], ["Odile QUARRY", "Piotr WOLKOWSKI"]),
])
def test_family_names_in_capitals_first_are_turned(names, turned):
    from extractors.author_lists import capitals_family_names

    assert capitals_family_names(names) == turned


@pytest.mark.parametrize("names", [
    ["AB Quarry", "TP Meulen"],  # Google Scholar's bare initials first
    ["Quarry AB", "Meulen TP"],  # Vancouver's initials last
    ["XU Wen", "LI Dan"],  # short capitals alone: family names or initials, undecided
    ["Odile Quarry", "OPAL Collaboration"],  # a group's name in capitals
    ["QUARRY Odile", "Piotr Wolkowski (IBM)"],  # capitals no name form holds leave the list as printed
    ["Gareth Featherstone III", "Ada Okonjo"],  # a suffix
])
def test_capitals_that_may_be_something_else_stay(names):
    from extractors.author_lists import capitals_family_names

    assert capitals_family_names(names) == names


def test_a_list_of_family_names_in_capitals_first_in_every_reader():
    """"QUARRY Odile, van der MEULEN Tjalling. Title. Venue, 2021, 3(2): 1-9.": each person
    given name first (the capitals kept: the scorer's key is in lower case)."""
    refs = ["QUARRY Odile, van der MEULEN Tjalling. Braided rivers on glacial outwash. Journal of Gravel, 2021, 3(2): 1-9.",
            "WOLKOWSKI Piotr, HALVORSEN Ingrid, OKONJO Ada. Sediment pulses after floods. Journal of Gravel, 2020, 2(1): 10-19."]
    for reader, got in _read_by_each(refs).items():
        assert got.get("Braided rivers on glacial outwash") == ["Odile QUARRY", "Tjalling van der MEULEN"], reader
        assert got.get("Sediment pulses after floods") == ["Piotr WOLKOWSKI", "Ingrid HALVORSEN", "Ada OKONJO"], reader


# --------------------------------------------------------------------------- French guillemets

def test_a_title_in_guillemets_after_names_with_et():
    """A French CV's "Odile QUARRY et Piotr WOLKOWSKI, « Title », Venue, vol. 3, n° 2, 2021":
    the title's guillemets are its quotation marks (the CV PDF reader's standard_quotes, now asked
    by the text and markdown readers too)."""
    refs = ["Odile QUARRY et Piotr WOLKOWSKI, « Braided rivers on glacial outwash », Revue des Graviers, vol. 3, n° 2, 2021, p. 1-9.",
            "Ada OKONJO, Taro NAKAMURA et Ingrid R. HALVORSEN, « Sediment pulses after floods », Revue des Graviers, vol. 2, n° 1, 2020, p. 10-19."]
    for reader, got in _read_by_each(refs).items():
        assert got.get("Braided rivers on glacial outwash") == ["Odile QUARRY", "Piotr WOLKOWSKI"], reader
        assert got.get("Sediment pulses after floods") == ["Ada OKONJO", "Taro NAKAMURA", "Ingrid R. HALVORSEN"], reader


def test_the_scorer_takes_a_name_in_capitals_for_the_same_name():
    assert gen.key_person("Tjalling P. van der MEULEN") == gen.key_person("Tjalling P. van der Meulen")
    assert gen.key_person("Odile Quarry") != gen.key_person("Odile Quary")


# --------------------------------------------------------------------------- Australian Harvard

def test_australian_harvard_names_year_and_single_quoted_title():
    """"Quarry, O, Van der Meulen, TP & Okonjo, A 2021, ‘Title’, Venue, vol. 3, no. 2, pp. 1–9."
    (AGPS): the initials run together without stops, the year unbracketed after the names, the
    title in single quotation marks."""
    from extractors.citations import parse_agps_harvard

    e = parse_agps_harvard("Quarry, O, Van der Meulen, TP & Okonjo, A 2021, ‘Braided rivers on glacial outwash’, "
                           "Journal of Gravel, vol. 3, no. 2, pp. 1–9.")
    assert (e.authors, e.title, e.year) == (["O. Quarry", "T. P. Van der Meulen", "A. Okonjo"],
                                            "Braided rivers on glacial outwash", 2021)
    assert parse_agps_harvard("Quarry, O 2021, Braided rivers. Journal of Gravel.") is None  # no quoted title
    refs = ["Quarry, O & Wolkowski, P 2021, ‘Braided rivers on glacial outwash’, Journal of Gravel, vol. 3, no. 2, pp. 1–9.",
            "Halvorsen, IR 2020, ‘Sediment pulses after floods’, Journal of Gravel, vol. 2, no. 1, pp. 10–19."]
    for reader, got in _read_by_each(refs).items():
        assert got.get("Braided rivers on glacial outwash") == ["O. Quarry", "P. Wolkowski"], reader
        assert got.get("Sediment pulses after floods") == ["I. R. Halvorsen"], reader
