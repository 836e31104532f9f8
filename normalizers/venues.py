"""Venues: acronym, year and workshop flag from the long forms CVs and pages use.

``The Forty-first International Conference on Machine Learning (ICML), 2024`` -> ICML, 2024.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .text import clean_text, fold

# Long names of frequent venues -> acronym, for venues written without one.
KNOWN = [
    ("neural information processing systems", "NeurIPS"),
    ("international conference on machine learning", "ICML"),
    ("international conference on learning representations", "ICLR"),
    ("computer vision and pattern recognition", "CVPR"),
    ("international conference on computer vision", "ICCV"),
    ("european conference on computer vision", "ECCV"),
    ("association for the advancement of artificial intelligence", "AAAI"),
    ("aaai conference on artificial intelligence", "AAAI"),
    ("international joint conference on artificial intelligence", "IJCAI"),
    ("uncertainty in artificial intelligence", "UAI"),
    ("machine learning and systems", "MLSys"),
    ("transactions on machine learning research", "TMLR"),
    ("journal of machine learning research", "JMLR"),
    ("international journal of computer vision", "IJCV"),
    ("pattern analysis and machine intelligence", "TPAMI"),
    ("learning on graphs", "LoG"),
    ("conference on parsimony and learning", "CPAL"),
    ("artificial intelligence and statistics", "AISTATS"),
    ("empirical methods in natural language processing", "EMNLP"),
    ("association for computational linguistics", "ACL"),
    ("knowledge discovery and data mining", "KDD"),
    ("very large data bases", "VLDB"),
    ("management of data", "SIGMOD"),
    ("transactions on database systems", "TODS"),
    ("trans database syst", "TODS"),
    ("principles of database systems", "PODS"),
    ("international conference on data engineering", "ICDE"),
    ("transactions on knowledge and data engineering", "TKDE"),
    ("information and knowledge management", "CIKM"),
    ("extending database technology", "EDBT"),
]
_PAREN = re.compile(r"\((?P<a>[A-Za-z][A-Za-z0-9\-&]{1,14})(?:[ '’]*(?P<y>(?:19|20)?\d\d))?\)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BARE_ACRONYM = re.compile(r"^(?P<a>[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]{2,})(?:[ '’-]*(?P<y>(?:19|20)\d\d))?$")
_KNOWN_ACRONYM = re.compile(r"\b(?:" + "|".join(sorted({a for _, a in KNOWN}, key=len, reverse=True)) + r")\b")
_BY_LOWER = {a.lower(): a for _, a in KNOWN} | {"nips": "NeurIPS"}
_KNOWN_ACRONYM_FOLDED = re.compile(r"\b(?:" + "|".join(sorted(_BY_LOWER, key=len, reverse=True)) + r")\b")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# ``_YEAR`` from its first digits on (the look-behind, tried at every character, now after
# them: no digit before "19"/"20" is no digit among the three characters ending there); the
# engine scans for a "1" or "2". The same matches.
_YEAR_FROM_DIGITS = re.compile(r"(?:19|20)(?<!\d\d\d)\d\d(?!\d)")
# ``_NON_ALNUM`` on ASCII as a table (each ASCII character it matches, to a space): the
# substitution makes a piece per word, the table one pass; split and join then collapse the
# runs and strip the ends as ``_NON_ALNUM.sub(" ", text).strip()`` does.
_ASCII_NON_ALNUM = {c: " " for c in range(128) if _NON_ALNUM.match(chr(c))}


def plain_words(folded: str) -> str:
    """``_NON_ALNUM.sub(" ", folded).strip()``: the words of letters a-z and digits, single-spaced."""
    if folded.isascii():
        return " ".join(folded.translate(_ASCII_NON_ALNUM).split())
    return _NON_ALNUM.sub(" ", folded).strip()


# Venue kinds. A paper is published once per kind: a conference paper and its extended
# journal version are two works, while a preprint and its published version are one.
_PREPRINT = re.compile(
    r"\b(?:arxiv|corr|preprint|under review|in submission|submitted|openreview|biorxiv|medrxiv|ssrn"
    r"|technical report|tech report|tech rep|working paper)\b"
)
_JOURNAL = re.compile(r"\b(?:journal|transactions|trans|letters|magazine|record|review|j)\b")
_CONFERENCE = re.compile(r"\b(?:conference|conf|proceedings|proc|symposium|congress|meeting|colloquium)\b")
JOURNALS = frozenset({"TMLR", "JMLR", "IJCV", "TPAMI", "TODS", "TKDE"})


CONFERENCES = frozenset({
    "NeurIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "AAAI", "IJCAI", "UAI", "MLSys", "LoG", "CPAL",
    "AISTATS", "EMNLP", "ACL", "KDD", "VLDB", "SIGMOD", "Interspeech", "ECML-PKDD", "COLT", "NAACL",
})


@dataclass(frozen=True)
class Venue:
    name: str | None
    acronym: str | None
    year: int | None
    is_workshop: bool
    kind: str | None = None  # "journal", "conference", "workshop", "preprint" or None (unknown)

    @property
    def is_conference(self) -> bool:
        return self.acronym in CONFERENCES


@lru_cache(maxsize=65536)  # venues repeat a lot; Venue is immutable
def parse_venue(text: str | None) -> Venue:
    name = clean_text(text).strip(" .,;")
    if not name:
        return Venue(None, None, None, False)
    years = _YEAR_FROM_DIGITS.findall(name)
    year = int(years[-1]) if years else None
    acronym = None
    for m in _PAREN.finditer(name):
        cand = m["a"]
        if sum(c.isupper() for c in cand) >= 2 or cand.isupper():
            acronym = cand
            break
    folded = fold(name)
    plain = plain_words(folded)
    if acronym is None:
        for long, short in KNOWN:
            if long in plain:
                acronym = short
                break
    if acronym is None:
        m = _BARE_ACRONYM.match(name)
        if m:
            acronym = m["a"]
    if acronym is None:
        m = _KNOWN_ACRONYM.search(name) or _KNOWN_ACRONYM_FOLDED.search(plain)
        if m:
            acronym = _BY_LOWER.get(m.group(0).lower(), m.group(0))
    elif acronym.lower() in _BY_LOWER:  # "NIPS" -> "NeurIPS", "Sigmod" -> "SIGMOD"
        acronym = _BY_LOWER[acronym.lower()]
    is_workshop = "workshop" in folded
    return Venue(name, acronym, year, is_workshop, venue_kind(plain, acronym, is_workshop))


# Every match of ``_PREPRINT`` starts with one of these: searched first, they spare the pattern,
# which starts with ``\\b`` and is tried at every character, on most venues.
_PREPRINT_START = re.compile(r"arxiv|corr|preprint|under|in s|submitted|openreview|biorxiv|medrxiv|ssrn|tech|working")


def venue_kind(plain: str, acronym: str | None, is_workshop: bool) -> str | None:
    """The kind of a venue from its folded, punctuation-free name."""
    if _PREPRINT_START.search(plain) and _PREPRINT.search(plain):
        return "preprint"
    if is_workshop:
        return "workshop"
    if "journal" in plain or "transactions" in plain:
        return "journal"
    if _CONFERENCE.search(plain):
        return "conference"
    if _JOURNAL.search(plain) or acronym in JOURNALS:
        return "journal"
    if acronym in CONFERENCES or acronym in ("PODS", "ICDE", "CIKM", "EDBT"):
        return "conference"
    return None
