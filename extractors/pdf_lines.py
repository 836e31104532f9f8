"""PDF pages as lines of styled words, read with pdfplumber one page at a time.

Each word keeps what the page shows beyond its text: font size, bold and italic (from the
font's name), its position, and the hyperlink it sits under. Pages are read in order and
released as soon as their lines are built, so a long PDF never has all its pages' objects
in memory. Two-column pages are read column by column (a sidebar of short lines beside the
main column counts as a column), and so is a stretch of a page set in two columns of prose
under a full-width heading (LaTeX ``multicol`` inside a section); running headers, footers and page numbers are dropped
(a running head that carries the page's number at its end, from its first page on).
"""

from __future__ import annotations

import dataclasses
import io
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import PdfminerException

from normalizers.text import compose_accents

from . import limits
from .base import ExtractError
from .limits import LimitExceeded

log = logging.getLogger(__name__)

# Font names say the style: "URWPalladioL-Bold", "SFBX1000" (TeX bold extended),
# "Times-Italic", "LMSans10-Oblique", "SFTI1000" (TeX text italic), "CMSL10" (slanted).
# Bold faces by name; "Medi" is the bold weight of the URW clones TeX uses (NimbusRomNo9L-Medi = Times Bold).
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi|[-,]medi(?:um)?(?:ital)?$|^(?:cm|sf|lm)b[xi]?\d|^(?:cm|sf)bx",
                        re.I)
# (Latin Modern's slanted faces, "LMRomanSlant10-Regular", are CMSL's: moderncv sets titles in them)
_ITALIC_FONT = re.compile(r"italic|oblique|ital\b|ital$|-it$|^(?:cm|sf)(?:ti|sl|bi|si|itt)\d|^lm\w*slant", re.I)
_CID = re.compile(r"\(cid:\d+\)")
# TeX's math symbol fonts (Computer Modern "cmsy", AMS Euler "eusm"... set in the OMS encoding)
# embedded without a Unicode map: the text layer gives "(cid:N)" for their glyphs, N the slot of
# the OMS table (TeX's "fontmath.ltx" / the cmsy10 font table). The slots a paper's text uses
# ("3′UTR", "5′", "±", "×", "≤"); any other slot is dropped as before.
_TEX_SYMBOL_FONT = re.compile(r"^CMSY\d*$|^cmsy\d*$|^LMMathSymbols", re.IGNORECASE)
_OMS_SLOTS = {0: "\u2212", 2: "\u00d7", 3: "\u2217", 6: "\u00b1", 14: "\u2218", 15: "\u2022", 20: "\u2264",
              21: "\u2265", 24: "\u223c", 33: "\u2192", 48: "\u2032"}
# Icon fonts: their glyphs are pictures (an envelope, a phone, a calendar) whose character
# codes read as letters or punctuation ("✉" in ZapfDingbats is ")", "➤" is "ä"), so a word
# set in one is no text. Told by the font's name: ZapfDingbats / Dingbats (PDF's standard
# symbol font), FontAwesome (awesome-cv, AltaCV, moderncv's icons), Academicons, Material
# Icons, Wingdings / Webdings (word processors). Not "Symbol", which word processors use for
# Greek letters in titles ("β-catenin").
_ICON_FONT = re.compile(r"dingbats|fontawesome|^fa\d?-|academicons|materialicons|material-icons|wingdings|webdings",
                        re.I)
_PAGE_NUMBER = re.compile(
    r"^[-–\s]*(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?[-–\s]*$|(?:^|\s)\d{1,4}\s*(?:/|of)\s*\d{1,4}$"
    r"|\bpage\s+\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$", re.I)
_DIGITS = re.compile(r"\d+")
_YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
WORD_GAP = 0.12  # a gap wider than this many font sizes separates two words
MARGIN_ZONE = 0.1  # the top and bottom share of a page where running heads and folios sit


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    italic: bool
    space_before: bool  # printed with a space before it (not glued to the previous word)
    link: str | None = None  # the URI of the hyperlink the word sits under


@dataclass(slots=True)
class Line:
    """One printed line of one column. ``left``/``right`` are the column's text edges on
    the page; ``body_size`` is the page's most common font size."""

    page: int
    words: list[Word]
    left: float
    right: float
    body_size: float
    links: list[str] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return max(Counter(w.size for w in self.words).items(), key=lambda kv: (kv[1], kv[0]))[0]

    @property
    def text(self) -> str:
        return join_words(self.words)


def join_words(words: list[Word]) -> str:
    return "".join((" " if w.space_before and i else "") + w.text for i, w in enumerate(words))


@dataclass
class PdfStats:
    """What the reader saw, for a clear reason when nothing could be extracted."""

    pages: int = 0
    chars: int = 0
    images: int = 0
    failed_pages: list[int] = field(default_factory=list)


def open_pdf(data: bytes, source_uri: str) -> pdfplumber.PDF:
    """The PDF, or ExtractError saying why it cannot be opened (encrypted, truncated, corrupt)."""
    if b"%PDF-" not in data[:1024]:
        head = data[:16].decode("latin-1").encode("unicode_escape").decode("ascii")
        raise ExtractError(source_uri, f"not a PDF: it does not start with the %PDF- header (it starts with '{head}'); "
                                       "leave out --kind to detect its format")
    if b"%%EOF" not in data[-2048:]:
        raise ExtractError(source_uri, "truncated PDF: it does not end with the %%EOF marker (the file was cut short)")
    try:
        return pdfplumber.open(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ExtractError(source_uri, "encrypted PDF: it needs a password to be read") from None
    except PdfminerException as exc:
        inner = exc.args[0] if exc.args else exc
        if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
            raise ExtractError(source_uri, "encrypted PDF: it needs a password to be read") from None
        raise ExtractError(source_uri, f"not a readable PDF (corrupt or truncated): {_describe(inner)}") from None
    except Exception as exc:  # pdfminer parses untrusted bytes and raises many types
        raise ExtractError(source_uri, f"not a readable PDF (corrupt or truncated): {_describe(exc)}") from None


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text[:120]}" if text else type(exc).__name__


