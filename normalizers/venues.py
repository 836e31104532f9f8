"""Venues: acronym, year and workshop flag from the long forms CVs and pages use.

``The Forty-first International Conference on Machine Learning (ICML), 2024`` -> ICML, 2024.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
]
_PAREN = re.compile(r"\((?P<a>[A-Za-z][A-Za-z0-9\-&]{1,14})(?:[ '’]*(?P<y>(?:19|20)?\d\d))?\)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BARE_ACRONYM = re.compile(r"^(?P<a>[A-Z][A-Za-z]*[A-Z][A-Za-z]*|[A-Z]{2,})(?:[ '’-]*(?P<y>(?:19|20)\d\d))?$")
_KNOWN_ACRONYM = re.compile(r"\b(?:" + "|".join(sorted({a for _, a in KNOWN}, key=len, reverse=True)) + r")\b")


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

    @property
    def is_conference(self) -> bool:
        return self.acronym in CONFERENCES


def parse_venue(text: str | None) -> Venue:
    name = clean_text(text).strip(" .,;")
    if not name:
        return Venue(None, None, None, False)
    years = _YEAR.findall(name)
    year = int(years[-1]) if years else None
    acronym = None
    for m in _PAREN.finditer(name):
        cand = m["a"]
        if sum(c.isupper() for c in cand) >= 2 or cand.isupper():
            acronym = cand
            break
    folded = fold(name)
    if acronym is None:
        for long, short in KNOWN:
            if long in folded:
                acronym = short
                break
    if acronym is None:
        m = _BARE_ACRONYM.match(name)
        if m:
            acronym = m["a"]
    if acronym is None:
        m = _KNOWN_ACRONYM.search(name)
        if m:
            acronym = m.group(0)
    is_workshop = "workshop" in folded
    return Venue(name, acronym, year, is_workshop)
