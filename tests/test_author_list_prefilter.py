"""``author_lists`` searches for the marks that close a list of names (``_ET_AL``: "et al.",
"and 3 others", an ellipsis; ``_GROUP_TAIL``: "and the ATLAS Collaboration";
``_GROUP_IN_PARENTHESES``: "(for the CMS Consortium)") only in a text whose last characters
one of them can end with (``_may_close``). The prefilter must never change the answer: on any
text, a pattern that matches is searched; and the "et al." mark is removed from its span as
``_ET_AL.sub`` removes it. The pieces include the letters outside ASCII that re.IGNORECASE
matches with ASCII ones."""

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.author_lists import (_ET_AL, _ET_AL_ENDS, _GROUP_IN_PARENTHESES, _GROUP_IN_PARENTHESES_ENDS,
                                     _GROUP_TAIL, _GROUP_TAIL_ENDS, OTHER_LANGUAGE_ET_AL, _may_close,
                                     split_author_list)

_PIECES = st.sampled_from(["Ann Lee", "Bo Chen", ", ", "; ", " ", "\n", "\t", "and ", "for ", "the ", "on behalf of ",
                           "et al", "ET AL.", "Et. Al", ".", "..", "…", "3 ", "more ", "others", "OTHERS", "(",
                           ")", "ATLAS ", "Collaboration", "collaborations", "CONSORTIUM", "consortia", "team",
                           "Group", "ſ", "ı", "İ", "K", "é", "Pal", "al"]
                          # the other languages' marks (author_lists.OTHER_LANGUAGE_ET_AL) and their pieces
                          + list(OTHER_LANGUAGE_ET_AL) + ["u.", " a", "m.", "fl", " in", "otros", "cols", "altri", "coll"])
_TEXTS = st.lists(_PIECES, max_size=14).map("".join)


@settings(max_examples=2500, deadline=None)
@given(_TEXTS)
def test_a_text_a_pattern_matches_is_never_filtered_out(text):
    for pattern, ends in ((_ET_AL, _ET_AL_ENDS), (_GROUP_TAIL, _GROUP_TAIL_ENDS),
                          (_GROUP_IN_PARENTHESES, _GROUP_IN_PARENTHESES_ENDS)):
        if pattern.search(text) is not None:
            assert _may_close(text, ends), (pattern.pattern, text)
        if text.isascii() and not text.rstrip().lower().endswith(ends):
            assert pattern.search(text) is None


@settings(max_examples=1000, deadline=None)
@given(_TEXTS)
def test_the_mark_removed_by_its_span_is_the_mark_sub_removes(text):
    cut = _ET_AL.search(text)
    if cut is not None:
        assert text[:cut.start()] + text[cut.end():] == _ET_AL.sub("", text)


def test_a_list_closed_by_a_mark_or_a_group_is_still_read_as_cut_short():
    assert split_author_list("Ann Lee, Bo Chen, et al.") == (["Ann Lee", "Bo Chen"], True)
    assert split_author_list("Ann Lee, Bo Chen and 3 others") == (["Ann Lee", "Bo Chen"], True)
    assert split_author_list("Ann Lee, Bo Chen, and the ATLAS Collaboration") == (["Ann Lee", "Bo Chen"], True)
    assert split_author_list("Ann Lee and Bo Chen (for the CMS Consortium)") == (["Ann Lee", "Bo Chen"], True)
    assert split_author_list("Ann Lee, Bo Chen, Cy Pal") == (["Ann Lee", "Bo Chen", "Cy Pal"], False)
    assert split_author_list("Ann Lee, Bo Chen u. a.") == (["Ann Lee", "Bo Chen"], True)
    assert split_author_list("Ann Lee, Bo Chen y otros") == (["Ann Lee", "Bo Chen"], True)
