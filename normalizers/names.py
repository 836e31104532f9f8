"""Person names: cleaned display form (``First Last``) and a match key (surname + initial)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nameparser import HumanName
from nameparser.config import CONSTANTS

from .text import clean_text, fold

_MARKUP = re.compile(r"[*_#`]|\\[a-z]+\{|[{}]")
_AFFIL_DIGITS = re.compile(r"(?<=[a-z])\d+$|[\u00b9\u00b2\u00b3\u2070-\u2079]+$|[†‡§¶]+")
_SPACES = re.compile(r"\s+")
# Unicode symbols (other, math, modifier: "✉", "★", "⋆", "^"): a name never ends in one, a
# page marks the corresponding author or equal contribution with one
_MARK_CATEGORIES = frozenset(("So", "Sm", "Sk"))


_INITIAL_END = re.compile(r"(?:^|[\s.,\-])[A-Z]\.$")  # "Week, B.": the period is the initial's


# Words nameparser gives a role of their own (titles, suffixes, conjunctions, particles): a
# name holding one is left to nameparser. Any other name of given names or initials followed
# by one surname, each word letters or hyphen-joined letters ("Ann Lee", "A.-B. Morris",
# "Albert-Laszlo Barabasi", "J. R. R. Tolkien", "Lee, Ann Marie") is read by nameparser as
# first name = the first word, last name = the surname: that is what the shortcut gives,
# without the parse (about 0.14 ms a name). tests/test_normalizers.py and
# tests/test_normalizer_fast_paths.py hold it equal to nameparser on generated and real names.
# Each word as written ("ph.d") and without its periods ("phd"): initials "B.A." are a degree.
_ROLE_WORDS = frozenset(form for group in (
    CONSTANTS.titles, CONSTANTS.suffix_acronyms, CONSTANTS.suffix_not_acronyms, CONSTANTS.conjunctions,
    CONSTANTS.prefixes) for w in group for form in (w.lower().strip("."), w.lower().replace(".", "")))
# "A.", "A.B.", "A.-B."; not three or more ("Lee, A.B.C." is a degree to nameparser).
_INITIALS = re.compile(r"[A-Z]\.(?:-?[A-Z]\.)?")


def _plain_words(words: list[str]) -> bool:
    return all(w.isalpha() and w.lower() not in _ROLE_WORDS for w in words)


def _surname_word(word: str) -> bool:
    """Letters, or letters joined by hyphens ("Smith-Jones"), no piece a role word."""
    if "-" not in word:  # (the usual word: one piece, tested without splitting)
        return word.isalpha() and word.lower() not in _ROLE_WORDS
    return _plain_words(word.split("-")) and word.lower() not in _ROLE_WORDS


def _given_word(word: str) -> bool:
    """A surname-like word, or one or two initials (``_INITIALS``), no letter a role word."""
    if word[-1:] == "." and _INITIALS.fullmatch(word):  # (initials end with their period)
        letters = word.replace(".", "").replace("-", "").lower()
        return letters not in _ROLE_WORDS and _ROLE_WORDS.isdisjoint(letters)
    return _surname_word(word)


def _given_then_surname(words: list[str], given=None) -> bool:
    """Two or more words: given names or initials, then one surname (see ``_ROLE_WORDS``).
    ``given`` judges the words before the surname (``_given_word`` unless told)."""
    return len(words) >= 2 and _surname_word(words[-1]) and all(map(given or _given_word, words[:-1]))


def _given_word_in_order(word: str) -> bool:
    """``_given_word``, and one initial of any letter: in a name printed given names first
    ("V. Nol", "E. Y. Lee") nameparser takes a one-letter initial that is also one of its
    role words (the suffixes "V" and "I", the conjunctions "e" and "y") for an initial, so
    the name is still first word + surname. Printed surname first ("Nol, V.") it may read
    it as a suffix, so ``clean_name`` keeps to ``_given_word``; two initials that spell a
    degree ("B.A.") it reads as a suffix even before the surname ("Ann B.A. Lee")."""
    return _given_word(word) or (len(word) == 2 and word[1] == "." and "A" <= word[0] <= "Z")


# Titles nameparser reads as a title before a first name ("Sir Lee": title Sir, first name Lee).
_FIRST_NAME_TITLES = frozenset(w.lower() for w in CONSTANTS.first_name_titles)


def _two_words_of_letters(words: list[str]) -> bool:
    """Two ASCII words of letters, the first no title of ``_FIRST_NAME_TITLES``: whatever
    roles nameparser gives them ("Gen Li": title and surname; "Di He": a particle; "Yuexiao
    Ma": a degree as surname; "Ann Jr": a suffix), its key of the name is ``_key_of`` of the
    two words: the surname it finds, or else the last word, is the second word; the first
    name it finds, or else the first word, starts with the first word's letter.
    tests/test_normalizer_fast_paths.py compares the two on every pair of nameparser's kinds
    of word (titles, particles, conjunctions, suffixes, ...) in three cases, and on samples."""
    return (len(words) == 2 and words[0].isascii() and words[0].isalpha() and words[1].isascii()
            and words[1].isalpha() and words[0].lower() not in _FIRST_NAME_TITLES)


def _one_word_of_letters(words: list[str]) -> bool:
    """One ASCII word of letters that is none of nameparser's role words (``_ROLE_WORDS``,
    ``_FIRST_NAME_TITLES``): nameparser reads it as a first name alone, so its key is the
    word and its first letter, ``_key_of`` of the word as both (a half of a name a list cut
    at its comma, "Zhang", "Yuxin"; a mononym). A title ("King", "Dr") keys without the
    letter and is left to nameparser. tests/test_normalizer_fast_paths.py compares the two on
    every kind of word in three cases."""
    return (len(words) == 1 and words[0].isascii() and words[0].isalpha()
            and words[0].lower() not in _ROLE_WORDS and words[0].lower() not in _FIRST_NAME_TITLES)


def _in_order_given_then_surname(words: list[str]) -> bool:
    """``_given_then_surname`` of a name printed given names first (``_given_word_in_order``)."""
    return _given_then_surname(words, _given_word_in_order)


# nameparser's particles ("van", "der", "de", "le", ...) that are ASCII words of letters.
_PARTICLES = frozenset(w.lower() for w in CONSTANTS.prefixes if w.isascii() and w.isalpha())


def _particles_inside(words: list[str]) -> bool:
    """Three words or more: a given name or initial first, a surname last (as
    ``_in_order_given_then_surname`` takes them) and between them given names, initials or
    nameparser's particles, one at least ("Tim Van der Lee", "Ann B. de Roe"). nameparser
    reads the particles into the surname or the middle names, so its key is ``_key_of`` of
    the first and the last word, as without them. A particle last ("Dung D. Le") is left to
    nameparser, which may read the word before it as the surname.
    tests/test_normalizer_fast_paths.py compares the two on every particle in three cases."""
    return (len(words) >= 3 and _given_word_in_order(words[0]) and _surname_word(words[-1])
            and all(w.lower() in _PARTICLES or _given_word_in_order(w) for w in words[1:-1]))


def _printed_plainly(text: str) -> bool:
    """ASCII letters, periods and hyphens, words parted by single spaces, a letter first and a
    small letter last ("Ann Lee", "A.-B. Morris"): a name that ``clean_name`` leaves as it is
    (no markup, entity, LaTeX, quote, affiliation mark, comma or end to strip; not in capitals)."""
    return (type(text) is str and text.isascii() and text[:1].isalpha() and text[-1:].islower()
            and "  " not in text and text.replace(" ", "").replace(".", "").replace("-", "").isalpha())


@lru_cache(maxsize=100_000)
def clean_name(text: str) -> str:
    """``Jaiswal, Ajay`` -> ``Ajay Jaiswal``; ``AJAY KUMAR JAISWAL`` -> ``Ajay Kumar Jaiswal``."""
    if _printed_plainly(text):
        return text
    name = _stripped(text)
    if "," in name:
        last, _, first = name.partition(",")
        given, surname = first.split(), last.split()
        if "," not in first and len(surname) == 1 and _given_then_surname([*given, *surname]):
            name = f"{' '.join(given)} {surname[0]}"  # "Lee, Ann B." (nameparser reads it the same way)
        else:
            name = _inverted_by_parser(name)
    return _capitalized(name)


def _stripped(text: str) -> str:
    """The name without markup, affiliation marks and a list's final period."""
    name = clean_text(_MARKUP.sub("", text or ""))
    name = _AFFIL_DIGITS.sub("", name).strip(" ,;").lstrip(". ")
    while name and unicodedata.category(name[-1]) in _MARK_CATEGORIES:
        name = name[:-1].rstrip(" ,;")  # a symbol after a name marks a role ("Lee✉", "Lee★"): no part of it
    if name.endswith(".") and not _INITIAL_END.search(name):
        name = name.rstrip(".").rstrip()  # a list's period, never an initial's
    return name


