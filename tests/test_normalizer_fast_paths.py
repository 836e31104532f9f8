"""The normalizers' fast paths give what their reference (the plain, slower form kept here or
in the library) gives: on generated text, with hypothesis, and on the real documents of
../shared. Speed is measured by benchmarks/, never here."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timezone
from pathlib import Path

import ftfy
import pytest
from ftfy.badness import is_bad
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractors import bibtex, markdown_front_matter
from extractors.bibtex import _ENTRY_START, has_entry_start
from normalizers import identifiers, names, text, titles, venues
from normalizers.names import clean_name, name_key

from .conftest import EXTERNAL, SEEDS
from .test_normalizers import _by_parser  # (at import: a @given test must not import a module of @given tests)

# the reference the fast path replaced: str.translate with the same map
_QUOTES = str.maketrans(text._QUOTE_MAP)


def _real_texts(limit: int = 400) -> list[str]:
    """Text of the documents in ../shared (seeds, arXiv metadata, BibTeX, sites), each whole."""
    paths: list[Path] = []
    for root, pattern in ((SEEDS, "*.txt"), (EXTERNAL / "arxiv", "*.abs"), (EXTERNAL / "bibtex", "*.bib"),
                          (EXTERNAL / "sites", "*.md"), (EXTERNAL / "sites", "*.htm*"), (EXTERNAL / "cvs", "*.html")):
        if root.is_dir():
            paths += sorted(root.rglob(pattern))[:limit]
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


REAL = _real_texts()

# Pieces that make and break identifiers, in several cases, with the characters that the
# case-insensitive "i" also matches ("ı", "İ") and one whose lower case is longer ("İ").
_ID_PIECES = ["arXiv:", "ARXIV.org/abs/", "arxiv.org/pdf/", "arxiv", "arXi", "ar", "Xiv", ": ", "2306.03805",
              "1234.5678", "v2", "v", "hep-th/9901001", "math.AG/0601001", "github.com/", "GitLab.com/", "GITHUB.COM/",
              "git", "hub.com", "owner/repo", "a.b-c/d_e.git", ".", "/", " ", "\n", "x", "é", "ı", "İ", "K", "10.1000/x", "\u212a",
              "ARX", "iv", "\ud800", "Ǆ", "10.", "10.1", "x10.1234/a", "1", "0", "/", "510.12345/b."]


def _reference_arxiv(text_: str | None) -> list:
    """``find_arxiv_ids`` as it was: each pattern scans the whole text."""
    if not text_ or "arxiv" not in text_.lower():
        return []
    found = [(m["id"], int(m["v"]) if m["v"] else None)
             for pattern in (identifiers._ARXIV_NEW, identifiers._ARXIV_OLD) for m in pattern.finditer(text_)]
    seen, out = set(), []
    for ident, v in found:
        if ident not in seen:
            seen.add(ident)
            out.append((ident, v))
    return out


def _reference_code(text_: str | None) -> list[str]:
    """``find_code_urls`` as it was: the pattern scans the whole text."""
    if not text_ or "git" not in text_.lower():
        return []
    out: list[str] = []
    for m in identifiers._CODE.finditer(text_):
        url = f"https://{m['host'].lower()}/{m['path'].rstrip('.').removesuffix('.git')}"
        if url not in out:
            out.append(url)
    return out


def _spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_ID_PIECES), max_size=14).map("".join))
def test_anchored_matches_equal_finditer(text_):
    low = identifiers.ascii_lower(text_)
    assert len(low) == len(text_)
    for word in ("arxiv", "git"):
        assert (word in low) == (word in text_.lower())
    for pattern, start in ((identifiers._ARXIV_NEW, "arxiv"), (identifiers._ARXIV_OLD, "arxiv"),
                           (identifiers._CODE, "git")):
        assert _spans(identifiers._matches(pattern, text_, low, start)) == _spans(pattern.finditer(text_))
    assert _spans(identifiers._from_literal(identifiers._DOI, text_, text_, "10.")) == _spans(identifiers._DOI.finditer(text_))
    assert identifiers.find_arxiv_ids(text_) == _reference_arxiv(text_)
    assert identifiers.find_code_urls(text_) == _reference_code(text_)
    assert identifiers.find_dois(text_) == _reference_dois(text_)


def _reference_dois(text_: str | None) -> list[str]:
    """``find_dois`` as it was: the pattern scans the whole text."""
    if not text_ or "10." not in text_:
        return []
    return list(dict.fromkeys(m["doi"].rstrip(".,;)]").lower() for m in identifiers._DOI.finditer(text_)))


@pytest.mark.skipif(not REAL, reason="../shared is absent")
def test_identifier_search_equals_reference_on_real_documents():
    hits = 0
    for doc in REAL:
        assert identifiers.find_arxiv_ids(doc) == _reference_arxiv(doc)
        assert identifiers.find_code_urls(doc) == _reference_code(doc)
        assert identifiers.find_dois(doc) == _reference_dois(doc)
        hits += bool(identifiers.find_arxiv_ids(doc)) + bool(identifiers.find_code_urls(doc))
    assert hits > 10  # the documents do hold identifiers: the comparison compared something


_QUOTE_PIECES = [*text._QUOTE_MAP, "a", "é", " ", "'", '"', "-", "\u2013", "x\u0301"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_QUOTE_PIECES), max_size=20).map("".join))
def test_straight_quotes_equals_translate(text_):
    assert text.straight_quotes(text_) == text_.translate(_QUOTES)


@pytest.mark.skipif(not REAL, reason="../shared is absent")
def test_straight_quotes_equals_translate_on_real_documents():
    assert sum(text.straight_quotes(doc) != doc for doc in REAL) > 0  # some hold curly quotes
    for doc in REAL:
        assert text.straight_quotes(doc) == doc.translate(_QUOTES)


# Names: given names or initials then a surname skip nameparser (normalizers.names); the
# reference is tests/test_normalizers._by_parser (every name through nameparser). Words of
# every shape the shortcut takes or must refuse: initials alone, joined ("A.B.") and hyphenated
# ("A.-B."), degrees written as initials ("B.A.", "M.D."), hyphenated and lower-case words,
# nameparser's role words (titles, suffixes, conjunctions, particles), accented letters.
_NAME_WORDS = ["Ann", "Lee", "Chen", "Müller", "José", "Okafor", "ann", "lee", "A.", "B.", "E.", "Y.", "J.", "A.B.",
               "A.-B.", "W.S.", "B.A.", "M.D.", "A.M.", "Ph.D.", "J.R.R.", "A.B.C.", "A.-B.-C.", "Albert-Laszlo", "Smith-Jones", "Ding-fang",
               "Jean-Pierre", "Van", "van", "de", "Del", "Mac", "Jr", "III", "Dr", "Prof", "y", "e", "Bin", "O'Brien",
               "Al", "St", "Dos", "PhD", "Rev", "Ó", "Ş", "Çelik", "Ma", "Li", "Mary", "Sri", "-", "A", "Lee-", "A.B",
               # initials that are also nameparser's role words (suffixes V, I, IV; conjunctions e, y)
               "V.", "I.", "I.V.", "E.Y.", "Y.-E.", "V", "I", "IV", "Nol", "Gen", "Sir", "King", "Bin", "Jr", "Fang"]


def _name_forms(words: list[str]) -> set[str]:
    """The name as printed, surname first ("Lee, Ann B."), and its last two words first."""
    forms = {" ".join(words)}
    if len(words) > 1:
        forms |= {f"{words[-1]}, {' '.join(words[:-1])}", f"{' '.join(words[-2:])}, {' '.join(words[:-2])}"}
    return forms


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=4))
def test_name_shortcut_equals_nameparser_for_longer_names(words):

    for text_ in _name_forms(words):
        assert (clean_name(text_), name_key(text_)) == _by_parser(text_), text_


@pytest.mark.skipif(not (EXTERNAL / "arxiv").is_dir(), reason="../shared/external is absent")
def test_name_shortcut_equals_nameparser_on_every_real_author():
    """Every author of the arXiv metadata in ../shared (all files), in the three forms."""

    seen: set[str] = set()
    for path in sorted((EXTERNAL / "arxiv").rglob("*.abs")):
        m = re.search(r"^Authors?:\s*(.+?)\n(?:\S|\n)", path.read_text(encoding="utf-8", errors="replace"), re.M | re.S)
        if m:
            seen.update(n.strip() for n in re.split(r",|\band\b", " ".join(m.group(1).split())) if n.strip())
    shortcut = 0
    for name in sorted(seen):
        for text_ in _name_forms(name.split()):
            assert (names.clean_name(text_), names.name_key(text_)) == _by_parser(text_), text_
            shortcut += names._given_then_surname(names.clean_name(text_).split())
    assert shortcut > len(seen)  # most names take the shortcut: it was compared


def test_initials_of_every_letter_before_a_surname_equal_nameparser():
    """Every one or two capital initials (nameparser's role letters among them: "V.", "I.",
    "E.", "Y.") before plain surnames, printed given names first and surname first: the
    shortcut for names in order (``names._given_word_in_order``) equals nameparser."""
    letters = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    surnames = ["Nol", "Lee", "Smith-Jones", "Okafor", "Wiongscuct"]
    taken = 0
    for a in letters:
        for b in letters:
            for surname in surnames:
                for first in (f"{a}.", f"{a}.{b}.", f"{a}.-{b}.", f"{a}. {b}.", f"Ann {a}.", f"{a}. Ann"):
                    for text_ in (f"{first} {surname}", f"{surname}, {first}"):
                        assert (clean_name(text_), name_key(text_)) == _by_parser(text_), text_
                        taken += names._in_order_given_then_surname(clean_name(text_).split())
    assert taken > 26 * 26 * 5 * 6  # the shortcut took them: it was compared


def test_particles_inside_a_name_equal_nameparser():
    """``names._particles_inside``: every ASCII particle of nameparser's, in three cases, alone
    or before another, between given names or initials and a surname: nameparser's key is the
    shortcut's (the first word's initial and the last word)."""
    import random

    rng = random.Random(0)
    particles = sorted(names._PARTICLES)
    taken = 0
    for p in particles:
        for one in (p, p.capitalize(), p.upper()):
            for two in ["", *(rng.choice([q, q.capitalize(), q.upper()]) for q in rng.sample(particles, 3))]:
                for first in ("Ann", "A.", "Ann B."):
                    for last in ("Lee", "Smith-Jones"):
                        text_ = " ".join(w for w in (first, one, two, last) if w)
                        assert (clean_name(text_), name_key(text_)) == _by_parser(text_), text_
                        taken += names._particles_inside(clean_name(text_).split())
    assert taken == len(particles) * 3 * 4 * 3 * 2  # the shortcut took every one: it was compared


def _nameparser_kinds() -> dict[str, set[str]]:
    from nameparser.config import CONSTANTS

    kinds = ("titles", "first_name_titles", "conjunctions", "prefixes", "suffix_acronyms", "suffix_not_acronyms",
             "suffix_acronyms_ambiguous", "bound_first_names", "non_first_name_prefixes")
    return {k: {w.lower() for w in getattr(CONSTANTS, k)} for k in kinds if hasattr(CONSTANTS, k)}


def test_two_words_of_letters_equal_nameparser_for_every_kind_of_word():
    """``names._two_words_of_letters``: nameparser's key of two ASCII words of letters is the
    shortcut's, for three words of each kind (the sets of nameparser's word lists a word is
    in, and one letter or more) against three of each kind, each in three cases; and on
    random pairs of its listed words and of plain ones."""
    import random
    from collections import defaultdict

    kinds = _nameparser_kinds()
    listed = sorted({w for v in kinds.values() for w in v if w.isascii() and w.isalpha()})
    by_kind = defaultdict(list)
    for w in [*listed, "lee", "okafor", "a", "x"]:
        by_kind[tuple(w in v for v in kinds.values()) + (len(w) == 1,)].append(w)
    words = sorted({w for group in by_kind.values() for w in (*group[:2], group[-1])})
    rng = random.Random(0)
    pairs = [(a, b) for a in words for b in words] + [(rng.choice(listed), rng.choice(listed)) for _ in range(3000)]
    taken = 0
    for a, b in pairs:
        for first in (a.capitalize(), a, a.upper()):
            for last in (b.capitalize(), b, b.upper()):
                if names._two_words_of_letters([first, last]):
                    taken += 1
                    text_ = f"{first} {last}"
                    assert names._key_of(first, last) == names._key_by_parser(text_, names._parts(text_)), text_
    assert taken > len(pairs) * 8


def test_one_word_of_letters_equals_nameparser_for_every_kind_of_word():
    """``names._one_word_of_letters``: nameparser's key of one ASCII word of letters is the
    shortcut's (the word and its first letter), for every word of nameparser's lists and
    plain ones, each in three cases; its titles (keyed without the letter) are left to it."""
    kinds = _nameparser_kinds()
    listed = sorted({w for v in kinds.values() for w in v if w.isascii() and w.isalpha()})
    taken = 0
    for w in [*listed, "lee", "zhang", "yuxin", "okafor", "a", "x"]:
        for word in (w.capitalize(), w, w.upper()):
            if names._one_word_of_letters([word]):
                taken += 1
                assert names._key_of(word, word) == names._key_by_parser(word, names._parts(word)), word
                assert name_key(word) == names._key_by_parser(word, names._parts(word)), word
    assert taken >= 18
    assert not names._one_word_of_letters(["King"]) and name_key("King") == "king"  # a title: no first letter


_WHEN = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _records_format_before(data: bytes) -> str | None:
    """``records_table._format`` before its scan for a title column's names in the first line
    ("title", Web of Science's "TI", OpenAlex's "display_name": ``export_columns.SYNONYMS``)."""
    if data[:4] == b"PAR1":
        return "parquet"
    head = data[:4096].lstrip(b"\xef\xbb\xbf").lstrip()
    if head.startswith(b"{"):
        return "jsonl"
    first = head.split(b"\n", 1)[0].decode("utf-8", "replace").strip()
    cols = [c.strip().strip('"') for c in re.split(r"[,;\t]", first)]
    named = {c.lower() for c in cols} & {"title", "display_name"} or "TI" in cols
    return "csv" if named and len(cols) >= 2 else None


def test_only_ascii_letters_lower_case_to_those_of_title():
    """Why ``records_table._format`` may look for b"title" (b"ti", b"display_name") in the
    bytes: a character other than the ASCII letters whose lower case holds one of their letters
    gives it with another character ("İ" -> "i̇"), which cannot sit inside those names."""
    import sys

    letters = set("title") | set("display_name")
    for code in range(128, sys.maxunicode + 1):
        low = chr(code).lower()
        if set(low) & letters:
            assert len(low) > 1 and not set(low) <= letters, hex(code)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["title", "Title", "TITLE", "TİTLE", "tİtle", "titlé", "TI", "Tİ", "display_name",
                                 "DISPLAY_NAME", "authors", "year", ",", ";", "\t",
                                 '"', " ", "\n", "{", "[", "\ufeff", "x", "é", "\u212a", "PAR1"]), max_size=12).map("".join),
       st.sampled_from(["utf-8", "latin-1"]))
def test_records_format_equals_the_full_split(text_, encoding):
    from extractors import Document
    from extractors.records_table import _format

    data = text_.encode(encoding, "replace")
    assert _format(Document("d", "mem://x", data, _WHEN)) == _records_format_before(data)


def test_records_format_equals_the_full_split_on_real_documents():
    from extractors import Document
    from extractors.records_table import _format

    for text_ in REAL:
        data = text_.encode()
        assert _format(Document("d", "mem://x", data, _WHEN)) == _records_format_before(data)


# BibTeX's sniffer finds an entry head from its "@" (extractors.bibtex.has_entry_start)
# instead of trying the line-anchored pattern at every character.
_BIB_PIECES = ["@article{", "@Article {", "@INPROCEEDINGS\t{", "@misc", "@book{", "@", "{", " ", "\t", "\n", "\r",
               "\u2003", "\u0085", "x", "% @misc{", "@Thesis {", "@proceedings{", "\u017f", "K", "ı", "conference", "see @online{"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_BIB_PIECES), max_size=12).map("".join))
def test_bibtex_entry_start_equals_anchored_pattern(text_):
    assert has_entry_start(text_) == (_ENTRY_START.search(text_) is not None)


@pytest.mark.skipif(not REAL, reason="../shared is absent")
def test_bibtex_entry_start_equals_anchored_pattern_on_real_documents():
    found = [has_entry_start(doc[:200_000]) for doc in REAL]
    assert found == [_ENTRY_START.search(doc[:200_000]) is not None for doc in REAL]
    assert any(found) and not all(found)


def _reference_latex_symbols(text_: str) -> str:
    """``_latex_symbols`` as it was: every command looked for in turn."""
    for cmd, pattern, symbol in text._LATEX_SYMBOL_SUBS:
        if cmd in text_:
            text_ = pattern.sub(symbol, text_)
    return text_


_LATEX_PIECES = [*text._LATEX_SYMBOLS, "\\", "\\\\", "\\lesssim", "\\tom", "le", "q", "x", "$", "{", "}", " ", "2",
                 "\\backslashtextit {", "backslash", "\\textbf{", "\\href{a}{b}", "α", "é"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_LATEX_PIECES), max_size=12).map("".join))
def test_latex_symbols_equal_reference(text_):
    assert text._latex_symbols(text_) == _reference_latex_symbols(text_)


_SPACING = [" ", "  ", "\n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u2003", "\u3000", "a", "bc",
            "é", "."]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_SPACING), max_size=80).map("".join) | st.text(max_size=200)
       | st.lists(st.sampled_from(["word", " ", "x.", "  ", "\n"]), min_size=20, max_size=60).map("".join))
def test_single_spaced_equals_split_and_join(text_):
    assert text.single_spaced(text_) == " ".join(text_.split())


@pytest.mark.skipif(not REAL, reason="../shared is absent")
def test_text_fast_paths_equal_reference_on_real_documents():
    """Every document, and each of its lines, through the LaTeX symbols and the spacing."""
    for doc in REAL:
        for piece in [doc, *doc.splitlines()]:
            assert text._latex_symbols(piece) == _reference_latex_symbols(piece)
            assert text.single_spaced(piece) == " ".join(piece.split())


_PLAIN_PIECES = ["Ann", "lee", "A", "b", ".", "-", " ", "  ", "é", ",", "'", "1", "\t", "*", "&", "LEE", "J.", "Mc"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PLAIN_PIECES), min_size=1, max_size=8).map("".join))
def test_name_printed_plainly_is_what_clean_name_makes_of_it(text_):
    """A name ``clean_name`` returns at once is the one its full cleaning gives."""

    if names._printed_plainly(text_):
        assert _by_parser(text_)[0] == text_
    assert (names.clean_name(text_), names.name_key(text_)) == _by_parser(text_)


_CLEAN_PIECES = ["a", "Word", " ", "  ", "&", "&#252;", "\\", "\\textbf{x}", "$", "$x$", "`", "``", "'", "''", '"', '""',
                 "\t", "\n", "\x7f", "é", "Ã©", "\u201c", ".", "{", "}"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_CLEAN_PIECES), max_size=14).map("".join))
def test_clean_text_of_plain_text_is_its_full_cleaning(text_):
    """What ``clean_text`` returns at once for plain text is what its steps give."""
    if text._plain(text_):
        stepped = text.single_spaced(text.strip_latex(text.repair_entities(text_)).replace("``", '"')
                                     .replace("''", '"').replace('""', '"'))
        assert text.clean_text(text_) == stepped


def test_plain_rejects_exactly_the_rewritten_characters():
    """``_plain`` and ``_single_spaced_ascii`` test the characters of ``_REWRITTEN`` written out
    one by one: each of those, and no other ASCII character, makes a text not plain."""
    for c in map(chr, range(128)):
        assert text._plain(f"a{c}b") == (c not in text._REWRITTEN), repr(c)
        assert text._single_spaced_ascii(f"a{c}b") == (c not in text._ASCII_SPACES), repr(c)


def _reference_repair_entities(text_: str) -> str:
    """``repair_entities`` as it was: each pattern scans the whole text."""
    if "&" not in text_:
        return text_
    text_ = text._SPLIT_ENTITY.sub(text._char, text_)
    text_ = text._ENTITY.sub(text._char, text_)
    return text._HELLIP.sub("…", text_)


def _reference_compose_accents(text_: str) -> str:
    """``compose_accents`` as it was: the pattern scans the whole text."""
    return unicodedata.normalize("NFC", text._SPACING_ACCENT.sub(text._combine, text_))


def _reference_clean_text(text_: str) -> str:
    """``clean_text`` as it was before its fast paths (translate, split and join, every LaTeX
    symbol looked for in turn)."""
    text_ = _reference_repair_entities(str(text_))
    if not text_.isascii():
        if is_bad(text_):
            text_ = ftfy.fix_text(text_, normalization="NFC")
        text_ = _reference_compose_accents(text_)
    if "\\" in text_ or "$" in text_:
        text_ = text._BACKSLASH_WORD.sub("\\\\", text_)
        text_ = text._HREF.sub(r"\1", text_)
        for _ in range(3):
            new = text._WRAPPERS.sub(r"\1", text_)
            if new == text_:
                break
            text_ = new
        text_ = _reference_latex_symbols(text_)
        text_ = text._MATH.sub(lambda m: m.group(1), text_)
        text_ = text._COMMAND.sub(lambda m: m.group(1), text_)
        text_ = text_.replace("{", "").replace("}", "")
    text_ = text_.replace("``", '"').replace("''", '"').translate(_QUOTES).replace('""', '"')
    return " ".join(text_.split())


@pytest.mark.skipif(not REAL, reason="../shared is absent")
def test_clean_text_equals_reference_on_real_lines():
    """Every line and paragraph of the real documents through ``clean_text`` and the old form."""
    pieces = {p for doc in REAL for p in [*doc.splitlines(), *doc.split("\n\n")]}
    assert len(pieces) > 10_000
    for piece in pieces:
        assert text.clean_text(piece) == _reference_clean_text(piece), piece[:200]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from([*_CLEAN_PIECES, *_LATEX_PIECES, *_QUOTE_PIECES, *_SPACING]), max_size=20).map("".join))
def test_clean_text_equals_reference(text_):
    assert text.clean_text(text_) == _reference_clean_text(text_)


_ENTITY_PIECES = ["&", "&#", "#", "252", "12", "123456", ";", " ;", " ", "a", "é", "& hellip", "hellip", "&hellip;",
                  "hell", "ip", "&#252;", "g &252; n", "\\&", "x", "\n"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_ENTITY_PIECES), max_size=14).map("".join))
def test_repair_entities_equals_reference(text_):
    assert text.repair_entities(text_) == _reference_repair_entities(text_)


_ACCENT_PIECES = ["Salom", "´", "e", "Erd", "¨", "os", "ˆ", "˜", "ˇ", "˘", "˚", "`", "``", "a", "n", "C", " ", "1", "é",
                  "e\u0301", "Å", "ﬁ", "_"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_ACCENT_PIECES), max_size=12).map("".join))
def test_compose_accents_equals_reference(text_):
    assert text.compose_accents(text_) == _reference_compose_accents(text_)


def _mandatory_non_ascii(items) -> bool:
    """Whether a parsed pattern's sequence holds, outside any repeat, a character or a
    character set of characters outside ASCII only."""
    from re import _constants as c

    for op, av in items:
        if op is c.LITERAL and av > 127:
            return True
        if op is c.IN and all(o is c.LITERAL and a > 127 or o is c.RANGE and a[0] > 127 for o, a in av):
            return True
    return False


def test_every_alternative_of_ftfys_badness_pattern_holds_a_non_ascii_character():
    """What ``is_mojibake``'s windows rest on: each alternative of ``BADNESS_RE`` needs a
    character outside ASCII, it has no look-around, and its matches are bounded."""
    from re import _constants as c
    from re import _parser

    from ftfy.badness import BADNESS_RE

    parsed = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    [(op, (_, alternatives))] = parsed.data
    assert op is c.BRANCH and len(alternatives) > 20
    for alternative in alternatives:
        assert _mandatory_non_ascii(alternative.data), alternative
        assert not {o for o, _ in alternative.data} & {c.ASSERT, c.ASSERT_NOT, c.GROUPREF}
    assert text._BAD_WIDTH == parsed.getwidth()[1] < 20


_MOJIBAKE_PIECES = ["a", "Word", " ", "\n", ".", "é", "Ã©", "Ã", "Â", "Â ", "×", "²", "×²", "ГўВЂВ", "вЂ", "Ø", "Ù", "Œ",
                    "œx", "‚Ä", "√", "±", "€", "™", "°", "\x85", "ü", "ß", "•", "¶", "Ω", "я", "│", "x", "1", "’"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_MOJIBAKE_PIECES), max_size=16).map("".join) | st.text(max_size=60))
def test_is_mojibake_equals_ftfys_is_bad(text_):
    assert text.is_mojibake(text_) == is_bad(text_)


@pytest.mark.skipif(not REAL, reason="../shared is absent")
def test_text_windows_equal_reference_on_real_documents():
    """Every document, line and paragraph of ../shared through the mojibake test, the
    entities and the accents."""
    pieces = {p for doc in REAL for p in [doc, *doc.splitlines(), *doc.split("\n\n")]}
    assert sum(not p.isascii() for p in pieces) > 500
    for piece in pieces:
        assert text.is_mojibake(piece) == is_bad(piece), piece[:200]
        assert text.repair_entities(piece) == _reference_repair_entities(piece), piece[:200]
        assert text.compose_accents(piece) == _reference_compose_accents(piece), piece[:200]


_FRONT_PIECES = ["---", "+++", "...", "\ufeff", " ", "\t", "\r", "\n", "\r\n", "title: A", "x", "-", "+", ".", "@article{"]


def _front_blocks(text_: str) -> tuple:
    return tuple(markdown_front_matter._block(text_, o, c) for o, c in (
        (markdown_front_matter._YAML_OPEN, markdown_front_matter._YAML_CLOSE),
        (markdown_front_matter._TOML_OPEN, markdown_front_matter._TOML_CLOSE)))


def _front_reference(text_: str) -> tuple:
    return tuple(m.group(1) if m else None
                 for m in (markdown_front_matter._YAML.match(text_), markdown_front_matter._TOML.match(text_)))


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_FRONT_PIECES), max_size=16).map("".join))
@example("---\ntitle: A\r\n---\r\n")
@example("+++\r\n\r\n+++")
@example("---\n---\n\n@article{")
def test_front_matter_block_equals_the_lazy_pattern(text_):
    assert _front_blocks(text_) == _front_reference(text_)


@pytest.mark.skipif(not REAL, reason="../shared is absent")
def test_front_matter_block_equals_the_lazy_pattern_on_real_documents():
    for doc in REAL:
        assert _front_blocks(doc) == _front_reference(doc)
    assert sum(b is not None for doc in REAL for b in _front_blocks(doc)) > 10


_PERSON_WORDS = ["Ann", "lee", "A.", "van", "der", "B", "Jr", "jr.", "others", "and", "Von", "d", "X.", "De", "la", "III",
                 "e", "I", "Mc", "O"]


_PERSON = st.lists(st.sampled_from(_PERSON_WORDS), min_size=1, max_size=5).map(" ".join)


@settings(max_examples=2000, deadline=None)
@given(_PERSON, st.none() | _PERSON)
def test_plain_bibtex_person_order_equals_bibtex_order(last, first):
    raw = last if first is None else f"{last}, {first}"
    assert bibtex._PLAIN_PERSON.fullmatch(raw)
    assert bibtex.plain_order(raw) == bibtex.bibtex_order(raw)


@pytest.mark.skipif(not (EXTERNAL / "bibtex").is_dir(), reason="../shared is absent")
def test_plain_bibtex_persons_of_real_files_equal_bibtex_order():
    import bibtexparser

    seen = 0
    for path in sorted(EXTERNAL.rglob("*.bib")):
        library = bibtexparser.parse_string(path.read_text(encoding="utf-8", errors="replace"))
        for entry in library.entries:
            author = entry.fields_dict.get("author")
            for raw in bibtex._persons(" ".join(str(author.value).split())) if author else ():
                if bibtex._PLAIN_PERSON.fullmatch(raw):
                    seen += 1
                    assert bibtex.plain_order(raw) == bibtex.bibtex_order(raw)
    assert seen > 1000


_KEY_PIECES = ["a", "Word", "-", "‐", "‑", "'", "’", "--", " ", "_", "é", "1", ".", ":", "(", "\t", "\x1c", "\x85", "ß", "ǅ"]


def _reference_title_key_steps(key: str) -> str:
    return titles._NON_WORD.sub(" ", titles._JOINED.sub("", key)).replace("_", " ")


def _title_key_steps(key: str) -> str:
    key = titles._JOINED_FROM_JOINER.sub("", key)
    return (key.translate(titles._ASCII_NON_WORD) if key.isascii() else titles._NON_WORD.sub(" ", key)).replace("_", " ")


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_KEY_PIECES), max_size=16).map("".join) | st.text(max_size=40))
def test_title_key_joiners_and_non_word_equal_the_patterns(key):
    assert _title_key_steps(key) == _reference_title_key_steps(key)


def test_ascii_non_word_table_is_the_pattern_on_every_ascii_character():
    for c in range(128):
        assert chr(c).translate(titles._ASCII_NON_WORD) == titles._NON_WORD.sub(" ", chr(c))


@pytest.mark.skipif(not REAL, reason="../shared is absent")
def test_title_key_steps_equal_the_patterns_on_real_lines():
    for doc in REAL:
        for line in doc.splitlines():
            key = text.fold(line)
            assert _title_key_steps(key) == _reference_title_key_steps(key), line[:200]


_VENUE_PIECES = ["19", "20", "2021", "1999", "201", "0", "9", "x", " ", "-", ".", "(", "'", "é", "×", "arxiv", "corr",
                 "under review", "in submission", "tech rep", "technical report", "working paper", "ssrn", "pre", "print",
                 "a", "Conf", "_", "\t", "\x85", "ß"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(_VENUE_PIECES), max_size=14).map("".join) | st.text(max_size=40))
def test_venue_fast_patterns_equal_the_patterns(value):
    folded = text.fold(value)
    assert venues._YEAR_FROM_DIGITS.findall(value) == venues._YEAR.findall(value)
    assert venues.plain_words(folded) == venues._NON_ALNUM.sub(" ", folded).strip()
    for plain in (venues.plain_words(folded), folded, value):
        assert bool(venues._PREPRINT_START.search(plain) and venues._PREPRINT.search(plain)) == bool(
            venues._PREPRINT.search(plain))


def test_every_preprint_word_starts_with_a_preprint_start():
    words = venues._PREPRINT.pattern.removeprefix(r"\b(?:").removesuffix(r")\b").split("|")
    starts = venues._PREPRINT_START.pattern.split("|")
    assert len(words) == 14
    for word in words:
        assert any(word.startswith(start) for start in starts), word


@pytest.mark.skipif(not REAL, reason="../shared is absent")
def test_venue_fast_patterns_equal_the_patterns_on_real_lines():
    for doc in REAL:
        for line in doc.splitlines():
            folded = text.fold(line)
            plain = venues.plain_words(folded)
            assert venues._YEAR_FROM_DIGITS.findall(line) == venues._YEAR.findall(line)
            assert plain == venues._NON_ALNUM.sub(" ", folded).strip()
            assert bool(venues._PREPRINT_START.search(plain) and venues._PREPRINT.search(plain)) == bool(
                venues._PREPRINT.search(plain))


# normalizers.arrow_text: titles and names normalized by Arrow's kernels for the values it
# takes; the reference is the Python normalizer of each value (columnar._title; clean_name
# and name_key as arrow_records._name writes them).
_TITLE_PIECES = ["Deep", "learning", " ", "  ", ".", ",", ";", "-", "'", "''", '"', "_", "(", ")", "[", "]", "(Panel Session)",
                 ":", "?", "A", "x", "1", "2.0", "&", "\\", "$", "`", "\t", "\x01", "\x7f", "é", "arXiv:", "10.", "/",
                 "github.com/", "ab-cd-ef", "a'b-c", "ARX", ".org/", ".ORG/", "GitLab.Com/", "HUB.COM/", "ar"]


def _arrow_outputs(function, values: list) -> tuple[list[bool], dict[str, list]]:
    import pyarrow as pa
    import pyarrow.compute as pc

    from normalizers import arrow_text

    fast, found = getattr(arrow_text, function)(pa.array(values, pa.string()), pa, pc)
    return fast.tolist(), {k: v.to_pylist() for k, v in found.items()}


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_TITLE_PIECES), max_size=12).map("".join), min_size=1, max_size=8))
def test_arrow_titles_equal_the_python_title(values):
    from normalizers import arrow_text
    from normalizers.columnar import _screen_all, _title

    import pyarrow as pa
    import pyarrow.compute as pc

    fast, found = _arrow_outputs("titles", values)
    bits = arrow_text.screen(pa.array(values, pa.string()), pa, pc).tolist()
    for k, value in enumerate(values):
        if fast[k]:
            expected = _title(value)
            assert expected is not None, value
            assert (found["title"][k], found["title_key"][k], found["title_json"][k],
                    found["title_key_json"][k]) == expected[1:], value
            assert bits[k] == _screen_all([value])[0], value


_ARROW_NAME_WORDS = [*_NAME_WORDS, "ann-lee", "A.B.C", "Lee.", "lee.", "a", "Anne-", "-Lee", "Al-Sayed", "O'Neil", "LEE",
                     "ANN", "Lee,", ",", "A.,", "Ann1"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.sampled_from('ab1 "\\\x00\x7fé:/'), max_size=6), min_size=1, max_size=8))
def test_arrow_ids_equal_source_id(values):
    from normalizers.columnar import _id

    fast, found = _arrow_outputs("ids", values)
    for k, value in enumerate(values):
        if fast[k]:
            assert (0, found["source_record_id"][k], found["source_record_id_json"][k]) == _id(value), value


_ARXIV_PIECES = ["2306", "0380", "03805", ".", "v", "V", "2", "02", "0", "1234567", "arXiv:", " ", "١", "x", "hep-th/9901001",
                 "/", "10.1000/x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_ARXIV_PIECES), max_size=6).map("".join), min_size=1, max_size=8))
def test_arrow_arxiv_ids_equal_the_python_arxiv_id(values):
    """``arrow_text.arxiv_ids`` gives what ``columnar._arxiv`` (``normalize_arxiv_id``) gives."""
    from normalizers.columnar import _arxiv

    fast, found = _arrow_outputs("arxiv_ids", values)
    for k, value in enumerate(values):
        if fast[k]:
            assert (0, found["arxiv_id"][k], found["arxiv_version"][k], found["arxiv_id_json"][k],
                    found["arxiv_version_json"][k]) == _arxiv(value), value


@pytest.mark.skipif(not (EXTERNAL / "arxiv").is_dir(), reason="../shared/external is absent")
def test_arrow_arxiv_ids_equal_the_python_arxiv_id_on_real_ids():
    """Every arXiv id the .abs files of ../shared name, as printed there."""
    from normalizers.columnar import _arxiv

    ids = set()
    for path in sorted((EXTERNAL / "arxiv").rglob("*.abs")):
        ids |= set(re.findall(r"arXiv:(\S+)", path.read_text(encoding="utf-8", errors="replace")))
    values = sorted(ids)
    fast, found = _arrow_outputs("arxiv_ids", values)
    assert sum(fast) > len(values) // 2
    for k, value in enumerate(values):
        if fast[k]:
            assert (0, found["arxiv_id"][k], found["arxiv_version"][k], found["arxiv_id_json"][k],
                    found["arxiv_version_json"][k]) == _arxiv(value), value


@settings(max_examples=800, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_ARROW_NAME_WORDS), min_size=1, max_size=4), min_size=1, max_size=6),
       st.booleans())
def test_arrow_names_equal_clean_name_and_name_key(words, doubled):
    """Names as printed and surname first ("Lee, Ann B."), some with a doubled space."""
    from normalizers.arrow_records import _name

    values = sorted({form for w in words for form in _name_forms(w)})
    if doubled:
        values = [v.replace(" ", "  ", 1) for v in values]
    fast, found = _arrow_outputs("names", values)
    for k, value in enumerate(values):
        if fast[k]:
            assert (True, found["name"][k], found["key"][k], found["name_json"][k], found["key_json"][k]) == _name(value)[1:]


def _arrow_words_equal_word(words: list[str]) -> None:
    """``arrow_text._words`` (Arrow's kernels for words of ASCII letters) equal to ``_word``
    (the Python tests) word by word."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from normalizers.arrow_text import _word, _words

    surnames, givens, in_order, pieces, initials = _words(pa.array(words, pa.string()), pa, pc)
    pieces, initials = pieces.to_pylist(), initials.to_pylist()
    for k, word in enumerate(words):
        assert (bool(surnames[k]), bool(givens[k]), bool(in_order[k]), pieces[k], initials[k]) == _word(word), word


def test_arrow_words_equal_word_on_every_role_word():
    """Every word nameparser gives a role (as it writes it, capitalized, in capitals, lower
    case), the name words above, and words that are letters but for one character."""
    from normalizers.names import _ROLE_WORDS

    words = {form for w in _ROLE_WORDS for form in (w, w.capitalize(), w.upper(), w.lower())}
    words |= {*_ARROW_NAME_WORDS, "", "Ann.", "O'Neil", "Lee-Ann", "Ann1", "Ann_", "Zoë", "K\u212a"}
    _arrow_words_equal_word(sorted(words))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(st.sampled_from("aAzZvVjJrRdDe.-'1 é"), max_size=6), min_size=1, max_size=20))
