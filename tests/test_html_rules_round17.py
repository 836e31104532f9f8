"""The HTML reader's rules of wt-htmlr18 (2026-12-08), learnt from the seventeenth round's four
layouts, studied and moved to the tuned set (see TUNED_LAYOUTS in :mod:`tests.test_html_layouts`):
each a small made-up page or list in the shape that asked for it, each test failing with its rule
taken out.

- a section letter before an entry's number ("C19.", "J3)") and alpha.bst's bracketed keys
  ("[LRH+07]", "[Lee06a]") are the entry's label, not its first words
  (``markdown_blocks.ITEM_LABEL``);
- a typographic ligature written as its compatibility character or a reference to it ("ﬁ",
  "&#xFB01;") is the letters it joins (``html_publications._ligatures_spelled``);
- an element classed as a heading's section number (Org's ``section-number-3``, pandoc's
  ``header-section-number``, TeX4ht's ``titlemark``) is the outline's numbering, no word of the
  heading (``html_publications._section_numbers_dropped``);
- names parted by semicolons end before a sentence parted by commas: a list keeps its separator
  (``markdown_page._names_end``), and a title that is names parted by semicolons, one with an
  initial, is names (``markdown_page._names_with_initials``);
- an affiliation read as a title ("Department of X, Y University") with no year and no venue is
  the owner's name over their department at a CV's head, no paper
  (``html_publications._AFFILIATION_TITLE``).
"""

from __future__ import annotations

from extractors import html_publications as H
from extractors import markdown_blocks, markdown_page
from scholarlake.extraction import extract_document

from .conftest import make_doc

PAPERS = [(["Nia Okafor", "Lukas Brandt"], "Lichen cover on granite tombstones", "Journal of Stone Ecology", 2022),
          (["Lukas Brandt"], "Moss growth along north-facing walls", "Urban Geology Letters", 2021),
          (["Nia Okafor", "Lukas Brandt", "Mei Sato"], "Algae films on wet sandstone", "Stone Conservation Notes", 2019)]


def _read(page: str, name: str = "cv.html"):
    return extract_document(make_doc(page.encode(), f"https://example.org/{name}"))


def _page(body: str, head: str = "") -> str:
    return f"<html><head><title>Publications</title></head><body>{head}<h1>Publications</h1>{body}</body></html>"


def _fields(records) -> list[tuple]:
    return [(r["title"], r["authors"], r["year"], r["venue"]) for r in records]


def _quoted(names: list[str], title: str, venue: str, year: int) -> str:
    people = names[0] if len(names) == 1 else ", ".join(names[:-1]) + (", and " if len(names) > 2 else " and ") + names[-1]
    return f"{people}, &#8220;{title},&#8221; in <i>{venue}</i> ({year}), pp. 1&#8211;9."


def test_a_section_letter_before_the_number_is_a_label():
    """A CV's hand numbers with the section's letter, "C3." and a tab, open each paragraph: the
    label is no part of the names (the entries read, none rejected)."""
    body = "".join(f"<p>C{3 - k}.\t{_quoted(n, t, v, y)}</p>" for k, (n, t, v, y) in enumerate(PAPERS))
    kind, records, rejects = _read(_page("<h2>Conference Papers</h2>" + body))
    assert kind == "html_publications" and not rejects
    assert _fields(records) == [(t, n, y, v) for n, t, v, y in PAPERS]


def test_item_label_pattern():
    for label in ("C19. ", "J3) ", "[LRH+07] ", "[Lee06a] ", "[Kn84] ", "[12] ", "3. "):
        assert markdown_blocks.ITEM_LABEL.match(label + "Ann Lee. Title."), label
    for text in ("COVID19. Title", "C. Lee. Title", "[Lee and Roe] Title", "H2O splitting. Title"):
        assert not markdown_blocks.ITEM_LABEL.match(text), text


def _bibitem(label: str, names: list[str], title: str, venue: str, year: int) -> str:
    people = names[0] if len(names) == 1 else ", ".join(names[:-1]) + (", and " if len(names) > 2 else " and ") + names[-1]
    return (f'<p class="bibitem" ><span class="biblabel">\n  [{label}]<span class="bibsp">&#x00A0;&#x00A0;</span></span>'
            f'<a \n id="X{label}"></a>{people}.\n{title}.\n<span \nclass="cmti-10">{venue}</span>, 3(2):1&#8211;9, {year}.\n</p>')


def test_alpha_keys_are_labels():
    """A LaTeX bibliography in alpha style through TeX4ht: "[OBS19]" before each entry."""
    keys = ["OB22", "Bra21", "OBS19"]
    body = '<div class="thebibliography">' + "".join(_bibitem(k.replace("OBS", "OB+"), n, t, v, y)
                                                     for k, (n, t, v, y) in zip(keys, PAPERS)) + "</div>"
    kind, records, rejects = _read(_page(body))
    assert kind == "html_publications" and not rejects
    assert _fields(records) == [(t, n, y, v) for n, t, v, y in PAPERS]


