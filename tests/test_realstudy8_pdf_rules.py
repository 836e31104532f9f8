"""Rules from studying real-sites batch 8's CV PDFs (wt-realstudy8pdf, issue #21): each test
builds its own small PDF or text (invented names and titles; nothing copied from a document).

1. A glyph printed on a line's baseline belongs to that line even when its font boxes it off
   the baseline (a fallback font without a bounding box: a word processor's "…" or zero-width
   spaces half a line below the words around them).
2. Zero-width spaces, word joiners and byte-order marks print nothing: a word of nothing else
   is no word, and inside a word they are dropped.
"""

from __future__ import annotations

from extractors.base import Draft
from extractors.cv_pdf import CVPdfExtractor
from extractors.pdf_lines import _on_their_baselines, _word, read_lines

from .conftest import make_doc

OWNER = "Mira Tollander"
# (bold first line?, printed lines of one item): invented, APA-like, a date column on the left
ITEMS = [
    ["Tollander, M. K.*, Osei, B.*, Varga, I., Lind, P., Brandt, E. \x02", "(2020). Frost Lines on Stored Survey Maps",
     "as a Record of Storage. Journal of Map Studies, 12, 1-9."],
    ["Osei, B., Tollander, M. K., & Brandt, E. (2019). Drying Rates of", "Wet Paper in Cold Stores. Paper Archives, 4, 20-31."],
    ["Varga, I., Tollander, M. K., & Lind, P. (2018). Mould Spots and",
     "Storage History of Loose Prints. Journal of Map Studies, 10, 5-12."],
]
TITLES = ["Frost Lines on Stored Survey Maps as a Record of Storage", "Drying Rates of Wet Paper in Cold Stores",
          "Mould Spots and Storage History of Loose Prints"]


def _escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _google_docs_like_pdf() -> bytes:
    """A one-page CV as a word processor exports it: Helvetica text, a label column at x=57
    and the text from x=201, and a fallback font (a simple font with no font descriptor, so
    no bounding box) holding the zero-width spaces (code 1) and one "…" (code 2), all on the
    baselines of the lines they belong to. Written by hand: no PDF library prints such a font."""
    ops = ["BT /F1 16 Tf 57 760 Td (Mira Tollander) Tj ET",
           "BT /F3 11 Tf 57 700 Td (Publications) Tj ET"]
    y = 700.0
    for item in ITEMS:
        for k, line in enumerate(item):
            font = "/F3" if k == 0 else "/F1"
            body, _, rest = line.partition("\x02")
            ops.append(f"BT {font} 11 Tf 201 {y:.1f} Td ({_escape(body)}) Tj")
            if "\x02" in line:  # the omission mark in the fallback font, then the text goes on
                ops.append(f"/F2 11 Tf <02> Tj {font} 11 Tf ({_escape(rest)}) Tj")
            ops.append("ET")
            ops.append(f"BT /F2 11 Tf 260 {y:.1f} Td <0101> Tj ET")  # zero-width spaces on this baseline
            y -= 15
        y -= 10
    ops.append("BT /F3 13 Tf 57 400 Td (Teaching) Tj ET")
    ops.append("BT /F1 11 Tf 201 380 Td (Map reading for beginners, a seminar.) Tj ET")
    content = "\n".join(ops).encode("latin-1")
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Fallback def "
            b"1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar <01> <200B> <02> <2026> endbfchar "
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 8 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /FallbackMarks /FirstChar 1 /LastChar 2 "
        b"/Widths [0 1000] /ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_glyphs_boxed_off_their_baseline_join_their_line():
    lines = [ln.text for ln in read_lines(_google_docs_like_pdf(), "mem://cv.pdf")]
    assert not [t for t in lines if not t.strip("\u200b \u2026")], lines  # no line of fallback glyphs alone
    assert any("Tollander, M. K.*" in t and t.endswith("Brandt, E. \u2026") for t in lines), lines
    assert not any("\u200b" in t for t in lines), lines


def test_a_word_processor_cv_with_fallback_glyphs_reads_every_item():
    records = list(CVPdfExtractor().extract(make_doc(_google_docs_like_pdf(), "mem://cv.pdf")))
    drafts = {r.title: r for r in records if isinstance(r, Draft)}
    assert set(TITLES) <= set(drafts), records
    first = drafts[TITLES[0]]
    assert first.year == 2020 and first.venue == "Journal of Map Studies", first
    assert [a.split()[-1].split(",")[0] for a in first.authors][:5] == ["Tollander", "Osei", "Varga", "Lind", "Brandt"], first


