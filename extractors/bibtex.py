"""BibTeX files (authors' own ``papers.bib``), parsed with bibtexparser; names split by
bibtexparser's BibTeX name rules, LaTeX turned into Unicode by pylatexenc.

Fields are read as BibTeX and BibLaTeX define them: ``crossref`` inheritance, @string
macros in concatenations (``me # " and Chen, Bo"``), BibLaTeX's ``date``, ``journaltitle``,
``subtitle`` and ``booksubtitle`` and entry types (``@Thesis``, ``@Report``), a thesis's
school or a report's institution as its venue, the AAS journal macros of ADS exports
(``\\apj``); an ``author`` field that lists names with commas instead of " and " is read as
the names it lists; HTML character references (``&nbsp;``, written for sites that render
the file) are characters. Inline math (``$\\beta$``, ``\\( \\mathbb F_8 \\)``) is read as
Unicode text (:mod:`extractors.latex_math`), LaTeX an exporter spelt out
(``$\\backslash$textit``) is read back as LaTeX, a bare ``&`` is an ampersand; a name printed
in capitals is in its usual case (``usual_case``), and DBLP's homonym numbers ("Wei Wang
0001") are dropped.

Every entry type of BibTeX's styles and of BibLaTeX opens an entry, with "{" or "(". An
edited volume without authors has its editors; a volume that the file's entries
cross-reference and that has no author is their container (a reject saying so, as a DBLP
export adds one beside its papers); macros the file's @preamble defines to print nothing
(``\\noopsort``) print nothing.

Entries with a duplicate key or a duplicated field are still records (bibtexparser keeps
the parsed entry); only blocks that cannot be parsed at all become RecordErrors.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from typing import Iterator

from normalizers.venues import parse_venue

from .base import Document, Draft, ExtractError, RecordError, excerpt
from .latex_math import built_once, math_as_text, nodes_text

NAME = "bibtex"
VERSION = 10  # 10: an @article's publisher no venue (wt-realstudy7web); 9: an entry head missing the comma after its key read with it put back, a failed block's reason named; 8: BibLaTeX's extended name format ("family=Berg, given=Jan, prefix=van den"); 7: every BibLaTeX entry type, "@type(" entries, TeX logos, \\texttt and kin, § ¶,
#   "2020a", "et al." after a name, an edited volume's editors, a cross-referenced volume a container,
#   maintitle/eventtitle, @preamble empty macros, a tilde accent in a name; 6: an arXiv e-print with
#   no other venue has the venue "arXiv", a group author's
#   capitals kept; 5: math as Unicode text, spelt-out LaTeX read back, a bare & kept, names in capitals
#   recased, DBLP homonym numbers dropped, BibLaTeX eprinttype; 4: BibLaTeX fields, crossref,
#   @string concatenation, comma-listed authors, HTML references, AAS macros; 3: a bare % is per cent

# The entry types an entry head may name. Provenance: BibTeX's standard styles (btxdoc) and
# the BibLaTeX manual, section 2.1 (its regular, alias and non-standard types): a file of
# @software or @dataset entries alone is a BibTeX file too.
_ENTRY_TYPES = ("article|inproceedings|conference|misc|unpublished|phdthesis|mastersthesis|book|incollection"
                "|techreport|online|thesis|report|inbook|collection|proceedings"
                "|booklet|manual|mvbook|bookinbook|suppbook|mvcollection|suppcollection|periodical|suppperiodical"
                "|mvproceedings|reference|mvreference|inreference|dataset|software|patent|electronic|www"
                "|artwork|audio|commentary|image|jurisdiction|legislation|legal|letter|movie|music|performance"
                "|review|standard|video")
# An entry opens with a brace or, as BibTeX also allows, a parenthesis ("@article(key, ...)").
_ENTRY_START = re.compile(rf"^\s*@(?:{_ENTRY_TYPES})\s*[{{(]", re.I | re.M)
# The same entry head from its "@" on: a pattern that starts with a literal, which the regex
# engine finds by a fast search instead of trying ``_ENTRY_START`` at every character.
_ENTRY_AT = re.compile(rf"@(?:{_ENTRY_TYPES})\s*[{{(]", re.I)


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
    # BibLaTeX's own types
    "thesis": "thesis", "report": "report", "inbook": "chapter", "collection": "book", "proceedings": "book",
    "mvbook": "book", "bookinbook": "chapter", "mvcollection": "book", "mvproceedings": "book",
    "inreference": "chapter", "electronic": "preprint", "www": "preprint",
}
_BRACES = re.compile(r"[{}]")
_SPACES = re.compile(r"\s+")
_PREPRINT = re.compile(r"arxiv|preprint", re.I)


# The TeX family's logos as they print: pylatexenc knows none of them and drops the macro
# ("Typesetting with \\LaTeX" would read "Typesetting with"). Provenance: the logos LaTeX
# itself defines (\\TeX, \\LaTeX, \\LaTeXe), and those of the BibTeX, XeTeX/LuaTeX and
# METAFONT documentation (the ``hologo`` package's names).
TEX_LOGOS = {"TeX": "TeX", "LaTeX": "LaTeX", "LaTeXe": "LaTeX2e", "BibTeX": "BibTeX", "XeTeX": "XeTeX",
             "XeLaTeX": "XeLaTeX", "LuaTeX": "LuaTeX", "LuaLaTeX": "LuaLaTeX", "pdfTeX": "pdfTeX",
             "pdfLaTeX": "pdfLaTeX", "ConTeXt": "ConTeXt", "AmSTeX": "AmS-TeX", "AmS": "AmS", "MF": "METAFONT",
             "METAFONT": "METAFONT", "MP": "METAPOST"}


# LaTeX's text commands that pylatexenc's parser reads with their argument but its text
# table lacks, so that it drops the argument ("\\texttt{BERT}" would print nothing): LaTeX2e's
# font commands (source2e, ltfntcmd: the \\textrm family) and \\mbox print their argument.
TEXT_ARGUMENT_MACROS = ("mbox", "textsf", "texttt", "textup", "textmd")
# LaTeX's text symbols that pylatexenc drops.
TEXT_SYMBOLS = {"S": "§", "P": "¶"}


def text_context():
    """pylatexenc's text macro table with the TeX logos (``TEX_LOGOS``), the text commands
    it lacks (``TEXT_ARGUMENT_MACROS``) and symbols (``TEXT_SYMBOLS``) added."""
    from pylatexenc.latex2text import MacroTextSpec, get_default_latex_context_db

    db = get_default_latex_context_db().filter_context()  # (a copy: the default stays as it is)
    db.add_context_category("bibtex-text", prepend=True, macros=[
        *(MacroTextSpec(k, v) for k, v in {**TEX_LOGOS, **TEXT_SYMBOLS}.items()),
        *(MacroTextSpec(name, discard=False) for name in TEXT_ARGUMENT_MACROS)])
    return db


@built_once
def _latex():
    """LaTeX to Unicode (pylatexenc): accents, \\textit{..}, \\&, ~, the TeX logos; math stays
    as written (``prepared`` has turned it into text before). Built once."""
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text(latex_context=text_context(), math_mode="verbatim", strict_latex_spaces=True)


# What pylatexenc would change in a value besides its braces and white space: macros and
# escapes, math, ties, comments, alignment, sub/superscripts, dashes and TeX quotes/ligatures.
# pylatexenc walks every character (~3 us a character here), so only the words that hold
# LaTeX go through it: most titles, venues and years hold none, an abstract a few words.
_LATEX_SYNTAX = re.compile(r"[\\$~%&#^_]|--|``|''|!`|\?`")
_LATEX_CHAR = re.compile(r"[\\$~%&#^_]")


def has_latex(value: str) -> bool:
    """``_LATEX_SYNTAX.search(value)``, faster: the pattern's alternatives are tried at every
    character (~60 ns a character: 0.1 ms for an abstract), a character class is scanned for
    and the two-character ones are substring tests."""
    return (_LATEX_CHAR.search(value) is not None or "--" in value or "``" in value or "''" in value
            or "!`" in value or "?`" in value)


# A word ending in a macro name: its argument may be the next word ("\\textit {Word}").
_MACRO_AT_END = re.compile(r"\\(?:[A-Za-z]+\*?|.)$")
# Display math may hold anything, and a blank line is a paragraph break that ends the spaces a
# macro's name swallows ("\\LaTeX" over a blank line, then "Score": "LaTeX Score", where the
# words joined by one space would read "LaTeXScore"): such a value is read whole.
_WHOLE = re.compile(r"\$\$|\n[ \t]*\n")
# A bare % in a value means per cent ("20% faster": hand-written files and exporters alike);
# LaTeX would take it for a comment and drop the rest of the line.
_BARE_PERCENT = re.compile(r"(?<!\\)%")
# A bare & is an ampersand ("Weber, J.-J., & Horner, K."): LaTeX's alignment tab has no
# meaning in a field value, and pylatexenc would drop it.
_BARE_AMPERSAND = re.compile(r"(?<!\\)&")


# LaTeX written out as text by an exporter that stored the title as plain text and escaped
# it on export (Mendeley Desktop, JabRef's "LaTeX-safe" export): "$\\backslash$textit
# $\\{$Word$\\}$" is the author's "\\textit{Word}". Read back as the LaTeX it spells.
_SPELT_TEX = {"$\\backslash$": "\\", "{\\textbackslash}": "\\", "\\textbackslash{}": "\\",
              "$\\{$": "{", "$\\}$": "}"}
_SPELT = re.compile("|".join(re.escape(k) for k in _SPELT_TEX))


def prepared(value: str) -> str:
    """A value as pylatexenc is given it: LaTeX an exporter spelt out read back
    (``_SPELT_TEX``), math groups as their Unicode text (:mod:`extractors.latex_math`), a
    bare % and a bare & as the characters."""
    if "backslash" in value or "$\\{$" in value or "$\\}$" in value:
        value = _SPELT.sub(lambda m: _SPELT_TEX[m.group(0)], value)
    value = math_as_text(value)
    if "%" in value:
        value = _BARE_PERCENT.sub(r"\\%", value)
    if "&" in value:
        value = _BARE_AMPERSAND.sub(r"\\&", value)
    return value


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


@lru_cache(maxsize=4096)  # the same accented name or macro-holding words recur in a file
def _latex_to_text(value: str) -> str:
    """pylatexenc's text of a piece of LaTeX (the slow step: ~3 us a character)."""
    try:
        return nodes_text(_latex(), value)
    except Exception:  # pylatexenc on broken LaTeX: fall back to dropping the braces
        return value


