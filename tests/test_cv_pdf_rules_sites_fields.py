"""The CV PDF reader's rules of the second field-by-field round on the real site CVs (#21
item 3), each on a small hand-made case that fails without it. Names, titles and venues
here are made up."""

from __future__ import annotations

from extractors.cv_pdf_render import decide_roles

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
