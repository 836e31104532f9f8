"""Titles: a display form (as published, cleaned) and a match key."""

from __future__ import annotations

import re
from functools import lru_cache

from .text import clean_text, fold

_NON_WORD = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
_JOINED = re.compile(r"(?<=\w)[-‐‑'’](?=\w)")
_JOINERS = frozenset("-‐‑'’")
# ``_JOINED`` with the joiner first (its look-behind now spans the joiner): the same matches,
# found by a scan for the joiners instead of the look-behind tried at every character.
_JOINED_FROM_JOINER = re.compile(r"[-‐‑'’](?<=\w[-‐‑'’])(?=\w)")
# ``_NON_WORD`` on ASCII as a table: each ASCII character it matches, to a space.
_ASCII_NON_WORD = {c: " " for c in range(128) if _NON_WORD.match(chr(c))}


# Bullet glyphs a list typed by hand puts before its items ("<strong>• Title</strong>"):
# a title never begins with one followed by a space, the list's mark does.
_TYPED_BULLET = re.compile(r"^[•◦▪▫‣⁃∙●○■□►▸]\s+")
# The document-type code the Chinese standard GB/T 7714-2015 (its section 4 and Annex B) prints
# right after a title: "Title[J]. Venue" (J journal article, C proceedings paper, M book, D
# thesis, R report, P patent, S standard, N newspaper, A part of a book, G collection, Z other,
# DB database, CP program, EB electronic bulletin), maybe with its carrier after a slash
# ("[J/OL]", "[EB/OL]": OL online, CD, MT tape, DK disk). No part of the title: it says what
# kind of item the title names, as "(Extended Abstract)" does.
GBT7714_TYPES = ("M", "C", "N", "J", "D", "R", "S", "P", "A", "G", "Z", "DB", "CP", "EB")
GBT7714_CARRIERS = ("OL", "CD", "MT", "DK")
_GBT7714_CODE = re.compile(r"\s*\[(?:" + "|".join(GBT7714_TYPES) + r")(?:/(?:" + "|".join(GBT7714_CARRIERS) + r"))?\]$")


@lru_cache(maxsize=32768)  # copies of a paper repeat its title; str in, str out
def display_title(text: str | None) -> str:
    title = clean_text(text)
    title = _TYPED_BULLET.sub("", title.strip(" .,;")).strip(" .,;")
    if title.endswith("]"):  # (a bracket sends the Arrow path's titles here: arrow_text.titles)
        title = _GBT7714_CODE.sub("", title).rstrip(" .,;")
    # A title wrapped in quotes or braces as a whole.
    if len(title) > 2 and title[0] == title[-1] == '"' and title.count('"') == 2:
        title = title[1:-1].strip()
    return title


# Bracketed notes that say what kind of item a title is, not what it is about:
# "Index Research (Panel Session): Forest or Trees?", "... (Extended Abstract)".
_GENRE_WORDS = frozenset(
    "panel session tutorial abstract extended demo demonstration poster invited talk keynote "
    "experience paper industrial short position vision track summary oral spotlight".split()
)
_BRACKETED = re.compile(r"[(\[]\s*([a-z ]{3,40}?)\s*[)\]]")


def _drop_genre_note(m: re.Match) -> str:
    return " " if set(m.group(1).split()) <= _GENRE_WORDS else m.group(0)


@lru_cache(maxsize=32768)  # called on every record's display title, which repeats; str out
def title_key(text: str | None) -> str:
    """Case, accents, punctuation and hyphenation folded: ``Sparse-land`` == ``Sparseland``;
    bracketed genre notes such as ``(Panel Session)`` dropped."""
    key = fold(clean_text(text))
    if "(" in key or "[" in key:
        key = _BRACKETED.sub(_drop_genre_note, key)
    if not _JOINERS.isdisjoint(key):  # (the substitutions cost more than the test)
        key = _JOINED_FROM_JOINER.sub("", key)  # hyphenated compounds and apostrophes join
    if not (key.isascii() and key.replace(" ", "").isalnum()):  # ASCII letters, digits, spaces: no non-word
        key = (key.translate(_ASCII_NON_WORD) if key.isascii() else _NON_WORD.sub(" ", key)).replace("_", " ")
    return " ".join(key.split())  # = _SPACE.sub(" ", key).strip(): both split at str.isspace


def split_subtitle(title: str) -> tuple[str, str]:
    """``Graph Ladling: Shockingly Simple ...`` -> (``Graph Ladling``, ``Shockingly Simple ...``)."""
    head, sep, tail = title.partition(": ")
    return (head, tail) if sep else (title, "")