def test_arrow_words_equal_word(words):
    _arrow_words_equal_word(sorted(set(words)))


@pytest.mark.skipif(not (EXTERNAL / "arxiv").is_dir(), reason="../shared/external is absent")
def test_arrow_names_and_titles_equal_python_on_real_metadata():
    """Every author and title of the arXiv metadata in ../shared through both."""
    from normalizers.arrow_records import _name
    from normalizers.columnar import _title

    authors, titles = set(), set()
    for path in sorted((EXTERNAL / "arxiv").rglob("*.abs")):
        page = path.read_text(encoding="utf-8", errors="replace")
        m = re.search(r"^Authors?:\s*(.+?)\n(?:\S|\n)", page, re.M | re.S)
        if m:
            authors |= {a.strip() for a in re.split(r",|\band\b", " ".join(m.group(1).split())) if a.strip()}
        m = re.search(r"^Title:\s*(.+?)\n(?:\S|\n)", page, re.M | re.S)
        if m:
            titles.add(" ".join(m.group(1).split()))
    names_, titles_ = sorted(authors), sorted(titles)
    fast, found = _arrow_outputs("names", names_)
    assert sum(fast) > len(names_) // 2  # the fast path takes most real names
    for k, value in enumerate(names_):
        if fast[k]:
            assert (True, found["name"][k], found["key"][k], found["name_json"][k], found["key_json"][k]) == _name(value)[1:]
    fast, found = _arrow_outputs("titles", titles_)
    assert sum(fast) > len(titles_) // 3
    for k, value in enumerate(titles_):
        if fast[k]:
            assert (found["title"][k], found["title_key"][k], found["title_json"][k], found["title_key_json"][k]) == _title(value)[1:]


