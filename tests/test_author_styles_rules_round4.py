"""The rules wt-names4 added studying round 3 of the author styles (tests/author_styles.py
STYLES_ROUND3): marks printed on an entry's opening author list that are no part of the names
(``extractors.name_marks``). Names, titles and venues invented; each reader case fails on main
9ff2392."""

from __future__ import annotations

import pytest

from extractors.cv_entries import parse_entry
from extractors.markdown_page import read_block
from extractors.name_marks import unmarked_names


@pytest.mark.parametrize("text, expected", [
    # affiliation numbers in superscripts, the person's "*" / "†" kept
    ("Mira Okonkwo¹², Teodor Baltz²* and Ines Varga¹,³. Quiet Lattices. J. Odd Res. 3, 1–9 (2019).",
     "Mira Okonkwo, Teodor Baltz* and Ines Varga. Quiet Lattices. J. Odd Res. 3, 1–9 (2019)."),
    ("Ann al-Harthi⁴†, Bo O’Kane¹. Wide Nets. Venue 2, 3–4 (2020).", "Ann al-Harthi†, Bo O’Kane. Wide Nets. Venue 2, 3–4 (2020)."),
    # a PDF title block: plain digits glued to every surname, ORCID iDs in brackets
    ("Mira Okonkwo1, Teodor Baltz2[0000-0002-1825-0097] and Ines Varga1,2. Quiet Lattices. In: Odd Conf., pp. 1–9 (2019).",
     "Mira Okonkwo, Teodor Baltz and Ines Varga. Quiet Lattices. In: Odd Conf., pp. 1–9 (2019)."),
    ("Teodor Baltz2[0000-0002-1825-0097]. Quiet Lattices. In: Odd Conf. (2019).", "Teodor Baltz. Quiet Lattices. In: Odd Conf. (2019)."),
    # middle dots between the names
    ("Mira Okonkwo · Teodor J. Baltz · Ines Varga (2019). Quiet Lattices. Odd Res. 3(2), 1–9.",
     "Mira Okonkwo, Teodor J. Baltz, Ines Varga (2019). Quiet Lattices. Odd Res. 3(2), 1–9."),
    # the count of the names left out is a cut list
    ("Mira Okonkwo, Teodor Baltz, Ines Varga, +7 more. Quiet Lattices. Odd Res., 2019.",
     "Mira Okonkwo, Teodor Baltz, Ines Varga et al. Quiet Lattices. Odd Res., 2019."),
    ("Mira Okonkwo, Teodor Baltz et al. (+12). Quiet Lattices. Odd Res., 2019.",
     "Mira Okonkwo, Teodor Baltz et al. Quiet Lattices. Odd Res., 2019."),
    ("Mira Okonkwo, Teodor Baltz, and 3 others. Quiet Lattices. Odd Res., 2019.",
     "Mira Okonkwo, Teodor Baltz et al. Quiet Lattices. Odd Res., 2019."),
    # institutions in parentheses after the people
    ("Mira Okonkwo and Teodor Baltz (Utopia Institute of Technology); Ines Varga (NORDLAB). Quiet Lattices. Odd Day, 2019.",
     "Mira Okonkwo, Teodor Baltz and Ines Varga. Quiet Lattices. Odd Day, 2019."),
    ("Ines Varga (University of Nowhere, East Campus). Quiet Lattices. Odd Day, 2019.", "Ines Varga. Quiet Lattices. Odd Day, 2019."),
    ("Ines Varga (Utopia Institute for Odd Studies), Bo Lin (NORDLAB). Quiet Lattices. Odd Day, 2019.",
     "Ines Varga and Bo Lin. Quiet Lattices. Odd Day, 2019."),  # ("for" inside an institution's name)
    # a surname's particles after the given names (biblatex useprefix=false, BibTeX's "Last, First von")
    ("Berg, Anouk van den, Ines Varga, and Bo Lin (2019). “Quiet Lattices”. In: Odd Res. 3.2, pp. 1–9.",
     "Anouk van den Berg, Ines Varga, and Bo Lin (2019). “Quiet Lattices”. In: Odd Res. 3.2, pp. 1–9."),
    ("Varga, Ines and Hove, Pieter ter. Quiet Lattices. Odd Res., 2019.", "Varga, Ines and Pieter ter Hove. Quiet Lattices. Odd Res., 2019."),
    ("Berg, Anouk J. van et al. (2019). “Quiet Lattices”. In: Odd Res.", "Anouk J. van Berg et al. (2019). “Quiet Lattices”. In: Odd Res."),
])
def test_marks_on_the_names_taken_off(text, expected):
    assert unmarked_names(text) == expected


