"""The HTML reader's rules learnt from the eleventh round of generated layouts (wt-html16,
2026-12-07; ``ELEVENTH_ROUND`` in :mod:`tests.test_html_layouts`): each a small made-up page
in the shape that asked for it, and each test fails with its rule taken out.

- an ``<article>``'s own ``<header>`` and ``<footer>`` (one article of a run of them) are part
  of the entry, not the page's banner and footer (Hugo PaperMod's list of posts);
- such a byline's fields parted by middle dots are read a line each, its reading time ("4
  min") dropped;
- a list of names printed surname first whose last name is whole ("..., & Holloway, M. T.")
  has no name left to run on into the title (no reject "its title is a list of names");
- surname-first names run into the title by a reading that took a full stop inside the title
  for the names' end (Nature's style: "Lee, A. B. & Roe, C. Title. Part I. *Venue*") are read
  again with the text up to the emphasised venue as the title, else rejected.
"""

from __future__ import annotations

from scholarlake.extraction import extract_document

from .conftest import make_doc

TITLES = ["Spin waves in thin magnetic films", "Magnon transport in ferrite films", "Domain walls in thin wires"]


def _read(body: str, head: str = "<h1>Publications</h1>"):
    page = f"<html><body>{head}{body}</body></html>"
    return extract_document(make_doc(page.encode(), "https://example.org/p.html"))


def _articles(footer) -> str:
    return "".join(f'<article class="post-entry"><header class="entry-header"><h2>{t}</h2></header>'
                   f'<div class="entry-content"><p>Physical Review B</p></div>'
                   f'<footer class="entry-footer">{footer(i)}</footer>'
                   f'<a class="entry-link" aria-label="post link to {t}" href="https://x.org/{i}"></a></article>'
                   for i, t in enumerate(TITLES))


def test_an_articles_own_header_and_footer_are_its_fields():
    """A run of ``<article>``s, the title in each one's ``<header>`` and the names in its
    ``<footer>``: each article an entry; the page's own footer stays out."""
    body = ("<main>" + _articles(lambda i: "Ann Lee, Bo Chen, Cy Roe") + "</main>"
            '<footer class="footer">&copy; 2025 Ann Lee, Bo Chen and friends. Powered by Hugo.</footer>')
    kind, records, rejects = _read(body)
    assert kind == "html_publications" and not rejects
    assert [(r["title"], r["authors"], r["venue"]) for r in records] == [
        (t, ["Ann Lee", "Bo Chen", "Cy Roe"], "Physical Review B") for t in TITLES]


def test_a_lone_article_keeps_its_header_and_footer_out():
    """A page wrapped in one ``<article>``: its header and footer are the page's (not read)."""
    items = "".join(f"<li>Ann Lee and Bo Chen. {t}. <i>Phys. Rev. B</i>, 2021.</li>" for t in TITLES)
    body = (f"<article><header><h2>Site of Ann Lee and Bo Chen, 2021</h2></header><ul>{items}</ul>"
            "<footer>Posted by Ann Lee, Bo Chen &middot; May 1, 2021</footer></article>")
    _, records, rejects = _read(body)
    assert not rejects
    assert [r["title"] for r in records] == TITLES


def test_a_bylines_dotted_fields_and_reading_time():
    """"May 1, 2021&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Ann Lee, Bo Chen": the date gives the
    year, the reading time is no field, the names are the authors."""
    kind, records, rejects = _read(_articles(lambda i: f"<span title='2021-05-0{i + 1}'>May {i + 1}, 2021</span>"
                                             f"&nbsp;·&nbsp;{i + 2} min&nbsp;·&nbsp;Ann Lee, Bo Chen"))
    assert kind == "html_publications" and not rejects
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        (t, ["Ann Lee", "Bo Chen"], 2021, "Physical Review B") for t in TITLES]


def test_a_whole_surname_first_name_before_the_title_ends_the_names():
    """"Zheng-Johansson, J. &amp; Holloway, M. T. Vacuum structure and potential." (no year
    or quotes between names and title): the title is no run-on of the names, not a reject."""
    items = "".join(f'<div class="csl-entry">Zheng-Johansson, J. &amp; Holloway, M. T. {t}. <em>Phys. Rev. B</em> '
                    f"<strong>3</strong>, 1–9 (2021).</div>" for t in ("Vacuum Structure and Potential",
                                                                      "Spin Waves and Magnons",
                                                                      "Domain Walls and Wires"))
    _, records, rejects = _read(f'<div id="refs" class="references csl-bib-body">{items}</div>')
    assert not rejects
    assert [(r["title"], r["authors"], r["year"]) for r in records] == [
        (t, ["J. Zheng-Johansson", "M. T. Holloway"], 2021)
        for t in ("Vacuum Structure and Potential", "Spin Waves and Magnons", "Domain Walls and Wires")]


def test_surname_first_names_run_into_a_title_with_a_full_stop():
    """"Lee, A. B., Chen, B. &amp; Roe, C. Cofibrations of spaces. Part I. *Venue* (2021).":
    the title is what follows the names up to the italic venue, full stop and all."""
    titles = [f"{t}. Part I" for t in TITLES]
    items = "".join(f'<div class="csl-entry">Lee, A. B., Chen, B. &amp; Roe, C. {t}. <em>Phys. Rev. B</em> '
                    f"<strong>3</strong>, 1–9 (2021).</div>" for t in titles)
    _, records, rejects = _read(f'<div id="refs" class="references csl-bib-body">{items}</div>')
    assert not rejects
    assert [(r["title"], r["authors"], r["year"], r["venue"]) for r in records] == [
        (t, ["A. B. Lee", "B. Chen", "C. Roe"], 2021, "Phys. Rev. B") for t in titles]


def test_names_run_into_a_title_that_cannot_be_marked_are_a_reject():
    """The same names and a title with a full stop inside, the title a link (no plain text
    to mark between the names and the venue): no record with the names in its title and the
    title's end for its names, a reject naming the entry."""
    items = "".join(f'<div class="csl-entry">Lee, A. B., Chen, B. &amp; Roe, C. <a href="https://x.org/{i}">{t}. Part I'
                    f"</a>. <em>Phys. Rev. B</em> 3, 1–9 (2021).</div>" for i, t in enumerate(TITLES))
    _, records, rejects = _read(f'<div id="refs" class="references csl-bib-body">{items}</div>')
    assert not any((r["title"] or "").startswith("Lee, A. B.") or r["authors"] == ["Part I"] for r in records)
    assert len(records) + len(rejects) == 3 and all(r["excerpt"].startswith("Lee, A. B.") for r in rejects)
