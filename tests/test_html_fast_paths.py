"""The HTML and markdown page readers' shortcuts give what the plain forms give: the cached
answers of pure functions equal the uncached ones (and callers get lists of their own), and the
shortcut round markdown-it's link normalization returns what markdown-it returns, on the
real pages of ../shared and on generated text. Speed is measured by benchmarks/, never here;
``python -m benchmarks.same_records BEFORE AFTER`` compares two checkouts' whole output."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree
from markdown_it.common.normalize_url import normalizeLink

from extractors import entry_quality, html_publications, markdown_inline, markdown_page

from .conftest import EXTERNAL, make_doc


def _pages() -> list[str]:
    sites = EXTERNAL / "sites"
    paths = sorted(sites.rglob("*.htm*")) + sorted(sites.rglob("*.md")) + sorted((EXTERNAL / "cvs").rglob("*.html")) \
        if EXTERNAL.is_dir() else []
    return [p.read_text(encoding="utf-8", errors="replace") for p in paths]


PAGES = _pages()
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']|\]\(([^)\s]+)\)""", re.IGNORECASE)
REAL_URLS = sorted({a or b for page in PAGES for a, b in _HREF.findall(page)})

# URLs near the shortcut's edge: case, ports, user info, escapes, brackets, spaces, non-ASCII,
# labels and hosts past their limits
_URL_CHARS = st.sampled_from(list("aZ09.-_~:/?#[]@!$&'()*+,;=% \"<>\\^`{|}") + ["é", "ı", "İ", "\u3002", "日"])
_EDGES = ["http://", "https://", "HTTP://", "http:", "//", "mailto:", "ftp://", ""]


@st.composite
def urls(draw) -> str:
    host = draw(st.one_of(st.from_regex(r"[A-Za-z0-9.\-]{0,70}", fullmatch=True),
                          st.text(_URL_CHARS, max_size=12)))
    if draw(st.booleans()):
        host = ".".join([host] * draw(st.integers(1, 5)))  # long hosts, long labels
    return draw(st.sampled_from(_EDGES)) + host + draw(st.text(_URL_CHARS, max_size=30))


def test_normalize_link_equals_markdown_its_on_real_links():
    assert len(REAL_URLS) >= (200 if EXTERNAL.is_dir() else 0)
    for url in REAL_URLS:
        assert markdown_inline.normalize_link(url) == normalizeLink(url), url


@settings(max_examples=3000, deadline=None)
@given(urls())
@example("http://" + "a" * 64 + ".org/x")  # a label longer than a hostname's
@example("http://" + "a." * 128 + "org/x")  # a host longer than 255 characters
@example("http://Ex-Ample.ORG/A%20B?q=(1)#x")
@example("http://@example.org/")  # an empty user: mdurl's format drops the "@"
@example("https://example.org:8080/p")
def test_normalize_link_equals_markdown_its_on_generated_urls(url):
    assert markdown_inline.normalize_link(url) == normalizeLink(url)


def test_the_parser_uses_the_shortcut():
    """(so that the shortcut tested above is the one the readers run)"""
    assert markdown_inline._PARSER.normalizeLink is markdown_inline.normalize_link