@pytest.mark.parametrize("text", [
    "Okonkwo M, Baltz T. Rings of size p² and lattices. Odd Res. 2019;3(2):1-9.",  # a superscript in a title
    "Evaluating Llama3. In: Proc. Odd Conf., 2024.",  # a word's digits, one piece alone
    "Mira Okonkwo1, Teodor Baltz. Quiet Lattices. Odd Res., 2019.",  # not every name carries digits
    "Quiet Lattices (Extended Abstract). Odd Res., 2019.",  # a title's note, not an institution
    "Ines Varga (NORDLAB). Quiet Lattices. Odd Day, 2019.",  # one parenthesis without an institution's word
    "A. Okonkwo and B. Baltz (for the Odd Collaboration), Quiet Lattices, Odd Res. 3, 1 (2019).",
    "Article · Jan 2019 · Odd Research",  # middle dots between fields, not names
    "Mira Okonkwo and Teodor Baltz. On von Neumann, and others. Odd Res., 2019.",
])
def test_what_is_no_mark_on_names_is_left(text):
    assert unmarked_names(text) == text


@pytest.mark.parametrize("body, names", [
    ("Mira Okonkwo¹², Teodor Baltz² and Ines Varga¹,³. Quiet Lattices. J. Odd Res. 3, 1–9 (2019).",
     ["Mira Okonkwo", "Teodor Baltz", "Ines Varga"]),
    ("Mira Okonkwo1, Teodor Baltz2[0000-0002-1825-0097] and Ines Varga1,2. Quiet Lattices. In: Odd Conf., pp. 1–9 (2019).",
     ["Mira Okonkwo", "Teodor Baltz", "Ines Varga"]),
    ("Mira Okonkwo · Teodor J. Baltz · Ines Varga (2019). Quiet Lattices. Odd Res. 3(2), 1–9.",
     ["Mira Okonkwo", "Teodor J. Baltz", "Ines Varga"]),
    ("Mira Okonkwo and Teodor Baltz (Utopia Institute of Technology); Ines Varga (NORDLAB). Quiet Lattices. Odd Day, 2019.",
     ["Mira Okonkwo", "Teodor Baltz", "Ines Varga"]),
    ("Berg, Anouk van den and Ines Varga (2019). “Quiet Lattices”. In: Odd Res. 3.2, pp. 1–9.", ["Anouk van den Berg", "Ines Varga"]),
])
def test_the_readers_read_the_names_unmarked(body, names):
    entry = parse_entry(body, semicolon_lists=True)  # the CV text reader's reading
    assert entry.authors == names and entry.title == "Quiet Lattices"
    got = read_block(body)  # the markdown and HTML readers'
    assert got[0] == names and got[2] == "Quiet Lattices"


def test_a_count_of_the_others_is_a_cut_list():
    entry = parse_entry("Mira Okonkwo, Teodor Baltz, Ines Varga, +7 more. Quiet Lattices. Odd Res., 2019.",
                        semicolon_lists=True)
    assert entry.authors == ["Mira Okonkwo", "Teodor Baltz", "Ines Varga"] and entry.authors_truncated


def test_a_closing_year_leaves_the_stop_of_an_initial():
    # "Surname, Given I. (2019)": the stop closes the initial, not the list (the CV text reader)
    entry = parse_entry("Okonkwo, Mira T. (2019). “Quiet Lattices”. In: Odd Res. 3.2, pp. 1–9.", semicolon_lists=True)
    assert entry.authors == ["Mira T. Okonkwo"] and entry.title == "Quiet Lattices"
