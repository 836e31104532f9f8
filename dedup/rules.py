"""Match rules: small named, versioned objects. A rule looks at pair features and returns a
score in (0, 1] where it matches, NaN where it does not.

Rules are written once, as array expressions: they run over the feature columns of every
candidate pair at once (``label_pairs``), and on the features of one pair (``best_rule``,
for tests and explanations) with the same code. Write conditions with ``&``, ``|`` and
``no()``, never ``and``/``or``/``not``, so that they work on arrays.

Rules run in order; the first that matches labels the edge (``name@version``), which is
stored in ``work_records.rule`` so every merge can be explained. A veto runs before all
rules: a pair it rejects is never an edge, whatever the scores say.

Bump a rule's version whenever its logic or thresholds change.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .features import PairFeatures, PairRow

NO_MATCH = np.nan


def no(x):
    """Logical not for arrays and plain booleans alike (``~True`` is -2)."""
    return np.logical_not(x)


def score_where(ok, score):
    return np.where(ok, score, NO_MATCH)


@dataclass(frozen=True)
class Rule:
    name: str
    version: int
    description: str

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"

    def match(self, f: PairFeatures | PairRow):  # pragma: no cover - abstract
        """Scores where the rule matches, NaN elsewhere."""
        raise NotImplementedError


def authors_agree(f):
    """Authors unknown on one side, or the visible lists agree (truncation-aware)."""
    agree = np.where(f.author_min == 1, f.author_overlap == 1,
                     f.author_overlap >= np.maximum(1, (f.author_min + 1) // 2))
    return no(f.authors_known) | (no(f.author_conflict) & agree)


def authors_strong(f):
    """The same leading authors in the same order: at least three, or all of a short list."""
    return f.authors_known & ((f.author_prefix >= 3) | ((f.author_prefix >= 2) & (f.author_min == 2)))


def years_close(f, gap: int):
    """Years within ``gap`` of each other, or unknown on a side."""
    return f.year_gap <= gap  # unknown is -1


@dataclass(frozen=True)
class SameIdentifier(Rule):
    """The same arXiv id or DOI, unless titles and authors both disagree: identifiers get
    copied into the wrong entry, and one bad id must not merge two papers."""

    def match(self, f):
        related = (f.title_set >= 50) | (f.main >= 80) | (f.authors_known & (f.author_overlap >= 2))
        return score_where((f.same_arxiv | f.same_doi) & related, 1.0)


@dataclass(frozen=True)
class SameTitle(Rule):
    """Titles equal after folding case, accents, punctuation and hyphens. A long identical
    title outweighs garbled author lists, unless both lists are complete and disjoint."""

    min_tokens: int = 3
    long_tokens: int = 5
    very_long_tokens: int = 6

    def match(self, f):
        ok = (f.title >= 100) & (f.short_tokens >= self.min_tokens) & years_close(f, 2)
        # Six or more identical content words: two papers that share such a title are rarer
        # than a garbled author list (scraped lists such as "I Overview, Q Processing").
        very_long = (f.short_tokens >= self.very_long_tokens) & years_close(f, 1)
        # A short title with a one-author list: that author must be the other list's first
        # (a recurring column, "Reminiscences on Influential Papers", is edited by one person
        # who is not its articles' first author).
        lone = f.authors_known & (f.author_min == 1) & (f.author_prefix == 0)
        authors = (authors_agree(f) & no(lone)) | ((f.short_tokens >= self.long_tokens) & no(f.author_conflict))
        return score_where(ok & no(f.generic_title) & (authors | very_long), 1.0)


@dataclass(frozen=True)
class SameEditorial(Rule):
    """Recurring editorial matter ("Editorial", "Guest Editor's Introduction"): equal titles
    match only with the same first author, every author of the shorter list, same year."""

    def match(self, f):
        ok = f.generic_title & (f.title >= 100) & f.authors_known & (f.author_prefix >= 1) \
            & (f.author_overlap == f.author_min) & (f.year_gap == 0)
        return score_where(ok, 0.9)


@dataclass(frozen=True)
class ShortSameTitle(Rule):
    """A short title ("Diluting ACID") says little alone: equal titles need every author
    of the shorter list in the longer one (at least two) and the same year."""

    def match(self, f):
        ok = (f.title >= 100) & (f.short_tokens >= 1) & f.authors_known & (f.author_min >= 2) \
            & (f.author_overlap == f.author_min) & (f.year_gap == 0)
        return score_where(ok, 0.95)


@dataclass(frozen=True)
class FuzzyTitle(Rule):
    """Typos and small edits in a long title, authors compatible. A word that one title has
    and the other lacks ("Dynamic Sparse [No] Training") needs the authors to vouch for it."""

    threshold: float = 92.0
    min_tokens: int = 4

    def match(self, f):
        strong = authors_strong(f)
        ok = (f.title >= self.threshold) & years_close(f, 1) & authors_agree(f)
        ok &= f.short_tokens >= np.where(strong, self.min_tokens - 1, self.min_tokens)
        ok &= f.extra_words <= np.where(strong, 2, np.where(f.authors_known, 1, 0))
        return score_where(ok, f.title / 100)


@dataclass(frozen=True)
class ContainedTitle(Rule):
    """One title is the other with a prefix or subtitle dropped; the same leading authors."""

    min_tokens: int = 5

    def match(self, f):
        ok = (f.title_set >= 98) & (f.short_tokens >= self.min_tokens) & years_close(f, 1)
        return score_where(ok & (authors_strong(f) | (f.authors_known & authors_agree(f))), 0.95)


@dataclass(frozen=True)
class SubtitleDropped(Rule):
    """One title is exactly the other's main title, the subtitle dropped ("Declarative Data
    Cleaning" / "Declarative Data Cleaning: Language, Model, and Algorithms"): short titles
    too, when the first authors agree."""

    main_threshold: float = 95.0

    def match(self, f):
        ok = (f.main >= self.main_threshold) & (f.title_set >= 98) & (f.short_tokens >= 2) & years_close(f, 1)
        ok &= f.authors_known & authors_agree(f) & (f.author_prefix >= 1)
        return score_where(ok, 0.9)


@dataclass(frozen=True)
class SimilarTitleSameAuthors(Rule):
    """Reworded or abbreviated titles ("peer-to-peer" / "p2p", a dropped qualifier) by the
    same leading authors in order, years compatible, venues not contradicting."""

    title_threshold: float = 80.0
    set_threshold: float = 85.0

    def match(self, f):
        ok = authors_strong(f) & years_close(f, 1) & (f.shared_tokens >= 3)
        ok &= (f.title >= self.title_threshold) & (f.title_set >= self.set_threshold)
        return score_where(ok, 0.85)


@dataclass(frozen=True)
class Retitled(Rule):
    """A renamed version: same leading authors in order, same year, the same main title
    (``Graph Ladling`` / ``Graph Laddling``) or a title sharing much of its vocabulary.
    One side must be unpublished (a preprint, or a page that names no venue): two published
    records with different titles are two papers, however alike."""

    main_threshold: float = 88.0
    set_threshold: float = 62.0

    def match(self, f):
        ok = authors_strong(f) & (f.year_gap >= 0) & (f.year_gap <= 1) & no(f.both_published)
        same_main = (f.main >= self.main_threshold) & (f.short_tokens >= 2)
        similar = (f.title_set >= self.set_threshold) & (f.shared_tokens >= 3)
        return np.where(ok & same_main, 0.9, score_where(ok & similar, 0.85))


# Why a pair can never be the same work, checked in this order before all rules.
VETOES: tuple[tuple[str, object], ...] = (
    ("different arXiv ids", lambda f: f.arxiv_conflict),
    ("same document", lambda f: f.same_doc),  # a document lists each paper once
    ("different parts", lambda f: f.part_conflict),  # "... (Part I)" / "... (Part II)"
    ("years too far apart", lambda f: f.year_gap > 3),
    # e.g. a conference paper and its journal extension
    ("published at different venues in different years", lambda f: f.venue_conflict & (f.year_gap > 0)),
    # a VLDB talk and a SIGMOD Record article of one title: different kinds at different venues
    ("published at venues of different kinds and names", lambda f: f.venue_clash),
    ("same venue, different years", lambda f: f.same_venue & (f.year_gap > 0)),  # a venue publishes a paper once
)


def vetoed(f):
    """True where some veto rejects the pair."""
    out = np.zeros(np.shape(f.title), dtype=bool)
    for _, test in VETOES:
        out |= test(f)
    return out


def veto(f: PairRow) -> str | None:
    """Why this pair can never be the same work, or None."""
    return next((reason for reason, test in VETOES if test(f)), None)


RULES: tuple[Rule, ...] = (
    SameIdentifier("same_identifier", 2, "same arXiv id or DOI, titles or authors not contradicting"),
    SameTitle("same_title", 3, "identical folded title, not editorial matter, compatible authors and years"),
    SameEditorial("same_editorial", 1, "identical editorial title, same first author and year"),
    ShortSameTitle("short_same_title", 1, "identical short title, all authors of the shorter list, same year"),
    FuzzyTitle("fuzzy_title", 4, "title ratio >= 92, compatible authors, same year +-1, no unexplained extra word"),
    ContainedTitle("contained_title", 2, "one title contains the other, same leading authors"),
    SubtitleDropped("subtitle_dropped", 1, "one title is the other's main title, first authors agree"),
    SimilarTitleSameAuthors("similar_title_same_authors", 1, "title ratio >= 80 and token-set >= 85, same leading authors"),
    Retitled("retitled", 3, "renamed version of an unpublished record: same leading authors and year, similar title"),
)


def may_match(title, title_set, main, same_id, lead=None):
    """The weakest condition under which any rule above can match: a cheap, vectorisable
    prefilter (works on numpy arrays). ``lead`` (optional) is False where Retitled cannot
    apply (first authors not possibly the same person, years unknown or apart, or both
    published); only Retitled accepts titles below 80 that share under 98% of their words.
    A test checks it never drops a pair a rule accepts; keep it in step with the rules."""
    related = title_set >= 62.0
    if lead is not None:
        related = (related & lead) | (title_set >= 98.0)
    return same_id | (title >= 80.0) | related | (main >= 88.0)


def label_pairs(f: PairFeatures, rules: tuple[Rule, ...] = RULES) -> tuple[np.ndarray, np.ndarray]:
    """For every pair: the index in ``rules`` of the first rule that matches (-1 for none,
    or when vetoed) and its score."""
    which = np.full(len(f), -1, dtype=np.int64)
    score = np.full(len(f), NO_MATCH)
    open_ = no(vetoed(f))
    for k, rule in enumerate(rules):
        s = np.broadcast_to(rule.match(f), which.shape)
        hit = open_ & ~np.isnan(s)
        which[hit], score[hit] = k, s[hit]
        open_ &= ~hit
    return which, score


def best_rule(f: PairRow, rules: tuple[Rule, ...] = RULES) -> tuple[Rule, float] | None:
    """The first rule that matches one pair, and its score; None when vetoed or no rule matches."""
    if veto(f):
        return None
    for rule in rules:
        score = float(rule.match(f))
        if not np.isnan(score):
            return rule, score
    return None
