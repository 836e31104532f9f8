"""Text cleaning shared by every field: Unicode, mojibake, LaTeX fragments, quotes, spaces."""

from __future__ import annotations

import re
import unicodedata

import ftfy
from ftfy.badness import BADNESS_RE

_LATEX_SYMBOLS = {
    r"\times": "×", r"\cdot": "·", r"\approx": "≈", r"\leq": "≤", r"\geq": "≥", r"\le": "≤",
    r"\ge": "≥", r"\sim": "~", r"\pm": "±", r"\infty": "∞", r"\alpha": "α", r"\beta": "β",
    r"\gamma": "γ", r"\delta": "δ", r"\epsilon": "ε", r"\lambda": "λ", r"\mu": "μ",
    r"\sigma": "σ", r"\ell": "ℓ", r"\rightarrow": "→", r"\to": "→", r"\%": "%", r"\&": "&",
    r"\$": "$", r"\_": "_", r"\#": "#",
}
_BACKSLASH_WORD = re.compile(r"\\?backslash(?=[a-z]{2,}\s*\{)")
_HREF = re.compile(r"\\href\{[^{}]*\}\{([^{}]*)\}")
_WRAPPERS = re.compile(r"\\(?:textbf|textit|emph|texttt|textsc|mathrm|mathbf|mathcal|mathbb|text|url|mbox)\s*\{([^{}]*)\}")
_COMMAND = re.compile(r"\\([A-Za-z]+)")
_MATH = re.compile(r"\$([^$]{0,200})\$")
_QUOTE_MAP = {"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "‐": "-", "‑": "-"}


def straight_quotes(text: str) -> str:
    """``text.translate(str.maketrans(_QUOTE_MAP))``: curly quotes and Unicode hyphens to ASCII. One
    ``str.replace`` per character present, because ``translate`` with a dict looks up every
    character of a non-ASCII text in Python (much slower on an abstract; README "Benchmarks"); each
    character maps to one ASCII character that is no key, so the order cannot matter."""
    for curly, plain in _QUOTE_MAP.items():
        if curly in text:
            text = text.replace(curly, plain)
    return text


# Longest command first (``\\leq`` before ``\\le``), each compiled once.
_LATEX_SYMBOL_SUBS = [(cmd, re.compile(re.escape(cmd) + r"(?![A-Za-z])"), _LATEX_SYMBOLS[cmd])
                      for cmd in sorted(_LATEX_SYMBOLS, key=len, reverse=True)]


# What follows each backslash: a command's whole name, or one of the escaped characters.
_AFTER_BACKSLASH = re.compile(r"\\([A-Za-z]+|[%&$_#])")


def _latex_symbols(text: str) -> str:
    """Each command of ``_LATEX_SYMBOLS`` replaced by its symbol, longest command first. Only
    the commands the text holds are tried (one search for them instead of a scan per command);
    a replacement never makes another command appear (no symbol is a backslash, an ASCII letter
    or an escaped character), so the commands found in the text before are all there are."""
    if "\\" not in text:
        return text
    present = set(_AFTER_BACKSLASH.findall(text))
    for cmd, pattern, symbol in _LATEX_SYMBOL_SUBS:
        if cmd[1:] in present:
            text = pattern.sub(symbol, text)
    return text


def strip_latex(text: str) -> str:
    """``\\textbf{GraNet}`` -> ``GraNet``, ``$\\times$`` -> ``×``, ``\\href{a}{b}`` -> ``b``."""
    if "\\" not in text and "$" not in text:
        return text
    if "backslash" in text:  # (the pattern has no literal start: it would be tried at every character)
        text = _BACKSLASH_WORD.sub("\\\\", text)  # "\backslashtextit" (a mangled "\textit")
    text = _HREF.sub(r"\1", text)
    for _ in range(3):  # nested wrappers: \textbf{\emph{x}}
        new = _WRAPPERS.sub(r"\1", text)
        if new == text:
            break
        text = new
    text = _latex_symbols(text)
    text = _MATH.sub(lambda m: m.group(1), text)
    text = _COMMAND.sub(lambda m: m.group(1), text)  # \log -> log; unknown commands keep their name
    return text.replace("{", "").replace("}", "")


# TeX accents as arXiv metadata writes names and titles: ``Bal\'azs``, ``Fr\'{e}d\'{e}ric``,
# ``Pla{\ss}``, ``Bj{\o}rn``, ``\v{S}koda``. Accent -> Unicode combining mark.
_TEX_ACCENT_MARKS = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "k": "\u0328",
    "r": "\u030a",
}
_TEX_LETTERS = {
    "ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ", "oe": "œ",
    "OE": "Œ", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ",
}
# \'e  \'{e}  {\'e}  \'\i  \v{S}  \c c ; letter accents (\u \v \H \c \k \r) need a brace or a space.
# A brace before the accent ({\'e}) is only taken with its closing brace.
_TEX_ACCENT = re.compile(
    r"(?P<open>\{)?\\(?:(?P<sym>['`^\"~=.])|(?P<word>[uvHckr])(?=[\s{]))\s*"
    r"(?:\{\s*(?P<b1>\\[ij]|[A-Za-z])\s*\}|(?P<b2>\\[ij](?![A-Za-z])|[A-Za-z]))(?(open)\})"
)
_TEX_LETTER = re.compile(r"(?P<open>\{)?\\(?P<name>ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i|j)(?![A-Za-z])(?:\{\})?(?(open)\s*\})")


