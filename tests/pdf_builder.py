"""PDFs written at test time with pypdfium2 (installed with pdfplumber, which needs it).

``cv_pdf`` lays out a CV written in the project's text CV format the way a word processor
would: headings in bold, entries with their ``[N]`` in the margin and a hanging indent,
``**bold**`` and ``*italic*`` runs in bold and italic fonts, ``[label](url)`` as a link,
lines wrapped to the column, entries running on across columns and pages, and a running
footer. ``PdfWriter`` is the small drawing surface underneath, also used for image-only and
other odd PDFs.
"""

from __future__ import annotations

import ctypes
import io
import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

_FONTS = {(False, False): b"Times-Roman", (True, False): b"Times-Bold",
          (False, True): b"Times-Italic", (True, True): b"Times-BoldItalic"}


class PdfWriter:
    """Pages of text in the standard Times fonts, link annotations and grey images.
    Coordinates are from the top-left corner, like pdfplumber's."""

    def __init__(self, width: float = 612, height: float = 792):
        self.doc = pdfium.PdfDocument.new()
        self.width, self.height = width, height
        self.page = None
        self._fonts: dict[tuple[bool, bool], object] = {}
        self._widths: dict[tuple[str, float, bool, bool], float] = {}

    def new_page(self) -> None:
        self._finish_page()
        self.page = self.doc.new_page(self.width, self.height)

    def _font(self, bold: bool, italic: bool):
        key = (bold, italic)
        if key not in self._fonts:
            self._fonts[key] = pdfium_c.FPDFText_LoadStandardFont(self.doc.raw, _FONTS[key])
        return self._fonts[key]

    def _text_object(self, s: str, size: float, bold: bool, italic: bool):
        obj = pdfium_c.FPDFPageObj_CreateTextObj(self.doc.raw, self._font(bold, italic), ctypes.c_float(size))
        encoded = (s + "\0").encode("utf-16-le")
        pdfium_c.FPDFText_SetText(obj, ctypes.cast(ctypes.c_char_p(encoded), ctypes.POINTER(ctypes.c_ushort)))
        return obj

    def measure(self, s: str, size: float, bold: bool = False, italic: bool = False) -> float:
        key = (s, size, bold, italic)
        if key not in self._widths:
            obj = self._text_object(s.replace(" ", "\u00a0"), size, bold, italic)
            left, bottom, right, top = (ctypes.c_float() for _ in range(4))
            pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
            pdfium_c.FPDFPageObj_Destroy(obj)
            self._widths[key] = right.value - left.value
        return self._widths[key]

    def text(self, x: float, top: float, s: str, size: float = 10, bold: bool = False, italic: bool = False) -> float:
        """Draw ``s`` with its top at ``top``; returns its width."""
        obj = self._text_object(s, size, bold, italic)
        pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, self.height - top - 0.8 * size)
        pdfium_c.FPDFPage_InsertObject(self.page.raw, obj)
        return self.measure(s, size, bold, italic)

    def link(self, x0: float, top: float, x1: float, bottom: float, uri: str) -> None:
        annot = pdfium_c.FPDFPage_CreateAnnot(self.page.raw, pdfium_c.FPDF_ANNOT_LINK)
        pdfium_c.FPDFAnnot_SetRect(annot, pdfium_c.FS_RECTF(x0, self.height - top, x1, self.height - bottom))
        pdfium_c.FPDFAnnot_SetURI(annot, uri.encode("ascii"))
        pdfium_c.FPDFPage_CloseAnnot(annot)

    def image(self, x: float, top: float, w: int, h: int) -> None:
        """A grey raster image (what a scanner produces), with no text."""
        bitmap = pdfium.PdfBitmap.new_native(w, h, pdfium_c.FPDFBitmap_BGR)
        bitmap.fill_rect((200, 200, 200, 255), 0, 0, w, h)
        img = pdfium_c.FPDFPageObj_NewImageObj(self.doc.raw)
        pdfium_c.FPDFImageObj_SetBitmap(None, 0, img, bitmap.raw)
        pdfium_c.FPDFImageObj_SetMatrix(img, w, 0, 0, h, x, self.height - top - h)
        pdfium_c.FPDFPage_InsertObject(self.page.raw, img)

    def _finish_page(self) -> None:
        if self.page is not None:
            pdfium_c.FPDFPage_GenerateContent(self.page.raw)
            self.page = None

    def to_bytes(self) -> bytes:
        self._finish_page()
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


