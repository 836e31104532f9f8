"""The HTML reader's rules of wt-html12 (2026-12-07), learnt from held-out layouts studied and
moved to the tuned set (the eleventh round's two, and five older ones: see TUNED_LAYOUTS in
:mod:`tests.test_html_layouts`): each a small made-up page in the shape that asked for it,
each test failing with its rule taken out.

- a digit inside a word of a group's name ("Earth2Ocean Research Derby": two letters before
  it, a lower-case letter after) does not make the piece "no name" and end the list there
  (``author_lists.DIGIT_IN_WORD``); volumes, pages and formulas ("H2O", "MoS2") stay no names;
- a reading whose title is the opening of a linked span, cut at a full stop inside the link
  ("[Spaces. Part I](url)" read as "Spaces" and names opening "Part I. ..."), is read again
  with the link's text as the title (``html_publications._link_kept_whole``).
"""

from __future__ import annotations

import pytest

from extractors.author_lists import plausible_name
from scholarlake.extraction import extract_document

from .conftest import make_doc

TITLES = ["Spin waves in thin magnetic films", "Magnon transport in ferrite films", "Domain walls in thin wires"]


def _read(items: list[str]):
    page = "<html><body><h1>Publications</h1><ul>" + "".join(items) + "</ul></body></html>"
    return extract_document(make_doc(page.encode(), "https://example.org/p.html"))


def test_a_group_name_with_a_digit_inside_a_word_stays_in_the_list():
    """"Ann Lee, Bo Chen, Earth2Ocean Research Derby, and Cy Roe" over the italic venue: four
    authors, the venue alone (the list was cut before the group, and the group and the last
    name read into the venue)."""
    names = ["Ann Lee, Bo Chen, Earth2Ocean Research Derby, and Cy Roe", "Ann Lee, Bo Chen and Cy Roe", "Ann Lee and Bo Chen"]
    kind, records, rejects = _read([f"<li><b>{t}</b><br>{n}<br><i>Phys. Rev. B</i>, {2021 - i}</li>"
                                    for i, (t, n) in enumerate(zip(TITLES, names))])
    assert kind == "html_publications" and not rejects
    first = next(r for r in records if r["title"] == TITLES[0])
    assert first["authors"] == ["Ann Lee", "Bo Chen", "Earth2Ocean Research Derby", "Cy Roe"]
    assert first["venue"].startswith("Phys. Rev. B") and first["year"] == 2021


@pytest.mark.parametrize("piece", ["H2O", "MoS2 Films", "CO2 Flux", "Nature 12", "Lee2016", "Ann Lee2", "Vol. 3"])
def test_digits_of_formulas_volumes_and_years_are_still_no_names(piece):
    assert not plausible_name(piece)


def test_a_linked_title_with_a_full_stop_inside_is_read_whole():
    """"2007 — [Title. Part I](url). *Ann Lee*, Bo Chen and Cy Roe. *Venue*.": the title is
    the link's whole text, the names start after it (they were read as "Part I. Ann Lee")."""
    title = "Cofibrations in the category of smooth spaces. Part I"
    items = [f'<li>2007 &mdash; <a href="https://x.org/{i}">{t}</a>. <em>Ann Lee</em>, Bo Chen and Cy Roe. '
             f"<i>J. Pure Appl. Algebra</i>.</li>" for i, t in enumerate([title, *TITLES[1:]])]
    kind, records, rejects = _read(items)
    assert kind == "html_publications" and not rejects
    got = next((r for r in records if r["title"].startswith("Cofibrations")), None)
    assert got is not None and got["title"] == title
    assert got["authors"] == ["Ann Lee", "Bo Chen", "Cy Roe"] and got["year"] == 2007
