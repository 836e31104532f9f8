"""Curation: must-link / cannot-link pairs that data engineers maintain. Always wins.

The file is CSV with a header ``action,left,right,note``; ``action`` is ``must_link`` or
``cannot_link``; ``left`` and ``right`` are record ids (``R...``) or work ids (``W...``).
A work id stands for the records that work held in the previous run.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Callable, Literal

Action = Literal["must_link", "cannot_link"]
ACTIONS: tuple[str, ...] = ("must_link", "cannot_link")


class CurationError(ValueError):
    """The curation file is malformed or contradicts itself."""


@dataclass(frozen=True)
class Curation:
    must_link: list[tuple[str, str]] = field(default_factory=list)
    cannot_link: list[tuple[str, str]] = field(default_factory=list)
    # where each id was named: (file, line, id), for messages about ids the lake does not know
    named_at: list[tuple[str, int, str]] = field(default_factory=list, compare=False)

    @classmethod
    def parse(cls, text: str, source: str = "curation") -> "Curation":
        must, cannot, named_at = [], [], []
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or not {"action", "left", "right"} <= set(reader.fieldnames):
            raise CurationError(f"{source}: header must have action,left,right[,note]")
        for row in reader:
            action = (row.get("action") or "").strip()
            left, right = (row.get("left") or "").strip(), (row.get("right") or "").strip()
            if action not in ACTIONS:
                raise CurationError(f"{source}: line {reader.line_num}: action must be one of {ACTIONS}, got {action!r}")
            if not left or not right or left == right:
                raise CurationError(f"{source}: line {reader.line_num}: needs two different ids")
            (must if action == "must_link" else cannot).append((left, right))
            named_at.extend((source, reader.line_num, x) for x in (left, right))
        return cls(must, cannot, named_at)

    def named_records(self, members: Callable[[set[str]], dict[str, list[str]]]) -> set[str]:
        """Every record the file names, a work id standing for the records ``members`` gives
        for it (the last run's): what an incremental run must decide again when the file
        changes."""
        named = {x for pair in (*self.must_link, *self.cannot_link) for x in pair}
        works = {x for x in named if x.startswith("W")}
        out = named - works
        for rids in members(works).values():
            out.update(rids)
        return out

    def expand(self, by_work: dict[str, list[str]]) -> tuple[list[tuple[str, str]], set[frozenset[str]]]:
        """Record-level (must pairs, cannot pairs); a work id expands to its previous records."""

        def records(ident: str) -> list[str]:
            return by_work.get(ident, []) if ident.startswith("W") else [ident]

        must = []
        for a, b in self.must_link:
            ra, rb = records(a), records(b)
            if ra and rb:
                must.append((ra[0], rb[0]))
                must.extend((ra[0], x) for x in ra[1:])
        cannot = {frozenset((x, y)) for a, b in self.cannot_link for x in records(a) for y in records(b) if x != y}
        for a, b in must:
            if frozenset((a, b)) in cannot:
                raise CurationError(f"curation says both must_link and cannot_link for {a} and {b}")
        return must, cannot
