"""Match rules: small named, versioned objects. A rule looks at a pair's features and
returns a score in (0, 1] when it matches, None when it does not.

Rules run in order; the first that matches labels the edge (``name@version``), which is
stored in ``work_records.rule`` so every merge can be explained. A veto runs before all
rules: a pair it rejects is never an edge, whatever the scores say.

Bump a rule's version whenever its logic or thresholds change.
"""

from __future__ import annotations

from dataclasses import dataclass

from .features import PairFeatures


@dataclass(frozen=True)
class Rule:
    name: str
    version: int
    description: str

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"

    def match(self, f: PairFeatures) -> float | None:  # pragma: no cover - abstract
        raise NotImplementedError


def authors_agree(f: PairFeatures) -> bool:
    """Authors unknown on one side, or the visible lists agree (truncation-aware)."""
    if not f.authors_known:
        return True
    if f.author_conflict:
        return False
    if f.author_min == 1:
        return f.author_overlap == 1
    return f.author_overlap >= max(1, (f.author_min + 1) // 2)


def authors_strong(f: PairFeatures) -> bool:
    """The same leading authors in the same order: at least three, or all of a short list."""
    return f.authors_known and (f.author_prefix >= 3 or (f.author_prefix >= 2 and f.author_min == 2))


def years_close(f: PairFeatures, gap: int) -> bool:
    return f.year_gap is None or f.year_gap <= gap


@dataclass(frozen=True)
class SameIdentifier(Rule):
    """The same arXiv id or DOI, unless titles and authors both disagree: identifiers get
    copied into the wrong entry, and one bad id must not merge two papers."""

    def match(self, f):
        if not (f.same_arxiv or f.same_doi):
            return None
        if f.title_set >= 50 or f.main >= 80 or (f.authors_known and f.author_overlap >= 2):
            return 1.0
        return None


@dataclass(frozen=True)
class SameTitle(Rule):
    """Titles equal after folding case, accents, punctuation and hyphens."""

    min_tokens: int = 3

    def match(self, f):
        if f.title == 100 and f.short_tokens >= self.min_tokens and authors_agree(f) and years_close(f, 2):
            return 1.0
        return None


@dataclass(frozen=True)
class FuzzyTitle(Rule):
    """Typos and small edits in a long title, authors compatible. A word that one title has
    and the other lacks ("Dynamic Sparse [No] Training") needs the authors to vouch for it."""

    threshold: float = 92.0
    min_tokens: int = 4

    def match(self, f):
        if f.title < self.threshold or f.short_tokens < self.min_tokens or not years_close(f, 1):
            return None
        if not authors_agree(f):
            return None
        allowed = 2 if authors_strong(f) else (1 if f.authors_known else 0)
        if f.extra_words > allowed:
            return None
        return f.title / 100


@dataclass(frozen=True)
class ContainedTitle(Rule):
    """One title is the other with a prefix or subtitle dropped; the same leading authors."""

    min_tokens: int = 5

    def match(self, f):
        if f.title_set >= 98 and f.short_tokens >= self.min_tokens and authors_strong(f) and years_close(f, 1):
            return 0.95
        return None


@dataclass(frozen=True)
class Retitled(Rule):
    """A renamed version: same leading authors in order, same year, the same main title
    (``Graph Ladling`` / ``Graph Laddling``) or a title sharing much of its vocabulary.
    Two records published at different venues are two papers, however alike."""

    main_threshold: float = 88.0
    set_threshold: float = 62.0

    def match(self, f):
        if not authors_strong(f) or f.year_gap is None or f.year_gap > 1 or f.venue_conflict:
            return None
        if f.main >= self.main_threshold and f.short_tokens >= 2:
            return 0.9
        if f.title_set >= self.set_threshold and f.shared_tokens >= 3:
            return 0.85
        return None


def veto(f: PairFeatures) -> str | None:
    """Why this pair can never be the same work, or None."""
    if f.arxiv_conflict:
        return "different arXiv ids"
    if f.same_doc:
        return "same document"  # a document lists each paper once
    if f.year_gap is not None and f.year_gap > 3:
        return "years too far apart"
    return None


RULES: tuple[Rule, ...] = (
    SameIdentifier("same_identifier", 2, "same arXiv id or DOI, titles or authors not contradicting"),
    SameTitle("same_title", 1, "identical folded title, compatible authors and years"),
    FuzzyTitle("fuzzy_title", 2, "title ratio >= 92, compatible authors, same year +-1, no unexplained extra word"),
    ContainedTitle("contained_title", 1, "one title contains the other, same leading authors"),
    Retitled("retitled", 2, "renamed version: same leading authors and year, similar title"),
)


def may_match(title, title_set, main, same_id):
    """The weakest condition under which any rule above can match: a cheap, vectorisable
    prefilter (works on numpy arrays). A test checks it never drops a pair a rule accepts;
    keep it in step when thresholds change."""
    return same_id | (title >= 92.0) | (title_set >= 62.0) | (main >= 88.0)


def best_rule(f: PairFeatures, rules: tuple[Rule, ...] = RULES) -> tuple[Rule, float] | None:
    if veto(f):
        return None
    for rule in rules:
        score = rule.match(f)
        if score is not None:
            return rule, score
    return None