@lru_cache(maxsize=1024)  # venues, years, publishers repeat in a file
def to_text(value: str) -> str:
    """A BibTeX value as plain text: LaTeX converted, braces gone, white space single. The
    same text pylatexenc gives for the whole value (tests compare the two), read word by
    word: a run of words holding LaTeX (with the argument after a bare macro) goes through
    pylatexenc, any other word only loses its braces."""
    if not has_latex(value):
        return " ".join(_BRACES.sub("", value).split())
    value = prepared(value).strip()
    if value.startswith("{"):
        value = _unenclosed(value)  # a value braced as a whole ("{{A Title}}"): its words
    words = None if _WHOLE.search(value) else _top_level_words(value)
    if words is None:
        return " ".join(_BRACES.sub("", _latex_to_text(value)).split())
    pieces: list[str] = []
    run: list[str] = []
    for word in words + [""]:
        latex = not word.isalnum() and has_latex(word)  # (most words: letters)
        if word and run and (latex or _MACRO_AT_END.search(run[-1])):
            run.append(word)
            continue
        if run:
            pieces.append(_run_text(" ".join(run)))
            run = []
        if latex:
            run = [word]
        else:
            pieces.append(word)
    return " ".join(_BRACES.sub("", " ".join(pieces)).split())


# The LaTeX most values hold, read without pylatexenc (whose every call costs ~0.3 ms however
# short the text): dashes, TeX quotes, Spanish ligatures, ties and escaped specials, each as
# pylatexenc prints it (a test holds the two equal). Scanned left to right, longest first,
# as TeX reads them ("----" is "—-").
_SIMPLE_TEX = {"---": "—", "--": "–", "``": "“", "''": "”", "!`": "¡", "?`": "¿", "~": "\xa0",
               "\\%": "%", "\\&": "&", "\\_": "_", "\\#": "#", "\\$": "$"}
