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


def find_arxiv_ids(text: str | None) -> list[tuple[str, int | None]]:
    """[(id, version)] in order of appearance, for ids written as ``arXiv:...`` or an arxiv.org link."""
    if not text or "arxiv" not in text.lower():
        return []
    found: list[tuple[str, int | None]] = []
    for pattern in (_ARXIV_NEW, _ARXIV_OLD):
        for m in pattern.finditer(text):
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
    for m in _DOI.finditer(text):
        doi = m["doi"].rstrip(".,;)]").lower()
        if doi not in out:
            out.append(doi)
    return out


def find_code_urls(text: str | None) -> list[str]:
    if not text or "git" not in text.lower():
        return []
    out: list[str] = []
    for m in _CODE.finditer(text):
        path = m["path"].rstrip(".").removesuffix(".git")
        url = f"https://{m['host'].lower()}/{path}"
        if url not in out:
            out.append(url)
    return out
