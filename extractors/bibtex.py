"""BibTeX files (authors' own ``papers.bib``), parsed with bibtexparser.

Entries with a duplicate key or a duplicated field are still records (bibtexparser keeps
the parsed entry); only blocks that cannot be parsed at all become RecordErrors.
"""

from __future__ import annotations

import re
from typing import Iterator

from normalizers.venues import parse_venue

from .base import Document, Draft, ExtractError, RecordError, excerpt

NAME = "bibtex"
VERSION = 1

_ENTRY_START = re.compile(r"^\s*@(?:article|inproceedings|conference|misc|unpublished|phdthesis|mastersthesis|book|incollection|techreport|online)\s*\{", re.I | re.M)
_TYPES = {
    "inproceedings": "conference", "conference": "conference", "article": "journal",
    "phdthesis": "thesis", "mastersthesis": "thesis", "misc": "preprint", "unpublished": "preprint",
    "techreport": "report", "book": "book", "incollection": "chapter", "online": "preprint",
}
_BRACES = re.compile(r"[{}]")


def _field(entry, *names: str, skip: frozenset[str] = frozenset()) -> str | None:
    for name in names:
        if name in skip:
            continue
        field = entry.fields_dict.get(name)
        if field is not None:
            value = _BRACES.sub("", str(field.value)).strip()
            if value:
                return re.sub(r"\s+", " ", value)
    return None


def split_bibtex_authors(text: str | None) -> tuple[list[str], bool]:
    if not text:
        return [], False
    names = [n.strip() for n in re.split(r"\s+and\s+", text) if n.strip()]
    truncated = bool(names) and names[-1].lower() in ("others", "et al.", "et al")
    return (names[:-1] if truncated else names), truncated


class BibtexExtractor:
    name = NAME
    version = VERSION

    def sniff(self, doc: Document) -> float:
        try:
            text = doc.text
        except ExtractError:
            return 0.0
        n = len(_ENTRY_START.findall(text[:200_000]))
        return 0.95 if n and re.search(r"\btitle\s*=", text, re.I) else 0.0

    def extract(self, doc: Document) -> Iterator[Draft | RecordError]:
        import bibtexparser
        from bibtexparser.model import Entry

        library = bibtexparser.parse_string(doc.text)
        ordinal = 0
        seen_keys: dict[str, int] = {}
        for block in library.blocks:
            entry = block if isinstance(block, Entry) else getattr(block, "ignore_error_block", None)
            # A field given twice with different values is conflicting evidence: use neither.
            doubtful = frozenset(getattr(block, "duplicate_keys", None) or ())
            if not isinstance(entry, Entry):
                if block in library.failed_blocks:
                    ordinal += 1
                    yield RecordError(ordinal, f"unparseable BibTeX block ({getattr(block, 'error', 'syntax')})",
                                      excerpt(block.raw))
                continue
            ordinal += 1
            title = _field(entry, "title")
            if not title:
                yield RecordError(ordinal, f"entry {entry.key!r} has no title", excerpt(entry.raw or ""))
                continue
            seen_keys[entry.key] = seen_keys.get(entry.key, 0) + 1
            key = entry.key if seen_keys[entry.key] == 1 else f"{entry.key}#{seen_keys[entry.key]}"
            authors, truncated = split_bibtex_authors(_field(entry, "author"))
            venue = _field(entry, "venue", "booktitle", "journal", "school", "howpublished", "publisher")
            kind = _TYPES.get(entry.entry_type.lower())
            if venue and re.search(r"arxiv|preprint", venue, re.I):
                kind = "preprint"
            elif kind == "journal" and parse_venue(venue).is_conference:
                kind = "conference"  # @article used for a conference paper
            year = _field(entry, "year")
            links = " ".join(v for v in (_field(entry, n, skip=doubtful) for n in ("url", "pdf", "paper", "arxiv", "eprint", "html")) if v)
            award = _field(entry, "award")
            yield Draft(
                ordinal=ordinal,
                source_record_id=key,
                title=title,
                authors=authors,
                authors_truncated=truncated,
                year=int(year) if year and year.isdigit() else None,
                date_text=None if (year and year.isdigit()) else year,
                venue=venue,
                abstract=_field(entry, "abstract"),
                record_type=kind,
                doi=_field(entry, "doi", skip=doubtful),
                url=links.split()[0] if links else None,
                code_url=_field(entry, "code", skip=doubtful),
                arxiv_id=_field(entry, "eprint") if (_field(entry, "archiveprefix") or "").lower() == "arxiv" else None,
                badges=[award] if award else [],
                raw=links + " " + (venue or ""),
            )
