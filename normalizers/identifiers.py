"""Identifiers found anywhere in a record's text: arXiv ids, DOIs, code URLs."""

from __future__ import annotations

import re

_ARXIV_NEW = re.compile(
    r"arxiv(?:\.org/(?:abs|pdf)/|:\s*)(?P<id>\d{4}\.\d{4,5})(?:v(?P<v>\d+))?(?![\d])", re.I
)
_ARXIV_OLD = re.compile(
    r"(?:arxiv(?:\.org/(?:abs|pdf)/|:\s*))(?P<id>[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})(?:v(?P<v>\d+))?", re.I
)
_ARXIV_ID = re.compile(r"(?:arxiv:)?(?P<id>\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})(?:v(?P<v>\d+))?", re.I)
# Patterns start with a literal so that the scan over long abstracts stays fast.
_DOI = re.compile(r"\b(?P<doi>10\.\d{4,9}/[^\s\"<>{}]+)")
_CODE = re.compile(r"(?P<host>github\.com|gitlab\.com)/(?P<path>[\w.\-]+/[\w.\-]+)", re.I)
# The only characters besides "I" that re.IGNORECASE matches with "i" ("ı", "İ"; every other
# letter of "arxiv", "github", "gitlab" matches its two ASCII cases only).
_ODD_I = ("\u0130", "\u0131")


def ascii_lower(text: str) -> str:
    """``text.lower()`` as far as ASCII words go, each other character as "?" (one for one, so
    positions agree with ``text``). Finding "arxiv" or "git" in it is finding them in
    ``text.lower()``: of all other characters only "K" (Kelvin) and "İ" have ASCII in their
    lower case, "k" and an "i" with a combining dot after it, which make neither word. (On a
    text with accented letters the ASCII encoder is cheaper than ``lower``'s case tables:
    benchmarks/, README "Benchmarks".)"""
    return text.lower() if text.isascii() else text.encode("ascii", "replace").lower().decode("ascii")


def _matches(pattern: re.Pattern, text: str, low: str, start: str) -> list[re.Match]:
    """``list(pattern.finditer(text))`` for a case-insensitive pattern each of whose matches
    begins with ``start`` (lower-case ASCII) in any case; ``low`` is ``ascii_lower(text)``.

    Python's regex engine has no fast literal search for a case-insensitive pattern, so it
    tries the pattern at every character of a long abstract. Here it is tried only where
    ``low`` holds ``start``: the same matches, found left to right, none overlapping, when
    no "ı" or "İ" could match an "i" of ``start``; otherwise the pattern scans as before.
    """
    if not text.isascii() and (_ODD_I[0] in text or _ODD_I[1] in text):
        return list(pattern.finditer(text))
    return _from_literal(pattern, text, low, start)


def _from_literal(pattern: re.Pattern, text: str, haystack: str, start: str) -> list[re.Match]:
    """``list(pattern.finditer(text))`` for a pattern whose every match starts where
    ``haystack`` (``text`` or a one-for-one form of it) holds ``start``: the pattern is tried
    there only, left to right, each next try after the last match's end. (``pattern.match``
    at a position sees the characters before it, as ``\\b`` needs.)"""
    found: list[re.Match] = []
    end, at = 0, haystack.find(start)
    while at >= 0:
        m = pattern.match(text, at) if at >= end else None
        if m:
            found.append(m)
            end = m.end()
        at = haystack.find(start, max(at + 1, end))
    return found


def find_arxiv_ids(text: str | None, low: str | None = None) -> list[tuple[str, int | None]]:
    """[(id, version)] in order of appearance, for ids written as ``arXiv:...`` or an arxiv.org
    link. ``low``: ``ascii_lower(text)`` when the caller has it."""
    if low is None:
        low = ascii_lower(text) if text else ""
    if "arxiv" not in low:
        return []
    found: list[tuple[str, int | None]] = []
    for pattern in (_ARXIV_NEW, _ARXIV_OLD):
        for m in _matches(pattern, text, low, "arxiv"):
            found.append((m["id"], int(m["v"]) if m["v"] else None))
    seen, out = set(), []
    for ident, v in found:
        if ident not in seen:
            seen.add(ident)
            out.append((ident, v))
    return out


def normalize_arxiv_id(text: str | None) -> tuple[str | None, int | None]:
    if not text:
        return None, None
    text = text.strip()
    m = _ARXIV_ID.fullmatch(text)
    if m:
        return m["id"], int(m["v"]) if m["v"] else None
    found = find_arxiv_ids(text)
    return found[0] if found else (None, None)


def normalize_doi(text: str | None) -> str | None:
    if not text:
        return None
    m = _DOI.search(text.strip())
    if not m:
        return None
    return m["doi"].rstrip(".,;)]").lower()


def find_dois(text: str | None) -> list[str]:
    if not text or "10." not in text:
        return []
    out: list[str] = []
    for m in _from_literal(_DOI, text, text, "10."):  # every DOI starts with "10."
        doi = m["doi"].rstrip(".,;)]").lower()
        if doi not in out:
            out.append(doi)
    return out


def find_code_urls(text: str | None, low: str | None = None) -> list[str]:
    """GitHub and GitLab repository URLs in order of appearance. ``low``: as for ``find_arxiv_ids``."""
    if low is None:
        low = ascii_lower(text) if text else ""
    if "git" not in low:
        return []
    out: list[str] = []
    for m in _matches(_CODE, text, low, "git"):
        path = m["path"].rstrip(".").removesuffix(".git")
        url = f"https://{m['host'].lower()}/{path}"
        if url not in out:
            out.append(url)
    return out
