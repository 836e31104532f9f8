"""Pair features: everything the match rules look at, computed once per candidate pair.

Features are columns: one numpy array per feature, one entry per pair (``PairFeatures``),
so the rules run over a million pairs as a few array operations. Most columns come from
per-record columns (``RecordColumns``) by array indexing; only the author comparison, the
unexplained-words count and the shared content words are computed pair by pair in Python,
with fast paths for the common case of equal titles or equal author lists.

``pair_features(a, b)`` gives the features of one pair as plain Python values
(``PairRow``), for tests and explanations; the rules accept both forms.
"""

from __future__ import annotations

import re
from collections import namedtuple
from dataclasses import dataclass, fields
from types import SimpleNamespace

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from .prepare import STOPWORDS, Rec


@dataclass
class PairFeatures:
    """One array per feature, one entry per pair."""

    title: np.ndarray  # rapidfuzz ratio of the title keys, 0..100
    title_set: np.ndarray  # token_set_ratio: 100 when one title's words contain the other's
    main: np.ndarray  # ratio of the main titles (before a subtitle), 0 when neither has one
    text_set: np.ndarray  # token_set_ratio of all words (title, authors, venue, year) where a record misses a field
    short_tokens: np.ndarray  # content words of the shorter title
    shared_tokens: np.ndarray
    extra_words: np.ndarray  # words in one title with no close spelling in the other ("No" in "Dynamic Sparse No Training")
    lead_words: np.ndarray  # leading content words the titles share, in order
    incomplete_pair: np.ndarray  # a record misses authors, year or venue (they may sit in its title)
    authors_known: np.ndarray  # both sides show at least one author
    authors_in_title: np.ndarray  # one side names no authors: the other's authors found in its title
    authors_named: np.ndarray  # length of the longer visible list
    author_overlap: np.ndarray  # authors of the shorter visible list found in the other
    author_prefix: np.ndarray  # leading authors equal, in order
    author_min: np.ndarray  # length of the shorter visible list
    author_conflict: np.ndarray  # full lists on both sides that mostly disagree
    year_gap: np.ndarray  # -1 when either year is unknown
    same_arxiv: np.ndarray
    arxiv_conflict: np.ndarray
    doi_conflict: np.ndarray  # both carry a DOI (arXiv's excluded), and not the same one
    same_doi: np.ndarray
    same_code: np.ndarray
    code_conflict: np.ndarray  # both name a code URL, and not the same one
    same_doc: np.ndarray
    part_conflict: np.ndarray  # the titles name different parts or volumes ("part i" / "part ii")
    both_published: np.ndarray  # both carry a venue that is not a preprint server
    venue_conflict: np.ndarray  # both published, at different venues or venues of different kinds
    same_venue: np.ndarray  # both published at the same venue (acronym and kind agree)
    venue_clash: np.ndarray  # both published, venue kinds and acronyms known, and both differ
    kind_conflict: np.ndarray  # both published, in venues of different kinds (a conference, a journal)
    generic_title: np.ndarray  # either title recurs: editorial matter ("Editorial") or a title many author lists share

    def __len__(self) -> int:
        return len(self.title)

    def row(self, i: int) -> PairRow:
        return PairRow(*(getattr(self, name)[i].item() for name in PairRow._fields))


# The features of one pair as Python values: the same names and meanings as the columns.
PairRow = namedtuple("PairRow", [f.name for f in fields(PairFeatures)])


def same_person(a: str, b: str) -> bool:
    """Two author keys ("surname i") that name the same person, allowing for one mangled
    letter in a long surname and for given name and surname swapped."""
    if a == b:
        return True
    sa, _, ia = a.partition(" ")
    sb, _, ib = b.partition(" ")
    if ia[:1] == ib[:1]:
        # One typo or mangled letter in a long surname (an OCR'd or transliterated letter).
        return len(sa) >= 6 and len(sb) >= 6 and fuzz.ratio(sa, sb) >= 80
    # "meng f" vs "fang m": given name and surname swapped ("Fang Meng" / "Meng Fang").
    return bool(ia and ib) and sa[:1] == ib and sb[:1] == ia and len(sa) > 1 and len(sb) > 1


def _extra_words(a: str, b: str) -> int:
    """Words of one title with no counterpart in the other. A counterpart is a close
    spelling, or a word that contains it or that it contains: a number written apart or
    joined, a hyphenated compound written as one word or two explain each other."""
    if a == b:
        return 0
    wa, wb = set(a.split()) - STOPWORDS, set(b.split()) - STOPWORDS  # "of" / "on" tell papers apart rarely
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