def _lines() -> list[str]:
    """Lines of the real pages, and the pieces a reader cuts them into."""
    out = []
    for page in PAGES:
        for line in page.splitlines()[:400]:
            line = re.sub(r"<[^>]+>", " ", line).strip()
            if 3 <= len(line) <= 400:
                out += [line, line[: len(line) // 2], line.split(".")[0]]
    return out


LINES = _lines()


def test_name_line_cached_equals_uncached_and_gives_own_lists():
    assert len(LINES) >= (500 if EXTERNAL.is_dir() else 0)
    for line in LINES + ["Ann Lee, Bo Chen and Cy Roe", "A. Lee et al.", ""]:
        got = markdown_page._name_line(line)
        assert got == markdown_page._name_line_read(line), line
        if got:
            got.append("changed by the caller")
            assert markdown_page._name_line(line) == markdown_page._name_line_read(line), line


_NAMES = st.lists(st.sampled_from(["Ann Lee", "B. Chen", "Lee, A.", "A.", "Cy Roe", "Department of X", ""]), max_size=4)
_TITLES = st.sampled_from(["Deep Learning for Everyone", "Whatever", "Lee, A. and Chen, B.", "In Proc. of X", "et al. Y",
                           "“Why?” The rest", "Sparse Training with", "", None])


@settings(max_examples=500, deadline=None)
@given(_NAMES, _TITLES, st.sampled_from([None, "Nature", "arXiv", "towards X. Conference on Y"]),
       st.sampled_from([None, 2021]), st.sampled_from([None, "Ann Lee"]), st.booleans(), st.booleans())
def test_quality_cached_equals_uncached(authors, title, venue, year, owner, marked, one_word):
    want = entry_quality._quality_read(list(authors), title, venue, year, owner, marked, one_word)
    assert entry_quality.quality(authors, title, venue, year, owner, marked, one_word) == want
    assert entry_quality.quality(authors, title, venue, year, owner, marked, one_word) == want  # (from the cache)


def test_class_match_cached_equals_plain():
    """``_has_class`` answers per distinct class attribute; the plain form asks each name."""
    patterns = [v for v in vars(html_publications).values() if isinstance(v, re.Pattern) and v.pattern.count("|") < 20]
    seen = 0
    for page in PAGES:
        if "<" not in page:
            continue
        root = etree.fromstring(page.encode("utf-8", "surrogatepass") or b"<html/>", etree.HTMLParser())
        if root is None:
            continue
        for el in root.iter():
            if not isinstance(el.tag, str) or el.get("class") is None:
                continue
            seen += 1
            for pattern in patterns:
                assert html_publications._has_class(el, pattern) == any(
                    pattern.search(c) for c in (el.get("class") or "").split()), (el.get("class"), pattern)
    assert seen >= (100 if EXTERNAL.is_dir() else 0)


@settings(max_examples=2000, deadline=None)
@given(st.text(st.sampled_from(list("doiDOIURLhtps/.10 :x") + ["İ", "ı"]), max_size=40))
def test_printed_url_needs_a_colon(line):
    """``markdown_page._clean`` looks for printed URLs and DOIs only in lines with a colon."""
    if ":" not in line:
        assert not markdown_page._PRINTED_URL.search(line)


def test_classed_equals_the_plain_xpath_query():
    """``_classed`` keeps its answers for the last page's elements and asks a faster query;
    any element, of that page or of another tree, gets what the plain XPath query gets."""
    from . import cv_layouts, html_layouts
    from .test_html_layouts import PER_PAGE

    pages = [p for p in PAGES if "<" in p]
    if EXTERNAL.is_dir():
        for layout, cases in sorted(cv_layouts.page_cases(EXTERNAL, html_layouts.LAYOUTS, "html-layouts",
                                                          PER_PAGE).items()):
            owner, entries = cases[0]
            pages.append(html_layouts.render(layout, entries, owner, 0).decode("utf-8"))
    previous = None
    checked = 0
    for page in pages:
        root, _ = html_publications._parsed(page)
        for tree in (root, previous):  # the page kept, and the one before it (not kept any more)
            for el in (tree.iter() if tree is not None else ()):
                if isinstance(el.tag, str):
                    for _ in range(2):  # (asked, then kept)
                        assert html_publications._classed(el) == html_publications._CLASSED(el)
                    checked += 1
        previous = root
    assert checked >= (5000 if EXTERNAL.is_dir() else 0)


def test_no_answer_about_an_earlier_page_is_kept():
    """``_bold_opens_with_titles`` keys its answers by lxml elements, and an element keeps its
    whole tree alive: a long-lived worker must not hold the trees of pages it read before."""
    def page(items: str) -> bytes:
        return f"<html><body><h2>Publications</h2><ul>{items}</ul></body></html>".encode()

    bold = "".join(f"<li><b>{t}</b><br>Ann Lee, Bo Chen. <i>Journal of Things</i>, 2021.</li>"
                   for t in ("Robert Smith", "A study of many things in the sea",
                             "Another long paper about rivers and lakes", "Mapping the deep sea floor with sound"))
    plain = "".join(f"<li>Ann Lee, Bo Chen. {t}. <i>Journal of Things</i>, 2021.</li>"
                    for t in ("A study of many things in the sea", "Another long paper about rivers and lakes"))
    extractor = html_publications.HtmlPublicationsExtractor()
    list(extractor.extract(make_doc(page(bold))))
    assert html_publications._bold_opens_with_titles.cache_info().currsize > 0  # the bold page asked
    list(extractor.extract(make_doc(page(plain))))  # a page that asks nothing about bold openings
    assert html_publications._bold_opens_with_titles.cache_info().currsize == 0
