"""The CV PDF reader's rules of the second field-by-field round on the real site CVs (#21
item 3), each on a small hand-made case that fails without it. Names, titles and venues
here are made up."""

from __future__ import annotations

from extractors.citations import venue_name
from extractors.cv_entries import parse_entry
from extractors.cv_pdf_render import decide_roles
from extractors.markdown_page import read_block
from extractors.pdf_lines import Word, join_words

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


def _glyphs(text: str, x: float, top: float, size: float = 10.0) -> dict:
    """One pdfplumber word with its characters, each half its size wide."""
    chars = [{"text": c, "x0": x + 0.5 * size * i, "x1": x + 0.5 * size * (i + 1), "top": top} for i, c in enumerate(text)]
    return {"text": text, "x0": x, "x1": x + 0.5 * size * len(text), "top": top, "bottom": top + size,
            "size": size, "chars": chars}


def test_an_accent_drawn_over_a_letter_is_put_on_it():
    from extractors.pdf_lines import _accents_on_letters

    # "Q+vv" with a bar over the last v (set as a glyph of its own, on the same line) and a
    # tilde over the first letter of "MN", a little above it
    words = [_glyphs("Q+vv", 100.0, 50.0), _glyphs("¯", 115.5, 50.0), _glyphs("MN", 140.0, 50.0),
             _glyphs("˜", 140.5, 47.5), _glyphs("¯", 300.0, 50.0)]
    got = [w["text"] for w in _accents_on_letters(words)]
    assert got == ["Q+vv̄", "M̃N", "¯"]  # an accent over no letter stays a word


def _script(text: str, x: float, top: float, size: float = 7.0) -> Word:
    return Word(text, x, x + 0.5 * size * len(text), top, top + size, size, False, False, True)


def test_stacked_scripts_read_subscript_first_after_a_base_and_superscript_first_before_one():
    from extractors.pdf_lines import _group_lines

    base = _words("decay of Q", 100.0, 56.0)
    q = base[-1]
    # Q with a superscript "+" and a subscript "c" stacked after it, then "into"
    line = base + [_script("+", q.x1, 98.0), _script("c", q.x1, 104.0)] + _words("into", 100.0, q.x1 + 8.0)
    assert join_words(_group_lines(line)[0]) == "decay of Qc+ into"
    # a superscript "12" over a subscript "L" before the base "C", after a space
    pre = _words("study of", 100.0, 56.0)
    x = pre[-1].x1 + 3.0
    line = pre + [_script("12", x, 98.0), _script("L", x, 104.0)] + _words("C", 100.0, x + 7.0)
    assert join_words(_group_lines(line)[0]) == "study of 12LC"
    # one level alone is left as it reads
    line = base + [_script("+", q.x1, 98.0)] + _words("into", 100.0, q.x1 + 8.0)
    assert join_words(_group_lines(line)[0]) == "decay of Q+ into"
    # the gap after a script is measured by its base's type: 0.9 pt is no space beside 10 pt type
    k = _words("of K", 100.0, 56.0)
    s0 = [_script("S", k[-1].x1, 104.0), _script("0", k[-1].x1, 98.0)]
    line = k + s0 + _words("p", 100.0, s0[0].x1 + 0.9)
    assert join_words(_group_lines(line)[0]) == "of KS0p"


def test_a_raised_script_that_comes_first_from_the_top_joins_its_line():
    from extractors.pdf_lines import _group_lines

    # "R(D" with a star raised 2.6 pt after it: from the top the star comes first, and the
    # line's words, lower, are no part of its band
    words = _words("of R(D", 100.0, 56.0)
    star = _script("∗", words[-1].x1, 97.4)
    lines = _group_lines([*words, star, *_words(")", 100.0, star.x1)])
    assert len(lines) == 1 and join_words(lines[0]) == "of R(D∗)"


def test_an_italic_title_followed_by_a_venue_without_a_stop_ends_with_its_span():
    got = read_block("Lee, Chen, Roe & Moss (2025). *Quiet things in loud rooms: a study [stage 1 report]* "
                     "QuietArXiv. https://doi.org/10.1/abc", None, owner_implied=True)
    assert got[2] == "Quiet things in loud rooms: a study [stage 1 report]" and got[3] == "QuietArXiv"
    # a short span opening a title (a species' name) is a word of it
    got = read_block("Lee, Chen, Roe & Moss (2025). *Quercus robur* in dry woods of the north. Quiet Ecology 3, 1-9.",
                     None, owner_implied=True)
    assert got[2] == "Quercus robur in dry woods of the north" and got[3] == "Quiet Ecology"


def test_a_quoted_book_and_its_author_stay_one_venue():
    assert venue_name("“Quiet Topics in Loud Rooms” by Ann B. Lee 19: 628–632") == \
        "“Quiet Topics in Loud Rooms” by Ann B. Lee"