# listing_page: the glue points of an ASCII head found by one regex scan, and the shape of an
# ASCII token by ``str.translate``, against the per-character forms they replace.
_HEAD_PIECES = ["Deep", "learning", " ", "  ", "\t", "\x1c", "-", "(", "/", "X-Ray", "ResNet", "Ann Lee", "A.", "W.S.",
                "J.-P.", "McKay", "O'Brien", "et al.", ",", "Collaboration", "the", "IceRing", "LHCb", "Sudha", "x", "é",
                "Zoë", "王小明", "ß", "İ", "Zhou Li", "Yu Zhu", "QED"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_HEAD_PIECES), min_size=1, max_size=14).map("".join),
       st.none() | st.sampled_from(["Ann Lee", "B. Roe", "Hyper-K collaborations", ""]))
def test_listing_split_point_equals_every_position(head, then):
    from extractors import listing_page

    fast = listing_page._split_point(head, then)
    points = listing_page._points
    listing_page._points = lambda h, _start=None: range(1, len(h))  # the loop over every character it replaced
    try:
        assert listing_page._split_point(head, then) == fast, head
    finally:
        listing_page._points = points


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("AbcZz.-'’0 McDeVan") | st.characters(), max_size=12))
def test_listing_shape_of_ascii_equals_per_character(token):
    from extractors.listing_page import _JOINED_PREFIX, _shape

    m = _JOINED_PREFIX.match(token)
    plain = token[0] + token[m.end():].lower() if m else token
    assert _shape(token) == "".join("A" if c.isupper() else "a" if c.isalpha() else c for c in plain)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Publications", "PAPERS", "paper", "Preprints", "pre-print", "Pre-Prints", "under",
                                 "review", " ", "-", "Under-Review", "THESIS", "Dissertation", "publication", "ſ",
                                 "İ", "puBlications", "x", "\t"]), max_size=8).map("".join)
       | st.text(max_size=30))