@dataclass
class _Word:
    text: str
    bold: bool
    italic: bool
    space_before: bool
    link: str | None = None


_RUN = re.compile(r"\*\*(?P<b>.+?)\*\*"  # **bold**
                  r"|(?<![\w*])\*(?!\s)(?P<i>.+?)(?<![\s*])\*(?![*\w])"  # *italic*
                  r"|\[(?P<l>[^\]]*)\]\((?P<u>[^)]*)\)")  # [label](url)


def styled_words(markdown: str) -> list[_Word]:
    """``Ann Lee, **Bo Chen***. *A Title*. [code](url)`` -> words with their style."""
    words: list[_Word] = []
    pos = 0
    spaced = True  # whether the next word follows a space

    def add(text: str, bold=False, italic=False, link=None):
        nonlocal spaced
        for piece in re.split(r"(\s+)", text):
            if piece.isspace():
                spaced = True
            elif piece:
                words.append(_Word(piece, bold, italic, spaced, link))
                spaced = False

    for m in _RUN.finditer(markdown):
        add(markdown[pos:m.start()])
        if m.group("b") is not None:
            add(m.group("b"), bold=True)
        elif m.group("i") is not None:
            add(m.group("i"), italic=True)
        else:
            add(f"[{m.group('l')}]", link=m.group("u"))
        pos = m.end()
    add(markdown[pos:])
    return words


class _Layout:
    """Flows words into lines, columns and pages."""

    def __init__(self, pdf: PdfWriter, columns: int, margin: float, footer: str | None):
        self.pdf, self.columns, self.margin, self.footer = pdf, columns, margin, footer
        self.gutter = 24.0
        self.col_width = (pdf.width - 2 * margin - (columns - 1) * self.gutter) / columns
        self.col = 0
        self.pages = 0
        self.y = self.top = 0.0
        self._page()

    def _page(self) -> None:
        self.pdf.new_page()
        self.pages += 1
        self.col, self.y = 0, self.margin
        self.top = self.margin  # where the columns start on this page
        if self.footer:
            self.pdf.text(self.margin, self.pdf.height - 28, f"{self.footer} - page {self.pages}", 8)

    def start_columns(self) -> None:
        """The columns begin below what is on the page so far (the name at the top)."""
        self.top = self.y

    def left(self) -> float:
        return self.margin + self.col * (self.col_width + self.gutter)

    def need(self, height: float) -> None:
        if self.y + height > self.pdf.height - self.margin:
            if self.col + 1 < self.columns:
                self.col, self.y = self.col + 1, self.top
            else:
                self._page()

    def line(self, text: str, size: float, bold: bool = False, gap: float = 0.0) -> None:
        self.y += gap
        self.need(size * 1.3)
        self.pdf.text(self.left(), self.y, text, size, bold)
        self.y += size * 1.3

    def paragraph(self, words: list[_Word], size: float, marker: str | None, indent: float, gap: float) -> None:
        self.y += gap
        self.need(size * 1.3)
        x0 = self.left()
        if marker:
            self.pdf.text(x0, self.y, marker, size)
        x = x0 + indent
        space = self.pdf.measure(" ", size)
        first_in_line = True
        for w in words:
            width = self.pdf.measure(w.text, size, w.bold, w.italic)
            lead = space if (w.space_before and not first_in_line) else 0.0
            if not first_in_line and x + lead + width > self.left() + self.col_width:
                self.y += size * 1.3
                self.need(size * 1.3)
                x, lead, first_in_line = self.left() + indent, 0.0, True
            x += lead
            self.pdf.text(x, self.y, w.text, size, w.bold, w.italic)
            if w.link:
                self.pdf.link(x, self.y - 1, x + width, self.y + size + 1, w.link)
            x += width
            first_in_line = False
        self.y += size * 1.3