def _tex_accent(m: re.Match) -> str:
    base = m["b1"] or m["b2"]
    base = {"\\i": "i", "\\j": "j"}.get(base, base)
    mark = _TEX_ACCENT_MARKS[m["sym"] or m["word"]]
    return unicodedata.normalize("NFC", base + mark)


def decode_tex_accents(text: str) -> str:
    """``C. Bal\\'azs`` -> ``C. Balázs``, ``Pla{\\ss}`` -> ``Plaß``; other TeX is left alone."""
    if "\\" not in text:
        return text
    text = _TEX_ACCENT.sub(_tex_accent, text)
    return _TEX_LETTER.sub(lambda m: _TEX_LETTERS[m["name"]], text)


# Numeric character references that lost their "#" or got spaces around them, as in
# ``g &252; ntzer`` (Güntzer) in tokenised bibliographic exports; and a spaced ``& hellip ;``.
_SPLIT_ENTITY = re.compile(r"(?<=\w) &#?(\d{2,5}) ?; (?=\w)")
_ENTITY = re.compile(r"&#?(\d{2,5}) ?;")
_HELLIP = re.compile(r" ?& ?hellip ?;?")


def _char(m: re.Match) -> str:
    code = int(m.group(1))
    return chr(code) if 160 <= code <= 0xFFFF and not 0xD800 <= code <= 0xDFFF else m.group(0)


def repair_entities(text: str) -> str:
    """``alag &237; c`` -> ``alagíc``; ``&#252;`` -> ``ü``; ``& hellip`` -> ``…``.

    ``_SPLIT_ENTITY`` and ``_HELLIP`` start with a look-behind or an optional space, so the
    regex engine tries them at every character (about 0.1 ms on an abstract with one "&");
    they run only when the text can hold a match: every match of ``_SPLIT_ENTITY`` holds one
    of ``_ENTITY`` (which starts with the literal "&"), every match of ``_HELLIP`` "hellip"."""
    if "&" not in text:
        return text
    if _ENTITY.search(text):
        text = _SPLIT_ENTITY.sub(_char, text)
        text = _ENTITY.sub(_char, text)
    return _HELLIP.sub("…", text) if "hellip" in text else text


# A spacing accent printed before its letter, as TeX's PDFs give it to a text extractor
# ("Salom´e", "Erd¨os"): it becomes the combining accent on that letter. The table is
# Unicode's: each spacing mark (Sk, the "spacing clone" of its diacritic) -> its combining mark.
_SPACING_TO_COMBINING = {"´": "\u0301", "`": "\u0300", "¨": "\u0308", "ˆ": "\u0302", "˜": "\u0303",
                         "¸": "\u0327", "ˇ": "\u030c", "˘": "\u0306", "˚": "\u030a"}
# TeX sets an accent on an i or j over the dotless letter (\'{\i}: "´ı"); the accented letter
# is the dotted one's ("í"): Unicode composes no accent with "ı".
_DOTLESS = {"ı": "i", "ȷ": "j"}
_SPACING_ACCENT = re.compile(r"(?<=\w)(?:(´)([a-zA-Zıȷ])|([¨ˆ˜ˇ˘˚])([a-zA-Zıȷ])|(`)([aeiouAEIOU])(?=\w))")


def _combine(m: re.Match) -> str:
    """The letter with the accent on it when Unicode has that letter ("´ı" -> "í", "´s" ->
    "ś"); the text as printed when it has none (an acute over a letter no language accents,
    "´b", is not an accent)."""
    accent, letter = next((m.group(k), m.group(k + 1)) for k in (1, 3, 5) if m.group(k))
    composed = unicodedata.normalize("NFC", _DOTLESS.get(letter, letter) + _SPACING_TO_COMBINING[accent])
    return composed if len(composed) == 1 else m.group(0)


# The characters every match of ``_SPACING_ACCENT`` holds: a search for one of them runs as a
# scan for a character set, while the pattern (a look-behind first) is tried at every character.
_SPACING_MARK = re.compile("[´¨ˆ˜ˇ˘˚`]")


