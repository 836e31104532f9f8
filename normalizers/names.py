"""Person names: cleaned display form (``First Last``) and a match key (surname + initial)."""

from __future__ import annotations

import re
from functools import lru_cache

from nameparser import HumanName

from .text import clean_text, fold

_MARKUP = re.compile(r"[*_#`]|\\[a-z]+\{|[{}]")
_AFFIL_DIGITS = re.compile(r"(?<=[a-z])\d+$|[\u00b9\u00b2\u00b3\u2070-\u2079]+$|[†‡§¶]+")
_SPACES = re.compile(r"\s+")


_INITIAL_END = re.compile(r"(?:^|[\s.,\-])[A-Z]\.$")  # "Week, B.": the period is the initial's


@lru_cache(maxsize=100_000)
def clean_name(text: str) -> str:
    """``Jaiswal, Ajay`` -> ``Ajay Jaiswal``; ``AJAY KUMAR JAISWAL`` -> ``Ajay Kumar Jaiswal``."""
    name = clean_text(_MARKUP.sub("", text or ""))
    name = _AFFIL_DIGITS.sub("", name).strip(" ,;").lstrip(". ")
    if name.endswith(".") and not _INITIAL_END.search(name):
        name = name.rstrip(".").rstrip()  # a list's period, never an initial's
    if not name:
        return ""
    if "," in name:
        parsed = HumanName(name)
        if parsed.first and parsed.last:
            name = " ".join(p for p in (parsed.first, parsed.middle, parsed.last) if p)
            if parsed.suffix:
                name += f" {parsed.suffix}"
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        parsed = HumanName(name)
        parsed.capitalize(force=True)
        name = str(parsed)
    return _SPACES.sub(" ", name)


@lru_cache(maxsize=100_000)
def name_key(text: str) -> str:
    """``Ajay Kumar Jaiswal`` -> ``jaiswal a``: folded surname and first initial."""
    name = clean_name(text)
    if not name:
        return ""
    parts = fold(name).replace(".", " ").replace("-", " ").split()
    parts = [p for p in parts if p.isalpha() or p.replace("'", "").isalpha()]
    if not parts:
        return ""
    parsed = HumanName(name)
    last = fold(parsed.last).replace("-", " ").split() if parsed.last else []
    surname = last[-1] if last else parts[-1]
    first = fold(parsed.first)[:1] if parsed.first else (parts[0][:1] if len(parts) > 1 else "")
    return f"{surname.replace(chr(39), '')} {first}".strip()
