"""The CV PDF reader's rules of the second field-by-field round on the real site CVs (#21
item 3), each on a small hand-made case that fails without it. Names, titles and venues
here are made up."""

from __future__ import annotations

from extractors.citations import venue_name
from extractors.cv_entries import parse_entry
from extractors.cv_pdf_render import decide_roles
from extractors.markdown_page import read_block

from .test_cv_pdf_rules_round10 import _entry, _words


def test_the_owner_marked_in_italics_is_no_title_run():
    # bold titles with a smaller bold venue beside them (one venue's name runs into its
    # title's run), the owner's name in italics on the next line, alone or first of a list:
    # the titles are the bold runs, not the owner's name
    entries = []
    for k, (venue, names) in enumerate([("The Quiet Naturalist", ""), ("Quiet Evolution", "; Lee, A."),
                                        ("Journal of Things", "; Chen, B.")]):
        top = 60.0 + 30 * k
        title = _words(f"A study of quiet things number {k}", top, 120.0, bold=True)
        side = _words(venue, top, 450.0, size=7.0, bold=True)
        line = _words("Roe, C.", top + 11, 120.0, italic=True) + _words(names, top + 11, 160.0)
        entries.append(_entry([title + side, line]))
    roles = decide_roles(entries)
    assert roles.italic_name == "Roe, C"
    assert roles.title_style == "bold"


def test_a_manuscript_or_mimeo_named_after_its_place_is_no_venue():
    assert venue_name("Quiet University manuscript.") is None
    assert venue_name("QU mimeo") is None
    assert venue_name("Unpublished manuscript") is None
    assert venue_name("Journal of Manuscript Studies 3, 1-9") == "Journal of Manuscript Studies"
    got = parse_entry('Ann Lee and Bo Chen. "A corpus of quiet speech". QU manuscript, 2022.')
    assert got.title == "A corpus of quiet speech" and got.year == 2022 and got.venue is None


def test_a_book_under_contract_for_a_quoted_series_names_the_series():
    assert venue_name("Under contract for the “Quiet Elements in Speech” series published by Small Press.") == \
        "Quiet Elements in Speech"
    assert venue_name("Under contract with Small Press") == "Small Press"
    assert venue_name("“Quiet Book of Things”") == "Quiet Book of Things"  # a quoted name alone, as before


def test_a_title_opening_with_a_phrase_in_single_quotes_keeps_its_quote():
    from extractors.markdown_page import _unquoted

    assert _unquoted("‘Hoping’ the past: the case of past bo") == "‘Hoping’ the past: the case of past bo"
    assert _unquoted("‘Don’t’ as a verb in quiet speech") == "‘Don’t’ as a verb in quiet speech"
    assert _unquoted("‘A title in single quotes’") == "A title in single quotes"
    got = read_block("Ann Lee and Bo Chen. “‘Hoping’ the past: the case of past bo.” Proceedings of the 9th "
                     "Meeting on Quiet Speech, 12-20.", 2020)
    assert got[2] == "‘Hoping’ the past: the case of past bo"
