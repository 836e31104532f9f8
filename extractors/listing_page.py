"""Paper listing pages: three lines per paper.

1. a header ``[score]CATEGORY Date[Code]``, e.g. ``94.5LGJun 3Code`` or ``CVJul 7, 2022``;
2. the title and the visible author list run together with no separator,
   e.g. ``...to High SparsityLu Yin, You Wu, Zhenyu Zhang et al.``;
3. the abstract (may be missing).
"""

from __future__ import annotations

import re
from typing import Iterator

from .base import Document, Draft, RecordError, excerpt

NAME = "listing_page"
VERSION = 1

_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
HEADER = re.compile(
    rf"^(?P<score>\d{{1,3}}(?:\.\d+)?)?(?P<cat>[A-Z]{{2,5}}?)"
    rf"(?P<date>(?:{_MONTHS})[a-z]*\.? ?\d{{1,2}}(?:, ?\d{{4}})?)(?P<code>Code)?$"
)

# One token of a person's name: "Lu", "O'Brien", "Catalan-Tatjer", "Jr.", "Zoë".
_LOWER = "a-z\u00df-\u00f6\u00f8-\u024f"
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_NAME_TOKEN = (
    rf"(?:(?:Mc|Mac|O['’])?[{_UPPER}](?:[{_LOWER}]+|\.)?(?:['’][{_UPPER}]?[{_LOWER}]+)?"
    rf"(?:-[{_UPPER}]?[{_LOWER}]+\.?)*\.?)"
)
_PARTICLE = r"(?:van|von|der|den|de|del|della|da|di|du|le|la|dos|bin|al)"
_PERSON = re.compile(
    rf"^{_NAME_TOKEN}(?: (?:{_PARTICLE} )*{_NAME_TOKEN}){{1,4}}$"
)
_ET_AL = re.compile(r",?\s*et al\.?\s*$")


def is_person_name(text: str) -> bool:
    return bool(_PERSON.match(text.strip()))


def split_title_authors(line: str) -> tuple[str, list[str], bool] | None:
    """Split ``<title><First Author>, <Author>, ... [et al.]`` into its parts.

    The first author's given name is glued to the title's last character, so the split
    point is a capital letter directly after a non-space character. Of the candidate
    points, the rightmost one whose remainder reads as a person's name wins: names are
    two to five capitalised tokens, which the tail of a title almost never is once the
    glued word ("SparsityLu") is excluded. Returns None when no split reads as a name.
    """
    line = line.strip()
    truncated = bool(_ET_AL.search(line))
    body = _ET_AL.sub("", line) if truncated else line
    raw_parts = body.split(",")
    parts = [p.strip() for p in raw_parts]
    head, rest = parts[0], [p for p in parts[1:] if p]
    if rest and not all(is_person_name(p) for p in rest):
        # A comma inside the title: grow the head until the remainder is all names.
        for k in range(1, len(parts)):
            head = ",".join(raw_parts[: k + 1]).strip()
            rest = [p for p in parts[k + 1 :] if p]
            if all(is_person_name(p) for p in rest):
                break
        else:
            return None
    best: int | None = None
    for i in range(1, len(head)):
        ch, prev = head[i], head[i - 1]
        if ch.isupper() and not prev.isspace() and prev not in "-(/":
            if is_person_name(head[i:]):
                best = i
    if best is None:
        return None
    title = head[:best].strip()
    if not title:
        return None
    return title, [head[best:].strip(), *rest], truncated


class ListingPageExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        try:
            lines = [ln.strip() for ln in doc.text.splitlines() if ln.strip()]
        except Exception:
            return 0.0
        if len(lines) < 2:
            return 0.0
        head = lines[:60]
        headers = sum(1 for ln in head if HEADER.match(ln))
        if not HEADER.match(lines[0]) or headers < 1:
            return 0.0
        expected = max(1, len(head) // 3)
        return min(1.0, 0.5 + 0.5 * headers / expected)

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        lines = [ln.strip() for ln in doc.text.splitlines()]
        lines = [ln for ln in lines if ln]
        ordinal = 0
        i = 0
        while i < len(lines):
            m = HEADER.match(lines[i])
            if not m:
                # Text outside any record: attach to nothing, but say so.
                ordinal += 1
                yield RecordError(ordinal, "line is not a listing header", excerpt(lines[i]))
                i += 1
                continue
            ordinal += 1
            body_end = i + 1
            while body_end < len(lines) and body_end < i + 3 and not HEADER.match(lines[body_end]):
                body_end += 1
            body = lines[i + 1 : body_end]
            i = body_end
            if not body:
                yield RecordError(ordinal, "header with no title line", lines[i - 1])
                continue
            split = split_title_authors(body[0])
            raw = "\n".join([m.group(0), *body])
            if split is None:
                yield RecordError(
                    ordinal, "cannot split the title from the author list", excerpt(body[0])
                )
                continue
            title, authors, truncated = split
            yield Draft(
                ordinal=ordinal,
                title=title,
                authors=authors,
                authors_truncated=truncated,
                date_text=m.group("date"),
                abstract=body[1] if len(body) > 1 else None,
                category=m.group("cat"),
                score=float(m.group("score")) if m.group("score") else None,
                has_code=bool(m.group("code")),
                raw=raw,
            )