def read_lines(data: bytes, source_uri: str, stats: PdfStats | None = None) -> Iterator[Line]:
    """Every line of the PDF in reading order, page after page. ``stats`` is filled as
    pages are read. A page that cannot be parsed is skipped and counted in ``stats``."""
    stats = stats if stats is not None else PdfStats()
    running: Counter[str] = Counter()  # running heads and feet seen so far (digits folded)
    grid: list[float] = []  # the gutter of the last two-column page
    pdf = open_pdf(data, source_uri)
    try:
        try:
            page_objs = PDFPage.create_pages(pdf.doc)
            doctop = 0.0
            number = 0
            while True:
                number += 1
                try:
                    page_obj = next(page_objs)
                except StopIteration:
                    break
                stats.pages += 1
                if number > limits.current().pdf_pages:
                    raise LimitExceeded(f"the PDF has more than {limits.current().pdf_pages} pages, the per-document "
                                        "limit (raise [limits] pdf_pages to allow more)")
                page = Page(pdf, page_obj, page_number=number, initial_doctop=doctop)
                doctop += page.height
                try:
                    lines = _page_lines(page, stats, running, grid)
                except MemoryError:  # not a damaged page: the document is over its memory limit
                    raise
                except Exception:  # a damaged page: the others may still be readable
                    stats.failed_pages.append(number)
                    lines = []
                finally:
                    page.close()
                yield from lines
        except (ExtractError, LimitExceeded, MemoryError):
            raise
        except Exception as exc:  # the page tree itself is damaged
            if not stats.pages:
                raise ExtractError(source_uri, f"not a readable PDF (corrupt or truncated): {_describe(exc)}") from None
            stats.failed_pages.append(stats.pages + 1)
    finally:
        _close(pdf)


def _close(pdf: pdfplumber.PDF) -> None:
    """Release the PDF without ``PDF.close()``, which walks (and so parses) every page again:
    each page was closed as it was read, and a damaged page tree would raise there."""
    try:
        pdf.flush_cache()
        if not pdf.stream_is_external:
            pdf.stream.close()
    except Exception:  # closing must never hide the real outcome
        log.debug("closing the PDF failed", exc_info=True)


def _page_lines(page: Page, stats: PdfStats, running: Counter[str], grid: list[float]) -> list[Line]:
    stats.images += len(page.images)
    raw = page.extract_words(x_tolerance_ratio=WORD_GAP, y_tolerance=2, keep_blank_chars=False,
                             extra_attrs=["fontname", "size"], return_chars=True)
    raw = _accents_on_letters(_on_their_baselines(raw))
    stats.chars += sum(len(w["text"]) for w in raw)
    words = _without_leaders([w for w in (_word(r) for r in raw if r.get("upright", True)) if w is not None])
    if not words:
        return []
    body_size = _body_size(words)
    words += _drawn_bullets(page, words, body_size)
    words += _icon_bullets(raw, words)
    links = [(h["x0"], h["top"], h["x1"], h["bottom"], h["uri"]) for h in page.hyperlinks if h.get("uri")]
    words = [_with_link(w, links) for w in words]
    lines: list[Line] = []
    for column in _columns(words, float(page.width), grid):
        column_lines = _group_lines(column)
        if not column_lines:
            continue
        left = _mode(round(ln[0].x0) for ln in column_lines)
        right = _percentile([max(w.x1 for w in ln) for ln in column_lines], 0.9)
        for ws in column_lines:
            line = Line(page.page_number, ws, float(left), right, body_size)
            line.links = _line_links(line, links)
            lines.append(line)
    by_top = sorted(lines, key=lambda ln: ln.top)
    edges = {id(ln) for ln in by_top[:2] + by_top[-2:]}  # running heads and feet are outermost
    return [ln for ln in lines if id(ln) not in edges
            or not _running_text(ln, float(page.height), running, _clear(ln, by_top, float(page.height)))]


def _clear(line: Line, by_top: list[Line], height: float) -> float:
    """The blank between ``line`` and the nearest line on its page's inner side (below a line
    in the page's top half, above one in its bottom half), in its font sizes: a running head
    or foot stands clear of the text (a foot of two lines, an address over a folio line, is
    clear above its first line), a page's own lines follow one another at the line pitch."""
    if line.top < height / 2:
        gaps = [ln.top - line.bottom for ln in by_top if ln is not line and ln.top > line.top]
    else:
        gaps = [line.top - ln.bottom for ln in by_top if ln is not line and ln.top < line.top]
    return min(gaps, default=float("inf")) / max(1.0, line.size)


# A tab's leader (word processors' "Title ........ Mar 2021", TeX's \dotfill): a run of full
# stops or ellipses filling the gap before a right-tab field. It is the tab's gap, no text:
# dropped, the field after it stands apart as a tab's cell does. A run is LEADER_DOTS marks
# at least, within one word ("........", glued to the word before it or not) or as that many
# one-mark words in a row on one line (". . . . ."); three stops are an ellipsis, kept.
LEADER_DOTS = 4
_LEADER_RUN = re.compile(r"(?:\.|…){%d,}" % LEADER_DOTS)
_LEADER_MARK = re.compile(r"^(?:\.|…)$")


def _without_leaders(words: list[Word]) -> list[Word]:
    """``words`` without the dot leaders they print (see :data:`LEADER_DOTS`): a word that is
    a leader is dropped, one a leader's run ends or opens loses it."""
    if not any("...." in w.text or "…" in w.text or w.text == "." for w in words):
        return words
    out: list[Word] = []
    for w in words:
        kept = _LEADER_RUN.sub(" ", w.text)
        if kept == w.text:
            out.append(w)
            continue
        pieces = kept.split(" ")
        if not kept.strip():
            continue
        if len(pieces) != 2 or (pieces[0] and pieces[1]):
            out.append(w)  # a leader inside a word's text ("a....b"): not a tab's gap, kept as printed
            continue
        share = (w.x1 - w.x0) / len(w.text)
        if pieces[0]:
            out.append(dataclasses.replace(w, text=pieces[0], x1=w.x0 + share * len(pieces[0])))
        else:
            out.append(dataclasses.replace(w, text=pieces[1], x0=w.x1 - share * len(pieces[1]), space_before=True))
    spaced = [w for w in out if _LEADER_MARK.match(w.text)]
    if len(spaced) < LEADER_DOTS:
        return out
    drop: set[int] = set()
    by_line = sorted(out, key=lambda w: (round(w.top), w.x0))
    run: list[Word] = []
    for w in by_line + [None]:
        if w is not None and _LEADER_MARK.match(w.text) and (not run or round(run[-1].top) == round(w.top)):
            run.append(w)
            continue
        if len(run) >= LEADER_DOTS:
            drop.update(id(x) for x in run)
        run = [w] if w is not None and _LEADER_MARK.match(w.text) else []
    return [w for w in out if id(w) not in drop]