_SIMPLE_TOKEN = re.compile(r"---|--|``|''|!`|\?`|~|\\[%&_#$]")
_OTHER_TEX = re.compile(r"[\\{}$^_%&#]")


def _run_text(run: str) -> str:
    """A run of words holding LaTeX as text: by ``_SIMPLE_TEX`` when that is all the LaTeX in
    it, else by pylatexenc."""
    if not _OTHER_TEX.search(_SIMPLE_TOKEN.sub("", run)):
        return _SIMPLE_TOKEN.sub(lambda m: _SIMPLE_TEX[m.group(0)], run)
    return _latex_to_text(run)


def _fields(entry) -> dict:
    """The entry's fields by lower-case name: BibTeX field names are case-insensitive
    (MathSciNet exports write TITLE, AUTHOR)."""
    return {f.key.lower(): f for f in entry.fields}  # (= entry.fields_dict, lower-cased: the last field of a name wins)


def _field(fields: dict, *names: str, skip: frozenset[str] = frozenset(), latex: bool = True) -> str | None:
    """The first of ``names`` the entry's fields (``_fields``) have, as text (LaTeX converted unless ``latex`` is off:
    URLs, DOIs and ids are taken as written)."""
    for name in names:
        if name in skip:
            continue
        field = fields.get(name)
        if field is not None:
            raw = str(field.value)
            value = to_text(_html_entities(raw)) if latex else _SPACES.sub(" ", _BRACES.sub("", raw)).strip()
            if value:
                return value
    return None


