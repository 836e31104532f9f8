"""``listing_page`` looks for the cut-list mark ("et al.", "+4", "and 3 others", "…") only in a
text that ends as one of the mark's forms can (``_MARK_TAILS``, ``_WORDED_COUNT_ENDS``): a
long line ending otherwise (an abstract's sentence) is never searched. The prefilter must
never change the answer: on any text the readers pass (stripped: no trailing space, as
before the prefilter, which looked at the last character), the mark found with it is the
mark found without it."""

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.listing_page import _ET_AL, _MARK_TAILS, _WORDED_COUNT_ENDS, _mark, _without_mark

_PIECES = st.sampled_from(["a", "e", "l", ".", "…", "0", "7", " ", ",", "+", "&", "et al", "et al.", "and 3 others",
                           "more", "other", "...", "Ann Lee", "\t"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_PIECES, max_size=10).map("".join).map(str.rstrip))
def test_the_prefilter_never_changes_the_mark_found(text):
    searched = _ET_AL.search(text)
    prefiltered = _ET_AL.search(text) if text.endswith(_MARK_TAILS) or text.endswith(_WORDED_COUNT_ENDS) else None
    assert (searched and searched.span()) == (prefiltered and prefiltered.span())


# Texts longer than the tail ``_mark`` searches first, with whitespace runs long enough that a
# mark can start before the tail ("and" and "others" far apart), and a final newline.
_LONG_PIECES = st.sampled_from(["Ann Lee, ", "Bo Chen", "Zhenyu Zhang", ",", " ", "   ", " " * 40, "\t", "\n",
                                "et al", "et al.", "and", "&", "+", "4", "1234", "12345", "others", "more", "…",
                                "...", ".", "x", "A Title On Things"])


@settings(max_examples=4000, deadline=None)
@given(st.lists(_LONG_PIECES, max_size=24).map("".join))
def test_the_tail_search_finds_the_mark_the_whole_search_finds(text):
    searched = _ET_AL.search(text)
    found = _mark(text)
    assert (searched and searched.span()) == (found and found.span())
    if found:
        assert _without_mark(text, found) == _ET_AL.sub("", text)
