"""One publication as a markdown page with front matter, the way site generators keep them:
academicpages' ``_publications/*.md``, Hugo Academic / Wowchemy / HugoBlox
``content/publication/*/index.md``, Jekyll collections, Quarto ``index.qmd``.

The front matter is read with a real parser: YAML between ``---`` lines (PyYAML's safe
loader) or TOML between ``+++`` lines (tomllib). Fields by the names the generators use:

- title: ``title``;
- authors: an ``authors``/``author`` list or string (HTML and markdown emphasis removed,
  Hugo's ``admin`` and HugoBlox's ``me``, the site owner's placeholders, dropped; Quarto's
  ``- name:`` mappings, a name maybe in ``given``/``family`` parts), else the author part of a
  ``citation`` string (BibTeX-style "Last, First and ..." or APA-style "Last, F., & Last,
  G. (2020)"), else ``coauthors`` (which leaves out the site's owner: the record is then
  marked truncated);
- year: ``year``, ``journal-year``, else ``date`` (never ``publishDate``: Hugo's schedule date);
- venue: ``venue``, ``publication``, ``journal``, ``journal-ref``, ``booktitle`` (without the
  "In" of Hugo's "In *Proceedings ...*");
- kind: ``publication_types``, Hugo Academic's numbers or HugoBlox's CSL type names;
- ``doi``, ``eprint``/``arxiv``, ``paperurl``/``paper_url``/``url_pdf``, ``abstract``/``excerpt``.

The markdown body is not read for entries: it is the page's prose about this one paper.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any, Iterator

from .base import Document, Draft, ExtractError, excerpt
from .author_lists import split_author_list
from .citations import citation_authors

NAME = "markdown_front_matter"
VERSION = 3  # 3: a citation string's names end before a bracketed date with a month, "(October 2010)" (citations._YEAR, wt-htmlr17); 2: 2: HugoBlox CSL publication types and "me", "In *Venue*", Quarto name mappings and
#   citation mapping, a year anywhere in the date, a markdown link's text

_YAML = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_TOML = re.compile(r"\A\ufeff?\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)", re.S)
# Keys that say the page is about a publication; an author list alone does not (a blog
# post has one), an author list with an abstract or a link to a publication does.
_PUBLICATION_KEYS = frozenset({"coauthors", "venue", "publication", "journal", "journal-ref", "citation", "doi",
                               "publication_types", "eprint", "paperurl", "paper_url", "booktitle"})
_AUTHOR_KEYS = frozenset({"authors", "author"})
_TAGS = re.compile(r"<[^>]+>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`+)(?=\S)(.+?)(?<=\S)\1")  # emphasis, and code spans ("`geko`")
# The site owner's placeholder in an author list: Hugo Academic / Wowchemy's "admin", HugoBlox's
# "me" (its templates since 2024: ``content/authors/me``); the page does not give the name.
_OWNER_PLACEHOLDERS = frozenset({"admin", "me"})
# A markdown link or image, "[Ann Lee](https://ann.example)": its text is the value.
_MD_LINK = re.compile(r"!?\[([^\[\]]*)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
_CATEGORIES = {"journal": "journal", "journals": "journal", "article": "journal", "conference": "conference",
               "conferences": "conference", "proceedings": "conference", "preprint": "preprint",
               "preprints": "preprint", "thesis": "thesis", "book": "book", "chapter": "chapter"}
_HUGO_TYPES = {"1": "conference", "2": "journal", "3": "preprint", "4": "report", "5": "book", "6": "chapter",
               "7": "thesis"}
# CSL's item types (CSL 1.0.2 specification, "Appendix III - Types") as record types: HugoBlox's
# ``publication_types`` name them since 2023 (``["article-journal"]``), CSL-JSON and CSL-YAML
# files in ``type``. CSL's "article" is a preprint or working paper, not a journal's article.
CSL_TYPES = {"article-journal": "journal", "article-magazine": "journal", "article-newspaper": "journal",
             "paper-conference": "conference", "article": "preprint", "manuscript": "preprint",
             "report": "report", "book": "book", "chapter": "chapter", "entry-encyclopedia": "chapter",
             "entry-dictionary": "chapter", "thesis": "thesis"}
# A venue written as Hugo Academic's example pages write it, "In *Proceedings of ...*": the "In"
# before the emphasised name is the citation's word, not the venue's (an "In Silico Biology"
# with no emphasis after "In " keeps it).
_IN_BEFORE_EMPHASIS = re.compile(r"^In:?\s+(?=[*_]|<(?:i|em|b|strong)\b)", re.I)


# ``_YAML`` and ``_TOML`` in two parts: the opening line, and the closing line from its line
# end, a literal the regex engine finds by a fast search.
_YAML_OPEN = re.compile(r"\A\ufeff?---[ \t]*\r?\n")
_YAML_CLOSE = re.compile(r"\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)")
_TOML_OPEN = re.compile(r"\A\ufeff?\+\+\+[ \t]*\r?\n")
_TOML_CLOSE = re.compile(r"\n\+\+\+[ \t]*(?:\r?\n|\Z)")


def _block(text: str, opening: re.Pattern, closing: re.Pattern) -> str | None:
    """``group(1)`` of ``_YAML`` (or ``_TOML``) matched on ``text``, or None when it does not
    match. That pattern's lazy ``(.*?)`` tries the closing line at every character until
    it matches, through the whole document when none does (al-folio's BibTeX files begin
    with an empty front matter, "---" twice, which never closes that way); here the first
    closing line end is searched for, and a carriage return just before it is the
    closing's, as the pattern's ``\\r?`` takes it."""
    m = opening.match(text)
    if not m:
        return None
    start = m.end()
    close = closing.search(text, start)
    if not close:
        return None
    end = close.start()
    return text[start:end - 1] if end > start and text[end - 1] == "\r" else text[start:end]


def front_matter(text: str) -> dict | None:
    """The front matter as a mapping, or None when the text has none (or it does not parse)."""
    block = _block(text, _YAML_OPEN, _YAML_CLOSE)
    try:
        if block is not None:
            import yaml

            data = yaml.safe_load(block)
        else:
            block = _block(text, _TOML_OPEN, _TOML_CLOSE)
            if block is None:
                return None
            import tomllib

            data = tomllib.loads(block)
    except Exception:  # YAML and TOML errors of every kind: not front matter we can use
        return None
    if not isinstance(data, dict):
        return None
    return {str(k).lower(): v for k, v in data.items()}  # "arXiv:" and "arxiv:" alike


def looks_like_publication(fm: dict) -> bool:
    if _PUBLICATION_KEYS & set(fm) or fm.get("collection") == "publications":
        return True
    if not _AUTHOR_KEYS & set(fm):
        return False
    if "abstract" in fm:
        return True
    rest = " ".join(str(fm.get(k) or "") for k in ("alias", "aliases", "links", "link", "url", "permalink"))
    return bool(re.search(r"/publications?/|doi\.org/", rest))


def plain(value: Any) -> str:
    """Markup-free text of a front-matter value: HTML tags and entities, markdown links (their
    text), emphasis and code spans."""
    if value is None or isinstance(value, (dict, list)):
        return ""
    text = html.unescape(_TAGS.sub("", str(value)))
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    for _ in range(2):
        text = _EMPHASIS.sub(r"\2", text)
    return re.sub(r"\s+", " ", text).strip().strip("\ufeff").strip()


# Equal-contribution and corresponding-author marks after a name ("Ann Lee*", "Bo Chen†").
NAME_MARKS = re.compile(r"[\\*†‡§¶#^]+$")


def venue_text(value: Any) -> str:
    """A venue's plain text (``plain``) without the "In" that cites it (``_IN_BEFORE_EMPHASIS``)."""
    if isinstance(value, str) and _IN_BEFORE_EMPHASIS.match(value):
        value = _IN_BEFORE_EMPHASIS.sub("", value)
    return plain(value)


