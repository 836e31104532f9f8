"""A second dedup corpus, from real metadata: arXiv ``.abs`` records as the base works.

    rows, cluster_of = generate(data_dir, seed=0, copies=4)

``benchmarks.synthetic`` (the corpus the matcher's prior is estimated on) builds titles from
made-up words; this one starts from the 1,212 real arXiv records in
``../shared/external/arxiv/abs_files_arxiv_browse`` (real titles, real author lists, real
journal references) and writes each paper the way other sources print it:

* **preprint and published**: the arXiv record (venue arXiv, the first version's year, the
  id sometimes) and the published one (its journal reference as venue, a year that may be one
  later, no arXiv id); sometimes the published title is reworded (words dropped or a
  subtitle added);
* **online first**: the published record again, one year earlier;
* **author lists**: "et al." truncation, initials for given names, "Last, First", a dropped
  middle author;
* **titles**: dropped subtitle, 1-2 character typos, case changed;
* **venues**: the journal reference cut to its abbreviation ("Phys. Rev. D") or expanded
  with its volume and pages;
* **misplaced fields** (a scraped page): authors, venue or year moved into the title.

Papers that are NOT the same work but look alike are added too: a follow-up by the same
authors in the same year whose title shares its first words ("... II", a new ending); another
paper by the same authors (a team publishes several a year: the title of another base); a
paper of the same title by other authors. Every variant probability is a named constant
below; nothing here looks at the matcher's code.
"""

from __future__ import annotations

import logging
import random
import re
from datetime import datetime, timezone
from pathlib import Path

from extractors.arxiv_abs import ArxivAbsExtractor
from extractors.base import Document, Draft

from normalizers.titles import title_key

from .common import make_row

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "external" / "arxiv" / "abs_files_arxiv_browse"

P_PUBLISHED = 0.6  # a copy is the published version (when the paper has a journal reference)
P_PUBLISHED_LATER = 0.5  # ... printed the year after the preprint
P_REWORDED = 0.08  # ... under a reworded title
P_ONLINE_FIRST = 0.1  # a published copy dated a year early (online first)
P_ARXIV_ID = 0.4  # a preprint copy shows its arXiv id
P_ET_AL, P_INITIALS, P_LAST_FIRST, P_DROP_AUTHOR = 0.12, 0.25, 0.15, 0.05
P_DROP_SUBTITLE, P_TYPO, P_CASE = 0.3, 0.12, 0.15
P_ABBREVIATE, P_MISPLACED = 0.3, 0.08
P_LOOKALIKE = 0.06  # share of papers that get a look-alike follow-up (a different work)
P_SIBLING = 0.15  # ... another paper by the same authors, that year or the next (a team's output)
P_NAMESAKE = 0.02  # ... a paper of the same title by other authors (two surveys of one topic)
COPIES = (1, 2, 2, 3, 3, 4, 5, 8)  # copies of a paper, drawn uniformly


def load_bases(data_dir: Path = DEFAULT_DATA) -> list[Draft]:
    """One draft per paper among the readable ``.abs`` files, sorted by path. The collection
    holds some papers more than once (under old and new ids, or two directories): a paper
    whose arXiv id or title key was seen already is skipped, so bases are distinct papers."""
    ex = ArxivAbsExtractor()
    out = []
    seen: set[str] = set()
    for path in sorted(data_dir.rglob("*.abs")):
        doc = Document(doc_id=path.name, source_uri=str(path), data=path.read_bytes(),
                       fetched_at=datetime(2024, 1, 1, tzinfo=timezone.utc))
        try:
            drafts = [d for d in ex.extract(doc) if isinstance(d, Draft) and d.title and d.authors]
        except Exception as exc:  # noqa: BLE001 - a base we cannot read is skipped, and said
            log.info("%s: skipped (%s)", path, exc)
            continue
        for d in drafts:
            keys = {f"id:{d.arxiv_id}", "title:" + title_key(d.title)}
            if not keys & seen:
                out.append(d)
            seen |= keys
    return out


def _typo(rng: random.Random, title: str) -> str:
    words = title.split()
    long_ = [i for i, w in enumerate(words) if len(w) >= 5]
    for i in rng.sample(long_, min(len(long_), rng.choice((1, 2)))):
        w = words[i]
        k = rng.randrange(1, len(w) - 1)
        words[i] = rng.choice((w[:k] + w[k + 1:], w[:k] + w[k + 1] + w[k] + w[k + 2:], w[:k] + "e" + w[k + 1:]))
    return " ".join(words)


def _person(rng: random.Random, name: str, initials: bool, last_first: bool) -> str:
    parts = name.split()
    if len(parts) < 2:
        return name
    given, last = parts[:-1], parts[-1]
    if initials:
        given = [g[0] + "." for g in given if g]
    return f"{last}, {' '.join(given)}" if last_first else f"{' '.join(given)} {last}"


def _abbreviation(venue: str) -> str:
    """The journal part of a journal reference: "Phys.Rev. D58 (1998) 1-10" -> "Phys.Rev. D"."""
    m = re.match(r"\s*([^\d(]+?)(?:\s*[A-Z]?\d|\s*\(|$)", venue)
    return (m.group(1) if m else venue).strip(" ,.;") or venue