# An HTML character reference: files that a site generator renders to HTML (al-folio's
# jekyll-scholar) hold "&nbsp;", "&amp;"; in LaTeX a bare & is an alignment tab, never
# text, so "&name;" in a value can only be HTML.
_HTML_ENTITY = re.compile(r"(?<!\\)&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _html_entities(value: str) -> str:
    """The value with its HTML character references as the characters they stand for."""
    if "&" not in value:
        return value
    return _HTML_ENTITY.sub(lambda m: html.unescape(m.group(0)), value)


def _recovered(entry, library):
    """An entry that bibtexparser kept out of the library (a field given twice) as the
    library's own entries are: @string macros resolved, enclosing braces and quotes
    removed (its default parse stack, run on this entry alone)."""
    from bibtexparser.entrypoint import default_parse_stack
    from bibtexparser.library import Library

    alone = Library(blocks=[*library.strings, entry])
    for middleware in default_parse_stack():
        alone = middleware.transform(alone)
    return alone.entries[0] if alone.entries else entry


def _failure(block) -> str:
    """Why bibtexparser could not parse a block: its abort reason ("Expected comma after entry
    key, but found ="), else the exception's name and text."""
    error = getattr(block, "error", None)
    if error is None:
        return "syntax"
    return getattr(error, "abort_reason", None) or f"{type(error).__name__}: {error}".rstrip(": ")


# An entry head whose key runs into its first field with no comma between ("@article{lee2021"
# over "  author = {...}"): the key ends at the space (a key holds none), and what follows is
# a field's name and "=". bibtexparser aborts the head there ("Expected comma after entry key,
# but found =") and leaves the fields as the comment after it.
_KEY_BEFORE_FIELD = re.compile(r"\A(\s*@\w+\s*[{(]\s*[^\s,{}()=\"#%']+)(\s+)(?=[A-Za-z][\w\-:.]*\s*=)")


def _comma_mended(block, following, library):
    """The entry of a block bibtexparser aborted because its head lacks the comma after the
    key (:data:`_KEY_BEFORE_FIELD`), read with the comma put back: the block's text and the
    fields bibtexparser left after it (the implicit comment that follows it), split again by
    bibtexparser into one entry and resolved as the library's entries are. None when the
    block failed for another reason, or the mended text is not one whole entry (then the
    block stays a reject with its reason)."""
    from bibtexparser.model import Entry, ImplicitComment
    from bibtexparser.splitter import Splitter

    reason = getattr(getattr(block, "error", None), "abort_reason", "") or ""
    if not reason.startswith("Expected comma after entry key") or not block.raw:
        return None
    text = block.raw + (following.raw if isinstance(following, ImplicitComment) and following.raw else "")
    mended, n = _KEY_BEFORE_FIELD.subn(r"\1,\2", text, count=1)
    if not n:
        return None
    alone = Splitter(mended).split()
    entries = [b for b in alone.blocks if isinstance(b, Entry)]
    if len(entries) != 1 or alone.failed_blocks:
        return None
    return _recovered(entries[0], library)


# The month macros every BibTeX style defines (plain.bst), for concatenations such as
# ``month = jan # "~15"``.
_MONTHS = dict(zip("jan feb mar apr may jun jul aug sep oct nov dec".split(),
                   "January February March April May June July August September October November December".split()))
_CONCAT_PART = re.compile(r'\s*(?:"(?P<q>[^"]*)"|\{(?P<b>(?:[^{}]|\{[^{}]*\})*)\}|(?P<n>\d+)|(?P<m>[A-Za-z][\w:.+/\'-]*))\s*')


def _concatenation(value: str, strings: dict[str, str]) -> str | None:
    """A value written as a BibTeX concatenation (``me # " and Chen, Bo"``, ``jt # ", B"``) as
    the text it stands for: quoted and braced parts as written, numbers, and @string macros
    (or the month macros) by their values; None when the value is not one, or names a macro
    that is not defined (bibtexparser resolves a lone macro, not a concatenation)."""
    if "#" not in value:
        return None
    out, pos = [], 0
    while True:
        m = _CONCAT_PART.match(value, pos)
        if not m:
            return None
        if m["m"] is not None:
            text = strings.get(m["m"].lower(), _MONTHS.get(m["m"].lower()))
            if text is None:
                return None
            out.append(text)
        else:
            out.append(next(g for g in (m["q"], m["b"], m["n"]) if g is not None))
        pos = m.end()
        if pos == len(value):
            return "".join(out)
        if value[pos] != "#":
            return None
        pos += 1


def _with_concatenations(entry, strings: dict[str, str]):
    """The entry with its concatenated field values resolved (see ``_concatenation``)."""
    from bibtexparser.model import Entry, Field

    if entry.raw is not None and "#" not in entry.raw:
        return entry  # (most entries: no "#" anywhere in the entry as written)
    resolved = {f.key: _concatenation(str(f.value), strings) for f in entry.fields}
    if not any(v is not None for v in resolved.values()):
        return entry
    fields = [Field(f.key, f.value if resolved[f.key] is None else resolved[f.key]) for f in entry.fields]
    return Entry(entry.entry_type, entry.key, fields, start_line=entry.start_line, raw=entry.raw)


# A macro the file's @preamble defines to print nothing, for sorting ("\\newcommand{\\noopsort}[1]{}",
# the example of BibTeX's own documentation, btxdoc; "\\def\\sortkey#1{}"): its calls print nothing.
_EMPTY_MACRO = re.compile(r"\\(?:(?:new|renew|provide)command\*?|DeclareRobustCommand)\s*\{?\s*\\([A-Za-z]+)\s*\}?"
                          r"\s*(?:\[(\d)\])?\s*\{\s*\}|\\def\s*\\([A-Za-z]+)((?:#\d)*)\s*\{\s*\}")
_BRACED_ARG = r"\s*\{(?:[^{}]|\{[^{}]*\})*\}"


def empty_macros(preambles: list[str]) -> re.Pattern | None:
    """A pattern for the calls, arguments included, of the macros the preambles define to
    print nothing (``_EMPTY_MACRO``); None when they define none."""
    calls = []
    for text in preambles:
        for m in _EMPTY_MACRO.finditer(text):
            name, args = (m[1], int(m[2] or 0)) if m[1] else (m[3], m[4].count("#"))
            calls.append(re.escape(name) + r"(?![A-Za-z])" + _BRACED_ARG * args)
    return re.compile(r"\\(?:" + "|".join(calls) + ")") if calls else None


def _without_calls(entry, calls: re.Pattern):
    """The entry with the calls of ``calls`` taken out of its field values."""
    from bibtexparser.model import Entry, Field

    if entry.raw is not None and calls.search(entry.raw) is None:
        return entry
    fields = [Field(f.key, calls.sub("", f.value) if isinstance(f.value, str) else f.value) for f in entry.fields]
    return Entry(entry.entry_type, entry.key, fields, start_line=entry.start_line, raw=entry.raw)


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


# A tilde accent written without braces around it ("Ca\\~nete"): BibTeX's name split reads a
# bare "~" as a tie between two words ("Ca\\" and "nete"); braced ("Ca{\\~n}ete", BibTeX's
# special character) it stays a letter of its word, as LaTeX prints it.
_TILDE_ACCENT = re.compile(r"(?<!\{)\\~\s*(?:\{[^{}]*\}|[A-Za-z])")


# "et al." written after the last name instead of " and others" ("Lee, Ann and Bo Chen et
# al."): BibTeX would read it as part of that name; it marks the list truncated.
_ET_AL_AFTER_NAME = re.compile(r"(?<=[^\s,])[\s~]+et[\s~]*al\.?\s*$", re.I)
_ET_AL_AFTER_COMMA = re.compile(r"(?<=[^\s,])[\s~,]+et[\s~]*al\.?\s*$", re.I)


def split_bibtex_authors(text: str | None) -> tuple[list[str], bool]:
    """An ``author`` field (as written, braces and LaTeX included) as names "First von Last,
    Jr", split the way BibTeX splits it (bibtexparser): " and " inside braces is part of a
    name (``{Barnes and Noble}``), "Last, First" and "First Last" both read, initials kept as
    written; a trailing "others" marks a truncated list."""
    if not text or not text.strip():
        return [], False
    if "\\~" in text:
        text = _TILDE_ACCENT.sub(r"{\g<0>}", text)
    persons = _persons(_SPACES.sub(" ", text.strip()))
    written_out = 0
    if persons:
        # after a name of its own; after a comma only in a list of several persons ("Chen, Bo,
        # et al."): one person's "Ann Lee, Bo Chen, et al." is a comma-listed field (``_persons``)
        pattern = _ET_AL_AFTER_NAME if len(persons) == 1 else _ET_AL_AFTER_COMMA
        persons[-1], written_out = pattern.subn("", persons[-1])
    names = []
    for raw in persons:
        name = _person_name(raw)
        if name:
            names.append(name)
    truncated = bool(names) and names[-1].lower() in ("others", "et al.", "et al")
    return (names[:-1] if truncated else names), truncated or bool(written_out and names)


# BibLaTeX's extended name format (the BibLaTeX manual, section 3.4 "Name lists"; Zotero's
# Better BibLaTeX writes it for names with particles, or for every name on request):
# "family=Berg, given=Jan, prefix=van den, useprefix=false", each part between top-level
# commas a "key=value". The printed parts are given, prefix, family and suffix; the other
# keys (their initials "given-i", per-name options such as "useprefix") only sort or abbreviate.
_EXTENDED_PART = re.compile(r"([a-z]+(?:-[a-z]+)?)\s*=\s*(.*)", re.DOTALL)
_EXTENDED_PRINTED = ("given", "prefix", "family")


def extended_name(raw: str) -> str | None:
    """A person in BibLaTeX's extended name format as "Given prefix Family, Suffix" (LaTeX
    still in it), or None when ``raw`` is not in that format (a part that is no "key=value",
    or no family or given part)."""
    if "=" not in raw:
        return None
    fields = {}
    for part in _top_level_commas(raw):
        m = _EXTENDED_PART.fullmatch(part)
        if m is None:
            return None
        fields[m.group(1).lower()] = m.group(2).strip()
    if not (fields.get("family") or fields.get("given")):
        return None
    name = " ".join(fields[k] for k in _EXTENDED_PRINTED if fields.get(k))
    return f"{name}, {fields['suffix']}" if fields.get("suffix") else name


@lru_cache(maxsize=4096)  # a file names its owner and co-authors again and again
def _person_name(raw: str) -> str:
    """One person of an ``author`` field as "First von Last, Jr": BibTeX's parts
    (bibtexparser), or the parts BibLaTeX's extended name format names (``extended_name``),
    LaTeX converted, DBLP's homonym number dropped, capitals in their usual case; a name
    braced whole (a group, an acronym) or a group author as written."""
    extended = extended_name(raw)
    if extended is not None:
        return usual_case(_HOMONYM_NUMBER.sub("", to_text(extended)))
    name = to_text(plain_order(raw) if _PLAIN_PERSON.fullmatch(raw) else bibtex_order(raw))
    if _unenclosed(raw) != raw.strip() or _GROUP_AUTHOR.search(name):
        return name
    return usual_case(_HOMONYM_NUMBER.sub("", name))


def bibtex_order(raw: str) -> str:
    """One person as "First von Last, Jr" by BibTeX's parts (bibtexparser); an unbalanced
    name as written."""
    from bibtexparser.middlewares.names import parse_single_name_into_parts

    try:
        parts = parse_single_name_into_parts(raw, strict=False)
        return " ".join([*parts.first, *parts.von, *parts.last]) + (", " + " ".join(parts.jr) if parts.jr else "")
    except Exception:  # an unbalanced name: keep it as written
        return raw


# Words of ASCII letters, each with at most a final period, parted by single spaces, and at
# most one comma after a word ("Yang Song", "A. B. van der Berg", "Song, Yang", "van der
# Berg, A."): BibTeX's parts of such a name are its words in order, those after the comma
# (the first names) put first: ``plain_order``, which gives what ``bibtex_order`` gives
# (tests compare the two) without bibtexparser's character-by-character parse.
_PLAIN_WORD = r"[A-Za-z]+\.?"
_PLAIN_PERSON = re.compile(rf"{_PLAIN_WORD}(?: {_PLAIN_WORD})*(?:, {_PLAIN_WORD}(?: {_PLAIN_WORD})*)?")


def plain_order(raw: str) -> str:
    """``bibtex_order`` of a name ``_PLAIN_PERSON`` matches: "Last, First" as "First Last"."""
    last, comma, first = raw.partition(", ")
    return f"{first} {last}" if comma else raw


# A group author, braced or not ("The BABAR Collaboration", "the LIGO Scientific Consortium",
# "the Planck Team"): its capitals are an experiment's or a body's name, never a name typed in
# capitals, so it is kept as written ("team" and "group" only after "the", as in
# ``author_lists``: "Bo Group" is a person).
_GROUP_AUTHOR = re.compile(r"\b(?:collaborations?|consortium|consortia)$|^the\s.*\b(?:team|group)$", re.IGNORECASE)


# DBLP's homonym number after a name ("Wei Wang 0001", "Bo Li 0003"): four digits, which
# no person's name has, that tell apart the people of one name in DBLP's export.
_HOMONYM_NUMBER = re.compile(r"(?<=\S) \d{4}$")


# A word of a name: letters (any script) and the marks inside them; an initial is one letter.
_NAME_WORD = re.compile(r"[^\W\d_]+")
_ROMAN = re.compile(r"[IVX]+")
_CAPITALS = re.compile(r"[A-Z]{2}")


def usual_case(name: str) -> str:
    """A name printed in capitals in its usual case, decided by what the name looks like:
    in a name with no small letter ("SMITH, JOHN", "S.K. OH") every word of two letters
    or more is capitalised, and in a name that has small letters ("Jean DUPONT", "Sondra I
    VEGA-CASTILLO") every word of three letters or more in capitals is (two capitals there
    are initials written together, "Paulo AV Borges"); a word's parts after a hyphen or
    an apostrophe are capitalised too ("O'BRIEN" -> "O'Brien"), single letters (initials)
    and a roman-numeral suffix ("III") stay."""
    if name.isascii() and not _CAPITALS.search(name):
        return name  # (most names: no two capitals in a row, nothing to recase)
    letters = [c for c in name if c.isalpha()]
    if not letters or not any(c.isupper() for c in letters):
        return name
    shouting = not any(c.islower() for c in letters)
    shortest = 2 if shouting else 3

    def recased(m: re.Match) -> str:
        word = m.group(0)
        if len(word) < shortest or not word.isupper() or _ROMAN.fullmatch(word):
            return word
        return word[0] + word[1:].lower()

    return _NAME_WORD.sub(recased, name)


# A generational suffix, the only thing BibTeX allows between two commas of one name
# ("Evans, II, N. J."; "King, Jr., Martin Luther").
_JR = re.compile(r"(?:jr|sr|[ivx]+)\.?", re.I)


_AND = re.compile(r"\s+and\s+", re.I)


def split_persons(text: str) -> list[str]:
    """BibTeX's split of an ``author`` field (stripped, single-spaced) at " and " outside
    braces: bibtexparser's, or for a field without braces the same split by one regex
    (bibtexparser walks the field character by character; a test holds the two equal)."""
    if "{" in text or "}" in text:
        from bibtexparser.middlewares.names import split_multiple_persons_names

        if "\\" not in text or _BACKSLASH_STAND_IN in text:
            return split_multiple_persons_names(text)
        # bibtexparser drops an escape that opens a person ("{A} and \\'Eric" -> "Eric");
        # BibTeX's split reads a backslash as an ordinary character, so it is hidden and put back.
        hidden = split_multiple_persons_names(text.replace("\\", _BACKSLASH_STAND_IN))
        return [p.replace(_BACKSLASH_STAND_IN, "\\") for p in hidden]
    return [p.strip() for p in _AND.split(text)] if text else []


_BACKSLASH_STAND_IN = "\ue000"  # a private-use character: no BibTeX file means it


def _persons(text: str) -> list[str]:
    """The persons of an ``author`` field: BibTeX's split on " and " outside braces, then a
    person written as a comma-separated list of names split at its commas. BibTeX allows at
    most two commas in one name ("von Last, Jr, First"), the middle part a suffix; a
    hand-made field that lists names with commas instead of " and " ("Ann Lee, Bo Chen,
    Cy Roe") is not a name BibTeX could print, and its people are the comma-separated
    parts, each of more than one word. A part of one word or none ("Lee, , Ann", "Lee,
    Ann") keeps the BibTeX reading."""
    persons = []
    for person in split_persons(text):
        # (a name in BibLaTeX's extended format is one person, whatever its commas)
        parts = _top_level_commas(person) if person.count(",") >= 2 and extended_name(person) is None else ()
        if len(parts) >= 3 and not _JR.fullmatch(parts[1]) and all(len(p.split()) >= 2 for p in parts):
            persons.extend(parts)
        else:
            persons.append(person)
    return persons


def _top_level_commas(name: str) -> list[str]:
    """A name split at its commas outside braces, parts stripped."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(name):
        depth += (ch == "{") - (ch == "}")
        if ch == "," and depth == 0:
            parts.append(name[start:i].strip())
            start = i + 1
    parts.append(name[start:].strip())
    return parts


# The journal macros of the AAS (``\\apj``, ``\\mnras``), which ADS's BibTeX export writes in
# ``journal``, as they print. Provenance: ADS's aas_macros.sty / AASTeX 6.3, the same list
# jcappub.sty defines; a macro not listed leaves the field unread (no venue from it).
AAS_JOURNALS = {
    "aj": "AJ", "psj": "PSJ", "araa": "ARA&A", "apj": "ApJ", "apjl": "ApJL", "apjs": "ApJS", "ao": "ApOpt",
    "apss": "Ap&SS", "aap": "A&A", "aapr": "A&A Rv", "aaps": "A&AS", "azh": "AZh", "baas": "BAAS",
    "icarus": "Icarus", "jaavso": "JAAVSO", "jrasc": "JRASC", "memras": "MmRAS", "mnras": "MNRAS",
    "pra": "PhRvA", "prb": "PhRvB", "prc": "PhRvC", "prd": "PhRvD", "pre": "PhRvE", "prl": "PhRvL",
    "pasp": "PASP", "pasj": "PASJ", "qjras": "QJRAS", "skytel": "S&T", "solphys": "SoPh",
    "sovast": "Soviet Ast.", "ssr": "SSRv", "zap": "ZA", "nat": "Nature", "iaucirc": "IAUC",
    "aplett": "Astrophys. Lett.", "apspr": "Astrophys. Space Phys. Res.", "bain": "BAN", "fcp": "FCPh",
    "gca": "GeoCoA", "grl": "Geophys. Res. Lett.", "jcp": "JChPh", "jgr": "J. Geophys. Res.", "jqsrt": "JQSRT",
    "memsai": "MmSAI", "nphysa": "NuPhA", "physrep": "PhR", "physscr": "PhyS", "planss": "Planet. Space Sci.",
    "procspie": "Proc. SPIE", "actaa": "AcA", "caa": "ChA&A", "cjaa": "ChJA&A", "jcap": "JCAP", "na": "NewA",
    "nar": "NewAR", "pasa": "PASA", "rmxaa": "RMxAA", "maps": "M&PS", "aas": "AAS Meeting Abstracts",
    "dps": "AAS/DPS Meeting Abstracts",
    # aliases the same file defines
    "astap": "A&A", "apjlett": "ApJL", "apjsupp": "ApJS", "applopt": "ApOpt",
}
_LONE_MACRO = re.compile(r"\{*\\([A-Za-z]+)\s*\}*")


def _journal(fields: dict) -> str | None:
    """``journal`` (BibTeX) or ``journaltitle`` (BibLaTeX) with its ``journalsubtitle``; a
    value that is one AASTeX journal macro as AASTeX prints it."""
    field = fields.get("journal") or fields.get("journaltitle")
    if field is not None:
        macro = _LONE_MACRO.fullmatch(str(field.value).strip())
        if macro and macro.group(1).lower() in AAS_JOURNALS:
            return AAS_JOURNALS[macro.group(1).lower()]
    return _subtitled(_field(fields, "journal", "journaltitle"), _field(fields, "journalsubtitle"))


def _subtitled(main: str | None, subtitle: str | None) -> str | None:
    """A BibLaTeX title and its subtitle as one title, "Main: Subtitle" (a main title that
    ends in its own punctuation keeps it)."""
    if not (main and subtitle):
        return main or subtitle
    return main + (" " if main[-1] in ".:?!" else ": ") + subtitle


def _venue(fields: dict, entry_type: str = "") -> str | None:
    """Where the work appeared: al-folio's own ``venue``; a proceedings' or book's title
    (with its BibLaTeX ``booksubtitle``), else BibLaTeX's ``maintitle`` (the multi-volume work
    an @inbook is part of); the journal; BibLaTeX's ``eventtitle`` (the conference itself,
    for an entry that names no proceedings); a thesis's school or a report's
    institution; ``howpublished``; the publisher; else "arXiv" for an arXiv e-print
    (``_on_arxiv``), which is how arXiv's own export and INSPIRE-HEP write a preprint: an
    ``eprint`` and ``archivePrefix = {arXiv}``, no journal. An @article's publisher is its
    journal's publisher, not where it appeared: an article with no journal (a DOI service's
    record of a preprint, ``publisher`` the preprint server's host; no ``journal`` field at all)
    names no venue by it."""
    publisher = ("school", "institution", "howpublished") \
        if entry_type == "article" and not ("journal" in fields or "journaltitle" in fields) else ("school", "institution", "howpublished", "publisher")
    return (_field(fields, "venue")
            or _subtitled(_field(fields, "booktitle"), _field(fields, "booksubtitle"))
            or _subtitled(_field(fields, "maintitle"), _field(fields, "mainsubtitle"))
            or _journal(fields)
            or _field(fields, "eventtitle")
            or _field(fields, *publisher)
            or ("arXiv" if _on_arxiv(fields) else None))


# arXiv's identifier syntax (https://info.arxiv.org/help/arxiv_identifier.html): "2101.00001",
# "0704.0342v2", the old "hep-th/9901001" and "math.AG/0601001", also written "arXiv:2101.00001".
_ARXIV_EPRINT = re.compile(r"(?:arxiv:)?(?:\d{4}\.\d{4,5}|[a-z][a-z-]*(?:\.[a-z]{2})?/\d{7})(?:v\d+)?", re.IGNORECASE)


def _on_arxiv(fields: dict) -> bool:
    """Whether the entry's ``eprint`` is an arXiv id: BibTeX's ``archiveprefix`` or BibLaTeX's
    ``eprinttype`` (which Zotero writes) says so; with neither, the ``eprint`` is in arXiv's
    identifier syntax (``_ARXIV_EPRINT``)."""
    archive = _field(fields, "archiveprefix", "eprinttype", latex=False)
    if archive:
        return archive.lower() == "arxiv"
    eprint = _field(fields, "eprint", latex=False)
    return eprint is not None and _ARXIV_EPRINT.fullmatch(eprint) is not None


_DATE_YEAR = re.compile(r"(\d{4})(?:$|[-/])")


# A year with a letter that tells apart one author's works of a year ("2020a", "2020b"), as
# author-year styles print them and hand-kept files store them; a range of years ("2019--2020",
# "2019/20", an academic year or a volume spanning two) by its first, as BibLaTeX's date range.
_LETTERED_YEAR = re.compile(r"\d{4}(?:[a-z]|\s*[-–—/]+\s*(?:\d{4}|\d{2}))")


def _year(fields: dict) -> tuple[int | None, str | None]:
    """(year, date text when there is no year): BibTeX's ``year``, else the year of
    BibLaTeX's ISO ``date`` ("2021-01-06", "1997", a range "2019/2020" by its start); a year
    written as a word ("in press") is kept as date text."""
    year = _field(fields, "year")
    if year and year.isdigit():
        return int(year), None
    if year and _LETTERED_YEAR.fullmatch(year):
        return int(year[:4]), None
    date = _field(fields, "date", latex=False)
    m = _DATE_YEAR.match(date or "")
    if m:
        return int(m.group(1)), None
    return None, year or date


def _with_crossref(entry, parents: dict):
    """The entry with the fields it inherits through ``crossref`` (BibTeX and BibLaTeX):
    every field the entry lacks is taken from the entry it names, and the parent's title
    becomes the child's ``booktitle`` (a paper in the proceedings, a chapter in the book)."""
    from bibtexparser.model import Entry, Field

    own = _fields(entry)
    ref = own.get("crossref")
    parent = parents.get(str(ref.value).strip().lower()) if ref is not None else None
    if parent is None or parent is entry:
        return entry
    inherited = dict(_fields(parent))
    if "title" in inherited and "booktitle" not in inherited:
        inherited["booktitle"] = inherited["title"]
    inherited.pop("title", None)
    fields = list(entry.fields) + [Field(name, f.value) for name, f in inherited.items() if name not in own]
    return Entry(entry.entry_type, entry.key, fields, start_line=entry.start_line, raw=entry.raw)


