"""The listing reader's shortcuts for long lines answer exactly as the full reading does.

``listing_page`` reads a record's abstract as a possible title-and-names line (a page captured
at a narrow width wraps that line: ``_wrapped``). The full reading tries a name at every
capital of the line, each time splitting the whole tail: quadratic in the abstract's length
(listing_page fell from 16 to 4 MB/s when that check came in). Two shortcuts stop it, each
claimed to change no answer; these properties hold them to it on generated lines that mix
prose, names, particles and group words, so that long tails which are names do occur.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import listing_page as lp

_WORDS = ["the", "method", "results", "We", "show", "DNA", "ResNet", "X-Ray", "for", "and",
          "van", "der", "de", "la", "Ann", "Lee", "Bo", "Chen", "J.", "K.L.", "Müller",
          "Collaboration", "Team", "IceCube", "LHCb", "(CNN)", "Roe,", "Lu,", "data.", "et", "al."]
_NAMES = ["Ann Lee", "Bo Chen", "Cy de la Roe", "J. K. Rowan", "Ana van der Berg", "HongSheng Zhao",
          "the IceCube Collaboration", "Ann Lee for the ABC Team", "Dae-Ho Kim",
          # the longest names the bound allows: over ``_SHORT_TEXT`` characters, so that a
          # bound set too low is seen
          "Annabelle Beatrix Cleopatra Dorothea van der Lee-Whitfield for the Internationale Hochenergie Teilchen "
          "Detektor Kollaboration Collaboration",
          "Maximiliane Oberhuber-Schwarzenbach Konstantinopoulou-Papadopoulou de la Cruz"]


def _without(reading, shortcut: str, no_op):
    """``reading`` called with the module's ``shortcut`` replaced by ``no_op`` (the full reading
    the shortcut must agree with)."""
    def full(*args):
        saved = getattr(lp, shortcut)
        setattr(lp, shortcut, no_op)
        try:
            return reading(*args)
        finally:
            setattr(lp, shortcut, saved)
    return full


def _text(words, names, glue):
    prose = " ".join(words)
    tail = ", ".join(names)
    return f"{prose}{'' if glue else ' '}{tail}" if names else prose


lines = st.builds(
    _text,
    st.lists(st.sampled_from(_WORDS), max_size=60),
    st.lists(st.sampled_from(_NAMES), max_size=4),
    st.booleans(),
)


@settings(max_examples=400, deadline=None)
@given(lines, st.booleans())
def test_is_person_name_is_the_full_reading(text, camel):
    """The token count before the cache is a shortcut, never another answer."""
    for start in range(0, len(text), 7):
        tail = text[start:]
        assert lp.is_person_name(tail, camel) == lp._is_person_name.__wrapped__(tail, camel), tail


@settings(max_examples=300, deadline=None)
@given(lines, st.one_of(st.none(), st.sampled_from(["Bo Chen", "Hyper-K collaborations", "Ann Lee"])))
def test_split_point_skips_only_where_no_name_can_start(head, then):
    """``_split_point`` with the earliest-start shortcut finds what it finds trying every
    position (the shortcut replaced by 1 for the reference reading)."""
    fast = lp._split_point(head, then)
    full = _without(lp._split_point, "_earliest_name_start", lambda _head: 1)(head, then)
    assert fast == full, head


def test_a_long_abstract_is_not_names_and_a_long_title_still_splits():
    """Both shortcuts act on this line (longer than ``_SHORT_TEXT``), and the glued names at its
    end are still found."""
    title = ("Measuring the effect of the DNA repair pathway on the growth of cells in the "
             "presence of several known inhibitors and one unknown one")
    assert len(title) > lp._SHORT_TEXT
    got = lp.split_title_authors(f"{title}Ann Lee, Bo Chen, Cy Roe")
    assert got == (title, ["Ann Lee", "Bo Chen", "Cy Roe"], False)
    assert lp._earliest_name_start(title + "Ann Lee") > 1
    assert not lp.is_person_name(title)


def test_each_line_is_split_once_and_each_answer_is_a_list_of_its_own():
    calls = []

    def split(line):
        calls.append(line)
        return lp.split_title_authors(line)

    once = lp._once(split)
    first = once("Sparse ThingsAnn Lee, Bo Chen")
    first[1].append("Someone Else")
    again = once("Sparse ThingsAnn Lee, Bo Chen")
    assert again == ("Sparse Things", ["Ann Lee", "Bo Chen"], False)
    assert calls == ["Sparse ThingsAnn Lee, Bo Chen"]


_PIECES = ["we show that", "Ann Lee", "Bo Chen", "+3 authors", "", " ", "Hyper-K collaborations",
           "Super-K", "the IceCube Collaboration", "results", "2 more", "Cy Roe", "DNA, RNA",
           "of Sparse ThingsAnn Lee", "of GraphsBo Chen"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from(["Sparse Things", "GraphsAnn Lee", "x"]),
       st.booleans())
def test_split_starts_where_the_full_reading_would_first_succeed(pieces, head, truncated):
    """``_split`` skipping the heads whose tail holds a piece that is no name finds what it
    finds growing the head from the first piece (the shortcut replaced by 0)."""
    parts = [head, *pieces]
    fast = lp._split(parts, truncated)
    full = _without(lp._split, "_first_all_names", lambda _parts: 0)(parts, truncated)
    assert fast == full, parts
