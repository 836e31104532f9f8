"""The JSON of a daily-papers API: an array of ``{paper: {id, title, authors, summary,
publishedAt, upvotes}, title, publishedAt, ...}`` items. ``paper.id`` is an arXiv id."""

from __future__ import annotations

import json
import re
from typing import Iterator

from .base import Document, Draft, ExtractError, RecordError, excerpt

NAME = "daily_papers_json"
VERSION = 1


def _items(doc: Document):
    data = json.loads(doc.text)
    if isinstance(data, dict):  # some endpoints wrap the list
        data = data.get("papers") or data.get("items") or data.get("data")
    if not isinstance(data, list):
        raise ValueError("not a JSON array of papers")
    return data


class _LastParse:
    """The items of the last document the sniffer said yes to, kept for its ``extract`` so a
    detected document's JSON is parsed once, not twice. One document at most, and only one
    the sniffer accepted (another JSON document, a large records array, is not kept); the
    document is held and compared by identity, so another document never matches its
    parse. ``take`` hands the items over and forgets them."""

    def __init__(self) -> None:
        self._held: tuple[Document, list] | None = None

    def keep(self, doc: Document, items: list) -> None:
        self._held = (doc, items)

    def take(self, doc: Document) -> list | None:
        held, self._held = self._held, None
        return held[1] if held is not None and held[0] is doc else None


_LAST = _LastParse()


def _text(value) -> str | None:
    """A JSON string, or a number written as one (an id); anything else (an object, null) is absent."""
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _count(value) -> int | None:
    """A count (upvotes) that fits a 32-bit column; "many", 1e30 or -1 are absent."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31:
        return value
    return None


class DailyPapersJsonExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        head = doc.data[:2048].lstrip()
        if not head.startswith((b"[", b"{")):
            return 0.0
        try:
            items = _items(doc)
        except (ValueError, ExtractError):
            return 0.0
        papers = [i for i in items[:5] if isinstance(i, dict) and isinstance(i.get("paper"), dict)]
        if papers and "title" in papers[0]["paper"]:
            _LAST.keep(doc, items)
            return 0.97
        return 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        try:
            items = _LAST.take(doc)
            if items is None:
                items = _items(doc)
        except ValueError as exc:
            raise ExtractError(doc.source_uri, f"invalid daily-papers JSON ({exc})") from None
        for ordinal, item in enumerate(items, start=1):
            paper = item.get("paper") if isinstance(item, dict) else None
            if not isinstance(paper, dict):
                yield RecordError(ordinal, "item has no 'paper' object", excerpt(json.dumps(item)[:300]))
                continue
            # The top-level title has the line breaks of paper.title removed.
            title = item.get("title") or paper.get("title")
            if not title or not str(title).strip():
                yield RecordError(ordinal, "paper has no title", excerpt(json.dumps(paper)[:300]))
                continue
            people = paper.get("authors")
            authors = [a["name"].strip() for a in (people if isinstance(people, list) else [])
                       if isinstance(a, dict) and isinstance(a.get("name"), str)]
            published = paper.get("publishedAt") or item.get("publishedAt")
            pid = _text(paper.get("id"))
            yield Draft(
                ordinal=ordinal,
                source_record_id=pid,
                title=re.sub(r"\s+", " ", str(title)),
                authors=[a for a in authors if a],
                author_count=len(authors) or None,
                date_text=published[:10] if isinstance(published, str) else None,
                abstract=_text(paper.get("summary")),
                arxiv_id=pid if isinstance(pid, str) and re.fullmatch(r"\d{4}\.\d{4,5}(v\d+)?", pid) else None,
                upvotes=_count(paper.get("upvotes")),
                url=f"https://huggingface.co/papers/{pid}" if pid else None,
                raw=json.dumps({k: paper.get(k) for k in ("id", "title")}),
            )
