"""One table of the words a publication table heads its columns with (``column_headings``),
read by the HTML reader and the CV PDF reader alike: the headings that name a field whatever
else the row holds, and the two that depend on the row ("Paper", "Publication")."""

import pytest

from extractors.column_headings import FIELD_OF, HAND_WRITTEN, header_fields, heading_field
from extractors.export_columns import SYNONYMS


def test_every_export_name_of_the_four_fields_is_a_heading_of_its_field():
    for field in ("title", "authors", "year", "venue"):
        for name, _ in SYNONYMS[field]:
            assert FIELD_OF[name] == field


@pytest.mark.parametrize("heading, field", [
    ("Title", "title"), ("Author(s)", "authors"), ("Co-Authors", "authors"), ("Publication Year:", "year"),
    ("Journal / Conference", "venue"), ("Published  in", "venue"), ("CITED BY", "no field"), ("#", "no field"),
    ("Title / Year", None), ("Abstract", None),
])
def test_a_heading_names_its_field_case_spacing_and_punctuation_aside(heading, field):
    assert heading_field(heading) == field


def test_paper_and_publication_are_read_by_the_row_they_head():
    # beside names, "Paper" heads the titles; beside titles, "Publication" heads the venues
    assert header_fields(["Paper", "Author(s)", "Venue", "Year"]) == ["title", "authors", "venue", "year"]
    assert header_fields(["Title", "Author", "Publication"]) == ["title", "authors", "venue"]
    # alone beside a year or a number, each heads a whole reference: no one field
    assert header_fields(["No.", "Paper", "Year"]) == ["no field", None, "year"]
    assert header_fields(["Publication", "Year"]) == [None, "year"]


def test_every_hand_written_heading_says_where_it_was_seen():
    assert all(seen.strip() for _, seen in HAND_WRITTEN.values())