def _raw(text: str, top: float, f: float, size: float = 11.0, font: str = "Body") -> dict:
    char = {"text": text, "matrix": (1.0, 0.0, 0.0, 1.0, 50.0, f), "top": top, "bottom": top + size}
    return {"text": text, "x0": 50.0, "x1": 60.0, "top": top, "bottom": top + size, "size": size,
            "fontname": font, "upright": True, "chars": [char]}


def test_a_word_on_a_baseline_takes_the_box_of_the_words_printed_there():
    raw = [_raw("Brandt,", 100.0, 700.0), _raw("Lind,", 100.0, 700.0), _raw("\u2026", 106.5, 700.0, font="Fallback"),
           _raw("Title", 115.0, 685.0)]
    out = _on_their_baselines(raw)
    assert [r["top"] for r in out] == [100.0, 100.0, 100.0, 115.0]
    # a smaller word on the same baseline (a script, small capitals) keeps its own box
    small = [_raw("Brandt,", 100.0, 700.0), _raw("a", 103.0, 700.0, size=8.0)]
    assert [r["top"] for r in _on_their_baselines(small)] == [100.0, 103.0]
    # a word of another baseline keeps its box however near it stands
    near = [_raw("Brandt,", 100.0, 700.0), _raw("x", 106.5, 693.5, font="Fallback")]
    assert [r["top"] for r in _on_their_baselines(near)] == [100.0, 106.5]


def test_zero_width_characters_are_no_text():
    assert _word(_raw("\u200b", 100.0, 700.0)) is None
    assert _word(_raw("\ufeff\u2060", 100.0, 700.0)) is None
    assert _word(_raw("Map\u200bping", 100.0, 700.0)).text == "Mapping"


# ---------------------------------------------------------------- APA entries with marks and statuses

def _parse(text: str):
    from extractors.cv_entries import parse_entry

    return parse_entry(text)


def test_an_omission_mark_after_a_list_comma_ends_no_sentence():
    # "..., Lind, P., ... Brandt, E. (2020). Title." : names left out, not the list's end
    got = _parse("Osei, B., Varga, I., Lind, P., ... Brandt, E. (2020). Frost Lines on Survey Maps. Map Studies, 3, 1-9.")
    assert got.title == "Frost Lines on Survey Maps" and got.year == 2020 and got.venue == "Map Studies", got
    # (a title's own "..." still ends where its stop does)
    got = _parse("Osei, B. (2020). Waiting... For the Thaw. Map Studies.")
    assert got.title.startswith("Waiting"), got


def test_a_star_before_a_comma_marks_a_name_and_opens_no_emphasis():
    got = _parse("Osei, B.*, **Tollander, M. K.***, Varga, I. (2021). Frost Lines on Survey Maps. Map Studies, 3, 1-9.")
    assert got.title == "Frost Lines on Survey Maps" and got.venue == "Map Studies", got
    assert [a.split(",")[0].split()[-1].strip("*") for a in got.authors if len(a.strip(" .*")) > 2][:1] == ["Osei"], got
    # an italic title still reads as one
    got = _parse("Osei, B. (2021). *Frost Lines on Survey Maps*. Map Studies.")
    assert got.title == "Frost Lines on Survey Maps", got


def test_a_status_where_the_date_stands_ends_the_names():
    for status in ("manuscript under review", "in press", "submitted", "in preparation"):
        got = _parse(f"Osei, B., Lind, P., & Brandt, E. for the NORDMAP consortium ({status}). "
                     "Frost Lines on Survey Maps. Map Studies.")
        assert got.title == "Frost Lines on Survey Maps" and got.year is None, (status, got)
        assert not any("(" in a or "consortium" in a for a in got.authors), (status, got)