# The types whose names are editors' when no author is given: BibTeX's standard styles print
# an @book's or @proceedings' editors in the author's place (plain.bst), BibLaTeX's the
# editors of its collections and multi-volume works.
_EDITED_TYPES = frozenset({"book", "proceedings", "collection", "mvbook", "mvcollection", "mvproceedings",
                           "reference", "mvreference", "periodical"})


def _cross_referenced(entries) -> set[str]:
    """The keys (lower case) that an entry of the file names in its ``crossref``: a proceedings
    volume or book that a DBLP or JabRef export adds beside the papers in it. Without an
    author of its own such an entry is the papers' container (BibTeX prints it only as their
    source), not one of the list's works."""
    keys = set()
    for e in entries:
        for f in e.fields:
            if f.key.lower() == "crossref":
                keys.add(str(f.value).strip().lower())
    return keys


# A markdown page (a README, a lab's publications page) that quotes BibTeX in fenced code blocks,
# one under each paper, is a page first: its reader reads the quoted entries with this reader and
# the papers the page lists with no block besides (read as BibTeX, those were lost). Such a page
# is claimed at the lowest confidence detect accepts, so that the markdown reader's claim (a
# publications section, entries by their look) wins, and this reader's stands when it makes none
# (a software README whose one "cite us" block is its only reference).
QUOTED_IN_MARKDOWN_CONFIDENCE = 0.5
_MARKDOWN_NAMES = (".md", ".markdown", ".qmd", ".rmd", ".mdx")
_CODE_FENCE_LINE = re.compile(r"^[ \t]*(?:>[ \t]?)*(`{3,}|~{3,})", re.MULTILINE)


