"""Likenesses over a record's whole text, for the trained matcher (``dedup.classifier``).

The field comparisons trust each value to sit in its column. Scraped entries and the
"Dirty" benchmark sets do not: an author line runs into the title, a venue and a year sit at
its end, a year is missing from its column but named in the venue. So some likenesses look
at all of a record's words at once (title key, author keys, venue, year), wherever they sit:

- the share of the words they share, each word weighed by how rare it is among the lake's
  records (``WordWeights``: "the" and "database" say little, "asilomar" a lot);
- whether a year named anywhere in one is named anywhere in the other, or every year one
  names is more than one away from every year the other names;
- how many of one record's author surnames, and of its title words, the other names anywhere;
- how many of one title's letter triples (spaces taken out) the other title has, and the
  other record's whole text: scraped titles lose or gain spaces ("andusingquerycapabilities",
  "tec hniques") and garble single letters, which break every word comparison but only the
  few triples around each change.

Pure: records and word counts in, arrays out.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from .features import record_text
from .prepare import STOPWORDS, Rec

# The word weights keep the document frequency of at most this many of the lake's words
# (the most frequent: the ones that weigh little); any other word counts as seen once.
WEIGHTED_WORDS = 20_000
_WORD = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def record_words(r: Rec) -> frozenset[str]:
    """The words of a record's whole text worth comparing: no stopwords, no single letters
    (initials differ between sources)."""
    return _words(record_text(r))


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text) if len(w) > 1 and w not in STOPWORDS)


@dataclass(frozen=True)
class WordWeights:
    """Inverse document frequencies of words among the lake's records, frozen with the
    model so that scoring, ``explain`` and incremental runs weigh a word alike."""

    records: int
    frequency: dict[str, int]

    @classmethod
    def of(cls, recs: list[Rec]) -> "WordWeights":
        counts = Counter(w for r in recs for w in record_words(r))
        common = sorted(((c, w) for w, c in counts.items() if c >= 2), key=lambda cw: (-cw[0], cw[1]))
        return cls(len(recs), {w: c for c, w in common[:WEIGHTED_WORDS]})

    def weight(self, word: str) -> float:
        """Smoothed inverse document frequency: ln((N + 1) / (df + 1)) + 1, always > 0."""
        return math.log((self.records + 1) / (self.frequency.get(word, 1) + 1)) + 1

    def to_dict(self) -> dict:
        return {"records": self.records, "frequency": dict(sorted(self.frequency.items()))}

    @classmethod
    def from_dict(cls, d: dict) -> "WordWeights":
        return cls(int(d["records"]), {str(k): int(v) for k, v in d["frequency"].items()})


# Letters per triple of ``letter_triples``: three tell "query" from "quest" and survive a
# garbled letter in all but the three triples that hold it.
TRIPLE = 3


def letter_triples(text: str) -> frozenset[str]:
    """The text's runs of ``TRIPLE`` letters with its spaces taken out, as a multiset: a run's
    second and later copies carry their count ("aaa", "aaa1", ...; every run itself is
    ``TRIPLE`` long, so none is mistaken for a copy), and a set intersection counts a run as
    often as both texts have it ("aaa" twice in one and once in the other shares one)."""
    letters = text.replace(" ", "")
    runs = [letters[i:i + TRIPLE] for i in range(len(letters) - TRIPLE + 1)]
    out = set(runs)
    if len(out) < len(runs):  # repeated runs: rare in a title, common in a whole record
        out.update(f"{run}{k}" for run, n in Counter(runs).items() for k in range(1, n))
    return frozenset(out)


class _Profile(NamedTuple):
    words: frozenset[str]
    years: frozenset[int]
    surnames: frozenset[str]
    title_triples: frozenset[str]
    text_triples: frozenset[str]


def _profile(r: Rec) -> _Profile:
    text = record_text(r)  # built once for the words, the years and the letter triples
    return _Profile(_words(text), frozenset(int(y) for y in _YEAR.findall(text)),
                    frozenset(s for s in (a.partition(" ")[0] for a in r.authors) if len(s) > 1),
                    letter_triples(r.key), letter_triples(text))


COLUMNS = ("rare_words", "year_anywhere", "years_apart", "surnames_anywhere", "title_anywhere", "title_triples",
           "title_triples_anywhere")


def _found_in(x: frozenset[str], other: frozenset[str]) -> float:
    return sum(1 for w in x if w in other) / len(x) if x else 0.0


def _shared_share(x: frozenset, y: frozenset) -> float:
    """The share of the smaller set that the other holds (0 when either is empty)."""
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def _inside(x: frozenset, other: frozenset) -> float:
    return len(x & other) / len(x) if x else 0.0


def columns(recs: list[Rec], pairs: np.ndarray, weights: WordWeights) -> dict[str, np.ndarray]:
    """``COLUMNS`` of ``pairs`` (rows of indices into ``recs``), each a likeness in [0, 1]."""
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    profiles = {i: _profile(recs[i]) for i in np.unique(pairs).tolist()}
    out = {k: np.zeros(len(pairs)) for k in COLUMNS}
    if not len(pairs):
        return out
    # each word weighed once; fsum is exact, so a set's iteration order (which differs
    # between processes) never shows in a sum
    w = {word: weights.weight(word) for p in profiles.values() for word in p.words}.__getitem__
    total = {i: math.fsum(map(w, p.words)) for i, p in profiles.items()}
    for k, (i, j) in enumerate(pairs.tolist()):
        a, b = profiles[i], profiles[j]
        wa, wb = total[i], total[j]
        shared = math.fsum(map(w, a.words & b.words))
        out["rare_words"][k] = shared / min(wa, wb) if wa and wb else 0.0
        out["year_anywhere"][k] = bool(a.years & b.years)
        out["years_apart"][k] = bool(a.years and b.years and min(abs(x - y) for x in a.years for y in b.years) > 1)
        out["surnames_anywhere"][k] = max(_found_in(a.surnames, b.words), _found_in(b.surnames, a.words))
        out["title_anywhere"][k] = max(_found_in(recs[i].tokens, b.words), _found_in(recs[j].tokens, a.words))
        out["title_triples"][k] = _shared_share(a.title_triples, b.title_triples)
        out["title_triples_anywhere"][k] = max(_inside(a.title_triples, b.text_triples),
                                               _inside(b.title_triples, a.text_triples))
    return {k: np.clip(v.astype(np.float64), 0.0, 1.0) for k, v in out.items()}