def test_a_manuscript_status_names_no_venue_and_is_no_part_of_the_title():
    from extractors.cv_pdf_status import without_status

    d = Draft(ordinal=1, title="Frost Lines on Survey Maps (manuscript under review)", authors=["B. Osei"],
              venue="Map Studies", year=2020,
              raw="Osei, B. (2020). Frost Lines on Survey Maps (manuscript under review). Map Studies.")
    got = without_status(d)
    assert got.title == "Frost Lines on Survey Maps" and got.venue is None and got.year == 2020, got
    d = Draft(ordinal=1, title="Frost Lines on Survey Maps", authors=["B. Osei"], venue="Map Studies",
              raw="Osei, B. (manuscript under review). Frost Lines on Survey Maps. Map Studies.")
    assert without_status(d).venue is None
    # an accepted paper keeps its journal
    d = Draft(ordinal=1, title="Frost Lines on Survey Maps", authors=["B. Osei"], venue="Map Studies",
              raw="Osei, B. (in press). Frost Lines on Survey Maps. Map Studies.")
    assert without_status(d).venue == "Map Studies"


# ---------------------------------------------------------------- a LaTeX CV with protruding glyphs and status texts

def test_a_line_protruding_a_point_left_of_its_entry_is_no_text_after_the_list():
    # microtype-style protrusion: a wrapped line opening with "(" starts a point left of the edge
    from .cv_layouts import Writer

    pdf = Writer("Times")
    pdf.new_page()
    pdf.text(60, 60, "Mira Tollander", 20)
    pdf.text(60, 100, "Publications", 13, bold=True)
    items = [("B. Osei, M. Tollander, I. Varga, Frost lines on stored survey maps. Map Studies 12",
              "(3), 101-119 (2021) doi: 10.5555/ms.2021.3"),
             ("M. Tollander, P. Lind, Drying rates of wet paper in cold stores. Paper Archives 4, 20-31",
              "2019 doi: 10.5555/pa.2019.4"),
             ("I. Varga, M. Tollander, Mould spots as a record of storage history. Map Studies 9, 5-12",
              "2018 doi: 10.5555/ms.2018.9")]
    y = 125.0
    for first, second in items:
        pdf.text(60, y, first, 10)
        pdf.text(58.8 if second.startswith("(") else 60, y + 11, second, 10)  # (one item's line protrudes)
        y += 30
    records = list(CVPdfExtractor().extract(make_doc(pdf.to_bytes(), "mem://cv.pdf")))
    # one record per item, each with its wrapped line ("(3), 101-119 (2021)"), none set aside
    assert len(records) == 3, records
    assert all("doi" in (r.raw if isinstance(r, Draft) else r.excerpt) for r in records), records
    assert not any("left of the list" in getattr(r, "reason", "") for r in records), records


def test_a_url_label_goes_with_its_address():
    from extractors.cv_pdf import _without_urls

    text = "A. Lee, “Frost Lines,” 2025. URL: https://arxiv.org/abs/2507.20954, arXiv:2507.20954."
    assert "URL" not in _without_urls(text) and "arXiv:2507.20954" in _without_urls(text)


def test_a_status_naming_the_journal_with_at_or_to_names_no_venue():
    from extractors.cv_pdf_status import without_status

    for raw, venue in (("A. Lee, “Frost Lines,” under review at Map Studies, 2024.", "Map Studies"),
                       ("A. Lee, “Frost Lines,” submitted to Map Studies, 2024.", "Map Studies"),
                       ("A. Lee, “Frost Lines,” in preparation to Map Studies, 2024.", "preparation to Map Studies")):
        got = without_status(Draft(ordinal=1, title="Frost Lines", authors=["A. Lee"], venue=venue, year=2024, raw=raw))
        assert got.venue is None and got.year == 2024, (raw, got)
    kept = Draft(ordinal=1, title="Frost Lines", authors=["A. Lee"], venue="accepted for publication at Map Studies",
                 year=2024, raw="A. Lee, “Frost Lines,” accepted for publication at Map Studies, 2024.")
    assert without_status(kept).venue == "accepted for publication at Map Studies"


def test_a_paper_in_revision_keeps_the_journal_named_after_its_status():
    from extractors.cv_pdf_status import without_status

    d = Draft(ordinal=1, title="Frost Lines on Survey Maps", authors=["B. Osei"], venue="Map Studies",
              raw="Osei, B., & Lind, P. (In revision). Frost Lines on Survey Maps. Map Studies.")
    assert without_status(d).venue == "Map Studies"