def test_ligatures_are_spelled():
    assert H._ligatures_spelled("E\ufb00ective \ufb01eld &#xFB02;ow &#64259;x &#xfb04;y") == "Effective field flow ffix ffly"
    assert H._ligatures_spelled("caf&#x00E9; &#xFB07;") == "caf&#x00E9; &#xFB07;"  # (other references stay)
    body = "<ul>" + "".join(f"<li>{', '.join(n)}. {t.replace('fi', '&#xFB01;').replace('fl', '&#xFB02;')}. "
                            f"<i>{v}</i>, {y}.</li>" for n, t, v, y in [(["Ann Lee", "Bo Chen"], "A fine flow of fields",
                                                                          "Fluid Letters", 2020),
                                                                         (["Bo Chen"], "Flat films", "Film Review", 2018)]) + "</ul>"
    kind, records, _ = _read(_page(body))
    assert [r["title"] for r in records] == ["A fine flow of fields", "Flat films"]


def _org_heading(number: str, title: str, names: list[str], venue: str, year: int) -> str:
    return (f'<div class="outline-3"><h3 id="org1"><span class="section-number-3">{number}</span> {title}&#xa0;&#xa0;'
            f'<span class="tag"><span class="journal">journal</span></span></h3><div class="outline-text-3"><p>\n'
            f'{", ".join(names)}<br />\n<i>{venue}</i>, {year}\n</p></div></div>')


def test_section_numbers_are_no_words_of_a_heading():
    """A paper per numbered heading (an Org mode export): the title without "1.2."."""
    body = "".join(_org_heading(f"1.{k + 1}.", t, n, v, y) for k, (n, t, v, y) in enumerate(PAPERS))
    kind, records, _ = _read(_page('<div class="outline-2"><h2><span class="section-number-2">1.</span> Journal '
                                   "Articles</h2>" + body + "</div>"))
    assert [r["title"] for r in records] == [t for _, t, _, _ in PAPERS]
    assert [r["year"] for r in records] == [y for *_, y in PAPERS]


def test_a_number_printed_in_the_heading_text_stays():
    """(guard) A number typed into the heading itself is the heading's: only an element classed as
    a section number is dropped."""
    root, _ = H._parsed('<html><body><h3><span class="section-number-3">2.</span> Results</h3>'
                        '<h3><span class="num">2.</span> Methods</h3><h3>3. Notes</h3></body></html>')
    assert [H._text(h) for h in root.iter("h3")] == ["Results", "2. Methods", "3. Notes"]


def test_semicolon_names_end_before_a_comma_sentence():
    """Names parted by semicolons, then a title of capitalised words parted by commas with a
    serial "and" ("Viscosity, Black Holes, and ..."): the names end at the first full stop
    after them; the title is not read as more names."""
    rows = [("D. T. Lee; A. O. Chen; Cy Roe", "Viscosity, Black Holes, and Quantum Field Theory", "Annual Review of Physics"),
            ("Cy Roe; Robert P. C. de Marrais", "Substructures III: A Bit-String-Driven Theory for Zero-Divisors",
             "Journal of Algebra"),
            ("Ann Lee; Bo Chen; Cy Roe", "Elasticity in two dimensions", "Asymptotic Analysis")]
    body = ("<table><thead><tr><th>Year</th><th>Publication</th></tr></thead><tbody>"
            + "".join(f"<tr><td>{2010 - k}</td><td>{n}. {t}. <em>{v}</em>.</td></tr>" for k, (n, t, v) in enumerate(rows))
            + "</tbody></table>")
    kind, records, rejects = _read(_page(body))
    assert not rejects
    assert _fields(records) == [(t, n.split("; "), 2010 - k, v) for k, (n, t, v) in enumerate(rows)]


def test_names_with_initials_may_be_parted_by_semicolons():
    assert markdown_page._names_with_initials("D. T. Lee; A. O. Chen; Cy Roe")
    assert not markdown_page._names_with_initials("Rivers; Lakes; Seas")  # (no initial: words)


def test_comma_names_still_run_to_their_serial_and():
    """(guard) A list parted by commas runs on past an initial's stop to its serial "and"."""
    end = markdown_page._names_end("Ann Lee, Bo Ya. Chen, and Cy Roe. A title here. *Venue*, 2020.", ["Venue"])
    assert end is not None and "Cy Roe" in "Ann Lee, Bo Ya. Chen, and Cy Roe. A title here."[:end[0]]


def test_an_affiliation_under_the_owners_name_is_no_paper():
    """A CV's head, the owner's name in bold over "Department of X, Y University", above the
    list: no record for it; the papers are read."""
    head = '<div class="center"><p><b>Nia Okafor</b><br />Department of Geology, Example University</p></div>'
    body = "<ol>" + "".join(f"<li>{', '.join(n)}, &#8220;{t},&#8221; <i>{v}</i>, {y}.</li>" for n, t, v, y in PAPERS) + "</ol>"
    kind, records, _ = _read(_page(body, head))
    assert [r["title"] for r in records] == [t for _, t, _, _ in PAPERS]
    assert H._AFFILIATION_TITLE.fullmatch("School of Earth Sciences, Example University, Oslo")
    assert not H._AFFILIATION_TITLE.fullmatch("Department stores and their shoppers")
