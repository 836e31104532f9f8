"""The reading rules wt-names7 added while studying round 6 of the author styles (#16 item 1):
one case or a few per rule, on names and titles made up here (none taken from the sources)."""

from __future__ import annotations

import pytest

from extractors.author_lists import given_first, split_author_list
from extractors.citations import half_width_punctuation, parse_citation
from extractors.markdown_page import read_block


@pytest.mark.parametrize("text, names", [
    # the ordinary "and" of Dutch, Swedish, Danish / Norwegian, Polish and Catalan lists
    ("Ann Lee en Bo Chen", ["Ann Lee", "Bo Chen"]),
    ("Ann Lee, Bo Chen och Cy Roe", ["Ann Lee", "Bo Chen", "Cy Roe"]),
    ("Lee, A.B. og Chen, B.", ["A.B. Lee", "B. Chen"]),
    ("A. Lee i B. Chen", ["A. Lee", "B. Chen"]),
    # "i" inside a Catalan compound surname joins no two names
    ("Marta Puig i Ferrer", ["Marta Puig i Ferrer"]),
    # a particle may open the name after the conjunction
    ("Kasper A., Holt B. e de Wit C. D.", ["Kasper A.", "Holt B.", "de Wit C. D."]),
    ("Kasper, A. y van Dam, B.", ["A. Kasper", "B. van Dam"]),
])
def test_joiners_of_more_languages(text, names):
    assert split_author_list(text)[0] == names


def test_a_spaced_last_initial_lost_its_stop_to_the_list():
    assert given_first(["Kasper A", "Holt B. C"]) == ["A. Kasper", "B. C. Holt"]
    assert given_first(["Kasper A. B", "de Wit C. D"]) == ["A. B. Kasper", "C. D. de Wit"]


def test_one_name_opening_with_a_particle_and_ending_in_bare_initials_is_surname_first():
    assert given_first(["van Dam K"]) == ["K. van Dam"]
    assert given_first(["von Holt GM"]) == ["G. M. von Holt"]
    assert given_first(["Wei LI"]) == ["Wei LI"]  # no particle: as printed (a family name in capitals?)


def test_a_comma_after_the_bracketed_year_parts_the_fields():
    e = parse_citation("Ann Kasper e Bo Holt (2003), Quiet Lattices: A Survey, in Notes on Order, 5, pp. 11-19.")
    assert (e.authors, e.title, e.venue, e.year) == (["Ann Kasper", "Bo Holt"], "Quiet Lattices: A Survey",
                                                     "Notes on Order", 2003)
    # a question inside the title goes on to the comma before "in"
    e = parse_citation("Ann Kasper (2001), Is It Sparse? A Look at Codes, in Notes on Order, 2, pp. 3-9.")
    assert e.title == "Is It Sparse? A Look at Codes"
    # a full stop after the year keeps the sentence reading
    e = parse_citation("Kasper, A. (2020). Quiet lattices, in theory. Notes on Order, 3, 1-9.")
    assert e.title == "Quiet lattices, in theory"


def test_full_width_punctuation_is_ascii():
    assert half_width_punctuation("Kasper A B，Holt B．Title[J]．Notes，2021，3(2)：1-9．") == \
        "Kasper A B, Holt B. Title[J]. Notes, 2021, 3(2): 1-9."
    assert half_width_punctuation("no full-width mark here.") == "no full-width mark here."


def test_gbt7714_is_read_by_the_text_readers():
    got = read_block("Kasper A B，van Dam K，Holt C，等．Quiet Lattices of Order[J]．Notes on Order，2019，7(1)：1-9．")
    assert got[0] == ["A. B. Kasper", "K. van Dam", "C. Holt"] and got[1] is True
    assert got[2] == "Quiet Lattices of Order" and got[3] == "Notes on Order" and got[4] == 2019


@pytest.mark.parametrize("text", [
    "Kasper AB, Holt B and van Dam C. 2019. Quiet Lattices of Order. Notes on Order 7: 1-9.",
    "Kasper AB, Holt B & van Dam C (2019) Quiet Lattices of Order. Notes on Order 7, 1-9.",
])
def test_vancouver_names_joined_by_a_conjunction_alone(text):
    assert read_block(text)[0] == ["A. B. Kasper", "B. Holt", "C. van Dam"]


def _read(text: str, name: str):
    from scholarlake.extraction import extract_document
    from tests.conftest import make_doc
    return extract_document(make_doc(text.encode("utf-8"), name))


_COLON_ENTRIES = [
    "Ann Kasper, Bo Holt and Cy van Dam: Quiet Lattices of Order. Notes on Order 7 (2019), 1-9.",
    "Di Lund and Ed Moss: Sparse Codes for Rivers. River Letters 3 (2018), 11-19.",
    "Bo Holt, Fay Orr and Ed Moss: Counting Small Posets. Order Review 2 (2017), 5-8.",
    "Gus Fry: Meet-Semilattices Revisited. Notes on Order 5 (2016), 20-29.",  # (no owner: no name in 3 lists)
]


@pytest.mark.parametrize("render, name", [
    (lambda refs: "# Publications\n\n" + "\n".join(f"{i}. {r}" for i, r in enumerate(refs, 1)) + "\n", "p.md"),
    (lambda refs: "<html><body><h2>Publications</h2><ol>" + "".join(f"<li>{r}</li>" for r in refs) + "</ol></body></html>",
     "p.html"),
])
def test_a_lone_name_before_the_colon_on_a_page_of_names_colon_entries(render, name):
    _kind, records, rejects = _read(render(_COLON_ENTRIES), name)
    by_title = {r["title"]: r["authors"] for r in records}
    assert by_title.get("Meet-Semilattices Revisited") == ["Gus Fry"]
    assert len(records) == 4 and not rejects


def test_a_title_colon_on_a_page_of_other_entries_is_no_name():
    from extractors.markdown_page import names_colon_page
    apa = ["Kasper, A., & Holt, B. (2019). Quiet lattices: A survey. Notes on Order, 7, 1-9.",
           "Kasper, A. (2018). Sparse codes. River Letters, 3, 11-19.",
           "Holt, B., Kasper, A., & Moss, E. (2017). Counting posets. Order Review, 2, 5-8.",
           "Firm Dynamics: A Global View. Working paper, 2016."]
    assert not names_colon_page(apa)
    assert names_colon_page(_COLON_ENTRIES)
