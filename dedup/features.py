"""Pair features: everything the match rules look at, computed once per candidate pair."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .prepare import Rec


@dataclass(frozen=True)
class PairFeatures:
    title: float  # rapidfuzz ratio of the title keys, 0..100
    title_set: float  # token_set_ratio: 100 when one title's words contain the other's
    main: float  # ratio of the main titles (before a subtitle), 0 when neither has one
    short_tokens: int  # content words of the shorter title
    shared_tokens: int
    extra_words: int  # words in one title with no close spelling in the other ("No" in "Dynamic Sparse No Training")
    authors_known: bool  # both sides show at least one author
    author_overlap: int  # authors of the shorter visible list found in the other
    author_prefix: int  # leading authors equal, in order
    author_min: int  # length of the shorter visible list
    author_conflict: bool  # full lists on both sides that mostly disagree
    year_gap: int | None
    same_arxiv: bool
    arxiv_conflict: bool
    same_doi: bool
    same_code: bool
    same_doc: bool
    part_conflict: bool  # the titles name different parts or volumes ("part i" / "part ii")
    both_published: bool  # both carry a venue that is not a preprint server
    venue_conflict: bool  # both published, at different venues or venues of different kinds
    same_venue: bool  # both published at the same venue (acronym and kind agree)


def same_person(a: str, b: str) -> bool:
    """Two author keys ("surname i") that name the same person, allowing for one mangled
    letter in a long surname and for given name and surname swapped."""
    if a == b:
        return True
    sa, _, ia = a.partition(" ")
    sb, _, ib = b.partition(" ")
    if ia[:1] == ib[:1]:
        # One typo or mangled letter in a long surname ("kiessling w" / "kiepling w").
        return len(sa) >= 6 and len(sb) >= 6 and fuzz.ratio(sa, sb) >= 80
    # "meng f" vs "fang m": given name and surname swapped ("Fang Meng" / "Meng Fang").
    return bool(ia and ib) and sa[:1] == ib and sb[:1] == ia and len(sa) > 1 and len(sb) > 1


def _extra_words(a: str, b: str) -> int:
    """Words of one title with no counterpart in the other. A counterpart is a close
    spelling, or a word that contains it or that it contains: ``sql 3`` / ``sql3`` and
    ``transformations - rigorous`` / ``transformations-rigorous`` explain each other."""
    if a == b:
        return 0
    wa, wb = set(a.split()), set(b.split())
    only_a, only_b = wa - wb, wb - wa
    if not only_b:
        return len(only_a)
    if not only_a:
        return len(only_b)
    extra = 0
    for words, other in ((only_a, only_b), (only_b, only_a)):
        for w in words:
            if process.extractOne(w, other, scorer=fuzz.ratio, score_cutoff=80) is None \
                    and not any(w in o or o in w for o in other):
                extra += 1
    return extra


_PART = re.compile(r"\b(?:part|vol|volume|chapter)\s+([ivx]+|\d+|one|two|three)\b")


def _part(key: str) -> str | None:
    m = _PART.search(key) if ("part" in key or "vol" in key or "chapter" in key) else None
    return m.group(1) if m else None


def _venues(a: Rec, b: Rec) -> tuple[bool, bool, bool]:
    """(both published, conflict, same venue)."""
    if not (a.published and b.published):
        return False, False, False
    kinds = a.venue_kind and b.venue_kind
    acronyms = a.venue_acronym and b.venue_acronym
    conflict = bool((kinds and a.venue_kind != b.venue_kind) or (acronyms and a.venue_acronym != b.venue_acronym))
    same = bool(kinds and acronyms and not conflict)
    return True, conflict, same


def _author_stats(a: Rec, b: Rec) -> tuple[int, int, int, bool]:
    short, long_ = (a, b) if len(a.authors) <= len(b.authors) else (b, a)
    exact = set(long_.authors)
    overlap = sum(1 for x in short.authors if x in exact or any(same_person(x, y) for y in long_.authors))
    prefix = 0
    for x, y in zip(a.authors, b.authors):
        if x != y and not same_person(x, y):
            break
        prefix += 1
    n = len(short.authors)
    conflict = (
        n >= 2
        and not a.truncated
        and not b.truncated
        and overlap / n < 0.5
    )
    return overlap, prefix, n, conflict


def main_ratio(a: Rec, b: Rec) -> float:
    return fuzz.ratio(a.main or a.key, b.main or b.key) if (a.main or b.main) else 0.0


def pair_features(a: Rec, b: Rec, title: float | None = None, title_set: float | None = None,
                  main: float | None = None) -> PairFeatures:
    """Features of a pair; the three string similarities may be passed in precomputed."""
    overlap, prefix, n, conflict = _author_stats(a, b)
    both_published, venue_conflict, same_venue = _venues(a, b)
    short_tokens = min(len(a.tokens), len(b.tokens))
    return PairFeatures(
        title=fuzz.ratio(a.key, b.key) if title is None else float(title),
        title_set=fuzz.token_set_ratio(a.key, b.key) if title_set is None else float(title_set),
        main=main_ratio(a, b) if main is None else float(main),
        short_tokens=short_tokens,
        shared_tokens=len(a.tokens & b.tokens),
        extra_words=_extra_words(a.key, b.key),
        authors_known=bool(a.authors and b.authors),
        author_overlap=overlap,
        author_prefix=prefix,
        author_min=n,
        author_conflict=conflict,
        year_gap=abs(a.year - b.year) if a.year and b.year else None,
        same_arxiv=bool(a.arxiv_id and a.arxiv_id == b.arxiv_id),
        arxiv_conflict=bool(a.arxiv_id and b.arxiv_id and a.arxiv_id != b.arxiv_id),
        same_doi=bool(a.doi and a.doi == b.doi),
        same_code=bool(a.code_url and a.code_url == b.code_url),
        same_doc=bool(a.doc_id and a.doc_id == b.doc_id),
        part_conflict=_part(a.key) != _part(b.key),
        both_published=both_published,
        venue_conflict=venue_conflict,
        same_venue=same_venue,
    )