# the fewest letters of a name in capitals put in its usual case (until 2026-12-07, wt-names3,
# four: "C. LI" stayed in capitals)
CAPITALS_NAME_LETTERS = 3


def _capitalized(name: str) -> str:
    """A name printed in capitals in its usual case ("SMITH, JOHN", "JOHN SMITH", "J. SMITH");
    spaces collapsed. One word in capitals with no given name or initial beside it ("OECD",
    "NASA", "CERN") is a body's acronym, kept as written: a person's name in capitals comes
    with a given name or an initial (a lone surname, "SMITH", is kept too: nothing tells it
    from an acronym)."""
    # (ASCII: a name with a small letter, or no letter, is not in capitals; tested first, cheaply)
    if not (name.isascii() and not name.isupper()) and not _one_word(name):
        letters = [c for c in name if c.isalpha()]
        # (three letters and more: "C. LI", "Y. XU", a two-letter surname in capitals after an
        # initial, as GB/T 7714 and other lists with surnames in capitals print them; a name of
        # two words has at least two letters, and "A. B." is the same in either case)
        if letters and all(c.isupper() for c in letters) and len(letters) >= CAPITALS_NAME_LETTERS:
            parsed = HumanName(name)
            parsed.capitalize(force=True)
            name = str(parsed)
    spaced = " ".join(name.split())
    return name if spaced == name else _SPACES.sub(" ", name)  # (the same when single spaces part the words)