def quoted_in_markdown(source_uri: str, text: str) -> bool:
    """Whether ``text``, named as a markdown file, holds its BibTeX only inside fenced code
    blocks: every entry head after an odd number of fence lines (a block opened, not closed)."""
    if not source_uri.lower().endswith(_MARKDOWN_NAMES) or ("```" not in text and "~~~" not in text):
        return False
    fences = [m.start() for m in _CODE_FENCE_LINE.finditer(text)]
    heads = [m.start() for m in _ENTRY_AT.finditer(text)]
    return bool(heads) and all(sum(f < h for f in fences) % 2 == 1 for h in heads)


class BibtexExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        try:
            text = doc.text
        except ExtractError:
            return 0.0
        found = has_entry_start(text[:200_000])  # (only whether there is one matters)
        if not (found and re.search(r"\btitle\s*=", text, re.I)):
            return 0.0
        return QUOTED_IN_MARKDOWN_CONFIDENCE if quoted_in_markdown(doc.source_uri, text) else 0.95

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        import bibtexparser
        from bibtexparser.model import Entry

        library = bibtexparser.parse_string(doc.text)
        ordinal = 0
        seen_keys: dict[str, int] = {}
        strings = {str(b.key).lower(): str(b.value) for b in library.strings}
        # BibTeX matches crossref keys ignoring case
        resolved = {id(e): _with_concatenations(e, strings) for e in library.entries}
        calls = empty_macros([str(p.value) for p in library.preambles]) if library.preambles else None
        if calls is not None:
            resolved = {k: _without_calls(e, calls) for k, e in resolved.items()}
        parents = {e.key.lower(): resolved[id(e)] for e in library.entries}
        containers = _cross_referenced(library.entries)
        blocks = library.blocks
        for at, block in enumerate(blocks):
            entry = block if isinstance(block, Entry) else getattr(block, "ignore_error_block", None)
            if entry is not None and entry is not block:
                entry = _recovered(entry, library)
            if entry is None and block in library.failed_blocks:
                entry = _comma_mended(block, blocks[at + 1] if at + 1 < len(blocks) else None, library)
            # A field given twice with different values is conflicting evidence: use neither.
            doubtful = frozenset(k.lower() for k in (getattr(block, "duplicate_keys", None) or ()))
            if not isinstance(entry, Entry):
                if block in library.failed_blocks:
                    ordinal += 1
                    yield RecordError(ordinal, f"unparseable BibTeX block ({_failure(block)})", excerpt(block.raw))
                continue
            ordinal += 1
            entry = resolved.get(id(entry)) or _with_concatenations(entry, strings)
            fields = _fields(entry)  # (once: each field is looked up by name many times)
            if "crossref" in fields:
                entry = _with_crossref(entry, parents)
                fields = _fields(entry)
            if entry.key.lower() in containers and "author" not in fields:
                yield RecordError(ordinal, f"entry {entry.key!r} is the volume that other entries of the file "
                                           "cross-reference (crossref), not a work of the list",
                                  excerpt(entry.raw or ""))
                continue
            title = _subtitled(_field(fields, "title"), _field(fields, "subtitle"))
            if not title:
                yield RecordError(ordinal, f"entry {entry.key!r} has no title", excerpt(entry.raw or ""))
                continue
            seen_keys[entry.key] = seen_keys.get(entry.key, 0) + 1
            key = entry.key if seen_keys[entry.key] == 1 else f"{entry.key}#{seen_keys[entry.key]}"
            author = fields.get("author")
            if author is None and entry.entry_type.lower() in _EDITED_TYPES:
                author = fields.get("editor")  # an edited volume: its editors, as BibTeX styles print it
            authors, truncated = split_bibtex_authors(
                _html_entities(_unenclosed(str(author.value))) if author is not None else None)
            venue = _venue(fields, entry.entry_type.lower())
            kind = _TYPES.get(entry.entry_type.lower())
            if venue and _PREPRINT.search(venue):
                kind = "preprint"
            elif kind == "journal" and parse_venue(venue).is_conference:
                kind = "conference"  # @article used for a conference paper
            year, date_text = _year(fields)
            links = " ".join(v for v in (_field(fields, n, skip=doubtful, latex=False)
                                         for n in ("url", "pdf", "paper", "arxiv", "eprint", "html")) if v)
            award = _field(fields, "award")
            yield Draft(
                ordinal=ordinal,
                source_record_id=key,
                title=title,
                authors=authors,
                authors_truncated=truncated,
                year=year,
                date_text=date_text,
                venue=venue,
                abstract=_field(fields, "abstract"),
                record_type=kind,
                doi=_field(fields, "doi", skip=doubtful, latex=False),
                url=links.split()[0] if links else None,
                code_url=_field(fields, "code", skip=doubtful, latex=False),
                arxiv_id=_field(fields, "eprint", latex=False) if _on_arxiv(fields) else None,
                badges=[award] if award else [],
                raw=links + " " + (venue or ""),
            )
