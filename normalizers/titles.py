"""Titles: a display form (as published, cleaned) and a match key."""

from __future__ import annotations

import re

from .text import clean_text, fold

_NON_WORD = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")


def display_title(text: str | None) -> str:
    title = clean_text(text)
    title = title.strip(" .,;")
    # A title wrapped in quotes or braces as a whole.
    if len(title) > 2 and title[0] == title[-1] == '"' and title.count('"') == 2:
        title = title[1:-1].strip()
    return title


def title_key(text: str | None) -> str:
    """Case, accents, punctuation and hyphenation folded: ``Sparse-land`` == ``Sparseland``."""
    key = fold(clean_text(text))
    key = re.sub(r"(?<=\w)[-‐‑'’](?=\w)", "", key)  # hyphenated compounds and apostrophes join
    key = _NON_WORD.sub(" ", key).replace("_", " ")
    return _SPACE.sub(" ", key).strip()


def split_subtitle(title: str) -> tuple[str, str]:
    """``Graph Ladling: Shockingly Simple ...`` -> (``Graph Ladling``, ``Shockingly Simple ...``)."""
    head, sep, tail = title.partition(": ")
    return (head, tail) if sep else (title, "")