_PART = re.compile(r"\b(?:part|vol|volume|chapter)\s+([ivx]+|\d+|one|two|three|four|five)\b")
_PART_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_ROMAN = {"i": 1, "v": 5, "x": 10}


# Titles that venues reuse for editorial matter, issue after issue: equal such titles say
# nothing about being one paper. Matched against the whole title key.
GENERIC_TITLE = re.compile(
    r"(?:guest )?editorial|(?:guest )?editor s? (?:introduction|note|notes|foreword)|editors? notes?"
    r"|letter from the (?:editor|chair)|chairs? message|introduction(?: to the special issue)?|preface|foreword"
    r"|book reviews?(?: column)?|in memoriam|obituary|errat(?:um|a)"
    r"|corrigendum|call for papers|announcements?|news|panel|keynote(?: address| talk)?|report|column"
)


def _part_number(word: str) -> int:
    """A part's number however it is written: "ii", "2" and "two" are one part."""
    if word.isdigit():
        return int(word)
    if word in _PART_WORDS:
        return _PART_WORDS[word]
    values = [_ROMAN[c] for c in word]
    return sum(-v if v < after else v for v, after in zip(values, values[1:] + [0]))


def _part(key: str) -> str:
    """The part, volume or chapter a title names ("" for none), as a number."""
    m = _PART.search(key) if ("part" in key or "vol" in key or "chapter" in key) else None
    return str(_part_number(m.group(1))) if m else ""