def test_cv_publication_heading_words_equal_the_pattern(line):
    from extractors.cv_text import _PUB_HEADING, _pub_heading

    assert _pub_heading(line) == bool(_PUB_HEADING.search(line))


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("ab \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2028\u3000\u200b.") | st.characters(), max_size=30))
def test_split_and_join_equals_collapsing_whitespace_by_regex(text_):
    """cv_entries.parse_entry, author_lists.split_author_list and html_publications._text collapse whitespace by
    ``" ".join(text.split())`` where they had ``re.sub(r"\\s+", " ", text).strip()``."""
    assert " ".join(text_.split()) == re.sub(r"\s+", " ", text_).strip()


_LIST_PIECES = ["Ann Lee", "Lee, Ann", "Lee, A.", "B. Chen", "Chen, B.T.", ", ", "; ", " and ", " & ", ", and ",
                "et al.", "others", "the ATLAS collaboration", "...", "Van Dijcke", "D.", "Kraus AL", " ", ".", "Di He"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LIST_PIECES), max_size=10).map("".join) | st.text(max_size=40))
def test_author_list_split_cached_equals_uncached(text_):
    """``split_author_list`` keeps each distinct text's split; it gives what the split gives,
    every time, and a caller that changes its list does not change the next caller's."""
    from extractors import author_lists

    reference = author_lists._split_author_list(text_)
    first = author_lists.split_author_list(text_)
    assert first == reference
    first[0].append("changed by a caller")
    assert author_lists.split_author_list(text_) == reference


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_LIST_PIECES) | st.text(max_size=90), st.booleans())
def test_surname_cached_equals_uncached(piece, capital_particles):
    """``author_lists._surname`` keeps each short piece's answer; it is the uncached one, and a
    piece longer than ``_CACHED_PIECE_CHARS`` is answered without being kept."""
    from extractors import author_lists

    assert author_lists._surname(piece, capital_particles) == author_lists._surname_read(piece, capital_particles)
    long_piece = "Lee " * author_lists._CACHED_PIECE_CHARS
    before = author_lists._surname_cached.cache_info().currsize
    assert author_lists._surname(long_piece) == author_lists._surname_read(long_piece, True)
    assert author_lists._surname_cached.cache_info().currsize == before


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_LIST_PIECES) | st.text(max_size=90))
def test_given_cached_equals_uncached(piece):
    """``author_lists._given`` keeps each short piece's answer as ``_surname`` does; it is the
    uncached one, and a piece longer than ``_CACHED_PIECE_CHARS`` is answered without being kept."""
    from extractors import author_lists

    assert author_lists._given(piece) == author_lists._given_read(piece)
    long_piece = "A. " * author_lists._CACHED_PIECE_CHARS
    before = author_lists._given_cached.cache_info().currsize
    assert author_lists._given(long_piece) == author_lists._given_read(long_piece)
    assert author_lists._given_cached.cache_info().currsize == before


