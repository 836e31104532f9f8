"""Inline math of BibTeX values (titles above all: ``$\\beta$-ensembles``,
``\\( \\mathbb F_8 \\)``) as readable Unicode text, so that no backslash or dollar sign
reaches a record.

A math group is read the way it prints: macros by the symbols pylatexenc knows for them
(``\\alpha`` -> α, ``\\to`` -> →, ``\\mathbb F`` -> 𝔽, ``\\tilde G`` -> G̃); sub- and
superscripts as Unicode sub- and superscript characters where every character of the script
has one (``H$_2$O`` -> H₂O, ``$e^+$`` -> e⁺), else as plain text after ``_`` / ``^``
(``$T_c$`` -> T_c); a macro pylatexenc does not know (an author's own ``\\Bz``) by its name,
never dropped; operator names (``\\log``) spaced from the letters around them.
"""

from __future__ import annotations

import functools
import re
from functools import lru_cache

# A math group: $$..$$, $..$, \(..\), \[..\]; a dollar after a backslash is a dollar sign.
MATH_GROUP = re.compile(r"(?<!\\)\$\$(.+?)(?<!\\)\$\$|(?<!\\)\$(.+?)(?<!\\)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]", re.S)

_SUP = dict(zip("0123456789+-−=()ni′'*", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ′′*"))
_SUB = dict(zip("0123456789+-−=()aeoxhklmnpstijruv", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ"))

# A script's argument: a braced group (one level of nesting inside), a macro with its braced
# argument (``_\mathrm{NN}`` is the subscript "NN"), a macro, or one character.
_SCRIPT = re.compile(r"([_^])\s*(\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\}|\\[A-Za-z]+\s*\{[^{}]*\}|\\[A-Za-z]+|\\.|[^\s\\{}])")
# An escaped opening brace after a macro or a script mark (``\\sqrt\\{``, ``_\\{``), and a
# bare brace (not after a backslash).
_ESCAPED_ARG = re.compile(r"(\\([A-Za-z]+)|[_^])\s*\\\{")
_BARE_BRACE = re.compile(r"(?<!\\)[{}]")
_MACRO = re.compile(r"\\([A-Za-z]+)")
# Characters the text of a math group must not carry into the LaTeX read after it, and how
# each is escaped (``\\~`` would be an accent: a tilde is spelt out).
_SPECIAL = re.compile(r"[\\{}$%&#~]")
_ESCAPED = {"~": "\\textasciitilde{}", "\\": "\\textbackslash{}"}


def _escaped(text: str) -> str:
    """Text made safe to put into LaTeX that pylatexenc reads after it."""
    return _SPECIAL.sub(lambda m: _ESCAPED.get(m.group(0), "\\" + m.group(0)), text)


def built_once(build):
    """``build``, called at the first call only: its value (a parser table, a converter) is
    kept for the process. Not an ``lru_cache``, which benchmarks empty before each pass as a
    cache of values: rebuilding these (about 1 ms) is no cost of a document, a worker builds
    them once for all of them."""
    made: list = []

    @functools.wraps(build)
    def get():
        if not made:
            made.append(build())
        return made[0]

    return get


@built_once
def walker_context():
    """pylatexenc's parser macro table, built once: its ``latex_to_text`` builds it on every
    call, which costs more than reading a short value. The BibTeX reader shares it."""
    from pylatexenc.latexwalker import get_default_latex_context_db

    return get_default_latex_context_db()


def nodes_text(converter, src: str) -> str:
    """``converter.latex_to_text(src)``, parsed with the table of :func:`walker_context`."""
    from pylatexenc.latexwalker import LatexWalker

    return converter.nodelist_to_text(LatexWalker(src, latex_context=walker_context()).get_latex_nodes()[0])


@built_once
def _converter():
    """pylatexenc's converter (math read as text) and its text macro table, built once."""
    from pylatexenc.latex2text import LatexNodes2Text, get_default_latex_context_db

    return LatexNodes2Text(math_mode="text", strict_latex_spaces=True), get_default_latex_context_db()


@lru_cache(maxsize=1024)
def _macro(name: str) -> tuple[bool, str | None]:
    """(whether the macro takes arguments, its text alone when it takes none; None for a
    macro pylatexenc does not know)."""
    db = _converter()[1]
    if db.get_macro_spec(name) is None:
        return False, None
    spec = walker_context().get_macro_spec(name)
    if getattr(getattr(spec, "args_parser", None), "argspec", None):
        return True, ""
    return False, _plain("\\" + name)


def _macros_as_text(src: str) -> str:
    """The math source with each macro that takes no argument made safe to read: an unknown
    one as its name, a known one followed by ``{}`` (so the space written after it stays);
    one that prints as a word (``\\log``, an unknown ``\\pip``) spaced from letters or
    digits beside it: ``n\\log n`` prints "n log n", ``\\pip\\pim`` "pip pim"."""
    out, pos, previous_end = [], 0, -1
    for m in _MACRO.finditer(src):
        takes_args, text = _macro(m.group(1))
        if takes_args:
            continue
        word = text is None or (len(text) > 1 and text.isascii() and text.isalpha())
        before = word and m.start() > 0 and m.start() != previous_end and src[m.start() - 1].isalnum()
        nxt = src[m.end():m.end() + 2]
        after = word and bool(nxt) and (nxt[0].isalnum() or (nxt[0] == "\\" and nxt[1:2].isalpha()))
        rendered = "{" + m.group(1) + "}" if text is None else m.group(0) + "{}"
        out += [src[pos:m.start()], " " if before else "", rendered, " " if after else ""]
        pos = previous_end = m.end()
    out.append(src[pos:])
    return "".join(out)


def _plain(src: str) -> str:
    try:
        return nodes_text(_converter()[0], src)
    except Exception:  # broken LaTeX: its characters without braces and backslashes
        return re.sub(r"[\\{}]", "", src)


def _script(m: re.Match) -> str:
    """A sub- or superscript as Unicode characters, else as "_text" / "^text"."""
    mark, arg = m.group(1), m.group(2)
    if arg.startswith("{"):
        arg = arg[1:-1]
    elif arg.endswith("}"):  # a macro and its braced argument: the argument's text
        arg = arg[arg.index("{") + 1:-1]
    text = "".join(math_to_text(arg).split())
    table = _SUP if mark == "^" else _SUB
    if text and all(ch in table for ch in text):
        return "".join(table[ch] for ch in text)
    return mark + text


def _escaped_arguments(src: str) -> str:
    """A group with no bare brace whose argument braces are escaped (``\\sqrt\\{ s \\}``,
    ``s_\\{NN\\}``: INSPIRE's BibTeX export escapes the grouping braces of a title's math)
    with those braces bare: an escaped brace opened right after a macro that takes an argument
    or after ``_`` / ``^``, and the escaped brace that closes it. Escaped braces anywhere else
    (a set, ``\\in \\{0,1\\}``) are printed braces and stay."""
    if _BARE_BRACE.search(src):
        return src
    chars = list(src)
    for m in _ESCAPED_ARG.finditer(src):
        if m.group(2) is not None and not _macro(m.group(2))[0]:
            continue
        depth, i = 0, m.end()
        while i < len(src) - 1:
            pair = src[i:i + 2]
            if pair == "\\{":
                depth += 1
            elif pair == "\\}":
                if depth == 0:
                    chars[m.end() - 2] = chars[i] = ""  # drop the two escaping backslashes
                    break
                depth -= 1
            i += 2 if pair[0] == "\\" else 1
    return "".join(chars)


@lru_cache(maxsize=4096)  # the same symbols recur across a file's titles and abstracts
def math_to_text(src: str) -> str:
    """The source of one math group (without its delimiters) as Unicode text."""
    src = _escaped_arguments(src)
    src = _SCRIPT.sub(lambda m: _escaped(_script(m)), src)
    text = _plain(_macros_as_text(src))
    return " ".join(text.split())


def _group_text(m: re.Match) -> str:
    src = next(g for g in m.groups() if g is not None)
    text = _escaped(math_to_text(src))
    return "{" + text + "}"  # braced: the text stays one piece, and braces are dropped later


def math_as_text(value: str) -> str:
    """A LaTeX value with each math group replaced by its text (escaped for LaTeX, so the
    rest of the value is read as before)."""
    if "$" not in value and "\\(" not in value and "\\[" not in value:
        return value
    return MATH_GROUP.sub(_group_text, value)