def _icon_bullets(raw: list[dict], words: list[Word]) -> list[Word]:
    """List bullets printed as one glyph of an icon font (:data:`_ICON_FONT`, dropped as text),
    as "•" words on the line they mark: a glyph no wider than a letter that opens its line (no
    word level with it to its left) with a word level with it just right of it, and that hangs:
    the next line below starts where the text after it starts, as a bulleted item's second line
    does. An icon inside a line ("Paris <icon> dates"), alone, or at the text's own edge (AltaCV's
    "<icon> 2021  <icon> Ann Lee" line under a title that starts where the icon does) stays no
    word."""
    out = []
    for r in raw:
        if not _ICON_FONT.search(r.get("fontname", "").split("+")[-1]) or not r.get("upright", True) \
                or len(r["text"]) != 1:
            continue
        x0, x1, top, bottom = (float(r[k]) for k in ("x0", "x1", "top", "bottom"))
        middle = (top + bottom) / 2
        level = [w for w in words if w.top <= middle <= w.bottom]
        right = [w for w in level if 0 < w.x0 - x1 <= 4 * w.size]
        if not right or x1 - x0 > min(w.size for w in right) or any(w.x1 <= x0 for w in level):
            continue
        w = min(right, key=lambda w: w.x0)
        below = [u for u in words if w.bottom < u.top <= w.bottom + HANGING_LINE_SPACE * w.size
                 and u.x0 >= x0 - w.size]
        if not below or abs(min(u.x0 for u in below) - w.x0) > HANGING_ALIGN * w.size:
            continue
        out.append(Word("•", x0, x1, w.top, w.bottom, w.size, False, False, True))
    return out


# The next line under a bulleted item's first line starts within this many font sizes below it
# (a line pitch is some 1.2 sizes: a wrapped item's second line), and level with the text after
# the bullet to within this share of a font size.
HANGING_LINE_SPACE = 1.5
HANGING_ALIGN = 0.3


def _drawn_bullets(page: Page, words: list[Word], body_size: float) -> list[Word]:
    """List bullets drawn as small shapes rather than printed as a glyph (some word
    processors' PDF export), as "•" words on the line they mark: a dot or square no larger
    than a letter, just left of a line's first word and level with it; an open one, only
    stroked (a second-level bullet "◦" as Pages and Word draw it), as "◦"."""
    shapes = [o for o in (*page.curves, *page.rects) if (o.get("fill") or o.get("stroke"))
              and 1.0 <= o["x1"] - o["x0"] <= 0.7 * body_size and 1.0 <= o["bottom"] - o["top"] <= 0.7 * body_size]
    if not shapes or len(shapes) > 2000:
        return []
    out = []
    for o in shapes:
        middle = (o["top"] + o["bottom"]) / 2
        right = [w for w in words if w.top <= middle <= w.bottom and 0 < w.x0 - o["x1"] <= 4 * w.size]
        if right:
            w = min(right, key=lambda w: w.x0)
            glyph = "•" if o.get("fill") else "◦"
            out.append(Word(glyph, float(o["x0"]), float(o["x1"]), w.top, w.bottom, w.size, False, False, True))
    return out


# A spacing accent set over a letter as a glyph of its own (TeX math's \bar, \tilde, \hat:
# "K̄", "ν̄"), which the word grouping gives as a word apart, a little above the letter's line:
# the combining mark it draws.
_OVER_ACCENT = {"¯": "\u0304", "ˉ": "\u0304", "˜": "\u0303", "ˆ": "\u0302", "˙": "\u0307", "¨": "\u0308",
                "ˇ": "\u030c", "˘": "\u0306", "˚": "\u030a", "´": "\u0301", "`": "\u0300"}


def _accents_on_letters(raw: list[dict]) -> list[dict]:
    """The page's words (pdfplumber's, with their characters) with each word that is one
    accent of :data:`_OVER_ACCENT` alone put on the letter it is drawn over, as a combining
    mark after it: the letter whose box holds the accent's middle (the two overlap: no
    accent is printed beside a letter so), on the accent's line or less than a line below
    it. An accent over no letter stays a word."""
    accents = [k for k, r in enumerate(raw) if r["text"] in _OVER_ACCENT]
    if not accents:
        return raw
    placed = set()
    for k in accents:
        a = raw[k]
        middle = (a["x0"] + a["x1"]) / 2
        for r in raw:
            if r["text"] in _OVER_ACCENT or not a["top"] - 1 <= r["top"] < a["top"] + float(r.get("size", 0.0)):
                continue
            chars = r.get("chars") or []
            offset = 0
            for c in chars:
                offset += len(c["text"])
                if c["x0"] <= middle <= c["x1"] and c["text"].isalpha():
                    text = r["text"][:offset] + _OVER_ACCENT[a["text"]] + r["text"][offset:]
                    r["text"] = unicodedata.normalize("NFC", text)
                    placed.add(k)
                    break
            if k in placed:
                break
    return [r for k, r in enumerate(raw) if k not in placed]


# Characters that print nothing and part no words: the zero-width space, the word joiner and the
# byte-order mark (a word processor's export scatters them through the text layer, often in a
# fallback font of their own). A word of nothing else is no word; inside a word they are dropped.
_INVISIBLE = str.maketrans("", "", "\u200b\u2060\ufeff")
BASELINE_GAP = 0.05  # two glyphs' baselines (their text matrix's y) agree within this many points


def _on_their_baselines(raw: list[dict]) -> list[dict]:
    """The page's words with each one moved to the line whose baseline it is printed on: a
    word set on the same baseline (the same text matrix but for x) as words of the same size
    in another font takes their top and bottom when its own font's box stands off them by
    less than its size (a font without a bounding box, a fallback font for one glyph: "…"
    in a font of its own, boxed half a line below the names around it, became a line of
    its own). The words of most characters on a baseline set its box."""
    keys: dict[int, tuple] = {}
    for k, r in enumerate(raw):
        chars = r.get("chars") or []
        m = chars[0].get("matrix") if chars else None
        if m and len(m) == 6:
            keys[k] = (round(m[0], 3), round(m[1], 3), round(m[2], 3), round(m[3], 3),
                       round(m[5] / BASELINE_GAP), round(float(r.get("size", 0.0)), 1))
    if len(set(keys.values())) == len(keys):
        return raw
    boxes: dict[tuple, Counter] = {}
    for k, key in keys.items():
        r = raw[k]
        boxes.setdefault(key, Counter())[(round(r["top"], 1), round(r["bottom"], 1))] += len(r["text"])
    out = []
    for k, r in enumerate(raw):
        key = keys.get(k)
        if key is not None and len(boxes[key]) > 1:
            top, bottom = boxes[key].most_common(1)[0][0]
            size = float(r.get("size", 0.0))
            if abs(r["top"] - top) > 0.5 and abs(r["top"] - top) < size:
                r = dict(r, top=top, bottom=bottom)
        out.append(r)
    return out