def test_long_author_list_split_without_the_cache():
    """A list longer than ``_CACHED_CHARS`` (a collaboration's) is split as the uncached split
    splits it, and not kept."""
    from extractors import author_lists

    text_ = ", ".join(f"A. Name{k} Lee" for k in range(600)) + ", and the ATLAS collaboration"
    assert len(text_) > author_lists._CACHED_CHARS
    before = author_lists._split_cached.cache_info().currsize
    names, truncated = author_lists.split_author_list(text_)
    assert (names, truncated) == author_lists._split_author_list(text_)
    assert len(names) == 600 and truncated
    assert author_lists._split_cached.cache_info().currsize == before


def _html_pages() -> list[tuple[str, str]]:
    """(name, page): the HTML pages of ../shared, and one page of each generated layout of
    tests/html_layouts.py (the layouts are read here only for their markup, never scored)."""
    pages = [(str(p), p.read_text(encoding="utf-8", errors="replace"))
             for p in sorted(EXTERNAL.rglob("*.htm*")) if p.is_file()] if EXTERNAL.is_dir() else []
    from . import cv_layouts, html_layouts

    for layout, cases in cv_layouts.page_cases(EXTERNAL, html_layouts.LAYOUTS, "html-layouts", 12).items():
        for k, (owner, entries) in enumerate(cases[:1]):
            page = html_layouts.render(layout, entries, owner, k)
            pages.append((layout, page.decode("utf-8") if isinstance(page, bytes) else page))
    return pages


