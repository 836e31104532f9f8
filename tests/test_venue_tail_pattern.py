"""markdown_page._VENUE_TAIL (what may follow a venue that ends an entry: volume, issue, pages,
an article number, an identifier) is written with one way only to read each character. The
nested form it replaced took exponential time on a long run of digits with no end after it:
tests/test_fuzz_real_documents.py's hostile "999...9" put into a real markdown page hung the
reader for an hour. The new form must answer as the old one on every text (compared here on
short texts, where the old one is quick) and answer at once on the hostile ones."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.markdown_page import _VENUE_TAIL

_OLD = (r"[\s\d,.;:()*\-–]*(?:[A-Z]?\d+[\s\d,.;:()*\-–]*)*"
        r"(?:(?:doi:\s*|https?://|arXiv:\s*)\S+)?[\s.]*$")
_PIECES = st.sampled_from(["1", "9", "12", " ", ",", ".", ";", ":", "(", ")", "*", "-", "–", "L", "S", "e",
                           "x", "A", "doi:", "https://", "arXiv:", "10.1/x", "\n", "pp."])
_TEXTS = st.lists(_PIECES, max_size=10).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_TEXTS)
def test_the_tail_answers_as_the_nested_form(text):
    assert (re.fullmatch(_VENUE_TAIL, text) is None) == (re.fullmatch(_OLD, text) is None), text
    line = "*Journal of Invented Things* " + text
    old, new = re.search(re.escape("*Journal of Invented Things*") + _OLD, line), re.search(
        re.escape("*Journal of Invented Things*") + _VENUE_TAIL, line)
    assert (old is None) == (new is None), text
    if old is not None:
        assert old.span() == new.span()


def test_a_long_run_of_digits_with_no_end_is_answered():
    line = "*Journal of Invented Things* " + "9" * 400 + "x"
    assert re.search(re.escape("*Journal of Invented Things*") + _VENUE_TAIL, line) is None
    assert re.search(re.escape("*Journal of Invented Things*") + _VENUE_TAIL, line[:-1]) is not None