_ENTRY = re.compile(r"^\s*-\s*\[(?P<n>[A-Za-z]?\d{1,4})\]\s*(?P<body>.*)$")


def cv_pdf(text_cv: str, *, page_height: float = 792, columns: int = 1, footer: str | None = None,
           body_size: float = 10) -> bytes:
    """The CV ``text_cv`` (in the text CV format) as a PDF."""
    pdf = PdfWriter(612, page_height)
    layout = _Layout(pdf, columns, 56, footer)
    lines = text_cv.splitlines()
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        entry = _ENTRY.match(line)
        if i == 0:
            layout.line(line, 18, bold=True)
            layout.start_columns()
        elif entry:
            layout.paragraph(styled_words(entry.group("body")), body_size, f"[{entry.group('n')}]", 24, 3)
        elif line.startswith("- "):
            layout.paragraph(styled_words(line[2:]), body_size, "–", 12, 1)  # pdfium writes "•" unreadably
        elif line.isupper():
            layout.line(line, 13, bold=True, gap=8)
        elif len(line.split()) <= 8 and not line.endswith("."):
            layout.line(line, 11, bold=True, gap=5)
        else:
            layout.paragraph(styled_words(line), body_size, None, 0, 2)
    return pdf.to_bytes()


def hanging_indent_pdf(heading: str, entries: list[str], size: float = 10) -> bytes:
    """A publication list with no numbers or bullets: each entry's first line starts at the
    margin, its other lines are indented."""
    pdf = PdfWriter(612, 792)
    pdf.new_page()
    pdf.text(56, 56, "Jo Example", 18, bold=True)
    pdf.text(56, 90, heading, 13, bold=True)
    y, right = 112.0, 556.0
    space = pdf.measure(" ", size)
    for entry in entries:
        x, first = 56.0, True
        for w in styled_words(entry):
            width = pdf.measure(w.text, size, w.bold, w.italic)
            lead = space if (w.space_before and not first) else 0.0
            if not first and x + lead + width > right:
                y += size * 1.3
                x, lead = 74.0, 0.0
            pdf.text(x + lead, y, w.text, size, w.bold, w.italic)
            x += lead + width
            first = False
        y += size * 1.3 + 4
    return pdf.to_bytes()


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(text: str, user_password: str, owner_password: str = "owner") -> bytes:
    """A one-page PDF encrypted with the standard security handler (revision 2, 40-bit RC4):
    it opens only with ``user_password``."""
    import hashlib

    def md5(*parts: bytes) -> bytes:
        return hashlib.md5(b"".join(parts)).digest()

    def pad(pw: str) -> bytes:
        return (pw.encode("latin-1") + _PAD)[:32]

    doc_id = md5(text.encode())
    permissions = (-4).to_bytes(4, "little", signed=True)
    owner_entry = _rc4(md5(pad(owner_password))[:5], pad(user_password))
    key = md5(pad(user_password), owner_entry, permissions, doc_id)[:5]
    user_entry = _rc4(key, _PAD)

    def encrypt(num: int, data: bytes) -> bytes:
        return _rc4(md5(key, num.to_bytes(3, "little"), (0).to_bytes(2, "little"))[:10], data)

    content = encrypt(4, f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <" + owner_entry.hex().encode()
        + b"> /U <" + user_entry.hex().encode() + b"> >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for num, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{num} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<{doc_id.hex()}> "
            f"<{doc_id.hex()}>] >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)