def test_html_rendering_with_texts_kept_equals_reading_them_anew():
    """``html_publications._texts_kept`` (each element's text read once while a page is
    rendered to markdown) gives the rendering that reading every text from the tree gives."""
    from extractors import html_publications as hp

    pages = _html_pages()
    if not pages:
        pytest.skip("no HTML pages: ../shared/external is absent")
    for name, page in pages:
        soup, _ = hp._parsed(page)
        root = next(soup.iter("body"), soup)
        plain = hp._markdownish(root, hp._item_blocks(root))
        with hp._texts_kept():
            kept = hp._markdownish(root, hp._item_blocks(root))
        assert kept == plain, name
        items = hp._structured_items(soup)  # (``_parsed`` finds them with the texts kept)
        assert len(items) == len(hp._parsed(page)[1]) and all(a is b for a, b in zip(items, hp._parsed(page)[1])), name


def test_texts_kept_within_the_budget_give_the_same_rendering(monkeypatch):
    """With a memo budget too small for a page's texts, the rendering is still the one of
    reading every text anew, and the memo keeps no more than its budget."""
    from extractors import html_publications as hp

    page = "<html><body><ul>" + "".join(
        f"<li><b>A Title of Paper {k}</b><br>Ann Lee, Bo Chen<br><i>Journal {k}</i>, 2021</li>" for k in range(40)
    ) + "</ul></body></html>"
    soup, _ = hp._parsed(page)
    root = next(soup.iter("body"), soup)
    plain = hp._markdownish(root, hp._item_blocks(root))
    monkeypatch.setattr(hp, "_MEMO_BUDGET", 2_000)
    seen = []
    original = hp._text_read

    def reading(tag, marks):
        seen.append(hp._TEXT_MEMO.get())
        return original(tag, marks)

    monkeypatch.setattr(hp, "_text_read", reading)
    with hp._texts_kept():
        kept = hp._markdownish(root, hp._item_blocks(root))
    memo = seen[0]
    assert kept == plain
    assert 0 < memo.spent <= 2_000 and sum(len(t) + hp._MEMO_ENTRY for t in memo.values()) == memo.spent
    assert len(seen) > len(memo)  # some texts were read again once the budget was spent


