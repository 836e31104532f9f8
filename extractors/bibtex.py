"""BibTeX files (authors' own ``papers.bib``), parsed with bibtexparser; names split by
bibtexparser's BibTeX name rules, LaTeX turned into Unicode by pylatexenc.

Entries with a duplicate key or a duplicated field are still records (bibtexparser keeps
the parsed entry); only blocks that cannot be parsed at all become RecordErrors.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from normalizers.venues import parse_venue

from .base import Document, Draft, ExtractError, RecordError, excerpt

NAME = "bibtex"
VERSION = 3  # 3: a bare % is per cent, not a comment

_ENTRY_START = re.compile(r"^\s*@(?:article|inproceedings|conference|misc|unpublished|phdthesis|mastersthesis|book|incollection|techreport|online)\s*\{", re.I | re.M)
# The same entry head from its "@" on: a pattern that starts with a literal, which the regex
# engine finds by a fast search instead of trying ``_ENTRY_START`` at every character.
_ENTRY_AT = re.compile(r"@(?:article|inproceedings|conference|misc|unpublished|phdthesis|mastersthesis|book|incollection|techreport|online)\s*\{", re.I)


def has_entry_start(text: str) -> bool:
    """``_ENTRY_START.search(text) is not None``, found from the "@": an entry head whose "@"
    has only whitespace (``\\s``, which is ``str.isspace``) between it and a line start or the
    start of the text, that whitespace holding a line start when it does not begin the text."""
    for m in _ENTRY_AT.finditer(text):
        at = start = m.start()
        while start and text[start - 1].isspace():
            start -= 1
        if start == 0 or "\n" in text[start:at]:
            return True
    return False
_TYPES = {
    "inproceedings": "conference", "conference": "conference", "article": "journal",
    "phdthesis": "thesis", "mastersthesis": "thesis", "misc": "preprint", "unpublished": "preprint",
    "techreport": "report", "book": "book", "incollection": "chapter", "online": "preprint",
}
_BRACES = re.compile(r"[{}]")


def _latex():
    """LaTeX to Unicode (pylatexenc): accents, \\textit{..}, \\&, ~; math stays as written."""
    from pylatexenc.latex2text import LatexNodes2Text

    global _LATEX
    if _LATEX is None:
        _LATEX = LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=True)
    return _LATEX


_LATEX = None


# What pylatexenc would change in a value besides its braces and white space: macros and
# escapes, math, ties, comments, alignment, sub/superscripts, dashes and TeX quotes/ligatures.
# pylatexenc walks every character (~3 us a character here), so only the words that hold
# LaTeX go through it: most titles, venues and years hold none, an abstract a few words.
_LATEX_SYNTAX = re.compile(r"[\\$~%&#^_]|--|``|''|!`|\?`")
# A word ending in a macro name: its argument may be the next word ("\\textit {Word}").
_MACRO_AT_END = re.compile(r"\\(?:[A-Za-z]+\*?|.)$")
# Display math may hold anything: such a value is read whole.
_WHOLE = re.compile(r"\$\$")
# A bare % in a value means per cent ("20% faster": hand-written files and exporters alike);
# LaTeX would take it for a comment and drop the rest of the line.
_BARE_PERCENT = re.compile(r"(?<!\\)%")


def _top_level_words(value: str) -> list[str] | None:
    """The value split at white space outside braces and ``$...$``; None when its braces or
    dollars do not balance (pylatexenc then reads the value whole)."""
    if "{" not in value and "}" not in value and "$" not in value:
        return value.split()
    words, cur, depth, math, i = [], [], 0, False, 0
    while i < len(value):
        ch = value[i]
        if ch == "\\":
            cur.append(value[i:i + 2])
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                return None
        elif ch == "$":
            math = not math
        if ch.isspace() and depth == 0 and not math:
            if cur:
                words.append("".join(cur))
                cur = []
        else:
            cur.append(ch)
        i += 1
    if cur:
        words.append("".join(cur))
    return None if depth or math else words


def _latex_to_text(value: str) -> str:
    try:
        return _latex().latex_to_text(value)
    except Exception:  # pylatexenc on broken LaTeX: fall back to dropping the braces
        return value


@lru_cache(maxsize=1024)  # venues, years, publishers repeat in a file
def to_text(value: str) -> str:
    """A BibTeX value as plain text: LaTeX converted, braces gone, white space single. The
    same text pylatexenc gives for the whole value (tests compare the two), read word by
    word: a run of words holding LaTeX (with the argument after a bare macro) goes through
    pylatexenc, any other word only loses its braces."""
    if not _LATEX_SYNTAX.search(value):
        return " ".join(_BRACES.sub("", value).split())
    value = _BARE_PERCENT.sub(r"\\%", value).strip()
    if value.startswith("{"):
        value = _unenclosed(value)  # a value braced as a whole ("{{A Title}}"): its words
    words = None if _WHOLE.search(value) else _top_level_words(value)
    if words is None:
        return " ".join(_BRACES.sub("", _latex_to_text(value)).split())
    pieces: list[str] = []
    run: list[str] = []
    for word in words + [""]:
        if word and run and (_LATEX_SYNTAX.search(word) or _MACRO_AT_END.search(run[-1])):
            run.append(word)
            continue
        if run:
            pieces.append(_latex_to_text(" ".join(run)))
            run = []
        if _LATEX_SYNTAX.search(word):
            run = [word]
        else:
            pieces.append(word)
    return " ".join(_BRACES.sub("", " ".join(pieces)).split())


def _fields(entry) -> dict:
    """The entry's fields by lower-case name: BibTeX field names are case-insensitive
    (MathSciNet exports write TITLE, AUTHOR)."""
    return {k.lower(): v for k, v in entry.fields_dict.items()}


def _field(entry, *names: str, skip: frozenset[str] = frozenset(), latex: bool = True) -> str | None:
    """The first of ``names`` the entry has, as text (LaTeX converted unless ``latex`` is off:
    URLs, DOIs and ids are taken as written)."""
    for name in names:
        if name in skip:
            continue
        field = _fields(entry).get(name)
        if field is not None:
            raw = str(field.value)
            value = to_text(raw) if latex else re.sub(r"\s+", " ", _BRACES.sub("", raw)).strip()
            if value:
                return value
    return None


def _unenclosed(value: str) -> str:
    """A field value without the braces or quotes that enclose it as a whole."""
    value = value.strip()
    if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
        return value[1:-1]
    if len(value) >= 2 and value[0] == "{" and value[-1] == "}":
        depth = 0
        for i, ch in enumerate(value):
            depth += ch == "{"
            depth -= ch == "}"
            if depth == 0 and i < len(value) - 1:
                return value  # "{A} and {B}": the first brace closes early
        return value[1:-1]
    return value


def split_bibtex_authors(text: str | None) -> tuple[list[str], bool]:
    """An ``author`` field (as written, braces and LaTeX included) as names "First von Last,
    Jr", split the way BibTeX splits it (bibtexparser): " and " inside braces is part of a
    name (``{Barnes and Noble}``), "Last, First" and "First Last" both read, initials kept as
    written; a trailing "others" marks a truncated list."""
    from bibtexparser.middlewares.names import parse_single_name_into_parts, split_multiple_persons_names

    if not text or not text.strip():
        return [], False
    names = []
    for raw in split_multiple_persons_names(re.sub(r"\s+", " ", text.strip())):
        try:
            parts = parse_single_name_into_parts(raw, strict=False)
            name = " ".join([*parts.first, *parts.von, *parts.last]) + (", " + " ".join(parts.jr) if parts.jr else "")
        except Exception:  # an unbalanced name: keep it as written
            name = raw
        name = to_text(name)
        if name:
            names.append(name)
    truncated = bool(names) and names[-1].lower() in ("others", "et al.", "et al")
    return (names[:-1] if truncated else names), truncated


class BibtexExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        try:
            text = doc.text
        except ExtractError:
            return 0.0
        found = has_entry_start(text[:200_000])  # (only whether there is one matters)
        return 0.95 if found and re.search(r"\btitle\s*=", text, re.I) else 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        import bibtexparser
        from bibtexparser.model import Entry

        library = bibtexparser.parse_string(doc.text)
        ordinal = 0
        seen_keys: dict[str, int] = {}
        for block in library.blocks:
            entry = block if isinstance(block, Entry) else getattr(block, "ignore_error_block", None)
            # A field given twice with different values is conflicting evidence: use neither.
            doubtful = frozenset(k.lower() for k in (getattr(block, "duplicate_keys", None) or ()))
            if not isinstance(entry, Entry):
                if block in library.failed_blocks:
                    ordinal += 1
                    yield RecordError(ordinal, f"unparseable BibTeX block ({getattr(block, 'error', 'syntax')})",
                                      excerpt(block.raw))
                continue
            ordinal += 1
            title = _field(entry, "title")
            if not title:
                yield RecordError(ordinal, f"entry {entry.key!r} has no title", excerpt(entry.raw or ""))
                continue
            seen_keys[entry.key] = seen_keys.get(entry.key, 0) + 1
            key = entry.key if seen_keys[entry.key] == 1 else f"{entry.key}#{seen_keys[entry.key]}"
            author = _fields(entry).get("author")
            authors, truncated = split_bibtex_authors(_unenclosed(str(author.value)) if author is not None else None)
            venue = _field(entry, "venue", "booktitle", "journal", "school", "howpublished", "publisher")
            kind = _TYPES.get(entry.entry_type.lower())
            if venue and re.search(r"arxiv|preprint", venue, re.I):
                kind = "preprint"
            elif kind == "journal" and parse_venue(venue).is_conference:
                kind = "conference"  # @article used for a conference paper
            year = _field(entry, "year")
            links = " ".join(v for v in (_field(entry, n, skip=doubtful, latex=False)
                                         for n in ("url", "pdf", "paper", "arxiv", "eprint", "html")) if v)
            award = _field(entry, "award")
            yield Draft(
                ordinal=ordinal,
                source_record_id=key,
                title=title,
                authors=authors,
                authors_truncated=truncated,
                year=int(year) if year and year.isdigit() else None,
                date_text=None if (year and year.isdigit()) else year,
                venue=venue,
                abstract=_field(entry, "abstract"),
                record_type=kind,
                doi=_field(entry, "doi", skip=doubtful, latex=False),
                url=links.split()[0] if links else None,
                code_url=_field(entry, "code", skip=doubtful, latex=False),
                arxiv_id=_field(entry, "eprint", latex=False) if (_field(entry, "archiveprefix") or "").lower() == "arxiv" else None,
                badges=[award] if award else [],
                raw=links + " " + (venue or ""),
            )