def _one_word(name: str) -> bool:
    """One word (as ``str.split`` parts words) and no initial or inversion: no period or
    comma in it (a hyphen may join it: "ABC-DEF")."""
    return len(name.split()) == 1 and "." not in name and "," not in name


# Initials only, each a capital and its period, joined or spaced ("A.M.", "A. M.", "A.-M.").
_ONLY_INITIALS = re.compile(r"(?:[A-Z]\.-?\s*)+")


def _inverted_by_parser(name: str) -> str:
    """"Last, First [Middle]" given name first, as nameparser reads it. One surname word and
    only initials after the comma ("Okafor, A.M.") is that person's initials even where
    nameparser reads the joined initials as a degree ("A.M.", "M.D.", "B.A.": a suffix, no
    first name, the name kept in printed order while "Okafor, A. M." is reordered): a degree
    is printed after a whole name ("Ann Okafor, M.D."), never after a surname alone."""
    parsed = HumanName(name)
    if not parsed.first:
        last, _, given = name.partition(",")
        if len(last.split()) == 1 and _ONLY_INITIALS.fullmatch(given.strip()):
            return f"{given.strip()} {last.strip()}"
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


def _key_of(first: str, last: str) -> str:
    """``_key_by_parser``'s key of a name nameparser reads as ``first`` ... ``last`` (both
    non-empty); "" when its surname folds to nothing (then the parser decides)."""
    surname = fold(last).replace("-", " ").split()
    return f"{surname[-1].replace(chr(39), '')} {fold(first)[:1]}".strip() if surname else ""


@lru_cache(maxsize=100_000)
def name_key(text: str) -> str:
    """``Ajay Kumar Jaiswal`` -> ``jaiswal a``: folded surname and first initial."""
    name = clean_name(text)
    if not name:
        return ""
    words = name.split()
    # nameparser's first and last are the first and last words; an ASCII surname has parts
    # (``_parts``), so the parts need not be made for it
    if name.isascii() and (_in_order_given_then_surname(words) or _two_words_of_letters(words)
                           or _particles_inside(words) or _one_word_of_letters(words)):
        return _key_of(words[0], words[-1])
    parts = _parts(name)
    if not parts:
        return ""
    if _in_order_given_then_surname(words):
        key = _key_of(words[0], words[-1])
        if key:
            return key
    return _key_by_parser(name, parts)