def _names(value: Any) -> list[str]:
    """An author list given as a YAML list (of names or of mappings: Quarto's ``- name: ...``,
    whose name may itself be ``given``/``family`` parts) or a comma/"and"-separated string."""
    if isinstance(value, dict):
        value = [value]  # Quarto's single author, "author: {name: ...}"
    if isinstance(value, list):
        from .publication_data import person_names  # (that module imports this one)

        items = [n for v in value for n in ([plain(v)] if not isinstance(v, dict)
                                            else [plain(v["name"])] if isinstance(v.get("name"), str)
                                            else person_names(v))]
    else:
        # "Ann Lee, Bo Chen and Cy Roe", "Lee, A., Chen, B., & Roe, C.", "Lee, Ann; Chen, Bo"
        items = split_author_list(plain(value))[0]
    names = [NAME_MARKS.sub("", n).strip() for n in items]
    return [n for n in names if n and n.lower() not in _OWNER_PLACEHOLDERS]


def _year(fm: dict) -> int | None:
    for key in ("year", "journal-year"):
        value = fm.get(key)
        if isinstance(value, int) and 1000 <= value <= 2999:
            return value
        if isinstance(value, str) and re.fullmatch(r"(?:1[0-9]|2[0-9])\d\d", value.strip()):
            return int(value)
    value = fm.get("date")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.year
    # a date as text in any order Quarto and Hugo accept ("2021-03-15", "05/03/2021",
    # "March 15, 2021"): its one four-digit year
    m = _DATE_YEAR.search(str(value or ""))
    return int(m.group(1)) if m else None


