"""Titles and person names normalized on Arrow string arrays, for the values whose
normalization is a few string operations: what ``columnar._title`` and ``clean_name`` /
``name_key`` give, computed by Arrow's kernels for a whole array of distinct values.

Each function returns which values it answered (``fast``) and their outputs; the others
are left to the Python normalizers (``arrow_records._normalized``). What "a few string
operations" means is reasoned from the Python code, step by step, in each docstring;
tests/test_records_columnar.py and tests/test_normalizer_fast_paths.py hold the results
equal to the Python normalizers on generated and real values. Arrow's regular expressions
are RE2's, whose ``\\w`` is ASCII's ``[0-9A-Za-z_]``: the same as Python's on the ASCII
text these paths take.

Pure: no I/O.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from .names import _ROLE_WORDS, _given_word, _given_word_in_order, _surname_word
from .text import fold

# An ASCII value that ``text.clean_text`` returns with only its end spaces stripped
# (``text._plain``): no entity, LaTeX, TeX quote or doubled quote, no whitespace but single
# spaces; and no other control character or DEL, which JSON would write as escapes. Or a
# bracket, which may hold a genre note (``titles``).
_NOT_PLAIN_OR_BRACKET = r"[\x00-\x1f\x7f&\\$`(\[]|  |''|\"\""
# ``names._printed_plainly``: ASCII letters, periods, hyphens and single spaces, a letter
# first and a small letter last (a name ``clean_name`` gives back as it is).
_PLAIN_NAME = r"^(?:[a-z]|[A-Za-z][A-Za-z. -]*[a-z])$"
# "Surname, Given Names" whose surname is one word of letters and hyphens and whose given
# names end with a letter: ``clean_name`` strips nothing from it (no markup, digit, end
# punctuation or list period) and, when the given names then the surname are given names and
# one surname, writes them in that order ("Lee, Ann B" -> "Ann B Lee").
_INVERTED_NAME = r"^([A-Za-z][A-Za-z-]*), ([A-Za-z][A-Za-z. -]*[A-Za-z])$"


# Every literal ``screen`` needs for a bit, whatever its case: a value matching none of them
# has no bit. (A superset: "10." matched without regard to case is still "10.".)
_MAY_HOLD_ID = r"arx|10\.|hub\.com/|lab\.com/"


def screen(values, pa, pc) -> np.ndarray:
    """``columnar.screen`` of each value, for printable ASCII values (``columnar._str_bits``
    of such a value is its ``screen``): ARXIV 1, DOI 2, CODE 4. One pass of RE2 over the
    values (``_MAY_HOLD_ID``) finds the few that may have a bit; only those are screened
    literal by literal (``_screen``)."""
    bits = np.zeros(len(values), np.uint8)
    may = _flag(pc.match_substring_regex(values, _MAY_HOLD_ID, ignore_case=True), pc)
    if may.any():
        bits[may] = _screen(values.filter(pa.array(may)), pa, pc)
    return bits


def _screen(values, pa, pc) -> np.ndarray:
    """``screen`` of each value by its literals."""
    low = pc.ascii_lower(values)

    def has(array, literal):
        return pc.fill_null(pc.match_substring(array, literal), False).to_numpy(zero_copy_only=False)

    arxiv = has(low, "arx") & (has(values, ":") | has(low, ".org/"))
    doi = has(values, "10.") & has(values, "/")
    code = has(low, "hub.com/") | has(low, "lab.com/")
    return (arxiv * 1 | doi * 2 | code * 4).astype(np.uint8)


@lru_cache(maxsize=100_000)  # a table's names share their words
def _word(word: str) -> tuple[bool, bool, bool, str, str]:
    """One word of a name: (a surname word, a given word, a given word in a name printed given
    names first (``names``), ``_key_of``'s part of it as the last word, its initial as the first)."""
    return (_surname_word(word), _given_word(word), _given_word_in_order(word), _surname_piece(word),
            fold(word)[:1])


def _words(distinct, pa, pc) -> tuple[np.ndarray, np.ndarray, np.ndarray, object, object]:
    """``_word`` of each distinct word, as numpy (the three tests) and Arrow (the key piece and
    the initial) arrays. A word of ASCII letters only (nearly every word of a name) is answered
    by Arrow's kernels: each of ``_surname_word``, ``_given_word`` and ``_given_word_in_order``
    of it is "not one of nameparser's role words" (no hyphen to split at, no period to make it
    an initial), its key piece is its lower case (``fold`` of ASCII is ``lower``, nothing to
    split or strip) and its initial that piece's first letter. Other words go to ``_word``."""
    low = pc.ascii_lower(distinct)
    letters = _flag(pc.ascii_is_alpha(distinct), pc)  # ASCII letters only (as ``isalpha`` there), not ""
    plain = letters & ~_flag(pc.is_in(low, value_set=_role_array(pa)), pc)
    surnames, givens, in_order = plain.copy(), plain.copy(), plain.copy()
    pieces, initials = low, pc.utf8_slice_codeunits(low, 0, 1)
    other = np.flatnonzero(~letters)
    if len(other):
        s, g, o, p, i = zip(*map(_word, distinct.take(pa.array(other)).to_pylist()))
        surnames[other], givens[other], in_order[other] = s, g, o
        mask = pa.array(~letters)
        pieces = pc.replace_with_mask(pieces, mask, pa.array(p, pa.string()))
        initials = pc.replace_with_mask(initials, mask, pa.array(i, pa.string()))
    return surnames, givens, in_order, pieces, initials


@lru_cache(maxsize=1)
def _role_array(pa):
    """``names._ROLE_WORDS`` as an Arrow array (for ``is_in``)."""
    return pa.array(sorted(_ROLE_WORDS), pa.string())


def _surname_piece(word: str) -> str:
    """``names._key_of``'s part of its ``last`` word: the last piece, folded, no apostrophe."""
    parts = fold(word).replace("-", " ").split()
    return parts[-1].replace("'", "") if parts else ""


def _flag(array, pc) -> np.ndarray:
    return pc.fill_null(array, False).to_numpy(zero_copy_only=False)


def ids(values, pa, pc) -> tuple[np.ndarray, dict]:
    """(which values, ``source_id`` and its JSON) for printable ASCII ids with nothing JSON
    escapes (no double quote or backslash): the id itself, quoted; "" is no id (null)."""
    fast = _flag(pc.string_is_ascii(values), pc) & ~_flag(pc.match_substring_regex(values, r'[\x00-\x1f\x7f"\\]'), pc)
    empty = pc.equal(values, "")
    ident = pc.if_else(empty, pa.scalar(None, pa.string()), values)
    return fast, {"source_record_id": ident,
                  "source_record_id_json": pc.if_else(empty, "null", pc.binary_join_element_wise('"', values, '"', ""))}


# A new-style arXiv id as it is ("2306.03805", "2306.03805v2"): ``normalize_arxiv_id`` gives
# the id before the "v" and the version as a number. (ASCII digits: Python's ``\d`` also takes
# other scripts' digits, left to it; a version of up to six digits always fits the column.)
_PLAIN_ARXIV = r"^[0-9]{4}\.[0-9]{4,5}(?:v[0-9]{1,6})?$"


def arxiv_ids(values, pa, pc) -> tuple[np.ndarray, dict]:
    """(which values, their arXiv id, version, and the two as JSON) for new-style ids
    written plainly (``_PLAIN_ARXIV``), as ``columnar._arxiv`` gives them."""
    fast = _flag(pc.match_substring_regex(values, _PLAIN_ARXIV), pc)
    kept = pc.if_else(pa.array(fast), values, pa.scalar("0000.0000", pa.string()))
    parts = pc.split_pattern(kept, "v", max_splits=1)
    ident = pc.list_element(parts, 0)
    has_version = pc.equal(pc.list_value_length(parts), 2)
    digits = pc.if_else(has_version, pc.list_element(pc.if_else(has_version, parts, pa.scalar(["", "0"], parts.type)), 1),
                        pa.scalar(None, pa.string()))
    version = pc.cast(digits, pa.int64())
    return fast, {"arxiv_id": ident, "arxiv_version": version,
                  "arxiv_id_json": pc.binary_join_element_wise('"', ident, '"', ""),
                  "arxiv_version_json": pc.fill_null(pc.cast(version, pa.string()), "null")}


def titles(values, pa, pc) -> tuple[np.ndarray, dict]:
    """(which values, their title, title key, and the two as JSON) for titles that are plain
    ASCII (``_NOT_PLAIN_OR_BRACKET``). For those ``display_title`` is ``strip(" .,;")`` (clean_text only
    strips the end spaces), unless the title is wrapped in double quotes or strips to nothing
    (left to Python). ``title_key`` of such a title: clean_text changes nothing, ``fold`` is
    ``lower``; a bracket may hold a genre note (left to Python); a hyphen or apostrophe between
    two word characters goes (RE2 has no look-behind: ``(\\w)[-'](\\w)`` is replaced until
    none is left; removing one never makes another removable); every other character but
    letters, digits and spaces becomes a space; the spaces are then single, none at the ends.
    A title of letters, digits and single spaces only is its own key, lower case.
    As JSON: quoted, the double quotes escaped (no other character needs an escape)."""
    # not plain, or holding a bracket: one scan (trimming " .,;" from the ends adds or
    # removes no bracket, so the title's brackets are the value's)
    fast = _flag(pc.string_is_ascii(values), pc) & ~_flag(pc.match_substring_regex(values, _NOT_PLAIN_OR_BRACKET), pc)
    title = pc.utf8_trim(values, " .,;")
    fast &= ~(_flag(pc.starts_with(title, '"'), pc) & _flag(pc.ends_with(title, '"'), pc))
    fast &= _flag(pc.greater(pc.utf8_length(title), 0), pc)
    low = pc.ascii_lower(title)
    # a title of letters, digits and single spaces (none at its ends: trimmed) is its own key;
    # only the others go through the steps (in the ER benchmarks' DBLP, ACM and Scholar
    # tables 46% of the titles are of that kind; one scan tells them)
    steps = _flag(pc.match_substring_regex(low, r"[^a-z0-9 ]|  "), pc)
    if steps.all():
        key = _title_key_steps(low, pc)
    elif steps.any():
        mask = pa.array(steps)
        key = pc.replace_with_mask(low, mask, _title_key_steps(low.filter(mask), pc))
    else:
        key = low
    return fast, {"title": title, "title_key": key,
                  "title_json": pc.binary_join_element_wise('"', pc.replace_substring(title, '"', '\\"'), '"', ""),
                  "title_key_json": pc.binary_join_element_wise('"', key, '"', "")}


def _title_key_steps(key, pc):
    """``titles``' key of lower-case ASCII titles: joined hyphens and apostrophes removed,
    every other character but letters, digits and spaces a space, the spaces single."""
    # replaced once before the first test: on a title without a joined hyphen it changes
    # nothing, and most titles need no second round
    key = pc.replace_substring_regex(key, r"(\w)[-'](\w)", r"\1\2")
    while pc.any(pc.match_substring_regex(key, r"\w[-']\w")).as_py():
        key = pc.replace_substring_regex(key, r"(\w)[-'](\w)", r"\1\2")
    key = pc.replace_substring_regex(key, r"[^a-z0-9 ]", " ")
    return pc.utf8_trim(pc.replace_substring_regex(key, " {2,}", " "), " ")


def names(values, pa, pc) -> tuple[np.ndarray, dict]:
    """(which values, their cleaned name, key, and the two as JSON) for names printed
    plainly (``_PLAIN_NAME``), which ``clean_name`` keeps as they are, or printed surname
    first (``_INVERTED_NAME``) and plainly once turned round, and whose words are given
    names or initials and then one surname (``names._given_then_surname``, decided per
    distinct word by the same functions); ``clean_name`` of the name turned round is that
    name again (printed plainly, single-spaced, not in capitals). ``name_key`` of such a name is ``_key_of(first
    word, last word)``: the last hyphen-separated piece of the surname, lower case, a space,
    the first word's first letter, lower case. As JSON: quoted (letters, periods, hyphens and
    spaces need no escape)."""
    ascii_ = _flag(pc.string_is_ascii(values), pc) & ~_flag(pc.match_substring(values, "  "), pc)
    inverted = ascii_ & _flag(pc.match_substring_regex(values, _INVERTED_NAME), pc)
    if inverted.any():  # turned round: only the names printed surname first go through the regex
        turn = pa.array(inverted)
        values = pc.replace_with_mask(values, turn, pc.replace_substring_regex(values.filter(turn), _INVERTED_NAME, r"\2 \1"))
    fast = ascii_ & _flag(pc.match_substring_regex(values, _PLAIN_NAME), pc)
    words = pc.split_pattern(pc.if_else(pa.array(fast), values, pa.scalar("", pa.string())), " ")
    offsets = words.offsets.to_numpy()
    flat = words.flatten()
    encoded = flat.dictionary_encode()
    word = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    surnames, givens, in_order, pieces, initials = _words(encoded.dictionary, pa, pc)
    surname_ok = surnames[word]
    # a name printed surname first is judged as ``clean_name`` judges it, one printed given
    # names first as ``name_key`` does (``names._given_word_in_order``)
    turned = np.repeat(inverted, np.diff(offsets))
    given_bad = ~np.where(turned, givens[word], in_order[word])
    first, last = offsets[:-1], offsets[1:] - 1
    bad_before = np.concatenate([[0], np.cumsum(given_bad)])
    fast &= (last > first) & surname_ok[np.maximum(last, 0)] & (bad_before[last] == bad_before[first])
    safe = pa.array(np.where(fast, last, 0))
    key = pc.binary_join_element_wise(pieces.take(pa.array(word)).take(safe),
                                      initials.take(pa.array(word)).take(pa.array(np.where(fast, first, 0))), " ")
    return fast, {"name": values, "key": key,
                  "name_json": pc.binary_join_element_wise('"', values, '"', ""),
                  "key_json": pc.binary_join_element_wise('"', key, '"', "")}
