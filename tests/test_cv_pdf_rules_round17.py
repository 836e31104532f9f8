"""The CV PDF reader's rules of the seventeenth round (#16 item 2), found on round 16's former
held-out layouts, each on a small hand-made case: a name printed surname first whose surname
opens with a lower-case particle ("von Fintel, K.") opens an entry, not a sentence going on; a
spaced slash parts people printed "Surname, Given" ("Lee, Ann / Chen, Bo"); an entry whose
fields are all parted by spaced dashes ("2021 — Title — Venue — A. Lee, B. Chen") is read
field by field; a citation count in a smaller type at the right edge ("[cited 64]") is no word
of the entry. Names and titles here are made up."""

from __future__ import annotations

from extractors.author_lists import split_author_list
from extractors.citations import venue_name
from extractors.cv_pdf import _lower_case_start, _unfinished, particle_name_start
from extractors.cv_pdf_fields import read_dashed
from extractors.cv_pdf_layout import _right_count

from .test_cv_pdf_rules_round10 import _line, _words
from .test_cv_pdf_rules_round15 import _entry


def _plain(*texts: str):
    return _entry(*[[(t, 10.0, False, False)] for t in texts])


def test_a_name_whose_surname_opens_with_a_particle_opens_an_entry():
    assert particle_name_start("von Fintel, K. and Pasternak, R. (2025)")
    assert particle_name_start("van der Berg, Ann, Bo Chen and Cy Roe (2019)")
    assert particle_name_start("de Haro, M. L. (2007)")
    # a sentence going on over a break may open with a particle, but not with one capitalised
    # word and a comma before a capital
    assert not particle_name_start("van der Waals forces in thin films. Phys. Rev. B 3, 1–9.")
    assert not particle_name_start("de novo design of small proteins")
    assert not particle_name_start("von Fintel")
    # an entry after a blank gap that opens so is no run-on of the entry before it
    assert not _lower_case_start(_plain("von Fintel, K. (1998)", "Quantifiers and clauses. Phil. Quart. 35, 51–68."))
    assert _lower_case_start(_plain("superconducting core of a small vortex. Phys. Rev. B 3, 1–9."))
    before = _plain("Lee, A. (1999)", "A study of small things. J. Things 3, 1–9.")
    assert not _unfinished(before, _plain("von Fintel, K. (1998)", "Quantifiers and clauses."))
    assert _unfinished(before, _plain("of the small things. J. Things 3, 1–9."))


def test_a_spaced_slash_parts_people_printed_surname_first():
    assert split_author_list("Holloway, Maren T. / Lee, Ann / Chen, B.") == (["Maren T. Holloway", "Ann Lee", "B. Chen"],
                                                                          False)
    # editors parted so, before the book: the book is the venue
    assert venue_name("In: Novak, P. / Lindqvist, E. (eds.): Book of Small Things. Berlin: De Gruyter, pp. 1–9.") \
        .startswith("Book of Small Things")
    # a slash between words that are no "Surname, Given" pieces is left to the other readings
    assert split_author_list("Theory / Practice") == (["Theory / Practice"], False)
    assert split_author_list("Lee, A. / B")[0] != ["A. Lee", "B"]


def test_an_entry_of_dash_parted_fields_is_read_field_by_field():
    entry = _plain("2021 — A study of small things in quiet media — Journal of Things — A. Lee,",
                   "M. T. Holloway, B. Chen")
    got = read_dashed(entry, "M. T. Holloway", None)
    assert got is not None
    assert got.title == "A study of small things in quiet media"
    assert got.venue == "Journal of Things" and got.year == 2021
    assert got.authors == ["A. Lee", "M. T. Holloway", "B. Chen"]
    # an abbreviated venue with initials is no list of names
    got = read_dashed(_plain("2007 — A global approach to special manifolds — J. Math. Kyoto Univ — N. L. Youssef"),
                      None, None)
    assert got is not None and got.venue == "J. Math. Kyoto Univ" and got.authors == ["N. L. Youssef"]
    # no year printed nor known, two fields only, or no list of names: not an entry printed so
    assert read_dashed(_plain("A study of small things — Journal of Things — A. Lee, B. Chen"), None, None) is None
    assert read_dashed(_plain("A. Lee, B. Chen (2021). A study – of small things. J. Things."), None, None) is None
    assert read_dashed(_plain("2021 — A study of small things — Journal of Things — the lab"), None, None) is None


def test_a_citation_count_at_the_right_edge_in_a_smaller_type_is_no_word_of_the_entry():
    text = _words("Lee, A., Chen, B., & Holloway, M.", 60.0, 90.0)
    count = _words("[cited 64]", 61.0, 505.0, size=8.5)
    line = _line(text + count)
    assert [w.text for w in _right_count(line, text + count)] == ["[cited", "64]"]
    for label in ("Cited by 120", "120 citations"):
        words = _words(label, 61.0, 500.0, size=8.5)
        assert _right_count(_line(text + words), text + words) == words
    # the same count in the text's own size, or another cell at the right (a venue), stays
    same = _words("[cited 64]", 60.0, 506.0)
    assert _right_count(_line(text + same), text + same) == []
    venue = _words("Proc. Things", 61.0, 496.0, size=8.5)
    assert _right_count(_line(text + venue), text + venue) == []