_DATE_YEAR = re.compile(r"(?<!\d)((?:1[0-9]|2[0-9])\d\d)(?!\d)")


def _first(fm: dict, *keys: str) -> str | None:
    for key in keys:
        text = plain(fm.get(key))
        if text:
            return text
    return None


_VENUE_KEYS = ("venue", "publication", "journal", "journal-ref", "booktitle")


class MarkdownFrontMatterExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        head = doc.data[:4].lstrip(b"\xef\xbb\xbf")
        if not head.startswith((b"---", b"+++")):
            return 0.0
        try:
            fm = front_matter(doc.text)
        except ExtractError:
            return 0.0
        if not fm or not plain(fm.get("title")):
            return 0.0
        return 0.9 if looks_like_publication(fm) else 0.0

    def extract(self, doc: Document) -> Iterator[Draft]:
        fm = front_matter(doc.text)
        if fm is None:
            raise ExtractError(doc.source_uri, "no YAML (---) or TOML (+++) front matter that parses")
        title = plain(fm.get("title"))
        if not title:
            raise ExtractError(doc.source_uri, "the front matter has no title")
        listed = fm.get("authors") or fm.get("author")
        authors = _names(listed)
        # Hugo's "admin" stands for the site's owner, whose name the page does not give
        truncated = any(plain(a).lower() in _OWNER_PLACEHOLDERS for a in (listed if isinstance(listed, list) else []))
        if not authors and fm.get("citation"):
            authors = citation_authors(plain(fm["citation"]))
            truncated = bool(re.search(r"\bet al\b", plain(fm["citation"]).split("(")[0]))
        if not authors and fm.get("coauthors"):
            authors, truncated = _names(fm["coauthors"]), True  # the site's owner is left out
        types = fm.get("publication_types")
        if isinstance(types, (str, int)):
            types = [types]
        kind = (_HUGO_TYPES.get(str(types[0]).strip()) or CSL_TYPES.get(str(types[0]).strip().lower())
                if isinstance(types, list) and types else None)
        venue = next((v for v in map(venue_text, (fm.get(k) for k in _VENUE_KEYS)) if v), None)
        # Quarto's ``citation:`` mapping holds the work's CSL fields (its container, type, DOI)
        cited = {str(k).lower(): v for k, v in fm["citation"].items()} if isinstance(fm.get("citation"), dict) else {}
        venue = venue or venue_text(cited.get("container-title")) or None
        kind = kind or CSL_TYPES.get(plain(cited.get("type")).lower())
        if venue and re.fullmatch(r"arxiv(?: preprint)?", venue, re.I):
            kind, venue = "preprint", None
        yield Draft(
            ordinal=1,
            title=title,
            authors=authors,
            authors_truncated=truncated,
            year=_year(fm),
            venue=venue,
            record_type=kind or _CATEGORIES.get(plain(fm.get("category")).lower()),
            doi=_first(fm, "doi") or plain(cited.get("doi")) or None,
            arxiv_id=_first(fm, "eprint", "arxiv"),
            url=_first(fm, "paperurl", "paper_url", "url_pdf", "url"),
            abstract=_first(fm, "abstract", "excerpt"),
            raw=excerpt(" ".join(f"{k}: {plain(v)}" for k, v in fm.items() if k in _PUBLICATION_KEYS | _AUTHOR_KEYS | {"title"}),
                        500),
        )