def _accent_after_its_letter(raw: dict) -> str:
    """The word's text with each spacing accent that comes after the letter it is drawn over
    ("Blitvic´": the accent's middle inside the c's box; TeX sets the accent over the letter
    and the text layer may give it second) put before that letter, where
    :func:`normalizers.text.compose_accents` looks for it ("Blitvi´c" -> "Blitvić"). An
    accent over no letter of the word stays where it is."""
    chars = raw.get("chars") or []
    if len(chars) < 2 or "".join(c["text"] for c in chars) != raw["text"]:
        return raw["text"]
    texts = [c["text"] for c in chars]
    for k in range(1, len(chars)):
        a, letter = chars[k], chars[k - 1]
        if a["text"] in _OVER_ACCENT and letter["text"].isalpha() \
                and letter["x0"] <= (float(a["x0"]) + float(a["x1"])) / 2 <= letter["x1"]:
            texts[k - 1], texts[k] = texts[k], texts[k - 1]
    return "".join(texts)


def _word(raw: dict) -> Word | None:
    font = raw.get("fontname", "").split("+")[-1]
    if _ICON_FONT.search(font):
        return None  # an icon, not text (see _ICON_FONT)
    text = raw["text"]
    if not text.isascii():
        text = text.translate(_INVISIBLE)
    if not text.isascii() and any(ch in _OVER_ACCENT for ch in text[1:]):
        text = _accent_after_its_letter(raw)
    if "(cid:" in text and _TEX_SYMBOL_FONT.search(font):  # "(cid:48)" in cmsy8: a prime (_OMS_SLOTS)
        text = _CID.sub(lambda m: _OMS_SLOTS.get(int(m.group(0)[5:-1]), ""), text)
    text = _CID.sub("", text).strip()
    if not text.isascii():  # "E" + U+0301 as two glyphs -> "É"; a spacing accent onto its letter
        text = _plain_letters(compose_accents(text))
    if not text:
        return None
    return Word(text, float(raw["x0"]), float(raw["x1"]), float(raw["top"]), float(raw["bottom"]),
                round(float(raw.get("size", 0.0)), 1), bool(_BOLD_FONT.search(font)),
                bool(_ITALIC_FONT.search(font)), True)


# Unicode's hyphen (U+2010) and non-breaking hyphen (U+2011), which some TeX engines and word
# processors put in the text layer for every hyphen: the hyphen-minus every reader rule knows
# (a word broken at a line's end, "Es‑" / "timation"; "Al‑Tawaha")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
# Unicode's Mathematical Alphanumeric Symbols (U+1D400-U+1D7FF): TeX's math-italic letters in a
# title ("𝜏 Boötis") are the letters themselves (their compatibility form, "τ")
_MATH_LETTER = re.compile("[\U0001D400-\U0001D7FF]")


def _plain_letters(text: str) -> str:
    """``text`` with Unicode's hyphens as the hyphen-minus and math letters as plain letters."""
    text = text.translate(_HYPHENS)
    if _MATH_LETTER.search(text):
        text = _MATH_LETTER.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    return text


def _body_size(words: list[Word]) -> float:
    sizes: Counter[float] = Counter()
    for w in words:
        sizes[round(w.size * 2) / 2] += len(w.text)
    return sizes.most_common(1)[0][0]


def _with_link(word: Word, links: list[tuple[float, float, float, float, str]]) -> Word:
    cx, cy = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
    for x0, top, x1, bottom, uri in links:
        if x0 - 1 <= cx <= x1 + 1 and top - 1 <= cy <= bottom + 1:
            return Word(word.text, word.x0, word.x1, word.top, word.bottom, word.size, word.bold,
                        word.italic, word.space_before, uri)
    return word


def _line_links(line: Line, links: list[tuple[float, float, float, float, str]]) -> list[str]:
    """The links whose box overlaps the line (a link over an icon has no word under it)."""
    out: list[str] = []
    top, bottom = line.top, line.bottom
    for x0, ltop, x1, lbottom, uri in links:
        cy = (ltop + lbottom) / 2
        if top - 1 <= cy <= bottom + 1 and x1 >= line.x0 - 2 and x0 <= line.x1 + 2 and uri not in out:
            out.append(uri)
    return out


GUTTER_STARTS = 2  # lines beginning at a free band's right end that make it a gutter (a column's first lines)


