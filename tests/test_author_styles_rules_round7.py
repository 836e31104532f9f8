"""The reading rules wt-names8 added while studying round 7 of the author styles (#16 item 1):
one case or a few per rule, on names and titles made up here (none taken from the sources)."""

from __future__ import annotations

import pytest

from extractors.author_lists import split_author_list
from extractors.citations import half_width_punctuation, parse_names_comma_title, venue_name
from extractors.markdown_page import read_block


@pytest.mark.parametrize("text, names, cut", [
    # Turkish, Finnish, Hungarian, Czech, Romanian "and" before the last name
    ("A. Kasper, B. Holt ve C. Lund", ["A. Kasper", "B. Holt", "C. Lund"], False),
    ("Kasper A.B., Holt B. ja Lund C.", ["Kasper A.B.", "Holt B.", "Lund C."], False),
    ("A. Kasper és B. Holt", ["A. Kasper", "B. Holt"], False),
    ("Ann Kasper a Bo Holt", ["Ann Kasper", "Bo Holt"], False),
    ("Ann Kasper, Bo Holt și Cy Lund", ["Ann Kasper", "Bo Holt", "Cy Lund"], False),
    # and their et-al marks
    ("A. Kasper, B. Holt, C. Lund vd.", ["A. Kasper", "B. Holt", "C. Lund"], True),
    ("Kasper A., Holt B., Lund C. a kol.", ["Kasper A.", "Holt B.", "Lund C."], True),
])
def test_more_languages_joiners_and_et_al_marks(text, names, cut):
    assert split_author_list(text) == (names, cut)


def test_czech_a_needs_a_whole_name_after_it():
    # "a" followed by one word is no joiner (English's article inside a group's or a place's name)
    assert split_author_list("Ann Kasper a Holt")[0] != ["Ann Kasper", "Holt"]


def test_the_japanese_middle_dot_between_latin_names_is_a_separator():
    assert half_width_punctuation("Kasper, A. B.・Holt, B.: Title") == "Kasper, A. B.; Holt, B.: Title"
    assert half_width_punctuation("ロボット・システム") == "ロボット・システム"  # between Japanese words it stays
    got = read_block("Kasper, A. B.・van Dam, K.・Holt, C.: Quiet Lattices of Order, Notes on Order, "
                     "Vol. 7, No. 1, pp. 1-9 (2019).")
    assert got[0] == ["A. B. Kasper", "K. van Dam", "C. Holt"] and got[2] == "Quiet Lattices of Order"


def test_comma_parted_fields_with_the_year_last():
    got = read_block("Kasper, A. and Holt, B.: Quiet Lattices of Order, Notes on Order, 7(1), 1-9, 2019.")
    assert got[0] == ["A. Kasper", "B. Holt"] and got[2:5] == ("Quiet Lattices of Order", "Notes on Order", 2019)


def test_a_field_label_alone_is_no_venue():
    assert venue_name("Vol. 39, No. 3, pp. 879-892 (2014)") is None
    assert venue_name("Notes on Order, Vol. 3") == "Notes on Order"


def test_names_comma_title_ended_by_a_full_stop():
    e = parse_names_comma_title("A. B. Kasper, B. Holt, C. Lund, Quiet lattices of order. Notes on Order 7, 1–9 (2019).")
    assert (e.authors, e.title, e.venue, e.year) == (["A. B. Kasper", "B. Holt", "C. Lund"], "Quiet lattices of order",
                                                     "Notes on Order", 2019)
    e = parse_names_comma_title("A. B. Kasper et al., Quiet lattices of order. Notes on Order 7, 1–9 (2019).")
    assert e.authors == ["A. B. Kasper"] and e.authors_truncated


def test_one_stopped_surname_first_name_in_a_cv_text():
    from scholarlake.extraction import extract_document
    from tests.conftest import make_doc
    text = ("Curriculum Vitae\n\nPUBLICATIONS\n\n[1] Kasper A. 2019. Quiet lattices of order. Notes on Order 7: 1-9.\n"
            "[2] Holt B. ja Lund C. 2018. Sparse codes for rivers. River Letters 3: 11-19.\n")
    _kind, records, _rejects = extract_document(make_doc(text.encode(), "cv.txt"))
    by_title = {r["title"]: r["authors"] for r in records}
    assert by_title["Quiet lattices of order"] == ["A. Kasper"]
    assert by_title["Sparse codes for rivers"] == ["B. Holt", "C. Lund"]
