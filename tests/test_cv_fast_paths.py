"""The CV entry reader's fast paths (``extractors/cv_entries.py``, ``extractors/cv_text.py``)
give what the plain calls they stand for give: each test of what a pattern's matches need
(``cv_entries._NEEDS``) holds for every match, and the entries read with the fast paths equal
the entries read without them, on the real CVs of ../shared, the generated CV layouts and
generated text. Speed is measured by benchmarks/ (``ab_throughput``), never here."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import cv_entries, cv_text
from extractors.cv_entries import _NEEDS, parse_entry, split_authors

from .conftest import EXTERNAL, ROOT, SEEDS, make_doc

# Pieces of CV entries: names, marks, badges, notes, links, years, venues' tails (pages,
# volumes, months, publishers, places), separators; the characters that a case-insensitive
# ASCII letter also matches ("ſ", "ı", "İ", "K"), digits of other scripts, other spaces.
_PIECES = ["Ann Lee", "**Bo Chen**", "Roe*", "Lee*†", "Lee2", "Chen‡", "Lee, Ann", "Chen, B.", "; ", ", ", " and ",
           ", and ", " & ", ". & ", " et al.", " Et Al", "et", "al", ". ", ".", ",", "*", "**", "_", "__", "*Title of It*",
           "A Title", "? ", "vs.", "e.g. ", " Part II. ", "(2019)", " 2020", ", 1999.", "2021", "[Oral]",
           "**[Spotlight]**", "(Oral Presentation)", "(Best Paper Award)", "[Under review]", "[a](http://b.org/c)",
           "](", "Equal contribution.", "equally contributed", "Corresponding author", "CO-FIRST AUTHORS", "∗",
           "arXiv:2101.01234", "arXiv 2101.01234", "In: ", "(*) ", " IEEE", "PMLR", ", Springer, Cham", ", Ghent, Belgium",
           ", USA", ", The Netherlands", " Jan.", " September", " MAY", " 12(3):1-9", ", 101-109.", " 33.6", ", vol. 3",
           " (ICML)", ")", "(", "]", "[", "ſ", "ı", "İ", "K", "é", "٣", "\n", "  ", "\t", "\u00a0", "\u2003", "”", "“", '"',
           ", Auguſt", "co-fİrst author", "correſponding author"]
_GENERATED = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join) | st.text(max_size=40)


def _real_cvs() -> list[tuple[str, str]]:
    """(name, text) of the CVs as text: the seed CV, examples/cv.md, and the generated CV layouts
    of ``tests.seed_format_layouts`` (when ../shared holds their metadata)."""
    out = [(p.name, p.read_text(encoding="utf-8")) for p in [*sorted(SEEDS.glob("002_*.txt")), ROOT / "examples/cv.md"]
           if p.exists()]
    if (EXTERNAL / "arxiv" / "abs_files_arxiv_browse").is_dir() and (EXTERNAL / "bibtex").is_dir():
        from . import seed_format_layouts as sfl

        for layout, (owner, entries) in sfl.cases(EXTERNAL).items():
            if sfl.fmt(layout) == "cv_text":
                out.append((layout, sfl.render(layout, owner, entries)[0]))
    return out


REAL_CVS = _real_cvs()


def _real_fragments() -> list[str]:
    """Each real entry's text, and the pieces of it the reader hands its patterns: what follows
    and what precedes each stop and comma (author lists, titles, venues and their tails)."""
    bodies = [m.group("body") for _, text in REAL_CVS for m in map(cv_text.ENTRY.match, text.splitlines()) if m]
    out = set(bodies)
    for body in bodies:
        for m in re.finditer(r"[.,;*]\s", body):
            out.update((body[:m.start()], body[m.end():], body[:m.start() + 1]))
    return sorted(out)


REAL = _real_fragments()


def _need_holds(text: str) -> None:
    for pattern, may in _NEEDS.items():
        if not may(text):
            assert pattern.search(text) is None, (pattern.pattern, text)


@settings(max_examples=1000, deadline=None)
@given(_GENERATED)
def test_what_every_match_needs_is_in_the_text(text_):
    _need_holds(text_)


def test_what_every_match_needs_is_in_the_real_entries():
    assert len(REAL) > 100
    for text_ in REAL:
        _need_holds(text_)


def test_a_test_of_needs_skips_what_it_should():
    """The tests are no mere "True": each turns away a text its pattern cannot match."""
    assert not cv_entries._may_match(cv_entries._NOTE, "Ann Lee, Bo Chen. A Title. Venue, 2021")
    assert cv_entries._may_match(cv_entries._NOTE, "Lee*, Chen*. *Equal contribution")
    assert cv_entries._may_match(cv_entries._NOTE, "co-fİrst author")  # not ASCII: the pattern decides
    assert not cv_entries._may_match(cv_entries._PLACE_END, "Proceedings of ICML, Vienna")
    assert cv_entries._may_match(cv_entries._PLACE_END, "Proceedings of ECML, Ghent, Belgium\n")
    assert not cv_entries._may_match(cv_entries._MONTH_END, "Neural Computing and Applications")
    assert cv_entries._may_match(cv_entries._MONTH_END, "Journal of Things, Sept.")
    # (a case-insensitive "s" matches "ſ": a text with other characters than ASCII is left to the pattern)
    assert cv_entries._MONTH_END.search("Journal of Things, Auguſt")
    assert cv_entries._may_match(cv_entries._MONTH_END, "Journal of Things, Auguſt")


@settings(max_examples=1000, deadline=None)
@given(_GENERATED)
def test_first_italic_equals_the_search(text_):
    _same_match(cv_entries._first_italic(text_), cv_entries._ITALIC.search(text_))


@settings(max_examples=1000, deadline=None)
@given(_GENERATED | st.lists(st.sampled_from(["19", "20", "2019", "1999", ".", ":", ")", " ", "-", "–", "5", "a"]),
                             max_size=12).map("".join))
def test_years_equal_the_search(text_):
    assert [m.span() for m in cv_entries._years(text_)] == [m.span() for m in cv_entries._YEAR.finditer(text_)]


def _same_match(a: re.Match | None, b: re.Match | None) -> None:
    assert (a and (a.span(), a.group("t"))) == (b and (b.span(), b.group("t")))


@settings(max_examples=1000, deadline=None)
@given(_GENERATED)
def test_cheap_tests_equal_their_patterns(text_):
    """``_not_a_name`` is ``_NOT_A_NAME``; ``_is_single_word`` and ``_split_fused`` remove the
    marks by ``str.replace`` as ``_MARKS`` did; an author list without "and" (nor another
    language's joining word, ``_ANY_JOINER``: author_lists.LAST_NAME_JOINERS) is split at its
    commas as ``_COMMA_AND_SPLIT`` splits it; ``_pub_heading`` first in a sniff is as good as last."""
    assert cv_text._not_a_name(text_) == bool(cv_text._NOT_A_NAME.search(text_))
    plain = cv_entries._MARKS.sub("", text_).strip()
    assert cv_entries._is_single_word(text_) == (bool(cv_entries._SINGLE_WORD.fullmatch(plain)) and "**" not in text_)
    if "and" not in text_ and not cv_entries._ANY_JOINER.search(text_):
        assert text_.split(",") == cv_entries._COMMA_AND_SPLIT.split(text_)
    assert cv_text._is_heading(text_) == (
        not (cv_text.ENTRY.match(text_) or len(text_) > 90 or text_.endswith((".", ",", ";")))
        and bool(re.match(r"^[A-Z]", text_)) and (text_.isupper() or len(text_.split()) <= 10))


@pytest.fixture
def plain(monkeypatch):
    """The reader without its fast paths: every pattern tried, nothing kept between entries."""
    monkeypatch.setattr(cv_entries, "_may_match", lambda pattern, text: True)
    monkeypatch.setattr(cv_entries, "_first_italic", cv_entries._ITALIC.search)
    monkeypatch.setattr(cv_entries, "_years", lambda text: list(cv_entries._YEAR.finditer(text)))
    monkeypatch.setattr(cv_entries, "_piece_name_cached", cv_entries._piece_name)
    monkeypatch.setattr(cv_entries, "_venue_name", cv_entries._read_venue_name)
    monkeypatch.setattr(cv_text, "_not_a_name", lambda name: bool(cv_text._NOT_A_NAME.search(name)))


def _readings(texts: list[str]) -> list:
    out = []
    for text_ in texts:
        for semicolons in (False, True):
            try:
                out.append(parse_entry(text_, semicolons))
            except ValueError as exc:
                out.append(str(exc))
            out.append(split_authors(text_, semicolons))
    return out


def _documents() -> list:
    out = []
    for name, text_ in REAL_CVS:
        doc = make_doc(text_, f"mem://{name}")
        out.append(list(cv_text.CVTextExtractor().extract(doc)))
    return out


def test_real_cvs_read_the_same_without_the_fast_paths(request):
    # examples/cv.md is always there; the seed CV and the generated layouts when ../shared is
    assert REAL_CVS and (len(REAL_CVS) >= 2 or not SEEDS.is_dir())
    fast_docs, fast = _documents(), _readings(REAL)
    request.getfixturevalue("plain")
    assert _documents() == fast_docs
    assert _readings(REAL) == fast


@settings(max_examples=150, deadline=None)
@given(st.lists(_GENERATED, min_size=1, max_size=4))
def test_generated_entries_read_the_same_without_the_fast_paths(texts):
    fast = _readings(texts)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(cv_entries, "_may_match", lambda pattern, text: True)
        mp.setattr(cv_entries, "_first_italic", cv_entries._ITALIC.search)
        mp.setattr(cv_entries, "_years", lambda text: list(cv_entries._YEAR.finditer(text)))
        mp.setattr(cv_entries, "_piece_name_cached", cv_entries._piece_name)
        mp.setattr(cv_entries, "_venue_name", cv_entries._read_venue_name)
        assert _readings(texts) == fast


def test_long_pieces_and_venues_are_not_kept():
    """A piece of an author list or a venue longer than its cache's bound is read each time,
    as the plain reading reads it, and not kept."""
    piece, venue = "A" * (cv_entries._CACHED_PIECE_CHARS + 1), "Venue " * 60
    before = (cv_entries._piece_name_cached.cache_info().currsize, cv_entries._venue_name_cached.cache_info().currsize)
    assert split_authors(piece) == ([piece], None, [])
    assert cv_entries._venue_name(venue) == cv_entries._read_venue_name(venue)
    assert (cv_entries._piece_name_cached.cache_info().currsize,
            cv_entries._venue_name_cached.cache_info().currsize) == before