def _columns(words: list[Word], width: float, grid: list[float]) -> list[list[Word]]:
    """The page's words in reading order groups: one group, or for a two-column page the
    full-width lines above the columns (a name, a heading), the left column, the right
    column, and the full-width lines below them. ``grid`` holds the gutter of the previous
    two-column page: a page that keeps it may have a short second column."""
    if len(words) < 40 and not grid:
        return [words]
    lines = _group_lines(words)
    cells = [c for line in lines for c in _line_cells(line)]
    step = 2.0
    cover = [0] * (int(width / step) + 2)
    for c in cells:
        for b in range(max(0, int(c[0].x0 / step)), min(len(cover) - 1, int(c[-1].x1 / step)) + 1):
            cover[b] += 1
    allowed = max(1, len(lines) // 20)  # a few full-width lines (the name, a heading) may cross it
    lo, hi = int(0.25 * width / step), int(0.75 * width / step)
    bands: list[tuple[int, int]] = []
    start = None
    for b in range(lo, hi + 2):
        free = b <= hi and cover[b] <= allowed
        if free and start is None:
            start = b
        elif not free and start is not None:
            bands.append((start, b))
            start = None
    bands = [band for band in bands if (band[1] - band[0]) * step >= 8]
    frame = None
    if not bands:
        frame = _frame_gutter(words, lines, width)
        if frame is None:
            return _section_columns(words, lines, width)
        bands = [(frame[0] / step, frame[1] / step)]
    # A gutter ends where a column's lines begin. A short second column (a few lines run over
    # from the first) is crossed by too few lines to block the bands inside its own text, and
    # such a band, often the widest, ends where no line begins (at the search's limit): of
    # several bands, those at whose end lines begin are the gutters.
    edged = [band for band in bands
             if sum(1 for c in cells if band[1] * step - 1 <= c[0].x0 <= (band[1] + 1) * step + 1) >= GUTTER_STARTS]
    if edged:
        bands = edged
    kept = [band for band in bands if grid and band[0] * step - 4 <= grid[0] <= band[1] * step + 4]
    best = kept[0] if kept else max(bands, key=lambda band: band[1] - band[0])
    x_lo, x_hi = best[0] * step, best[1] * step
    gutter = (x_lo + x_hi) / 2
    # (between two frames no word crosses the gutter: a line's two sides are the two frames')
    full_ids = set() if frame else {id(w) for line in lines
                                    if any(c[0].x0 < x_lo and c[-1].x1 > x_hi for c in _line_cells(line)) for w in line}
    left = [w for w in words if id(w) not in full_ids and w.x1 <= gutter]
    right = [w for w in words if id(w) not in full_ids and w.x1 > gutter]
    if _label_margin(left, right):  # a form's labels ("Title:", "Authors:") beside their values
        return _section_columns(words, lines, width)
    chars = sum(len(w.text) for w in words)
    share = min(sum(len(w.text) for w in left), sum(len(w.text) for w in right)) / max(1, chars)
    same_grid = bool(grid) and x_lo - 4 <= grid[0] <= x_hi + 4
    narrow, wide = sorted((left, right), key=lambda ws: sum(len(w.text) for w in ws))
    if not (share >= 0.3 or (share >= 0.1 and _left_aligned(right) and not _sparse_cells(right, left))
            or (share >= 0.02 and same_grid)
            or (share >= 0.02 and narrow is right and _short_column(right)) or _sidebar(narrow, wide)):
        # right-aligned dates or a few short lines are not a second column; a section may still
        # hold two of its own
        return _section_columns(words, lines, width)
    grid[:] = [gutter]
    full = [w for w in words if id(w) in full_ids]
    # the columns begin where both have begun: a full-width line below a name that stands in
    # the left column's place ("Ann Lee" / "Dept. of Physics | ann@example.edu") is above them
    columns_top = max(min((w.top for w in side), default=0.0) for side in (left, right))
    above = [w for w in full if w.bottom <= columns_top + 1]
    below = [w for w in full if w.bottom > columns_top + 1]
    return [g for g in (above, left, right, below) if g]


FRAME_ROWS = 6  # printed lines with words both sides of a narrow gutter, to tell two frames
FRAME_MISALIGNED = 0.5  # ... most of them with the two sides' baselines apart by BASELINE_APART points
BASELINE_APART = 1.0


def _frame_gutter(words: list[Word], lines: list[list[Word]], width: float) -> tuple[float, float] | None:
    """(left, right) x of a narrow gutter (narrower than a typeset page's columns leave, a few
    points) between two text frames set side by side, as a word processor exports them: an
    x band of the page's middle half that no word crosses, with lines beginning at its right
    end (:data:`GUTTER_STARTS`), and text both sides of it on :data:`FRAME_ROWS` printed lines
    at least, most of which (:data:`FRAME_MISALIGNED`) hold the two sides at baselines apart:
    two text flows of their own line pitch, never one column's words (a column's line holds
    one baseline). None when there is none."""
    cover = [0] * (int(width) + 2)
    for w in words:
        for b in range(max(0, int(w.x0)), min(len(cover) - 1, int(w.x1)) + 1):
            cover[b] += 1
    lo, hi = int(0.25 * width), int(0.75 * width)
    best: tuple[int, tuple[float, float]] | None = None
    b = lo
    while b <= hi:
        if cover[b]:
            b += 1
            continue
        a = b
        while b <= hi and not cover[b]:
            b += 1
        x_lo, x_hi = float(a), float(b)
        starts = sum(1 for ln in lines for k, w in enumerate(ln)
                     if x_hi <= w.x0 <= x_hi + 2.0 and (k == 0 or ln[k - 1].x1 <= x_lo))
        both = [ln for ln in lines if any(w.x1 <= x_lo for w in ln) and any(w.x0 >= x_hi for w in ln)]
        apart = sum(abs(max(w.bottom for w in ln if w.x1 <= x_lo) - max(w.bottom for w in ln if w.x0 >= x_hi))
                    > BASELINE_APART for ln in both)
        if starts >= GUTTER_STARTS and len(both) >= FRAME_ROWS and apart >= FRAME_MISALIGNED * len(both) \
                and (best is None or len(both) > best[0]):
            best = (len(both), (x_lo, x_hi))
    return best[1] if best else None


SECTION_COLUMN_ROWS = 6  # lines with text both sides of one free band: two columns inside a section
SECTION_COLUMN_CELLS = 0.8  # this share of those lines hold one run of text each side (no table's cells)
SECTION_COLUMN_PROSE = 0.5  # and this share of each side's lines run on as text (PROSE_WORDS words)


def _section_columns(words: list[Word], lines: list[list[Word]], width: float) -> list[list[Word]]:
    """The page's words in reading order groups when a stretch of it (a section under a
    full-width heading, LaTeX's ``multicol`` inside a section) is set in two columns that
    the page as a whole is not: the lines above the stretch, its left column, its right
    column, the lines below. A stretch is a run of successive lines that all leave one band
    of the page's middle half free (:data:`SECTION_COLUMN_ROWS` at least with text both
    sides of it); its sides must read as text columns, each line one run of text
    (:data:`SECTION_COLUMN_CELLS`), most running on as prose (:data:`SECTION_COLUMN_PROSE`),
    which no table's cells, dates or labels beside the text do. Else the page is one group."""
    step = 2.0
    lo, hi = int(0.25 * width / step), int(0.75 * width / step)
    need = int(8 / step)  # the narrowest gutter, as for a page's columns

    def free(line: list[Word]) -> set[int]:
        taken = set()
        for c in _line_cells(line):
            taken.update(range(int(c[0].x0 / step), int(c[-1].x1 / step) + 1))
        return {b for b in range(lo, hi + 1) if b not in taken}

    def widest(bins: set[int]) -> tuple[int, int] | None:
        best, run = None, []
        for b in sorted(bins):
            run = run + [b] if run and b == run[-1] + 1 else [b]
            if len(run) >= need and (best is None or len(run) > best[1] - best[0]):
                best = (run[0], run[-1] + 1)
        return best

    def both_sides(line: list[Word], band: tuple[int, int]) -> bool:
        return any(w.x1 <= band[0] * step for w in line) and any(w.x0 >= band[1] * step for w in line)

    runs: list[tuple[int, int, tuple[int, int]]] = []  # (first line, end line, band)
    i = 0
    while i < len(lines):
        common, j, band = free(lines[i]), i, None
        while j < len(lines):
            nxt = common & free(lines[j])
            b = widest(nxt)
            if b is None:
                break
            common, band, j = nxt, b, j + 1
        if band is not None and sum(both_sides(ln, band) for ln in lines[i:j]) >= SECTION_COLUMN_ROWS:
            runs.append((i, j, band))
            i = j
        else:
            i += 1
    if not runs:
        return [words]
    # a word as printed, not as the whole page's line judged its spacing: two columns' lines
    # merged into one page line (a tall heading's band holding two lines of the other column)
    # interleave, and their words lose the space before them
    printed = {(w.x0, w.top, w.text): w for w in words}
    lines = [[printed.get((w.x0, w.top, w.text), w) for w in ln] for ln in lines]
    groups: list[list[Word]] = []
    done = 0
    for first, end, band in runs:
        gutter = (band[0] + band[1]) * step / 2
        part = [w for ln in lines[first:end] for w in ln]
        left = [w for w in part if w.x1 <= gutter]
        right = [w for w in part if w.x1 > gutter]
        if not (_text_column(left) and _text_column(right)) and not _own_baselines(lines[first:end], gutter):
            continue
        groups.append([w for ln in lines[done:first] for w in ln])
        groups += [left, right]
        done = end
    groups.append([w for ln in lines[done:] for w in ln])
    return [g for g in groups if g] if done else [words]


def _own_baselines(lines: list[list[Word]], gutter: float) -> bool:
    """Whether the words either side of ``gutter`` are two text flows of their own line pitch
    (:func:`_frame_gutter`'s test, on a stretch of a page): each side's lines start at one x,
    and of the printed lines holding both sides (:data:`SECTION_COLUMN_ROWS` at least), most
    (:data:`FRAME_MISALIGNED`) hold the two apart at their feet and at their heads. Two narrow columns of a
    printed web page (a short title line, an author line, a DOI) are seldom prose, but their
    lines drift apart as each column wraps its own entries; a table's cells, dates or labels
    beside the text stand level with the line they belong to, or apart from one another
    (:func:`_sparse_cells`: a date set right beside each entry's first line, in its own type)."""
    both = [ln for ln in lines if any(w.x1 <= gutter for w in ln) and any(w.x0 > gutter for w in ln)]
    if len(both) < SECTION_COLUMN_ROWS:
        return False
    words = [w for ln in lines for w in ln]
    left = [w for w in words if w.x1 <= gutter]
    right = [w for w in words if w.x0 > gutter]
    if _sparse_cells(right, left) or _sparse_cells(left, right):
        return False  # one side's lines stand apart, each beside a row of the other: a table's cells
    # apart at the foot and at the head of the line: a cell in a smaller type set level with
    # the line beside it shares its baseline (or, as some writers place text, its top)
    apart = sum(min(abs(max(w.bottom for w in ln if w.x1 <= gutter) - max(w.bottom for w in ln if w.x0 > gutter)),
                    abs(min(w.top for w in ln if w.x1 <= gutter) - min(w.top for w in ln if w.x0 > gutter)))
                > BASELINE_APART for ln in both)
    return apart >= FRAME_MISALIGNED * len(both) and _left_aligned(left) and _left_aligned(right)


def _text_column(words: list[Word]) -> bool:
    """Whether ``words`` read as one side of a section's two columns (see :func:`_section_columns`)."""
    lines = _group_lines(words)
    if len(lines) < SECTION_COLUMN_ROWS or not _left_aligned(words):
        return False
    single = sum(len(_line_cells(ln)) == 1 for ln in lines)
    prose = sum(len(ln) >= PROSE_WORDS for ln in lines)
    return single >= SECTION_COLUMN_CELLS * len(lines) and prose >= SECTION_COLUMN_PROSE * len(lines)


SPARSE_ROWS = 0.5  # a table's right-hand cells: fewer than this share of them follow the one above at the line pitch


def _steps(words: list[Word]) -> list[float]:
    """The distances between the tops of successive lines of ``words`` (a line's parts aside)."""
    tops = sorted({round(ln[0].top, 1) for ln in _group_lines(words)})
    size = _mode(round(w.size) for w in words) or 1.0
    return [b - a for a, b in zip(tops, tops[1:]) if b - a > 0.5 * size]


def _sparse_cells(right: list[Word], left: list[Word]) -> bool:
    """Whether the lines right of a gutter stand apart from one another, each beside a row of
    the text at the left (a table's right-hand column: a venue or a note beside each entry's
    first line, wrapped now and then), not one after another at the left side's line pitch
    as a page's second column runs."""
    steps, left_steps = _steps(right), _steps(left)
    if len(steps) < 3 or not left_steps:
        return False
    pitch = min(left_steps)
    return sum(1 for d in steps if d <= 1.3 * pitch) < SPARSE_ROWS * len(steps)


PROSE_WORDS = 5  # a line of running text (not a date, a label, a number) has this many words at least


def _short_column(words: list[Word]) -> bool:
    """Whether the words right of a gutter are a second column that holds little (the end of a
    list run over from the first column, a last short section): lines that start at one x and
    run on as text, two of them at least of several words, as no column of dates, labels or
    numbers beside the text does."""
    lines = _group_lines(words)
    prose = [ln for ln in lines if len(ln) >= PROSE_WORDS]
    return _left_aligned(words) and len(prose) >= 2


SIDEBAR_LINES = 8  # a sidebar beside the main column has at least this many lines
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _sidebar(narrow: list[Word], wide: list[Word]) -> bool:
    """Whether the narrow side of a gutter is a sidebar (contact, skills, languages beside the
    main column: an AltaCV or awesome-cv variant), a column of its own though it holds few
    words: many left-aligned lines of distinct words, set on a line pitch of their own. A
    margin of labels is none of these: dates or numbers, or the same few words again
    ("Journal article"), each level with the first line of the entry it labels."""
    lines = _group_lines(narrow)
    if len(lines) < SIDEBAR_LINES or not _left_aligned(narrow) or not wide:
        return False
    texts = [join_words(ln) for ln in lines]
    wordy = sum(1 for t in texts if _LONG_WORD.search(t))
    if len(set(texts)) < 0.8 * len(texts) or wordy < 0.7 * len(texts):
        return False
    tops = sorted({round(ln[0].top) for ln in _group_lines(wide)})
    level = sum(1 for ln in lines if any(abs(ln[0].top - t) <= 1.0 for t in tops))
    return level < 0.5 * len(lines)


LABEL_WORDS = 3  # a field's label is this short at most ("Title:", "Date of publication:")
LABEL_LEVEL = 0.8  # this share of a margin's lines are labels, and of those stand level with a line beside them
# a label, after the entry's number where it opens one ("15. Title:")
_FIELD_LABEL = re.compile(rf"(?:\d{{1,3}}[.)]\s+)?[^\W\d_][^\s:]*(?:\s[^\s:]+){{0,{LABEL_WORDS - 1}}}:")


def _label_margin(left: list[Word], right: list[Word]) -> bool:
    """Whether the words left of a gutter are a form's labels, each a word or two ending in a
    colon ("Title:", "Authors:", "Year:") level with the value it names at the right, as an
    institutional CV template sets them in a column of their own: one column of fields, not
    two of text (a page's column of text runs on; its lines do not all end in colons)."""
    lines = _group_lines(left)
    if len(lines) < 3 or not right:
        return False
    labels = [ln for ln in lines if _FIELD_LABEL.fullmatch(join_words(ln).strip())]
    tops = [ln[0].top for ln in _group_lines(right)]
    level = sum(1 for ln in labels if any(abs(ln[0].top - t) <= 1.0 for t in tops))
    # a few other lines may stand there too: a section's short heading, set at the same edge
    return len(labels) >= LABEL_LEVEL * len(lines) and level >= LABEL_LEVEL * len(labels)


def _left_aligned(words: list[Word]) -> bool:
    """Whether most lines of ``words`` start at one x, as a text column's lines do."""
    starts = [round(line[0].x0) for line in _group_lines(words)]
    if len(starts) < 3:
        return False
    common = Counter(starts).most_common(1)[0][0]
    return sum(1 for x in starts if abs(x - common) <= 3) >= 0.5 * len(starts)


def _line_cells(line: list[Word]) -> list[list[Word]]:
    """A line's words split where a gap wider than 1.5 font sizes separates them."""
    cells = [[line[0]]]
    for prev, w in zip(line, line[1:]):
        if w.x0 - prev.x1 > max(8.0, 1.5 * max(w.size, prev.size)):
            cells.append([w])
        else:
            cells[-1].append(w)
    return cells


def _group_lines(words: list[Word]) -> list[list[Word]]:
    """Words -> lines, top to bottom; a superscript joins the line it sits on."""
    lines: list[list[Word]] = []
    bands: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        cy = (w.top + w.bottom) / 2
        for i in range(len(lines) - 1, max(-1, len(lines) - 3), -1):
            top, bottom = bands[i]
            if top - 0.5 <= cy <= bottom + 0.5:
                lines[i].append(w)
                bands[i] = (min(top, w.top), max(bottom, w.bottom)) if w.size >= 0.8 * lines[i][0].size else bands[i]
                break
        else:
            lines.append([w])
            bands.append((w.top, w.bottom))
    lines = _scripts_joined(lines)
    out = []
    for ws in lines:
        ws = _stacked_scripts(sorted(ws, key=lambda w: w.x0))
        spaced = [ws[0]]
        right = ws[0].x1  # the rightmost ink so far: after a stack of scripts, its widest
        for prev, w in zip(ws, ws[1:]):
            gap = w.x0 - right
            # a script beside its base is measured by the base's size, the larger
            small, large = sorted((w.size, prev.size))
            size = large if small < SCRIPT_SIZE * large else small
            space = gap > WORD_GAP * max(1.0, size)
            spaced.append(w if space else dataclasses.replace(w, space_before=False))
            right = max(right, w.x1)
        out.append(_small_caps_joined(_letter_spaced_joined(spaced)))
    return out


# Small capitals as a word processor or TeX fakes them: a word's capital at the text's size,
# its lower-case letters as capitals SMALL_CAPS_SHARE of that size or so, glued to it on the
# same baseline ("P" + "HILOSOPHICAL"). The pieces are one word in the capital's size (read
# as two sizes, the word's end reads as a smaller note, a field of its own).
SMALL_CAPS_SHARE = (0.6, 0.9)  # the smaller capitals' size, as a share of the capital's
BASELINE_SHARE = 0.15  # the pieces' baselines agree within this share of the capital's size


def _small_caps_joined(ws: list[Word]) -> list[Word]:
    out = [ws[0]] if ws else []
    for w in ws[1:]:
        last = out[-1]
        low, high = SMALL_CAPS_SHARE
        if (not w.space_before and _CAPITALS.fullmatch(last.text) and _CAPITALS.fullmatch(w.text)
                and low * last.size <= w.size <= high * last.size
                and abs(w.bottom - last.bottom) <= BASELINE_SHARE * last.size):
            out[-1] = dataclasses.replace(last, text=last.text + w.text, x1=w.x1, bottom=max(last.bottom, w.bottom))
        else:
            out.append(w)
    return out


_CAPITALS = re.compile(r"[^\W\d_a-zß-ÿ]+[.,:;'’]*")  # capitals alone (a stop, comma or colon after them)


LETTER_SPACED_MIN = 4  # a line of this many single letters at least, spaced apart, is letter-spaced text


def _letter_spaced_joined(ws: list[Word]) -> list[Word]:
    """A line set letter-spaced ("J O U R N A L   A R T I C L E S": a heading or a name in
    capitals with the tracking raised, each glyph a word of its own) as its words: the
    letters joined where the gap is the tracking's (the line's narrowest gap, within a word
    gap's width of it), parted where it is wider (a space and the tracking). Any other line,
    or one holding a word of more than one character ("M A R E N T . L E E" is one: its
    stop a character too), is returned as it is."""
    if (not all(len(w.text) == 1 for w in ws) or sum(w.text.isalpha() for w in ws) < LETTER_SPACED_MIN
            or not ws[0].text.isalpha()):
        return ws
    gaps = [w.x0 - prev.x1 for prev, w in zip(ws, ws[1:])]
    tracking = min(gaps)
    out = [ws[0]]
    for gap, w in zip(gaps, ws[1:]):
        if gap > tracking + WORD_GAP * max(w.size, out[-1].size):
            out.append(dataclasses.replace(w, space_before=True))
        else:
            last = out[-1]
            out[-1] = dataclasses.replace(last, text=last.text + w.text, x1=w.x1, top=min(last.top, w.top),
                                          bottom=max(last.bottom, w.bottom))
    return out


SCRIPT_SIZE = 0.8  # a word smaller than this share of the line's type is a super- or subscript


def _stacked_scripts(ws: list[Word]) -> list[Word]:
    """A line's words (left to right) with each stack of scripts put in reading order: a
    superscript and a subscript set one over the other (TeX's ``X_c^+``, ``^{12}_{\\Lambda}C``)
    start at the same place, so their left edges say nothing of their order. Scripts glued
    to the glyph before them (after a base) read subscript first, as such names are written
    ("Λc+", "KS0"); scripts before a base (after a space) read superscript first, as a
    nuclide is ("12ΛC"). A stack is a run of touching words smaller than the line's type
    (:data:`SCRIPT_SIZE`) that holds two on different levels overlapping in width."""
    if len(ws) < 2:
        return ws
    main = Counter(w.size for w in ws).most_common(1)[0][0]
    out: list[Word] = []
    k = 0
    while k < len(ws):
        if ws[k].size >= SCRIPT_SIZE * main:
            out.append(ws[k])
            k += 1
            continue
        j, right = k + 1, ws[k].x1
        while j < len(ws) and ws[j].size < SCRIPT_SIZE * main and ws[j].x0 <= right + WORD_GAP * ws[j].size:
            right = max(right, ws[j].x1)
            j += 1
        group = ws[k:j]
        middles = [(w.top + w.bottom) / 2 for w in group]
        split = (min(middles) + max(middles)) / 2
        upper = [w for w, m in zip(group, middles) if m < split]
        lower = [w for w, m in zip(group, middles) if m >= split]
        if upper and any(u.x0 < v.x1 and v.x0 < u.x1 for u in upper for v in lower):
            after_base = bool(out) and ws[k].x0 - out[-1].x1 <= WORD_GAP * main
            group = lower + upper if after_base else upper + lower
        out.extend(group)
        k = j
    return out


def _scripts_joined(lines: list[list[Word]]) -> list[list[Word]]:
    """Lines (top to bottom) with a line of superscripts alone joined to the line below it
    when it sits on that line (its bottom below the other's top) in larger type: a raised
    glyph that comes first from the top ("R(D∗)") opens a band of its own that the line's
    words, lower, do not fall in."""
    out: list[list[Word]] = []
    k = 0
    while k < len(lines):
        ws = lines[k]
        if k + 1 < len(lines):
            below = lines[k + 1]
            size = max(w.size for w in below)
            if max(w.size for w in ws) < SCRIPT_SIZE * size and max(w.bottom for w in ws) > min(w.top for w in below):
                out.append(ws + below)
                k += 2
                continue
        out.append(ws)
        k += 1
    return out



# a line repeated at one height in a page's margin zone (MARGIN_ZONE) but not its outer 6% is
# a running head or foot when it has this many words at least (an address in a template's
# footer); a shorter one there may be an entry's last line ("2021.") that recurs by chance
RUNNING_WORDS = 4
# ... and stands this many of its font sizes clear of the page's other lines (a form's field
# line, "Type of publication: Journal article", recurs at one height too, at the line pitch)
RUNNING_CLEAR = 1.5


def _running_text(line: Line, height: float, running: Counter[str], clear: float = 0.0) -> bool:
    """Page numbers, and lines repeated in the top or bottom margin of several pages."""
    if MARGIN_ZONE * height < line.top and line.bottom < (1 - MARGIN_ZONE) * height:
        return False
    text = line.text.strip()
    if _PAGE_NUMBER.search(text) and len(text.split()) <= 8 and not _YEAR_ALONE.fullmatch(text):
        return True  # (a year alone is a sub-heading at a page's top: no CV runs to page 1900)
    if _folio_beside_text(line):
        return True
    if len(text.split()) > 12:
        return False
    if 0.06 * height < line.top and line.bottom < 0.94 * height \
            and (len(text.split()) < RUNNING_WORDS or clear < RUNNING_CLEAR):
        return False  # (between the page's outer 6% and its margin zone, only a line of several words set apart)
    key = f"{round(line.top / 3)}:{_DIGITS.sub('#', text.lower())}"  # same text at the same height
    running[key] += 1
    return running[key] > 1


FOLIO_GAP = 2.0  # a folio stands at least this many font sizes clear of the running head's text


def _folio_beside_text(line: Line) -> bool:
    """A running head that carries the page's own number, set apart at its end ("Ann Lee,
    CV        2"): on the first page it recurs on, it has not yet been seen twice. The number
    must be this page's and stand well clear of a short text, which an entry's line
    ("... vol. 2") is not."""
    words = line.words
    if len(words) < 2 or len(words) > FOLIO_LINE_WORDS:
        return False
    for k in range(1, min(4, len(words) - 1) + 1):  # "2", "2/5", "Page 2", "Page 2 of 5"
        folio = _FOLIO.fullmatch(join_words(words[-k:]).strip())
        if folio and folio.group(1) == str(line.page) and words[-k].x0 - words[-k - 1].x1 >= FOLIO_GAP * words[-k].size:
            return True
    return False


FOLIO_LINE_WORDS = 12  # a running head with its folio is this short at most ("Ann B. Lee — Curriculum Vitae   Page 2 of 5")
_FOLIO = re.compile(r"(?:page\s+)?(\d{1,4})(?:\s*(?:/|of)\s*\d{1,4})?", re.I)


def _mode(values) -> float:
    counts = Counter(values)
    return max(counts.items(), key=lambda kv: (kv[1], -kv[0]))[0] if counts else 0.0


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


__all__ = ["Line", "PdfStats", "Word", "join_words", "open_pdf", "read_lines"]