def compose_accents(text: str) -> str:
    """Spacing accents put back on their letters ("Salom´e" -> "Salomé"), in NFC."""
    if _SPACING_MARK.search(text) and _SPACING_ACCENT.search(text):
        text = _SPACING_ACCENT.sub(_combine, text)
    return unicodedata.normalize("NFC", text)


def _bad_width() -> int | None:
    """The most characters a match of ftfy's ``BADNESS_RE`` spans (None when unbounded or
    when the pattern cannot be read)."""
    try:
        from re import _parser

        width = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags).getwidth()[1]
    except (ImportError, AttributeError):  # a Python without this parser module: search the whole text
        return None
    return width if width < 1000 else None


_BAD_WIDTH = _bad_width()
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def is_mojibake(text: str) -> bool:
    """``ftfy.badness.is_bad(text)``: whether ``BADNESS_RE`` matches somewhere. Every
    alternative of that pattern holds a character outside ASCII (tests check it on the
    pattern itself), and a match spans at most ``_BAD_WIDTH`` characters, so a match lies
    within that many characters of a non-ASCII one: the pattern is searched only in those
    windows, instead of being tried at every character of a long abstract (about 0.3 ms for
    one of 1,600 characters that holds a single "×"). A search bounded by ``pos`` keeps "^"
    to the text's real start, and the pattern looks at nothing outside its match."""
    if _BAD_WIDTH is None:
        return BADNESS_RE.search(text) is not None
    reach = _BAD_WIDTH - 1
    window: list[int] = []  # [start, end) of the window so far
    for m in _NON_ASCII.finditer(text):
        start, end = max(0, m.start() - reach), m.end() + reach
        if window and start <= window[1]:  # overlaps the window so far: one window
            window[1] = end
            continue
        if window and BADNESS_RE.search(text, *window):
            return True
        window = [start, end]
    return bool(window) and BADNESS_RE.search(text, *window) is not None


def clean_text(text: str | None) -> str:
    """NFC, mojibake repaired, LaTeX fragments resolved, straight quotes, single spaces."""
    if text is None:
        return ""
    if _plain(text):
        return text.strip(" ")
    text = repair_entities(str(text))
    if not text.isascii():  # mojibake and composed forms need non-ASCII characters
        if is_mojibake(text):  # ftfy's quick check for mojibake; the full repair is slow
            text = ftfy.fix_text(text, normalization="NFC")
        text = compose_accents(text)
    text = strip_latex(text)
    text = text.replace("``", '"').replace("''", '"')
    if not text.isascii():  # the curly quotes and dashes of _QUOTE_MAP are not ASCII; translate is slow
        text = straight_quotes(text)
    text = text.replace('""', '"')
    return single_spaced(text)


# ASCII characters ``clean_text`` may change, one by one: entities, LaTeX, TeX quotes, and the
# whitespace other than the space (``str.split`` splits at these control characters). A
# one-character test is a fast memory scan; two-character ones go through the regex engine's
# literal search, which is faster than ``in`` for them.
_REWRITTEN = ("&", "\\", "$", "`", "\n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f")
_ASCII_SPACES = _REWRITTEN[4:]
_TWO_QUOTES = re.compile("''")
_TWO_DOUBLE_QUOTES = re.compile('""')
_TWO_SPACES = re.compile("  ")


def _single_spaced_ascii(text: str) -> bool:
    """An ASCII ``text`` whose only whitespace is spaces, never two in a row. (The tests of
    ``_ASCII_SPACES`` written out: a generator over them costs more than the scans on a name.)"""
    return not ("\n" in text or "\t" in text or "\r" in text or "\x0b" in text or "\x0c" in text or "\x1c" in text
                or "\x1d" in text or "\x1e" in text or "\x1f" in text) and not _TWO_SPACES.search(text)


def _plain(text: str) -> bool:
    """An ASCII string without an entity, LaTeX, TeX or doubled quotes, and single-spaced:
    ``clean_text`` only strips its end spaces (no mojibake or accent without non-ASCII)."""
    return (type(text) is str and text.isascii()
            and not ("&" in text or "\\" in text or "$" in text or "`" in text)  # _REWRITTEN[:4]
            and not ("'" in text and _TWO_QUOTES.search(text)) and not ('"' in text and _TWO_DOUBLE_QUOTES.search(text))
            and _single_spaced_ascii(text))


def single_spaced(text: str) -> str:
    """``" ".join(text.split())``: runs of whitespace as one space, none at the ends. In an
    ASCII text whose only whitespace is single spaces that is stripping its end spaces, which
    a few scans tell faster than splitting a long abstract into words and joining them again
    (a short text, a name or a title, is split faster than tested)."""
    if len(text) > 64 and text.isascii() and _single_spaced_ascii(text):
        return text.strip(" ")
    return " ".join(text.split())


def fold(text: str) -> str:
    """Case-folded ASCII-ish form for matching: accents removed, × -> x."""
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKD", text.replace("×", "x"))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