def test_texts_kept_apart_with_and_without_marks():
    """The memo keeps an element's text with its marks apart from its text without them."""
    from lxml import etree

    from extractors import html_publications as hp

    p = etree.fromstring("<p>Ann Lee<sup>1,*</sup>, Bo Chen<sup>2</sup></p>")
    plain = (hp._text(p), hp._text(p, marks=False))
    assert plain[0] != plain[1]
    with hp._texts_kept():
        assert (hp._text(p), hp._text(p, marks=False)) == plain
        assert (hp._text(p, marks=False), hp._text(p)) == plain[::-1]


def test_a_document_keeps_its_lines_only_when_small():
    """Document.lines: a page's lines are split once and kept (detection and the extractor read
    the same tuple); a document over LINES_KEPT_CHARS is split anew each time, since keeping a
    million rows' lines for the document's life took a CSV of that size from 360 to 475 MB of
    the worker's 512 MB limit (tests/test_hostile_input.py's csv_1m_garbage_rows)."""
    from extractors import base
    from tests.conftest import make_doc

    small = make_doc(b"a\nb\n", "file:///small.txt")
    assert small.lines == ("a", "b") and small.lines is small.lines
    big = make_doc(b"row\n" * (base.LINES_KEPT_CHARS // 4 + 1), "file:///big.csv")
    assert len(big.lines) == base.LINES_KEPT_CHARS // 4 + 1
    assert big.lines is not big.lines  # split anew: nothing kept
