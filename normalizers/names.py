"""Person names: cleaned display form (``First Last``) and a match key (surname + initial)."""

from __future__ import annotations

import re
from functools import lru_cache

from nameparser import HumanName
from nameparser.config import CONSTANTS

from .text import clean_text, fold

_MARKUP = re.compile(r"[*_#`]|\\[a-z]+\{|[{}]")
_AFFIL_DIGITS = re.compile(r"(?<=[a-z])\d+$|[\u00b9\u00b2\u00b3\u2070-\u2079]+$|[†‡§¶]+")
_SPACES = re.compile(r"\s+")


_INITIAL_END = re.compile(r"(?:^|[\s.,\-])[A-Z]\.$")  # "Week, B.": the period is the initial's


# Words nameparser gives a role of their own (titles, suffixes, conjunctions, particles): a
# name holding one is left to nameparser. Any other name of exactly two words of letters
# ("Ann Lee", "Lee, Ann") is given name + surname, which is what nameparser makes of it, and so
# is an initial and a surname ("A. Lee", for ``name_key``). The shortcut skips a parse that
# costs about 0.14 ms (half the records import's time) and is held equal to nameparser by
# tests/test_normalizers.py on generated and real names.
_ROLE_WORDS = frozenset(w.lower().strip(".") for group in (
    CONSTANTS.titles, CONSTANTS.suffix_acronyms, CONSTANTS.suffix_not_acronyms, CONSTANTS.conjunctions,
    CONSTANTS.prefixes) for w in group)


def _plain_words(words: list[str]) -> bool:
    return all(w.isalpha() and w.lower() not in _ROLE_WORDS for w in words)


def _initial(word: str) -> bool:
    """``P.``: an ASCII capital and its period, the letter not one of nameparser's role words."""
    return len(word) == 2 and word[1] == "." and "A" <= word[0] <= "Z" and word[0].lower() not in _ROLE_WORDS


@lru_cache(maxsize=100_000)
def clean_name(text: str) -> str:
    """``Jaiswal, Ajay`` -> ``Ajay Jaiswal``; ``AJAY KUMAR JAISWAL`` -> ``Ajay Kumar Jaiswal``."""
    name = _stripped(text)
    if "," in name:
        last, _, first = name.partition(",")
        if "," not in first and len(last.split()) == 1 and len(first.split()) == 1 and _plain_words([last, first.strip()]):
            name = f"{first.strip()} {last.strip()}"  # "Lee, Ann" (nameparser reads it the same way)
        else:
            name = _inverted_by_parser(name)
    return _capitalized(name)


def _stripped(text: str) -> str:
    """The name without markup, affiliation marks and a list's final period."""
    name = clean_text(_MARKUP.sub("", text or ""))
    name = _AFFIL_DIGITS.sub("", name).strip(" ,;").lstrip(". ")
    if name.endswith(".") and not _INITIAL_END.search(name):
        name = name.rstrip(".").rstrip()  # a list's period, never an initial's
    return name


def _capitalized(name: str) -> str:
    """A name printed in capitals in its usual case; spaces collapsed."""
    # (ASCII: a name with a small letter, or no letter, is not in capitals; tested first, cheaply)
    if not (name.isascii() and not name.isupper()):
        letters = [c for c in name if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(letters) > 3:
            parsed = HumanName(name)
            parsed.capitalize(force=True)
            name = str(parsed)
    spaced = " ".join(name.split())
    return name if spaced == name else _SPACES.sub(" ", name)  # (the same when single spaces part the words)


def _inverted_by_parser(name: str) -> str:
    """"Last, First [Middle]" given name first, as nameparser reads it."""
    parsed = HumanName(name)
    if parsed.first and parsed.last:
        name = " ".join(p for p in (parsed.first, parsed.middle, parsed.last) if p)
        if parsed.suffix:
            name += f" {parsed.suffix}"
    return name


def _parts(name: str) -> list[str]:
    parts = fold(name).replace(".", " ").replace("-", " ").split()
    return [p for p in parts if p.isalpha() or p.replace("'", "").isalpha()]


def _key_by_parser(name: str, parts: list[str]) -> str:
    parsed = HumanName(name)
    last = fold(parsed.last).replace("-", " ").split() if parsed.last else []
    surname = last[-1] if last else parts[-1]
    first = fold(parsed.first)[:1] if parsed.first else (parts[0][:1] if len(parts) > 1 else "")
    return f"{surname.replace(chr(39), '')} {first}".strip()


@lru_cache(maxsize=100_000)
def name_key(text: str) -> str:
    """``Ajay Kumar Jaiswal`` -> ``jaiswal a``: folded surname and first initial."""
    name = clean_name(text)
    if not name:
        return ""
    parts = _parts(name)
    if not parts:
        return ""
    words = name.split()
    if len(words) == 2 and len(parts) == 2 and (
            _plain_words(words) or (_initial(words[0]) and _plain_words(words[1:]))):
        return f"{parts[1]} {parts[0][:1]}"  # "Ann Lee", "A. Lee": what nameparser's first and last give
    return _key_by_parser(name, parts)