def _reword(rng: random.Random, title: str, other: str) -> str:
    words = title.split()
    if len(words) > 5 and rng.random() < 0.5:
        drop = rng.randrange(1, len(words) - 1)
        return " ".join(words[:drop] + words[drop + 1:])
    tail = " ".join(other.split()[:3])
    return f"{title}: {tail}" if ":" not in title else title.split(":")[0] + ": " + tail


def _copy(rng: random.Random, base: Draft, k: int, other_title: str) -> dict:
    """The k-th copy of a paper: its title, authors, year, venue, arxiv_id and truncated flag."""
    title, authors, year = base.title, list(base.authors), base.year
    venue, arxiv_id, truncated = "arXiv", None, False
    published = base.journal_ref or (base.venue if base.venue and base.venue != "arXiv" else None)
    if k > 0 and published and rng.random() < P_PUBLISHED:
        venue = published
        if year and rng.random() < P_PUBLISHED_LATER:
            year += 1
        if year and rng.random() < P_ONLINE_FIRST:
            year -= 1
        if rng.random() < P_REWORDED:
            title = _reword(rng, title, other_title)
        if rng.random() < P_ABBREVIATE:
            venue = _abbreviation(venue)
    elif rng.random() < P_ARXIV_ID:
        arxiv_id = base.arxiv_id
    if k > 0:
        if ":" in title and rng.random() < P_DROP_SUBTITLE:
            title = title.split(":")[0]
        if rng.random() < P_TYPO:
            title = _typo(rng, title)
        if rng.random() < P_CASE:
            title = title.lower() if rng.random() < 0.5 else title.upper()
        if len(authors) > 2 and rng.random() < P_ET_AL:
            authors, truncated = authors[:1], True
        elif len(authors) > 3 and rng.random() < P_DROP_AUTHOR:
            authors.pop(rng.randrange(1, len(authors) - 1))
        ini, lf = rng.random() < P_INITIALS, rng.random() < P_LAST_FIRST
        authors = [_person(rng, a, ini, lf) for a in authors]
        if rng.random() < P_MISPLACED:
            moved = rng.choice(("authors", "venue", "year"))
            if moved == "authors":
                title, authors = f"{title} {', '.join(authors)}", []
            elif moved == "venue":
                title, venue = f"{title} {venue}", None
            elif year:
                title, year = f"{title} {year}", None
    return dict(title=title, authors=authors, year=year, venue=venue, arxiv_id=arxiv_id, truncated=truncated)


PARTS = {"train": 0, "test": 1}  # bases split by position: the prior is fitted on one half only


def generate(data_dir: Path = DEFAULT_DATA, seed: int = 0, part: str = "test") -> tuple[list[dict], dict[str, str]]:
    """Records rows (``records`` table dicts, through ``normalizers.record.normalize``) and the
    true cluster of each record id. Deterministic for a given seed. ``part`` takes every other
    base paper: "train" (the matcher's prior is estimated on it, ``benchmarks.fit_prior``),
    "test" (the other half, for reporting), or "all"."""
    rng = random.Random(seed)
    bases = load_bases(data_dir)
    if part != "all":
        bases = bases[PARTS[part]::2]
    papers: list[tuple[str, Draft]] = [(f"A{i:05d}", b) for i, b in enumerate(bases)]
    for i, b in enumerate(bases):
        if rng.random() < P_LOOKALIKE:
            words = b.title.split()
            head = " ".join(words[: max(2, len(words) // 2)])
            other = bases[rng.randrange(len(bases))].title.split()
            ending = rng.choice(("II", "revisited", " ".join(other[len(other) // 2:]) or "II"))
            papers.append((f"L{i:05d}", b.replace(title=f"{head} {ending}", arxiv_id=None)))
        if rng.random() < P_SIBLING:  # a new title: the first half of one base's, the second of another's
            x, y = (bases[rng.randrange(len(bases))].title.split() for _ in range(2))
            title = " ".join(x[: max(2, len(x) // 2)] + y[len(y) // 2:])
            papers.append((f"S{i:05d}", b.replace(title=title, year=(b.year or 2000) + rng.choice((0, 0, 1)),
                                                  arxiv_id=None, journal_ref=None, venue="arXiv")))
        if rng.random() < P_NAMESAKE:
            other = bases[rng.randrange(len(bases))]
            papers.append((f"N{i:05d}", other.replace(title=b.title, arxiv_id=None, journal_ref=None, venue="arXiv")))
    rows, cluster_of = [], {}
    for wid, base in papers:
        other = papers[rng.randrange(len(papers))][1].title
        for k in range(rng.choice(COPIES)):
            c = _copy(rng, base, k, other)
            rid = f"{wid}-{k}"
            row = make_row(rid, c["title"], c["authors"], c["year"], c["venue"], doc_id=f"{wid}/{k}",
                           authors_truncated=c["truncated"])
            row["arxiv_id"] = c["arxiv_id"]
            rows.append(row)
            cluster_of[rid] = wid
    rng.shuffle(rows)
    log.info("arxiv corpus: %d bases, %d papers, %d records", len(bases), len(papers), len(rows))
    return rows, cluster_of