def _authors(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[int, int]:
    """(overlap, prefix): authors of the shorter list found in the other, allowing for
    variants (``same_person``); and leading authors equal in order."""
    if x == y:
        return len(x), len(x)
    # the shorter list, and of two lists as long the smaller: the pair's features never
    # depend on which record comes first (two variants in one list can both match one name)
    short, long_ = (x, y) if (len(x), x) <= (len(y), y) else (y, x)
    exact = set(long_)
    overlap = sum(1 for p in short if p in exact or any(same_person(p, q) for q in long_))
    prefix = 0
    for p, q in zip(x, y):
        if p != q and not same_person(p, q):
            break
        prefix += 1
    return overlap, prefix


def _codes(values) -> np.ndarray:
    """Equal values get equal codes (0, 1, ...); None and "" get -1."""
    seen: dict = {}
    return np.fromiter((seen.setdefault(v, len(seen)) if v else -1 for v in values), dtype=np.int64)


class RecordColumns:
    """Per-record columns the pair features are gathered from."""

    def __init__(self, recs: list[Rec]):
        self.recs = recs
        self.year = np.fromiter((r.year or 0 for r in recs), dtype=np.int64, count=len(recs))
        self.arxiv = _codes(r.arxiv_id for r in recs)
        self.doi = _codes(r.doi for r in recs)
        self.code = _codes(r.code_url for r in recs)
        self.doc = _codes(r.doc_id for r in recs)
        # Per distinct title key: (code, the part it names, editorial matter?).
        by_key: dict[str, tuple[int, str, bool]] = {}
        for r in recs:
            if r.key not in by_key:
                by_key[r.key] = (len(by_key), _part(r.key), GENERIC_TITLE.fullmatch(r.key) is not None)
        self.key = np.fromiter((by_key[r.key][0] for r in recs), dtype=np.int64, count=len(recs))
        self.part = _codes(by_key[r.key][1] for r in recs)  # -1: names no part
        self.generic = np.fromiter((by_key[r.key][2] for r in recs), dtype=bool, count=len(recs))
        self._editorial = self.generic
        self.tokens = np.fromiter((len(r.tokens) for r in recs), dtype=np.int64, count=len(recs))
        self.author_list = _codes(r.authors or ("",) for r in recs)  # equal author lists, equal codes
        self.n_authors = np.fromiter((len(r.authors) for r in recs), dtype=np.int64, count=len(recs))
        self.truncated = np.fromiter((r.truncated for r in recs), dtype=bool, count=len(recs))
        self.published = np.fromiter((r.published for r in recs), dtype=bool, count=len(recs))
        self.kind = _codes(r.venue_kind for r in recs)
        self.acronym = _codes(r.venue_acronym for r in recs)
        self.incomplete = np.fromiter((incomplete(r) for r in recs), dtype=bool, count=len(recs))
        # For ``engine.similarities``: title keys and main titles as object arrays (rapidfuzz
        # reads them by pair index), records without a title key, records with a main title.
        self.keys = np.array([r.key for r in recs], dtype=object)
        self.no_key = np.fromiter((not r.key for r in recs), dtype=bool, count=len(recs))
        self.has_main = np.fromiter((bool(r.main) for r in recs), dtype=bool, count=len(recs))
        self.mains = np.array([r.main or r.key for r in recs], dtype=object)
        self._recurring: frozenset | None = None

    def mark_recurring(self, titles) -> None:
        """Treat these title keys as recurring titles too (``model.recurring_titles``). Scoring
        calls this for every batch of pairs: the same titles again cost nothing."""
        titles = frozenset(titles)
        if titles == self._recurring:
            return
        self._recurring = titles
        extra = np.fromiter((r.key in titles for r in self.recs), dtype=bool, count=len(self.recs)) \
            if titles else np.zeros(len(self.recs), dtype=bool)
        self.generic = self._editorial | extra


def _lead(x: Rec, y: Rec) -> int:
    """Leading content words the two titles share, in order."""
    n = 0
    for p, q in zip((w for w in x.key.split() if w in x.tokens), (w for w in y.key.split() if w in y.tokens)):
        if p != q:
            break
        n += 1
    return n


def _in_title(x: Rec, y: Rec) -> int:
    """When one record names no authors: how many of the other's authors (by surname) its
    title holds (a scraped entry whose author line ran into the title); 0 otherwise."""
    if bool(x.authors) == bool(y.authors):
        return 0
    bare, named = (x, y) if not x.authors else (y, x)
    words = set(bare.key.split())
    return sum(1 for p in named.authors if p.partition(" ")[0] in words)


PYTHON_COLUMNS = ("shared", "extra", "overlap", "prefix", "lead", "in_title")


def python_columns(recs: list[Rec], a: list[int], b: list[int]) -> tuple[np.ndarray, ...]:
    """The features that need Python per pair (``PYTHON_COLUMNS``): shared content words,
    unexplained extra words, author overlap, author prefix, shared leading title words,
    authors found in the other record's title."""
    shared, extra, overlap, prefix, lead, in_title = [], [], [], [], [], []
    for i, j in zip(a, b):
        x, y = recs[i], recs[j]
        shared.append(len(x.tokens & y.tokens))
        extra.append(0 if x.key == y.key else _extra_words(x.key, y.key))
        o, p = _authors(x.authors, y.authors)
        overlap.append(o)
        prefix.append(p)
        lead.append(len(x.tokens) if x.key == y.key else _lead(x, y))
        in_title.append(_in_title(x, y))
    return tuple(np.array(v, dtype=np.int64) for v in (shared, extra, overlap, prefix, lead, in_title))


def _python_part(cols: RecordColumns, pairs: np.ndarray, compute) -> tuple[np.ndarray, ...]:
    """``python_columns`` for ``pairs``, calling ``compute(pairs)`` only for the pairs that
    need it: equal title keys and equal author lists are settled by array lookups."""
    a, b = pairs[:, 0], pairs[:, 1]
    settled = (cols.key[a] == cols.key[b]) & (cols.author_list[a] == cols.author_list[b])
    shared, extra = cols.tokens[a].copy(), np.zeros(len(pairs), dtype=np.int64)
    overlap, prefix = cols.n_authors[a].copy(), cols.n_authors[a].copy()
    lead, in_title = cols.tokens[a].copy(), np.zeros(len(pairs), dtype=np.int64)
    out = (shared, extra, overlap, prefix, lead, in_title)
    need = ~settled
    if need.any():
        for column, values in zip(out, compute(pairs[need])):
            column[need] = values
    return out


def features(cols: RecordColumns, pairs: np.ndarray, title, title_set, main, compute=None,
             text_set=None) -> PairFeatures:
    """The features of ``pairs`` (an (n, 2) array of record indices), given their string
    similarities (``text_set`` defaults to ``title_set``). ``compute(pairs)`` returns
    ``python_columns`` for the pairs given (default: in this process; the engine passes one
    that uses worker processes)."""
    a, b = pairs[:, 0], pairs[:, 1]
    if compute is None:
        def compute(p):
            return python_columns(cols.recs, p[:, 0].tolist(), p[:, 1].tolist())
    shared, extra, overlap, prefix, lead, in_title = _python_part(cols, pairs, compute)
    n_min = np.minimum(cols.n_authors[a], cols.n_authors[b])
    return PairFeatures(
        title=np.asarray(title, dtype=np.float64),
        title_set=np.asarray(title_set, dtype=np.float64),
        main=np.asarray(main, dtype=np.float64),
        text_set=np.asarray(title_set if text_set is None else text_set, dtype=np.float64),
        shared_tokens=shared,
        extra_words=extra,
        lead_words=lead,
        authors_known=n_min > 0,
        authors_in_title=in_title,
        authors_named=np.maximum(cols.n_authors[a], cols.n_authors[b]),
        author_overlap=overlap,
        author_prefix=prefix,
        author_min=n_min,
        author_conflict=(n_min >= 2) & ~cols.truncated[a] & ~cols.truncated[b] & (2 * overlap < n_min),
        **array_fields(cols, a, b),
    )


def array_fields(cols: RecordColumns, a: np.ndarray, b: np.ndarray) -> dict[str, np.ndarray]:
    """The features gathered from per-record columns alone (no string comparison, no Python
    per pair): ``record_fields`` and the title length, recurring-title, incomplete-record and
    identifier columns. The engine's prefilter bounds pair weights with these."""
    return dict(
        short_tokens=np.minimum(cols.tokens[a], cols.tokens[b]),
        incomplete_pair=cols.incomplete[a] | cols.incomplete[b],
        same_doi=_same(cols.doi, a, b),
        same_code=_same(cols.code, a, b),
        code_conflict=(cols.code[a] >= 0) & (cols.code[b] >= 0) & (cols.code[a] != cols.code[b]),
        generic_title=cols.generic[a] | cols.generic[b],
        **record_fields(cols, a, b),
    )


def _same(c: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (c[a] >= 0) & (c[a] == c[b])


def record_fields(cols: RecordColumns, a: np.ndarray, b: np.ndarray) -> dict[str, np.ndarray]:
    """The features that need no string comparison, only the two records' identifiers,
    years, parts and venues: everything the vetoes look at. Pair scoring and clustering both
    take them from here, so the two can never disagree on what is vetoed."""
    ya, yb = cols.year[a], cols.year[b]
    both_published = cols.published[a] & cols.published[b]
    ka, kb, aa, ab = cols.kind[a], cols.kind[b], cols.acronym[a], cols.acronym[b]
    kinds, acronyms = (ka >= 0) & (kb >= 0), (aa >= 0) & (ab >= 0)
    venue_conflict = both_published & ((kinds & (ka != kb)) | (acronyms & (aa != ab)))
    return dict(
        year_gap=np.where((ya > 0) & (yb > 0), np.abs(ya - yb), -1),
        same_arxiv=_same(cols.arxiv, a, b),
        arxiv_conflict=(cols.arxiv[a] >= 0) & (cols.arxiv[b] >= 0) & (cols.arxiv[a] != cols.arxiv[b]),
        doi_conflict=(cols.doi[a] >= 0) & (cols.doi[b] >= 0) & (cols.doi[a] != cols.doi[b]),
        same_doc=_same(cols.doc, a, b),
        # evidence on both sides: a title that names no part may be any of them
        part_conflict=(cols.part[a] >= 0) & (cols.part[b] >= 0) & (cols.part[a] != cols.part[b]),
        both_published=both_published,
        venue_conflict=venue_conflict,
        same_venue=both_published & kinds & acronyms & ~venue_conflict,
        venue_clash=both_published & kinds & acronyms & (ka != kb) & (aa != ab),
        kind_conflict=both_published & kinds & (ka != kb),
    )


class RecordFields(SimpleNamespace):
    """``record_fields`` of some pairs, shaped like ``PairFeatures`` for the vetoes."""

    @classmethod
    def of(cls, cols: RecordColumns, pairs: np.ndarray) -> "RecordFields":
        a, b = pairs[:, 0], pairs[:, 1]
        return cls(**record_fields(cols, a, b))


def main_ratio(a: Rec, b: Rec) -> float:
    return fuzz.ratio(a.main or a.key, b.main or b.key) if (a.main or b.main) else 0.0


def incomplete(r: Rec) -> bool:
    """A record missing authors, year or venue: its title may hold them (scraped pages, the
    Dirty benchmark sets), so it is also compared on all its words."""
    return not (r.authors and r.year and r.venue)


def record_text(r: Rec) -> str:
    """All the words of a record: title, author keys, venue, year."""
    return " ".join(filter(None, (r.key, " ".join(r.authors), (r.venue or "").lower(), str(r.year or ""))))


def text_ratio(a: Rec, b: Rec, title_set: float) -> float:
    if a.key == b.key or not (incomplete(a) or incomplete(b)):
        return title_set
    return max(title_set, fuzz.token_set_ratio(record_text(a), record_text(b), processor=default_process))


def pair_features(a: Rec, b: Rec, recurring=frozenset()) -> PairRow:
    """The features of one pair, as Python values; ``recurring``: see ``mark_recurring``."""
    cols = RecordColumns([a._replace(idx=0), b._replace(idx=1)])
    cols.mark_recurring(recurring)
    title_set = fuzz.token_set_ratio(a.key, b.key)
    f = features(cols, np.array([[0, 1]]), [fuzz.ratio(a.key, b.key)], [title_set],
                 [main_ratio(a, b)], text_set=[text_ratio(a, b, title_set)])
    return f.row(0)
